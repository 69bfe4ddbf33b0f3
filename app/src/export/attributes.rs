//! The attributes the graph files (GraphML, GEXF) give each node and edge: one table a kind,
//! in the order both formats declare and write them, with the kind of value each holds so
//! each format can name its type. The names are ids, as in the CSV's columns, so analysts'
//! scripts can match on them.

use crate::files::Column;

use super::rows::{RelationshipRow, Rows, StakeholderRow, joined, score};

/// What an attribute holds; each format spells the type its own way.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Holds {
    Text,
    /// A score: whole on a group's map, a median (maybe a half) on the combined map.
    Score,
    /// A whole number.
    Count,
    Flag,
}

impl Holds {
    /// The type's name in a format that calls whole numbers `int` (GraphML `int`, GEXF
    /// `integer`); a score is a `double` on the combined map.
    pub fn type_name(self, rows: &Rows, int: &'static str) -> &'static str {
        match self {
            Holds::Text => "string",
            Holds::Score if rows.combined => "double",
            Holds::Score | Holds::Count => int,
            Holds::Flag => "boolean",
        }
    }
}

/// A declared attribute.
#[derive(Clone, Copy, Debug)]
pub struct Attr {
    pub name: &'static str,
    pub holds: Holds,
    /// Only the combined map's files have it; written after the others.
    pub combined_only: bool,
}

pub(super) const fn attr(name: &'static str, holds: Holds) -> Attr {
    Attr {
        name,
        holds,
        combined_only: false,
    }
}

const fn combined(name: &'static str, holds: Holds) -> Attr {
    Attr {
        name,
        holds,
        combined_only: true,
    }
}

/// A stakeholder's attributes.
pub const NODE: [Attr; 14] = [
    attr(Column::Name.as_str(), Holds::Text),
    attr(Column::GroupId.as_str(), Holds::Text),
    attr(Column::Group.as_str(), Holds::Text),
    attr(Column::Category.as_str(), Holds::Text),
    attr(Column::Level.as_str(), Holds::Text),
    attr(Column::Interest.as_str(), Holds::Score),
    attr(Column::Influence.as_str(), Holds::Score),
    attr(Column::Quadrant.as_str(), Holds::Text),
    attr(Column::Attitude.as_str(), Holds::Text),
    attr(Column::Interests.as_str(), Holds::Text),
    attr(Column::Cooperation.as_str(), Holds::Text),
    attr(Column::Notes.as_str(), Holds::Text),
    combined(Column::Members.as_str(), Holds::Text),
    combined(Column::Entries.as_str(), Holds::Count),
];

/// A relationship's attributes: the CSV's `direction` is a flag here.
pub const EDGE: [Attr; 6] = [
    attr(Column::Kind.as_str(), Holds::Text),
    attr(Column::Strength.as_str(), Holds::Score),
    attr("directed", Holds::Flag),
    attr(Column::GroupId.as_str(), Holds::Text),
    attr(Column::Group.as_str(), Holds::Text),
    combined(Column::Members.as_str(), Holds::Text),
];

/// The attributes of `list` that files of `rows` have.
pub fn declared<'a>(list: &'a [Attr], rows: &Rows) -> impl Iterator<Item = &'a Attr> {
    let combined = rows.combined;
    list.iter().filter(move |a| combined || !a.combined_only)
}

/// A stakeholder's values, by attribute name, in [`NODE`]'s order; ids rather than words.
pub fn node_values(rows: &Rows, s: &StakeholderRow) -> Vec<(&'static str, String)> {
    let values = [
        s.name.clone(),
        joined(&s.groups),
        rows.words.groups(&s.groups),
        s.category.as_str().to_owned(),
        s.level.as_str().to_owned(),
        score(s.interest),
        score(s.influence),
        s.quadrant.as_str().to_owned(),
        s.attitude.as_str().to_owned(),
        s.interests.clone(),
        s.cooperation.clone(),
        s.notes.clone(),
        joined(&s.members),
        s.members.len().to_string(),
    ];
    named(&NODE, rows, values)
}

/// A relationship's values, by attribute name, in [`EDGE`]'s order.
pub fn edge_values(rows: &Rows, r: &RelationshipRow) -> Vec<(&'static str, String)> {
    let values = [
        r.kind.as_str().to_owned(),
        score(r.strength),
        r.directed.to_string(),
        joined(&r.groups),
        rows.words.groups(&r.groups),
        joined(&r.members),
    ];
    named(&EDGE, rows, values)
}

/// `values`, one for each attribute of `list`, named, without those `rows` do not have.
fn named<const N: usize>(
    list: &[Attr; N],
    rows: &Rows,
    values: [String; N],
) -> Vec<(&'static str, String)> {
    list.iter()
        .zip(values)
        .filter(|(a, _)| rows.combined || !a.combined_only)
        .map(|(a, value)| (a.name, value))
        .collect()
}
