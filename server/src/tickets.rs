//! Single-use download tickets: a page that wants a plain link (a file to save, a picture to
//! open) asks for a ticket with its key in the header, and puts the ticket — not the key — in
//! the link. A ticket works once, for 60 seconds, in its own workshop, as the key that asked
//! for it; so a link left in the browser's history or downloads list opens nothing.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use app::domain::WorkshopId;

use crate::secrets;
use crate::workshops::Bearer;

pub const LIFETIME: Duration = Duration::from_secs(60);

struct Ticket {
    workshop: WorkshopId,
    bearer: Bearer,
    expires: Instant,
}

/// The tickets handed out and not yet used, by the hash of each.
#[derive(Default)]
pub struct Tickets {
    open: Mutex<HashMap<[u8; 32], Ticket>>,
}

impl Tickets {
    /// A new ticket for `bearer` in `workshop`.
    pub fn issue(&self, workshop: WorkshopId, bearer: Bearer) -> String {
        let ticket = secrets::new_secret("tk_");
        let now = Instant::now();
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        open.retain(|_, t| t.expires > now);
        open.insert(
            secrets::hash(&ticket),
            Ticket {
                workshop,
                bearer,
                expires: now + LIFETIME,
            },
        );
        ticket
    }

    /// Uses a ticket up: who it was issued to, if it is for `workshop` and still valid.
    pub fn redeem(&self, workshop: WorkshopId, ticket: &str) -> Option<Bearer> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let found = open.remove(&secrets::hash(ticket))?;
        (found.workshop == workshop && found.expires > Instant::now()).then_some(found.bearer)
    }
}

#[cfg(test)]
mod tests;
