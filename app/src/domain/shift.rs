//! How one actor moved between two moments — two rounds, or a baseline and now —, and the
//! order every "what moved" list (the table under a compared grid, the comparison's file)
//! gives it: quadrant changes first, then new, then gone, then the rest; the longest moves
//! first.

use std::cmp::Ordering;

use super::Quadrant;

/// Where an actor was and is: (interest, influence) and the quadrant at each moment; `None`
/// on the side it was not on (new since, or gone since).
#[derive(Clone, Copy, PartialEq, Debug, Default)]
pub struct Shift {
    pub before: Option<(f64, f64)>,
    pub after: Option<(f64, f64)>,
    pub quadrant_before: Option<Quadrant>,
    pub quadrant_after: Option<Quadrant>,
}

impl Shift {
    /// From each side's place and quadrant, when it is on that side.
    pub fn between(
        before: Option<((f64, f64), Quadrant)>,
        after: Option<((f64, f64), Quadrant)>,
    ) -> Self {
        Self {
            before: before.map(|b| b.0),
            after: after.map(|a| a.0),
            quadrant_before: before.map(|b| b.1),
            quadrant_after: after.map(|a| a.1),
        }
    }

    /// Whether it changed quadrant (new and gone ones aside).
    pub fn changed_quadrant(&self) -> bool {
        matches!((self.quadrant_before, self.quadrant_after), (Some(a), Some(b)) if a != b)
    }

    /// How far it moved, in scale steps (0 for new and gone ones).
    pub fn distance(&self) -> f64 {
        match (self.before, self.after) {
            (Some(a), Some(b)) => (b.0 - a.0).hypot(b.1 - a.1),
            _ => 0.0,
        }
    }

    fn rank(&self) -> u8 {
        match (self.before, self.after) {
            _ if self.changed_quadrant() => 0,
            (None, _) => 1,
            (_, None) => 2,
            _ => 3,
        }
    }

    /// The order of a "what moved" list (ties: the caller's, by name).
    pub fn order(&self, other: &Self) -> Ordering {
        (self.rank().cmp(&other.rank())).then(other.distance().total_cmp(&self.distance()))
    }
}

#[cfg(test)]
mod tests;
