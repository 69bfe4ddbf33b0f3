//! A whole workshop from its `workshop.json` (see `export::json` for the schema). The
//! schema name is read first, so a file from another version is refused by name rather than
//! by a puzzling field error; JSON errors say their line and column.

use serde::Deserialize;

use crate::domain::Workshop;
use crate::export::{SCHEMA, WorkshopFile};
use crate::wire::{ErrorCode, FileProblem};

use super::ImportError;

fn json_problem(e: &serde_json::Error) -> ImportError {
    ImportError::Problems(vec![FileProblem {
        line: e.line() as u64,
        column: Some(e.column().to_string()),
        header: None,
        code: ErrorCode::Json,
        message: e.to_string(),
        min: None,
        max: None,
        character: None,
    }])
}

pub fn read_workshop(bytes: &[u8]) -> Result<Workshop, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::Unreadable(format!(
            "workshop.json must be UTF-8; byte {} is not",
            e.valid_up_to()
        ))
    })?;
    #[derive(Deserialize)]
    struct Head {
        schema: Option<String>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| json_problem(&e))?;
    match head.schema.as_deref() {
        Some(SCHEMA) => {}
        other => return Err(ImportError::Schema(other.unwrap_or_default().to_owned())),
    }
    let file: WorkshopFile = serde_json::from_str(text).map_err(|e| json_problem(&e))?;
    Ok(file.workshop)
}
