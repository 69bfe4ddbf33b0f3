//! What the repulsion pushes apart: bodies with positions and masses whose shapes (discs, or
//! boxes inside discs) push each other off when they overlap, pair by pair.

/// The bodies of a repulsion: positions, masses, and shapes that push each other apart with
/// strength `push` per unit of overlap on top of the 1/d repulsion. Shapes are discs of
/// `radii`, or, given `boxes`, boxes (around the body's position) inside those discs.
pub(super) struct Bodies<'a> {
    pub(super) xs: &'a [f64],
    pub(super) ys: &'a [f64],
    pub(super) masses: &'a [f64],
    pub(super) radii: &'a [f64],
    pub(super) boxes: Option<&'a [Extent]>,
    pub(super) push: f64,
}

/// An axis-aligned box relative to a point: how far it reaches each way.
#[derive(Clone, Copy, Default)]
pub(super) struct Extent {
    left: f64,
    right: f64,
    down: f64,
    up: f64,
}

impl Extent {
    pub(super) const EMPTY: Extent = Extent {
        left: f64::MIN,
        right: f64::MIN,
        down: f64::MIN,
        up: f64::MIN,
    };

    /// Widens the box to hold a disc of radius `r` at offset (dx, dy).
    pub(super) fn include(&mut self, dx: f64, dy: f64, r: f64) {
        self.left = self.left.max(r - dx);
        self.right = self.right.max(dx + r);
        self.down = self.down.max(r - dy);
        self.up = self.up.max(dy + r);
    }

    pub(super) fn grow(&mut self, by: f64) {
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
    pub(super) fn pair(&self, i: usize, j: usize, (fx, fy): &mut (&mut [f64], &mut [f64])) {
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
