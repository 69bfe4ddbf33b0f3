//! The plenary's countdown: `POST …/timer` starts (or replaces) it, `DELETE …/timer` stops
//! it. Each is one edit on the write path; the server's clock stamps the start.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::{Change, DomainError, Target, limits};
use app::wire::{ErrorCode, NewTimer, TimerView};

use super::ApiError;
use super::contract::Errors;
use super::edits::{self, reused_key};
use super::extract::{ApiJson, Bearer, EditKey, workshop_id};
use super::paths::{ApiPath, WorkshopPath};
use crate::AppState;

/// Starts (or replaces) the countdown; the server's clock says when it started.
#[utoipa::path(
    post,
    path = "/workshops/{id}/timer",
    operation_id = "start_timer",
    tag = "timer",
    params(WorkshopPath, EditKey),
    request_body = NewTimer,
    security(("key" = [])),
    responses((status = 201, description = "The countdown as it runs.", body = TimerView), Errors)
)]
pub async fn start(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(body): ApiJson<NewTimer>,
) -> Result<(StatusCode, Json<TimerView>), ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let seconds = u32::try_from(body.seconds).map_err(|_| DomainError::TimerLength {
        max: limits::TIMER_SECONDS,
    })?;
    let change = Change::StartTimer {
        label: body.label,
        seconds,
        // Stamped with the server's clock on the write path.
        started_at: 0,
    };
    if !matches!(
        edits::apply(&state, id, actor, edit_id, change).await?,
        Target::Timer
    ) {
        return Err(reused_key());
    }
    let view = state
        .workshops
        .read(id, |w, _| w.timer().map(TimerView::from))?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::CONFLICT,
                ErrorCode::TimerStopped,
                "the timer was stopped again straight away",
            )
        })?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Stops the countdown.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/timer",
    operation_id = "stop_timer",
    tag = "timer",
    params(WorkshopPath, EditKey),
    security(("key" = [])),
    responses((status = 204, description = "The countdown is stopped."), Errors)
)]
pub async fn stop(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
) -> Result<StatusCode, ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    match edits::apply(&state, id, actor, edit_id, Change::StopTimer).await? {
        Target::Timer => Ok(StatusCode::NO_CONTENT),
        _ => Err(reused_key()),
    }
}
