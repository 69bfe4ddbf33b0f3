//! The workshop read as two tables — stakeholders and relationships — for every file: one
//! group's entries, every group's, or the combined map, with the words in one language.
//! Each writer only lays these rows out in its format, so the files agree with each other.

use std::collections::HashMap;

use crate::chart::Scope;
use crate::domain::{
    Attitude, CategoryId, GroupId, Language, LevelId, Quadrant, RelationKind, RelationshipId,
    Scale, Stakeholder, StakeholderId, Workshop, combine,
};
use crate::files::Column;
use crate::i18n::{Direction, Term, tr};

use super::{ExportError, ExportOptions};

/// One stakeholder: a group's entry, or a combined stakeholder of the plenary's map.
#[derive(Clone, PartialEq, Debug)]
pub struct StakeholderRow {
    /// The entry's id; a combined stakeholder's first-entered member's.
    pub id: StakeholderId,
    /// The entry itself; the members of a combined stakeholder, in the order entered.
    pub members: Vec<StakeholderId>,
    /// The groups that named it, in the workshop's order.
    pub groups: Vec<GroupId>,
    pub name: String,
    pub category: CategoryId,
    pub level: LevelId,
    /// The score; a combined stakeholder's median (which may be a half).
    pub interest: f64,
    pub influence: f64,
    pub quadrant: Quadrant,
    /// A combined stakeholder's is its members' majority, the first entered among equals.
    pub attitude: Attitude,
    /// A combined stakeholder's gathers every member's, each after its group's name.
    pub interests: String,
    pub cooperation: String,
    pub notes: String,
}

/// One relationship: a group's, or the relationships of one kind between two combined
/// stakeholders.
#[derive(Clone, PartialEq, Debug)]
pub struct RelationshipRow {
    /// The relationship's id; a combined one's first member's.
    pub id: RelationshipId,
    pub members: Vec<RelationshipId>,
    pub groups: Vec<GroupId>,
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: RelationKind,
    /// 1–3; a combined relationship's median.
    pub strength: f64,
    /// One-way (from → to); mutual when false.
    pub directed: bool,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Rows {
    pub combined: bool,
    pub scale: Scale,
    pub stakeholders: Vec<StakeholderRow>,
    /// Only between stakeholders in [`Rows::stakeholders`].
    pub relationships: Vec<RelationshipRow>,
    pub words: Words,
}

impl Rows {
    pub fn stakeholder(&self, id: StakeholderId) -> Option<&StakeholderRow> {
        self.stakeholders.iter().find(|s| s.id == id)
    }
    /// Names by id, for the relationship tables.
    pub fn names(&self) -> HashMap<StakeholderId, &str> {
        self.stakeholders
            .iter()
            .map(|s| (s.id, s.name.as_str()))
            .collect()
    }
}

/// The words of one language, and the workshop's group names, for the cells.
#[derive(Clone, PartialEq, Debug)]
pub struct Words {
    pub lang: Language,
    groups: Vec<(GroupId, String)>,
}

impl Words {
    pub fn new(workshop: &Workshop, lang: Language) -> Self {
        Self {
            lang,
            groups: workshop
                .groups()
                .iter()
                .map(|g| (g.id(), g.name().to_owned()))
                .collect(),
        }
    }
    /// The message `key` in the rows' language (sheet names and the like).
    pub fn word(&self, key: &str) -> String {
        tr(self.lang, key)
    }
    /// A column's header.
    pub fn column(&self, column: Column) -> String {
        column.word(self.lang)
    }
    pub fn group(&self, id: GroupId) -> &str {
        self.groups
            .iter()
            .find(|(g, _)| *g == id)
            .map(|(_, name)| name.as_str())
            .unwrap_or_default()
    }
    /// Several groups' names in one cell.
    pub fn groups(&self, ids: &[GroupId]) -> String {
        ids.iter()
            .map(|g| self.group(*g))
            .collect::<Vec<_>>()
            .join("; ")
    }
    /// A custom category or level has no translation: its id is its name (as on pictures).
    pub fn category(&self, id: &CategoryId) -> String {
        id.word(self.lang)
    }
    pub fn level(&self, id: &LevelId) -> String {
        id.word(self.lang)
    }
    pub fn quadrant(&self, q: Quadrant) -> String {
        q.word(self.lang)
    }
    pub fn attitude(&self, a: Attitude) -> String {
        a.word(self.lang)
    }
    pub fn kind(&self, k: RelationKind) -> String {
        k.word(self.lang)
    }
    pub fn direction(&self, directed: bool) -> String {
        Direction { directed }.word(self.lang)
    }
}

/// Ids joined by spaces: one attribute value in the graph files.
pub fn joined<T: ToString>(ids: &[T]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A score as people write it: `4`, or `3.5` for a median between two.
pub fn score(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Reads the workshop into rows as `options` ask.
pub fn rows(workshop: &Workshop, options: &ExportOptions) -> Result<Rows, ExportError> {
    let words = Words::new(workshop, options.lang);
    match options.scope {
        Scope::Combined => return Ok(combined_rows(workshop, words)),
        Scope::Group(g) => {
            workshop.group(g).ok_or(ExportError::UnknownGroup)?;
        }
        Scope::AllGroups => {}
    }
    let kept = |group: GroupId| options.scope.holds(group);
    let scale = workshop.scale();
    let stakeholders = workshop
        .stakeholders()
        .iter()
        .filter(|s| kept(s.group()))
        .map(|s| StakeholderRow {
            id: s.id(),
            members: vec![s.id()],
            groups: vec![s.group()],
            name: s.name().to_owned(),
            category: s.category().clone(),
            level: s.level().clone(),
            interest: f64::from(s.interest()),
            influence: f64::from(s.influence()),
            quadrant: Quadrant::of(scale, s.interest(), s.influence()),
            attitude: s.attitude(),
            interests: s.interests().to_owned(),
            cooperation: s.cooperation().to_owned(),
            notes: s.notes().to_owned(),
        })
        .collect();
    // A relationship joins two stakeholders of its own group, so the group filter keeps both
    // ends whenever it keeps the relationship.
    let relationships = workshop
        .relationships()
        .iter()
        .filter(|r| kept(r.group()))
        .map(|r| RelationshipRow {
            id: r.id(),
            members: vec![r.id()],
            groups: vec![r.group()],
            from: r.from(),
            to: r.to(),
            kind: r.kind(),
            strength: f64::from(r.strength()),
            directed: r.directed(),
        })
        .collect();
    Ok(Rows {
        combined: false,
        scale,
        stakeholders,
        relationships,
        words,
    })
}

fn combined_rows(workshop: &Workshop, words: Words) -> Rows {
    let map = combine(workshop);
    // By id once: `Workshop::stakeholder` scans the list, and every member is looked up four
    // times (5,000 stakeholders: ~200 ms of scanning).
    let by_id: HashMap<StakeholderId, &Stakeholder> = workshop
        .stakeholders()
        .iter()
        .map(|s| (s.id(), s))
        .collect();
    let entry = |id: StakeholderId| by_id.get(&id).copied();
    let stakeholders = map
        .stakeholders
        .iter()
        .map(|c| {
            let several = c.groups.len() > 1;
            // Each member's text after its group's name, so the report can quote who said it.
            let gather = |text: fn(&Stakeholder) -> &str| {
                c.members
                    .iter()
                    .filter_map(|m| entry(*m))
                    .filter(|s| !text(s).is_empty())
                    .map(|s| {
                        if several {
                            format!("{}: {}", words.group(s.group()), text(s))
                        } else {
                            text(s).to_owned()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            StakeholderRow {
                id: c.id,
                members: c.members.clone(),
                groups: c.groups.clone(),
                name: c.name.clone(),
                category: c.category.clone(),
                level: c.level.clone(),
                interest: c.interest.median,
                influence: c.influence.median,
                quadrant: c.quadrant,
                attitude: majority(c.members.iter().filter_map(|m| Some(entry(*m)?.attitude()))),
                interests: gather(Stakeholder::interests),
                cooperation: gather(Stakeholder::cooperation),
                notes: gather(Stakeholder::notes),
            }
        })
        .collect();
    let relationships = map
        .relationships
        .iter()
        .filter_map(|r| {
            Some(RelationshipRow {
                id: *r.members.first()?,
                members: r.members.clone(),
                groups: r.groups.clone(),
                from: r.from,
                to: r.to,
                kind: r.kind,
                strength: r.strength,
                directed: r.directed,
            })
        })
        .collect();
    Rows {
        combined: true,
        scale: workshop.scale(),
        stakeholders,
        relationships,
        words,
    }
}

/// The most frequent attitude, the first seen among equals (as the combined map's category).
fn majority(attitudes: impl Iterator<Item = Attitude>) -> Attitude {
    let mut counts: Vec<(Attitude, usize)> = Vec::new();
    for a in attitudes {
        match counts.iter_mut().find(|(b, _)| *b == a) {
            Some((_, n)) => *n += 1,
            None => counts.push((a, 1)),
        }
    }
    // `max_by_key` keeps the last of equals; scanning for a strictly greater count keeps the
    // first.
    counts
        .iter()
        .fold(None::<(Attitude, usize)>, |best, &(a, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((a, n)),
        })
        .map(|(a, _)| a)
        .unwrap_or_default()
}
