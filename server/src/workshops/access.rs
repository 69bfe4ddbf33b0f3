//! Who holds which key: a secret's role ([`Workshops::authorize`]), the analyst and viewer
//! links the moderator makes and takes back, the groups' join codes (open, closed, replaced)
//! and the tablets that joined with them, each with a token of its own that the moderator can
//! disconnect. Secrets are never stored, only their SHA-256; a secret taken back stays known
//! as revoked, so its bearer is told why rather than "not valid".

use std::collections::HashMap;

use tokio::sync::watch;

use app::domain::{Actor, DeviceId, GroupId, JoinCode, Role, WorkshopId};

use super::{ServiceError, Workshops, lock, now_ms};
use crate::secrets;
use crate::store::{Grant, GrantId, JoinRecord, Store};

/// Who the bearer of a secret is in one workshop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bearer {
    pub role: Role,
    /// The link or tablet, when the moderator can take it back.
    pub grant: Option<GrantId>,
    hash: [u8; 32],
}

impl Bearer {
    /// The SHA-256 of the caller's key (never the key): what rate limits count it by, and what
    /// a download ticket keeps to check the key again when it is used.
    pub fn key_hash(&self) -> [u8; 32] {
        self.hash
    }

    /// A bearer without a stored key, for unit tests.
    #[cfg(test)]
    pub fn for_tests(role: Role) -> Self {
        Self {
            role,
            grant: None,
            hash: [0; 32],
        }
    }

    /// Who the bearer's edits are from; analysts and viewers only read.
    pub fn actor(&self) -> Result<Actor, ServiceError> {
        self.role.actor().ok_or(ServiceError::ReadOnly)
    }
}

/// A new link: its id and record, and its secret, shown this once.
pub struct KeyMade {
    pub id: app::domain::KeyId,
    pub grant: Grant,
    pub key: String,
}

/// A tablet that joined: its group, and the token only it holds.
pub struct DeviceJoined {
    pub workshop: WorkshopId,
    pub group: GroupId,
    pub device: DeviceId,
    pub token: String,
    pub group_name: String,
}

/// Runs a store call off the async workers (every write waits for the disk).
async fn blocking<T: Send + 'static>(
    store: &std::sync::Arc<dyn Store>,
    call: impl FnOnce(&dyn Store) -> Result<T, crate::store::StoreError> + Send + 'static,
) -> Result<T, ServiceError> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || call(store.as_ref()))
        .await
        .map_err(|e| ServiceError::Task(e.to_string()))?
        .map_err(ServiceError::from)
}

impl Workshops {
    /// Who the bearer of `secret` is in `workshop`.
    pub fn authorize(&self, workshop: WorkshopId, secret: &str) -> Result<Bearer, ServiceError> {
        self.authorize_hash(workshop, secrets::hash(secret))
    }

    /// The same for a live session checking again after a revocation.
    pub fn recheck(&self, workshop: WorkshopId, bearer: &Bearer) -> Result<Bearer, ServiceError> {
        self.authorize_hash(workshop, bearer.hash)
    }

    /// Who holds the key with this hash (a download ticket keeps the hash, not the key).
    pub fn authorize_hash(
        &self,
        workshop: WorkshopId,
        hash: [u8; 32],
    ) -> Result<Bearer, ServiceError> {
        let access = self
            .store
            .access(&hash)?
            .ok_or(ServiceError::Unauthorized)?;
        if access.workshop != workshop {
            return Err(ServiceError::WrongWorkshop);
        }
        if access.revoked {
            return Err(ServiceError::Revoked);
        }
        let bearer = Bearer {
            role: access.role,
            grant: access.grant,
            hash,
        };
        self.heard_from(&bearer);
        Ok(bearer)
    }

    /// Notes that a tablet was heard from now (its requests, its live messages).
    pub fn heard_from(&self, bearer: &Bearer) {
        if let Some(grant @ GrantId::Device(_)) = bearer.grant {
            let now = now_ms();
            let seen = |map: &std::sync::Mutex<HashMap<GrantId, u64>>| {
                map.lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .insert(grant, now);
            };
            seen(&self.core.seen);
            if self.core.shared {
                seen(&self.core.unsaved_seen);
            }
        }
    }

    /// Changes each time one of the workshop's links or tablets is taken back.
    pub fn revocations(&self, workshop: WorkshopId) -> Result<watch::Receiver<u64>, ServiceError> {
        Ok(lock(&self.entry(workshop)?).revocations.subscribe())
    }

    /// Lets a tablet into a group with its code: a token of its own, which the moderator can
    /// later disconnect without touching the group's other tablets.
    pub async fn join(&self, code: &JoinCode) -> Result<DeviceJoined, ServiceError> {
        let record = self
            .store
            .join_code(code)?
            .ok_or(ServiceError::UnknownJoinCode)?;
        if !record.open {
            return Err(ServiceError::JoiningClosed);
        }
        let device = secrets::new_device_id();
        let token = secrets::new_secret("gt_");
        let grant = Grant {
            id: GrantId::Device(device),
            role: Role::Group(record.group),
            label: String::new(),
            created_ms: now_ms(),
            hash: secrets::hash(&token),
        };
        let workshop = record.workshop;
        blocking(&self.store, move |s| s.add_grant(workshop, &grant)).await?;
        let group_name = self.read(workshop, |w, _| {
            w.group(record.group)
                .map(|g| g.name().to_owned())
                .unwrap_or_default()
        })?;
        Ok(DeviceJoined {
            workshop,
            group: record.group,
            device,
            token,
            group_name,
        })
    }

    /// Makes an analyst's or viewer's link.
    pub async fn add_key(
        &self,
        workshop: WorkshopId,
        role: Role,
        label: String,
    ) -> Result<KeyMade, ServiceError> {
        self.entry(workshop)?;
        let key = secrets::new_secret(match role {
            Role::Viewer => "vk_",
            _ => "ak_",
        });
        let id = secrets::new_key_id();
        let grant = Grant {
            id: GrantId::Key(id),
            role,
            label,
            created_ms: now_ms(),
            hash: secrets::hash(&key),
        };
        let stored = grant.clone();
        blocking(&self.store, move |s| s.add_grant(workshop, &stored)).await?;
        Ok(KeyMade { id, grant, key })
    }

    /// The workshop's links and tablets, each with when it was last heard from (tablets; for
    /// links, when made). Taken-back ones are left out.
    pub async fn grants(&self, workshop: WorkshopId) -> Result<Vec<(Grant, u64)>, ServiceError> {
        self.entry(workshop)?;
        let grants = blocking(&self.store, move |s| s.grants(workshop)).await?;
        // Tablets that talk to other instances: when those last noted hearing from them.
        let ids: Vec<GrantId> = grants.iter().map(|g| g.id).collect();
        let elsewhere: HashMap<GrantId, u64> = blocking(&self.store, move |s| s.last_seen(&ids))
            .await?
            .into_iter()
            .collect();
        let seen = self
            .core
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(grants
            .into_iter()
            .map(|g| {
                let here = seen.get(&g.id).copied();
                let there = elsewhere.get(&g.id).copied();
                let last = here.max(there).unwrap_or(g.created_ms);
                (g, last)
            })
            .collect())
    }

    /// Takes a link or tablet back at once: its next request is refused, and live sessions
    /// made with it are told and closed.
    pub async fn revoke(&self, workshop: WorkshopId, id: GrantId) -> Result<Grant, ServiceError> {
        let entry = self.entry(workshop)?;
        let revoked = blocking(&self.store, move |s| s.revoke(workshop, id))
            .await?
            .ok_or(ServiceError::UnknownGrant)?;
        lock(&entry).revocations.send_modify(|n| *n += 1);
        Ok(revoked)
    }

    /// Opens or closes joining for a group; tablets already in stay in.
    pub async fn set_joining(
        &self,
        workshop: WorkshopId,
        group: GroupId,
        open: bool,
    ) -> Result<(), ServiceError> {
        let entry = self.entry(workshop)?;
        let code = lock(&entry)
            .codes
            .iter()
            .find(|c| c.group == group)
            .map(|c| c.code.clone())
            .ok_or(ServiceError::Domain(app::domain::DomainError::UnknownGroup))?;
        let record = JoinRecord {
            workshop,
            group,
            open,
        };
        let stored = code.clone();
        blocking(&self.store, move |s| {
            s.set_join_code(&stored, &record, None)
        })
        .await?;
        let mut live = lock(&entry);
        if let Some(c) = live.codes.iter_mut().find(|c| c.code == code) {
            c.open = open;
        }
        Ok(())
    }

    /// Gives a group a new join code; the old one stops working. Joining stays as it was.
    pub async fn new_code(
        &self,
        workshop: WorkshopId,
        group: GroupId,
    ) -> Result<JoinCode, ServiceError> {
        let entry = self.entry(workshop)?;
        let taken = lock(&entry).codes.clone();
        let (old, open) = taken
            .iter()
            .find(|c| c.group == group)
            .map(|c| (c.code.clone(), c.open))
            .ok_or(ServiceError::Domain(app::domain::DomainError::UnknownGroup))?;
        let code = self.unused_join_code(&taken)?;
        let record = JoinRecord {
            workshop,
            group,
            open,
        };
        let (new, replaced) = (code.clone(), old.clone());
        blocking(&self.store, move |s| {
            s.set_join_code(&new, &record, Some(&replaced))
        })
        .await?;
        let mut live = lock(&entry);
        if let Some(c) = live.codes.iter_mut().find(|c| c.group == group) {
            c.code = code.clone();
        }
        Ok(code)
    }
}
