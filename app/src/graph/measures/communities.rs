//! Communities by Clauset–Newman–Moore greedy modularity maximisation, with networkx's choice
//! among equally good merges, and the modularity of a partition.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::adjacency::Adjacency;
use super::components::rank_by_size;

/// Each node's community, the number of communities, and the partition's modularity.
pub(super) struct Partition {
    pub(super) community: Vec<usize>,
    pub(super) count: usize,
    pub(super) modularity: f64,
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
pub(super) fn communities(g: &Adjacency) -> Partition {
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

    numbered(g, &mut merged_into)
}

/// The partition the merges left, each node's community found by following `merged_into`
/// (communities keep the id of the node merged into last), numbered by size, then lowest
/// member.
fn numbered(g: &Adjacency, merged_into: &mut [usize]) -> Partition {
    const NONE: usize = usize::MAX;
    let n = g.len();
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
