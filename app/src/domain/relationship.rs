//! A relationship between two stakeholders of one group: who works with, funds, commands,
//! informs or opposes whom.

use serde::{Deserialize, Serialize};

use super::{GroupId, RelationshipId, StakeholderId};

/// What ties two stakeholders.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum RelationKind {
    Cooperation,
    Funding,
    Authority,
    Information,
    Conflict,
    Other,
}

impl RelationKind {
    pub const ALL: [RelationKind; 6] = [
        RelationKind::Cooperation,
        RelationKind::Funding,
        RelationKind::Authority,
        RelationKind::Information,
        RelationKind::Conflict,
        RelationKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Cooperation => "cooperation",
            RelationKind::Funding => "funding",
            RelationKind::Authority => "authority",
            RelationKind::Information => "information",
            RelationKind::Conflict => "conflict",
            RelationKind::Other => "other",
        }
    }
}

/// The strongest a relationship can be (1 weak … 3 strong).
pub const MAX_STRENGTH: u8 = 3;

#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Relationship {
    pub(super) id: RelationshipId,
    pub(super) group: GroupId,
    pub(super) from: StakeholderId,
    pub(super) to: StakeholderId,
    pub(super) kind: RelationKind,
    pub(super) strength: u8,
    /// One-way (from → to) when true; mutual when false.
    pub(super) directed: bool,
}

impl Relationship {
    pub fn id(&self) -> RelationshipId {
        self.id
    }

    pub fn group(&self) -> GroupId {
        self.group
    }
    pub fn from(&self) -> StakeholderId {
        self.from
    }
    pub fn to(&self) -> StakeholderId {
        self.to
    }
    pub fn kind(&self) -> RelationKind {
        self.kind
    }
    pub fn strength(&self) -> u8 {
        self.strength
    }
    pub fn directed(&self) -> bool {
        self.directed
    }
    /// Whether the relationship touches `stakeholder` at either end.
    pub fn touches(&self, stakeholder: StakeholderId) -> bool {
        self.from == stakeholder || self.to == stakeholder
    }
    /// Whether it joins the same two stakeholders as `a`–`b`, in either direction.
    pub fn joins(&self, a: StakeholderId, b: StakeholderId) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }
}
