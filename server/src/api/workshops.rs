//! Creating and reading workshops.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use app::domain::DomainError;
use app::wire::{CreateWorkshop, CreatedWorkshop, DemoReset, DemoView, WorkshopView};

use super::ApiError;
use super::extract::{ApiJson, Bearer, MayCreate, workshop_id};
use crate::AppState;

pub async fn create(
    State(state): State<AppState>,
    _: MayCreate,
    ApiJson(request): ApiJson<CreateWorkshop>,
) -> Result<(StatusCode, Json<CreatedWorkshop>), ApiError> {
    let created = state.workshops.create(request, false).await?;
    tracing::info!(workshop = %created.id, groups = created.groups.len(), "workshop created");
    Ok((StatusCode::CREATED, Json(created)))
}

pub async fn read(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Bearer(secret): Bearer,
) -> Result<Json<WorkshopView>, ApiError> {
    let id = workshop_id(&id)?;
    let role = state.workshops.authorize(id, &secret)?.role;
    // A group sees its own part while the maps are not shared; only the moderator the codes.
    let view = state.workshops.read(id, |w, codes| {
        WorkshopView::of(
            &w.seen_by(role),
            if role.is_moderator() { codes } else { &[] },
        )
    })?;
    Ok(Json(view))
}

/// `POST /demo/reset` with the demo's moderator key: the demo as a first start made it.
pub async fn reset_demo(
    State(state): State<AppState>,
    Bearer(secret): Bearer,
) -> Result<Json<DemoReset>, ApiError> {
    let id = crate::demo::id(&state.workshops)?
        .ok_or_else(|| ApiError::not_found("the demo workshop"))?;
    if !state.workshops.authorize(id, &secret)?.role.is_moderator() {
        return Err(DomainError::ModeratorOnly.into());
    }
    let seq = crate::demo::reset(&state.workshops, id).await?;
    tracing::info!(workshop = %id, seq, "demo reset");
    Ok(Json(DemoReset { seq }))
}

/// The demo workshop's public face, for the home page.
pub async fn demo(State(state): State<AppState>) -> Result<Json<DemoView>, ApiError> {
    let demo = crate::demo::find(&state.workshops)?
        .ok_or_else(|| ApiError::not_found("the demo workshop"))?;
    Ok(Json(demo))
}
