use std::sync::Arc;

use app::domain::{Actor, Change, EditId, Group, GroupCode, GroupId, KeyId, Language, Role};

use super::*;
use crate::store::{Grant, GrantId, LogRecord, SledStore};

fn setup() -> WorkshopSetup {
    WorkshopSetup {
        id: WorkshopId::from_random_bytes([1; 16]),
        title: "Перенос".into(),
        focal: String::new(),
        question: String::new(),
        date: String::new(),
        place: "Ош".into(),
        language: Language::Ky,
        groups: vec![Group::new(GroupId::from_random_bytes([2; 16]), "Топ 1")],
        demo: false,
    }
}

fn access(role: Role, revoked: bool) -> Access {
    Access {
        workshop: setup().id,
        role,
        grant: None,
        revoked,
    }
}

/// A sled store with one workshop: 2,500 edits (three chunks), a join code, the moderator's
/// key, a link, a revoked tablet, and the demo's metadata.
fn source(dir: &std::path::Path) -> Arc<dyn Store> {
    let store = SledStore::open(dir).unwrap();
    let code = app::domain::JoinCode::parse("KRT234").unwrap();
    let record = JoinRecord {
        workshop: setup().id,
        group: setup().groups[0].id(),
        open: false,
    };
    store
        .create(&NewWorkshop {
            setup: setup(),
            access: vec![([1; 32], access(Role::Moderator, false))],
            joins: vec![(code, record)],
        })
        .unwrap();
    let records: Vec<LogRecord> = (1..=2500)
        .map(|seq| LogRecord {
            seq,
            edit_id: EditId::parse(&format!("e{seq}")).unwrap(),
            actor: Actor::Moderator,
            change: Change::StopTimer,
            at_ms: seq,
        })
        .collect();
    let run = Run {
        workshop: setup().id,
        after: Tip::default(),
        records,
    };
    assert_eq!(store.append(&[run]).unwrap(), [Appended::Written]);
    for (n, hash) in [(1u8, [7u8; 32]), (2, [8; 32])] {
        let grant = Grant {
            id: GrantId::Key(KeyId::from_random_bytes([n; 16])),
            role: Role::Analyst,
            label: format!("Ссылка {n}"),
            created_ms: 5,
            hash,
        };
        store.add_grant(setup().id, &grant).unwrap();
    }
    store
        .revoke(setup().id, GrantId::Key(KeyId::from_random_bytes([2; 16])))
        .unwrap();
    store.set_meta("demo", b"{}").unwrap();
    Arc::new(store)
}

#[test]
fn everything_moves_and_reads_back_the_same() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let from = source(a.path());
    let to: Arc<dyn Store> = Arc::new(SledStore::open(b.path()).unwrap());
    let mut heard = Vec::new();
    let moved = migrate(from.as_ref(), to.as_ref(), |n, count, setup, edits| {
        heard.push((n, count, setup.title.clone(), edits));
    })
    .unwrap();
    assert_eq!(heard, [(1, 1, "Перенос".to_owned(), 2500)]);
    assert_eq!(
        (moved.workshops, moved.edits, moved.keys, moved.grants),
        (1, 2500, 3, 1)
    );

    let id = setup().id;
    let (was, is) = (
        from.load(id).unwrap().unwrap().unwrap(),
        to.load(id).unwrap().unwrap().unwrap(),
    );
    assert_eq!(is.log, was.log);
    assert_eq!(is.setup, was.setup);
    assert_eq!(
        is.codes,
        [GroupCode {
            group: setup().groups[0].id(),
            code: app::domain::JoinCode::parse("KRT234").unwrap(),
            open: false
        }]
    );
    assert_eq!(to.access_all().unwrap(), from.access_all().unwrap());
    assert!(
        to.access(&[8; 32]).unwrap().unwrap().revoked,
        "revoked stays revoked"
    );
    assert_eq!(to.grants(id).unwrap(), from.grants(id).unwrap());
    assert_eq!(to.meta("demo").unwrap().as_deref(), Some(&b"{}"[..]));

    // A second run finds the target taken and changes nothing.
    let again = migrate(from.as_ref(), to.as_ref(), |_, _, _, _| {});
    assert!(matches!(again, Err(MigrateError::NotEmpty(1))));
}
