//! `GET /api/v1/workshops/{id}/live`: authorises the key, upgrades to a websocket and hands
//! the socket to a [`Session`] (`crate::live`), which serves the feed.

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use futures_util::StreamExt;
use serde::Deserialize;

use crate::AppState;
use crate::live::{MAX_MESSAGE, Session};

use super::{ApiError, workshop_id};

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
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &query.token)?;
    // tungstenite's default 128 KiB read buffer per connection would cost over a gigabyte at
    // 10,000 clients; the feed's messages are small.
    Ok(ws
        .max_message_size(MAX_MESSAGE)
        .read_buffer_size(8 * 1024)
        .write_buffer_size(8 * 1024)
        .on_upgrade(move |socket| async move {
            let (sink, stream) = socket.split();
            Session::new(state, id, actor, sink).run(stream).await;
        }))
}
