//! Durable storage behind a small trait, so the write path does not know which store it is:
//! sled embedded in the one binary (the default), or PostgreSQL shared by several instances.
//!
//! What is kept: each workshop's setup and its log of validated edits (the workshop is the
//! setup with the log replayed), the hashes of every key and token (never a secret itself),
//! the links and tablets the moderator can take back ([`Grant`]), the join codes, and a little
//! metadata (the demo workshop). Every write returns only after the data is on disk.

mod guarded;
mod postgres;
mod sled_store;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use app::domain::{
    Actor, Change, DeviceId, EditId, GroupCode, GroupId, JoinCode, KeyId, Role, WorkshopId,
    WorkshopSetup,
};

pub use guarded::Guarded;
pub use postgres::PgStore;
pub use sled_store::SledStore;

/// One applied edit as the log keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogRecord {
    pub seq: u64,
    pub edit_id: EditId,
    pub actor: Actor,
    /// Validated and normalised: replay applies it without validating again.
    pub change: Change,
    /// Milliseconds since the Unix epoch, by the server's clock.
    pub at_ms: u64,
}

/// What a key or token lets its bearer do.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Access {
    pub workshop: WorkshopId,
    /// Written as `actor` before there were roles that only read.
    #[serde(alias = "actor")]
    pub role: Role,
    /// The link or tablet this is, when the moderator can take it back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant: Option<GrantId>,
    /// Taken back: kept so that its bearer is told so rather than "not valid".
    #[serde(default)]
    pub revoked: bool,
}

/// A link or a tablet, as the moderator lists and revokes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum GrantId {
    Key(KeyId),
    Device(DeviceId),
}

impl GrantId {
    pub fn as_bytes(&self) -> &[u8; 16] {
        match self {
            GrantId::Key(id) => id.as_bytes(),
            GrantId::Device(id) => id.as_bytes(),
        }
    }
}

/// An analyst's or viewer's link, or a tablet that joined a group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Grant {
    pub id: GrantId,
    pub role: Role,
    /// The moderator's name for a link; empty for a tablet.
    #[serde(default)]
    pub label: String,
    /// Unix ms.
    pub created_ms: u64,
    /// SHA-256 of its secret, which is never stored.
    pub hash: [u8; 32],
}

/// Where a join code leads, and whether it still lets tablets in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JoinRecord {
    pub workshop: WorkshopId,
    pub group: GroupId,
    #[serde(default = "open")]
    pub open: bool,
}

fn open() -> bool {
    true
}

/// A workshop as stored: its setup, its log in order, and its groups' join codes.
#[derive(Clone, Debug)]
pub struct StoredWorkshop {
    pub setup: WorkshopSetup,
    pub log: Vec<LogRecord>,
    pub codes: Vec<GroupCode>,
}

/// Where a workshop's log ends: its last record's sequence number and edit id (0 and none
/// while the log is empty). A writer says which tip its records follow; the store writes
/// them only if the log still ends there, so records validated against a state another
/// instance has since moved past are never written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tip {
    pub seq: u64,
    pub edit: Option<EditId>,
}

impl Tip {
    /// The tip a log has once `record` is its last.
    pub fn of(record: &LogRecord) -> Self {
        Self {
            seq: record.seq,
            edit: Some(record.edit_id.clone()),
        }
    }
}

/// Records for one workshop's log, to follow `after`.
#[derive(Clone, Debug)]
pub struct Run {
    pub workshop: WorkshopId,
    pub after: Tip,
    pub records: Vec<LogRecord>,
}

/// What became of one [`Run`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Appended {
    Written,
    /// The log no longer ended at the run's `after` (another instance wrote first); nothing
    /// of the run was written.
    Moved,
}

/// A download ticket as the store keeps it (under the ticket's hash) for a minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub workshop: WorkshopId,
    /// The key that asked for it, checked again when it is used.
    pub key_hash: [u8; 32],
    /// Unix ms.
    pub expires_ms: u64,
}

/// A stored join code read back — its text and its record's JSON, as both stores keep them —
/// with the workshop it leads to; `None` (logged) when it cannot be read: passed over, so
/// the rest load and the moderator can give the group a new code.
fn stored_join_code(code: &str, record: &[u8]) -> Option<(WorkshopId, GroupCode)> {
    let read = serde_json::from_slice::<JoinRecord>(record)
        .map_err(|e| e.to_string())
        .and_then(|record| {
            let parsed = JoinCode::parse(code).map_err(|e| e.to_string())?;
            Ok((
                record.workshop,
                GroupCode {
                    group: record.group,
                    code: parsed,
                    open: record.open,
                },
            ))
        });
    read.map_err(|e| {
        tracing::error!(
            code,
            error = %e,
            "a join code cannot be read; passed over (the moderator can make the group a new one)"
        );
    })
    .ok()
}

/// A stored workshop that cannot be read back, set aside so that every other one starts.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    /// The workshop's id, or the stored key when even that cannot be read.
    pub workshop: String,
    pub reason: String,
}

/// One workshop as loaded: whole, or set aside.
pub type Loaded = Result<StoredWorkshop, SetAside>;

/// Everything written when a workshop is created, in one atomic batch.
#[derive(Clone, Debug)]
pub struct NewWorkshop {
    pub setup: WorkshopSetup,
    /// (SHA-256 of a key or token, what it grants)
    pub access: Vec<([u8; 32], Access)>,
    pub joins: Vec<(JoinCode, JoinRecord)>,
}

/// Where the workshops are kept, as `--store` names it: `sled:FOLDER` or a PostgreSQL URL
/// (`postgres://user:password@host:port/database`).
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    Sled(std::path::PathBuf),
    Postgres(String),
}

impl Location {
    pub fn parse(raw: &str) -> Result<Self, String> {
        if let Some(folder) = raw.strip_prefix("sled:") {
            if folder.is_empty() {
                return Err("sled: needs a folder, as in sled:./data/store".into());
            }
            return Ok(Self::Sled(folder.into()));
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(Self::Postgres(raw.to_owned()));
        }
        Err("a store is sled:FOLDER or postgres://user@host:port/database".into())
    }

    /// Opens the store (a sled folder is created when missing; a database's schema is
    /// created or migrated).
    pub fn open(&self) -> Result<std::sync::Arc<dyn Store>, StoreError> {
        Ok(match self {
            Self::Sled(folder) => std::sync::Arc::new(SledStore::open(folder)?),
            Self::Postgres(url) => std::sync::Arc::new(PgStore::connect(url)?),
        })
    }
}

/// Written to logs without a password.
impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sled(folder) => write!(f, "sled:{}", folder.display()),
            Self::Postgres(url) => match url.parse::<tokio_postgres::Config>() {
                Ok(config) => write!(
                    f,
                    "postgres database {:?} as {:?} on {:?}",
                    config.get_dbname().unwrap_or_default(),
                    config.get_user().unwrap_or_default(),
                    config.get_hosts()
                ),
                Err(_) => f.write_str("postgres (an address that cannot be read)"),
            },
        }
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

/// What another instance changed in a store several instances share ([`Store::notices`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The workshop's log now reaches `seq`.
    Log { workshop: WorkshopId, seq: u64 },
    /// One of the workshop's links or tablets was taken back.
    Revoked { workshop: WorkshopId },
    /// One of the workshop's join codes changed.
    Codes { workshop: WorkshopId },
    /// Notices may have been missed (the store's connection was new or lost): read every
    /// workshop again.
    Missed,
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("storage failed: {0}")]
    Sled(#[from] sled::Error),
    #[error("the database failed: {0}")]
    Postgres(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("a transaction failed: {0}")]
    Transaction(String),
}

/// Durable storage. All methods block; call them off the async runtime's worker threads.
pub trait Store: Send + Sync + 'static {
    /// Creates a workshop; durable when it returns.
    fn create(&self, workshop: &NewWorkshop) -> Result<(), StoreError>;
    /// Appends runs of records to their workshops' logs, in order, with one flush; durable
    /// when it returns. A run is written only if its workshop's log then ends at its `after`
    /// (earlier runs of the same call counted); answers what became of each.
    fn append(&self, runs: &[Run]) -> Result<Vec<Appended>, StoreError>;
    /// A workshop's log records after `after` (by sequence number), at most `limit` of them.
    fn log_since(
        &self,
        workshop: WorkshopId,
        after: u64,
        limit: usize,
    ) -> Result<Vec<LogRecord>, StoreError>;
    /// [`Store::log_since`] for many workshops at once, answered in the order asked: an
    /// instance following others reads every workshop they moved with one query.
    fn logs_since(
        &self,
        from: &[(WorkshopId, u64)],
        limit: usize,
    ) -> Result<Vec<Vec<LogRecord>>, StoreError> {
        from.iter()
            .map(|&(workshop, after)| self.log_since(workshop, after, limit))
            .collect()
    }
    /// Every workshop with its whole log; one whose setup or log cannot be read is set
    /// aside on its own, and a join code that cannot be read is passed over (logged).
    fn load_all(&self) -> Result<Vec<Loaded>, StoreError>;
    /// One workshop with its whole log, as [`Store::load_all`] reads each; `None` when the
    /// store has no such workshop.
    fn load(&self, workshop: WorkshopId) -> Result<Option<Loaded>, StoreError>;
    fn access(&self, key_hash: &[u8; 32]) -> Result<Option<Access>, StoreError>;
    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError>;
    /// A workshop's join codes, as [`Store::load`] reads them.
    fn join_codes(&self, workshop: WorkshopId) -> Result<Vec<GroupCode>, StoreError>;
    /// Writes a join code's record, after removing `replaces` (a group's old code) if given.
    fn set_join_code(
        &self,
        code: &JoinCode,
        record: &JoinRecord,
        replaces: Option<&JoinCode>,
    ) -> Result<(), StoreError>;
    /// Stores a new link or tablet and its access, atomically.
    fn add_grant(&self, workshop: WorkshopId, grant: &Grant) -> Result<(), StoreError>;
    /// A workshop's links and tablets, revoked ones left out.
    fn grants(&self, workshop: WorkshopId) -> Result<Vec<Grant>, StoreError>;
    /// Takes a link or tablet back: its access is marked revoked and it leaves the list.
    /// Answers what was revoked, or `None` when the workshop has no such grant.
    fn revoke(&self, workshop: WorkshopId, id: GrantId) -> Result<Option<Grant>, StoreError>;
    fn meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Writes a metadata value; durable when it returns.
    fn set_meta(&self, name: &str, value: &[u8]) -> Result<(), StoreError>;
    /// After a failed [`Store::append`]: whether writing works again — the log records
    /// `lost` since the failure (never acknowledged) removed, a test write made durable.
    /// sled refuses every write after its first I/O error, so it is opened again here.
    fn probe(&self, lost: &[(WorkshopId, u64)]) -> Result<(), StoreError>;
    /// Every key's and token's access by its hash, revoked ones included: for moving a store
    /// (`stakemap migrate`); the rest is read workshop by workshop.
    fn access_all(&self) -> Result<Vec<([u8; 32], Access)>, StoreError>;
    /// Every metadata value, for moving a store.
    fn meta_all(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError>;
    /// Keeps a download ticket, and forgets the ones expired by `now_ms`. Not durable: a
    /// ticket lives a minute.
    fn put_ticket(&self, hash: &[u8; 32], ticket: &Ticket, now_ms: u64) -> Result<(), StoreError>;
    /// Takes a ticket out (a ticket works once), expired or not.
    fn take_ticket(&self, hash: &[u8; 32]) -> Result<Option<Ticket>, StoreError>;
    /// Notes when tablets were last heard from (unix ms), for a store several instances share:
    /// each hears only its own tablets. A store one process serves keeps nothing: that
    /// process's memory has it all.
    fn note_seen(&self, _seen: &[(GrantId, u64)]) -> Result<(), StoreError> {
        Ok(())
    }
    /// When the instances on this store last heard from these tablets (those noted).
    fn last_seen(&self, _grants: &[GrantId]) -> Result<Vec<(GrantId, u64)>, StoreError> {
        Ok(Vec::new())
    }
    /// What other instances change, for a store several share; taken once. `None` for a
    /// store only this process writes.
    fn notices(&self) -> Option<std::sync::mpsc::Receiver<Notice>> {
        None
    }
}

#[cfg(test)]
mod tests;
