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
//!
//! One file a rule: `normalise` (the first two), `transliteration`, `abbreviation`, `spelling`
//! (typos, and the letter histograms both fuzzy rules filter by); the word lists in `tables`.

mod abbreviation;
mod normalise;
mod spelling;
mod tables;
mod transliteration;

use std::collections::HashMap;

use abbreviation::{abbreviation, acronym_forms, known_body};
use normalise::{normalise, significant_words};
use spelling::{Histogram, as_typed, histogram, near_filter, near_spelling};
use transliteration::{Closeness, Script, phonetic, script, spelled_filter, transliteration};

/// Why two names are proposed as one actor; the variants run from the strongest evidence to the
/// weakest, so `min()` over several reasons is the strongest.
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
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
    /// The [`tables::KNOWN_BODIES`] entry this name is a form of.
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
        let body = known_body(&core, &phonetic, script);
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
    if abbreviation(a, b) {
        return Some(MatchReason::Abbreviation);
    }
    if spelled.is_some() {
        return Some(MatchReason::Transliteration);
    }
    near_spelling(a, b).then_some(MatchReason::NearSpelling)
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

#[cfg(test)]
mod tests;
