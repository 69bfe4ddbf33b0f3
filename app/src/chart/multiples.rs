//! A crowded grid as small multiples: one panel per category (2 × 2 for the usual four), each a
//! grid of its own with the same axes, quadrants and type size as the whole picture, beside one
//! legend of the words they share. Each panel numbers its own crowded names; what no panel's
//! key holds goes on to key pages under the panel's heading.
//!
//! Why from 40 actors: on a 1920×1080 projector, one grid names about 30 actors beside their
//! markers before most names move into the numbered key (see the room tests); at 40 and more a
//! reader matches numbers more than reading names. Split by category, the usual four panels
//! hold about a quarter each, and the panels show the pattern the room discusses — which kinds
//! of actors sit where.
//!
//! The graph splits the same way, by category rather than by community: the panels then match
//! the grid's and the seed's four kinds of actors, which the room knows, whereas communities
//! are computed, vary in number and have no names. A panel keeps the relationships within its
//! category; those across categories are in the whole graph ("all"), which the moderator can
//! switch back to, and in the measures, which are always the whole graph's.

use std::collections::HashMap;

use crate::domain::StakeholderId;
use crate::graph::measures::Measures;

use super::geometry::{Point, Rect};
use super::graph_layout::{self, GraphInput, GraphLayout, GraphLink};
use super::grid_layout::{GridInput, GridLayout, vocabulary};
use super::legend::{self, Entry, LegendRow, Symbol};
use super::page::{Page, Sizes};
use super::text::TextItem;

/// From this many stakeholders on, a combined grid shows as small multiples by default.
pub const MULTIPLES_FROM: usize = 40;

#[derive(Clone, PartialEq, Debug)]
pub struct GridPanel {
    /// Where the panel sits on the picture.
    pub area: Rect,
    /// Laid out on its own canvas (`area`'s size), drawn moved to `area`.
    pub layout: GridLayout,
}

#[derive(Clone, PartialEq, Debug)]
pub struct GridPanels {
    pub canvas: Rect,
    pub sizes: Sizes,
    pub title: Vec<TextItem>,
    /// The words every panel shares.
    pub legend: Vec<LegendRow>,
    pub panels: Vec<GridPanel>,
    /// The panels' numbered names that found no room, each panel's under its heading.
    pub key_rest: Vec<Entry>,
}

/// The legend the panels share; with `goes_on`, its last line says that the numbered names
/// continue on the key's own pages.
fn shared_legend(
    page: &Page,
    mut entries: Vec<Entry>,
    continues: &str,
    goes_on: bool,
) -> legend::Legend {
    if goes_on && !continues.is_empty() {
        entries.push((Symbol::Heading, continues.to_owned()));
    }
    legend::lay_out(
        entries,
        Vec::new(),
        &legend::Panel::beside(page.panel, &page.sizes, page.margin),
        continues,
    )
}

/// Where `count` panels go on the page's chart area: two columns.
fn frame(page: &Page, count: usize) -> Vec<Rect> {
    let count = count.max(1);
    let columns = if count > 1 { 2 } else { 1 };
    let rows = count.div_ceil(columns);
    let gap = page.margin;
    let chart = page.chart;
    let (pw, ph) = (
        (chart.w - gap * (columns - 1) as f64) / columns as f64,
        (chart.h - gap * (rows - 1) as f64) / rows as f64,
    );
    (0..count)
        .map(|i| {
            let (col, row) = (i % columns, i / columns);
            Rect::new(
                chart.x + col as f64 * (pw + gap),
                chart.y + row as f64 * (ph + gap),
                pw,
                ph,
            )
        })
        .collect()
}

/// A panel's key that did not fit, under the panel's name.
fn rest_under(key_rest: &mut Vec<Entry>, name: &str, rest: &[Entry]) {
    if !rest.is_empty() {
        key_rest.push((Symbol::Heading, name.to_owned()));
        key_rest.extend(rest.iter().cloned());
    }
}

impl GridPanels {
    /// `input` split by category on a `width` × `height` canvas.
    pub fn compute(input: &GridInput, width: f64, height: f64) -> GridPanels {
        let page = Page::compose(width, height, &input.words.title);
        let count = input.categories.len();
        let areas = frame(&page, count);
        let mut panels = Vec::with_capacity(count);
        let mut key_rest = Vec::new();
        for ((i, name), area) in input.categories.iter().enumerate().zip(areas) {
            let mut sub = input.clone();
            sub.points.retain(|p| p.category == i);
            sub.words.title = name.clone();
            sub.key_only = true;
            let layout = GridLayout::compute_at(&sub, area.w, area.h, page.unit);
            rest_under(&mut key_rest, name, &layout.key_rest);
            panels.push(GridPanel { area, layout });
        }
        let continues = &input.words.key_continues;
        let shared = shared_legend(&page, vocabulary(input), continues, !key_rest.is_empty());
        key_rest.splice(0..0, shared.rest);
        GridPanels {
            canvas: page.canvas,
            sizes: page.sizes,
            title: page.title,
            legend: shared.rows,
            panels,
            key_rest,
        }
    }

    /// Every piece of text on the picture, where it lands on the whole canvas.
    pub fn texts(&self) -> Vec<TextItem> {
        let mut out: Vec<TextItem> = self
            .title
            .iter()
            .chain(self.legend.iter().map(|r| &r.text))
            .cloned()
            .collect();
        for panel in &self.panels {
            out.extend(panel.layout.texts().map(|t| {
                let mut t = t.clone();
                t.bounds = Rect::new(
                    t.bounds.x + panel.area.x,
                    t.bounds.y + panel.area.y,
                    t.bounds.w,
                    t.bounds.h,
                );
                t
            }));
        }
        out
    }

    /// The panel and the point inside it under `p` on the whole picture.
    pub fn panel_at(&self, p: Point) -> Option<(&GridPanel, Point)> {
        self.panels
            .iter()
            .find(|panel| panel.area.contains(p))
            .map(|panel| (panel, Point::new(p.x - panel.area.x, p.y - panel.area.y)))
    }
}

#[derive(Clone, PartialEq, Debug)]
pub struct GraphPanel {
    pub area: Rect,
    pub layout: GraphLayout,
}

#[derive(Clone, PartialEq, Debug)]
pub struct GraphPanels {
    pub canvas: Rect,
    pub sizes: Sizes,
    pub title: Vec<TextItem>,
    pub legend: Vec<LegendRow>,
    pub panels: Vec<GraphPanel>,
    pub key_rest: Vec<Entry>,
    /// The whole graph's measures (brokers across categories included).
    pub measures: Measures,
}

impl GraphPanels {
    /// `input` split by category; `previous` as for [`GraphLayout::compute`].
    pub fn compute(
        input: &GraphInput,
        width: f64,
        height: f64,
        previous: &HashMap<StakeholderId, Point>,
    ) -> GraphPanels {
        let page = Page::compose(width, height, &input.words.title);
        let count = input.categories.len();
        let mut entries = Vec::new();
        if !input.words.summary.is_empty() {
            entries.push((Symbol::Number, input.words.summary.clone()));
        }
        entries.extend(graph_layout::vocabulary(input));
        let areas = frame(&page, count);
        let mut panels = Vec::with_capacity(count);
        let mut key_rest = Vec::new();
        for ((i, name), area) in input.categories.iter().enumerate().zip(areas) {
            let keep: Vec<usize> = (0..input.nodes.len())
                .filter(|&n| input.nodes[n].category == i)
                .collect();
            let at: HashMap<usize, usize> = keep
                .iter()
                .enumerate()
                .map(|(new, &old)| (old, new))
                .collect();
            let mut sub = input.clone();
            sub.nodes = keep.iter().map(|&n| input.nodes[n].clone()).collect();
            sub.links = input
                .links
                .iter()
                .filter_map(|l| {
                    Some(GraphLink {
                        from: *at.get(&l.from)?,
                        to: *at.get(&l.to)?,
                        ..*l
                    })
                })
                .collect();
            sub.words.title = name.clone();
            sub.words.summary.clear();
            sub.key_only = true;
            let layout = GraphLayout::compute_at(&sub, area.w, area.h, previous, page.unit);
            rest_under(&mut key_rest, name, &layout.key_rest);
            panels.push(GraphPanel { area, layout });
        }
        let continues = &input.words.key_continues;
        let shared = shared_legend(&page, entries, continues, !key_rest.is_empty());
        key_rest.splice(0..0, shared.rest);
        GraphPanels {
            canvas: page.canvas,
            sizes: page.sizes,
            title: page.title,
            legend: shared.rows,
            panels,
            key_rest,
            measures: input.measures(),
        }
    }

    /// Where each node sits, as fractions of its panel's plot.
    pub fn positions(&self) -> HashMap<StakeholderId, Point> {
        self.panels
            .iter()
            .flat_map(|p| p.layout.positions())
            .collect()
    }
}

/// Whether a grid of `points` stakeholders shows as small multiples when left to decide.
pub fn crowded(points: usize) -> bool {
    points >= MULTIPLES_FROM
}
