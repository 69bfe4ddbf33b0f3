//! Rounds and the history as the API speaks them: a closed round, closing one, and the log's
//! edits with the setup to replay them onto.

use serde::{Deserialize, Serialize};

use crate::domain::{Actor, Change, Workshop, WorkshopSetup};

/// A closed round: the maps after the log's first `seq` edits, kept under a name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RoundView {
    /// From 1, in the order the rounds closed: what `round=` and `compare=` take.
    pub number: usize,
    /// As the moderator gave it; empty means "Round `number`" in the reader's language.
    pub name: String,
    pub seq: u64,
}

impl RoundView {
    /// Every round of `w`, numbered.
    pub fn all(w: &Workshop) -> Vec<RoundView> {
        (1..)
            .zip(w.rounds())
            .map(|(number, r)| RoundView {
                number,
                name: r.name().to_owned(),
                seq: r.seq(),
            })
            .collect()
    }
}

/// `GET …/history`: the workshop's setup, its edits from `from` to `to` in order, and where
/// to go on when there were more than one answer holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HistoryView {
    /// What the workshop was created from: replaying the first n changes onto it gives the
    /// maps after n edits (`Workshop::replay`).
    #[cfg_attr(feature = "ssr", schema(value_type = Object))]
    pub setup: WorkshopSetup,
    /// The workshop's edits so far.
    pub seq: u64,
    pub rounds: Vec<RoundView>,
    pub edits: Vec<HistoryEdit>,
    /// Ask again with `from` this to read on; absent at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<u64>,
}

/// One edit of the log: its sequence number, when the server took it (unix ms), who made it,
/// and the change as the live feed carries it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HistoryEdit {
    pub seq: u64,
    pub at_ms: u64,
    #[cfg_attr(feature = "ssr", schema(value_type = Object))]
    pub actor: Actor,
    #[cfg_attr(feature = "ssr", schema(value_type = Object))]
    pub change: Change,
}

/// `POST …/rounds`: `{name}` (optional): the maps as they are now are kept under it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewRound {
    #[serde(default)]
    pub name: String,
}
