//! Adding, changing and deleting relationships: each request becomes one edit on the write
//! path, like stakeholders.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::{
    Change, DomainError, EditId, RelationshipId, RelationshipPatch, Target, WorkshopId,
};
use app::wire::{NewRelationship, RelationshipView};

use super::ApiError;
use super::contract::Errors;
use super::edits::{self, reused_key};
use super::extract::{ApiJson, Bearer, EditKey, workshop_id};
use super::paths::{ApiPath, RelationshipPath, WorkshopPath};
use crate::AppState;

/// Adds a relationship between two stakeholders of one group.
#[utoipa::path(
    post,
    path = "/workshops/{id}/relationships",
    operation_id = "add_relationship",
    tag = "relationships",
    params(WorkshopPath, EditKey),
    request_body = NewRelationship,
    security(("key" = [])),
    responses((status = 201, description = "The relationship.", body = RelationshipView), Errors)
)]
pub async fn add(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(body): ApiJson<NewRelationship>,
) -> Result<(StatusCode, Json<RelationshipView>), ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let rid = body.id.unwrap_or_else(crate::secrets::new_relationship_id);
    let change = Change::AddRelationship {
        id: rid,
        fields: body.fields,
    };
    let target = apply(&state, id, actor, edit_id, change).await?;
    Ok((StatusCode::CREATED, Json(view(&state, id, target)?)))
}

/// Changes some of a relationship's fields; its ends stay.
#[utoipa::path(
    patch,
    path = "/workshops/{id}/relationships/{rid}",
    operation_id = "update_relationship",
    tag = "relationships",
    params(RelationshipPath, EditKey),
    request_body = RelationshipPatch,
    security(("key" = [])),
    responses((status = 200, description = "The relationship as it is now.", body = RelationshipView), Errors)
)]
pub async fn update(
    State(state): State<AppState>,
    ApiPath(RelationshipPath { id, rid }): ApiPath<RelationshipPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(patch): ApiJson<RelationshipPatch>,
) -> Result<Json<RelationshipView>, ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let rid = relationship_id(&rid)?;
    let change = Change::UpdateRelationship { id: rid, patch };
    let target = apply(&state, id, actor, edit_id, change).await?;
    Ok(Json(view(&state, id, target)?))
}

/// Deletes a relationship.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/relationships/{rid}",
    operation_id = "delete_relationship",
    tag = "relationships",
    params(RelationshipPath, EditKey),
    security(("key" = [])),
    responses((status = 204, description = "The relationship is gone."), Errors)
)]
pub async fn delete(
    State(state): State<AppState>,
    ApiPath(RelationshipPath { id, rid }): ApiPath<RelationshipPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
) -> Result<StatusCode, ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let rid = relationship_id(&rid)?;
    apply(
        &state,
        id,
        actor,
        edit_id,
        Change::DeleteRelationship { id: rid },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The relationship an edit was about.
async fn apply(
    state: &AppState,
    workshop: WorkshopId,
    actor: crate::workshops::Bearer,
    id: EditId,
    change: Change,
) -> Result<RelationshipId, ApiError> {
    match edits::apply(state, workshop, actor, id, change).await? {
        Target::Relationship(rid) => Ok(rid),
        Target::Stakeholder(_)
        | Target::Merge(_)
        | Target::Timer
        | Target::Sharing
        | Target::Rounds
        | Target::Baseline(_) => Err(reused_key()),
    }
}

fn view(
    state: &AppState,
    workshop: WorkshopId,
    rid: RelationshipId,
) -> Result<RelationshipView, ApiError> {
    state
        .workshops
        .read(workshop, |w, _| {
            w.relationship(rid).map(RelationshipView::from)
        })?
        .ok_or_else(|| DomainError::UnknownRelationship.into())
}

fn relationship_id(raw: &str) -> Result<RelationshipId, ApiError> {
    raw.parse()
        .map_err(|_| DomainError::UnknownRelationship.into())
}
