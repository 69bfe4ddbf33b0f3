//! The browser's client for `/api/v1`. One function per call; failures come back as
//! [`ApiFailure`], which knows how to say itself in the user's language.

use fluent_bundle::FluentValue;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::{GroupId, Language, Workshop, WorkshopId};
use crate::i18n::{self, Term};
use crate::ui::browser::PickedFile;
use crate::wire::{
    API, CreateWorkshop, CreatedWorkshop, DemoReset, ErrorBody, ErrorCode, ErrorDetail,
    FileProblem, HistoryView, ImportedStakeholders, WorkshopView,
};

#[derive(Clone, Debug, PartialEq)]
pub enum ApiFailure {
    /// The server answered with an error.
    Api { status: u16, detail: ErrorDetail },
    /// No answer: the network is down or the server is gone.
    Network,
}

impl ApiFailure {
    /// A change refused for what it holds, whether this device or the server checked it.
    pub fn invalid(detail: ErrorDetail) -> Self {
        ApiFailure::Api {
            status: 422,
            detail,
        }
    }

    /// The input field the error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            ApiFailure::Api { detail, .. } => detail.field.as_deref(),
            ApiFailure::Network => None,
        }
    }

    pub fn message(&self, lang: Language) -> String {
        match self {
            ApiFailure::Network => i18n::tr(lang, "error-network"),
            ApiFailure::Api { status, detail } => {
                let code = match *status {
                    401 if !matches!(detail.code, ErrorCode::Revoked | ErrorCode::AdminKey) => {
                        ErrorCode::Unauthorized
                    }
                    413 => ErrorCode::TooLarge,
                    500.. => ErrorCode::Server,
                    _ => detail.code,
                };
                let key = code.message();
                let mut args: Vec<(&str, FluentValue<'_>)> = Vec::new();
                if let Some(max) = detail.max {
                    args.push(("max", max.into()));
                }
                if let Some(min) = detail.min {
                    args.push(("min", min.into()));
                }
                if let Some(character) = &detail.character {
                    args.push(("character", character.clone().into()));
                }
                if let Some(position) = detail.position {
                    args.push(("position", position.into()));
                }
                let text = i18n::tr_with(lang, &key, &args);
                // A code this version has no words for: show the server's own sentence.
                if text == key {
                    detail.message.clone()
                } else {
                    text
                }
            }
        }
    }
}

/// An imported file's problems, each where a person finds it, in the user's language.
pub fn problem_lines(failure: &ApiFailure, lang: Language) -> Vec<String> {
    let ApiFailure::Api { detail, .. } = failure else {
        return Vec::new();
    };
    file_lines(&detail.problems, lang)
}

/// Problems or warnings in a file, each where a person finds it, in the user's language.
pub fn file_lines(problems: &[FileProblem], lang: Language) -> Vec<String> {
    problems
        .iter()
        .map(|p| {
            // A warning names what was removed; a refusal says what to do.
            let key = match (&p.code, &p.character) {
                (ErrorCode::BadCharacter, Some(_)) => "import-removed".into(),
                _ => p.code.message(),
            };
            let mut args: Vec<(&str, FluentValue<'_>)> = Vec::new();
            if let Some(max) = p.max {
                args.push(("max", max.into()));
            }
            if let Some(min) = p.min {
                args.push(("min", min.into()));
            }
            if let Some(header) = &p.header {
                args.push(("header", header.clone().into()));
            }
            if let Some(character) = &p.character {
                args.push(("character", character.clone().into()));
            }
            let text = i18n::tr_with(lang, &key, &args);
            // A code this version has no words for: show the server's own sentence.
            let text = if text == key { p.message.clone() } else { text };
            let mut place: Vec<(&str, FluentValue<'_>)> =
                vec![("line", p.line.into()), ("message", text.into())];
            match (&p.column, p.code, &p.header) {
                (None, _, _) => i18n::tr_with(lang, "import-problem-line", &place),
                // A missing column's message names its header already.
                (Some(column), ErrorCode::MissingColumn, _) | (Some(column), _, None) => {
                    place.push(("column", column.clone().into()));
                    i18n::tr_with(lang, "import-problem", &place)
                }
                (Some(column), _, Some(header)) => {
                    place.push(("column", format!("{column} ({header})").into()));
                    i18n::tr_with(lang, "import-problem", &place)
                }
            }
        })
        .collect()
}

/// Creates a workshop; `admin` is the server's admin key when it asks for one.
pub async fn create_workshop(
    body: &CreateWorkshop,
    admin: Option<&str>,
) -> Result<CreatedWorkshop, ApiFailure> {
    send(Method::Post, "/workshops", admin, Some(body)).await
}

/// Puts the demo back as it started (its moderator key).
pub async fn reset_demo(key: &str) -> Result<DemoReset, ApiFailure> {
    send::<(), _>(Method::Post, "/demo/reset", Some(key), None).await
}

pub async fn workshop(id: WorkshopId, token: &str) -> Result<WorkshopView, ApiFailure> {
    let path = format!("/workshops/{id}");
    send::<(), _>(Method::Get, &path, Some(token), None).await
}

/// Whether the server still takes `token` for the workshop: the same request as [`workshop`],
/// its answer skipped rather than read. (Reading it would put the reading of every view type
/// into the main WASM module a tablet loads first, for the group page's key check alone.)
pub async fn check_key(id: WorkshopId, token: &str) -> Result<(), ApiFailure> {
    let path = format!("/workshops/{id}");
    send::<(), serde::de::IgnoredAny>(Method::Get, &path, Some(token), None)
        .await
        .map(|_| ())
}

/// The workshop's edits after `from`, with its setup (a page of up to 50,000; `next` says
/// where to go on).
pub async fn history(id: WorkshopId, key: &str, from: u64) -> Result<HistoryView, ApiFailure> {
    let path = format!("/workshops/{id}/history?from={from}");
    send::<(), _>(Method::Get, &path, Some(key), None).await
}

/// The workshop as round `number` kept it, as `key` may see it.
pub async fn round(id: WorkshopId, key: &str, number: usize) -> Result<Workshop, ApiFailure> {
    let path = format!("/workshops/{id}/rounds/{number}");
    send::<(), _>(Method::Get, &path, Some(key), None).await
}

/// Restores a workshop from its `workshop.json` as a new workshop.
pub async fn import_workshop(
    file: PickedFile,
    admin: Option<&str>,
) -> Result<CreatedWorkshop, ApiFailure> {
    send_file("/workshops/import", admin, file).await
}

/// Adds a group's stakeholders from a CSV or spreadsheet: all rows, or none.
pub async fn import_stakeholders(
    id: WorkshopId,
    group: GroupId,
    key: &str,
    file: PickedFile,
) -> Result<ImportedStakeholders, ApiFailure> {
    let path = format!("/workshops/{id}/groups/{group}/import");
    send_file(&path, Some(key), file).await
}

#[derive(Clone, Copy)]
enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

fn failure(status: u16, body: &str) -> ApiFailure {
    let detail = serde_json::from_str::<ErrorBody>(body)
        .map(|b| b.error)
        .unwrap_or_else(|_| ErrorDetail::new(ErrorCode::Server, body));
    ApiFailure::Api { status, detail }
}

#[cfg(feature = "hydrate")]
async fn send<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&B>,
) -> Result<T, ApiFailure> {
    let builder = request(method, path, token);
    let request = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    }
    .map_err(|_| ApiFailure::Network)?;
    answer(request).await
}

/// Posts a picked file as the request's body, as `curl --data-binary` would.
#[cfg(feature = "hydrate")]
async fn send_file<T: DeserializeOwned>(
    path: &str,
    token: Option<&str>,
    file: PickedFile,
) -> Result<T, ApiFailure> {
    let kind = file.0.type_();
    let content_type = if kind.is_empty() {
        "application/octet-stream"
    } else {
        &kind
    };
    let request = request(Method::Post, path, token)
        .header("Content-Type", content_type)
        .body(wasm_bindgen::JsValue::from(file.0))
        .map_err(|_| ApiFailure::Network)?;
    answer(request).await
}

/// A request to `path` under the API, with the key when there is one.
#[cfg(feature = "hydrate")]
fn request(method: Method, path: &str, token: Option<&str>) -> gloo_net::http::RequestBuilder {
    use gloo_net::http::Request;

    let url = format!("{API}{path}");
    let builder = match method {
        Method::Get => Request::get(&url),
        Method::Post => Request::post(&url),
        Method::Put => Request::put(&url),
        Method::Patch => Request::patch(&url),
        Method::Delete => Request::delete(&url),
    };
    match token {
        Some(token) => builder.header("Authorization", &format!("Bearer {token}")),
        None => builder,
    }
}

/// The answer read as `T` (an empty one as `null`, for `()`), or the failure it reports.
#[cfg(feature = "hydrate")]
async fn answer<T: DeserializeOwned>(request: gloo_net::http::Request) -> Result<T, ApiFailure> {
    let response = request.send().await.map_err(|_| ApiFailure::Network)?;
    let status = response.status();
    let text = response.text().await.map_err(|_| ApiFailure::Network)?;
    if !(200..300).contains(&status) {
        return Err(failure(status, &text));
    }
    let text = if text.is_empty() { "null" } else { &text };
    serde_json::from_str(text).map_err(|_| failure(status, text))
}

#[cfg(not(feature = "hydrate"))]
async fn send_file<T: DeserializeOwned>(
    _path: &str,
    _token: Option<&str>,
    _file: PickedFile,
) -> Result<T, ApiFailure> {
    Err(ApiFailure::Network)
}

#[cfg(not(feature = "hydrate"))]
async fn send<B: Serialize, T: DeserializeOwned>(
    _method: Method,
    _path: &str,
    _token: Option<&str>,
    _body: Option<&B>,
) -> Result<T, ApiFailure> {
    let _ = (API, failure);
    Err(ApiFailure::Network)
}

mod access;
mod baselines;

pub use access::*;
pub use baselines::*;

#[cfg(test)]
mod tests;
