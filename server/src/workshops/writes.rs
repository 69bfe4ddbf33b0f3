//! The write path's shared core: queueing validated edits for the commit thread, and what
//! happens when the store's log has moved past what an edit was validated against — another
//! instance on the same database wrote first. Then the workshop catches up from the store
//! and its pending edits are validated again against the newer state, each answered as one
//! server would have: saved with a later sequence number, refused, or (the same edit id, sent
//! to the other instance too) already done.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, RwLock, Weak};

use tokio::sync::oneshot;

use app::domain::{Actor, EditId, Valid, WorkshopId};

use super::ServiceError;
use super::entry::{self, Advanced, Done, Entry, Live, Outcome, Refusal, Unit, lock};
use crate::commit::{Committer, Job};
use crate::store::{GrantId, LogRecord, Store, Tip};

/// How many records one read of the store brings while catching up.
const CATCH_UP_CHUNK: usize = 4096;

pub(super) struct Core {
    pub(super) store: Arc<dyn Store>,
    /// Other instances write the same store: memory may be behind it.
    pub(super) shared: bool,
    pub(super) committer: Committer,
    pub(super) live: RwLock<HashMap<WorkshopId, Entry>>,
    /// When each tablet was last heard from (unix ms), by this instance.
    pub(super) seen: Mutex<HashMap<GrantId, u64>>,
    /// What of `seen` a shared store has not been told yet (`follow.rs` tells it).
    pub(super) unsaved_seen: Mutex<HashMap<GrantId, u64>>,
}

impl Core {
    /// Applies validated changes to `head` as one unit and hands them to the commit thread;
    /// called with the workshop locked and each change checked against `head` as the ones
    /// before it leave it, so queue order is sequence order. Answers the unit's answer.
    pub(super) fn queue(
        self: &Arc<Self>,
        entry: &Entry,
        live: &mut Live,
        actor: Actor,
        changes: Vec<(EditId, Valid)>,
        at_ms: u64,
    ) -> oneshot::Receiver<Outcome> {
        let (send, receive) = oneshot::channel();
        let records = changes
            .into_iter()
            .map(|(edit_id, valid)| {
                let record = LogRecord {
                    seq: live.head.seq() + 1,
                    edit_id,
                    actor,
                    change: valid.change().clone(),
                    at_ms,
                };
                live.head.apply(valid);
                record
            })
            .collect();
        self.submit(
            entry,
            live,
            Unit {
                ticket: 0,
                records,
                waiters: vec![send],
            },
        );
        receive
    }

    /// Sends a unit whose records `head` already holds (its tip still before them) to the
    /// commit thread, and keeps it pending.
    fn submit(self: &Arc<Self>, entry: &Entry, live: &mut Live, mut unit: Unit) {
        unit.ticket = live.next_ticket;
        live.next_ticket += 1;
        let after = std::mem::replace(
            &mut live.head_tip,
            unit.records.last().map(Tip::of).unwrap_or_default(),
        );
        let job = Job {
            workshop: live.head.id(),
            after,
            records: unit.records.clone(),
            on_durable: {
                let (entry, records, core) =
                    (entry.clone(), unit.records.clone(), Arc::downgrade(self));
                Box::new(move || {
                    let advanced = lock(&entry).advance(records);
                    // Not expected (this instance's records follow what it read), but then
                    // the store has what is missing.
                    if advanced != Advanced::default()
                        && let Some(core) = core.upgrade()
                    {
                        core.catch_up(&entry);
                    }
                })
            },
            on_failed: {
                let (entry, ticket) = (entry.clone(), unit.ticket);
                Box::new(move || {
                    let mut live = lock(&entry);
                    // A stale job's failure says nothing of the units that replaced it.
                    if live.is_pending(ticket) {
                        live.roll_back();
                    }
                })
            },
            on_moved: {
                let (entry, ticket, core) = (entry.clone(), unit.ticket, Arc::downgrade(self));
                Box::new(move || moved(&core, &entry, ticket))
            },
        };
        live.pending.push_back(unit);
        self.committer.submit(job);
    }

    /// Reads the workshop's log past `durable` from the store and applies it; pending edits
    /// that another instance's records went before are validated again. A failed read is
    /// logged: the next notice or conflict tries again.
    pub(super) fn catch_up(self: &Arc<Self>, entry: &Entry) {
        self.catch_up_all(std::slice::from_ref(entry));
    }

    /// [`Core::catch_up`] for many workshops, with one read of the store for all of them (and
    /// one more for each that has more to read): following a busy instance costs a query per
    /// notice taken, not one per workshop it moved.
    pub(super) fn catch_up_all(self: &Arc<Self>, entries: &[Entry]) {
        let mut behind = entries.to_vec();
        while !behind.is_empty() {
            let from: Vec<_> = behind
                .iter()
                .map(|entry| {
                    let live = lock(entry);
                    (live.durable.id(), live.durable.seq())
                })
                .collect();
            let logs = match self.store.logs_since(&from, CATCH_UP_CHUNK) {
                Ok(logs) => logs,
                Err(e) => {
                    tracing::warn!(workshops = from.len(), error = %e, "catching up from the store failed");
                    return;
                }
            };
            behind = behind
                .into_iter()
                .zip(logs)
                .filter_map(|(entry, records)| {
                    let more = records.len() == CATCH_UP_CHUNK;
                    let mut live = lock(&entry);
                    let advanced = live.advance(records);
                    if advanced.stale {
                        self.rebase(&entry, &mut live);
                    }
                    drop(live);
                    (more || advanced.gap).then_some(entry)
                })
                .collect();
        }
    }

    /// Validates the pending units again against `durable` (which has moved on) and queues
    /// the ones that still hold; the others are answered at once.
    pub(super) fn rebase(self: &Arc<Self>, entry: &Entry, live: &mut Live) {
        for unit in live.take_pending() {
            // The same edit id written by another instance: the edit is done, as it was there.
            if let [only] = unit.records.as_slice()
                && let Some(&(seq, _)) = live.applied.get(&only.edit_id)
            {
                for waiter in unit.waiters {
                    let _ = waiter.send(Ok(Done {
                        first: seq,
                        replayed: true,
                    }));
                }
                continue;
            }
            match revalidate(live, &unit.records) {
                Ok(changes) => {
                    let records = changes
                        .into_iter()
                        .zip(&unit.records)
                        .map(|(valid, old)| {
                            let record = LogRecord {
                                seq: live.head.seq() + 1,
                                change: valid.change().clone(),
                                ..old.clone()
                            };
                            live.head.apply(valid);
                            record
                        })
                        .collect();
                    let again = Unit {
                        ticket: 0,
                        records,
                        waiters: unit.waiters,
                    };
                    self.submit(entry, live, again);
                }
                Err(refusal) => {
                    for waiter in unit.waiters {
                        let _ = waiter.send(Err(refusal.clone()));
                    }
                }
            }
        }
    }

    /// The workshop, from memory or — made by another instance — from the store.
    pub(super) fn entry(self: &Arc<Self>, id: WorkshopId) -> Result<Entry, ServiceError> {
        if let Some(entry) = self
            .live
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&id)
        {
            return Ok(entry.clone());
        }
        let Some(loaded) = self.store.load(id)? else {
            return Err(ServiceError::UnknownWorkshop);
        };
        let (_, live) = entry::replayed(loaded).map_err(|_| ServiceError::UnknownWorkshop)?;
        let entry = self
            .live
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(id)
            .or_insert_with(|| Arc::new(std::sync::Mutex::new(live)))
            .clone();
        // Notices of edits made while it was being read came before it was listed.
        self.catch_up(&entry);
        Ok(entry)
    }
}

/// A job found the log moved: catch up, then validate again whatever is still pending.
fn moved(core: &Weak<Core>, entry: &Entry, ticket: u64) {
    let Some(core) = core.upgrade() else {
        // The server is stopping: the edits are not saved, and their devices keep them.
        lock(entry).roll_back();
        return;
    };
    core.catch_up(entry);
    let mut live = lock(entry);
    // Nothing new was read, yet the unit still waits: its job is queued again from the
    // log's tip as the store now has it.
    if live.is_pending(ticket) {
        core.rebase(entry, &mut live);
    }
}

/// A unit's changes checked again, each against `head` as the ones before it leave it.
fn revalidate(live: &Live, records: &[LogRecord]) -> Result<Vec<Valid>, Refusal> {
    let mut scratch = None;
    let mut checked = Vec::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        let workshop = scratch.as_ref().unwrap_or(&live.head);
        let valid = workshop
            .validate(record.actor, record.change.clone())
            .map_err(|error| match records.len() {
                1 => Refusal::Domain(error),
                _ => Refusal::Batch { index, error },
            })?;
        if records.len() > 1 {
            scratch
                .get_or_insert_with(|| live.head.clone())
                .apply(valid.clone());
        }
        checked.push(valid);
    }
    Ok(checked)
}
