//! Joining a group with its short code. Codes are short, so wrong guesses are rate-limited
//! per client address.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::JoinCode;
use app::wire::{ErrorCode, Join, Joined};

use super::ApiError;
use super::contract::Errors;
use super::extract::{ApiJson, ClientIp};
use crate::AppState;

/// A tablet joins a group with its code and gets its own token.
#[utoipa::path(
    post,
    path = "/join",
    operation_id = "join",
    tag = "joining",
    request_body = Join,
    responses((status = 200, description = "The group joined and this tablet's token.", body = Joined), Errors)
)]
pub async fn join(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(request): ApiJson<Join>,
) -> Result<Json<Joined>, ApiError> {
    if state.join_limiter.check_key(&ip).is_err() {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::RateLimited,
            "too many join attempts from this address; wait a minute and try again",
        )
        .with_retry_after(2));
    }
    let code = JoinCode::parse(&request.code)?;
    let joined = state.workshops.join(&code).await?;
    Ok(Json(Joined {
        workshop_id: joined.workshop,
        group_id: joined.group,
        device_id: Some(joined.device),
        token: joined.token,
        group_name: joined.group_name,
    }))
}
