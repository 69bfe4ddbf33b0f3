use crate::domain::fixtures::{ROOM, apply, gid, merge, sid, with};
use crate::domain::{Actor, Change, Reach, RelationKind, RelationshipFields, RelationshipId, Role};

/// The room's six entries in three groups, group 1's two linked, two of them merged.
fn room() -> crate::domain::Workshop {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[1, 2]).unwrap();
    let link = Change::AddRelationship {
        id: RelationshipId::from_random_bytes([7; 16]),
        fields: RelationshipFields {
            from: sid(1),
            to: sid(4),
            kind: RelationKind::Cooperation,
            strength: 2,
            directed: false,
        },
    };
    apply(&mut w, Actor::Group(gid(1)), link).unwrap();
    w
}

#[test]
fn a_group_sees_only_its_own_map_until_the_maps_are_shared() {
    let mut w = room();
    let own = w.seen_by(Role::Group(gid(1)));
    let names: Vec<_> = own.stakeholders().iter().map(|s| s.id()).collect();
    assert_eq!(names, [sid(1), sid(4)]);
    assert_eq!(own.relationships().len(), 1);
    assert!(own.merges().is_empty(), "the combined map is every group's");
    assert_eq!(own.seq(), w.seq(), "the count is the workshop's");
    assert!(w.seen_by(Role::Group(gid(2))).relationships().is_empty());
    assert_eq!(w.seen_by(Role::Viewer).stakeholders().len(), 6);
    assert_eq!(w.seen_by(Role::Analyst).merges().len(), 1);

    apply(
        &mut w,
        Actor::Moderator,
        Change::ShareMaps { with_groups: true },
    )
    .unwrap();
    let shared = w.seen_by(Role::Group(gid(1)));
    assert_eq!(shared.stakeholders().len(), 6);
    assert_eq!(shared.merges().len(), 1);
}

#[test]
fn only_the_moderator_shares_the_maps() {
    let mut w = room();
    let share = Change::ShareMaps { with_groups: true };
    assert!(apply(&mut w, Actor::Group(gid(1)), share.clone()).is_err());
    assert!(!w.maps_shared());
    apply(&mut w, Actor::Moderator, share).unwrap();
    assert!(w.maps_shared());
}

#[test]
fn a_group_is_sent_the_changes_it_may_see() {
    let w = room();
    let theirs = Change::DeleteStakeholder { id: sid(2) };
    assert_eq!(w.reach(&theirs), Reach::Group(gid(2)));
    assert!(!Role::Group(gid(1)).sees(w.reach(&theirs), false));
    assert!(Role::Group(gid(1)).sees(w.reach(&theirs), true));
    assert!(Role::Group(gid(2)).sees(w.reach(&theirs), false));
    let unlink = Change::DeleteRelationship {
        id: RelationshipId::from_random_bytes([7; 16]),
    };
    assert_eq!(w.reach(&unlink), Reach::Group(gid(1)));
    assert_eq!(w.reach(&Change::StopTimer), Reach::Everyone);
    assert!(Role::Group(gid(1)).sees(Reach::Everyone, false));
    assert!(!Role::Group(gid(1)).sees(Reach::Combined, false));
    assert!(Role::Viewer.sees(Reach::Combined, false));
}
