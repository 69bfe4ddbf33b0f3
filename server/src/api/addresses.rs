//! Where tablets reach this server, for the home page on the server's own machine.

use axum::Json;
use axum::extract::State;

use app::wire::ServerAddresses;

use super::ApiError;
use super::contract::Errors;
use super::extract::FromThisMachine;
use crate::AppState;

/// The addresses tablets on this machine's networks can open, for its own browser.
///
/// One per interface address; asked from another machine, 403. A server not yet listening (a
/// test's router) has none.
#[utoipa::path(
    get,
    path = "/server/addresses",
    operation_id = "server_addresses",
    tag = "server",
    responses((status = 200, description = "The addresses tablets can open, each with its interface.", body = ServerAddresses), Errors)
)]
pub async fn addresses(
    State(state): State<AppState>,
    _: FromThisMachine,
) -> Result<Json<ServerAddresses>, ApiError> {
    Ok(Json(of(&state)))
}

/// Where this server is reached (`GET /server/addresses`, and the home page on its machine).
pub(crate) fn of(state: &AppState) -> ServerAddresses {
    let Some(reach) = state.reach.get() else {
        return ServerAddresses::default();
    };
    ServerAddresses {
        addresses: reach.addresses(),
        local_only: !reach.reachable_from_others(),
    }
}
