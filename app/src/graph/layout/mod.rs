//! Deterministic force-directed layout of the relationship graph, and the two quality measures
//! (stress, overlaps) used to compare it with Graphviz `sfdp`.
//!
//! This module owns the whole geometry pipeline from "indices, radii and edges" to "disc
//! centres inside a box":
//!
//! 1. **Forces** (natural units, ideal edge length 1): Fruchterman–Reingold attraction d² along
//!    edges and repulsion 1/d within each component, the repulsion summed over a quadtree cell
//!    against cell; components interact only as wholes (boxes that keep apart, pulled together
//!    by a gentle gravity), so isolated nodes and small components pack around the main one
//!    without denting it. Steps follow Hu's adaptive cooling.
//! 2. **Fresh pictures** are multilevel, as in `sfdp`: coarsen by matching, lay out the coarsest
//!    graph from random points, refine level by level; then turn the drawing to fit the box best.
//!    **Warm starts** (most nodes have a previous position) place the new nodes by their
//!    neighbours, settle them with the old ones held, relax everything gently, and map back with
//!    the scale and shift that move the old nodes least.
//! 3. **Fit** into the box with a margin; when the discs crowd the box, **even out** the
//!    drawing along each axis (force layouts of dense graphs leave a packed core and a sparse
//!    fringe); then **overlap removal**: rounds of pairwise separation over a grid, clamped to
//!    the box, the outer disc of a pair taking most of the push so that the drawing expands
//!    from its centre. Discs keep `gap` apart whenever they fit; in a box too small for that,
//!    the gap gives way step by step until the discs at least do not overlap.
//!
//! It is pure: no I/O, no framework, no threads, no global state.
//!
//! Determinism: the same input gives bit-identical output. Randomness comes from a seeded
//! splitmix64 (`crate::graph::random`), iteration orders are fixed, and the arithmetic is
//! restricted to `+ − × ÷` and `sqrt` (all correctly rounded by IEEE 754), so the server and
//! the WASM client agree too; no `sin`, `cos`, `cbrt`, `exp` or `powf`, whose results differ
//! between libms.
//!
//! Where each step lives: `layout` below runs the pipeline; `graph` holds the graph it walks,
//! `forces` the force phase (over `quadtree` and `bodies`), `multilevel` fresh pictures,
//! `warm` warm starts, `fit` the fit into the box, `separate` the overlap removal, and
//! `quality` the two measures.

mod bodies;
mod fit;
mod forces;
mod graph;
mod multilevel;
mod quadtree;
mod quality;
mod separate;
mod warm;

pub use quality::{overlaps, stress};

use crate::graph::random::SplitMix64;
use fit::{Fit, clamp_axis, orient};
use forces::Forces;
use graph::Graph;
use multilevel::multilevel;
use separate::separate;
use warm::{settle, warm_start};

/// A node's centre in box coordinates (x to the right, y down or up: the layout does not care).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub x: f64,
    pub y: f64,
}

pub struct LayoutInput<'a> {
    /// Node radii in layout units (nodes are discs of these radii); len = number of nodes.
    pub radii: &'a [f64],
    /// Undirected connections between node indices (direction does not matter here; duplicates
    /// and self-loops must be tolerated).
    pub edges: &'a [(usize, usize)],
    /// Where nodes were last time (same indices), to keep the picture stable when a node is
    /// added or removed; None for new nodes.
    pub previous: &'a [Option<Placed>],
    pub seed: u64,
}

/// Discs in the box `[0, width] × [0, height]`, which the last steps (clamping, evening out,
/// overlap removal) keep them inside.
struct Discs<'a> {
    xs: &'a mut [f64],
    ys: &'a mut [f64],
    radii: &'a [f64],
    width: f64,
    height: f64,
}

/// Box units per natural unit, as a multiple of √(area / n): the first guess of the scale the
/// drawing will be fitted at, to express the radii in the force phase's units.
const UNIT_PER_SQRT_AREA: f64 = 0.6;
/// Longest ideal edge in a fitted drawing, in mean node diameters (plus gap), so that a small
/// graph is not stretched across a projector screen.
const MAX_EDGE_IN_DIAMETERS: f64 = 8.0;
/// Margin between the drawing and the box edge, as a fraction of the box's shorter side (at
/// least `gap`).
const MARGIN: f64 = 0.01;

/// Lays the nodes out inside `[0, width] × [0, height]`: discs of `input.radii` that keep `gap`
/// between each other and stay inside the box whenever there is room, best effort (and no
/// panic) when there is not.
pub fn layout(input: &LayoutInput, width: f64, height: f64, gap: f64) -> Vec<Placed> {
    let n = input.radii.len();
    let width = sanitise_length(width);
    let height = sanitise_length(height);
    let gap = sanitise_length(gap);
    let radii: Vec<f64> = input.radii.iter().map(|&r| sanitise_length(r)).collect();
    let centre = Placed {
        x: width / 2.0,
        y: height / 2.0,
    };
    match n {
        0 => return Vec::new(),
        1 => {
            let p = previous_at(input.previous, 0).unwrap_or(centre);
            return vec![Placed {
                x: clamp_axis(p.x, radii[0], width),
                y: clamp_axis(p.y, radii[0], height),
            }];
        }
        _ => {}
    }

    let graph = Graph::new(n, input.edges);
    let mut rng = SplitMix64::new(input.seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let fit = Fit {
        radii: &radii,
        width,
        height,
        margin: gap.max(MARGIN * width.min(height)),
    };
    let spacing = 2.0 * radii.iter().sum::<f64>() / n as f64 + gap;
    let per_node = (width * height / n as f64).sqrt();
    // How far a small graph may be blown up to fill a large box: about eight node diameters
    // per ideal edge (or a fraction of the box's share per node, for point-like nodes).
    let max_unit = (MAX_EDGE_IN_DIAMETERS * spacing)
        .max(0.3 * per_node)
        .max(f64::MIN_POSITIVE);

    let old: Vec<Option<Placed>> = (0..n).map(|i| previous_at(input.previous, i)).collect();
    let old_count = old.iter().filter(|p| p.is_some()).count();
    let warm = old_count * 2 >= n;

    let (mut xs, mut ys, unit) = if warm {
        warm_start(&graph, &old, centre, max_unit, &mut rng)
    } else {
        // Positions come from `multilevel`; the unit is its first guess of the fitted scale.
        (
            Vec::new(),
            Vec::new(),
            (UNIT_PER_SQRT_AREA * per_node).min(max_unit),
        )
    };
    let natural_radii = |unit: f64| -> Vec<f64> {
        let unit = unit.max(f64::MIN_POSITIVE);
        radii.iter().map(|&r| (r + gap / 2.0) / unit).collect()
    };
    let aspect = if width > 0.0 && height > 0.0 {
        (width / height).sqrt()
    } else {
        1.0
    };
    let mut forces = Forces::new(&graph, natural_radii(unit), aspect);
    let transform = if warm {
        settle(&mut forces, &mut xs, &mut ys, &old);
        fit.warm(&xs, &ys, &old, unit)
    } else {
        let estimate = |xs: &[f64], ys: &[f64]| natural_radii(fit.max_scale(xs, ys).min(max_unit));
        (xs, ys) = multilevel(&graph, forces, &mut rng, estimate);
        orient(&mut xs, &mut ys, &fit);
        fit.fresh(&xs, &ys, max_unit)
    };
    transform.apply(&mut xs, &mut ys);
    let mut discs = Discs {
        xs: &mut xs,
        ys: &mut ys,
        radii: &radii,
        width,
        height,
    };
    discs.clamp_all();
    discs.even_out_if_crowded(gap);
    separate(discs, gap, &mut rng);

    xs.into_iter()
        .zip(ys)
        .map(|(x, y)| Placed { x, y })
        .collect()
}

/// Non-finite or negative lengths would poison every later computation; treat them as zero.
fn sanitise_length(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 { v } else { 0.0 }
}

fn previous_at(previous: &[Option<Placed>], i: usize) -> Option<Placed> {
    previous
        .get(i)
        .copied()
        .flatten()
        .filter(|p| p.x.is_finite() && p.y.is_finite())
}

#[cfg(test)]
mod tests;
