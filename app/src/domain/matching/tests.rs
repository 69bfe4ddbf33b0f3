//! The matching rules on real pairs of names from workshops, the agreement of `match_names`
//! and `matching_pairs`, and the tables' consistency.

use std::collections::HashMap;

use super::abbreviation::KNOWN_PHONETIC_MIN;
use super::tables::KNOWN_BODIES;
use super::transliteration::romanise;
use super::*;
use MatchReason::{Abbreviation, NearSpelling, SameName, Transliteration, WordOrder};

/// (a, b, expected reason): Russian, Kyrgyz, English and Latin transliterations, with the near
/// misses a moderator must not be bothered with.
#[rustfmt::skip]
const CASES: &[(&str, &str, Option<MatchReason>)] = &[
    // Same name once case, ё, Kyrgyz letters, quotes and punctuation are set aside.
    ("ОО \"Голос свободы\"", "оо голос свободы", Some(SameName)),
    ("ОО «Голос свободы»", "ОО „Голос свободы“", Some(SameName)),
    ("  Министерство   юстиции ", "министерство юстиции.", Some(SameName)),
    ("Организация Объединённых Наций", "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ", Some(SameName)),
    ("Жогорку Кеңеш", "Жогорку Кенеш", Some(SameName)),
    ("Билим берүү министрлиги", "Билим беруу министрлиги", Some(SameName)),
    ("Өкмөт", "Окмот", Some(SameName)),
    ("Иссык-Кульская РГА", "Иссык Кульская РГА", Some(SameName)),
    ("Children's Fund", "Childrens Fund", Some(SameName)),
    ("Ökmöt", "Okmot", Some(SameName)),
    ("Проект «Успешный Аймак — 2»", "проект успешный аймак 2", Some(SameName)),
    // The same significant words in another order, or with «КР» and fillers left out.
    ("Министерство юстиции КР", "КР министерство юстиции", Some(WordOrder)),
    ("Министерство юстиции КР", "Министерство юстиции", Some(WordOrder)),
    ("Министерство юстиции", "Министерство юстиции Кыргызской Республики", Some(WordOrder)),
    ("Кенеш Ошской области", "Ошской области кенеш", Some(WordOrder)),
    ("Министрлиги билим берүү", "Билим берүү министрлиги", Some(WordOrder)),
    ("Ministry of Justice", "Justice Ministry", Some(WordOrder)),
    ("ОО «Голос свободы»", "Голос свободы", Some(WordOrder)),
    // Abbreviations: the table, and initials of a run of words.
    ("Минюст", "Министерство юстиции", Some(Abbreviation)),
    ("Минюст КР", "Министерство юстиции Кыргызской Республики", Some(Abbreviation)),
    ("МИД", "Министерство иностранных дел", Some(Abbreviation)),
    ("ГКНБ", "Государственный комитет национальной безопасности", Some(Abbreviation)),
    ("ГКНБ КР", "Государственного комитета национальной безопасности", Some(Abbreviation)),
    ("ООН", "Организация Объединённых Наций", Some(Abbreviation)),
    ("ПРООН", "UNDP", Some(Abbreviation)),
    ("ПРООН", "Программа развития ООН", Some(Abbreviation)),
    ("ЖК", "Жогорку Кеңеш", Some(Abbreviation)),
    ("ЖК", "Zhogorku Kenesh", Some(Abbreviation)),
    ("Минобразования", "Министерство образования и науки", Some(Abbreviation)),
    ("МОиН", "Министерство образования и науки", Some(Abbreviation)),
    ("Билим берүү министрлиги", "Министерство образования", Some(Abbreviation)),
    ("Өкмөт", "Правительство КР", Some(Abbreviation)),
    ("ОБСЕ", "OSCE", Some(Abbreviation)),
    ("ВОЗ", "Всемирная организация здравоохранения", Some(Abbreviation)),
    ("НПО", "ННО", Some(Abbreviation)),
    ("ОМСУ", "органы местного самоуправления", Some(Abbreviation)),
    ("Программа развития ООН", "Программа развития Организации Объединенных Наций", Some(Abbreviation)),
    ("Иссык-Кульская РГА", "Иссык-Кульская районная государственная администрация", Some(Abbreviation)),
    ("СМС", "Союз местных самоуправлений КР", Some(Abbreviation)),
    ("UN", "United Nations", Some(Abbreviation)),
    ("КР", "Кыргызская Республика", Some(Abbreviation)),
    ("UNICEF", "Детский фонд ООН", Some(Abbreviation)),
    // Cyrillic and Latin spellings of one name.
    ("Жогорку Кенеш", "Zhogorku Kenesh", Some(Transliteration)),
    ("Жогорку Кеңеш", "Jogorku Kengesh", Some(Transliteration)),
    ("ЮНИСЕФ", "UNICEF", Some(Transliteration)),
    ("Акыйкатчы", "Akyikatchy", Some(Transliteration)),
    ("Өкмөт", "Ökmöt", Some(Transliteration)),
    ("Айыл өкмөтү", "Ayil okmotu", Some(Transliteration)),
    ("Бишкекский городской кенеш", "Bishkekskiy gorodskoy kenesh", Some(Transliteration)),
    ("USAID «Успешный Аймак»", "USAID Uspeshnyi Aimak", Some(Transliteration)),
    ("Программа развития ООН", "Programma razvitiya OON", Some(Transliteration)),
    ("Кара-Суу", "Kara-Suu", Some(Transliteration)),
    ("Джалал-Абадская РГА", "Djalal-Abadskaya RGA", Some(Transliteration)),
    ("Жогорку Кенеш", "Jogorky Kenesh", Some(Transliteration)),
    // Typos.
    ("Министерство юстций", "Министерство юстиции", Some(NearSpelling)),
    ("Жогорку Кенещ", "Жогорку Кенеш", Some(NearSpelling)),
    ("Акимиат", "Акимат", Some(NearSpelling)),
    ("Министерство юстиции", "Министерствоюстиции", Some(NearSpelling)),
    ("Билим берүү министирлиги", "Билим берүү министрлиги", Some(NearSpelling)),
    ("Минестерство образавания", "Министерство образования", Some(NearSpelling)),
    ("Асоциация женщин-депутатов", "Ассоциация женщин депутатов", Some(NearSpelling)),
    ("Ак-Жол", "Акжол", Some(NearSpelling)),
    ("Ministry of Justise", "Ministry of Justice", Some(NearSpelling)),
    // Different actors, or not enough to tell.
    ("МИД", "МВД", None),
    ("ЕС", "ЕК", None),
    ("UNDP", "UNEP", None),
    ("Минюст", "Минфин", None),
    ("Министерство юстиции", "Министерство экономики", None),
    ("Министерство образования", "Министерство здравоохранения", None),
    ("Министерство юстиции", "Ministry of Justice", None),
    ("Ак-Суу айыл окмоту", "Ак-Сай айыл окмоту", None),
    ("Школа №5", "Школа №6", None),
    ("Ноокат РГА", "Ноокен РГА", None),
    ("Кенеш Ошской области", "Кенеш Чуйской области", None),
    ("ОО «Голос свободы»", "ОО «Голос женщин»", None),
    ("РГА", "Иссык-Кульская РГА", None),
    ("Жогорку Кенеш", "Жогорку сот", None),
    ("Kara-Suu", "Кара-Куль", None),
    // A known gap: table forms are matched as whole names, not inside longer ones.
    ("ЖӨБ органдары", "Органы МСУ", None),
    ("", "", None),
    ("   ", " ", None),
    ("«»", "\"\"", None),
    ("", "Минюст", None),
];

/// Names for the all-pairs checks: every name in `CASES` plus more of the same kinds.
const EXTRA_NAMES: &[&str] = &[
    "АМУЦА",
    "Академия местного управления Центральной Азии",
    "Союз местных самоуправлений КР",
    "Союз МСУ",
    "Лучшая практика МСУ",
    "Портал «Лучшая практика МСУ»",
    "Ат-Башинская РГА",
    "Ат-Башы РГА",
    "Базар-Коргонская РГА",
    "Кара-Суйская районная государственная администрация",
    "Женщины-депутаты местных кенешей",
    "Клуб женщин-депутатов",
    "Айыл окмоту",
    "UN Women",
    "ООН-Женщины",
    "Ombudsman",
    "Akyikatchy",
    "Жаштар",
    "Zhashtar",
    "Мечеть",
    "Аксакалы",
    "Совет аксакалов",
];

fn all_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = CASES.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    names.extend(EXTRA_NAMES);
    names
}

#[test]
fn cases_match_as_expected() {
    let wrong: Vec<String> = CASES
        .iter()
        .filter_map(|&(a, b, expected)| {
            let got = match_names(a, b);
            (got != expected).then(|| format!("{a:?} / {b:?}: expected {expected:?}, got {got:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn match_names_is_symmetric() {
    for &(a, b, _) in CASES {
        assert_eq!(match_names(a, b), match_names(b, a), "{a:?} / {b:?}");
    }
    // All pairs of all names, through the profiles `match_names` builds, to keep this quick.
    let names = all_names();
    let profiles: Vec<Profile> = names.iter().map(|n| Profile::new(n)).collect();
    for (a, pa) in names.iter().zip(&profiles) {
        for (b, pb) in names.iter().zip(&profiles) {
            assert_eq!(compare(pa, pb), compare(pb, pa), "{a:?} / {b:?}");
        }
    }
}

#[test]
fn a_nonblank_name_matches_itself() {
    for name in all_names().into_iter().filter(|n| !normalise(n).is_empty()) {
        assert_eq!(match_names(name, name), Some(SameName), "{name:?}");
    }
}

#[test]
fn matching_pairs_agrees_with_match_names() {
    let names = all_names();
    assert!(names.len() >= 60, "only {} names", names.len());
    let mut expected = Vec::new();
    for i in 0..names.len() {
        for j in i + 1..names.len() {
            if let Some(reason) = match_names(names[i], names[j]) {
                expected.push((i, j, reason));
            }
        }
    }
    assert_eq!(matching_pairs(&names), expected);
}

#[test]
fn matching_pairs_agrees_on_synthetic_names() {
    let names = synthetic_names(600, 7);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let profiles: Vec<Profile> = refs.iter().map(|n| Profile::new(n)).collect();
    let mut expected = Vec::new();
    for i in 0..profiles.len() {
        for j in i + 1..profiles.len() {
            if let Some(reason) = compare(&profiles[i], &profiles[j]) {
                expected.push((i, j, reason));
            }
        }
    }
    assert!(
        expected.len() > 50,
        "the synthetic names should produce matches"
    );
    assert_eq!(matching_pairs(&refs), expected);
}

#[test]
fn matching_pairs_edge_cases() {
    assert!(matching_pairs(&[]).is_empty());
    assert!(matching_pairs(&["Минюст"]).is_empty());
    assert_eq!(matching_pairs(&["", " ", "«»"]), vec![]);
    assert_eq!(
        matching_pairs(&["Минюст", "МИНЮСТ", "минюст"]),
        vec![(0, 1, SameName), (0, 2, SameName), (1, 2, SameName)]
    );
}

#[test]
fn reasons_order_from_strongest() {
    let all = [
        SameName,
        WordOrder,
        Abbreviation,
        Transliteration,
        NearSpelling,
    ];
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(all.iter().min(), Some(&SameName));
    assert_eq!(
        serde_json::to_string(&NearSpelling).unwrap(),
        "\"near_spelling\""
    );
}

#[test]
fn each_table_form_names_one_body() {
    let mut seen: HashMap<String, (usize, &str)> = HashMap::new();
    let mut by_sound: HashMap<String, (usize, &str)> = HashMap::new();
    for (body, forms) in KNOWN_BODIES.iter().enumerate() {
        for &form in *forms {
            let norm = normalise(form);
            let core = significant_words(&norm).0;
            assert!(!core.is_empty(), "{form:?} has no significant words");
            if let Some((other, first)) = seen.insert(core.join(" "), (body, form)) {
                assert_eq!(other, body, "{form:?} is also a form of {first:?}");
            }
            let sound = phonetic(&as_typed(&core.concat()));
            if sound.len() >= KNOWN_PHONETIC_MIN
                && let Some((other, first)) = by_sound.insert(sound, (body, form))
            {
                assert_eq!(other, body, "{form:?} sounds like {first:?}");
            }
        }
    }
}

#[test]
fn phonetic_keys_fold_romanisations() {
    let key = |s: &str| phonetic(&significant_words(&normalise(s)).0.concat());
    for group in [
        &[
            "Жогорку Кеңеш",
            "Zhogorku Kenesh",
            "Jogorku Kenesh",
            "Jogorku Keñesh",
        ][..],
        &["ЮНИСЕФ", "UNICEF", "Iunisef"],
        &["Акыйкатчы", "Akyikatchy", "Akyykatchy", "Akiykatchi"],
        &["Союз", "Soyuz", "Soiuz"],
        &["Объединённых", "Ob'edinennykh", "Obyedinennyh"],
    ] {
        let keys: Vec<String> = group.iter().map(|s| key(s)).collect();
        assert!(
            keys.windows(2).all(|w| w[0] == w[1]),
            "{group:?} -> {keys:?}"
        );
    }
}

/// Deterministic names in the shapes a workshop produces: bodies from the table, districts with
/// their administrations and councils, NGOs with invented names, numbered schools; some typed
/// with a typo, in capitals, or in Latin.
fn synthetic_names(count: usize, seed: u64) -> Vec<String> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    const PLACES: &[&str] = &[
        "Ат-Башы",
        "Базар-Коргон",
        "Кара-Суу",
        "Иссык-Куль",
        "Ноокат",
        "Ноокен",
        "Талас",
        "Нарын",
        "Баткен",
        "Токмок",
        "Кемин",
        "Кочкор",
        "Ала-Бука",
        "Ак-Суу",
        "Ак-Сай",
        "Тюп",
        "Жумгал",
        "Сокулук",
        "Аламудун",
        "Чуй",
        "Ош",
        "Узген",
        "Кара-Кульджа",
        "Лейлек",
        "Кадамжай",
    ];
    const SYLLABLES: &[&str] = &[
        "ай", "бек", "жол", "нур", "ка", "ра", "су", "тал", "мин", "гүл", "дос", "ел", "ум", "бир",
        "лик", "ар", "ман", "ыр", "өз", "күн", "таш", "ой", "ата", "эне",
    ];
    const KINDS: &[&str] = &[
        "ОО",
        "ОФ",
        "Ассоциация",
        "Союз",
        "Центр",
        "Клуб",
        "Фонд",
        "Сеть",
    ];
    let mut names = Vec::with_capacity(count);
    while names.len() < count {
        let place = PLACES[next(PLACES.len())];
        let word = |next: &mut dyn FnMut(usize) -> usize| -> String {
            let w: String = (0..2 + next(3))
                .map(|_| SYLLABLES[next(SYLLABLES.len())])
                .collect();
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        };
        let mut name = match next(6) {
            0 => {
                let body = KNOWN_BODIES[next(KNOWN_BODIES.len())];
                body[next(body.len())].to_owned()
            }
            1 => format!("{place} РГА"),
            2 => format!("Айыл окмоту {place} {}", next(40)),
            3 => format!("Школа №{} {place}", next(90)),
            4 => format!("Кенеш {place}"),
            _ => {
                let kind = KINDS[next(KINDS.len())];
                format!("{kind} «{} {}»", word(&mut next), word(&mut next))
            }
        };
        match next(8) {
            0 => name = name.to_uppercase(),
            1 => {
                let chars: Vec<char> = name.chars().collect();
                let at = 1 + next(chars.len().saturating_sub(2).max(1));
                name = chars
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != at)
                    .map(|(_, c)| c)
                    .collect();
            }
            2 => name = phonetic_latin(&name),
            _ => {}
        }
        names.push(name);
    }
    names
}

/// A plain Latin rendering for synthetic names (not the matcher's own key).
fn phonetic_latin(name: &str) -> String {
    name.chars()
        .map(|c| match romanise(c.to_lowercase().next().unwrap_or(c)) {
            Some(roman) => roman.to_owned(),
            None => c.to_string(),
        })
        .collect()
}

/// `cargo test --release -p app --lib domain::matching -- --ignored --nocapture`
#[test]
#[ignore = "a measurement, not a check: run in release with --nocapture"]
fn measure_five_thousand_names() {
    let names = synthetic_names(5_000, 42);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let start = std::time::Instant::now();
    let profiles: Vec<Profile> = refs.iter().map(|n| Profile::new(n)).collect();
    let profiling = start.elapsed();
    drop(profiles);
    let start = std::time::Instant::now();
    let pairs = matching_pairs(&refs);
    let elapsed = start.elapsed();
    let mut by_reason: HashMap<MatchReason, usize> = HashMap::new();
    for &(_, _, reason) in &pairs {
        *by_reason.entry(reason).or_default() += 1;
    }
    let n = refs.len();
    println!("matching_pairs on {n} names: {elapsed:?} (profiles alone {profiling:?})");
    println!("{} pairs {by_reason:?}", pairs.len());
}
