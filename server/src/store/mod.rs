//! Durable storage behind a small trait, so the write path does not know it is sled.
//!
//! What is kept: each workshop's setup and its log of validated edits (the workshop is the
//! setup with the log replayed), the hashes of every key and token (never a secret itself),
//! the links and tablets the moderator can take back ([`Grant`]), the join codes, and a little
//! metadata (the demo workshop). Every write returns only after the data is on disk.

mod guarded;
mod sled_store;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use app::domain::{
    Actor, Change, DeviceId, EditId, GroupCode, GroupId, JoinCode, KeyId, Role, WorkshopId,
    WorkshopSetup,
};

pub use guarded::Guarded;
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
    /// Every workshop with its whole log; one whose setup or log cannot be read is set
    /// aside on its own, and a join code that cannot be read is passed over (logged).
    fn load_all(&self) -> Result<Vec<Loaded>, StoreError>;
    fn access(&self, key_hash: &[u8; 32]) -> Result<Option<Access>, StoreError>;
    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError>;
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
}
