//! The moderator's calls about who may see and do what — links, join codes, tablets, sharing —
//! and the download tickets every page's links use.

use super::{ApiFailure, Method, send};
use crate::domain::{DeviceId, GroupId, KeyId, WorkshopId};
use crate::wire::{
    DeviceView, Joining, KeyRole, KeyView, NewCode, NewKey, SetJoining, Sharing, Ticket,
};

/// A single-use ticket for one plain link (a file to save).
pub async fn ticket(id: WorkshopId, key: &str) -> Result<String, ApiFailure> {
    let path = format!("/workshops/{id}/tickets");
    let ticket: Ticket = send::<(), _>(Method::Post, &path, Some(key), None).await?;
    Ok(ticket.ticket)
}

pub async fn keys(id: WorkshopId, key: &str) -> Result<Vec<KeyView>, ApiFailure> {
    let path = format!("/workshops/{id}/keys");
    send::<(), _>(Method::Get, &path, Some(key), None).await
}

/// A new analyst's or viewer's link; its key is in the answer, this once.
pub async fn add_key(
    id: WorkshopId,
    key: &str,
    role: KeyRole,
    label: String,
) -> Result<KeyView, ApiFailure> {
    let path = format!("/workshops/{id}/keys");
    send(
        Method::Post,
        &path,
        Some(key),
        Some(&NewKey { role, label }),
    )
    .await
}

pub async fn revoke_key(id: WorkshopId, key: &str, link: KeyId) -> Result<(), ApiFailure> {
    let path = format!("/workshops/{id}/keys/{link}");
    send::<(), _>(Method::Delete, &path, Some(key), None).await
}

pub async fn devices(id: WorkshopId, key: &str) -> Result<Vec<DeviceView>, ApiFailure> {
    let path = format!("/workshops/{id}/devices");
    send::<(), _>(Method::Get, &path, Some(key), None).await
}

pub async fn disconnect(
    id: WorkshopId,
    key: &str,
    group: GroupId,
    device: DeviceId,
) -> Result<(), ApiFailure> {
    let path = format!("/workshops/{id}/groups/{group}/devices/{device}");
    send::<(), _>(Method::Delete, &path, Some(key), None).await
}

pub async fn set_joining(
    id: WorkshopId,
    key: &str,
    group: GroupId,
    joining: Joining,
) -> Result<SetJoining, ApiFailure> {
    let path = format!("/workshops/{id}/groups/{group}");
    send(
        Method::Patch,
        &path,
        Some(key),
        Some(&SetJoining { joining }),
    )
    .await
}

pub async fn new_code(id: WorkshopId, key: &str, group: GroupId) -> Result<NewCode, ApiFailure> {
    let path = format!("/workshops/{id}/groups/{group}/code");
    send::<(), _>(Method::Post, &path, Some(key), None).await
}

pub async fn share(id: WorkshopId, key: &str, with_groups: bool) -> Result<Sharing, ApiFailure> {
    let path = format!("/workshops/{id}/sharing");
    let body = Sharing {
        with_groups,
        seq: None,
    };
    send(Method::Put, &path, Some(key), Some(&body)).await
}
