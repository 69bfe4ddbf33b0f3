//! A workshop: its setup, its groups, and every stakeholder the groups entered. The rules for
//! changing it are in `validate` ([`Workshop::validate`]), their effect in `apply`
//! ([`Workshop::apply`]); what each role may see of it in `visible`
//! ([`Workshop::seen_by`]).

mod apply;
mod baselines;
mod clusters;
mod undo;
mod validate;
mod visible;

use serde::{Deserialize, Serialize};

use super::{
    CategoryId, DomainError, Field, GroupId, Language, LevelId, Merge, MergeId, Relationship,
    RelationshipId, Round, Scale, Stakeholder, StakeholderId, Timer, WorkshopId,
};
pub(super) use clusters::{Sets, merged, positions};
use validate::{optional, required};
pub use visible::Reach;

/// How long texts may be, in characters (not bytes: Cyrillic takes two bytes a letter).
pub mod limits {
    pub const TITLE: usize = 200;
    pub const FOCAL: usize = 500;
    pub const QUESTION: usize = 1_000;
    pub const PLACE: usize = 200;
    pub const GROUP_NAME: usize = 100;
    pub const GROUPS: usize = 20;
    pub const NAME: usize = 200;
    pub const TEXT: usize = 4_000;
    /// Stakeholders in one merge: one per group is the usual case.
    pub const MERGE_MEMBERS: usize = 50;
    /// What a countdown is for.
    pub const TIMER_LABEL: usize = 100;
    /// A round's name.
    pub const ROUND_NAME: usize = 100;
    /// Rounds in one workshop: a workshop has two or three; each keeps its maps in the
    /// server's memory.
    pub const ROUNDS: usize = 20;
    pub const BASELINES: usize = 10;
    pub const BASELINE_ACTORS: usize = 2_000;
    /// The moderator's name for an analyst's or viewer's link.
    pub const KEY_LABEL: usize = 100;
    /// The longest countdown: 4 hours.
    pub const TIMER_SECONDS: u32 = 4 * 3600;
    /// A group's map has tens; a list pasted from elsewhere may have up to an import's
    /// thousand rows.
    pub const STAKEHOLDERS_PER_GROUP: usize = 1_000;
    pub const RELATIONSHIPS_PER_GROUP: usize = 5_000;
    /// The plenary's merges and rejections together.
    pub const MERGES: usize = 5_000;
    /// Edits in a workshop's life: a busy day of six groups is a few thousand. The log is
    /// replayed at every start and held in memory, so it cannot grow without end.
    pub const EDITS: u64 = 200_000;
}

/// Everything needed to create a workshop; ids and join codes come from the caller.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct WorkshopSetup {
    pub id: WorkshopId,
    pub title: String,
    pub focal: String,
    pub question: String,
    /// An ISO date, `YYYY-MM-DD`, or empty.
    pub date: String,
    pub place: String,
    pub language: Language,
    pub groups: Vec<Group>,
    /// A demo workshop is labelled as such everywhere, its scores as illustrative.
    #[serde(default)]
    pub demo: bool,
}

impl WorkshopSetup {
    /// The setup without the characters [`text::clean`](super::text::clean) refuses, so that
    /// a workshop stored before they were refused still starts.
    pub fn stripped(self) -> Self {
        let strip = |raw: &str, field| super::text::strip(raw, field).0;
        Self {
            title: strip(&self.title, Field::Title),
            focal: strip(&self.focal, Field::Focal),
            question: strip(&self.question, Field::Question),
            place: strip(&self.place, Field::Place),
            groups: self
                .groups
                .iter()
                .map(|g| Group::new(g.id, &strip(&g.name, Field::Groups)))
                .collect(),
            ..self
        }
    }
}

/// A breakout group. Its join code is an access secret and lives with the server, not here.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Group {
    id: GroupId,
    name: String,
}

impl Group {
    pub fn new(id: GroupId, name: &str) -> Self {
        Self {
            id,
            name: name.trim().to_owned(),
        }
    }
    pub fn id(&self) -> GroupId {
        self.id
    }
    pub fn name(&self) -> &str {
        &self.name
    }
}

#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Workshop {
    id: WorkshopId,
    title: String,
    focal: String,
    question: String,
    date: String,
    place: String,
    language: Language,
    demo: bool,
    groups: Vec<Group>,
    categories: Vec<CategoryId>,
    levels: Vec<LevelId>,
    scale: Scale,
    /// In the order they were added.
    stakeholders: Vec<Stakeholder>,
    /// In the order they were added.
    #[serde(default)]
    relationships: Vec<Relationship>,
    /// The moderator's merges and rejections, in the order they were made.
    #[serde(default)]
    merges: Vec<Merge>,
    /// The moderator's countdown, while one is set.
    #[serde(default)]
    timer: Option<Timer>,
    /// Whether the groups see every group's map and the combined map, not only their own.
    #[serde(default)]
    maps_shared: bool,
    /// The rounds the moderator closed, in order.
    #[serde(default)]
    rounds: Vec<Round>,
    /// Kept by the server only: a browser is never sent them in a workshop (`baseline.rs`).
    #[cfg(not(feature = "hydrate"))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    baselines: Vec<super::Baseline>,
    /// In a browser, which keeps no baselines: how many baseline edits it has passed since it
    /// was sent the workshop, so that a desk's page knows to ask for the baselines again.
    #[cfg(feature = "hydrate")]
    #[serde(skip)]
    baseline_edits: u32,
    /// How many edits have been applied.
    seq: u64,
}

impl Workshop {
    /// Creates a workshop with the seed's defaults: four categories, two levels, a 1–5 scale.
    pub fn create(setup: WorkshopSetup) -> Result<Self, DomainError> {
        let title = required(&setup.title, Field::Title, limits::TITLE)?;
        let focal = optional(&setup.focal, Field::Focal, limits::FOCAL)?;
        let question = optional(&setup.question, Field::Question, limits::QUESTION)?;
        let place = optional(&setup.place, Field::Place, limits::PLACE)?;
        let date = setup.date.trim().to_owned();
        if !date.is_empty() && !is_iso_date(&date) {
            return Err(DomainError::BadDate);
        }
        if setup.groups.is_empty() || setup.groups.len() > limits::GROUPS {
            return Err(DomainError::GroupCount {
                max: limits::GROUPS,
            });
        }
        let mut groups = Vec::with_capacity(setup.groups.len());
        for group in setup.groups {
            let name = required(&group.name, Field::Groups, limits::GROUP_NAME)?;
            if groups
                .iter()
                .any(|g: &Group| g.name.to_lowercase() == name.to_lowercase())
            {
                return Err(DomainError::DuplicateGroupName(name));
            }
            groups.push(Group { name, ..group });
        }
        Ok(Self {
            id: setup.id,
            title,
            focal,
            question,
            date,
            place,
            language: setup.language,
            demo: setup.demo,
            groups,
            categories: CategoryId::defaults(),
            levels: LevelId::defaults(),
            scale: Scale::default(),
            relationships: Vec::new(),
            merges: Vec::new(),
            stakeholders: Vec::new(),
            timer: None,
            maps_shared: false,
            rounds: Vec::new(),
            #[cfg(not(feature = "hydrate"))]
            baselines: Vec::new(),
            #[cfg(feature = "hydrate")]
            baseline_edits: 0,
            seq: 0,
        })
    }

    pub fn id(&self) -> WorkshopId {
        self.id
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn focal(&self) -> &str {
        &self.focal
    }
    pub fn question(&self) -> &str {
        &self.question
    }
    pub fn date(&self) -> &str {
        &self.date
    }
    pub fn place(&self) -> &str {
        &self.place
    }
    pub fn language(&self) -> Language {
        self.language
    }
    pub fn is_demo(&self) -> bool {
        self.demo
    }
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }
    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }
    pub fn categories(&self) -> &[CategoryId] {
        &self.categories
    }
    pub fn levels(&self) -> &[LevelId] {
        &self.levels
    }
    pub fn scale(&self) -> Scale {
        self.scale
    }
    pub fn stakeholders(&self) -> &[Stakeholder] {
        &self.stakeholders
    }
    pub fn stakeholder(&self, id: StakeholderId) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }
    pub fn seq(&self) -> u64 {
        self.seq
    }
    pub fn relationships(&self) -> &[Relationship] {
        &self.relationships
    }
    pub fn relationship(&self, id: RelationshipId) -> Option<&Relationship> {
        self.relationships.iter().find(|r| r.id == id)
    }
    pub fn merges(&self) -> &[Merge] {
        &self.merges
    }
    pub fn merge(&self, id: MergeId) -> Option<&Merge> {
        self.merges.iter().find(|m| m.id == id)
    }
    /// The countdown the moderator started, until they stop it (also once it reached zero).
    pub fn timer(&self) -> Option<&Timer> {
        self.timer.as_ref()
    }
    /// Whether the moderator shares every map with the groups.
    pub fn maps_shared(&self) -> bool {
        self.maps_shared
    }
    /// The setup it was created from: no edit changes these, so replaying its log from here
    /// gives it again (how a browser rebuilds the maps at any moment of the history).
    pub fn setup(&self) -> WorkshopSetup {
        WorkshopSetup {
            id: self.id,
            title: self.title.clone(),
            focal: self.focal.clone(),
            question: self.question.clone(),
            date: self.date.clone(),
            place: self.place.clone(),
            language: self.language,
            groups: self.groups.clone(),
            demo: self.demo,
        }
    }

    /// The closed rounds, in order: the first is round 1.
    pub fn rounds(&self) -> &[Round] {
        &self.rounds
    }
    /// Round `number`, from 1.
    pub fn round(&self, number: usize) -> Option<&Round> {
        number.checked_sub(1).and_then(|i| self.rounds.get(i))
    }
    /// The relationships that end at `stakeholder` (and go when it is deleted).
    pub fn relationships_of(
        &self,
        stakeholder: StakeholderId,
    ) -> impl Iterator<Item = &Relationship> {
        self.relationships
            .iter()
            .filter(move |r| r.touches(stakeholder))
    }
}

fn is_iso_date(s: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, format).is_ok()
}

#[cfg(test)]
mod tests;
