//! What a change must satisfy before it is applied: who may make it, and what its fields may
//! hold. Nothing here changes the workshop.

use super::super::text;
use super::super::{
    Actor, Change, Counted, DomainError, Field, GroupId, MAX_STRENGTH, Relationship,
    RelationshipFields, RelationshipId, Stakeholder, StakeholderFields, StakeholderId,
    StakeholderPatch, Valid,
};
use super::clusters::clusters;
use super::{Workshop, limits};

impl Workshop {
    /// Checks that `actor` may make `change` now and normalises it; changes nothing.
    pub fn validate(&self, actor: Actor, change: Change) -> Result<Valid, DomainError> {
        at_most(Counted::Edits, self.seq, limits::EDITS)?;
        let change = match change {
            Change::AddStakeholder { id, group, fields } => {
                if self.group(group).is_none() {
                    return Err(DomainError::UnknownGroup);
                }
                may_touch(actor, group)?;
                if self.stakeholder(id).is_some() {
                    return Err(DomainError::DuplicateStakeholder);
                }
                self.room_for_stakeholder(group)?;
                let fields = self.check_fields(fields)?;
                Change::AddStakeholder { id, group, fields }
            }
            Change::UpdateStakeholder { id, patch } => {
                self.own_stakeholder(actor, id)?;
                let patch = self.check_patch(patch)?;
                Change::UpdateStakeholder { id, patch }
            }
            Change::DeleteStakeholder { id } => {
                self.own_stakeholder(actor, id)?;
                Change::DeleteStakeholder { id }
            }
            Change::AddRelationship { id, fields } => {
                if self.relationship(id).is_some() {
                    return Err(DomainError::DuplicateRelationshipId);
                }
                let fields = self.check_relationship(actor, fields, None)?;
                let group = self.stakeholder(fields.from).map(|s| s.group);
                let count = self
                    .relationships
                    .iter()
                    .filter(|r| Some(r.group) == group)
                    .count();
                at_most(
                    Counted::Relationships,
                    count as u64,
                    limits::RELATIONSHIPS_PER_GROUP as u64,
                )?;
                Change::AddRelationship { id, fields }
            }
            Change::UpdateRelationship { id, patch } => {
                let current = self.own_relationship(actor, id)?;
                let merged = RelationshipFields {
                    from: current.from,
                    to: current.to,
                    kind: patch.kind.unwrap_or(current.kind),
                    strength: patch.strength.unwrap_or(i64::from(current.strength)),
                    directed: patch.directed.unwrap_or(current.directed),
                };
                self.check_relationship(actor, merged, Some(id))?;
                Change::UpdateRelationship { id, patch }
            }
            Change::DeleteRelationship { id } => {
                self.own_relationship(actor, id)?;
                Change::DeleteRelationship { id }
            }
            Change::AddMerge {
                id,
                members,
                verdict,
            } => {
                moderator_only(actor)?;
                if self.merge(id).is_some() {
                    return Err(DomainError::DuplicateMergeId);
                }
                at_most(
                    Counted::Merges,
                    self.merges.len() as u64,
                    limits::MERGES as u64,
                )?;
                let members = self.check_merge(members)?;
                Change::AddMerge {
                    id,
                    members,
                    verdict,
                }
            }
            Change::DeleteMerge { id } => {
                moderator_only(actor)?;
                self.merge(id).ok_or(DomainError::UnknownMerge)?;
                Change::DeleteMerge { id }
            }
            Change::StartTimer {
                label,
                seconds,
                started_at,
            } => {
                moderator_only(actor)?;
                if !(1..=limits::TIMER_SECONDS).contains(&seconds) {
                    return Err(DomainError::TimerLength {
                        max: limits::TIMER_SECONDS,
                    });
                }
                Change::StartTimer {
                    label: optional(&label, Field::Label, limits::TIMER_LABEL)?,
                    seconds,
                    started_at,
                }
            }
            Change::StopTimer => {
                moderator_only(actor)?;
                Change::StopTimer
            }
            Change::ShareMaps { with_groups } => {
                moderator_only(actor)?;
                Change::ShareMaps { with_groups }
            }
            Change::CloseRound { name } => self.check_round(actor, &name)?,
            Change::Guarded {
                stakeholder,
                relationship,
                change,
            } => self.check_guarded(actor, stakeholder, relationship, *change)?,
            Change::Batch { changes } => self.check_batch(actor, changes)?,
            Change::Baseline { id, edit } => self.check_baseline(actor, id, edit)?,
        };
        Ok(Valid(change))
    }

    fn check_round(&self, actor: Actor, name: &str) -> Result<Change, DomainError> {
        moderator_only(actor)?;
        at_most(
            Counted::Rounds,
            self.rounds.len() as u64,
            limits::ROUNDS as u64,
        )?;
        Ok(Change::CloseRound {
            name: optional(name, Field::Name, limits::ROUND_NAME)?,
        })
    }

    fn room_for_stakeholder(&self, group: GroupId) -> Result<(), DomainError> {
        let count = self
            .stakeholders
            .iter()
            .filter(|s| s.group == group)
            .count();
        at_most(
            Counted::Stakeholders,
            count as u64,
            limits::STAKEHOLDERS_PER_GROUP as u64,
        )
    }

    /// The stakeholder `id`, if it exists and `actor` may change it.
    fn own_stakeholder(
        &self,
        actor: Actor,
        id: StakeholderId,
    ) -> Result<&Stakeholder, DomainError> {
        let current = self
            .stakeholder(id)
            .ok_or(DomainError::UnknownStakeholder)?;
        may_touch(actor, current.group)?;
        Ok(current)
    }

    /// The relationship `id`, if it exists and `actor` may change it.
    fn own_relationship(
        &self,
        actor: Actor,
        id: RelationshipId,
    ) -> Result<&Relationship, DomainError> {
        let current = self
            .relationship(id)
            .ok_or(DomainError::UnknownRelationship)?;
        may_touch(actor, current.group)?;
        Ok(current)
    }

    fn check_fields(&self, f: StakeholderFields) -> Result<StakeholderFields, DomainError> {
        Ok(StakeholderFields {
            name: required(&f.name, Field::Name, limits::NAME)?,
            category: self.check_category(&f.category)?,
            level: self.check_level(&f.level)?,
            interest: self.check_score(f.interest, Field::Interest)?,
            influence: self.check_score(f.influence, Field::Influence)?,
            attitude: f.attitude,
            interests: optional(&f.interests, Field::Interests, limits::TEXT)?,
            cooperation: optional(&f.cooperation, Field::Cooperation, limits::TEXT)?,
            notes: optional(&f.notes, Field::Notes, limits::TEXT)?,
        })
    }

    fn check_patch(&self, p: StakeholderPatch) -> Result<StakeholderPatch, DomainError> {
        Ok(StakeholderPatch {
            name: p
                .name
                .map(|v| required(&v, Field::Name, limits::NAME))
                .transpose()?,
            category: p.category.map(|v| self.check_category(&v)).transpose()?,
            level: p.level.map(|v| self.check_level(&v)).transpose()?,
            interest: p
                .interest
                .map(|v| self.check_score(v, Field::Interest))
                .transpose()?,
            influence: p
                .influence
                .map(|v| self.check_score(v, Field::Influence))
                .transpose()?,
            attitude: p.attitude,
            interests: p
                .interests
                .map(|v| optional(&v, Field::Interests, limits::TEXT))
                .transpose()?,
            cooperation: p
                .cooperation
                .map(|v| optional(&v, Field::Cooperation, limits::TEXT))
                .transpose()?,
            notes: p
                .notes
                .map(|v| optional(&v, Field::Notes, limits::TEXT))
                .transpose()?,
        })
    }

    /// Both ends exist, differ and belong to one group the actor may change; the strength is
    /// 1–3; no other relationship (`except` the one being changed) joins the pair with the
    /// same kind.
    fn check_relationship(
        &self,
        actor: Actor,
        f: RelationshipFields,
        except: Option<RelationshipId>,
    ) -> Result<RelationshipFields, DomainError> {
        let from = self
            .stakeholder(f.from)
            .ok_or(DomainError::UnknownStakeholder)?;
        let to = self
            .stakeholder(f.to)
            .ok_or(DomainError::UnknownStakeholder)?;
        if f.from == f.to {
            return Err(DomainError::SelfLink);
        }
        if from.group != to.group {
            return Err(DomainError::CrossGroup);
        }
        may_touch(actor, from.group)?;
        if !(1..=i64::from(MAX_STRENGTH)).contains(&f.strength) {
            return Err(DomainError::OutOfScale {
                field: Field::Strength,
                min: 1,
                max: MAX_STRENGTH,
            });
        }
        if self
            .relationships
            .iter()
            .any(|r| Some(r.id) != except && r.kind == f.kind && r.joins(f.from, f.to))
        {
            return Err(DomainError::DuplicateRelationship);
        }
        Ok(f)
    }

    /// 2 to [`limits::MERGE_MEMBERS`] different stakeholders that exist and are not one on
    /// the combined map already (a decision about them would change nothing, and undoing it
    /// would surprise). Returns them sorted, so equal decisions look equal.
    fn check_merge(
        &self,
        mut members: Vec<StakeholderId>,
    ) -> Result<Vec<StakeholderId>, DomainError> {
        members.sort();
        members.dedup();
        if !(2..=limits::MERGE_MEMBERS).contains(&members.len()) {
            return Err(DomainError::MergeSize {
                max: limits::MERGE_MEMBERS,
            });
        }
        if members.iter().any(|m| self.stakeholder(*m).is_none()) {
            return Err(DomainError::UnknownStakeholder);
        }
        let cluster = clusters(self);
        if members.iter().all(|m| cluster[m] == cluster[&members[0]]) {
            return Err(DomainError::AlreadyMerged);
        }
        Ok(members)
    }

    fn check_category(&self, raw: &str) -> Result<String, DomainError> {
        let raw = raw.trim();
        if self.categories.iter().any(|c| c.as_str() == raw) {
            Ok(raw.to_owned())
        } else if raw.is_empty() {
            Err(DomainError::Blank(Field::Category))
        } else {
            Err(DomainError::UnknownCategory(raw.to_owned()))
        }
    }

    fn check_level(&self, raw: &str) -> Result<String, DomainError> {
        let raw = raw.trim();
        if self.levels.iter().any(|l| l.as_str() == raw) {
            Ok(raw.to_owned())
        } else if raw.is_empty() {
            Err(DomainError::Blank(Field::Level))
        } else {
            Err(DomainError::UnknownLevel(raw.to_owned()))
        }
    }

    fn check_score(&self, value: i64, field: Field) -> Result<i64, DomainError> {
        if self.scale.contains(value) {
            Ok(value)
        } else {
            Err(DomainError::OutOfScale {
                field,
                min: self.scale.min(),
                max: self.scale.max(),
            })
        }
    }
}

/// Refuses one more when `count` already reached `max`.
pub(super) fn at_most(what: Counted, count: u64, max: u64) -> Result<(), DomainError> {
    if count < max {
        Ok(())
    } else {
        Err(DomainError::TooMany { what, max })
    }
}

pub(super) fn moderator_only(actor: Actor) -> Result<(), DomainError> {
    if actor == Actor::Moderator {
        Ok(())
    } else {
        Err(DomainError::ModeratorOnly)
    }
}

fn may_touch(actor: Actor, owner: GroupId) -> Result<(), DomainError> {
    match actor {
        Actor::Moderator => Ok(()),
        Actor::Group(g) if g == owner => Ok(()),
        Actor::Group(_) => Err(DomainError::NotYourGroup),
    }
}

pub(super) fn required(raw: &str, field: Field, max: usize) -> Result<String, DomainError> {
    let value = optional(raw, field, max)?;
    if value.is_empty() {
        Err(DomainError::Blank(field))
    } else {
        Ok(value)
    }
}

pub(super) fn optional(raw: &str, field: Field, max: usize) -> Result<String, DomainError> {
    let value = text::clean(raw, field)?;
    if value.chars().count() > max {
        Err(DomainError::TooLong { field, max })
    } else {
        Ok(value)
    }
}
