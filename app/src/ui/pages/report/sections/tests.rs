//! Which comparisons the report makes.

use super::comparisons;
use crate::domain::{
    Actor, Change, Group, GroupId, Language, Moment, Workshop, WorkshopId, WorkshopSetup,
};

fn workshop(changes: &[Change]) -> Workshop {
    let setup = WorkshopSetup {
        id: WorkshopId::from_random_bytes([1; 16]),
        title: "Раунды".into(),
        focal: String::new(),
        question: String::new(),
        date: String::new(),
        place: String::new(),
        language: Language::Ru,
        groups: vec![Group::new(GroupId::from_random_bytes([2; 16]), "Группа 1")],
        demo: false,
    };
    let mut w = Workshop::create(setup).expect("a workshop");
    for change in changes {
        let valid = w.validate(Actor::Moderator, change.clone()).expect("valid");
        w.apply(valid);
    }
    w
}

fn close() -> Change {
    Change::CloseRound {
        name: String::new(),
    }
}

/// What happened, and the comparisons expected.
type Case = (&'static str, Vec<Change>, Vec<(Moment, Moment)>);

#[test]
fn each_round_is_compared_with_the_next_and_the_last_with_now_once_the_maps_changed() {
    let share = Change::ShareMaps { with_groups: true };
    let cases: [Case; 4] = [
        ("no round", vec![share.clone()], vec![]),
        ("one round, nothing since", vec![close()], vec![]),
        (
            "one round, an edit since",
            vec![close(), share.clone()],
            vec![(Moment::Round(1), Moment::Now)],
        ),
        (
            "two rounds, nothing since",
            vec![close(), share, close()],
            vec![(Moment::Round(1), Moment::Round(2))],
        ),
    ];
    for (what, changes, expected) in cases {
        assert_eq!(comparisons(&workshop(&changes)), expected, "{what}");
    }
}
