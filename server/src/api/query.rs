//! Query parameters that pictures and exports share: which group, which language, the
//! combined map, which moment (a round, a number of edits, now), and a single-use `?ticket=`
//! for plain links ([`crate::tickets`]). Every id must be the workshop's own, and every scope
//! one the key may read.
use axum::http::{HeaderMap, StatusCode};

use app::chart::Scope;
use app::domain::{Action, GroupId, Language, Moment, Workshop, WorkshopId};
use app::wire::ErrorCode;

use super::ApiError;
use super::extract::bearer;
use crate::AppState;
use crate::workshops::{Bearer, ServiceError};

pub fn invalid(message: String) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::InvalidQuery,
        message,
    )
}

/// `group`: one of the workshop's groups, or none (all).
pub fn group(w: &Workshop, raw: Option<&str>) -> Result<Option<GroupId>, ApiError> {
    match raw.filter(|g| !g.is_empty()) {
        None => Ok(None),
        Some(raw) => {
            let id: GroupId = raw.parse().map_err(|_| ApiError::not_found("the group"))?;
            w.group(id)
                .ok_or_else(|| ApiError::not_found("the group"))?;
            Ok(Some(id))
        }
    }
}

/// `lang`: ru, ky or en; the workshop's language when absent.
pub fn lang(w: &Workshop, raw: Option<&str>) -> Result<Language, ApiError> {
    match raw {
        None | Some("") => Ok(w.language()),
        Some(code) => Language::from_code(code)
            .ok_or_else(|| invalid(format!("lang {code:?} is not one of ru, ky, en"))),
    }
}

/// `group` and `combined` together: the group is checked even when the combined map (every
/// group's) makes it moot, so a stale link says so.
pub fn scope(w: &Workshop, group: Option<&str>, combined: Option<&str>) -> Result<Scope, ApiError> {
    let group = self::group(w, group)?;
    Ok(Scope::of(group, self::combined(combined)?))
}

/// `combined`: true or false (1 or 0); false when absent.
fn combined(raw: Option<&str>) -> Result<bool, ApiError> {
    match raw {
        None | Some("" | "false" | "0") => Ok(false),
        Some("true" | "1") => Ok(true),
        Some(other) => Err(invalid(format!("combined {other:?} is not true or false"))),
    }
}

/// `panels`: a crowded grid as one picture or small multiples by category.
pub fn panels(raw: Option<&str>) -> Result<app::chart::Panels, ApiError> {
    let raw = raw.unwrap_or_default();
    app::chart::Panels::parse(raw)
        .ok_or_else(|| invalid(format!("panels {raw:?} is not auto, all or category")))
}

/// Who the key in the `Authorization` header, or else the `?ticket=`, belongs to. A ticket is
/// used up here, and its key checked again (it may have been taken back since).
pub fn caller(
    state: &AppState,
    id: WorkshopId,
    headers: &HeaderMap,
    ticket: Option<&str>,
) -> Result<Bearer, ApiError> {
    if let Some(secret) = bearer(headers) {
        return Ok(state.workshops.authorize(id, &secret)?);
    }
    let ticket = ticket.ok_or_else(ApiError::unauthorized)?;
    let issued = state
        .tickets
        .redeem(id, ticket)
        .map_err(ServiceError::from)?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthorized,
                "this download link has been used or is over a minute old; download again from the page",
            )
        })?;
    Ok(state.workshops.authorize_hash(id, issued)?)
}

/// Refuses a scope the key may not read now (a group's key: the other maps while unshared).
pub fn may_read(caller: &Bearer, w: &Workshop, scope: Scope) -> Result<(), ApiError> {
    if caller.role.may_read(scope.group(), w.maps_shared()) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden.into())
    }
}

/// Refuses an action the key's role may not do (exports, managing the workshop).
pub fn require(caller: &Bearer, w: &Workshop, action: Action) -> Result<(), ApiError> {
    if caller.role.allows(action, w.maps_shared()) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden.into())
    }
}

/// `round=` or `compare=`: a moment the query names (`what`), or why it names none.
pub fn moment(raw: Option<&str>, what: &str) -> Result<Moment, ApiError> {
    Moment::parse(raw.unwrap_or_default()).ok_or_else(|| {
        invalid(format!(
            "{what} {:?} is not a round's number (1, 2, …), seq:<n> or now",
            raw.unwrap_or_default()
        ))
    })
}

/// The workshop at `moment`: `now` itself, or as the workshop's rounds or log had it.
pub fn at(state: &AppState, now: Workshop, moment: Moment) -> Result<Workshop, ApiError> {
    let id = now.id();
    match moment {
        Moment::Now => Ok(now),
        moment => Ok(Workshop::clone(&*state.workshops.at(id, moment)?)),
    }
}
