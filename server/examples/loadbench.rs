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
//! The server is started by `e2e::binary` (the helper the tests use); a relative
//! `STAKEMAP_BIN` is taken from the workspace's root.
//! Figures and the machine they came from go in BENCHMARKS.md.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use e2e::binary::{Binary, Running};
use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
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

async fn start() -> (Running, Target, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Binary::new(Binary::configured("target/release/stakemap"), dir.path())
        .env("STAKEMAP_NO_DEMO", "true")
        // The writers send faster than a person edits; the limit is not what is measured.
        .env("STAKEMAP_EDIT_RATE", "100000")
        .env("STAKEMAP_EDIT_BURST", "100000")
        .env("RUST_LOG", "error")
        .show_log()
        .start()
        .await;
    let base = server.addr();
    let created: Value = reqwest::Client::new()
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
        pid: server.pid(),
        base,
    };
    (server, target, dir)
}

async fn connect(t: &Target) -> Socket {
    let url = format!("ws://{}/api/v1/workshops/{}/live", t.base, t.id);
    let (mut socket, _) = connect_async(url).await.expect("websocket");
    socket
        .send(Message::Text(
            json!({"type": "hello", "since": null, "token": t.key})
                .to_string()
                .into(),
        ))
        .await
        .expect("hello");
    // The snapshot.
    socket.next().await.expect("snapshot").expect("readable");
    socket
}

/// A connection that sends edits. Since issue 15 the key travels in the first `hello`, which
/// also subscribes: these writers are sent every event too (they were not before).
async fn connect_quiet(t: &Target) -> Socket {
    connect(t).await
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
    text_id(text.as_str())
}

fn text_id(text: &str) -> Option<(String, &'static str)> {
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

/// A subscriber that speaks just enough websocket to read the feed: the handshake, one masked
/// `hello`, then unmasked server frames parsed straight from the socket. The client shares the
/// two cores with the server, so the lighter it is, the more the figures say about the server.
struct Subscriber {
    stream: TcpStream,
    buffer: Vec<u8>,
}

impl Subscriber {
    async fn connect(t: &Target) -> Self {
        let mut stream = TcpStream::connect(&t.base).await.expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        let request = format!(
            "GET /api/v1/workshops/{}/live HTTP/1.1\r\nHost: {}\r\n\
             Upgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            t.id, t.base
        );
        stream
            .write_all(request.as_bytes())
            .await
            .expect("handshake");
        let mut subscriber = Subscriber {
            stream,
            buffer: Vec::with_capacity(8 * 1024),
        };
        let head_end = loop {
            subscriber.fill().await.expect("handshake answer");
            if let Some(at) = subscriber.buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
        };
        assert!(
            subscriber.buffer.starts_with(b"HTTP/1.1 101"),
            "upgrade refused: {}",
            String::from_utf8_lossy(&subscriber.buffer[..head_end])
        );
        subscriber.buffer.drain(..head_end);
        // A client frame must be masked; a zero mask leaves the payload as it is.
        let hello = json!({"type": "hello", "since": null, "token": t.key}).to_string();
        assert!(hello.len() < 126, "one short frame");
        let mut frame = vec![0x81, 0x80 | hello.len() as u8, 0, 0, 0, 0];
        frame.extend_from_slice(hello.as_bytes());
        subscriber.stream.write_all(&frame).await.expect("hello");
        // The snapshot.
        while subscriber.read().await.expect("snapshot").is_empty() {}
        subscriber
    }

    async fn fill(&mut self) -> Option<()> {
        let mut chunk = [0u8; 8 * 1024];
        let read = self.stream.read(&mut chunk).await.ok()?;
        (read > 0).then(|| self.buffer.extend_from_slice(&chunk[..read]))
    }

    /// Waits for data and returns the whole text frames it completes (possibly none).
    async fn read(&mut self) -> Option<Vec<String>> {
        self.fill().await?;
        let mut frames = Vec::new();
        loop {
            let b = &self.buffer;
            if b.len() < 2 {
                break;
            }
            let (length, header) = match b[1] & 0x7f {
                126 if b.len() >= 4 => (u16::from_be_bytes([b[2], b[3]]) as usize, 4),
                127 if b.len() >= 10 => (
                    u64::from_be_bytes(b[2..10].try_into().unwrap()) as usize,
                    10,
                ),
                126 | 127 => break,
                short => (short as usize, 2),
            };
            if b.len() < header + length {
                break;
            }
            if b[0] & 0x0f == 1 {
                frames.push(String::from_utf8_lossy(&b[header..header + length]).into_owned());
            }
            self.buffer.drain(..header + length);
        }
        Some(frames)
    }
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

/// Edit → every-subscriber latency with `n` subscribers: 100 edits, one at a time. Each reader
/// only notes when an event arrived; latencies are worked out after the run, so no reader
/// waits on a lock shared with the others while it is being measured.
async fn latency(t: &Target, n: usize) -> (u64, u64) {
    let edits = 100;
    let mut readers = Vec::new();
    for _ in 0..n {
        let mut subscriber = Subscriber::connect(t).await;
        readers.push(tokio::spawn(async move {
            let mut arrivals = Vec::with_capacity(edits);
            while arrivals.len() < edits {
                let Some(frames) = subscriber.read().await else {
                    break;
                };
                let at = Instant::now();
                for frame in frames {
                    if let Some((id, "event")) = text_id(&frame) {
                        arrivals.push((id, at));
                    }
                }
            }
            arrivals
        }));
    }
    let mut sent = HashMap::new();
    let mut writer = connect(t).await;
    for k in 0..edits {
        let id = format!("lat-{n}-{k}");
        sent.insert(id.clone(), Instant::now());
        writer.send(edit(t, &id)).await.unwrap();
        loop {
            let message = writer.next().await.unwrap().unwrap();
            if event_id(&message) == Some((id.clone(), "ack")) {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut histogram = Histogram::<u64>::new(3).unwrap();
    for reader in readers {
        if let Ok(Ok(arrivals)) = tokio::time::timeout(Duration::from_secs(30), reader).await {
            for (id, at) in arrivals {
                if let Some(sent) = sent.get(&id) {
                    histogram
                        .record(at.duration_since(*sent).as_micros() as u64)
                        .unwrap();
                }
            }
        }
    }
    (
        histogram.value_at_quantile(0.5),
        histogram.value_at_quantile(0.99),
    )
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
        let url = format!("ws://{}/api/v1/workshops/{}/live", t.base, t.id);
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
    let (server, t, _dir) = start().await;
    // A first, unreported round: the fresh store's first flushes and page faults otherwise land
    // in the 100-client figures as a p99 of 30–45 ms.
    latency(&t, 10).await;
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
    server.kill();
}
