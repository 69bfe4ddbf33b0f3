//! The workshop's timeline: its edits by time, one row per group (and one for the plenary's
//! own: merges, rounds, the countdown), each row's edits counted in columns, the rounds
//! marked where they closed, and the moment shown. A pure layout like the grid's, drawn by
//! the same renderer; the moderator's history section lays a slider over its `plot`.

use super::geometry::{Point, Rect};
use super::page::Sizes;
use super::text::{self, Align, TextItem, Weight};

/// What the timeline shows. Times are unix ms.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineInput {
    /// The rows' names: the groups, then the plenary.
    pub rows: Vec<String>,
    /// Each edit: when, and in which row.
    pub edits: Vec<(u64, usize)>,
    /// Each closed round: when it closed, and its name.
    pub rounds: Vec<(u64, String)>,
    /// The moment shown, if any.
    pub cursor: Option<u64>,
    /// The span of time shown, when the caller sets it (a slider's ends); else the first
    /// edit's to the last's.
    pub span: Option<(u64, u64)>,
    /// Minutes to add to UTC for the clock the room reads (the browser's offset).
    pub utc_offset_min: i32,
}

/// One row's edits in one column of time.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineBar {
    pub row: usize,
    pub area: Rect,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub canvas: Rect,
    pub sizes: Sizes,
    /// The span of time, left to right.
    pub plot: Rect,
    pub span: (u64, u64),
    pub row_names: Vec<TextItem>,
    pub row_lines: Vec<(Point, Point)>,
    pub bars: Vec<TimelineBar>,
    /// Each round's line, top to bottom of the plot, with its name above.
    pub rounds: Vec<(Point, Point, TextItem)>,
    /// The first and last edit's clock times under the plot.
    pub clock: Vec<TextItem>,
    pub cursor: Option<(Point, Point)>,
}

/// Columns of time the edits are counted in.
const COLUMNS: usize = 120;

impl TimelineLayout {
    pub fn compute(input: &TimelineInput, width: f64, height: f64) -> Self {
        let canvas = Rect::new(0.0, 0.0, width.max(1.0), height.max(1.0));
        let unit = (canvas.w / 1920.0).clamp(0.5, 2.0);
        let sizes = Sizes {
            label: (22.0 * unit).max(14.0),
            title: (24.0 * unit).max(15.0),
            quadrant: (22.0 * unit).max(14.0),
            line: (2.0 * unit).max(1.0),
            small: (18.0 * unit).max(14.0),
        };
        let px = sizes.small;
        let line = text::line_height(px);
        let margin = (12.0 * unit).max(6.0);
        let names_w = input
            .rows
            .iter()
            .map(|r| text::width(r, px, Weight::Regular))
            .fold(0.0, f64::max)
            .min(canvas.w * 0.3);
        let plot = Rect::new(
            margin + names_w + margin,
            margin + line,
            (canvas.w - names_w - 3.0 * margin).max(1.0),
            (canvas.h - 2.0 * margin - 2.0 * line).max(1.0),
        );
        let first = input.edits.iter().map(|e| e.0).min().unwrap_or(0);
        let last = input.edits.iter().map(|e| e.0).max().unwrap_or(first);
        let (first, last) = input.span.unwrap_or((first, last));
        let span = (first, last.max(first + 1));
        let mut layout = Self {
            canvas,
            sizes,
            plot,
            span,
            row_names: Vec::new(),
            row_lines: Vec::new(),
            bars: Vec::new(),
            rounds: Vec::new(),
            clock: Vec::new(),
            cursor: None,
        };
        layout.rows(input, names_w, margin);
        layout.bars(input);
        layout.marks(input, margin);
        layout
    }

    /// Where time `at` falls, across the plot.
    pub fn x_of(&self, at: u64) -> f64 {
        let (a, b) = self.span;
        let f = (at.clamp(a, b) - a) as f64 / (b - a) as f64;
        self.plot.x + f * self.plot.w
    }

    fn row_height(&self, rows: usize) -> f64 {
        self.plot.h / rows.max(1) as f64
    }

    fn rows(&mut self, input: &TimelineInput, names_w: f64, margin: f64) {
        let h = self.row_height(input.rows.len());
        for (i, name) in input.rows.iter().enumerate() {
            let y = self.plot.y + (i as f64 + 0.5) * h;
            let fitted = text::fit(name, self.sizes.small, Weight::Regular, names_w);
            self.row_names.push(TextItem::new(
                fitted,
                Point::new(margin, y),
                Align::Left,
                self.sizes.small,
                Weight::Regular,
            ));
            let bottom = self.plot.y + (i as f64 + 1.0) * h;
            self.row_lines.push((
                Point::new(self.plot.x, bottom),
                Point::new(self.plot.right(), bottom),
            ));
        }
    }

    /// Each row's edits counted per column; a bar's height is its share of the busiest.
    fn bars(&mut self, input: &TimelineInput) {
        let rows = input.rows.len().max(1);
        let mut counts = vec![[0usize; COLUMNS]; rows];
        let (a, b) = self.span;
        for &(at, row) in &input.edits {
            let f = (at.clamp(a, b) - a) as f64 / (b - a) as f64;
            let column = ((f * COLUMNS as f64) as usize).min(COLUMNS - 1);
            counts[row.min(rows - 1)][column] += 1;
        }
        let most = counts.iter().flatten().copied().max().unwrap_or(0).max(1);
        let h = self.row_height(rows);
        let w = self.plot.w / COLUMNS as f64;
        for (row, columns) in counts.iter().enumerate() {
            let bottom = self.plot.y + (row as f64 + 1.0) * h;
            for (column, &count) in columns.iter().enumerate().filter(|(_, c)| **c > 0) {
                // At least a sliver: one edit shows.
                let bar_h = (h * 0.85 * count as f64 / most as f64).max(h * 0.12);
                self.bars.push(TimelineBar {
                    row,
                    area: Rect::new(
                        self.plot.x + column as f64 * w,
                        bottom - bar_h,
                        w * 0.9,
                        bar_h,
                    ),
                    count,
                });
            }
        }
    }

    fn marks(&mut self, input: &TimelineInput, margin: f64) {
        let px = self.sizes.small;
        let line = text::line_height(px);
        let (top, bottom) = (self.plot.y, self.plot.bottom());
        for (at, name) in &input.rounds {
            let x = self.x_of(*at);
            let label = TextItem::new(
                text::fit(name, px, Weight::Bold, self.plot.w / 3.0),
                Point::new(x, top - line / 2.0),
                Align::Center,
                px,
                Weight::Bold,
            );
            let label = keep_inside(label, &self.canvas, margin);
            self.rounds
                .push((Point::new(x, top), Point::new(x, bottom), label));
        }
        let y = bottom + line / 2.0 + margin / 4.0;
        let (first, last) = (
            input.edits.iter().map(|e| e.0).min(),
            input.edits.iter().map(|e| e.0).max(),
        );
        for (at, align) in [(first, Align::Left), (last, Align::Right)] {
            let Some(at) = at else { break };
            let x = if align == Align::Left {
                self.plot.x
            } else {
                self.plot.right()
            };
            let words = clock(at, input.utc_offset_min);
            self.clock.push(TextItem::new(
                words,
                Point::new(x, y),
                align,
                px,
                Weight::Regular,
            ));
        }
        self.cursor = input.cursor.map(|at| {
            let x = self.x_of(at);
            (Point::new(x, top), Point::new(x, bottom))
        });
    }

    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.row_names
            .iter()
            .chain(self.rounds.iter().map(|r| &r.2))
            .chain(&self.clock)
    }
}

/// `item` moved sideways so that it stays on the canvas.
fn keep_inside(mut item: TextItem, canvas: &Rect, margin: f64) -> TextItem {
    let b = &mut item.bounds;
    if b.x < margin {
        b.x = margin;
        item.align = Align::Left;
    } else if b.right() > canvas.right() - margin {
        b.x = canvas.right() - margin - b.w;
        item.align = Align::Left;
    }
    item
}

/// `HH:MM` of unix ms `at`, `offset` minutes from UTC.
pub fn clock(at: u64, offset: i32) -> String {
    let minutes = (at / 60_000) as i64 + i64::from(offset);
    let day = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", day / 60, day % 60)
}

#[cfg(test)]
mod tests;
