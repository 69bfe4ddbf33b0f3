//! Load benchmark for the live feed (not a test): starts the real `stakemap` binary on a fresh
//! data folder, opens websocket clients on loopback and measures
//! - edit → every-client latency (p50, p99) with 100, 1,000 and 4,000 subscribers,
//! - durable edits acknowledged per second when many writers send at once (group commit),
//! - the server's peak memory, and how many idle clients it holds.
//!
//! ```sh
//! cargo build --release -p server --bin stakemap --example loadbench
//! target/release/examples/loadbench            # STAKEMAP_BIN=… to use another binary
//! ```
//! Figures and the machine they came from go in BENCHMARKS.md.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

struct Target {
    base: String,
    id: String,
    key: String,
    group: Value,
    pid: u32,
}

async fn start() -> (std::process::Child, Target, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bin = std::env::var("STAKEMAP_BIN").unwrap_or_else(|_| "target/release/stakemap".into());
    let child = std::process::Command::new(&bin)
        .env("STAKEMAP_ADDR", format!("127.0.0.1:{port}"))
        .env("STAKEMAP_DATA", dir.path())
        .env("STAKEMAP_NO_DEMO", "true")
        .env("RUST_LOG", "error")
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
    let base = format!("127.0.0.1:{port}");
    let http = reqwest::Client::new();
    for _ in 0..200 {
        if http
            .get(format!("http://{base}/healthz"))
            .send()
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let created: Value = http
        .post(format!("http://{base}/api/v1/workshops"))
        .json(&json!({"title": "Load", "groups": ["A"]}))
        .send()
        .await
        .expect("created")
        .json()
        .await
        .expect("json");
    let target = Target {
        id: created["id"].as_str().unwrap().into(),
        key: created["moderator_key"].as_str().unwrap().into(),
        group: created["groups"][0]["id"].clone(),
        pid: child.id(),
        base,
    };
    (child, target, dir)
}

async fn connect(t: &Target) -> Socket {
    let url = format!(
        "ws://{}/api/v1/workshops/{}/live?token={}",
        t.base, t.id, t.key
    );
    let (mut socket, _) = connect_async(url).await.expect("websocket");
    socket
        .send(Message::Text(
            json!({"type": "hello", "since": null}).to_string().into(),
        ))
        .await
        .expect("hello");
    // The snapshot.
    socket.next().await.expect("snapshot").expect("readable");
    socket
}

/// A connection that sends edits but has not said `hello`, so it is sent no events.
async fn connect_quiet(t: &Target) -> Socket {
    let url = format!(
        "ws://{}/api/v1/workshops/{}/live?token={}",
        t.base, t.id, t.key
    );
    connect_async(url).await.expect("websocket").0
}

fn edit(t: &Target, id: &str) -> Message {
    Message::Text(
        json!({"type": "edit", "edit": {"id": id, "change": {"op": "add_stakeholder",
            "id": uuid::Uuid::new_v4().to_string(), "group": t.group,
            "fields": {"name": id, "category": "state", "level": "local", "interest": 3, "influence": 3}}}})
        .to_string()
        .into(),
    )
}

/// The edit id of an event or ack, read without parsing the whole message: the client's own
/// work should not dominate what is measured.
fn event_id(message: &Message) -> Option<(String, &'static str)> {
    let Message::Text(text) = message else {
        return None;
    };
    let text = text.as_str();
    let kind = if text.starts_with(r#"{"type":"event""#) {
        "event"
    } else if text.starts_with(r#"{"type":"ack""#) {
        "ack"
    } else {
        return None;
    };
    let start = text.find(r#""edit_id":""#)? + r#""edit_id":""#.len();
    let end = start + text[start..].find('"')?;
    Some((text[start..end].to_owned(), kind))
}

fn peak_memory_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Edit → every-subscriber latency with `n` subscribers: 100 edits, one at a time.
async fn latency(t: &Target, n: usize) -> (u64, u64) {
    let sent: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let histogram = Arc::new(Mutex::new(Histogram::<u64>::new(3).unwrap()));
    let edits = 100;
    let mut readers = Vec::new();
    for _ in 0..n {
        let mut socket = connect(t).await;
        let (sent, histogram) = (sent.clone(), histogram.clone());
        readers.push(tokio::spawn(async move {
            let mut seen = 0;
            while seen < edits {
                let Some(Ok(message)) = socket.next().await else {
                    break;
                };
                if let Some((id, "event")) = event_id(&message) {
                    let at = sent.lock().unwrap().get(&id).copied();
                    if let Some(at) = at {
                        histogram
                            .lock()
                            .unwrap()
                            .record(at.elapsed().as_micros() as u64)
                            .unwrap();
                        seen += 1;
                    }
                }
            }
        }));
    }
    let mut writer = connect(t).await;
    for k in 0..edits {
        let id = format!("lat-{n}-{k}");
        sent.lock().unwrap().insert(id.clone(), Instant::now());
        writer.send(edit(t, &id)).await.unwrap();
        loop {
            let message = writer.next().await.unwrap().unwrap();
            if event_id(&message) == Some((id.clone(), "ack")) {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for reader in readers {
        let _ = tokio::time::timeout(Duration::from_secs(30), reader).await;
    }
    let h = histogram.lock().unwrap();
    (h.value_at_quantile(0.5), h.value_at_quantile(0.99))
}

/// Durable edits acknowledged per second: `writers` connections each send a burst of 40 (the
/// per-connection limit) and wait for their acks; they do not subscribe to the events.
async fn throughput(t: &Target, writers: usize) -> (usize, f64) {
    let mut sockets = Vec::new();
    for _ in 0..writers {
        sockets.push(connect_quiet(t).await);
    }
    let started = Instant::now();
    let tasks: Vec<_> = sockets
        .into_iter()
        .enumerate()
        .map(|(w, mut socket)| {
            let messages: Vec<Message> = (0..40).map(|k| edit(t, &format!("tp-{w}-{k}"))).collect();
            tokio::spawn(async move {
                for m in messages {
                    socket.send(m).await.unwrap();
                }
                let mut acks = 0;
                while acks < 40 {
                    match socket.next().await {
                        Some(Ok(message)) => {
                            if matches!(event_id(&message), Some((_, "ack"))) {
                                acks += 1;
                            }
                        }
                        _ => break,
                    }
                }
                acks
            })
        })
        .collect();
    let mut acked = 0;
    for task in tasks {
        acked += task.await.unwrap();
    }
    (acked, acked as f64 / started.elapsed().as_secs_f64())
}

/// Opens idle clients until `limit` or the first failure.
async fn idle(t: &Target, limit: usize) -> (usize, Vec<Socket>) {
    let mut sockets = Vec::new();
    while sockets.len() < limit {
        let url = format!(
            "ws://{}/api/v1/workshops/{}/live?token={}",
            t.base, t.id, t.key
        );
        match connect_async(url).await {
            Ok((socket, _)) => sockets.push(socket),
            Err(e) => {
                eprintln!("idle client {} failed: {e}", sockets.len() + 1);
                break;
            }
        }
    }
    (sockets.len(), sockets)
}

#[tokio::main]
async fn main() {
    let (mut child, t, _dir) = start().await;
    println!("| measure | figure |\n|---|---|");
    for n in [100, 1_000, 4_000] {
        let started = Instant::now();
        let (p50, p99) = latency(&t, n).await;
        println!(
            "| edit → all {n} clients | p50 {:.1} ms, p99 {:.1} ms ({:.0} s) |",
            p50 as f64 / 1000.0,
            p99 as f64 / 1000.0,
            started.elapsed().as_secs_f64()
        );
    }
    let (acked, rate) = throughput(&t, 500).await;
    println!("| durable edits acknowledged, 500 writers × 40 | {acked} at {rate:.0} edits/s |");
    let (held, sockets) = idle(&t, 10_000).await;
    println!("| idle clients held | {held} |");
    println!(
        "| server peak memory (VmHWM) | {} MiB |",
        peak_memory_kib(t.pid) / 1024
    );
    drop(sockets);
    let _ = child.kill();
    let _ = child.wait();
}
