//! The pure domain: what a workshop is and how it may change.
//!
//! No I/O and no framework here (no leptos, axum, sled or tokio): plain types with private
//! fields, typed ids, and one edit type whose validation and application are pure functions.
//! Everything that changes a workshop goes through [`Workshop::validate`] then [`Workshop::apply`].

mod edit;
mod error;
mod ids;
mod quadrant;
mod relationship;
mod stakeholder;
mod vocabulary;
mod workshop;

pub use edit::{
    Actor, Change, Edit, RelationshipFields, RelationshipPatch, StakeholderFields,
    StakeholderPatch, Target, Valid,
};
pub use error::{DomainError, Field};
pub use ids::{EditId, GroupId, RelationshipId, StakeholderId, WorkshopId};
pub use quadrant::Quadrant;
pub use relationship::{MAX_STRENGTH, RelationKind, Relationship};
pub use stakeholder::Stakeholder;
pub use vocabulary::{Attitude, CategoryId, JoinCode, Language, LevelId, Scale};
pub use workshop::{Group, Workshop, WorkshopSetup, limits};

#[cfg(test)]
mod tests;
