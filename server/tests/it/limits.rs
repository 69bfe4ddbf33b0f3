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
async fn a_flood_of_edits_on_one_live_connection_is_refused_past_the_burst() {
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
    // Up to ten more on a machine slow enough to take half a second over the sixty.
    assert!(
        (40..=50).contains(&acked),
        "a burst of 40, then 20 a second: {acked} acked"
    );
}
