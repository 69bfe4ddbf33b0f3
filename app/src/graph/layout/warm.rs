//! Warm starts: a picture that keeps most nodes where they were last time. New nodes are
//! placed by their neighbours, settled with the old ones held, then everything relaxes gently.

use super::Placed;
use super::forces::{Cooling, Forces, Motion, edge_softness};
use super::graph::Graph;
use crate::graph::random::SplitMix64;

/// Sweeps for the new nodes among the held old ones, then gentle sweeps for all, whose step
/// is at most `WARM_STEP` (and `forces::GENTLE_RATE` times the force).
const WARM_SWEEPS: usize = 50;
const GENTLE_SWEEPS: usize = 20;
const WARM_STEP: f64 = 0.05;

/// Previous positions mapped into natural units, new nodes at the mean of their placed
/// neighbours (or the centroid of the old picture) plus a little jitter so that two new
/// siblings do not coincide. Returns the box units per natural unit it assumed.
pub(super) fn warm_start(
    graph: &Graph,
    old: &[Option<Placed>],
    centre: Placed,
    fresh_unit: f64,
    rng: &mut SplitMix64,
) -> (Vec<f64>, Vec<f64>, f64) {
    let n = old.len();
    // The scale at which the old picture is in equilibrium as a whole: by the virial theorem
    // Σ p·F = 0, where each same-component pair adds exactly 1 (repulsion 1/d) and each edge
    // −softness·d³ (attraction d²); so Σ softness·(d/unit)³ = pairs.
    let mut cubes = 0.0;
    for &(a, b) in &graph.edges {
        if let (Some(p), Some(q)) = (old[a], old[b]) {
            let (dx, dy) = (p.x - q.x, p.y - q.y);
            let d2 = dx * dx + dy * dy;
            cubes += edge_softness(graph, a, b) * d2 * d2.sqrt();
        }
    }
    let mut old_per_component = vec![0.0_f64; graph.components];
    for (i, p) in old.iter().enumerate() {
        if p.is_some() {
            old_per_component[graph.component[i]] += 1.0;
        }
    }
    let pairs: f64 = old_per_component.iter().map(|k| k * (k - 1.0) / 2.0).sum();
    let unit = cube_root(cubes / pairs);
    let unit = if unit > 0.0 && unit.is_finite() {
        unit
    } else {
        fresh_unit
    };

    let mut xs = vec![0.0; n];
    let mut ys = vec![0.0; n];
    let mut placed = vec![false; n];
    let (mut cx, mut cy, mut count) = (0.0, 0.0, 0.0);
    for i in 0..n {
        if let Some(p) = old[i] {
            xs[i] = (p.x - centre.x) / unit;
            ys[i] = (p.y - centre.y) / unit;
            placed[i] = true;
            cx += xs[i];
            cy += ys[i];
            count += 1.0;
        }
    }
    if count > 0.0 {
        cx /= count;
        cy /= count;
    }
    // Repeated passes let a chain of new nodes grow outwards from the old picture.
    loop {
        let mut progress = false;
        for i in 0..n {
            if placed[i] {
                continue;
            }
            let (mut sx, mut sy, mut k) = (0.0, 0.0, 0.0);
            for &j in graph.neighbours(i) {
                if placed[j] {
                    sx += xs[j];
                    sy += ys[j];
                    k += 1.0;
                }
            }
            if k > 0.0 {
                let (jx, jy) = rng.in_disc();
                xs[i] = sx / k + 0.5 * jx;
                ys[i] = sy / k + 0.5 * jy;
                placed[i] = true;
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    for i in 0..n {
        if !placed[i] {
            let (jx, jy) = rng.in_disc();
            xs[i] = cx + jx;
            ys[i] = cy + jy;
        }
    }
    (xs, ys, unit)
}

/// First the new nodes (those without an `old` position) find their places in the old
/// picture, then everything relaxes a little (so that, say, a new edge between old nodes draws
/// them closer).
pub(super) fn settle(forces: &mut Forces, xs: &mut [f64], ys: &mut [f64], old: &[Option<Placed>]) {
    if old.iter().any(Option::is_none) {
        forces.frozen = old.iter().map(Option::is_some).collect();
        forces.run(xs, ys, &mut Cooling::new(1.0), WARM_SWEEPS);
        forces.frozen.clear();
    }
    forces.motion = Motion::Gentle;
    forces.run(xs, ys, &mut Cooling::new(WARM_STEP), GENTLE_SWEEPS);
}

/// ∛v by Newton's method from a power of two: `f64::cbrt` comes from the platform's libm and
/// may differ in the last bit between the server and the browser. NaN or 0 for v ≤ 0.
pub(super) fn cube_root(v: f64) -> f64 {
    if !(v > 0.0 && v.is_finite()) {
        return if v == 0.0 { 0.0 } else { f64::NAN };
    }
    let mut x = 1.0;
    while x * x * x < v {
        x *= 2.0;
    }
    while x * x * x > v {
        x /= 2.0;
    }
    for _ in 0..8 {
        x = (2.0 * x + v / (x * x)) / 3.0;
    }
    x
}
