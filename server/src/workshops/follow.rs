//! Following the other instances on a shared store: their notices, taken on a thread of their
//! own, bring each loaded workshop up to the store's log (its live clients then get the
//! events in sequence order, exactly once), reload join codes, and make live sessions check
//! their keys again after a revocation. Notices that arrive together are taken together, so
//! a busy workshop is read once for many edits.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, PoisonError, Weak, mpsc};

use app::domain::WorkshopId;

use super::entry::{Entry, lock};
use super::writes::Core;
use crate::store::Notice;

/// Starts following `notices` for as long as the workshops are served.
pub(super) fn start(core: &Arc<Core>, notices: mpsc::Receiver<Notice>) {
    let core = Arc::downgrade(core);
    let started = std::thread::Builder::new()
        .name("stakemap-follow".into())
        .spawn(move || follow(&core, &notices));
    if let Err(e) = started {
        tracing::error!(error = %e, "cannot follow the other instances: edits they take reach this one's clients late");
    }
}

fn follow(core: &Weak<Core>, notices: &mpsc::Receiver<Notice>) {
    while let Ok(first) = notices.recv() {
        let Some(core) = core.upgrade() else {
            return;
        };
        let mut logs: HashMap<WorkshopId, u64> = HashMap::new();
        let mut codes = HashSet::new();
        let mut revoked = HashSet::new();
        let mut missed = false;
        for notice in std::iter::once(first).chain(notices.try_iter()) {
            match notice {
                Notice::Log { workshop, seq } => {
                    let highest = logs.entry(workshop).or_default();
                    *highest = (*highest).max(seq);
                }
                Notice::Codes { workshop } => {
                    codes.insert(workshop);
                }
                Notice::Revoked { workshop } => {
                    revoked.insert(workshop);
                }
                Notice::Missed => missed = true,
            }
        }
        if missed {
            for (_, entry) in loaded(&core) {
                core.catch_up(&entry);
                reload_codes(&core, &entry);
                lock(&entry).revocations.send_modify(|n| *n += 1);
            }
            continue;
        }
        for (id, seq) in logs {
            if let Some(entry) = find(&core, id)
                && lock(&entry).durable.seq() < seq
            {
                core.catch_up(&entry);
            }
        }
        for id in codes {
            if let Some(entry) = find(&core, id) {
                reload_codes(&core, &entry);
            }
        }
        for id in revoked {
            if let Some(entry) = find(&core, id) {
                lock(&entry).revocations.send_modify(|n| *n += 1);
            }
        }
    }
}

fn loaded(core: &Core) -> Vec<(WorkshopId, Entry)> {
    core.live
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .map(|(id, entry)| (*id, entry.clone()))
        .collect()
}

/// A workshop this instance holds; one it has not loaded is read whole when first asked for.
fn find(core: &Core, id: WorkshopId) -> Option<Entry> {
    core.live
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&id)
        .cloned()
}

fn reload_codes(core: &Core, entry: &Entry) {
    let id = lock(entry).durable.id();
    match core.store.join_codes(id) {
        Ok(codes) => lock(entry).codes = codes,
        Err(e) => tracing::warn!(workshop = %id, error = %e, "reading join codes failed"),
    }
}
