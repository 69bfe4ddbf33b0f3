//! Graph measures of the relationship map: per stakeholder the links in and out, neighbours,
//! summed strength, betweenness, connected component and community; for the whole map the
//! number of components and communities and the partition's modularity.
//!
//! **Pure**: node indices and links in, numbers out. Every measure except the in/out counts
//! and the summed strength is defined on the undirected simple graph (direction, strength and
//! duplicate links ignored) and matches networkx on it; `scripts/networkx_fixtures.py` writes
//! the fixtures in `fixtures/` that the tests below check against.
//!
//! Betweenness is Brandes' algorithm over a compressed adjacency array with buffers reused
//! across sources, shared among threads on native targets. On one thread it ran 50–150 times
//! faster than networkx's `betweenness_centrality` on random graphs (1,000 nodes and 5,000
//! links: 70 ms against 4 s; 5,000 and 20,000: 1.5 s against nearly 4 minutes); the ignored
//! `timing` test and `networkx_fixtures.py --time` measure both.
//! Communities come from Clauset–Newman–Moore greedy modularity maximisation, with
//! networkx's choice among equally good merges.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

/// One relationship: endpoints (node indices), strength 1–3, whether it is one-way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    pub from: usize,
    pub to: usize,
    pub strength: u8,
    pub directed: bool,
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

/// Compressed sparse rows: the neighbours of `v` are `targets[offsets[v]..offsets[v + 1]]`,
/// ascending. The inner loops of betweenness walk these slices; petgraph's linked edge lists
/// would cost a pointer chase per neighbour. Node indices are stored as `u32`, halving what the
/// searches pull through the cache (a map has thousands of nodes, not billions).
struct Adjacency {
    offsets: Vec<usize>,
    targets: Vec<u32>,
}

impl Adjacency {
    fn new(graph: &UnGraph<(), ()>) -> Self {
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

    fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    fn edge_count(&self) -> usize {
        self.targets.len() / 2
    }

    fn neighbours(&self, v: usize) -> &[u32] {
        &self.targets[self.offsets[v]..self.offsets[v + 1]]
    }
}

/// Sources are split into this many fixed blocks, each summed on its own and the blocks added
/// in order, so betweenness comes out bit for bit the same whatever the number of threads.
const SOURCE_BLOCKS: usize = 16;

/// Below this many node × neighbour steps the searches take under a few milliseconds, less than
/// starting threads is worth.
const PARALLEL_WORK: usize = 1 << 21;

/// Brandes' betweenness, one breadth-first search per source, normalised like networkx.
///
/// The searches are independent, so on native targets the source blocks are shared among
/// threads; in the browser (no threads) one thread does them all.
fn betweenness(g: &Adjacency) -> Vec<f64> {
    let workers = if cfg!(target_arch = "wasm32")
        || g.len().saturating_mul(g.targets.len()) < PARALLEL_WORK
    {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |p| p.get().min(SOURCE_BLOCKS))
    };
    betweenness_on(g, workers)
}

fn betweenness_on(g: &Adjacency, workers: usize) -> Vec<f64> {
    let n = g.len();
    let blocks = n.min(SOURCE_BLOCKS);
    let next_block = AtomicUsize::new(0);
    let work = || {
        let mut search = Search::new(n, g.targets.len());
        let mut done = Vec::new();
        loop {
            let b = next_block.fetch_add(1, AtomicOrdering::Relaxed);
            if b >= blocks {
                return done;
            }
            let mut partial = vec![0.0; n];
            for source in b * n / blocks..(b + 1) * n / blocks {
                search.accumulate(g, source, &mut partial);
            }
            done.push((b, partial));
        }
    };
    let mut partials = if workers > 1 {
        std::thread::scope(|scope| {
            // A helper that cannot start only leaves more blocks to the others.
            let helpers: Vec<_> = (1..workers)
                .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
                .collect();
            let mut partials = work();
            for helper in helpers {
                partials.extend(
                    helper
                        .join()
                        .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                );
            }
            partials
        })
    } else {
        work()
    };
    partials.sort_unstable_by_key(|&(b, _)| b);

    let mut centrality = vec![0.0; n];
    for (_, partial) in partials {
        for (c, p) in centrality.iter_mut().zip(partial) {
            *c += p;
        }
    }
    // networkx divides by the ordered (s, t) pairs that could pass through v, both directions
    // of an undirected path being counted above.
    if n > 2 {
        let scale = 1.0 / ((n - 1) * (n - 2)) as f64;
        for c in &mut centrality {
            *c *= scale;
        }
    }
    centrality
}

/// One thread's buffers for Brandes' searches, allocated once and reset after each search only
/// where it reached, so a source in a small component costs that component, not n.
struct Search {
    distance: Vec<u32>,
    paths: Vec<f64>,
    /// (1 + dependency) / paths of a node once its dependency is final.
    share: Vec<f64>,
    order: Vec<u32>,
    /// The search's shortest-path successors, grouped by node in `order`: those of `order[i]`
    /// end at `successors_end[i]`. Recording them costs less than testing every neighbour's
    /// distance again on the way back, a branch the CPU often mispredicts.
    successors: Vec<u32>,
    successors_end: Vec<usize>,
}

impl Search {
    const UNSEEN: u32 = u32::MAX;

    fn new(n: usize, arcs: usize) -> Self {
        Search {
            distance: vec![Self::UNSEEN; n],
            paths: vec![0.0; n],
            share: vec![0.0; n],
            order: Vec::with_capacity(n),
            successors: Vec::with_capacity(arcs),
            successors_end: vec![0; n],
        }
    }

    /// Adds to `centrality` every node's dependency on `source`: its share of the shortest
    /// paths from `source` to all other nodes.
    fn accumulate(&mut self, g: &Adjacency, source: usize, centrality: &mut [f64]) {
        if g.neighbours(source).is_empty() {
            return;
        }
        let Search {
            distance,
            paths,
            share,
            order,
            successors,
            successors_end,
        } = self;
        order.clear();
        successors.clear();
        order.push(source as u32);
        distance[source] = 0;
        paths[source] = 1.0;
        let mut head = 0;
        while let Some(&v) = order.get(head) {
            let v = v as usize;
            let next = distance[v] + 1;
            let through_v = paths[v];
            for &w in g.neighbours(v) {
                let wi = w as usize;
                if distance[wi] == Self::UNSEEN {
                    distance[wi] = next;
                    order.push(w);
                }
                if distance[wi] == next {
                    paths[wi] += through_v;
                    successors.push(w);
                }
            }
            successors_end[head] = successors.len();
            head += 1;
        }
        // Farthest first, so every successor's share is final when a node pulls from it;
        // pulling (rather than pushing to predecessors) writes one node per step.
        for i in (1..order.len()).rev() {
            let v = order[i] as usize;
            let pulled: f64 = successors[successors_end[i - 1]..successors_end[i]]
                .iter()
                .map(|&w| share[w as usize])
                .sum();
            let dependency = paths[v] * pulled;
            centrality[v] += dependency;
            share[v] = (1.0 + dependency) / paths[v];
        }
        for &v in order.iter() {
            let v = v as usize;
            distance[v] = Self::UNSEEN;
            paths[v] = 0.0;
            share[v] = 0.0;
        }
    }
}

/// Each node's component index (largest first, ties by lowest member) and the count.
fn components(g: &Adjacency) -> (Vec<usize>, usize) {
    const NONE: usize = usize::MAX;
    let n = g.len();
    let mut raw = vec![NONE; n];
    // Found in order of lowest member, which settles ties once sorted stably by size.
    let mut sizes: Vec<usize> = Vec::new();
    let mut stack = Vec::new();
    for start in 0..n {
        if raw[start] != NONE {
            continue;
        }
        let id = sizes.len();
        raw[start] = id;
        stack.push(start);
        let mut size = 0;
        while let Some(v) = stack.pop() {
            size += 1;
            for w in g.neighbours(v).iter().map(|&w| w as usize) {
                if raw[w] == NONE {
                    raw[w] = id;
                    stack.push(w);
                }
            }
        }
        sizes.push(size);
    }
    let rank = rank_by_size(&sizes);
    (raw.into_iter().map(|c| rank[c]).collect(), sizes.len())
}

/// For groups numbered in order of their lowest member, the index each gets when sorted by
/// size descending, ties by lowest member.
fn rank_by_size(sizes: &[usize]) -> Vec<usize> {
    let mut by_size: Vec<usize> = (0..sizes.len()).collect();
    by_size.sort_by_key(|&c| std::cmp::Reverse(sizes[c]));
    let mut rank = vec![0; sizes.len()];
    for (r, &c) in by_size.iter().enumerate() {
        rank[c] = r;
    }
    rank
}

struct Partition {
    community: Vec<usize>,
    count: usize,
    modularity: f64,
}

/// Gains of merging one community with each adjacent one, by the other's id.
type GainRow = HashMap<usize, f64, BuildHasherDefault<IndexHash>>;

/// Hashes a node index with one multiplication. The keys are our own small indices, so the
/// default SipHash buys no protection here, and this halves the time of community detection.
#[derive(Default)]
struct IndexHash(u64);

impl Hasher for IndexHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_usize(&mut self, i: usize) {
        // Odd multiplier (2^64 / golden ratio): distinct indices stay distinct in the low bits
        // that pick the bucket, and the high bits hashbrown also uses get mixed.
        self.0 = (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A possible merge of communities `u` into `v` and the modularity it would add. The heap
/// pops the largest gain and, among equal gains, the lowest `(u, v)`: networkx's order.
#[derive(Clone, Copy, Debug)]
struct Merge {
    gain: f64,
    u: usize,
    v: usize,
}

impl Ord for Merge {
    fn cmp(&self, other: &Self) -> Ordering {
        // Gains are finite, and networkx treats -0.0 and 0.0 alike too.
        self.gain
            .partial_cmp(&other.gain)
            .unwrap_or(Ordering::Equal)
            .then_with(|| other.u.cmp(&self.u))
            .then_with(|| other.v.cmp(&self.v))
    }
}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Merge {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Merge {}

/// Clauset–Newman–Moore: start from singletons and keep merging the pair of adjacent
/// communities that raises modularity most, until no merge raises it.
///
/// The arithmetic follows networkx's `_greedy_modularity_communities_generator` step for step
/// (same formulas, same operand order), so equal gains stay equal and ties break the same way.
/// Instead of its per-row heaps, one heap holds every gain ever computed; an entry is live while
/// both communities exist and the gain table still holds that value for the pair.
///
/// A merge costs the two communities' neighbour counts, as in networkx, so a hub that takes in
/// its leaves one at a time is quadratic: a 5,000-leaf star takes about 2 s (random graphs of
/// that size, 0.05 s).
fn communities(g: &Adjacency) -> Partition {
    let n = g.len();
    let m = g.edge_count();
    if m == 0 {
        return Partition {
            community: (0..n).collect(),
            count: n,
            modularity: 0.0,
        };
    }
    let q0 = 1.0 / m as f64;
    // Half the community's share of edge ends: its expected internal fraction is a².
    let mut a: Vec<f64> = (0..n)
        .map(|v| g.neighbours(v).len() as f64 * q0 * 0.5)
        .collect();
    // gain[u][w]: modularity change if communities u and w merged; only adjacent pairs.
    let mut gain: Vec<GainRow> = (0..n)
        .map(|u| {
            g.neighbours(u)
                .iter()
                .map(|&w| {
                    let w = w as usize;
                    (w, q0 - (a[u] * a[w] + a[u] * a[w]))
                })
                .collect()
        })
        .collect();
    let mut heap: BinaryHeap<Merge> = gain
        .iter()
        .enumerate()
        .flat_map(|(u, row)| row.iter().map(move |(&v, &gain)| Merge { gain, u, v }))
        .filter(|merge| merge.u < merge.v)
        .collect();
    let mut live_pairs = m;
    let mut merged_into: Vec<usize> = (0..n).collect();

    while let Some(best) = heap.pop() {
        if gain[best.u].get(&best.v) != Some(&best.gain) {
            continue;
        }
        if best.gain < 0.0 {
            break;
        }
        let (u, v) = (best.u, best.v);
        let mut from_u = std::mem::take(&mut gain[u]);
        let mut row = std::mem::take(&mut gain[v]);
        from_u.remove(&v);
        row.remove(&u);
        live_pairs -= 1;
        for (&w, g_vw) in row.iter_mut() {
            if !from_u.contains_key(&w) {
                *g_vw -= a[u] * a[w] + a[w] * a[u];
            }
        }
        for (&w, &g_uw) in &from_u {
            match row.get_mut(&w) {
                Some(g_vw) => {
                    *g_vw += g_uw;
                    live_pairs -= 1;
                }
                None => {
                    row.insert(w, g_uw - (a[v] * a[w] + a[w] * a[v]));
                }
            }
        }
        for (&w, &g_vw) in &row {
            let other = &mut gain[w];
            other.remove(&u);
            other.insert(v, g_vw);
            heap.push(Merge {
                gain: g_vw,
                u: v.min(w),
                v: v.max(w),
            });
        }
        gain[v] = row;
        a[v] += a[u];
        a[u] = 0.0;
        merged_into[u] = v;
        // Stale entries pile up in the heap; rebuilt from the table when they dominate, so
        // memory stays proportional to the edges.
        if heap.len() > 4 * live_pairs + 64 {
            heap = gain
                .iter()
                .enumerate()
                .flat_map(|(u, row)| row.iter().map(move |(&v, &gain)| Merge { gain, u, v }))
                .filter(|merge| merge.u < merge.v)
                .collect();
        }
    }

    // Communities keep the id of the node merged into last; renumber by size, then lowest member.
    const NONE: usize = usize::MAX;
    let mut by_root = vec![NONE; n];
    let mut sizes: Vec<usize> = Vec::new();
    let mut raw = vec![0; n];
    for (v, label) in raw.iter_mut().enumerate() {
        // Path halving keeps long chains of merges from being walked again for every member.
        let mut r = v;
        while merged_into[r] != r {
            merged_into[r] = merged_into[merged_into[r]];
            r = merged_into[r];
        }
        if by_root[r] == NONE {
            by_root[r] = sizes.len();
            sizes.push(0);
        }
        *label = by_root[r];
        sizes[by_root[r]] += 1;
    }
    let rank = rank_by_size(&sizes);
    let community: Vec<usize> = raw.into_iter().map(|c| rank[c]).collect();
    let modularity = modularity(g, &community, sizes.len());
    Partition {
        community,
        count: sizes.len(),
        modularity,
    }
}

/// Newman's modularity of a partition, as networkx computes it: per community, the fraction of
/// edges inside it less the square of its fraction of edge ends.
fn modularity(g: &Adjacency, community: &[usize], count: usize) -> f64 {
    let m = g.edge_count() as f64;
    let mut inside = vec![0usize; count];
    let mut ends = vec![0usize; count];
    for (v, &c) in community.iter().enumerate() {
        ends[c] += g.neighbours(v).len();
        inside[c] += g
            .neighbours(v)
            .iter()
            .filter(|&&w| w as usize > v && community[w as usize] == c)
            .count();
    }
    inside
        .iter()
        .zip(&ends)
        .map(|(&l, &d)| {
            let share = d as f64 / (2.0 * m);
            l as f64 / m - share * share
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde::Deserialize;

    use super::*;

    #[derive(Deserialize)]
    struct Fixture {
        name: String,
        n: usize,
        links: Vec<FixtureLink>,
        expected: Expected,
    }

    #[derive(Deserialize)]
    struct FixtureLink {
        from: usize,
        to: usize,
        strength: u8,
        directed: bool,
    }

    #[derive(Deserialize)]
    struct Expected {
        degree_in: Vec<usize>,
        degree_out: Vec<usize>,
        degree: Vec<usize>,
        weighted_degree: Vec<u32>,
        betweenness: Vec<f64>,
        components: Vec<Vec<usize>>,
        modularity: f64,
    }

    /// Written by `scripts/networkx_fixtures.py`.
    const FIXTURES: [&str; 9] = [
        include_str!("fixtures/karate.json"),
        include_str!("fixtures/les_miserables.json"),
        include_str!("fixtures/path.json"),
        include_str!("fixtures/star.json"),
        include_str!("fixtures/grid.json"),
        include_str!("fixtures/gnm_60_150.json"),
        include_str!("fixtures/gnm_300_900.json"),
        include_str!("fixtures/two_components.json"),
        include_str!("fixtures/mixed.json"),
    ];

    fn fixtures() -> Vec<(Fixture, Vec<Link>)> {
        FIXTURES
            .iter()
            .map(|text| {
                let fixture: Fixture = serde_json::from_str(text).expect("fixture parses");
                let links = fixture
                    .links
                    .iter()
                    .map(|l| Link {
                        from: l.from,
                        to: l.to,
                        strength: l.strength,
                        directed: l.directed,
                    })
                    .collect();
                (fixture, links)
            })
            .collect()
    }

    fn link(from: usize, to: usize, strength: u8, directed: bool) -> Link {
        Link {
            from,
            to,
            strength,
            directed,
        }
    }

    /// The nodes grouped by their labels, as a set of sets.
    fn partition(labels: impl Iterator<Item = usize>) -> BTreeSet<BTreeSet<usize>> {
        let mut groups: Vec<BTreeSet<usize>> = Vec::new();
        for (v, label) in labels.enumerate() {
            if groups.len() <= label {
                groups.resize_with(label + 1, BTreeSet::new);
            }
            groups[label].insert(v);
        }
        groups.into_iter().filter(|g| !g.is_empty()).collect()
    }

    /// Modularity straight from the definition, Q = 1/2m Σ_ij (A_ij − k_i k_j / 2m) δ(c_i, c_j),
    /// sharing no code with the module.
    fn modularity_by_definition(n: usize, links: &[Link], community: &[usize]) -> f64 {
        let mut adjacent = vec![vec![false; n]; n];
        for l in links {
            if l.from != l.to && l.from < n && l.to < n {
                adjacent[l.from][l.to] = true;
                adjacent[l.to][l.from] = true;
            }
        }
        let k: Vec<f64> = adjacent
            .iter()
            .map(|row| row.iter().filter(|&&a| a).count() as f64)
            .collect();
        let two_m: f64 = k.iter().sum();
        if two_m == 0.0 {
            return 0.0;
        }
        let mut q = 0.0;
        for i in 0..n {
            for j in 0..n {
                if community[i] == community[j] {
                    let a = if adjacent[i][j] { 1.0 } else { 0.0 };
                    q += a - k[i] * k[j] / two_m;
                }
            }
        }
        q / two_m
    }

    #[test]
    fn matches_networkx_fixtures() {
        for (fixture, links) in fixtures() {
            let name = &fixture.name;
            let want = &fixture.expected;
            let got = measures(fixture.n, &links);
            assert_eq!(got.nodes.len(), fixture.n, "{name}");
            let column =
                |f: fn(&NodeMeasures) -> usize| got.nodes.iter().map(f).collect::<Vec<_>>();
            assert_eq!(column(|m| m.degree_in), want.degree_in, "{name}: degree_in");
            assert_eq!(
                column(|m| m.degree_out),
                want.degree_out,
                "{name}: degree_out"
            );
            assert_eq!(column(|m| m.degree), want.degree, "{name}: degree");
            let weighted: Vec<u32> = got.nodes.iter().map(|m| m.weighted_degree).collect();
            assert_eq!(weighted, want.weighted_degree, "{name}: weighted_degree");
            for (v, (node, &b)) in got.nodes.iter().zip(&want.betweenness).enumerate() {
                assert!(
                    (node.betweenness - b).abs() <= 1e-9,
                    "{name}: betweenness of {v}: {} != {b}",
                    node.betweenness
                );
            }

            let components = partition(got.nodes.iter().map(|m| m.component));
            let want_components: BTreeSet<BTreeSet<usize>> = want
                .components
                .iter()
                .map(|c| c.iter().copied().collect())
                .collect();
            assert_eq!(components, want_components, "{name}: components");
            assert_eq!(
                got.components,
                want_components.len(),
                "{name}: component count"
            );

            let community: Vec<usize> = got.nodes.iter().map(|m| m.community).collect();
            assert_eq!(
                got.communities,
                partition(community.iter().copied()).len(),
                "{name}: community count"
            );
            assert!(
                got.modularity >= want.modularity - 1e-9,
                "{name}: modularity {} below networkx's {}",
                got.modularity,
                want.modularity
            );
            let by_definition = modularity_by_definition(fixture.n, &links, &community);
            assert!(
                (got.modularity - by_definition).abs() <= 1e-9,
                "{name}: reported modularity {} but the partition has {by_definition}",
                got.modularity
            );
        }
    }

    #[test]
    fn indices_follow_size_then_lowest_member() {
        for (fixture, links) in fixtures() {
            let got = measures(fixture.n, &links);
            for (what, labels) in [
                (
                    "component",
                    got.nodes.iter().map(|m| m.component).collect::<Vec<_>>(),
                ),
                ("community", got.nodes.iter().map(|m| m.community).collect()),
            ] {
                let mut groups: Vec<(usize, usize)> = Vec::new(); // (size, lowest member)
                for (v, &label) in labels.iter().enumerate() {
                    if groups.len() <= label {
                        groups.resize(label + 1, (0, usize::MAX));
                    }
                    groups[label].0 += 1;
                    groups[label].1 = groups[label].1.min(v);
                }
                assert!(
                    groups.iter().all(|&(size, _)| size > 0),
                    "{}: {what} indices have gaps",
                    fixture.name
                );
                assert!(
                    groups
                        .windows(2)
                        .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)),
                    "{}: {what} indices out of order: {groups:?}",
                    fixture.name
                );
            }
        }
    }

    /// Per node: (degree_in, degree_out, degree, weighted_degree).
    type Counts = [(usize, usize, usize, u32)];

    #[test]
    fn counts_links_by_kind() {
        let cases: [(&str, usize, Vec<Link>, &Counts); 6] = [
            (
                "one way",
                2,
                vec![link(0, 1, 2, true)],
                &[(0, 1, 1, 2), (1, 0, 1, 2)],
            ),
            (
                "mutual",
                2,
                vec![link(0, 1, 3, false)],
                &[(1, 1, 1, 3), (1, 1, 1, 3)],
            ),
            (
                "one way both ways",
                2,
                vec![link(0, 1, 1, true), link(1, 0, 2, true)],
                &[(1, 1, 1, 3), (1, 1, 1, 3)],
            ),
            (
                "duplicates",
                3,
                vec![
                    link(0, 1, 2, false),
                    link(1, 0, 3, true),
                    link(0, 1, 1, false),
                    link(1, 2, 1, true),
                ],
                &[(3, 2, 1, 6), (2, 4, 2, 7), (1, 0, 1, 1)],
            ),
            (
                "self-links and strangers ignored",
                3,
                vec![
                    link(0, 0, 3, false),
                    link(1, 1, 2, true),
                    link(0, 3, 1, false),
                    link(7, 2, 1, true),
                ],
                &[(0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)],
            ),
            ("no links", 2, vec![], &[(0, 0, 0, 0), (0, 0, 0, 0)]),
        ];
        for (name, n, links, want) in cases {
            let got: Vec<_> = measures(n, &links)
                .nodes
                .iter()
                .map(|m| (m.degree_in, m.degree_out, m.degree, m.weighted_degree))
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn duplicates_do_not_change_paths() {
        // A path 0 – 1 – 2 – 3; the duplicates and the reversed one-way link must not add
        // shortest paths.
        let single = measures(
            4,
            &[
                link(0, 1, 1, false),
                link(1, 2, 1, false),
                link(2, 3, 1, false),
            ],
        );
        let doubled = measures(
            4,
            &[
                link(0, 1, 1, false),
                link(1, 0, 2, true),
                link(1, 2, 1, false),
                link(1, 2, 3, false),
                link(2, 1, 1, true),
                link(2, 3, 1, false),
                link(2, 2, 1, false),
            ],
        );
        // networkx: 2 of the 3 other pairs pass through each inner node, over (n-1)(n-2)/2 = 3.
        let want = [0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0];
        for (name, got) in [("single", &single), ("doubled", &doubled)] {
            for (v, node) in got.nodes.iter().enumerate() {
                assert!(
                    (node.betweenness - want[v]).abs() < 1e-12,
                    "{name}: node {v}: {}",
                    node.betweenness
                );
            }
            assert_eq!(got.components, 1, "{name}");
        }
        assert_eq!(single.modularity, doubled.modularity);
        assert_eq!(
            single.nodes.iter().map(|m| m.community).collect::<Vec<_>>(),
            doubled
                .nodes
                .iter()
                .map(|m| m.community)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn graphs_without_edges() {
        let empty = measures(0, &[]);
        assert!(empty.nodes.is_empty());
        assert_eq!(
            (empty.components, empty.communities, empty.modularity),
            (0, 0, 0.0)
        );

        let isolated = measures(3, &[link(1, 1, 2, false), link(0, 9, 1, true)]);
        assert_eq!(
            (
                isolated.components,
                isolated.communities,
                isolated.modularity
            ),
            (3, 3, 0.0)
        );
        for (v, node) in isolated.nodes.iter().enumerate() {
            assert_eq!(
                (node.component, node.community, node.betweenness),
                (v, v, 0.0)
            );
        }

        // Links into an empty graph are all out of range.
        assert!(measures(0, &[link(0, 1, 1, false)]).nodes.is_empty());
    }

    #[test]
    fn isolated_nodes_are_their_own_communities() {
        // Two triangles and a square with a diagonal; 3, 7, 8 and 9 isolated.
        let links = [
            link(0, 1, 1, false),
            link(1, 2, 1, false),
            link(2, 0, 1, false),
            link(4, 5, 1, false),
            link(5, 6, 1, false),
            link(6, 4, 1, false),
            link(10, 11, 1, false),
            link(11, 12, 1, false),
            link(12, 13, 1, false),
            link(13, 10, 1, false),
            link(10, 12, 1, false),
        ];
        let got = measures(14, &links);
        let community: Vec<usize> = got.nodes.iter().map(|m| m.community).collect();
        assert_eq!(got.communities, 7);
        // Largest first, then the triangle with the lower member, then the isolated nodes in
        // index order.
        assert_eq!(&community[10..14], &[0, 0, 0, 0]);
        assert_eq!(&community[0..3], &[1, 1, 1]);
        assert_eq!(&community[4..7], &[2, 2, 2]);
        assert_eq!(
            (community[3], community[7], community[8], community[9]),
            (3, 4, 5, 6)
        );
        let components: Vec<usize> = got.nodes.iter().map(|m| m.component).collect();
        assert_eq!(components, community);
    }

    /// `m` distinct links among `n` nodes from a fixed xorshift sequence (the same one the
    /// networkx timing in the report used, so the graphs can be rebuilt in Python).
    fn random_links(n: usize, m: usize) -> Vec<Link> {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        let mut seen = BTreeSet::new();
        let mut links = Vec::new();
        while links.len() < m {
            let (u, v) = (next(n), next(n));
            if u != v && seen.insert((u.min(v), u.max(v))) {
                links.push(link(u, v, 1, false));
            }
        }
        links
    }

    #[test]
    fn betweenness_does_not_depend_on_the_thread_count() {
        let g = Adjacency::new(&simple_graph(400, &random_links(400, 1_000)));
        let alone = betweenness_on(&g, 1);
        for workers in [2, 3, SOURCE_BLOCKS + 4] {
            // Bit for bit: the blocks are summed in the same order whoever computed them.
            assert_eq!(betweenness_on(&g, workers), alone, "{workers} workers");
        }
    }

    /// Timing, not a check: `cargo test --release -p app --lib graph::measures -- --ignored
    /// --nocapture`.
    #[test]
    #[ignore = "timing, not a check"]
    fn timing() {
        for (n, m) in [(1_000, 5_000), (5_000, 20_000)] {
            let links = random_links(n, m);
            let g = Adjacency::new(&simple_graph(n, &links));
            let start = std::time::Instant::now();
            betweenness_on(&g, 1);
            let one_thread = start.elapsed();
            let start = std::time::Instant::now();
            let got = measures(n, &links);
            println!(
                "{n} nodes, {m} links: measures {:?}, betweenness on one thread {one_thread:?}; \
                 {} components, {} communities, modularity {:.4}",
                start.elapsed(),
                got.components,
                got.communities,
                got.modularity
            );
        }
    }
}
