//! What each role sees of a workshop. A group's key, while the moderator does not share the
//! maps, sees its own group's entries and nothing of the others' — not their stakeholders, not
//! their relationships, not the plenary's merges (the combined map is every group's). The live
//! feed asks [`Workshop::reach`] which map each change touches, and sends a group only the
//! changes it may see.

use std::borrow::Cow;

use super::Workshop;
use crate::domain::{Change, GroupId, Role};

/// Which map a change touches, and so who sees it happen.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reach {
    /// One group's entries.
    Group(GroupId),
    /// The plenary's merges: the combined map.
    Combined,
    /// The workshop as a whole (the countdown, sharing): every device.
    Everyone,
    /// The desk's (baselines): the moderator, analysts and viewers, never a group.
    Desk,
}

impl Workshop {
    /// The workshop as `role` may see it: the whole of it, or a group's own part while the
    /// maps are not shared. The edit count stays the workshop's, so a device that sees a part
    /// still follows the feed in order.
    pub fn seen_by(&self, role: Role) -> Cow<'_, Workshop> {
        self.seen_as(role, self.maps_shared)
    }

    /// [`Workshop::seen_by`] with the maps shared or not as `shared` says: an earlier moment
    /// is seen as the workshop shares its maps now.
    pub fn seen_as(&self, role: Role, shared: bool) -> Cow<'_, Workshop> {
        match role {
            Role::Group(own) if !role.may_read(None, shared) => Cow::Owned(self.only_group(own)),
            #[cfg(not(feature = "hydrate"))]
            Role::Group(_) if !self.baselines.is_empty() => {
                let mut shown = self.clone();
                shown.baselines.clear();
                Cow::Owned(shown)
            }
            _ => Cow::Borrowed(self),
        }
    }

    fn only_group(&self, own: GroupId) -> Workshop {
        let mut part = self.clone();
        part.stakeholders.retain(|s| s.group == own);
        part.relationships.retain(|r| r.group() == own);
        part.merges.clear();
        #[cfg(not(feature = "hydrate"))]
        part.baselines.clear();
        part
    }

    /// Which map `change` touches, read before it is applied (a deleted stakeholder's group
    /// is known only before). A change about an entry this workshop does not have touches
    /// nobody's map but the caller's: it is answered as the whole workshop's.
    pub fn reach(&self, change: &Change) -> Reach {
        let group = match change {
            Change::AddStakeholder { group, .. } => Some(*group),
            Change::UpdateStakeholder { id, .. } | Change::DeleteStakeholder { id } => {
                self.stakeholder(*id).map(|s| s.group)
            }
            Change::AddRelationship { fields, .. } => {
                self.stakeholder(fields.from).map(|s| s.group)
            }
            Change::UpdateRelationship { id, .. } | Change::DeleteRelationship { id } => {
                self.relationship(*id).map(|r| r.group())
            }
            Change::Guarded { change, .. } => return self.reach(change),
            Change::Batch { changes } => return self.reach_of_batch(changes),
            Change::AddMerge { .. } | Change::DeleteMerge { .. } => return Reach::Combined,
            Change::Baseline { .. } => return Reach::Desk,
            Change::StartTimer { .. }
            | Change::StopTimer
            | Change::ShareMaps { .. }
            | Change::CloseRound { .. } => {
                return Reach::Everyone;
            }
        };
        group.map_or(Reach::Everyone, Reach::Group)
    }

    /// A batch touches one group's map when each of its changes does, read as the batch goes
    /// (a restored stakeholder's relationships name it only once it is back); otherwise
    /// every device sees it.
    fn reach_of_batch(&self, changes: &[Change]) -> Reach {
        let mut at = self.clone();
        let mut reach = None;
        for change in changes {
            let this = at.reach(change);
            if reach.is_some_and(|seen| seen != this) {
                return Reach::Everyone;
            }
            reach = Some(this);
            at.effect(change.clone());
        }
        reach.unwrap_or(Reach::Everyone)
    }

    /// The feed's stand-in for a change a device may not see: the count moves on, nothing else.
    pub fn pass(&mut self, seq: u64) {
        self.seq = self.seq.max(seq);
    }
}

impl Role {
    /// Whether a device with this role is sent a change that reaches `reach`.
    pub fn sees(self, reach: Reach, shared: bool) -> bool {
        match reach {
            Reach::Group(g) => self.may_read(Some(g), shared),
            Reach::Combined => self.may_read(None, shared),
            Reach::Everyone => true,
            Reach::Desk => !matches!(self, Role::Group(_)),
        }
    }
}

#[cfg(test)]
mod tests;
