//! The live feed's session, one per websocket (`GET /api/v1/workshops/{id}/live`, upgraded in
//! `api/live.rs`): a client says where it is (`hello`), gets what it missed — the log since
//! then, or a snapshot when that is cheaper — then every event as it becomes durable; it sends
//! edits and gets an `ack` or `rejected` for each. A [`Session`] is generic over any sink and
//! stream of messages, so tests can drive it without a socket. After answering `hello`, and
//! with every ping, it tells the client the server's clock (`clock`), so every device counts
//! the timer down alike.
//!
//! Limits: messages over 64 KiB close the connection; edits beyond 20 a second (bursts of 40)
//! are refused; a client that falls too many events behind is sent a fresh
//! snapshot rather than buffered for ([`crate::workshops::EVENT_BUFFER`]).

use std::num::NonZeroU32;
use std::ops::ControlFlow;
use std::time::Duration;

use axum::extract::ws::{Message, Utf8Bytes};
use axum::http::StatusCode;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{broadcast, mpsc};
use tokio::time::Interval;

use app::domain::{Actor, Edit, EditId, WorkshopId};
use app::wire::{ClientMessage, EditEvent, ErrorCode, ErrorDetail, ServerMessage};

use crate::AppState;
use crate::error::ApiError;
use crate::workshops::{ServiceError, now_ms};

pub const MAX_MESSAGE: usize = 64 * 1024;
/// A client further behind than this gets a snapshot instead of the log.
const CATCH_UP_LIMIT: usize = 1000;
/// Pings keep idle connections open through Wi-Fi routers and notice dead ones.
const PING_EVERY: Duration = Duration::from_secs(20);
const EDITS_PER_SECOND: NonZeroU32 = NonZeroU32::new(20).expect("20 is not zero");
const EDIT_BURST: NonZeroU32 = NonZeroU32::new(40).expect("40 is not zero");

/// An edit's fate, reported by the task that applied it.
type Outcome = (EditId, Result<u64, ServiceError>);
/// What the session does next: send these messages, or end.
type Next = ControlFlow<(), Vec<Outgoing>>;

/// One thing the session waits for, whichever comes first.
enum Input {
    /// A message from the client, or the connection's end.
    Client(Option<Result<Message, axum::Error>>),
    /// An event of the workshop, already serialised, or the feed's failure.
    Event(Result<Utf8Bytes, RecvError>),
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
    actor: Actor,
    sink: S,
    /// The workshop's events, once the client has said `hello`.
    events: Option<broadcast::Receiver<Utf8Bytes>>,
    done_tx: mpsc::Sender<Outcome>,
    done_rx: mpsc::Receiver<Outcome>,
    limiter: DefaultDirectRateLimiter,
    ping: Interval,
}

impl<S: Sink<Message> + Unpin> Session<S> {
    pub fn new(state: AppState, id: WorkshopId, actor: Actor, sink: S) -> Self {
        let (done_tx, done_rx) = mpsc::channel(64);
        Self {
            state,
            id,
            actor,
            sink,
            events: None,
            done_tx,
            done_rx,
            limiter: RateLimiter::direct(
                Quota::per_second(EDITS_PER_SECOND).allow_burst(EDIT_BURST),
            ),
            ping: tokio::time::interval(PING_EVERY),
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
                Some(outcome) = self.done_rx.recv() => Input::Done(outcome),
                _ = self.ping.tick() => Input::Ping,
            };
            let next = match input {
                Input::Client(incoming) => self.on_client(incoming).await,
                Input::Event(event) => self.on_event(event),
                Input::Done(outcome) => ControlFlow::Continue(vec![on_outcome(outcome)]),
                Input::Ping => self.on_ping().await,
            };
            let ControlFlow::Continue(outgoing) = next else {
                return;
            };
            if self.send_all(outgoing).await.is_break() {
                return;
            }
        }
    }

    async fn on_client(&mut self, incoming: Option<Result<Message, axum::Error>>) -> Next {
        let text = match incoming {
            Some(Ok(Message::Text(text))) => text,
            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return ControlFlow::Break(()),
            Some(Ok(_)) => return ControlFlow::Continue(Vec::new()),
        };
        ControlFlow::Continue(match serde_json::from_str::<ClientMessage>(&text) {
            Ok(ClientMessage::Hello { since }) => self.on_hello(since).await,
            Ok(ClientMessage::Edit { edit }) => self.on_edit(edit),
            Err(e) => vec![error(
                ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::Malformed, e.to_string())
                    .detail(),
            )],
        })
    }

    /// Catches the client up and subscribes it to what comes after; then the clock.
    async fn on_hello(&mut self, since: Option<u64>) -> Vec<Outgoing> {
        match greet(&self.state, self.id, since).await {
            Ok((messages, receiver)) => {
                self.events = Some(receiver);
                messages
                    .into_iter()
                    .map(|m| Outgoing::Message(Box::new(m)))
                    .chain([Outgoing::Clock])
                    .collect()
            }
            Err(e) => vec![error(ApiError::from(e).detail())],
        }
    }

    /// Applies the edit on a task of its own: the session keeps serving while it waits for
    /// the disk, and the answer comes back through `done`.
    fn on_edit(&mut self, edit: Box<Edit>) -> Vec<Outgoing> {
        if self.limiter.check().is_err() {
            let error = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::RateLimited,
                "more than 20 edits a second from one connection",
            );
            return vec![Outgoing::Message(Box::new(ServerMessage::Rejected {
                edit_id: edit.id,
                error: error.detail(),
            }))];
        }
        let (state, done, id, actor) = (
            self.state.clone(),
            self.done_tx.clone(),
            self.id,
            self.actor,
        );
        tokio::spawn(async move {
            let edit_id = edit.id.clone();
            let result = state.workshops.apply(id, actor, *edit).await;
            let _ = done.send((edit_id, result.map(|a| a.seq))).await;
        });
        Vec::new()
    }

    fn on_event(&mut self, event: Result<Utf8Bytes, RecvError>) -> Next {
        match event {
            Ok(text) => ControlFlow::Continue(vec![Outgoing::Text(text)]),
            // Too far behind to catch up event by event: start again from a snapshot.
            Err(RecvError::Lagged(_)) => match self.state.workshops.subscribe(self.id) {
                Ok(sub) => {
                    self.events = Some(sub.events);
                    ControlFlow::Continue(vec![Outgoing::Message(Box::new(
                        ServerMessage::Snapshot {
                            workshop: Box::new(sub.workshop),
                        },
                    ))])
                }
                Err(_) => ControlFlow::Break(()),
            },
            Err(RecvError::Closed) => ControlFlow::Break(()),
        }
    }

    async fn on_ping(&mut self) -> Next {
        let ping = Message::Ping(Vec::new().into());
        if self.sink.send(ping).await.is_err() {
            return ControlFlow::Break(());
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

/// An applied edit's `ack`, or why it was refused.
fn on_outcome((edit_id, result): Outcome) -> Outgoing {
    Outgoing::Message(Box::new(match result {
        Ok(seq) => ServerMessage::Ack { edit_id, seq },
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
/// what comes after.
async fn greet(
    state: &AppState,
    id: WorkshopId,
    since: Option<u64>,
) -> Result<(Vec<ServerMessage>, broadcast::Receiver<Utf8Bytes>), ServiceError> {
    let sub = state.workshops.subscribe(id)?;
    let now = sub.workshop.seq();
    let missed = match since {
        Some(since) if since <= now => {
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
            workshop: Box::new(sub.workshop),
        }],
    };
    Ok((messages, sub.events))
}

/// The next event, or never while the client has not said `hello`.
async fn next_event(
    events: &mut Option<broadcast::Receiver<Utf8Bytes>>,
) -> Result<Utf8Bytes, RecvError> {
    match events {
        Some(receiver) => receiver.recv().await,
        None => std::future::pending().await,
    }
}

fn error(detail: ErrorDetail) -> Outgoing {
    Outgoing::Message(Box::new(ServerMessage::Error { error: detail }))
}
