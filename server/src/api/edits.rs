//! The HTTP side of the write path: one request, one edit, through `Workshops::apply`.

use axum::http::StatusCode;

use app::domain::{Change, Edit, EditId, Target, WorkshopId};
use app::wire::ErrorCode;

use super::ApiError;
use crate::AppState;
use crate::workshops::Bearer;

/// Applies one edit and says what it was about. With a replayed `Idempotency-Key` that is
/// what the first application was about. Keys that only read are refused here.
pub async fn apply(
    state: &AppState,
    workshop: WorkshopId,
    bearer: Bearer,
    id: EditId,
    change: Change,
) -> Result<Target, ApiError> {
    apply_at(state, workshop, bearer, id, change)
        .await
        .map(|a| a.target)
}

/// [`apply`], answering where in the log the edit is.
pub async fn apply_at(
    state: &AppState,
    workshop: WorkshopId,
    bearer: Bearer,
    id: EditId,
    change: Change,
) -> Result<crate::workshops::Applied, ApiError> {
    let actor = bearer.actor()?;
    if let Err(until) = state.edit_limiter.check_key(&bearer.key_hash()) {
        let wait = until.wait_time_from(governor::clock::Clock::now(
            &governor::clock::DefaultClock::default(),
        ));
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::RateLimited,
            "too many changes with this key at once; wait a moment and send them again",
        )
        .with_retry_after(wait.as_secs().max(1)));
    }
    let applied = state
        .workshops
        .apply(workshop, actor, Edit { id, change })
        .await?;
    tracing::debug!(%workshop, seq = applied.seq, replayed = applied.replayed, "edit applied");
    Ok(applied)
}

/// A key first used for another kind of change cannot answer this request.
pub fn reused_key() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::IdempotencyKeyReused,
        "this Idempotency-Key was used for another kind of change; send a new key",
    )
}
