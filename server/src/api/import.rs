//! Files coming back in. `POST /workshops/import` restores a `workshop.json` as a new
//! workshop (new keys and join codes); `POST /workshops/{id}/groups/{gid}/import` adds a
//! group's stakeholders from a CSV or spreadsheet; `GET /workshops/{id}/template/{file}`
//! hands out the file to fill in. The bytes are read and checked by `app::import` off the
//! async workers; what they hold reaches a workshop only as edits through
//! `Workshops::apply_all` — all of them, or, when anything is wrong, none.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use app::domain::{Change, GroupId};
use app::export::WorkshopFile;
use app::files::TemplateFile;
use app::import::{ImportError, read_stakeholders, read_workshop, template_csv};
use app::wire::{CreatedWorkshop, ErrorCode, FileProblem, ImportedStakeholders};

use super::contract::{Errors, FileBytes, TemplateAnswer};
use super::extract::workshop_id;
use super::paths::{ApiPath, GroupPath, TemplatePath};
use super::{ApiError, query};
use crate::AppState;
use crate::secrets;
use crate::workbook::template_xlsx;

/// The largest `workshop.json`: a workshop of 5,000 stakeholders and 20,000 relationships
/// is about 9 MiB.
pub const WORKSHOP_LIMIT: usize = 32 * 1024 * 1024;
/// The largest stakeholders file.
pub const STAKEHOLDERS_LIMIT: usize = 2 * 1024 * 1024;

pub(super) fn body(body: Result<Bytes, BytesRejection>, limit: usize) -> Result<Bytes, ApiError> {
    body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::TooLarge,
                format!("the file is over {} MiB", limit / (1024 * 1024)),
            )
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorCode::Malformed,
                rejection.body_text(),
            )
        }
    })
}

impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> Self {
        let status = match e {
            ImportError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        let mut message = e.to_string();
        if let ImportError::Problems(problems) = &e
            && let Some(first) = problems.first()
        {
            message = format!("{message}: {}", place(first));
        }
        let api = ApiError::new(status, e.code(), message);
        match e {
            ImportError::Problems(problems) => api.with_problems(problems),
            ImportError::TooManyRows { max, .. } => api.with_max(max as u64),
            _ => api,
        }
    }
}

/// "line 4, column D (Интерес): …", as a person looks for it.
fn place(p: &FileProblem) -> String {
    let mut at = format!("line {}", p.line);
    if let Some(column) = &p.column {
        at.push_str(&format!(", column {column}"));
    }
    if let Some(header) = &p.header {
        at.push_str(&format!(" ({header})"));
    }
    format!("{at}: {}", p.message)
}

/// Reading a file is heavy work (an XLSX unzips, every row is checked): in the pool.
pub(super) async fn blocking<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce() -> Result<T, ImportError> + Send + 'static,
) -> Result<T, ApiError> {
    state
        .heavy
        .run("import", move || work().map_err(ApiError::from))
        .await
}

/// Restores a `workshop.json` as a new workshop.
///
/// With new keys and join codes; it needs the same leave as creating one.
#[utoipa::path(
    post,
    path = "/workshops/import",
    operation_id = "import_workshop",
    tag = "workshops",
    request_body(content = WorkshopFile, description = "A `workshop.json` (up to 32 MiB)."),
    security((), ("key" = [])),
    responses((status = 201, description = "The new workshop, its moderator key and join codes.", body = CreatedWorkshop), Errors)
)]
pub async fn workshop(
    State(state): State<AppState>,
    _: super::extract::MayCreate,
    bytes: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<CreatedWorkshop>), ApiError> {
    let bytes = body(bytes, WORKSHOP_LIMIT)?;
    let copy = blocking(&state, move || read_workshop(&bytes)).await?;
    let created = state.workshops.import(copy).await?;
    tracing::info!(workshop = %created.id, "workshop imported");
    Ok((StatusCode::CREATED, Json(created)))
}

/// Adds a group's stakeholders from a file.
///
/// A CSV or spreadsheet (up to 2 MiB): all its rows, or, when any is wrong, none.
#[utoipa::path(
    post,
    path = "/workshops/{id}/groups/{gid}/import",
    operation_id = "import_stakeholders",
    tag = "files",
    params(GroupPath),
    request_body(
        description = "The file: CSV (UTF-8, UTF-16 or Windows-1251), XLSX, ODS or XLS.",
        content(
            (FileBytes = "text/csv"),
            (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (FileBytes = "application/vnd.oasis.opendocument.spreadsheet"),
            (FileBytes = "application/vnd.ms-excel"),
            (FileBytes = "application/octet-stream"),
        )
    ),
    security(("key" = [])),
    responses((status = 200, description = "The stakeholders added, in the file's order.", body = ImportedStakeholders), Errors)
)]
pub async fn stakeholders(
    State(state): State<AppState>,
    ApiPath(GroupPath { id, gid }): ApiPath<GroupPath>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Result<Json<ImportedStakeholders>, ApiError> {
    let id = workshop_id(&id)?;
    let caller = query::caller(&state, id, &headers, None)?;
    let actor = caller.actor()?;
    let bytes = body(bytes, STAKEHOLDERS_LIMIT)?;
    let (workshop, group) = state.workshops.read(id, |w, _| {
        query::group(w, Some(&gid)).map(|g| (w.clone(), g))
    })??;
    let group: GroupId = group.ok_or_else(|| ApiError::not_found("the group"))?;
    // Who may add to this group is the domain's rule; asking first spares reading the file.
    if let app::domain::Actor::Group(own) = actor
        && own != group
    {
        return Err(app::domain::DomainError::NotYourGroup.into());
    }
    let read = blocking(&state, move || read_stakeholders(&bytes, &workshop, group)).await?;
    let ids: Vec<_> = read
        .rows
        .iter()
        .map(|_| secrets::new_stakeholder_id())
        .collect();
    let edits = ids
        .iter()
        .zip(read.rows)
        .map(|(sid, fields)| app::domain::Edit {
            id: secrets::new_edit_id(),
            change: Change::AddStakeholder {
                id: *sid,
                group,
                fields,
            },
        })
        .collect();
    state.workshops.apply_all(id, actor, edits).await?;
    tracing::info!(workshop = %id, group = %group, added = ids.len(), "stakeholders imported");
    Ok(Json(ImportedStakeholders {
        added: ids.len(),
        ids,
        warnings: read.warnings,
    }))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TemplateQuery {
    /// The headers' language; the workshop's when absent.
    #[param(value_type = Option<app::domain::Language>)]
    lang: Option<String>,
}

/// The template a group fills in for an import.
///
/// It needs no key: it holds the workshop's vocabulary and nothing the groups entered.
#[utoipa::path(
    get,
    path = "/workshops/{id}/template/{file}",
    operation_id = "template",
    tag = "files",
    params(TemplatePath, TemplateQuery),
    responses(TemplateAnswer, Errors)
)]
pub async fn template(
    State(state): State<AppState>,
    ApiPath(TemplatePath { id, file }): ApiPath<TemplatePath>,
    query: Result<Query<TemplateQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    let Query(q) = query.map_err(|e| query::invalid(e.body_text()))?;
    let (workshop, lang) = state.workshops.read(id, |w, _| {
        query::lang(w, q.lang.as_deref()).map(|l| (w.clone(), l))
    })??;
    let template = TemplateFile::from_name(&file).ok_or_else(|| {
        let known: Vec<_> = TemplateFile::ALL.iter().map(|f| f.name()).collect();
        ApiError::new(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            format!(
                "no template {file:?}; the templates are {}",
                known.join(", ")
            ),
        )
    })?;
    let body = match template {
        TemplateFile::Csv => template_csv(lang),
        TemplateFile::Xlsx => {
            let written = move || {
                template_xlsx(&workshop, lang).map_err(|e| {
                    tracing::error!(error = %e, "the template could not be written");
                    ApiError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        ErrorCode::Internal,
                        "the template could not be written; try again",
                    )
                })
            };
            state.heavy.run("template", written).await?
        }
    };
    Ok((
        [
            (CONTENT_TYPE, template.content_type().to_owned()),
            (CACHE_CONTROL, "no-store".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"stakemap-template-{}\"",
                    template.name()
                ),
            ),
        ],
        body,
    )
        .into_response())
}
