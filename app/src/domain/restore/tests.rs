//! Restoring a workshop from its copy: the same content under a new id, merges of deleted
//! entries trimmed, and a tampered copy refused at the entry that is wrong.

use crate::domain::fixtures::*;
use crate::domain::*;

/// A workshop's content: everything but its id, its edit count and a running countdown,
/// which a restored copy does not keep.
fn content(w: &Workshop) -> serde_json::Value {
    let mut value = serde_json::to_value(w).expect("serialises");
    let map = value.as_object_mut().expect("an object");
    for key in ["id", "seq", "timer"] {
        map.remove(key);
    }
    value
}

fn rebuild(plan: &RestorePlan) -> Workshop {
    let mut w = Workshop::create(plan.setup.clone()).expect("valid setup");
    for change in &plan.changes {
        apply(&mut w, Actor::Moderator, change.clone()).expect("the plan was checked");
    }
    w
}

#[test]
fn a_restored_workshop_equals_its_copy() {
    let mut w = with(&ROOM);
    let hostile = Change::UpdateStakeholder {
        id: sid(6),
        patch: StakeholderPatch {
            name: Some("=HYPERLINK(\"http://x\") <script>\" 😀".to_owned()),
            notes: Some("=1+1\n<b>second line</b>".to_owned()),
            ..StakeholderPatch::default()
        },
    };
    apply(&mut w, Actor::Moderator, hostile).unwrap();
    let link = Change::AddRelationship {
        id: RelationshipId::from_random_bytes([1; 16]),
        fields: RelationshipFields {
            from: sid(1),
            to: sid(4),
            kind: RelationKind::Conflict,
            strength: 3,
            directed: true,
        },
    };
    apply(&mut w, Actor::Moderator, link).unwrap();
    merge(&mut w, 1, &[1, 2, 3]).unwrap();
    merge(&mut w, 2, &[4, 5]).unwrap();
    apply(&mut w, Actor::Moderator, Change::DeleteMerge { id: mid(2) }).unwrap();
    let reject = Change::AddMerge {
        id: mid(3),
        members: vec![sid(4), sid(5)],
        verdict: Verdict::Distinct,
    };
    apply(&mut w, Actor::Moderator, reject).unwrap();
    let timer = Change::StartTimer {
        label: "Работа в группах".to_owned(),
        seconds: 600,
        started_at: 1,
    };
    apply(&mut w, Actor::Moderator, timer).unwrap();

    let new_id = WorkshopId::from_random_bytes([7; 16]);
    let restored = rebuild(&w.restore_plan(new_id).expect("restorable"));
    assert_eq!(restored.id(), new_id);
    assert_eq!(content(&restored), content(&w));
    assert_eq!(combine(&restored), combine(&w), "the same combined map");
    assert!(restored.timer().is_none());
}

#[test]
fn a_merge_whose_entries_were_deleted_keeps_what_remains() {
    let mut w = with(&ROOM);
    merge(&mut w, 1, &[1, 2, 3]).unwrap();
    merge(&mut w, 2, &[4, 5]).unwrap();
    for id in [1, 4] {
        let delete = Change::DeleteStakeholder { id: sid(id) };
        apply(&mut w, Actor::Moderator, delete).unwrap();
    }
    let restored = rebuild(
        &w.restore_plan(WorkshopId::from_random_bytes([7; 16]))
            .unwrap(),
    );
    assert_eq!(restored.merges().len(), 1, "a merge of one is left out");
    assert_eq!(restored.merges()[0].members(), &[sid(2), sid(3)]);
    assert_eq!(shape(combine(&restored)), shape(combine(&w)));
}

#[test]
fn a_tampered_copy_names_the_entry_that_is_wrong() {
    let w = with(&ROOM);
    let mut value = serde_json::to_value(&w).unwrap();
    value["stakeholders"][2]["interest"] = 9.into();
    let tampered: Workshop = serde_json::from_value(value).unwrap();
    let error = tampered
        .restore_plan(WorkshopId::from_random_bytes([7; 16]))
        .unwrap_err();
    assert_eq!(error.item, "stakeholders[2] \"министерство юстиции\"");
    assert!(matches!(
        error.error,
        DomainError::OutOfScale {
            field: Field::Interest,
            ..
        }
    ));
}
