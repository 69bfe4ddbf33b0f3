//! Baselines: another workshop's combined map attached to this one to compare with ("this
//! year against last year"). `POST …/baselines` attaches one — from a `workshop.json` sent
//! as it is, or from a workshop on this server with a key of it that may export —, `GET …`
//! lists them with the matches proposed, `POST …/baselines/{bid}/matches` confirms or takes
//! back matches, `DELETE …/baselines/{bid}` detaches one, `GET …/comparison` is the table.
//! Each change is the moderator's edit, on the one write path.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use app::chart::{GridInput, GridOptions, baseline_points, compared, grid_input_with};
use app::domain::{
    Action, Baseline, BaselineEdit, BaselineId, Change, CombinedMap, DomainError, Language, Moment,
    Role, Workshop, baseline_actors, combine, proposals,
};
use app::export::{Words, comparison_csv};
use app::i18n::moment_name;
use app::import::read_workshop;
use app::wire::{BaselineView, NewBaseline, NewMatches};

use super::contract::{Errors, FileBytes};
use super::edits::{self, reused_key};
use super::extract::{Bearer, EditKey, workshop_id};
use super::import::{WORKSHOP_LIMIT, blocking, body};
use super::paths::{ApiPath, BaselinePath, WorkshopPath};
use super::{ApiError, query};
use crate::AppState;

fn view(map: &CombinedMap, b: &Baseline) -> BaselineView {
    BaselineView {
        id: b.id(),
        name: b.name().to_owned(),
        actors: b.actors().to_vec(),
        matches: b.matches().to_vec(),
        proposals: proposals(b, map),
    }
}

/// The baseline `bid` as the desk sees it now.
async fn read_view(
    state: &AppState,
    id: app::domain::WorkshopId,
    bid: BaselineId,
) -> Result<BaselineView, ApiError> {
    let views = read_views(state, id, Some(bid)).await?;
    (views.into_iter().next()).ok_or_else(|| DomainError::UnknownBaseline.into())
}

/// The workshop's baselines (or only `only`) as the desk sees them: copied under the
/// workshop's lock, the combined map and the proposals worked out in the pool.
async fn read_views(
    state: &AppState,
    id: app::domain::WorkshopId,
    only: Option<BaselineId>,
) -> Result<Vec<BaselineView>, ApiError> {
    let w = state.workshops.read(id, |w, _| w.clone())?;
    state
        .heavy
        .run("baselines", move || {
            // One combined map for every baseline.
            let map = combine(&w);
            let wanted = |b: &&Baseline| only.is_none_or(|bid| b.id() == bid);
            Ok(w.baselines()
                .iter()
                .filter(wanted)
                .map(|b| view(&map, b))
                .collect())
        })
        .await
}

/// The combined grid of `now` with arrows from where the baseline `raw` had each actor.
pub(super) fn grid_against(
    now: &Workshop,
    raw: &str,
    o: &GridOptions,
    lang: Language,
) -> Result<GridInput, ApiError> {
    let baseline = (raw.parse().ok())
        .and_then(|id| now.baseline(id))
        .ok_or_else(|| ApiError::from(DomainError::UnknownBaseline))?;
    let map = combine(now);
    let then = baseline_points(baseline, &map, now, o);
    let names = (
        baseline.name().to_owned(),
        moment_name(now, Moment::Now, lang),
    );
    Ok(compared(
        grid_input_with(now, o, lang, Some(&map)),
        then,
        lang,
        (&names.0, &names.1),
    ))
}

fn baseline_id(raw: &str) -> Result<BaselineId, ApiError> {
    raw.parse().map_err(|_| DomainError::UnknownBaseline.into())
}

/// A baseline's name from its workshop: the title, and the date when it has one.
fn name_of(w: &Workshop) -> String {
    match w.date() {
        "" => w.title().to_owned(),
        date => format!("{} ({date})", w.title()),
    }
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AttachQuery {
    /// The baseline's name here, for a `workshop.json`; its title and date when absent.
    name: Option<String>,
}

/// Attaches a baseline: another workshop's combined map, frozen, to compare with.
///
/// The body is a `workshop.json` (an export of any stakemap, up to 32 MiB) or a
/// `NewBaseline`: a workshop on this server and a key of it that may export. Its combined map
/// is kept as it is now; the moderator then matches its actors with this workshop's.
#[utoipa::path(
    post,
    path = "/workshops/{id}/baselines",
    operation_id = "attach_baseline",
    tag = "baselines",
    params(WorkshopPath, AttachQuery, EditKey),
    request_body(
        description = "A `workshop.json`, or a workshop on this server with its key.",
        content((NewBaseline = "application/json"), (FileBytes = "application/octet-stream"))
    ),
    security(("key" = [])),
    responses((status = 201, description = "The baseline attached, with the matches proposed.", body = BaselineView), Errors)
)]
pub async fn attach(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    query: Result<Query<AttachQuery>, QueryRejection>,
    bytes: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<BaselineView>), ApiError> {
    let id = workshop_id(&id)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let Query(query) = query.map_err(|e| query::invalid(e.body_text()))?;
    let bytes = body(bytes, WORKSHOP_LIMIT)?;
    let (source, name) = match serde_json::from_slice::<NewBaseline>(&bytes) {
        Ok(from) => {
            let theirs = state.workshops.authorize(from.workshop, &from.key)?;
            let source = state.workshops.read(from.workshop, |w, _| {
                query::require(&theirs, w, Action::Export).map(|()| w.clone())
            })??;
            (source, Some(from.name))
        }
        Err(_) => (
            blocking(&state, move || read_workshop(&bytes)).await?,
            query.name,
        ),
    };
    // Its combined map is heavy work: in the pool, off the workshop's lock.
    let (name, actors) = state
        .heavy
        .run("baseline", move || {
            let name = name.filter(|n| !n.trim().is_empty());
            Ok((
                name.unwrap_or_else(|| name_of(&source)),
                baseline_actors(&source),
            ))
        })
        .await?;
    let bid = crate::secrets::new_baseline_id();
    let change = Change::Baseline {
        id: bid,
        edit: BaselineEdit::Attach { name, actors },
    };
    let bid = match edits::apply(&state, id, actor, edit_id, change).await? {
        app::domain::Target::Baseline(bid) => bid,
        _ => return Err(reused_key()),
    };
    Ok((StatusCode::CREATED, Json(read_view(&state, id, bid).await?)))
}

/// The baselines, with the matches proposed for each.
///
/// For the desk's keys: the moderator, analysts and viewers (a group's tablet never sees a
/// baseline).
#[utoipa::path(
    get,
    path = "/workshops/{id}/baselines",
    operation_id = "baselines",
    tag = "baselines",
    params(WorkshopPath),
    security(("key" = [])),
    responses((status = 200, description = "The baselines, in the order attached.", body = Vec<BaselineView>), Errors)
)]
pub async fn list(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
) -> Result<Json<Vec<BaselineView>>, ApiError> {
    let id = workshop_id(&id)?;
    let caller = state.workshops.authorize(id, &secret)?;
    if matches!(caller.role, Role::Group(_)) {
        return Err(DomainError::ModeratorOnly.into());
    }
    Ok(Json(read_views(&state, id, None).await?))
}

/// Confirms matches, or takes them back (`stakeholder` null): all of them, or none.
#[utoipa::path(
    post,
    path = "/workshops/{id}/baselines/{bid}/matches",
    operation_id = "match_baseline",
    tag = "baselines",
    params(BaselinePath, EditKey),
    request_body = NewMatches,
    security(("key" = [])),
    responses((status = 200, description = "The baseline with its matches now.", body = BaselineView), Errors)
)]
pub async fn matches(
    State(state): State<AppState>,
    ApiPath(BaselinePath { id, bid }): ApiPath<BaselinePath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
    super::extract::ApiJson(body): super::extract::ApiJson<NewMatches>,
) -> Result<Json<BaselineView>, ApiError> {
    let id = workshop_id(&id)?;
    let bid = baseline_id(&bid)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let mut changes: Vec<Change> = (body.matches.into_iter())
        .map(|m| Change::Baseline {
            id: bid,
            edit: BaselineEdit::Match {
                actor: m.actor,
                stakeholder: m.stakeholder,
            },
        })
        .collect();
    let change = match changes.len() {
        0 => return Err(query::invalid("matches is empty".to_owned())),
        1 => changes.remove(0),
        _ => Change::Batch { changes },
    };
    edits::apply(&state, id, actor, edit_id, change).await?;
    Ok(Json(read_view(&state, id, bid).await?))
}

/// Detaches a baseline.
#[utoipa::path(
    delete,
    path = "/workshops/{id}/baselines/{bid}",
    operation_id = "detach_baseline",
    tag = "baselines",
    params(BaselinePath, EditKey),
    security(("key" = [])),
    responses((status = 204, description = "The baseline is detached."), Errors)
)]
pub async fn detach(
    State(state): State<AppState>,
    ApiPath(BaselinePath { id, bid }): ApiPath<BaselinePath>,
    Bearer(secret): Bearer,
    EditKey(edit_id): EditKey,
) -> Result<StatusCode, ApiError> {
    let id = workshop_id(&id)?;
    let bid = baseline_id(&bid)?;
    let actor = state.workshops.authorize(id, &secret)?;
    let change = Change::Baseline {
        id: bid,
        edit: BaselineEdit::Detach,
    };
    match edits::apply(&state, id, actor, edit_id, change).await? {
        app::domain::Target::Baseline(_) => Ok(StatusCode::NO_CONTENT),
        _ => Err(reused_key()),
    }
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ComparisonQuery {
    /// Which baseline; the last attached when absent.
    #[param(value_type = Option<uuid::Uuid>)]
    baseline: Option<String>,
    /// The headers' and words' language; the workshop's when absent.
    #[param(value_type = Option<app::domain::Language>)]
    lang: Option<String>,
    /// A single-use download ticket (`POST …/tickets`), for plain links.
    ticket: Option<String>,
}

/// The comparison with a baseline, as CSV.
///
/// One row per actor of either map: its ids and names here and in the baseline, the groups,
/// both pairs of scores (medians), both quadrants, how far it moved and what changed;
/// quadrant changes first. The moderator's and analysts' keys (the role table's "export").
#[utoipa::path(
    get,
    path = "/workshops/{id}/comparison",
    operation_id = "comparison",
    tag = "baselines",
    params(WorkshopPath, ComparisonQuery),
    security(("key" = []), ()),
    responses((status = 200, description = "comparison.csv (UTF-8 with a byte-order mark).", content_type = "text/csv", body = String), Errors)
)]
pub async fn comparison(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    headers: HeaderMap,
    query: Result<Query<ComparisonQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let id = workshop_id(&id)?;
    let Query(query) = query.map_err(|e| query::invalid(e.body_text()))?;
    let caller = query::caller(&state, id, &headers, query.ticket.as_deref())?;
    let wanted = query.baseline.as_deref().map(baseline_id).transpose()?;
    let (workshop, bid, lang) = state.workshops.read(id, |w, _| {
        query::require(&caller, w, Action::Export)?;
        let lang = query::lang(w, query.lang.as_deref())?;
        let b = match wanted {
            Some(bid) => w.baseline(bid),
            None => w.baselines().last(),
        };
        let b = b.ok_or(ApiError::from(DomainError::UnknownBaseline))?;
        Ok::<_, ApiError>((w.clone(), b.id(), lang))
    })??;
    let body = state
        .heavy
        .run("file", move || {
            let words = Words::new(&workshop, lang);
            let baseline = workshop.baseline(bid).ok_or(DomainError::UnknownBaseline)?;
            comparison_csv(&workshop, baseline, &words).map_err(|e| {
                tracing::error!(error = %e, "a comparison could not be written");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    app::wire::ErrorCode::Internal,
                    "the file could not be written; try again",
                )
            })
        })
        .await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (CACHE_CONTROL, "no-store".to_owned()),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"stakemap-comparison.csv\"".to_owned(),
            ),
        ],
        body,
    )
        .into_response())
}
