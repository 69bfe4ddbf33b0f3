//! An XLSX spreadsheet as a [`Table`]: the first sheet whose header row names a stakeholder
//! column, else the first sheet.
//!
//! Cells are read one at a time and placed by hand rather than through calamine's ranges:
//! a range spans from the first used cell to the last, so a file with one cell in `A1` and one
//! in `XFD1048576` asks for 512 GiB and aborts the server (calamine issue #693, found by our
//! fuzzer). Here a cell beyond the rows an import may have ends the reading with a plain
//! error, cells far to the right are passed over, and a panic inside the reader (calamine
//! #709: a cell reference that overflows) is a damaged file, not a dead request. The zip's
//! unpacked size is checked before anything is unpacked.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use calamine::{DataRef, Reader, Xlsx};

use super::table::{Record, Table};
use super::{ImportError, MAX_ROWS, MAX_UNPACKED};

/// Columns read: a stakeholders sheet has a dozen; the rest of a wide sheet is passed over.
const MAX_COLUMNS: u32 = 64;
/// The lowest row a cell may be on: every row an import may have, with as many blank ones.
const LAST_ROW: u32 = 2 * MAX_ROWS as u32 + 1;

/// Whether the bytes are a spreadsheet rather than text: a zip (XLSX) or an old Excel file.
pub fn is_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || is_old_excel(bytes)
}

/// An OLE compound file: Excel 97–2003's `.xls`.
fn is_old_excel(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

fn save_as() -> ImportError {
    ImportError::Unreadable(
        "the spreadsheet cannot be read; save it as XLSX (Excel workbook) or CSV UTF-8".to_owned(),
    )
}

fn check_unpacked_size(bytes: &[u8]) -> Result<(), ImportError> {
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

fn text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        DataRef::Float(f) => f.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => b.to_string(),
        // Dates, durations and errors as the spreadsheet would show them.
        other => calamine::Data::from(other.clone()).to_string(),
    }
}

/// One sheet's cells, row by row; an error when a cell lies below the rows allowed.
fn sheet(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Table, ImportError> {
    let mut reader = book.worksheet_cells_reader(name).map_err(|_| save_as())?;
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    while let Some(cell) = reader.next_cell().map_err(|_| save_as())? {
        let (row, column) = cell.get_position();
        let value = text(cell.get_value());
        if value.trim().is_empty() {
            continue;
        }
        if row > LAST_ROW {
            return Err(ImportError::TooManyRows {
                rows: row as usize,
                max: MAX_ROWS,
            });
        }
        if column >= MAX_COLUMNS {
            continue;
        }
        let cells = rows.entry(row).or_default();
        if cells.len() <= column as usize {
            cells.resize(column as usize + 1, String::new());
        }
        cells[column as usize] = value;
    }
    Ok(Table {
        records: rows
            .into_iter()
            .map(|(row, cells)| Record {
                line: u64::from(row) + 1,
                cells,
            })
            .collect(),
    })
}

pub fn read(
    bytes: &[u8],
    looks_like_header: impl Fn(&[String]) -> bool,
) -> Result<Table, ImportError> {
    if is_old_excel(bytes) {
        return Err(save_as());
    }
    check_unpacked_size(bytes)?;
    let read = catch_unwind(AssertUnwindSafe(|| {
        let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|_| save_as())?;
        let mut first: Option<Table> = None;
        for name in book.sheet_names() {
            let table = sheet(&mut book, &name)?;
            let header = table.records.iter().find(|r| !r.is_blank());
            if header.is_some_and(|h| looks_like_header(&h.cells)) {
                return Ok(table);
            }
            first.get_or_insert(table);
        }
        Ok(first.unwrap_or_default())
    }));
    read.unwrap_or_else(|_| {
        Err(ImportError::Unreadable(
            "the spreadsheet is damaged; save it again as XLSX or CSV UTF-8".to_owned(),
        ))
    })
}
