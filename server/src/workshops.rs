//! The write path and the in-memory state: every change to a workshop is validated by the
//! domain, appended to the durable log, and only then applied and acknowledged.
//!
//! Each workshop sits behind its own async mutex, so edits to one workshop are ordered (the
//! log's sequence numbers) while different workshops proceed independently.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use thiserror::Error;
use tokio::sync::Mutex;

use app::domain::{
    Actor, DomainError, Edit, EditId, Group, JoinCode, StakeholderId, Valid, Workshop, WorkshopId,
    WorkshopSetup,
};
use app::wire::{CreateWorkshop, CreatedWorkshop, GroupView};

use crate::secrets;
use crate::store::{Access, JoinRecord, LogRecord, NewWorkshop, Store, StoreError};

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
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("a storage task failed: {0}")]
    Task(String),
}

/// What happened to an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applied {
    pub seq: u64,
    /// The stakeholder the first application of this edit id was about.
    pub target: StakeholderId,
    /// The edit id had been applied before; nothing changed this time.
    pub replayed: bool,
}

struct Live {
    workshop: Workshop,
    /// Every edit id the workshop has applied, for its whole life, with what it did.
    applied: HashMap<EditId, (u64, StakeholderId)>,
}

impl Live {
    fn replay(stored: crate::store::StoredWorkshop) -> Result<Self, ServiceError> {
        let mut workshop = Workshop::create(stored.setup)?;
        let mut applied = HashMap::with_capacity(stored.log.len());
        for record in stored.log {
            applied.insert(record.edit_id, (record.seq, record.change.target()));
            workshop.apply(Valid::from_log(record.change));
        }
        Ok(Self { workshop, applied })
    }
}

pub struct Workshops {
    store: Arc<dyn Store>,
    live: RwLock<HashMap<WorkshopId, Arc<Mutex<Live>>>>,
}

impl Workshops {
    /// Loads every stored workshop by replaying its log.
    pub fn open(store: Arc<dyn Store>) -> Result<Self, ServiceError> {
        let mut live = HashMap::new();
        for stored in store.load_all()? {
            let id = stored.setup.id;
            live.insert(id, Arc::new(Mutex::new(Live::replay(stored)?)));
        }
        Ok(Self {
            store,
            live: RwLock::new(live),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.live.read().expect("lock not poisoned").is_empty()
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Creates a workshop with fresh ids, a moderator key and a join code per group.
    pub async fn create(
        &self,
        request: CreateWorkshop,
        demo: bool,
    ) -> Result<CreatedWorkshop, ServiceError> {
        let id = secrets::new_workshop_id();
        let mut groups = Vec::with_capacity(request.groups.len());
        let mut joins = Vec::with_capacity(request.groups.len());
        let mut access = Vec::with_capacity(request.groups.len() + 1);
        for name in &request.groups {
            let group = Group::new(secrets::new_group_id(), name, self.unused_join_code()?);
            let token = secrets::new_secret("gt_");
            access.push((
                secrets::hash(&token),
                Access {
                    workshop: id,
                    actor: Actor::Group(group.id()),
                },
            ));
            joins.push((
                group.join_code().clone(),
                JoinRecord {
                    workshop: id,
                    group: group.id(),
                    token,
                },
            ));
            groups.push(group);
        }
        let moderator_key = secrets::new_secret("mk_");
        access.push((
            secrets::hash(&moderator_key),
            Access {
                workshop: id,
                actor: Actor::Moderator,
            },
        ));
        let setup = WorkshopSetup {
            id,
            title: request.title,
            focal: request.focal,
            question: request.question,
            date: request.date,
            place: request.place,
            language: request.language,
            groups,
            demo,
        };
        let workshop = Workshop::create(setup.clone())?;
        let created = CreatedWorkshop {
            id: id.to_string(),
            moderator_key,
            groups: workshop
                .groups()
                .iter()
                .map(|g| GroupView {
                    id: g.id().to_string(),
                    name: g.name().to_owned(),
                    join_code: Some(g.join_code().to_string()),
                })
                .collect(),
        };
        let record = NewWorkshop {
            setup,
            access,
            joins,
        };
        let store = self.store.clone();
        blocking(move || store.create(&record)).await?;
        let live = Live {
            workshop,
            applied: HashMap::new(),
        };
        self.live
            .write()
            .expect("lock not poisoned")
            .insert(id, Arc::new(Mutex::new(live)));
        Ok(created)
    }

    fn unused_join_code(&self) -> Result<JoinCode, ServiceError> {
        loop {
            let code = secrets::new_join_code();
            if self.store.join_code(&code)?.is_none() {
                return Ok(code);
            }
        }
    }

    /// Exchanges a join code for its group's token.
    pub fn join(&self, code: &JoinCode) -> Result<JoinRecord, ServiceError> {
        self.store
            .join_code(code)?
            .ok_or(ServiceError::UnknownJoinCode)
    }

    /// Who the bearer of `secret` is in `workshop`.
    pub fn authorize(&self, workshop: WorkshopId, secret: &str) -> Result<Actor, ServiceError> {
        let access = self
            .store
            .access(&secrets::hash(secret))?
            .ok_or(ServiceError::Unauthorized)?;
        if access.workshop == workshop {
            Ok(access.actor)
        } else {
            Err(ServiceError::WrongWorkshop)
        }
    }

    fn entry(&self, id: WorkshopId) -> Result<Arc<Mutex<Live>>, ServiceError> {
        self.live
            .read()
            .expect("lock not poisoned")
            .get(&id)
            .cloned()
            .ok_or(ServiceError::UnknownWorkshop)
    }

    /// Reads a workshop through `read` while holding its lock.
    pub async fn read<T>(
        &self,
        id: WorkshopId,
        read: impl FnOnce(&Workshop) -> T,
    ) -> Result<T, ServiceError> {
        let entry = self.entry(id)?;
        let live = entry.lock().await;
        Ok(read(&live.workshop))
    }

    /// The one write path: validate, log durably, apply.
    pub async fn apply(
        &self,
        id: WorkshopId,
        actor: Actor,
        edit: Edit,
    ) -> Result<Applied, ServiceError> {
        let entry = self.entry(id)?;
        let mut live = entry.lock().await;
        if let Some((seq, target)) = live.applied.get(&edit.id) {
            return Ok(Applied {
                seq: *seq,
                target: *target,
                replayed: true,
            });
        }
        let valid = live.workshop.validate(actor, edit.change)?;
        let seq = live.workshop.seq() + 1;
        let record = LogRecord {
            seq,
            edit_id: edit.id.clone(),
            actor,
            change: valid.change().clone(),
            at_ms: now_ms(),
        };
        let store = self.store.clone();
        blocking(move || store.append(id, &[record])).await?;
        let target = valid.change().target();
        live.workshop.apply(valid);
        live.applied.insert(edit.id, (seq, target));
        Ok(Applied {
            seq,
            target,
            replayed: false,
        })
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, ServiceError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| ServiceError::Task(e.to_string()))?
        .map_err(ServiceError::from)
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default()
}
