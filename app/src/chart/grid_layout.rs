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
use super::text::{self, Weight};

/// One stakeholder on the grid. Indices point into [`GridInput`]'s lists.
#[derive(Clone, Debug)]
pub struct GridPoint {
    pub id: StakeholderId,
    pub name: String,
    pub interest: u8,
    pub influence: u8,
    pub category: usize,
    pub level: usize,
    pub attitude: Attitude,
    pub group: usize,
}

/// Everything the grid says, already in the reader's language.
#[derive(Clone, Debug, Default)]
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
    /// In [`Attitude::ALL`] order.
    pub attitudes: [String; 4],
    /// Shown on an empty grid.
    pub empty: String,
    /// The quadrant rule in words ("3 and above count as high"), the legend's last line.
    pub rule: String,
}

#[derive(Clone, Debug)]
pub struct GridInput {
    pub scale: Scale,
    pub words: GridWords,
    pub categories: Vec<String>,
    pub levels: Vec<String>,
    pub groups: Vec<String>,
    /// Several groups on one grid: each label starts with its group's letter.
    pub tag_groups: bool,
    pub points: Vec<GridPoint>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A line of text: `bounds` is the box it occupies; it is drawn vertically centred in it.
#[derive(Clone, PartialEq, Debug)]
pub struct TextItem {
    pub text: String,
    pub bounds: Rect,
    pub align: Align,
    pub px: f64,
    pub weight: Weight,
}

impl TextItem {
    fn new(text: String, at: Point, align: Align, px: f64, weight: Weight) -> Self {
        let w = text::width(&text, px, weight);
        let h = text::line_height(px);
        let x = match align {
            Align::Left => at.x,
            Align::Center => at.x - w / 2.0,
            Align::Right => at.x - w,
        };
        Self {
            text,
            bounds: Rect::new(x, at.y - h / 2.0, w, h),
            align,
            px,
            weight,
        }
    }
    /// Where the text is anchored horizontally (its left, centre or right), on its middle line.
    pub fn anchor(&self) -> Point {
        let b = &self.bounds;
        let x = match self.align {
            Align::Left => b.x,
            Align::Center => b.x + b.w / 2.0,
            Align::Right => b.right(),
        };
        Point::new(x, b.y + b.h / 2.0)
    }
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

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Symbol {
    Heading,
    Colour(usize),
    Shape(usize),
    Attitude(Attitude),
    Group,
    Number,
}

#[derive(Clone, PartialEq, Debug)]
pub struct LegendRow {
    pub symbol: Symbol,
    /// The centre of the symbol (unused for headings).
    pub at: Point,
    pub size: f64,
    pub text: TextItem,
}

#[derive(Clone, PartialEq, Debug)]
pub struct QuadrantItem {
    pub quadrant: Quadrant,
    pub area: Rect,
    pub name: TextItem,
}

/// Type sizes in pixels.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Sizes {
    pub label: f64,
    pub title: f64,
    pub quadrant: f64,
    pub line: f64,
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
    pub title: Option<TextItem>,
    pub quadrants: Vec<QuadrantItem>,
    pub ticks: Vec<TextItem>,
    pub axis_titles: Vec<TextItem>,
    pub markers: Vec<Marker>,
    pub labels: Vec<Label>,
    pub legend: Vec<LegendRow>,
    pub note: Option<TextItem>,
    /// A marker picked by touch, drawn with a ring.
    pub highlight: Option<StakeholderId>,
}

/// The smallest hit area of a marker, in pixels: a fingertip.
pub const TOUCH_TARGET: f64 = 44.0;

impl GridLayout {
    /// Lays out `input` on a `width` × `height` canvas.
    pub fn compute(input: &GridInput, width: f64, height: f64) -> GridLayout {
        compute(input, width, height)
    }

    fn cell(&self) -> (f64, f64) {
        let n = f64::from(self.scale.values());
        (self.plot.w / n, self.plot.h / n)
    }

    /// The centre of the cell for these scores.
    pub fn cell_center(&self, interest: u8, influence: u8) -> Point {
        let (cw, ch) = self.cell();
        let min = self.scale.min();
        Point::new(
            self.plot.x + (f64::from(interest.saturating_sub(min)) + 0.5) * cw,
            self.plot.bottom() - (f64::from(influence.saturating_sub(min)) + 0.5) * ch,
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

fn compute(input: &GridInput, width: f64, height: f64) -> GridLayout {
    let canvas = Rect::new(0.0, 0.0, width.max(1.0), height.max(1.0));
    // 28 px labels on 1920×1080, scaled with the canvas, never below what a tablet reads.
    let unit = (canvas.w / 1920.0).min(canvas.h / 1080.0);
    let label = (28.0 * unit).max(15.0);
    let sizes = Sizes {
        label,
        title: (36.0 * unit).max(17.0),
        quadrant: (30.0 * unit).max(15.0),
        line: (2.0 * unit).max(1.0),
    };
    let margin = (18.0 * unit).max(8.0);
    let line = text::line_height(label);

    // The legend goes beside the grid on landscape canvases and below it on portrait ones.
    let landscape = canvas.w >= canvas.h * 1.15;
    let mut body = Rect::new(
        margin,
        margin,
        canvas.w - 2.0 * margin,
        canvas.h - 2.0 * margin,
    );
    let title = (!input.words.title.trim().is_empty()).then(|| {
        let px = sizes.title;
        let fitted = text::fit(&input.words.title, px, Weight::Bold, body.w);
        let item = TextItem::new(
            fitted,
            Point::new(body.x, body.y + text::line_height(px) / 2.0),
            Align::Left,
            px,
            Weight::Bold,
        );
        body.y += item.bounds.h + margin / 2.0;
        body.h -= item.bounds.h + margin / 2.0;
        item
    });
    let (chart, panel) = if landscape {
        let pw = (body.w * 0.27).max(label * 9.0).min(body.w * 0.45);
        (
            Rect::new(body.x, body.y, body.w - pw - margin, body.h),
            Rect::new(body.right() - pw, body.y, pw, body.h),
        )
    } else {
        let ph = (body.h * 0.3).max(line * 5.0).min(body.h * 0.45);
        (
            Rect::new(body.x, body.y, body.w, body.h - ph - margin),
            Rect::new(body.x, body.bottom() - ph, body.w, ph),
        )
    };

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
    layout.legend = legend(input, &layout.markers, panel, label, margin);
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
    let mut order: Vec<&GridPoint> = input.points.iter().collect();
    order.sort_by(|a, b| {
        (a.interest, a.influence, a.group, &a.name, a.id).cmp(&(
            b.interest,
            b.influence,
            b.group,
            &b.name,
            b.id,
        ))
    });
    let mut out = Vec::with_capacity(order.len());
    for cell in order.chunk_by(|a, b| (a.interest, a.influence) == (b.interest, b.influence)) {
        let count = cell.len();
        let cols = (count as f64).sqrt().ceil() as usize;
        let rows = count.div_ceil(cols);
        let (sw, sh) = (cw / cols as f64, ch / rows as f64);
        let radius = full.min(0.36 * sw.min(sh));
        let center = layout.cell_center(cell[0].interest, cell[0].influence);
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
    let gap = (6.0 * unit).max(3.0);
    let max_w = (layout.plot.w * 0.45).max(px * 6.0);
    let short_w = (layout.plot.w * 0.22).max(px * 5.0);
    let h = text::line_height(px);
    let points: std::collections::HashMap<StakeholderId, &GridPoint> =
        input.points.iter().map(|p| (p.id, p)).collect();
    let fixed: Vec<Rect> = layout.quadrants.iter().map(|q| q.name.bounds).collect();
    let mut placed: Vec<Rect> = Vec::new();
    let mut labels = Vec::new();

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
    let mut number = 0;
    for &i in &order {
        let marker = markers[i].clone();
        let p = points[&marker.id];
        let name = if input.tag_groups {
            format!("{} · {}", group_tag(p.group), p.name)
        } else {
            p.name.clone()
        };
        let free = |r: &Rect| {
            layout.frame.contains_rect(r)
                && !placed.iter().any(|o| o.overlaps(r))
                && !fixed.iter().any(|o| o.overlaps(r))
                && !markers
                    .iter()
                    .any(|m| r.touches_circle(m.center, m.extent() + gap / 2.0))
        };
        let leader_for = |rect: &Rect| {
            let to = rect.nearest(marker.center);
            let dir = Point::new(to.x - marker.center.x, to.y - marker.center.y);
            let len = dir.x.hypot(dir.y).max(1e-9);
            let from = Point::new(
                marker.center.x + dir.x / len * marker.radius,
                marker.center.y + dir.y / len * marker.radius,
            );
            (from, to)
        };
        // A leader line may not run through another label or marker.
        let clear = |(from, to): (Point, Point)| {
            let steps = (from.distance(to) / 3.0).ceil().max(1.0) as usize;
            (1..steps).all(|k| {
                let t = k as f64 / steps as f64;
                let p = Point::new(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
                !placed.iter().any(|o| o.contains(p))
                    && !markers
                        .iter()
                        .any(|m| m.id != marker.id && m.center.distance(p) < m.extent())
            })
        };
        // The whole name if it finds room, else a shorter cut of it.
        let mut texts = vec![text::fit(&name, px, Weight::Regular, max_w)];
        let short = text::fit(&name, px, Weight::Regular, short_w);
        if short != texts[0] {
            texts.push(short);
        }
        let found = texts.into_iter().find_map(|text| {
            let w = text::width(&text, px, Weight::Regular);
            candidates(&marker, w, h, gap)
                .into_iter()
                .find(|(r, far)| free(r) && (!far || clear(leader_for(r))))
                .map(|(rect, far)| (text, rect, far))
        });
        match found {
            Some((text, rect, far)) => {
                let leader = far.then(|| leader_for(&rect));
                placed.push(rect.inflate(gap / 3.0));
                let at = Point::new(rect.x, rect.y + h / 2.0);
                labels.push(Label {
                    marker: i,
                    text: TextItem::new(text, at, Align::Left, px, Weight::Regular),
                    leader,
                });
            }
            None => {
                number += 1;
                markers[i].number = Some(number);
            }
        }
    }
    labels
}

/// Places to try for a label `w` × `h`, nearest first; `true` marks the far ones that need a
/// leader line.
fn candidates(marker: &Marker, w: f64, h: f64, gap: f64) -> Vec<(Rect, bool)> {
    let c = marker.center;
    let mut out = Vec::with_capacity(40);
    for (step, far) in [(0.0, false), (1.5, true), (3.0, true), (4.5, true)] {
        let d = marker.extent() + gap + step * h;
        let diag = d * std::f64::consts::FRAC_1_SQRT_2;
        out.extend([
            (Rect::new(c.x + d, c.y - h / 2.0, w, h), far),
            (Rect::new(c.x - d - w, c.y - h / 2.0, w, h), far),
            (Rect::new(c.x - w / 2.0, c.y - d - h, w, h), far),
            (Rect::new(c.x - w / 2.0, c.y + d, w, h), far),
            (Rect::new(c.x + diag, c.y - diag - h, w, h), far),
            (Rect::new(c.x + diag, c.y + diag, w, h), far),
            (Rect::new(c.x - diag - w, c.y - diag - h, w, h), far),
            (Rect::new(c.x - diag - w, c.y + diag, w, h), far),
        ]);
    }
    out
}

fn legend(
    input: &GridInput,
    markers: &[Marker],
    panel: Rect,
    label: f64,
    margin: f64,
) -> Vec<LegendRow> {
    let mut entries: Vec<(Symbol, String)> = Vec::new();
    let heading = |entries: &mut Vec<(Symbol, String)>, text: &str| {
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
                .map(|(i, g)| (Symbol::Group, format!("{} · {g}", group_tag(i)))),
        );
    }
    heading(&mut entries, &input.words.rule);
    let mut numbered: Vec<&Marker> = markers.iter().filter(|m| m.number.is_some()).collect();
    numbered.sort_by_key(|m| m.number);
    if !numbered.is_empty() {
        heading(&mut entries, &input.words.numbers_heading);
        let names: std::collections::HashMap<StakeholderId, &GridPoint> =
            input.points.iter().map(|p| (p.id, p)).collect();
        for m in &numbered {
            let p = names[&m.id];
            let name = if input.tag_groups {
                format!("{} · {}", group_tag(p.group), p.name)
            } else {
                p.name.clone()
            };
            entries.push((Symbol::Number, format!("{} {name}", m.number.unwrap_or(0))));
        }
    }

    // Shrink the type down to 60% before splitting into columns; what still does not fit is
    // summed up in a last row.
    let mut px = label;
    let mut columns = 1;
    loop {
        let per_column = (panel.h / text::line_height(px)).floor().max(1.0) as usize;
        if entries.len() <= per_column * columns {
            break;
        }
        if px > label * 0.6 {
            px = (px * 0.9).max(label * 0.6);
        } else if columns < 2 && panel.w / 2.0 >= px * 8.0 {
            columns = 2;
        } else {
            let keep = per_column * columns - 1;
            let hidden = entries.len() - keep;
            entries.truncate(keep);
            entries.push((Symbol::Heading, format!("… +{hidden}")));
            break;
        }
    }
    let line = text::line_height(px);
    let per_column = (panel.h / line).floor().max(1.0) as usize;
    let col_w = panel.w / columns as f64;
    let symbol = px * 0.9;
    entries
        .into_iter()
        .enumerate()
        .map(|(i, (sym, words))| {
            let col = i / per_column;
            let row = i % per_column;
            let x = panel.x + col as f64 * col_w;
            let y = panel.y + row as f64 * line + line / 2.0;
            let (indent, weight) = match sym {
                Symbol::Heading => (0.0, Weight::Bold),
                Symbol::Number => (0.0, Weight::Regular),
                _ => (symbol + margin / 2.0, Weight::Regular),
            };
            let fitted = text::fit(&words, px, weight, (col_w - indent - margin / 2.0).max(px));
            LegendRow {
                symbol: sym,
                at: Point::new(x + symbol / 2.0, y),
                size: symbol,
                text: TextItem::new(fitted, Point::new(x + indent, y), Align::Left, px, weight),
            }
        })
        .collect()
}
