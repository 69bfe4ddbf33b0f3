//! "Where the groups disagree" as a picture: one row per combined stakeholder that several
//! groups named, the widest spread first. Each row has the whole name and two scales
//! (interest, influence) on which every group's score is a dot in the group's colour with its
//! letter, the range between the lowest and highest score a bar, and the median a tick. Rows
//! are packed onto as many pages as the canvas needs; every page repeats the scales' heads and
//! the groups' key. A pure function of the input and the canvas, like the grid and the graph.

use crate::domain::{Scale, StakeholderId};

use super::geometry::{Point, Rect};
use super::legend::{self, Entry, LegendRow, Symbol};
use super::page::{Page, Sizes, title_lines};
use super::palette::{group_tag, tagged};
use super::text::{self, Align, TextItem, Weight};

/// One group's scores for the actor.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct ContestedScore {
    /// Index into [`ContestedInput::groups`].
    pub group: usize,
    pub interest: u8,
    pub influence: u8,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ContestedActor {
    pub id: StakeholderId,
    pub name: String,
    pub scores: Vec<ContestedScore>,
    /// The medians over all the actor's entries.
    pub interest: f64,
    pub influence: f64,
}

#[derive(Clone, PartialEq, Debug, Default)]
pub struct ContestedWords {
    pub title: String,
    pub interest: String,
    pub influence: String,
    /// What the tick means.
    pub median: String,
    pub groups_heading: String,
    /// Shown when no actor was named by two groups.
    pub empty: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ContestedInput {
    pub scale: Scale,
    pub words: ContestedWords,
    pub groups: Vec<String>,
    /// Most contested first.
    pub actors: Vec<ContestedActor>,
}

/// A group's score: a dot in its colour with its letter.
#[derive(Clone, PartialEq, Debug)]
pub struct Dot {
    pub center: Point,
    pub radius: f64,
    pub group: usize,
    pub letter: TextItem,
}

/// One scale of one row: the bar from the lowest to the highest score and the median's tick.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Spread {
    pub range: (Point, Point),
    pub median: (Point, Point),
}

#[derive(Clone, PartialEq, Debug)]
pub struct ContestedRow {
    pub id: StakeholderId,
    /// The row's band across the page.
    pub band: Rect,
    /// The whole name, wrapped.
    pub name: Vec<TextItem>,
    /// Interest, then influence.
    pub spreads: [Spread; 2],
    pub dots: Vec<Dot>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ContestedLayout {
    pub canvas: Rect,
    pub sizes: Sizes,
    pub title: Vec<TextItem>,
    /// The scales' names and their values over the rows.
    pub heads: Vec<TextItem>,
    /// Light vertical rules through the rows at each scale value.
    pub rules: Vec<(Point, Point)>,
    pub rows: Vec<ContestedRow>,
    pub legend: Vec<LegendRow>,
    pub note: Option<TextItem>,
}

/// What is the same on every page: where the columns and scales run.
struct Frame {
    page: Page,
    label: f64,
    names: Rect,
    /// The two scales' usable spans (x from, x to).
    scales: [(f64, f64); 2],
    rows: Rect,
    legend: Vec<LegendRow>,
    dot: f64,
}

impl ContestedLayout {
    /// `input` on as many `width` × `height` pages as its rows need (one when there are none).
    /// `title(page, pages)` names each page (1-based).
    pub fn pages(
        input: &ContestedInput,
        title: impl Fn(usize, usize) -> String,
        width: f64,
        height: f64,
    ) -> Vec<ContestedLayout> {
        let frame = frame(input, &title(99, 99), width, height);
        let mut pages: Vec<Vec<ContestedRow>> = vec![Vec::new()];
        let mut y = frame.rows.y;
        for actor in &input.actors {
            let mut row = row(input, &frame, actor, y);
            if row.band.bottom() > frame.rows.bottom() + 0.5
                && pages.last().is_some_and(|p| !p.is_empty())
            {
                pages.push(Vec::new());
                row = self::row(input, &frame, actor, frame.rows.y);
            }
            y = row.band.bottom();
            if let Some(page) = pages.last_mut() {
                page.push(row);
            }
        }
        let count = pages.len();
        let top = Rect::new(
            frame.page.margin,
            frame.page.margin,
            frame.page.canvas.w - 2.0 * frame.page.margin,
            frame.page.canvas.h,
        );
        let heads = heads(input, &frame);
        let rules = rules(input, &frame);
        pages
            .into_iter()
            .enumerate()
            .map(|(i, rows)| ContestedLayout {
                canvas: frame.page.canvas,
                sizes: frame.page.sizes,
                title: title_lines(&title(i + 1, count), frame.page.sizes.title, top),
                heads: heads.clone(),
                rules: rules.clone(),
                note: (input.actors.is_empty() && !input.words.empty.is_empty()).then(|| {
                    TextItem::centred(
                        &input.words.empty,
                        frame.rows.center(),
                        frame.rows.w,
                        frame.label,
                    )
                }),
                rows,
                legend: frame.legend.clone(),
            })
            .collect()
    }

    /// Every piece of text on the page.
    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.title
            .iter()
            .chain(&self.heads)
            .chain(self.rows.iter().flat_map(|r| &r.name))
            .chain(self.legend.iter().map(|r| &r.text))
            .chain(&self.note)
    }
}

fn frame(input: &ContestedInput, title: &str, width: f64, height: f64) -> Frame {
    let page = Page::compose(width, height, title);
    let label = page.sizes.label;
    let line = text::line_height(label);
    let body = page.body;
    let margin = page.margin;

    // The groups' key along the bottom, in as many columns as fit and as few lines as it can.
    let mut entries: Vec<Entry> = input
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (Symbol::Group(i), tagged(g, i, true)))
        .collect();
    if !input.words.median.is_empty() {
        entries.push((Symbol::Median, input.words.median.clone()));
    }
    let columns = ((body.w / (label * 14.0)).floor() as usize).clamp(1, entries.len().max(1));
    let mut lines = entries.len().div_ceil(columns).max(1);
    let legend = loop {
        let area = Rect::new(
            body.x,
            body.bottom() - lines as f64 * line,
            body.w,
            lines as f64 * line,
        );
        let laid = legend::lay_out(
            Vec::new(),
            entries.clone(),
            &legend::Panel {
                area,
                px: label,
                min_px: label,
                margin,
                max_columns: columns,
            },
            "",
        );
        if laid.rest.is_empty() || lines as f64 * line > body.h / 2.0 {
            break laid.rows;
        }
        lines += 1;
    };
    let legend_top = legend
        .iter()
        .map(|r| r.text.bounds.y)
        .fold(body.bottom(), f64::min);

    let names_w = body.w * 0.34;
    let heads_h = 2.0 * line;
    let dot = label * 0.5;
    let start = body.x + names_w + margin;
    let scale_w = ((body.right() - start) - 2.0 * margin) / 2.0;
    let pad = dot * 2.2;
    let scales = [0.0, 1.0].map(|k| {
        let x = start + k * (scale_w + 2.0 * margin);
        (x + pad, x + scale_w - pad)
    });
    let rows = Rect::new(
        body.x,
        body.y + heads_h,
        body.w,
        (legend_top - margin / 2.0 - body.y - heads_h).max(line),
    );
    Frame {
        names: Rect::new(body.x, rows.y, names_w, rows.h),
        page,
        label,
        scales,
        rows,
        legend,
        dot,
    }
}

fn x_of(scale: Scale, span: (f64, f64), value: f64) -> f64 {
    let (min, max) = (f64::from(scale.min()), f64::from(scale.max()));
    let t = ((value - min) / (max - min).max(1.0)).clamp(0.0, 1.0);
    span.0 + t * (span.1 - span.0)
}

fn heads(input: &ContestedInput, frame: &Frame) -> Vec<TextItem> {
    let label = frame.label;
    let line = text::line_height(label);
    let top = frame.rows.y - 2.0 * line;
    let mut out = Vec::new();
    for (span, name) in frame
        .scales
        .iter()
        .zip([&input.words.interest, &input.words.influence])
    {
        let mid = (span.0 + span.1) / 2.0;
        out.push(TextItem::new(
            text::fit(name, label, Weight::Bold, span.1 - span.0 + frame.dot * 4.0),
            Point::new(mid, top + line / 2.0),
            Align::Center,
            label,
            Weight::Bold,
        ));
        for v in input.scale.min()..=input.scale.max() {
            out.push(TextItem::new(
                v.to_string(),
                Point::new(x_of(input.scale, *span, f64::from(v)), top + line * 1.5),
                Align::Center,
                label,
                Weight::Regular,
            ));
        }
    }
    out
}

fn rules(input: &ContestedInput, frame: &Frame) -> Vec<(Point, Point)> {
    let mut out = Vec::new();
    for span in &frame.scales {
        for v in input.scale.min()..=input.scale.max() {
            let x = x_of(input.scale, *span, f64::from(v));
            out.push((
                Point::new(x, frame.rows.y),
                Point::new(x, frame.rows.bottom()),
            ));
        }
    }
    out
}

/// The actor's row with its top at `y`: as tall as its name needs, at least two lines.
fn row(input: &ContestedInput, frame: &Frame, actor: &ContestedActor, y: f64) -> ContestedRow {
    let label = frame.label;
    let line = text::line_height(label);
    let pad = line * 0.25;
    // Two lines in the label's type if the name fits so, else in the smallest type.
    let mut px = label;
    let mut lines = text::wrap(&actor.name, px, Weight::Bold, frame.names.w);
    if lines.len() > 2 {
        px = frame.page.sizes.small;
        lines = text::wrap(&actor.name, px, Weight::Bold, frame.names.w);
    }
    let name_h = lines.len() as f64 * text::line_height(px);
    let band_h = name_h.max(2.0 * line) + 2.0 * pad;
    let band = Rect::new(frame.rows.x, y, frame.rows.w, band_h);
    let name_top = band.y + (band_h - name_h) / 2.0;
    let name = lines
        .into_iter()
        .enumerate()
        .map(|(i, words)| {
            let h = text::line_height(px);
            TextItem::new(
                words,
                Point::new(frame.names.x, name_top + i as f64 * h + h / 2.0),
                Align::Left,
                px,
                Weight::Bold,
            )
        })
        .collect();
    let mid = band.y + band_h / 2.0;
    let scale = input.scale;
    let spreads = [0, 1].map(|k| {
        let pick = |s: &ContestedScore| if k == 0 { s.interest } else { s.influence };
        let low = actor.scores.iter().map(pick).min().unwrap_or(scale.min());
        let high = actor.scores.iter().map(pick).max().unwrap_or(scale.min());
        let median = if k == 0 {
            actor.interest
        } else {
            actor.influence
        };
        let span = frame.scales[k];
        let mx = x_of(scale, span, median);
        Spread {
            range: (
                Point::new(x_of(scale, span, f64::from(low)), mid),
                Point::new(x_of(scale, span, f64::from(high)), mid),
            ),
            median: (
                Point::new(mx, band.y + pad),
                Point::new(mx, band.bottom() - pad),
            ),
        }
    });
    let mut dots = Vec::new();
    for k in 0..2 {
        let span = frame.scales[k];
        let step = (span.1 - span.0) / f64::from(scale.values().saturating_sub(1).max(1));
        for v in scale.min()..=scale.max() {
            let here: Vec<&ContestedScore> = actor
                .scores
                .iter()
                .filter(|s| (if k == 0 { s.interest } else { s.influence }) == v)
                .collect();
            dots.extend(cluster(
                &here,
                x_of(scale, span, f64::from(v)),
                mid,
                step,
                frame,
                band_h - 2.0 * pad,
            ));
        }
    }
    ContestedRow {
        id: actor.id,
        band,
        name,
        spreads,
        dots,
    }
}

/// The dots of the groups that gave one value: side by side around it, in two lines when one
/// is too wide for the step between values, smaller only when even that is not enough.
fn cluster(
    scores: &[&ContestedScore],
    x: f64,
    y: f64,
    step: f64,
    frame: &Frame,
    height: f64,
) -> Vec<Dot> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    let room = step * 0.9;
    let mut radius = frame.dot;
    let per_line = |r: f64| ((room / (r * 2.2)).floor() as usize).max(1);
    let lines_for = |r: f64| n.div_ceil(per_line(r));
    while (lines_for(radius) > 2 || lines_for(radius) as f64 * radius * 2.2 > height)
        && radius > frame.dot * 0.5
    {
        radius *= 0.9;
    }
    let per = per_line(radius).min(n);
    let lines = n.div_ceil(per);
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (col, line) = (i % per, i / per);
            let in_line = if line == lines - 1 {
                n - line * per
            } else {
                per
            };
            let center = Point::new(
                x + (col as f64 - (in_line as f64 - 1.0) / 2.0) * radius * 2.2,
                y + (line as f64 - (lines as f64 - 1.0) / 2.0) * radius * 2.2,
            );
            let px = radius * 1.1;
            Dot {
                center,
                radius,
                group: s.group,
                letter: TextItem::new(group_tag(s.group), center, Align::Center, px, Weight::Bold),
            }
        })
        .collect()
}
