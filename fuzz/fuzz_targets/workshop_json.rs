//! `read_workshop` on the fuzzer's bytes, then what the server does next with a copy it
//! read: `restore_plan`, which validates the whole workshop by rebuilding it edit by edit.
#![no_main]

use app::domain::WorkshopId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(copy) = app::import::read_workshop(data) {
        let _ = copy.restore_plan(WorkshopId::from_random_bytes([1; 16]));
    }
});
