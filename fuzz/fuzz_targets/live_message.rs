//! A live feed message as the server reads it (`serde_json` into `ClientMessage`), then what it
//! does with an edit: validate it as a group's tablet and as the moderator and, when valid,
//! apply it — never a panic, and an applied edit survives the log's JSON round trip.
#![no_main]

use app::domain::{Actor, Valid};
use app::wire::ClientMessage;
use libfuzzer_sys::fuzz_target;
use stakemap_fuzz::{WORKSHOP, group};

fuzz_target!(|data: &[u8]| {
    let Ok(ClientMessage::Edit { edit }) = serde_json::from_slice::<ClientMessage>(data) else {
        return;
    };
    for actor in [Actor::Group(group()), Actor::Moderator] {
        let mut workshop = WORKSHOP.clone();
        if let Ok(valid) = workshop.validate(actor, edit.change.clone()) {
            let logged = serde_json::to_string(valid.change()).expect("a change serialises");
            let back = serde_json::from_str(&logged).expect("and reads back");
            let mut replayed = workshop.clone();
            workshop.apply(valid);
            replayed.apply(Valid::from_log(back));
            assert_eq!(workshop, replayed, "the log replays what was applied");
        }
    }
});
