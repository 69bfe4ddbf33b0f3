//! The influence/interest grid's layout: where every marker, label, line and legend row goes on
//! a canvas of a given size. A pure function of [`GridInput`] and the size, so it is tested
//! without drawing and the screen, the projector and the files agree.
//!
//! Interest runs left to right, influence bottom to top; each scale value is a cell. Markers on
//! one cell spread over it. Labels are placed greedily (highest influence first) beside their
//! marker, then further out with a leader line; a marker whose name finds no free place gets a
//! number, drawn inside it and listed beside the grid.

use crate::domain::{Attitude, Quadrant, Scale, StakeholderId};

use super::geometry::{Point, Rect};
use super::labels::{self, Spot};
use super::legend::{self, Entry, LegendRow, Symbol};
use super::page::{Page, Sizes};
use super::text::{self, Align, TextItem, Weight};

/// One stakeholder on the grid. Indices point into [`GridInput`]'s lists.
#[derive(Clone, Debug, PartialEq)]
pub struct GridPoint {
    pub id: StakeholderId,
    pub name: String,
    pub interest: u8,
    pub influence: u8,
    pub category: usize,
    pub level: usize,
    pub attitude: Attitude,
    pub group: usize,
    /// On the combined map: where the groups put it, summarised.
    pub spread: Option<GridSpread>,
}

/// A combined stakeholder's scores over the groups that named it: the marker sits at the
/// medians, whiskers run from the lowest to the highest score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridSpread {
    pub interest: f64,
    pub influence: f64,
    pub interest_range: (u8, u8),
    pub influence_range: (u8, u8),
}

/// Everything the grid says, already in the reader's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GridWords {
    pub title: String,
    pub interest: String,
    pub influence: String,
    /// In [`Quadrant::ALL`] order.
    pub quadrants: [String; 4],
    pub categories_heading: String,
    pub levels_heading: String,
    pub attitudes_heading: String,
    pub groups_heading: String,
    pub numbers_heading: String,
    /// The legend's last line when the numbered key goes on elsewhere.
    pub key_continues: String,
    /// In [`Attitude::ALL`] order.
    pub attitudes: [String; 4],
    /// Shown on an empty grid.
    pub empty: String,
    /// The quadrant rule in words ("3 and above count as high"), the legend's last line.
    pub rule: String,
    /// On the combined map: how to read the medians, whiskers and marks.
    pub combined: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GridInput {
    pub scale: Scale,
    pub words: GridWords,
    pub categories: Vec<String>,
    pub levels: Vec<String>,
    pub groups: Vec<String>,
    /// Several groups on one grid: each label starts with its group's letter.
    pub tag_groups: bool,
    pub points: Vec<GridPoint>,
    /// The legend holds the numbered key only: a panel of small multiples, whose picture
    /// shows the vocabulary once for all panels.
    pub key_only: bool,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Marker {
    pub id: StakeholderId,
    pub center: Point,
    pub radius: f64,
    /// Index into the palette (the category).
    pub colour: usize,
    /// Index into the shapes (the level).
    pub shape: usize,
    pub attitude: Attitude,
    /// Set when the name did not fit on the grid: drawn inside the marker and listed beside.
    pub number: Option<usize>,
    /// From the lowest to the highest interest, and the same for influence (combined map).
    pub whiskers: Option<[(Point, Point); 2]>,
}

impl Marker {
    /// The area the marker's attitude badge and outline take.
    pub fn extent(&self) -> f64 {
        self.radius * 1.35
    }
}

#[derive(Clone, PartialEq, Debug)]
pub struct Label {
    pub marker: usize,
    pub text: TextItem,
    /// From the marker's edge to the label, when the label sits away from its marker.
    pub leader: Option<(Point, Point)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct QuadrantItem {
    pub quadrant: Quadrant,
    pub area: Rect,
    pub name: TextItem,
}

#[derive(Clone, PartialEq, Debug)]
pub struct GridLayout {
    pub canvas: Rect,
    pub sizes: Sizes,
    /// The framed area: the cells plus a band above and below for the quadrant names.
    pub frame: Rect,
    /// The cells.
    pub plot: Rect,
    pub scale: Scale,
    /// Where the midlines run (x for interest, y for influence).
    pub midline: Point,
    /// The title's lines.
    pub title: Vec<TextItem>,
    pub quadrants: Vec<QuadrantItem>,
    pub ticks: Vec<TextItem>,
    pub axis_titles: Vec<TextItem>,
    pub markers: Vec<Marker>,
    pub labels: Vec<Label>,
    pub legend: Vec<LegendRow>,
    /// The end of the numbered key that did not fit beside the grid: shown on a key page of
    /// its own ([`super::KeyPage`]).
    pub key_rest: Vec<Entry>,
    pub note: Option<TextItem>,
    /// A marker picked by touch, drawn with a ring.
    pub highlight: Option<StakeholderId>,
}

/// The smallest hit area of a marker, in pixels: a fingertip.
pub const TOUCH_TARGET: f64 = 44.0;

impl GridLayout {
    /// Lays out `input` on a `width` × `height` canvas.
    pub fn compute(input: &GridInput, width: f64, height: f64) -> GridLayout {
        compute(input, width, height, None)
    }

    /// A panel of a larger picture, in that picture's type (`unit`: 1 at 1920×1080).
    pub fn compute_at(input: &GridInput, width: f64, height: f64, unit: f64) -> GridLayout {
        compute(input, width, height, Some(unit))
    }

    fn cell(&self) -> (f64, f64) {
        let n = f64::from(self.scale.values());
        (self.plot.w / n, self.plot.h / n)
    }

    /// The centre of the cell for these scores.
    pub fn cell_center(&self, interest: u8, influence: u8) -> Point {
        self.point_at(f64::from(interest), f64::from(influence))
    }

    /// Where scores fall, between cell centres for a median such as 3.5.
    pub fn point_at(&self, interest: f64, influence: f64) -> Point {
        let (cw, ch) = self.cell();
        let min = f64::from(self.scale.min());
        Point::new(
            self.plot.x + ((interest - min).max(0.0) + 0.5) * cw,
            self.plot.bottom() - ((influence - min).max(0.0) + 0.5) * ch,
        )
    }

    /// The scores (interest, influence) of the cell under `p`, snapped to the scale; `None`
    /// outside the plot.
    pub fn cell_at(&self, p: Point) -> Option<(u8, u8)> {
        if !self.plot.contains(p) {
            return None;
        }
        let (cw, ch) = self.cell();
        let last = f64::from(self.scale.values() - 1);
        let col = ((p.x - self.plot.x) / cw).floor().clamp(0.0, last) as u8;
        let row = ((self.plot.bottom() - p.y) / ch).floor().clamp(0.0, last) as u8;
        Some((self.scale.min() + col, self.scale.min() + row))
    }

    /// The marker under `p`: the nearest one whose centre is within its radius, or within half
    /// a touch target.
    pub fn marker_at(&self, p: Point) -> Option<StakeholderId> {
        self.markers
            .iter()
            .map(|m| (m, m.center.distance(p)))
            .filter(|(m, d)| *d <= m.radius.max(TOUCH_TARGET / 2.0))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(m, _)| m.id)
    }

    /// Every piece of text on the picture.
    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.title
            .iter()
            .chain(self.quadrants.iter().map(|q| &q.name))
            .chain(&self.ticks)
            .chain(&self.axis_titles)
            .chain(self.labels.iter().map(|l| &l.text))
            .chain(self.legend.iter().map(|r| &r.text))
            .chain(&self.note)
    }
}

/// The letter that tells a group's marks apart when several groups share a grid.
pub fn group_tag(index: usize) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => (index + 1).to_string(),
    }
}

fn compute(input: &GridInput, width: f64, height: f64, unit: Option<f64>) -> GridLayout {
    let Page {
        canvas,
        unit,
        sizes,
        margin,
        title,
        chart,
        panel,
        body,
    } = Page::compose_at(width, height, &input.words.title, unit);
    // A panel of small multiples gives its whole width to the grid: its names go on to the
    // key's own pages.
    let chart = if input.key_only { body } else { chart };
    let label = sizes.label;
    let line = text::line_height(label);

    // Axes: influence's title above the plot, interest's below the ticks; ticks left and below.
    let scale = input.scale;
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

    let mut layout = GridLayout {
        canvas,
        sizes,
        frame,
        plot,
        scale,
        midline,
        title,
        quadrants: Vec::new(),
        ticks: Vec::new(),
        axis_titles: Vec::new(),
        markers: Vec::new(),
        labels: Vec::new(),
        legend: Vec::new(),
        key_rest: Vec::new(),
        note: None,
        highlight: None,
    };

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

    layout.quadrants = quadrants(input, &frame, midline, sizes.quadrant, margin / 3.0);
    let mut placed = markers(input, &layout, label);
    layout.labels = labels(input, &mut placed, &layout, label, unit);
    layout.markers = placed;
    let legend = legend(
        input,
        &layout.markers,
        &legend::Panel::beside(panel, &sizes, margin),
    );
    layout.legend = legend.rows;
    layout.key_rest = legend.rest;
    if input.points.is_empty() && !input.words.empty.is_empty() {
        layout.note = Some(TextItem::new(
            text::fit(&input.words.empty, label, Weight::Regular, plot.w * 0.9),
            plot.center(),
            Align::Center,
            label,
            Weight::Regular,
        ));
    }
    layout
}

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

fn markers(input: &GridInput, layout: &GridLayout, label: f64) -> Vec<Marker> {
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
    let mut order: Vec<&GridPoint> = input.points.iter().collect();
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

fn labels(
    input: &GridInput,
    markers: &mut [Marker],
    layout: &GridLayout,
    px: f64,
    unit: f64,
) -> Vec<Label> {
    let points: std::collections::HashMap<StakeholderId, &GridPoint> =
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
            if input.tag_groups {
                format!("{} · {}", group_tag(p.group), p.name)
            } else {
                p.name.clone()
            }
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
    let mut number = 0;
    let mut out = Vec::new();
    for &i in &order {
        let placed = placements[i].as_ref();
        if let Some(p) = placed {
            out.push(Label {
                marker: i,
                text: p.text.clone(),
                leader: p.leader,
            });
        }
        // A name shortened on the grid is numbered too, so the key holds it whole.
        if !placed.is_some_and(|p| p.whole) {
            number += 1;
            markers[i].number = Some(number);
        }
    }
    out
}

fn legend(input: &GridInput, markers: &[Marker], panel: &legend::Panel) -> legend::Legend {
    let key = key_entries(input, markers);
    if input.key_only {
        return legend::Legend {
            rows: Vec::new(),
            rest: key,
        };
    }
    legend::lay_out(vocabulary(input), key, panel, &input.words.key_continues)
}

/// The legend's words: categories, levels, attitudes, groups, the quadrant rule and, on the
/// combined map, how to read it.
pub(crate) fn vocabulary(input: &GridInput) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let heading = |entries: &mut Vec<Entry>, text: &str| {
        if !text.is_empty() {
            entries.push((Symbol::Heading, text.to_owned()));
        }
    };
    heading(&mut entries, &input.words.categories_heading);
    entries.extend(
        input
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (Symbol::Colour(i), c.clone())),
    );
    heading(&mut entries, &input.words.levels_heading);
    entries.extend(
        input
            .levels
            .iter()
            .enumerate()
            .map(|(i, l)| (Symbol::Shape(i), l.clone())),
    );
    heading(&mut entries, &input.words.attitudes_heading);
    entries.extend(
        Attitude::ALL
            .into_iter()
            .zip(&input.words.attitudes)
            .map(|(a, t)| (Symbol::Attitude(a), t.clone())),
    );
    if input.tag_groups {
        heading(&mut entries, &input.words.groups_heading);
        entries.extend(
            input
                .groups
                .iter()
                .enumerate()
                .map(|(i, g)| (Symbol::Indented, format!("{} · {g}", group_tag(i)))),
        );
    }
    heading(&mut entries, &input.words.rule);
    if input.points.iter().any(|p| p.spread.is_some()) {
        for line in &input.words.combined {
            entries.push((Symbol::Indented, line.clone()));
        }
    }
    entries
}

/// The numbered names, under their heading.
fn key_entries(input: &GridInput, markers: &[Marker]) -> Vec<Entry> {
    let heading = |entries: &mut Vec<Entry>, text: &str| {
        if !text.is_empty() {
            entries.push((Symbol::Heading, text.to_owned()));
        }
    };
    let mut numbered: Vec<&Marker> = markers.iter().filter(|m| m.number.is_some()).collect();
    numbered.sort_by_key(|m| m.number);
    let mut key = Vec::new();
    if !numbered.is_empty() {
        heading(&mut key, &input.words.numbers_heading);
        let names: std::collections::HashMap<StakeholderId, &GridPoint> =
            input.points.iter().map(|p| (p.id, p)).collect();
        for m in &numbered {
            let p = names[&m.id];
            let name = if input.tag_groups {
                format!("{} · {}", group_tag(p.group), p.name)
            } else {
                p.name.clone()
            };
            key.push((Symbol::Number, format!("{} {name}", m.number.unwrap_or(0))));
        }
    }
    key
}
