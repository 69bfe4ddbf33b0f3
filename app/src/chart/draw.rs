//! Draws a [`GridLayout`] with plotters onto any backend: SVG for the screen and for files
//! (here), PNG on the server. Drawing decides nothing about positions; it follows the layout.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::domain::{Attitude, Quadrant};

use super::contested::ContestedLayout;
use super::geometry::Point;
use super::graph_layout::GraphLayout;
use super::grid_layout::{GridLayout, Label, Marker};
use super::key_page::KeyPage;
use super::legend::{LegendRow, Symbol};
use super::multiples::{GraphPanels, GridPanels};
use super::palette::{self, Rgb, Shape};
use super::svg::SvgWriter;
use super::text::{Align, TextItem, Weight};

/// How a backend sets type, so text lands where the layout measured it.
#[derive(Clone, Copy, Debug)]
pub struct FontProfile {
    pub family: &'static str,
    /// plotters' size for a font whose em is 1 px.
    pub size_per_em: f64,
    /// From the top plotters anchors at down to the baseline, in ems.
    pub top_to_baseline: f64,
}

/// The family the pictures ask for; the PNG renderer registers the embedded DejaVu Sans under
/// this very name.
pub const FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

/// Our SVG writer sets `font-size` to plotters' size and puts the baseline 0.76 em below the top.
pub const SVG: FontProfile = FontProfile {
    family: FAMILY,
    size_per_em: 1.0,
    top_to_baseline: super::svg::TOP_TO_BASELINE,
};

pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn colour(rgb: Rgb) -> RGBColor {
    RGBColor(rgb.0, rgb.1, rgb.2)
}

fn xy(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

/// A picture that plotters can draw: the grid or the graph.
pub trait Picture {
    /// Its canvas in pixels.
    fn size(&self) -> (u32, u32);
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        font: &FontProfile,
    ) -> DrawResult<DB>;
}

/// [`Picture`] for laid-out pictures: each has its canvas, and one function draws it.
macro_rules! pictures {
    ($($kind:ty => $draw:ident),* $(,)?) => {$(
        impl Picture for $kind {
            fn size(&self) -> (u32, u32) {
                (self.canvas.w.round() as u32, self.canvas.h.round() as u32)
            }
            fn draw<DB: DrawingBackend>(
                &self,
                area: &DrawingArea<DB, Shift>,
                font: &FontProfile,
            ) -> DrawResult<DB> {
                $draw(self, area, font)
            }
        }
    )*};
}

pictures!(
    GridLayout => draw_grid,
    GraphLayout => draw_graph,
    KeyPage => draw_key_page,
    GridPanels => draw_grid_panels,
    GraphPanels => draw_graph_panels,
    ContestedLayout => draw_contested,
);

/// The key's own page: its title and its rows.
fn draw_key_page<DB: DrawingBackend>(
    page: &KeyPage,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    area.fill(&colour(palette::PAPER))?;
    words(
        area,
        &[],
        &page.legend,
        &page.title,
        &None,
        page.sizes.line,
        font,
    )
}

fn draw_grid_panels<DB: DrawingBackend>(
    p: &GridPanels,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let panels = p.panels.iter().map(|panel| (panel.area, &panel.layout));
    draw_panels(
        area,
        panels,
        draw_grid,
        (&p.legend, &p.title, p.sizes.line),
        font,
    )
}

fn draw_graph_panels<DB: DrawingBackend>(
    p: &GraphPanels,
    area: &DrawingArea<DB, Shift>,
    font: &FontProfile,
) -> DrawResult<DB> {
    let panels = p.panels.iter().map(|panel| (panel.area, &panel.layout));
    draw_panels(
        area,
        panels,
        draw_graph,
        (&p.legend, &p.title, p.sizes.line),
        font,
    )
}

type Drawer<L, DB> = fn(&L, &DrawingArea<DB, Shift>, &FontProfile) -> DrawResult<DB>;

/// Small multiples: each panel drawn in its own part of the canvas, then the shared legend
/// and the title.
fn draw_panels<'a, L: 'a, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    panels: impl Iterator<Item = (super::geometry::Rect, &'a L)>,
    draw: Drawer<L, DB>,
    (legend, title, line): (&[LegendRow], &[TextItem], f64),
    font: &FontProfile,
) -> DrawResult<DB> {
    area.fill(&colour(palette::PAPER))?;
    for (a, layout) in panels {
        let sub = area.clone().shrink(
            (a.x.round() as i32, a.y.round() as i32),
            (a.w.round() as u32, a.h.round() as u32),
        );
        draw(layout, &sub, font)?;
    }
    words(area, &[], legend, title, &None, line, font)
}

fn draw_contested<DB: DrawingBackend>(
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
    let letter = TextItem::new(
        super::grid_layout::group_tag(group),
        at,
        Align::Center,
        r * 1.1,
        Weight::Bold,
    );
    text(area, &letter, fill.ink(), font)
}

/// The grid.
fn draw_grid<DB: DrawingBackend>(
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
    for label in &layout.labels {
        if let Some((from, to)) = label.leader {
            segment(area, from, to, palette::MUTED, line * 0.75)?;
        }
    }
    // Whiskers under every marker, so no whisker hides a marker.
    for m in &layout.markers {
        for (from, to) in m.whiskers.iter().flatten() {
            whisker(area, *from, *to, line)?;
        }
    }
    for m in &layout.markers {
        if layout.highlight == Some(m.id) {
            let ring = colour(palette::INK).stroke_width((line * 2.5).round().max(2.0) as u32);
            area.draw(&Circle::new(
                xy(m.center),
                (m.extent() * 1.25).round() as i32,
                ring,
            ))?;
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

fn legend<DB: DrawingBackend>(
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

/// The relationship graph.
fn draw_graph<DB: DrawingBackend>(
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
    for label in &layout.labels {
        if let Some((from, to)) = label.leader {
            segment(area, from, to, palette::MUTED, line * 0.75)?;
        }
    }
    for n in &layout.nodes {
        if layout.highlight == Some(n.id) {
            let ring = colour(palette::INK).stroke_width((line * 2.5).round().max(2.0) as u32);
            area.draw(&Circle::new(
                xy(n.center),
                (n.radius * 1.45).round() as i32,
                ring,
            ))?;
        }
        let fill = palette::category(n.colour);
        outline(
            area,
            palette::shape(n.shape),
            n.center,
            n.radius,
            fill,
            line,
        )?;
        if let Some(number) = n.number {
            number_inside(area, n.center, n.radius, number, fill, font)?;
        }
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

/// What both pictures put on top: the labels (on a paper backing that keeps them legible over
/// rules and edges), the legend, the title and the note.
fn words<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[Label],
    rows: &[LegendRow],
    title: &[TextItem],
    note: &Option<TextItem>,
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    for label in labels {
        rect(area, label.text.bounds, palette::PAPER, true, 0.0)?;
        text(area, &label.text, palette::INK, font)?;
    }
    legend(area, rows, line, font)?;
    for t in title {
        text(area, t, palette::INK, font)?;
    }
    if let Some(t) = note {
        text(area, t, palette::MUTED, font)?;
    }
    Ok(())
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

fn arrow_length(width: f64) -> f64 {
    width * 3.0 + 6.0
}

/// A filled arrowhead whose tip is at `tip`, pointing away from `from`.
fn arrowhead<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: Point,
    tip: Point,
    rgb: Rgb,
    width: f64,
) -> DrawResult<DB> {
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let len = dx.hypot(dy).max(1e-9);
    let (ux, uy) = (dx / len, dy / len);
    let l = arrow_length(width);
    let half = l * 0.45;
    let base = Point::new(tip.x - ux * l, tip.y - uy * l);
    let points = vec![
        xy(tip),
        xy(Point::new(base.x - uy * half, base.y + ux * half)),
        xy(Point::new(base.x + uy * half, base.y - ux * half)),
    ];
    area.draw(&Polygon::new(points, colour(rgb).filled()))
}

/// A line in a dash pattern (multiples of its width; empty: solid).
fn dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: Point,
    to: Point,
    rgb: Rgb,
    width: f64,
    pattern: &[f64],
) -> DrawResult<DB> {
    if pattern.is_empty() {
        return segment(area, from, to, rgb, width);
    }
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let len = dx.hypot(dy);
    if len <= 0.0 {
        return Ok(());
    }
    let unit = width.max(1.0);
    let mut at = 0.0;
    let mut k = 0;
    while at < len {
        let step = pattern[k % pattern.len()] * unit;
        if k % 2 == 0 {
            let end = (at + step).min(len);
            let a = Point::new(from.x + dx * at / len, from.y + dy * at / len);
            let b = Point::new(from.x + dx * end / len, from.y + dy * end / len);
            segment(area, a, b, rgb, width)?;
        }
        at += step;
        k += 1;
    }
    Ok(())
}

fn number_inside<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    center: Point,
    radius: f64,
    number: usize,
    fill: Rgb,
    font: &FontProfile,
) -> DrawResult<DB> {
    let digits = number.to_string();
    let px = radius * if digits.len() > 2 { 0.8 } else { 1.05 };
    let item = TextItem {
        bounds: super::geometry::Rect::new(
            center.x - radius,
            center.y - px * 0.625,
            radius * 2.0,
            px * 1.25,
        ),
        text: digits,
        align: Align::Center,
        px,
        weight: Weight::Bold,
    };
    text(area, &item, fill.ink(), font)
}

fn rect<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: super::geometry::Rect,
    rgb: Rgb,
    filled: bool,
    width: f64,
) -> DrawResult<DB> {
    let style = ShapeStyle {
        color: colour(rgb).to_rgba(),
        filled,
        stroke_width: width.round().max(1.0) as u32,
    };
    area.draw(&Rectangle::new(
        [
            xy(Point::new(r.x, r.y)),
            xy(Point::new(r.right(), r.bottom())),
        ],
        style,
    ))
}

fn segment<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: Point,
    to: Point,
    rgb: Rgb,
    width: f64,
) -> DrawResult<DB> {
    area.draw(&PathElement::new(
        vec![xy(from), xy(to)],
        colour(rgb).stroke_width(width.round().max(1.0) as u32),
    ))
}

fn text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    item: &TextItem,
    rgb: Rgb,
    font: &FontProfile,
) -> DrawResult<DB> {
    if item.text.is_empty() {
        return Ok(());
    }
    let style = match item.weight {
        Weight::Regular => FontStyle::Normal,
        Weight::Bold => FontStyle::Bold,
    };
    let h = match item.align {
        Align::Left => HPos::Left,
        Align::Center => HPos::Center,
        Align::Right => HPos::Right,
    };
    let anchor = item.anchor();
    // The layout centres a line in its box: the baseline sits a third of an em below the middle.
    let baseline = anchor.y + item.px * 0.36;
    let top = baseline - font.top_to_baseline * item.px;
    let text_style = FontDesc::new(
        FontFamily::Name(font.family),
        item.px * font.size_per_em,
        style,
    )
    .color(&colour(rgb))
    .pos(Pos::new(h, VPos::Top));
    area.draw_text(&item.text, &text_style, xy(Point::new(anchor.x, top)))
}

/// The polygon of a shape of "radius" `r` around `c` (circles are drawn as circles).
fn polygon(shape: Shape, c: Point, r: f64) -> Vec<(i32, i32)> {
    let pts: Vec<Point> = match shape {
        Shape::Circle => Vec::new(),
        Shape::Square => {
            let s = r * 0.88;
            vec![
                Point::new(c.x - s, c.y - s),
                Point::new(c.x + s, c.y - s),
                Point::new(c.x + s, c.y + s),
                Point::new(c.x - s, c.y + s),
            ]
        }
        Shape::Triangle => vec![
            Point::new(c.x, c.y - r * 1.15),
            Point::new(c.x + r * 1.1, c.y + r * 0.8),
            Point::new(c.x - r * 1.1, c.y + r * 0.8),
        ],
        Shape::Diamond => vec![
            Point::new(c.x, c.y - r * 1.2),
            Point::new(c.x + r * 1.2, c.y),
            Point::new(c.x, c.y + r * 1.2),
            Point::new(c.x - r * 1.2, c.y),
        ],
    };
    pts.into_iter().map(xy).collect()
}

/// A shape filled with `fill` and outlined in ink.
fn outline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    shape: Shape,
    c: Point,
    r: f64,
    fill: Rgb,
    line: f64,
) -> DrawResult<DB> {
    let stroke = colour(palette::INK).stroke_width(line.round().max(1.0) as u32);
    if shape == Shape::Circle {
        let radius = r.round().max(1.0) as i32;
        area.draw(&Circle::new(xy(c), radius, colour(fill).filled()))?;
        area.draw(&Circle::new(xy(c), radius, stroke))
    } else {
        let mut points = polygon(shape, c, r);
        area.draw(&Polygon::new(points.clone(), colour(fill).filled()))?;
        points.push(points[0]);
        area.draw(&PathElement::new(points, stroke))
    }
}

fn marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    m: &Marker,
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    let fill = palette::category(m.colour);
    outline(
        area,
        palette::shape(m.shape),
        m.center,
        m.radius,
        fill,
        line,
    )?;
    if let Some(n) = m.number {
        number_inside(area, m.center, m.radius, n, fill, font)?;
    }
    let at = Point::new(m.center.x + m.radius * 0.8, m.center.y - m.radius * 0.8);
    badge(area, m.attitude, at, m.radius * 0.45, line)
}

/// The attitude sign: + supportive, = neutral, − opposed, nothing when unknown.
fn badge<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    attitude: Attitude,
    c: Point,
    r: f64,
    line: f64,
) -> DrawResult<DB> {
    if attitude == Attitude::Unknown {
        return Ok(());
    }
    outline(area, Shape::Circle, c, r, palette::PAPER, line)?;
    let arm = r * 0.6;
    let w = (line * 1.2).max(1.0);
    let horizontal = |dy: f64| {
        (
            Point::new(c.x - arm, c.y + dy),
            Point::new(c.x + arm, c.y + dy),
        )
    };
    let strokes = match attitude {
        Attitude::Supportive => vec![
            horizontal(0.0),
            (Point::new(c.x, c.y - arm), Point::new(c.x, c.y + arm)),
        ],
        Attitude::Neutral => vec![horizontal(-r * 0.25), horizontal(r * 0.25)],
        Attitude::Opposed => vec![horizontal(0.0)],
        Attitude::Unknown => Vec::new(),
    };
    for (from, to) in strokes {
        segment(area, from, to, palette::INK, w)?;
    }
    Ok(())
}

/// The picture as an SVG document.
pub fn svg(picture: &impl Picture) -> String {
    let mut out = String::new();
    {
        let root = SvgWriter::new(&mut out, picture.size()).into_drawing_area();
        picture
            .draw(&root, &SVG)
            .expect("drawing into a string cannot fail");
        root.present().expect("drawing into a string cannot fail");
    }
    out
}
