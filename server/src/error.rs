//! What a client is told when something fails, over HTTP or the live feed: a status that fits
//! and the wire's [`ErrorDetail`] (`{"code", "message", "field"?}`), with a message a person
//! can act on. The one mapping of service and domain errors to wire errors; internal failures
//! are logged, never sent. The HTTP side (JSON rejections, the response) is in `api/error.rs`.

use axum::http::StatusCode;

use app::domain::DomainError;
use app::wire::{ErrorCode, ErrorDetail, FileProblem};

use crate::store::StoreError;
use crate::workshops::ServiceError;

#[derive(Debug)]
pub struct ApiError {
    pub(crate) status: StatusCode,
    // Boxed: handlers return `Result<_, ApiError>` everywhere, and the detail is large.
    pub(crate) detail: Box<ErrorDetail>,
    /// Seconds to wait before asking again (429, 503), sent as `Retry-After`.
    pub(crate) retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            detail: Box::new(ErrorDetail::new(code, message)),
            retry_after: None,
        }
    }

    /// The same error with the seconds to wait before asking again.
    pub fn with_retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    /// The same error with an imported file's problems, each at its line and column.
    pub fn with_problems(mut self, problems: Vec<FileProblem>) -> Self {
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
            ErrorCode::NotFound,
            format!("{what} was not found"),
        )
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
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
            retry_after: None,
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
                ErrorCode::UnknownCode,
                "no group has this join code; check it on the moderator's screen",
            ),
            ServiceError::Unauthorized => Self::unauthorized(),
            ServiceError::WrongWorkshop => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::WrongWorkshop,
                "this key belongs to another workshop",
            ),
            ServiceError::Revoked => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Revoked,
                "the moderator has taken this key back; ask for a new link or join the group again",
            ),
            ServiceError::Forbidden => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                "this key may not open this; see the role table in docs/API.md",
            ),
            ServiceError::ReadOnly => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::ReadOnly,
                "this link only reads; changes need the moderator key or a group's tablet",
            ),
            ServiceError::JoiningClosed => Self::new(
                StatusCode::FORBIDDEN,
                ErrorCode::JoiningClosed,
                "joining this group is closed; ask the moderator to open it",
            ),
            ServiceError::UnknownGrant => Self::not_found("the link or tablet"),
            ServiceError::NoSuchMoment(message) => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidQuery,
                message,
            ),
            ServiceError::Batch { error, .. } => error.into(),
            ServiceError::Restore(e) => {
                let mut api = Self::from(e.error.clone());
                api.status = StatusCode::UNPROCESSABLE_ENTITY;
                api.detail.message = format!("{e}; nothing was imported");
                api
            }
            ServiceError::StorageUnavailable
            | ServiceError::Store(StoreError::Sled(_))
            | ServiceError::Store(StoreError::Transaction(_)) => {
                if let ServiceError::Store(e) = &e {
                    tracing::error!(error = %e, "a write failed");
                }
                Self::new(
                    StatusCode::INSUFFICIENT_STORAGE,
                    ErrorCode::StorageUnavailable,
                    "the server cannot save right now (its disk is full or failing); nothing was changed. Reading works; try again in a minute",
                )
                .with_retry_after(crate::commit::PROBE_EVERY.as_secs().max(1) * 5)
            }
            ServiceError::Store(_) | ServiceError::Task(_) => {
                tracing::error!(error = %e, "request failed inside the server");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorCode::Internal,
                    "the server could not complete this request; try again",
                )
            }
        }
    }
}
