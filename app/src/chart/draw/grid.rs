//! Draws the grid: the cells, the quadrants, the axes, the markers with their attitude badges
//! and whiskers, then the words on top.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::chart::geometry::Point;
use crate::chart::grid::{GridLayout, Marker};
use crate::chart::palette;
use crate::domain::Quadrant;

use crate::chart::grid::Since;

use super::marks::{badge, colour, ghost, mark, new_ring, rect, ring, segment, text, trail};
use super::{DrawResult, FontProfile, leaders, words};

/// The grid.
pub(super) fn draw_grid<DB: DrawingBackend>(
    layout: &GridLayout,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let line = layout.sizes.line;
    let plot = layout.plot;
    area.fill(&colour(palette::PAPER))?;

    for q in &layout.quadrants {
        if q.quadrant == Quadrant::ManageClosely {
            rect(area, q.area, palette::FOCUS, true, 0.0)?;
        }
    }
    // Cell rules, then the frame and the midlines on top.
    let (cw, ch) = (
        plot.w / f64::from(layout.scale.values()),
        plot.h / f64::from(layout.scale.values()),
    );
    for i in 1..layout.scale.values() {
        let x = plot.x + f64::from(i) * cw;
        let y = plot.y + f64::from(i) * ch;
        segment(
            area,
            Point::new(x, plot.y),
            Point::new(x, plot.bottom()),
            palette::RULE,
            line * 0.5,
        )?;
        segment(
            area,
            Point::new(plot.x, y),
            Point::new(plot.right(), y),
            palette::RULE,
            line * 0.5,
        )?;
    }
    rect(area, plot, palette::INK, false, line)?;
    let mid = layout.midline;
    segment(
        area,
        Point::new(mid.x, plot.y),
        Point::new(mid.x, plot.bottom()),
        palette::INK,
        line * 1.5,
    )?;
    segment(
        area,
        Point::new(plot.x, mid.y),
        Point::new(plot.right(), mid.y),
        palette::INK,
        line * 1.5,
    )?;

    for q in &layout.quadrants {
        text(area, &q.name, palette::MUTED, font)?;
    }
    for t in layout.ticks.iter().chain(&layout.axis_titles) {
        text(area, t, palette::INK, font)?;
    }
    leaders(area, &layout.labels, line)?;
    // Whiskers under every marker, so no whisker hides a marker.
    for m in &layout.markers {
        for (from, to) in m.whiskers.iter().flatten() {
            whisker(area, *from, *to, line)?;
        }
    }
    // Where stakeholders were, under everything of now.
    for s in &layout.shifts {
        match s {
            Since::Moved { ghost: g, .. } | Since::Gone { ghost: g } => {
                let crossed = matches!(s, Since::Gone { .. });
                ghost(
                    area,
                    palette::shape(g.shape),
                    g.center,
                    g.radius,
                    crossed,
                    line,
                )?;
            }
            Since::New { .. } => {}
        }
    }
    for s in &layout.shifts {
        if let Since::Moved { from, to, .. } = s {
            trail(area, *from, *to, line)?;
        }
    }
    for m in &layout.markers {
        if layout.shifts.contains(&Since::New { id: m.id }) {
            new_ring(area, m.center, m.extent() * 1.3, line)?;
        }
        if layout.highlight == Some(m.id) {
            ring(area, m.center, m.extent() * 1.25, line)?;
        }
        marker(area, m, line, font)?;
    }
    words(
        area,
        &layout.labels,
        &layout.legend,
        &layout.title,
        &layout.note,
        line,
        font,
    )
}

fn marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    m: &Marker,
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    mark(
        area,
        (m.colour, m.shape),
        m.center,
        m.radius,
        m.number,
        line,
        font,
    )?;
    let at = Point::new(m.center.x + m.radius * 0.8, m.center.y - m.radius * 0.8);
    badge(area, m.attitude, at, m.radius * 0.45, line)
}

/// A line from the lowest to the highest score, with short end caps.
fn whisker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: Point,
    to: Point,
    line: f64,
) -> DrawResult<DB> {
    if from.distance(to) < 1.0 {
        return Ok(());
    }
    segment(area, from, to, palette::MUTED, line * 1.5)?;
    let cap = line * 5.0;
    let across = (from.y - to.y).abs() < 1e-9;
    for end in [from, to] {
        let (a, b) = if across {
            (
                Point::new(end.x, end.y - cap),
                Point::new(end.x, end.y + cap),
            )
        } else {
            (
                Point::new(end.x - cap, end.y),
                Point::new(end.x + cap, end.y),
            )
        };
        segment(area, a, b, palette::MUTED, line * 1.5)?;
    }
    Ok(())
}
