//! Creating and reading workshops.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::DomainError;
use app::wire::{CreateWorkshop, CreatedWorkshop, DemoReset, DemoView, WorkshopView};

use super::ApiError;
use super::contract::Errors;
use super::extract::{ApiJson, Bearer, MayCreate, workshop_id};
use super::paths::{ApiPath, WorkshopPath};
use crate::AppState;

/// Creates a workshop; with the server's admin key, or from the server's own machine.
#[utoipa::path(
    post,
    path = "/workshops",
    operation_id = "create_workshop",
    tag = "workshops",
    request_body = CreateWorkshop,
    security((), ("key" = [])),
    responses((status = 201, description = "The workshop, its moderator key (shown once) and its groups' join codes.", body = CreatedWorkshop), Errors)
)]
pub async fn create(
    State(state): State<AppState>,
    _: MayCreate,
    ApiJson(request): ApiJson<CreateWorkshop>,
) -> Result<(StatusCode, Json<CreatedWorkshop>), ApiError> {
    let created = state.workshops.create(request, false).await?;
    tracing::info!(workshop = %created.id, groups = created.groups.len(), "workshop created");
    Ok((StatusCode::CREATED, Json(created)))
}

/// Reads a workshop as the key may see it.
///
/// A group sees its own map while the maps are not shared; only the moderator sees the join
/// codes.
#[utoipa::path(
    get,
    path = "/workshops/{id}",
    operation_id = "read_workshop",
    tag = "workshops",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 200, description = "The workshop.", body = WorkshopView), Errors)
)]
pub async fn read(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
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

/// Resets the demo workshop to how a first start made it (with its moderator key).
#[utoipa::path(
    post,
    path = "/demo/reset",
    operation_id = "reset_demo",
    tag = "demo",
    security(("key" = [])),
    responses((status = 200, description = "The demo as it started, as of `seq`.", body = DemoReset), Errors)
)]
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
#[utoipa::path(
    get,
    path = "/demo",
    operation_id = "read_demo",
    tag = "demo",
    responses((status = 200, description = "The demo workshop, its moderator key and join codes.", body = DemoView), Errors)
)]
pub async fn demo(State(state): State<AppState>) -> Result<Json<DemoView>, ApiError> {
    let demo = crate::demo::find(&state.workshops)?
        .ok_or_else(|| ApiError::not_found("the demo workshop"))?;
    Ok(Json(demo))
}
