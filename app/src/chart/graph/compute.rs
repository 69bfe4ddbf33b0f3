//! The graph laid out: nodes placed by the force-directed layout beside the measures, edges
//! trimmed to the nodes' rims, names placed like the grid's, and the legend beside it all.

use std::collections::HashMap;

use crate::chart::geometry::{Point, Rect};
use crate::chart::labels::{self, Label, Spot};
use crate::chart::legend;
use crate::chart::page::Page;
use crate::chart::text::TextItem;
use crate::domain::StakeholderId;
use crate::graph::layout::{LayoutInput, Placed, layout};
use crate::graph::measures::Measures;

use super::legend::legend_entries;
use super::{Edge, GraphInput, GraphLayout, Node};

/// The layout's seed: fixed, so the same map always gives the same picture.
const SEED: u64 = 0x5EED_0F57_A4E0;

pub(super) fn compute(
    input: &GraphInput,
    width: f64,
    height: f64,
    previous: &HashMap<StakeholderId, Point>,
    unit: Option<f64>,
) -> GraphLayout {
    let page = Page::compose_at(width, height, &input.words.title, unit);
    let sizes = page.sizes;
    let label = sizes.label;
    // A panel of small multiples gives its whole width to the graph: its names go on to the
    // key's own pages.
    let plot = if input.key_only {
        page.body
    } else {
        page.chart
    };
    let (mut nodes, measures) = place_nodes(input, plot, label, previous);
    let edges = edges_of(input, &nodes, sizes.line);
    let (labels, numbered) = name(input, &nodes, &measures, plot, label, page.unit);
    for (k, &i) in numbered.iter().enumerate() {
        nodes[i].number = Some(k + 1);
    }
    let (fixed, key) = legend_entries(input, &measures, &numbered);
    let legend = legend::beside(
        fixed,
        key,
        &legend::Panel::beside(page.panel, &sizes, page.margin),
        &input.words.key_continues,
        input.key_only,
    );
    let note = input
        .nodes
        .is_empty()
        .then(|| TextItem::centred(&input.words.empty, plot.center(), plot.w * 0.9, label));
    GraphLayout {
        canvas: page.canvas,
        sizes,
        plot,
        title: page.title,
        nodes,
        edges,
        labels,
        legend: legend.rows,
        key_rest: legend.rest,
        note,
        measures,
        highlight: None,
    }
}

/// The nodes where the force-directed layout puts them in `plot` (influence sets their size:
/// from half a label's height to a label's height and a half), and the graph's measures.
fn place_nodes(
    input: &GraphInput,
    plot: Rect,
    label: f64,
    previous: &HashMap<StakeholderId, Point>,
) -> (Vec<Node>, Measures) {
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
    let nodes = input
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
    (nodes, measures)
}

/// The nodes' names, the most influential and the brokers first, and the nodes to number.
fn name(
    input: &GraphInput,
    nodes: &[Node],
    measures: &Measures,
    plot: Rect,
    label: f64,
    unit: f64,
) -> (Vec<Label>, Vec<usize>) {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (na, nb) = (&input.nodes[a], &input.nodes[b]);
        let (ba, bb) = (measures.nodes[a].betweenness, measures.nodes[b].betweenness);
        (nb.influence, &na.name, na.id)
            .cmp(&(na.influence, &nb.name, nb.id))
            .then(bb.total_cmp(&ba))
    });
    let names: Vec<String> = (0..input.nodes.len()).map(|i| input.tagged(i)).collect();
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
    labels::labelled(&order, &placements)
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
