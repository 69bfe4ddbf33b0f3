//! The live feed, `GET /api/v1/workshops/{id}/live` as a websocket: a client says where it is
//! (`hello`), gets what it missed — the log since then, or a snapshot when that is cheaper —
//! then every event as it becomes durable; it sends edits and gets an `ack` or `rejected` for
//! each. The session loop is generic over any sink and stream of messages, so tests can drive
//! it without a socket. After answering `hello`, and with every ping, it tells the client the
//! server's clock (`clock`), so every device counts the timer down alike.
//!
//! Limits: messages over 64 KiB close the connection; edits beyond 20 a second (bursts of 40)
//! are refused; a client that falls too many events behind is sent a fresh
//! snapshot rather than buffered for ([`crate::workshops::EVENT_BUFFER`]).

use std::num::NonZeroU32;
use std::time::Duration;

use axum::extract::ws::{Message, Utf8Bytes, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use serde::Deserialize;
use tokio::sync::{broadcast, mpsc};

use app::domain::{Actor, EditId, WorkshopId};
use app::wire::{ClientMessage, EditEvent, ErrorDetail, ServerMessage};

use crate::AppState;
use crate::api::ApiError;
use crate::workshops::{ServiceError, now_ms};

pub const MAX_MESSAGE: usize = 64 * 1024;
/// A client further behind than this gets a snapshot instead of the log.
const CATCH_UP_LIMIT: usize = 1000;
/// Pings keep idle connections open through Wi-Fi routers and notice dead ones.
const PING_EVERY: Duration = Duration::from_secs(20);

#[derive(Deserialize)]
pub struct LiveQuery {
    /// Browsers cannot set headers on a websocket, so the key comes in the query.
    token: String,
}

pub async fn upgrade(
    ws: WebSocketUpgrade,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<LiveQuery>,
) -> Result<Response, ApiError> {
    let id = crate::api::workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &query.token)?;
    // tungstenite's default 128 KiB read buffer per connection would cost over a gigabyte at
    // 10,000 clients; the feed's messages are small.
    Ok(ws
        .max_message_size(MAX_MESSAGE)
        .read_buffer_size(8 * 1024)
        .write_buffer_size(8 * 1024)
        .on_upgrade(move |socket| async move {
            let (sink, stream) = socket.split();
            session(state, id, actor, sink, stream).await;
        }))
}

type Outcome = (EditId, Result<u64, ServiceError>);

/// Serves one client until it leaves or the connection fails.
pub async fn session<S, R>(
    state: AppState,
    id: WorkshopId,
    actor: Actor,
    mut sink: S,
    mut stream: R,
) where
    S: Sink<Message> + Unpin,
    R: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    let mut events: Option<broadcast::Receiver<Utf8Bytes>> = None;
    let (done_tx, mut done_rx) = mpsc::channel::<Outcome>(64);
    let limiter: DefaultDirectRateLimiter = RateLimiter::direct(
        Quota::per_second(NonZeroU32::new(20).expect("non-zero"))
            .allow_burst(NonZeroU32::new(40).expect("non-zero")),
    );
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;

    loop {
        let outgoing: Vec<Outgoing> = tokio::select! {
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => match serde_json::from_str::<ClientMessage>(&text) {
                    Ok(ClientMessage::Hello { since }) => {
                        match greet(&state, id, since).await {
                            Ok((messages, receiver)) => {
                                events = Some(receiver);
                                messages
                                    .into_iter()
                                    .map(|m| Outgoing::Message(Box::new(m)))
                                    .chain([Outgoing::Clock])
                                    .collect()
                            }
                            Err(e) => vec![error(ApiError::from(e).detail())],
                        }
                    }
                    Ok(ClientMessage::Edit { edit }) => {
                        if limiter.check().is_err() {
                            vec![Outgoing::Message(Box::new(ServerMessage::Rejected {
                                edit_id: edit.id,
                                error: ApiError::new(
                                    StatusCode::TOO_MANY_REQUESTS,
                                    "rate_limited",
                                    "more than 20 edits a second from one connection",
                                )
                                .detail(),
                            }))]
                        } else {
                            let state = state.clone();
                            let done = done_tx.clone();
                            tokio::spawn(async move {
                                let edit_id = edit.id.clone();
                                let result = state.workshops.apply(id, actor, *edit).await;
                                let _ = done.send((edit_id, result.map(|a| a.seq))).await;
                            });
                            Vec::new()
                        }
                    }
                    Err(e) => vec![error(
                        ApiError::new(StatusCode::BAD_REQUEST, "malformed", e.to_string()).detail(),
                    )],
                },
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => Vec::new(),
            },
            event = next_event(&mut events) => match event {
                Ok(text) => vec![Outgoing::Text(text)],
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    // Too far behind to catch up event by event: start again from a snapshot.
                    match state.workshops.subscribe(id) {
                        Ok(sub) => {
                            events = Some(sub.events);
                            vec![Outgoing::Message(Box::new(ServerMessage::Snapshot { workshop: Box::new(sub.workshop) }))]
                        }
                        Err(_) => break,
                    }
                }
                Err(broadcast::error::RecvError::Closed) => break,
            },
            Some((edit_id, result)) = done_rx.recv() => vec![Outgoing::Message(Box::new(match result {
                Ok(seq) => ServerMessage::Ack { edit_id, seq },
                Err(e) => ServerMessage::Rejected { edit_id, error: ApiError::from(e).detail() },
            }))],
            _ = ping.tick() => {
                if sink.send(Message::Ping(Vec::new().into())).await.is_err() {
                    break;
                }
                vec![Outgoing::Clock]
            }
        };
        for message in outgoing {
            let text = match message {
                Outgoing::Text(text) => text,
                Outgoing::Message(m) => serde_json::to_string(&*m)
                    .expect("messages serialise")
                    .into(),
                // Read as late as possible: after a snapshot has gone, not before.
                Outgoing::Clock => serde_json::to_string(&ServerMessage::Clock {
                    now: i64::try_from(now_ms()).unwrap_or(i64::MAX),
                })
                .expect("messages serialise")
                .into(),
            };
            if sink.send(Message::Text(text)).await.is_err() {
                return;
            }
        }
    }
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

async fn next_event(
    events: &mut Option<broadcast::Receiver<Utf8Bytes>>,
) -> Result<Utf8Bytes, broadcast::error::RecvError> {
    match events {
        Some(receiver) => receiver.recv().await,
        None => std::future::pending().await,
    }
}

/// A message to send: built here, or an event already serialised for every subscriber, or
/// the server's clock, read when it is sent.
enum Outgoing {
    Message(Box<ServerMessage>),
    Text(Utf8Bytes),
    Clock,
}

fn error(detail: ErrorDetail) -> Outgoing {
    Outgoing::Message(Box::new(ServerMessage::Error { error: detail }))
}
