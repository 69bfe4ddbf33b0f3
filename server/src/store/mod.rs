//! Durable storage behind a small trait, so the write path does not know it is sled.
//!
//! What is kept: each workshop's setup and its log of validated edits (the workshop is the
//! setup with the log replayed), the hashes of moderator keys and group tokens, the join codes,
//! and a little metadata (the demo workshop). Every write returns only after the data is on disk.

mod sled_store;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use app::domain::{Actor, Change, EditId, GroupId, JoinCode, WorkshopId, WorkshopSetup};

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

/// What a moderator key or group token lets its bearer do.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Access {
    pub workshop: WorkshopId,
    pub actor: Actor,
}

/// Where a join code leads, and the group token it hands out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JoinRecord {
    pub workshop: WorkshopId,
    pub group: GroupId,
    pub token: String,
}

/// A workshop as stored: its setup, its log in order, and its groups' join codes.
#[derive(Clone, Debug)]
pub struct StoredWorkshop {
    pub setup: WorkshopSetup,
    pub log: Vec<LogRecord>,
    pub codes: Vec<(GroupId, JoinCode)>,
}

/// Everything written when a workshop is created, in one atomic batch.
#[derive(Clone, Debug)]
pub struct NewWorkshop {
    pub setup: WorkshopSetup,
    /// (SHA-256 of a key or token, what it grants)
    pub access: Vec<([u8; 32], Access)>,
    pub joins: Vec<(JoinCode, JoinRecord)>,
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("storage failed: {0}")]
    Sled(#[from] sled::Error),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("a transaction failed: {0}")]
    Transaction(String),
}

/// Durable storage. All methods block; call them off the async runtime's worker threads.
pub trait Store: Send + Sync + 'static {
    /// Creates a workshop; durable when it returns.
    fn create(&self, workshop: &NewWorkshop) -> Result<(), StoreError>;
    /// Appends records to their workshops' logs with one flush; durable when it returns.
    fn append(&self, records: &[(WorkshopId, LogRecord)]) -> Result<(), StoreError>;
    /// A workshop's log records after `after` (by sequence number), at most `limit` of them.
    fn log_since(
        &self,
        workshop: WorkshopId,
        after: u64,
        limit: usize,
    ) -> Result<Vec<LogRecord>, StoreError>;
    /// Every workshop with its whole log.
    fn load_all(&self) -> Result<Vec<StoredWorkshop>, StoreError>;
    fn access(&self, key_hash: &[u8; 32]) -> Result<Option<Access>, StoreError>;
    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError>;
    fn meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Writes a metadata value; durable when it returns.
    fn set_meta(&self, name: &str, value: &[u8]) -> Result<(), StoreError>;
}
