//! What the export and import tests share: a router on a fresh store, requests as a script
//! sends them, and a workshop with Cyrillic, Kyrgyz and hostile names, relationships and a
//! merge.
#![allow(dead_code)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

use server::store::SledStore;
use server::{Shared, api};

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
}

/// One request through the router, answered whole.
async fn send(
    router: &Router,
    method: &str,
    uri: &str,
    key: Option<&str>,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(key) = key {
        request = request.header("authorization", format!("Bearer {key}"));
    }
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
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
    send(router, method, uri, key, content_type, bytes).await
}

/// A request with a file as its body, as `curl --data-binary @file` sends it.
pub async fn send_file(
    router: &Router,
    uri: &str,
    key: Option<&str>,
    content_type: &str,
    bytes: Vec<u8>,
) -> Reply {
    send(router, "POST", uri, key, Some(content_type), bytes).await
}

/// Names as rooms type them, and names meant to break a file.
pub const NAMES: [(usize, &str, i64, i64); 9] = [
    (0, "Министерство юстиции", 5, 4),
    (0, "Жогорку Кеңеш", 2, 5),
    (0, "=HYPERLINK(\"http://x.example\",\"click\")", 3, 2),
    (0, "<script>alert('x')</script>", 3, 2),
    (0, "Say \"hi\", friend\nsecond line", 1, 3),
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
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SledStore::open(&dir.path().join("store")).unwrap());
    let router = api::router(Shared::open(store).unwrap());
    let created = call(
        &router,
        "POST",
        "/workshops",
        None,
        Some(
            json!({"title": "Доступ к правосудию «2022»", "place": "Бишкек",
            "date": "2022-07-18", "groups": ["Группа 1", "Топ 2"]}),
        ),
    )
    .await
    .json();
    let id = created["id"].as_str().unwrap().to_owned();
    let key = created["moderator_key"].as_str().unwrap().to_owned();
    let groups: Vec<String> = created["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap().to_owned())
        .collect();
    let mut ids = Vec::new();
    for (i, (group, name, interest, influence)) in NAMES.into_iter().enumerate() {
        let category = ["state", "civil_society", "international"][i % 3];
        let added = call(
            &router,
            "POST",
            &format!("/workshops/{id}/stakeholders"),
            Some(&key),
            Some(json!({"group_id": groups[group], "name": name,
                "category": category,
                "level": "national", "interest": interest, "influence": influence,
                "attitude": "supportive", "interests": format!("нужды: {name}"),
                "cooperation": "=1+1", "notes": "строка 1\r\nстрока 2"})),
        )
        .await;
        assert_eq!(added.status, StatusCode::CREATED, "{:?}", added.json());
        ids.push(added.json()["id"].as_str().unwrap().to_owned());
    }
    // One-way and mutual, and two kinds between one pair (a multigraph for networkx).
    for (from, to, kind, strength, directed) in [
        (0, 1, "authority", 3, true),
        (0, 1, "information", 1, false),
        (0, 2, "cooperation", 2, false),
        (3, 4, "conflict", 2, true),
        (7, 8, "funding", 3, true),
    ] {
        let added = call(
            &router,
            "POST",
            &format!("/workshops/{id}/relationships"),
            Some(&key),
            Some(json!({"from": ids[from], "to": ids[to], "kind": kind,
                "strength": strength, "directed": directed})),
        )
        .await;
        assert_eq!(added.status, StatusCode::CREATED, "{:?}", added.json());
    }
    let merged = call(
        &router,
        "POST",
        &format!("/workshops/{id}/merges"),
        Some(&key),
        Some(json!({"members": [ids[0], ids[7]], "verdict": "same"})),
    )
    .await;
    assert_eq!(merged.status, StatusCode::CREATED);
    let code = created["groups"][0]["join_code"].as_str().unwrap();
    let joined = call(&router, "POST", "/join", None, Some(json!({"code": code}))).await;
    let token = joined.json()["token"].as_str().unwrap().to_owned();
    Fixture {
        router,
        id,
        key,
        token,
        ids,
        groups,
        _dir: dir,
    }
}

impl Fixture {
    pub async fn export(&self, file: &str, query: &str) -> Reply {
        let uri = format!("/workshops/{}/export/{file}?{query}", self.id);
        call(&self.router, "GET", &uri, Some(&self.key), None).await
    }
}
