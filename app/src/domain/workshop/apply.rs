//! What a validated change does to the workshop. Infallible by construction: everything that
//! could fail was checked in `validate`.

use super::super::{
    CategoryId, Change, DomainError, LevelId, Merge, Relationship, Round, Stakeholder,
    StakeholderPatch, Timer, Valid, WorkshopSetup,
};
use super::Workshop;

impl Workshop {
    /// The workshop that `setup` and the changes of its durable log, in order, make: how the
    /// server rebuilds each workshop when it starts, and so the map as it was after any number
    /// of edits (the first `n` changes give the map at sequence number `n`). The changes were
    /// validated before they were logged; they are applied as they were.
    pub fn replay(
        setup: WorkshopSetup,
        log: impl IntoIterator<Item = Change>,
    ) -> Result<Self, DomainError> {
        Self::replay_seeing(setup, log, |_, _| {})
    }

    /// [`Workshop::replay`] that shows `see` the workshop before each change: how the server
    /// keeps each round's maps as it replays.
    pub fn replay_seeing(
        setup: WorkshopSetup,
        log: impl IntoIterator<Item = Change>,
        mut see: impl FnMut(&Workshop, &Change),
    ) -> Result<Self, DomainError> {
        let mut workshop = Workshop::create(setup.stripped())?;
        for change in log {
            see(&workshop, &change);
            workshop.apply(Valid::from_log(change));
        }
        Ok(workshop)
    }

    /// Applies a validated change. Infallible: everything that could fail was checked.
    pub fn apply(&mut self, valid: Valid) {
        self.effect(valid.0);
        self.seq += 1;
    }

    /// What a validated change does (a guarded one: its inner change's).
    pub(super) fn effect(&mut self, change: Change) {
        match change {
            Change::AddStakeholder { id, group, fields } => {
                self.stakeholders.push(Stakeholder {
                    id,
                    group,
                    name: fields.name,
                    category: CategoryId::new(&fields.category),
                    level: LevelId::new(&fields.level),
                    interest: score(fields.interest),
                    influence: score(fields.influence),
                    attitude: fields.attitude,
                    interests: fields.interests,
                    cooperation: fields.cooperation,
                    notes: fields.notes,
                });
            }
            Change::UpdateStakeholder { id, patch } => {
                if let Some(s) = self.stakeholders.iter_mut().find(|s| s.id == id) {
                    patch_into(s, patch);
                }
            }
            Change::DeleteStakeholder { id } => {
                self.stakeholders.retain(|s| s.id != id);
                // A relationship cannot outlive either end.
                self.relationships.retain(|r| !r.touches(id));
            }
            Change::AddRelationship { id, fields } => {
                #[expect(clippy::expect_used, reason = "validate checked both ends exist")]
                let group = self
                    .stakeholder(fields.from)
                    .map(|s| s.group)
                    .expect("validated: both ends exist");
                self.relationships.push(Relationship {
                    id,
                    group,
                    from: fields.from,
                    to: fields.to,
                    kind: fields.kind,
                    strength: strength(fields.strength),
                    directed: fields.directed,
                });
            }
            Change::UpdateRelationship { id, patch } => {
                if let Some(r) = self.relationships.iter_mut().find(|r| r.id == id) {
                    if let Some(kind) = patch.kind {
                        r.kind = kind;
                    }
                    if let Some(s) = patch.strength {
                        r.strength = strength(s);
                    }
                    if let Some(directed) = patch.directed {
                        r.directed = directed;
                    }
                }
            }
            Change::DeleteRelationship { id } => self.relationships.retain(|r| r.id != id),
            Change::AddMerge {
                id,
                members,
                verdict,
            } => self.merges.push(Merge {
                id,
                members,
                verdict,
            }),
            Change::DeleteMerge { id } => self.merges.retain(|m| m.id != id),
            Change::StartTimer {
                label,
                seconds,
                started_at,
            } => {
                self.timer = Some(Timer {
                    label,
                    seconds,
                    started_at,
                });
            }
            Change::StopTimer => self.timer = None,
            Change::ShareMaps { with_groups } => self.maps_shared = with_groups,
            Change::CloseRound { name } => self.rounds.push(Round {
                name,
                seq: self.seq,
            }),
            Change::Guarded { change, .. } => self.effect(*change),
            Change::Baseline { id, edit } => self.baseline_effect(id, edit),
            Change::Batch { changes } => {
                for change in changes {
                    self.effect(change);
                }
            }
        }
    }
}

/// A validated strength (1–3) as stored.
fn strength(value: i64) -> u8 {
    u8::try_from(value).unwrap_or(1)
}

fn patch_into(s: &mut Stakeholder, p: StakeholderPatch) {
    if let Some(v) = p.name {
        s.name = v;
    }
    if let Some(v) = p.category {
        s.category = CategoryId::new(&v);
    }
    if let Some(v) = p.level {
        s.level = LevelId::new(&v);
    }
    if let Some(v) = p.interest {
        s.interest = score(v);
    }
    if let Some(v) = p.influence {
        s.influence = score(v);
    }
    if let Some(v) = p.attitude {
        s.attitude = v;
    }
    if let Some(v) = p.interests {
        s.interests = v;
    }
    if let Some(v) = p.cooperation {
        s.cooperation = v;
    }
    if let Some(v) = p.notes {
        s.notes = v;
    }
}

/// Scores were checked against the scale, whose bounds are `u8`.
fn score(value: i64) -> u8 {
    u8::try_from(value).unwrap_or(u8::MAX)
}
