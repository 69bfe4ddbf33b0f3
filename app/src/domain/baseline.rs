//! Baselines: another workshop's combined map, frozen when the moderator attached it (last
//! year's map of the same field), and which of its actors are which of this workshop's.
//!
//! Attaching, matching and detaching are edits ([`BaselineEdit`] inside `Change::Baseline`),
//! validated and applied like any other (`workshop/baselines.rs`). A tablet never reads one:
//! in the browser the edit is carried opaque (`opaque.rs`) and a workshop holds no baselines,
//! so the tablet's code pays nothing for them; the desk's pages ask the server
//! (`GET …/baselines`), which also proposes the matches (`combined/baseline.rs`).

#[cfg(feature = "hydrate")]
mod opaque;

use serde::{Deserialize, Serialize};

use super::{BaselineId, StakeholderId};

#[cfg(feature = "hydrate")]
pub use opaque::BaselineEdit;

/// A median in half steps: the median of an even number of scores can fall between two.
/// Written as a number (`3.5`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Median(u16);

impl Median {
    /// The nearest half step to `value`.
    pub fn of(value: f64) -> Self {
        Self((value * 2.0).round().clamp(0.0, f64::from(u16::MAX)) as u16)
    }
    pub fn value(self) -> f64 {
        f64::from(self.0) / 2.0
    }
    /// The cell it counts in: a median between two values counts as the lower, as on the
    /// combined map.
    pub fn cell(self) -> u8 {
        u8::try_from(self.0 / 2).unwrap_or(u8::MAX)
    }
}

impl Serialize for Median {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.value())
    }
}

impl<'de> Deserialize<'de> for Median {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        if value.is_finite() && value >= 0.0 {
            Ok(Self::of(value))
        } else {
            Err(serde::de::Error::custom(
                "a median is a number of 0 or more",
            ))
        }
    }
}

/// One score of a baseline's actor over the groups that named it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Scores {
    #[cfg_attr(feature = "ssr", schema(value_type = f64))]
    pub median: Median,
    pub min: u8,
    pub max: u8,
}

/// One actor of a baseline, as its workshop's combined map had it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BaselineActor {
    /// Its id in its own workshop (the combined stakeholder's first member).
    pub id: StakeholderId,
    pub name: String,
    pub category: String,
    pub level: String,
    pub interest: Scores,
    pub influence: Scores,
    /// The names of the groups that named it there.
    #[serde(default)]
    pub groups: Vec<String>,
}

/// That a baseline's actor is one of this workshop's: `stakeholder` is any member of the
/// combined stakeholder it is (a merge later still finds it).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BaselineMatch {
    pub actor: StakeholderId,
    pub stakeholder: StakeholderId,
}

/// A baseline attached to a workshop.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Baseline {
    pub(super) id: BaselineId,
    pub(super) name: String,
    pub(super) actors: Vec<BaselineActor>,
    #[serde(default)]
    pub(super) matches: Vec<BaselineMatch>,
}

impl Baseline {
    pub fn new(id: BaselineId, name: String, actors: Vec<BaselineActor>) -> Self {
        Self {
            id,
            name,
            actors,
            matches: Vec::new(),
        }
    }
    /// The same with the moderator's `matches` (as the server lists them).
    pub fn with_matches(self, matches: Vec<BaselineMatch>) -> Self {
        Self { matches, ..self }
    }
    pub fn id(&self) -> BaselineId {
        self.id
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn actors(&self) -> &[BaselineActor] {
        &self.actors
    }
    pub fn actor(&self, id: StakeholderId) -> Option<&BaselineActor> {
        self.actors.iter().find(|a| a.id == id)
    }
    /// The moderator's matches, in the order made (a later one for the same actor replaced
    /// the earlier).
    pub fn matches(&self) -> &[BaselineMatch] {
        &self.matches
    }
    /// The current stakeholder `actor` is matched with.
    pub fn match_of(&self, actor: StakeholderId) -> Option<StakeholderId> {
        (self.matches.iter())
            .find(|m| m.actor == actor)
            .map(|m| m.stakeholder)
    }
}

/// What an edit does to a workshop's baselines (`{"op": "baseline", "id", "edit"}`).
#[cfg(not(feature = "hydrate"))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum BaselineEdit {
    /// Attaches a baseline under a name ("Карта 2022").
    Attach {
        name: String,
        actors: Vec<BaselineActor>,
    },
    /// Says which of this workshop's stakeholders a baseline's actor is; `None` takes a match
    /// back.
    Match {
        actor: StakeholderId,
        #[serde(default)]
        stakeholder: Option<StakeholderId>,
    },
    /// Takes the baseline away.
    Detach,
}

#[cfg(test)]
mod tests;
