//! The relationship graph's picture: nodes placed by the force-directed layout
//! ([`crate::graph::layout`]), sized by influence, coloured by category and shaped by level
//! like the grid's markers; edges styled by kind, as wide as they are strong, with arrows for
//! one-way relationships; labels placed like the grid's; beside it the legend and "who to
//! watch" from the measures. A pure function of the input, the canvas and (for stability on a
//! live screen) where the nodes were last time.

use std::collections::HashMap;

use crate::domain::{RelationKind, Scale, StakeholderId};
use crate::graph::layout::{LayoutInput, Placed, layout};
use crate::graph::measures::{Link, Measures, measures};

use super::geometry::{Point, Rect};
use super::grid_layout::{Label, group_tag};
use super::labels::{self, Spot};
use super::legend::{self, Entry, LegendRow, Symbol};
use super::page::{Page, Sizes};
use super::text::{self, Align, TextItem};

#[derive(Clone, PartialEq, Debug)]
pub struct GraphNode {
    pub id: StakeholderId,
    pub name: String,
    pub influence: u8,
    pub category: usize,
    pub level: usize,
    pub group: usize,
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
    /// The graph's measures (degrees, betweenness, components, communities).
    pub fn measures(&self) -> Measures {
        let links: Vec<Link> = self
            .links
            .iter()
            .map(|l| Link {
                from: l.from,
                to: l.to,
                strength: l.strength,
                directed: l.directed,
            })
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

/// The layout's seed: fixed, so the same map always gives the same picture.
const SEED: u64 = 0x5EED_0F57_A4E0;

impl GraphLayout {
    /// Lays out `input` on a `width` × `height` canvas. `previous` holds where nodes were
    /// (as fractions of the plot) on the picture this one replaces.
    pub fn compute(
        input: &GraphInput,
        width: f64,
        height: f64,
        previous: &HashMap<StakeholderId, Point>,
    ) -> GraphLayout {
        compute(input, width, height, previous, None)
    }

    /// A panel of a larger picture, in that picture's type (`unit`: 1 at 1920×1080).
    pub fn compute_at(
        input: &GraphInput,
        width: f64,
        height: f64,
        previous: &HashMap<StakeholderId, Point>,
        unit: f64,
    ) -> GraphLayout {
        compute(input, width, height, previous, Some(unit))
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
            .filter(|(n, d)| *d <= n.radius.max(super::grid_layout::TOUCH_TARGET / 2.0))
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

fn compute(
    input: &GraphInput,
    width: f64,
    height: f64,
    previous: &HashMap<StakeholderId, Point>,
    unit: Option<f64>,
) -> GraphLayout {
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
    let label = sizes.label;
    // A panel of small multiples gives its whole width to the graph: its names go on to the
    // key's own pages.
    let plot = if input.key_only { body } else { chart };

    // Influence sets the size: from half a label's height to a label's height and a half.
    let scale = input.scale;
    let span = f64::from(scale.max() - scale.min()).max(1.0);
    let radii: Vec<f64> = input
        .nodes
        .iter()
        .map(|n| {
            let t = f64::from(n.influence.saturating_sub(scale.min())) / span;
            label * (0.45 + 0.65 * t)
        })
        .collect();
    let edges: Vec<(usize, usize)> = input.links.iter().map(|l| (l.from, l.to)).collect();
    let before: Vec<Option<Placed>> = input
        .nodes
        .iter()
        .map(|n| {
            previous.get(&n.id).map(|p| Placed {
                x: p.x * plot.w,
                y: p.y * plot.h,
            })
        })
        .collect();
    let layout_input = LayoutInput {
        radii: &radii,
        edges: &edges,
        previous: &before,
        seed: SEED,
    };
    let (placed, measures) = side_by_side(
        input.nodes.len(),
        || layout(&layout_input, plot.w, plot.h, label * 0.6),
        || input.measures(),
    );
    let mut nodes: Vec<Node> = input
        .nodes
        .iter()
        .zip(&placed)
        .zip(&radii)
        .map(|((n, p), r)| Node {
            id: n.id,
            center: Point::new(plot.x + p.x, plot.y + p.y),
            radius: *r,
            colour: n.category,
            shape: n.level,
            number: None,
        })
        .collect();

    let edges = edges_of(input, &nodes, sizes.line);

    // Names: the most influential and the brokers first.
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (na, nb) = (&input.nodes[a], &input.nodes[b]);
        let (ba, bb) = (measures.nodes[a].betweenness, measures.nodes[b].betweenness);
        (nb.influence, &na.name, na.id)
            .cmp(&(na.influence, &nb.name, nb.id))
            .then(bb.total_cmp(&ba))
    });
    let names: Vec<String> = input.nodes.iter().map(|n| tagged(input, n)).collect();
    let spots: Vec<Spot> = nodes
        .iter()
        .map(|n| Spot {
            center: n.center,
            radius: n.radius,
            extent: n.radius * 1.1,
        })
        .collect();
    let placements = labels::place(&labels::Request {
        spots: &spots,
        names: &names,
        order: &order,
        area: plot,
        obstacles: &[],
        px: label,
        unit,
        max_w: (plot.w * 0.35).max(label * 6.0),
        short_w: (plot.w * 0.18).max(label * 5.0),
    });
    let mut numbered = Vec::new();
    let mut labels_out = Vec::new();
    for &i in &order {
        let placed = placements[i].as_ref();
        if let Some(p) = placed {
            labels_out.push(Label {
                marker: i,
                text: p.text.clone(),
                leader: p.leader,
            });
        }
        // A name shortened on the picture is numbered too, so the key holds it whole.
        if !placed.is_some_and(|p| p.whole) {
            numbered.push(i);
            nodes[i].number = Some(numbered.len());
        }
    }

    let (fixed, key) = legend_entries(input, &measures, &numbered);
    let legend = if input.key_only {
        legend::Legend {
            rows: Vec::new(),
            rest: key,
        }
    } else {
        legend::lay_out(
            fixed,
            key,
            &legend::Panel::beside(panel, &sizes, margin),
            &input.words.key_continues,
        )
    };
    let note = input.nodes.is_empty().then(|| {
        TextItem::new(
            text::fit(
                &input.words.empty,
                label,
                text::Weight::Regular,
                plot.w * 0.9,
            ),
            plot.center(),
            Align::Center,
            label,
            text::Weight::Regular,
        )
    });
    GraphLayout {
        canvas,
        sizes,
        plot,
        title,
        nodes,
        edges,
        labels: labels_out,
        legend: legend.rows,
        key_rest: legend.rest,
        note,
        measures,
        highlight: None,
    }
}

/// Runs the layout and the measures (independent, and the two slowest steps for a big graph)
/// on two threads where there are threads; one after the other in the browser, and for
/// graphs too small for a thread to pay off.
fn side_by_side<A: Send, B: Send>(
    nodes: usize,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    if nodes >= 100 {
        return std::thread::scope(|s| {
            let other = s.spawn(b);
            let first = a();
            let second = other
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (first, second)
        });
    }
    let _ = nodes;
    (a(), b())
}

fn tagged(input: &GraphInput, n: &GraphNode) -> String {
    if input.tag_groups {
        format!("{} · {}", group_tag(n.group), n.name)
    } else {
        n.name.clone()
    }
}

/// Edges trimmed to the nodes' rims; several relationships between one pair run side by side.
fn edges_of(input: &GraphInput, nodes: &[Node], line: f64) -> Vec<Edge> {
    let mut pairs: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, l) in input.links.iter().enumerate() {
        pairs
            .entry((l.from.min(l.to), l.from.max(l.to)))
            .or_default()
            .push(i);
    }
    let mut out = Vec::with_capacity(input.links.len());
    for (i, l) in input.links.iter().enumerate() {
        if l.from == l.to || l.from >= nodes.len() || l.to >= nodes.len() {
            continue;
        }
        let (a, b) = (&nodes[l.from], &nodes[l.to]);
        let (dx, dy) = (b.center.x - a.center.x, b.center.y - a.center.y);
        let len = dx.hypot(dy).max(1e-9);
        let (ux, uy) = (dx / len, dy / len);
        let siblings = &pairs[&(l.from.min(l.to), l.from.max(l.to))];
        let k = siblings.iter().position(|&s| s == i).unwrap_or(0) as f64;
        // Offsets are measured in the pair's own frame (lower index first), so the two
        // directions of one pair share a side.
        let sign = if l.from < l.to { 1.0 } else { -1.0 };
        let shift = (k - (siblings.len() as f64 - 1.0) / 2.0) * line * 5.0 * sign;
        let (px, py) = (-uy * shift, ux * shift);
        let width = line * (1.0 + 1.25 * f64::from(l.strength.saturating_sub(1)));
        let end_gap = if l.directed { line * 1.5 } else { 0.0 };
        out.push(Edge {
            from: Point::new(
                a.center.x + ux * a.radius + px,
                a.center.y + uy * a.radius + py,
            ),
            to: Point::new(
                b.center.x - ux * (b.radius + end_gap) + px,
                b.center.y - uy * (b.radius + end_gap) + py,
            ),
            kind: l.kind,
            width,
            arrow: l.directed,
        });
    }
    out
}

/// The graph's words: kinds, one-way, categories, levels, groups.
pub(crate) fn vocabulary(input: &GraphInput) -> Vec<Entry> {
    let w = &input.words;
    let mut entries: Vec<Entry> = Vec::new();
    let heading = |entries: &mut Vec<Entry>, text: &str| {
        if !text.is_empty() {
            entries.push((Symbol::Heading, text.to_owned()));
        }
    };
    heading(&mut entries, &w.kinds_heading);
    entries.extend(
        RelationKind::ALL
            .into_iter()
            .zip(&w.kinds)
            .map(|(k, t)| (Symbol::Kind(k), t.clone())),
    );
    entries.push((Symbol::OneWay, w.one_way.clone()));
    heading(&mut entries, &w.categories_heading);
    entries.extend(
        input
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (Symbol::Colour(i), c.clone())),
    );
    heading(&mut entries, &w.levels_heading);
    entries.extend(
        input
            .levels
            .iter()
            .enumerate()
            .map(|(i, l)| (Symbol::Shape(i), l.clone())),
    );
    if input.tag_groups {
        heading(&mut entries, &w.groups_heading);
        entries.extend(
            input
                .groups
                .iter()
                .enumerate()
                .map(|(i, g)| (Symbol::Indented, format!("{} · {g}", group_tag(i)))),
        );
    }
    entries
}

/// The legend's vocabulary, and its names (who to watch, then the numbered key).
fn legend_entries(
    input: &GraphInput,
    measures: &Measures,
    numbered: &[usize],
) -> (Vec<Entry>, Vec<Entry>) {
    let w = &input.words;
    let mut entries: Vec<Entry> = Vec::new();
    let heading = |entries: &mut Vec<Entry>, text: &str| {
        if !text.is_empty() {
            entries.push((Symbol::Heading, text.to_owned()));
        }
    };
    if !w.summary.is_empty() {
        entries.push((Symbol::Number, w.summary.clone()));
    }
    entries.extend(vocabulary(input));
    let mut key: Vec<Entry> = Vec::new();
    let who = watch(input, measures);
    if !who.brokers.is_empty() {
        heading(&mut key, &w.broker);
        key.extend(who.brokers.iter().map(|(i, b)| {
            (
                Symbol::Indented,
                format!("{b:.2} · {}", tagged(input, &input.nodes[*i])),
            )
        }));
    }
    if !who.isolated.is_empty() {
        heading(&mut key, &w.isolated);
        key.extend(
            who.isolated
                .iter()
                .map(|i| (Symbol::Indented, tagged(input, &input.nodes[*i]))),
        );
    }
    if !numbered.is_empty() {
        heading(&mut key, &w.numbers_heading);
        for (k, &i) in numbered.iter().enumerate() {
            key.push((
                Symbol::Number,
                format!("{} {}", k + 1, tagged(input, &input.nodes[i])),
            ));
        }
    }
    (entries, key)
}

/// Who to watch: the strongest brokers, and influential stakeholders left alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Watch {
    /// Up to three (node, betweenness), highest first, betweenness above zero.
    pub brokers: Vec<(usize, f64)>,
    /// Nodes with high influence and no relationship at all.
    pub isolated: Vec<usize>,
}

pub fn watch(input: &GraphInput, measures: &Measures) -> Watch {
    let mut brokers: Vec<(usize, f64)> = (0..input.nodes.len())
        .map(|i| (i, measures.nodes[i].betweenness))
        .filter(|(_, b)| *b > 0.0)
        .collect();
    brokers.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then(input.nodes[a.0].name.cmp(&input.nodes[b.0].name))
    });
    brokers.truncate(3);
    let isolated = (0..input.nodes.len())
        .filter(|&i| measures.nodes[i].degree == 0 && input.scale.is_high(input.nodes[i].influence))
        .collect();
    Watch { brokers, isolated }
}

/// The watch list in words, one line each: "0.42 · name" under the brokers' heading, names
/// under the isolated ones'.
pub fn watch_list(input: &GraphInput, measures: &Measures) -> Vec<String> {
    let w = watch(input, measures);
    let mut out = Vec::new();
    if !w.brokers.is_empty() {
        out.push(input.words.broker.clone());
        out.extend(
            w.brokers
                .iter()
                .map(|(i, b)| format!("{b:.2} · {}", tagged(input, &input.nodes[*i]))),
        );
    }
    if !w.isolated.is_empty() {
        out.push(input.words.isolated.clone());
        out.extend(w.isolated.iter().map(|i| tagged(input, &input.nodes[*i])));
    }
    out
}
