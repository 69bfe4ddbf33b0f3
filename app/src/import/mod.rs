//! Files coming back in: a group's stakeholders from a CSV or an XLSX spreadsheet, and a whole
//! workshop from its `workshop.json`.
//!
//! **Pure**: bytes in, checked values out; no I/O. Everything is read and checked before the
//! caller changes anything, and every problem is reported at once with its line and column,
//! so a moderator fixes the file in one go. The server turns the result into edits on the one
//! write path (`server/src/api/import.rs`).
//!
//! Server side only (feature `ssr`), like `export`.

mod csv_table;
mod stakeholders;
mod table;
mod template;
mod workshop_file;
mod xlsx_table;

use thiserror::Error;

use crate::domain::RestoreError;
use crate::wire::{ErrorCode, FileProblem};

pub use stakeholders::{COLUMNS, REQUIRED, ReadStakeholders, read_stakeholders};
pub use template::{template_csv, template_values};
pub use workshop_file::read_workshop;

/// Rows one stakeholders file may have: a group's map has tens; a thousand is a list
/// pasted from somewhere else, which is still fine.
pub const MAX_ROWS: usize = 1_000;
/// What a spreadsheet may unpack to: a zip of a few MiB that unpacks to gigabytes is an
/// attack, not a map.
pub const MAX_UNPACKED: u64 = 64 * 1024 * 1024;
/// Problems reported for one file: enough to fix it, not a wall of text.
pub const MAX_PROBLEMS: usize = 50;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{0}")]
    Unreadable(String),
    #[error(
        "the file has no rows: the first row names the columns, each next row is one stakeholder"
    )]
    Empty,
    #[error("the file has {rows} rows; at most {max} can be imported at once")]
    TooManyRows { rows: usize, max: usize },
    #[error("the spreadsheet unpacks to more than {max} bytes")]
    TooLarge { max: u64 },
    #[error("the file has {} problem(s); nothing was imported", .0.len())]
    Problems(Vec<FileProblem>),
    #[error("the file's schema is {0:?}, not \"stakemap.workshop/1\"")]
    Schema(String),
    #[error("{0}; nothing was imported")]
    Restore(#[from] RestoreError),
}

impl ImportError {
    /// A stable code the UI translates.
    pub fn code(&self) -> ErrorCode {
        match self {
            ImportError::Unreadable(_) => ErrorCode::UnreadableFile,
            ImportError::Empty => ErrorCode::EmptyFile,
            ImportError::TooManyRows { .. } => ErrorCode::TooManyRows,
            ImportError::TooLarge { .. } => ErrorCode::TooLarge,
            ImportError::Problems(_) => ErrorCode::InvalidFile,
            ImportError::Schema(_) => ErrorCode::Schema,
            ImportError::Restore(r) => ErrorCode::from(&r.error),
        }
    }
}

/// A column's name as spreadsheets show it: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    letters.into_iter().map(char::from).collect()
}

#[cfg(test)]
mod tests;
