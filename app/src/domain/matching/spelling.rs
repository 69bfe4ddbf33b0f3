//! The typo rule (`NearSpelling`): a small edit distance between the significant words, and
//! the letter histograms that rule out most pairs before any distance is computed (shared with
//! the transliteration rule).

use strsim::damerau_levenshtein;

use super::Profile;

/// Letter counts by `code % 32`: a lower bound on edit distance that costs no allocation.
pub(super) type Histogram = [u8; 32];

pub(super) fn histogram(chars: impl Iterator<Item = char>) -> Histogram {
    let mut counts = [0u8; 32];
    for c in chars {
        // Saturating only ever lowers the bound, so it stays a valid lower bound.
        let slot = &mut counts[c as usize % 32];
        *slot = slot.saturating_add(1);
    }
    counts
}

/// Whether the letter counts differ by at most `limit` (one edit changes them by at most 2).
pub(super) fn histograms_within(a: &Histogram, b: &Histogram, limit: usize) -> bool {
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

/// Words as typos are judged: й and и are swapped all the time (and romanise alike anyway).
pub(super) fn as_typed(words: &str) -> String {
    words.replace('й', "и")
}

/// A necessary condition for [`near_spelling`], cheap enough to run on many pairs.
pub(super) fn near_filter(a: &Profile, b: &Profile) -> bool {
    let budget = near_budget(a.letters_len.min(b.letters_len));
    budget > 0
        && a.letters_len.abs_diff(b.letters_len) <= budget
        && histograms_within(&a.letters_hist, &b.letters_hist, 2 * budget)
}

pub(super) fn near_spelling(a: &Profile, b: &Profile) -> bool {
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
