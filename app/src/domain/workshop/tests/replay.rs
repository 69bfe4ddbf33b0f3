//! Replaying a log: the map after any number of its edits is the replay of that many.

use crate::domain::fixtures::*;
use crate::domain::*;

/// A plenary's edits of every kind, as the moderator and the groups made them.
fn session() -> Vec<(Actor, Change)> {
    let mut edits: Vec<(Actor, Change)> = ROOM
        .iter()
        .map(|x| {
            let change = Change::AddStakeholder {
                id: sid(x.id),
                group: gid(x.group),
                fields: StakeholderFields {
                    name: x.name.to_owned(),
                    category: x.category.to_owned(),
                    level: "local".to_owned(),
                    interest: x.interest,
                    influence: x.influence,
                    attitude: Attitude::Unknown,
                    interests: String::new(),
                    cooperation: String::new(),
                    notes: String::new(),
                },
            };
            (Actor::Group(gid(x.group)), change)
        })
        .collect();
    let relationship = Change::AddRelationship {
        id: rid(1),
        fields: RelationshipFields {
            from: sid(1),
            to: sid(4),
            kind: RelationKind::Funding,
            strength: 2,
            directed: true,
        },
    };
    edits.extend([
        (Actor::Group(gid(1)), relationship),
        (
            Actor::Group(gid(2)),
            Change::UpdateStakeholder {
                id: sid(2),
                patch: StakeholderPatch {
                    interest: Some(1),
                    ..StakeholderPatch::default()
                },
            },
        ),
        (
            Actor::Moderator,
            Change::CloseRound {
                name: "До обсуждения".to_owned(),
            },
        ),
        (Actor::Moderator, merge_change(1, &[1, 2, 3])),
        (Actor::Moderator, Change::ShareMaps { with_groups: true }),
        (
            Actor::Moderator,
            Change::StartTimer {
                label: "Обсуждение".to_owned(),
                seconds: 900,
                started_at: 1_700_000_000_000,
            },
        ),
        (Actor::Moderator, Change::DeleteMerge { id: mid(1) }),
        // Its relationship goes with it.
        (
            Actor::Group(gid(1)),
            Change::DeleteStakeholder { id: sid(4) },
        ),
        (Actor::Moderator, Change::StopTimer),
    ]);
    edits
}

#[test]
fn the_map_after_any_number_of_edits_is_the_replay_of_that_many_logged_edits() {
    let mut live = plenary(4);
    let mut log = Vec::new();
    let mut states = vec![live.clone()];
    for (actor, change) in session() {
        let valid = live.validate(actor, change).expect("a valid edit");
        // As the store keeps it, and reads it back.
        log.push(serde_json::to_string(valid.change()).expect("serialises"));
        live.apply(valid);
        states.push(live.clone());
    }
    for (n, state) in states.iter().enumerate() {
        let first: Vec<Change> = log[..n]
            .iter()
            .map(|line| serde_json::from_str(line).expect("parses"))
            .collect();
        let replayed = Workshop::replay(plenary_setup(4), first).expect("replays");
        assert_eq!(&replayed, state, "after {n} edits");
        assert_eq!(replayed.seq(), n as u64);
    }
    let end = states.last().expect("the end");
    assert!(end.stakeholder(sid(4)).is_none() && end.relationships().is_empty());
    // The setup a workshop gives back replays it too.
    let again = Workshop::replay(
        end.setup(),
        log.iter().map(|l| serde_json::from_str(l).expect("parses")),
    );
    assert_eq!(&again.expect("replays"), end);
    // The round keeps its moment: the maps after its first `seq` edits.
    let round = end.round(1).expect("one round");
    let kept = &states[round.seq() as usize];
    assert_eq!(kept.stakeholder(sid(2)).map(|s| s.interest()), Some(1));
    assert!(kept.merges().is_empty() && kept.rounds().is_empty());
}

#[test]
fn a_setup_that_cannot_make_a_workshop_is_refused_before_any_edit() {
    let mut setup = plenary_setup(2);
    setup.groups.clear();
    let error = Workshop::replay(setup, Vec::new()).expect_err("no groups");
    assert!(matches!(error, DomainError::GroupCount { .. }), "{error:?}");
}
