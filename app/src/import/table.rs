//! A file read as a table of text cells, whatever it was (CSV or spreadsheet), with the line
//! or row each record came from, so every problem can be pointed at.

/// One record and where it is in the file.
#[derive(Clone, PartialEq, Debug)]
pub struct Record {
    /// The line (CSV: where the record starts) or row (spreadsheet), from 1.
    pub line: u64,
    pub cells: Vec<String>,
}

impl Record {
    pub fn cell(&self, column: usize) -> &str {
        self.cells
            .get(column)
            .map(String::as_str)
            .unwrap_or_default()
    }
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// The first non-blank record names the columns; the rest are the data.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Table {
    pub records: Vec<Record>,
}

/// Undoes what our own CSV export does against formula injection (a leading `'` before
/// `=`, `+`, `-`, `@`, tab or carriage return), so exported names come back intact.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}
