//! A workshop's rules, case by case: its setup here, then its stakeholders and relationships
//! and its limits (`caps`).

mod caps;
mod relationships;
mod replay;
mod rounds;
mod stakeholders;
mod undo;

use crate::domain::fixtures::*;
use crate::domain::*;

fn setup() -> WorkshopSetup {
    WorkshopSetup {
        id: WorkshopId::from_random_bytes([9; 16]),
        title: "  Клуб депутатов-женщин  ".to_owned(),
        focal: "Клуб".to_owned(),
        question: "Кто?".to_owned(),
        date: "2022-07-18".to_owned(),
        place: "Бишкек".to_owned(),
        language: Language::Ru,
        groups: vec![
            Group::new(gid(1), "Группа 1"),
            Group::new(gid(2), "Группа 2"),
        ],
        demo: false,
    }
}

fn workshop() -> Workshop {
    Workshop::create(setup()).expect("valid setup")
}

fn fields() -> StakeholderFields {
    StakeholderFields {
        name: "АМУЦА".to_owned(),
        category: "civil_society".to_owned(),
        level: "national".to_owned(),
        interest: 5,
        influence: 4,
        attitude: Attitude::Supportive,
        interests: "Обучение депутатов".to_owned(),
        cooperation: "Тренинги".to_owned(),
        notes: String::new(),
    }
}

/// The moderator or a group adds the stakeholder [`fields`] as `id` to `group`.
fn adding(id: StakeholderId, group: GroupId) -> Change {
    Change::AddStakeholder {
        id,
        group,
        fields: fields(),
    }
}

fn add(w: &mut Workshop, actor: Actor, id: StakeholderId, group: GroupId) {
    apply(w, actor, adding(id, group)).expect("valid");
}

#[test]
fn a_new_workshop_has_the_seed_defaults() {
    let w = workshop();
    assert_eq!(w.title(), "Клуб депутатов-женщин");
    let categories: Vec<_> = w.categories().iter().map(|c| c.as_str()).collect();
    assert_eq!(
        categories,
        ["state", "international", "civil_society", "informal"]
    );
    let levels: Vec<_> = w.levels().iter().map(|l| l.as_str()).collect();
    assert_eq!(levels, ["national", "local"]);
    assert_eq!((w.scale().min(), w.scale().max()), (1, 5));
    assert_eq!(w.seq(), 0);
}

#[test]
fn workshop_setups_are_checked() {
    type Case = (&'static str, Box<dyn Fn(&mut WorkshopSetup)>, DomainError);
    let cases: Vec<Case> = vec![
        (
            "blank title",
            Box::new(|s| s.title = "   ".into()),
            DomainError::Blank(Field::Title),
        ),
        (
            "long title",
            Box::new(|s| s.title = "я".repeat(201)),
            DomainError::TooLong {
                field: Field::Title,
                max: 200,
            },
        ),
        (
            "no groups",
            Box::new(|s| s.groups.clear()),
            DomainError::GroupCount { max: 20 },
        ),
        (
            "21 groups",
            Box::new(|s| {
                s.groups = (0..21u8)
                    .map(|n| Group::new(gid(n), &format!("G{n}")))
                    .collect()
            }),
            DomainError::GroupCount { max: 20 },
        ),
        (
            "same group name twice, differing in case",
            Box::new(|s| s.groups.push(Group::new(gid(3), "группа 1"))),
            DomainError::DuplicateGroupName("группа 1".into()),
        ),
        (
            "blank group name",
            Box::new(|s| s.groups.push(Group::new(gid(3), " "))),
            DomainError::Blank(Field::Groups),
        ),
        (
            "bad date",
            Box::new(|s| s.date = "18.07.2022".into()),
            DomainError::BadDate,
        ),
        (
            "impossible date",
            Box::new(|s| s.date = "2022-02-30".into()),
            DomainError::BadDate,
        ),
    ];
    for (what, change, expected) in cases {
        let mut s = setup();
        change(&mut s);
        assert_eq!(Workshop::create(s).unwrap_err(), expected, "{what}");
    }
    let mut s = setup();
    s.date = String::new();
    assert!(Workshop::create(s).is_ok(), "the date is optional");
}
