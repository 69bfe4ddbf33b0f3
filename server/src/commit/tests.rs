use std::sync::mpsc as std_mpsc;

use app::domain::{Actor, Change, EditId};

use super::*;
use crate::health::Health;
use crate::store::SledStore;

fn record(seq: u64) -> LogRecord {
    LogRecord {
        seq,
        edit_id: EditId::parse(&format!("e{seq}")).unwrap(),
        actor: Actor::Moderator,
        change: Change::StopTimer,
        at_ms: 0,
    }
}

#[test]
fn a_panicking_completion_does_not_stop_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path()).unwrap());
    let committer = Committer::start(store, Arc::new(Health::default()));
    let workshop = WorkshopId::from_random_bytes([1; 16]);
    committer.submit(Job {
        workshop,
        after: Tip::default(),
        records: vec![record(1)],
        on_durable: Box::new(|| panic!("a subscriber's bug")),
        on_failed: Box::new(|| {}),
        on_moved: Box::new(|| {}),
    });
    let (done, durable) = std_mpsc::channel();
    committer.submit(Job {
        workshop,
        after: Tip::of(&record(1)),
        records: vec![record(2)],
        on_durable: Box::new(move || done.send(()).unwrap()),
        on_failed: Box::new(|| {}),
        on_moved: Box::new(|| {}),
    });
    durable
        .recv_timeout(Duration::from_secs(10))
        .expect("the next edit is still written");
}
