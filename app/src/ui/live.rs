//! A page's live connection to its workshop: a [`Replica`] kept in local storage (so the
//! outbox survives a reload or a closed tab), a websocket that reconnects by itself, and
//! signals the page renders from. Edits are applied on screen at once and sent when there is
//! a connection.

use leptos::prelude::*;

use crate::domain::{Actor, DomainError, Edit, Workshop, WorkshopId};
use crate::sync::Replica;
use crate::wire::ErrorDetail;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(
    not(feature = "hydrate"),
    allow(dead_code, reason = "only the browser's socket changes the status")
)]
pub enum Status {
    Connecting,
    Online,
    Offline,
}

#[derive(Clone, Copy)]
pub struct Live {
    /// What the page shows: the confirmed workshop with this device's waiting edits on top.
    pub workshop: RwSignal<Option<Workshop>>,
    pub status: RwSignal<Status>,
    /// This device's edits the server has not confirmed yet.
    pub waiting: RwSignal<usize>,
    /// The last of this device's edits the server refused, and why.
    pub refused: RwSignal<Option<(Edit, ErrorDetail)>>,
    /// Why the server ended the feed for good (the key was taken back or is not valid); the
    /// device then stops reconnecting, and its waiting edits are not applied.
    pub shut: RwSignal<Option<ErrorDetail>>,
    /// Milliseconds to add to this device's clock to read the server's, once the live feed has
    /// said what time it is there (the timer counts down by the server's clock).
    pub clock_offset: RwSignal<Option<i64>>,
    /// Whether the server can save (it says when it cannot: its disk is full or failing).
    /// Edits wait on the device meanwhile and are sent again once it can.
    pub writable: RwSignal<bool>,
    /// Whether this device has an edit of its own to undo, and an undo to redo.
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    core: StoredValue<Core, LocalStorage>,
}

struct Core {
    replica: Replica,
    storage_key: String,
    #[cfg(feature = "hydrate")]
    url: String,
    /// Shown in the first `hello`, never in the address.
    #[cfg(feature = "hydrate")]
    token: String,
    #[cfg(feature = "hydrate")]
    socket: Option<socket::Socket>,
    /// A `hello` is due shortly, to send again what the server could not take just now.
    #[cfg(feature = "hydrate")]
    retry_due: bool,
}

impl Live {
    /// Starts from what this device stored, then connects. Call from an effect (browser only).
    pub fn start(workshop_id: WorkshopId, token: &str, actor: Actor) -> Self {
        let storage_key = format!("stakemap.replica.{workshop_id}.{}", actor_key(actor));
        Self::start_stored(workshop_id, token, actor, storage_key)
    }

    /// The same for an analyst's or viewer's page, which proposes nothing: its copy is kept
    /// apart from the moderator's (whose waiting edits it must never send).
    pub fn start_reading(workshop_id: WorkshopId, token: &str) -> Self {
        let storage_key = format!("stakemap.replica.{workshop_id}.reader");
        Self::start_stored(workshop_id, token, Actor::Moderator, storage_key)
    }

    fn start_stored(
        workshop_id: WorkshopId,
        token: &str,
        actor: Actor,
        storage_key: String,
    ) -> Self {
        #[cfg(not(feature = "hydrate"))]
        let _ = (token, workshop_id);
        let replica = super::browser::load(&storage_key)
            .and_then(|json| serde_json::from_str::<Replica>(&json).ok())
            .unwrap_or_else(|| Replica::new(actor));
        let live = Self {
            workshop: RwSignal::new(replica.view()),
            status: RwSignal::new(Status::Connecting),
            waiting: RwSignal::new(replica.waiting()),
            refused: RwSignal::new(None),
            shut: RwSignal::new(None),
            clock_offset: RwSignal::new(None),
            writable: RwSignal::new(true),
            can_undo: RwSignal::new(replica.can_undo()),
            can_redo: RwSignal::new(replica.can_redo()),
            core: StoredValue::new_local(Core {
                replica,
                storage_key,
                #[cfg(feature = "hydrate")]
                url: live_url(workshop_id),
                #[cfg(feature = "hydrate")]
                token: token.to_owned(),
                #[cfg(feature = "hydrate")]
                socket: None,
                #[cfg(feature = "hydrate")]
                retry_due: false,
            }),
        };
        live.connect();
        live
    }

    /// Applies an edit made on this device: refused at once if it does not fit, else shown
    /// and kept until the server confirms it.
    pub fn propose(&self, edit: Edit) -> Result<(), DomainError> {
        self.core
            .try_update_value(|core| {
                core.replica.propose(edit.clone())?;
                core.save();
                core.send(edit);
                Ok(())
            })
            .unwrap_or(Ok(()))?;
        self.publish();
        Ok(())
    }

    /// Undoes this device's last edit not yet undone, as a new edit sent like any other;
    /// `Ok(false)` when there is none, refused when another device changed its entry since.
    pub fn undo(&self) -> Result<bool, DomainError> {
        self.reverse(Replica::undo)
    }

    /// Makes again what the last undo took back.
    pub fn redo(&self) -> Result<bool, DomainError> {
        self.reverse(Replica::redo)
    }

    fn reverse(
        &self,
        how: fn(&mut Replica, crate::domain::EditId) -> Result<bool, DomainError>,
    ) -> Result<bool, DomainError> {
        let id = super::browser::new_edit_id();
        let done = self
            .core
            .try_update_value(|core| {
                let done = how(&mut core.replica, id);
                // A refused undo is forgotten: saved either way.
                core.save();
                if done == Ok(true)
                    && let Some(edit) = core.replica.outbox().last().cloned()
                {
                    core.send(edit);
                }
                done
            })
            .unwrap_or(Ok(false));
        self.publish();
        done
    }

    /// The server's clock now, unix ms, as well as this device can tell: its own clock until
    /// the live feed has said the time.
    pub fn server_now(&self) -> i64 {
        device_now() + self.clock_offset.get_untracked().unwrap_or(0)
    }

    fn publish(&self) {
        self.core.with_value(|core| {
            self.workshop.set(core.replica.view());
            self.waiting.set(core.replica.waiting());
            self.can_undo.set(core.replica.can_undo());
            self.can_redo.set(core.replica.can_redo());
        });
    }

    #[cfg(feature = "hydrate")]
    fn connect(self) {
        socket::open(self);
    }

    #[cfg(not(feature = "hydrate"))]
    fn connect(self) {}

    /// Folds in one message from the server; returns whether to say `hello` again.
    #[cfg(feature = "hydrate")]
    fn receive(&self, message: crate::wire::ServerMessage) -> bool {
        use crate::wire::{ErrorCode, ServerMessage};
        match message {
            ServerMessage::Clock { now } => {
                // Off by the time the message took to arrive: milliseconds on the room's Wi-Fi.
                self.clock_offset.set(Some(now - device_now()));
                return false;
            }
            // Saying `hello` again sends what waits in the outbox.
            ServerMessage::Storage { writable } => {
                self.writable.set(writable);
                return writable;
            }
            ServerMessage::Error { error }
                if matches!(
                    error.code,
                    ErrorCode::Revoked | ErrorCode::Unauthorized | ErrorCode::WrongWorkshop
                ) =>
            {
                self.shut.set(Some(error));
                return false;
            }
            _ => {}
        }
        let notice = self
            .core
            .try_update_value(|core| {
                let notice = core.replica.receive(message);
                core.save();
                notice
            })
            .flatten();
        self.publish();
        match notice {
            Some(crate::sync::Notice::Rejected { edit, error }) => {
                self.refused.set(Some((*edit, error)));
                false
            }
            Some(crate::sync::Notice::Resync) => true,
            Some(crate::sync::Notice::Retry) => {
                socket::hello_later(*self);
                false
            }
            None => false,
        }
    }
}

impl Core {
    /// Sends one new edit now, when there is a connection (else `hello` sends the outbox).
    fn send(&self, edit: Edit) {
        #[cfg(feature = "hydrate")]
        if let Some(socket) = &self.socket {
            socket.send(&crate::wire::ClientMessage::Edit {
                edit: Box::new(edit),
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = edit;
    }

    fn save(&self) {
        if let Ok(json) = serde_json::to_string(&self.replica) {
            super::browser::save(&self.storage_key, &json);
        }
    }
}

/// This device's clock, unix ms (0 on the server, which renders no countdown).
pub fn device_now() -> i64 {
    #[cfg(feature = "hydrate")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0
    }
}

fn actor_key(actor: Actor) -> String {
    match actor {
        Actor::Moderator => "moderator".to_owned(),
        Actor::Group(g) => g.to_string(),
    }
}

#[cfg(feature = "hydrate")]
fn live_url(workshop_id: WorkshopId) -> String {
    let origin = super::browser::origin();
    let ws_origin = origin
        .replacen("https://", "wss://", 1)
        .replacen("http://", "ws://", 1);
    format!(
        "{ws_origin}{}/workshops/{workshop_id}/live",
        crate::wire::API
    )
}

#[cfg(feature = "hydrate")]
mod socket {
    //! The websocket itself, reconnecting with a growing pause while the network is down.

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{MessageEvent, WebSocket};

    use super::{Live, Status};
    use crate::wire::{ClientMessage, ServerMessage};

    pub struct Socket {
        ws: WebSocket,
        // Kept so the callbacks live as long as the socket.
        _handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    }

    impl Socket {
        pub fn send(&self, message: &ClientMessage) {
            if self.ws.ready_state() == WebSocket::OPEN
                && let Ok(text) = serde_json::to_string(message)
            {
                let _ = self.ws.send_with_str(&text);
            }
        }
    }

    fn hello(live: Live) {
        live.core.with_value(|core| {
            if let Some(socket) = &core.socket {
                socket.send(&ClientMessage::Hello {
                    since: core.replica.since(),
                    token: Some(core.token.clone()),
                });
                for edit in core.replica.outbox() {
                    socket.send(&ClientMessage::Edit {
                        edit: Box::new(edit.clone()),
                    });
                }
            }
        });
    }

    pub fn open(live: Live) {
        let url = live.core.with_value(|core| core.url.clone());
        let Ok(ws) = WebSocket::new(&url) else {
            retry(live);
            return;
        };
        live.status.set(Status::Connecting);
        let on_open = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            live.status.set(Status::Online);
            hello(live);
        });
        let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(text) = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            else {
                return;
            };
            if let Ok(message) = serde_json::from_str::<ServerMessage>(&text)
                && live.receive(message)
            {
                hello(live);
            }
        });
        let on_close = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            live.status.set(Status::Offline);
            live.core.update_value(|core| core.socket = None);
            if live.shut.get_untracked().is_none() {
                retry(live);
            }
        });
        ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        live.core.update_value(|core| {
            core.socket = Some(Socket {
                ws,
                _handlers: vec![on_open, on_message, on_close],
            })
        });
    }

    /// One `hello` in two seconds for however many edits the server could not take just now
    /// (a long offline outbox beyond its edits-a-second limit): by then the ones it took have
    /// left the outbox, and the limit has refilled.
    pub fn hello_later(live: Live) {
        let due = live
            .core
            .try_update_value(|core| !std::mem::replace(&mut core.retry_due, true))
            .unwrap_or(false);
        if due {
            set_timeout(
                move || {
                    // Unless the page has gone meanwhile.
                    if live
                        .core
                        .try_update_value(|core| core.retry_due = false)
                        .is_some()
                    {
                        hello(live);
                    }
                },
                std::time::Duration::from_millis(2000),
            );
        }
    }

    /// Tries again in a second or two: long enough not to hammer a server that is restarting,
    /// short enough that a tablet is back soon after the Wi-Fi.
    fn retry(live: Live) {
        set_timeout(move || open(live), std::time::Duration::from_millis(1500));
    }
}
