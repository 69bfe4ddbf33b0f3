//! The moderator's hold on who may see and do what: analyst and viewer links (`…/keys`),
//! join codes that close or change and the tablets that joined (`…/groups/{gid}…`,
//! `…/devices`), and sharing the maps with the groups (`…/sharing`, an edit on the write
//! path). Every route here is the role table's "manage": the moderator's key only.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use app::domain::{Action, Change, DeviceId, GroupId, KeyId, Role, Target, WorkshopId};
use app::wire::{
    DeviceView, Joining, KeyRole, KeyView, NewCode, NewKey, SetJoining, Sharing, Ticket,
};

use super::ApiError;
use super::contract::Errors;
use super::edits::{self, reused_key};
use super::extract::{ApiJson, Bearer as Secret, EditKey, workshop_id};
use super::paths::{ApiPath, DevicePath, GroupPath, KeyPath, WorkshopPath};
use crate::AppState;
use crate::store::{Grant, GrantId};
use crate::workshops::Bearer;

/// The workshop, checked to exist, and its moderator.
fn moderator(state: &AppState, id: &str, secret: &str) -> Result<(WorkshopId, Bearer), ApiError> {
    let id = workshop_id(id)?;
    let caller = state.workshops.authorize(id, secret)?;
    state
        .workshops
        .read(id, |w, _| super::query::require(&caller, w, Action::Manage))??;
    Ok((id, caller))
}

/// A group of the workshop, from the path.
fn group(state: &AppState, id: WorkshopId, raw: &str) -> Result<GroupId, ApiError> {
    state
        .workshops
        .read(id, |w, _| super::query::group(w, Some(raw)))??
        .ok_or_else(|| ApiError::not_found("the group"))
}

fn key_view(grant: &Grant, key: Option<String>) -> Option<KeyView> {
    let GrantId::Key(id) = grant.id else {
        return None;
    };
    Some(KeyView {
        id,
        role: KeyRole::of(grant.role)?,
        label: grant.label.clone(),
        created: grant.created_ms,
        key,
    })
}

/// Makes an analyst's or viewer's link; its key is in this answer only.
#[utoipa::path(
    post,
    path = "/workshops/{id}/keys",
    operation_id = "add_key",
    tag = "access",
    params(WorkshopPath),
    request_body = NewKey,
    security(("key" = [])),
    responses((status = 201, description = "The link, with its key.", body = KeyView), Errors)
)]
pub async fn add_key(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Secret(secret): Secret,
    ApiJson(body): ApiJson<NewKey>,
) -> Result<(StatusCode, Json<KeyView>), ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let label = app::domain::key_label(&body.label)?;
    let made_key = state.workshops.add_key(id, body.role.role(), label).await?;
    tracing::info!(workshop = %id, role = body.role.role().name(), "link made");
    // Made as asked: its role is the one the body named.
    let view = KeyView {
        id: made_key.id,
        role: body.role,
        label: made_key.grant.label,
        created: made_key.grant.created_ms,
        key: Some(made_key.key),
    };
    Ok((StatusCode::CREATED, Json(view)))
}

/// The links the moderator made, without their keys.
#[utoipa::path(
    get,
    path = "/workshops/{id}/keys",
    operation_id = "list_keys",
    tag = "access",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 200, description = "The links.", body = Vec<KeyView>), Errors)
)]
pub async fn keys(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Secret(secret): Secret,
) -> Result<Json<Vec<KeyView>>, ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let grants = state.workshops.grants(id).await?;
    Ok(Json(
        grants
            .iter()
            .filter_map(|(g, _)| key_view(g, None))
            .collect(),
    ))
}

/// Takes a link back: its key stops working, its live views end.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/keys/{key}",
    operation_id = "revoke_key",
    tag = "access",
    params(KeyPath),
    security(("key" = [])),
    responses((status = 204, description = "The link no longer works."), Errors)
)]
pub async fn revoke_key(
    State(state): State<AppState>,
    ApiPath(KeyPath { id, key }): ApiPath<KeyPath>,
    Secret(secret): Secret,
) -> Result<StatusCode, ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let key: KeyId = key.parse().map_err(|_| ApiError::not_found("the link"))?;
    state.workshops.revoke(id, GrantId::Key(key)).await?;
    tracing::info!(workshop = %id, "link taken back");
    Ok(StatusCode::NO_CONTENT)
}

/// The tablets that joined a group.
#[utoipa::path(
    get,
    path = "/workshops/{id}/devices",
    operation_id = "list_devices",
    tag = "access",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 200, description = "The tablets.", body = Vec<DeviceView>), Errors)
)]
pub async fn devices(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Secret(secret): Secret,
) -> Result<Json<Vec<DeviceView>>, ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let grants = state.workshops.grants(id).await?;
    Ok(Json(
        grants
            .iter()
            .filter_map(|(g, last_seen)| match (g.id, g.role) {
                (GrantId::Device(device), Role::Group(group)) => Some(DeviceView {
                    id: device,
                    group_id: group,
                    joined: g.created_ms,
                    last_seen: *last_seen,
                }),
                _ => None,
            })
            .collect(),
    ))
}

/// Disconnects a tablet: its token stops working and its waiting edits are never applied.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/groups/{gid}/devices/{device}",
    operation_id = "disconnect_device",
    tag = "access",
    params(DevicePath),
    security(("key" = [])),
    responses((status = 204, description = "The tablet is disconnected."), Errors)
)]
pub async fn disconnect(
    State(state): State<AppState>,
    ApiPath(DevicePath { id, gid, device }): ApiPath<DevicePath>,
    Secret(secret): Secret,
) -> Result<StatusCode, ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let gid = group(&state, id, &gid)?;
    let device: DeviceId = device
        .parse()
        .map_err(|_| ApiError::not_found("the tablet"))?;
    let in_group = state
        .workshops
        .grants(id)
        .await?
        .iter()
        .any(|(g, _)| g.id == GrantId::Device(device) && g.role == Role::Group(gid));
    if !in_group {
        return Err(ApiError::not_found("the tablet"));
    }
    state.workshops.revoke(id, GrantId::Device(device)).await?;
    tracing::info!(workshop = %id, "tablet disconnected");
    Ok(StatusCode::NO_CONTENT)
}

/// Opens or closes joining with a group's code.
#[utoipa::path(
    patch,
    path = "/workshops/{id}/groups/{gid}",
    operation_id = "set_joining",
    tag = "access",
    params(GroupPath),
    request_body = SetJoining,
    security(("key" = [])),
    responses((status = 200, description = "Whether the code lets tablets in now.", body = SetJoining), Errors)
)]
pub async fn set_joining(
    State(state): State<AppState>,
    ApiPath(GroupPath { id, gid }): ApiPath<GroupPath>,
    Secret(secret): Secret,
    ApiJson(body): ApiJson<SetJoining>,
) -> Result<Json<SetJoining>, ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let gid = group(&state, id, &gid)?;
    state
        .workshops
        .set_joining(id, gid, body.joining.is_open())
        .await?;
    Ok(Json(body))
}

/// Gives a group a new join code; the old one stops working.
#[utoipa::path(
    post,
    path = "/workshops/{id}/groups/{gid}/code",
    operation_id = "new_code",
    tag = "access",
    params(GroupPath),
    security(("key" = [])),
    responses((status = 200, description = "The new code.", body = NewCode), Errors)
)]
pub async fn new_code(
    State(state): State<AppState>,
    ApiPath(GroupPath { id, gid }): ApiPath<GroupPath>,
    Secret(secret): Secret,
) -> Result<Json<NewCode>, ApiError> {
    let (id, _) = moderator(&state, &id, &secret)?;
    let gid = group(&state, id, &gid)?;
    let code = state.workshops.new_code(id, gid).await?;
    let open = state.workshops.read(id, |_, codes| {
        codes.iter().any(|c| c.group == gid && c.open)
    })?;
    Ok(Json(NewCode {
        group_id: gid,
        join_code: code.to_string(),
        joining: Joining::of(open),
    }))
}

/// A single-use ticket for one plain link (`?ticket=`), for any key of the workshop.
#[utoipa::path(
    post,
    path = "/workshops/{id}/tickets",
    operation_id = "new_ticket",
    tag = "access",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 201, description = "The ticket, for `?ticket=` on one picture or file link.", body = Ticket), Errors)
)]
pub async fn ticket(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Secret(secret): Secret,
) -> Result<(StatusCode, Json<Ticket>), ApiError> {
    let id = workshop_id(&id)?;
    let caller = state.workshops.authorize(id, &secret)?;
    let ticket = state
        .tickets
        .issue(id, &caller)
        .map_err(crate::workshops::ServiceError::from)?;
    Ok((
        StatusCode::CREATED,
        Json(Ticket {
            ticket,
            expires_in: crate::tickets::LIFETIME.as_secs(),
        }),
    ))
}

/// Shares every map with the groups (read-only), or stops.
///
/// One edit on the write path, so every device follows it live.
#[utoipa::path(
    put,
    path = "/workshops/{id}/sharing",
    operation_id = "share_maps",
    tag = "access",
    params(WorkshopPath, EditKey),
    request_body = Sharing,
    security(("key" = [])),
    responses((status = 200, description = "Whether the groups see every map, as of `seq`.", body = Sharing), Errors)
)]
pub async fn share(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Secret(secret): Secret,
    EditKey(edit_id): EditKey,
    ApiJson(body): ApiJson<Sharing>,
) -> Result<Json<Sharing>, ApiError> {
    let (id, caller) = moderator(&state, &id, &secret)?;
    let change = Change::ShareMaps {
        with_groups: body.with_groups,
    };
    match edits::apply(&state, id, caller, edit_id, change).await? {
        Target::Sharing => {}
        _ => return Err(reused_key()),
    }
    let seq = state.workshops.read(id, |w, _| w.seq())?;
    Ok(Json(Sharing {
        with_groups: body.with_groups,
        seq: Some(seq),
    }))
}
