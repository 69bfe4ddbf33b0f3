//! The moderator's decisions on the combined map: these stakeholders, entered by different
//! groups, are one actor ([`Verdict::Same`]) — or are not, so stop proposing them
//! ([`Verdict::Distinct`]). Decisions never change the groups' own entries; deleting one
//! undoes it exactly.

use serde::{Deserialize, Serialize};

use super::{MergeId, StakeholderId};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Verdict {
    #[default]
    Same,
    Distinct,
}

#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Merge {
    pub(super) id: MergeId,
    /// Sorted and without repeats, so equal decisions look equal.
    pub(super) members: Vec<StakeholderId>,
    pub(super) verdict: Verdict,
}

impl Merge {
    pub fn id(&self) -> MergeId {
        self.id
    }
    pub fn members(&self) -> &[StakeholderId] {
        &self.members
    }
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }
}
