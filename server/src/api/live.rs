//! `GET /api/v1/workshops/{id}/live`: upgrades to a websocket for a workshop that exists and
//! hands the socket to a [`Session`] (`crate::live`), which serves the feed once the first
//! `hello` has shown a key. No key in the address: it would stay in proxies' logs and the
//! browser's history.

use crate::AppState;
use crate::live::{MAX_MESSAGE, Session};
use axum::extract::State;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::http::StatusCode;
use axum::response::Response;
use futures_util::StreamExt;

use app::wire::ErrorCode;

use super::contract::Errors;
use super::paths::{ApiPath, WorkshopPath};
use super::{ApiError, workshop_id};

/// The live feed, a websocket.
///
/// The first message is `{"type": "hello", "since", "token"}`
/// with the key; then edits go up and events, acks and snapshots come down (docs/API.md).
#[utoipa::path(
    get,
    path = "/workshops/{id}/live",
    operation_id = "live",
    tag = "live",
    params(WorkshopPath),
    responses(
        (status = 101, description = "The websocket is open; the key comes in its first message."),
        (status = 426, description = "A plain request, not a websocket's (`not_websocket`).", body = app::wire::ErrorBody),
        Errors,
    )
)]
pub async fn upgrade(
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    state.workshops.read(id, |_, _| ())?;
    let ws = ws.map_err(|_| {
        ApiError::new(
            StatusCode::UPGRADE_REQUIRED,
            ErrorCode::NotWebsocket,
            "this address is the live feed: open it as a websocket",
        )
    })?;
    // tungstenite's default 128 KiB read buffer per connection would cost over a gigabyte at
    // 10,000 clients; the feed's messages are small.
    Ok(ws
        .max_message_size(MAX_MESSAGE)
        .read_buffer_size(8 * 1024)
        .write_buffer_size(8 * 1024)
        .on_upgrade(move |socket| async move {
            let (sink, stream) = socket.split();
            Session::new(state, id, sink).run(stream).await;
        }))
}
