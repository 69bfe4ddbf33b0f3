//! The live feed's messages × every kind of caller, over a real websocket: who is let in, whose
//! edits are applied, what a group's tablet sees of the others, and keys taken back while
//! connected.

use reqwest::StatusCode;
use serde_json::{Value, json};

use app::wire::{ErrorCode, ServerMessage};

use crate::live::{Room, Socket, add, closed, next, send};

impl Room {
    async fn api(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("http://{}/api/v1/workshops/{}{path}", self.base, self.id());
        let mut request = reqwest::Client::new()
            .request(method, url)
            .bearer_auth(self.key());
        if let Some(body) = body {
            request = request.json(&body);
        }
        let reply = request.send().await.expect("sent");
        assert!(reply.status().is_success(), "{path}: {}", reply.status());
        reply.json().await.unwrap_or(Value::Null)
    }

    async fn link(&self, role: &str) -> Value {
        let body = json!({"role": role, "label": "экран"});
        self.api(reqwest::Method::POST, "/keys", Some(body)).await
    }
}

fn text(value: &Value, field: &str) -> String {
    value[field].as_str().expect(field).to_owned()
}

/// What the first `hello` gets, and what an edit to group 1 gets, for each caller.
#[tokio::test]
async fn the_feed_lets_in_and_applies_as_the_role_table_says() {
    let room = Room::open().await;
    let other: Value = reqwest::Client::new()
        .post(format!("http://{}/api/v1/workshops", room.base))
        .json(&json!({"title": "Чужой", "groups": ["Одна"]}))
        .send()
        .await
        .expect("created")
        .json()
        .await
        .expect("json");
    let revoked = room.link("analyst").await;
    let path = format!("/keys/{}", text(&revoked, "id"));
    room.api(reqwest::Method::DELETE, &path, None).await;
    // (caller, key, the edit's answer: None when the hello is refused with this code)
    let callers: [(&str, String, Result<&str, ErrorCode>); 7] = [
        ("moderator", room.key().to_owned(), Ok("ack")),
        (
            "analyst",
            text(&room.link("analyst").await, "key"),
            Ok("read_only"),
        ),
        (
            "viewer",
            text(&room.link("viewer").await, "key"),
            Ok("read_only"),
        ),
        ("own group", text(&room.join(0).await, "token"), Ok("ack")),
        (
            "other group",
            text(&room.join(1).await, "token"),
            Ok("not_your_group"),
        ),
        (
            "revoked link",
            text(&revoked, "key"),
            Err(ErrorCode::Revoked),
        ),
        (
            "other workshop",
            text(&other, "moderator_key"),
            Err(ErrorCode::WrongWorkshop),
        ),
    ];
    for (n, (caller, key, expected)) in callers.into_iter().enumerate() {
        let mut socket = room.connect(&key, None).await;
        match (next(&mut socket).await, expected) {
            (ServerMessage::Snapshot { .. }, Ok(answer)) => {
                let edit_id = format!("edit-{n}");
                send(&mut socket, &add("Мэрия", room.group(0), &edit_id)).await;
                let got = loop {
                    match next(&mut socket).await {
                        ServerMessage::Ack { .. } => break "ack".to_owned(),
                        ServerMessage::Rejected { error, .. } => break error.code.to_string(),
                        _ => {}
                    }
                };
                assert_eq!(got, answer, "{caller}'s edit");
            }
            (ServerMessage::Error { error }, Err(code)) => {
                assert_eq!(error.code, code, "{caller}");
                assert!(closed(&mut socket).await, "{caller}'s connection ends");
            }
            (got, expected) => panic!("{caller}: got {got:?}, expected {expected:?}"),
        }
    }
}

async fn expect_revoked(socket: &mut Socket, who: &str) {
    loop {
        match next(socket).await {
            ServerMessage::Error { error } => {
                assert_eq!(error.code, ErrorCode::Revoked, "{who}");
                break;
            }
            ServerMessage::Snapshot { .. } | ServerMessage::Event { .. } => {}
            other => panic!("{who}: expected revoked, got {other:?}"),
        }
    }
    assert!(closed(socket).await, "{who}'s connection ends");
}

#[tokio::test]
async fn a_link_taken_back_or_a_tablet_disconnected_is_told_at_once() {
    let room = Room::open().await;
    let link = room.link("analyst").await;
    let mut analyst = room.connect(&text(&link, "key"), None).await;
    let joined = room.join(0).await;
    let mut tablet = room.connect(&text(&joined, "token"), None).await;
    let other = room.join(0).await;
    let mut neighbour = room.connect(&text(&other, "token"), None).await;
    for socket in [&mut analyst, &mut tablet, &mut neighbour] {
        assert!(matches!(next(socket).await, ServerMessage::Snapshot { .. }));
    }

    room.api(
        reqwest::Method::DELETE,
        &format!("/keys/{}", text(&link, "id")),
        None,
    )
    .await;
    expect_revoked(&mut analyst, "the analyst").await;

    let devices = room.api(reqwest::Method::GET, "/devices", None).await;
    assert_eq!(devices.as_array().expect("a list").len(), 2);
    let gid = room.group(0).as_str().expect("id").to_owned();
    let device = text(&joined, "device_id");
    let path = format!("/groups/{gid}/devices/{device}");
    room.api(reqwest::Method::DELETE, &path, None).await;
    expect_revoked(&mut tablet, "the tablet").await;
    let refused = reqwest::Client::new()
        .get(format!(
            "http://{}/api/v1/workshops/{}",
            room.base,
            room.id()
        ))
        .bearer_auth(text(&joined, "token"))
        .send()
        .await
        .expect("sent");
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);

    // The group's other tablet stays in and keeps working.
    send(&mut neighbour, &add("Дальше", room.group(0), "after")).await;
    loop {
        match next(&mut neighbour).await {
            ServerMessage::Ack { .. } => break,
            ServerMessage::Event { .. } => {}
            other => panic!("the other tablet: {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_group_sees_the_others_live_once_the_moderator_shares() {
    let room = Room::open().await;
    room.add_over_http("Группа 1 видит").await;
    let mut tablet = room
        .connect(&text(&room.join(1).await, "token"), None)
        .await;
    match next(&mut tablet).await {
        ServerMessage::Snapshot { workshop } => assert!(workshop.stakeholders().is_empty()),
        other => panic!("{other:?}"),
    }
    room.api(
        reqwest::Method::PUT,
        "/sharing",
        Some(json!({"with_groups": true})),
    )
    .await;
    match next(&mut tablet).await {
        ServerMessage::Snapshot { workshop } => {
            assert!(workshop.maps_shared());
            assert_eq!(workshop.stakeholders().len(), 1);
        }
        other => panic!("sharing gives a fresh snapshot, got {other:?}"),
    }
    room.add_over_http("Теперь видно").await;
    match next(&mut tablet).await {
        ServerMessage::Event { event } => assert_eq!(event.seq, 3),
        other => panic!("{other:?}"),
    }
    room.api(
        reqwest::Method::PUT,
        "/sharing",
        Some(json!({"with_groups": false})),
    )
    .await;
    match next(&mut tablet).await {
        ServerMessage::Snapshot { workshop } => assert!(workshop.stakeholders().is_empty()),
        other => panic!("unsharing gives a fresh snapshot, got {other:?}"),
    }
}
