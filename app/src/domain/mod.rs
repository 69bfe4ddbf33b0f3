//! The pure domain: what a workshop is and how it may change.
//!
//! No I/O and no framework here (no leptos, axum, sled or tokio): plain types with private
//! fields, typed ids, and one edit type whose validation and application are pure functions.
//! Everything that changes a workshop goes through [`Workshop::validate`] then [`Workshop::apply`].

mod access;
mod baseline;
pub mod combined;
mod edit;
mod error;
mod history;
mod ids;
mod matching;
mod merge;
mod quadrant;
mod relationship;
mod restore;
mod round;
mod shift;
mod stakeholder;
pub mod text;
mod timer;
mod vocabulary;
mod workshop;

pub use access::{Action, Allowance, Role, key_label};
pub use baseline::{Baseline, BaselineActor, BaselineEdit, BaselineMatch, Median, Scores};
pub use combined::{
    CombinedMap, CombinedRelationship, CombinedStakeholder, ComparisonRow, Proposal, Suggestion,
    Summary, Voice, baseline_actors, combine, comparison, matched, proposals,
};
pub use edit::{
    Actor, Change, Edit, RelationshipFields, RelationshipPatch, StakeholderFields,
    StakeholderPatch, Target, Valid,
};
pub use error::{Counted, DomainError, Field};
pub use history::History;
pub use ids::{
    BaselineId, DeviceId, EditId, GroupId, KeyId, MergeId, RelationshipId, StakeholderId,
    WorkshopId,
};
pub use matching::{MatchReason, match_names, matching_pairs};
pub use merge::{Merge, Verdict};
pub use quadrant::Quadrant;
pub use relationship::{MAX_STRENGTH, RelationKind, Relationship};
pub use restore::{RestoreError, RestorePlan};
pub use round::{Moment, Round};
pub use shift::Shift;
pub use stakeholder::Stakeholder;
pub use timer::{Timer, clock_face, remaining_seconds};
pub use vocabulary::{Attitude, CategoryId, GroupCode, JoinCode, Language, LevelId, Scale};
pub use workshop::{Group, Reach, Workshop, WorkshopSetup, limits};

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;
