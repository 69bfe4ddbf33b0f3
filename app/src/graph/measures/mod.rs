//! Graph measures of the relationship map: per stakeholder the links in and out, neighbours,
//! summed strength, betweenness, connected component and community; for the whole map the
//! number of components and communities and the partition's modularity.
//!
//! **Pure**: node indices and links in, numbers out. Every measure except the in/out counts
//! and the summed strength is defined on the undirected simple graph (direction, strength and
//! duplicate links ignored) and matches networkx on it; `scripts/networkx_fixtures.py` writes
//! the fixtures in `../fixtures/` that `tests.rs` checks against.
//!
//! Betweenness is Brandes' algorithm over a compressed adjacency array with buffers reused
//! across sources, shared among threads on native targets. On one thread it ran 50–150 times
//! faster than networkx's `betweenness_centrality` on random graphs (1,000 nodes and 5,000
//! links: 70 ms against 4 s; 5,000 and 20,000: 1.5 s against nearly 4 minutes);
//! `server/examples/graphbench/` measures both (BENCHMARKS.md, "Relationship graph").
//! Communities come from Clauset–Newman–Moore greedy modularity maximisation, with
//! networkx's choice among equally good merges.
//!
//! Where each measure lives: `adjacency` holds the compressed graph they all walk,
//! `betweenness`, `components` and `communities` one measure each.

mod adjacency;
mod betweenness;
mod communities;
mod components;

use petgraph::graph::{NodeIndex, UnGraph};
use serde::{Deserialize, Serialize};

use adjacency::Adjacency;
use betweenness::betweenness;
use communities::communities;
use components::components;

/// One relationship: endpoints (node indices), strength 1–3, whether it is one-way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    pub from: usize,
    pub to: usize,
    pub strength: u8,
    pub directed: bool,
}

impl Link {
    pub const fn new(from: usize, to: usize, strength: u8, directed: bool) -> Self {
        Link {
            from,
            to,
            strength,
            directed,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeMeasures {
    /// Links pointing in (a mutual link counts in both directions).
    pub degree_in: usize,
    /// Links pointing out (a mutual link counts in both directions).
    pub degree_out: usize,
    /// Neighbours in the undirected simple graph (every link a connection, duplicates and
    /// direction ignored).
    pub degree: usize,
    /// Sum of the strengths of the node's links (each link once).
    pub weighted_degree: u32,
    /// networkx `betweenness_centrality(G)` with its defaults (normalized=True, unweighted,
    /// endpoints=False) on the undirected simple graph.
    pub betweenness: f64,
    /// Connected component index in the undirected graph: 0 is the largest component (ties:
    /// the one containing the lowest node index first), then by size descending.
    pub component: usize,
    /// Community index: from greedy modularity maximisation (Clauset–Newman–Moore, like
    /// networkx `greedy_modularity_communities(G)` with defaults, on the undirected simple
    /// graph). Numbered 0.. by size descending, ties by lowest member index. Isolated nodes are
    /// each their own community.
    pub community: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measures {
    pub nodes: Vec<NodeMeasures>,
    pub components: usize,
    pub communities: usize,
    /// Modularity of the community partition (networkx `modularity`), 0 for a graph without
    /// edges.
    pub modularity: f64,
}

/// Measures `n` nodes joined by `links`. Self-links and links with an end outside `0..n` are
/// ignored.
pub fn measures(n: usize, links: &[Link]) -> Measures {
    let links: Vec<Link> = links
        .iter()
        .copied()
        .filter(|l| l.from != l.to && l.from < n && l.to < n)
        .collect();
    let graph = simple_graph(n, &links);
    let adjacency = Adjacency::new(&graph);

    let mut nodes: Vec<NodeMeasures> = (0..n)
        .map(|v| NodeMeasures {
            degree_in: 0,
            degree_out: 0,
            degree: adjacency.neighbours(v).len(),
            weighted_degree: 0,
            betweenness: 0.0,
            component: 0,
            community: 0,
        })
        .collect();
    for l in &links {
        nodes[l.from].degree_out += 1;
        nodes[l.to].degree_in += 1;
        if !l.directed {
            nodes[l.to].degree_out += 1;
            nodes[l.from].degree_in += 1;
        }
        nodes[l.from].weighted_degree += u32::from(l.strength);
        nodes[l.to].weighted_degree += u32::from(l.strength);
    }

    let betweenness = betweenness(&adjacency);
    let (component, components) = components(&adjacency);
    let partition = communities(&adjacency);
    for (v, node) in nodes.iter_mut().enumerate() {
        node.betweenness = betweenness[v];
        node.component = component[v];
        node.community = partition.community[v];
    }
    Measures {
        nodes,
        components,
        communities: partition.count,
        modularity: partition.modularity,
    }
}

/// The undirected simple graph of valid links: one edge per linked pair.
fn simple_graph(n: usize, links: &[Link]) -> UnGraph<(), ()> {
    let mut pairs: Vec<(usize, usize)> = links
        .iter()
        .map(|l| (l.from.min(l.to), l.from.max(l.to)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut graph = UnGraph::with_capacity(n, pairs.len());
    for _ in 0..n {
        graph.add_node(());
    }
    for (u, v) in pairs {
        graph.add_edge(NodeIndex::new(u), NodeIndex::new(v), ());
    }
    graph
}

#[cfg(test)]
mod tests;
