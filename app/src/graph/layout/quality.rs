//! The two quality measures of a drawing, used by the tests and to compare ours with
//! Graphviz `sfdp` in the benchmarks: normalised stress and the pairs of discs too close.

use super::Placed;
use super::graph::Graph;

/// Normalised stress of a drawing: over every pair of nodes in the same component,
/// `(‖p_i − p_j‖ − d_ij·L)² / d_ij²` with `d_ij` the BFS hop distance and `L` the scale that
/// minimises the sum, divided by the number of such pairs and by `L²`.
///
/// Dividing by `L²` is the same as first rescaling the drawing so that the best `L` is 1; it makes
/// the figure independent of the drawing's units, so layouts of different sizes (ours in a
/// 1600 × 900 box, `sfdp`'s in points) compare directly. 0 is a perfect drawing. O(n·(n + m)).
pub fn stress(positions: &[Placed], edges: &[(usize, usize)]) -> f64 {
    let n = positions.len();
    let graph = Graph::new(n, edges);
    // With d_ij-weighted terms the optimal L is the mean of ratios r = ‖p_i − p_j‖ / d_ij and
    // the minimum is Σ(r − L)², so one pass of Welford's mean/variance gives both.
    let mut count = 0.0_f64;
    let mut mean = 0.0_f64;
    let mut sum_sq = 0.0_f64;
    let mut dist = vec![u32::MAX; n];
    let mut queue = Vec::with_capacity(n);
    for source in 0..n {
        dist.fill(u32::MAX);
        queue.clear();
        dist[source] = 0;
        queue.push(source);
        let mut head = 0;
        while head < queue.len() {
            let u = queue[head];
            head += 1;
            for &v in graph.neighbours(u) {
                if dist[v] == u32::MAX {
                    dist[v] = dist[u] + 1;
                    queue.push(v);
                }
            }
        }
        for &j in &queue {
            if j <= source {
                continue;
            }
            let dx = positions[source].x - positions[j].x;
            let dy = positions[source].y - positions[j].y;
            let ratio = (dx * dx + dy * dy).sqrt() / f64::from(dist[j]);
            count += 1.0;
            let delta = ratio - mean;
            mean += delta / count;
            sum_sq += delta * (ratio - mean);
        }
    }
    if count == 0.0 || mean <= 0.0 || !mean.is_finite() {
        return 0.0;
    }
    sum_sq / count / (mean * mean)
}

/// Number of pairs of discs closer than `r_i + r_j + gap` (with a relative tolerance of 1e-9 so
/// that pairs placed exactly at the limit are not counted through rounding).
pub fn overlaps(positions: &[Placed], radii: &[f64], gap: f64) -> usize {
    let n = positions.len().min(radii.len());
    let r_max = radii[..n].iter().copied().fold(0.0_f64, f64::max);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| positions[a].x.total_cmp(&positions[b].x));
    let mut count = 0;
    for (k, &i) in order.iter().enumerate() {
        let reach = radii[i] + r_max + gap;
        for &j in &order[k + 1..] {
            if positions[j].x - positions[i].x >= reach {
                break;
            }
            let need = radii[i] + radii[j] + gap;
            let dx = positions[i].x - positions[j].x;
            let dy = positions[i].y - positions[j].y;
            if (dx * dx + dy * dy).sqrt() < need * (1.0 - 1e-9) {
                count += 1;
            }
        }
    }
    count
}
