//! The API's one error type: a status that fits and a message a person can act on, as
//! `{"error": {"code", "message", "field"?}}`. Internal failures are logged, never sent.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use app::domain::DomainError;
use app::wire::{ErrorBody, ErrorDetail};

use crate::workshops::ServiceError;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    // Boxed: handlers return `Result<_, ApiError>` everywhere, and the detail is large.
    detail: Box<ErrorDetail>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        Self {
            status,
            detail: Box::new(ErrorDetail {
                code: code.to_owned(),
                message: message.into(),
                field: None,
                max: None,
                min: None,
                problems: Vec::new(),
            }),
        }
    }

    /// The same error with an imported file's problems, each at its line and column.
    pub fn with_problems(mut self, problems: Vec<app::wire::FileProblem>) -> Self {
        self.detail.problems = problems;
        self
    }

    /// The same error with the limit its message names, for the UI to translate.
    pub fn with_max(mut self, max: u64) -> Self {
        self.detail.max = Some(max);
        self
    }

    /// The body a client sees, for channels other than an HTTP response (the live feed).
    pub fn detail(self) -> ErrorDetail {
        *self.detail
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} was not found"),
        )
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "send the moderator key or a group token as `Authorization: Bearer <key>`",
        )
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        let status = if e.is_forbidden() {
            StatusCode::FORBIDDEN
        } else if e.is_not_found() {
            StatusCode::NOT_FOUND
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        Self {
            status,
            detail: Box::new(ErrorDetail::from(&e)),
        }
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::Domain(d) => d.into(),
            ServiceError::UnknownWorkshop => Self::not_found("the workshop"),
            ServiceError::UnknownJoinCode => Self::new(
                StatusCode::NOT_FOUND,
                "unknown_code",
                "no group has this join code; check it on the moderator's screen",
            ),
            ServiceError::Unauthorized => Self::unauthorized(),
            ServiceError::WrongWorkshop => Self::new(
                StatusCode::FORBIDDEN,
                "wrong_workshop",
                "this key belongs to another workshop",
            ),
            ServiceError::Batch { error, .. } => error.into(),
            ServiceError::Restore(e) => {
                let mut api = Self::from(e.error.clone());
                api.status = StatusCode::UNPROCESSABLE_ENTITY;
                api.detail.message = format!("{e}; nothing was imported");
                api
            }
            ServiceError::Store(_) | ServiceError::Task(_) => {
                tracing::error!(error = %e, "request failed inside the server");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the server could not complete this request; try again",
                )
            }
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let (status, code) = match &rejection {
            JsonRejection::JsonSyntaxError(_) => (StatusCode::BAD_REQUEST, "malformed"),
            JsonRejection::JsonDataError(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_json"),
            JsonRejection::MissingJsonContentType(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "content_type")
            }
            _ if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                (StatusCode::PAYLOAD_TOO_LARGE, "too_large")
            }
            _ => (StatusCode::BAD_REQUEST, "malformed"),
        };
        let message = match code {
            "too_large" => "the request body is over 1 MiB".to_owned(),
            "content_type" => "send JSON with `Content-Type: application/json`".to_owned(),
            _ => rejection.body_text(),
        };
        Self::new(status, code, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorBody {
                error: *self.detail,
            }),
        )
            .into_response()
    }
}
