//! `read_stakeholders` on the fuzzer's bytes as they come: almost always the CSV path
//! (decoding by byte-order mark, UTF-8 or Windows-1251, the delimiter guess, the header's
//! words in three languages, every row checked by the domain). Bytes that start like a
//! spreadsheet take that path, as on the server.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stakemap_fuzz::{WORKSHOP, group};

fuzz_target!(|data: &[u8]| {
    let _ = app::import::read_stakeholders(data, &WORKSHOP, group());
});
