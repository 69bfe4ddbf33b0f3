//! The one edit type: every change to a workshop is an [`Edit`], whoever sends it.

use serde::{Deserialize, Serialize};

use super::{
    Attitude, BaselineEdit, BaselineId, EditId, GroupId, MergeId, RelationKind, Relationship,
    RelationshipId, Stakeholder, StakeholderId, Verdict,
};

/// Who asks for a change: the moderator may change any group's map, a group only its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(tag = "role", content = "group", rename_all = "snake_case")]
pub enum Actor {
    Moderator,
    Group(GroupId),
}

// The same JSON read flat (`RoleAndGroup`), buffering nothing.
impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Name {
            Moderator,
            Group,
        }
        let read = crate::tag_first::RoleAndGroup::<Name, GroupId>::deserialize(d)?;
        Ok(match read.role {
            Name::Moderator => Actor::Moderator,
            Name::Group => Actor::Group(read.group()?),
        })
    }
}

/// One change with the id its sender gave it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Edit {
    pub id: EditId,
    pub change: Change,
}

// Read without serde's buffer for tagged enums, as `crate::tag_first` explains.
crate::tag_first::tag_first! {
tag = "op", rename_all = "snake_case";
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub enum Change {
    AddStakeholder {
        id: StakeholderId,
        group: GroupId,
        fields: StakeholderFields,
    },
    UpdateStakeholder {
        id: StakeholderId,
        patch: StakeholderPatch,
    },
    DeleteStakeholder {
        id: StakeholderId,
    },
    AddRelationship {
        id: RelationshipId,
        fields: RelationshipFields,
    },
    UpdateRelationship {
        id: RelationshipId,
        patch: RelationshipPatch,
    },
    DeleteRelationship {
        id: RelationshipId,
    },
    /// The moderator says these stakeholders are one actor on the combined map (or, with
    /// [`Verdict::Distinct`], that they are not and should not be proposed again).
    AddMerge {
        id: MergeId,
        members: Vec<StakeholderId>,
        #[serde(default)]
        verdict: Verdict,
    },
    /// Undoes a merge (or a rejection): the combined map is as if it had never been made.
    DeleteMerge {
        id: MergeId,
    },
    /// The moderator starts the countdown (replacing any running one). `started_at` is unix
    /// ms on the server's clock: the server stamps it on receipt ([`Change::stamped`]), so
    /// what a client sends there only matters until the server's event arrives.
    StartTimer {
        #[serde(default)]
        label: String,
        seconds: u32,
        #[serde(default)]
        started_at: i64,
    },
    /// The moderator stops the countdown; nothing happens when none runs.
    StopTimer,
    /// The moderator lets the groups see every group's map and the combined map (read-only),
    /// or takes that back: groups then see only their own.
    ShareMaps {
        with_groups: bool,
    },
    /// The moderator closes a round: the maps as they are now stay in the log as a named
    /// point ([`super::Round`]) that grids compare with; the groups go on in the next round.
    /// An empty name reads as "Round N" in the reader's language.
    CloseRound {
        #[serde(default)]
        name: String,
    },
    /// `change`, only if its stakeholder or relationship still has the values named here
    /// (fields left out are not looked at): how an undo (or a redo) says what it replaces, so
    /// that it is refused — never applied half — when another device changed or deleted that
    /// entry since.
    Guarded {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stakeholder: Option<StakeholderPatch>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        relationship: Option<RelationshipPatch>,
        change: Box<Change>,
    },
    /// Changes applied together, all or none, each checked as if alone after the ones before
    /// it: how an undo brings a deleted stakeholder back with its relationships.
    Batch { changes: Vec<Change> },
    /// The moderator's edit of a baseline: another workshop's map this one is compared with.
    Baseline { id: BaselineId, edit: BaselineEdit },
}
}

/// What a change is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Target {
    Stakeholder(StakeholderId),
    Relationship(RelationshipId),
    Merge(MergeId),
    /// The workshop's one countdown.
    Timer,
    /// Whether groups see each other's maps.
    Sharing,
    /// The workshop's rounds.
    Rounds,
    Baseline(BaselineId),
}

impl Change {
    pub fn target(&self) -> Target {
        match self {
            Change::AddStakeholder { id, .. }
            | Change::UpdateStakeholder { id, .. }
            | Change::DeleteStakeholder { id } => Target::Stakeholder(*id),
            Change::AddRelationship { id, .. }
            | Change::UpdateRelationship { id, .. }
            | Change::DeleteRelationship { id } => Target::Relationship(*id),
            Change::AddMerge { id, .. } | Change::DeleteMerge { id } => Target::Merge(*id),
            Change::StartTimer { .. } | Change::StopTimer => Target::Timer,
            Change::ShareMaps { .. } => Target::Sharing,
            Change::CloseRound { .. } => Target::Rounds,
            Change::Guarded { change, .. } => change.target(),
            Change::Baseline { id, .. } => Target::Baseline(*id),
            // What an undo's batch is about: the stakeholder it brings back.
            Change::Batch { changes } => changes.first().map_or(Target::Rounds, Change::target),
        }
    }

    /// The change as received at `now` (unix ms, the receiver's clock): a timer starts when
    /// the server receives it, whatever the sender's clock said. Other changes carry no time.
    pub fn stamped(self, now: i64) -> Self {
        match self {
            Change::StartTimer { label, seconds, .. } => Change::StartTimer {
                label,
                seconds,
                started_at: now,
            },
            other => other,
        }
    }
}

/// A new relationship. The strength arrives as any integer so that a value off 1–3 is
/// refused with a clear message rather than failing to parse.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RelationshipFields {
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: RelationKind,
    pub strength: i64,
    /// One-way (from → to); mutual when false.
    #[serde(default)]
    pub directed: bool,
}

impl RelationshipFields {
    /// `r`'s fields as an edit that adds it gives them (a restore, an undone delete).
    pub fn of(r: &Relationship) -> Self {
        Self {
            from: r.from(),
            to: r.to(),
            kind: r.kind(),
            strength: i64::from(r.strength()),
            directed: r.directed(),
        }
    }
}

/// A change to some of a relationship's fields; its two ends stay as they are.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RelationshipPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<RelationKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directed: Option<bool>,
}

/// Everything a new stakeholder is given. Scores arrive as any integer so that a value off
/// the scale is refused with a clear message rather than failing to parse.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StakeholderFields {
    pub name: String,
    pub category: String,
    pub level: String,
    pub interest: i64,
    pub influence: i64,
    #[serde(default)]
    pub attitude: Attitude,
    #[serde(default)]
    pub interests: String,
    #[serde(default)]
    pub cooperation: String,
    #[serde(default)]
    pub notes: String,
}

impl StakeholderFields {
    /// `s`'s fields as an edit that adds it gives them (a restore, an undone delete).
    pub fn of(s: &Stakeholder) -> Self {
        Self {
            name: s.name().to_owned(),
            category: s.category().as_str().to_owned(),
            level: s.level().as_str().to_owned(),
            interest: i64::from(s.interest()),
            influence: i64::from(s.influence()),
            attitude: s.attitude(),
            interests: s.interests().to_owned(),
            cooperation: s.cooperation().to_owned(),
            notes: s.notes().to_owned(),
        }
    }
}

/// A change to some of a stakeholder's fields; absent fields stay as they are.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StakeholderPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub influence: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attitude: Option<Attitude>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooperation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A change that [`super::Workshop::validate`] accepted, normalised (names trimmed), and so
/// safe to log and apply. Only the domain makes one, except when replaying the durable log.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Valid(pub(super) Change);

impl Valid {
    /// Re-admits a change read back from the durable log: it was validated before it was
    /// written, and replay must reproduce exactly what was acknowledged.
    pub fn from_log(change: Change) -> Self {
        Self(change)
    }
    pub fn change(&self) -> &Change {
        &self.0
    }
}
