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
use super::graph::{self, GraphInput, GraphLayout, GraphLink};
use super::grid::{GridInput, GridLayout, vocabulary};
use super::legend::{self, Entry, LegendRow, Symbol};
use super::page::{Page, Sizes};
use super::text::TextItem;

/// One panel of small multiples: a grid or a graph of its own.
#[derive(Clone, PartialEq, Debug)]
pub struct Panel<L> {
    /// Where the panel sits on the picture.
    pub area: Rect,
    /// Laid out on its own canvas (`area`'s size), drawn moved to `area`.
    pub layout: L,
}

pub type GridPanel = Panel<GridLayout>;
pub type GraphPanel = Panel<GraphLayout>;

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

/// What both kinds of small multiples are made of.
struct Split<L> {
    page: Page,
    panels: Vec<Panel<L>>,
    /// The words the panels share, laid out.
    legend: Vec<LegendRow>,
    key_rest: Vec<Entry>,
}

/// One panel per category on a `width` × `height` page titled `title`, each laid out by
/// `panel(category, name, area, unit)`, beside the legend of the `shared` words; `key_rest`
/// reads a panel's key that found no room.
fn split<L>(
    title: &str,
    (width, height): (f64, f64),
    categories: &[String],
    shared: Vec<Entry>,
    continues: &str,
    mut panel: impl FnMut(usize, &str, Rect, f64) -> L,
    key_rest: impl Fn(&L) -> &[Entry],
) -> Split<L> {
    let page = Page::compose(width, height, title);
    let areas = frame(&page, categories.len());
    let mut panels = Vec::with_capacity(categories.len());
    let mut rest = Vec::new();
    for ((i, name), area) in categories.iter().enumerate().zip(areas) {
        let layout = panel(i, name, area, page.unit);
        // A panel's key that did not fit, under the panel's name.
        if !key_rest(&layout).is_empty() {
            rest.push((Symbol::Heading, name.to_owned()));
            rest.extend(key_rest(&layout).iter().cloned());
        }
        panels.push(Panel { area, layout });
    }
    let shared = shared_legend(&page, shared, continues, !rest.is_empty());
    rest.splice(0..0, shared.rest);
    Split {
        page,
        panels,
        legend: shared.rows,
        key_rest: rest,
    }
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

impl GridPanels {
    /// `input` split by category on a `width` × `height` canvas.
    pub fn compute(input: &GridInput, width: f64, height: f64) -> GridPanels {
        let split = split(
            &input.words.title,
            (width, height),
            &input.categories,
            vocabulary(input),
            &input.words.key_continues,
            |i, name, area, unit| {
                let mut sub = input.clone();
                sub.points.retain(|p| p.category == i);
                if let Some(earlier) = &mut sub.earlier {
                    earlier.points.retain(|p| p.category == i);
                }
                sub.words.title = name.to_owned();
                sub.key_only = true;
                GridLayout::compute_at(&sub, area.w, area.h, unit)
            },
            |layout| &layout.key_rest,
        );
        GridPanels {
            canvas: split.page.canvas,
            sizes: split.page.sizes,
            title: split.page.title,
            legend: split.legend,
            panels: split.panels,
            key_rest: split.key_rest,
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
        let mut shared = Vec::new();
        if !input.words.summary.is_empty() {
            shared.push((Symbol::Number, input.words.summary.clone()));
        }
        shared.extend(graph::vocabulary(input));
        let split = split(
            &input.words.title,
            (width, height),
            &input.categories,
            shared,
            &input.words.key_continues,
            |i, name, area, unit| {
                let sub = category(input, i, name);
                GraphLayout::compute_at(&sub, area.w, area.h, previous, unit)
            },
            |layout| &layout.key_rest,
        );
        GraphPanels {
            canvas: split.page.canvas,
            sizes: split.page.sizes,
            title: split.page.title,
            legend: split.legend,
            panels: split.panels,
            key_rest: split.key_rest,
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

/// The graph of one category's panel: its nodes and the relationships among them.
fn category(input: &GraphInput, category: usize, name: &str) -> GraphInput {
    let keep: Vec<usize> = (0..input.nodes.len())
        .filter(|&n| input.nodes[n].category == category)
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
    sub.words.title = name.to_owned();
    sub.words.summary.clear();
    sub.key_only = true;
    sub
}
