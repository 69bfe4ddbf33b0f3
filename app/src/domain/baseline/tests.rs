//! Baselines: attached, matched and detached as edits; proposed matches; the comparison.

use crate::domain::fixtures::*;
use crate::domain::*;

/// Last year's map: the akimiat was watched, the Club's partner was key.
const LAST_YEAR: [Entry; 4] = [
    e(101, 1, "Акимиат", "state", 2, 2),
    e(102, 2, "акимиат", "state", 3, 2),
    e(103, 1, "UNDP", "international", 4, 4),
    e(104, 2, "Совет старейшин", "informal", 2, 1),
];

const THIS_YEAR: [Entry; 4] = [
    e(1, 1, "Акимиат", "state", 5, 5),
    e(2, 1, "ПРООН", "international", 4, 4),
    e(3, 2, "Молодёжь села", "informal", 5, 1),
    e(4, 2, "Акимиат района", "state", 4, 5),
];

fn bid(n: u8) -> BaselineId {
    BaselineId::from_random_bytes([n; 16])
}

fn attach(name: &str, actors: Vec<BaselineActor>) -> Change {
    Change::Baseline {
        id: bid(1),
        edit: BaselineEdit::Attach {
            name: name.to_owned(),
            actors,
        },
    }
}

fn matching(actor: StakeholderId, stakeholder: Option<StakeholderId>) -> Change {
    Change::Baseline {
        id: bid(1),
        edit: BaselineEdit::Match { actor, stakeholder },
    }
}

/// Last year's combined map, the akimiat's two entries merged.
fn last_year() -> Vec<BaselineActor> {
    let mut w = with(&LAST_YEAR);
    merge(&mut w, 1, &[101, 102]).expect("one actor");
    baseline_actors(&w)
}

fn attached() -> Workshop {
    let mut w = with(&THIS_YEAR);
    apply(
        &mut w,
        Actor::Moderator,
        attach(" Карта 2022 ", last_year()),
    )
    .expect("attached");
    w
}

#[test]
fn a_baseline_keeps_the_other_workshops_combined_map_frozen() {
    let actors = last_year();
    let names: Vec<&str> = actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Акимиат", "UNDP", "Совет старейшин"]);
    let akimiat = &actors[0];
    assert_eq!(akimiat.id, sid(101), "the first member's id");
    assert_eq!(
        akimiat.interest.median.value(),
        2.5,
        "the median of 2 and 3"
    );
    assert_eq!((akimiat.interest.min, akimiat.interest.max), (2, 3));
    assert_eq!(akimiat.groups, ["Группа 1", "Группа 2"]);

    let w = attached();
    let [b] = w.baselines() else {
        panic!("one baseline: {:?}", w.baselines())
    };
    assert_eq!(b.name(), "Карта 2022", "trimmed like every name");
    assert_eq!(b.actors(), actors.as_slice());
    assert!(b.matches().is_empty());
}

#[test]
fn matches_are_proposed_by_the_plenarys_rules_and_confirmed_by_the_moderator() {
    let mut w = attached();
    let map = combine(&w);
    let b = w.baseline(bid(1)).expect("attached");
    let proposed: Vec<(StakeholderId, StakeholderId, MatchReason)> = proposals(b, &map)
        .iter()
        .map(|p| (p.actor, p.stakeholder, p.reason))
        .collect();
    // The same name first; «Акимиат района» is left to the moderator; UNDP is ПРООН only by
    // knowing the body, which the tables do.
    assert_eq!(proposed[0], (sid(101), sid(1), MatchReason::SameName));
    assert!(
        proposed.iter().all(|(a, _, _)| *a != sid(104)),
        "nothing like the elders' council: {proposed:?}"
    );
    assert!(
        proposed.iter().all(|(_, now, _)| *now != sid(4)),
        "each actor proposed once: {proposed:?}"
    );

    apply(&mut w, Actor::Moderator, matching(sid(101), Some(sid(1)))).expect("confirmed");
    let b = w.baseline(bid(1)).expect("attached");
    assert_eq!(b.match_of(sid(101)), Some(sid(1)));
    assert!(
        proposals(b, &combine(&w))
            .iter()
            .all(|p| p.actor != sid(101)),
        "a matched actor is proposed no more"
    );

    apply(&mut w, Actor::Moderator, matching(sid(101), None)).expect("taken back");
    assert_eq!(w.baseline(bid(1)).and_then(|b| b.match_of(sid(101))), None);
}

#[test]
fn the_comparison_lists_quadrant_changes_first_then_new_then_unmatched() {
    let mut w = attached();
    apply(&mut w, Actor::Moderator, matching(sid(101), Some(sid(1)))).expect("matched");
    apply(&mut w, Actor::Moderator, matching(sid(103), Some(sid(2)))).expect("matched");
    let b = w.baseline(bid(1)).expect("attached");
    let rows = comparison(b, &combine(&w), w.scale());
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Акимиат",
            "Акимиат района",
            "Молодёжь села",
            "Совет старейшин",
            "ПРООН"
        ]
    );
    let akimiat = &rows[0];
    assert_eq!(akimiat.shift.before, Some((2.5, 2.0)));
    assert_eq!(akimiat.shift.after, Some((5.0, 5.0)));
    assert_eq!(akimiat.shift.quadrant_before, Some(Quadrant::Monitor));
    assert_eq!(akimiat.shift.quadrant_after, Some(Quadrant::ManageClosely));
    assert_eq!(akimiat.baseline_name.as_deref(), Some("Акимиат"));
    let undp = &rows[4];
    assert_eq!(
        undp.baseline_name.as_deref(),
        Some("UNDP"),
        "matched by hand"
    );
    assert!(!undp.shift.changed_quadrant());
    assert_eq!(rows[1].shift.before, None, "new since");
    assert_eq!(rows[3].shift.after, None, "not matched with anyone now");
}

#[test]
fn a_match_follows_its_stakeholder_into_a_later_merge() {
    let mut w = attached();
    apply(&mut w, Actor::Moderator, matching(sid(101), Some(sid(4)))).expect("matched");
    merge(&mut w, 2, &[1, 4]).expect("the two akimiats are one");
    let map = combine(&w);
    let b = w.baseline(bid(1)).expect("attached");
    let at = map
        .stakeholders
        .iter()
        .position(|c| c.id == sid(1))
        .expect("the merged akimiat");
    assert_eq!(matched(b, &map), [(0, at)]);
    assert_eq!(
        w.validate(Actor::Moderator, matching(sid(104), Some(sid(1)))),
        Err(DomainError::AlreadyMatched),
        "one baseline actor for each actor now"
    );
}

#[test]
fn impossible_baseline_edits_are_refused_and_change_nothing() {
    let w = attached();
    let mut out_of_scale = last_year();
    out_of_scale[0].influence.max = 9;
    let mut twice = last_year();
    twice[1].id = twice[0].id;
    let mut blank = last_year();
    blank[2].name = "  ".to_owned();
    let unknown = Change::Baseline {
        id: bid(2),
        edit: BaselineEdit::Detach,
    };
    let cases: Vec<(Actor, Change, DomainError)> = vec![
        (
            Actor::Group(gid(1)),
            matching(sid(101), Some(sid(1))),
            DomainError::ModeratorOnly,
        ),
        (
            Actor::Moderator,
            attach("again", last_year()),
            DomainError::DuplicateBaseline,
        ),
        (Actor::Moderator, unknown, DomainError::UnknownBaseline),
        (
            Actor::Moderator,
            matching(sid(1), Some(sid(1))),
            DomainError::UnknownStakeholder,
        ),
        (
            Actor::Moderator,
            matching(sid(101), Some(sid(99))),
            DomainError::UnknownStakeholder,
        ),
    ];
    for (actor, change, error) in cases {
        let mut copy = w.clone();
        assert_eq!(
            apply(&mut copy, actor, change.clone()),
            Err(error),
            "{change:?}"
        );
        assert_eq!(copy, w, "nothing changed by {change:?}");
    }
    let fresh = with(&THIS_YEAR);
    for (actors, error) in [
        (
            out_of_scale,
            DomainError::OutOfScale {
                field: Field::Influence,
                min: 1,
                max: 5,
            },
        ),
        (twice, DomainError::DuplicateStakeholder),
        (blank, DomainError::Blank(Field::Name)),
    ] {
        assert_eq!(
            fresh.validate(Actor::Moderator, attach("2022", actors)),
            Err(error)
        );
    }
}

#[test]
fn a_baseline_reaches_the_desk_only_and_a_groups_view_holds_none() {
    let mut w = attached();
    let change = matching(sid(101), Some(sid(1)));
    assert_eq!(w.reach(&change), Reach::Desk);
    assert!(!Role::Group(gid(1)).sees(Reach::Desk, true));
    assert!(Role::Viewer.sees(Reach::Desk, false));
    apply(
        &mut w,
        Actor::Moderator,
        Change::ShareMaps { with_groups: true },
    )
    .expect("shared");
    assert!(w.seen_by(Role::Group(gid(1))).baselines().is_empty());
    assert_eq!(w.seen_by(Role::Analyst).baselines().len(), 1);
}

#[test]
fn baseline_edits_go_on_the_wire_and_come_back_and_detach_takes_it_away() {
    let mut w = attached();
    let change = matching(sid(101), Some(sid(1)));
    let json = serde_json::to_value(&change).expect("written");
    assert_eq!(json["op"], "baseline");
    assert_eq!(json["edit"]["match"]["actor"], sid(101).to_string());
    let back: Change = serde_json::from_value(json).expect("read");
    assert_eq!(back, change);
    let workshop = serde_json::to_string(&w).expect("written");
    let read: Workshop = serde_json::from_str(&workshop).expect("read");
    assert_eq!(read, w, "a workshop keeps its baselines through JSON");

    let detach = Change::Baseline {
        id: bid(1),
        edit: BaselineEdit::Detach,
    };
    apply(&mut w, Actor::Moderator, detach).expect("detached");
    assert!(w.baselines().is_empty());
    assert!(
        !serde_json::to_string(&w)
            .expect("written")
            .contains("baselines"),
        "a workshop without baselines is written as before"
    );
}

#[test]
fn a_restored_workshop_keeps_its_baselines_and_their_matches() {
    let mut w = attached();
    apply(&mut w, Actor::Moderator, matching(sid(101), Some(sid(1)))).expect("matched");
    let plan = w.restore_plan(w.id()).expect("a plan");
    let back = Workshop::replay(plan.setup, plan.changes).expect("replayed");
    assert_eq!(back.baselines(), w.baselines());
}
