//! Rounds: the moderator's named points in the log, what they keep, and who may close one.

use crate::domain::fixtures::*;
use crate::domain::*;
use crate::graph::random::SplitMix64;

fn close(name: &str) -> Change {
    Change::CloseRound {
        name: name.to_owned(),
    }
}

fn rescore(id: u8, interest: i64, influence: i64) -> Change {
    Change::UpdateStakeholder {
        id: sid(id),
        patch: StakeholderPatch {
            interest: Some(interest),
            influence: Some(influence),
            ..StakeholderPatch::default()
        },
    }
}

const ROOM: [Entry; 4] = [
    e(1, 1, "Акимиат", "state", 2, 5),
    e(2, 1, "ПРООН", "international", 4, 4),
    e(3, 2, "Жогорку Кенеш", "state", 3, 5),
    e(4, 2, "Молодёжь села", "informal", 5, 1),
];

#[test]
fn a_round_keeps_the_maps_as_they_were_when_it_closed() {
    let mut w = with(&ROOM);
    let before = w.clone();
    apply(&mut w, Actor::Moderator, close("  До обсуждения ")).expect("the moderator closes it");
    apply(&mut w, Actor::Group(gid(1)), rescore(1, 5, 5)).expect("round 2 goes on");
    apply(&mut w, Actor::Moderator, close("")).expect("a second round, its name left empty");
    let [first, second] = w.rounds() else {
        panic!("two rounds: {:?}", w.rounds())
    };
    assert_eq!((first.name(), first.seq()), ("До обсуждения", before.seq()));
    assert_eq!((second.name(), second.seq()), ("", before.seq() + 2));
    assert_eq!(w.round(1), Some(first));
    assert_eq!(w.round(0), None);
    assert_eq!(w.round(3), None);
}

#[test]
fn only_the_moderator_closes_a_round_and_a_refused_round_changes_nothing() {
    let cases: [(&str, Actor, Change, &str); 4] = [
        (
            "a group",
            Actor::Group(gid(1)),
            close("Мы"),
            "moderator_only",
        ),
        (
            "too long",
            Actor::Moderator,
            close(&"р".repeat(101)),
            "too_long",
        ),
        (
            "a direction override",
            Actor::Moderator,
            close("Раунд\u{202E}1"),
            "bad_character",
        ),
        (
            "a control character",
            Actor::Moderator,
            close("a\u{7}"),
            "bad_character",
        ),
    ];
    for (what, actor, change, code) in cases {
        let mut w = with(&ROOM);
        let before = w.clone();
        let error = apply(&mut w, actor, change).expect_err(what);
        assert_eq!(error.code(), code, "{what}");
        assert_eq!(w, before, "{what}");
    }
}

#[test]
fn a_workshop_holds_at_most_twenty_rounds() {
    let mut w = with(&ROOM);
    for n in 1..=limits::ROUNDS {
        apply(&mut w, Actor::Moderator, close(&format!("Раунд {n}"))).expect("within the limit");
    }
    let before = w.clone();
    let error = apply(&mut w, Actor::Moderator, close("ещё один")).expect_err("one too many");
    assert_eq!(error.code(), "too_many_rounds");
    assert_eq!(w, before);
}

/// Where each stakeholder is on the grid: what a round is compared by.
fn places(w: &Workshop) -> Vec<(StakeholderId, u8, u8)> {
    let mut out: Vec<_> = w
        .stakeholders()
        .iter()
        .map(|s| (s.id(), s.interest(), s.influence()))
        .collect();
    out.sort();
    out
}

#[test]
fn a_round_keeps_the_same_maps_whatever_order_the_groups_edits_arrived_in() {
    // Each group re-scores its own entries in its own order; the server logs the two
    // streams interleaved as they arrive. Then the moderator closes the round.
    let one = [rescore(1, 1, 1), rescore(2, 5, 2), rescore(1, 3, 1)];
    let two = [rescore(3, 4, 4), rescore(4, 2, 3)];
    let mut rng = SplitMix64::new(20);
    let mut kept_maps = Vec::new();
    for _ in 0..30 {
        let mut w = with(&ROOM);
        let (mut a, mut b) = (one.iter(), two.iter().peekable());
        let mut log = Vec::new();
        loop {
            let from_one = if b.peek().is_none() {
                true
            } else {
                rng.below(2) == 0
            };
            let next = if from_one {
                a.next().map(|c| (Actor::Group(gid(1)), c))
            } else {
                b.next().map(|c| (Actor::Group(gid(2)), c))
            };
            let Some((actor, change)) =
                next.or_else(|| b.next().map(|c| (Actor::Group(gid(2)), c)))
            else {
                break;
            };
            let valid = w.validate(actor, change.clone()).expect("valid");
            log.push(valid.change().clone());
            w.apply(valid);
        }
        apply(&mut w, Actor::Moderator, close("После обсуждения")).expect("closes");
        // Later edits do not reach back into the round.
        apply(&mut w, Actor::Group(gid(2)), rescore(4, 5, 5)).expect("round 2");
        let seq = w.round(1).expect("one round").seq();
        assert_eq!(seq, (ROOM.len() + one.len() + two.len()) as u64);
        let mut setup_and_log = log.clone();
        setup_and_log.truncate(seq as usize - ROOM.len());
        let mut at_round = with(&ROOM);
        for change in setup_and_log {
            at_round.apply(Valid::from_log(change));
        }
        kept_maps.push(places(&at_round));
    }
    assert!(kept_maps.windows(2).all(|w| w[0] == w[1]), "{kept_maps:?}");
    let kept = &kept_maps[0];
    assert!(
        kept.contains(&(sid(1), 3, 1)) && kept.contains(&(sid(4), 2, 3)),
        "{kept:?}"
    );
}
