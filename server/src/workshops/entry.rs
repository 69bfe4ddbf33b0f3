//! One workshop in memory: `head` (every accepted edit) and `durable` (what is on disk),
//! the edit ids it has applied, its join codes, the feed of its events and the counters live
//! sessions and waiting writers follow. Replayed from its log at start; rolled back to
//! `durable` when a write fails.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::{broadcast, watch};

use app::domain::{EditId, GroupCode, Target, Valid, Workshop, WorkshopId};

use super::{EVENT_BUFFER, FeedEvent, ServiceError};
use crate::store::{SetAside, Store, StoredWorkshop};

pub(super) struct Live {
    pub(super) head: Workshop,
    pub(super) durable: Workshop,
    /// Every edit id the workshop has accepted, for its whole life, with what it did.
    pub(super) applied: HashMap<EditId, (u64, Target)>,
    pub(super) codes: Vec<GroupCode>,
    pub(super) events: broadcast::Sender<FeedEvent>,
    pub(super) durable_seq: watch::Sender<u64>,
    /// Counts the links and tablets taken back, so live sessions check their key again.
    pub(super) revocations: watch::Sender<u64>,
    /// Counts the times `head` went back to `durable` because a write failed: whoever waits
    /// for an edit that was not durable then is told it was not saved.
    pub(super) rollbacks: watch::Sender<u64>,
}

impl Live {
    pub(super) fn new(workshop: Workshop, codes: Vec<GroupCode>) -> Self {
        Self {
            durable_seq: watch::Sender::new(workshop.seq()),
            head: workshop.clone(),
            durable: workshop,
            applied: HashMap::new(),
            codes,
            events: broadcast::Sender::new(EVENT_BUFFER),
            revocations: watch::Sender::new(0),
            rollbacks: watch::Sender::new(0),
        }
    }

    /// Forgets every accepted edit that is not on disk: a write failed.
    pub(super) fn roll_back(&mut self) {
        let durable = self.durable.seq();
        if self.head.seq() > durable {
            self.head = self.durable.clone();
            self.applied.retain(|_, (seq, _)| *seq <= durable);
            self.rollbacks.send_modify(|n| *n += 1);
        }
    }

    /// The workshop as its log leaves it; a log out of order or that the domain cannot
    /// apply (a panic while replaying is caught) is the reason it is set aside.
    pub(super) fn replay(stored: StoredWorkshop) -> Result<Self, String> {
        let replayed = std::panic::catch_unwind(move || {
            let mut workshop =
                Workshop::create(stored.setup.stripped()).map_err(|e| e.to_string())?;
            let mut applied = HashMap::with_capacity(stored.log.len());
            for record in stored.log {
                if record.seq != workshop.seq() + 1 {
                    return Err(format!(
                        "the log goes from {} to {}",
                        workshop.seq(),
                        record.seq
                    ));
                }
                applied.insert(record.edit_id, (record.seq, record.change.target()));
                workshop.apply(Valid::from_log(record.change));
            }
            let mut live = Self::new(workshop, stored.codes);
            live.applied = applied;
            Ok(live)
        });
        replayed.unwrap_or_else(|_| Err("replaying its log panicked".into()))
    }
}

/// Every stored workshop replayed; one that cannot be read or replayed is set aside (and
/// logged) so that the others start.
pub(super) fn load(
    store: &dyn Store,
) -> Result<(HashMap<WorkshopId, Entry>, Vec<SetAside>), ServiceError> {
    let mut live = HashMap::new();
    let mut set_aside = Vec::new();
    for loaded in store.load_all()? {
        let replayed = loaded.and_then(|stored| {
            let id = stored.setup.id;
            Live::replay(stored)
                .map(|l| (id, l))
                .map_err(|reason| SetAside {
                    workshop: id.to_string(),
                    reason,
                })
        });
        match replayed {
            Ok((id, l)) => {
                live.insert(id, Arc::new(Mutex::new(l)));
            }
            Err(aside) => {
                tracing::error!(
                    workshop = %aside.workshop,
                    reason = %aside.reason,
                    "a stored workshop cannot be read; set aside, the others start"
                );
                set_aside.push(aside);
            }
        }
    }
    Ok((live, set_aside))
}

pub(super) type Entry = Arc<Mutex<Live>>;

pub(super) fn lock(entry: &Entry) -> MutexGuard<'_, Live> {
    // A panic while holding the lock leaves plain data behind; keep serving it.
    entry
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Waits for an edit to be on disk, or to be certain it will not be.
pub(super) struct Waiting {
    durable: watch::Receiver<u64>,
    rollbacks: watch::Receiver<u64>,
}

impl Waiting {
    /// Taken with the workshop locked, right after the edit was queued.
    pub(super) fn on(live: &Live) -> Self {
        Self {
            durable: live.durable_seq.subscribe(),
            rollbacks: live.rollbacks.subscribe(),
        }
    }

    pub(super) async fn until(mut self, seq: u64) -> Result<(), ServiceError> {
        let waited = tokio::select! {
            biased;
            durable = self.durable.wait_for(|d| *d >= seq) => {
                Some(durable.map(|_| ()).map_err(|e| ServiceError::Task(e.to_string())))
            }
            _ = self.rollbacks.changed() => None,
        };
        match waited {
            Some(done) => done,
            // Durable after all when the rollback was of later edits.
            None if *self.durable.borrow() >= seq => Ok(()),
            None => Err(ServiceError::StorageUnavailable),
        }
    }
}
