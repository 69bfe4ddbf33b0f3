//! Who may see what, on the wire: the moderator's analyst and viewer links, the tablets that
//! joined, join codes that close or change, sharing the maps with the groups.

use serde::{Deserialize, Serialize};

use crate::domain::{DeviceId, GroupId, KeyId, Role};

/// The roles a moderator's link can carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum KeyRole {
    Analyst,
    Viewer,
}

impl From<KeyRole> for Role {
    fn from(role: KeyRole) -> Self {
        role.role()
    }
}

impl KeyRole {
    pub fn role(self) -> Role {
        match self {
            KeyRole::Analyst => Role::Analyst,
            KeyRole::Viewer => Role::Viewer,
        }
    }

    pub fn of(role: Role) -> Option<Self> {
        match role {
            Role::Analyst => Some(KeyRole::Analyst),
            Role::Viewer => Some(KeyRole::Viewer),
            Role::Moderator | Role::Group(_) => None,
        }
    }
}

/// `POST …/keys`: a new link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewKey {
    pub role: KeyRole,
    #[serde(default)]
    pub label: String,
}

/// A link as the moderator lists it; `key` only in the answer that made it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KeyView {
    pub id: KeyId,
    pub role: KeyRole,
    pub label: String,
    /// Unix ms on the server's clock.
    pub created: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// A tablet that joined a group, as `GET …/devices` lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DeviceView {
    pub id: DeviceId,
    pub group_id: GroupId,
    /// Unix ms on the server's clock.
    pub joined: u64,
    /// When the server last heard from it (since the server started; else when it joined).
    pub last_seen: u64,
}

/// Whether a group's code lets new tablets in.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Joining {
    Open,
    Closed,
}

impl Joining {
    pub fn of(open: bool) -> Self {
        if open { Joining::Open } else { Joining::Closed }
    }

    pub fn is_open(self) -> bool {
        self == Joining::Open
    }
}

/// `PATCH …/groups/{gid}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SetJoining {
    pub joining: Joining,
}

/// `POST …/groups/{gid}/code`: the group's new code (the old one no longer works).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewCode {
    pub group_id: GroupId,
    pub join_code: String,
    pub joining: Joining,
}

/// `POST …/tickets`: a single-use ticket for one plain link (`?ticket=`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Ticket {
    pub ticket: String,
    /// Seconds it stays valid.
    pub expires_in: u64,
}

/// `PUT …/sharing`: whether the groups see every map, and the edit that says so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Sharing {
    pub with_groups: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
}
