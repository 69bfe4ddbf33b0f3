//! The relationship graph: what it shows ([`GraphInput`], read from a workshop in `input`) and
//! its picture ([`GraphLayout`], worked out in `compute`): nodes placed by the force-directed
//! layout ([`crate::graph::layout`]), sized by influence, coloured by category and shaped by
//! level like the grid's markers; edges styled by kind, as wide as they are strong, with arrows
//! for one-way relationships; labels placed like the grid's; beside it the legend (`legend`)
//! and "who to watch" from the measures (`watch`). A pure function of the input, the canvas and
//! (for stability on a live screen) where the nodes were last time.

mod compute;
mod input;
mod legend;
mod watch;

use std::collections::HashMap;

use crate::domain::{RelationKind, Scale, StakeholderId};
use crate::graph::measures::{Link, Measures, measures};

use super::geometry::{Point, Rect};
use super::grid::{GridInput, GridPoint, TOUCH_TARGET};
use super::labels::Label;
use super::legend::{Entry, LegendRow};
use super::page::Sizes;
use super::palette::tagged;
use super::text::TextItem;

pub use input::{graph_input, graph_input_with};
pub(crate) use legend::vocabulary;
pub use watch::{Watch, watch, watch_list};

#[derive(Clone, PartialEq, Debug)]
pub struct GraphNode {
    pub id: StakeholderId,
    pub name: String,
    pub influence: u8,
    pub category: usize,
    pub level: usize,
    pub group: usize,
}

impl GraphNode {
    /// The node of a stakeholder on the grid: the graph shows whom the grid shows, in the same
    /// colour and shape.
    pub(crate) fn of(p: &GridPoint) -> GraphNode {
        GraphNode {
            id: p.id,
            name: p.name.clone(),
            influence: p.influence,
            category: p.category,
            level: p.level,
            group: p.group,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct GraphLink {
    /// Node indices.
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
    pub strength: u8,
    pub directed: bool,
}

#[derive(Clone, PartialEq, Debug, Default)]
pub struct GraphWords {
    pub title: String,
    pub kinds_heading: String,
    /// In [`RelationKind::ALL`] order.
    pub kinds: [String; 6],
    pub one_way: String,
    pub categories_heading: String,
    pub levels_heading: String,
    pub groups_heading: String,
    /// Heading of the top brokers, listed with their betweenness.
    pub broker: String,
    /// Heading of the influential stakeholders without relationships.
    pub isolated: String,
    pub numbers_heading: String,
    /// The legend's last line when the key goes on elsewhere.
    pub key_continues: String,
    pub empty: String,
    /// "12 stakeholders, 15 relationships".
    pub summary: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct GraphInput {
    pub scale: Scale,
    pub words: GraphWords,
    pub categories: Vec<String>,
    pub levels: Vec<String>,
    pub groups: Vec<String>,
    pub tag_groups: bool,
    pub nodes: Vec<GraphNode>,
    pub links: Vec<GraphLink>,
    /// The legend holds the names only (who to watch, the numbered key): a panel of small
    /// multiples, whose picture shows the vocabulary once for all panels.
    pub key_only: bool,
}

impl GraphInput {
    /// The graph of the stakeholders `grid` shows (in its order, colours and shapes) with
    /// `links` between them (indices into the grid's points). The words it shares with the grid
    /// (the title, the headings, the key's) are the grid's; the rest are `own`.
    pub(crate) fn over(grid: GridInput, own: GraphWords, links: Vec<GraphLink>) -> GraphInput {
        let shared = grid.words;
        let words = GraphWords {
            title: shared.title,
            categories_heading: shared.categories_heading,
            levels_heading: shared.levels_heading,
            groups_heading: shared.groups_heading,
            numbers_heading: shared.numbers_heading,
            key_continues: shared.key_continues,
            ..own
        };
        GraphInput {
            scale: grid.scale,
            words,
            categories: grid.categories,
            levels: grid.levels,
            groups: grid.groups,
            tag_groups: grid.tag_groups,
            nodes: grid.points.iter().map(GraphNode::of).collect(),
            links,
            key_only: false,
        }
    }

    /// Node `i`'s name, with its group's letter when several groups share the picture.
    fn tagged(&self, i: usize) -> String {
        let n = &self.nodes[i];
        tagged(&n.name, n.group, self.tag_groups)
    }

    /// The graph's measures (degrees, betweenness, components, communities).
    pub fn measures(&self) -> Measures {
        let links: Vec<Link> = self
            .links
            .iter()
            .map(|l| Link::new(l.from, l.to, l.strength, l.directed))
            .collect();
        measures(self.nodes.len(), &links)
    }
}

#[derive(Clone, PartialEq, Debug)]
pub struct Node {
    pub id: StakeholderId,
    pub center: Point,
    pub radius: f64,
    pub colour: usize,
    pub shape: usize,
    /// Set when the name did not fit: drawn inside the node and listed beside.
    pub number: Option<usize>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Edge {
    /// From the edge of one node to the edge of the other (shifted sideways when two
    /// relationships join the same pair).
    pub from: Point,
    pub to: Point,
    pub kind: RelationKind,
    pub width: f64,
    /// An arrowhead at `to`.
    pub arrow: bool,
}

#[derive(Clone, PartialEq, Debug)]
pub struct GraphLayout {
    pub canvas: Rect,
    pub sizes: Sizes,
    pub plot: Rect,
    /// The title's lines.
    pub title: Vec<TextItem>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub labels: Vec<Label>,
    pub legend: Vec<LegendRow>,
    /// The end of the key that did not fit beside the graph ([`super::KeyPage`]).
    pub key_rest: Vec<Entry>,
    pub note: Option<TextItem>,
    pub measures: Measures,
    /// A node picked by touch, drawn with a ring.
    pub highlight: Option<StakeholderId>,
}

impl GraphLayout {
    /// Lays out `input` on a `width` × `height` canvas. `previous` holds where nodes were
    /// (as fractions of the plot) on the picture this one replaces.
    pub fn compute(
        input: &GraphInput,
        width: f64,
        height: f64,
        previous: &HashMap<StakeholderId, Point>,
    ) -> GraphLayout {
        compute::compute(input, width, height, previous, None)
    }

    /// A panel of a larger picture, in that picture's type (`unit`: 1 at 1920×1080).
    pub fn compute_at(
        input: &GraphInput,
        width: f64,
        height: f64,
        previous: &HashMap<StakeholderId, Point>,
        unit: f64,
    ) -> GraphLayout {
        compute::compute(input, width, height, previous, Some(unit))
    }

    /// Where each node sits, as fractions of the plot: the `previous` of the next picture.
    pub fn positions(&self) -> HashMap<StakeholderId, Point> {
        self.nodes
            .iter()
            .map(|n| {
                (
                    n.id,
                    Point::new(
                        (n.center.x - self.plot.x) / self.plot.w,
                        (n.center.y - self.plot.y) / self.plot.h,
                    ),
                )
            })
            .collect()
    }

    /// The node under `p`: the nearest one whose centre is within its radius, or within half
    /// a touch target.
    pub fn node_at(&self, p: Point) -> Option<StakeholderId> {
        self.nodes
            .iter()
            .map(|n| (n, n.center.distance(p)))
            .filter(|(n, d)| *d <= n.radius.max(TOUCH_TARGET / 2.0))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(n, _)| n.id)
    }

    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.title
            .iter()
            .chain(self.labels.iter().map(|l| &l.text))
            .chain(self.legend.iter().map(|r| &r.text))
            .chain(&self.note)
    }
}
