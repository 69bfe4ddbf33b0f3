//! The whole-request timeout: reading a body and answering must end within the limit, so a
//! client that sends its body a byte a minute holds nothing for long. A websocket's upgrade
//! answers at once; the feed itself has its own idle timeout (`live.rs`).

use std::time::Duration;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use app::wire::ErrorCode;

use crate::api::ApiError;

pub async fn within(limit: Duration, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            ErrorCode::Timeout,
            format!(
                "the request took longer than {} s (a slow connection or a very large file); try again",
                limit.as_secs()
            ),
        )
        .into_response(),
    }
}
