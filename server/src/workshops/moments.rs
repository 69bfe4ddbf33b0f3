//! A workshop as it was: at a closed round (the maps `Live` kept when it closed) or after any
//! number of edits (its log read from the store and replayed, as at start).

use std::sync::Arc;

use app::domain::{Moment, Workshop, WorkshopId};

use super::entry::lock;
use super::{ServiceError, Workshops};

impl Workshops {
    /// The durable workshop at `moment`. A sequence number reads the store and replays: call
    /// it off the async workers (the heavy pool), as pictures and files are made.
    pub fn at(&self, id: WorkshopId, moment: Moment) -> Result<Arc<Workshop>, ServiceError> {
        let entry = self.entry(id)?;
        let seq = match moment {
            Moment::Now => return Ok(Arc::new(lock(&entry).durable.clone())),
            Moment::Round(n) => {
                let live = lock(&entry);
                return n
                    .checked_sub(1)
                    .and_then(|i| live.rounds.get(i))
                    .cloned()
                    .ok_or_else(|| {
                        ServiceError::NoSuchMoment(format!(
                            "round {n} does not exist: this workshop has closed {} round(s)",
                            live.rounds.len()
                        ))
                    });
            }
            Moment::Seq(seq) => seq,
        };
        let now = lock(&entry).durable.seq();
        if seq > now {
            return Err(ServiceError::NoSuchMoment(format!(
                "seq:{seq} is ahead of the workshop, which has had {now} edits"
            )));
        }
        let stored = self
            .store
            .load(id)?
            .ok_or(ServiceError::UnknownWorkshop)?
            .map_err(|aside| ServiceError::Task(aside.reason))?;
        let changes = stored.log.into_iter().take(seq as usize).map(|r| r.change);
        let workshop = Workshop::replay(stored.setup, changes)?;
        Ok(Arc::new(workshop))
    }
}
