//! Following the other instances on a shared store: their notices, taken on a thread of their
//! own, bring each loaded workshop up to the store's log (its live clients then get the
//! events in sequence order, exactly once), reload join codes, and make live sessions check
//! their keys again after a revocation. Notices that arrive together are taken together, so
//! a busy workshop is read once for many edits. Every few seconds the same thread tells the
//! store which tablets this instance heard from, for the moderator's list on the others.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, PoisonError, Weak, mpsc};
use std::time::{Duration, Instant};

use app::domain::WorkshopId;

use super::entry::{Entry, lock};
use super::writes::Core;
use crate::store::Notice;

/// How often this instance tells the store when it last heard from its tablets.
const SEEN_EVERY: Duration = Duration::from_secs(2);

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
    let mut noted = Instant::now();
    loop {
        let first = match notices.recv_timeout(SEEN_EVERY) {
            Ok(notice) => Some(notice),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        let Some(core) = core.upgrade() else {
            return;
        };
        if noted.elapsed() >= SEEN_EVERY {
            note_seen(&core);
            noted = Instant::now();
        }
        let Some(first) = first else {
            continue;
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
            let all = loaded(&core);
            core.catch_up_all(&all);
            for entry in all {
                reload_codes(&core, &entry);
                lock(&entry).revocations.send_modify(|n| *n += 1);
            }
            continue;
        }
        let behind: Vec<Entry> = logs
            .into_iter()
            .filter_map(|(id, seq)| find(&core, id).filter(|e| lock(e).durable.seq() < seq))
            .collect();
        core.catch_up_all(&behind);
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

/// Tells the store which tablets this instance heard from since it last did, so that the
/// moderator's list is right on every instance. Informational: a failure is logged.
fn note_seen(core: &Core) {
    let unsaved: Vec<_> = std::mem::take(
        &mut *core
            .unsaved_seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner),
    )
    .into_iter()
    .collect();
    if !unsaved.is_empty()
        && let Err(e) = core.store.note_seen(&unsaved)
    {
        tracing::warn!(error = %e, "noting when tablets were last heard from failed");
    }
}

fn loaded(core: &Core) -> Vec<Entry> {
    core.live
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .values()
        .cloned()
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
