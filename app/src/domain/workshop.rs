//! A workshop: its setup, its groups, and every stakeholder the groups entered.

use serde::{Deserialize, Serialize};

use super::combined::clusters;
use super::{
    Actor, CategoryId, Change, DomainError, Field, GroupId, Language, LevelId, MAX_STRENGTH, Merge,
    MergeId, Relationship, RelationshipFields, RelationshipId, Scale, Stakeholder,
    StakeholderFields, StakeholderId, StakeholderPatch, Timer, Valid, WorkshopId,
};

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
    /// The longest countdown: 4 hours.
    pub const TIMER_SECONDS: u32 = 4 * 3600;
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

/// A breakout group. Its join code is an access secret and lives with the server, not here.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
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
    /// The relationships that end at `stakeholder` (and go when it is deleted).
    pub fn relationships_of(
        &self,
        stakeholder: StakeholderId,
    ) -> impl Iterator<Item = &Relationship> {
        self.relationships
            .iter()
            .filter(move |r| r.touches(stakeholder))
    }

    /// Checks that `actor` may make `change` now and normalises it; changes nothing.
    pub fn validate(&self, actor: Actor, change: Change) -> Result<Valid, DomainError> {
        let change = match change {
            Change::AddStakeholder { id, group, fields } => {
                if self.group(group).is_none() {
                    return Err(DomainError::UnknownGroup);
                }
                may_touch(actor, group)?;
                if self.stakeholder(id).is_some() {
                    return Err(DomainError::DuplicateStakeholder);
                }
                let fields = self.check_fields(fields)?;
                Change::AddStakeholder { id, group, fields }
            }
            Change::UpdateStakeholder { id, patch } => {
                let current = self
                    .stakeholder(id)
                    .ok_or(DomainError::UnknownStakeholder)?;
                may_touch(actor, current.group)?;
                let patch = self.check_patch(patch)?;
                Change::UpdateStakeholder { id, patch }
            }
            Change::DeleteStakeholder { id } => {
                let current = self
                    .stakeholder(id)
                    .ok_or(DomainError::UnknownStakeholder)?;
                may_touch(actor, current.group)?;
                Change::DeleteStakeholder { id }
            }
            Change::AddRelationship { id, fields } => {
                if self.relationship(id).is_some() {
                    return Err(DomainError::DuplicateRelationshipId);
                }
                let fields = self.check_relationship(actor, fields, None)?;
                Change::AddRelationship { id, fields }
            }
            Change::UpdateRelationship { id, patch } => {
                let current = self
                    .relationship(id)
                    .ok_or(DomainError::UnknownRelationship)?;
                may_touch(actor, current.group)?;
                let merged = RelationshipFields {
                    from: current.from,
                    to: current.to,
                    kind: patch.kind.unwrap_or(current.kind),
                    strength: patch.strength.unwrap_or(i64::from(current.strength)),
                    directed: patch.directed.unwrap_or(current.directed),
                };
                self.check_relationship(actor, merged, Some(id))?;
                Change::UpdateRelationship { id, patch }
            }
            Change::DeleteRelationship { id } => {
                let current = self
                    .relationship(id)
                    .ok_or(DomainError::UnknownRelationship)?;
                may_touch(actor, current.group)?;
                Change::DeleteRelationship { id }
            }
            Change::AddMerge {
                id,
                members,
                verdict,
            } => {
                if actor != Actor::Moderator {
                    return Err(DomainError::ModeratorOnly);
                }
                if self.merge(id).is_some() {
                    return Err(DomainError::DuplicateMergeId);
                }
                let members = self.check_merge(members)?;
                Change::AddMerge {
                    id,
                    members,
                    verdict,
                }
            }
            Change::DeleteMerge { id } => {
                if actor != Actor::Moderator {
                    return Err(DomainError::ModeratorOnly);
                }
                self.merge(id).ok_or(DomainError::UnknownMerge)?;
                Change::DeleteMerge { id }
            }
            Change::StartTimer {
                label,
                seconds,
                started_at,
            } => {
                if actor != Actor::Moderator {
                    return Err(DomainError::ModeratorOnly);
                }
                if !(1..=limits::TIMER_SECONDS).contains(&seconds) {
                    return Err(DomainError::TimerLength {
                        max: limits::TIMER_SECONDS,
                    });
                }
                Change::StartTimer {
                    label: optional(&label, Field::Label, limits::TIMER_LABEL)?,
                    seconds,
                    started_at,
                }
            }
            Change::StopTimer => {
                if actor != Actor::Moderator {
                    return Err(DomainError::ModeratorOnly);
                }
                Change::StopTimer
            }
        };
        Ok(Valid(change))
    }

    /// Applies a validated change. Infallible: everything that could fail was checked.
    pub fn apply(&mut self, valid: Valid) {
        match valid.0 {
            Change::AddStakeholder { id, group, fields } => {
                self.stakeholders.push(Stakeholder {
                    id,
                    group,
                    name: fields.name,
                    category: CategoryId::new(&fields.category),
                    level: LevelId::new(&fields.level),
                    interest: score(fields.interest),
                    influence: score(fields.influence),
                    attitude: fields.attitude,
                    interests: fields.interests,
                    cooperation: fields.cooperation,
                    notes: fields.notes,
                });
            }
            Change::UpdateStakeholder { id, patch } => {
                if let Some(s) = self.stakeholders.iter_mut().find(|s| s.id == id) {
                    patch_into(s, patch);
                }
            }
            Change::DeleteStakeholder { id } => {
                self.stakeholders.retain(|s| s.id != id);
                // A relationship cannot outlive either end.
                self.relationships.retain(|r| !r.touches(id));
            }
            Change::AddRelationship { id, fields } => {
                let group = self
                    .stakeholder(fields.from)
                    .map(|s| s.group)
                    .expect("validated: both ends exist");
                self.relationships.push(Relationship {
                    id,
                    group,
                    from: fields.from,
                    to: fields.to,
                    kind: fields.kind,
                    strength: strength(fields.strength),
                    directed: fields.directed,
                });
            }
            Change::UpdateRelationship { id, patch } => {
                if let Some(r) = self.relationships.iter_mut().find(|r| r.id == id) {
                    if let Some(kind) = patch.kind {
                        r.kind = kind;
                    }
                    if let Some(s) = patch.strength {
                        r.strength = strength(s);
                    }
                    if let Some(directed) = patch.directed {
                        r.directed = directed;
                    }
                }
            }
            Change::DeleteRelationship { id } => self.relationships.retain(|r| r.id != id),
            Change::AddMerge {
                id,
                members,
                verdict,
            } => self.merges.push(Merge {
                id,
                members,
                verdict,
            }),
            Change::DeleteMerge { id } => self.merges.retain(|m| m.id != id),
            Change::StartTimer {
                label,
                seconds,
                started_at,
            } => {
                self.timer = Some(Timer {
                    label,
                    seconds,
                    started_at,
                });
            }
            Change::StopTimer => self.timer = None,
        }
        self.seq += 1;
    }

    fn check_fields(&self, f: StakeholderFields) -> Result<StakeholderFields, DomainError> {
        Ok(StakeholderFields {
            name: required(&f.name, Field::Name, limits::NAME)?,
            category: self.check_category(&f.category)?,
            level: self.check_level(&f.level)?,
            interest: self.check_score(f.interest, Field::Interest)?,
            influence: self.check_score(f.influence, Field::Influence)?,
            attitude: f.attitude,
            interests: optional(&f.interests, Field::Interests, limits::TEXT)?,
            cooperation: optional(&f.cooperation, Field::Cooperation, limits::TEXT)?,
            notes: optional(&f.notes, Field::Notes, limits::TEXT)?,
        })
    }

    fn check_patch(&self, p: StakeholderPatch) -> Result<StakeholderPatch, DomainError> {
        Ok(StakeholderPatch {
            name: p
                .name
                .map(|v| required(&v, Field::Name, limits::NAME))
                .transpose()?,
            category: p.category.map(|v| self.check_category(&v)).transpose()?,
            level: p.level.map(|v| self.check_level(&v)).transpose()?,
            interest: p
                .interest
                .map(|v| self.check_score(v, Field::Interest))
                .transpose()?,
            influence: p
                .influence
                .map(|v| self.check_score(v, Field::Influence))
                .transpose()?,
            attitude: p.attitude,
            interests: p
                .interests
                .map(|v| optional(&v, Field::Interests, limits::TEXT))
                .transpose()?,
            cooperation: p
                .cooperation
                .map(|v| optional(&v, Field::Cooperation, limits::TEXT))
                .transpose()?,
            notes: p
                .notes
                .map(|v| optional(&v, Field::Notes, limits::TEXT))
                .transpose()?,
        })
    }

    /// Both ends exist, differ and belong to one group the actor may change; the strength is
    /// 1–3; no other relationship (`except` the one being changed) joins the pair with the
    /// same kind.
    fn check_relationship(
        &self,
        actor: Actor,
        f: RelationshipFields,
        except: Option<RelationshipId>,
    ) -> Result<RelationshipFields, DomainError> {
        let from = self
            .stakeholder(f.from)
            .ok_or(DomainError::UnknownStakeholder)?;
        let to = self
            .stakeholder(f.to)
            .ok_or(DomainError::UnknownStakeholder)?;
        if f.from == f.to {
            return Err(DomainError::SelfLink);
        }
        if from.group != to.group {
            return Err(DomainError::CrossGroup);
        }
        may_touch(actor, from.group)?;
        if !(1..=i64::from(MAX_STRENGTH)).contains(&f.strength) {
            return Err(DomainError::OutOfScale {
                field: Field::Strength,
                min: 1,
                max: MAX_STRENGTH,
            });
        }
        if self
            .relationships
            .iter()
            .any(|r| Some(r.id) != except && r.kind == f.kind && r.joins(f.from, f.to))
        {
            return Err(DomainError::DuplicateRelationship);
        }
        Ok(f)
    }

    /// 2 to [`limits::MERGE_MEMBERS`] different stakeholders that exist and are not one on
    /// the combined map already (a decision about them would change nothing, and undoing it
    /// would surprise). Returns them sorted, so equal decisions look equal.
    fn check_merge(
        &self,
        mut members: Vec<StakeholderId>,
    ) -> Result<Vec<StakeholderId>, DomainError> {
        members.sort();
        members.dedup();
        if !(2..=limits::MERGE_MEMBERS).contains(&members.len()) {
            return Err(DomainError::MergeSize {
                max: limits::MERGE_MEMBERS,
            });
        }
        if members.iter().any(|m| self.stakeholder(*m).is_none()) {
            return Err(DomainError::UnknownStakeholder);
        }
        let cluster = clusters(self);
        if members.iter().all(|m| cluster[m] == cluster[&members[0]]) {
            return Err(DomainError::AlreadyMerged);
        }
        Ok(members)
    }

    fn check_category(&self, raw: &str) -> Result<String, DomainError> {
        let raw = raw.trim();
        if self.categories.iter().any(|c| c.as_str() == raw) {
            Ok(raw.to_owned())
        } else if raw.is_empty() {
            Err(DomainError::Blank(Field::Category))
        } else {
            Err(DomainError::UnknownCategory(raw.to_owned()))
        }
    }

    fn check_level(&self, raw: &str) -> Result<String, DomainError> {
        let raw = raw.trim();
        if self.levels.iter().any(|l| l.as_str() == raw) {
            Ok(raw.to_owned())
        } else if raw.is_empty() {
            Err(DomainError::Blank(Field::Level))
        } else {
            Err(DomainError::UnknownLevel(raw.to_owned()))
        }
    }

    fn check_score(&self, value: i64, field: Field) -> Result<i64, DomainError> {
        if self.scale.contains(value) {
            Ok(value)
        } else {
            Err(DomainError::OutOfScale {
                field,
                min: self.scale.min(),
                max: self.scale.max(),
            })
        }
    }
}

/// A validated strength (1–3) as stored.
fn strength(value: i64) -> u8 {
    u8::try_from(value).unwrap_or(1)
}

fn may_touch(actor: Actor, owner: GroupId) -> Result<(), DomainError> {
    match actor {
        Actor::Moderator => Ok(()),
        Actor::Group(g) if g == owner => Ok(()),
        Actor::Group(_) => Err(DomainError::NotYourGroup),
    }
}

fn patch_into(s: &mut Stakeholder, p: StakeholderPatch) {
    if let Some(v) = p.name {
        s.name = v;
    }
    if let Some(v) = p.category {
        s.category = CategoryId::new(&v);
    }
    if let Some(v) = p.level {
        s.level = LevelId::new(&v);
    }
    if let Some(v) = p.interest {
        s.interest = score(v);
    }
    if let Some(v) = p.influence {
        s.influence = score(v);
    }
    if let Some(v) = p.attitude {
        s.attitude = v;
    }
    if let Some(v) = p.interests {
        s.interests = v;
    }
    if let Some(v) = p.cooperation {
        s.cooperation = v;
    }
    if let Some(v) = p.notes {
        s.notes = v;
    }
}

/// Scores were checked against the scale, whose bounds are `u8`.
fn score(value: i64) -> u8 {
    u8::try_from(value).unwrap_or(u8::MAX)
}

fn required(raw: &str, field: Field, max: usize) -> Result<String, DomainError> {
    let value = optional(raw, field, max)?;
    if value.is_empty() {
        Err(DomainError::Blank(field))
    } else {
        Ok(value)
    }
}

fn optional(raw: &str, field: Field, max: usize) -> Result<String, DomainError> {
    let value = raw.trim();
    if value.chars().count() > max {
        Err(DomainError::TooLong { field, max })
    } else {
        Ok(value.to_owned())
    }
}

fn is_iso_date(s: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, format).is_ok()
}
