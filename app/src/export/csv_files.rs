//! `stakeholders.csv` and `relationships.csv`: RFC 4180 (CRLF line ends, quotes doubled,
//! fields with commas, quotes or line breaks quoted), UTF-8 with a byte-order mark because
//! Excel reads a CSV without one in the machine's legacy code page and garbles Cyrillic.
//! Headers and words (categories, quadrants, kinds) in the chosen language; ids as they are,
//! so scripts can join the two files and the JSON.
//!
//! A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return
//! first) gets a leading `'`, as OWASP advises against CSV injection: a stakeholder named
//! `=HYPERLINK(…)` is shown as text, never run.

use std::borrow::Cow;

use super::rows::{Rows, joined, score};
use super::{ExportError, ExportOptions, rows};
use crate::domain::Workshop;
use crate::files::Column;

/// UTF-8's byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The cell as a spreadsheet will show it as text: a leading `'` when it would otherwise start
/// a formula (OWASP "CSV injection").
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

pub(super) fn write(header: Vec<String>, rows: Vec<Vec<String>>) -> Result<Vec<u8>, ExportError> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    for record in std::iter::once(header).chain(rows) {
        out.write_record(record.iter().map(|c| neutralise(c).into_owned()))?;
    }
    out.into_inner()
        .map_err(|e| ExportError::Write(e.into_error()))
}

fn header(rows: &Rows, columns: &[Column], combined: &[Column]) -> Vec<String> {
    let extra = if rows.combined { combined } else { &[] };
    columns
        .iter()
        .chain(extra)
        .map(|c| rows.words.column(*c))
        .collect()
}

/// The stakeholders as a table, one row each, in the order they were entered.
pub fn stakeholders_table(rows: &Rows) -> (Vec<String>, Vec<Vec<String>>) {
    let w = &rows.words;
    let body = rows
        .stakeholders
        .iter()
        .map(|s| {
            let mut row = vec![
                s.id.to_string(),
                joined(&s.groups),
                w.groups(&s.groups),
                s.name.clone(),
                w.category(&s.category),
                w.level(&s.level),
                score(s.interest),
                score(s.influence),
                w.quadrant(s.quadrant),
                w.attitude(s.attitude),
                s.interests.clone(),
                s.cooperation.clone(),
                s.notes.clone(),
            ];
            if rows.combined {
                row.push(joined(&s.members));
                row.push(s.members.len().to_string());
            }
            row
        })
        .collect();
    (header(rows, &Column::STAKEHOLDERS, &Column::COMBINED), body)
}

/// The relationships as a table, one row each, with both ends' names.
pub fn relationships_table(rows: &Rows) -> (Vec<String>, Vec<Vec<String>>) {
    let w = &rows.words;
    let names = rows.names();
    let name = |id| names.get(&id).copied().unwrap_or_default().to_owned();
    let body = rows
        .relationships
        .iter()
        .map(|r| {
            let mut row = vec![
                r.id.to_string(),
                joined(&r.groups),
                w.groups(&r.groups),
                r.from.to_string(),
                name(r.from),
                r.to.to_string(),
                name(r.to),
                w.kind(r.kind),
                score(r.strength),
                w.direction(r.directed),
            ];
            if rows.combined {
                row.push(joined(&r.members));
            }
            row
        })
        .collect();
    (
        header(rows, &Column::RELATIONSHIPS, &[Column::Members]),
        body,
    )
}

pub fn stakeholders_csv(
    workshop: &Workshop,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let (header, body) = stakeholders_table(&rows(workshop, options)?);
    write(header, body)
}

pub fn relationships_csv(
    workshop: &Workshop,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let (header, body) = relationships_table(&rows(workshop, options)?);
    write(header, body)
}
