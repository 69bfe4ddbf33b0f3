//! Whether the server can write to its store now. Every failed write says so ([`Health::failed`]),
//! the commit thread's probe says when writing works again, and every write path, live feed
//! and page asks or follows it (a read-only server answers edits 507 and shows a banner).

use tokio::sync::watch;

/// Whether the server can write: every page and live feed shows it, every write asks it.
pub struct Health {
    writable: watch::Sender<bool>,
}

impl Default for Health {
    fn default() -> Self {
        Self {
            writable: watch::Sender::new(true),
        }
    }
}

impl Health {
    pub fn writable(&self) -> bool {
        *self.writable.borrow()
    }

    pub fn subscribe(&self) -> watch::Receiver<bool> {
        self.writable.subscribe()
    }

    /// A write failed (`why`): read-only until a probe succeeds.
    pub fn failed(&self, why: &str) {
        if self.writable.send_replace(false) {
            tracing::error!(
                error = why,
                "the store cannot be written: the server is read-only until writing works again"
            );
        }
    }

    /// A probe wrote: edits are taken again.
    pub fn recovered(&self) {
        if !self.writable.send_replace(true) {
            tracing::warn!("the store can be written again: the server takes edits again");
        }
    }
}
