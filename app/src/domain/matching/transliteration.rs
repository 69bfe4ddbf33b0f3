//! The transliteration rule (`Transliteration`): a Cyrillic and a Latin name whose coarse
//! phonetic keys are equal, or close for long keys. Owns the script of a name and its phonetic
//! key, which the known bodies are also looked up by.

use strsim::damerau_levenshtein;

use super::Profile;
use super::spelling::histograms_within;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Script {
    Cyrillic,
    Latin,
}

pub(super) fn script(norm: &str) -> Option<Script> {
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
pub(super) fn phonetic(letters: &str) -> String {
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
pub(super) fn romanise(c: char) -> Option<&'static str> {
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

/// Edits allowed between phonetic keys: they are already coarse, so a little stricter.
pub(super) fn spelled_budget(len: usize) -> usize {
    match len {
        0..6 => 0,
        6..12 => 1,
        _ => 2,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Closeness {
    Exact,
    Near,
}

/// A necessary condition for [`transliteration`].
pub(super) fn spelled_filter(a: &Profile, b: &Profile) -> bool {
    let (la, lb) = (a.phonetic.len(), b.phonetic.len());
    let budget = spelled_budget(la.min(lb));
    a.script.is_some()
        && b.script.is_some()
        && a.script != b.script
        && la.min(lb) >= 2
        && la.abs_diff(lb) <= budget
        && histograms_within(&a.phonetic_hist, &b.phonetic_hist, 2 * budget)
}

pub(super) fn transliteration(a: &Profile, b: &Profile) -> Option<Closeness> {
    if !spelled_filter(a, b) {
        return None;
    }
    if a.phonetic == b.phonetic {
        return Some(Closeness::Exact);
    }
    let budget = spelled_budget(a.phonetic.len().min(b.phonetic.len()));
    (damerau_levenshtein(&a.phonetic, &b.phonetic) <= budget).then_some(Closeness::Near)
}
