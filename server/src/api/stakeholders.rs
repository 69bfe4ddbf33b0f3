//! Adding, changing and deleting stakeholders: each request becomes one edit on the write path.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::{Actor, Change, DomainError, StakeholderId, Target, WorkshopId};
use app::wire::{NewStakeholder, PatchStakeholder, StakeholderView};

use super::ApiError;
use super::contract::Errors;
use super::edits::{self, reused_key};
use super::extract::{ApiJson, Bearer, EditKey, workshop_id};
use super::paths::{ApiPath, StakeholderPath, WorkshopPath};
use crate::AppState;

/// Adds a stakeholder to a group: a tablet's own group, or `group_id` from the moderator.
#[utoipa::path(
    post,
    path = "/workshops/{id}/stakeholders",
    operation_id = "add_stakeholder",
    tag = "stakeholders",
    params(WorkshopPath, EditKey),
    request_body = NewStakeholder,
    security(("key" = [])),
    responses((status = 201, description = "The stakeholder.", body = StakeholderView), Errors)
)]
pub async fn add(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(body): ApiJson<NewStakeholder>,
) -> Result<(StatusCode, Json<StakeholderView>), ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let group = match (body.group_id, actor.actor()?) {
        (Some(group), _) => group,
        (None, Actor::Group(own)) => own,
        (None, Actor::Moderator) => return Err(DomainError::GroupRequired.into()),
    };
    let sid = body.id.unwrap_or_else(crate::secrets::new_stakeholder_id);
    let change = Change::AddStakeholder {
        id: sid,
        group,
        fields: body.fields,
    };
    // A replayed edit answers about the stakeholder its first application created.
    let target = apply(&state, id, actor, edit_id, change).await?;
    Ok((StatusCode::CREATED, Json(view(&state, id, target).await?)))
}

/// Changes some of a stakeholder's fields.
#[utoipa::path(
    patch,
    path = "/workshops/{id}/stakeholders/{sid}",
    operation_id = "update_stakeholder",
    tag = "stakeholders",
    params(StakeholderPath, EditKey),
    request_body = PatchStakeholder,
    security(("key" = [])),
    responses((status = 200, description = "The stakeholder as it is now.", body = StakeholderView), Errors)
)]
pub async fn update(
    State(state): State<AppState>,
    ApiPath(StakeholderPath { id, sid }): ApiPath<StakeholderPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(patch): ApiJson<PatchStakeholder>,
) -> Result<Json<StakeholderView>, ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let sid = stakeholder_id(&sid)?;
    let change = Change::UpdateStakeholder { id: sid, patch };
    let target = apply(&state, id, actor, edit_id, change).await?;
    Ok(Json(view(&state, id, target).await?))
}

/// Deletes a stakeholder and its relationships.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/stakeholders/{sid}",
    operation_id = "delete_stakeholder",
    tag = "stakeholders",
    params(StakeholderPath, EditKey),
    security(("key" = [])),
    responses((status = 204, description = "The stakeholder is gone."), Errors)
)]
pub async fn delete(
    State(state): State<AppState>,
    ApiPath(StakeholderPath { id, sid }): ApiPath<StakeholderPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
) -> Result<StatusCode, ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let sid = stakeholder_id(&sid)?;
    let change = Change::DeleteStakeholder { id: sid };
    apply(&state, id, actor, edit_id, change).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The stakeholder an edit was about.
async fn apply(
    state: &AppState,
    workshop: WorkshopId,
    actor: crate::workshops::Bearer,
    id: app::domain::EditId,
    change: Change,
) -> Result<StakeholderId, ApiError> {
    match edits::apply(state, workshop, actor, id, change).await? {
        Target::Stakeholder(sid) => Ok(sid),
        Target::Relationship(_)
        | Target::Merge(_)
        | Target::Timer
        | Target::Sharing
        | Target::Rounds
        | Target::Baseline(_) => Err(reused_key()),
    }
}

async fn view(
    state: &AppState,
    workshop: WorkshopId,
    sid: StakeholderId,
) -> Result<StakeholderView, ApiError> {
    state
        .workshops
        .read(workshop, |w, _| {
            w.stakeholder(sid).map(StakeholderView::from)
        })?
        .ok_or_else(|| DomainError::UnknownStakeholder.into())
}

fn stakeholder_id(raw: &str) -> Result<StakeholderId, ApiError> {
    raw.parse()
        .map_err(|_| DomainError::UnknownStakeholder.into())
}
