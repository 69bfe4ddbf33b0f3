//! The repulsion within groups of bodies, summed over quadtrees cell against cell.

use super::bodies::Bodies;

/// Two quadtree cells interact as two point masses when the sum of their extents (farthest
/// body centre from the centre of mass) is below `THETA` times their distance, and no disc of
/// one can touch a disc of the other. 0.9 keeps the force error at a few per cent, which the
/// cooling absorbs; smaller values cost time without a visible difference.
const THETA: f64 = 0.9;
/// Bodies per quadtree leaf; small buckets are cheaper than descending to single bodies.
const LEAF_SIZE: usize = 4;
/// Coincident points would otherwise make the quadtree recurse forever.
const MAX_DEPTH: u32 = 40;

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
pub(super) struct QuadTree {
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
    pub(super) fn build(&mut self, bodies: &Bodies, members: &[u32], starts: &[usize]) {
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
    pub(super) fn repulsion(&mut self, bodies: &Bodies, fx: &mut [f64], fy: &mut [f64]) {
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
