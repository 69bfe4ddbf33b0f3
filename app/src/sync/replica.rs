//! One device's copy of a workshop: the confirmed state plus an outbox of its own edits, and
//! what undoes and redoes its recent ones (each an edit like any other, sent through the
//! outbox, that says what it replaces: `Workshop::inverse`).

use serde::{Deserialize, Serialize};

use crate::domain::{Actor, Change, DomainError, Edit, EditId, Valid, Workshop};
use crate::wire::{ErrorDetail, ServerMessage};

/// What the device should tell its user or do after a message from the server.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The server refused one of this device's edits; it is gone from the outbox.
    Rejected { edit: Box<Edit>, error: ErrorDetail },
    /// Events arrived with a gap: say `hello` again with [`Replica::since`].
    Resync,
    /// The server could not take an edit now (too many at once — a long offline outbox sent
    /// in one go —, busy, its disk): it stays in the outbox; say `hello` again shortly, which
    /// sends it again.
    Retry,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Outgoing {
    edit: Edit,
    /// The sequence number the server acknowledged it as, once it has.
    acked: Option<u64>,
}

/// What undoes (or redoes) one of this device's edits, worked out when it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Reverse {
    change: Change,
    /// The edit it reverses: should the server refuse that one, there is nothing to reverse.
    of: EditId,
}

/// How many of its own edits a device can undo.
pub const UNDO_DEPTH: usize = 20;

/// Serialisable, so the outbox (and what can be undone) survives a reload or a closed tab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Replica {
    actor: Actor,
    confirmed: Option<Workshop>,
    outbox: Vec<Outgoing>,
    #[serde(default)]
    undo: Vec<Reverse>,
    #[serde(default)]
    redo: Vec<Reverse>,
}

impl Replica {
    pub fn new(actor: Actor) -> Self {
        Self {
            actor,
            confirmed: None,
            outbox: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
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
    /// until the server confirms it. It can then be undone; what was undone before can no
    /// longer be redone.
    pub fn propose(&mut self, edit: Edit) -> Result<(), DomainError> {
        let of = edit.id.clone();
        if let Some(change) = self.record(edit)? {
            push(&mut self.undo, Reverse { change, of });
            self.redo.clear();
        }
        Ok(())
    }

    /// Undoes this device's last edit not yet undone, as the edit `id`: `Ok(false)` when there
    /// is none; refused (and forgotten) when another device changed or deleted its entry since.
    pub fn undo(&mut self, id: EditId) -> Result<bool, DomainError> {
        self.reverse(id, Stack::Undo)
    }

    /// Makes again what the last undo took back, as the edit `id`.
    pub fn redo(&mut self, id: EditId) -> Result<bool, DomainError> {
        self.reverse(id, Stack::Redo)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn reverse(&mut self, id: EditId, from: Stack) -> Result<bool, DomainError> {
        let (taken, other) = match from {
            Stack::Undo => (&mut self.undo, Stack::Redo),
            Stack::Redo => (&mut self.redo, Stack::Undo),
        };
        let Some(last) = taken.pop() else {
            return Ok(false);
        };
        let edit = Edit {
            id: id.clone(),
            change: last.change,
        };
        if let Some(change) = self.record(edit)? {
            let to = match other {
                Stack::Undo => &mut self.undo,
                Stack::Redo => &mut self.redo,
            };
            push(to, Reverse { change, of: id });
        }
        Ok(true)
    }

    /// Checks `edit` against what the device shows and puts it in the outbox; answers what
    /// would undo it.
    fn record(&mut self, edit: Edit) -> Result<Option<Change>, DomainError> {
        let inverse = match self.view() {
            Some(view) => {
                let valid = view.validate(self.actor, edit.change.clone())?;
                view.inverse(valid.change())
            }
            None => None,
        };
        self.outbox.push(Outgoing { edit, acked: None });
        Ok(inverse)
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
            ServerMessage::Rejected { edit_id, error } if error.code.is_transient() => self
                .outbox
                .iter()
                .any(|o| o.edit.id == edit_id)
                .then_some(Notice::Retry),
            ServerMessage::Rejected { edit_id, error } => {
                // Nothing happened: nothing to reverse.
                self.undo.retain(|r| r.of != edit_id);
                self.redo.retain(|r| r.of != edit_id);
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

#[derive(Clone, Copy)]
enum Stack {
    Undo,
    Redo,
}

/// Onto a stack that keeps the last [`UNDO_DEPTH`].
fn push(stack: &mut Vec<Reverse>, reverse: Reverse) {
    if stack.len() == UNDO_DEPTH {
        stack.remove(0);
    }
    stack.push(reverse);
}
