//! The limits a busy room or a hostile script meets over HTTP: edits per key, with
//! `Retry-After`, the live feed's rate; a key's flood does not slow another key.

use axum::http::StatusCode;
use futures_util::future::join_all;
use serde_json::json;

use server::Limits;

use super::support::{call, create, router_on, send, state_with};

#[tokio::test]
async fn a_flood_of_edits_from_one_key_is_told_to_wait_and_others_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let router = router_on(state_with(&dir.path().join("store"), Limits::default()));
    let made = create(&router, json!({"title": "Flood", "groups": ["A", "B"]})).await;
    let path = format!("/workshops/{}/stakeholders", made.id);
    let body = |n: usize| {
        json!({
            "name": format!("Участник {n}"), "category": "state", "level": "local",
            "interest": 3, "influence": 3, "group_id": made.groups[0],
        })
        .to_string()
        .into_bytes()
    };
    // All checked against the limit before any is written: one poll round of one task.
    let replies = join_all((0..100).map(|n| {
        send(
            &router,
            "POST",
            &path,
            Some(&made.key),
            Some("application/json"),
            &[],
            body(n),
        )
    }))
    .await;
    let limited: Vec<_> = replies
        .iter()
        .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
        .collect();
    let created = replies
        .iter()
        .filter(|r| r.status == StatusCode::CREATED)
        .count();
    // Up to ten more on a machine slow enough to take half a second over the hundred.
    assert!(
        (40..=50).contains(&created),
        "a burst of 40, then 20 a second: {created} created"
    );
    assert_eq!(created + limited.len(), 100);
    for reply in &limited {
        assert_eq!(reply.json()["error"]["code"], "rate_limited");
        let wait: u64 = reply
            .header("retry-after")
            .parse()
            .expect("Retry-After in seconds");
        assert!((1..=5).contains(&wait), "{wait}");
    }

    // Another key — a group's tablet — is counted on its own.
    let code = made.body["groups"][1]["join_code"].as_str().unwrap();
    let joined = call(&router, "POST", "/join", None, Some(json!({"code": code}))).await;
    let token = joined.json()["token"].as_str().unwrap().to_owned();
    let own = json!({
        "name": "Айыл өкмөтү", "category": "state", "level": "local",
        "interest": 4, "influence": 4,
    });
    let reply = call(&router, "POST", &path, Some(&token), Some(own)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
}

#[tokio::test]
async fn a_flood_of_edits_on_one_live_connection_is_refused_past_the_burst_until_a_hello() {
    use app::wire::ServerMessage;

    use crate::live::{Room, add, next, send as feed};

    let dir = tempfile::tempdir().unwrap();
    let router = router_on(state_with(&dir.path().join("store"), Limits::default()));
    let room = Room::on(router, dir).await;
    let mut tablet = room.connect(room.key(), None).await;
    assert!(matches!(
        next(&mut tablet).await,
        ServerMessage::Snapshot { .. }
    ));
    for n in 0..60 {
        feed(
            &mut tablet,
            &add(
                &format!("Участник {n}"),
                room.group(0),
                &format!("flood-{n}"),
            ),
        )
        .await;
    }
    let (mut acked, mut refused) = (0, 0);
    while acked + refused < 60 {
        match next(&mut tablet).await {
            ServerMessage::Ack { .. } => acked += 1,
            ServerMessage::Rejected { error, .. } => {
                assert_eq!(error.code.as_str(), "rate_limited");
                refused += 1;
            }
            _ => {}
        }
    }
    // The burst of 40 (up to ten more on a machine slow enough to take half a second over the
    // sixty); past the first refusal every later one is refused too, whatever the limit has
    // refilled meanwhile: the client sends them again, in order, after a `hello`.
    assert!(
        (40..=50).contains(&acked),
        "a burst of 40, then 20 a second: {acked} acked"
    );
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let again = add("Участник 40", room.group(0), "flood-40");
    feed(&mut tablet, &again).await;
    assert!(
        matches!(next(&mut tablet).await, ServerMessage::Rejected { .. }),
        "still held until the next hello, though the limit has refilled"
    );
    feed(
        &mut tablet,
        &serde_json::from_value(serde_json::json!({"type": "hello", "since": null}))
            .expect("a hello"),
    )
    .await;
    feed(&mut tablet, &again).await;
    loop {
        match next(&mut tablet).await {
            ServerMessage::Ack { edit_id, .. } => {
                assert_eq!(edit_id.as_str(), "flood-40");
                break;
            }
            ServerMessage::Rejected { error, .. } => panic!("refused after a hello: {error:?}"),
            _ => {}
        }
    }
}

/// Joins from one address: a request's own `X-Forwarded-For` changes nothing, unless it came
/// through a proxy the server was told to trust; then each client behind it counts apart.
#[tokio::test]
async fn joins_are_counted_by_the_client_behind_a_trusted_proxy_only() {
    let join = |router: axum::Router, code: String, forwarded: &'static str| async move {
        let body = serde_json::to_vec(&json!({"code": code})).unwrap();
        let headers = [("x-forwarded-for", forwarded)];
        let json = Some("application/json");
        send(&router, "POST", "/join", None, json, &headers, body)
            .await
            .status
    };
    let two_a_minute = |trusted: Vec<std::net::IpAddr>| Limits {
        joins_per_minute: std::num::NonZeroU32::new(2).unwrap(),
        trusted_proxies: trusted,
        ..Limits::default()
    };
    for (trusted, expected) in [
        // Direct: three joins from 127.0.0.1 whatever they claim; the third waits.
        (
            vec![],
            [
                StatusCode::OK,
                StatusCode::OK,
                StatusCode::TOO_MANY_REQUESTS,
            ],
        ),
        // Through the proxy at 127.0.0.1: two clients, each within its two.
        (vec![[127, 0, 0, 1].into()], [StatusCode::OK; 3]),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let router = router_on(state_with(&dir.path().join("store"), two_a_minute(trusted)));
        let made = create(&router, json!({"title": "Прокси", "groups": ["A"]})).await;
        let code = made.body["groups"][0]["join_code"]
            .as_str()
            .unwrap()
            .to_owned();
        let clients = ["198.51.100.1", "203.0.113.5, 198.51.100.2", "198.51.100.1"];
        let mut statuses = Vec::new();
        for client in clients {
            statuses.push(join(router.clone(), code.clone(), client).await);
        }
        assert_eq!(statuses, expected);
    }
}
