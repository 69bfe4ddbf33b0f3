//! Draws where the groups disagree: banded rows, the scales' rules, each group's dots with
//! their letters, the ranges and medians, the names and heads, then the legend and title.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::chart::contested::ContestedLayout;
use crate::chart::palette::{self, Shape};

use super::marks::{colour, outline, rect, segment, text};
use super::{DrawResult, FontProfile, words};

/// The disagreement picture's page.
pub(super) fn draw_contested<DB: DrawingBackend>(
    layout: &ContestedLayout,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let line = layout.sizes.line;
    area.fill(&colour(palette::PAPER))?;
    for (i, row) in layout.rows.iter().enumerate() {
        if i % 2 == 1 {
            rect(area, row.band, palette::FOCUS, true, 0.0)?;
        }
    }
    for (from, to) in &layout.rules {
        segment(area, *from, *to, palette::RULE, line * 0.75)?;
    }
    for row in &layout.rows {
        for s in &row.spreads {
            segment(area, s.range.0, s.range.1, palette::RULE, line * 5.0)?;
        }
        for d in &row.dots {
            outline(
                area,
                Shape::Circle,
                d.center,
                d.radius,
                palette::group(d.group),
                line,
            )?;
            text(area, &d.letter, palette::group(d.group).ink(), font)?;
        }
        for s in &row.spreads {
            segment(area, s.median.0, s.median.1, palette::INK, line * 2.0)?;
        }
        for t in &row.name {
            text(area, t, palette::INK, font)?;
        }
    }
    for t in &layout.heads {
        text(area, t, palette::INK, font)?;
    }
    words(
        area,
        &[],
        &layout.legend,
        &layout.title,
        &layout.note,
        line,
        font,
    )
}
