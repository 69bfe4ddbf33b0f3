//! Which stakeholders the moderator's merges make one actor: union–find over the workshop's
//! positions. Validation reads it (a merge that changes nothing is refused) and so does the
//! combined map, which is why it lives here and not in `combined`.

use std::collections::HashMap;

use super::super::{StakeholderId, Verdict};
use super::Workshop;

/// Union–find over workshop positions; the root is the smallest position, so a cluster's
/// representative is its first-entered member whatever order merges came in.
pub(in crate::domain) struct Sets(Vec<usize>);

impl Sets {
    pub(in crate::domain) fn new(n: usize) -> Self {
        Sets((0..n).collect())
    }
    pub(in crate::domain) fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    /// [`Sets::find`] without shortening paths, for use while other borrows are out.
    pub(in crate::domain) fn peek(&self, mut i: usize) -> usize {
        while self.0[i] != i {
            i = self.0[i];
        }
        i
    }
    pub(in crate::domain) fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (lo, hi) = (a.min(b), a.max(b));
        self.0[hi] = lo;
    }
}

pub(in crate::domain) fn positions(w: &Workshop) -> HashMap<StakeholderId, usize> {
    w.stakeholders()
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id(), i))
        .collect()
}

/// The sets that [`Verdict::Same`] merges make, over workshop positions.
pub(in crate::domain) fn merged(w: &Workshop, at: &HashMap<StakeholderId, usize>) -> Sets {
    let mut sets = Sets::new(w.stakeholders().len());
    for m in w.merges().iter().filter(|m| m.verdict() == Verdict::Same) {
        // Members deleted since the merge are simply gone from it.
        let mut present = m.members().iter().filter_map(|id| at.get(id));
        if let Some(&first) = present.next() {
            for &other in present {
                sets.union(first, other);
            }
        }
    }
    sets
}

/// Each stakeholder's combined stakeholder, by the position of its first-entered member.
pub(in crate::domain) fn clusters(w: &Workshop) -> HashMap<StakeholderId, usize> {
    let at = positions(w);
    let mut sets = merged(w, &at);
    w.stakeholders()
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id(), sets.find(i)))
        .collect()
}
