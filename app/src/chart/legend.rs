//! The legend beside a picture: rows of a symbol and words. Words are never cut: an entry that
//! is wider than its column wraps onto further rows. When the entries do not fit, the legend
//! takes two columns, then smaller type (down to the smallest the projector allows); what still
//! does not fit — the numbered key first, being last — is handed back as the `rest`, which the
//! caller shows on a panel or slide of its own ([`super::KeyPage`]), never summed up as "… +69".

use crate::domain::{Attitude, RelationKind};

use super::geometry::{Point, Rect};
use super::palette::tagged;
use super::text::{self, Align, TextItem, Weight};

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
    /// The next line of the entry above, wrapped: no symbol, the same indent.
    More,
    /// A group's dot (its colour and letter), on the picture of where the groups disagree.
    Group(usize),
    /// The median's tick on that picture.
    Median,
    /// A compared grid's faint marker with its arrow: where a stakeholder was.
    Was,
    /// A compared grid's ring: new since.
    New,
    /// A compared grid's faint crossed marker: gone since.
    Gone,
}

/// A legend entry before layout: its symbol and all of its words.
pub type Entry = (Symbol, String);

#[derive(Clone, PartialEq, Debug)]
pub struct LegendRow {
    pub symbol: Symbol,
    /// The centre of the symbol (unused for words only).
    pub at: Point,
    pub size: f64,
    pub text: TextItem,
}

/// Where a legend goes and how small its type may get.
#[derive(Clone, Copy, Debug)]
pub struct Panel {
    pub area: Rect,
    /// The type size to start at.
    pub px: f64,
    /// The smallest type allowed.
    pub min_px: f64,
    pub margin: f64,
    pub max_columns: usize,
}

impl Panel {
    /// The legend panel beside (or under) a picture: its label type, down to the smallest the
    /// projector allows, in up to two columns.
    pub fn beside(area: Rect, sizes: &super::page::Sizes, margin: f64) -> Panel {
        Panel {
            area,
            px: sizes.label,
            min_px: sizes.small,
            margin,
            max_columns: 2,
        }
    }
}

/// A laid-out legend and the entries that found no room in it.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Legend {
    pub rows: Vec<LegendRow>,
    pub rest: Vec<Entry>,
}

/// Adds `text` as a heading, unless it is empty.
pub fn heading(entries: &mut Vec<Entry>, text: &str) {
    if !text.is_empty() {
        entries.push((Symbol::Heading, text.to_owned()));
    }
}

/// Adds a heading and an entry for each of `names` (`entry` gets the index).
fn listed(
    entries: &mut Vec<Entry>,
    title: &str,
    names: &[String],
    entry: impl Fn(usize, &str) -> Entry,
) {
    heading(entries, title);
    entries.extend(names.iter().enumerate().map(|(i, name)| entry(i, name)));
}

/// Categories by their colour and levels by their shape, each under its heading: how the grid
/// and the graph both say what their marks are.
pub fn categories_and_levels(
    entries: &mut Vec<Entry>,
    [categories_heading, levels_heading]: [&str; 2],
    categories: &[String],
    levels: &[String],
) {
    listed(entries, categories_heading, categories, |i, c| {
        (Symbol::Colour(i), c.to_owned())
    });
    listed(entries, levels_heading, levels, |i, l| {
        (Symbol::Shape(i), l.to_owned())
    });
}

/// The groups by their letters, under their heading, when several share the picture (`tag`).
pub fn groups(entries: &mut Vec<Entry>, tag: bool, title: &str, groups: &[String]) {
    if tag {
        listed(entries, title, groups, |i, g| {
            (Symbol::Indented, tagged(g, i, true))
        });
    }
}

/// The legend beside a grid or a graph: `fixed` (the vocabulary), then `key` (the names). A
/// panel of small multiples (`key_only`) has none: the whole picture shows the vocabulary once
/// for all panels, and the panel's names go on to the key's pages.
pub fn beside(
    fixed: Vec<Entry>,
    key: Vec<Entry>,
    panel: &Panel,
    continues: &str,
    key_only: bool,
) -> Legend {
    if key_only {
        return Legend {
            rows: Vec::new(),
            rest: key,
        };
    }
    lay_out(fixed, key, panel, continues)
}

/// Lays out `fixed` (the vocabulary: always first) and then `key` (names, numbered or listed)
/// in `panel`. When not everything fits even in the smallest type, the entries that do not are
/// returned as `rest` and a last row says `continues`.
pub fn lay_out(fixed: Vec<Entry>, key: Vec<Entry>, panel: &Panel, continues: &str) -> Legend {
    let mut entries = fixed;
    entries.extend(key);
    let mut px = panel.px.max(panel.min_px);
    loop {
        for columns in 1..=columns_for(panel, px) {
            let (rows, placed) = place(&entries, panel.area, px, columns, panel.margin);
            if placed == entries.len() {
                return Legend {
                    rows,
                    rest: Vec::new(),
                };
            }
        }
        if px <= panel.min_px {
            break;
        }
        px = (px * 0.9).max(panel.min_px);
    }
    // The smallest type and the most columns, one line or more kept for `continues`.
    let columns = columns_for(panel, px);
    let note = text::wrap(continues, px, Weight::Bold, panel.area.w);
    let line = text::line_height(px);
    let room = Rect::new(
        panel.area.x,
        panel.area.y,
        panel.area.w,
        (panel.area.h - note.len() as f64 * line).max(line),
    );
    let (mut rows, placed) = place(&entries, room, px, columns, panel.margin);
    for (i, words) in note.into_iter().enumerate() {
        let y = room.bottom() + i as f64 * line + line / 2.0;
        rows.push(LegendRow {
            symbol: Symbol::Heading,
            at: Point::new(panel.area.x, y),
            size: px * 0.9,
            text: TextItem::new(
                words,
                Point::new(panel.area.x, y),
                Align::Left,
                px,
                Weight::Bold,
            ),
        });
    }
    Legend {
        rows,
        rest: entries.split_off(placed),
    }
}

/// How many columns the panel takes at `px`: each at least ten letters wide.
fn columns_for(panel: &Panel, px: f64) -> usize {
    let most = (panel.area.w / (px * 10.0)).floor().max(1.0) as usize;
    most.min(panel.max_columns.max(1))
}

/// Places entries in order, each whole in one column, until one does not fit: the rows and
/// how many entries they hold.
fn place(
    entries: &[Entry],
    area: Rect,
    px: f64,
    columns: usize,
    margin: f64,
) -> (Vec<LegendRow>, usize) {
    let line = text::line_height(px);
    let per_column = (area.h / line).floor().max(1.0) as usize;
    let col_w = area.w / columns as f64;
    let symbol = px * 0.9;
    let mut rows = Vec::with_capacity(entries.len());
    let (mut col, mut row) = (0, 0);
    for (i, (sym, words)) in entries.iter().enumerate() {
        let (indent, weight) = match sym {
            Symbol::Heading => (0.0, Weight::Bold),
            Symbol::Number | Symbol::More => (0.0, Weight::Regular),
            Symbol::Kind(_) | Symbol::OneWay => (symbol * 2.0 + margin / 2.0, Weight::Regular),
            _ => (symbol + margin / 2.0, Weight::Regular),
        };
        let lines = text::wrap(words, px, weight, (col_w - indent - margin / 2.0).max(px));
        if row + lines.len() > per_column {
            col += 1;
            row = 0;
        }
        if col >= columns || lines.len() > per_column {
            return (rows, i);
        }
        let x = area.x + col as f64 * col_w;
        for (k, words) in lines.into_iter().enumerate() {
            let y = area.y + row as f64 * line + line / 2.0;
            rows.push(LegendRow {
                symbol: if k == 0 { *sym } else { Symbol::More },
                at: Point::new(x + symbol / 2.0, y),
                size: symbol,
                text: TextItem::new(words, Point::new(x + indent, y), Align::Left, px, weight),
            });
            row += 1;
        }
    }
    (rows, entries.len())
}
