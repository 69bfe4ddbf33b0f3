//! Draws the legend's rows: each symbol as the picture draws the thing it names (a category's
//! colour, a level's shape, an attitude's badge, a kind's line, a group's dot), then its words.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::chart::geometry::Point;
use crate::chart::legend::{LegendRow, Symbol};
use crate::chart::palette::{self, Shape, group_tag};
use crate::chart::text::{Align, TextItem, Weight};

use super::marks::{arrowhead, badge, dashed, ghost, new_ring, outline, segment, text, trail};
use super::{DrawResult, FontProfile};

/// The legend's rows, symbols and words.
pub(super) fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rows: &[LegendRow],
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    for row in rows {
        let r = row.size / 2.0;
        match row.symbol {
            Symbol::Heading | Symbol::Indented | Symbol::Number | Symbol::More => {}
            Symbol::Group(i) => group_dot(area, i, row.at, r, line, font)?,
            Symbol::Median => segment(
                area,
                Point::new(row.at.x, row.at.y - r),
                Point::new(row.at.x, row.at.y + r),
                palette::INK,
                line * 2.0,
            )?,
            Symbol::Colour(i) => {
                outline(area, Shape::Circle, row.at, r, palette::category(i), line)?
            }
            Symbol::Shape(i) => outline(area, palette::shape(i), row.at, r, palette::PAPER, line)?,
            Symbol::Attitude(a) => badge(area, a, row.at, r * 0.8, line)?,
            Symbol::Kind(kind) => {
                let (rgb, dashes) = palette::kind_style(kind);
                let from = Point::new(row.at.x - r, row.at.y);
                let to = Point::new(row.at.x + r * 3.0, row.at.y);
                dashed(area, from, to, rgb, line * 1.5, dashes)?;
            }
            Symbol::Was => {
                // Within the symbol's own square, as every row's symbol is.
                let at = Point::new(row.at.x - r * 0.5, row.at.y);
                ghost(area, Shape::Circle, at, r * 0.5, false, line)?;
                let from = Point::new(at.x + r * 0.5, at.y);
                trail(area, from, Point::new(row.at.x + r, row.at.y), line)?;
            }
            Symbol::New => {
                outline(area, Shape::Circle, row.at, r * 0.7, palette::PAPER, line)?;
                new_ring(area, row.at, r, line)?;
            }
            Symbol::Gone => ghost(area, Shape::Circle, row.at, r * 0.8, true, line)?,
            Symbol::OneWay => {
                let from = Point::new(row.at.x - r, row.at.y);
                let to = Point::new(row.at.x + r * 2.2, row.at.y);
                segment(area, from, to, palette::INK, line * 1.5)?;
                arrowhead(
                    area,
                    from,
                    Point::new(row.at.x + r * 3.0, row.at.y),
                    palette::INK,
                    line * 1.5,
                )?;
            }
        }
        text(area, &row.text, palette::INK, font)?;
    }
    Ok(())
}

/// A group's dot with its letter, as in the legend.
fn group_dot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    group: usize,
    at: Point,
    r: f64,
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    let fill = palette::group(group);
    outline(area, Shape::Circle, at, r, fill, line)?;
    let letter = TextItem::new(group_tag(group), at, Align::Center, r * 1.1, Weight::Bold);
    text(area, &letter, fill.ink(), font)
}
