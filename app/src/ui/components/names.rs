//! A stakeholder's name by its id, as lists and forms show the other end of a relationship.

use crate::domain::StakeholderId;
use crate::wire::StakeholderView;

/// `id`'s name among `stakeholders`; empty when it is not there (yet).
pub fn name_of(stakeholders: &[StakeholderView], id: StakeholderId) -> String {
    stakeholders
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.clone())
        .unwrap_or_default()
}
