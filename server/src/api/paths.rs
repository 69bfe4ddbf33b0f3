//! The API's path parameters, one type per shape of address. Handlers take them through
//! [`ApiPath`], and the contract describes them from the same types, so an address's
//! parameters cannot differ between the two. Ids stay strings here: an id that cannot exist is
//! simply not found (404), as the handlers decide, never a 400 for its spelling.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use utoipa::IntoParams;

use super::ApiError;

/// A path's parameters; an address whose parts cannot be read (not UTF-8) is not found.
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(Self(value)),
            Err(_) => Err(ApiError::not_found("that address")),
        }
    }
}

/// `/workshops/{id}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct WorkshopPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
}

/// `/workshops/{id}/stakeholders/{sid}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct StakeholderPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The stakeholder's id.
    #[param(value_type = uuid::Uuid)]
    pub sid: String,
}

/// `/workshops/{id}/relationships/{rid}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct RelationshipPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The relationship's id.
    #[param(value_type = uuid::Uuid)]
    pub rid: String,
}

/// `/workshops/{id}/rounds/{number}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct RoundPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The round's number, from 1.
    #[param(value_type = u32, minimum = 1)]
    pub number: String,
}

/// `/workshops/{id}/baselines/{bid}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct BaselinePath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The baseline's id.
    #[param(value_type = uuid::Uuid)]
    pub bid: String,
}

/// `/workshops/{id}/merges/{mid}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct MergePath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The merge's (or rejection's) id.
    #[param(value_type = uuid::Uuid)]
    pub mid: String,
}

/// `/workshops/{id}/keys/{key}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct KeyPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The link's id (as `GET …/keys` lists it), not the key itself.
    #[param(value_type = uuid::Uuid)]
    pub key: String,
}

/// `/workshops/{id}/groups/{gid}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct GroupPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The group's id.
    #[param(value_type = uuid::Uuid)]
    pub gid: String,
}

/// `/workshops/{id}/groups/{gid}/devices/{device}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct DevicePath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// The group's id.
    #[param(value_type = uuid::Uuid)]
    pub gid: String,
    /// The tablet's id (as `GET …/devices` lists it).
    #[param(value_type = uuid::Uuid)]
    pub device: String,
}

/// `/workshops/{id}/export/{file}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct ExportPath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// Which file.
    #[param(value_type = app::files::ExportFile)]
    pub file: String,
}

/// `/workshops/{id}/template/{file}`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct TemplatePath {
    /// The workshop's id.
    #[param(value_type = uuid::Uuid)]
    pub id: String,
    /// Which template.
    #[param(value_type = app::files::TemplateFile)]
    pub file: String,
}
