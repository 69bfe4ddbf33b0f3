//! Text for layout: the embedded font's advance widths (a table written by `build.rs`), so the
//! layout is the same on the server and in the browser, and the measured, placed line of text
//! ([`TextItem`]) that every picture's words are made of.

use super::geometry::{Point, Rect};

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

/// `text` broken into lines no wider than `max` pixels: at spaces where it can be, after a
/// hyphen inside a word next ("исполнительно-|распорядительные"), and inside a word only when
/// a piece alone is wider than `max`. Nothing is left out: the lines, joined, are the text
/// with its whitespace evened out.
pub fn wrap(text: &str, px: f64, weight: Weight, max: f64) -> Vec<String> {
    let space = width(" ", px, weight);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    for word in text.split_whitespace() {
        for (k, piece) in word.split_inclusive('-').enumerate() {
            // A word's later pieces follow it without a space.
            let gap = if k == 0 && !line.is_empty() {
                space
            } else {
                0.0
            };
            let w = width(piece, px, weight);
            if !line.is_empty() && used + gap + w <= max {
                if gap > 0.0 {
                    line.push(' ');
                }
                line.push_str(piece);
                used += gap + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w <= max {
                line.push_str(piece);
                used = w;
                continue;
            }
            // A piece wider than the line (a long compound, a web address): cut where it must.
            used = 0.0;
            for c in piece.chars() {
                let a = advance(c, weight) * px;
                if !line.is_empty() && used + a > max {
                    lines.push(std::mem::take(&mut line));
                    used = 0.0;
                }
                line.push(c);
                used += a;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Where a line of text is anchored: its left edge, its centre or its right edge.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A line of text: `bounds` is the box it occupies; it is drawn vertically centred in it.
#[derive(Clone, PartialEq, Debug)]
pub struct TextItem {
    pub text: String,
    pub bounds: Rect,
    pub align: Align,
    pub px: f64,
    pub weight: Weight,
}

impl TextItem {
    pub(super) fn new(text: String, at: Point, align: Align, px: f64, weight: Weight) -> Self {
        let w = width(&text, px, weight);
        let h = line_height(px);
        let x = match align {
            Align::Left => at.x,
            Align::Center => at.x - w / 2.0,
            Align::Right => at.x - w,
        };
        Self {
            text,
            bounds: Rect::new(x, at.y - h / 2.0, w, h),
            align,
            px,
            weight,
        }
    }
    /// `words` on one line centred on `at`, cut to fit `max` pixels: what an empty picture
    /// says.
    pub(super) fn centred(words: &str, at: Point, max: f64, px: f64) -> Self {
        let text = fit(words, px, Weight::Regular, max);
        Self::new(text, at, Align::Center, px, Weight::Regular)
    }

    /// Where the text is anchored horizontally (its left, centre or right), on its middle line.
    pub fn anchor(&self) -> Point {
        let b = &self.bounds;
        let x = match self.align {
            Align::Left => b.x,
            Align::Center => b.x + b.w / 2.0,
            Align::Right => b.right(),
        };
        Point::new(x, b.y + b.h / 2.0)
    }
}
