//! Text measurement for layout: the embedded font's advance widths (a table written by
//! `build.rs`), so the layout is the same on the server and in the browser.

mod advances {
    include!(concat!(env!("OUT_DIR"), "/advances.rs"));
}

/// Regular or bold: the two weights the pictures use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Weight {
    Regular,
    Bold,
}

/// A character the table lacks is measured as this share of an em: wide enough that a label
/// in an unexpected script is never under-measured.
const UNKNOWN_EM: f64 = 0.75;

fn advance(c: char, weight: Weight) -> f64 {
    let table = match weight {
        Weight::Regular => advances::REGULAR,
        Weight::Bold => advances::BOLD,
    };
    table
        .binary_search_by_key(&c, |(ch, _)| *ch)
        .map(|i| f64::from(table[i].1) / f64::from(advances::UNITS_PER_EM))
        .unwrap_or(UNKNOWN_EM)
}

/// The width in pixels of `text` set at `px`.
pub fn width(text: &str, px: f64, weight: Weight) -> f64 {
    text.chars().map(|c| advance(c, weight)).sum::<f64>() * px
}

/// `text` on one line, cut with an ellipsis to fit `max` pixels.
pub fn fit(text: &str, px: f64, weight: Weight, max: f64) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width(&text, px, weight) <= max {
        return text;
    }
    let budget = max - width("…", px, weight);
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += advance(c, weight) * px;
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// The height of a line of text at `px`, as the layout reserves it.
pub fn line_height(px: f64) -> f64 {
    px * 1.25
}
