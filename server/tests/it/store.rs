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

/// Every byte the store wrote, as one buffer (sled keeps values as written: no compression).
fn stored_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                all.extend(std::fs::read(&path).expect("a file"));
            }
        }
    }
    all
}

#[tokio::test]
async fn the_store_keeps_no_key_or_token_in_clear_only_their_hashes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store");
    let state = open(&path);
    let created = state
        .workshops
        .create(
            CreateWorkshop {
                title: "Ключи".into(),
                language: Language::Ru,
                groups: vec!["Группа 1".into()],
                ..Default::default()
            },
            false,
        )
        .await
        .expect("created");
    let code = app::domain::JoinCode::parse(created.groups[0].join_code.as_deref().unwrap())
        .expect("a code");
    let tablet = state.workshops.join(&code).await.expect("joined");
    let link = state
        .workshops
        .add_key(created.id, app::domain::Role::Analyst, "Аналитик".into())
        .await
        .expect("a link");
    let secrets = [
        created.moderator_key.clone(),
        tablet.token.clone(),
        link.key.clone(),
    ];
    for secret in &secrets {
        state
            .workshops
            .authorize(created.id, secret)
            .expect("every secret works");
    }
    let bytes = stored_bytes(&path);
    assert!(bytes.len() > 1000, "the store wrote its files");
    for secret in &secrets {
        let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(!found, "{secret} is in the store in clear");
    }
    // The hash is what is there.
    let hash = server::secrets::hash(&tablet.token);
    assert!(
        bytes.windows(32).any(|w| w == hash),
        "the token's hash is kept"
    );
}
