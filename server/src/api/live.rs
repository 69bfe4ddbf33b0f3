//! `GET /api/v1/workshops/{id}/live`: upgrades to a websocket for a workshop that exists and
//! hands the socket to a [`Session`] (`crate::live`), which serves the feed once the first
//! `hello` has shown a key. No key in the address: it would stay in proxies' logs and the
//! browser's history.

use crate::AppState;
use crate::live::{MAX_MESSAGE, Session};
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Path, State};
use axum::response::Response;
use futures_util::StreamExt;

use super::{ApiError, workshop_id};

pub async fn upgrade(
    ws: WebSocketUpgrade,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    state.workshops.read(id, |_, _| ())?;
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
