//! Why the domain refuses a change: each variant names the field to fix and says how.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The input field a validation error belongs to, so a form can show it in the right place.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Focal,
    Question,
    Date,
    Place,
    Language,
    Groups,
    GroupId,
    Name,
    Category,
    Level,
    Interest,
    Influence,
    Attitude,
    Interests,
    Cooperation,
    Notes,
    From,
    To,
    Kind,
    Strength,
    Label,
    Seconds,
}

impl Field {
    /// A stakeholder's fields, in the order the form, the import template and its columns list
    /// them.
    pub const STAKEHOLDER: [Field; 9] = [
        Field::Name,
        Field::Category,
        Field::Level,
        Field::Interest,
        Field::Influence,
        Field::Attitude,
        Field::Interests,
        Field::Cooperation,
        Field::Notes,
    ];

    /// The field's name: in the wire's errors, the form's inputs and the files' columns.
    pub const fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Focal => "focal",
            Field::Question => "question",
            Field::Date => "date",
            Field::Place => "place",
            Field::Language => "language",
            Field::Groups => "groups",
            Field::GroupId => "group_id",
            Field::Name => "name",
            Field::Category => "category",
            Field::Level => "level",
            Field::Interest => "interest",
            Field::Influence => "influence",
            Field::Attitude => "attitude",
            Field::Interests => "interests",
            Field::Cooperation => "cooperation",
            Field::Notes => "notes",
            Field::From => "from",
            Field::To => "to",
            Field::Kind => "kind",
            Field::Strength => "strength",
            Field::Label => "label",
            Field::Seconds => "seconds",
        }
    }
}

/// How a character is named in a message: `U+202E`.
pub fn code_point(c: u32) -> String {
    format!("U+{c:04X}")
}

/// What a workshop holds a limited number of ([`super::limits`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Counted {
    /// In one group.
    Stakeholders,
    /// In one group.
    Relationships,
    Merges,
    Edits,
    Rounds,
    Baselines,
    /// In one baseline.
    BaselineActors,
}

impl Counted {
    /// How the limit is named in a message.
    pub const fn as_str(self) -> &'static str {
        match self {
            Counted::Stakeholders => "stakeholders in one group",
            Counted::Relationships => "relationships in one group",
            Counted::Merges => "merges and rejections in one workshop",
            Counted::Edits => "edits in one workshop",
            Counted::Rounds => "rounds in one workshop",
            Counted::Baselines => "baselines in one workshop",
            Counted::BaselineActors => "actors in one baseline",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug, Error)]
pub enum DomainError {
    #[error("{} must not be blank", .0.as_str())]
    Blank(Field),
    #[error("{} is too long: at most {max} characters", .field.as_str())]
    TooLong { field: Field, max: usize },
    #[error(
        "{} has the character {} at position {position}, which is invisible, changes the text's direction or is a control character; remove it",
        .field.as_str(), self::code_point(*.code_point)
    )]
    Character {
        field: Field,
        code_point: u32,
        position: usize,
    },
    #[error("{} must be a whole number from {min} to {max}", .field.as_str())]
    OutOfScale { field: Field, min: u8, max: u8 },
    #[error("unknown category \"{0}\"; use one of the workshop's categories")]
    UnknownCategory(String),
    #[error("unknown level \"{0}\"; use one of the workshop's levels")]
    UnknownLevel(String),
    #[error("this workshop has no such group")]
    UnknownGroup,
    #[error("this workshop has no such stakeholder")]
    UnknownStakeholder,
    #[error("a stakeholder with this id already exists")]
    DuplicateStakeholder,
    #[error("a group may change only its own stakeholders")]
    NotYourGroup,
    #[error("the moderator must name the group (group_id)")]
    GroupRequired,
    #[error("a workshop needs between 1 and {max} groups")]
    GroupCount { max: usize },
    #[error("two groups are both named \"{0}\"; give each group its own name")]
    DuplicateGroupName(String),
    #[error("the date must look like 2022-07-18")]
    BadDate,
    #[error("the scale's lowest value must be below its highest")]
    BadScale,
    #[error("a join code has 6 letters and digits, like K7M2QX")]
    BadJoinCode,
    #[error("an edit id is 1 to 100 visible ASCII characters")]
    BadEditId,
    #[error("this workshop has no such relationship")]
    UnknownRelationship,
    #[error("a relationship with this id already exists")]
    DuplicateRelationshipId,
    #[error("a stakeholder cannot have a relationship with itself; pick two different ones")]
    SelfLink,
    #[error("these two already have a relationship of this kind; change that one instead")]
    DuplicateRelationship,
    #[error("a relationship joins two stakeholders of the same group")]
    CrossGroup,
    #[error("only the moderator may do this (combine the groups' maps, run the timer)")]
    ModeratorOnly,
    #[error("a merge needs from 2 to {max} different stakeholders")]
    MergeSize { max: usize },
    #[error("these stakeholders are already one on the combined map")]
    AlreadyMerged,
    #[error("a merge with this id already exists")]
    DuplicateMergeId,
    #[error("this workshop has no such merge")]
    UnknownMerge,
    #[error("a timer runs from 1 to {max} seconds (4 hours)")]
    TimerLength { max: u32 },
    #[error("{} was changed on another device since; undoing would overwrite that change", .0.as_str())]
    ChangedSince(Field),
    #[error("this was deleted on another device since; there is nothing to undo")]
    GoneSince,
    #[error("this workshop has no such baseline")]
    UnknownBaseline,
    #[error("a baseline with this id already exists")]
    DuplicateBaseline,
    #[error("this actor is already matched with another of the baseline's; unmatch that one first")]
    AlreadyMatched,
    #[error("the limit of {max} {} is reached; delete some first, or start a new workshop", .what.as_str())]
    TooMany { what: Counted, max: u64 },
}

impl DomainError {
    /// A stable machine-readable code; the UI translates it, scripts can match on it.
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::Blank(_) => "blank",
            DomainError::TooLong { .. } => "too_long",
            DomainError::Character { .. } => "bad_character",
            DomainError::OutOfScale { .. } => "out_of_scale",
            DomainError::UnknownCategory(_) => "unknown_category",
            DomainError::UnknownLevel(_) => "unknown_level",
            DomainError::UnknownGroup => "unknown_group",
            DomainError::UnknownStakeholder => "unknown_stakeholder",
            DomainError::DuplicateStakeholder => "duplicate_stakeholder",
            DomainError::NotYourGroup => "not_your_group",
            DomainError::GroupRequired => "group_required",
            DomainError::GroupCount { .. } => "group_count",
            DomainError::DuplicateGroupName(_) => "duplicate_group_name",
            DomainError::BadDate => "bad_date",
            DomainError::BadScale => "bad_scale",
            DomainError::BadJoinCode => "bad_join_code",
            DomainError::BadEditId => "bad_edit_id",
            DomainError::UnknownRelationship => "unknown_relationship",
            DomainError::DuplicateRelationshipId => "duplicate_relationship_id",
            DomainError::SelfLink => "self_link",
            DomainError::DuplicateRelationship => "duplicate_relationship",
            DomainError::CrossGroup => "cross_group",
            DomainError::ModeratorOnly => "moderator_only",
            DomainError::MergeSize { .. } => "merge_size",
            DomainError::AlreadyMerged => "already_merged",
            DomainError::DuplicateMergeId => "duplicate_merge_id",
            DomainError::UnknownMerge => "unknown_merge",
            DomainError::TimerLength { .. } => "timer_length",
            DomainError::ChangedSince(_) => "changed_since",
            DomainError::GoneSince => "gone_since",
            DomainError::UnknownBaseline => "unknown_baseline",
            DomainError::DuplicateBaseline => "duplicate_baseline",
            DomainError::AlreadyMatched => "already_matched",
            DomainError::TooMany { what, .. } => match what {
                Counted::Stakeholders => "too_many_stakeholders",
                Counted::Relationships => "too_many_relationships",
                Counted::Merges => "too_many_merges",
                Counted::Edits => "too_many_edits",
                Counted::Rounds => "too_many_rounds",
                Counted::Baselines => "too_many_baselines",
                Counted::BaselineActors => "too_many_baseline_actors",
            },
        }
    }

    /// The field to fix, where there is one.
    pub fn field(&self) -> Option<Field> {
        match self {
            DomainError::Blank(f) => Some(*f),
            DomainError::TooLong { field, .. }
            | DomainError::OutOfScale { field, .. }
            | DomainError::Character { field, .. } => Some(*field),
            DomainError::UnknownCategory(_) => Some(Field::Category),
            DomainError::UnknownLevel(_) => Some(Field::Level),
            DomainError::UnknownGroup | DomainError::GroupRequired => Some(Field::GroupId),
            DomainError::GroupCount { .. } | DomainError::DuplicateGroupName(_) => {
                Some(Field::Groups)
            }
            DomainError::BadDate => Some(Field::Date),
            DomainError::SelfLink | DomainError::CrossGroup => Some(Field::To),
            DomainError::DuplicateRelationship => Some(Field::Kind),
            DomainError::TimerLength { .. } => Some(Field::Seconds),
            DomainError::ChangedSince(field) => Some(*field),
            _ => None,
        }
    }

    /// Refusals that are about who asks, not what they sent.
    pub fn is_forbidden(&self) -> bool {
        matches!(self, DomainError::NotYourGroup | DomainError::ModeratorOnly)
    }

    /// Refusals that name something that is not there.
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            DomainError::UnknownStakeholder
                | DomainError::UnknownRelationship
                | DomainError::UnknownMerge
                | DomainError::UnknownBaseline
        )
    }
}
