//! Fitting the force phase's drawing into the box: turn it to fit best, scale and shift it
//! inside the margin, clamp every disc inside, and even out a drawing that crowds the box.

use super::{Discs, Placed};

/// Evening out a crowded drawing: the share `EVEN_OUT` of the way to evenly spread positions
/// (see `even_out`), ramping up from nothing as the discs with half the gap around each go
/// from `CROWDED_FROM` to `CROWDED_AT` of the box's area. Below that the drawing's own shape
/// is worth more than the few overlaps it saves (stress rises by ~0.02 in a roomy box); at
/// half the area and above, it clears the packed core that separation alone would push out
/// a disc per round, and lowers stress.
const EVEN_OUT: f64 = 0.5;
const CROWDED_FROM: f64 = 0.25;
const CROWDED_AT: f64 = 0.5;

/// Turns the drawing so that it fits the box at the largest scale: a force layout's orientation
/// is arbitrary, and an elongated drawing belongs along a 16:9 screen. Candidates are the
/// principal axis (preferred on a near tie, as the most natural orientation) and a fan of
/// rotations with rational half-angle tangents `t`, i.e. `cos = (1 − t²)/(1 + t²)`,
/// `sin = 2t/(1 + t²)`: exact to rounding with no trigonometry (see the module header).
pub(super) fn orient(xs: &mut [f64], ys: &mut [f64], fit: &Fit) {
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
pub(super) struct Transform {
    scale: f64,
    dx: f64,
    dy: f64,
}

impl Transform {
    pub(super) fn apply(&self, xs: &mut [f64], ys: &mut [f64]) {
        for (x, y) in xs.iter_mut().zip(ys.iter_mut()) {
            *x = self.scale * *x + self.dx;
            *y = self.scale * *y + self.dy;
        }
    }
}

pub(super) struct Fit<'a> {
    pub(super) radii: &'a [f64],
    pub(super) width: f64,
    pub(super) height: f64,
    pub(super) margin: f64,
}

impl Fit<'_> {
    /// Largest scale at which the discs fit inside the box less the margin, but no more than
    /// `cap` (so two nodes are not stretched across a projector screen), centred.
    pub(super) fn fresh(&self, xs: &[f64], ys: &[f64], cap: f64) -> Transform {
        let scale = self.max_scale(xs, ys).min(cap);
        Transform {
            scale,
            dx: self.centred_offset(xs, scale, self.width),
            dy: self.centred_offset(ys, scale, self.height),
        }
    }

    /// The scale and translation that move the old nodes least (least squares), shrunk if the
    /// result would not fit, then shifted inside the box if needed.
    pub(super) fn warm(
        &self,
        xs: &[f64],
        ys: &[f64],
        old: &[Option<Placed>],
        unit: f64,
    ) -> Transform {
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
    pub(super) fn max_scale(&self, xs: &[f64], ys: &[f64]) -> f64 {
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

pub(super) fn clamp_axis(v: f64, r: f64, length: f64) -> f64 {
    if 2.0 * r >= length || !v.is_finite() {
        length / 2.0
    } else {
        v.clamp(r, length - r)
    }
}

impl Discs<'_> {
    pub(super) fn clamp_all(&mut self) {
        for i in 0..self.xs.len() {
            self.xs[i] = clamp_axis(self.xs[i], self.radii[i], self.width);
            self.ys[i] = clamp_axis(self.ys[i], self.radii[i], self.height);
        }
    }

    /// Evens out the drawing along both axes (see `even_out`) as far as the discs with half
    /// the gap around each crowd the box: not at all below `CROWDED_FROM` of its area.
    pub(super) fn even_out_if_crowded(&mut self, gap: f64) {
        let area = self.width * self.height;
        if area > 0.0 {
            let covered: f64 = self
                .radii
                .iter()
                .map(|&r| std::f64::consts::PI * (r + gap / 2.0) * (r + gap / 2.0))
                .sum();
            let crowding =
                ((covered / area - CROWDED_FROM) / (CROWDED_AT - CROWDED_FROM)).clamp(0.0, 1.0);
            if crowding > 0.0 {
                even_out(self.xs, self.radii, self.width, gap, EVEN_OUT * crowding);
                even_out(self.ys, self.radii, self.height, gap, EVEN_OUT * crowding);
            }
        }
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
