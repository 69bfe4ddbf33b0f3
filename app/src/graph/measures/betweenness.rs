//! Betweenness centrality: Brandes' algorithm, its sources shared among threads on native
//! targets, normalised like networkx.

use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use super::adjacency::Adjacency;

/// Sources are split into this many fixed blocks, each summed on its own and the blocks added
/// in order, so betweenness comes out bit for bit the same whatever the number of threads.
pub(super) const SOURCE_BLOCKS: usize = 16;

/// Below this many node × neighbour steps the searches take under a few milliseconds, less than
/// starting threads is worth.
const PARALLEL_WORK: usize = 1 << 21;

/// Brandes' betweenness, one breadth-first search per source, normalised like networkx.
///
/// The searches are independent, so on native targets the source blocks are shared among
/// threads; in the browser (no threads) one thread does them all.
pub(super) fn betweenness(g: &Adjacency) -> Vec<f64> {
    let workers = if cfg!(target_arch = "wasm32")
        || g.len().saturating_mul(g.targets.len()) < PARALLEL_WORK
    {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |p| p.get().min(SOURCE_BLOCKS))
    };
    betweenness_on(g, workers)
}

pub(super) fn betweenness_on(g: &Adjacency, workers: usize) -> Vec<f64> {
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
