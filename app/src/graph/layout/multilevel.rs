//! Fresh pictures, as in `sfdp`: coarsen the graph by matching, lay out the coarsest graph
//! from random points, and refine level by level.

use super::forces::{Cooling, Forces, MAX_SWEEPS};
use super::graph::Graph;
use crate::graph::random::SplitMix64;

/// Coarsening stops at this many nodes; the coarsest graph is laid out from random points.
const COARSEST_SIZE: usize = 24;
/// First step of each refinement level: its nodes start near their places.
const REFINE_STEP: f64 = 1.0;
/// Node-sweeps a refinement level may spend, between `MIN_REFINE_SWEEPS` and `MAX_SWEEPS`
/// sweeps, so that small levels settle fully while the full graph stays cheap. The finest
/// levels stop before they settle: the last steps only shuffle nodes within their
/// neighbourhoods, which the overlap removal redoes anyway (40 rather than 50 sweeps costs a
/// 300-node tree 0.002 of stress and G(500, 2000) nothing measurable, and saves a seventh of
/// the force phase; at 30 the tree loses 0.01).
const REFINE_WORK: usize = 6000;
const MIN_REFINE_SWEEPS: usize = 40;
/// How far a prolonged node may land from its parent: siblings must start apart.
const PROLONG_JITTER: f64 = 0.5;

/// A fresh drawing by multilevel refinement (as in `sfdp`): the graph is coarsened by
/// matching neighbours (and sibling leaves) until it is small or stops shrinking, the coarsest
/// graph gets a full Fruchterman–Reingold run from random points, and each finer level starts
/// from its parent's position and only needs a short, cool refinement. Untangles long paths and
/// trees far better than one level from random points, and costs fewer sweeps of the full graph.
///
/// `forces` carries the full graph; `estimate` turns positions of the full graph into the
/// natural radii matching the scale they would be fitted at.
pub(super) fn multilevel(
    graph: &Graph,
    mut forces: Forces,
    rng: &mut SplitMix64,
    estimate: impl Fn(&[f64], &[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>) {
    // levels[k] = (graph at depth k + 1, parent at depth k + 1 of each node at depth k).
    let mut levels: Vec<(Graph, Vec<usize>)> = Vec::new();
    loop {
        let finer = levels.last().map_or(graph, |(g, _)| g);
        if finer.len() <= COARSEST_SIZE {
            break;
        }
        let (coarse, parent) = coarsen(finer);
        if coarse.len() * 4 > finer.len() * 3 {
            break; // hardly shrinking (many isolated nodes): not worth a level
        }
        levels.push((coarse, parent));
    }

    let coarsest = levels.last().map_or(graph, |(g, _)| g);
    let (mut xs, mut ys) = fresh_start(coarsest.len(), rng);
    for depth in (0..=levels.len()).rev() {
        let coarsest = depth == levels.len();
        if !coarsest {
            let (coarse, parent) = &levels[depth];
            // Parents are about √(fine/coarse) closer together than their children should be.
            let expand = (parent.len() as f64 / coarse.len() as f64).sqrt();
            let (cx, cy) = (xs, ys);
            (xs, ys) = parent
                .iter()
                .map(|&p| {
                    let (jx, jy) = rng.in_disc();
                    (
                        cx[p] * expand + PROLONG_JITTER * jx,
                        cy[p] * expand + PROLONG_JITTER * jy,
                    )
                })
                .unzip();
        }
        let n = xs.len();
        let mut cooling = Cooling::new(if coarsest {
            0.1 * (n as f64).sqrt() + 0.5
        } else {
            REFINE_STEP
        });
        let max_sweeps = if coarsest {
            MAX_SWEEPS
        } else {
            (REFINE_WORK / n).clamp(MIN_REFINE_SWEEPS, MAX_SWEEPS)
        };
        if depth > 0 {
            let level_graph = &levels[depth - 1].0;
            let mut coarse_forces = Forces::new(level_graph, vec![0.0; n], forces.aspect);
            coarse_forces.run(&mut xs, &mut ys, &mut cooling, max_sweeps);
        } else {
            // The radii in natural units depend on the scale the drawing will be fitted at,
            // known only once it has taken shape: estimate it on the way.
            if !coarsest {
                forces.radii = estimate(&xs, &ys); // prolonged positions are already shaped
            }
            let mut done = 0;
            for part in 1..=3 {
                if done > 0 {
                    forces.radii = estimate(&xs, &ys);
                }
                done += forces.run(&mut xs, &mut ys, &mut cooling, max_sweeps * part / 3 - done);
            }
        }
    }
    (xs, ys)
}

/// One coarsening step: returns the coarse graph and each node's coarse parent. Leaves hanging
/// off the same node are paired first (a star would otherwise lose one node per level), then a
/// greedy matching along edges, least connected nodes first.
fn coarsen(graph: &Graph) -> (Graph, Vec<usize>) {
    let n = graph.len();
    let mut parent = vec![usize::MAX; n];
    let mut next = 0;
    for hub in 0..n {
        let mut waiting = None;
        for &leaf in graph.neighbours(hub) {
            if graph.degree(leaf) == 1 && parent[leaf] == usize::MAX {
                match waiting.take() {
                    None => waiting = Some(leaf),
                    Some(first) => {
                        parent[first] = next;
                        parent[leaf] = next;
                        next += 1;
                    }
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (graph.degree(i), i));
    for i in order {
        if parent[i] != usize::MAX {
            continue;
        }
        parent[i] = next;
        let partner = graph
            .neighbours(i)
            .iter()
            .copied()
            .filter(|&j| parent[j] == usize::MAX)
            .min_by_key(|&j| (graph.degree(j), j));
        if let Some(j) = partner {
            parent[j] = next;
        }
        next += 1;
    }
    let edges: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .map(|&(a, b)| (parent[a], parent[b]))
        .collect();
    (Graph::new(next, &edges), parent)
}

/// Random points in a disc whose area grows with n, in natural units (ideal edge length 1).
fn fresh_start(n: usize, rng: &mut SplitMix64) -> (Vec<f64>, Vec<f64>) {
    let radius = 0.6 * (n as f64).sqrt();
    let (xs, ys) = (0..n)
        .map(|_| {
            let (x, y) = rng.in_disc();
            (x * radius, y * radius)
        })
        .unzip();
    (xs, ys)
}
