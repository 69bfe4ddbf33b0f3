//! A group's stakeholders: what their fields may hold, who may change them, and what a
//! change leaves behind.

use super::*;

#[test]
fn stakeholder_fields_are_checked() {
    type Case = (&'static str, fn(&mut StakeholderFields), DomainError);
    let cases: [Case; 12] = [
        (
            "blank name",
            |f| f.name = " \t ".into(),
            DomainError::Blank(Field::Name),
        ),
        (
            "name over 200 characters",
            |f| f.name = "ө".repeat(201),
            DomainError::TooLong {
                field: Field::Name,
                max: 200,
            },
        ),
        (
            "a name that would show reversed",
            |f| f.name = "Аким\u{202E}иат".into(),
            DomainError::Character {
                field: Field::Name,
                code_point: 0x202E,
                position: 5,
            },
        ),
        (
            "notes with a zero-width space",
            |f| f.notes = "see\nthe\u{200B}list".into(),
            DomainError::Character {
                field: Field::Notes,
                code_point: 0x200B,
                position: 8,
            },
        ),
        (
            "interest above the scale",
            |f| f.interest = 6,
            DomainError::OutOfScale {
                field: Field::Interest,
                min: 1,
                max: 5,
            },
        ),
        (
            "influence below the scale",
            |f| f.influence = 0,
            DomainError::OutOfScale {
                field: Field::Influence,
                min: 1,
                max: 5,
            },
        ),
        (
            "a huge score",
            |f| f.influence = i64::MAX,
            DomainError::OutOfScale {
                field: Field::Influence,
                min: 1,
                max: 5,
            },
        ),
        (
            "unknown category",
            |f| f.category = "church".into(),
            DomainError::UnknownCategory("church".into()),
        ),
        (
            "blank category",
            |f| f.category = String::new(),
            DomainError::Blank(Field::Category),
        ),
        (
            "unknown level",
            |f| f.level = "regional".into(),
            DomainError::UnknownLevel("regional".into()),
        ),
        (
            "interests over 4000 characters",
            |f| f.interests = "ү".repeat(4001),
            DomainError::TooLong {
                field: Field::Interests,
                max: 4000,
            },
        ),
        (
            "notes over 4000 characters",
            |f| f.notes = "x".repeat(4001),
            DomainError::TooLong {
                field: Field::Notes,
                max: 4000,
            },
        ),
    ];
    let w = workshop();
    for (what, spoil, expected) in cases {
        let mut f = fields();
        spoil(&mut f);
        let change = Change::AddStakeholder {
            id: sid(1),
            group: gid(1),
            fields: f,
        };
        assert_eq!(
            w.validate(Actor::Moderator, change).unwrap_err(),
            expected,
            "{what}"
        );
    }
}

#[test]
fn limits_count_characters_not_bytes() {
    let w = workshop();
    let mut f = fields();
    f.name = "ң".repeat(200);
    f.cooperation = "ө".repeat(4000);
    let change = Change::AddStakeholder {
        id: sid(1),
        group: gid(1),
        fields: f,
    };
    assert!(w.validate(Actor::Group(gid(1)), change).is_ok());
}

#[test]
fn a_workshop_stored_before_hidden_characters_were_refused_still_starts() {
    let mut setup = setup();
    setup.title = "Карта\u{200B} партнёров\u{202E}".into();
    assert!(matches!(
        Workshop::create(setup.clone()),
        Err(DomainError::Character { .. })
    ));
    let w = Workshop::create(setup.stripped()).expect("starts");
    assert_eq!(w.title(), "Карта партнёров");
}

#[test]
fn adding_trims_the_name_and_keeps_hostile_text_as_text() {
    let mut w = workshop();
    let mut f = fields();
    f.name = "  <script>alert(1)</script>  ".into();
    let change = Change::AddStakeholder {
        id: sid(1),
        group: gid(1),
        fields: f,
    };
    let valid = w.validate(Actor::Group(gid(1)), change).expect("valid");
    w.apply(valid);
    let s = w.stakeholder(sid(1)).expect("added");
    assert_eq!(s.name(), "<script>alert(1)</script>");
    assert_eq!((s.interest(), s.influence()), (5, 4));
    assert_eq!(s.group(), gid(1));
    assert_eq!(w.seq(), 1);
}

#[test]
fn a_group_changes_only_its_own_stakeholders() {
    let mut w = workshop();
    add(&mut w, Actor::Group(gid(1)), sid(1), gid(1));

    let into_other = adding(sid(2), gid(2));
    assert_eq!(
        w.validate(Actor::Group(gid(1)), into_other).unwrap_err(),
        DomainError::NotYourGroup
    );

    let patch = StakeholderPatch {
        interest: Some(1),
        ..Default::default()
    };
    let edit_other = Change::UpdateStakeholder { id: sid(1), patch };
    assert_eq!(
        w.validate(Actor::Group(gid(2)), edit_other.clone())
            .unwrap_err(),
        DomainError::NotYourGroup
    );
    let delete_other = Change::DeleteStakeholder { id: sid(1) };
    assert_eq!(
        w.validate(Actor::Group(gid(2)), delete_other).unwrap_err(),
        DomainError::NotYourGroup
    );

    assert!(
        w.validate(Actor::Moderator, edit_other).is_ok(),
        "the moderator may edit any group"
    );
}

#[test]
fn unknown_groups_and_stakeholders_are_refused() {
    let mut w = workshop();
    let change = adding(sid(1), gid(7));
    assert_eq!(
        w.validate(Actor::Moderator, change).unwrap_err(),
        DomainError::UnknownGroup
    );
    let change = Change::DeleteStakeholder { id: sid(5) };
    assert_eq!(
        w.validate(Actor::Moderator, change).unwrap_err(),
        DomainError::UnknownStakeholder
    );
    add(&mut w, Actor::Moderator, sid(1), gid(1));
    let again = adding(sid(1), gid(1));
    assert_eq!(
        w.validate(Actor::Moderator, again).unwrap_err(),
        DomainError::DuplicateStakeholder
    );
}

#[test]
fn a_patch_changes_only_the_fields_it_names() {
    let mut w = workshop();
    add(&mut w, Actor::Group(gid(1)), sid(1), gid(1));
    let patch = StakeholderPatch {
        influence: Some(2),
        attitude: Some(Attitude::Opposed),
        notes: Some("  позвонить  ".into()),
        ..Default::default()
    };
    let valid = w
        .validate(
            Actor::Group(gid(1)),
            Change::UpdateStakeholder { id: sid(1), patch },
        )
        .expect("valid");
    w.apply(valid);
    let s = w.stakeholder(sid(1)).expect("still there");
    assert_eq!((s.interest(), s.influence()), (5, 2));
    assert_eq!(s.attitude(), Attitude::Opposed);
    assert_eq!(s.notes(), "позвонить");
    assert_eq!(s.name(), "АМУЦА");
    assert_eq!(s.cooperation(), "Тренинги");
}

#[test]
fn an_invalid_patch_changes_nothing() {
    let mut w = workshop();
    add(&mut w, Actor::Moderator, sid(1), gid(1));
    let before = w.clone();
    let patch = StakeholderPatch {
        name: Some("Новое имя".into()),
        interest: Some(9),
        ..Default::default()
    };
    let err = w
        .validate(
            Actor::Moderator,
            Change::UpdateStakeholder { id: sid(1), patch },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some(Field::Interest));
    assert_eq!(w, before);
}

#[test]
fn deleting_removes_the_stakeholder() {
    let mut w = workshop();
    add(&mut w, Actor::Moderator, sid(1), gid(1));
    add(&mut w, Actor::Moderator, sid(2), gid(2));
    let valid = w
        .validate(
            Actor::Group(gid(1)),
            Change::DeleteStakeholder { id: sid(1) },
        )
        .expect("valid");
    w.apply(valid);
    let left: Vec<_> = w.stakeholders().iter().map(|s| s.id()).collect();
    assert_eq!(left, [sid(2)]);
    assert_eq!(w.seq(), 3);
}

#[test]
fn replaying_logged_changes_rebuilds_the_same_workshop() {
    let mut w = workshop();
    let mut log = Vec::new();
    let changes = [
        adding(sid(1), gid(1)),
        adding(sid(2), gid(2)),
        Change::UpdateStakeholder {
            id: sid(1),
            patch: StakeholderPatch {
                name: Some(" Союз МСУ ".into()),
                ..Default::default()
            },
        },
        Change::DeleteStakeholder { id: sid(2) },
    ];
    for change in changes {
        let valid = w.validate(Actor::Moderator, change).expect("valid");
        log.push(serde_json::to_string(valid.change()).expect("serialises"));
        w.apply(valid);
    }
    let mut replayed = workshop();
    for line in log {
        let change: Change = serde_json::from_str(&line).expect("parses");
        replayed.apply(Valid::from_log(change));
    }
    assert_eq!(replayed, w);
    assert_eq!(
        replayed.stakeholder(sid(1)).map(|s| s.name()),
        Some("Союз МСУ")
    );
}
