//! The real `stakemap` binary: it keeps every acknowledged write across a clean restart and
//! across SIGKILL, and makes the demo workshop once.

use std::path::Path;
use std::time::Duration;

use e2e::binary::{Binary, Running};
use serde_json::{Value, json};

/// The binary cargo built for these tests, on a fresh port, keeping its store in `data`.
pub async fn start(data: &Path) -> Running {
    Binary::new(env!("CARGO_BIN_EXE_stakemap"), data)
        .start()
        .await
}

/// One API call as a script makes it: the status and the JSON answer (`null` when none).
pub async fn send(
    server: &Running,
    method: reqwest::Method,
    path: &str,
    key: Option<&str>,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request =
        reqwest::Client::new().request(method, format!("{}/api/v1{path}", server.url()));
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Stops the server with SIGTERM: it must exit cleanly.
fn stop(server: Running) {
    let exit = server.stop();
    assert!(exit.success(), "a clean stop exits 0, got {exit}");
}

pub async fn stakeholder_names(server: &Running, id: &str, key: &str) -> Vec<String> {
    let path = format!("/workshops/{id}");
    let (status, body) = send(server, reqwest::Method::GET, &path, Some(key), None).await;
    assert_eq!(status, 200, "{body}");
    body["stakeholders"]
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect()
}

#[tokio::test]
async fn acknowledged_writes_survive_a_restart_and_sigkill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = start(dir.path()).await;
    let (status, created) = send(
        &server,
        reqwest::Method::POST,
        "/workshops",
        None,
        Some(json!({"title": "Перезапуск", "groups": ["Группа 1"], "language": "ru"})),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().expect("id").to_owned();
    let key = created["moderator_key"].as_str().expect("key").to_owned();
    let group = created["groups"][0]["id"].clone();
    let add = |name: &str| json!({"group_id": group, "name": name, "category": "state", "level": "local", "interest": 2, "influence": 5});

    let (status, _) = send(
        &server,
        reqwest::Method::POST,
        &format!("/workshops/{id}/stakeholders"),
        Some(&key),
        Some(add("До остановки")),
    )
    .await;
    assert_eq!(status, 201);
    stop(server);

    let server = start(dir.path()).await;
    assert_eq!(
        stakeholder_names(&server, &id, &key).await,
        ["До остановки"]
    );
    let (status, _) = send(
        &server,
        reqwest::Method::POST,
        &format!("/workshops/{id}/stakeholders"),
        Some(&key),
        Some(add("Перед SIGKILL")),
    )
    .await;
    assert_eq!(status, 201, "acknowledged");
    server.kill();

    let server = start(dir.path()).await;
    assert_eq!(
        stakeholder_names(&server, &id, &key).await,
        ["До остановки", "Перед SIGKILL"]
    );
}

#[tokio::test]
async fn the_first_start_makes_one_demo_workshop_and_later_starts_keep_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = start(dir.path()).await;
    let (status, demo) = send(&server, reqwest::Method::GET, "/demo", None, None).await;
    assert_eq!(status, 200, "{demo}");
    assert!(demo["title"].as_str().expect("title").starts_with("Демо"));
    let id = demo["workshop_id"].as_str().expect("id").to_owned();
    let key = demo["moderator_key"].as_str().expect("key").to_owned();
    let names = stakeholder_names(&server, &id, &key).await;
    assert!(names.iter().any(|n| n == "АМУЦА"), "{names:?}");
    let (_, whole) = send(
        &server,
        reqwest::Method::GET,
        &format!("/workshops/{id}"),
        Some(&key),
        None,
    )
    .await;
    assert_eq!(whole["demo"], true, "the demo is labelled as such");
    server.kill();

    let server = start(dir.path()).await;
    let (_, again) = send(&server, reqwest::Method::GET, "/demo", None, None).await;
    assert_eq!(again["workshop_id"], id.as_str(), "no second demo");
    assert_eq!(stakeholder_names(&server, &id, &key).await, names);
}

/// The binary on the store `at` (`STAKEMAP_STORE`), its data folder in `data`.
pub async fn start_at(data: &Path, at: &server::store::Location) -> Running {
    let store = match at {
        server::store::Location::Sled(folder) => format!("sled:{}", folder.display()),
        server::store::Location::Postgres(url) => url.clone(),
    };
    Binary::new(env!("CARGO_BIN_EXE_stakemap"), data)
        .env("STAKEMAP_STORE", store)
        .start()
        .await
}

#[tokio::test]
async fn every_acknowledged_edit_survives_sigkill_at_random_moments() {
    for kind in crate::support::Kind::all() {
        let dir = tempfile::tempdir().expect("temp dir");
        let at = kind.fresh(dir.path()).await;
        sigkill_at_random_moments(dir.path(), &at).await;
    }
}

/// Writers stream edits while the server is killed, eight times: every edit it acknowledged
/// is there after each restart.
async fn sigkill_at_random_moments(dir: &Path, at: &server::store::Location) {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(20_220_718);
    let server = start_at(dir, at).await;
    let (_, created) = send(
        &server,
        reqwest::Method::POST,
        "/workshops",
        None,
        Some(json!({"title": "Crash", "groups": ["Группа 1"]})),
    )
    .await;
    let id = created["id"].as_str().expect("id").to_owned();
    let key = created["moderator_key"].as_str().expect("key").to_owned();
    let group = created["groups"][0]["id"].clone();
    let mut acknowledged: Vec<String> = Vec::new();
    let mut server = Some(server);

    for round in 0..8 {
        let running = server.take().expect("running");
        let base = running.url();
        // Four writers stream edits until the server dies under them.
        let writers: Vec<_> = (0..4)
            .map(|writer| {
                let (base, id, key, group) = (base.clone(), id.clone(), key.clone(), group.clone());
                tokio::spawn(async move {
                    let client = reqwest::Client::new();
                    let mut acked = Vec::new();
                    for n in 0.. {
                        let name = format!("r{round}-w{writer}-{n}");
                        let sent = client
                            .post(format!("{base}/api/v1/workshops/{id}/stakeholders"))
                            .bearer_auth(&key)
                            .header("idempotency-key", &name)
                            .json(
                                &json!({"group_id": group, "name": name, "category": "state",
                                          "level": "local", "interest": 1, "influence": 1}),
                            )
                            .send()
                            .await;
                        match sent {
                            Ok(r) if r.status().as_u16() == 201 => acked.push(name),
                            _ => break,
                        }
                    }
                    acked
                })
            })
            .collect();
        // The kill comes at a random moment; nothing is asserted about time.
        tokio::time::sleep(Duration::from_millis(rng.random_range(50..300))).await;
        running.kill();
        for writer in writers {
            acknowledged.extend(writer.await.expect("writer"));
        }

        let restarted = start_at(dir, at).await;
        let names = stakeholder_names(&restarted, &id, &key).await;
        let missing: Vec<_> = acknowledged.iter().filter(|n| !names.contains(n)).collect();
        assert!(
            missing.is_empty(),
            "{at}, round {round}: acknowledged but lost: {missing:?}"
        );
        server = Some(restarted);
    }
    // Not vacuous: edits were acknowledged in (nearly) every round.
    assert!(
        acknowledged.len() >= 20,
        "only {} edits were acknowledged",
        acknowledged.len()
    );
}

#[tokio::test]
async fn pages_go_out_compressed_and_the_api_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = start(dir.path()).await;
    // reqwest is built without decompression here, so the header shows what was sent.
    let client = reqwest::Client::new();
    let encoding = |path: &'static str| {
        let client = client.clone();
        let url = format!("{}{path}", server.url());
        async move {
            let response = client
                .get(url)
                .header("accept-encoding", "gzip")
                .send()
                .await
                .expect("the server answers");
            assert!(
                response.status().is_success(),
                "{path}: {}",
                response.status()
            );
            response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().expect("ascii").to_owned())
        }
    };
    assert_eq!(
        encoding("/").await.as_deref(),
        Some("gzip"),
        "the home page"
    );
    assert_eq!(encoding("/api/v1/demo").await, None, "the API");
    server.kill();
}
