//! A store that fails on demand, as a full or failing disk does: writes answer 507, reading
//! and the live feed go on, an edit sent over the feed waits on its device (neither
//! acknowledged nor refused), and once writing works again the server takes edits by itself —
//! nothing acknowledged lost, nothing unsaved claimed. And a workshop whose stored log cannot
//! be read is set aside at start while the others are served.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::http::StatusCode;
use serde_json::{Value, json};

use app::domain::{JoinCode, WorkshopId};
use app::wire::ServerMessage;
use server::store::{
    Access, Appended, Grant, GrantId, JoinRecord, Loaded, LogRecord, NewWorkshop, Run, SledStore,
    Store, StoreError,
};
use server::{AppState, Limits, Shared};

use crate::live::{Room, add, next, send};
use crate::support::{call, router_on, send as request};

/// sled, with a switch that makes every write fail as a full disk does.
struct Failing {
    inner: SledStore,
    full: AtomicBool,
}

impl Failing {
    fn open(path: &Path) -> Arc<Self> {
        Arc::new(Self {
            inner: SledStore::open(path).unwrap(),
            full: AtomicBool::new(false),
        })
    }
    fn set_full(&self, full: bool) {
        self.full.store(full, Ordering::SeqCst);
    }
    fn write<T>(&self, write: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        if self.full.load(Ordering::SeqCst) {
            let full =
                std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device");
            Err(StoreError::Sled(sled::Error::Io(full)))
        } else {
            write()
        }
    }
}

impl Store for Failing {
    fn create(&self, w: &NewWorkshop) -> Result<(), StoreError> {
        self.write(|| self.inner.create(w))
    }
    fn append(&self, runs: &[Run]) -> Result<Vec<Appended>, StoreError> {
        self.write(|| self.inner.append(runs))
    }
    fn log_since(
        &self,
        w: WorkshopId,
        after: u64,
        limit: usize,
    ) -> Result<Vec<LogRecord>, StoreError> {
        self.inner.log_since(w, after, limit)
    }
    fn load_all(&self) -> Result<Vec<Loaded>, StoreError> {
        self.inner.load_all()
    }
    fn load(&self, w: WorkshopId) -> Result<Option<Loaded>, StoreError> {
        self.inner.load(w)
    }
    fn access(&self, hash: &[u8; 32]) -> Result<Option<Access>, StoreError> {
        self.inner.access(hash)
    }
    fn join_code(&self, code: &JoinCode) -> Result<Option<JoinRecord>, StoreError> {
        self.inner.join_code(code)
    }
    fn put_ticket(
        &self,
        hash: &[u8; 32],
        t: &server::store::Ticket,
        now_ms: u64,
    ) -> Result<(), StoreError> {
        self.inner.put_ticket(hash, t, now_ms)
    }
    fn take_ticket(&self, hash: &[u8; 32]) -> Result<Option<server::store::Ticket>, StoreError> {
        self.inner.take_ticket(hash)
    }
    fn access_all(&self) -> Result<Vec<([u8; 32], Access)>, StoreError> {
        self.inner.access_all()
    }
    fn meta_all(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.inner.meta_all()
    }
    fn join_codes(&self, w: WorkshopId) -> Result<Vec<app::domain::GroupCode>, StoreError> {
        self.inner.join_codes(w)
    }
    fn set_join_code(
        &self,
        c: &JoinCode,
        r: &JoinRecord,
        old: Option<&JoinCode>,
    ) -> Result<(), StoreError> {
        self.write(|| self.inner.set_join_code(c, r, old))
    }
    fn add_grant(&self, w: WorkshopId, grant: &Grant) -> Result<(), StoreError> {
        self.write(|| self.inner.add_grant(w, grant))
    }
    fn grants(&self, w: WorkshopId) -> Result<Vec<Grant>, StoreError> {
        self.inner.grants(w)
    }
    fn revoke(&self, w: WorkshopId, id: GrantId) -> Result<Option<Grant>, StoreError> {
        self.write(|| self.inner.revoke(w, id))
    }
    fn meta(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.meta(name)
    }
    fn set_meta(&self, name: &str, value: &[u8]) -> Result<(), StoreError> {
        self.write(|| self.inner.set_meta(name, value))
    }
    fn probe(&self, lost: &[(WorkshopId, u64)]) -> Result<(), StoreError> {
        self.write(|| self.inner.probe(lost))
    }
}

fn generous() -> Limits {
    let many = std::num::NonZeroU32::new(1_000_000).unwrap();
    Limits {
        edits_per_second: many,
        edit_burst: many,
        ..Limits::default()
    }
}

/// Waits (at most 15 s) until the server can save again, by its own probe.
async fn until_writable(state: &AppState) {
    let mut writable = state.workshops.health().subscribe();
    tokio::time::timeout(Duration::from_secs(15), writable.wait_for(|w| *w))
        .await
        .expect("writable again within 15 s of the disk having room")
        .unwrap();
}

async fn names(room: &Room) -> Vec<String> {
    let view: Value = reqwest::Client::new()
        .get(format!(
            "http://{}/api/v1/workshops/{}",
            room.base,
            room.id()
        ))
        .bearer_auth(room.key())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    crate::support::names(&view)
}

#[tokio::test]
async fn a_full_disk_makes_the_server_read_only_until_it_has_room_again() {
    let dir = tempfile::tempdir().unwrap();
    let failing = Failing::open(&dir.path().join("store"));
    let state = Shared::start(failing.clone(), None, generous()).unwrap();
    let room = Room::on(router_on(state.clone()), dir).await;
    let token = room.token(0).await;
    let mut tablet = room.connect(&token, None).await;
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));
    room.add_over_http("Акимиат").await;
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Event { .. }
    ));

    failing.set_full(true);
    let path = format!("/workshops/{}/stakeholders", room.id());
    let body = |name: &str| {
        json!({"group_id": room.group(0), "name": name, "category": "state",
               "level": "local", "interest": 3, "influence": 3})
    };
    let router = router_on(state.clone());
    let refused = request(
        &router,
        "POST",
        &path,
        Some(room.key()),
        Some("application/json"),
        &[],
        body("Мэрия").to_string().into_bytes(),
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::INSUFFICIENT_STORAGE,
        "{}",
        refused.text()
    );
    assert_eq!(refused.json()["error"]["code"], "storage_unavailable");
    assert!(!refused.header("retry-after").is_empty());
    assert!(!state.workshops.health().writable());

    // The tablet is told, and its edit waits: neither acknowledged nor refused.
    send(
        &mut tablet,
        &add("ОО «Голос»", room.group(0), "tablet-edit-1"),
    )
    .await;
    match next(&mut tablet).await {
        ServerMessage::Storage { writable: false } => {}
        other => panic!("expected storage false, got {other:?}"),
    }
    // Reading goes on, and shows only what was saved.
    assert_eq!(names(&room).await, ["Акимиат"]);
    let read = call(
        &router,
        "GET",
        &format!("/workshops/{}/grid.svg", room.id()),
        Some(room.key()),
        None,
    )
    .await;
    assert_eq!(read.status, StatusCode::OK);
    // A new tablet is told at once that the server cannot save.
    let mut late = room.connect(&token, None).await;
    assert!(matches!(
        next(&mut late).await,
        ServerMessage::Snapshot { .. }
    ));
    assert!(matches!(
        next(&mut late).await,
        ServerMessage::Storage { writable: false }
    ));

    failing.set_full(false);
    until_writable(&state).await;
    // (Told once when the disk filled, and again for its edit.)
    loop {
        match next(&mut tablet).await {
            ServerMessage::Storage { writable: true } => break,
            ServerMessage::Storage { writable: false } => {}
            other => panic!("expected storage true, got {other:?}"),
        }
    }
    // The tablet sends what waits again, as a browser does on `storage: true`.
    send(
        &mut tablet,
        &add("ОО «Голос»", room.group(0), "tablet-edit-1"),
    )
    .await;
    let mut acked = false;
    for _ in 0..4 {
        if let ServerMessage::Ack { edit_id, .. } = next(&mut tablet).await {
            assert_eq!(edit_id.as_str(), "tablet-edit-1");
            acked = true;
            break;
        }
    }
    assert!(acked, "the waiting edit is saved once the disk has room");
    room.add_over_http("Мэрия").await;
    assert_eq!(names(&room).await, ["Акимиат", "Мэрия", "ОО «Голос»"]);
}

#[tokio::test]
async fn a_workshop_whose_log_cannot_be_read_is_set_aside_and_the_others_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let (broken, whole) = {
        let state =
            Shared::start(Arc::new(SledStore::open(&path).unwrap()), None, generous()).unwrap();
        let router = router_on(state.clone());
        let mut ids = Vec::new();
        for title in ["Сломанный", "Целый"] {
            let made = call(
                &router,
                "POST",
                "/workshops",
                None,
                Some(json!({"title": title, "groups": ["A"]})),
            )
            .await;
            let made = made.json();
            let add = json!({"group_id": made["groups"][0]["id"], "name": "Акимиат", "category": "state",
                             "level": "local", "interest": 3, "influence": 3});
            let path = format!("/workshops/{}/stakeholders", made["id"].as_str().unwrap());
            let key = made["moderator_key"].as_str().unwrap();
            assert_eq!(
                call(&router, "POST", &path, Some(key), Some(add))
                    .await
                    .status,
                StatusCode::CREATED
            );
            ids.push((made["id"].as_str().unwrap().to_owned(), key.to_owned()));
        }
        (ids[0].clone(), ids[1].clone())
    };
    // The server is gone (its store closed); one record of the first workshop's log rots.
    {
        let db = sled::open(&path).unwrap();
        let log = db.open_tree("log").unwrap();
        let mut key = uuid::Uuid::parse_str(&broken.0)
            .unwrap()
            .as_bytes()
            .to_vec();
        key.extend_from_slice(&1u64.to_be_bytes());
        assert!(
            log.get(&key).unwrap().is_some(),
            "the record to spoil is there"
        );
        log.insert(key, b"{\"seq\": 1, \"edit_id\": ".as_slice())
            .unwrap();
        db.flush().unwrap();
    }
    let state = Shared::start(Arc::new(SledStore::open(&path).unwrap()), None, generous()).unwrap();
    let router = router_on(state.clone());
    let aside = state.workshops.set_aside();
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].workshop, broken.0);
    assert!(aside[0].reason.contains("corrupt"), "{}", aside[0].reason);
    let gone = call(
        &router,
        "GET",
        &format!("/workshops/{}", broken.0),
        Some(&broken.1),
        None,
    )
    .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let served = call(
        &router,
        "GET",
        &format!("/workshops/{}", whole.0),
        Some(&whole.1),
        None,
    )
    .await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.json()["stakeholders"][0]["name"], "Акимиат");

    // The operator finds it at /healthz/details (from this machine, or with the admin key).
    let options = leptos::prelude::LeptosOptions::builder()
        .output_name("stakemap")
        .build();
    let laptop = std::net::SocketAddr::from(([127, 0, 0, 1], 50_000));
    let app =
        server::router(state, options).layer(axum::extract::connect_info::MockConnectInfo(laptop));
    let details = call(&app, "GET", "/healthz/details", None, None).await;
    assert_eq!(details.status, StatusCode::OK, "{}", details.text());
    let details = details.json();
    assert_eq!(details["writable"], true);
    assert_eq!(details["workshops"], 1);
    assert_eq!(details["set_aside"][0]["workshop"], broken.0.as_str());
}
