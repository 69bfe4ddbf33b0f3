//! One suite, every store (sled, and PostgreSQL when the test script started one): the log
//! takes a run only where it follows, the write path is idempotent and replays, and
//! everything but the log — keys, links, tablets, codes, metadata — reads back as written.

use app::domain::{
    Actor, Attitude, Change, Edit, EditId, GroupCode, Role, StakeholderFields, StakeholderId,
    WorkshopId,
};
use app::wire::WorkshopView;
use server::store::{Appended, Grant, GrantId, JoinRecord, Location, LogRecord, Run, Tip};

use crate::support::{Kind, state_at, two_groups};

async fn each(case: impl AsyncFn(Kind, Location)) {
    for kind in Kind::all() {
        let dir = tempfile::tempdir().expect("temp dir");
        let at = kind.fresh(dir.path()).await;
        case(kind, at).await;
    }
}

fn record(seq: u64, edit: &str) -> LogRecord {
    LogRecord {
        seq,
        edit_id: EditId::parse(edit).expect("an edit id"),
        actor: Actor::Moderator,
        change: Change::StopTimer,
        at_ms: 1,
    }
}

fn add(group: app::domain::GroupId, n: u8, name: &str) -> Edit {
    Edit {
        id: EditId::parse(&format!("add-{n}")).expect("an edit id"),
        change: Change::AddStakeholder {
            id: StakeholderId::from_random_bytes([n; 16]),
            group,
            fields: StakeholderFields {
                name: name.into(),
                category: "state".into(),
                level: "local".into(),
                interest: 3,
                influence: 4,
                attitude: Attitude::Neutral,
                interests: String::new(),
                cooperation: String::new(),
                notes: String::new(),
            },
        },
    }
}

#[tokio::test]
async fn a_run_is_written_only_where_the_log_still_ends() {
    each(async |kind, at| {
        let state = state_at(&at);
        let id = two_groups(&state).await.id;
        let store = state.workshops.store().clone();
        let first = record(1, "a");
        let runs = [
            Run {
                workshop: id,
                after: Tip::default(),
                records: vec![first.clone()],
            },
            // Follows the first run of the same call.
            Run {
                workshop: id,
                after: Tip::of(&first),
                records: vec![record(2, "b"), record(3, "c")],
            },
            // Validated against a state the log has gone past.
            Run {
                workshop: id,
                after: Tip::of(&first),
                records: vec![record(2, "x")],
            },
        ];
        let outcomes = store.append(&runs).expect("appended");
        assert_eq!(
            outcomes,
            [Appended::Written, Appended::Written, Appended::Moved],
            "{kind:?}"
        );
        // The same edit id again after the right tip is a moved run too: the tip names it.
        let again = Run {
            workshop: id,
            after: Tip {
                seq: 3,
                edit: Some(EditId::parse("b").expect("id")),
            },
            records: vec![record(4, "d")],
        };
        assert_eq!(store.append(&[again]).expect("appended"), [Appended::Moved]);

        let log = store.log_since(id, 0, 100).expect("read");
        let edits: Vec<_> = log.iter().map(|r| (r.seq, r.edit_id.as_str())).collect();
        assert_eq!(edits, [(1, "a"), (2, "b"), (3, "c")], "{kind:?}");
        assert_eq!(store.log_since(id, 1, 1).expect("read")[0].seq, 2);

        // Many workshops in one read (an instance following others), answered in the order
        // asked, each from its own point and with its own limit; one the store does not have
        // reads as empty.
        let other = two_groups(&state).await.id;
        let theirs = Run {
            workshop: other,
            after: Tip::default(),
            records: vec![record(1, "p"), record(2, "q")],
        };
        assert_eq!(
            store.append(&[theirs]).expect("appended"),
            [Appended::Written]
        );
        let unknown = WorkshopId::from_random_bytes([9; 16]);
        let logs = store
            .logs_since(&[(other, 0), (unknown, 0), (id, 1), (other, 1)], 2)
            .expect("read");
        let seen: Vec<Vec<_>> = logs
            .iter()
            .map(|log| log.iter().map(|r| (r.seq, r.edit_id.as_str())).collect())
            .collect();
        assert_eq!(
            seen,
            [
                vec![(1, "p"), (2, "q")],
                vec![],
                vec![(2, "b"), (3, "c")],
                vec![(2, "q")]
            ],
            "{kind:?}"
        );
        assert!(store.logs_since(&[], 10).expect("read").is_empty());
        drop((state, store));

        // Opened again (another process would see the same): the log is all there.
        let reopened = at.open().expect("opens again");
        let loaded = reopened
            .load(id)
            .expect("read")
            .expect("the workshop")
            .expect("readable");
        assert_eq!(loaded.log, log, "{kind:?}");
        assert_eq!(loaded.codes.len(), 2);
        assert!(reopened.load(unknown).expect("read").is_none());
        assert_eq!(reopened.load_all().expect("read").len(), 2);
    })
    .await;
}

#[tokio::test]
async fn the_write_path_is_idempotent_and_replays_the_same_workshop() {
    each(async |kind, at| {
        let (id, before) = {
            let state = state_at(&at);
            let created = two_groups(&state).await;
            let group = created.groups[0].id;
            let edits = [
                add(group, 1, "Айыл өкмөтү «Кара-Суу»"),
                add(group, 2, "Жергиликтүү кеңеш"),
            ];
            for edit in edits.clone() {
                let applied = state
                    .workshops
                    .apply(created.id, Actor::Moderator, edit)
                    .await
                    .expect("applied");
                assert!(!applied.replayed);
            }
            let again = state
                .workshops
                .apply(created.id, Actor::Moderator, edits[0].clone())
                .await
                .expect("answered");
            assert!(again.replayed, "{kind:?}");
            assert_eq!(again.seq, 1, "answered as the first time");
            let last = state
                .workshops
                .apply_all(
                    created.id,
                    Actor::Moderator,
                    vec![add(group, 3, "Третий"), add(group, 4, "Четвёртый")],
                )
                .await
                .expect("applied together");
            assert_eq!(last, 4);
            let view = state.workshops.read(created.id, WorkshopView::of);
            (created.id, view.expect("read"))
        };
        let state = state_at(&at);
        let after = state
            .workshops
            .read(id, WorkshopView::of)
            .expect("replayed");
        assert_eq!(after, before, "{kind:?}");
        assert_eq!(after.stakeholders.len(), 4);
        let replay = state
            .workshops
            .apply(
                id,
                Actor::Moderator,
                add(after.groups[0].id, 2, "другое имя"),
            )
            .await
            .expect("answered");
        assert!(replay.replayed, "{kind:?}: edit ids outlive a restart");
        assert_eq!(
            state
                .workshops
                .store()
                .log_since(id, 0, 100)
                .expect("read")
                .len(),
            4
        );
    })
    .await;
}

#[tokio::test]
async fn keys_links_tablets_codes_and_metadata_read_back_as_written() {
    each(async |kind, at| {
        let state = state_at(&at);
        let created = two_groups(&state).await;
        let id = created.id;
        let store = state.workshops.store().clone();
        let code = |n: usize| {
            app::domain::JoinCode::parse(created.groups[n].join_code.as_deref().expect("code"))
                .expect("a code")
        };
        assert_eq!(
            store.join_code(&code(0)).expect("read"),
            Some(JoinRecord {
                workshop: id,
                group: created.groups[0].id,
                open: true
            })
        );

        let grants: Vec<Grant> = (1..=3u8)
            .map(|n| Grant {
                id: GrantId::Key(app::domain::KeyId::from_random_bytes([n * 40; 16])),
                role: Role::Viewer,
                label: format!("Ссылка {n}"),
                created_ms: u64::from(n),
                hash: [n; 32],
            })
            .collect();
        for grant in grants.iter().rev() {
            store.add_grant(id, grant).expect("added");
        }
        assert_eq!(
            store.grants(id).expect("read"),
            grants,
            "{kind:?}: in id order"
        );
        assert_eq!(
            store.access(&[2; 32]).expect("read").expect("known").role,
            Role::Viewer
        );

        let revoked = store.revoke(id, grants[1].id).expect("revoked");
        assert_eq!(revoked.as_ref(), Some(&grants[1]));
        assert!(
            store
                .access(&[2; 32])
                .expect("read")
                .expect("known")
                .revoked
        );
        assert_eq!(store.grants(id).expect("read").len(), 2);
        assert_eq!(store.revoke(id, grants[1].id).expect("answered"), None);

        // A group's new code replaces its old one; closing keeps the code.
        let fresh = app::domain::JoinCode::parse("NEWCD2").expect("a code");
        let record = JoinRecord {
            workshop: id,
            group: created.groups[1].id,
            open: false,
        };
        store
            .set_join_code(&fresh, &record, Some(&code(1)))
            .expect("replaced");
        assert_eq!(store.join_code(&code(1)).expect("read"), None);
        let mut codes = store.join_codes(id).expect("read");
        codes.sort_by_key(|c| c.code.as_str().to_owned());
        let mut expected = vec![
            GroupCode {
                group: created.groups[0].id,
                code: code(0),
                open: true,
            },
            GroupCode {
                group: created.groups[1].id,
                code: fresh,
                open: false,
            },
        ];
        expected.sort_by_key(|c| c.code.as_str().to_owned());
        assert_eq!(codes, expected, "{kind:?}");

        assert_eq!(store.meta("demo").expect("read"), None);
        store.set_meta("demo", b"one").expect("written");
        store.set_meta("demo", b"two").expect("written");
        assert_eq!(
            store.meta("demo").expect("read").as_deref(),
            Some(&b"two"[..])
        );
    })
    .await;
}

#[tokio::test]
async fn a_download_ticket_works_once_and_expired_ones_are_forgotten() {
    each(async |kind, at| {
        let state = state_at(&at);
        let id = two_groups(&state).await.id;
        let store = state.workshops.store().clone();
        // A download ticket works once, expired or not it is taken out.
        let ticket = server::store::Ticket {
            workshop: id,
            key_hash: [5; 32],
            expires_ms: u64::MAX / 2,
        };
        store.put_ticket(&[6; 32], &ticket, 1).expect("kept");
        assert_eq!(
            store.take_ticket(&[6; 32]).expect("read"),
            Some(ticket),
            "{kind:?}"
        );
        assert_eq!(
            store.take_ticket(&[6; 32]).expect("read"),
            None,
            "{kind:?}: used up"
        );
        // Keeping one forgets those expired by then.
        let old = server::store::Ticket {
            expires_ms: 10,
            ..ticket
        };
        store.put_ticket(&[7; 32], &old, 1).expect("kept");
        store.put_ticket(&[8; 32], &ticket, 20).expect("kept");
        assert_eq!(
            store.take_ticket(&[7; 32]).expect("read"),
            None,
            "{kind:?}: expired"
        );
        assert_eq!(store.take_ticket(&[8; 32]).expect("read"), Some(ticket));
    })
    .await;
}
