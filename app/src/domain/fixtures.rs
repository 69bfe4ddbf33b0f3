//! What the domain's tests build on: ids from one byte, a plenary workshop, changes applied as
//! the one write path applies them, and a room of stakeholders entered by several groups.

use super::{
    Actor, Attitude, Change, CombinedMap, DomainError, Group, GroupId, Language, MergeId,
    RelationshipId, StakeholderFields, StakeholderId, Verdict, Workshop, WorkshopId, WorkshopSetup,
};

pub fn gid(n: u8) -> GroupId {
    GroupId::from_random_bytes([n; 16])
}

pub fn sid(n: u8) -> StakeholderId {
    StakeholderId::from_random_bytes([n; 16])
}

pub fn rid(n: u8) -> RelationshipId {
    RelationshipId::from_random_bytes([n; 16])
}

pub fn mid(n: u8) -> MergeId {
    MergeId::from_random_bytes([n; 16])
}

/// A workshop with `groups` groups, «Группа 1» …, and nothing else set.
pub fn plenary(groups: u8) -> Workshop {
    Workshop::create(plenary_setup(groups)).expect("valid setup")
}

/// The setup [`plenary`] creates its workshop from.
pub fn plenary_setup(groups: u8) -> WorkshopSetup {
    WorkshopSetup {
        id: WorkshopId::from_random_bytes([9; 16]),
        title: "Пленарная".to_owned(),
        focal: String::new(),
        question: String::new(),
        date: String::new(),
        place: String::new(),
        language: Language::Ru,
        groups: (1..=groups)
            .map(|g| Group::new(gid(g), &format!("Группа {g}")))
            .collect(),
        demo: false,
    }
}

/// Validates and applies `change`, as the server does.
pub fn apply(w: &mut Workshop, actor: Actor, change: Change) -> Result<(), DomainError> {
    let valid = w.validate(actor, change)?;
    w.apply(valid);
    Ok(())
}

/// One stakeholder as a group entered it: the fields the combined map reads.
pub struct Entry {
    pub id: u8,
    pub group: u8,
    pub name: &'static str,
    pub category: &'static str,
    pub interest: i64,
    pub influence: i64,
}

pub const fn e(
    id: u8,
    group: u8,
    name: &'static str,
    category: &'static str,
    interest: i64,
    influence: i64,
) -> Entry {
    Entry {
        id,
        group,
        name,
        category,
        interest,
        influence,
    }
}

/// A four-group plenary with `entries` entered by the moderator.
pub fn with(entries: &[Entry]) -> Workshop {
    let mut w = plenary(4);
    for x in entries {
        let change = Change::AddStakeholder {
            id: sid(x.id),
            group: gid(x.group),
            fields: StakeholderFields {
                name: x.name.to_owned(),
                category: x.category.to_owned(),
                level: "national".to_owned(),
                interest: x.interest,
                influence: x.influence,
                attitude: Attitude::Unknown,
                interests: format!("интересы {}", x.id),
                cooperation: String::new(),
                notes: String::new(),
            },
        };
        apply(&mut w, Actor::Moderator, change).expect("valid entry");
    }
    w
}

pub fn merge_change(id: u8, members: &[u8]) -> Change {
    Change::AddMerge {
        id: mid(id),
        members: members.iter().map(|&m| sid(m)).collect(),
        verdict: Verdict::Same,
    }
}

/// The moderator merges `members` as merge `id`.
pub fn merge(w: &mut Workshop, id: u8, members: &[u8]) -> Result<(), DomainError> {
    apply(w, Actor::Moderator, merge_change(id, members))
}

/// One actor entered three times, one twice with other quotes, and one alone.
pub const ROOM: [Entry; 6] = [
    e(1, 1, "Министерство юстиции", "state", 2, 5),
    e(2, 2, "Минюст", "state", 4, 4),
    e(3, 3, "министерство юстиции", "international", 5, 2),
    e(4, 1, "ОО «Голос свободы»", "civil_society", 3, 3),
    e(5, 2, "ОО \"Голос свободы\"", "civil_society", 3, 4),
    e(6, 3, "Айыл өкмөтү", "state", 1, 1),
];

/// The combined map without the record of which decisions formed it (two orders of the same
/// merges may keep different ones when a later merge was redundant and so refused).
pub fn shape(mut map: CombinedMap) -> CombinedMap {
    for s in &mut map.stakeholders {
        s.merges.clear();
    }
    map
}
