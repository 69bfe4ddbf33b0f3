use super::edits::{changed_fields, changed_relationship};
use crate::domain::{
    Attitude, CategoryId, GroupId, LevelId, RelationKind, RelationshipFields, RelationshipId,
    StakeholderId,
};
use crate::ui::components::StakeholderInput;
use crate::wire::{PatchStakeholder, RelationshipView, StakeholderView};

fn before() -> StakeholderView {
    StakeholderView {
        id: StakeholderId::from_random_bytes([1; 16]),
        group_id: GroupId::from_random_bytes([9; 16]),
        name: "Айыл окмоту".to_owned(),
        category: CategoryId::new("government"),
        level: LevelId::new("local"),
        interest: 3,
        influence: 4,
        attitude: Attitude::Neutral,
        interests: "вода".to_owned(),
        cooperation: String::new(),
        notes: String::new(),
    }
}

fn as_typed(s: &StakeholderView) -> StakeholderInput {
    StakeholderInput {
        name: s.name.clone(),
        category: s.category.to_string(),
        level: s.level.to_string(),
        interest: i64::from(s.interest),
        influence: i64::from(s.influence),
        attitude: s.attitude,
        interests: s.interests.clone(),
        cooperation: s.cooperation.clone(),
        notes: s.notes.clone(),
    }
}

#[test]
fn a_saved_form_patches_only_the_fields_the_person_changed() {
    let unchanged = changed_fields(&before(), as_typed(&before()));
    assert_eq!(unchanged, PatchStakeholder::default());

    let mut typed = as_typed(&before());
    typed.influence = 5;
    typed.notes = "председатель".to_owned();
    assert_eq!(
        changed_fields(&before(), typed),
        PatchStakeholder {
            influence: Some(5),
            notes: Some("председатель".to_owned()),
            ..PatchStakeholder::default()
        }
    );
}

#[test]
fn a_saved_relationship_patches_only_what_changed() {
    let (a, b) = (
        StakeholderId::from_random_bytes([1; 16]),
        StakeholderId::from_random_bytes([2; 16]),
    );
    let before = RelationshipView {
        id: RelationshipId::from_random_bytes([3; 16]),
        group_id: GroupId::from_random_bytes([9; 16]),
        from: a,
        to: b,
        kind: RelationKind::Cooperation,
        strength: 2,
        directed: false,
    };
    let patch = changed_relationship(
        &before,
        RelationshipFields {
            from: a,
            to: b,
            kind: RelationKind::Cooperation,
            strength: 3,
            directed: true,
        },
    );
    assert_eq!(patch.kind, None);
    assert_eq!(patch.strength, Some(3));
    assert_eq!(patch.directed, Some(true));
}
