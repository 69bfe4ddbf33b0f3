//! The sled implementation of [`Store`].
//!
//! Trees and keys:
//! - `setups`:  workshop id (16 bytes) → JSON [`WorkshopSetup`](app::domain::WorkshopSetup)
//! - `log`:     workshop id (16 bytes) ++ seq (u64, big-endian) → JSON [`LogRecord`];
//!   big-endian so that a prefix scan returns a workshop's log in order
//! - `access`:  SHA-256 of a key or token (32 bytes) → JSON [`Access`]
//! - `grants`:  workshop id (16 bytes) ++ link or tablet id (16 bytes) → JSON [`Grant`]
//! - `joins`:   join code (ASCII) → JSON [`JoinRecord`] (stores before 0.2 also held the
//!   group's token in clear there; [`SledStore::open`] removes it)
//! - `meta`:    name (UTF-8) → bytes

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use serde::Serialize;
use serde::de::DeserializeOwned;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{
    Access, Appended, Grant, GrantId, JoinRecord, Loaded, LogRecord, NewWorkshop, Run, SetAside,
    Store, StoreError, StoredWorkshop, Ticket, Tip,
};
use app::domain::{GroupCode, JoinCode, WorkshopId};

pub struct SledStore {
    path: PathBuf,
    /// Replaced when sled must be opened again: after an I/O error it refuses every later
    /// write until it is ([`Store::probe`]).
    /// `None` only while it is being opened again.
    trees: RwLock<Option<Arc<Trees>>>,
    /// Download tickets: one process serves a sled store, and a ticket lives a minute.
    tickets: Mutex<HashMap<[u8; 32], Ticket>>,
}

struct Trees {
    db: sled::Db,
    setups: sled::Tree,
    log: sled::Tree,
    access: sled::Tree,
    grants: sled::Tree,
    joins: sled::Tree,
    meta: sled::Tree,
}

impl Trees {
    fn open(path: &Path) -> Result<Self, StoreError> {
        // sled's default page cache is 1 GiB; a workshop's log is a few megabytes at most.
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(64 * 1024 * 1024)
            .open()?;
        Ok(Self {
            setups: db.open_tree("setups")?,
            log: db.open_tree("log")?,
            access: db.open_tree("access")?,
            grants: db.open_tree("grants")?,
            joins: db.open_tree("joins")?,
            meta: db.open_tree("meta")?,
            db,
        })
    }
}

impl SledStore {
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let store = Self {
            path: path.to_owned(),
            trees: RwLock::new(Some(Arc::new(Trees::open(path)?))),
            tickets: Mutex::default(),
        };
        store.forget_clear_tokens()?;
        Ok(store)
    }

    fn t(&self) -> Result<Arc<Trees>, StoreError> {
        self.trees
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .ok_or_else(|| StoreError::Transaction("the store is being opened again".into()))
    }

    /// Opens sled again, once nothing else holds the old one (it keeps its file locked).
    fn reopen(&self) -> Result<(), StoreError> {
        let mut trees = self.trees.write().unwrap_or_else(PoisonError::into_inner);
        if trees.as_ref().is_some_and(|t| Arc::strong_count(t) > 1) {
            return Err(StoreError::Transaction(
                "the store is still in use; trying again later".into(),
            ));
        }
        // Closed first: sled locks its folder.
        *trees = None;
        *trees = Some(Arc::new(Trees::open(&self.path)?));
        Ok(())
    }

    /// Join records once carried their group's token in clear; the token's hash is in
    /// `access`, so the clear copy goes.
    fn forget_clear_tokens(&self) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        let mut found = false;
        for entry in self.t()?.joins.iter() {
            let (code, bytes) = entry?;
            let mut value: serde_json::Value = from_json(&bytes)?;
            if let Some(object) = value.as_object_mut()
                && object.remove("token").is_some()
            {
                batch.insert(code, to_json(&value));
                found = true;
            }
        }
        if found {
            self.t()?.joins.apply_batch(batch)?;
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.t()?.db.flush()?;
        Ok(())
    }
}

#[expect(
    clippy::expect_used,
    reason = "the stored types are plain data with string keys"
)]
fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("stored types serialise to JSON")
}

fn from_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn grant_key(workshop: WorkshopId, id: GrantId) -> [u8; 32] {
    let mut key = [0u8; 32];
    key[..16].copy_from_slice(workshop.as_bytes());
    key[16..].copy_from_slice(id.as_bytes());
    key
}

fn log_key(workshop: WorkshopId, seq: u64) -> [u8; 24] {
    let mut key = [0u8; 24];
    key[..16].copy_from_slice(workshop.as_bytes());
    key[16..].copy_from_slice(&seq.to_be_bytes());
    key
}

impl Store for SledStore {
    fn create(&self, w: &NewWorkshop) -> Result<(), StoreError> {
        let result: Result<(), TransactionError<()>> =
            (&self.t()?.setups, &self.t()?.access, &self.t()?.joins).transaction(
                |(setups, access, joins)| {
                    setups.insert(w.setup.id.as_bytes().as_slice(), to_json(&w.setup))?;
                    for (hash, grant) in &w.access {
                        access.insert(hash.as_slice(), to_json(grant))?;
                    }
                    for (code, record) in &w.joins {
                        joins.insert(code.as_str().as_bytes(), to_json(record))?;
                    }
                    Ok::<(), ConflictableTransactionError<()>>(())
                },
            );
        result.map_err(|e| StoreError::Transaction(format!("{e:?}")))?;
        self.flush()
    }

    fn append(&self, runs: &[Run]) -> Result<Vec<Appended>, StoreError> {
        let t = self.t()?;
        // One process writes a sled store, so a run whose log moved is a writer's stale
        // copy; the check costs one read of each workshop's last record.
        let mut tips: HashMap<WorkshopId, Tip> = HashMap::new();
        let mut batch = sled::Batch::default();
        let mut outcomes = Vec::with_capacity(runs.len());
        for run in runs {
            let tip = match tips.get(&run.workshop) {
                Some(tip) => tip.clone(),
                None => tip_of(&t.log, run.workshop)?,
            };
            if tip != run.after {
                outcomes.push(Appended::Moved);
                continue;
            }
            for record in &run.records {
                batch.insert(
                    log_key(run.workshop, record.seq).as_slice(),
                    to_json(record),
                );
            }
            if let Some(last) = run.records.last() {
                tips.insert(run.workshop, Tip::of(last));
            }
            outcomes.push(Appended::Written);
        }
        t.log.apply_batch(batch)?;
        self.flush()?;
        Ok(outcomes)
    }

    fn log_since(
        &self,
        workshop: WorkshopId,
        after: u64,
        limit: usize,
    ) -> Result<Vec<LogRecord>, StoreError> {
        let start = log_key(workshop, after.saturating_add(1));
        let end = log_key(workshop, u64::MAX);
        self.t()?
            .log
            .range(start..=end)
            .take(limit)
            .map(|entry| from_json(&entry?.1))
            .collect()
    }

    fn load_all(&self) -> Result<Vec<Loaded>, StoreError> {
        let t = self.t()?;
        let mut codes = codes_by_workshop(&t, |_| true)?;
        let mut all = Vec::new();
        for entry in t.setups.iter() {
            let (id, bytes) = entry?;
            all.push(read_workshop(&t, &id, &bytes, |w| {
                codes.remove(&w).unwrap_or_default()
            }));
        }
        Ok(all)
    }

    fn load(&self, workshop: WorkshopId) -> Result<Option<Loaded>, StoreError> {
        let t = self.t()?;
        let Some(bytes) = t.setups.get(workshop.as_bytes())? else {
            return Ok(None);
        };
        let mut codes = codes_by_workshop(&t, |w| w == workshop)?;
        Ok(Some(read_workshop(&t, workshop.as_bytes(), &bytes, |w| {
            codes.remove(&w).unwrap_or_default()
        })))
    }

    fn access(&self, key_hash: &[u8; 32]) -> Result<Option<Access>, StoreError> {
        self.t()?
            .access
            .get(key_hash)?
            .map(|bytes| from_json(&bytes))
            .transpose()
    }

    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError> {
        self.t()?
            .joins
            .get(code.as_str().as_bytes())?
            .map(|bytes| from_json(&bytes))
            .transpose()
    }

    fn join_codes(&self, workshop: WorkshopId) -> Result<Vec<GroupCode>, StoreError> {
        let t = self.t()?;
        Ok(codes_by_workshop(&t, |w| w == workshop)?
            .remove(&workshop)
            .unwrap_or_default())
    }

    fn set_join_code(
        &self,
        code: &JoinCode,
        record: &JoinRecord,
        replaces: Option<&JoinCode>,
    ) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        if let Some(old) = replaces {
            batch.remove(old.as_str().as_bytes());
        }
        batch.insert(code.as_str().as_bytes(), to_json(record));
        self.t()?.joins.apply_batch(batch)?;
        self.flush()
    }

    fn add_grant(&self, workshop: WorkshopId, grant: &Grant) -> Result<(), StoreError> {
        let access = Access {
            workshop,
            role: grant.role,
            grant: Some(grant.id),
            revoked: false,
        };
        let result: Result<(), TransactionError<()>> = (&self.t()?.grants, &self.t()?.access)
            .transaction(|(grants, access_tree)| {
                grants.insert(grant_key(workshop, grant.id).as_slice(), to_json(grant))?;
                access_tree.insert(grant.hash.as_slice(), to_json(&access))?;
                Ok::<(), ConflictableTransactionError<()>>(())
            });
        result.map_err(|e| StoreError::Transaction(format!("{e:?}")))?;
        self.flush()
    }

    fn grants(&self, workshop: WorkshopId) -> Result<Vec<Grant>, StoreError> {
        self.t()?
            .grants
            .scan_prefix(workshop.as_bytes())
            .map(|entry| from_json(&entry?.1))
            .collect()
    }

    fn revoke(&self, workshop: WorkshopId, id: GrantId) -> Result<Option<Grant>, StoreError> {
        let key = grant_key(workshop, id);
        let Some(bytes) = self.t()?.grants.get(key)? else {
            return Ok(None);
        };
        let grant: Grant = from_json(&bytes)?;
        let access = Access {
            workshop,
            role: grant.role,
            grant: Some(id),
            revoked: true,
        };
        let result: Result<(), TransactionError<()>> = (&self.t()?.grants, &self.t()?.access)
            .transaction(|(grants, access_tree)| {
                grants.remove(key.as_slice())?;
                access_tree.insert(grant.hash.as_slice(), to_json(&access))?;
                Ok::<(), ConflictableTransactionError<()>>(())
            });
        result.map_err(|e| StoreError::Transaction(format!("{e:?}")))?;
        self.flush()?;
        Ok(Some(grant))
    }

    fn meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.t()?.meta.get(name.as_bytes())?.map(|v| v.to_vec()))
    }

    fn set_meta(&self, name: &str, value: &[u8]) -> Result<(), StoreError> {
        self.t()?.meta.insert(name.as_bytes(), value)?;
        self.flush()
    }

    fn put_ticket(&self, hash: &[u8; 32], ticket: &Ticket, now_ms: u64) -> Result<(), StoreError> {
        let mut tickets = self.tickets.lock().unwrap_or_else(PoisonError::into_inner);
        tickets.retain(|_, t| t.expires_ms > now_ms);
        tickets.insert(*hash, *ticket);
        Ok(())
    }

    fn take_ticket(&self, hash: &[u8; 32]) -> Result<Option<Ticket>, StoreError> {
        Ok(self
            .tickets
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(hash))
    }

    fn access_all(&self) -> Result<Vec<([u8; 32], Access)>, StoreError> {
        self.t()?
            .access
            .iter()
            .map(|entry| {
                let (hash, bytes) = entry?;
                let hash = <[u8; 32]>::try_from(hash.as_ref())
                    .map_err(|_| StoreError::Corrupt("an access key is not 32 bytes".into()))?;
                Ok((hash, from_json(&bytes)?))
            })
            .collect()
    }

    fn meta_all(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.t()?
            .meta
            .iter()
            .map(|entry| {
                let (name, value) = entry?;
                Ok((String::from_utf8_lossy(&name).into_owned(), value.to_vec()))
            })
            .collect()
    }

    fn probe(&self, lost: &[(WorkshopId, u64)]) -> Result<(), StoreError> {
        let attempt = || -> Result<(), StoreError> {
            let t = self.t()?;
            for (workshop, seq) in lost {
                t.log.remove(log_key(*workshop, *seq).as_slice())?;
            }
            t.meta.insert(PROBE, to_json(&std::process::id()))?;
            t.db.flush()?;
            Ok(())
        };
        attempt().or_else(|first| {
            tracing::debug!(error = %first, "the store refuses writes; opening it again");
            self.reopen()?;
            attempt()
        })
    }
}

/// Where a workshop's log ends in the `log` tree.
fn tip_of(log: &sled::Tree, workshop: WorkshopId) -> Result<Tip, StoreError> {
    match log.scan_prefix(workshop.as_bytes()).next_back() {
        Some(entry) => Ok(Tip::of(&from_json::<LogRecord>(&entry?.1)?)),
        None => Ok(Tip::default()),
    }
}

/// The join codes of the workshops `wanted` picks; a code that cannot be read is passed over.
fn codes_by_workshop(
    t: &Trees,
    wanted: impl Fn(WorkshopId) -> bool,
) -> Result<HashMap<WorkshopId, Vec<GroupCode>>, StoreError> {
    let mut codes: HashMap<WorkshopId, Vec<GroupCode>> = HashMap::new();
    for entry in t.joins.iter() {
        let (code, bytes) = entry?;
        if let Some((workshop, code)) =
            super::stored_join_code(&String::from_utf8_lossy(&code), &bytes)
            && wanted(workshop)
        {
            codes.entry(workshop).or_default().push(code);
        }
    }
    Ok(codes)
}

/// One workshop from its stored setup and its log; set aside when either cannot be read.
fn read_workshop(
    t: &Trees,
    id: &[u8],
    setup: &[u8],
    codes: impl FnOnce(WorkshopId) -> Vec<GroupCode>,
) -> Loaded {
    from_json::<app::domain::WorkshopSetup>(setup)
        .and_then(|setup| {
            let log = t
                .log
                .scan_prefix(id)
                .map(|entry| from_json::<LogRecord>(&entry?.1))
                .collect::<Result<Vec<_>, _>>()?;
            let codes = codes(setup.id);
            Ok(StoredWorkshop { setup, log, codes })
        })
        .map_err(|e| SetAside {
            workshop: stored_id(id),
            reason: e.to_string(),
        })
}

/// The metadata key a probe writes.
const PROBE: &str = "probe";

/// A workshop's id as its key holds it, for the operator's list of what was set aside.
fn stored_id(key: &[u8]) -> String {
    <[u8; 16]>::try_from(key)
        .map(|bytes| uuid::Uuid::from_bytes(bytes).to_string())
        .unwrap_or_else(|_| format!("{key:02x?}"))
}
