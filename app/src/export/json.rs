//! `workshop.json`: the whole workshop — setup, groups, vocabulary, every stakeholder,
//! relationship and merge, the timer and the edit count — under a versioned schema name, so
//! a later stakemap can tell what it reads. Join codes and keys are not in it: they are
//! access secrets, and an import makes new ones.
//!
//! Read back by `import::read_workshop`.
//!
//! `{"schema": "stakemap.workshop/1", "workshop": {…}}`; the workshop is the domain's own
//! serde form, the same as the live feed's snapshot.

use serde::{Deserialize, Serialize};

use super::ExportError;
use crate::domain::Workshop;

/// The schema this version writes and reads. A change that old readers would misread gets a
/// new number.
pub const SCHEMA: &str = "stakemap.workshop/1";

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WorkshopFile {
    pub schema: String,
    pub workshop: Workshop,
}

pub fn workshop_json(workshop: &Workshop) -> Result<String, ExportError> {
    let file = WorkshopFile {
        schema: SCHEMA.to_owned(),
        workshop: workshop.clone(),
    };
    Ok(serde_json::to_string_pretty(&file)?)
}
