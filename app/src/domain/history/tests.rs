//! The history at any moment is the replay of that many edits: a property over random edit
//! sequences of every kind — entries, relationships, merges and their undoing, rounds,
//! sharing — long enough to cross several checkpoints.

use super::History;
use crate::domain::fixtures::*;
use crate::domain::*;
use crate::graph::random::SplitMix64;

/// A random edit for the workshop as it is: most are valid, some are refused (and skipped).
fn random_edit(w: &Workshop, rng: &mut SplitMix64, n: usize) -> (Actor, Change) {
    let ids: Vec<StakeholderId> = w.stakeholders().iter().map(|s| s.id()).collect();
    // Only called once there are entries (below).
    let pick = |rng: &mut SplitMix64| ids[rng.below(ids.len())];
    let group = gid(1 + rng.below(3) as u8);
    let fresh = |kind: u8| {
        let mut bytes = [kind; 16];
        bytes[..8].copy_from_slice(&(n as u64).to_le_bytes());
        bytes
    };
    let score = |rng: &mut SplitMix64| 1 + rng.below(5) as i64;
    let change = match rng.below(10) {
        _ if ids.len() < 3 => 0,
        k => k,
    };
    let change = match change {
        0 | 1 => Change::AddStakeholder {
            id: StakeholderId::from_random_bytes(fresh(1)),
            group,
            fields: StakeholderFields {
                name: format!("Участник {n}"),
                category: "state".into(),
                level: "local".into(),
                interest: score(rng),
                influence: score(rng),
                attitude: Attitude::Unknown,
                interests: String::new(),
                cooperation: String::new(),
                notes: String::new(),
            },
        },
        2..=4 => Change::UpdateStakeholder {
            id: pick(rng),
            patch: StakeholderPatch {
                interest: Some(score(rng)),
                influence: Some(score(rng)),
                ..StakeholderPatch::default()
            },
        },
        5 => Change::DeleteStakeholder { id: pick(rng) },
        6 => Change::AddRelationship {
            id: RelationshipId::from_random_bytes(fresh(2)),
            fields: RelationshipFields {
                from: pick(rng),
                to: pick(rng),
                kind: RelationKind::Cooperation,
                strength: 1 + rng.below(3) as i64,
                directed: false,
            },
        },
        7 => Change::AddMerge {
            id: MergeId::from_random_bytes(fresh(3)),
            members: vec![pick(rng), pick(rng)],
            verdict: Verdict::Same,
        },
        8 => match w.merges().first() {
            Some(m) => Change::DeleteMerge { id: m.id() },
            None => Change::ShareMaps { with_groups: true },
        },
        _ => Change::CloseRound {
            name: String::new(),
        },
    };
    (Actor::Moderator, change)
}

#[test]
fn the_history_at_any_moment_is_the_replay_of_that_many_edits() {
    for seed in [1, 2] {
        let mut rng = SplitMix64::new(seed);
        let mut live = plenary(3);
        let mut log = Vec::new();
        let mut states = vec![live.clone()];
        let mut n = 0;
        while log.len() < History::EVERY * 2 + 37 {
            n += 1;
            let (actor, change) = random_edit(&live, &mut rng, n);
            // Refused ones (a self-link, a merge of one group's entries, too many rounds) are
            // not logged, as on the server.
            if let Ok(valid) = live.validate(actor, change) {
                log.push(valid.change().clone());
                live.apply(valid);
                states.push(live.clone());
            }
        }
        let kinds = |op: fn(&Change) -> bool| log.iter().filter(|c| op(c)).count();
        assert!(
            kinds(|c| matches!(c, Change::AddMerge { .. })) > 10,
            "merges happen"
        );
        assert!(
            kinds(|c| matches!(c, Change::DeleteMerge { .. })) > 10,
            "and are undone"
        );
        assert!(
            kinds(|c| matches!(c, Change::CloseRound { .. })) > 5,
            "rounds close"
        );
        let history = History::new(plenary_setup(3), log.clone()).expect("replays");
        assert_eq!(history.len(), log.len());
        for (n, state) in states.iter().enumerate() {
            assert_eq!(&history.at(n), state, "seed {seed}: after {n} edits");
            if n % 97 == 0 {
                let replayed = Workshop::replay(plenary_setup(3), log[..n].iter().cloned());
                assert_eq!(&replayed.expect("replays"), state);
            }
        }
        assert_eq!(history.at(usize::MAX), live, "past the end: the end");
    }
}

#[test]
fn each_edit_says_whose_map_it_touched() {
    let mut w = plenary(2);
    let changes = [
        (Actor::Group(gid(1)), add(1, 1)),
        (Actor::Group(gid(2)), add(2, 2)),
        (Actor::Moderator, merge_change(1, &[1, 2])),
        (
            Actor::Group(gid(2)),
            Change::DeleteStakeholder { id: sid(2) },
        ),
        (
            Actor::Moderator,
            Change::CloseRound {
                name: String::new(),
            },
        ),
    ];
    let mut log = Vec::new();
    for (actor, change) in changes {
        let valid = w.validate(actor, change).expect("valid");
        log.push(valid.change().clone());
        w.apply(valid);
    }
    let history = History::new(plenary_setup(2), log).expect("replays");
    assert_eq!(
        history.touched(),
        [Some(gid(1)), Some(gid(2)), None, Some(gid(2)), None]
    );
    let empty = History::new(plenary_setup(2), Vec::new()).expect("nothing to replay");
    assert!(empty.is_empty());
    assert_eq!(empty.at(3), plenary(2));
}

fn add(id: u8, group: u8) -> Change {
    Change::AddStakeholder {
        id: sid(id),
        group: gid(group),
        fields: StakeholderFields {
            name: format!("Акимиат {id}"),
            category: "state".into(),
            level: "local".into(),
            interest: 3,
            influence: 3,
            attitude: Attitude::Unknown,
            interests: String::new(),
            cooperation: String::new(),
            notes: String::new(),
        },
    }
}
