//! Merges and the combined map: the rules a moderator relies on in the plenary.

use super::*;
use crate::domain::fixtures::*;
use crate::domain::*;

#[test]
fn merged_stakeholders_combine_by_median_with_spread_and_majority() {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[1, 2, 3]).unwrap();
    let map = combine(&w);
    assert_eq!(map.stakeholders.len(), 4, "three entries became one");
    let justice = &map.stakeholders[0];
    assert_eq!(justice.id, sid(1), "named after its first entry");
    assert_eq!(justice.name, "Министерство юстиции", "the longer of equals");
    assert_eq!(justice.n(), 3);
    assert_eq!(justice.groups, [gid(1), gid(2), gid(3)]);
    assert_eq!(justice.interest.median, 4.0);
    assert_eq!((justice.interest.min, justice.interest.max), (2, 5));
    assert_eq!((justice.interest.q1, justice.interest.q3), (3.0, 4.5));
    assert_eq!(justice.influence.median, 4.0);
    assert_eq!(justice.category.as_str(), "state");
    assert!(justice.category_conflict, "one group said international");
    assert!(!justice.level_conflict);
    assert!(justice.quadrant_split);
    assert_eq!(justice.quadrant, Quadrant::ManageClosely);
    assert_eq!(justice.disagreement(), 6.0);
    assert_eq!(justice.voices.len(), 3);
    assert_eq!(justice.voices[1].group, gid(2));
    assert_eq!(justice.voices[1].interests, "интересы 2");
    assert_eq!(justice.merges, [mid(1)]);
    let village = &map.stakeholders[3];
    assert!(village.single_group());
    assert_eq!(village.interest.median, 1.0);
}

#[test]
fn an_even_count_takes_the_mean_of_the_middle_two() {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[4, 5]).unwrap();
    let map = combine(&w);
    let voice = map.stakeholders.iter().find(|s| s.id == sid(4)).unwrap();
    assert_eq!(voice.influence.median, 3.5);
    // On the 1–5 scale 3.5 influence is high, 3 interest is high (the middle counts as high).
    assert_eq!(voice.quadrant, Quadrant::ManageClosely);
}

#[test]
fn merging_is_order_independent_and_undo_restores_exactly() {
    let base = with(&ROOM);
    let before = combine(&base);
    let orders: [&[(u8, &[u8])]; 3] = [
        &[(1, &[1, 2]), (2, &[2, 3]), (3, &[4, 5])],
        &[(3, &[4, 5]), (2, &[2, 3]), (1, &[1, 2])],
        &[(2, &[3, 2]), (3, &[5, 4]), (1, &[2, 1])],
    ];
    let maps: Vec<CombinedMap> = orders
        .iter()
        .map(|order| {
            let mut w = base.clone();
            for (id, members) in *order {
                merge(&mut w, *id, members).unwrap();
            }
            let mut map = combine(&w);
            for s in &mut map.stakeholders {
                s.merges.sort();
            }
            map
        })
        .collect();
    assert_eq!(maps[0], maps[1]);
    assert_eq!(maps[0], maps[2]);
    assert_eq!(maps[0].stakeholders.len(), 3);

    // Undo each merge in turn; undoing all gives back the map before.
    let mut w = base.clone();
    merge(&mut w, 1, &[1, 2]).unwrap();
    let after_one = combine(&w);
    merge(&mut w, 2, &[4, 5]).unwrap();
    apply(&mut w, Actor::Moderator, Change::DeleteMerge { id: mid(2) }).unwrap();
    assert_eq!(combine(&w), after_one);
    apply(&mut w, Actor::Moderator, Change::DeleteMerge { id: mid(1) }).unwrap();
    assert_eq!(combine(&w), before);
    assert_eq!(
        w.stakeholders(),
        base.stakeholders(),
        "the groups' entries never change"
    );
}

#[test]
fn a_merge_that_changes_nothing_is_refused() {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[1, 2]).unwrap();
    merge(&mut w, 2, &[2, 3]).unwrap();
    let moderator = Actor::Moderator;
    let too_few = DomainError::MergeSize {
        max: limits::MERGE_MEMBERS,
    };
    let undo_of_nothing = Change::DeleteMerge { id: mid(7) };
    #[rustfmt::skip]
    let cases: [(&str, Change, Actor, DomainError); 6] = [
        ("already one through two merges", merge_change(3, &[1, 3]), moderator, DomainError::AlreadyMerged),
        ("one member", merge_change(3, &[4, 4]), moderator, too_few),
        ("unknown member", merge_change(3, &[4, 99]), moderator, DomainError::UnknownStakeholder),
        ("same id", merge_change(1, &[4, 5]), moderator, DomainError::DuplicateMergeId),
        ("a group", merge_change(3, &[4, 5]), Actor::Group(gid(1)), DomainError::ModeratorOnly),
        ("undo of nothing", undo_of_nothing, moderator, DomainError::UnknownMerge),
    ];
    for (what, change, actor, expected) in cases {
        let before = w.clone();
        assert_eq!(apply(&mut w, actor, change), Err(expected), "{what}");
        assert_eq!(w, before, "{what}: nothing changed");
    }
}

#[test]
fn suggestions_join_what_probably_is_one_actor_and_respect_rejections() {
    let mut w = with(&ROOM);
    let map = combine(&w);
    let voice = map
        .suggestions
        .iter()
        .find(|s| s.members.contains(&sid(4)))
        .expect("the quotes differ only");
    assert_eq!(voice.members, [sid(4), sid(5)]);
    assert_eq!(voice.reason, MatchReason::SameName);
    assert!(
        !map.suggestions.iter().any(|s| s.members.contains(&sid(6))),
        "nothing like the village government"
    );

    // Rejected: not proposed again; undoing the rejection proposes it again.
    let reject = Change::AddMerge {
        id: mid(1),
        members: vec![sid(5), sid(4)],
        verdict: Verdict::Distinct,
    };
    apply(&mut w, Actor::Moderator, reject).unwrap();
    assert!(
        !combine(&w)
            .suggestions
            .iter()
            .any(|s| s.members.contains(&sid(4)))
    );
    apply(&mut w, Actor::Moderator, Change::DeleteMerge { id: mid(1) }).unwrap();
    assert!(
        combine(&w)
            .suggestions
            .iter()
            .any(|s| s.members == [sid(4), sid(5)])
    );

    // Merged: no longer proposed.
    merge(&mut w, 2, &[4, 5]).unwrap();
    assert!(
        !combine(&w)
            .suggestions
            .iter()
            .any(|s| s.members.contains(&sid(4)))
    );
}

#[test]
fn a_suggestion_never_puts_two_entries_of_one_group_together() {
    let w = with(&[
        e(1, 1, "Минздрав", "state", 3, 3),
        e(2, 1, "Министерство здравоохранения", "state", 3, 3),
        e(3, 2, "минздрав", "state", 4, 4),
    ]);
    for s in combine(&w).suggestions {
        let groups: Vec<GroupId> = s
            .members
            .iter()
            .map(|m| w.stakeholder(*m).unwrap().group())
            .collect();
        let mut unique = groups.clone();
        unique.dedup();
        assert_eq!(groups.len(), unique.len(), "{:?}", s.members);
    }
}

#[test]
fn relationships_combine_between_combined_stakeholders() {
    let mut w = with(&[
        e(1, 1, "Минюст", "state", 3, 3),
        e(2, 1, "ОО Голос", "civil_society", 3, 3),
        e(3, 2, "Минюст", "state", 3, 3),
        e(4, 2, "ОО Голос", "civil_society", 3, 3),
    ]);
    let link = |id: u8, from: u8, to: u8, strength: i64, directed: bool| Change::AddRelationship {
        id: RelationshipId::from_random_bytes([id; 16]),
        fields: RelationshipFields {
            from: sid(from),
            to: sid(to),
            kind: RelationKind::Funding,
            strength,
            directed,
        },
    };
    apply(&mut w, Actor::Moderator, link(1, 1, 2, 1, true)).unwrap();
    apply(&mut w, Actor::Moderator, link(2, 3, 4, 3, true)).unwrap();
    merge(&mut w, 1, &[1, 3]).unwrap();
    merge(&mut w, 2, &[2, 4]).unwrap();
    let map = combine(&w);
    assert_eq!(map.relationships.len(), 1);
    let r = &map.relationships[0];
    assert_eq!((r.from, r.to), (sid(1), sid(2)));
    assert!(r.directed, "both groups drew it one way");
    assert_eq!(r.strength, 2.0);
    assert_eq!(r.groups, [gid(1), gid(2)]);

    // One group draws it the other way: mutual on the combined map.
    apply(
        &mut w,
        Actor::Moderator,
        Change::DeleteRelationship {
            id: RelationshipId::from_random_bytes([2; 16]),
        },
    )
    .unwrap();
    apply(&mut w, Actor::Moderator, link(3, 4, 3, 3, true)).unwrap();
    assert!(!combine(&w).relationships[0].directed);
}

#[test]
fn a_deleted_member_leaves_the_merge_quietly() {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[1, 2]).unwrap();
    apply(
        &mut w,
        Actor::Moderator,
        Change::DeleteStakeholder { id: sid(1) },
    )
    .unwrap();
    let map = combine(&w);
    let justice = map.stakeholders.iter().find(|s| s.id == sid(2)).unwrap();
    assert_eq!(justice.n(), 1);
    assert_eq!(w.merges().len(), 1, "the decision stays, to be undone");
}

#[test]
fn contested_lists_the_widest_disagreement_first() {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[1, 2, 3]).unwrap();
    merge(&mut w, 2, &[4, 5]).unwrap();
    let map = combine(&w);
    let order: Vec<StakeholderId> = combined::contested(&map).iter().map(|s| s.id).collect();
    assert_eq!(
        order,
        [sid(1), sid(4)],
        "single-group entries are not contested"
    );
}

#[test]
fn merges_travel_as_readable_json() {
    let change = Change::AddMerge {
        id: mid(1),
        members: vec![sid(1), sid(2)],
        verdict: Verdict::Distinct,
    };
    let json = serde_json::to_value(&change).unwrap();
    assert_eq!(json["op"], "add_merge");
    assert_eq!(json["verdict"], "distinct");
    let back: Change = serde_json::from_value(json).unwrap();
    assert_eq!(back, change);
}

#[test]
fn any_order_of_merges_gives_one_map_and_any_undo_restores_it() {
    use rand::prelude::*;
    const NAMES: [&str; 8] = [
        "Министерство юстиции",
        "Минюст",
        "ОО «Голос свободы»",
        "Голос свободы",
        "Жогорку Кеңеш",
        "Zhogorku Kenesh",
        "Айыл өкмөтү",
        "ЮНИСЕФ",
    ];
    for seed in 0..200_u64 {
        let mut rng = StdRng::seed_from_u64(seed);
        let entries: Vec<Entry> = (0..12)
            .map(|i| {
                e(
                    i + 1,
                    1 + rng.random_range(0..3),
                    NAMES[rng.random_range(0..NAMES.len())],
                    ["state", "civil_society"][rng.random_range(0..2)],
                    rng.random_range(1..=5),
                    rng.random_range(1..=5),
                )
            })
            .collect();
        let base = with(&entries);
        let wanted: Vec<Vec<u8>> = (0..rng.random_range(0..7))
            .map(|_| {
                (0..rng.random_range(2..4))
                    .map(|_| rng.random_range(1..=12))
                    .collect()
            })
            .collect();
        let build = |order: &[usize], skip: Option<usize>| {
            let mut w = base.clone();
            let mut kept = Vec::new();
            for &k in order {
                if Some(k) != skip && merge(&mut w, k as u8 + 1, &wanted[k]).is_ok() {
                    kept.push(k);
                }
            }
            (w, kept)
        };
        let forward: Vec<usize> = (0..wanted.len()).collect();
        let (w, kept) = build(&forward, None);
        let map = combine(&w);
        let mut shuffled = forward.clone();
        shuffled.shuffle(&mut rng);
        assert_eq!(
            shape(combine(&build(&shuffled, None).0)),
            shape(map.clone()),
            "seed {seed}: order changed the map"
        );
        // Undo one decision: as if it had never been made (the others taken as they were;
        // a merge refused as redundant before might not be redundant without it).
        if let Some(&k) = kept.choose(&mut rng) {
            let mut undone = w.clone();
            apply(
                &mut undone,
                Actor::Moderator,
                Change::DeleteMerge {
                    id: mid(k as u8 + 1),
                },
            )
            .unwrap();
            assert_eq!(
                combine(&undone),
                combine(&build(&kept, Some(k)).0),
                "seed {seed}: undo left a trace"
            );
        }
        // Whatever was merged, every entry is in exactly one combined stakeholder.
        let mut seen: Vec<StakeholderId> = map
            .stakeholders
            .iter()
            .flat_map(|s| s.members.clone())
            .collect();
        seen.sort();
        let mut all: Vec<StakeholderId> = w.stakeholders().iter().map(|s| s.id()).collect();
        all.sort();
        assert_eq!(seen, all, "seed {seed}");
    }
}
