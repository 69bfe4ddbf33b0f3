//! A grid compared with an earlier moment (a round, a baseline): where each stakeholder was
//! then ([`Earlier`]), how its place changed ([`Since`]: a faint marker where it was and an
//! arrow to where it is, new since, gone since) and the table of what moved ([`moves`]),
//! quadrant changes first.

use std::collections::HashMap;

use crate::chart::geometry::Point;
use crate::domain::{Quadrant, Scale, Shift, StakeholderId};

use super::{GridPoint, Marker};

/// Where the stakeholders were at the earlier moment, read with the grid's own options.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Earlier {
    pub points: Vec<GridPoint>,
    pub words: CompareWords,
}

/// What the legend says of a comparison, in the reader's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompareWords {
    /// "Round 1 → Round 2".
    pub heading: String,
    /// The faint marker and its arrow: "where it was in Round 1".
    pub was: String,
    pub new: String,
    pub gone: String,
}

/// How one stakeholder's place changed since the earlier moment.
#[derive(Clone, Debug, PartialEq)]
pub enum Since {
    /// On another cell then: a faint marker there and an arrow from it (`from`) to the
    /// marker (`to`, at its edge).
    Moved {
        ghost: Marker,
        from: Point,
        to: Point,
    },
    /// Not on the map then: its marker (the grid's own) gets a ring.
    New { id: StakeholderId },
    /// Not on the map now: a faint, crossed marker where it was.
    Gone { ghost: Marker },
}

impl Since {
    pub fn id(&self) -> StakeholderId {
        match self {
            Since::Moved { ghost, .. } | Since::Gone { ghost } => ghost.id,
            Since::New { id } => *id,
        }
    }
}

/// The shifts between `ghosts` (the earlier points laid out as the grid lays out its own) and
/// `markers`, in the markers' order then the gone ones'. A stakeholder on the same cell at both
/// moments has none: only a changed score is drawn.
pub(super) fn shifts(
    earlier: &[GridPoint],
    now: &[GridPoint],
    ghosts: Vec<Marker>,
    markers: &[Marker],
) -> Vec<Since> {
    let then: HashMap<StakeholderId, &GridPoint> = earlier.iter().map(|p| (p.id, p)).collect();
    let here: HashMap<StakeholderId, &GridPoint> = now.iter().map(|p| (p.id, p)).collect();
    let mut ghosts: HashMap<StakeholderId, Marker> =
        ghosts.into_iter().map(|g| (g.id, g)).collect();
    let mut out = Vec::new();
    for m in markers {
        match then.get(&m.id) {
            None => out.push(Since::New { id: m.id }),
            Some(p) if spot(p) != spot(here[&m.id]) => {
                if let Some(ghost) = ghosts.remove(&m.id) {
                    let (from, to) = between(&ghost, m);
                    out.push(Since::Moved { ghost, from, to });
                }
            }
            Some(_) => {}
        }
    }
    for p in earlier {
        if !here.contains_key(&p.id)
            && let Some(ghost) = ghosts.remove(&p.id)
        {
            out.push(Since::Gone { ghost });
        }
    }
    out
}

/// Where a point sits, in half steps (a combined median can fall between cells).
fn spot(p: &GridPoint) -> (i32, i32) {
    match p.spread {
        Some(s) => (
            (s.interest * 2.0).round() as i32,
            (s.influence * 2.0).round() as i32,
        ),
        None => (i32::from(p.interest) * 2, i32::from(p.influence) * 2),
    }
}

/// The arrow from the ghost's edge to the marker's, so neither is covered.
fn between(ghost: &Marker, marker: &Marker) -> (Point, Point) {
    let (a, b) = (ghost.center, marker.center);
    let len = a.distance(b).max(1e-9);
    let (ux, uy) = ((b.x - a.x) / len, (b.y - a.y) / len);
    let from = Point::new(a.x + ux * ghost.radius, a.y + uy * ghost.radius);
    let to = Point::new(b.x - ux * marker.extent(), b.y - uy * marker.extent());
    (from, to)
}

/// One row of "what moved".
#[derive(Clone, Debug, PartialEq)]
pub struct Move {
    pub id: StakeholderId,
    pub name: String,
    /// Index into the grid's groups.
    pub group: usize,
    /// Where it was and is; `before` `None`: new since, `after` `None`: gone since.
    pub shift: Shift,
}

/// What moved between `earlier` and `now`: quadrant changes first, then new, then gone,
/// then moves within a quadrant; the longest moves first, then by name. Stakeholders that
/// stayed on their cell are left out.
pub fn moves(earlier: &[GridPoint], now: &[GridPoint], scale: Scale) -> Vec<Move> {
    let place = |p: &GridPoint| match p.spread {
        Some(s) => (s.interest, s.influence),
        None => (f64::from(p.interest), f64::from(p.influence)),
    };
    let side = |p: &GridPoint| (place(p), Quadrant::of(scale, p.interest, p.influence));
    let then: HashMap<StakeholderId, &GridPoint> = earlier.iter().map(|p| (p.id, p)).collect();
    let here: HashMap<StakeholderId, &GridPoint> = now.iter().map(|p| (p.id, p)).collect();
    let mut out: Vec<Move> = now
        .iter()
        .filter(|p| then.get(&p.id).is_none_or(|b| spot(b) != spot(p)))
        .map(|p| {
            let before = then.get(&p.id);
            Move {
                id: p.id,
                name: p.name.clone(),
                group: p.group,
                shift: Shift::between(before.map(|b| side(b)), Some(side(p))),
            }
        })
        .collect();
    out.extend(
        earlier
            .iter()
            .filter(|p| !here.contains_key(&p.id))
            .map(|p| Move {
                id: p.id,
                name: p.name.clone(),
                group: p.group,
                shift: Shift::between(Some(side(p)), None),
            }),
    );
    out.sort_by(|a, b| {
        (a.shift.order(&b.shift))
            .then_with(|| a.name.cmp(&b.name))
            .then(a.id.cmp(&b.id))
    });
    out
}
