use serde_json::{Value, json};

use crate::domain::{
    Actor, Attitude, Change, Edit, EditId, GroupId, MergeId, RelationKind, RelationshipFields,
    RelationshipId, RelationshipPatch, Role, StakeholderFields, StakeholderId, StakeholderPatch,
    Verdict,
};
use crate::wire::{ErrorCode, ErrorDetail, ServerMessage};

fn sid(n: u8) -> StakeholderId {
    StakeholderId::from_random_bytes([n; 16])
}

/// One change of every kind, as the edits a workshop's log holds.
fn every_change() -> Vec<Change> {
    let fields = StakeholderFields {
        name: "Айыл окмоту \"Кара-Балта\" <b>".to_owned(),
        category: "state".to_owned(),
        level: "local".to_owned(),
        interest: 4,
        influence: 5,
        attitude: Attitude::Supportive,
        interests: "Бюджет".to_owned(),
        cooperation: String::new(),
        notes: String::new(),
    };
    vec![
        Change::AddStakeholder {
            id: sid(1),
            group: GroupId::from_random_bytes([2; 16]),
            fields,
        },
        Change::UpdateStakeholder {
            id: sid(1),
            patch: StakeholderPatch {
                interest: Some(2),
                ..StakeholderPatch::default()
            },
        },
        Change::DeleteStakeholder { id: sid(1) },
        Change::AddRelationship {
            id: RelationshipId::from_random_bytes([3; 16]),
            fields: RelationshipFields {
                from: sid(1),
                to: sid(4),
                kind: RelationKind::Funding,
                strength: 2,
                directed: true,
            },
        },
        Change::UpdateRelationship {
            id: RelationshipId::from_random_bytes([3; 16]),
            patch: RelationshipPatch {
                strength: Some(3),
                ..RelationshipPatch::default()
            },
        },
        Change::DeleteRelationship {
            id: RelationshipId::from_random_bytes([3; 16]),
        },
        Change::AddMerge {
            id: MergeId::from_random_bytes([5; 16]),
            members: vec![sid(1), sid(4)],
            verdict: Verdict::Distinct,
        },
        Change::DeleteMerge {
            id: MergeId::from_random_bytes([5; 16]),
        },
        Change::StartTimer {
            label: "Обсуждение".to_owned(),
            seconds: 600,
            started_at: 1_700_000_000_000,
        },
        Change::StopTimer,
        Change::ShareMaps { with_groups: true },
        Change::CloseRound {
            name: "До обсуждения".to_owned(),
        },
        Change::Guarded {
            stakeholder: Some(StakeholderPatch {
                interest: Some(5),
                ..StakeholderPatch::default()
            }),
            relationship: None,
            change: Box::new(Change::UpdateStakeholder {
                id: sid(1),
                patch: StakeholderPatch {
                    interest: Some(2),
                    ..StakeholderPatch::default()
                },
            }),
        },
        Change::Batch {
            changes: vec![
                Change::AddStakeholder {
                    id: sid(4),
                    group: GroupId::from_random_bytes([2; 16]),
                    fields: StakeholderFields {
                        name: "Минюст".to_owned(),
                        category: "state".to_owned(),
                        level: "national".to_owned(),
                        interest: 4,
                        influence: 4,
                        attitude: Attitude::Unknown,
                        interests: String::new(),
                        cooperation: String::new(),
                        notes: String::new(),
                    },
                },
                Change::AddRelationship {
                    id: RelationshipId::from_random_bytes([3; 16]),
                    fields: RelationshipFields {
                        from: sid(4),
                        to: sid(1),
                        kind: RelationKind::Conflict,
                        strength: 1,
                        directed: false,
                    },
                },
            ],
        },
    ]
}

/// The same object with its keys in reverse order: the tag last.
fn tag_last(value: &Value) -> String {
    let object = value.as_object().expect("an object");
    let entries: Vec<String> = object
        .iter()
        .rev()
        .map(|(k, v)| format!("{}:{v}", Value::String(k.clone())))
        .collect();
    format!("{{{}}}", entries.join(","))
}

#[test]
fn every_change_reads_back_as_written_with_its_tag_first() {
    for change in every_change() {
        let text = serde_json::to_string(&change).expect("written");
        assert!(text.starts_with("{\"op\":"), "{text}");
        let back: Change = serde_json::from_str(&text).expect("read");
        assert_eq!(back, change, "{text}");
        // Inside another value, from bytes as the stores read, and from a `Value`.
        let edit = Edit {
            id: EditId::from_random_bytes([7; 16]),
            change: change.clone(),
        };
        let bytes = serde_json::to_vec(&edit).expect("written");
        assert_eq!(serde_json::from_slice::<Edit>(&bytes).expect("read"), edit);
        let value = serde_json::to_value(&edit).expect("written");
        assert_eq!(serde_json::from_value::<Edit>(value).expect("read"), edit);
    }
}

#[test]
fn a_change_whose_tag_comes_later_reads_the_same_on_the_server() {
    for change in every_change() {
        let value = serde_json::to_value(&change).expect("written");
        let text = tag_last(&value);
        let back: Change = serde_json::from_str(&text).expect(&text);
        assert_eq!(back, change, "{text}");
    }
}

#[test]
fn a_change_without_a_known_op_is_refused_with_the_reason() {
    let cases = [
        (json!({}), "missing field `op`"),
        (
            json!({"op": "rename_everything", "id": sid(1)}),
            "rename_everything",
        ),
        (json!({"id": sid(1), "op": 3}), "a variant's name"),
        (json!({"op": "delete_stakeholder"}), "missing field `id`"),
        (json!(["delete_stakeholder"]), "an object with \"op\""),
        (json!({"id": sid(1)}), "missing field `op`"),
    ];
    for (value, says) in cases {
        let text = value.to_string();
        let error = serde_json::from_str::<Change>(&text).expect_err(&text);
        assert!(error.to_string().contains(says), "{text}: {error}");
    }
}

#[test]
fn a_change_without_fields_ignores_extra_keys_as_serde_does() {
    let back: Change =
        serde_json::from_str(r#"{"op":"stop_timer","note":{"a":[1,2]}}"#).expect("read");
    assert_eq!(back, Change::StopTimer);
}

#[test]
fn the_live_feeds_messages_read_back_as_written() {
    let messages = [
        ServerMessage::Ack {
            edit_id: EditId::from_random_bytes([1; 16]),
            seq: 12,
        },
        ServerMessage::Unseen { seq: 13 },
        ServerMessage::Rejected {
            edit_id: EditId::from_random_bytes([1; 16]),
            error: ErrorDetail::new(ErrorCode::Blank, "Имя </script> пустое"),
        },
        ServerMessage::Clock { now: -5 },
        ServerMessage::Storage { writable: false },
    ];
    for message in messages {
        let text = serde_json::to_string(&message).expect("written");
        assert!(text.starts_with("{\"type\":"), "{text}");
        assert_eq!(
            serde_json::from_str::<ServerMessage>(&text).expect("read"),
            message
        );
        let later = tag_last(&serde_json::from_str(&text).expect("json"));
        assert_eq!(
            serde_json::from_str::<ServerMessage>(&later).expect("read"),
            message
        );
    }
}

#[test]
fn roles_and_actors_read_in_either_order_and_as_before() {
    let group = GroupId::from_random_bytes([4; 16]);
    let roles = [
        (Role::Moderator, json!({"role": "moderator"})),
        (Role::Analyst, json!({"role": "analyst"})),
        (Role::Viewer, json!({"role": "viewer"})),
        (Role::Group(group), json!({"role": "group", "group": group})),
    ];
    for (role, value) in roles {
        assert_eq!(serde_json::to_value(role).expect("written"), value);
        assert_eq!(
            serde_json::from_value::<Role>(value.clone()).expect("read"),
            role
        );
        let later = tag_last(&value);
        assert_eq!(serde_json::from_str::<Role>(&later).expect("read"), role);
    }
    for actor in [Actor::Moderator, Actor::Group(group)] {
        let text = serde_json::to_string(&actor).expect("written");
        assert_eq!(serde_json::from_str::<Actor>(&text).expect("read"), actor);
    }
    let refused = [
        (json!({"role": "group"}), "missing field `group`"),
        (json!({"role": "owner"}), "unknown variant `owner`"),
    ];
    for (value, says) in refused {
        let error = serde_json::from_value::<Role>(value.clone()).expect_err("refused");
        assert!(error.to_string().contains(says), "{value}: {error}");
    }
    let error = serde_json::from_str::<Actor>(r#"{"role":"analyst"}"#).expect_err("refused");
    assert!(
        error.to_string().contains("unknown variant `analyst`"),
        "{error}"
    );
}
