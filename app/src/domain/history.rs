//! A workshop's history in memory: its setup and its log's changes, replayed to any moment
//! with [`Workshop::replay`]'s own steps, from the nearest of the checkpoints it keeps (the
//! workshop after every [`History::EVERY`] edits), so a timeline dragged over a long log
//! redraws at once. It also says whose map each edit touched, for the timeline's rows.

use super::{Change, DomainError, GroupId, Reach, Valid, Workshop, WorkshopSetup};

pub struct History {
    changes: Vec<Change>,
    /// `checkpoints[k]` is the workshop after `k * EVERY` edits.
    checkpoints: Vec<Workshop>,
    /// For each edit: the group whose map it touched, or `None` for the plenary's own
    /// (merges, rounds, the countdown, sharing).
    touched: Vec<Option<GroupId>>,
}

impl History {
    /// Edits between checkpoints: replaying at most this many from one takes well under a
    /// millisecond (BENCHMARKS.md, "Maps over time").
    pub const EVERY: usize = 500;

    pub fn new(setup: WorkshopSetup, changes: Vec<Change>) -> Result<Self, DomainError> {
        let mut checkpoints = Vec::with_capacity(changes.len() / Self::EVERY + 1);
        let mut touched = Vec::with_capacity(changes.len());
        let mut n = 0;
        let end = Workshop::replay_seeing(setup, changes.iter().cloned(), |before, change| {
            if n % Self::EVERY == 0 {
                checkpoints.push(before.clone());
            }
            n += 1;
            touched.push(match before.reach(change) {
                Reach::Group(g) => Some(g),
                Reach::Combined | Reach::Everyone | Reach::Desk => None,
            });
        })?;
        if n % Self::EVERY == 0 {
            checkpoints.push(end);
        }
        Ok(Self {
            changes,
            checkpoints,
            touched,
        })
    }

    /// How many edits it holds.
    pub fn len(&self) -> usize {
        self.changes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The workshop after its first `n` edits (all of them past the end).
    pub fn at(&self, n: usize) -> Workshop {
        let n = n.min(self.changes.len());
        let k = (n / Self::EVERY).min(self.checkpoints.len() - 1);
        let mut workshop = self.checkpoints[k].clone();
        for change in &self.changes[k * Self::EVERY..n] {
            workshop.apply(Valid::from_log(change.clone()));
        }
        workshop
    }

    /// Whose map each edit touched, in order.
    pub fn touched(&self) -> &[Option<GroupId>] {
        &self.touched
    }
}

#[cfg(test)]
mod tests;
