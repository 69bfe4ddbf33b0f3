//! One device's copy of a workshop: the confirmed state plus an outbox of its own edits.

use serde::{Deserialize, Serialize};

use crate::domain::{Actor, DomainError, Edit, Valid, Workshop};
use crate::wire::{ErrorDetail, ServerMessage};

/// What the device should tell its user or do after a message from the server.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The server refused one of this device's edits; it is gone from the outbox.
    Rejected { edit: Box<Edit>, error: ErrorDetail },
    /// Events arrived with a gap: say `hello` again with [`Replica::since`].
    Resync,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Outgoing {
    edit: Edit,
    /// The sequence number the server acknowledged it as, once it has.
    acked: Option<u64>,
}

/// Serialisable, so the outbox survives a reload or a closed tab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Replica {
    actor: Actor,
    confirmed: Option<Workshop>,
    outbox: Vec<Outgoing>,
}

impl Replica {
    pub fn new(actor: Actor) -> Self {
        Self {
            actor,
            confirmed: None,
            outbox: Vec::new(),
        }
    }

    /// What the device shows: the confirmed workshop with the outbox applied on top. An
    /// outbox edit that no longer fits (its stakeholder was deleted meanwhile) is skipped; the
    /// server will refuse it too.
    pub fn view(&self) -> Option<Workshop> {
        let mut view = self.confirmed.clone()?;
        for out in &self.outbox {
            if let Ok(valid) = view.validate(self.actor, out.edit.change.clone()) {
                view.apply(valid);
            }
        }
        Some(view)
    }

    /// The last sequence number confirmed, for `hello`.
    pub fn since(&self) -> Option<u64> {
        self.confirmed.as_ref().map(Workshop::seq)
    }

    /// Edits made here that the server has not confirmed, oldest first: send them after every
    /// `hello` (the server applies each edit id once, however often it arrives).
    pub fn outbox(&self) -> impl Iterator<Item = &Edit> {
        self.outbox
            .iter()
            .filter(|o| o.acked.is_none())
            .map(|o| &o.edit)
    }

    /// How many of this device's edits are not yet confirmed.
    pub fn waiting(&self) -> usize {
        self.outbox.len()
    }

    /// Records an edit made on this device: checked against what the device shows, then kept
    /// until the server confirms it.
    pub fn propose(&mut self, edit: Edit) -> Result<(), DomainError> {
        if let Some(view) = self.view() {
            view.validate(self.actor, edit.change.clone())?;
        }
        self.outbox.push(Outgoing { edit, acked: None });
        Ok(())
    }

    /// Folds in one message from the server.
    pub fn receive(&mut self, message: ServerMessage) -> Option<Notice> {
        let notice = match message {
            ServerMessage::Snapshot { workshop } => {
                self.confirmed = Some(*workshop);
                None
            }
            ServerMessage::Event { event } => match &mut self.confirmed {
                Some(w) if event.seq == w.seq() + 1 => {
                    w.apply(Valid::from_log(event.change));
                    self.outbox.retain(|o| o.edit.id != event.edit_id);
                    None
                }
                Some(w) if event.seq <= w.seq() => None,
                _ => Some(Notice::Resync),
            },
            ServerMessage::Unseen { seq } => match &mut self.confirmed {
                Some(w) if seq == w.seq() + 1 => {
                    w.pass(seq);
                    None
                }
                Some(w) if seq <= w.seq() => None,
                _ => Some(Notice::Resync),
            },
            ServerMessage::Ack { edit_id, seq } => {
                if let Some(out) = self.outbox.iter_mut().find(|o| o.edit.id == edit_id) {
                    out.acked = Some(seq);
                }
                None
            }
            ServerMessage::Rejected { edit_id, error } => {
                let position = self.outbox.iter().position(|o| o.edit.id == edit_id);
                position.map(|i| Notice::Rejected {
                    edit: Box::new(self.outbox.remove(i).edit),
                    error,
                })
            }
            ServerMessage::Error { .. }
            | ServerMessage::Clock { .. }
            | ServerMessage::Storage { .. } => None,
        };
        // An acknowledged edit leaves the outbox once the confirmed state includes it, so the
        // view never loses it in between.
        let confirmed = self.since().unwrap_or(0);
        self.outbox
            .retain(|o| o.acked.is_none_or(|seq| seq > confirmed));
        notice
    }
}
