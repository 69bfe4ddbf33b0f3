//! `read_stakeholders` on a spreadsheet. The fuzzer's bytes are the worksheet
//! (`xl/worksheets/sheet1.xml`) of an otherwise valid XLSX, so they reach calamine's sheet
//! parser and the table reading rather than failing at the zip header. Bytes that already
//! are a zip or an OLE file (XLS) are read as they are.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stakemap_fuzz::{WORKSHOP, group, xlsx_with_sheet};

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"PK\x03\x04") || data.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        let _ = app::import::read_stakeholders(data, &WORKSHOP, group());
    } else {
        let _ = app::import::read_stakeholders(&xlsx_with_sheet(data), &WORKSHOP, group());
    }
});
