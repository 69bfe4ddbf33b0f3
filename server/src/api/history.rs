//! The workshop's history: `GET …/history?from=&to=` gives the edits of its log in order, with
//! when and by whom, so a page can replay the maps to any moment with the domain's own
//! `Workshop::replay` (the workshop's `setup` then the changes).

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use serde::Deserialize;

use app::domain::Action;
use app::wire::{HistoryEdit, HistoryView, RoundView};

use super::ApiError;
use super::contract::Errors;
use super::extract::{Bearer, workshop_id};
use super::paths::{ApiPath, WorkshopPath};
use super::query;
use crate::AppState;

/// The most edits one answer holds; a longer history is read a page at a time.
pub const PAGE: u64 = 50_000;

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    /// The edits after this many (0: from the first).
    #[param(value_type = Option<u64>)]
    from: Option<String>,
    /// Up to and with this sequence number; the workshop's last when absent. At most 50,000
    /// edits an answer: `next` says where to go on.
    #[param(value_type = Option<u64>)]
    to: Option<String>,
}

fn number(raw: Option<&str>, what: &str) -> Result<Option<u64>, ApiError> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(raw) => raw
            .parse()
            .map(Some)
            .map_err(|_| query::invalid(format!("{what} {raw:?} is not a sequence number"))),
    }
}

/// The workshop's edits in order, with when and by whom.
///
/// The moderator's and analysts' keys (it holds every group's edits). With the workshop's
/// setup, replaying the first n changes gives the maps after n edits.
#[utoipa::path(
    get,
    path = "/workshops/{id}/history",
    operation_id = "history",
    tag = "rounds",
    params(WorkshopPath, HistoryQuery),
    security(("key" = [])),
    responses((status = 200, description = "The edits from `from` to `to`.", body = HistoryView), Errors)
)]
pub async fn history(
    State(state): State<AppState>,
    ApiPath(WorkshopPath { id }): ApiPath<WorkshopPath>,
    Bearer(secret): Bearer,
    q: Result<Query<HistoryQuery>, QueryRejection>,
) -> Result<Json<HistoryView>, ApiError> {
    let id = workshop_id(&id)?;
    let Query(q) = q.map_err(|e| query::invalid(e.body_text()))?;
    let caller = state.workshops.authorize(id, &secret)?;
    let (setup, seq, rounds) = state.workshops.read(id, |w, _| {
        query::require(&caller, w, Action::Export)?;
        Ok::<_, ApiError>((w.setup(), w.seq(), RoundView::all(w)))
    })??;
    let from = number(q.from.as_deref(), "from")?.unwrap_or(0).min(seq);
    let to = number(q.to.as_deref(), "to")?.unwrap_or(seq).min(seq);
    if to < from {
        return Err(query::invalid(format!("to {to} comes before from {from}")));
    }
    let until = to.min(from + PAGE);
    let shared = state.clone();
    let records = state
        .heavy
        .run("history", move || {
            let limit = usize::try_from(until - from).unwrap_or(usize::MAX);
            let records = shared.workshops.store().log_since(id, from, limit);
            Ok(records.map_err(crate::workshops::ServiceError::from)?)
        })
        .await?;
    let edits = records
        .into_iter()
        .filter(|r| r.seq <= until)
        .map(|r| HistoryEdit {
            seq: r.seq,
            at_ms: r.at_ms,
            actor: r.actor,
            change: r.change,
        })
        .collect();
    Ok(Json(HistoryView {
        setup,
        seq,
        rounds,
        edits,
        next: (until < to).then_some(until),
    }))
}
