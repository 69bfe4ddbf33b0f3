//! The domain's small value types: join codes, edit ids, error codes, the edit's JSON and
//! the quadrant rule. The workshop's rules are tested beside it (`workshop/tests.rs`).

use super::fixtures::sid;
use super::*;

fn code(c: &str) -> JoinCode {
    JoinCode::parse(c).expect("valid code")
}

#[test]
fn join_codes_are_forgiving_to_type_and_never_ambiguous() {
    assert_eq!(code(" k7m-2qx ").as_str(), "K7M2QX");
    for bad in [
        "K7M2Q",
        "K7M2QXX",
        "K0M2QX",
        "KOM2QX",
        "K1M2QX",
        "KIM2QX",
        "KLM2QX",
        "К7М2QХ",
    ] {
        assert_eq!(JoinCode::parse(bad), Err(DomainError::BadJoinCode), "{bad}");
    }
    for seed in 0..=255u8 {
        let made = JoinCode::from_random_bytes([seed, seed.wrapping_mul(7), 3, 200, 99, seed]);
        assert_eq!(JoinCode::parse(made.as_str()).as_ref(), Ok(&made));
    }
}

#[test]
fn edit_ids_are_short_visible_ascii() {
    assert!(EditId::parse("7f1c-42").is_ok());
    for bad in ["", "has space", "кириллица", &"x".repeat(101)] {
        assert_eq!(EditId::parse(bad), Err(DomainError::BadEditId), "{bad:?}");
    }
}

#[test]
fn errors_name_their_field_and_a_stable_code() {
    let e = DomainError::OutOfScale {
        field: Field::Interest,
        min: 1,
        max: 5,
    };
    assert_eq!(
        (e.code(), e.field()),
        ("out_of_scale", Some(Field::Interest))
    );
    assert_eq!(e.to_string(), "interest must be a whole number from 1 to 5");
    assert!(DomainError::NotYourGroup.is_forbidden());
    assert!(DomainError::UnknownStakeholder.is_not_found());
}

#[test]
fn edits_round_trip_through_json_with_readable_tags() {
    let edit = Edit {
        id: EditId::parse("e-1").expect("valid"),
        change: Change::DeleteStakeholder { id: sid(1) },
    };
    let json = serde_json::to_value(&edit).expect("serialises");
    assert_eq!(json["change"]["op"], "delete_stakeholder");
    let back: Edit = serde_json::from_value(json).expect("parses");
    assert_eq!(back, edit);
}

#[test]
fn the_quadrant_rule_counts_the_middle_as_high() {
    use super::Quadrant::*;
    let five = Scale::new(1, 5).unwrap();
    let ten = Scale::new(1, 10).unwrap();
    let zero_four = Scale::new(0, 4).unwrap();
    // (scale, interest, influence, quadrant)
    let cases = [
        (five, 3, 3, ManageClosely),
        (five, 2, 3, KeepSatisfied),
        (five, 3, 2, KeepInformed),
        (five, 2, 2, Monitor),
        (five, 5, 5, ManageClosely),
        (five, 1, 1, Monitor),
        (five, 1, 5, KeepSatisfied),
        (five, 5, 1, KeepInformed),
        (ten, 5, 6, KeepSatisfied),
        (ten, 6, 5, KeepInformed),
        (ten, 6, 6, ManageClosely),
        (zero_four, 2, 2, ManageClosely),
        (zero_four, 1, 1, Monitor),
    ];
    for (scale, interest, influence, expected) in cases {
        assert_eq!(
            super::Quadrant::of(scale, interest, influence),
            expected,
            "{scale:?} interest {interest} influence {influence}"
        );
    }
    assert_eq!(five.first_high(), 3);
    assert_eq!(ten.first_high(), 6);
    assert_eq!(zero_four.first_high(), 2);
}

#[test]
fn a_stakeholders_fields_are_named_as_the_wire_names_them() {
    let every = StakeholderPatch {
        name: Some(String::new()),
        category: Some(String::new()),
        level: Some(String::new()),
        interest: Some(1),
        influence: Some(1),
        attitude: Some(Attitude::Unknown),
        interests: Some(String::new()),
        cooperation: Some(String::new()),
        notes: Some(String::new()),
    };
    let json = serde_json::to_value(&every).expect("serialises");
    let mut keys: Vec<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut names = Field::STAKEHOLDER.map(Field::as_str);
    names.sort_unstable();
    assert_eq!(keys, names);
    for field in Field::STAKEHOLDER {
        assert_eq!(
            serde_json::to_value(field).expect("serialises"),
            field.as_str()
        );
    }
}
