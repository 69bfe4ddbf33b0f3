use super::*;

/// Each refused character, the field it is typed into, and the position it is reported at.
const REFUSED: &[(&str, Field, u32, usize, Unwanted)] = &[
    ("Аким\u{202E}иат", Field::Name, 0x202E, 5, Unwanted::Bidi),
    (
        "\u{2066}Айыл өкмөтү",
        Field::Name,
        0x2066,
        1,
        Unwanted::Bidi,
    ),
    ("ОО\u{200F}", Field::Name, 0x200F, 3, Unwanted::Bidi),
    (
        "Жогорку\u{200B}Кеңеш",
        Field::Name,
        0x200B,
        8,
        Unwanted::Invisible,
    ),
    ("UN\u{FEFF}DP", Field::Title, 0xFEFF, 3, Unwanted::Invisible),
    ("a\u{2060}b", Field::Label, 0x2060, 2, Unwanted::Invisible),
    ("tag\u{E0041}", Field::Name, 0xE0041, 4, Unwanted::Invisible),
    ("bell\u{7}", Field::Name, 7, 5, Unwanted::Control),
    ("two\nlines", Field::Name, 10, 4, Unwanted::Control),
    ("tab\there", Field::Title, 9, 4, Unwanted::Control),
    (
        "para\u{2029}graph",
        Field::Notes,
        0x2029,
        5,
        Unwanted::Control,
    ),
    ("c1\u{85}x", Field::Cooperation, 0x85, 3, Unwanted::Control),
];

#[test]
fn refused_characters_are_named_with_their_place() {
    for (raw, field, code, position, why) in REFUSED {
        let c = char::from_u32(*code).unwrap();
        assert_eq!(unwanted(c, Lines::of(*field)), Some(*why), "{raw:?}");
        assert_eq!(
            clean(raw, *field),
            Err(DomainError::Character {
                field: *field,
                code_point: *code,
                position: *position,
            }),
            "{raw:?}"
        );
    }
}

#[test]
fn the_message_names_the_character_and_where() {
    let e = clean("Аким\u{202E}иат", Field::Name).unwrap_err();
    assert_eq!(e.code(), "bad_character");
    assert_eq!(e.field(), Some(Field::Name));
    let message = e.to_string();
    assert!(message.contains("U+202E"), "{message}");
    assert!(message.contains("position 5"), "{message}");
}

#[test]
fn scripts_that_need_joiners_keep_them() {
    // ZWNJ in Persian, ZWJ in an emoji sequence and in Devanagari.
    for raw in ["می\u{200C}خواهم", "👩\u{200D}🌾 фермеры", "क्\u{200D}ष"] {
        assert_eq!(clean(raw, Field::Name).unwrap(), raw);
    }
}

#[test]
fn long_texts_keep_their_lines() {
    let text = "Первое.\n\tВторое.";
    assert_eq!(clean(text, Field::Interests).unwrap(), text);
    assert_eq!(
        clean("one\r\ntwo", Field::Notes).unwrap(),
        "one\ntwo",
        "a script's Windows line ends read as line breaks"
    );
}

#[test]
fn text_is_trimmed_and_in_nfc() {
    // «й» as и + combining breve, and «ё» as е + combining diaeresis: one code point each after.
    let decomposed = "  Баи\u{306}ке и е\u{308}лка ";
    let kept = clean(decomposed, Field::Name).unwrap();
    assert_eq!(kept, "Байке и ёлка");
    assert_eq!(kept.chars().count(), 12);
}

#[test]
fn strip_removes_what_clean_refuses_and_says_what() {
    let (kept, removed) = strip("Аким\u{202E}иат\u{200B}\n", Field::Name);
    assert_eq!(kept, "Акимиат");
    assert_eq!(removed, vec!['\u{202E}', '\u{200B}', '\n']);
    let (kept, removed) = strip("one\ntwo\u{7}", Field::Name);
    assert_eq!(kept, "one two", "a line break in a name becomes a space");
    assert_eq!(removed, vec!['\n', '\u{7}']);
    let (kept, removed) = strip("one\r\ntwo", Field::Notes);
    assert_eq!(kept, "one\ntwo");
    assert!(removed.is_empty(), "a Windows line end is not a finding");
    for (raw, field, ..) in REFUSED {
        let (kept, _) = strip(raw, *field);
        assert!(clean(&kept, *field).is_ok(), "{raw:?} → {kept:?}");
    }
}
