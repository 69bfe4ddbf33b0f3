//! Draws the relationship graph: the edges (dashed by kind, arrowed when one-way), the leader
//! lines, the nodes, then the words on top.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::chart::geometry::Point;
use crate::chart::graph::GraphLayout;
use crate::chart::palette;

use super::marks::{arrow_length, arrowhead, colour, dashed, mark, ring};
use super::{DrawResult, FontProfile, leaders, words};

/// The relationship graph.
pub(super) fn draw_graph<DB: DrawingBackend>(
    layout: &GraphLayout,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let line = layout.sizes.line;
    area.fill(&colour(palette::PAPER))?;
    for e in &layout.edges {
        let (rgb, dashes) = palette::kind_style(e.kind);
        let end = if e.arrow {
            // The line stops where the arrowhead begins.
            let (dx, dy) = (e.to.x - e.from.x, e.to.y - e.from.y);
            let len = dx.hypot(dy).max(1e-9);
            let head = arrow_length(e.width).min(len * 0.5);
            Point::new(e.to.x - dx / len * head, e.to.y - dy / len * head)
        } else {
            e.to
        };
        dashed(area, e.from, end, rgb, e.width, dashes)?;
        if e.arrow {
            arrowhead(area, e.from, e.to, rgb, e.width)?;
        }
    }
    leaders(area, &layout.labels, line)?;
    for n in &layout.nodes {
        if layout.highlight == Some(n.id) {
            ring(area, n.center, n.radius * 1.45, line)?;
        }
        let style = (n.colour, n.shape);
        mark(area, style, n.center, n.radius, n.number, line, font)?;
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
