//! `/api/v1`: thin handlers that parse, authorise, and hand edits to [`crate::workshops`].
//! The reference for scripts is `docs/API.md`.

mod access;
pub(crate) mod addresses;
mod baselines;
mod contract;
mod edits;
mod error;
mod export;
pub(crate) mod extract;
pub mod health;
mod history;
mod import;
mod join;
mod live;
mod merges;
mod paths;
mod picture_files;
mod picture_query;
mod pictures;
mod query;
mod relationships;
mod rounds;
mod stakeholders;
mod timer;
mod workshops;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use utoipa::OpenApi;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

use app::wire::ErrorCode;

pub use error::ApiError;
pub use extract::workshop_id;

use crate::AppState;

/// Bodies over this are refused with 413 before they are read whole.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// Every route with its operation in the contract: a route joins only through `routes!`, so
/// the router and `openapi.json` cannot disagree.
fn routes() -> OpenApiRouter<AppState> {
    use picture_files as p;
    OpenApiRouter::with_openapi(contract::Document::openapi())
        .routes(routes!(workshops::create))
        .routes(routes!(import::workshop).layer(DefaultBodyLimit::max(import::WORKSHOP_LIMIT)))
        .routes(routes!(workshops::read))
        .routes(
            routes!(import::stakeholders).layer(DefaultBodyLimit::max(import::STAKEHOLDERS_LIMIT)),
        )
        .routes(routes!(import::template))
        .routes(routes!(stakeholders::add))
        .routes(routes!(stakeholders::update, stakeholders::delete))
        .routes(routes!(relationships::add))
        .routes(routes!(relationships::update, relationships::delete))
        .routes(routes!(merges::combined))
        .routes(routes!(merges::add))
        .routes(routes!(merges::delete))
        .routes(routes!(timer::start, timer::stop))
        .routes(routes!(rounds::close, rounds::list))
        .routes(routes!(rounds::read))
        .routes(routes!(history::history))
        .routes(
            routes!(baselines::attach, baselines::list)
                .layer(DefaultBodyLimit::max(import::WORKSHOP_LIMIT)),
        )
        .routes(routes!(baselines::matches))
        .routes(routes!(baselines::detach))
        .routes(routes!(baselines::comparison))
        .routes(routes!(live::upgrade))
        .routes(routes!(pictures::measures))
        .routes(routes!(p::grid_svg))
        .routes(routes!(p::grid_png))
        .routes(routes!(p::graph_svg))
        .routes(routes!(p::graph_png))
        .routes(routes!(p::contested_svg))
        .routes(routes!(p::contested_png))
        .routes(routes!(export::file))
        .routes(routes!(access::add_key, access::keys))
        .routes(routes!(access::revoke_key))
        .routes(routes!(access::devices))
        .routes(routes!(access::set_joining))
        .routes(routes!(access::new_code))
        .routes(routes!(access::disconnect))
        .routes(routes!(access::share))
        .routes(routes!(access::ticket))
        .routes(routes!(join::join))
        .routes(routes!(workshops::demo))
        .routes(routes!(workshops::reset_demo))
        .routes(routes!(addresses::addresses))
        .routes(routes!(contract::openapi))
}

pub fn router(state: AppState) -> Router {
    let (routes, mut document) = routes().split_for_parts();
    contract::state_limits(&mut document);
    let written = document
        .to_json()
        .inspect_err(|e| tracing::error!(error = %e, "the OpenAPI document could not be written"))
        .ok()
        .map(Arc::from);
    routes
        .layer(axum::Extension(contract::Written(written)))
        .fallback(|| async {
            ApiError::new(
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                "no such API route",
            )
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                ErrorCode::MethodNotAllowed,
                "this route does not take that method",
            )
        })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}
