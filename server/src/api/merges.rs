//! The combined map and the moderator's merges: `GET …/combined`, `POST …/merges`,
//! `DELETE …/merges/{mid}`. A merge is one edit on the write path, like any other change.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::{Change, DomainError, MergeId, Target, combine};
use app::wire::{CombinedView, MergeView, NewMerge};

use super::ApiError;
use super::contract::Errors;
use super::edits::{self, reused_key};
use super::extract::{ApiJson, Bearer, EditKey, workshop_id};
use super::paths::{ApiPath, MergePath, WorkshopPath};
use crate::AppState;

/// The combined map: every group's stakeholders as actors, after the moderator's merges.
#[utoipa::path(
    get,
    path = "/workshops/{id}/combined",
    operation_id = "read_combined",
    tag = "combined",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 200, description = "The combined map.", body = CombinedView), Errors)
)]
pub async fn combined(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
) -> Result<Json<CombinedView>, ApiError> {
    let id = workshop_id(&id)?;
    let caller = state.workshops.authorize(id, &secret)?;
    // Matching names is the slow part; it runs in the heavy pool on a copy, not under the
    // workshop's lock.
    let shared = state.clone();
    let view = state
        .heavy
        .run("combined map", move || {
            let workshop = shared.workshops.read(id, |w, _| {
                super::query::may_read(&caller, w, app::chart::Scope::Combined).map(|()| w.clone())
            })??;
            Ok(CombinedView::from(&combine(&workshop)))
        })
        .await?;
    Ok(Json(view))
}

/// The moderator says that some stakeholders are one actor (`merge`) or are not (`reject`).
#[utoipa::path(
    post,
    path = "/workshops/{id}/merges",
    operation_id = "add_merge",
    tag = "combined",
    params(WorkshopPath, EditKey),
    request_body = NewMerge,
    security(("key" = [])),
    responses((status = 201, description = "The decision.", body = MergeView), Errors)
)]
pub async fn add(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(body): ApiJson<NewMerge>,
) -> Result<(StatusCode, Json<MergeView>), ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let mid = body.id.unwrap_or_else(crate::secrets::new_merge_id);
    let change = Change::AddMerge {
        id: mid,
        members: body.members,
        verdict: body.verdict,
    };
    let mid = match edits::apply(&state, id, actor, edit_id, change).await? {
        Target::Merge(mid) => mid,
        _ => return Err(reused_key()),
    };
    let view = state
        .workshops
        .read(id, |w, _| w.merge(mid).map(MergeView::from))?
        .ok_or_else(|| ApiError::from(DomainError::UnknownMerge))?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Undoes a merge or a rejection.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/merges/{mid}",
    operation_id = "delete_merge",
    tag = "combined",
    params(MergePath, EditKey),
    security(("key" = [])),
    responses((status = 204, description = "The decision is undone."), Errors)
)]
pub async fn delete(
    State(state): State<AppState>,
    ApiPath(MergePath { id, mid }): ApiPath<MergePath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
) -> Result<StatusCode, ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let mid: MergeId = mid
        .parse()
        .map_err(|_| ApiError::from(DomainError::UnknownMerge))?;
    match edits::apply(&state, id, actor, edit_id, Change::DeleteMerge { id: mid }).await? {
        Target::Merge(_) => Ok(StatusCode::NO_CONTENT),
        _ => Err(reused_key()),
    }
}
