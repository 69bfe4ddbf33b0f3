//! The store keeps everything across a reopen, and the workshop replays to the same state.

use app::domain::{
    Actor, Attitude, Change, Edit, EditId, Language, StakeholderFields, StakeholderPatch,
};
use app::wire::{CreateWorkshop, WorkshopView};

use crate::support::state as open;

#[tokio::test]
async fn a_reopened_store_has_every_workshop_edit_and_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store");
    let (id, key, code, before) = {
        let state = open(&path);
        let created = state
            .workshops
            .create(
                CreateWorkshop {
                    title: "Сактоо".into(),
                    language: Language::Ky,
                    groups: vec!["Топ 1".into()],
                    ..Default::default()
                },
                false,
            )
            .await
            .expect("created");
        let id = created.id;
        let group = created.groups[0].id;
        let sid = app::domain::StakeholderId::from_random_bytes([4; 16]);
        let edits = [
            Change::AddStakeholder {
                id: sid,
                group,
                fields: StakeholderFields {
                    name: "Жергиликтүү кеңеш".into(),
                    category: "state".into(),
                    level: "local".into(),
                    interest: 4,
                    influence: 3,
                    attitude: Attitude::Supportive,
                    interests: "ө ү ң".into(),
                    cooperation: String::new(),
                    notes: String::new(),
                },
            },
            Change::UpdateStakeholder {
                id: sid,
                patch: StakeholderPatch {
                    influence: Some(5),
                    ..Default::default()
                },
            },
        ];
        for (n, change) in edits.into_iter().enumerate() {
            let edit = Edit {
                id: EditId::parse(&format!("e{n}")).expect("id"),
                change,
            };
            state
                .workshops
                .apply(id, Actor::Moderator, edit)
                .await
                .expect("applied");
        }
        let before = state.workshops.read(id, WorkshopView::of).expect("read");
        let code = created.groups[0].join_code.clone().expect("code");
        (id, created.moderator_key, code, before)
    };

    let state = open(&path);
    let after = state
        .workshops
        .read(id, WorkshopView::of)
        .expect("still there");
    assert_eq!(after, before);
    assert_eq!(after.stakeholders[0].influence, 5);
    assert_eq!(
        state.workshops.authorize(id, &key).expect("key kept").role,
        app::domain::Role::Moderator
    );
    let joined = state
        .workshops
        .join(&app::domain::JoinCode::parse(&code).expect("code"))
        .await
        .expect("join code kept");
    assert_eq!(joined.workshop, id);

    let replay = Edit {
        id: EditId::parse("e0").expect("id"),
        change: Change::DeleteStakeholder {
            id: app::domain::StakeholderId::from_random_bytes([4; 16]),
        },
    };
    let applied = state
        .workshops
        .apply(id, Actor::Moderator, replay)
        .await
        .expect("replayed");
    assert!(applied.replayed, "edit ids survive a restart");
    assert_eq!(
        state
            .workshops
            .read(id, |w, _| w.stakeholders().len())
            .expect("read"),
        1
    );
}
