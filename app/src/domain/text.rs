//! What text the domain keeps: trimmed, in Unicode NFC, and free of characters that make a
//! name display as something else — bidi overrides and isolates (`U+202E` turns
//! «Акимиат» around on the projector), invisible characters (a zero-width space makes two
//! equal names differ) and control characters. ZWJ and ZWNJ stay: Persian, Indic scripts
//! and emoji need them. Long texts may keep line breaks and tabs.
//!
//! Typed text with such a character is refused, saying which character and where; imported
//! cells have them removed instead ([`strip`]), with a warning per cell.

pub use super::error::code_point;
use super::error::{DomainError, Field};

/// Why a character is not kept.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unwanted {
    /// Changes the direction text is shown in (overrides, embeddings, isolates, marks).
    Bidi,
    /// Shows nothing, so two names that look equal differ.
    Invisible,
    /// A control character (other than a long text's line break or tab).
    Control,
}

/// Whether text may run over several lines (the long texts) or is one line (names, titles).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lines {
    One,
    Many,
}

impl Lines {
    /// The fields whose text is a paragraph rather than a name.
    pub fn of(field: Field) -> Self {
        match field {
            Field::Focal
            | Field::Question
            | Field::Interests
            | Field::Cooperation
            | Field::Notes => Lines::Many,
            _ => Lines::One,
        }
    }
}

/// Why `c` may not be kept, if it may not.
pub fn unwanted(c: char, lines: Lines) -> Option<Unwanted> {
    match c {
        '\n' | '\t' if lines == Lines::Many => None,
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => Some(Unwanted::Bidi),
        '\u{200B}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206A}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{180E}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E007F}' => Some(Unwanted::Invisible),
        '\u{2028}' | '\u{2029}' => Some(Unwanted::Control),
        c if c.is_control() => Some(Unwanted::Control),
        _ => None,
    }
}

/// `raw` trimmed and in NFC, or the first character that may not be kept, with its place
/// (from 1, counted in the trimmed text as the person typed it).
pub fn clean(raw: &str, field: Field) -> Result<String, DomainError> {
    let lines = Lines::of(field);
    // Scripts send Windows line ends; a textarea never does.
    let raw = if lines == Lines::Many && raw.contains('\r') {
        std::borrow::Cow::Owned(raw.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let trimmed = raw.trim();
    if let Some((i, c)) = trimmed
        .chars()
        .enumerate()
        .find(|(_, c)| unwanted(*c, lines).is_some())
    {
        return Err(DomainError::Character {
            field,
            code_point: u32::from(c),
            position: i + 1,
        });
    }
    Ok(normal(trimmed))
}

/// `raw` with every character that may not be kept removed (a line break in a one-line
/// text becomes a space), trimmed and in NFC; and what was removed, in order.
pub fn strip(raw: &str, field: Field) -> (String, Vec<char>) {
    let lines = Lines::of(field);
    let mut removed = Vec::new();
    let kept: String = raw
        .chars()
        .filter_map(|c| match unwanted(c, lines) {
            None => Some(c),
            // A line end inside a name, or a stray `\r`, is not worth a warning.
            Some(_) if c == '\r' && lines == Lines::Many => None,
            Some(_) => {
                removed.push(c);
                let breaks = matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}');
                breaks.then_some(' ')
            }
        })
        .collect();
    (normal(kept.trim()), removed)
}

/// `text` in NFC. NFC is stable for every assigned character, so the browser's own
/// (`String.prototype.normalize`) and the crate's agree; in the browser the crate's tables
/// would be 42 KB (brotli) of the main module every tablet downloads first.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
fn normal(text: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn normal(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFC").into()
}

#[cfg(test)]
mod tests;
