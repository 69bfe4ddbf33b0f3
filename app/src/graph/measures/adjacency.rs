//! The undirected simple graph as compressed sparse rows, which every measure walks.

use petgraph::graph::UnGraph;
use petgraph::visit::EdgeRef;

/// Compressed sparse rows: the neighbours of `v` are `targets[offsets[v]..offsets[v + 1]]`,
/// ascending. The inner loops of betweenness walk these slices; petgraph's linked edge lists
/// would cost a pointer chase per neighbour. Node indices are stored as `u32`, halving what the
/// searches pull through the cache (a map has thousands of nodes, not billions).
pub(super) struct Adjacency {
    offsets: Vec<usize>,
    pub(super) targets: Vec<u32>,
}

impl Adjacency {
    pub(super) fn new(graph: &UnGraph<(), ()>) -> Self {
        let n = graph.node_count();
        let mut offsets = vec![0; n + 1];
        for e in graph.edge_references() {
            offsets[e.source().index() + 1] += 1;
            offsets[e.target().index() + 1] += 1;
        }
        for v in 0..n {
            offsets[v + 1] += offsets[v];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0; offsets[n]];
        for e in graph.edge_references() {
            let (u, v) = (e.source().index(), e.target().index());
            targets[fill[u]] = v as u32;
            fill[u] += 1;
            targets[fill[v]] = u as u32;
            fill[v] += 1;
        }
        for v in 0..n {
            targets[offsets[v]..offsets[v + 1]].sort_unstable();
        }
        Adjacency { offsets, targets }
    }

    pub(super) fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub(super) fn edge_count(&self) -> usize {
        self.targets.len() / 2
    }

    pub(super) fn neighbours(&self, v: usize) -> &[u32] {
        &self.targets[self.offsets[v]..self.offsets[v + 1]]
    }
}
