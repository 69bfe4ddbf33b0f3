//! `/api/v1`: thin handlers that parse, authorise, and hand edits to [`crate::workshops`].
//! The reference for scripts is `docs/API.md`.

mod access;
mod edits;
mod error;
mod export;
mod extract;
pub mod health;
mod import;
mod join;
mod live;
mod merges;
mod pictures;
mod query;
mod relationships;
mod stakeholders;
mod timer;
mod workshops;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{delete, get, patch, post, put};

use app::wire::ErrorCode;

pub use error::ApiError;
pub use extract::workshop_id;

use crate::AppState;
use app::files::PictureFile;

/// Bodies over this are refused with 413 before they are read whole.
pub const BODY_LIMIT: usize = 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/workshops", post(workshops::create))
        .route(
            "/workshops/import",
            post(import::workshop).layer(DefaultBodyLimit::max(import::WORKSHOP_LIMIT)),
        )
        .route("/workshops/{id}", get(workshops::read))
        .route(
            "/workshops/{id}/groups/{gid}/import",
            post(import::stakeholders).layer(DefaultBodyLimit::max(import::STAKEHOLDERS_LIMIT)),
        )
        .route("/workshops/{id}/template/{file}", get(import::template))
        .route("/workshops/{id}/stakeholders", post(stakeholders::add))
        .route(
            "/workshops/{id}/stakeholders/{sid}",
            patch(stakeholders::update).delete(stakeholders::delete),
        )
        .route("/workshops/{id}/relationships", post(relationships::add))
        .route(
            "/workshops/{id}/relationships/{rid}",
            patch(relationships::update).delete(relationships::delete),
        )
        .route("/workshops/{id}/combined", get(merges::combined))
        .route("/workshops/{id}/merges", post(merges::add))
        .route("/workshops/{id}/merges/{mid}", delete(merges::delete))
        .route(
            "/workshops/{id}/timer",
            post(timer::start).delete(timer::stop),
        )
        .route("/workshops/{id}/live", get(live::upgrade))
        .route("/workshops/{id}/measures", get(pictures::measures))
        .route("/workshops/{id}/export/{file}", get(export::file))
        .route(
            "/workshops/{id}/keys",
            post(access::add_key).get(access::keys),
        )
        .route("/workshops/{id}/keys/{key}", delete(access::revoke_key))
        .route("/workshops/{id}/devices", get(access::devices))
        .route("/workshops/{id}/groups/{gid}", patch(access::set_joining))
        .route("/workshops/{id}/groups/{gid}/code", post(access::new_code))
        .route(
            "/workshops/{id}/groups/{gid}/devices/{device}",
            delete(access::disconnect),
        )
        .route("/workshops/{id}/sharing", put(access::share))
        .route("/workshops/{id}/tickets", post(access::ticket))
        .route("/join", post(join::join))
        .route("/demo", get(workshops::demo))
        .route("/demo/reset", post(workshops::reset_demo));
    // The pictures: `grid.svg`, `graph.png`, … — every picture in every format.
    PictureFile::all()
        .fold(routes, |routes, file| {
            let path = format!("/workshops/{{id}}/{}", file.name());
            routes.route(&path, pictures::file(file))
        })
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
