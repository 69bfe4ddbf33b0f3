//! The domain's rules, case by case.

use super::*;

fn gid(n: u8) -> GroupId {
    GroupId::from_random_bytes([n; 16])
}

fn sid(n: u8) -> StakeholderId {
    StakeholderId::from_random_bytes([n; 16])
}

fn code(c: &str) -> JoinCode {
    JoinCode::parse(c).expect("valid code")
}

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

fn add(w: &mut Workshop, actor: Actor, id: StakeholderId, group: GroupId) {
    let change = Change::AddStakeholder {
        id,
        group,
        fields: fields(),
    };
    let valid = w.validate(actor, change).expect("valid");
    w.apply(valid);
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

#[test]
fn stakeholder_fields_are_checked() {
    type Case = (&'static str, fn(&mut StakeholderFields), DomainError);
    let cases: [Case; 10] = [
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

    let into_other = Change::AddStakeholder {
        id: sid(2),
        group: gid(2),
        fields: fields(),
    };
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
    let change = Change::AddStakeholder {
        id: sid(1),
        group: gid(7),
        fields: fields(),
    };
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
    let again = Change::AddStakeholder {
        id: sid(1),
        group: gid(1),
        fields: fields(),
    };
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
        Change::AddStakeholder {
            id: sid(1),
            group: gid(1),
            fields: fields(),
        },
        Change::AddStakeholder {
            id: sid(2),
            group: gid(2),
            fields: fields(),
        },
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

#[test]
fn join_codes_are_forgiving_to_type_and_never_ambiguous() {
    assert_eq!(code(" k7m-2qx ").as_str(), "K7M2QX");
    for bad in [
        "K7M2Q",
        "K7M2QXX",
        "K0M2QX",
        "KOM2QX",
        "K1M2QX",
        "KIM2QX",
        "KLM2QX",
        "К7М2QХ",
    ] {
        assert_eq!(JoinCode::parse(bad), Err(DomainError::BadJoinCode), "{bad}");
    }
    for seed in 0..=255u8 {
        let made = JoinCode::from_random_bytes([seed, seed.wrapping_mul(7), 3, 200, 99, seed]);
        assert_eq!(JoinCode::parse(made.as_str()).as_ref(), Ok(&made));
    }
}

#[test]
fn edit_ids_are_short_visible_ascii() {
    assert!(EditId::parse("7f1c-42").is_ok());
    for bad in ["", "has space", "кириллица", &"x".repeat(101)] {
        assert_eq!(EditId::parse(bad), Err(DomainError::BadEditId), "{bad:?}");
    }
}

#[test]
fn errors_name_their_field_and_a_stable_code() {
    let e = DomainError::OutOfScale {
        field: Field::Interest,
        min: 1,
        max: 5,
    };
    assert_eq!(
        (e.code(), e.field()),
        ("out_of_scale", Some(Field::Interest))
    );
    assert_eq!(e.to_string(), "interest must be a whole number from 1 to 5");
    assert!(DomainError::NotYourGroup.is_forbidden());
    assert!(DomainError::UnknownStakeholder.is_not_found());
}

#[test]
fn edits_round_trip_through_json_with_readable_tags() {
    let edit = Edit {
        id: EditId::parse("e-1").expect("valid"),
        change: Change::DeleteStakeholder { id: sid(1) },
    };
    let json = serde_json::to_value(&edit).expect("serialises");
    assert_eq!(json["change"]["op"], "delete_stakeholder");
    let back: Edit = serde_json::from_value(json).expect("parses");
    assert_eq!(back, edit);
}

#[test]
fn the_quadrant_rule_counts_the_middle_as_high() {
    use super::Quadrant::*;
    let five = Scale::new(1, 5).unwrap();
    let ten = Scale::new(1, 10).unwrap();
    let zero_four = Scale::new(0, 4).unwrap();
    // (scale, interest, influence, quadrant)
    let cases = [
        (five, 3, 3, ManageClosely),
        (five, 2, 3, KeepSatisfied),
        (five, 3, 2, KeepInformed),
        (five, 2, 2, Monitor),
        (five, 5, 5, ManageClosely),
        (five, 1, 1, Monitor),
        (five, 1, 5, KeepSatisfied),
        (five, 5, 1, KeepInformed),
        (ten, 5, 6, KeepSatisfied),
        (ten, 6, 5, KeepInformed),
        (ten, 6, 6, ManageClosely),
        (zero_four, 2, 2, ManageClosely),
        (zero_four, 1, 1, Monitor),
    ];
    for (scale, interest, influence, expected) in cases {
        assert_eq!(
            super::Quadrant::of(scale, interest, influence),
            expected,
            "{scale:?} interest {interest} influence {influence}"
        );
    }
    assert_eq!(five.first_high(), 3);
    assert_eq!(ten.first_high(), 6);
    assert_eq!(zero_four.first_high(), 2);
}

fn rid(n: u8) -> RelationshipId {
    RelationshipId::from_random_bytes([n; 16])
}

fn link(from: StakeholderId, to: StakeholderId, kind: RelationKind) -> RelationshipFields {
    RelationshipFields {
        from,
        to,
        kind,
        strength: 2,
        directed: false,
    }
}

fn add_link(w: &mut Workshop, actor: Actor, id: RelationshipId, fields: RelationshipFields) {
    let valid = w
        .validate(actor, Change::AddRelationship { id, fields })
        .expect("valid relationship");
    w.apply(valid);
}

#[test]
fn relationships_are_checked() {
    use RelationKind::*;
    let mut w = workshop();
    let (g1, g2) = (gid(1), gid(2));
    for (n, g) in [(1, g1), (2, g1), (3, g1), (4, g2)] {
        add(&mut w, Actor::Moderator, sid(n), g);
    }
    add_link(
        &mut w,
        Actor::Group(g1),
        rid(1),
        link(sid(1), sid(2), Cooperation),
    );
    let strength = |s| RelationshipFields {
        strength: s,
        ..link(sid(1), sid(3), Funding)
    };
    // (actor, fields, expected error code)
    let cases = [
        (Actor::Group(g1), link(sid(1), sid(1), Funding), "self_link"),
        (
            Actor::Group(g1),
            link(sid(1), sid(9), Funding),
            "unknown_stakeholder",
        ),
        (
            Actor::Moderator,
            link(sid(1), sid(4), Funding),
            "cross_group",
        ),
        (
            Actor::Group(g2),
            link(sid(1), sid(3), Funding),
            "not_your_group",
        ),
        (
            Actor::Group(g1),
            link(sid(2), sid(1), Cooperation),
            "duplicate_relationship",
        ),
        (Actor::Group(g1), strength(0), "out_of_scale"),
        (Actor::Group(g1), strength(4), "out_of_scale"),
    ];
    for (actor, fields, code) in cases {
        let err = w
            .validate(
                actor,
                Change::AddRelationship {
                    id: rid(9),
                    fields: fields.clone(),
                },
            )
            .expect_err(code);
        assert_eq!(err.code(), code, "{fields:?}");
    }
    // Another kind between the same pair is a second relationship, not a duplicate.
    add_link(
        &mut w,
        Actor::Group(g1),
        rid(2),
        link(sid(2), sid(1), Information),
    );
    let err = w
        .validate(
            Actor::Group(g1),
            Change::AddRelationship {
                id: rid(1),
                fields: link(sid(1), sid(3), Funding),
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "duplicate_relationship_id");
    // Changing the kind into one the pair already has is refused as a duplicate.
    let err = w
        .validate(
            Actor::Group(g1),
            Change::UpdateRelationship {
                id: rid(2),
                patch: RelationshipPatch {
                    kind: Some(Cooperation),
                    ..RelationshipPatch::default()
                },
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "duplicate_relationship");
}

#[test]
fn relationships_change_and_go_with_their_stakeholders() {
    let mut w = workshop();
    let g1 = gid(1);
    for n in 1..=3 {
        add(&mut w, Actor::Moderator, sid(n), g1);
    }
    add_link(
        &mut w,
        Actor::Moderator,
        rid(1),
        link(sid(1), sid(2), RelationKind::Funding),
    );
    add_link(
        &mut w,
        Actor::Moderator,
        rid(2),
        link(sid(2), sid(3), RelationKind::Conflict),
    );
    let valid = w
        .validate(
            Actor::Group(g1),
            Change::UpdateRelationship {
                id: rid(1),
                patch: RelationshipPatch {
                    strength: Some(3),
                    directed: Some(true),
                    ..RelationshipPatch::default()
                },
            },
        )
        .unwrap();
    w.apply(valid);
    let r = w.relationship(rid(1)).unwrap();
    assert_eq!(
        (r.strength(), r.directed(), r.kind()),
        (3, true, RelationKind::Funding)
    );
    assert_eq!(r.group(), g1);
    assert_eq!(w.relationships_of(sid(2)).count(), 2);

    // Deleting a stakeholder removes every relationship it is in, and only those.
    let valid = w
        .validate(Actor::Group(g1), Change::DeleteStakeholder { id: sid(1) })
        .unwrap();
    w.apply(valid);
    assert!(w.relationship(rid(1)).is_none());
    assert!(w.relationship(rid(2)).is_some());

    let valid = w
        .validate(Actor::Group(g1), Change::DeleteRelationship { id: rid(2) })
        .unwrap();
    w.apply(valid);
    assert!(w.relationships().is_empty());
    let err = w
        .validate(Actor::Group(g1), Change::DeleteRelationship { id: rid(2) })
        .unwrap_err();
    assert_eq!(err.code(), "unknown_relationship");
}
