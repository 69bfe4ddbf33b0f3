//! The layout's view of the graph: the undirected simple graph of the input's edges in
//! compressed adjacency form, with its connected components, which the force phase, the
//! coarsening, the warm start and the stress measure all walk.

/// Undirected simple graph in compressed adjacency form: duplicates, self-loops and
/// out-of-range indices are dropped, neighbour lists are sorted, so nothing depends on the
/// caller's edge order beyond the set of edges.
pub(super) struct Graph {
    offsets: Vec<usize>,
    targets: Vec<usize>,
    /// Each undirected edge once, as (low, high), sorted.
    pub(super) edges: Vec<(usize, usize)>,
    /// Component label per node, numbered in order of each component's lowest index.
    pub(super) component: Vec<usize>,
    pub(super) components: usize,
}

impl Graph {
    pub(super) fn new(n: usize, raw: &[(usize, usize)]) -> Self {
        let mut edges: Vec<(usize, usize)> = raw
            .iter()
            .filter(|&&(a, b)| a != b && a < n && b < n)
            .map(|&(a, b)| (a.min(b), a.max(b)))
            .collect();
        edges.sort_unstable();
        edges.dedup();
        let mut offsets = vec![0; n + 1];
        for &(a, b) in &edges {
            offsets[a + 1] += 1;
            offsets[b + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0; offsets[n]];
        // Edges are sorted by (low, high), so every list is filled in ascending order.
        for &(a, b) in &edges {
            targets[fill[a]] = b;
            fill[a] += 1;
        }
        for &(a, b) in &edges {
            targets[fill[b]] = a;
            fill[b] += 1;
        }
        for i in 0..n {
            targets[offsets[i]..offsets[i + 1]].sort_unstable();
        }
        let mut graph = Graph {
            offsets,
            targets,
            edges,
            component: vec![usize::MAX; n],
            components: 0,
        };
        graph.label_components();
        graph
    }

    pub(super) fn len(&self) -> usize {
        self.component.len()
    }

    pub(super) fn degree(&self, i: usize) -> usize {
        self.offsets[i + 1] - self.offsets[i]
    }

    pub(super) fn neighbours(&self, i: usize) -> &[usize] {
        &self.targets[self.offsets[i]..self.offsets[i + 1]]
    }

    fn label_components(&mut self) {
        let n = self.component.len();
        let mut stack = Vec::new();
        for start in 0..n {
            if self.component[start] != usize::MAX {
                continue;
            }
            let label = self.components;
            self.components += 1;
            self.component[start] = label;
            stack.push(start);
            while let Some(u) = stack.pop() {
                for k in self.offsets[u]..self.offsets[u + 1] {
                    let v = self.targets[k];
                    if self.component[v] == usize::MAX {
                        self.component[v] = label;
                        stack.push(v);
                    }
                }
            }
        }
    }
}
