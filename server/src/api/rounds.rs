//! Rounds: `POST …/rounds` closes one (the moderator's edit, on the write path: the maps as
//! they are now stay in the log under its name), `GET …/rounds` lists them.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::{Change, Moment, Target, Workshop};
use app::wire::{NewRound, RoundView};

use super::ApiError;
use super::contract::Errors;
use super::edits::{self, reused_key};
use super::extract::{ApiJson, Bearer, EditKey, workshop_id};
use super::paths::{ApiPath, RoundPath, WorkshopPath};
use crate::AppState;

/// Closes a round: the maps as they are now are kept under its name.
///
/// An empty name reads as "Round N" in the reader's language; the groups go on editing in the
/// next round.
#[utoipa::path(
    post,
    path = "/workshops/{id}/rounds",
    operation_id = "close_round",
    tag = "rounds",
    params(WorkshopPath, EditKey),
    request_body = NewRound,
    security(("key" = [])),
    responses((status = 201, description = "The round just closed.", body = RoundView), Errors)
)]
pub async fn close(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    ApiJson(body): ApiJson<NewRound>,
) -> Result<(StatusCode, Json<RoundView>), ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let change = Change::CloseRound { name: body.name };
    let applied = edits::apply_at(&state, id, actor, edit_id, change).await?;
    if applied.target != Target::Rounds {
        return Err(reused_key());
    }
    // The round this edit closed keeps the maps from just before it.
    let kept = applied.seq - 1;
    let round = state.workshops.read(id, |w, _| {
        RoundView::all(w).into_iter().find(|r| r.seq == kept)
    })?;
    round
        .map(|r| (StatusCode::CREATED, Json(r)))
        .ok_or_else(|| ApiError::not_found("the round"))
}

/// The closed rounds, in order.
#[utoipa::path(
    get,
    path = "/workshops/{id}/rounds",
    operation_id = "rounds",
    tag = "rounds",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 200, description = "The rounds, from round 1.", body = Vec<RoundView>), Errors)
)]
pub async fn list(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
) -> Result<Json<Vec<RoundView>>, ApiError> {
    let id = workshop_id(&id)?;
    state.workshops.authorize(id, &secret)?;
    Ok(Json(state.workshops.read(id, |w, _| RoundView::all(w))?))
}

/// The maps as a round kept them.
///
/// The workshop as its live feed sends it, at that round, as the key may see it (the maps
/// shared or not as they are now): what a browser draws a comparison from.
#[utoipa::path(
    get,
    path = "/workshops/{id}/rounds/{number}",
    operation_id = "read_round",
    tag = "rounds",
    params(RoundPath),
    security(("key" = [])),
    responses((status = 200, description = "The workshop at that round.", body = Workshop), Errors)
)]
pub async fn read(
    State(state): State<AppState>,
    ApiPath(RoundPath { id, number }): ApiPath<RoundPath>,
    Bearer(secret): Bearer,
) -> Result<Json<Workshop>, ApiError> {
    let id = workshop_id(&id)?;
    let role = state.workshops.authorize(id, &secret)?.role;
    let number = number
        .parse::<usize>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| ApiError::not_found("the round"))?;
    let kept = state
        .workshops
        .at(id, Moment::Round(number))
        .map_err(|_| ApiError::not_found("the round"))?;
    let shared = state.workshops.read(id, |w, _| w.maps_shared())?;
    Ok(Json(kept.seen_as(role, shared).into_owned()))
}
