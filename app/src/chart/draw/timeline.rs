//! Draws the timeline: each row's bars in its group's colour (the plenary's in ink), the row
//! rules, the rounds' lines with their names, the moment shown, the clock times.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::chart::palette;
use crate::chart::timeline::TimelineLayout;

use super::marks::{colour, rect, segment, text};
use super::{DrawResult, FontProfile};

pub(super) fn draw_timeline<DB: DrawingBackend>(
    layout: &TimelineLayout,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let line = layout.sizes.line;
    area.fill(&colour(palette::PAPER))?;
    let plenary = layout.row_names.len().saturating_sub(1);
    for (from, to) in &layout.row_lines {
        segment(area, *from, *to, palette::RULE, line * 0.5)?;
    }
    for bar in &layout.bars {
        let fill = if bar.row == plenary {
            palette::MUTED
        } else {
            palette::group(bar.row)
        };
        rect(area, bar.area, fill, true, 0.0)?;
    }
    for (top, bottom, name) in &layout.rounds {
        segment(area, *top, *bottom, palette::TRAIL, line * 1.5)?;
        text(area, name, palette::TRAIL, font)?;
    }
    if let Some((top, bottom)) = layout.cursor {
        segment(area, top, bottom, palette::INK, line * 2.5)?;
    }
    for t in layout.row_names.iter().chain(&layout.clock) {
        text(area, t, palette::INK, font)?;
    }
    Ok(())
}
