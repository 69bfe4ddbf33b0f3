//! Label placement shared by the grid and the graph: each name beside its mark if there is
//! room, else further out with a leader line, else cut shorter, else nothing (the caller
//! numbers that mark). Greedy in the caller's order, so the most important marks are named
//! first; no label overlaps another label, a mark, or an obstacle, and all stay in the area.

use super::geometry::{Point, Rect};
use super::grid_layout::{Align, TextItem};
use super::text::{self, Weight};

/// A mark to label: drawn with `radius`, keeping everything else outside `extent`.
#[derive(Clone, Copy, Debug)]
pub struct Spot {
    pub center: Point,
    pub radius: f64,
    pub extent: f64,
}

pub struct Request<'a> {
    pub spots: &'a [Spot],
    /// One name per spot.
    pub names: &'a [String],
    /// Spot indices, most important first.
    pub order: &'a [usize],
    /// Labels stay inside this.
    pub area: Rect,
    /// Boxes no label may cover (quadrant names, the legend).
    pub obstacles: &'a [Rect],
    pub px: f64,
    /// The picture's scale (1 at 1920×1080).
    pub unit: f64,
    /// The widest a whole name may be, and the width of the shorter cut tried next.
    pub max_w: f64,
    pub short_w: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub text: TextItem,
    /// From the mark's edge to the label, when the label sits away from its mark.
    pub leader: Option<(Point, Point)>,
}

/// A placement for each spot (by index), `None` where no name fits.
pub fn place(r: &Request) -> Vec<Option<Placement>> {
    let gap = (6.0 * r.unit).max(3.0);
    let h = text::line_height(r.px);
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = vec![None; r.spots.len()];
    for &i in r.order {
        let spot = r.spots[i];
        let free = |rect: &Rect| {
            r.area.contains_rect(rect)
                && !placed.iter().any(|o| o.overlaps(rect))
                && !r.obstacles.iter().any(|o| o.overlaps(rect))
                && !r
                    .spots
                    .iter()
                    .any(|s| rect.touches_circle(s.center, s.extent + gap / 2.0))
        };
        let leader_for = |rect: &Rect| {
            let to = rect.nearest(spot.center);
            let dir = Point::new(to.x - spot.center.x, to.y - spot.center.y);
            let len = dir.x.hypot(dir.y).max(1e-9);
            let from = Point::new(
                spot.center.x + dir.x / len * spot.radius,
                spot.center.y + dir.y / len * spot.radius,
            );
            (from, to)
        };
        // A leader line may not run through another label or mark.
        let clear = |(from, to): (Point, Point)| {
            let steps = (from.distance(to) / 3.0).ceil().max(1.0) as usize;
            (1..steps).all(|k| {
                let t = k as f64 / steps as f64;
                let p = Point::new(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
                !placed.iter().any(|o| o.contains(p))
                    && !r
                        .spots
                        .iter()
                        .enumerate()
                        .any(|(j, s)| j != i && s.center.distance(p) < s.extent)
            })
        };
        // The whole name if it finds room, else a shorter cut of it.
        let mut texts = vec![text::fit(&r.names[i], r.px, Weight::Regular, r.max_w)];
        let short = text::fit(&r.names[i], r.px, Weight::Regular, r.short_w);
        if short != texts[0] {
            texts.push(short);
        }
        let found = texts.into_iter().find_map(|text| {
            let w = text::width(&text, r.px, Weight::Regular);
            candidates(spot, w, h, gap)
                .into_iter()
                .find(|(rect, far)| free(rect) && (!far || clear(leader_for(rect))))
                .map(|(rect, far)| (text, rect, far))
        });
        if let Some((text, rect, far)) = found {
            let leader = far.then(|| leader_for(&rect));
            placed.push(rect.inflate(gap / 3.0));
            let at = Point::new(rect.x, rect.y + h / 2.0);
            out[i] = Some(Placement {
                text: TextItem::new(text, at, Align::Left, r.px, Weight::Regular),
                leader,
            });
        }
    }
    out
}

/// Places to try for a label `w` × `h`, nearest first; `true` marks the far ones that need a
/// leader line.
fn candidates(spot: Spot, w: f64, h: f64, gap: f64) -> Vec<(Rect, bool)> {
    let c = spot.center;
    let mut out = Vec::with_capacity(32);
    for (step, far) in [(0.0, false), (1.5, true), (3.0, true), (4.5, true)] {
        let d = spot.extent + gap + step * h;
        let diag = d * std::f64::consts::FRAC_1_SQRT_2;
        out.extend([
            (Rect::new(c.x + d, c.y - h / 2.0, w, h), far),
            (Rect::new(c.x - d - w, c.y - h / 2.0, w, h), far),
            (Rect::new(c.x - w / 2.0, c.y - d - h, w, h), far),
            (Rect::new(c.x - w / 2.0, c.y + d, w, h), far),
            (Rect::new(c.x + diag, c.y - diag - h, w, h), far),
            (Rect::new(c.x + diag, c.y + diag, w, h), far),
            (Rect::new(c.x - diag - w, c.y - diag - h, w, h), far),
            (Rect::new(c.x - diag - w, c.y + diag, w, h), far),
        ]);
    }
    out
}
