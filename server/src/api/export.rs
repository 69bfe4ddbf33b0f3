//! Analysts' files — `GET /api/v1/workshops/{id}/export/{file}` for every
//! [`ExportFile`] (`workshop.xlsx`, `stakeholders.csv`, …), with query `group`, `combined`,
//! `lang`, `at` (a moment of the history) and, for plain links, a single-use `ticket`. The moderator's and analysts' keys only (the role
//! table's "export"): the files hold every group's entries. The writers are `app::export`'s pure functions and, for the workbook,
//! `crate::workbook`; this reads the query, copies the workshop out of its lock and writes
//! off the async workers.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use app::chart::Scope;
use app::domain::{Action, Moment, Workshop};
use app::export::{ExportError, ExportFile, ExportOptions, export};
use app::wire::ErrorCode;

use super::ApiError;
use super::contract::{Errors, ExportAnswer};
use super::extract::workshop_id;
use super::paths::{ApiPath, ExportPath};
use super::query;
use crate::AppState;
use crate::workbook::{WorkbookError, workbook};

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// One group's entries; every group's when absent.
    #[param(value_type = Option<uuid::Uuid>)]
    group: Option<String>,
    /// The headers' and labels' language; the workshop's when absent.
    #[param(value_type = Option<app::domain::Language>)]
    lang: Option<String>,
    /// The combined map instead of the groups' entries.
    #[param(value_type = Option<bool>)]
    combined: Option<String>,
    /// The files as of a moment: a sequence number (`120`: after the first 120 edits),
    /// `round:<n>`, or `now` (the default).
    at: Option<String>,
    /// A single-use download ticket (`POST …/tickets`), for plain links.
    ticket: Option<String>,
}

/// The query's `at=`.
fn moment(q: &ExportQuery) -> Result<Moment, ApiError> {
    let raw = q.at.as_deref().unwrap_or_default();
    Moment::parse_at(raw).ok_or_else(|| {
        query::invalid(format!(
            "at {raw:?} is not a sequence number (120), round:<n> or now"
        ))
    })
}

/// Reads the query against the workshop.
fn options(w: &Workshop, q: &ExportQuery) -> Result<ExportOptions, ApiError> {
    Ok(ExportOptions {
        lang: query::lang(w, q.lang.as_deref())?,
        scope: query::scope(w, q.group.as_deref(), q.combined.as_deref())?,
    })
}

/// The name the browser saves the file under: which map it is, then the file's own name.
fn file_name(w: &Workshop, file: ExportFile, options: &ExportOptions, at: Moment) -> String {
    let when = at.file_prefix();
    if !file.takes_options() {
        return format!("stakemap-{when}{}", file.name());
    }
    let which = match options.scope {
        Scope::Combined => "combined-".to_owned(),
        Scope::Group(g) => {
            let n = w.groups().iter().position(|x| x.id() == g).unwrap_or(0) + 1;
            format!("group-{n}-")
        }
        Scope::AllGroups => String::new(),
    };
    format!("stakemap-{when}{which}{}", file.name())
}

/// An analysts' file.
///
/// The moderator's and analysts' keys only: the files hold every group's entries.
#[utoipa::path(
    get,
    path = "/workshops/{id}/export/{file}",
    operation_id = "export_file",
    tag = "files",
    params(ExportPath, ExportQuery),
    security(("key" = []), ()),
    responses(ExportAnswer, Errors)
)]
pub async fn file(
    State(state): State<AppState>,
    ApiPath(ExportPath { id, file: name }): ApiPath<ExportPath>,
    headers: HeaderMap,
    query: Result<Query<ExportQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    let file = ExportFile::from_name(&name).ok_or_else(|| {
        let known: Vec<_> = ExportFile::ALL.iter().map(|f| f.name()).collect();
        ApiError::new(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            format!("no export {name:?}; the files are {}", known.join(", ")),
        )
    })?;
    let Query(query) = query.map_err(|e| query::invalid(e.body_text()))?;
    let caller = query::caller(&state, id, &headers, query.ticket.as_deref())?;
    // A copy, so that writing a big workshop's files never holds up its writers.
    let (workshop, options) = state.workshops.read(id, |w, _| {
        query::require(&caller, w, Action::Export)?;
        options(w, &query).map(|o| (w.clone(), o))
    })??;
    let at = moment(&query)?;
    let name = file_name(&workshop, file, &options, at);
    let shared = state.clone();
    let body = state
        .heavy
        .run("file", move || {
            // An earlier moment is read here: a sequence number replays the stored log.
            let workshop = query::at(&shared, workshop, at)?;
            let written = match file {
                // The workbook's writer is the server's own (`crate::workbook`).
                ExportFile::Workbook => workbook(&workshop, &options),
                file => export(&workshop, file, &options).map_err(WorkbookError::from),
            };
            written.map_err(|e| match e {
                WorkbookError::Export(ExportError::UnknownGroup) => {
                    ApiError::not_found("the group")
                }
                e => failed(&e),
            })
        })
        .await?;
    Ok((
        [
            (CONTENT_TYPE, file.content_type().to_owned()),
            (CACHE_CONTROL, "no-store".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response())
}

fn failed(e: &dyn std::fmt::Display) -> ApiError {
    tracing::error!(error = %e, "an export could not be written");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::Internal,
        "the file could not be written; try again",
    )
}
