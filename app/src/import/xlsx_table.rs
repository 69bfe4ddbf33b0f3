//! A spreadsheet (XLSX; ODS and old XLS too) as a [`Table`]: the first sheet whose header
//! row names a stakeholder column, else the first sheet. Its size unpacked is checked from
//! the zip's directory before anything is unpacked.

use std::io::Cursor;

use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};

use super::table::{Record, Table};
use super::{ImportError, MAX_ROWS, MAX_UNPACKED};

/// Whether the bytes are a spreadsheet rather than text: a zip (XLSX, ODS) or an OLE
/// compound file (XLS).
pub fn is_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

fn check_unpacked_size(bytes: &[u8]) -> Result<(), ImportError> {
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError::Unreadable(format!("the spreadsheet is damaged ({e})")))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let size = archive
            .by_index_raw(i)
            .map(|f| f.size())
            .unwrap_or(u64::MAX);
        total = total.saturating_add(size);
    }
    if total > MAX_UNPACKED {
        return Err(ImportError::TooLarge { max: MAX_UNPACKED });
    }
    Ok(())
}

fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

pub fn read(
    bytes: &[u8],
    looks_like_header: impl Fn(&[String]) -> bool,
) -> Result<Table, ImportError> {
    check_unpacked_size(bytes)?;
    let mut book: Sheets<_> = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        ImportError::Unreadable(format!(
            "the spreadsheet cannot be read ({e}); save it as XLSX or CSV UTF-8"
        ))
    })?;
    let mut first: Option<Table> = None;
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        // A range starts at its first used cell; the cells before it are blank.
        let (top, left) = range.start().unwrap_or((0, 0));
        if range.height() > MAX_ROWS + 1 {
            return Err(ImportError::TooManyRows {
                rows: range.height() - 1,
                max: MAX_ROWS,
            });
        }
        let table = Table {
            records: range
                .rows()
                .enumerate()
                .map(|(i, row)| Record {
                    line: u64::from(top) + i as u64 + 1,
                    cells: std::iter::repeat_n(String::new(), left as usize)
                        .chain(row.iter().map(text))
                        .collect(),
                })
                .collect(),
        };
        let header = table.records.iter().find(|r| !r.is_blank());
        if header.is_some_and(|h| looks_like_header(&h.cells)) {
            return Ok(table);
        }
        first.get_or_insert(table);
    }
    Ok(first.unwrap_or_default())
}
