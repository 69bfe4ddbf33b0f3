//! The abbreviation rule (`Abbreviation`): two forms of one known body, or one name with a run
//! of its words written as initials. Owns the lookup of [`KNOWN_BODIES`] by form and by sound.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Profile;
use super::normalise::{normalise, significant_words};
use super::spelling::as_typed;
use super::tables::KNOWN_BODIES;
use super::transliteration::{Script, phonetic, script};

/// Acronyms longer than this many words (fillers included) are not looked for.
const MAX_ACRONYM_WORDS: usize = 10;

/// For every run of two or more significant words, the name with that run replaced by its
/// initials: with and without the initials of fillers inside the run («МОиН», «ОБСЕ»).
pub(super) fn acronym_forms(source: &[(&str, bool)]) -> Vec<String> {
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

/// Both names are forms of one known body, or one is the other with a run of words as initials.
pub(super) fn abbreviation(a: &Profile, b: &Profile) -> bool {
    let same_body = a.body.is_some() && a.body == b.body;
    same_body || a.acronyms.contains(&b.core) || b.acronyms.contains(&a.core)
}

/// The [`KNOWN_BODIES`] entry a name is a form of, by its significant words or, across
/// scripts only, by its phonetic key: within one script a sound-alike is a typo, not a form.
pub(super) fn known_body(core: &str, phonetic: &str, script: Option<Script>) -> Option<usize> {
    KNOWN.by_form.get(core).copied().or_else(|| {
        let (body, form_script) = KNOWN.by_phonetic.get(phonetic)?;
        (phonetic.len() >= KNOWN_PHONETIC_MIN && *form_script != script).then_some(*body)
    })
}

/// Table forms shorter than this are not looked up by sound: «ЕС» would find «es».
pub(super) const KNOWN_PHONETIC_MIN: usize = 5;

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
