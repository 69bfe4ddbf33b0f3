//! One workshop in memory: `head` (every accepted edit) and `durable` (what the store holds),
//! the edit ids it has applied, the edits waiting for the store (`pending`, each with whoever
//! waits for its answer), its join codes, and the feed of its events. Replayed from its log at
//! start; `durable` moves on only through [`Live::advance`], with records this instance wrote
//! or records read back from a store another instance writes too.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::ws::Utf8Bytes;
use tokio::sync::{broadcast, oneshot, watch};

use app::domain::{Change, DomainError, EditId, GroupCode, Target, Valid, Workshop, WorkshopId};
use app::wire::{EditEvent, ServerMessage};

use super::{EVENT_BUFFER, FeedEvent, ServiceError};
use crate::store::{LogRecord, SetAside, Store, StoredWorkshop, Tip};

/// Why an accepted edit was not saved after all.
#[derive(Clone, Debug)]
pub(super) enum Refusal {
    /// Validated again after another instance's edits, it no longer holds.
    Domain(DomainError),
    /// The same for one edit of several applied together.
    Batch { index: usize, error: DomainError },
    /// The store could not be written.
    NotSaved,
}

impl From<Refusal> for ServiceError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Domain(e) => ServiceError::Domain(e),
            Refusal::Batch { index, error } => ServiceError::Batch { index, error },
            Refusal::NotSaved => ServiceError::StorageUnavailable,
        }
    }
}

/// A unit of edits on disk.
#[derive(Clone, Copy, Debug)]
pub(super) struct Done {
    /// The sequence number of its first record.
    pub(super) first: u64,
    /// Another instance had already written this edit id (a device sent it to both).
    pub(super) replayed: bool,
}

/// The answer to a unit of edits, once all are durable or certain not to be.
pub(super) type Outcome = Result<Done, Refusal>;

/// Edits accepted together (one edit, or an import's many), waiting for the store.
pub(super) struct Unit {
    /// Tells this unit's job from a stale one after a rebase.
    pub(super) ticket: u64,
    pub(super) records: Vec<LogRecord>,
    pub(super) waiters: Vec<oneshot::Sender<Outcome>>,
}

impl Unit {
    fn answer(self, outcome: &Outcome) {
        for waiter in self.waiters {
            let _ = waiter.send(outcome.clone());
        }
    }
}

pub(super) struct Live {
    pub(super) head: Workshop,
    /// Where `head`'s log ends: what the next job follows.
    pub(super) head_tip: Tip,
    pub(super) durable: Workshop,
    pub(super) durable_tip: Tip,
    /// Every edit id of `durable`, for the workshop's whole life, with what it did.
    pub(super) applied: HashMap<EditId, (u64, Target)>,
    /// Accepted, in `head`, not yet durable: in sequence order.
    pub(super) pending: VecDeque<Unit>,
    pub(super) next_ticket: u64,
    pub(super) codes: Vec<GroupCode>,
    pub(super) events: broadcast::Sender<FeedEvent>,
    /// Counts the links and tablets taken back, so live sessions check their key again.
    pub(super) revocations: watch::Sender<u64>,
    /// The maps each closed round kept (`durable` just before its close), in order: derived
    /// from the log, so a compared grid needs no replay.
    pub(super) rounds: Vec<Arc<Workshop>>,
}

/// What [`Live::advance`] found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Advanced {
    /// A record this instance did not write came before its pending edits: they were
    /// validated against a state the log went past, and must be validated again.
    pub(super) stale: bool,
    /// The records skipped a sequence number: read the log from the store.
    pub(super) gap: bool,
}

impl Live {
    pub(super) fn new(workshop: Workshop, tip: Tip, codes: Vec<GroupCode>) -> Self {
        Self {
            head: workshop.clone(),
            head_tip: tip.clone(),
            durable: workshop,
            durable_tip: tip,
            applied: HashMap::new(),
            pending: VecDeque::new(),
            next_ticket: 0,
            codes,
            events: broadcast::Sender::new(EVENT_BUFFER),
            revocations: watch::Sender::new(0),
            rounds: Vec::new(),
        }
    }

    /// The pending edit with this id: its unit's answer, and where in the unit it is.
    pub(super) fn wait_for(
        &mut self,
        edit: &EditId,
    ) -> Option<(oneshot::Receiver<Outcome>, u64, Target)> {
        self.pending.iter_mut().find_map(|unit| {
            let index = unit.records.iter().position(|r| &r.edit_id == edit)?;
            let (send, receive) = oneshot::channel();
            unit.waiters.push(send);
            let target = unit.records[index].change.target();
            Some((receive, index as u64, target))
        })
    }

    /// Records now in the store, in order: each applied to `durable` and sent to live
    /// clients; this instance's own pending units answered as their records arrive. Records
    /// already applied are skipped, so the commit thread and a read of the store can both
    /// bring the same record.
    pub(super) fn advance(&mut self, records: impl IntoIterator<Item = LogRecord>) -> Advanced {
        let mut found = Advanced::default();
        for record in records {
            if record.seq <= self.durable.seq() {
                continue;
            }
            if record.seq != self.durable.seq() + 1 {
                found.gap = true;
                break;
            }
            let ours = self
                .pending
                .front()
                .and_then(|unit| unit.records.iter().find(|r| r.seq == record.seq))
                .is_some_and(|r| *r == record);
            self.make_durable(record);
            if ours {
                self.answer_front();
            } else {
                found.stale |= !self.pending.is_empty();
                if self.pending.is_empty() {
                    self.head = self.durable.clone();
                    self.head_tip = self.durable_tip.clone();
                }
            }
        }
        found
    }

    fn make_durable(&mut self, record: LogRecord) {
        let event = FeedEvent::of(&self.durable, &record);
        self.durable_tip = Tip::of(&record);
        self.applied
            .insert(record.edit_id, (record.seq, record.change.target()));
        if matches!(record.change, Change::CloseRound { .. }) {
            self.rounds.push(Arc::new(self.durable.clone()));
        }
        self.durable.apply(Valid::from_log(record.change));
        let _ = self.events.send(event);
    }

    /// The front unit, once its last record is durable, answered and dropped.
    fn answer_front(&mut self) {
        let done = self
            .pending
            .front()
            .and_then(|unit| unit.records.last())
            .is_some_and(|last| last.seq <= self.durable.seq());
        if done && let Some(unit) = self.pending.pop_front() {
            let first = unit.records.first().map_or(0, |r| r.seq);
            unit.answer(&Ok(Done {
                first,
                replayed: false,
            }));
        }
    }

    /// Takes the pending units out and `head` back to `durable`, for the caller to validate
    /// them again.
    pub(super) fn take_pending(&mut self) -> VecDeque<Unit> {
        self.head = self.durable.clone();
        self.head_tip = self.durable_tip.clone();
        std::mem::take(&mut self.pending)
    }

    /// Forgets every accepted edit that is not durable, each told it was not saved: a
    /// write failed, so nothing after `durable` can be trusted to follow.
    pub(super) fn roll_back(&mut self) {
        for unit in self.take_pending() {
            unit.answer(&Err(Refusal::NotSaved));
        }
    }

    /// Whether the unit a job carried is still waiting.
    pub(super) fn is_pending(&self, ticket: u64) -> bool {
        self.pending.iter().any(|unit| unit.ticket == ticket)
    }

    /// The workshop as its log leaves it; a log out of order or that the domain cannot
    /// apply (a panic while replaying is caught) is the reason it is set aside.
    pub(super) fn replay(stored: StoredWorkshop) -> Result<Self, String> {
        let replayed = std::panic::catch_unwind(move || {
            let mut applied = HashMap::with_capacity(stored.log.len());
            let mut tip = Tip::default();
            let mut changes = Vec::with_capacity(stored.log.len());
            for (before, record) in (0u64..).zip(stored.log) {
                if record.seq != before + 1 {
                    return Err(format!("the log goes from {before} to {}", record.seq));
                }
                tip = Tip::of(&record);
                applied.insert(record.edit_id, (record.seq, record.change.target()));
                changes.push(record.change);
            }
            let mut rounds = Vec::new();
            let workshop = Workshop::replay_seeing(stored.setup, changes, |before, change| {
                if matches!(change, Change::CloseRound { .. }) {
                    rounds.push(Arc::new(before.clone()));
                }
            })
            .map_err(|e| e.to_string())?;
            let mut live = Self::new(workshop, tip, stored.codes);
            live.applied = applied;
            live.rounds = rounds;
            Ok(live)
        });
        replayed.unwrap_or_else(|_| Err("replaying its log panicked".into()))
    }
}

impl FeedEvent {
    /// A durable record as the live feed sends it, `before` being the workshop it applies
    /// to (which map it touches depends on where the stakeholder was).
    fn of(before: &Workshop, record: &LogRecord) -> Self {
        let shares = match &record.change {
            Change::ShareMaps { with_groups } => Some(*with_groups),
            _ => None,
        };
        let message = ServerMessage::Event {
            event: EditEvent {
                seq: record.seq,
                edit_id: record.edit_id.clone(),
                actor: record.actor,
                change: record.change.clone(),
            },
        };
        // Serialised once and shared by every subscriber's socket without a copy.
        #[expect(clippy::expect_used, reason = "events are plain data with string keys")]
        let text = Utf8Bytes::from(serde_json::to_string(&message).expect("events serialise"));
        Self {
            seq: record.seq,
            reach: before.reach(&record.change),
            shares,
            text,
        }
    }
}

/// One stored workshop replayed, or the reason it is set aside (logged).
pub(super) fn replayed(loaded: crate::store::Loaded) -> Result<(WorkshopId, Live), SetAside> {
    let replayed = loaded.and_then(|stored| {
        let id = stored.setup.id;
        Live::replay(stored)
            .map(|l| (id, l))
            .map_err(|reason| SetAside {
                workshop: id.to_string(),
                reason,
            })
    });
    if let Err(aside) = &replayed {
        tracing::error!(
            workshop = %aside.workshop,
            reason = %aside.reason,
            "a stored workshop cannot be read; set aside, the others start"
        );
    }
    replayed
}

/// Every stored workshop replayed; one that cannot be read or replayed is set aside (and
/// logged) so that the others start.
pub(super) fn load(
    store: &dyn Store,
) -> Result<(HashMap<WorkshopId, Entry>, Vec<SetAside>), ServiceError> {
    let mut live = HashMap::new();
    let mut set_aside = Vec::new();
    for loaded in store.load_all()? {
        match replayed(loaded) {
            Ok((id, l)) => {
                live.insert(id, Arc::new(Mutex::new(l)));
            }
            Err(aside) => set_aside.push(aside),
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
