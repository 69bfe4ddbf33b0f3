//! The influence/interest grid: what it shows ([`GridInput`], read from a workshop in `input`)
//! and where every marker, label, line and legend row goes on a canvas of a given size
//! ([`GridLayout`], worked out in `compute`, its legend's entries in `legend`). A pure function
//! of the input and the size, so it is tested without drawing and the screen, the projector
//! and the files agree.
//!
//! Interest runs left to right, influence bottom to top; each scale value is a cell. Markers on
//! one cell spread over it. Labels are placed greedily (highest influence first) beside their
//! marker, then further out with a leader line; a marker whose name finds no free place gets a
//! number, drawn inside it and listed beside the grid.

mod baseline;
mod compare;
mod compute;
mod input;
mod legend;

use crate::domain::{Attitude, Quadrant, Scale, StakeholderId};

use super::geometry::{Point, Rect};
use super::labels::Label;
use super::legend::{Entry, LegendRow};
use super::page::Sizes;
use super::text::TextItem;

pub use baseline::baseline_points;
pub use compare::{CompareWords, Earlier, Move, Since, moves};
pub use input::{compared, grid_input, grid_input_with, title};
pub(crate) use legend::vocabulary;

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
    /// Compared with an earlier moment: where the stakeholders were then.
    pub earlier: Option<Earlier>,
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
    /// Compared with an earlier moment: how each stakeholder's place changed.
    pub shifts: Vec<Since>,
}

/// The smallest hit area of a marker, in pixels: a fingertip.
pub const TOUCH_TARGET: f64 = 44.0;

impl GridLayout {
    /// Lays out `input` on a `width` × `height` canvas.
    pub fn compute(input: &GridInput, width: f64, height: f64) -> GridLayout {
        compute::compute(input, width, height, None)
    }

    /// A panel of a larger picture, in that picture's type (`unit`: 1 at 1920×1080).
    pub fn compute_at(input: &GridInput, width: f64, height: f64, unit: f64) -> GridLayout {
        compute::compute(input, width, height, Some(unit))
    }

    /// A cell's width and height.
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
