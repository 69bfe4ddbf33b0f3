//! `stakemap migrate` from sled to PostgreSQL (skipped without one, failing under CI): a
//! workshop with relationships, a merge, a running timer, a link and a tablet answers the
//! same API calls from both stores, and its keys, token and join codes still work.

use axum::http::StatusCode;
use serde_json::{Value, json};

use server::store::Location;

use crate::support::{call, fixture, fresh_database, postgres_server, router_on, state_at};

/// What a moderator, an analyst and a tablet are answered about the workshop.
async fn answers(router: &axum::Router, id: &str, keys: &[&str]) -> Vec<Value> {
    let mut all = Vec::new();
    for key in keys {
        for path in ["", "/combined", "/measures"] {
            let uri = format!("/workshops/{id}{path}");
            let reply = call(router, "GET", &uri, Some(key), None).await;
            all.push(json!({"uri": uri, "status": reply.status.as_u16(), "body": reply.json()}));
        }
    }
    for path in ["/keys", "/devices"] {
        let uri = format!("/workshops/{id}{path}");
        let reply = call(router, "GET", &uri, Some(keys[0]), None).await;
        let mut body = reply.json();
        // When a tablet was last heard from is this process's memory, not the store's.
        for device in body.as_array_mut().into_iter().flatten() {
            device.as_object_mut().map(|d| d.remove("last_seen"));
        }
        all.push(json!({"uri": uri, "status": reply.status.as_u16(), "body": body}));
    }
    all
}

#[tokio::test]
async fn a_workshop_moved_to_postgres_answers_as_it_did_on_sled() {
    if postgres_server().is_none() {
        return;
    }
    let f = fixture().await;
    let (id, key) = (f.id.clone(), f.key.clone());
    let timer = format!("/workshops/{id}/timer");
    let started = call(
        &f.router,
        "POST",
        &timer,
        Some(&key),
        Some(json!({"label": "Обсуждение", "seconds": 900})),
    )
    .await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.text());
    let link = call(
        &f.router,
        "POST",
        &format!("/workshops/{id}/keys"),
        Some(&key),
        Some(json!({"role": "analyst", "label": "Аналитик"})),
    )
    .await;
    assert_eq!(link.status, StatusCode::CREATED, "{}", link.text());
    let analyst = link.json()["key"].as_str().expect("a key").to_owned();
    let token = f.token.clone();
    let code = {
        let view = call(
            &f.router,
            "GET",
            &format!("/workshops/{id}"),
            Some(&key),
            None,
        )
        .await;
        view.json()["groups"][1]["join_code"].clone()
    };
    let sled = Location::Sled(f._dir.path().join("store"));
    let dir = f._dir;
    drop(f.router);

    // Both answer from a fresh start: what a restarted server says.
    let keys = [key.as_str(), analyst.as_str(), token.as_str()];
    let before = answers(&router_on(state_at(&sled)), &id, &keys).await;

    let url = fresh_database().await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_stakemap"))
        .args(["migrate", "--from"])
        .arg(format!("sled:{}", dir.path().join("store").display()))
        .args(["--to", &url])
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("migrate runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(said.contains("1/1: «Доступ к правосудию «2022»»"), "{said}");
    assert!(
        !said.contains(&url),
        "no password or address printed in full: {said}"
    );

    let moved = router_on(state_at(&Location::Postgres(url.clone())));
    let after = answers(&moved, &id, &keys).await;
    assert_eq!(after.len(), before.len());
    for (after, before) in after.iter().zip(&before) {
        assert_eq!(after, before, "{}", before["uri"]);
    }
    // The moderator's and the analyst's calls all answer; the tablet's only its own view.
    let ok = after.iter().filter(|a| a["status"] == 200).count();
    assert_eq!(ok, after.len() - 2, "{after:?}");
    let joined = call(&moved, "POST", "/join", None, Some(json!({"code": code}))).await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.text());

    // Into a store that has workshops: refused, nothing changed.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_stakemap"))
        .args(["migrate", "--from"])
        .arg(format!("sled:{}", dir.path().join("store").display()))
        .args(["--to", &url])
        .output()
        .expect("migrate runs");
    assert!(!again.status.success());
}
