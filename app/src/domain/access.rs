//! Who may see and do what: the roles a key can carry and the one table of what each may do.
//! The server asks [`Role::allows`] before every read and hands writers' edits to the domain as
//! an [`Actor`]; the docs' role table (`docs/API.md`) is checked against [`Role::TABLE`].

use serde::{Deserialize, Serialize};

use super::{Actor, DomainError, Field, GroupId, limits};

/// What a key lets its bearer be in one workshop.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize)]
// The same JSON as `Actor` for the two roles they share, so keys stored before there were
// other roles read as they were written.
#[serde(tag = "role", content = "group", rename_all = "snake_case")]
pub enum Role {
    /// Made the workshop: reads and changes everything.
    Moderator,
    /// Reads everything and takes every file; changes nothing.
    Analyst,
    /// A projector or an observer: reads the maps and pictures; no files, no changes.
    Viewer,
    /// A breakout group's tablets: their own map, the others only while the moderator shares.
    Group(GroupId),
}

// The same JSON read flat (`RoleAndGroup`), buffering nothing.
impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Name {
            Moderator,
            Analyst,
            Viewer,
            Group,
        }
        let read = crate::tag_first::RoleAndGroup::<Name, GroupId>::deserialize(d)?;
        Ok(match read.role {
            Name::Moderator => Role::Moderator,
            Name::Analyst => Role::Analyst,
            Name::Viewer => Role::Viewer,
            Name::Group => Role::Group(read.group()?),
        })
    }
}

/// The kinds of thing a request does, as the role table names them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Action {
    /// One group's map: the caller's own group for a group's key.
    ReadOwnMap,
    /// The other groups' maps, every group together, the combined map and its measures.
    ReadOtherMaps,
    /// The analysts' files (CSV, XLSX, GraphML, GEXF, DOT, JSON).
    Export,
    /// Adding, changing and deleting entries; the domain then decides which ones.
    Edit,
    /// Join codes, tablets, keys, sharing, merges, the countdown, importing for any group.
    Manage,
}

/// An answer of the table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Allowance {
    Yes,
    /// Only while the moderator shares the maps with the groups.
    WhenShared,
    No,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::ReadOwnMap,
        Action::ReadOtherMaps,
        Action::Export,
        Action::Edit,
        Action::Manage,
    ];

    /// The name the docs' table uses.
    pub fn name(self) -> &'static str {
        match self {
            Action::ReadOwnMap => "read own map",
            Action::ReadOtherMaps => "read other maps",
            Action::Export => "export",
            Action::Edit => "edit",
            Action::Manage => "manage",
        }
    }
}

impl Role {
    /// The one table: each role's answer for each action, in [`Action::ALL`]'s order.
    pub const TABLE: [(&'static str, [Allowance; 5]); 4] = {
        use Allowance::{No, WhenShared, Yes};
        [
            ("moderator", [Yes, Yes, Yes, Yes, Yes]),
            ("analyst", [Yes, Yes, Yes, No, No]),
            ("viewer", [Yes, Yes, No, No, No]),
            ("group", [Yes, WhenShared, No, Yes, No]),
        ]
    };

    /// The role's name in the API and the table.
    pub fn name(self) -> &'static str {
        match self {
            Role::Moderator => "moderator",
            Role::Analyst => "analyst",
            Role::Viewer => "viewer",
            Role::Group(_) => "group",
        }
    }

    fn row(self) -> usize {
        match self {
            Role::Moderator => 0,
            Role::Analyst => 1,
            Role::Viewer => 2,
            Role::Group(_) => 3,
        }
    }

    /// The table's answer for this role.
    pub fn allowance(self, action: Action) -> Allowance {
        let column = Action::ALL.iter().position(|a| *a == action).unwrap_or(0);
        Self::TABLE[self.row()].1[column]
    }

    /// Whether the role may do `action` now, `shared` being whether the moderator shares the
    /// maps with the groups.
    pub fn allows(self, action: Action, shared: bool) -> bool {
        match self.allowance(action) {
            Allowance::Yes => true,
            Allowance::WhenShared => shared,
            Allowance::No => false,
        }
    }

    /// Whether the role may read `group`'s map (`None`: every group's, or the combined map).
    pub fn may_read(self, group: Option<GroupId>, shared: bool) -> bool {
        let action = match (self, group) {
            (Role::Group(own), Some(g)) if own == g => Action::ReadOwnMap,
            (Role::Group(_), _) => Action::ReadOtherMaps,
            (_, Some(_)) => Action::ReadOwnMap,
            (_, None) => Action::ReadOtherMaps,
        };
        self.allows(action, shared)
    }

    /// Who the role's edits are from; `None` for the roles that only read.
    pub fn actor(self) -> Option<Actor> {
        match self {
            Role::Moderator => Some(Actor::Moderator),
            Role::Group(g) => Some(Actor::Group(g)),
            Role::Analyst | Role::Viewer => None,
        }
    }

    /// The moderator's keys see join codes, tablets and keys.
    pub fn is_moderator(self) -> bool {
        self == Role::Moderator
    }
}

/// A link's label as the moderator typed it: trimmed, at most [`limits::KEY_LABEL`] characters.
pub fn key_label(raw: &str) -> Result<String, DomainError> {
    let label = super::text::clean(raw, Field::Label)?;
    if label.chars().count() > limits::KEY_LABEL {
        return Err(DomainError::TooLong {
            field: Field::Label,
            max: limits::KEY_LABEL,
        });
    }
    Ok(label)
}

#[cfg(test)]
mod tests;
