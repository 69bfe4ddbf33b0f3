use super::*;

/// Each language's keys, both parts together, in [`Language::ALL`]'s order.
fn all_keys() -> Vec<(Language, Vec<String>)> {
    Language::ALL
        .into_iter()
        .map(|lang| {
            let mut all: Vec<String> = SOURCES
                .iter()
                .filter(|(l, _, _)| *l == lang)
                .flat_map(|(_, _, source)| keys(source))
                .collect();
            all.sort();
            (lang, all)
        })
        .collect()
}

fn keys(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_owned()).expect("parses");
    let mut keys: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn every_locale_has_the_same_messages_in_the_same_parts() {
    for part in Part::ALL {
        let of = |lang: Language| {
            SOURCES
                .iter()
                .find(|(l, p, _)| *l == lang && *p == part)
                .map(|(_, _, source)| keys(source))
                .unwrap()
        };
        let english = of(Language::En);
        for lang in Language::ALL {
            assert_eq!(
                of(lang),
                english,
                "{} {part:?} differs from en",
                lang.code()
            );
        }
    }
}

#[test]
fn no_word_is_in_both_parts() {
    let common = keys(SOURCES[0].2);
    let desk = keys(SOURCES[1].2);
    let both: Vec<_> = desk.iter().filter(|k| common.contains(k)).collect();
    assert!(both.is_empty(), "in ru.ftl and ru-desk.ftl: {both:?}");
}

#[test]
fn russian_plurals_take_the_right_form() {
    let cases = [
        (1, "1 заинтересованная сторона"),
        (2, "2 заинтересованные стороны"),
        (4, "4 заинтересованные стороны"),
        (5, "5 заинтересованных сторон"),
        (11, "11 заинтересованных сторон"),
        (21, "21 заинтересованная сторона"),
        (22, "22 заинтересованные стороны"),
        (25, "25 заинтересованных сторон"),
        (111, "111 заинтересованных сторон"),
    ];
    for (count, expected) in cases {
        let text = tr_with(
            Language::Ru,
            "stakeholder-count",
            &[("count", count.into())],
        );
        assert_eq!(text, expected);
    }
}

#[test]
fn english_plurals_and_kyrgyz_letters() {
    let one = tr_with(Language::En, "stakeholder-count", &[("count", 1.into())]);
    let many = tr_with(Language::En, "stakeholder-count", &[("count", 3.into())]);
    assert_eq!(
        (one.as_str(), many.as_str()),
        ("1 stakeholder", "3 stakeholders")
    );
    assert_eq!(tr(Language::Ky, "level-local"), "Жергиликтүү");
}

#[test]
fn arguments_are_not_wrapped_in_isolation_marks() {
    let text = tr_with(
        Language::En,
        "home-continue",
        &[("group", "Group 1".into())],
    );
    assert_eq!(text, "Continue in Group 1");
}

#[test]
fn an_unknown_key_shows_the_key() {
    assert_eq!(tr(Language::En, "no-such-key"), "no-such-key");
}

#[test]
fn every_key_under_kyrgyz_review_exists() {
    let known = &all_keys()[1].1;
    let list = include_str!("../../locales/ky-review.txt");
    for line in list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let key = line.split('\t').next().unwrap_or_default();
        assert!(
            known.iter().any(|k| k == key),
            "ky-review.txt names unknown key {key}"
        );
    }
}

#[test]
fn the_language_cookie_is_read_from_a_cookie_header() {
    assert_eq!(
        language_from_cookie_header("a=1; stakemap_lang=ky; b=2"),
        Some(Language::Ky)
    );
    assert_eq!(language_from_cookie_header("a=1"), None);
    assert_eq!(language_from_cookie_header("stakemap_lang=xx"), None);
}

/// Every value of every kind of word has its message in every language's own file (not only
/// through the Russian fallback), so nothing shows as a raw id.
#[test]
fn every_word_of_the_vocabulary_has_a_message_in_every_language() {
    use crate::domain::{Attitude, CategoryId, LevelId, Quadrant, RelationKind};
    let mut terms: Vec<Box<dyn Term>> = Vec::new();
    terms.extend(Attitude::ALL.map(|t| Box::new(t) as Box<dyn Term>));
    terms.extend(Quadrant::ALL.map(|t| Box::new(t) as Box<dyn Term>));
    terms.extend(RelationKind::ALL.map(|t| Box::new(t) as Box<dyn Term>));
    terms.extend(Language::ALL.map(|t| Box::new(t) as Box<dyn Term>));
    terms.extend(Strength::ALL.map(|t| Box::new(t) as Box<dyn Term>));
    terms.extend(Direction::ALL.map(|t| Box::new(t) as Box<dyn Term>));
    terms.extend(
        CategoryId::defaults()
            .into_iter()
            .map(|t| Box::new(t) as Box<dyn Term>),
    );
    terms.extend(
        LevelId::defaults()
            .into_iter()
            .map(|t| Box::new(t) as Box<dyn Term>),
    );
    terms.extend(
        crate::files::Column::all()
            .into_iter()
            .map(|t| Box::new(t) as Box<dyn Term>),
    );
    let (desk, common): (Vec<&crate::wire::ErrorCode>, Vec<_>) = (crate::wire::ErrorCode::ALL
        .iter())
    .partition(|c| crate::wire::ErrorCode::DESK_ONLY.contains(c));
    terms.extend(common.into_iter().map(|t| Box::new(*t) as Box<dyn Term>));
    // In the common part: a tablet shows them, and never fetches the desk's.
    for (lang, part, source) in SOURCES {
        if part != Part::Common {
            continue;
        }
        let defined = keys(source);
        for term in &terms {
            let message = term.message();
            assert!(
                defined.iter().any(|k| *k == message),
                "{lang:?} has no message {message}"
            );
            assert_ne!(term.word(lang), message, "{lang:?} {message}");
        }
    }
    // The refusals only the desk meets: in the desk's part, and only there.
    for (lang, part, source) in SOURCES {
        let defined = keys(source);
        for code in &desk {
            let message = code.message();
            assert_eq!(
                defined.iter().any(|k| *k == message),
                part == Part::Desk,
                "{lang:?} {part:?} and {message}"
            );
            assert_ne!(code.word(lang), message, "{lang:?} {message}");
        }
    }
}

#[test]
fn a_workshops_own_category_shows_as_typed() {
    use crate::domain::CategoryId;
    assert_eq!(CategoryId::new("Бизнес").word(Language::En), "Бизнес");
    assert_eq!(
        CategoryId::new("state").word(Language::En),
        tr(Language::En, "category-state")
    );
}

mod keys_in_code;

/// The language switch names each language in its own words, whatever words the page has:
/// every file must name them so too.
#[test]
fn each_language_is_named_in_its_own_words_in_every_file() {
    for named in Language::ALL {
        for lang in Language::ALL {
            assert_eq!(tr(lang, &format!("lang-{}", named.code())), named.endonym());
        }
    }
}

#[test]
fn words_given_to_the_browser_are_refused_when_they_do_not_parse() {
    let error =
        install(Language::En, Part::Common, "greeting = {".to_owned()).expect_err("refused");
    assert!(error.contains("en words do not parse"), "{error}");
    let error = install(Language::En, Part::Desk, "greeting = {".to_owned()).expect_err("refused");
    assert!(error.contains("en desk words do not parse"), "{error}");
    // Nothing kept: English still reads from its compiled-in file here.
    assert_eq!(tr(Language::En, "language"), "Language");
    assert!(loaded(Language::En, Part::Common));
}
