//! The desk's calls about baselines: list, attach (a `workshop.json`), match, detach.

use super::{ApiFailure, Method, send, send_file};
use crate::domain::{BaselineId, WorkshopId};
use crate::ui::browser::PickedFile;
use crate::wire::{BaselineView, NewBaseline, NewMatches};

pub async fn baselines(id: WorkshopId, key: &str) -> Result<Vec<BaselineView>, ApiFailure> {
    let path = format!("/workshops/{id}/baselines");
    send::<(), _>(Method::Get, &path, Some(key), None).await
}

/// Attaches `file`, a `workshop.json`, as a baseline named `name` (its title when empty).
pub async fn attach_baseline(
    id: WorkshopId,
    key: &str,
    name: &str,
    file: PickedFile,
) -> Result<BaselineView, ApiFailure> {
    let path = format!("/workshops/{id}/baselines?name={}", query_value(name));
    send_file(&path, Some(key), file).await
}

/// Attaches another workshop on this server, with a key of it, as a baseline.
pub async fn attach_held(
    id: WorkshopId,
    key: &str,
    from: &NewBaseline,
) -> Result<BaselineView, ApiFailure> {
    let path = format!("/workshops/{id}/baselines");
    send(Method::Post, &path, Some(key), Some(from)).await
}

pub async fn match_baseline(
    id: WorkshopId,
    key: &str,
    baseline: BaselineId,
    matches: &NewMatches,
) -> Result<BaselineView, ApiFailure> {
    let path = format!("/workshops/{id}/baselines/{baseline}/matches");
    send(Method::Post, &path, Some(key), Some(matches)).await
}

pub async fn detach_baseline(
    id: WorkshopId,
    key: &str,
    baseline: BaselineId,
) -> Result<(), ApiFailure> {
    let path = format!("/workshops/{id}/baselines/{baseline}");
    send::<(), _>(Method::Delete, &path, Some(key), None).await
}

/// `text` as one value of a query string: every byte but letters and digits escaped.
fn query_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
