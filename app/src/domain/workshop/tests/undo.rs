//! Undo: the inverse of each kind of a group's edit brings the map back; the inverse of an
//! undo (a redo) brings the edit back; an undo that another device's later change makes
//! impossible is refused with the reason and changes nothing.

use crate::domain::fixtures::*;
use crate::domain::*;

const ROOM: [Entry; 3] = [
    e(1, 1, "Акимиат", "state", 2, 5),
    e(2, 1, "ПРООН", "international", 4, 4),
    e(3, 2, "Жогорку Кенеш", "state", 3, 5),
];

fn link(id: u8, from: u8, to: u8) -> Change {
    Change::AddRelationship {
        id: rid(id),
        fields: RelationshipFields {
            from: sid(from),
            to: sid(to),
            kind: RelationKind::Funding,
            strength: 2,
            directed: true,
        },
    }
}

/// The room with one relationship in group 1.
fn room() -> Workshop {
    let mut w = with(&ROOM);
    apply(&mut w, Actor::Moderator, link(1, 1, 2)).expect("a relationship");
    w
}

/// What a map holds, whatever order its entries were added in.
fn map(w: &Workshop) -> (Vec<Stakeholder>, Vec<Relationship>) {
    let mut s = w.stakeholders().to_vec();
    s.sort_by_key(|s| s.id());
    let mut r = w.relationships().to_vec();
    r.sort_by_key(|r| r.id());
    (s, r)
}

/// Applies `change` as group 1 and gives back the inverse worked out before it.
fn edit(w: &mut Workshop, change: Change) -> Change {
    let valid = w.validate(Actor::Group(gid(1)), change).expect("valid");
    let inverse = w
        .inverse(valid.change())
        .expect("a group's edit has an inverse");
    w.apply(valid);
    inverse
}

fn edits() -> Vec<(&'static str, Change)> {
    vec![
        (
            "add a stakeholder",
            Change::AddStakeholder {
                id: sid(9),
                group: gid(1),
                fields: StakeholderFields {
                    name: "Айыл өкмөтү".into(),
                    category: "state".into(),
                    level: "local".into(),
                    interest: 5,
                    influence: 2,
                    attitude: Attitude::Supportive,
                    interests: String::new(),
                    cooperation: String::new(),
                    notes: String::new(),
                },
            },
        ),
        (
            "re-score",
            Change::UpdateStakeholder {
                id: sid(1),
                patch: StakeholderPatch {
                    interest: Some(5),
                    notes: Some("после обсуждения".into()),
                    ..StakeholderPatch::default()
                },
            },
        ),
        (
            "delete with its relationship",
            Change::DeleteStakeholder { id: sid(2) },
        ),
        (
            "add a relationship",
            Change::AddRelationship {
                id: rid(2),
                fields: RelationshipFields {
                    from: sid(2),
                    to: sid(1),
                    kind: RelationKind::Information,
                    strength: 1,
                    directed: false,
                },
            },
        ),
        (
            "change a relationship",
            Change::UpdateRelationship {
                id: rid(1),
                patch: RelationshipPatch {
                    strength: Some(3),
                    ..RelationshipPatch::default()
                },
            },
        ),
        (
            "delete a relationship",
            Change::DeleteRelationship { id: rid(1) },
        ),
    ]
}

#[test]
fn undo_brings_the_map_back_and_redo_brings_the_edit_back() {
    for (what, change) in edits() {
        let mut w = room();
        let before = map(&w);
        let undo = edit(&mut w, change);
        let after = map(&w);
        assert_ne!(after, before, "{what}: the edit changed something");
        // As the tablet sends it: through JSON, as its own edit.
        let undo: Change = serde_json::from_str(&serde_json::to_string(&undo).unwrap()).unwrap();
        let redo = edit(&mut w, undo);
        assert_eq!(map(&w), before, "{what}: undone");
        edit(&mut w, redo);
        assert_eq!(map(&w), after, "{what}: redone");
    }
}

#[test]
fn an_undo_another_device_made_impossible_is_refused_and_changes_nothing() {
    let rescore = Change::UpdateStakeholder {
        id: sid(1),
        patch: StakeholderPatch {
            interest: Some(5),
            ..StakeholderPatch::default()
        },
    };
    let other = |patch: StakeholderPatch| Change::UpdateStakeholder { id: sid(1), patch };
    let cases: [(&str, Change, Change, DomainError); 4] = [
        (
            "the same field changed since",
            rescore.clone(),
            other(StakeholderPatch {
                interest: Some(1),
                ..StakeholderPatch::default()
            }),
            DomainError::ChangedSince(Field::Interest),
        ),
        (
            "the stakeholder deleted since",
            rescore.clone(),
            Change::DeleteStakeholder { id: sid(1) },
            DomainError::GoneSince,
        ),
        (
            "a new stakeholder renamed since",
            edits()[0].1.clone(),
            Change::UpdateStakeholder {
                id: sid(9),
                patch: StakeholderPatch {
                    name: Some("Айыл өкмөтү (Ысык-Ата)".into()),
                    ..StakeholderPatch::default()
                },
            },
            DomainError::ChangedSince(Field::Name),
        ),
        (
            "a deleted one's relationship's other end deleted since",
            Change::DeleteStakeholder { id: sid(2) },
            Change::DeleteStakeholder { id: sid(1) },
            DomainError::GoneSince,
        ),
    ];
    for (what, mine, theirs, refusal) in cases {
        let mut w = room();
        let undo = edit(&mut w, mine);
        apply(&mut w, Actor::Moderator, theirs).expect("the other device's edit");
        let before = w.clone();
        let error = apply(&mut w, Actor::Group(gid(1)), undo).expect_err(what);
        assert_eq!(error, refusal, "{what}");
        assert_eq!(w, before, "{what}: nothing changed");
    }
    // A change to another field leaves the undo possible.
    let mut w = room();
    let undo = edit(&mut w, rescore);
    let name = other(StakeholderPatch {
        name: Some("Акимиат г. Бишкек".into()),
        ..StakeholderPatch::default()
    });
    apply(&mut w, Actor::Moderator, name).expect("a rename");
    apply(&mut w, Actor::Group(gid(1)), undo).expect("the score's undo still holds");
    let s = w.stakeholder(sid(1)).expect("there");
    assert_eq!((s.interest(), s.name()), (2, "Акимиат г. Бишкек"));
}

#[test]
fn a_guarded_change_is_still_checked_as_itself() {
    let mut w = room();
    let undo = edit(&mut w, edits()[1].1.clone());
    let error = apply(&mut w, Actor::Group(gid(2)), undo).expect_err("not group 2's");
    assert_eq!(error, DomainError::NotYourGroup);
    let plenary = w.inverse(&Change::ShareMaps { with_groups: true });
    assert_eq!(
        plenary, None,
        "the moderator's controls are not undone this way"
    );
}

#[test]
fn a_batch_is_applied_all_or_none_and_reaches_its_groups_map() {
    let mut w = room();
    let undo = edit(&mut w, Change::DeleteStakeholder { id: sid(2) });
    assert!(
        matches!(&undo, Change::Batch { changes } if changes.len() == 2),
        "the stakeholder and its relationship back together: {undo:?}"
    );
    assert_eq!(w.reach(&undo), Reach::Group(gid(1)), "group 1's map only");
    // The same batch with a change that is not group 1's to make: nothing of it applies.
    let Change::Batch { mut changes } = undo.clone() else {
        unreachable!()
    };
    changes.push(Change::DeleteStakeholder { id: sid(3) });
    let before = w.clone();
    let error = apply(&mut w, Actor::Group(gid(1)), Change::Batch { changes })
        .expect_err("group 2's stakeholder");
    assert_eq!(error, DomainError::NotYourGroup);
    assert_eq!(w, before, "nothing of the batch applied");
    apply(&mut w, Actor::Group(gid(1)), undo).expect("the undo alone");
    assert_eq!(map(&w), map(&room()));
}
