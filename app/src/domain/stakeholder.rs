//! A stakeholder as one group entered it.

use serde::{Deserialize, Serialize};

use super::{Attitude, CategoryId, GroupId, LevelId, StakeholderId};

#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Stakeholder {
    pub(super) id: StakeholderId,
    pub(super) group: GroupId,
    pub(super) name: String,
    pub(super) category: CategoryId,
    pub(super) level: LevelId,
    pub(super) interest: u8,
    pub(super) influence: u8,
    pub(super) attitude: Attitude,
    pub(super) interests: String,
    pub(super) cooperation: String,
    pub(super) notes: String,
}

impl Stakeholder {
    pub fn id(&self) -> StakeholderId {
        self.id
    }

    pub fn group(&self) -> GroupId {
        self.group
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn category(&self) -> &CategoryId {
        &self.category
    }
    pub fn level(&self) -> &LevelId {
        &self.level
    }
    pub fn interest(&self) -> u8 {
        self.interest
    }
    pub fn influence(&self) -> u8 {
        self.influence
    }
    pub fn attitude(&self) -> Attitude {
        self.attitude
    }
    /// What the stakeholder wants ("their interests").
    pub fn interests(&self) -> &str {
        &self.interests
    }
    /// How the group could cooperate with it.
    pub fn cooperation(&self) -> &str {
        &self.cooperation
    }
    pub fn notes(&self) -> &str {
        &self.notes
    }
}
