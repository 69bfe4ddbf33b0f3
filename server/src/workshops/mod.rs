//! The write path and the in-memory state. Every change to a workshop is validated by the
//! domain, handed to the group-commit writer, and acknowledged and broadcast only once it is on
//! disk.
//!
//! Each workshop is held twice: `head` has every accepted edit, durable or not, and is what new
//! edits are validated against, so edits can queue for the next flush without waiting for the
//! last one; `durable` has only what is on disk, and is what readers and live clients see.
//! Both are changed under the workshop's lock, so a snapshot and a subscription taken together
//! miss no event and repeat none. Who holds which key, join codes and tablets: `access`.

mod access;
mod create;
mod entry;
mod follow;
mod moments;
mod writes;

use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::ws::Utf8Bytes;
use thiserror::Error;
use tokio::sync::{broadcast, oneshot};

use app::domain::{
    Actor, DomainError, Edit, GroupCode, Reach, RestoreError, Target, Workshop, WorkshopId,
};

use crate::commit::Committer;
use crate::health::Health;
use crate::store::{Guarded, LogRecord, SetAside, Store, StoreError};

pub use access::{Bearer, KeyMade};
use entry::{Entry, Outcome, lock};
use writes::Core;

/// Events a live client may fall behind by before it is sent a fresh snapshot instead.
pub const EVENT_BUFFER: usize = 1024;

#[derive(Debug, Error)]
pub enum ServiceError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("no such workshop")]
    UnknownWorkshop,
    #[error("no group has this join code")]
    UnknownJoinCode,
    #[error("the key is missing or not valid")]
    Unauthorized,
    #[error("this key belongs to another workshop")]
    WrongWorkshop,
    #[error("the moderator took this key back")]
    Revoked,
    #[error("this key's role may not do that")]
    Forbidden,
    #[error("this key only reads")]
    ReadOnly,
    #[error("joining this group is closed")]
    JoiningClosed,
    #[error("no such link or tablet")]
    UnknownGrant,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The store cannot be written now; the edit was not saved.
    #[error("the server cannot save right now")]
    StorageUnavailable,
    #[error("a storage task failed: {0}")]
    Task(String),
    /// One edit of several applied together was refused, so none was applied.
    #[error("edit {index} of the batch: {error}")]
    Batch { index: usize, error: DomainError },
    #[error(transparent)]
    Restore(#[from] RestoreError),
    /// A round or a sequence number the workshop has not reached.
    #[error("{0}")]
    NoSuchMoment(String),
}

/// What happened to an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applied {
    pub seq: u64,
    /// What the first application of this edit id was about.
    pub target: Target,
    /// The edit id had been applied before; nothing changed this time.
    pub replayed: bool,
}

/// What a live client starts from: the durable workshop, and every event after it.
pub struct Subscription {
    pub workshop: Workshop,
    pub events: broadcast::Receiver<FeedEvent>,
}

/// One durable edit as the live feed sends it.
#[derive(Clone, Debug)]
pub struct FeedEvent {
    pub seq: u64,
    /// Which map it touched, so each device is sent only what it may see.
    pub reach: Reach,
    /// Set for [`app::domain::Change::ShareMaps`]: what the groups now see.
    pub shares: Option<bool>,
    /// The feed's JSON text, serialised once for every subscriber.
    pub text: Utf8Bytes,
}

pub struct Workshops {
    core: Arc<Core>,
    store: Arc<dyn Store>,
    health: Arc<Health>,
    /// Workshops that could not be read or replayed at start, for the operator.
    set_aside: Vec<SetAside>,
}

impl Workshops {
    /// Loads every stored workshop by replaying its log, and starts the commit writer. A
    /// workshop that cannot be read or replayed is set aside (and logged); the rest start.
    pub fn open(store: Arc<dyn Store>) -> Result<Self, ServiceError> {
        let health = Arc::new(Health::default());
        let store: Arc<dyn Store> = Arc::new(Guarded::new(store, health.clone()));
        let (live, set_aside) = entry::load(store.as_ref())?;
        let notices = store.notices();
        let core = Arc::new(Core {
            committer: Committer::start(store.clone(), health.clone()),
            store: store.clone(),
            shared: notices.is_some(),
            live: RwLock::new(live),
            seen: Mutex::default(),
            unsaved_seen: Mutex::default(),
        });
        if let Some(notices) = notices {
            follow::start(&core, notices);
        }
        Ok(Self {
            core,
            store,
            health,
            set_aside,
        })
    }

    /// The server is stopping: writes what is queued (each write is flushed to disk). Edits
    /// that arrive after are refused unsaved (their devices keep them).
    pub fn finish(&self) {
        self.core.committer.finish();
    }

    /// Whether the server can write, and its changes.
    pub fn health(&self) -> &Health {
        &self.health
    }

    /// The workshops set aside at start.
    pub fn set_aside(&self) -> &[SetAside] {
        &self.set_aside
    }

    /// How many workshops are served.
    pub fn count(&self) -> usize {
        self.core
            .live
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.core
            .live
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .is_empty()
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    fn entry(&self, id: WorkshopId) -> Result<Entry, ServiceError> {
        self.core.entry(id)
    }

    /// Reads the durable workshop, with its join codes, through `read`.
    pub fn read<T>(
        &self,
        id: WorkshopId,
        read: impl FnOnce(&Workshop, &[GroupCode]) -> T,
    ) -> Result<T, ServiceError> {
        let entry = self.entry(id)?;
        let live = lock(&entry);
        Ok(read(&live.durable, &live.codes))
    }

    /// The durable workshop and a feed of every later event, taken together.
    pub fn subscribe(&self, id: WorkshopId) -> Result<Subscription, ServiceError> {
        let entry = self.entry(id)?;
        let live = lock(&entry);
        Ok(Subscription {
            workshop: live.durable.clone(),
            events: live.events.subscribe(),
        })
    }

    /// The durable log after `after`, for a client catching up, or `None` when it is more than
    /// `limit` records (a snapshot is then cheaper).
    pub async fn log_since(
        &self,
        id: WorkshopId,
        after: u64,
        upto: u64,
        limit: usize,
    ) -> Result<Option<Vec<LogRecord>>, ServiceError> {
        if upto.saturating_sub(after) > limit as u64 {
            return Ok(None);
        }
        let store = self.store.clone();
        let count = (upto - after) as usize;
        let records = tokio::task::spawn_blocking(move || store.log_since(id, after, count))
            .await
            .map_err(|e| ServiceError::Task(e.to_string()))??;
        Ok(Some(records))
    }

    /// The one write path: validate against everything accepted so far, queue for the next
    /// flush, and answer once the edit is on disk. Replaying an edit id answers as the first
    /// time did, once that is on disk, and changes nothing.
    pub async fn apply(
        &self,
        id: WorkshopId,
        actor: Actor,
        edit: Edit,
    ) -> Result<Applied, ServiceError> {
        let submitted = self.submit(id, actor, &edit);
        self.settle(id, actor, &edit, submitted).await
    }

    /// [`Workshops::apply`]'s first half, done now: the edit validated and queued in the
    /// caller's order. A device's edits must be checked in the order it made them (an offline
    /// add, then its undo); the live feed takes each in turn here and waits for the disk on a
    /// task of its own ([`Workshops::settle`]).
    pub fn submit(&self, id: WorkshopId, actor: Actor, edit: &Edit) -> Submitted {
        Submitted(
            self.entry(id)
                .and_then(|entry| self.accept(&entry, actor, edit)),
        )
    }

    /// [`Workshops::apply`]'s second half: the answer once the edit is on disk.
    pub async fn settle(
        &self,
        id: WorkshopId,
        actor: Actor,
        edit: &Edit,
        submitted: Submitted,
    ) -> Result<Applied, ServiceError> {
        let accepted = match submitted.0 {
            // Another instance may have taken the edit this one needs (the stakeholder it
            // changes): refused only once the store's log says so too.
            Err(ServiceError::Domain(_)) if self.core.shared => {
                let entry = self.entry(id)?;
                self.caught_up(&entry).await?;
                self.accept(&entry, actor, edit)?
            }
            accepted => accepted?,
        };
        let (answer, index, target, replayed) = match accepted {
            Accepted::Done(applied) => return Ok(applied),
            Accepted::Waiting {
                answer,
                index,
                target,
                replayed,
            } => (answer, index, target, replayed),
        };
        let done = answered(answer).await?;
        Ok(Applied {
            seq: done.first + index,
            target,
            replayed: replayed || done.replayed,
        })
    }

    /// Under the workshop's lock: answered already (a durable edit id), or waiting for the
    /// store (a pending one, or this edit validated and queued now).
    fn accept(&self, entry: &Entry, actor: Actor, edit: &Edit) -> Result<Accepted, ServiceError> {
        let mut live = lock(entry);
        if let Some(&(seq, target)) = live.applied.get(&edit.id) {
            return Ok(Accepted::Done(Applied {
                seq,
                target,
                replayed: true,
            }));
        }
        if let Some((answer, index, target)) = live.wait_for(&edit.id) {
            return Ok(Accepted::Waiting {
                answer,
                index,
                target,
                replayed: true,
            });
        }
        self.writable()?;
        let at_ms = now_ms();
        let change = edit
            .change
            .clone()
            .stamped(i64::try_from(at_ms).unwrap_or(i64::MAX));
        let valid = live.head.validate(actor, change)?;
        let target = valid.change().target();
        let answer = self.core.queue(
            entry,
            &mut live,
            actor,
            vec![(edit.id.clone(), valid)],
            at_ms,
        );
        Ok(Accepted::Waiting {
            answer,
            index: 0,
            target,
            replayed: false,
        })
    }

    /// The workshop brought up to the store's log, off the async workers.
    async fn caught_up(&self, entry: &Entry) -> Result<(), ServiceError> {
        let (core, entry) = (self.core.clone(), entry.clone());
        tokio::task::spawn_blocking(move || core.catch_up(&entry))
            .await
            .map_err(|e| ServiceError::Task(e.to_string()))
    }

    /// Applies several edits as one, on the same path as [`Workshops::apply`]: every edit is
    /// validated — each against the workshop as the ones before it leave it — before any is
    /// queued, so either all are accepted or none is. Answers with the last sequence number
    /// once all are on disk. For imports, whose edits have fresh ids.
    pub async fn apply_all(
        &self,
        id: WorkshopId,
        actor: Actor,
        edits: Vec<Edit>,
    ) -> Result<u64, ServiceError> {
        let entry = self.entry(id)?;
        if edits.is_empty() {
            return Ok(lock(&entry).head.seq());
        }
        let answer = match self.accept_all(&entry, actor, &edits) {
            Err(ServiceError::Batch { .. }) if self.core.shared => {
                self.caught_up(&entry).await?;
                self.accept_all(&entry, actor, &edits)?
            }
            answer => answer?,
        };
        let done = answered(answer).await?;
        Ok(done.first + edits.len() as u64 - 1)
    }

    /// Validates every edit, each against the workshop as the ones before it leave it, and
    /// queues them as one unit; nothing is queued when one is refused.
    fn accept_all(
        &self,
        entry: &Entry,
        actor: Actor,
        edits: &[Edit],
    ) -> Result<oneshot::Receiver<Outcome>, ServiceError> {
        self.writable()?;
        let mut live = lock(entry);
        // Checked on a copy, each against the ones before it: then `head` takes exactly
        // these changes in this order, so each is still valid when it is queued.
        let at_ms = now_ms();
        let stamp = i64::try_from(at_ms).unwrap_or(i64::MAX);
        let mut scratch = live.head.clone();
        let mut checked = Vec::with_capacity(edits.len());
        for (index, edit) in edits.iter().enumerate() {
            let valid = scratch
                .validate(actor, edit.change.clone().stamped(stamp))
                .map_err(|error| ServiceError::Batch { index, error })?;
            scratch.apply(valid.clone());
            checked.push((edit.id.clone(), valid));
        }
        Ok(self.core.queue(entry, &mut live, actor, checked, at_ms))
    }

    /// Edits are refused at once while the store cannot be written.
    fn writable(&self) -> Result<(), ServiceError> {
        if self.health.writable() {
            Ok(())
        } else {
            Err(ServiceError::StorageUnavailable)
        }
    }
}

/// An edit validated and queued (or refused) by [`Workshops::submit`], for
/// [`Workshops::settle`].
pub struct Submitted(Result<Accepted, ServiceError>);

/// Where an edit stands once [`Workshops::apply`] has taken it.
enum Accepted {
    Done(Applied),
    Waiting {
        answer: oneshot::Receiver<Outcome>,
        /// Where in its unit the edit is.
        index: u64,
        target: Target,
        replayed: bool,
    },
}

/// A unit's answer; one dropped unanswered (the server is stopping) was not saved.
async fn answered(answer: oneshot::Receiver<Outcome>) -> Result<entry::Done, ServiceError> {
    answer
        .await
        .map_err(|_| ServiceError::StorageUnavailable)?
        .map_err(ServiceError::from)
}

/// The server's clock, unix milliseconds: log records, timer starts, the live feed's `clock`.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}
