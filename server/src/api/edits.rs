//! The HTTP side of the write path: one request, one edit, through `Workshops::apply`.

use axum::http::StatusCode;

use app::domain::{Actor, Change, Edit, EditId, Target, WorkshopId};
use app::wire::ErrorCode;

use super::ApiError;
use crate::AppState;

/// Applies one edit and says what it was about. With a replayed `Idempotency-Key` that is
/// what the first application was about.
pub async fn apply(
    state: &AppState,
    workshop: WorkshopId,
    actor: Actor,
    id: EditId,
    change: Change,
) -> Result<Target, ApiError> {
    let applied = state
        .workshops
        .apply(workshop, actor, Edit { id, change })
        .await?;
    tracing::debug!(%workshop, seq = applied.seq, replayed = applied.replayed, "edit applied");
    Ok(applied.target)
}

/// A key first used for another kind of change cannot answer this request.
pub fn reused_key() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::IdempotencyKeyReused,
        "this Idempotency-Key was used for another kind of change; send a new key",
    )
}
