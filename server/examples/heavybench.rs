//! Heavy pictures against live edits (not a test): starts the real `stakemap` binary with a
//! room-sized workshop (6 groups × 25 long Russian names, 30 relationships each), then
//! measures a tablet's edit → ack latency over the live feed, first alone and then while 60
//! requests for 4K PNGs (grid, graph, combined, contested) run at once, wave after wave. It
//! records the latencies (p50, p99, max), how the picture requests were answered (200, 503
//! `busy`) and the server's peak memory.
//!
//! ```sh
//! cargo build --release -p server --bin stakemap --example heavybench
//! target/release/examples/heavybench           # STAKEMAP_BIN=… to use another binary
//! ```
//! Figures and the machine they came from go in BENCHMARKS.md.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use e2e::binary::Binary;
use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use serde_json::{Value, json};
use tokio_tungstenite::connect_async;
use tokio_tungstenite::tungstenite::Message;

const GROUPS: usize = 6;
const PER_GROUP: usize = 25;
const PARALLEL: usize = 60;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Binary::new(Binary::configured("target/release/stakemap"), dir.path())
        .env("STAKEMAP_NO_DEMO", "true")
        .env("STAKEMAP_EDIT_RATE", "100000")
        .env("STAKEMAP_EDIT_BURST", "100000")
        .env("RUST_LOG", "error")
        .start()
        .await;
    let base = format!("http://{}/api/v1", server.addr());
    let http = reqwest::Client::new();
    let groups: Vec<String> = (1..=GROUPS).map(|g| format!("Группа {g}")).collect();
    let made: Value = post(
        &http,
        &format!("{base}/workshops"),
        None,
        json!({"title": "Зал", "groups": groups}),
    )
    .await;
    let id = made["id"].as_str().unwrap().to_owned();
    let key = made["moderator_key"].as_str().unwrap().to_owned();
    let mut first = None;
    for g in 0..GROUPS {
        let group = made["groups"][g]["id"].clone();
        let mut ids = Vec::new();
        for n in 0..PER_GROUP {
            let name = format!(
                "Государственное учреждение «Центр развития местного самоуправления» № {}-{n}",
                g + 1
            );
            let category = ["state", "international", "civil_society", "informal"][n % 4];
            let level = ["national", "local"][n % 2];
            let body = json!({"group_id": group, "name": name, "category": category,
                "level": level, "interest": 1 + n % 5, "influence": 1 + (n * 3) % 5});
            let added: Value = post(
                &http,
                &format!("{base}/workshops/{id}/stakeholders"),
                Some(&key),
                body,
            )
            .await;
            ids.push(added["id"].as_str().unwrap().to_owned());
        }
        for n in 0..30 {
            let (from, to) = (&ids[n % PER_GROUP], &ids[(n * 7 + 3) % PER_GROUP]);
            if from == to {
                continue;
            }
            let kind = ["cooperation", "funding", "conflict"][n % 3];
            let body = json!({"from": from, "to": to, "kind": kind, "strength": 1 + n % 3,
                "directed": n % 2 == 0});
            // A pair drawn twice with one kind is refused (422); the rest make the graph.
            let url = format!("{base}/workshops/{id}/relationships");
            let _ = http.post(url).bearer_auth(&key).json(&body).send().await;
        }
        first.get_or_insert(ids[0].clone());
    }
    let target = first.expect("a stakeholder to edit");

    let alone = edits(&server.addr(), &id, &key, &target, 100).await;
    let storm = Arc::new(AtomicBool::new(true));
    let pictures = tokio::spawn(picture_storm(
        http.clone(),
        base.clone(),
        id.clone(),
        key.clone(),
        storm.clone(),
    ));
    tokio::time::sleep(Duration::from_secs(2)).await;
    let during = edits(&server.addr(), &id, &key, &target, 300).await;
    storm.store(false, Ordering::SeqCst);
    let answers = pictures.await.expect("the storm ends");
    let peak = peak_memory(server.pid());

    println!("edit → ack, alone:           {}", summary(&alone));
    println!("edit → ack, 60 heavy at once: {}", summary(&during));
    println!("picture answers: {answers:?}");
    println!("server peak memory (VmHWM): {peak}");
    server.kill();
}

async fn post(http: &reqwest::Client, url: &str, key: Option<&str>, body: Value) -> Value {
    let mut request = http.post(url).json(&body);
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let response = request.send().await.expect("sent");
    assert!(
        response.status().is_success(),
        "{url}: {}",
        response.status()
    );
    response.json().await.expect("json")
}

/// `count` edits from a live connection, one every 50 ms; each one's send → ack time.
async fn edits(addr: &str, id: &str, key: &str, target: &str, count: usize) -> Histogram<u64> {
    let (mut socket, _) = connect_async(format!("ws://{addr}/api/v1/workshops/{id}/live"))
        .await
        .expect("websocket");
    let hello = json!({"type": "hello", "since": null, "token": key}).to_string();
    socket
        .send(Message::Text(hello.into()))
        .await
        .expect("hello");
    let mut latencies = Histogram::<u64>::new(3).expect("histogram");
    let mut sent: BTreeMap<String, Instant> = BTreeMap::new();
    let mut tick = tokio::time::interval(Duration::from_millis(50));
    let mut n = 0;
    while n < count || !sent.is_empty() {
        tokio::select! {
            _ = tick.tick(), if n < count => {
                let edit_id = format!("bench-{}-{n}", uuid::Uuid::new_v4());
                let edit = json!({"type": "edit", "edit": {"id": edit_id, "change": {"op": "update_stakeholder",
                    "id": target, "patch": {"interest": 1 + n % 5}}}});
                sent.insert(edit_id, Instant::now());
                socket.send(Message::Text(edit.to_string().into())).await.expect("sent");
                n += 1;
            }
            message = socket.next() => {
                let Some(Ok(Message::Text(text))) = message else { continue };
                let message: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                if message["type"] == "ack"
                    && let Some(at) = message["edit_id"].as_str().and_then(|e| sent.remove(e))
                {
                    latencies.record(at.elapsed().as_micros() as u64).expect("recorded");
                }
            }
        }
    }
    latencies
}

/// Waves of `PARALLEL` 4K PNG requests until `going` is cleared; how they were answered.
async fn picture_storm(
    http: reqwest::Client,
    base: String,
    id: String,
    key: String,
    going: Arc<AtomicBool>,
) -> BTreeMap<u16, usize> {
    let files = [
        "graph.png",
        "grid.png",
        "graph.png?combined=true",
        "contested.png",
    ];
    let mut answers = BTreeMap::new();
    while going.load(Ordering::SeqCst) {
        let wave = (0..PARALLEL).map(|n| {
            let file = files[n % files.len()];
            let sep = if file.contains('?') { '&' } else { '?' };
            let url = format!("{base}/workshops/{id}/{file}{sep}width=3840&height=2160");
            let request = http.get(url).bearer_auth(&key).send();
            async move {
                match request.await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let _ = response.bytes().await;
                        status
                    }
                    Err(_) => 0,
                }
            }
        });
        for status in futures_util::future::join_all(wave).await {
            *answers.entry(status).or_insert(0) += 1;
        }
    }
    answers
}

fn summary(h: &Histogram<u64>) -> String {
    let ms = |us: u64| us as f64 / 1000.0;
    format!(
        "n={} p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        h.len(),
        ms(h.value_at_quantile(0.5)),
        ms(h.value_at_quantile(0.99)),
        ms(h.max())
    )
}

fn peak_memory(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}
