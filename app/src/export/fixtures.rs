//! The small workshop the export and import tests read and write: Cyrillic and Kyrgyz names,
//! hostile ones, two groups, a merge.

use crate::domain::{
    Actor, Attitude, Change, Group, GroupId, Language, MergeId, RelationKind, RelationshipFields,
    RelationshipId, StakeholderFields, StakeholderId, Verdict, Workshop, WorkshopId, WorkshopSetup,
};

pub const HOSTILE: [&str; 5] = [
    "=HYPERLINK(\"http://x.example\",\"click\")",
    "<script>alert('x')</script>",
    "Say \"hi\", friend; 'quoted' &amp;",
    "🌍 Emoji & co",
    "-2+3",
];

fn id<T>(make: fn([u8; 16]) -> T, n: u8) -> T {
    make([n; 16])
}

pub fn g(n: u8) -> GroupId {
    id(GroupId::from_random_bytes, n)
}
pub fn s(n: u8) -> StakeholderId {
    id(StakeholderId::from_random_bytes, n)
}

fn apply(w: &mut Workshop, change: Change) {
    let valid = w.validate(Actor::Moderator, change).expect("a valid edit");
    w.apply(valid);
}

fn add(w: &mut Workshop, n: u8, group: u8, name: &str, interest: i64, influence: i64) {
    apply(
        w,
        Change::AddStakeholder {
            id: s(n),
            group: g(group),
            fields: StakeholderFields {
                name: name.to_owned(),
                category: if n.is_multiple_of(2) {
                    "state"
                } else {
                    "civil_society"
                }
                .to_owned(),
                level: "national".to_owned(),
                interest,
                influence,
                attitude: Attitude::Supportive,
                interests: format!("интересы {name}"),
                cooperation: "=1+1".to_owned(),
                notes: String::new(),
            },
        },
    );
}

fn link(w: &mut Workshop, n: u8, from: u8, to: u8, kind: RelationKind, directed: bool) {
    apply(
        w,
        Change::AddRelationship {
            id: id(RelationshipId::from_random_bytes, n),
            fields: RelationshipFields {
                from: s(from),
                to: s(to),
                kind,
                strength: 2,
                directed,
            },
        },
    );
}

/// Two groups; group 1 names the ministry, parliament and the hostile names; group 2 names
/// the ministry again (merged) and a Kyrgyz fund.
pub fn workshop() -> Workshop {
    let mut w = Workshop::create(WorkshopSetup {
        id: id(WorkshopId::from_random_bytes, 9),
        title: "Доступ к правосудию".to_owned(),
        focal: String::new(),
        question: String::new(),
        date: "2022-07-18".to_owned(),
        place: "Бишкек".to_owned(),
        language: Language::Ru,
        groups: vec![Group::new(g(1), "Группа 1"), Group::new(g(2), "Топ 2")],
        demo: false,
    })
    .unwrap();
    add(&mut w, 1, 1, "Министерство юстиции", 5, 4);
    add(&mut w, 2, 1, "Жогорку Кеңеш", 2, 5);
    for (i, name) in HOSTILE.iter().enumerate() {
        add(&mut w, 10 + i as u8, 1, name, 3, 2);
    }
    add(&mut w, 3, 2, "Минюст", 4, 4);
    add(&mut w, 4, 2, "Өнүгүү фонду", 1, 1);
    link(&mut w, 1, 1, 2, RelationKind::Authority, true);
    link(&mut w, 2, 1, 10, RelationKind::Cooperation, false);
    link(&mut w, 3, 3, 4, RelationKind::Funding, true);
    apply(
        &mut w,
        Change::AddMerge {
            id: id(MergeId::from_random_bytes, 1),
            members: vec![s(1), s(3)],
            verdict: Verdict::Same,
        },
    );
    w
}
