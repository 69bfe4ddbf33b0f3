//! Undoing one's own edits: the inverse of a change, worked out against the workshop it is
//! applied to, which says what it replaces ([`Change::Guarded`]) so that another device's later
//! change makes it refused with a reason — never applied half; and the rules for a guarded
//! change and a batch (a deleted stakeholder back with its relationships).

use super::super::{
    Actor, CategoryId, Change, DomainError, Field, LevelId, RelationshipFields, RelationshipPatch,
    Stakeholder, StakeholderFields, StakeholderPatch, Target, Valid,
};
use super::Workshop;

impl Workshop {
    /// The change that undoes `change` (validated) when applied after it, worked out against
    /// this workshop — the one `change` is about to be applied to. `None` for what a tablet
    /// does not undo (the moderator's merges, countdown, sharing and rounds have controls of
    /// their own) and for a change about nothing here.
    pub fn inverse(&self, change: &Change) -> Option<Change> {
        let stakeholder = |fields: StakeholderPatch, change: Change| Change::Guarded {
            stakeholder: Some(fields),
            relationship: None,
            change: Box::new(change),
        };
        let relationship = |fields: RelationshipPatch, change: Change| Change::Guarded {
            stakeholder: None,
            relationship: Some(fields),
            change: Box::new(change),
        };
        Some(match change {
            Change::AddStakeholder { id, fields, .. } => {
                stakeholder(whole(fields), Change::DeleteStakeholder { id: *id })
            }
            Change::UpdateStakeholder { id, patch } => {
                let before = self.stakeholder(*id)?;
                stakeholder(
                    patch.clone(),
                    Change::UpdateStakeholder {
                        id: *id,
                        patch: was(before, patch),
                    },
                )
            }
            Change::DeleteStakeholder { id } => {
                let s = self.stakeholder(*id)?;
                let back = Change::AddStakeholder {
                    id: *id,
                    group: s.group,
                    fields: StakeholderFields::of(s),
                };
                let relationships = self.relationships_of(*id).map(|r| Change::AddRelationship {
                    id: r.id,
                    fields: RelationshipFields::of(r),
                });
                together(std::iter::once(back).chain(relationships).collect())
            }
            Change::AddRelationship { id, fields } => relationship(
                RelationshipPatch {
                    kind: Some(fields.kind),
                    strength: Some(fields.strength),
                    directed: Some(fields.directed),
                },
                Change::DeleteRelationship { id: *id },
            ),
            Change::UpdateRelationship { id, patch } => {
                let r = self.relationship(*id)?;
                let old = RelationshipPatch {
                    kind: patch.kind.map(|_| r.kind),
                    strength: patch.strength.map(|_| i64::from(r.strength)),
                    directed: patch.directed.map(|_| r.directed),
                };
                relationship(
                    patch.clone(),
                    Change::UpdateRelationship {
                        id: *id,
                        patch: old,
                    },
                )
            }
            Change::DeleteRelationship { id } => {
                let r = self.relationship(*id)?;
                Change::AddRelationship {
                    id: *id,
                    fields: RelationshipFields::of(r),
                }
            }
            Change::Guarded { change, .. } => return self.inverse(change),
            // Each undone, last first, each worked out where the batch had got to.
            Change::Batch { changes } => {
                let mut at = self.clone();
                let mut undo = Vec::with_capacity(changes.len());
                for change in changes {
                    undo.push(at.inverse(change)?);
                    at.effect(change.clone());
                }
                undo.reverse();
                together(undo)
            }
            Change::AddMerge { .. }
            | Change::DeleteMerge { .. }
            | Change::StartTimer { .. }
            | Change::StopTimer
            | Change::ShareMaps { .. }
            | Change::CloseRound { .. }
            | Change::Baseline { .. } => return None,
        })
    }

    /// A guarded change: its entry still has the values expected, then the change itself is
    /// valid as ever.
    pub(super) fn check_guarded(
        &self,
        actor: Actor,
        stakeholder: Option<StakeholderPatch>,
        relationship: Option<RelationshipPatch>,
        change: Change,
    ) -> Result<Change, DomainError> {
        match change.target() {
            Target::Stakeholder(id) => {
                if let Some(fields) = &stakeholder {
                    let s = self.stakeholder(id).ok_or(DomainError::GoneSince)?;
                    holds(s, fields)?;
                }
            }
            Target::Relationship(id) => {
                if let Some(fields) = &relationship {
                    let r = self.relationship(id).ok_or(DomainError::GoneSince)?;
                    let differs = [
                        (fields.kind.is_some_and(|k| k != r.kind), Field::Kind),
                        (
                            fields.strength.is_some_and(|s| s != i64::from(r.strength)),
                            Field::Strength,
                        ),
                        (
                            fields.directed.is_some_and(|d| d != r.directed),
                            Field::Kind,
                        ),
                    ];
                    if let Some((_, field)) = differs.into_iter().find(|(d, _)| *d) {
                        return Err(DomainError::ChangedSince(field));
                    }
                }
            }
            _ => {}
        }
        let Valid(change) = self.validate(actor, change)?;
        Ok(Change::Guarded {
            stakeholder,
            relationship,
            change: Box::new(change),
        })
    }

    /// A batch: each change as valid as it would be alone after the ones before it, checked on
    /// a copy, so that a refusal anywhere leaves the workshop as it was.
    pub(super) fn check_batch(
        &self,
        actor: Actor,
        changes: Vec<Change>,
    ) -> Result<Change, DomainError> {
        let mut after = self.clone();
        let mut valid = Vec::with_capacity(changes.len());
        for change in changes {
            // What a batch builds on went since it was made (an undo's restored relationship
            // whose other end another device deleted).
            let Valid(change) = after.validate(actor, change).map_err(|e| match e {
                DomainError::UnknownStakeholder | DomainError::UnknownRelationship => {
                    DomainError::GoneSince
                }
                other => other,
            })?;
            after.effect(change.clone());
            valid.push(change);
        }
        Ok(Change::Batch { changes: valid })
    }
}

/// One change as itself, more as a batch.
fn together(mut changes: Vec<Change>) -> Change {
    if changes.len() == 1
        && let Some(only) = changes.pop()
    {
        return only;
    }
    Change::Batch { changes }
}

/// The first field whose value is not the one expected, as a refusal.
fn holds(s: &Stakeholder, p: &StakeholderPatch) -> Result<(), DomainError> {
    let differs = [
        (p.name.as_ref().is_some_and(|v| *v != s.name), Field::Name),
        (
            p.category
                .as_ref()
                .is_some_and(|v| CategoryId::new(v) != s.category),
            Field::Category,
        ),
        (
            p.level.as_ref().is_some_and(|v| LevelId::new(v) != s.level),
            Field::Level,
        ),
        (
            p.interest.is_some_and(|v| v != i64::from(s.interest)),
            Field::Interest,
        ),
        (
            p.influence.is_some_and(|v| v != i64::from(s.influence)),
            Field::Influence,
        ),
        (p.attitude.is_some_and(|v| v != s.attitude), Field::Attitude),
        (
            p.interests.as_ref().is_some_and(|v| *v != s.interests),
            Field::Interests,
        ),
        (
            p.cooperation.as_ref().is_some_and(|v| *v != s.cooperation),
            Field::Cooperation,
        ),
        (
            p.notes.as_ref().is_some_and(|v| *v != s.notes),
            Field::Notes,
        ),
    ];
    match differs.into_iter().find(|(d, _)| *d) {
        Some((_, field)) => Err(DomainError::ChangedSince(field)),
        None => Ok(()),
    }
}

/// Every field of a new stakeholder, as an expectation.
fn whole(f: &StakeholderFields) -> StakeholderPatch {
    StakeholderPatch {
        name: Some(f.name.clone()),
        category: Some(f.category.clone()),
        level: Some(f.level.clone()),
        interest: Some(f.interest),
        influence: Some(f.influence),
        attitude: Some(f.attitude),
        interests: Some(f.interests.clone()),
        cooperation: Some(f.cooperation.clone()),
        notes: Some(f.notes.clone()),
    }
}

/// The values `s` has in the fields `patch` changes.
fn was(s: &Stakeholder, patch: &StakeholderPatch) -> StakeholderPatch {
    StakeholderPatch {
        name: patch.name.as_ref().map(|_| s.name.clone()),
        category: patch
            .category
            .as_ref()
            .map(|_| s.category.as_str().to_owned()),
        level: patch.level.as_ref().map(|_| s.level.as_str().to_owned()),
        interest: patch.interest.map(|_| i64::from(s.interest)),
        influence: patch.influence.map(|_| i64::from(s.influence)),
        attitude: patch.attitude.map(|_| s.attitude),
        interests: patch.interests.as_ref().map(|_| s.interests.clone()),
        cooperation: patch.cooperation.as_ref().map(|_| s.cooperation.clone()),
        notes: patch.notes.as_ref().map(|_| s.notes.clone()),
    }
}
