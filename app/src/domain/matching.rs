//! Which stakeholder names probably mean the same actor, and why.
//!
//! In the plenary every breakout group has typed its own stakeholders, so one real actor arrives
//! as «Минюст», «Министерство юстиции КР» and «Ministerstvo yustitsii». This module owns the rules
//! that *propose* such pairs, each with a reason the moderator can read; merging is decided
//! elsewhere, by a person. Pure functions over strings: no I/O, no framework.
//!
//! Each name is reduced once to a `Profile` of keys. [`match_names`] compares two profiles;
//! [`matching_pairs`] finds candidates through hash buckets and a length-sorted sweep and then runs
//! the very same comparison on each candidate, so the two functions cannot disagree.
//!
//! The rules, in the order they are tried:
//! - **normalised name** (`SameName`): Unicode lowercase; ё→е; the Kyrgyz letters ң ө ү folded to
//!   н о у, because groups often type Kyrgyz on a Russian keyboard; Latin vowels and ñ lose their
//!   accents (Ökmöt = Okmot); an apostrophe inside a word is dropped (Children's = Childrens); all
//!   other quotes, punctuation and dashes separate words; whitespace collapsed.
//! - **significant words** (`WordOrder`): the normalised words less filler words (`FILLER_WORDS`)
//!   and optional phrases (`OPTIONAL_PHRASES`: «КР», «Кыргызской Республики», «ОО» …), compared
//!   as a multiset. So «Министерство юстиции КР» = «КР министерство юстиции» = «Министерство юстиции».
//! - **transliteration** (`Transliteration`): a Cyrillic-dominant and a Latin-dominant name whose
//!   coarse phonetic keys (`phonetic`) are equal, or close for long keys. An exact
//!   transliteration is reported as such even when both spellings are also in the table.
//! - **abbreviation** (`Abbreviation`): both names are forms of one entry of `KNOWN_BODIES`, or
//!   one name is the other with a run of two or more words written as their initials
//!   («Иссык-Кульская РГА» = «Иссык-Кульская районная государственная администрация»).
//! - **typo** (`NearSpelling`): with й read as и, the same number of significant words and at
//!   most one edit (Damerau–Levenshtein) in all, two if the significant letters number ten or
//!   more; each edited word at least four letters long, without digits, and with one edit at most
//!   if shorter than eight letters; under five letters, never. Or the same letters split into
//!   words differently («Ак-Жол» / «Акжол»).

use std::collections::HashMap;
use std::sync::LazyLock;

use strsim::damerau_levenshtein;

/// Why two names are proposed as one actor; the variants run from the strongest evidence to the
/// weakest, so `min()` over several reasons is the strongest.
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MatchReason {
    /// Equal once case, ё, Kyrgyz letters, accents, quotes and punctuation are set aside.
    SameName,
    /// The same significant words, in any order; filler words and «КР» do not count.
    WordOrder,
    /// An abbreviation of the other, or another standard name of the same body.
    Abbreviation,
    /// A Cyrillic and a Latin spelling of the same name.
    Transliteration,
    /// The same name with a small typo.
    NearSpelling,
}

/// Why two names probably mean the same actor (the strongest reason), or `None`.
pub fn match_names(a: &str, b: &str) -> Option<MatchReason> {
    compare(&Profile::new(a), &Profile::new(b))
}

/// All matching pairs among `names`, as `(i, j, reason)` with `i < j`, sorted by `(i, j)`.
pub fn matching_pairs(names: &[&str]) -> Vec<(usize, usize, MatchReason)> {
    let profiles: Vec<Profile> = names.iter().map(|name| Profile::new(name)).collect();
    let live: Vec<usize> = (0..profiles.len())
        .filter(|&i| !profiles[i].norm.is_empty())
        .collect();
    let mut candidates = Vec::new();

    // Equal keys: the word multiset covers SameName too, since equal names have equal words.
    let mut by_words: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_body: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_long_form: HashMap<&str, Vec<usize>> = HashMap::new();
    for &i in &live {
        let p = &profiles[i];
        by_words.entry(&p.sorted).or_default().push(i);
        if let Some(body) = p.body {
            by_body.entry(body).or_default().push(i);
        }
        for form in &p.acronyms {
            by_long_form.entry(form).or_default().push(i);
        }
    }
    for bucket in by_words.values().chain(by_body.values()) {
        for (x, &i) in bucket.iter().enumerate() {
            candidates.extend(bucket[x + 1..].iter().map(|&j| (i, j)));
        }
    }
    for &i in &live {
        if let Some(long_forms) = by_long_form.get(profiles[i].core.as_str()) {
            candidates.extend(long_forms.iter().map(|&j| (i.min(j), i.max(j))));
        }
    }

    // Fuzzy rules: only names whose key lengths are within the largest budget can pass, and the
    // same cheap filter `compare` uses (length gap and letter histogram) prunes the rest.
    sweep(
        &profiles,
        &live,
        |p| p.letters_len,
        near_filter,
        &mut candidates,
    );
    sweep(
        &profiles,
        &live,
        |p| p.phonetic.len(),
        spelled_filter,
        &mut candidates,
    );

    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .filter(|&(i, j)| i != j)
        .filter_map(|(i, j)| compare(&profiles[i], &profiles[j]).map(|reason| (i, j, reason)))
        .collect()
}

/// Words that never decide which actor a name means: conjunctions and prepositions.
#[rustfmt::skip]
const FILLER_WORDS: &[&str] = &[
    "и", "в", "во", "на", "по", "при", "для", "с", "со",
    "of", "the", "and", "for", "in", "on",
    "жана", "менен", "учун",
];

/// Phrases a group may add or leave out without naming another actor: the country (the workshop
/// is in Kyrgyzstan) and the legal form of an NGO. Normalised spelling (ң ө ү already folded).
#[rustfmt::skip]
const OPTIONAL_PHRASES: &[&[&str]] = &[
    &["кр"], &["kr"], &["кыргызской", "республики"], &["кыргызская", "республика"],
    &["кыргыз", "республикасы"], &["кыргыз", "республикасынын"], &["kyrgyz", "republic"],
    &["оо"], &["оф"], &["общественное", "объединение"], &["общественный", "фонд"],
];

/// Bodies a Kyrgyz workshop names in several ways: each line lists forms of one body. A form is
/// matched after the same normalisation as a name (so «Минюст КР» finds «Минюст»), and forms of
/// five or more letters also by their phonetic key from a name in the other script (so
/// «Zhogorku Kenesh» finds «ЖК»).
///
/// Scope: ministries and state bodies of the Kyrgyz Republic in Russian, with their Kyrgyz name
/// where it is in common use; local self-government; international organisations with their
/// Russian, English and Kyrgyz names and acronyms. English names of Kyrgyz ministries are
/// deliberately absent: that is translation, not abbreviation. Kyrgyz forms here are to be
/// reviewed by a native speaker. Forms that are plain transliterations of each other (ЮНИСЕФ /
/// UNICEF) may be listed; they are reported as transliterations.
#[rustfmt::skip]
const KNOWN_BODIES: &[&[&str]] = &[
    // State bodies of the Kyrgyz Republic.
    &["Минюст", "Министерство юстиции", "Юстиция министрлиги"],
    &["МИД", "Министерство иностранных дел", "Тышкы иштер министрлиги", "ТИМ"],
    &["Минздрав", "Министерство здравоохранения", "Саламаттык сактоо министрлиги"],
    &["МОН", "МОиН", "Минобразования", "Минобрнауки", "Министерство образования",
      "Министерство образования и науки", "Билим берүү министрлиги",
      "Билим берүү жана илим министрлиги"],
    &["Минфин", "Министерство финансов", "Финансы министрлиги"],
    &["МВД", "Министерство внутренних дел", "Ички иштер министрлиги", "ИИМ"],
    &["Минтруд", "Министерство труда", "Министерство труда, социального обеспечения и миграции",
      "Министерство труда и социального развития"],
    &["Минэкономики", "Минэконом", "Министерство экономики", "Министерство экономики и коммерции",
      "Экономика министрлиги"],
    &["Минкультуры", "Министерство культуры", "Маданият министрлиги"],
    &["Минсельхоз", "Министерство сельского хозяйства", "Айыл чарба министрлиги"],
    &["МЧС", "Министерство чрезвычайных ситуаций", "Өзгөчө кырдаалдар министрлиги"],
    &["ГКНБ", "Государственный комитет национальной безопасности", "УКМК",
      "Улуттук коопсуздук мамлекеттик комитети"],
    &["Генпрокуратура", "Генеральная прокуратура", "Башкы прокуратура"],
    &["Верховный суд", "Жогорку сот"],
    &["ЦИК", "Центральная избирательная комиссия", "БШК", "Борбордук шайлоо комиссиясы"],
    &["ЖК", "Жогорку Кенеш", "Парламент"],
    &["Правительство", "Кабинет министров", "Кабмин", "Өкмөт", "Министрлер Кабинети"],
    &["Администрация президента", "Президенттин администрациясы", "АП"],
    &["Акыйкатчы", "Омбудсмен", "Ombudsman"],
    &["ГАМСУМО",
      "Государственное агентство по делам местного самоуправления и межэтнических отношений"],
    // Local self-government and the people around it.
    &["ОМСУ", "Органы местного самоуправления", "МСУ", "Местное самоуправление", "ЖӨБ",
      "Жергиликтүү өз алдынча башкаруу", "Жергиликтүү өз алдынча башкаруу органдары"],
    &["РГА", "Районная государственная администрация", "Райгосадминистрация", "Акимиат"],
    &["Союз местных самоуправлений", "Союз МСУ", "СМС", "СМСУ"],
    &["АМУЦА", "Академия местного управления Центральной Азии"],
    &["СМИ", "Средства массовой информации", "ММК", "Массалык маалымат каражаттары"],
    &["НПО", "ННО", "Неправительственная организация", "Неправительственные организации", "NGO"],
    // International organisations.
    &["ООН", "Организация Объединённых Наций", "UN", "United Nations", "БУУ",
      "Бириккен Улуттар Уюму"],
    &["ПРООН", "Программа развития ООН", "UNDP", "United Nations Development Programme"],
    &["ЮНИСЕФ", "Детский фонд ООН", "UNICEF", "United Nations Children's Fund"],
    &["ООН-Женщины", "UN Women"],
    &["ЮНФПА", "Фонд ООН в области народонаселения", "UNFPA", "United Nations Population Fund"],
    &["ОБСЕ", "Организация по безопасности и сотрудничеству в Европе", "OSCE", "ЕККУ",
      "Organization for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe"],
    &["ВОЗ", "Всемирная организация здравоохранения", "WHO", "World Health Organization"],
    &["ЕС", "Европейский союз", "Евросоюз", "EU", "European Union", "Европа Биримдиги"],
    &["USAID", "ЮСАИД", "Агентство США по международному развитию",
      "United States Agency for International Development"],
    &["GIZ", "ГИЗ", "Германское общество по международному сотрудничеству"],
    &["АБР", "Азиатский банк развития", "ADB", "Asian Development Bank"],
    &["ВБ", "Всемирный банк", "World Bank", "Дүйнөлүк банк"],
];

/// Acronyms longer than this many words (fillers included) are not looked for.
const MAX_ACRONYM_WORDS: usize = 10;

/// Everything the rules need to know about one name, computed once.
#[derive(Debug)]
struct Profile {
    /// The normalised name; empty for a blank name, which never matches.
    norm: String,
    /// The significant words in order, joined by spaces.
    core: String,
    /// The significant words sorted, joined by spaces.
    sorted: String,
    /// What this name would read as with one run of its words written as initials.
    acronyms: Vec<String>,
    /// The [`KNOWN_BODIES`] entry this name is a form of.
    body: Option<usize>,
    script: Option<Script>,
    /// The significant words as typos are judged: with й read as и, a slip made all the time.
    typed: String,
    /// `typed` without spaces, its length in chars, and its letter histogram.
    letters: String,
    letters_len: usize,
    letters_hist: Histogram,
    phonetic: String,
    phonetic_hist: Histogram,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Cyrillic,
    Latin,
}

/// Letter counts by `code % 32`: a lower bound on edit distance that costs no allocation.
type Histogram = [u8; 32];

impl Profile {
    fn new(name: &str) -> Profile {
        let norm = normalise(name);
        let (core_words, acronym_source) = significant_words(&norm);
        let core = core_words.join(" ");
        let mut sorted_words = core_words.clone();
        sorted_words.sort_unstable();
        let typed = as_typed(&core);
        let letters = typed.replace(' ', "");
        let phonetic = phonetic(&letters);
        let script = script(&norm);
        // By sound only across scripts: within one script a sound-alike is a typo, not a form.
        let body = KNOWN.by_form.get(&core).copied().or_else(|| {
            let (body, form_script) = KNOWN.by_phonetic.get(&phonetic)?;
            (phonetic.len() >= KNOWN_PHONETIC_MIN && *form_script != script).then_some(*body)
        });
        Profile {
            script,
            acronyms: acronym_forms(&acronym_source),
            sorted: sorted_words.join(" "),
            letters_len: letters.chars().count(),
            letters_hist: histogram(letters.chars()),
            phonetic_hist: histogram(phonetic.chars()),
            typed,
            letters,
            phonetic,
            body,
            core,
            norm,
        }
    }
}

fn compare(a: &Profile, b: &Profile) -> Option<MatchReason> {
    if a.norm.is_empty() || b.norm.is_empty() {
        return None;
    }
    if a.norm == b.norm {
        return Some(MatchReason::SameName);
    }
    if a.sorted == b.sorted {
        return Some(MatchReason::WordOrder);
    }
    let spelled = transliteration(a, b);
    if spelled == Some(Closeness::Exact) {
        return Some(MatchReason::Transliteration);
    }
    let same_body = a.body.is_some() && a.body == b.body;
    if same_body || a.acronyms.contains(&b.core) || b.acronyms.contains(&a.core) {
        return Some(MatchReason::Abbreviation);
    }
    if spelled.is_some() {
        return Some(MatchReason::Transliteration);
    }
    near_spelling(a, b).then_some(MatchReason::NearSpelling)
}

fn normalise(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len());
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´') {
            // Inside a word it is an apostrophe and the word stays whole; elsewhere a quote.
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let inside = prev.is_some_and(char::is_alphanumeric)
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if !inside {
                out.push(' ');
            }
            continue;
        }
        match c {
            // Some keyboards send «й» as «и» plus a combining breve.
            '\u{306}' if out.ends_with('и') => {
                out.pop();
                out.push('й');
            }
            '\u{300}'..='\u{36F}'
            | '\u{AD}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}' => {}
            _ => {
                for lower in c.to_lowercase() {
                    let folded = fold_letter(lower);
                    out.push(if folded.is_alphanumeric() {
                        folded
                    } else {
                        ' '
                    });
                }
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Letters that people type interchangeably. Consonant diacritics (š ž č ş ç) are kept: they
/// stand for digraphs, which only the phonetic key can equate.
fn fold_letter(c: char) -> char {
    match c {
        'ё' => 'е',
        'ң' => 'н',
        'ө' => 'о',
        'ү' => 'у',
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        _ => c,
    }
}

/// The significant words of a normalised name, and the words an acronym may be read from (with
/// a flag for filler words, which some acronyms keep: «МОиН»).
fn significant_words(norm: &str) -> (Vec<&str>, Vec<(&str, bool)>) {
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let filler: Vec<bool> = words.iter().map(|w| FILLER_WORDS.contains(w)).collect();
    let content: Vec<usize> = (0..words.len()).filter(|&i| !filler[i]).collect();
    let mut optional = vec![false; words.len()];
    let mut at = 0;
    while at < content.len() {
        let phrase = OPTIONAL_PHRASES.iter().find(|phrase| {
            let ahead = content[at..].iter().map(|&i| words[i]);
            phrase.len() <= content.len() - at && ahead.zip(phrase.iter()).all(|(w, p)| w == *p)
        });
        let len = phrase.map_or(1, |phrase| phrase.len());
        if phrase.is_some() {
            content[at..at + len]
                .iter()
                .for_each(|&i| optional[i] = true);
        }
        at += len;
    }
    let core: Vec<&str> = content
        .iter()
        .filter(|&&i| !optional[i])
        .map(|&i| words[i])
        .collect();
    if !core.is_empty() {
        let source = (0..words.len())
            .filter(|&i| !optional[i])
            .map(|i| (words[i], filler[i]));
        return (core, source.collect());
    }
    // A name made only of optional words («КР») is still a name: then every word counts.
    let source = words.iter().copied().zip(filler.iter().copied()).collect();
    let core = content.iter().map(|&i| words[i]).collect::<Vec<_>>();
    (if core.is_empty() { words } else { core }, source)
}

/// For every run of two or more significant words, the name with that run replaced by its
/// initials: with and without the initials of fillers inside the run («МОиН», «ОБСЕ»).
fn acronym_forms(source: &[(&str, bool)]) -> Vec<String> {
    fn kept<'a>(words: &[(&'a str, bool)]) -> Vec<&'a str> {
        words
            .iter()
            .filter(|(_, filler)| !filler)
            .map(|(w, _)| *w)
            .collect()
    }
    fn initials(run: &[(&str, bool)], with_fillers: bool) -> String {
        let words = run.iter().filter(|(_, filler)| with_fillers || !filler);
        words.filter_map(|(w, _)| w.chars().next()).collect()
    }
    let mut forms = Vec::new();
    for start in (0..source.len()).filter(|&i| !source[i].1) {
        let last = source.len().min(start + MAX_ACRONYM_WORDS);
        for end in (start + 1..last).filter(|&i| !source[i].1) {
            let run = &source[start..=end];
            let (before, after) = (kept(&source[..start]), kept(&source[end + 1..]));
            for with_fillers in [false, true] {
                let mut words = before.clone();
                let short = initials(run, with_fillers);
                words.push(&short);
                words.extend(&after);
                let form = words.join(" ");
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
    }
    forms
}

fn script(norm: &str) -> Option<Script> {
    let (mut cyrillic, mut latin) = (0, 0);
    for c in norm.chars().filter(|c| c.is_alphabetic()) {
        match c {
            '\u{400}'..='\u{4FF}' => cyrillic += 1,
            'a'..='z' | '\u{C0}'..='\u{24F}' => latin += 1,
            _ => {}
        }
    }
    match cyrillic.cmp(&latin) {
        std::cmp::Ordering::Greater => Some(Script::Cyrillic),
        std::cmp::Ordering::Less => Some(Script::Latin),
        std::cmp::Ordering::Equal => None,
    }
}

/// A coarse Latin key: Cyrillic (Russian and Kyrgyz) romanised, then the spellings that
/// romanisations disagree on folded together, so «Жогорку Кеңеш», «Zhogorku Kenesh» and
/// «Jogorku Kengesh» share one key. Only letters and digits survive.
fn phonetic(letters: &str) -> String {
    let mut latin = String::with_capacity(letters.len() * 2);
    for c in letters.chars() {
        match romanise(c) {
            Some(roman) => latin.push_str(roman),
            None if c.is_ascii_alphanumeric() => latin.push(c),
            // ъ, ь and letters of other alphabets carry no sound we can compare.
            None => {}
        }
    }
    // «ju»/«ja» are not folded: in Kyrgyz Latin j is ж (Jalal-Abad).
    #[rustfmt::skip]
    const DIGRAPHS: &[(&str, &str)] = &[
        ("shch", "sh"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"),
        ("tch", "ch"), ("ph", "f"), ("ck", "k"), ("ng", "n"),
    ];
    for (from, to) in DIGRAPHS {
        if latin.contains(from) {
            latin = latin.replace(from, to);
        }
    }
    let bytes = latin.as_bytes();
    let mut folded = String::with_capacity(latin.len());
    for (i, &b) in bytes.iter().enumerate() {
        let next = bytes.get(i + 1).copied();
        match b {
            b'c' if next == Some(b'h') => folded.push('c'),
            // UNICEF is ЮНИСЕФ: «c» is soft before e, i, y and hard elsewhere.
            b'c' if matches!(next, Some(b'e' | b'i' | b'y')) => folded.push('s'),
            b'c' | b'q' => folded.push('k'),
            b'y' => folded.push('i'),
            b'w' => folded.push('v'),
            b'x' => folded.push_str("ks"),
            _ => folded.push(b as char),
        }
    }
    let mut key = collapse_doubles(&folded);
    // я ю е after a vowel are written ya/ia, yu/iu, ye/ie (y is already i here).
    for (from, to) in [("ia", "a"), ("iu", "u"), ("ie", "e")] {
        if key.contains(from) {
            key = key.replace(from, to);
        }
    }
    collapse_doubles(&key)
}

/// Russian and Kyrgyz Cyrillic, and the Latin letters whose diacritic stands for a digraph.
#[rustfmt::skip]
fn romanise(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' | 'ё' | 'э' => "e",
        'ж' => "zh", 'з' => "z", 'и' => "i", 'й' | 'ы' => "y", 'к' => "k", 'л' => "l",
        'м' => "m", 'н' | 'ң' => "n", 'о' | 'ө' => "o", 'п' => "p", 'р' => "r", 'с' => "s",
        'т' => "t", 'у' | 'ү' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch",
        'ш' => "sh", 'щ' => "shch", 'ю' => "yu", 'я' => "ya",
        'ž' => "zh", 'š' | 'ş' => "sh", 'č' | 'ç' => "ch",
        _ => return None,
    })
}

fn collapse_doubles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn histogram(chars: impl Iterator<Item = char>) -> Histogram {
    let mut counts = [0u8; 32];
    for c in chars {
        // Saturating only ever lowers the bound, so it stays a valid lower bound.
        let slot = &mut counts[c as usize % 32];
        *slot = slot.saturating_add(1);
    }
    counts
}

/// Whether the letter counts differ by at most `limit` (one edit changes them by at most 2).
fn histograms_within(a: &Histogram, b: &Histogram, limit: usize) -> bool {
    let mut total = 0;
    for (x, y) in a.iter().zip(b) {
        total += usize::from(x.abs_diff(*y));
        if total > limit {
            return false;
        }
    }
    true
}

/// Edits allowed in a name's significant letters, by the shorter name's length: short names
/// («МИД» / «МВД», «ЕС» / «ЕК») are different actors far more often than typos.
fn near_budget(len: usize) -> usize {
    match len {
        0..5 => 0,
        5..10 => 1,
        _ => 2,
    }
}

/// Edits allowed between phonetic keys: they are already coarse, so a little stricter.
fn spelled_budget(len: usize) -> usize {
    match len {
        0..6 => 0,
        6..12 => 1,
        _ => 2,
    }
}

/// Words as typos are judged: й and и are swapped all the time (and romanise alike anyway).
fn as_typed(words: &str) -> String {
    words.replace('й', "и")
}

/// A necessary condition for [`near_spelling`], cheap enough to run on many pairs.
fn near_filter(a: &Profile, b: &Profile) -> bool {
    let budget = near_budget(a.letters_len.min(b.letters_len));
    budget > 0
        && a.letters_len.abs_diff(b.letters_len) <= budget
        && histograms_within(&a.letters_hist, &b.letters_hist, 2 * budget)
}

fn near_spelling(a: &Profile, b: &Profile) -> bool {
    if !near_filter(a, b) {
        return false;
    }
    let (words_a, words_b): (Vec<&str>, Vec<&str>) =
        (a.typed.split(' ').collect(), b.typed.split(' ').collect());
    if words_a.len() != words_b.len() {
        return a.letters == b.letters;
    }
    let budget = near_budget(a.letters_len.min(b.letters_len));
    let mut total = 0;
    for (x, y) in words_a.into_iter().zip(words_b).filter(|(x, y)| x != y) {
        // A changed short word or number is another place or another school, not a typo:
        // «Ак-Суу» / «Ак-Сай», «Школа №5» / «Школа №6».
        let shorter = x.chars().count().min(y.chars().count());
        let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
        if shorter < 4 || has_digit(x) || has_digit(y) {
            return false;
        }
        let distance = damerau_levenshtein(x, y);
        if distance > if shorter < 8 { 1 } else { 2 } {
            return false;
        }
        total += distance;
    }
    total > 0 && total <= budget
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Closeness {
    Exact,
    Near,
}

/// A necessary condition for [`transliteration`].
fn spelled_filter(a: &Profile, b: &Profile) -> bool {
    let (la, lb) = (a.phonetic.len(), b.phonetic.len());
    let budget = spelled_budget(la.min(lb));
    a.script.is_some()
        && b.script.is_some()
        && a.script != b.script
        && la.min(lb) >= 2
        && la.abs_diff(lb) <= budget
        && histograms_within(&a.phonetic_hist, &b.phonetic_hist, 2 * budget)
}

fn transliteration(a: &Profile, b: &Profile) -> Option<Closeness> {
    if !spelled_filter(a, b) {
        return None;
    }
    if a.phonetic == b.phonetic {
        return Some(Closeness::Exact);
    }
    let budget = spelled_budget(a.phonetic.len().min(b.phonetic.len()));
    (damerau_levenshtein(&a.phonetic, &b.phonetic) <= budget).then_some(Closeness::Near)
}

/// The largest length gap any fuzzy rule allows; the sweep stops there.
const MAX_BUDGET: usize = 2;

/// Candidate pairs for a fuzzy rule: names sorted by key length, each compared only with the
/// names at most [`MAX_BUDGET`] longer, through the rule's own cheap filter.
fn sweep(
    profiles: &[Profile],
    live: &[usize],
    len: impl Fn(&Profile) -> usize,
    filter: fn(&Profile, &Profile) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let mut order = live.to_vec();
    order.sort_by_key(|&i| len(&profiles[i]));
    for (x, &i) in order.iter().enumerate() {
        let li = len(&profiles[i]);
        for &j in &order[x + 1..] {
            if len(&profiles[j]) - li > MAX_BUDGET {
                break;
            }
            if filter(&profiles[i], &profiles[j]) {
                out.push((i.min(j), i.max(j)));
            }
        }
    }
}

/// Table forms shorter than this are not looked up by sound: «ЕС» would find «es».
const KNOWN_PHONETIC_MIN: usize = 5;

struct Known {
    by_form: HashMap<String, usize>,
    /// Body and script of each form, by the form's phonetic key.
    by_phonetic: HashMap<String, (usize, Option<Script>)>,
}

static KNOWN: LazyLock<Known> = LazyLock::new(|| {
    let mut known = Known {
        by_form: HashMap::new(),
        by_phonetic: HashMap::new(),
    };
    for (body, forms) in KNOWN_BODIES.iter().enumerate() {
        for form in *forms {
            let norm = normalise(form);
            let core = significant_words(&norm).0;
            let phonetic = phonetic(&as_typed(&core.concat()));
            known.by_form.insert(core.join(" "), body);
            if phonetic.len() >= KNOWN_PHONETIC_MIN {
                known.by_phonetic.insert(phonetic, (body, script(&norm)));
            }
        }
    }
    known
});

#[cfg(test)]
#[path = "matching_tests.rs"]
mod tests;
