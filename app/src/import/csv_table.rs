//! A CSV file as a [`Table`]. Spreadsheets save CSV in several ways and a moderator cannot be
//! expected to know which: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text"),
//! or — a Russian Excel's "CSV" — Windows-1251 with semicolons. All of them are read.

use std::borrow::Cow;

use encoding_rs::{Encoding, WINDOWS_1251};

use super::ImportError;
use super::table::{Record, Table};

/// The text of the file: by its byte-order mark, else UTF-8, else Windows-1251 (the one
/// legacy code page a file from Kyrgyzstan or Russia is in).
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    let text = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(ImportError::Unreadable(format!(
                "the file says it is {} but is not; save it again as CSV UTF-8",
                encoding.name()
            )));
        }
        text
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => WINDOWS_1251.decode_without_bom_handling(bytes).0,
        }
    };
    if text.contains('\0') {
        return Err(ImportError::Unreadable(
            "this is not a text file; send a CSV (UTF-8) or an XLSX spreadsheet".to_owned(),
        ));
    }
    Ok(text)
}

/// The separator the header line uses most, outside quotes: `,`, `;` (Excel where the
/// decimal mark is a comma, as in Russian) or a tab.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in first.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == c) {
            entry.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(d, n)| (*n, *d == b','))
        .map(|(d, _)| *d)
        .unwrap_or(b',')
}

pub fn read(bytes: &[u8]) -> Result<Table, ImportError> {
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(&text))
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    // The reader's own line numbers lag by one after a CRLF line end, so lines are counted
    // here: the line breaks before where the record's first cell starts.
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0usize, 1u64);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or_default();
            ImportError::Unreadable(format!("line {line}: the CSV cannot be read ({e})"))
        })?;
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        let start = start.max(counted_to).min(bytes.len());
        line += bytes[counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = start;
        table.records.push(Record {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
        if table.records.len() > super::MAX_ROWS + 1 {
            // Counting goes on so the message can say how many there are.
            let rows = reader.records().count() + table.records.len() - 1;
            return Err(ImportError::TooManyRows {
                rows,
                max: super::MAX_ROWS,
            });
        }
    }
    Ok(table)
}
