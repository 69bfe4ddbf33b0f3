//! A workshop's limits: one more than the limit is refused with the limit named, and room
//! made by a delete is usable again. Filled through `validate` and `apply`, as the server
//! would, so the counts are the ones a room would reach.

use super::*;

/// Ids beyond the fixtures' 256.
fn nth<T>(make: fn([u8; 16]) -> T, n: u32) -> T {
    let mut bytes = [7; 16];
    bytes[..4].copy_from_slice(&n.to_be_bytes());
    make(bytes)
}

fn fill_group(w: &mut Workshop, group: GroupId, count: u32) -> Vec<StakeholderId> {
    (0..count)
        .map(|n| {
            let id = nth(
                StakeholderId::from_random_bytes,
                u32::from(group.as_bytes()[0]) << 20 | n,
            );
            add(w, Actor::Moderator, id, group);
            id
        })
        .collect()
}

#[test]
fn a_group_holds_at_most_its_limit_of_stakeholders() {
    let mut w = workshop();
    let max = limits::STAKEHOLDERS_PER_GROUP as u32;
    let ids = fill_group(&mut w, gid(1), max);
    let one_more = adding(nth(StakeholderId::from_random_bytes, u32::MAX), gid(1));
    let refused = w
        .validate(Actor::Group(gid(1)), one_more.clone())
        .unwrap_err();
    assert_eq!(
        refused,
        DomainError::TooMany {
            what: Counted::Stakeholders,
            max: u64::from(max)
        }
    );
    assert_eq!(refused.code(), "too_many_stakeholders");
    assert!(
        refused
            .to_string()
            .contains("1000 stakeholders in one group"),
        "{refused}"
    );
    assert!(
        w.validate(Actor::Group(gid(2)), adding(sid(1), gid(2)))
            .is_ok(),
        "the limit is per group"
    );
    apply(
        &mut w,
        Actor::Moderator,
        Change::DeleteStakeholder { id: ids[0] },
    )
    .unwrap();
    assert!(
        w.validate(Actor::Group(gid(1)), one_more).is_ok(),
        "a delete makes room"
    );
}

#[test]
fn a_group_holds_at_most_its_limit_of_relationships() {
    let mut w = workshop();
    let max = limits::RELATIONSHIPS_PER_GROUP;
    // 101 stakeholders have 5,050 pairs.
    let ids = fill_group(&mut w, gid(1), 101);
    let mut pairs = ids
        .iter()
        .enumerate()
        .flat_map(|(i, a)| ids[i + 1..].iter().map(move |b| (*a, *b)));
    for n in 0..max as u32 {
        let (from, to) = pairs.next().unwrap();
        let change = Change::AddRelationship {
            id: nth(RelationshipId::from_random_bytes, n),
            fields: RelationshipFields {
                from,
                to,
                kind: RelationKind::Cooperation,
                strength: 2,
                directed: false,
            },
        };
        apply(&mut w, Actor::Moderator, change).unwrap();
    }
    let (from, to) = pairs.next().unwrap();
    let one_more = Change::AddRelationship {
        id: nth(RelationshipId::from_random_bytes, u32::MAX),
        fields: RelationshipFields {
            from,
            to,
            kind: RelationKind::Cooperation,
            strength: 2,
            directed: false,
        },
    };
    assert_eq!(
        w.validate(Actor::Group(gid(1)), one_more).unwrap_err(),
        DomainError::TooMany {
            what: Counted::Relationships,
            max: max as u64
        }
    );
}

#[test]
fn a_workshop_holds_at_most_its_limit_of_merges() {
    let mut w = workshop();
    add(&mut w, Actor::Moderator, sid(1), gid(1));
    add(&mut w, Actor::Moderator, sid(2), gid(2));
    let reject = |n| Change::AddMerge {
        id: nth(MergeId::from_random_bytes, n),
        members: vec![sid(1), sid(2)],
        verdict: Verdict::Distinct,
    };
    for n in 0..limits::MERGES as u32 {
        apply(&mut w, Actor::Moderator, reject(n)).unwrap();
    }
    assert_eq!(
        w.validate(Actor::Moderator, reject(u32::MAX)).unwrap_err(),
        DomainError::TooMany {
            what: Counted::Merges,
            max: limits::MERGES as u64
        }
    );
}

#[test]
fn a_workshop_takes_at_most_its_limit_of_edits() {
    let mut w = workshop();
    for n in 0..limits::EDITS {
        let share = Change::ShareMaps {
            with_groups: n % 2 == 0,
        };
        apply(&mut w, Actor::Moderator, share).unwrap();
    }
    let refused = w
        .validate(Actor::Group(gid(1)), adding(sid(1), gid(1)))
        .unwrap_err();
    assert_eq!(refused.code(), "too_many_edits");
}
