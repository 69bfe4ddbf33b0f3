//! Relationships: what joins two stakeholders, who may, and what goes when they go.

use super::*;

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
