//! The text rules on any string: what `strip` keeps is accepted by `clean`, `clean` is
//! idempotent, and neither panics (positions are counted in characters, not bytes).
#![no_main]

use app::domain::Field;
use app::domain::text::{clean, strip};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    for field in [Field::Name, Field::Notes] {
        let (kept, _) = strip(raw, field);
        let cleaned = clean(&kept, field).expect("what strip keeps is clean");
        assert_eq!(clean(&cleaned, field).as_deref(), Ok(cleaned.as_str()));
        if let Err(app::domain::DomainError::Character { position, .. }) = clean(raw, field) {
            assert!(position >= 1 && position <= raw.chars().count());
        }
    }
});
