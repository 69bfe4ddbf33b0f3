//! The plenary's countdown: who may run it, what it accepts, and what it shows.

use super::*;
use crate::domain::fixtures::*;
use crate::domain::*;

fn start(label: &str, seconds: u32, started_at: i64) -> Change {
    Change::StartTimer {
        label: label.to_owned(),
        seconds,
        started_at,
    }
}

const T0: i64 = 1_750_000_000_000;

#[test]
fn the_moderator_starts_replaces_and_stops_the_timer() {
    let mut w = plenary(1);
    assert_eq!(w.timer(), None);
    apply(
        &mut w,
        Actor::Moderator,
        start("  Работа в группах  ", 1800, T0),
    )
    .unwrap();
    let t = w.timer().expect("running");
    assert_eq!(
        (t.label(), t.seconds(), t.started_at(), t.ends_at()),
        ("Работа в группах", 1800, T0, T0 + 1_800_000),
        "the label is trimmed"
    );
    assert_eq!(w.seq(), 1);

    // Starting again replaces the running timer.
    apply(
        &mut w,
        Actor::Moderator,
        start("Пленарная", 300, T0 + 5_000),
    )
    .unwrap();
    let t = w.timer().expect("running");
    assert_eq!(
        (t.label(), t.seconds(), t.started_at()),
        ("Пленарная", 300, T0 + 5_000)
    );

    apply(&mut w, Actor::Moderator, Change::StopTimer).unwrap();
    assert_eq!(w.timer(), None);
    // Stopping when nothing runs is harmless: two moderators' screens may both stop it.
    apply(&mut w, Actor::Moderator, Change::StopTimer).unwrap();
    assert_eq!((w.timer(), w.seq()), (None, 4));
}

#[test]
fn only_the_moderator_runs_the_timer() {
    let mut w = plenary(1);
    let group = Actor::Group(gid(1));
    assert_eq!(
        w.validate(group, start("Работа", 60, T0)),
        Err(DomainError::ModeratorOnly)
    );
    apply(&mut w, Actor::Moderator, start("Работа", 60, T0)).unwrap();
    assert_eq!(
        w.validate(group, Change::StopTimer),
        Err(DomainError::ModeratorOnly)
    );
    assert!(DomainError::ModeratorOnly.is_forbidden());
    assert!(w.timer().is_some(), "a refused stop changes nothing");
}

#[test]
fn timer_lengths_and_labels_are_checked() {
    let long = "ы".repeat(limits::TIMER_LABEL + 1);
    let exactly = "ы".repeat(limits::TIMER_LABEL);
    let length = DomainError::TimerLength {
        max: limits::TIMER_SECONDS,
    };
    let too_long = DomainError::TooLong {
        field: Field::Label,
        max: limits::TIMER_LABEL,
    };
    let cases: Vec<(&str, &str, u32, Result<(), DomainError>)> = vec![
        ("zero seconds", "Работа", 0, Err(length.clone())),
        ("one second", "Работа", 1, Ok(())),
        ("four hours", "Работа", 4 * 3600, Ok(())),
        (
            "over four hours",
            "Работа",
            4 * 3600 + 1,
            Err(length.clone()),
        ),
        ("the largest number", "Работа", u32::MAX, Err(length)),
        ("an empty label", "", 300, Ok(())),
        ("a blank label", "   ", 300, Ok(())),
        ("100 Cyrillic letters", &exactly, 300, Ok(())),
        ("101 Cyrillic letters", &long, 300, Err(too_long)),
    ];
    for (what, label, seconds, expected) in cases {
        let got = plenary(1)
            .validate(Actor::Moderator, start(label, seconds, T0))
            .map(|_| ());
        assert_eq!(got, expected, "{what}");
    }
    let e = DomainError::TimerLength {
        max: limits::TIMER_SECONDS,
    };
    assert_eq!(
        (e.code(), e.field()),
        ("timer_length", Some(Field::Seconds))
    );
}

#[test]
fn a_timer_start_is_stamped_with_the_receivers_clock_and_nothing_else_is() {
    let sent = start("Работа", 300, 42);
    assert_eq!(sent.clone().stamped(T0), start("Работа", 300, T0));
    assert_eq!(sent.target(), Target::Timer);
    assert_eq!(Change::StopTimer.stamped(T0), Change::StopTimer);
    assert_eq!(Change::StopTimer.target(), Target::Timer);
    let other = Change::DeleteMerge {
        id: MergeId::from_random_bytes([1; 16]),
    };
    assert_eq!(other.clone().stamped(T0), other);
}

#[test]
fn timer_changes_travel_as_json_and_the_sender_may_leave_out_the_time() {
    let change: Change =
        serde_json::from_str(r#"{"op": "start_timer", "label": "Работа", "seconds": 600}"#)
            .expect("parses");
    assert_eq!(change, start("Работа", 600, 0));
    let stop: Change = serde_json::from_str(r#"{"op": "stop_timer"}"#).expect("parses");
    assert_eq!(stop, Change::StopTimer);
    // A workshop stored before there were timers reads back without one.
    let mut json = serde_json::to_value(plenary(1)).expect("serialises");
    json.as_object_mut().expect("object").remove("timer");
    let old: Workshop = serde_json::from_value(json).expect("reads");
    assert_eq!(old.timer(), None);
}

#[test]
fn remaining_seconds_count_down_rounding_up_and_stop_at_zero() {
    // (now − start in ms, expected seconds left) for a 5-minute timer.
    let cases = [
        (-60_000, 300), // a clock behind the start never shows more than the length
        (0, 300),
        (1, 300),
        (999, 300),
        (1_000, 299),
        (1_001, 299),
        (10_500, 290),
        (59_999, 241),
        (240_000, 60),
        (240_001, 60),
        (241_000, 59),
        (299_001, 1),
        (299_999, 1),
        (300_000, 0),
        (300_001, 0),
        (86_400_000, 0),
    ];
    for (elapsed, expected) in cases {
        assert_eq!(
            remaining_seconds(T0, 300, T0 + elapsed),
            expected,
            "{elapsed} ms after the start"
        );
    }
    // Extreme times neither overflow nor wrap.
    assert_eq!(remaining_seconds(i64::MAX, 300, 0), 300);
    assert_eq!(remaining_seconds(i64::MIN, 300, i64::MAX), 0);
    assert_eq!(remaining_seconds(0, u32::MAX, i64::MIN), u32::MAX);
}

#[test]
fn a_timer_tells_its_remaining_time_by_the_clock_it_is_given() {
    let mut w = plenary(1);
    apply(&mut w, Actor::Moderator, start("Работа", 600, T0)).unwrap();
    let t = w.timer().expect("running");
    assert_eq!(t.remaining(T0 + 30_000), 570);
    assert_eq!(t.remaining(T0 + 600_000), 0);
}

#[test]
fn clock_faces_read_minutes_and_seconds() {
    let cases = [
        (0, "0:00"),
        (7, "0:07"),
        (59, "0:59"),
        (60, "1:00"),
        (299, "4:59"),
        (300, "5:00"),
        (1800, "30:00"),
        (4 * 3600, "240:00"),
    ];
    for (seconds, face) in cases {
        assert_eq!(clock_face(seconds), face, "{seconds} s");
    }
}
