//! Analysts' files: everything the room produced, in formats the programs analysts already use
//! read — `stakeholders.csv` and `relationships.csv` (Excel, Python's csv), `graph.graphml`
//! (networkx, yEd, Gephi), `graph.gexf` (Gephi, with the picture's colours, sizes and
//! positions), `graph.dot` (Graphviz) and `workshop.json` (the whole workshop, to restore it).
//!
//! **Pure**: functions from a workshop and [`ExportOptions`] to bytes; no I/O. The server
//! hands them out (`server/src/api/export.rs`); the XLSX workbook is written there too,
//! from the same [`Rows`].
//!
//! Server side only (feature `ssr`): tablets never export, so the browser's WASM does not
//! carry the CSV and XML writers. The files' names and columns, which the browser needs too,
//! are [`crate::files`].

mod attributes;
mod comparison;
mod csv_files;
mod dot;
mod gexf;
mod graphml;
mod json;
mod rows;
mod xml;

use thiserror::Error;

use crate::chart::Scope;
use crate::domain::{Language, Workshop};

pub use crate::files::ExportFile;
pub use comparison::{COMPARISON_NUMBERS, comparison_csv, comparison_table};
pub use csv_files::{
    BOM, neutralise, relationships_csv, relationships_table, stakeholders_csv, stakeholders_table,
};
pub use dot::graph_dot;
pub use gexf::graph_gexf;
pub use graphml::graph_graphml;
pub use json::{SCHEMA, WorkshopFile, workshop_json};
pub use rows::{RelationshipRow, Rows, StakeholderRow, Words, rows, score};

/// What to export: one group's entries, every group's, or the combined map; and in which
/// language the words go (headers, category names, quadrants).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ExportOptions {
    pub lang: Language,
    pub scope: Scope,
}

impl ExportOptions {
    /// Every group's entries, in the workshop's language.
    pub fn of(workshop: &Workshop) -> Self {
        Self {
            lang: workshop.language(),
            scope: Scope::AllGroups,
        }
    }
}

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("the group is not in this workshop")]
    UnknownGroup,
    #[error("writing CSV failed: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing the file failed: {0}")]
    Write(#[from] std::io::Error),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// `workshop.xlsx` is the server's to write (`server/src/workbook.rs`).
    #[error("workshop.xlsx is written by the server's workbook writer, not here")]
    Workbook,
}

/// Writes one file; the workbook is the server's.
pub fn export(
    workshop: &Workshop,
    file: ExportFile,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match file {
        ExportFile::StakeholdersCsv => stakeholders_csv(workshop, options),
        ExportFile::RelationshipsCsv => relationships_csv(workshop, options),
        ExportFile::GraphMl => graph_graphml(workshop, options),
        ExportFile::Gexf => graph_gexf(workshop, options),
        ExportFile::Dot => graph_dot(workshop, options).map(String::into_bytes),
        ExportFile::WorkshopJson => workshop_json(workshop).map(String::into_bytes),
        ExportFile::Workbook => Err(ExportError::Workbook),
    }
}

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod tests;
