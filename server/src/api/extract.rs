//! Extractors that turn a request into what handlers need, or into an [`ApiError`].

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use utoipa::openapi::Required;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};

use super::ApiError;
use crate::AppState;
use app::domain::{EditId, WorkshopId};
use app::wire::ErrorCode;
use axum::http::StatusCode;

/// A JSON body whose every failure is an [`ApiError`] (400 malformed, 422 invalid, 413 large).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let axum::Json(value) = axum::Json::<T>::from_request(req, state).await?;
        Ok(Self(value))
    }
}

/// The secret from `Authorization: Bearer …`.
pub struct Bearer(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        bearer(&parts.headers)
            .map(Bearer)
            .ok_or_else(ApiError::unauthorized)
    }
}

/// The secret in an `Authorization: Bearer …` header, if there is one.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|v| v.trim().to_owned())
        .filter(|b| !b.is_empty())
}

/// The edit id: the client's `Idempotency-Key` when it sends one, else a fresh one.
pub struct EditKey(pub EditId);

impl<S: Send + Sync> FromRequestParts<S> for EditKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let id = match parts.headers.get("idempotency-key") {
            // A header that is not visible ASCII fails the same check as any bad id.
            Some(value) => EditId::parse(value.to_str().unwrap_or_default())?,
            None => crate::secrets::new_edit_id(),
        };
        Ok(Self(id))
    }
}

/// The contract's account of `Idempotency-Key`, from the rule [`EditId::parse`] keeps.
impl utoipa::IntoParams for EditKey {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let schema = ObjectBuilder::new()
            .schema_type(Type::String)
            .min_length(Some(1))
            .max_length(Some(EditId::MAX_LEN))
            .pattern(Some("^[!-~]+$"));
        vec![
            ParameterBuilder::new()
                .name("Idempotency-Key")
                .parameter_in(ParameterIn::Header)
                .required(Required::False)
                .description(Some(
                    "The edit's id, so that sending it again (after a lost answer) does not \
                     apply it twice; a fresh one when absent.",
                ))
                .schema(Some(schema))
                .build(),
        ]
    }
}

/// The client's address for rate limits; loopback when the server runs without a socket.
/// Behind a trusted reverse proxy (`--trusted-proxy`), the address the proxy says it took the
/// request from: the last one in `X-Forwarded-For`, which that proxy appended (earlier ones
/// are the client's word).
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = peer(parts, state)
            .await
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        if !state.limits.trusted_proxies.contains(&peer) {
            return Ok(Self(peer));
        }
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|last| last.trim().parse().ok());
        Ok(Self(forwarded.unwrap_or(peer)))
    }
}

/// The address the request came from, when the server knows it (`ConnectInfo`, or the tests'
/// `MockConnectInfo`).
async fn peer<S: Send + Sync>(parts: &mut Parts, state: &S) -> Option<IpAddr> {
    ConnectInfo::<SocketAddr>::from_request_parts(parts, state)
        .await
        .ok()
        .map(|ConnectInfo(addr)| addr.ip())
}

/// Whether a request comes from the server's own machine: a loopback address that no reverse
/// proxy passed on (`Forwarded`, `X-Forwarded-For`, `X-Real-IP`) — behind a proxy on the same
/// machine every request arrives from loopback. An unknown address is not this machine.
async fn this_machine<S: Send + Sync>(parts: &mut Parts, state: &S) -> bool {
    let proxied = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|h| parts.headers.contains_key(*h));
    !proxied && peer(parts, state).await.is_some_and(|ip| ip.is_loopback())
}

/// Leave to create or import a workshop: the admin key when the server has one, else a
/// request from this machine (the moderator's own laptop).
pub struct MayCreate;

impl FromRequestParts<AppState> for MayCreate {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match state.admin_key {
            Some(expected) => {
                let given = bearer(&parts.headers).map(|k| crate::secrets::hash(&k));
                // Hashes compared, so the time taken says nothing about the key.
                if given == Some(expected) {
                    Ok(Self)
                } else {
                    Err(ApiError::new(
                        StatusCode::UNAUTHORIZED,
                        ErrorCode::AdminKey,
                        "creating a workshop on this server needs its admin key as `Authorization: Bearer <admin key>`",
                    ))
                }
            }
            None => {
                if this_machine(parts, state).await {
                    Ok(Self)
                } else {
                    Err(ApiError::new(
                        StatusCode::FORBIDDEN,
                        ErrorCode::AdminKey,
                        "this server creates workshops only from its own machine; start it with --admin-key (or STAKEMAP_ADMIN_KEY) to allow others who hold that key",
                    ))
                }
            }
        }
    }
}

/// A request from the server's own machine (a loopback address, not passed on by a reverse
/// proxy on it): what the moderator's laptop may see that tablets need not.
pub struct FromThisMachine;

impl<S: Send + Sync> FromRequestParts<S> for FromThisMachine {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        if this_machine(parts, state).await {
            Ok(Self)
        } else {
            Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                "only the server's own machine is told its addresses; open the home page there",
            ))
        }
    }
}

/// Parses an id from the path; an id that cannot exist is simply not found.
pub fn workshop_id(raw: &str) -> Result<WorkshopId, ApiError> {
    raw.parse().map_err(|_| ApiError::not_found("the workshop"))
}
