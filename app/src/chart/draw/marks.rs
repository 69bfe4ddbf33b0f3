//! The marks every picture is drawn with, onto any plotters backend: lines (solid, dashed,
//! with an arrowhead), rectangles, shapes outlined in ink, numbers inside a mark, the attitude
//! badge, the ring around a picked mark, and text where the layout measured it.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::chart::geometry::{Point, Rect};
use crate::chart::palette::{self, Rgb, Shape};
use crate::chart::text::{Align, TextItem, Weight};
use crate::domain::Attitude;

use super::{DrawResult, FontProfile};

pub(super) fn colour(rgb: Rgb) -> RGBColor {
    RGBColor(rgb.0, rgb.1, rgb.2)
}

pub(super) fn xy(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

/// The ring around a mark picked by touch.
pub(super) fn ring<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    center: Point,
    radius: f64,
    line: f64,
) -> DrawResult<DB> {
    let ring = colour(palette::INK).stroke_width((line * 2.5).round().max(2.0) as u32);
    area.draw(&Circle::new(xy(center), radius.round() as i32, ring))
}

pub(super) fn segment<DB: DrawingBackend>(
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

/// A line in a dash pattern (multiples of its width; empty: solid).
pub(super) fn dashed<DB: DrawingBackend>(
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

pub(super) fn arrow_length(width: f64) -> f64 {
    width * 3.0 + 6.0
}

/// A filled arrowhead whose tip is at `tip`, pointing away from `from`.
pub(super) fn arrowhead<DB: DrawingBackend>(
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

pub(super) fn rect<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: Rect,
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

pub(super) fn text<DB: DrawingBackend>(
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
        bounds: Rect::new(
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
pub(super) fn outline<DB: DrawingBackend>(
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

/// A faint mark in a level's shape: where a stakeholder was, on a compared grid; crossed
/// when it is gone since.
pub(super) fn ghost<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    shape: Shape,
    c: Point,
    r: f64,
    crossed: bool,
    line: f64,
) -> DrawResult<DB> {
    let stroke = colour(palette::MUTED).stroke_width(line.round().max(1.0) as u32);
    if shape == Shape::Circle {
        let radius = r.round().max(1.0) as i32;
        area.draw(&Circle::new(xy(c), radius, colour(palette::GHOST).filled()))?;
        area.draw(&Circle::new(xy(c), radius, stroke))?;
    } else {
        let mut points = polygon(shape, c, r);
        area.draw(&Polygon::new(
            points.clone(),
            colour(palette::GHOST).filled(),
        ))?;
        points.push(points[0]);
        area.draw(&PathElement::new(points, stroke))?;
    }
    if crossed {
        let a = r * 0.7;
        for (dx, dy) in [(a, a), (a, -a)] {
            let (from, to) = (
                Point::new(c.x - dx, c.y - dy),
                Point::new(c.x + dx, c.y + dy),
            );
            segment(area, from, to, palette::MUTED, line * 1.5)?;
        }
    }
    Ok(())
}

/// An arrow from `from` to `to` (its tip): a compared grid's move.
pub(super) fn trail<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: Point,
    to: Point,
    line: f64,
) -> DrawResult<DB> {
    let width = line * 2.0;
    let len = from.distance(to);
    if len > arrow_length(width) {
        let back = arrow_length(width) * 0.8 / len;
        let end = Point::new(to.x - (to.x - from.x) * back, to.y - (to.y - from.y) * back);
        segment(area, from, end, palette::TRAIL, width)?;
    }
    arrowhead(area, from, to, palette::TRAIL, width)
}

/// The ring around a mark new since the compared moment.
pub(super) fn new_ring<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    center: Point,
    radius: f64,
    line: f64,
) -> DrawResult<DB> {
    let ring = colour(palette::TRAIL).stroke_width((line * 2.0).round().max(2.0) as u32);
    area.draw(&Circle::new(xy(center), radius.round() as i32, ring))
}

/// A mark in its category's colour and its level's shape (`style`: their indices), with its
/// number inside when its name is in the key.
pub(super) fn mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (category, level): (usize, usize),
    center: Point,
    radius: f64,
    number: Option<usize>,
    line: f64,
    font: &FontProfile,
) -> DrawResult<DB> {
    let fill = palette::category(category);
    outline(area, palette::shape(level), center, radius, fill, line)?;
    if let Some(n) = number {
        number_inside(area, center, radius, n, fill, font)?;
    }
    Ok(())
}

/// The attitude sign: + supportive, = neutral, − opposed, nothing when unknown.
pub(super) fn badge<DB: DrawingBackend>(
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
