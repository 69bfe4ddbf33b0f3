//! Restoring a workshop from a copy of it (an imported `workshop.json`): the copy becomes a
//! setup and the edits that rebuild it, so a restored workshop takes the one write path like
//! any other change, and every entry in the copy is validated as if a group had typed it.
//!
//! What comes back: the setup (title, subject, question, date, place, language, groups with
//! their ids), every stakeholder, relationship and merge with its id, in the order they were
//! made, and every baseline with the matches whose stakeholder came back. What does not: the workshop's id (the caller gives a new one), its join codes and
//! keys (never in the copy), its edit count, a running countdown and whether the maps are
//! shared with the groups (those are about the moment, not the map).

use super::{
    Actor, Change, DomainError, RelationshipFields, StakeholderFields, Workshop, WorkshopId,
    WorkshopSetup,
};

/// A copy that cannot be restored: which entry, and why.
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("{item}: {error}")]
pub struct RestoreError {
    /// The entry, as a person finds it in the file: `stakeholders[3] "Минюст"`.
    pub item: String,
    pub error: DomainError,
}

/// The setup and the edits that rebuild `copy` under the new id.
#[derive(Clone, PartialEq, Debug)]
pub struct RestorePlan {
    pub setup: WorkshopSetup,
    pub changes: Vec<Change>,
}

impl Workshop {
    /// Plans the restoring of `self` (a copy read from a file) as a new workshop `id`, and
    /// checks the plan by carrying it out: every change is validated as the moderator's.
    /// Merges whose members were deleted keep the members that remain; a merge left with
    /// one member, or that the remaining ones make redundant, changed nothing on the map and
    /// is left out.
    pub fn restore_plan(&self, id: WorkshopId) -> Result<RestorePlan, RestoreError> {
        let setup = WorkshopSetup {
            id,
            title: self.title().to_owned(),
            focal: self.focal().to_owned(),
            question: self.question().to_owned(),
            date: self.date().to_owned(),
            place: self.place().to_owned(),
            language: self.language(),
            groups: self.groups().to_vec(),
            demo: self.is_demo(),
        };
        let mut rebuilt = Workshop::create(setup.clone()).map_err(|error| RestoreError {
            item: "workshop".to_owned(),
            error,
        })?;
        let mut changes = Vec::with_capacity(
            self.stakeholders().len() + self.relationships().len() + self.merges().len(),
        );
        let mut add = |rebuilt: &mut Workshop, item: &dyn Fn() -> String, change: Change| {
            let valid = rebuilt
                .validate(Actor::Moderator, change)
                .map_err(|error| RestoreError {
                    item: item(),
                    error,
                })?;
            changes.push(valid.change().clone());
            rebuilt.apply(valid);
            Ok::<(), RestoreError>(())
        };
        for (i, s) in self.stakeholders().iter().enumerate() {
            let change = Change::AddStakeholder {
                id: s.id(),
                group: s.group(),
                fields: StakeholderFields::of(s),
            };
            add(
                &mut rebuilt,
                &|| format!("stakeholders[{i}] {:?}", s.name()),
                change,
            )?;
        }
        for (i, r) in self.relationships().iter().enumerate() {
            let change = Change::AddRelationship {
                id: r.id(),
                fields: RelationshipFields::of(r),
            };
            add(&mut rebuilt, &|| format!("relationships[{i}]"), change)?;
        }
        for (i, m) in self.merges().iter().enumerate() {
            let members: Vec<_> = m
                .members()
                .iter()
                .copied()
                .filter(|s| rebuilt.stakeholder(*s).is_some())
                .collect();
            let change = Change::AddMerge {
                id: m.id(),
                members,
                verdict: m.verdict(),
            };
            match add(&mut rebuilt, &|| format!("merges[{i}]"), change) {
                Err(RestoreError {
                    error: DomainError::MergeSize { .. } | DomainError::AlreadyMerged,
                    ..
                }) => {}
                other => other?,
            }
        }
        #[cfg(not(feature = "hydrate"))]
        for (i, b) in self.baselines().iter().enumerate() {
            let attach = Change::Baseline {
                id: b.id(),
                edit: super::BaselineEdit::Attach {
                    name: b.name().to_owned(),
                    actors: b.actors().to_vec(),
                },
            };
            add(
                &mut rebuilt,
                &|| format!("baselines[{i}] {:?}", b.name()),
                attach,
            )?;
            for m in b.matches() {
                let matched = Change::Baseline {
                    id: b.id(),
                    edit: super::BaselineEdit::Match {
                        actor: m.actor,
                        stakeholder: Some(m.stakeholder),
                    },
                };
                // A match whose stakeholder did not come back matched nothing.
                match add(&mut rebuilt, &|| format!("baselines[{i}] matches"), matched) {
                    Err(RestoreError {
                        error: DomainError::UnknownStakeholder | DomainError::AlreadyMatched,
                        ..
                    }) => {}
                    other => other?,
                }
            }
        }
        Ok(RestorePlan { setup, changes })
    }
}

#[cfg(test)]
mod tests;
