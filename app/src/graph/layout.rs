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
//! splitmix64, iteration orders are fixed, and the arithmetic is restricted to `+ − × ÷` and
//! `sqrt` (all correctly rounded by IEEE 754), so the server and the WASM client agree too; no
//! `sin`, `cos`, `cbrt`, `exp` or `powf`, whose results differ between libms.

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

// Forces (natural units: the ideal edge length is 1).

/// Two quadtree cells interact as two point masses when the sum of their extents (farthest
/// body centre from the centre of mass) is below `THETA` times their distance, and no disc of
/// one can touch a disc of the other. 0.9 keeps the force error at a few per cent, which the
/// cooling absorbs; smaller values cost time without a visible difference.
const THETA: f64 = 0.9;
/// Bodies per quadtree leaf; small buckets are cheaper than descending to single bodies.
const LEAF_SIZE: usize = 4;
/// Coincident points would otherwise make the quadtree recurse forever.
const MAX_DEPTH: u32 = 40;
/// Push per unit of overlap between discs in the force phase, so the final overlap removal has
/// little left to do and distorts the picture less.
const OVERLAP_PUSH: f64 = 8.0;
/// Components keep their boxes `COMPONENT_PAD` apart, with this push per unit of overlap.
const COMPONENT_PUSH: f64 = 20.0;
const COMPONENT_PAD: f64 = 0.5;
/// Pull of each component's centroid towards the centre of everything (per unit of distance,
/// geometric mean of the two axes; stronger across the box's short side).
const GRAVITY: f64 = 1.5;
/// Edges at a node of degree k are `HUB_SOFTNESS`·√k times longer (when that exceeds 1).
const HUB_SOFTNESS: f64 = 0.5;

// Cooling and sweeps.

/// Hu's adaptive step: the factor by which the step shrinks (or, after steady progress, grows
/// back), and the step below which a run counts as settled.
const COOL: f64 = 0.9;
const MIN_STEP: f64 = 0.002;
/// Upper bound on the sweeps of any one run.
const MAX_SWEEPS: usize = 300;
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
/// Warm start: sweeps for the new nodes among the held old ones, then gentle sweeps for all,
/// whose step is at most `WARM_STEP` and `GENTLE_RATE` times the force (small enough to be
/// stable under the stiffest hub springs, so a picture in equilibrium stays put).
const WARM_SWEEPS: usize = 50;
const GENTLE_SWEEPS: usize = 20;
const WARM_STEP: f64 = 0.05;
const GENTLE_RATE: f64 = 0.05;

// Fitting into the box.

/// Box units per natural unit, as a multiple of √(area / n): the first guess of the scale the
/// drawing will be fitted at, to express the radii in the force phase's units.
const UNIT_PER_SQRT_AREA: f64 = 0.6;
/// Longest ideal edge in a fitted drawing, in mean node diameters (plus gap), so that a small
/// graph is not stretched across a projector screen.
const MAX_EDGE_IN_DIAMETERS: f64 = 8.0;
/// Margin between the drawing and the box edge, as a fraction of the box's shorter side (at
/// least `gap`).
const MARGIN: f64 = 0.01;
/// Evening out a crowded drawing: the share `EVEN_OUT` of the way to evenly spread positions
/// (see `even_out`), ramping up from nothing as the discs with half the gap around each go
/// from `CROWDED_FROM` to `CROWDED_AT` of the box's area. Below that the drawing's own shape
/// is worth more than the few overlaps it saves (stress rises by ~0.02 in a roomy box); at
/// half the area and above, it clears the packed core that separation alone would push out
/// a disc per round, and lowers stress.
const EVEN_OUT: f64 = 0.5;
const CROWDED_FROM: f64 = 0.25;
const CROWDED_AT: f64 = 0.5;
/// Overlap removal pushes a pair `SEPARATION_SLACK` (relative) beyond the required distance,
/// so that a tight cluster settles in a few rounds instead of creeping towards the limit for
/// hundreds (leaving pairs a hair short of the gap).
const SEPARATION_SLACK: f64 = 0.01;
/// Share of a push taken by the disc farther from the drawing's centre (the rest by the
/// nearer one), until separation gets stuck (below): the drawing grows outwards within one
/// round instead of a disc per round.
const OUTWARD_SHARE: f64 = 0.75;
/// After `SEPARATION_PATIENCE` rounds, a round whose deepest push exceeds `STUCK_DEPTH` times
/// the current gap means separation is stuck. The first time, pushes turn to halves from then
/// on (outward pushes pile discs against the sides of a full box, and can keep a disc there
/// trading places with its neighbours); every further time, the discs evidently do not fit
/// with that gap, and it shrinks by 1/`GAP_STEPS` of the full gap (down to zero).
const SEPARATION_PATIENCE: usize = 15;
const STUCK_DEPTH: f64 = 3.0;
const GAP_STEPS: f64 = 20.0;
/// Bounds on overlap removal: rounds, and pair checks per node (for hopeless crowds; G(500,
/// 2000) in a box that cannot hold it needs ~550).
const MAX_SEPARATION_ROUNDS: usize = 500;
const SEPARATION_CHECKS_PER_NODE: usize = 800;

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
            let mut xs = [p.x];
            let mut ys = [p.y];
            clamp_all(&mut xs, &mut ys, &radii, width, height);
            return vec![Placed { x: xs[0], y: ys[0] }];
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
        // First the new nodes find their places in the old picture, then everything relaxes
        // a little (so that, say, a new edge between old nodes draws them closer).
        if old_count < n {
            forces.frozen = old.iter().map(Option::is_some).collect();
            forces.run(&mut xs, &mut ys, &mut Cooling::new(1.0), WARM_SWEEPS);
            forces.frozen.clear();
        }
        forces.motion = Motion::Gentle;
        forces.run(
            &mut xs,
            &mut ys,
            &mut Cooling::new(WARM_STEP),
            GENTLE_SWEEPS,
        );
        fit.warm(&xs, &ys, &old, unit)
    } else {
        let estimate = |xs: &[f64], ys: &[f64]| natural_radii(fit.max_scale(xs, ys).min(max_unit));
        (xs, ys) = multilevel(&graph, forces, &mut rng, estimate);
        orient(&mut xs, &mut ys, &fit);
        fit.fresh(&xs, &ys, max_unit)
    };
    for i in 0..n {
        xs[i] = transform.scale * xs[i] + transform.dx;
        ys[i] = transform.scale * ys[i] + transform.dy;
    }
    clamp_all(&mut xs, &mut ys, &radii, width, height);
    let area = width * height;
    if area > 0.0 {
        let covered: f64 = radii
            .iter()
            .map(|&r| std::f64::consts::PI * (r + gap / 2.0) * (r + gap / 2.0))
            .sum();
        let crowding =
            ((covered / area - CROWDED_FROM) / (CROWDED_AT - CROWDED_FROM)).clamp(0.0, 1.0);
        if crowding > 0.0 {
            even_out(&mut xs, &radii, width, gap, EVEN_OUT * crowding);
            even_out(&mut ys, &radii, height, gap, EVEN_OUT * crowding);
        }
    }
    separate(&mut xs, &mut ys, &radii, width, height, gap, &mut rng);

    xs.into_iter()
        .zip(ys)
        .map(|(x, y)| Placed { x, y })
        .collect()
}

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

/// A fresh drawing by multilevel refinement (as in `sfdp`): the graph is coarsened by
/// matching neighbours (and sibling leaves) until it is small or stops shrinking, the coarsest
/// graph gets a full Fruchterman–Reingold run from random points, and each finer level starts
/// from its parent's position and only needs a short, cool refinement. Untangles long paths and
/// trees far better than one level from random points, and costs fewer sweeps of the full graph.
///
/// `forces` carries the full graph; `estimate` turns positions of the full graph into the
/// natural radii matching the scale they would be fitted at.
fn multilevel(
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

/// Undirected simple graph in compressed adjacency form: duplicates, self-loops and
/// out-of-range indices are dropped, neighbour lists are sorted, so nothing depends on the
/// caller's edge order beyond the set of edges.
struct Graph {
    offsets: Vec<usize>,
    targets: Vec<usize>,
    /// Each undirected edge once, as (low, high), sorted.
    edges: Vec<(usize, usize)>,
    /// Component label per node, numbered in order of each component's lowest index.
    component: Vec<usize>,
    components: usize,
}

impl Graph {
    fn new(n: usize, raw: &[(usize, usize)]) -> Self {
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

    fn len(&self) -> usize {
        self.component.len()
    }

    fn degree(&self, i: usize) -> usize {
        self.offsets[i + 1] - self.offsets[i]
    }

    fn neighbours(&self, i: usize) -> &[usize] {
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

/// splitmix64: tiny, fast, and good enough to scatter starting points.
struct SplitMix64(u64);

impl SplitMix64 {
    fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in the unit disc, by rejection (no trigonometry, see the module header); never
    /// the exact centre, so it also serves as a direction.
    fn in_disc(&mut self) -> (f64, f64) {
        loop {
            let x = 2.0 * self.unit() - 1.0;
            let y = 2.0 * self.unit() - 1.0;
            let d2 = x * x + y * y;
            if d2 <= 1.0 && d2 > 1e-12 {
                return (x, y);
            }
        }
    }
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

/// Previous positions mapped into natural units, new nodes at the mean of their placed
/// neighbours (or the centroid of the old picture) plus a little jitter so that two new
/// siblings do not coincide. Returns the box units per natural unit it assumed.
fn warm_start(
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

/// Fruchterman–Reingold in natural units (ideal edge length 1): attraction d² along edges,
/// repulsion 1/d between the nodes of a component (quadtree, cell against cell).
///
/// Components interact only as wholes: each is repelled by the others as by their total mass at
/// their centroids, pushed off any other whose bounding box (padded) its own overlaps, and
/// pulled towards the centre of everything. Every node of a component moves with the same share
/// of that, so one component never squeezes another out of shape, and isolated nodes and small
/// components pack around the main one instead of being flung away or wedged into it.
struct Forces<'g> {
    graph: &'g Graph,
    /// Node radii (plus half the gap) in natural units.
    radii: Vec<f64>,
    /// Gravity multipliers per axis: stronger across the box's short side, so components are
    /// parked in an ellipse of the box's proportions.
    gravity_x: f64,
    gravity_y: f64,
    aspect: f64,
    /// Per edge, see `edge_softness`.
    softness: Vec<f64>,
    /// Nodes that do not move (none if empty), and how the others move.
    frozen: Vec<bool>,
    motion: Motion,
    /// Nodes grouped by component (ascending within each), and where each group starts.
    members: Vec<u32>,
    group_starts: Vec<usize>,
    node_tree: QuadTree,
    fx: Vec<f64>,
    fy: Vec<f64>,
    ones: Vec<f64>,
    /// Per component: size, centroid, bounding disc and box, and the force on each of its
    /// nodes.
    component_mass: Vec<f64>,
    cx: Vec<f64>,
    cy: Vec<f64>,
    component_radius: Vec<f64>,
    component_box: Vec<Extent>,
    cfx: Vec<f64>,
    cfy: Vec<f64>,
    component_tree: QuadTree,
}

impl<'g> Forces<'g> {
    fn new(graph: &'g Graph, radii: Vec<f64>, aspect: f64) -> Self {
        let n = radii.len();
        let components = graph.components;
        let mut component_mass = vec![0.0; components];
        for &c in &graph.component {
            component_mass[c] += 1.0;
        }
        let mut group_starts = vec![0; components + 1];
        for &c in &graph.component {
            group_starts[c + 1] += 1;
        }
        for c in 0..components {
            group_starts[c + 1] += group_starts[c];
        }
        let mut fill = group_starts.clone();
        let mut members = vec![0; n];
        for (i, &c) in graph.component.iter().enumerate() {
            members[fill[c]] = i as u32;
            fill[c] += 1;
        }
        Forces {
            graph,
            radii,
            gravity_x: GRAVITY / aspect,
            gravity_y: GRAVITY * aspect,
            aspect,
            softness: graph
                .edges
                .iter()
                .map(|&(a, b)| edge_softness(graph, a, b))
                .collect(),
            frozen: Vec::new(),
            motion: Motion::Full,
            members,
            group_starts,
            node_tree: QuadTree::default(),
            fx: vec![0.0; n],
            fy: vec![0.0; n],
            ones: vec![1.0; n],
            component_mass,
            cx: vec![0.0; components],
            cy: vec![0.0; components],
            component_radius: vec![0.0; components],
            component_box: vec![Extent::default(); components],
            cfx: vec![0.0; components],
            cfy: vec![0.0; components],
            component_tree: QuadTree::default(),
        }
    }

    /// Sweeps until `cooling` has cooled down or `max_sweeps` have run; returns the sweeps run.
    fn run(
        &mut self,
        xs: &mut [f64],
        ys: &mut [f64],
        cooling: &mut Cooling,
        max_sweeps: usize,
    ) -> usize {
        let n = xs.len();
        let components = self.graph.components;
        let all_components: Vec<u32> = (0..components as u32).collect();
        for sweep in 0..max_sweeps {
            if cooling.done() {
                return sweep;
            }
            self.fx.fill(0.0);
            self.fy.fill(0.0);
            let nodes = Bodies {
                xs,
                ys,
                masses: &self.ones,
                radii: &self.radii,
                boxes: None,
                push: OVERLAP_PUSH,
            };
            self.node_tree
                .build(&nodes, &self.members, &self.group_starts);
            self.node_tree.repulsion(&nodes, &mut self.fx, &mut self.fy);
            for (&(a, b), &softness) in self.graph.edges.iter().zip(&self.softness) {
                let dx = xs[a] - xs[b];
                let dy = ys[a] - ys[b];
                let d = (dx * dx + dy * dy).sqrt() * softness;
                self.fx[a] -= dx * d;
                self.fy[a] -= dy * d;
                self.fx[b] += dx * d;
                self.fy[b] += dy * d;
            }

            self.cx.fill(0.0);
            self.cy.fill(0.0);
            for i in 0..n {
                let c = self.graph.component[i];
                self.cx[c] += xs[i];
                self.cy[c] += ys[i];
            }
            for c in 0..components {
                self.cx[c] /= self.component_mass[c];
                self.cy[c] /= self.component_mass[c];
            }
            // Gravity pulls towards the centre of mass of everything, not a fixed point, so
            // it only gathers components and never drags a whole picture sideways.
            let (mut gx, mut gy) = (0.0, 0.0);
            for i in 0..n {
                gx += xs[i];
                gy += ys[i];
            }
            let (gx, gy) = (gx / n as f64, gy / n as f64);
            for c in 0..components {
                self.cfx[c] = -self.gravity_x * (self.cx[c] - gx);
                self.cfy[c] = -self.gravity_y * (self.cy[c] - gy);
            }
            if components > 1 {
                self.component_radius.fill(0.0);
                self.component_box.fill(Extent::EMPTY);
                for i in 0..n {
                    let c = self.graph.component[i];
                    let (dx, dy, r) = (xs[i] - self.cx[c], ys[i] - self.cy[c], self.radii[i]);
                    let reach = (dx * dx + dy * dy).sqrt() + r;
                    self.component_radius[c] = self.component_radius[c].max(reach);
                    self.component_box[c].include(dx, dy, r);
                }
                for c in 0..components {
                    self.component_radius[c] += COMPONENT_PAD / 2.0;
                    self.component_box[c].grow(COMPONENT_PAD / 2.0);
                }
                let discs = Bodies {
                    xs: &self.cx,
                    ys: &self.cy,
                    masses: &self.component_mass,
                    radii: &self.component_radius,
                    boxes: Some(&self.component_box),
                    push: COMPONENT_PUSH,
                };
                self.component_tree
                    .build(&discs, &all_components, &[0, components]);
                self.component_tree
                    .repulsion(&discs, &mut self.cfx, &mut self.cfy);
            }

            let step = cooling.step;
            let mut energy = 0.0;
            for i in 0..n {
                if self.frozen.get(i).copied().unwrap_or(false) {
                    continue;
                }
                let c = self.graph.component[i];
                let fx = self.fx[i] + self.cfx[c];
                let fy = self.fy[i] + self.cfy[c];
                let len2 = fx * fx + fy * fy;
                energy += len2;
                if len2 > 0.0 {
                    let scale = match self.motion {
                        Motion::Full => step / len2.sqrt(),
                        Motion::Gentle => (step / len2.sqrt()).min(GENTLE_RATE),
                    };
                    xs[i] += fx * scale;
                    ys[i] += fy * scale;
                }
            }
            cooling.update(energy);
        }
        max_sweeps
    }
}

#[derive(Clone, Copy)]
enum Motion {
    /// Every node moves the full step along its force (Hu's scheme): fast, but a node at rest
    /// still jiggles by a step.
    Full,
    /// Nodes move `GENTLE_RATE` times their force, at most a step: nodes near equilibrium stay
    /// put, for touching up a previous picture.
    Gentle,
}

/// 1 / (ideal length factor) of an edge: edges at hubs are softer, so a hub's many neighbours
/// get room around it instead of buckling into two staggered rings.
fn edge_softness(graph: &Graph, a: usize, b: usize) -> f64 {
    let hub = graph.degree(a).max(graph.degree(b)) as f64;
    1.0 / (HUB_SOFTNESS * hub.sqrt()).max(1.0)
}

/// ∛v by Newton's method from a power of two: `f64::cbrt` comes from the platform's libm and
/// may differ in the last bit between the server and the browser. NaN or 0 for v ≤ 0.
fn cube_root(v: f64) -> f64 {
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

/// Adaptive step length (Hu 2005, as in `sfdp`): every node moves `step` along its force; the
/// step shrinks whenever the energy (sum of squared forces) rises and grows back after five
/// sweeps of steady progress, and the run ends once it is below `MIN_STEP`. Settles symmetric
/// structures (stars, rings) that a fixed cooling schedule freezes half-way, and stops early
/// once nothing moves.
#[derive(Clone, Copy)]
struct Cooling {
    step: f64,
    /// Energy after the previous sweep.
    previous: f64,
    /// Consecutive sweeps that lowered it.
    progress: u32,
}

impl Cooling {
    fn new(step: f64) -> Self {
        Cooling {
            step,
            previous: f64::MAX,
            progress: 0,
        }
    }

    fn update(&mut self, energy: f64) {
        if energy < self.previous {
            self.progress += 1;
            if self.progress >= 5 {
                self.progress = 0;
                self.step /= COOL;
            }
        } else {
            self.progress = 0;
            self.step *= COOL;
        }
        self.previous = energy;
    }

    fn done(&self) -> bool {
        self.step < MIN_STEP
    }
}

#[derive(Clone, Copy, Default)]
struct Cell {
    /// Centre of mass and mass.
    mx: f64,
    my: f64,
    mass: f64,
    /// Distance from the centre of mass to the farthest edge of a body's disc: the cell's
    /// extent for the well-separatedness test, so that well-separated cells hold no
    /// overlapping discs (whose push is only applied body to body).
    reach: f64,
    /// Distance from the centre of mass to the farthest body centre: the cell's extent for the
    /// accuracy of the monopole, which large discs (in a crowded box) need not spoil.
    extent: f64,
    /// Bodies `order[start..end]` (the whole subtree's, contiguous).
    start: u32,
    end: u32,
    /// Index of the next cell after this one's subtree (cells are stored in pre-order), so the
    /// children of `c` are `c + 1`, then `next` of each until `cells[c].next`.
    next: u32,
    leaf: bool,
}

/// A forest of quadtrees, one per group of bodies that repel each other, evaluated cell
/// against cell (a "dual tree" walk): two well-separated cells exchange one monopole force
/// that applies to every body in each, so a sweep costs O(n) cell pairs instead of
/// Barnes–Hut's O(n log n) body–cell pairs.
#[derive(Default)]
struct QuadTree {
    cells: Vec<Cell>,
    order: Vec<u32>,
    scratch: Vec<u32>,
    roots: Vec<usize>,
    /// Force per unit mass accumulated on each cell, pushed down to the bodies after the walk.
    cell_fx: Vec<f64>,
    cell_fy: Vec<f64>,
}

impl QuadTree {
    /// One tree per group `members[starts[g]..starts[g + 1]]` of two or more bodies.
    fn build(&mut self, bodies: &Bodies, members: &[u32], starts: &[usize]) {
        let (xs, ys) = (bodies.xs, bodies.ys);
        self.cells.clear();
        self.roots.clear();
        self.order.clear();
        self.order.extend_from_slice(members);
        for group in starts.windows(2) {
            let (start, end) = (group[0], group[1]);
            if end - start < 2 {
                continue;
            }
            let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for &b in &members[start..end] {
                let (x, y) = (xs[b as usize], ys[b as usize]);
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
            // A hair larger than the bounding box, so the maximum lands inside the last quadrant.
            let side = (x1 - x0).max(y1 - y0).max(1e-9) * (1.0 + 1e-9);
            self.roots.push(self.cells.len());
            self.subdivide(bodies, start, end, (x0, y0, side), 0);
        }
    }

    /// Builds the subtree of `order[start..end]` in the square `(x0, y0, side)`. Only leaves
    /// look at their bodies; inner cells combine their children (mass-weighted centre, and a
    /// reach and extent that bound the children's), keeping the build O(n) per level in
    /// counting sorts.
    fn subdivide(
        &mut self,
        bodies: &Bodies,
        start: usize,
        end: usize,
        (x0, y0, side): (f64, f64, f64),
        depth: u32,
    ) {
        let index = self.cells.len();
        let leaf = end - start <= LEAF_SIZE || depth >= MAX_DEPTH;
        self.cells.push(Cell {
            start: start as u32,
            end: end as u32,
            leaf,
            ..Cell::default()
        });
        let (mut mx, mut my, mut mass) = (0.0, 0.0, 0.0);
        if leaf {
            for &b in &self.order[start..end] {
                let m = bodies.masses[b as usize];
                mx += m * bodies.xs[b as usize];
                my += m * bodies.ys[b as usize];
                mass += m;
            }
        } else {
            let half = side / 2.0;
            let (sx, sy) = (x0 + half, y0 + half);
            let (xs, ys) = (bodies.xs, bodies.ys);
            // Counting sort by quadrant (stable, and no unpredictable branches).
            let quadrant =
                |b: u32| usize::from(xs[b as usize] >= sx) + 2 * usize::from(ys[b as usize] >= sy);
            let mut counts = [0usize; 4];
            for &b in &self.order[start..end] {
                counts[quadrant(b)] += 1;
            }
            let mut offsets = [0, counts[0], counts[0] + counts[1], 0];
            offsets[3] = offsets[2] + counts[2];
            let bounds = offsets;
            self.scratch.clear();
            self.scratch.resize(end - start, 0);
            for &b in &self.order[start..end] {
                let q = quadrant(b);
                self.scratch[offsets[q]] = b;
                offsets[q] += 1;
            }
            self.order[start..end].copy_from_slice(&self.scratch);
            let quadrants = [
                (start + bounds[0], start + bounds[1], x0, y0),
                (start + bounds[1], start + bounds[2], sx, y0),
                (start + bounds[2], start + bounds[3], x0, sy),
                (start + bounds[3], end, sx, sy),
            ];
            for (lo, hi, qx, qy) in quadrants {
                if hi > lo {
                    self.subdivide(bodies, lo, hi, (qx, qy, half), depth + 1);
                }
            }
            for child in self.children(index) {
                let c = &self.cells[child];
                mx += c.mass * c.mx;
                my += c.mass * c.my;
                mass += c.mass;
            }
        }
        let (mx, my) = (mx / mass, my / mass);
        let (mut reach, mut extent) = (0.0_f64, 0.0_f64);
        if leaf {
            for &b in &self.order[start..end] {
                let (dx, dy) = (bodies.xs[b as usize] - mx, bodies.ys[b as usize] - my);
                let d = (dx * dx + dy * dy).sqrt();
                reach = reach.max(d + bodies.radii[b as usize]);
                extent = extent.max(d);
            }
        } else {
            for child in self.children(index) {
                let c = &self.cells[child];
                let (dx, dy) = (c.mx - mx, c.my - my);
                let d = (dx * dx + dy * dy).sqrt();
                reach = reach.max(d + c.reach);
                extent = extent.max(d + c.extent);
            }
        }
        let next = self.cells.len() as u32;
        let cell = &mut self.cells[index];
        (cell.mx, cell.my, cell.mass) = (mx, my, mass);
        (cell.reach, cell.extent, cell.next) = (reach, extent, next);
    }

    /// Children of inner cell `c`: the first follows `c` (pre-order), each next one follows
    /// the previous one's subtree. During the build, `c`'s own `next` is not set yet, and
    /// every cell after it belongs to its subtree.
    fn children(&self, c: usize) -> Children<'_> {
        let end = match self.cells[c].next {
            0 => self.cells.len(),
            next => next as usize,
        };
        Children {
            cells: &self.cells,
            next: c + 1,
            end,
        }
    }

    /// Adds to `fx`, `fy` the repulsion between all pairs of bodies within each group.
    fn repulsion(&mut self, bodies: &Bodies, fx: &mut [f64], fy: &mut [f64]) {
        self.cell_fx.clear();
        self.cell_fx.resize(self.cells.len(), 0.0);
        self.cell_fy.clear();
        self.cell_fy.resize(self.cells.len(), 0.0);
        let mut forces = (fx, fy);
        for r in 0..self.roots.len() {
            let root = self.roots[r];
            self.walk(root, root, bodies, &mut forces);
        }
        let (fx, fy) = forces;
        // Push each cell's force down to its subtree; pre-order visits parents first.
        for c in 0..self.cells.len() {
            let cell = self.cells[c];
            let (gx, gy) = (self.cell_fx[c], self.cell_fy[c]);
            if cell.leaf {
                for &b in &self.order[cell.start as usize..cell.end as usize] {
                    fx[b as usize] += gx;
                    fy[b as usize] += gy;
                }
            } else {
                let mut child = c + 1;
                while child < cell.next as usize {
                    self.cell_fx[child] += gx;
                    self.cell_fy[child] += gy;
                    child = self.cells[child].next as usize;
                }
            }
        }
    }

    fn walk(&mut self, a: usize, b: usize, bodies: &Bodies, forces: &mut (&mut [f64], &mut [f64])) {
        let (ca, cb) = (self.cells[a], self.cells[b]);
        if a == b {
            if ca.leaf {
                let own = &self.order[ca.start as usize..ca.end as usize];
                for (k, &i) in own.iter().enumerate() {
                    for &j in &own[k + 1..] {
                        bodies.pair(i as usize, j as usize, forces);
                    }
                }
                return;
            }
            let mut first = a + 1;
            while first < ca.next as usize {
                let mut second = first;
                while second < ca.next as usize {
                    self.walk(first, second, bodies, forces);
                    second = self.cells[second].next as usize;
                }
                first = self.cells[first].next as usize;
            }
            return;
        }
        let dx = ca.mx - cb.mx;
        let dy = ca.my - cb.my;
        let d2 = dx * dx + dy * dy;
        let extent = ca.extent + cb.extent;
        let reach = ca.reach + cb.reach;
        if extent * extent < THETA * THETA * d2 && reach * reach < d2 {
            let (gx, gy) = (dx / d2, dy / d2);
            self.cell_fx[a] += gx * cb.mass;
            self.cell_fy[a] += gy * cb.mass;
            self.cell_fx[b] -= gx * ca.mass;
            self.cell_fy[b] -= gy * ca.mass;
            return;
        }
        if ca.leaf && cb.leaf {
            for &i in &self.order[ca.start as usize..ca.end as usize] {
                for &j in &self.order[cb.start as usize..cb.end as usize] {
                    bodies.pair(i as usize, j as usize, forces);
                }
            }
            return;
        }
        // Open the larger cell (or the only one that can be opened).
        let (split, other, end) = if cb.leaf || (!ca.leaf && ca.reach >= cb.reach) {
            (a, b, ca.next as usize)
        } else {
            (b, a, cb.next as usize)
        };
        let mut child = split + 1;
        while child < end {
            self.walk(child, other, bodies, forces);
            child = self.cells[child].next as usize;
        }
    }
}

struct Children<'a> {
    cells: &'a [Cell],
    next: usize,
    end: usize,
}

impl Iterator for Children<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        (self.next < self.end).then(|| {
            let child = self.next;
            self.next = self.cells[child].next as usize;
            child
        })
    }
}

/// The bodies of a repulsion: positions, masses, and shapes that push each other apart with
/// strength `push` per unit of overlap on top of the 1/d repulsion. Shapes are discs of
/// `radii`, or, given `boxes`, boxes (around the body's position) inside those discs.
struct Bodies<'a> {
    xs: &'a [f64],
    ys: &'a [f64],
    masses: &'a [f64],
    radii: &'a [f64],
    boxes: Option<&'a [Extent]>,
    push: f64,
}

/// An axis-aligned box relative to a point: how far it reaches each way.
#[derive(Clone, Copy, Default)]
struct Extent {
    left: f64,
    right: f64,
    down: f64,
    up: f64,
}

impl Extent {
    const EMPTY: Extent = Extent {
        left: f64::MIN,
        right: f64::MIN,
        down: f64::MIN,
        up: f64::MIN,
    };

    /// Widens the box to hold a disc of radius `r` at offset (dx, dy).
    fn include(&mut self, dx: f64, dy: f64, r: f64) {
        self.left = self.left.max(r - dx);
        self.right = self.right.max(dx + r);
        self.down = self.down.max(r - dy);
        self.up = self.up.max(dy + r);
    }

    fn grow(&mut self, by: f64) {
        self.left += by;
        self.right += by;
        self.down += by;
        self.up += by;
    }

    /// How far the box reaches along the unit vector (ux, uy) (its support function).
    fn reach(&self, ux: f64, uy: f64) -> f64 {
        let x = if ux >= 0.0 {
            self.right * ux
        } else {
            -self.left * ux
        };
        let y = if uy >= 0.0 {
            self.up * uy
        } else {
            -self.down * uy
        };
        x + y
    }
}

impl Bodies<'_> {
    fn pair(&self, i: usize, j: usize, (fx, fy): &mut (&mut [f64], &mut [f64])) {
        let dx = self.xs[i] - self.xs[j];
        let dy = self.ys[i] - self.ys[j];
        let d2 = dx * dx + dy * dy;
        let (mut gx, mut gy, mut hx, mut hy);
        if d2 < 1e-18 {
            // Coincident: push apart along a fixed axis.
            (gx, gy, hx, hy) = (1.0, 0.0, 1.0, 0.0);
        } else {
            let inv = 1.0 / d2;
            (gx, gy) = (dx * inv * self.masses[j], dy * inv * self.masses[j]);
            (hx, hy) = (dx * inv * self.masses[i], dy * inv * self.masses[i]);
            let bound = self.radii[i] + self.radii[j];
            if d2 < bound * bound {
                let d = d2.sqrt();
                let need = match self.boxes {
                    // Boxes lie inside the discs, so only pairs of overlapping discs can overlap.
                    Some(boxes) => {
                        let (ux, uy) = (dx / d, dy / d);
                        boxes[i].reach(-ux, -uy) + boxes[j].reach(ux, uy)
                    }
                    None => bound,
                };
                if d < need {
                    // Shared so that the lighter body gives way: a singleton is pushed off the
                    // main component, not the other way round.
                    let (mi, mj) = (self.masses[i], self.masses[j]);
                    let push = self.push * (need - d) / (d * (mi + mj));
                    gx += dx * push * mj;
                    gy += dy * push * mj;
                    hx += dx * push * mi;
                    hy += dy * push * mi;
                }
            }
        }
        fx[i] += gx;
        fy[i] += gy;
        fx[j] -= hx;
        fy[j] -= hy;
    }
}

/// Turns the drawing so that it fits the box at the largest scale: a force layout's orientation
/// is arbitrary, and an elongated drawing belongs along a 16:9 screen. Candidates are the
/// principal axis (preferred on a near tie, as the most natural orientation) and a fan of
/// rotations with rational half-angle tangents `t`, i.e. `cos = (1 − t²)/(1 + t²)`,
/// `sin = 2t/(1 + t²)`: exact to rounding with no trigonometry (see the module header).
fn orient(xs: &mut [f64], ys: &mut [f64], fit: &Fit) {
    let n = xs.len() as f64;
    let cx = xs.iter().sum::<f64>() / n;
    let cy = ys.iter().sum::<f64>() / n;
    for (x, y) in xs.iter_mut().zip(ys.iter_mut()) {
        *x -= cx;
        *y -= cy;
    }
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for (&x, &y) in xs.iter().zip(ys.iter()) {
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    let mut candidates = Vec::with_capacity(17);
    let half_diff = (sxx - syy) / 2.0;
    let root = (half_diff * half_diff + sxy * sxy).sqrt();
    if root > 1e-9 * (sxx + syy) {
        // Major-axis eigenvector (cos, sin) of [[sxx, sxy], [sxy, syy]], turned onto the box's
        // long side.
        let lambda = (sxx + syy) / 2.0 + root;
        let (ux, uy) = if sxx >= syy {
            (lambda - syy, sxy)
        } else {
            (sxy, lambda - sxx)
        };
        let len = (ux * ux + uy * uy).sqrt();
        let (ux, uy) = (ux / len, uy / len);
        candidates.push(if fit.width >= fit.height {
            (ux, -uy)
        } else {
            (uy, ux)
        });
    }
    let principal = candidates.len();
    for k in -8..8 {
        let t = f64::from(k) / 8.0;
        let q = 1.0 + t * t;
        candidates.push(((1.0 - t * t) / q, 2.0 * t / q));
    }
    let rotated = |(cos, sin): (f64, f64), x: f64, y: f64| (x * cos - y * sin, x * sin + y * cos);
    let mut best = (1.0, 0.0);
    let mut best_scale = f64::MIN;
    for (index, &rotation) in candidates.iter().enumerate() {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (&x, &y) in xs.iter().zip(ys.iter()) {
            let (u, v) = rotated(rotation, x, y);
            x0 = x0.min(u);
            x1 = x1.max(u);
            y0 = y0.min(v);
            y1 = y1.max(v);
        }
        let scale = ((fit.width / (x1 - x0)).min(fit.height / (y1 - y0)))
            * if index < principal { 1.03 } else { 1.0 };
        if scale > best_scale {
            best_scale = scale;
            best = rotation;
        }
    }
    for (x, y) in xs.iter_mut().zip(ys.iter_mut()) {
        (*x, *y) = rotated(best, *x, *y);
    }
}

/// Uniform scale and translation from natural units into the box.
struct Transform {
    scale: f64,
    dx: f64,
    dy: f64,
}

struct Fit<'a> {
    radii: &'a [f64],
    width: f64,
    height: f64,
    margin: f64,
}

impl Fit<'_> {
    /// Largest scale at which the discs fit inside the box less the margin, but no more than
    /// `cap` (so two nodes are not stretched across a projector screen), centred.
    fn fresh(&self, xs: &[f64], ys: &[f64], cap: f64) -> Transform {
        let scale = self.max_scale(xs, ys).min(cap);
        Transform {
            scale,
            dx: self.centred_offset(xs, scale, self.width),
            dy: self.centred_offset(ys, scale, self.height),
        }
    }

    /// The scale and translation that move the old nodes least (least squares), shrunk if the
    /// result would not fit, then shifted inside the box if needed.
    fn warm(&self, xs: &[f64], ys: &[f64], old: &[Option<Placed>], unit: f64) -> Transform {
        let (mut qx, mut qy, mut px, mut py, mut k) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (i, p) in old.iter().enumerate() {
            if let Some(p) = p {
                qx += xs[i];
                qy += ys[i];
                px += p.x;
                py += p.y;
                k += 1.0;
            }
        }
        qx /= k;
        qy /= k;
        px /= k;
        py /= k;
        let (mut cross, mut var) = (0.0, 0.0);
        for (i, p) in old.iter().enumerate() {
            if let Some(p) = p {
                let (ax, ay) = (xs[i] - qx, ys[i] - qy);
                cross += ax * (p.x - px) + ay * (p.y - py);
                var += ax * ax + ay * ay;
            }
        }
        let procrustes = if var > 0.0 { cross / var } else { 0.0 };
        let scale = if procrustes > 0.0 && procrustes.is_finite() {
            procrustes
        } else {
            unit
        }
        .min(self.max_scale(xs, ys));
        Transform {
            scale,
            dx: self.shift_inside(xs, scale, px - scale * qx, self.width),
            dy: self.shift_inside(ys, scale, py - scale * qy, self.height),
        }
    }

    /// Extent of the discs along one axis at `scale`: (min of s·v − r, max of s·v + r).
    fn extent(&self, vs: &[f64], scale: f64) -> (f64, f64) {
        vs.iter()
            .zip(self.radii)
            .fold((f64::MAX, f64::MIN), |(lo, hi), (&v, &r)| {
                (lo.min(scale * v - r), hi.max(scale * v + r))
            })
    }

    /// Bisection on the (monotone) span of the discs; when even scale 0 does not fit (a disc
    /// wider than the box), fits the centres alone instead.
    fn max_scale(&self, xs: &[f64], ys: &[f64]) -> f64 {
        let avail_x = self.width - 2.0 * self.margin;
        let avail_y = self.height - 2.0 * self.margin;
        let fits = |s: f64| {
            let (x0, x1) = self.extent(xs, s);
            let (y0, y1) = self.extent(ys, s);
            x1 - x0 <= avail_x && y1 - y0 <= avail_y
        };
        if !fits(0.0) {
            let span = |vs: &[f64]| {
                let (lo, hi) = vs
                    .iter()
                    .fold((f64::MAX, f64::MIN), |(a, b), &v| (a.min(v), b.max(v)));
                hi - lo
            };
            let (sx, sy) = (span(xs), span(ys));
            let limit_x = if sx > 0.0 { self.width / sx } else { f64::MAX };
            let limit_y = if sy > 0.0 { self.height / sy } else { f64::MAX };
            let s = limit_x.min(limit_y);
            return if s.is_finite() { s } else { 0.0 };
        }
        let mut lo = 0.0;
        let mut hi = 1.0;
        while fits(hi) {
            lo = hi;
            hi *= 2.0;
            if hi > 1e12 {
                return lo;
            }
        }
        for _ in 0..48 {
            let mid = (lo + hi) / 2.0;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    }

    fn centred_offset(&self, vs: &[f64], scale: f64, length: f64) -> f64 {
        let (lo, hi) = self.extent(vs, scale);
        (length - (lo + hi)) / 2.0
    }

    fn shift_inside(&self, vs: &[f64], scale: f64, offset: f64, length: f64) -> f64 {
        let (lo, hi) = self.extent(vs, scale);
        let min_offset = self.margin - lo;
        let max_offset = length - self.margin - hi;
        if min_offset > max_offset {
            (length - (lo + hi)) / 2.0
        } else {
            offset.clamp(min_offset, max_offset)
        }
    }
}

fn clamp_axis(v: f64, r: f64, length: f64) -> f64 {
    if 2.0 * r >= length || !v.is_finite() {
        length / 2.0
    } else {
        v.clamp(r, length - r)
    }
}

fn clamp_all(xs: &mut [f64], ys: &mut [f64], radii: &[f64], width: f64, height: f64) {
    for i in 0..xs.len() {
        xs[i] = clamp_axis(xs[i], radii[i], width);
        ys[i] = clamp_axis(ys[i], radii[i], height);
    }
}

/// Evens out a crowded drawing along one axis: moves each centre the share `alpha` of the way
/// to where it would sit if the discs, in the same order along the axis, divided the box's
/// length in proportion to their diameters (plus gap). Force layouts of dense graphs leave a
/// packed core and a sparse fringe (and the odd straggler that the fit makes room for); in a
/// box that the discs fill, clearing the core means pushing everything outwards, which
/// pairwise separation does a disc per round. This does most of it at once, corners included,
/// and keeps the nodes' order along each axis (but for discs clamped against a side).
fn even_out(vs: &mut [f64], radii: &[f64], length: f64, gap: f64, alpha: f64) {
    let mut order: Vec<usize> = (0..vs.len()).collect();
    order.sort_by(|&a, &b| vs[a].total_cmp(&vs[b]).then(a.cmp(&b)));
    let total: f64 = radii.iter().map(|&r| 2.0 * r + gap).sum();
    if total <= 0.0 {
        return;
    }
    let mut before = 0.0;
    for i in order {
        let width = 2.0 * radii[i] + gap;
        let even = (before + width / 2.0) / total * length;
        before += width;
        vs[i] = clamp_axis(vs[i] + alpha * (even - vs[i]), radii[i], length);
    }
}

/// Removes overlaps left by the force phase and the fit: rounds of pairwise separation
/// (Gauss–Seidel: each pair closer than `r_i + r_j + gap` is pushed apart along the line of
/// centres, a little beyond the limit, both discs clamped inside the box), with neighbours
/// found through a uniform grid rebuilt every round.
///
/// What makes it settle in tens of rounds where plain pairwise pushes (half each, nodes in
/// index order, exactly to the limit) crawl for hundreds:
/// - nodes are visited nearest the drawing's centre first, and the outer disc of a pair takes
///   most of the push, so an expansion travels from the core to the rim within one round;
/// - pushes overshoot a little (`SEPARATION_SLACK`), so a settled pair stays settled when a
///   neighbour nudges it;
/// - a node that has kept still since the round before is not visited, and a pair of such
///   nodes is not looked at (it was found apart then, and nothing has moved), so late rounds
///   cost little;
/// - when the pushes stay deep round after round, they turn to halves, and if that does not
///   help either the discs do not fit with the full gap: the gap shrinks step by step instead
///   of the pushes shuffling discs for ever (see `STUCK_DEPTH`).
///
/// Stops at the first round with nothing to push, or when the bounds run out.
fn separate(
    xs: &mut [f64],
    ys: &mut [f64],
    radii: &[f64],
    width: f64,
    height: f64,
    gap: f64,
    rng: &mut SplitMix64,
) {
    let n = xs.len();
    let r_max = radii.iter().copied().fold(0.0_f64, f64::max);
    let reach = 2.0 * r_max + gap;
    if reach <= 0.0 || n < 2 {
        return;
    }
    // Cells at least `reach` wide, so every overlapping pair sits in adjacent cells; no more
    // than about 4n cells, so sparse discs in a huge box do not allocate a huge grid.
    let max_cells = (4 * n).max(16) as f64;
    let cell = reach
        .max((width * height / max_cells).sqrt())
        .max(width / max_cells)
        .max(height / max_cells);
    let columns = ((width / cell).ceil() as usize).max(1);
    let rows = ((height / cell).ceil() as usize).max(1);
    let mut cell_of = vec![0usize; n];
    let mut starts = vec![0usize; columns * rows + 1];
    let mut fill = vec![0usize; columns * rows];
    let mut members = vec![0usize; n];

    // Nodes are visited in order of distance from the drawing's centroid at the start.
    let cx = xs.iter().sum::<f64>() / n as f64;
    let cy = ys.iter().sum::<f64>() / n as f64;
    let mut order: Vec<usize> = (0..n).collect();
    let mut distance = vec![0.0; n];
    let mut rank = vec![0usize; n];
    // The round in which each node last moved.
    let mut moved_in = vec![0usize; n];
    let full_gap = gap;
    let mut gap = gap;
    let mut outward = true;
    let mut checks = 0;
    for round in 0..MAX_SEPARATION_ROUNDS {
        if checks > SEPARATION_CHECKS_PER_NODE * n {
            break;
        }
        for i in 0..n {
            distance[i] = (xs[i] - cx) * (xs[i] - cx) + (ys[i] - cy) * (ys[i] - cy);
        }
        // A stable sort is quick on the nearly sorted order of the previous round.
        order.sort_by(|&a, &b| distance[a].total_cmp(&distance[b]).then(a.cmp(&b)));
        for (k, &i) in order.iter().enumerate() {
            rank[i] = k;
        }
        starts.fill(0);
        for i in 0..n {
            let col = ((xs[i] / cell) as usize).min(columns - 1);
            let row = ((ys[i] / cell) as usize).min(rows - 1);
            cell_of[i] = row * columns + col;
            starts[cell_of[i] + 1] += 1;
        }
        for c in 0..columns * rows {
            starts[c + 1] += starts[c];
        }
        fill.copy_from_slice(&starts[..columns * rows]);
        for i in 0..n {
            members[fill[cell_of[i]]] = i;
            fill[cell_of[i]] += 1;
        }

        let share = if outward { OUTWARD_SHARE } else { 0.5 };
        let mut moved = false;
        let mut deepest = 0.0_f64;
        for &i in &order {
            // Kept still last round and so far this one: its pairs with other still nodes were
            // found apart when last looked at, and nothing has moved since; pairs with moving
            // nodes are looked at from the other side.
            if moved_in[i] + 1 < round {
                continue;
            }
            let (col, row) = (cell_of[i] % columns, cell_of[i] / columns);
            for nr in row.saturating_sub(1)..=(row + 1).min(rows - 1) {
                for nc in col.saturating_sub(1)..=(col + 1).min(columns - 1) {
                    let c = nr * columns + nc;
                    checks += starts[c + 1] - starts[c];
                    for &j in &members[starts[c]..starts[c + 1]] {
                        if j == i {
                            continue;
                        }
                        let need = radii[i] + radii[j] + gap;
                        let dx = xs[j] - xs[i];
                        let dy = ys[j] - ys[i];
                        let d2 = dx * dx + dy * dy;
                        if d2 >= need * need {
                            continue;
                        }
                        let d = d2.sqrt();
                        let (ux, uy) = if d > 1e-12 * need {
                            (dx / d, dy / d)
                        } else {
                            let (x, y) = rng.in_disc();
                            let len = (x * x + y * y).sqrt();
                            (x / len, y / len)
                        };
                        // (ux, uy) points from the inner disc to the outer one.
                        let (inner, outer, ux, uy) = if rank[i] < rank[j] {
                            (i, j, ux, uy)
                        } else {
                            (j, i, -ux, -uy)
                        };
                        deepest = deepest.max(need - d);
                        let push = need * (1.0 + SEPARATION_SLACK) - d;
                        // The outer disc takes its share; whatever the box stops it from
                        // taking falls to the inner one.
                        let (ox, oy) = (xs[outer], ys[outer]);
                        xs[outer] = clamp_axis(ox + ux * push * share, radii[outer], width);
                        ys[outer] = clamp_axis(oy + uy * push * share, radii[outer], height);
                        let rest = push - ((xs[outer] - ox) * ux + (ys[outer] - oy) * uy);
                        xs[inner] = clamp_axis(xs[inner] - ux * rest, radii[inner], width);
                        ys[inner] = clamp_axis(ys[inner] - uy * rest, radii[inner], height);
                        moved_in[i] = round;
                        moved_in[j] = round;
                        moved = true;
                    }
                }
            }
        }
        if !moved {
            break;
        }
        // Shrinking the gap only loosens the pairs, so the nodes that kept still stay settled.
        if round + 1 >= SEPARATION_PATIENCE && gap > 0.0 && deepest > STUCK_DEPTH * gap {
            if outward {
                outward = false;
            } else {
                gap = (gap - full_gap / GAP_STEPS).max(0.0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seeded test-graph generator (independent of the layout's own PRNG stream).
    fn random_graph(n: usize, m: usize, seed: u64) -> Vec<(usize, usize)> {
        let mut rng = SplitMix64::new(seed);
        let mut edges = Vec::with_capacity(m);
        while edges.len() < m {
            let a = (rng.next_u64() % n as u64) as usize;
            let b = (rng.next_u64() % n as u64) as usize;
            if a != b {
                edges.push((a, b));
            }
        }
        edges
    }

    fn random_radii(n: usize, lo: f64, hi: f64, seed: u64) -> Vec<f64> {
        let mut rng = SplitMix64::new(seed);
        (0..n).map(|_| lo + (hi - lo) * rng.unit()).collect()
    }

    fn run(radii: &[f64], edges: &[(usize, usize)], w: f64, h: f64, gap: f64) -> Vec<Placed> {
        layout(
            &LayoutInput {
                radii,
                edges,
                previous: &[],
                seed: 7,
            },
            w,
            h,
            gap,
        )
    }

    fn star(n: usize) -> Vec<(usize, usize)> {
        (1..n).map(|i| (0, i)).collect()
    }

    fn complete(n: usize) -> Vec<(usize, usize)> {
        (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect()
    }

    fn path(n: usize) -> Vec<(usize, usize)> {
        (1..n).map(|i| (i - 1, i)).collect()
    }

    struct Case {
        name: &'static str,
        radii: Vec<f64>,
        edges: Vec<(usize, usize)>,
        width: f64,
        height: f64,
        gap: f64,
    }

    fn cases() -> Vec<Case> {
        let mut messy = star(12);
        messy.extend([(3, 3), (0, 5), (5, 0), (2, 99), (1, 2)]);
        vec![
            Case {
                name: "two connected",
                radii: vec![20.0, 30.0],
                edges: vec![(0, 1)],
                width: 800.0,
                height: 600.0,
                gap: 4.0,
            },
            Case {
                name: "all isolated",
                radii: vec![15.0; 40],
                edges: vec![],
                width: 1600.0,
                height: 900.0,
                gap: 6.0,
            },
            Case {
                name: "star of 20",
                radii: random_radii(20, 10.0, 25.0, 1),
                edges: star(20),
                width: 1024.0,
                height: 768.0,
                gap: 4.0,
            },
            Case {
                name: "complete 30",
                radii: vec![18.0; 30],
                edges: complete(30),
                width: 1600.0,
                height: 900.0,
                gap: 4.0,
            },
            Case {
                name: "path 40 in a portrait box",
                radii: vec![10.0; 40],
                edges: path(40),
                width: 400.0,
                height: 900.0,
                gap: 2.0,
            },
            Case {
                name: "components, duplicates, self-loops, out of range",
                radii: random_radii(30, 8.0, 20.0, 2),
                edges: {
                    let mut e = messy.clone();
                    e.extend([(12, 13), (13, 14), (20, 21)]);
                    e
                },
                width: 1280.0,
                height: 720.0,
                gap: 4.0,
            },
            Case {
                name: "crowded small box",
                radii: vec![10.0; 30],
                edges: random_graph(30, 40, 3),
                width: 200.0,
                height: 200.0,
                gap: 2.0,
            },
            Case {
                name: "100 nodes, radii 8–30",
                radii: random_radii(100, 8.0, 30.0, 4),
                edges: random_graph(100, 200, 5),
                width: 1600.0,
                height: 900.0,
                gap: 6.0,
            },
            Case {
                name: "500 nodes, 2000 edges",
                radii: random_radii(500, 4.0, 12.0, 6),
                edges: random_graph(500, 2000, 7),
                width: 1920.0,
                height: 1080.0,
                gap: 2.0,
            },
            Case {
                // The discs with half the gap around each cover 55% of the box, which the force
                // phase alone leaves with hundreds of pairs short of the gap: the full gap must
                // still be kept.
                name: "500 nodes, 2000 edges, large discs filling half the box",
                radii: random_radii(500, 12.6, 30.8, 8),
                edges: random_graph(500, 2000, 9),
                width: 1920.0,
                height: 1400.0,
                gap: 16.8,
            },
        ]
    }

    fn assert_inside(name: &str, positions: &[Placed], radii: &[f64], w: f64, h: f64) {
        for (i, (p, &r)) in positions.iter().zip(radii).enumerate() {
            assert!(
                p.x - r >= 0.0 && p.x + r <= w && p.y - r >= 0.0 && p.y + r <= h,
                "{name}: node {i} at {p:?} (r = {r}) outside {w} × {h}"
            );
        }
    }

    #[test]
    fn no_overlaps_and_inside_the_box() {
        for case in cases() {
            let positions = run(&case.radii, &case.edges, case.width, case.height, case.gap);
            assert_eq!(positions.len(), case.radii.len(), "{}", case.name);
            assert_inside(case.name, &positions, &case.radii, case.width, case.height);
            assert_eq!(
                overlaps(&positions, &case.radii, case.gap),
                0,
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn deterministic() {
        for case in cases() {
            let a = run(&case.radii, &case.edges, case.width, case.height, case.gap);
            let b = run(&case.radii, &case.edges, case.width, case.height, case.gap);
            let bits = |ps: &[Placed]| -> Vec<(u64, u64)> {
                ps.iter().map(|p| (p.x.to_bits(), p.y.to_bits())).collect()
            };
            assert_eq!(bits(&a), bits(&b), "{}", case.name);
        }
    }

    #[test]
    fn seed_changes_the_picture() {
        let radii = vec![10.0; 20];
        let edges = random_graph(20, 30, 8);
        let with_seed = |seed| {
            layout(
                &LayoutInput {
                    radii: &radii,
                    edges: &edges,
                    previous: &[],
                    seed,
                },
                800.0,
                600.0,
                2.0,
            )
        };
        assert_ne!(with_seed(1), with_seed(2));
    }

    #[test]
    fn empty_and_single_node() {
        assert!(run(&[], &[], 800.0, 600.0, 4.0).is_empty());
        assert_eq!(
            run(&[20.0], &[(0, 0)], 800.0, 600.0, 4.0),
            vec![Placed { x: 400.0, y: 300.0 }]
        );
        let kept = layout(
            &LayoutInput {
                radii: &[20.0],
                edges: &[],
                previous: &[Some(Placed { x: 100.0, y: 5.0 })],
                seed: 0,
            },
            800.0,
            600.0,
            4.0,
        );
        assert_eq!(kept, vec![Placed { x: 100.0, y: 20.0 }]);
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let radii = [f64::NAN, -3.0, f64::INFINITY, 10.0, 1e6];
        let edges = [(0, 1), (1, 1), (4, 9), (usize::MAX, 0), (2, 3)];
        let previous = [
            Some(Placed {
                x: f64::NAN,
                y: 1.0,
            }),
            None,
        ];
        for (w, h) in [(800.0, 600.0), (0.0, 0.0), (f64::NAN, 100.0), (30.0, 30.0)] {
            let positions = layout(
                &LayoutInput {
                    radii: &radii,
                    edges: &edges,
                    previous: &previous,
                    seed: 1,
                },
                w,
                h,
                f64::NAN,
            );
            assert_eq!(positions.len(), radii.len());
            assert!(positions.iter().all(|p| p.x.is_finite() && p.y.is_finite()));
        }
        // Discs that cannot fit: best effort, every centre still in the box.
        let positions = run(&[50.0; 20], &star(20), 200.0, 200.0, 0.0);
        assert!(positions.iter().all(|p| (0.0..=200.0).contains(&p.x)));
        assert!(positions.iter().all(|p| (0.0..=200.0).contains(&p.y)));
    }

    fn mean_shift(before: &[Placed], after: &[Placed]) -> f64 {
        let total: f64 = before
            .iter()
            .zip(after)
            .map(|(p, q)| ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt())
            .sum();
        total / before.len() as f64
    }

    /// An edit to a 30-node picture: the new graph, and for each new node the old node it was
    /// (so removals renumber as an app would).
    struct Edit {
        name: &'static str,
        radii: Vec<f64>,
        edges: Vec<(usize, usize)>,
        was: Vec<Option<usize>>,
    }

    fn edits(radii: &[f64], edges: &[(usize, usize)]) -> Vec<Edit> {
        let n = radii.len();
        let same: Vec<Option<usize>> = (0..n).map(Some).collect();
        let grown = |extra: &[(usize, usize)]| {
            let mut e = edges.to_vec();
            e.extend_from_slice(extra);
            e
        };
        let mut plus_one = radii.to_vec();
        plus_one.push(15.0);
        let mut was_plus_one = same.clone();
        was_plus_one.push(None);
        // Removing node 4: later nodes move down one index.
        let renumber = |i: usize| if i > 4 { i - 1 } else { i };
        vec![
            Edit {
                name: "unchanged",
                radii: radii.to_vec(),
                edges: edges.to_vec(),
                was: same.clone(),
            },
            Edit {
                name: "connected node added",
                radii: plus_one.clone(),
                edges: grown(&[(n, 3), (n, 17)]),
                was: was_plus_one.clone(),
            },
            Edit {
                name: "isolated node added",
                radii: plus_one,
                edges: edges.to_vec(),
                was: was_plus_one,
            },
            Edit {
                name: "edge added between old nodes",
                radii: radii.to_vec(),
                edges: grown(&[(2, 21)]),
                was: same,
            },
            Edit {
                name: "node removed",
                radii: [&radii[..4], &radii[5..]].concat(),
                edges: edges
                    .iter()
                    .filter(|&&(a, b)| a != 4 && b != 4)
                    .map(|&(a, b)| (renumber(a), renumber(b)))
                    .collect(),
                was: (0..n).filter(|&i| i != 4).map(Some).collect(),
            },
        ]
    }

    #[test]
    fn edits_move_the_other_nodes_little() {
        let (w, h, gap) = (1600.0_f64, 900.0, 4.0);
        let diagonal = (w * w + h * h).sqrt();
        for seed in [11, 12, 13, 14] {
            let radii = random_radii(30, 10.0, 20.0, seed);
            let edges = random_graph(30, 45, seed);
            let before = run(&radii, &edges, w, h, gap);
            for edit in edits(&radii, &edges) {
                let previous: Vec<Option<Placed>> =
                    edit.was.iter().map(|&k| k.map(|k| before[k])).collect();
                let after = layout(
                    &LayoutInput {
                        radii: &edit.radii,
                        edges: &edit.edges,
                        previous: &previous,
                        seed: 7,
                    },
                    w,
                    h,
                    gap,
                );
                let kept: Vec<(Placed, Placed)> = edit
                    .was
                    .iter()
                    .zip(&after)
                    .filter_map(|(&k, &q)| k.map(|k| (before[k], q)))
                    .collect();
                let (old, new): (Vec<Placed>, Vec<Placed>) = kept.into_iter().unzip();
                let shift = mean_shift(&old, &new);
                let name = format!("seed {seed}, {}", edit.name);
                assert!(
                    shift < 0.1 * diagonal,
                    "{name}: mean shift {shift:.1} against a diagonal of {diagonal:.1}"
                );
                assert_eq!(overlaps(&after, &edit.radii, gap), 0, "{name}");
                assert_inside(&name, &after, &edit.radii, w, h);
            }
        }
    }

    #[test]
    fn previous_picture_from_another_box() {
        let radii = random_radii(40, 8.0, 16.0, 31);
        let edges = random_graph(40, 60, 32);
        let before = run(&radii, &edges, 1600.0, 900.0, 4.0);
        let mut previous: Vec<Option<Placed>> = before.into_iter().map(Some).collect();
        previous[7] = None;
        let after = layout(
            &LayoutInput {
                radii: &radii,
                edges: &edges,
                previous: &previous,
                seed: 3,
            },
            600.0,
            800.0,
            4.0,
        );
        assert_inside("smaller portrait box", &after, &radii, 600.0, 800.0);
        assert_eq!(overlaps(&after, &radii, 4.0), 0);
    }

    #[test]
    fn warm_start_is_deterministic() {
        let radii = random_radii(31, 10.0, 20.0, 41);
        let mut edges = random_graph(30, 45, 42);
        let before = run(&radii[..30], &edges, 1280.0, 720.0, 4.0);
        edges.push((30, 0));
        let previous: Vec<Option<Placed>> = before.into_iter().map(Some).collect();
        let input = LayoutInput {
            radii: &radii,
            edges: &edges,
            previous: &previous,
            seed: 9,
        };
        assert_eq!(
            layout(&input, 1280.0, 720.0, 4.0),
            layout(&input, 1280.0, 720.0, 4.0)
        );
    }

    /// Isolated nodes are parked around the main component, not in its way: it keeps most of
    /// the room it has without them.
    #[test]
    fn isolated_nodes_do_not_crowd_the_main_component() {
        let edges = random_graph(40, 70, 51);
        let mean_edge = |positions: &[Placed]| {
            edges
                .iter()
                .map(|&(a, b)| {
                    let (p, q) = (positions[a], positions[b]);
                    ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt()
                })
                .sum::<f64>()
                / edges.len() as f64
        };
        let alone = run(&[10.0; 40], &edges, 1600.0, 900.0, 4.0);
        let with_isolated = run(&[10.0; 52], &edges, 1600.0, 900.0, 4.0);
        let (a, b) = (mean_edge(&alone), mean_edge(&with_isolated));
        assert!(
            b > 0.6 * a,
            "mean edge {b:.1} with isolated nodes, {a:.1} without"
        );
    }

    #[test]
    fn cube_root_is_exact_enough() {
        for v in [1e-9, 0.001, 0.5, 1.0, 8.0, 27.0, 1234.5, 1e12] {
            let r = cube_root(v);
            assert!((r * r * r - v).abs() <= 1e-12 * v, "∛{v} = {r}");
        }
        assert_eq!(cube_root(0.0), 0.0);
        assert!(cube_root(-1.0).is_nan() && cube_root(f64::NAN).is_nan());
    }

    #[test]
    fn connected_nodes_end_closer_than_unconnected() {
        let n = 60;
        let edges = random_graph(n, 90, 21);
        let radii = vec![8.0; n];
        let positions = run(&radii, &edges, 1600.0, 900.0, 4.0);
        let dist = |a: usize, b: usize| {
            let (p, q) = (positions[a], positions[b]);
            ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt()
        };
        let graph = Graph::new(n, &edges);
        let connected: Vec<f64> = graph.edges.iter().map(|&(a, b)| dist(a, b)).collect();
        let mut others = Vec::new();
        for a in 0..n {
            for b in a + 1..n {
                if graph.edges.binary_search(&(a, b)).is_err() {
                    others.push(dist(a, b));
                }
            }
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(
            mean(&connected) < 0.6 * mean(&others),
            "edges {:.1}, non-edges {:.1}",
            mean(&connected),
            mean(&others)
        );
    }

    #[test]
    fn stress_of_known_drawings() {
        let line: Vec<Placed> = (0..5)
            .map(|i| Placed {
                x: 10.0 * f64::from(i),
                y: 3.0,
            })
            .collect();
        assert!(stress(&line, &path(5)) < 1e-20);
        // Unit square drawing a 4-cycle: ratios 1, 1, 1, 1, √2/2, √2/2.
        let square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)].map(|(x, y)| Placed { x, y });
        let cycle = [(0, 1), (1, 2), (2, 3), (3, 0)];
        let ratios = [1.0, 1.0, 1.0, 1.0, 0.5_f64.sqrt(), 0.5_f64.sqrt()];
        let mean = ratios.iter().sum::<f64>() / 6.0;
        let expected = ratios.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / 6.0 / mean / mean;
        assert!((stress(&square, &cycle) - expected).abs() < 1e-12);
        // Independent of the drawing's scale; pairs in different components are ignored.
        let big = square.map(|p| Placed {
            x: 50.0 * p.x,
            y: 50.0 * p.y,
        });
        assert!((stress(&big, &cycle) - expected).abs() < 1e-12);
        assert_eq!(stress(&square, &[]), 0.0);
    }

    #[test]
    fn overlaps_counts_pairs() {
        let ps =
            [(0.0, 0.0), (15.0, 0.0), (100.0, 0.0), (100.0, 21.0)].map(|(x, y)| Placed { x, y });
        assert_eq!(overlaps(&ps, &[10.0; 4], 0.0), 1);
        assert_eq!(overlaps(&ps, &[10.0; 4], 1.0), 1);
        assert_eq!(overlaps(&ps, &[10.0; 4], 2.0), 2);
        assert_eq!(overlaps(&ps, &[5.0; 4], 0.0), 0);
    }

    /// Release-mode timings and quality figures (the fastest run shows the cost on a quiet
    /// machine, the mean what a busy one gives):
    /// `cargo test --release -p app --lib graph::layout -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn timing() {
        for (n, m, r_lo, r_hi, w, h) in [
            (100, 200, 8.0, 30.0, 1600.0, 900.0),
            (500, 2000, 4.0, 12.0, 1920.0, 1080.0),
        ] {
            let radii = random_radii(n, r_lo, r_hi, 6);
            let edges = random_graph(n, m, 7);
            let runs = 30;
            let mut positions = Vec::new();
            let mut fastest = std::time::Duration::MAX;
            let start = std::time::Instant::now();
            for _ in 0..runs {
                let one = std::time::Instant::now();
                positions = run(&radii, &edges, w, h, 2.0);
                fastest = fastest.min(one.elapsed());
            }
            let mean = start.elapsed() / runs;
            println!(
                "{n} nodes / {m} edges in {w} × {h}: layout {fastest:.2?} fastest, {mean:.2?} mean; \
                 stress {:.4}, overlaps {}",
                stress(&positions, &edges),
                overlaps(&positions, &radii, 2.0)
            );
        }
    }
}
