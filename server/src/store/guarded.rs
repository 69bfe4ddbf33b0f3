//! The store as the server uses it: every failed write also turns the server read-only
//! ([`Health::failed`]), whichever path wrote — the commit thread, or a join, a new link, a new
//! workshop — so the commit thread's probe finds out when writing works again.

use std::sync::Arc;

use app::domain::{GroupCode, JoinCode, WorkshopId};

use super::{
    Access, Appended, Grant, GrantId, JoinRecord, Loaded, LogRecord, NewWorkshop, Notice, Run,
    Store, StoreError, Ticket,
};
use crate::health::Health;

pub struct Guarded {
    inner: Arc<dyn Store>,
    health: Arc<Health>,
}

impl Guarded {
    pub fn new(inner: Arc<dyn Store>, health: Arc<Health>) -> Self {
        Self { inner, health }
    }

    fn written<T>(&self, result: Result<T, StoreError>) -> Result<T, StoreError> {
        if let Err(e) = &result
            && !matches!(e, StoreError::Corrupt(_))
        {
            self.health.failed(&e.to_string());
        }
        result
    }
}

impl Store for Guarded {
    fn create(&self, workshop: &NewWorkshop) -> Result<(), StoreError> {
        self.written(self.inner.create(workshop))
    }
    fn append(&self, runs: &[Run]) -> Result<Vec<Appended>, StoreError> {
        self.written(self.inner.append(runs))
    }
    fn log_since(
        &self,
        workshop: WorkshopId,
        after: u64,
        limit: usize,
    ) -> Result<Vec<LogRecord>, StoreError> {
        self.inner.log_since(workshop, after, limit)
    }
    fn load_all(&self) -> Result<Vec<Loaded>, StoreError> {
        self.inner.load_all()
    }
    fn load(&self, workshop: WorkshopId) -> Result<Option<Loaded>, StoreError> {
        self.inner.load(workshop)
    }
    fn join_codes(&self, workshop: WorkshopId) -> Result<Vec<GroupCode>, StoreError> {
        self.inner.join_codes(workshop)
    }
    fn access_all(&self) -> Result<Vec<([u8; 32], Access)>, StoreError> {
        self.inner.access_all()
    }
    fn meta_all(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.inner.meta_all()
    }
    fn put_ticket(&self, hash: &[u8; 32], ticket: &Ticket, now_ms: u64) -> Result<(), StoreError> {
        self.inner.put_ticket(hash, ticket, now_ms)
    }
    fn take_ticket(&self, hash: &[u8; 32]) -> Result<Option<Ticket>, StoreError> {
        self.inner.take_ticket(hash)
    }
    fn note_seen(&self, seen: &[(GrantId, u64)]) -> Result<(), StoreError> {
        self.inner.note_seen(seen)
    }
    fn last_seen(&self, grants: &[GrantId]) -> Result<Vec<(GrantId, u64)>, StoreError> {
        self.inner.last_seen(grants)
    }
    fn notices(&self) -> Option<std::sync::mpsc::Receiver<Notice>> {
        self.inner.notices()
    }
    fn access(&self, key_hash: &[u8; 32]) -> Result<Option<Access>, StoreError> {
        self.inner.access(key_hash)
    }
    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError> {
        self.inner.join_code(code)
    }
    fn set_join_code(
        &self,
        code: &JoinCode,
        record: &JoinRecord,
        replaces: Option<&JoinCode>,
    ) -> Result<(), StoreError> {
        self.written(self.inner.set_join_code(code, record, replaces))
    }
    fn add_grant(&self, workshop: WorkshopId, grant: &Grant) -> Result<(), StoreError> {
        self.written(self.inner.add_grant(workshop, grant))
    }
    fn grants(&self, workshop: WorkshopId) -> Result<Vec<Grant>, StoreError> {
        self.inner.grants(workshop)
    }
    fn revoke(&self, workshop: WorkshopId, id: GrantId) -> Result<Option<Grant>, StoreError> {
        self.written(self.inner.revoke(workshop, id))
    }
    fn meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.meta(name)
    }
    fn set_meta(&self, name: &str, value: &[u8]) -> Result<(), StoreError> {
        self.written(self.inner.set_meta(name, value))
    }
    fn probe(&self, lost: &[(WorkshopId, u64)]) -> Result<(), StoreError> {
        self.inner.probe(lost)
    }
}
