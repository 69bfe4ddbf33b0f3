//! Baselines over the API: attaching one (`NewBaseline`, from a workshop on this server;
//! a `workshop.json` is sent as it is), what the desk is shown of one (`BaselineView`: its
//! actors, the moderator's matches and the matches proposed) and matches confirmed or taken
//! back (`NewMatches`).

use serde::{Deserialize, Serialize};

use crate::domain::{
    Baseline, BaselineActor, BaselineId, BaselineMatch, Proposal, StakeholderId, WorkshopId,
};

/// A baseline from another workshop on this server, with a key of it that may export (the
/// moderator's or an analyst's).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewBaseline {
    #[cfg_attr(feature = "ssr", schema(value_type = uuid::Uuid))]
    pub workshop: WorkshopId,
    pub key: String,
    /// Its name here; the other workshop's title and date when empty.
    #[serde(default)]
    pub name: String,
}

/// A baseline as the desk sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BaselineView {
    #[cfg_attr(feature = "ssr", schema(value_type = uuid::Uuid))]
    pub id: BaselineId,
    pub name: String,
    pub actors: Vec<BaselineActor>,
    /// The moderator's matches: `stakeholder` is one of this workshop's stakeholders (any
    /// member of the actor on the combined map).
    pub matches: Vec<BaselineMatch>,
    /// Matches the name matching proposes for the actors still unmatched; `stakeholder` is
    /// the combined map's id.
    pub proposals: Vec<Proposal>,
}

impl BaselineView {
    /// The baseline itself, as the pictures and the desk's matching read it.
    pub fn baseline(&self) -> Baseline {
        Baseline::new(self.id, self.name.clone(), self.actors.clone())
            .with_matches(self.matches.clone())
    }
}

/// One actor's match: `stakeholder` null takes it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MatchChoice {
    pub actor: StakeholderId,
    #[serde(default)]
    pub stakeholder: Option<StakeholderId>,
}

/// Matches confirmed or taken back together: all of them, or none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewMatches {
    pub matches: Vec<MatchChoice>,
}
