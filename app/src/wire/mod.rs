//! The JSON the HTTP API speaks (`/api/v1`), shared by the server and the browser client so
//! both sides agree by construction. Conversions from domain types live here too.

use serde::{Deserialize, Serialize};

use crate::domain::{
    Actor, Attitude, CategoryId, Change, DeviceId, Edit, EditId, GroupCode, GroupId, Language,
    LevelId, RelationKind, Relationship, RelationshipFields, RelationshipId, Scale, Stakeholder,
    StakeholderFields, StakeholderId, StakeholderPatch, Timer, Workshop, WorkshopId,
};

mod access;
mod baselines;
mod combined;
mod error;
mod rounds;

pub use access::{
    DeviceView, Joining, KeyRole, KeyView, NewCode, NewKey, SetJoining, Sharing, Ticket,
};
pub use baselines::{BaselineView, MatchChoice, NewBaseline, NewMatches};
pub use combined::{
    CombinedRelationshipView, CombinedStakeholderView, CombinedView, MergeView, NewMerge, Spread,
    SuggestionView, VoiceView,
};
pub use error::{ErrorBody, ErrorCode, ErrorDetail, FileProblem};
pub use rounds::{HistoryEdit, HistoryView, NewRound, RoundView};

pub const API: &str = "/api/v1";

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CreateWorkshop {
    pub title: String,
    #[serde(default)]
    pub focal: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub language: Language,
    pub groups: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CreatedWorkshop {
    pub id: WorkshopId,
    pub moderator_key: String,
    pub groups: Vec<GroupView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GroupView {
    pub id: GroupId,
    pub name: String,
    /// Shown to the moderator only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_code: Option<String>,
    /// Whether the code lets new tablets in; shown to the moderator only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joining: Option<Joining>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Join {
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Joined {
    pub workshop_id: WorkshopId,
    pub group_id: GroupId,
    /// This tablet, as the moderator's list of tablets names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<DeviceId>,
    /// This tablet's own token.
    pub token: String,
    /// The group's name, for the tablet's title: joining needs no read of the workshop.
    #[serde(default)]
    pub group_name: String,
}

/// The public face of the demo workshop on the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DemoView {
    pub workshop_id: WorkshopId,
    pub title: String,
    pub moderator_key: String,
    pub groups: Vec<GroupView>,
}

/// `GET /server/addresses`: where tablets on this machine's networks reach the server, for
/// the home page on the server's own machine.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ServerAddresses {
    /// One per interface address; empty when the server listens on loopback only, or the
    /// machine has no network.
    pub addresses: Vec<ServerAddress>,
    /// The server listens on loopback only (started with `--addr 127.0.0.1:…`).
    pub local_only: bool,
}

/// One address tablets can open, and the interface (Wi-Fi, Ethernet) it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ServerAddress {
    /// The interface's name as the system gives it (`wlan0`, `Wi-Fi`).
    pub interface: String,
    /// The home page at that address, e.g. `http://192.168.1.23:3000/`.
    pub url: String,
}

/// `POST /demo/reset`: the demo is back as it started, as of `seq`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DemoReset {
    pub seq: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WorkshopView {
    pub id: WorkshopId,
    pub title: String,
    pub focal: String,
    pub question: String,
    pub date: String,
    pub place: String,
    pub language: Language,
    pub demo: bool,
    pub scale: Scale,
    pub categories: Vec<CategoryId>,
    pub levels: Vec<LevelId>,
    pub groups: Vec<GroupView>,
    pub stakeholders: Vec<StakeholderView>,
    #[serde(default)]
    pub relationships: Vec<RelationshipView>,
    /// The moderator's merges and rejections on the combined map.
    #[serde(default)]
    pub merges: Vec<MergeView>,
    /// The moderator's countdown, while one is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<TimerView>,
    /// Whether the groups see every map (read-only), not only their own.
    #[serde(default)]
    pub maps_shared: bool,
    /// The rounds the moderator closed, in order.
    #[serde(default)]
    pub rounds: Vec<RoundView>,
    pub seq: u64,
}

/// The countdown: times are unix milliseconds on the server's clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimerView {
    pub label: String,
    pub seconds: u32,
    pub started_at: i64,
    pub ends_at: i64,
}

impl From<&Timer> for TimerView {
    fn from(t: &Timer) -> Self {
        Self {
            label: t.label().to_owned(),
            seconds: t.seconds(),
            started_at: t.started_at(),
            ends_at: t.ends_at(),
        }
    }
}

/// `POST …/timer`: `{label, seconds}`; the server's clock says when it starts. The length
/// arrives as any integer so that a value off 1 s–4 h is refused with a clear message.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewTimer {
    #[serde(default)]
    pub label: String,
    pub seconds: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RelationshipView {
    pub id: RelationshipId,
    pub group_id: GroupId,
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: RelationKind,
    pub strength: u8,
    pub directed: bool,
}

impl From<&Relationship> for RelationshipView {
    fn from(r: &Relationship) -> Self {
        Self {
            id: r.id(),
            group_id: r.group(),
            from: r.from(),
            to: r.to(),
            kind: r.kind(),
            strength: r.strength(),
            directed: r.directed(),
        }
    }
}

/// `POST …/relationships`: `{from, to, kind, strength, directed}`; `id` lets an offline client
/// name the relationship it creates.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewRelationship {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RelationshipId>,
    #[serde(flatten)]
    pub fields: RelationshipFields,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StakeholderView {
    pub id: StakeholderId,
    pub group_id: GroupId,
    pub name: String,
    pub category: CategoryId,
    pub level: LevelId,
    pub interest: u8,
    pub influence: u8,
    pub attitude: Attitude,
    pub interests: String,
    pub cooperation: String,
    pub notes: String,
}

/// `POST …/stakeholders`. `id` lets an offline client name the stakeholder it creates;
/// `group_id` is required from the moderator and implied for a group token.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewStakeholder {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<StakeholderId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<GroupId>,
    #[serde(flatten)]
    pub fields: StakeholderFields,
}

/// `PATCH …/stakeholders/{sid}`: any subset of fields.
pub type PatchStakeholder = StakeholderPatch;

/// What `POST …/groups/{gid}/import` added: the new stakeholders' ids, in the file's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ImportedStakeholders {
    pub added: usize,
    pub ids: Vec<StakeholderId>,
    /// Characters removed from the file's texts, each at its line and column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<FileProblem>,
}

impl From<&Stakeholder> for StakeholderView {
    fn from(s: &Stakeholder) -> Self {
        Self {
            id: s.id(),
            group_id: s.group(),
            name: s.name().to_owned(),
            category: s.category().clone(),
            level: s.level().clone(),
            interest: s.interest(),
            influence: s.influence(),
            attitude: s.attitude(),
            interests: s.interests().to_owned(),
            cooperation: s.cooperation().to_owned(),
            notes: s.notes().to_owned(),
        }
    }
}

impl WorkshopView {
    /// The workshop as a reader sees it; `join_codes` is given for the moderator only.
    pub fn of(w: &Workshop, join_codes: &[GroupCode]) -> Self {
        let code = |g: GroupId| join_codes.iter().find(|c| c.group == g);
        Self {
            id: w.id(),
            title: w.title().to_owned(),
            focal: w.focal().to_owned(),
            question: w.question().to_owned(),
            date: w.date().to_owned(),
            place: w.place().to_owned(),
            language: w.language(),
            demo: w.is_demo(),
            scale: w.scale(),
            categories: w.categories().to_vec(),
            levels: w.levels().to_vec(),
            groups: w
                .groups()
                .iter()
                .map(|g| GroupView {
                    id: g.id(),
                    name: g.name().to_owned(),
                    join_code: code(g.id()).map(|c| c.code.to_string()),
                    joining: code(g.id()).map(|c| Joining::of(c.open)),
                })
                .collect(),
            stakeholders: w.stakeholders().iter().map(StakeholderView::from).collect(),
            relationships: w
                .relationships()
                .iter()
                .map(RelationshipView::from)
                .collect(),
            merges: w.merges().iter().map(MergeView::from).collect(),
            timer: w.timer().map(TimerView::from),
            maps_shared: w.maps_shared(),
            rounds: RoundView::all(w),
            seq: w.seq(),
        }
    }
}

/// One applied edit, as the live feed carries it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditEvent {
    pub seq: u64,
    pub edit_id: EditId,
    pub actor: Actor,
    pub change: Change,
}

/// What a client sends on `/api/v1/workshops/{id}/live`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMessage {
    /// First message, and again after any gap: the last sequence number the client has, or
    /// none for a fresh snapshot. The first carries the key (a browser cannot set headers on a
    /// websocket, and a key in the address would stay in logs and history).
    Hello {
        since: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        token: Option<String>,
    },
    Edit {
        edit: Box<Edit>,
    },
}

// Read without serde's buffer for tagged enums, as `crate::tag_first` explains.
crate::tag_first::tag_first! {
tag = "type", rename_all = "snake_case";
/// What the server sends on the live feed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum ServerMessage {
    /// The whole workshop as of `workshop.seq`; replaces what the client had.
    Snapshot { workshop: Box<Workshop> },
    /// An edit that is on disk, in sequence order.
    Event { event: EditEvent },
    /// The client's edit is on disk as `seq` (or was already: the same answer again).
    Ack { edit_id: EditId, seq: u64 },
    /// An edit on disk as `seq` that this client may not see (another group's, while the maps
    /// are not shared): its count moves on, nothing else.
    Unseen { seq: u64 },
    /// The client's edit was refused and changed nothing.
    Rejected { edit_id: EditId, error: ErrorDetail },
    /// The message could not be read, or the connection is over a limit.
    Error { error: ErrorDetail },
    /// The server's clock, unix ms, as it sends this: after answering `hello`, and with every
    /// ping. Devices show the countdown by it, not by their own clocks.
    Clock { now: i64 },
    /// Whether the server can save: sent when that changes, and when an edit could not be
    /// saved (it stays waiting on the device, neither acknowledged nor refused). Once it is
    /// `true` again, devices send what waits.
    Storage { writable: bool },
}
}

/// `GET …/measures`: the relationship graph's measures, per stakeholder id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MeasuresView {
    pub components: usize,
    pub communities: usize,
    pub modularity: f64,
    pub stakeholders: std::collections::BTreeMap<StakeholderId, StakeholderMeasures>,
    /// Top brokers and isolated stakeholders with high influence, in words.
    pub watch: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StakeholderMeasures {
    pub name: String,
    pub degree: usize,
    pub degree_in: usize,
    pub degree_out: usize,
    pub weighted_degree: u32,
    pub betweenness: f64,
    pub component: usize,
    pub community: usize,
    pub isolated: bool,
}

impl MeasuresView {
    pub fn of(input: &crate::chart::GraphInput) -> Self {
        Self::with(input, &input.measures())
    }

    /// The view of measures already computed for `input` (a picture computes them too).
    pub fn with(input: &crate::chart::GraphInput, m: &crate::graph::measures::Measures) -> Self {
        let stakeholders = input
            .nodes
            .iter()
            .zip(&m.nodes)
            .map(|(n, x)| {
                (
                    n.id,
                    StakeholderMeasures {
                        name: n.name.clone(),
                        degree: x.degree,
                        degree_in: x.degree_in,
                        degree_out: x.degree_out,
                        weighted_degree: x.weighted_degree,
                        betweenness: x.betweenness,
                        component: x.component,
                        community: x.community,
                        isolated: x.degree == 0,
                    },
                )
            })
            .collect();
        Self {
            components: m.components,
            communities: m.communities,
            modularity: m.modularity,
            watch: crate::chart::watch_list(input, m),
            stakeholders,
        }
    }
}

#[cfg(test)]
mod tests;
