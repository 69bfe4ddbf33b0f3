//! The real `stakemap` binary: it keeps every acknowledged write across a clean restart and
//! across SIGKILL, and makes the demo workshop once.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

struct Server {
    child: Child,
    base: String,
}

impl Server {
    async fn start(data: &Path) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_stakemap"))
            .env("STAKEMAP_ADDR", format!("127.0.0.1:{port}"))
            .env("STAKEMAP_DATA", data)
            .env("RUST_LOG", "warn")
            .current_dir(data)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the binary starts");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        server.wait_ready().await;
        server
    }

    /// Polls the health check until the server answers (bounded: 300 tries).
    async fn wait_ready(&self) {
        let client = reqwest::Client::new();
        for _ in 0..300 {
            if let Ok(r) = client.get(format!("{}/healthz", self.base)).send().await
                && r.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server did not become ready");
    }

    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut request =
            reqwest::Client::new().request(method, format!("{}/api/v1{path}", self.base));
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

    fn kill_hard(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    fn stop(mut self) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill runs");
        assert!(status.success());
        let exit = self.child.wait().expect("reaped");
        assert!(exit.success(), "a clean stop exits 0, got {exit}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn stakeholder_names(server: &Server, id: &str, key: &str) -> Vec<String> {
    let (status, body) = server
        .send(
            reqwest::Method::GET,
            &format!("/workshops/{id}"),
            Some(key),
            None,
        )
        .await;
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
    let server = Server::start(dir.path()).await;
    let (status, created) = server
        .send(
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

    let (status, _) = server
        .send(
            reqwest::Method::POST,
            &format!("/workshops/{id}/stakeholders"),
            Some(&key),
            Some(add("До остановки")),
        )
        .await;
    assert_eq!(status, 201);
    server.stop();

    let server = Server::start(dir.path()).await;
    assert_eq!(
        stakeholder_names(&server, &id, &key).await,
        ["До остановки"]
    );
    let (status, _) = server
        .send(
            reqwest::Method::POST,
            &format!("/workshops/{id}/stakeholders"),
            Some(&key),
            Some(add("Перед SIGKILL")),
        )
        .await;
    assert_eq!(status, 201, "acknowledged");
    server.kill_hard();

    let server = Server::start(dir.path()).await;
    assert_eq!(
        stakeholder_names(&server, &id, &key).await,
        ["До остановки", "Перед SIGKILL"]
    );
}

#[tokio::test]
async fn the_first_start_makes_one_demo_workshop_and_later_starts_keep_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Server::start(dir.path()).await;
    let (status, demo) = server.send(reqwest::Method::GET, "/demo", None, None).await;
    assert_eq!(status, 200, "{demo}");
    assert!(demo["title"].as_str().expect("title").starts_with("Демо"));
    let id = demo["workshop_id"].as_str().expect("id").to_owned();
    let key = demo["moderator_key"].as_str().expect("key").to_owned();
    let names = stakeholder_names(&server, &id, &key).await;
    assert!(names.iter().any(|n| n == "АМУЦА"), "{names:?}");
    let (_, whole) = server
        .send(
            reqwest::Method::GET,
            &format!("/workshops/{id}"),
            Some(&key),
            None,
        )
        .await;
    assert_eq!(whole["demo"], true, "the demo is labelled as such");
    server.kill_hard();

    let server = Server::start(dir.path()).await;
    let (_, again) = server.send(reqwest::Method::GET, "/demo", None, None).await;
    assert_eq!(again["workshop_id"], id.as_str(), "no second demo");
    assert_eq!(stakeholder_names(&server, &id, &key).await, names);
}

#[tokio::test]
async fn every_acknowledged_edit_survives_sigkill_at_random_moments() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(20_220_718);
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Server::start(dir.path()).await;
    let (_, created) = server
        .send(
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
        let base = running.base.clone();
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
        running.kill_hard();
        for writer in writers {
            acknowledged.extend(writer.await.expect("writer"));
        }

        let restarted = Server::start(dir.path()).await;
        let names = stakeholder_names(&restarted, &id, &key).await;
        let missing: Vec<_> = acknowledged.iter().filter(|n| !names.contains(n)).collect();
        assert!(
            missing.is_empty(),
            "round {round}: acknowledged but lost: {missing:?}"
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
    let server = Server::start(dir.path()).await;
    // reqwest is built without decompression here, so the header shows what was sent.
    let client = reqwest::Client::new();
    let encoding = |path: &'static str| {
        let client = client.clone();
        let url = format!("{}{path}", server.base);
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
    server.kill_hard();
}
