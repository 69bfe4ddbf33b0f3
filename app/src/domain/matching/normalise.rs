//! The first step for every name: case, ё, Kyrgyz letters, accents, quotes and punctuation set
//! aside (`SameName`), then the significant words, without fillers and optional phrases
//! (`WordOrder`).

use super::tables::{FILLER_WORDS, OPTIONAL_PHRASES};

pub(super) fn normalise(name: &str) -> String {
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
pub(super) fn significant_words(norm: &str) -> (Vec<&str>, Vec<(&str, bool)>) {
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
