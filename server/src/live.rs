//! The live feed's session, one per websocket (`GET /api/v1/workshops/{id}/live`, upgraded in
//! `api/live.rs`): a client says who it is and where it is (`hello` with its key, first), gets
//! what it missed — the log since then, or a snapshot when that is cheaper — then every event
//! as it becomes durable; it sends edits and gets an `ack` or `rejected` for each. A group's
//! tablet, while the maps are not shared, gets a snapshot of its own part and, for every other
//! group's edit, only `unseen` (the count moves on); when the moderator shares or unshares,
//! it gets a fresh snapshot. A key taken back ends its sessions with `revoked`. A [`Session`] is generic over any sink and
//! stream of messages, so tests can drive it without a socket. After answering `hello`, and
//! with every ping, it tells the client the server's clock (`clock`), so every device counts
//! the timer down alike.
//!
//! While the server cannot save, it says so (`storage`), and an edit that could not be saved
//! is neither acknowledged nor refused: it waits on the device, which sends it again once the
//! server says it can save.
//!
//! Limits: messages over 64 KiB close the connection; edits beyond 20 a second (bursts of 40)
//! are refused "not now" (`rate_limited`), and so is every later edit until the client's next
//! `hello` resends them in order; a client silent for 70 s (pings every 20 s) is closed; a client that falls too many events behind is sent a fresh
//! snapshot rather than buffered for ([`crate::workshops::EVENT_BUFFER`]).

use std::num::NonZeroU32;
use std::ops::ControlFlow;
use std::time::Duration;

use axum::extract::ws::{Message, Utf8Bytes};
use axum::http::StatusCode;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use governor::{DefaultDirectRateLimiter, RateLimiter};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{broadcast, mpsc, watch};
use tokio::time::Interval;

use app::domain::{Edit, EditId, Role, WorkshopId};
use app::wire::{ClientMessage, EditEvent, ErrorCode, ErrorDetail, ServerMessage};

use crate::AppState;
use crate::error::ApiError;
use crate::workshops::{Bearer, FeedEvent, ServiceError, now_ms};

pub const MAX_MESSAGE: usize = 64 * 1024;
/// A client further behind than this gets a snapshot instead of the log.
const CATCH_UP_LIMIT: usize = 1000;
/// Pings keep idle connections open through Wi-Fi routers and notice dead ones.
const PING_EVERY: Duration = Duration::from_secs(20);
/// A client that sends nothing, not even the pong every browser answers a ping with, for
/// this long is gone (a tablet that slept, a half-open connection): its socket is closed
/// (the default of `--idle-timeout`).
pub const IDLE: Duration = Duration::from_secs(70);
pub const EDITS_PER_SECOND: NonZeroU32 = NonZeroU32::new(20).expect("20 is not zero");
pub const EDIT_BURST: NonZeroU32 = NonZeroU32::new(40).expect("40 is not zero");

/// An edit's fate, reported by the task that applied it.
type Outcome = (EditId, Result<u64, ServiceError>);
/// What the session does next: send these messages, and go on or end.
type Next = ControlFlow<Vec<Outgoing>, Vec<Outgoing>>;

/// One thing the session waits for, whichever comes first.
enum Input {
    /// A message from the client, or the connection's end.
    Client(Option<Result<Message, axum::Error>>),
    /// An event of the workshop, or the feed's failure.
    Event(Result<FeedEvent, RecvError>),
    /// A link or tablet of the workshop was taken back: perhaps this one.
    Revocation,
    /// Whether the server can save changed.
    Storage(bool),
    /// One of this client's edits is durable, or was refused.
    Done(Outcome),
    Ping,
}

/// A message to send: built here, or an event already serialised for every subscriber, or
/// the server's clock, read when it is sent.
enum Outgoing {
    Message(Box<ServerMessage>),
    Text(Utf8Bytes),
    Clock,
}

/// Serves one client until it leaves or the connection fails.
pub struct Session<S> {
    state: AppState,
    id: WorkshopId,
    /// Who the client is, once its first `hello` has shown a key.
    bearer: Option<Bearer>,
    /// Whether the groups see every map, as of the last event sent.
    shared: bool,
    sink: S,
    /// The workshop's events, once the client has said `hello`.
    events: Option<broadcast::Receiver<FeedEvent>>,
    revocations: Option<watch::Receiver<u64>>,
    storage: watch::Receiver<bool>,
    done_tx: mpsc::Sender<Outcome>,
    done_rx: mpsc::Receiver<Outcome>,
    limiter: DefaultDirectRateLimiter,
    /// An edit was refused as too many: every later one is refused so too until the next
    /// `hello`, which sends them all again in their order (else a later edit could be taken
    /// before the earlier one it builds on).
    held: bool,
    ping: Interval,
    /// When the client last sent anything (a pong counts): one silent for `limits.idle` is gone.
    heard: tokio::time::Instant,
}

impl<S: Sink<Message> + Unpin> Session<S> {
    pub fn new(state: AppState, id: WorkshopId, sink: S) -> Self {
        let (done_tx, done_rx) = mpsc::channel(64);
        let storage = state.workshops.health().subscribe();
        let edit_quota = state.limits.edit_quota();
        Self {
            storage,
            state,
            id,
            bearer: None,
            shared: false,
            sink,
            events: None,
            revocations: None,
            done_tx,
            done_rx,
            limiter: RateLimiter::direct(edit_quota),
            held: false,
            ping: tokio::time::interval(PING_EVERY),
            heard: tokio::time::Instant::now(),
        }
    }

    /// Answers the client's messages and forwards the workshop's events until either side ends.
    pub async fn run<R>(mut self, mut stream: R)
    where
        R: Stream<Item = Result<Message, axum::Error>> + Unpin,
    {
        // An interval's first tick is at once; the first ping is due a period from now.
        self.ping.tick().await;
        loop {
            let input = tokio::select! {
                incoming = stream.next() => Input::Client(incoming),
                event = next_event(&mut self.events) => Input::Event(event),
                () = next_revocation(&mut self.revocations) => Input::Revocation,
                Ok(()) = self.storage.changed() => Input::Storage(*self.storage.borrow_and_update()),
                Some(outcome) = self.done_rx.recv() => Input::Done(outcome),
                _ = self.ping.tick() => Input::Ping,
            };
            let next = match input {
                Input::Client(incoming) => self.on_client(incoming).await,
                Input::Event(event) => self.on_event(event),
                Input::Revocation => self.on_revocation(),
                Input::Storage(writable) => ControlFlow::Continue(vec![storage(writable)]),
                Input::Done(outcome) => ControlFlow::Continue(vec![on_outcome(outcome)]),
                Input::Ping => self.on_ping().await,
            };
            let (outgoing, end) = match next {
                ControlFlow::Continue(outgoing) => (outgoing, false),
                ControlFlow::Break(last) => (last, true),
            };
            if self.send_all(outgoing).await.is_break() || end {
                let _ = self.sink.send(Message::Close(None)).await;
                return;
            }
        }
    }

    async fn on_client(&mut self, incoming: Option<Result<Message, axum::Error>>) -> Next {
        self.heard = tokio::time::Instant::now();
        let text = match incoming {
            Some(Ok(Message::Text(text))) => text,
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                return ControlFlow::Break(Vec::new());
            }
            Some(Ok(_)) => return ControlFlow::Continue(Vec::new()),
        };
        if let Some(bearer) = &self.bearer {
            self.state.workshops.heard_from(bearer);
        }
        let message = match serde_json::from_str::<ClientMessage>(&text) {
            Ok(message) => message,
            Err(e) => {
                return ControlFlow::Continue(vec![error(
                    ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::Malformed, e.to_string())
                        .detail(),
                )]);
            }
        };
        match (message, self.bearer) {
            (ClientMessage::Hello { since, token }, bearer) => {
                let bearer = match (bearer, token) {
                    (Some(bearer), _) => bearer,
                    (None, Some(token)) => match self.authenticate(&token) {
                        Ok(bearer) => bearer,
                        Err(e) => return ControlFlow::Break(vec![error(e.detail())]),
                    },
                    (None, None) => {
                        return ControlFlow::Break(vec![error(ApiError::unauthorized().detail())]);
                    }
                };
                ControlFlow::Continue(self.on_hello(bearer, since).await)
            }
            (ClientMessage::Edit { edit }, Some(bearer)) => {
                ControlFlow::Continue(self.on_edit(bearer, edit))
            }
            (ClientMessage::Edit { .. }, None) => {
                ControlFlow::Break(vec![error(ApiError::unauthorized().detail())])
            }
        }
    }

    /// The first `hello`'s key: who the client is, from now on.
    fn authenticate(&mut self, token: &str) -> Result<Bearer, ApiError> {
        let bearer = self.state.workshops.authorize(self.id, token)?;
        self.revocations = Some(self.state.workshops.revocations(self.id)?);
        self.bearer = Some(bearer);
        Ok(bearer)
    }

    /// Catches the client up and subscribes it to what comes after; then the clock.
    async fn on_hello(&mut self, bearer: Bearer, since: Option<u64>) -> Vec<Outgoing> {
        self.held = false;
        match greet(&self.state, self.id, bearer.role, since).await {
            Ok((messages, receiver, shared)) => {
                self.events = Some(receiver);
                self.shared = shared;
                let read_only = (!*self.storage.borrow()).then(|| storage(false));
                messages
                    .into_iter()
                    .map(|m| Outgoing::Message(Box::new(m)))
                    .chain([Outgoing::Clock])
                    .chain(read_only)
                    .collect()
            }
            Err(e) => vec![error(ApiError::from(e).detail())],
        }
    }

    /// Some link or tablet was taken back; if it was this one, say so and end.
    fn on_revocation(&mut self) -> Next {
        let Some(bearer) = self.bearer else {
            return ControlFlow::Continue(Vec::new());
        };
        match self.state.workshops.recheck(self.id, &bearer) {
            Ok(_) => ControlFlow::Continue(Vec::new()),
            Err(e) => ControlFlow::Break(vec![error(ApiError::from(e).detail())]),
        }
    }

    /// Validates and queues the edit now, then waits for the disk on a task of its own: the
    /// session keeps serving meanwhile, and the answer comes back through `done`.
    fn on_edit(&mut self, bearer: Bearer, edit: Box<Edit>) -> Vec<Outgoing> {
        let actor = match bearer.actor() {
            Ok(actor) => actor,
            Err(e) => {
                return vec![Outgoing::Message(Box::new(ServerMessage::Rejected {
                    edit_id: edit.id,
                    error: ApiError::from(e).detail(),
                }))];
            }
        };
        if self.held || self.limiter.check().is_err() {
            self.held = true;
            let error = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::RateLimited,
                "too many edits a second from one connection (20, after a burst of 40, unless the server sets another rate)",
            );
            return vec![Outgoing::Message(Box::new(ServerMessage::Rejected {
                edit_id: edit.id,
                error: error.detail(),
            }))];
        }
        // Checked here, in the order the device sent them (its offline outbox: an add, then
        // its undo); only the wait for the disk goes on a task of its own.
        let submitted = self.state.workshops.submit(self.id, actor, &edit);
        let (state, done, id) = (self.state.clone(), self.done_tx.clone(), self.id);
        tokio::spawn(async move {
            let result = state.workshops.settle(id, actor, &edit, submitted).await;
            let _ = done.send((edit.id, result.map(|a| a.seq))).await;
        });
        Vec::new()
    }

    fn on_event(&mut self, event: Result<FeedEvent, RecvError>) -> Next {
        let Some(role) = self.bearer.map(|b| b.role) else {
            return ControlFlow::Continue(Vec::new());
        };
        match event {
            // What a group sees changed: start it again from what it now sees.
            Ok(FeedEvent {
                shares: Some(_), ..
            }) if matches!(role, Role::Group(_)) => self.resnapshot(role),
            Ok(event) => {
                if let Some(shared) = event.shares {
                    self.shared = shared;
                }
                ControlFlow::Continue(vec![if role.sees(event.reach, self.shared) {
                    Outgoing::Text(event.text)
                } else {
                    Outgoing::Message(Box::new(ServerMessage::Unseen { seq: event.seq }))
                }])
            }
            // Too far behind to catch up event by event: start again from a snapshot.
            Err(RecvError::Lagged(_)) => self.resnapshot(role),
            Err(RecvError::Closed) => ControlFlow::Break(Vec::new()),
        }
    }

    /// A fresh snapshot of what the client may see, and the events after it.
    fn resnapshot(&mut self, role: Role) -> Next {
        match self.state.workshops.subscribe(self.id) {
            Ok(sub) => {
                self.events = Some(sub.events);
                self.shared = sub.workshop.maps_shared();
                let workshop = sub.workshop.seen_by(role).into_owned();
                ControlFlow::Continue(vec![Outgoing::Message(Box::new(ServerMessage::Snapshot {
                    workshop: Box::new(workshop),
                }))])
            }
            Err(_) => ControlFlow::Break(Vec::new()),
        }
    }

    async fn on_ping(&mut self) -> Next {
        if self.heard.elapsed() > self.state.limits.idle {
            return ControlFlow::Break(Vec::new());
        }
        let ping = Message::Ping(Vec::new().into());
        if self.sink.send(ping).await.is_err() {
            return ControlFlow::Break(Vec::new());
        }
        ControlFlow::Continue(vec![Outgoing::Clock])
    }

    async fn send_all(&mut self, outgoing: Vec<Outgoing>) -> ControlFlow<()> {
        for message in outgoing {
            let text = match message {
                Outgoing::Text(text) => text,
                Outgoing::Message(m) => serialise(&m),
                // Read as late as possible: after a snapshot has gone, not before.
                Outgoing::Clock => serialise(&ServerMessage::Clock {
                    now: i64::try_from(now_ms()).unwrap_or(i64::MAX),
                }),
            };
            if self.sink.send(Message::Text(text)).await.is_err() {
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    }
}

/// An applied edit's `ack`, or why it was refused; an edit that could not be saved is
/// neither: it waits on the device until the server can save again.
fn on_outcome((edit_id, result): Outcome) -> Outgoing {
    Outgoing::Message(Box::new(match result {
        Ok(seq) => ServerMessage::Ack { edit_id, seq },
        Err(ServiceError::StorageUnavailable) => ServerMessage::Storage { writable: false },
        Err(e) => ServerMessage::Rejected {
            edit_id,
            error: ApiError::from(e).detail(),
        },
    }))
}

#[expect(clippy::expect_used, reason = "server messages always serialise")]
fn serialise(message: &ServerMessage) -> Utf8Bytes {
    serde_json::to_string(message)
        .expect("server messages are plain data with string keys, which always serialise")
        .into()
}

/// Answers `hello`: the log since `since` when it is short, else a snapshot; and the feed of
/// what comes after, and whether the maps are shared. A device that sees only part of the
/// workshop always gets a snapshot of that part (the log would tell it the rest).
async fn greet(
    state: &AppState,
    id: WorkshopId,
    role: Role,
    since: Option<u64>,
) -> Result<(Vec<ServerMessage>, broadcast::Receiver<FeedEvent>, bool), ServiceError> {
    let sub = state.workshops.subscribe(id)?;
    let now = sub.workshop.seq();
    let shared = sub.workshop.maps_shared();
    let sees_all = role.may_read(None, shared);
    let missed = match since {
        Some(since) if since <= now && sees_all => {
            state
                .workshops
                .log_since(id, since, now, CATCH_UP_LIMIT)
                .await?
        }
        _ => None,
    };
    let messages = match missed {
        Some(records) => records
            .into_iter()
            .map(|r| ServerMessage::Event {
                event: EditEvent {
                    seq: r.seq,
                    edit_id: r.edit_id,
                    actor: r.actor,
                    change: r.change,
                },
            })
            .collect(),
        None => vec![ServerMessage::Snapshot {
            workshop: Box::new(sub.workshop.seen_by(role).into_owned()),
        }],
    };
    Ok((messages, sub.events, shared))
}

/// The next event, or never while the client has not said `hello`.
async fn next_event(
    events: &mut Option<broadcast::Receiver<FeedEvent>>,
) -> Result<FeedEvent, RecvError> {
    match events {
        Some(receiver) => receiver.recv().await,
        None => std::future::pending().await,
    }
}

/// The next revocation in the workshop, or never before the client has shown its key (or
/// once the workshop is gone).
async fn next_revocation(revocations: &mut Option<watch::Receiver<u64>>) {
    match revocations {
        Some(receiver) => {
            if receiver.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
        None => std::future::pending().await,
    }
}

fn storage(writable: bool) -> Outgoing {
    Outgoing::Message(Box::new(ServerMessage::Storage { writable }))
}

fn error(detail: ErrorDetail) -> Outgoing {
    Outgoing::Message(Box::new(ServerMessage::Error { error: detail }))
}
