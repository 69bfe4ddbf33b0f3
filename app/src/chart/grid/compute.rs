//! The grid laid out: the frame and its cells on the page, the ticks and axis titles, the
//! quadrants' names in bands of their own, the markers spread over their cells, their labels,
//! and the legend beside it all.

use std::collections::HashMap;

use crate::chart::geometry::{Point, Rect};
use crate::chart::labels::{self, Label, Spot};
use crate::chart::legend;
use crate::chart::page::{Page, Sizes};
use crate::chart::palette::tagged;
use crate::chart::text::{self, Align, TextItem, Weight};
use crate::domain::{Quadrant, Scale, StakeholderId};

use super::{GridInput, GridLayout, GridPoint, Marker, QuadrantItem};

pub(super) fn compute(input: &GridInput, width: f64, height: f64, unit: Option<f64>) -> GridLayout {
    let page = Page::compose_at(width, height, &input.words.title, unit);
    let (sizes, margin) = (page.sizes, page.margin);
    // A panel of small multiples gives its whole width to the grid: its names go on to the
    // key's own pages.
    let chart = if input.key_only {
        page.body
    } else {
        page.chart
    };
    let label = sizes.label;
    let (frame, plot, midline) = cells(input.scale, chart, &sizes, margin);
    let mut layout = GridLayout {
        canvas: page.canvas,
        sizes,
        frame,
        plot,
        scale: input.scale,
        midline,
        title: page.title,
        quadrants: Vec::new(),
        ticks: Vec::new(),
        axis_titles: Vec::new(),
        markers: Vec::new(),
        labels: Vec::new(),
        legend: Vec::new(),
        key_rest: Vec::new(),
        note: None,
        highlight: None,
        shifts: Vec::new(),
    };
    axes(&mut layout, input, chart, margin);
    layout.quadrants = quadrants(input, &frame, midline, sizes.quadrant, margin / 3.0);
    let mut placed = markers(&input.points, &layout, label);
    layout.labels = name(input, &mut placed, &layout, label, page.unit);
    if let Some(earlier) = &input.earlier {
        let ghosts = markers(&earlier.points, &layout, label);
        layout.shifts = super::compare::shifts(&earlier.points, &input.points, ghosts, &placed);
    }
    layout.markers = placed;
    let legend = legend::beside(
        super::legend::vocabulary(input),
        super::legend::key_entries(input, &layout.markers),
        &legend::Panel::beside(page.panel, &sizes, margin),
        &input.words.key_continues,
        input.key_only,
    );
    layout.legend = legend.rows;
    layout.key_rest = legend.rest;
    if input.points.is_empty() && !input.words.empty.is_empty() {
        layout.note = Some(TextItem::centred(
            &input.words.empty,
            plot.center(),
            plot.w * 0.9,
            label,
        ));
    }
    layout
}

/// The frame (the cells and a band above and below them for the quadrants' names), the cells,
/// and where the midlines cross. Influence's title goes above the frame, interest's below the
/// ticks; the ticks go left of and below the cells.
fn cells(scale: Scale, chart: Rect, sizes: &Sizes, margin: f64) -> (Rect, Rect, Point) {
    let label = sizes.label;
    let line = text::line_height(label);
    let tick_w = (scale.min()..=scale.max())
        .map(|v| text::width(&v.to_string(), label, Weight::Regular))
        .fold(0.0, f64::max);
    let frame = Rect::new(
        chart.x + tick_w + margin / 2.0,
        chart.y + line + margin / 4.0,
        (chart.w - tick_w - margin / 2.0).max(1.0),
        (chart.h - 3.0 * line - margin / 2.0).max(1.0),
    );
    // Quadrant names get bands of their own, so no marker ever sits on one.
    let band = text::line_height(sizes.quadrant) + margin / 3.0;
    let plot = Rect::new(
        frame.x,
        frame.y + band,
        frame.w,
        (frame.h - 2.0 * band).max(1.0),
    );
    let n = f64::from(scale.values());
    let (cw, ch) = (plot.w / n, plot.h / n);
    let high = f64::from(scale.first_high() - scale.min());
    let midline = Point::new(plot.x + high * cw, plot.bottom() - high * ch);
    (frame, plot, midline)
}

/// The ticks under and left of the cells, and the axes' titles.
fn axes(layout: &mut GridLayout, input: &GridInput, chart: Rect, margin: f64) {
    let label = layout.sizes.label;
    let line = text::line_height(label);
    let (scale, frame, plot) = (layout.scale, layout.frame, layout.plot);
    for v in scale.min()..=scale.max() {
        let x = layout.cell_center(v, scale.min()).x;
        let y = layout.cell_center(scale.min(), v).y;
        layout.ticks.push(TextItem::new(
            v.to_string(),
            Point::new(x, frame.bottom() + line / 2.0 + margin / 8.0),
            Align::Center,
            label,
            Weight::Regular,
        ));
        layout.ticks.push(TextItem::new(
            v.to_string(),
            Point::new(plot.x - margin / 4.0, y),
            Align::Right,
            label,
            Weight::Regular,
        ));
    }
    layout.axis_titles.push(TextItem::new(
        text::fit(
            &format!("{} →", input.words.interest),
            label,
            Weight::Bold,
            plot.w,
        ),
        Point::new(plot.center().x, frame.bottom() + line * 1.5 + margin / 4.0),
        Align::Center,
        label,
        Weight::Bold,
    ));
    layout.axis_titles.push(TextItem::new(
        text::fit(
            &format!("↑ {}", input.words.influence),
            label,
            Weight::Bold,
            plot.w,
        ),
        Point::new(chart.x, chart.y + line / 2.0),
        Align::Left,
        label,
        Weight::Bold,
    ));
}

/// The quadrants' areas, and their names in the bands above and below the cells.
fn quadrants(input: &GridInput, frame: &Rect, mid: Point, px: f64, pad: f64) -> Vec<QuadrantItem> {
    Quadrant::ALL
        .into_iter()
        .zip(&input.words.quadrants)
        .map(|(quadrant, name)| {
            let (x0, x1) = if quadrant.high_interest() {
                (mid.x, frame.right())
            } else {
                (frame.x, mid.x)
            };
            let (y0, y1) = if quadrant.high_influence() {
                (frame.y, mid.y)
            } else {
                (mid.y, frame.bottom())
            };
            let area = Rect::new(x0, y0, x1 - x0, y1 - y0);
            // Names sit in the bands above and below the cells, in the outer corners.
            let h = text::line_height(px);
            let y = if quadrant.high_influence() {
                area.y + pad / 2.0 + h / 2.0
            } else {
                area.bottom() - pad / 2.0 - h / 2.0
            };
            let (x, align) = if quadrant.high_interest() {
                (area.right() - pad, Align::Right)
            } else {
                (area.x + pad, Align::Left)
            };
            let fitted = text::fit(name, px, Weight::Bold, (area.w - 2.0 * pad).max(px));
            QuadrantItem {
                quadrant,
                area,
                name: TextItem::new(fitted, Point::new(x, y), align, px, Weight::Bold),
            }
        })
        .collect()
}

/// The markers, spread over their cells; a combined stakeholder's with its whiskers.
fn markers(points: &[GridPoint], layout: &GridLayout, label: f64) -> Vec<Marker> {
    let (cw, ch) = layout.cell();
    let full = (0.14 * cw.min(ch)).clamp(label * 0.45, label * 0.9);
    // Positions in half steps: a combined median can fall between two cells.
    let spot = |p: &GridPoint| match p.spread {
        Some(s) => (
            (s.interest * 2.0).round() as u16,
            (s.influence * 2.0).round() as u16,
        ),
        None => (u16::from(p.interest) * 2, u16::from(p.influence) * 2),
    };
    let mut order: Vec<&GridPoint> = points.iter().collect();
    order.sort_by(|a, b| (spot(a), a.group, &a.name, a.id).cmp(&(spot(b), b.group, &b.name, b.id)));
    let mut out = Vec::with_capacity(order.len());
    for cell in order.chunk_by(|a, b| spot(a) == spot(b)) {
        let count = cell.len();
        let cols = (count as f64).sqrt().ceil() as usize;
        let rows = count.div_ceil(cols);
        let (sw, sh) = (cw / cols as f64, ch / rows as f64);
        let radius = full.min(0.36 * sw.min(sh));
        let (hx, hy) = spot(cell[0]);
        let center = layout.point_at(f64::from(hx) / 2.0, f64::from(hy) / 2.0);
        for (i, p) in cell.iter().enumerate() {
            let (col, row) = (i % cols, i / cols);
            // The last row is centred when it is short.
            let in_row = if row == rows - 1 {
                count - row * cols
            } else {
                cols
            };
            let x = center.x + (col as f64 - (in_row as f64 - 1.0) / 2.0) * sw;
            let y = center.y + (row as f64 - (rows as f64 - 1.0) / 2.0) * sh;
            out.push(Marker {
                id: p.id,
                center: Point::new(x, y),
                radius,
                colour: p.category,
                shape: p.level,
                attitude: p.attitude,
                number: None,
                // Through the marker itself, from the lowest score to the highest.
                whiskers: p.spread.map(|s| {
                    let left = layout.point_at(f64::from(s.interest_range.0), 0.0).x;
                    let right = layout.point_at(f64::from(s.interest_range.1), 0.0).x;
                    let low = layout.point_at(0.0, f64::from(s.influence_range.0)).y;
                    let high = layout.point_at(0.0, f64::from(s.influence_range.1)).y;
                    [
                        (Point::new(left, y), Point::new(right, y)),
                        (Point::new(x, low), Point::new(x, high)),
                    ]
                }),
            });
        }
    }
    out
}

/// The markers' names: placed beside them where they fit, most influential first; the
/// markers whose names did not fit whole get numbers.
fn name(
    input: &GridInput,
    markers: &mut [Marker],
    layout: &GridLayout,
    px: f64,
    unit: f64,
) -> Vec<Label> {
    let points: HashMap<StakeholderId, &GridPoint> =
        input.points.iter().map(|p| (p.id, p)).collect();
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (points[&markers[a].id], points[&markers[b].id]);
        (pb.influence, pb.interest, &pa.name, pa.id).cmp(&(
            pa.influence,
            pa.interest,
            &pb.name,
            pb.id,
        ))
    });
    let spots: Vec<Spot> = markers
        .iter()
        .map(|m| Spot {
            center: m.center,
            radius: m.radius,
            extent: m.extent(),
        })
        .collect();
    let names: Vec<String> = markers
        .iter()
        .map(|m| {
            let p = points[&m.id];
            tagged(&p.name, p.group, input.tag_groups)
        })
        .collect();
    let obstacles: Vec<Rect> = layout.quadrants.iter().map(|q| q.name.bounds).collect();
    let placements = labels::place(&labels::Request {
        spots: &spots,
        names: &names,
        order: &order,
        area: layout.frame,
        obstacles: &obstacles,
        px,
        unit,
        max_w: (layout.plot.w * 0.45).max(px * 6.0),
        short_w: (layout.plot.w * 0.22).max(px * 5.0),
    });
    let (labels, numbered) = labels::labelled(&order, &placements);
    for (k, &i) in numbered.iter().enumerate() {
        markers[i].number = Some(k + 1);
    }
    labels
}
