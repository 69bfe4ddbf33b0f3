//! What the integration tests share: the server's state on a store, the API's router on a
//! fresh one, requests as a script sends them (JSON, files, any headers) answered whole, a
//! workshop made through the API; and the exports' and imports' fixture, a workshop with
//! Cyrillic, Kyrgyz and hostile names, relationships and a merge.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

use server::store::SledStore;
use server::{AppState, Limits, Shared, api};

/// The server's state on the store at `path`: opened, or made there. Fixtures add many
/// stakeholders at once, so edits are not rate-limited here (`limits` tests the limit).
pub fn state(path: &Path) -> AppState {
    let generous = std::num::NonZeroU32::new(1_000_000).unwrap();
    let limits = Limits {
        edits_per_second: generous,
        edit_burst: generous,
        ..Limits::default()
    };
    state_with(path, limits)
}

pub fn state_with(path: &Path, limits: Limits) -> AppState {
    let store = Arc::new(SledStore::open(path).expect("the store opens"));
    Shared::start(store, None, limits).expect("the workshops load")
}

/// The API's router (`/api/v1` without its prefix) on a store in a fresh temporary folder,
/// which lives as long as the folder is kept.
pub fn fresh_router() -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = state(&dir.path().join("store"));
    (router_on(state), dir)
}

/// The API's router on `state`, as seen from the moderator's own laptop: the address a
/// request comes from decides who may create.
pub fn router_on(state: AppState) -> Router {
    router_from_peer(state, [127, 0, 0, 1])
}

/// The API's router on `state`, as a caller at `ip` reaches it.
pub fn router_from_peer(state: AppState, ip: [u8; 4]) -> Router {
    let peer = std::net::SocketAddr::from((ip, 50_000));
    api::router(state).layer(axum::extract::connect_info::MockConnectInfo(peer))
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or_default()
    }
    pub fn content_type(&self) -> &str {
        self.header("content-type")
    }
    /// `X-Stakemap-Pages`: how many pages a picture has.
    pub fn pages(&self) -> Option<usize> {
        self.header("x-stakemap-pages").parse().ok()
    }
    /// The body as text, for failure messages.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

/// A reply read as JSON (`null` when it has no JSON body), for tests that look into it.
pub struct JsonReply {
    pub status: StatusCode,
    pub body: Value,
}

impl From<Reply> for JsonReply {
    fn from(reply: Reply) -> Self {
        Self {
            status: reply.status,
            body: serde_json::from_slice(&reply.body).unwrap_or(Value::Null),
        }
    }
}

/// One request through the router, answered whole: the key as a bearer token, then the
/// content type, then any other `headers`.
pub async fn send(
    router: &Router,
    method: &str,
    uri: &str,
    key: Option<&str>,
    content_type: Option<&str>,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(key) = key {
        request = request.header("authorization", format!("Bearer {key}"));
    }
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Body::from(body)).unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

/// A JSON request (or none), as a script sends it.
pub async fn call(
    router: &Router,
    method: &str,
    uri: &str,
    key: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let content_type = body.as_ref().map(|_| "application/json");
    let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
    send(router, method, uri, key, content_type, &[], bytes).await
}

/// A request with a file as its body, as `curl --data-binary @file` sends it.
pub async fn send_file(
    router: &Router,
    uri: &str,
    key: Option<&str>,
    content_type: &str,
    bytes: Vec<u8>,
) -> Reply {
    send(router, "POST", uri, key, Some(content_type), &[], bytes).await
}

/// A workshop made through the API.
pub struct Created {
    pub id: String,
    pub key: String,
    /// The groups' ids, in order.
    pub groups: Vec<String>,
    /// The whole answer (join codes included).
    pub body: Value,
}

/// Makes a workshop from `setup` (`{"title", "groups", …}`) through the API.
pub async fn create(router: &Router, setup: Value) -> Created {
    let created = call(router, "POST", "/workshops", None, Some(setup)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let body = created.json();
    let groups = body["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap().to_owned())
        .collect();
    Created {
        id: body["id"].as_str().unwrap().to_owned(),
        key: body["moderator_key"].as_str().unwrap().to_owned(),
        groups,
        body,
    }
}

/// Posts `body` to workshop `id`'s `what` (`stakeholders`, `relationships`, `merges`) with
/// the moderator's `key`; it must be created. Returns the new thing's id.
pub async fn add(router: &Router, id: &str, key: &str, what: &str, body: Value) -> String {
    let uri = format!("/workshops/{id}/{what}");
    let added = call(router, "POST", &uri, Some(key), Some(body)).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text());
    added.json()["id"].as_str().unwrap().to_owned()
}

/// Names as rooms type them, and names meant to break a file.
pub const NAMES: [(usize, &str, i64, i64); 9] = [
    (0, "Министерство юстиции", 5, 4),
    (0, "Жогорку Кеңеш", 2, 5),
    (0, "=HYPERLINK(\"http://x.example\",\"click\")", 3, 2),
    (0, "<script>alert('x')</script>", 3, 2),
    (0, "Say \"hi\", friend", 1, 3),
    (0, "🌍 Emoji & co; \\ backslash", 4, 1),
    (0, "@SUM(A1) -2+3", 2, 2),
    (1, "Минюст", 4, 4),
    (1, "Өнүгүү фонду «Ынтымак»", 1, 1),
];

pub struct Fixture {
    pub router: Router,
    pub id: String,
    pub key: String,
    pub token: String,
    pub ids: Vec<String>,
    pub groups: Vec<String>,
    pub _dir: tempfile::TempDir,
}

pub async fn fixture() -> Fixture {
    let (router, dir) = fresh_router();
    let w = create(
        &router,
        json!({"title": "Доступ к правосудию «2022»", "place": "Бишкек",
            "date": "2022-07-18", "groups": ["Группа 1", "Топ 2"]}),
    )
    .await;
    let mut ids = Vec::new();
    for (i, (group, name, interest, influence)) in NAMES.into_iter().enumerate() {
        let category = ["state", "civil_society", "international"][i % 3];
        let body = json!({"group_id": w.groups[group], "name": name,
            "category": category,
            "level": "national", "interest": interest, "influence": influence,
            "attitude": "supportive", "interests": format!("нужды: {name}"),
            "cooperation": "=1+1", "notes": "строка 1\r\nстрока 2"});
        ids.push(add(&router, &w.id, &w.key, "stakeholders", body).await);
    }
    // One-way and mutual, and two kinds between one pair (a multigraph for networkx).
    for (from, to, kind, strength, directed) in [
        (0, 1, "authority", 3, true),
        (0, 1, "information", 1, false),
        (0, 2, "cooperation", 2, false),
        (3, 4, "conflict", 2, true),
        (7, 8, "funding", 3, true),
    ] {
        let body = json!({"from": ids[from], "to": ids[to], "kind": kind,
            "strength": strength, "directed": directed});
        add(&router, &w.id, &w.key, "relationships", body).await;
    }
    let merge = json!({"members": [ids[0], ids[7]], "verdict": "same"});
    add(&router, &w.id, &w.key, "merges", merge).await;
    let code = w.body["groups"][0]["join_code"].as_str().unwrap();
    let joined = call(&router, "POST", "/join", None, Some(json!({"code": code}))).await;
    let token = joined.json()["token"].as_str().unwrap().to_owned();
    Fixture {
        router,
        id: w.id,
        key: w.key,
        token,
        ids,
        groups: w.groups,
        _dir: dir,
    }
}

impl Fixture {
    /// `GET uri` with `key` (the moderator's, a group's, or none).
    pub async fn get_as(&self, uri: &str, key: Option<&str>) -> Reply {
        call(&self.router, "GET", uri, key, None).await
    }

    /// A single-use download ticket, asked for with `key`.
    pub async fn ticket(&self, key: &str) -> String {
        let uri = format!("/workshops/{}/tickets", self.id);
        let made = call(&self.router, "POST", &uri, Some(key), None).await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.text());
        made.json()["ticket"].as_str().unwrap().to_owned()
    }

    pub async fn export(&self, file: &str, query: &str) -> Reply {
        let uri = format!("/workshops/{}/export/{file}?{query}", self.id);
        self.get_as(&uri, Some(&self.key)).await
    }

    /// Group `group`'s stakeholders as the moderator sees them.
    pub async fn stakeholders(&self, group: usize) -> Vec<Value> {
        let uri = format!("/workshops/{}", self.id);
        let view = self.get_as(&uri, Some(&self.key)).await.json();
        view["stakeholders"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["group_id"] == self.groups[group].as_str())
            .cloned()
            .collect()
    }

    /// `POST /workshops/import`: a `workshop.json` restored as a new workshop.
    pub async fn restore(&self, file: Vec<u8>) -> Reply {
        send_file(
            &self.router,
            "/workshops/import",
            None,
            "application/json",
            file,
        )
        .await
    }
}

/// The stakeholders' names in a workshop's JSON, sorted.
pub fn names(workshop: &Value) -> Vec<String> {
    let mut names: Vec<String> = workshop["stakeholders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

/// The stores every store test runs against: sled always, PostgreSQL when `scripts/test.sh`
/// started one (`STAKEMAP_TEST_POSTGRES`; under CI its absence is a failure, not a skip).
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Sled,
    Postgres,
}

impl Kind {
    pub fn all() -> Vec<Kind> {
        if postgres_server().is_some() {
            vec![Kind::Sled, Kind::Postgres]
        } else {
            vec![Kind::Sled]
        }
    }

    /// A new, empty store of this kind: a folder in `dir`, or a database of its own.
    pub async fn fresh(self, dir: &Path) -> server::store::Location {
        match self {
            Kind::Sled => server::store::Location::Sled(dir.join("store")),
            Kind::Postgres => server::store::Location::Postgres(fresh_database().await),
        }
    }
}

pub use e2e::postgres::{fresh_database, server as postgres_server};

/// The server's state on the store `at`.
pub fn state_at(at: &server::store::Location) -> AppState {
    let generous = std::num::NonZeroU32::new(1_000_000).unwrap();
    let limits = Limits {
        edits_per_second: generous,
        edit_burst: generous,
        ..Limits::default()
    };
    Shared::start(open_again(at), None, limits).expect("the workshops load")
}

/// Opens the store at `at`, waiting (up to 10 s) while a state a test just dropped still holds
/// sled's lock on it: its writer thread may be the last to let go, a moment after the drop.
fn open_again(at: &server::store::Location) -> std::sync::Arc<dyn server::store::Store> {
    let mut tries = 0;
    loop {
        match at.open() {
            Ok(store) => return store,
            Err(e) if tries < 200 && format!("{e:?}").contains("acquire lock") => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => panic!("the store opens: {e:?}"),
        }
    }
}

/// A workshop with two groups, made on `state` directly (the stores' and instances' tests).
pub async fn two_groups(state: &AppState) -> app::wire::CreatedWorkshop {
    let setup = app::wire::CreateWorkshop {
        title: "Два сервера, одно хранилище".into(),
        language: app::domain::Language::Ru,
        groups: vec!["Группа 1".into(), "Группа 2".into()],
        ..Default::default()
    };
    state.workshops.create(setup, false).await.expect("created")
}
