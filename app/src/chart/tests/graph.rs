//! The relationship graph's layout: sound on every canvas, everyone named or numbered, the same
//! picture for the same graph, and calm when a node is added.

use crate::chart::*;

use super::CANVASES;

#[test]
fn the_graph_lays_out_without_overlaps_on_every_canvas() {
    use std::collections::HashMap;
    for (w, h) in CANVASES {
        for (n, links, groups) in [(12, 15, 1), (60, 90, 1), (60, 90, 4)] {
            let input = sample_graph(n, links, groups);
            let layout = GraphLayout::compute(&input, w, h, &HashMap::new());
            let what = format!("{n} nodes on {w}×{h}");
            assert_eq!(layout.nodes.len(), n, "{what}");
            for (i, a) in layout.nodes.iter().enumerate() {
                assert!(
                    layout.plot.inflate(1.0).contains(a.center),
                    "{what}: node outside the plot"
                );
                for b in &layout.nodes[i + 1..] {
                    assert!(
                        a.center.distance(b.center) >= a.radius + b.radius - 1e-6,
                        "{what}: nodes overlap"
                    );
                }
            }
            for (i, a) in layout.labels.iter().enumerate() {
                assert!(layout.canvas.contains_rect(&a.text.bounds), "{what}");
                for b in &layout.labels[i + 1..] {
                    assert!(
                        !a.text.bounds.overlaps(&b.text.bounds),
                        "{what}: labels overlap"
                    );
                }
                for node in &layout.nodes {
                    assert!(
                        !a.text.bounds.touches_circle(node.center, node.radius),
                        "{what}: label {:?} covers a node",
                        a.text.text
                    );
                }
            }
            let whole = layout
                .labels
                .iter()
                .filter(|l| !l.text.text.ends_with('…'))
                .count();
            let named = whole + layout.nodes.iter().filter(|n| n.number.is_some()).count();
            assert_eq!(named, n, "{what}: everyone is named or numbered");
            // One arrowed edge per one-way relationship.
            let one_way = input.links.iter().filter(|l| l.directed).count();
            assert_eq!(layout.edges.iter().filter(|e| e.arrow).count(), one_way);
        }
    }
}

#[test]
fn the_same_graph_gives_the_same_svg_and_stays_calm_when_a_node_is_added() {
    use std::collections::HashMap;
    let input = sample_graph(30, 45, 1);
    let first = GraphLayout::compute(&input, 1920.0, 1080.0, &HashMap::new());
    let again = GraphLayout::compute(&input, 1920.0, 1080.0, &HashMap::new());
    assert_eq!(svg(&first), svg(&again));
    let doc = svg(&first);
    roxmltree::Document::parse(&doc).expect("the graph SVG is XML");

    // One more stakeholder, linked to the first: the others barely move.
    let mut grown = sample_graph(31, 45, 1);
    grown.links = input.links.clone();
    grown.links.push(GraphLink {
        from: 0,
        to: 30,
        kind: crate::domain::RelationKind::Cooperation,
        strength: 1,
        directed: false,
    });
    let next = GraphLayout::compute(&grown, 1920.0, 1080.0, &first.positions());
    let moved: f64 = first
        .nodes
        .iter()
        .map(|a| {
            let b = next.nodes.iter().find(|b| b.id == a.id).unwrap();
            a.center.distance(b.center)
        })
        .sum::<f64>()
        / first.nodes.len() as f64;
    let diagonal = first.plot.w.hypot(first.plot.h);
    assert!(
        moved < diagonal * 0.1,
        "nodes moved {moved:.0} px on average"
    );
}
