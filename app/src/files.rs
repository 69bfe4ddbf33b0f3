//! The analysts' files by name, and the columns they have: the one spelling of each, shared
//! by the server (which writes them), the writers and imports (`export`, `import`) and the
//! browser (the console's links, the report's tables).
//!
//! Compiled for both sides, unlike `export` and `import` (server only), so the browser's WASM
//! knows the names without carrying the CSV and XML writers.

/// The files, by the name they have in the URL and on disk.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExportFile {
    /// `workshop.xlsx`: written by the server alone (`server/src/workbook.rs`), because the
    /// XLSX writer is a large dependency the browser has no use for.
    Workbook,
    StakeholdersCsv,
    RelationshipsCsv,
    GraphMl,
    Gexf,
    Dot,
    WorkshopJson,
}

impl ExportFile {
    /// Every file, in the order the console offers them.
    pub const ALL: [ExportFile; 7] = [
        ExportFile::Workbook,
        ExportFile::StakeholdersCsv,
        ExportFile::RelationshipsCsv,
        ExportFile::GraphMl,
        ExportFile::Gexf,
        ExportFile::Dot,
        ExportFile::WorkshopJson,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExportFile::Workbook => "workshop.xlsx",
            ExportFile::StakeholdersCsv => "stakeholders.csv",
            ExportFile::RelationshipsCsv => "relationships.csv",
            ExportFile::GraphMl => "graph.graphml",
            ExportFile::Gexf => "graph.gexf",
            ExportFile::Dot => "graph.dot",
            ExportFile::WorkshopJson => "workshop.json",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ExportFile::Workbook => XLSX_TYPE,
            // `header=present` tells spreadsheets the first row is headers (RFC 4180).
            ExportFile::StakeholdersCsv | ExportFile::RelationshipsCsv => {
                "text/csv; charset=utf-8; header=present"
            }
            ExportFile::GraphMl => "application/graphml+xml; charset=utf-8",
            ExportFile::Gexf => "application/gexf+xml; charset=utf-8",
            ExportFile::Dot => "text/vnd.graphviz; charset=utf-8",
            ExportFile::WorkshopJson => "application/json",
        }
    }

    /// Whether the file is one map — a group's entries, every group's, or the combined map,
    /// as `group` and `combined` choose — so that its name says which. Not the workshop file
    /// (always whole) nor the workbook (the chosen entries beside the whole combined map).
    pub fn takes_options(self) -> bool {
        !matches!(self, ExportFile::WorkshopJson | ExportFile::Workbook)
    }
}

/// An Excel workbook's content type (the export's workbook and the import's template).
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[cfg(test)]
mod tests;
