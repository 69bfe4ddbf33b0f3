//! Single-use download tickets: a page that wants a plain link (a file to save, a picture to
//! open) asks for a ticket with its key in the header, and puts the ticket — not the key — in
//! the link. A ticket works once, for 60 seconds, in its own workshop, as the key that asked
//! for it (checked again when used); so a link left in the browser's history or downloads list
//! opens nothing. Tickets are kept by the store — in memory for sled, in a table for
//! PostgreSQL, where the instance that redeems a ticket may not be the one that issued it.

use std::sync::Arc;
use std::time::Duration;

use app::domain::WorkshopId;

use crate::secrets;
use crate::store::{Store, StoreError, Ticket};
use crate::workshops::{Bearer, now_ms};

pub const LIFETIME: Duration = Duration::from_secs(60);

pub struct Tickets {
    store: Arc<dyn Store>,
}

impl Tickets {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self { store }
    }

    /// A new ticket for `bearer` in `workshop`.
    pub fn issue(&self, workshop: WorkshopId, bearer: &Bearer) -> Result<String, StoreError> {
        let ticket = secrets::new_secret("tk_");
        let now = now_ms();
        let kept = Ticket {
            workshop,
            key_hash: bearer.key_hash(),
            expires_ms: now + LIFETIME.as_millis() as u64,
        };
        self.store.put_ticket(&secrets::hash(&ticket), &kept, now)?;
        Ok(ticket)
    }

    /// Uses a ticket up: the hash of the key it was issued to, if it is for `workshop` and
    /// still valid.
    pub fn redeem(
        &self,
        workshop: WorkshopId,
        ticket: &str,
    ) -> Result<Option<[u8; 32]>, StoreError> {
        let found = self.store.take_ticket(&secrets::hash(ticket))?;
        Ok(found
            .filter(|t| t.workshop == workshop && t.expires_ms > now_ms())
            .map(|t| t.key_hash))
    }
}

#[cfg(test)]
mod tests;
