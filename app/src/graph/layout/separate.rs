//! Overlap removal: rounds of pairwise separation over a uniform grid, the drawing growing
//! outwards from its centre, the gap giving way only when the discs cannot keep it.

use std::ops::RangeInclusive;

use super::Discs;
use super::fit::clamp_axis;
use crate::graph::random::SplitMix64;

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
pub(super) fn separate(mut discs: Discs, gap: f64, rng: &mut SplitMix64) {
    let n = discs.xs.len();
    let r_max = discs.radii.iter().copied().fold(0.0_f64, f64::max);
    let reach = 2.0 * r_max + gap;
    if reach <= 0.0 || n < 2 {
        return;
    }
    let mut grid = Grid::new(n, discs.width, discs.height, reach);
    let mut outwards = Outwards::new(discs.xs, discs.ys);
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
        outwards.rank(discs.xs, discs.ys);
        grid.bucket(discs.xs, discs.ys);

        let share = if outward { OUTWARD_SHARE } else { 0.5 };
        let mut moved = false;
        let mut deepest = 0.0_f64;
        for &i in &outwards.order {
            // Kept still last round and so far this one: its pairs with other still nodes were
            // found apart when last looked at, and nothing has moved since; pairs with moving
            // nodes are looked at from the other side.
            if moved_in[i] + 1 < round {
                continue;
            }
            let (rows, columns) = grid.around(i);
            for row in rows {
                for column in columns.clone() {
                    let members = grid.members(row, column);
                    checks += members.len();
                    for &j in members {
                        if j == i {
                            continue;
                        }
                        let push = discs.push_apart(i, j, &outwards.rank, gap, share, rng);
                        if let Some(depth) = push {
                            deepest = deepest.max(depth);
                            moved_in[i] = round;
                            moved_in[j] = round;
                            moved = true;
                        }
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

impl Discs<'_> {
    /// Pushes discs `i` and `j` apart when they are closer than `r_i + r_j + gap`, a little
    /// beyond that limit along the line of centres; the one ranked farther out takes `share`
    /// of the push. Returns how far short of the limit they were, if they were.
    ///
    /// Called for every close pair of every round; left as a call (LLVM chose so once `Discs`
    /// moved to `mod.rs`), it cost the crowded benchmark picture 3–4% of its layout time.
    #[inline(always)]
    fn push_apart(
        &mut self,
        i: usize,
        j: usize,
        rank: &[usize],
        gap: f64,
        share: f64,
        rng: &mut SplitMix64,
    ) -> Option<f64> {
        let (xs, ys, radii) = (&mut *self.xs, &mut *self.ys, self.radii);
        let need = radii[i] + radii[j] + gap;
        let dx = xs[j] - xs[i];
        let dy = ys[j] - ys[i];
        let d2 = dx * dx + dy * dy;
        if d2 >= need * need {
            return None;
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
        let push = need * (1.0 + SEPARATION_SLACK) - d;
        // The outer disc takes its share; whatever the box stops it from taking falls to the
        // inner one.
        let (ox, oy) = (xs[outer], ys[outer]);
        xs[outer] = clamp_axis(ox + ux * push * share, radii[outer], self.width);
        ys[outer] = clamp_axis(oy + uy * push * share, radii[outer], self.height);
        let rest = push - ((xs[outer] - ox) * ux + (ys[outer] - oy) * uy);
        xs[inner] = clamp_axis(xs[inner] - ux * rest, radii[inner], self.width);
        ys[inner] = clamp_axis(ys[inner] - uy * rest, radii[inner], self.height);
        Some(need - d)
    }
}

/// The order in which nodes are visited: by distance from the drawing's centroid at the start,
/// nearest first, so that an expansion travels from the core to the rim within one round.
struct Outwards {
    cx: f64,
    cy: f64,
    distance: Vec<f64>,
    order: Vec<usize>,
    /// Each node's place in `order`.
    rank: Vec<usize>,
}

impl Outwards {
    fn new(xs: &[f64], ys: &[f64]) -> Self {
        let n = xs.len();
        Outwards {
            cx: xs.iter().sum::<f64>() / n as f64,
            cy: ys.iter().sum::<f64>() / n as f64,
            distance: vec![0.0; n],
            order: (0..n).collect(),
            rank: vec![0; n],
        }
    }

    fn rank(&mut self, xs: &[f64], ys: &[f64]) {
        let (cx, cy) = (self.cx, self.cy);
        for (i, distance) in self.distance.iter_mut().enumerate() {
            *distance = (xs[i] - cx) * (xs[i] - cx) + (ys[i] - cy) * (ys[i] - cy);
        }
        let distance = &self.distance;
        // A stable sort is quick on the nearly sorted order of the previous round.
        self.order
            .sort_by(|&a, &b| distance[a].total_cmp(&distance[b]).then(a.cmp(&b)));
        for (k, &i) in self.order.iter().enumerate() {
            self.rank[i] = k;
        }
    }
}

/// A uniform grid over the box, the nodes bucketed by the cell their centre is in.
struct Grid {
    cell: f64,
    columns: usize,
    rows: usize,
    cell_of: Vec<usize>,
    /// The nodes of cell `c` are `members[starts[c]..starts[c + 1]]`.
    starts: Vec<usize>,
    members: Vec<usize>,
    fill: Vec<usize>,
}

impl Grid {
    /// Cells at least `reach` wide, so every overlapping pair sits in adjacent cells; no more
    /// than about 4n cells, so sparse discs in a huge box do not allocate a huge grid.
    fn new(n: usize, width: f64, height: f64, reach: f64) -> Self {
        let max_cells = (4 * n).max(16) as f64;
        let cell = reach
            .max((width * height / max_cells).sqrt())
            .max(width / max_cells)
            .max(height / max_cells);
        let columns = ((width / cell).ceil() as usize).max(1);
        let rows = ((height / cell).ceil() as usize).max(1);
        Grid {
            cell,
            columns,
            rows,
            cell_of: vec![0; n],
            starts: vec![0; columns * rows + 1],
            members: vec![0; n],
            fill: vec![0; columns * rows],
        }
    }

    /// Sorts the nodes into their cells (a counting sort, nodes ascending within a cell).
    fn bucket(&mut self, xs: &[f64], ys: &[f64]) {
        let cells = self.columns * self.rows;
        self.starts.fill(0);
        for i in 0..xs.len() {
            let column = ((xs[i] / self.cell) as usize).min(self.columns - 1);
            let row = ((ys[i] / self.cell) as usize).min(self.rows - 1);
            self.cell_of[i] = row * self.columns + column;
            self.starts[self.cell_of[i] + 1] += 1;
        }
        for c in 0..cells {
            self.starts[c + 1] += self.starts[c];
        }
        self.fill.copy_from_slice(&self.starts[..cells]);
        for i in 0..xs.len() {
            self.members[self.fill[self.cell_of[i]]] = i;
            self.fill[self.cell_of[i]] += 1;
        }
    }

    /// The rows and columns of node `i`'s cell and the cells around it.
    fn around(&self, i: usize) -> (RangeInclusive<usize>, RangeInclusive<usize>) {
        let (column, row) = (
            self.cell_of[i] % self.columns,
            self.cell_of[i] / self.columns,
        );
        (
            row.saturating_sub(1)..=(row + 1).min(self.rows - 1),
            column.saturating_sub(1)..=(column + 1).min(self.columns - 1),
        )
    }

    fn members(&self, row: usize, column: usize) -> &[usize] {
        let c = row * self.columns + column;
        &self.members[self.starts[c]..self.starts[c + 1]]
    }
}
