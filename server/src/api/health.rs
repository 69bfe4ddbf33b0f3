//! `GET /healthz/details`: what the operator needs to know about the server — whether it
//! can save, how many workshops it serves, and which stored workshops were set aside at start
//! because they could not be read (their ids and why; every other workshop started). It
//! names workshops, so it asks what creating one asks: the admin key, or this machine.

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use super::extract::MayCreate;
use crate::AppState;

#[derive(Serialize)]
pub struct HealthDetails {
    /// `false` while the store cannot be written (every edit is then 507).
    pub writable: bool,
    pub workshops: usize,
    pub set_aside: Vec<SetAsideView>,
}

#[derive(Serialize)]
pub struct SetAsideView {
    pub workshop: String,
    pub reason: String,
}

pub async fn details(State(state): State<AppState>, _: MayCreate) -> Json<HealthDetails> {
    let workshops = &state.workshops;
    Json(HealthDetails {
        writable: workshops.health().writable(),
        workshops: workshops.count(),
        set_aside: workshops
            .set_aside()
            .iter()
            .map(|s| SetAsideView {
                workshop: s.workshop.clone(),
                reason: s.reason.clone(),
            })
            .collect(),
    })
}
