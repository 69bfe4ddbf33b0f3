//! Moving every workshop from one store to another (`stakemap migrate --from sled:./data/store
//! --to postgres://…`): each workshop's setup, its whole log in order, its join codes, the
//! hashes of its keys and tablets' tokens (revoked ones stay revoked), its links and tablets,
//! and the store's metadata (which workshop is the demo). Secrets are never stored, so every
//! key and code that worked before works after. Into an empty store only: the copy is exact or
//! it is refused, and the source is only read.

use std::collections::HashMap;

use thiserror::Error;

use app::domain::{WorkshopId, WorkshopSetup};

use crate::store::{
    Access, Appended, JoinRecord, NewWorkshop, Run, SetAside, Store, StoreError, Tip,
};

/// Log records written per transaction while copying.
const CHUNK: usize = 1000;

/// What a migration copied.
#[derive(Debug, Default)]
pub struct Moved {
    pub workshops: usize,
    pub edits: usize,
    pub keys: usize,
    pub grants: usize,
    /// Workshops the source cannot read back, left where they are.
    pub set_aside: Vec<SetAside>,
}

#[derive(Debug, Error)]
pub enum MigrateError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the target store already holds {0} workshop(s): migrate into an empty one")]
    NotEmpty(usize),
    #[error("workshop {0}: the target store did not take its log in order")]
    Refused(WorkshopId),
}

/// Copies everything in `from` into the empty store `to`; `progress` hears of each workshop
/// (its number from 1, the count, its setup, its edits) before it is copied.
pub fn migrate(
    from: &dyn Store,
    to: &dyn Store,
    mut progress: impl FnMut(usize, usize, &WorkshopSetup, usize),
) -> Result<Moved, MigrateError> {
    let there = to.load_all()?.len();
    if there > 0 {
        return Err(MigrateError::NotEmpty(there));
    }
    let mut access: HashMap<WorkshopId, Vec<([u8; 32], Access)>> = HashMap::new();
    for (hash, record) in from.access_all()? {
        access
            .entry(record.workshop)
            .or_default()
            .push((hash, record));
    }
    let mut moved = Moved::default();
    let loaded = from.load_all()?;
    let count = loaded.len();
    for (n, workshop) in loaded.into_iter().enumerate() {
        let workshop = match workshop {
            Ok(workshop) => workshop,
            Err(aside) => {
                moved.set_aside.push(aside);
                continue;
            }
        };
        let id = workshop.setup.id;
        progress(n + 1, count, &workshop.setup, workshop.log.len());
        let keys = access.remove(&id).unwrap_or_default();
        moved.keys += keys.len();
        let joins = workshop
            .codes
            .iter()
            .map(|c| {
                let record = JoinRecord {
                    workshop: id,
                    group: c.group,
                    open: c.open,
                };
                (c.code.clone(), record)
            })
            .collect();
        to.create(&NewWorkshop {
            setup: workshop.setup,
            access: keys,
            joins,
        })?;
        let mut after = Tip::default();
        for chunk in workshop.log.chunks(CHUNK) {
            let run = Run {
                workshop: id,
                after: after.clone(),
                records: chunk.to_vec(),
            };
            if to.append(&[run])? != [Appended::Written] {
                return Err(MigrateError::Refused(id));
            }
            after = chunk.last().map(Tip::of).unwrap_or_default();
        }
        moved.edits += workshop.log.len();
        for grant in from.grants(id)? {
            to.add_grant(id, &grant)?;
            moved.grants += 1;
        }
        moved.workshops += 1;
    }
    for (name, value) in from.meta_all()? {
        to.set_meta(&name, &value)?;
    }
    Ok(moved)
}

#[cfg(test)]
mod tests;
