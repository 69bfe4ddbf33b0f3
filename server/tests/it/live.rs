//! The live feed over a real websocket on loopback: events arrive in order and only once
//! durable, reconnecting clients catch up, replays are answered without a second effect.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

use app::domain::Change;
use app::wire::{ClientMessage, ErrorCode, ServerMessage};

use crate::support::fresh_router;

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub struct Room {
    pub base: String,
    pub workshop: Value,
    _dir: tempfile::TempDir,
}

impl Room {
    pub async fn open() -> Self {
        let (router, dir) = fresh_router();
        Self::on(router, dir).await
    }

    /// The same on a router of the test's own (its store in `dir`).
    pub async fn on(router: axum::Router, dir: tempfile::TempDir) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let app = axum::Router::new().nest("/api/v1", router);
            axum::serve(listener, app).await.expect("serves");
        });
        let base = format!("127.0.0.1:{}", addr.port());
        let workshop = reqwest::Client::new()
            .post(format!("http://{base}/api/v1/workshops"))
            .json(&json!({"title": "Live", "groups": ["Группа 1", "Группа 2"]}))
            .send()
            .await
            .expect("created")
            .json()
            .await
            .expect("json");
        Self {
            base,
            workshop,
            _dir: dir,
        }
    }

    pub fn id(&self) -> &str {
        self.workshop["id"].as_str().expect("id")
    }

    pub fn key(&self) -> &str {
        self.workshop["moderator_key"].as_str().expect("key")
    }

    pub fn group(&self, n: usize) -> &Value {
        &self.workshop["groups"][n]["id"]
    }

    /// A tablet joining group `n`: the API's answer (its token and device id).
    pub async fn join(&self, n: usize) -> Value {
        let code = self.workshop["groups"][n]["join_code"].clone();
        reqwest::Client::new()
            .post(format!("http://{}/api/v1/join", self.base))
            .json(&json!({ "code": code }))
            .send()
            .await
            .expect("joined")
            .json()
            .await
            .expect("json")
    }

    pub async fn token(&self, n: usize) -> String {
        self.join(n).await["token"]
            .as_str()
            .expect("token")
            .to_owned()
    }

    pub async fn connect(&self, token: &str, since: Option<u64>) -> Socket {
        let url = format!("ws://{}/api/v1/workshops/{}/live", self.base, self.id());
        let (mut socket, _) = connect_async(url).await.expect("websocket");
        let token = Some(token.to_owned());
        send(&mut socket, &ClientMessage::Hello { since, token }).await;
        socket
    }

    pub async fn add_over_http(&self, name: &str) {
        let status = reqwest::Client::new()
            .post(format!(
                "http://{}/api/v1/workshops/{}/stakeholders",
                self.base,
                self.id()
            ))
            .bearer_auth(self.key())
            .json(
                &json!({"group_id": self.group(0), "name": name, "category": "state",
                          "level": "local", "interest": 3, "influence": 3}),
            )
            .send()
            .await
            .expect("sent")
            .status();
        assert_eq!(status, 201);
    }
}

pub async fn send(socket: &mut Socket, message: &ClientMessage) {
    let text = serde_json::to_string(message).expect("serialises");
    socket.send(Message::Text(text.into())).await.expect("sent");
}

/// The next message that is not the server's clock (which follows every `hello`).
pub async fn next(socket: &mut Socket) -> ServerMessage {
    loop {
        match next_any(socket).await {
            ServerMessage::Clock { .. } => {}
            message => return message,
        }
    }
}

pub async fn next_any(socket: &mut Socket) -> ServerMessage {
    loop {
        let message = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next())
            .await
            .expect("a message within 10 s")
            .expect("open")
            .expect("readable");
        if let Message::Text(text) = message {
            return serde_json::from_str(&text).expect("a server message");
        }
    }
}

/// Whether the server ends the connection (within 10 s) before sending another text.
pub async fn closed(socket: &mut Socket) -> bool {
    loop {
        let message = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next())
            .await
            .expect("an answer within 10 s");
        match message {
            None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
            Some(Ok(Message::Text(_))) => return false,
            Some(Ok(_)) => {}
        }
    }
}

pub fn add(name: &str, group: &Value, edit_id: &str) -> ClientMessage {
    serde_json::from_value(json!({
        "type": "edit",
        "edit": {"id": edit_id, "change": {"op": "add_stakeholder",
            "id": uuid::Uuid::new_v4().to_string(), "group": group,
            "fields": {"name": name, "category": "informal", "level": "local", "interest": 4, "influence": 2}}}
    }))
    .expect("an edit message")
}

fn event_name(message: &ServerMessage) -> (u64, String) {
    match message {
        ServerMessage::Event { event } => {
            let change = serde_json::to_value(&event.change).expect("json");
            (
                event.seq,
                change["fields"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        }
        other => panic!("expected an event, got {other:?}"),
    }
}

#[tokio::test]
async fn a_fresh_client_gets_a_snapshot_then_every_edit_from_http_and_other_sockets() {
    let room = Room::open().await;
    room.add_over_http("До подключения").await;
    let mut moderator = room.connect(room.key(), None).await;
    match next(&mut moderator).await {
        ServerMessage::Snapshot { workshop } => {
            assert_eq!(workshop.seq(), 1);
            assert_eq!(workshop.stakeholders()[0].name(), "До подключения");
        }
        other => panic!("expected a snapshot, got {other:?}"),
    }

    let token = room.token(1).await;
    let mut tablet = room.connect(&token, None).await;
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));

    // Group 1's tablet is told that group 0's edit happened, not what it was.
    room.add_over_http("Через HTTP").await;
    assert_eq!(
        event_name(&next(&mut moderator).await),
        (2, "Через HTTP".into())
    );
    assert_eq!(next(&mut tablet).await, ServerMessage::Unseen { seq: 2 });

    send(&mut tablet, &add("С планшета", room.group(1), "tab-1")).await;
    let mut got_ack = false;
    let mut got_event = false;
    for _ in 0..2 {
        match next(&mut tablet).await {
            ServerMessage::Ack { edit_id, seq } => {
                assert_eq!((edit_id.as_str(), seq), ("tab-1", 3));
                got_ack = true;
            }
            event => {
                assert_eq!(event_name(&event), (3, "С планшета".into()));
                got_event = true;
            }
        }
    }
    assert!(got_ack && got_event);
    assert_eq!(
        event_name(&next(&mut moderator).await),
        (3, "С планшета".into())
    );
}

#[tokio::test]
async fn a_reconnecting_client_gets_exactly_what_it_missed() {
    let room = Room::open().await;
    room.add_over_http("Один").await;
    room.add_over_http("Два").await;
    room.add_over_http("Три").await;
    let mut back = room.connect(room.key(), Some(1)).await;
    assert_eq!(event_name(&next(&mut back).await), (2, "Два".into()));
    assert_eq!(event_name(&next(&mut back).await), (3, "Три".into()));
    room.add_over_http("Четыре").await;
    assert_eq!(event_name(&next(&mut back).await), (4, "Четыре".into()));

    // A client that claims to be ahead of the server starts again from a snapshot.
    let mut confused = room.connect(room.key(), Some(99)).await;
    assert!(matches!(
        next(&mut confused).await,
        ServerMessage::Snapshot { .. }
    ));
}

#[tokio::test]
async fn a_resent_edit_is_acknowledged_again_and_applied_once() {
    let room = Room::open().await;
    let token = room.token(0).await;
    let mut tablet = room.connect(&token, Some(0)).await;
    // A group's tablet, seeing only its own map, starts from a snapshot of it.
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));
    let edit = add("Дважды", room.group(0), "same-id");
    send(&mut tablet, &edit).await;
    send(&mut tablet, &edit).await;
    let mut acks = Vec::new();
    let mut events = Vec::new();
    while acks.len() < 2 {
        match next(&mut tablet).await {
            ServerMessage::Ack { seq, .. } => acks.push(seq),
            event => events.push(event_name(&event)),
        }
    }
    assert_eq!(acks, [1, 1]);
    room.add_over_http("Потом").await;
    while events.len() < 2 {
        events.push(event_name(&next(&mut tablet).await));
    }
    assert_eq!(
        events,
        [(1, "Дважды".into()), (2, "Потом".into())],
        "no second event"
    );
}

/// A device's outbox, sent back to back when it comes online again: each edit is checked
/// after the ones sent before it (an add, then a change of what it added), on a server whose
/// runtime has several threads, as the real one has.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_devices_edits_sent_back_to_back_are_checked_in_the_order_sent() {
    let room = Room::open().await;
    let token = room.token(0).await;
    let mut tablet = room.connect(&token, Some(0)).await;
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));
    const PAIRS: usize = 60;
    for i in 0..PAIRS {
        let id = uuid::Uuid::new_v4().to_string();
        let added = json!({"type": "edit", "edit": {"id": format!("add-{i}"), "change": {
            "op": "add_stakeholder", "id": id, "group": room.group(0),
            "fields": {"name": format!("Офлайн {i}"), "category": "informal", "level": "local",
                "interest": 4, "influence": 2}}}});
        let renamed = json!({"type": "edit", "edit": {"id": format!("rename-{i}"), "change": {
            "op": "update_stakeholder", "id": id, "patch": {"name": format!("Офлайн {i}, уточнено")}}}});
        for message in [added, renamed] {
            send(&mut tablet, &serde_json::from_value(message).unwrap()).await;
        }
    }
    let (mut acks, mut refused) = (0, Vec::new());
    while acks + refused.len() < 2 * PAIRS {
        match next(&mut tablet).await {
            ServerMessage::Ack { .. } => acks += 1,
            ServerMessage::Rejected { edit_id, error } => refused.push((edit_id, error.code)),
            _ => {}
        }
    }
    assert!(refused.is_empty(), "refused out of order: {refused:?}");
}

#[tokio::test]
async fn a_group_cannot_edit_another_group_over_the_feed_and_bad_keys_are_refused() {
    let room = Room::open().await;
    let token = room.token(1).await;
    let mut tablet = room.connect(&token, Some(0)).await;
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));
    send(&mut tablet, &add("Чужое", room.group(0), "x-1")).await;
    match next(&mut tablet).await {
        ServerMessage::Rejected { edit_id, error } => {
            assert_eq!(
                (edit_id.as_str(), error.code.as_str()),
                ("x-1", "not_your_group")
            );
        }
        other => panic!("expected a rejection, got {other:?}"),
    }
    tablet
        .send(Message::Text("{not json".into()))
        .await
        .expect("sent");
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Error { .. }
    ));

    let mut stranger = room.connect("nope", None).await;
    match next(&mut stranger).await {
        ServerMessage::Error { error } => assert_eq!(error.code, ErrorCode::Unauthorized),
        other => panic!("a wrong key is told so, got {other:?}"),
    }
    assert!(
        closed(&mut stranger).await,
        "a wrong key's connection is closed"
    );
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis() as i64
}

#[tokio::test]
async fn the_feed_tells_the_servers_clock_and_a_timer_starts_on_it_whatever_the_sender_says() {
    let room = Room::open().await;
    let token = room.token(0).await;
    let mut tablet = room.connect(&token, None).await;
    assert!(matches!(
        next_any(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));
    let before = now_ms();
    let mut moderator = room.connect(room.key(), None).await;
    assert!(matches!(
        next_any(&mut moderator).await,
        ServerMessage::Snapshot { .. }
    ));
    match next_any(&mut moderator).await {
        ServerMessage::Clock { now } => {
            assert!(
                (before..=now_ms()).contains(&now),
                "the server's now: {now}"
            )
        }
        other => panic!("expected the clock after the snapshot, got {other:?}"),
    }

    // The moderator's laptop is an hour slow; the timer starts when the server receives it.
    let slow = now_ms() - 3_600_000;
    let start: ClientMessage = serde_json::from_value(json!({
        "type": "edit",
        "edit": {"id": "timer-1", "change": {"op": "start_timer",
            "label": "Работа в группах", "seconds": 300, "started_at": slow}}
    }))
    .expect("an edit message");
    let sent = now_ms();
    send(&mut moderator, &start).await;
    let started_at = match next(&mut tablet).await {
        ServerMessage::Event { event } => match event.change {
            Change::StartTimer {
                label,
                seconds,
                started_at,
            } => {
                assert_eq!((label.as_str(), seconds), ("Работа в группах", 300));
                started_at
            }
            other => panic!("expected a timer start, got {other:?}"),
        },
        other => panic!("expected an event, got {other:?}"),
    };
    assert!(
        (sent..=now_ms()).contains(&started_at),
        "stamped by the server, not {slow}: {started_at}"
    );

    // A device that connects later gets the same start in its snapshot.
    let mut late = room.connect(&token, None).await;
    match next(&mut late).await {
        ServerMessage::Snapshot { workshop } => {
            let timer = workshop.timer().expect("a timer");
            assert_eq!(
                (timer.started_at(), timer.ends_at()),
                (started_at, started_at + 300_000)
            );
        }
        other => panic!("expected a snapshot, got {other:?}"),
    }

    // A group's tablet may not start one.
    let mine: ClientMessage = serde_json::from_value(json!({
        "type": "edit",
        "edit": {"id": "timer-2", "change": {"op": "start_timer", "seconds": 60}}
    }))
    .expect("an edit message");
    send(&mut tablet, &mine).await;
    loop {
        match next(&mut tablet).await {
            ServerMessage::Rejected { edit_id, error } => {
                assert_eq!(
                    (edit_id.as_str(), error.code.as_str()),
                    ("timer-2", "moderator_only")
                );
                break;
            }
            ServerMessage::Event { .. } => {}
            other => panic!("expected a rejection, got {other:?}"),
        }
    }
}
