//! The rules for a baseline's edits and their effect. The browser never validates or applies
//! one for real (`baseline.rs`): it refuses to make one and passes one it is sent.

use super::super::Actor;
#[cfg(not(feature = "hydrate"))]
use super::super::{Baseline, BaselineActor, BaselineMatch, Counted, Field, Scores, StakeholderId};
use super::super::{BaselineEdit, BaselineId, Change, DomainError};
use super::Workshop;
#[cfg(not(feature = "hydrate"))]
use super::validate::{at_most, moderator_only, optional, required};
#[cfg(not(feature = "hydrate"))]
use super::{clusters::clusters, limits};

#[cfg(feature = "hydrate")]
impl Workshop {
    pub(super) fn check_baseline(
        &self,
        _: Actor,
        _: BaselineId,
        _: BaselineEdit,
    ) -> Result<Change, DomainError> {
        Err(DomainError::ModeratorOnly)
    }

    pub(super) fn baseline_effect(&mut self, _: BaselineId, _: BaselineEdit) {
        self.baseline_edits = self.baseline_edits.wrapping_add(1);
    }

    /// How many baseline edits this copy has passed (the desk's pages ask again when it moves).
    pub fn baseline_edits(&self) -> u32 {
        self.baseline_edits
    }
}

#[cfg(not(feature = "hydrate"))]
impl Workshop {
    pub fn baselines(&self) -> &[Baseline] {
        &self.baselines
    }
    pub fn baseline(&self, id: BaselineId) -> Option<&Baseline> {
        self.baselines.iter().find(|b| b.id == id)
    }

    pub(super) fn check_baseline(
        &self,
        actor: Actor,
        id: BaselineId,
        edit: BaselineEdit,
    ) -> Result<Change, DomainError> {
        moderator_only(actor)?;
        let edit = match edit {
            BaselineEdit::Attach { name, actors } => {
                if self.baseline(id).is_some() {
                    return Err(DomainError::DuplicateBaseline);
                }
                at_most(
                    Counted::Baselines,
                    self.baselines.len() as u64,
                    limits::BASELINES as u64,
                )?;
                BaselineEdit::Attach {
                    name: required(&name, Field::Name, limits::ROUND_NAME)?,
                    actors: self.check_actors(actors)?,
                }
            }
            BaselineEdit::Match { actor, stakeholder } => {
                let baseline = self.baseline(id).ok_or(DomainError::UnknownBaseline)?;
                baseline
                    .actor(actor)
                    .ok_or(DomainError::UnknownStakeholder)?;
                if let Some(now) = stakeholder {
                    self.stakeholder(now)
                        .ok_or(DomainError::UnknownStakeholder)?;
                    if self.matched_elsewhere(baseline, actor, now) {
                        return Err(DomainError::AlreadyMatched);
                    }
                }
                BaselineEdit::Match { actor, stakeholder }
            }
            BaselineEdit::Detach => {
                self.baseline(id).ok_or(DomainError::UnknownBaseline)?;
                BaselineEdit::Detach
            }
        };
        Ok(Change::Baseline { id, edit })
    }

    /// Whether another of `baseline`'s actors is matched with `now`'s combined stakeholder.
    fn matched_elsewhere(
        &self,
        baseline: &Baseline,
        actor: StakeholderId,
        now: StakeholderId,
    ) -> bool {
        let cluster = clusters(self);
        let of = |s: &StakeholderId| cluster.get(s).copied();
        (baseline.matches.iter()).any(|m| {
            m.actor != actor && of(&m.stakeholder).is_some() && of(&m.stakeholder) == of(&now)
        })
    }

    /// A baseline's actors as a workshop's stakeholders are held: names and words clean and
    /// within bounds, scores on this workshop's scale, ids once each.
    fn check_actors(&self, actors: Vec<BaselineActor>) -> Result<Vec<BaselineActor>, DomainError> {
        if actors.len() > limits::BASELINE_ACTORS {
            return Err(DomainError::TooMany {
                what: Counted::BaselineActors,
                max: limits::BASELINE_ACTORS as u64,
            });
        }
        let mut seen = std::collections::HashSet::new();
        let scale = self.scale;
        let on_scale = |s: &Scores, field| {
            let (lo, hi) = (scale.min(), scale.max());
            let ok = (lo..=hi).contains(&s.min)
                && (lo..=hi).contains(&s.max)
                && s.min <= s.max
                && (f64::from(s.min)..=f64::from(s.max)).contains(&s.median.value());
            ok.then_some(*s).ok_or(DomainError::OutOfScale {
                field,
                min: lo,
                max: hi,
            })
        };
        actors
            .into_iter()
            .map(|a| {
                if !seen.insert(a.id) {
                    return Err(DomainError::DuplicateStakeholder);
                }
                let word = |raw: &str, field| required(raw, field, limits::NAME);
                let mut groups = Vec::new();
                for g in a.groups.iter().take(limits::GROUPS) {
                    let g = optional(g, Field::Groups, limits::GROUP_NAME)?;
                    if !g.is_empty() {
                        groups.push(g);
                    }
                }
                Ok(BaselineActor {
                    id: a.id,
                    name: word(&a.name, Field::Name)?,
                    category: word(&a.category, Field::Category)?,
                    level: word(&a.level, Field::Level)?,
                    interest: on_scale(&a.interest, Field::Interest)?,
                    influence: on_scale(&a.influence, Field::Influence)?,
                    groups,
                })
            })
            .collect()
    }

    pub(super) fn baseline_effect(&mut self, id: BaselineId, edit: BaselineEdit) {
        match edit {
            BaselineEdit::Attach { name, actors } => {
                self.baselines.push(Baseline::new(id, name, actors));
            }
            BaselineEdit::Match { actor, stakeholder } => {
                if let Some(b) = self.baselines.iter_mut().find(|b| b.id == id) {
                    b.matches.retain(|m| m.actor != actor);
                    if let Some(stakeholder) = stakeholder {
                        b.matches.push(BaselineMatch { actor, stakeholder });
                    }
                }
            }
            BaselineEdit::Detach => self.baselines.retain(|b| b.id != id),
        }
    }
}
