//! Label placement shared by the grid and the graph: each name beside its mark if there is
//! room, else further out with a leader line, else cut shorter, else nothing (the caller
//! numbers that mark). Greedy in the caller's order, so the most important marks are named
//! first; no label overlaps another label, a mark, or an obstacle, and all stay in the area.
//! [`labelled`] turns the placements into the picture's labels and the marks to number.

use super::geometry::{Point, Rect};
use super::text::{self, Align, TextItem, Weight};

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
    /// The whole name (not a shorter cut): a cut one is also numbered and listed whole.
    pub whole: bool,
}

/// A name on the picture, beside its mark or led to it by a line.
#[derive(Clone, PartialEq, Debug)]
pub struct Label {
    /// The mark's index (a grid's marker, a graph's node).
    pub marker: usize,
    pub text: TextItem,
    /// From the marker's edge to the label, when the label sits away from its marker.
    pub leader: Option<(Point, Point)>,
}

/// The labels of the placed names, in `order`, and the marks to number, in the order their
/// numbers run: those without a label, and those whose name was shortened on the picture, so
/// that the key holds it whole.
pub fn labelled(order: &[usize], placements: &[Option<Placement>]) -> (Vec<Label>, Vec<usize>) {
    let mut labels = Vec::new();
    let mut numbered = Vec::new();
    for &i in order {
        let placed = placements[i].as_ref();
        if let Some(p) = placed {
            labels.push(Label {
                marker: i,
                text: p.text.clone(),
                leader: p.leader,
            });
        }
        if !placed.is_some_and(|p| p.whole) {
            numbered.push(i);
        }
    }
    (labels, numbered)
}

/// A placement for each spot (by index), `None` where no name fits.
pub fn place(r: &Request) -> Vec<Option<Placement>> {
    let gap = (6.0 * r.unit).max(3.0);
    let h = text::line_height(r.px);
    // Candidates are checked against nearby spots and labels only: a graph of 500 nodes would
    // otherwise check every one of them for each of its ~30 candidates per name.
    let widest = r.spots.iter().map(|s| s.extent).fold(0.0, f64::max);
    let mut near_spots = Buckets::new(r.area, (widest * 2.0 + gap).max(h * 2.0));
    for (j, s) in r.spots.iter().enumerate() {
        near_spots.insert(&circle_box(s.center, s.extent + gap / 2.0), j);
    }
    let mut near_labels = Buckets::new(r.area, near_spots.cell);
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = vec![None; r.spots.len()];
    for &i in r.order {
        let spot = r.spots[i];
        let free = |rect: &Rect| {
            r.area.contains_rect(rect)
                && !near_labels.near(rect).any(|k| placed[k].overlaps(rect))
                && !r.obstacles.iter().any(|o| o.overlaps(rect))
                && !near_spots.near(rect).any(|j| {
                    let s = &r.spots[j];
                    rect.touches_circle(s.center, s.extent + gap / 2.0)
                })
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
                let dot = Rect::new(p.x, p.y, 0.0, 0.0);
                !near_labels.near(&dot).any(|k| placed[k].contains(p))
                    && !near_spots
                        .near(&dot)
                        .any(|j| j != i && r.spots[j].center.distance(p) < r.spots[j].extent)
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
            let whole = text.split_whitespace().eq(r.names[i].split_whitespace());
            let leader = far.then(|| leader_for(&rect));
            let taken = rect.inflate(gap / 3.0);
            near_labels.insert(&taken, placed.len());
            placed.push(taken);
            let at = Point::new(rect.x, rect.y + h / 2.0);
            out[i] = Some(Placement {
                text: TextItem::new(text, at, Align::Left, r.px, Weight::Regular),
                leader,
                whole,
            });
        }
    }
    out
}

fn circle_box(c: Point, r: f64) -> Rect {
    Rect::new(c.x - r, c.y - r, 2.0 * r, 2.0 * r)
}

/// Items filed under the square cells of a grid their boxes touch. Boxes beyond the area are
/// filed under its edge cells, so a query anywhere still finds everything it could touch.
struct Buckets {
    origin: Point,
    cell: f64,
    cols: usize,
    rows: usize,
    cells: Vec<Vec<usize>>,
}

impl Buckets {
    /// At most 64 × 64 cells: finer than that costs more in empty cells than it saves.
    fn new(area: Rect, cell: f64) -> Self {
        let cell = cell.max(area.w / 64.0).max(area.h / 64.0).max(1.0);
        let cols = (area.w / cell).ceil().max(1.0) as usize;
        let rows = (area.h / cell).ceil().max(1.0) as usize;
        Buckets {
            origin: Point::new(area.x, area.y),
            cell,
            cols,
            rows,
            cells: vec![Vec::new(); cols * rows],
        }
    }

    /// The cells a box touches, as column and row ranges.
    fn span(
        &self,
        b: &Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let index = |v: f64, from: f64, n: usize| {
            (((v - from) / self.cell).floor().max(0.0) as usize).min(n - 1)
        };
        (
            index(b.x, self.origin.x, self.cols)..=index(b.right(), self.origin.x, self.cols),
            index(b.y, self.origin.y, self.rows)..=index(b.bottom(), self.origin.y, self.rows),
        )
    }

    fn insert(&mut self, b: &Rect, item: usize) {
        let (cols, rows) = self.span(b);
        for row in rows {
            for col in cols.clone() {
                self.cells[row * self.cols + col].push(item);
            }
        }
    }

    /// Every item filed where `b` reaches (some more than once).
    fn near(&self, b: &Rect) -> impl Iterator<Item = usize> + '_ {
        let (cols, rows) = self.span(b);
        rows.flat_map(move |row| {
            cols.clone()
                .flat_map(move |col| self.cells[row * self.cols + col].iter().copied())
        })
    }
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
