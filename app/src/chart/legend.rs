//! The legend beside a picture: rows of a symbol and words, shrunk and then split into two
//! columns when they do not fit, and summed up in a last row when even that is not enough.

use crate::domain::{Attitude, RelationKind};

use super::geometry::{Point, Rect};
use super::grid_layout::{Align, TextItem};
use super::text::{self, Weight};

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Symbol {
    Heading,
    Colour(usize),
    Shape(usize),
    Attitude(Attitude),
    /// A relationship kind's line.
    Kind(RelationKind),
    /// An arrow: one-way relationships.
    OneWay,
    /// Words only, indented like the rows with symbols (group letters, lists).
    Indented,
    /// Words only, flush left (numbered names).
    Number,
}

#[derive(Clone, PartialEq, Debug)]
pub struct LegendRow {
    pub symbol: Symbol,
    /// The centre of the symbol (unused for words only).
    pub at: Point,
    pub size: f64,
    pub text: TextItem,
}

/// Lays `entries` out in `panel`, starting at type size `label`.
pub fn rows(
    mut entries: Vec<(Symbol, String)>,
    panel: Rect,
    label: f64,
    margin: f64,
) -> Vec<LegendRow> {
    // Two columns before smaller type (on a wide panel), then type down to 60%; what still
    // does not fit is summed up in a last row.
    let mut px = label;
    let mut columns = 1;
    loop {
        let per_column = (panel.h / text::line_height(px)).floor().max(1.0) as usize;
        if entries.len() <= per_column * columns {
            break;
        }
        if columns < 2 && panel.w / 2.0 >= px * 10.0 {
            columns = 2;
        } else if px > label * 0.6 {
            px = (px * 0.9).max(label * 0.6);
        } else {
            let keep = per_column * columns - 1;
            let hidden = entries.len() - keep;
            entries.truncate(keep);
            entries.push((Symbol::Heading, format!("… +{hidden}")));
            break;
        }
    }
    let line = text::line_height(px);
    let per_column = (panel.h / line).floor().max(1.0) as usize;
    let col_w = panel.w / columns as f64;
    let symbol = px * 0.9;
    entries
        .into_iter()
        .enumerate()
        .map(|(i, (sym, words))| {
            let col = i / per_column;
            let row = i % per_column;
            let x = panel.x + col as f64 * col_w;
            let y = panel.y + row as f64 * line + line / 2.0;
            let (indent, weight) = match sym {
                Symbol::Heading => (0.0, Weight::Bold),
                Symbol::Number => (0.0, Weight::Regular),
                Symbol::Kind(_) | Symbol::OneWay => (symbol * 2.0 + margin / 2.0, Weight::Regular),
                _ => (symbol + margin / 2.0, Weight::Regular),
            };
            let fitted = text::fit(&words, px, weight, (col_w - indent - margin / 2.0).max(px));
            LegendRow {
                symbol: sym,
                at: Point::new(x + symbol / 2.0, y),
                size: symbol,
                text: TextItem::new(fitted, Point::new(x + indent, y), Align::Left, px, weight),
            }
        })
        .collect()
}
