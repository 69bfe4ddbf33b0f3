//! Capacity benchmark in rooms (not a test): how many workshops running at once one service
//! carries. It starts the real `stakemap` binary (one, or two on one PostgreSQL), creates the
//! rooms and connects their devices over loopback, then measures.
//!
//! A room is one workshop with 6 groups, 15 tablets (2–3 a group, each joined with its group's
//! code and holding a live websocket with its own token) and 1 projector (a websocket with the
//! moderator key). Every tablet edits at workshop pace: one edit every 2–5 s (uniformly
//! random; the first within 5 s of the start): first it adds a stakeholder with a long Russian
//! name, then mostly changes the scores of one of its own (`update_stakeholder`), adding another
//! every sixth edit (at most 10). The measure is *edit → room*: from the moment a tablet sends
//! an edit to the moment its room's projector receives the event with that edit id. Tablets
//! only drain their sockets (the server pushes events, `unseen` and acks to them) and count
//! acks and refusals; the projector reads only the edit id. All clients are a minimal
//! websocket reader (frames parsed straight off the socket, pings answered): the client shares
//! the cores with the server, so the lighter it is, the more the figures say about the server.
//!
//! Per room count: create rooms and connect every client (ramp-up, not measured), a warm-up,
//! then the measured window; edits sent in the window count. Each count runs on a fresh store
//! and fresh server(s); one Markdown row each; it stops early when p99 exceeds the limit or
//! any error appears (refused edits, error messages, dropped sockets, events that never reached
//! the projector, clients that could not connect).
//!
//! `ROOMBENCH_MODE=durable` measures durable edits per second with group commit instead: W
//! writers, each alone in a workshop of its own (nothing is broadcast to anyone else), each
//! keeping `ROOMBENCH_IN_FLIGHT` edits in flight over its websocket (a new one as each ack
//! arrives); every ack means committed (fsync'd by sled, or committed by PostgreSQL).
//!
//! ```sh
//! cargo build --release -p server --bin stakemap --example roombench
//! target/release/examples/roombench                                     # sled, 50,100,200,300 rooms
//! ROOMBENCH_ROOMS=5 ROOMBENCH_WINDOW=10 target/release/examples/roombench  # a smoke run
//! ROOMBENCH_STORE=postgres://stakemap@127.0.0.1:5432/stakemap ROOMBENCH_INSTANCES=2 \
//!     target/release/examples/roombench
//! ROOMBENCH_MODE=durable ROOMBENCH_WRITERS=200 target/release/examples/roombench
//! ```
//! Settings (environment):
//! - `ROOMBENCH_STORE`: `sled` (default) or a PostgreSQL URL; with PostgreSQL every run gets a
//!   fresh database on that server (`CREATE DATABASE rb_…`, dropped after the run).
//! - `ROOMBENCH_INSTANCES`: 1 (default) or 2 (PostgreSQL only: two binaries on one database;
//!   room r is created on and projected from instance r % 2, its tablets alternate between
//!   both, as behind a load balancer).
//! - `ROOMBENCH_ROUTING`: with two instances, `spread` (default: as above) or `room`: all of
//!   room r's devices on instance r % 2, as behind a load balancer that picks the instance by
//!   the workshop in the address (docs/DEPLOY.md).
//! - `ROOMBENCH_CPU`: cores each server may use (e.g. `0.4`), enforced by a CPU cgroup of its
//!   own (Linux, root): the instances then stand for machines of that size, and the rest of
//!   this machine carries the clients and PostgreSQL — how a second instance adds capacity
//!   can be measured on one small machine.
//! - `ROOMBENCH_ROOMS`: room counts, run in turn (default `50,100,200,300`).
//! - `ROOMBENCH_WARMUP` (15), `ROOMBENCH_WINDOW` (60), `ROOMBENCH_GRACE` (5): seconds; the
//!   grace follows the window, for the last events to arrive.
//! - `ROOMBENCH_P99_LIMIT_MS` (100): the p99 past which larger counts are not tried.
//! - `ROOMBENCH_MODE=durable`, `ROOMBENCH_WRITERS` (a list too, default `200`),
//!   `ROOMBENCH_IN_FLIGHT` (8).
//! - `STAKEMAP_BIN`: another binary (relative to the workspace's root), as for loadbench.
//!
//! The servers are started with the real edit limits in room mode (20 a second per connection;
//! a tablet sends one every few seconds) and unlimited ones in durable mode, and with the
//! connection limits raised (every client comes from loopback). Joins are rate-limited per
//! address (30 a minute), so each room joins from an address of its own in 127.0.0.0/8, as
//! its tablets would from theirs.
//!
//! Reported per run: peak memory (VmHWM) of the server process(es) over the whole run, and the
//! CPU seconds over the measured window used by the server(s), by this benchmark, and by the
//! rest of the machine (PostgreSQL's backends, when used, are in the rest).
//! Figures and the machine they came from go in BENCHMARKS.md.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use e2e::binary::{Binary, Running, cpu_ticks};
use futures_util::StreamExt;
use hdrhistogram::Histogram;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::{Instant, sleep_until};

const GROUPS: usize = 6;
const TABLETS: usize = 15;
/// Stakeholders each durable writer updates in turn.
const WRITER_STAKEHOLDERS: usize = 8;
/// Rooms (or writers) set up at once during the ramp-up.
const SETUP_AT_ONCE: usize = 8;
/// Clock ticks a second in /proc's figures (USER_HZ, 100 on Linux's usual platforms).
const TICKS: f64 = 100.0;

const ORGANISATIONS: [&str; 6] = [
    "Министерство юстиции Кыргызской Республики",
    "Государственное агентство охраны окружающей среды и лесного хозяйства",
    "Ассоциация местных самоуправлений Иссык-Кульской области",
    "Общественный фонд «Центр поддержки гражданских инициатив»",
    "Представительство Программы развития ООН в Кыргызской Республике",
    "Мэрия города Бишкек, управление социального развития",
];

// ---------------------------------------------------------------------------------------------
// Settings

#[derive(Clone, Debug)]
enum Store {
    Sled,
    Postgres(String),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Routing {
    /// A room's tablets alternate between the instances.
    Spread,
    /// A room's devices all use one instance.
    Room,
}

struct Settings {
    store: Store,
    instances: usize,
    routing: Routing,
    /// Cores each server may use, when limited.
    cpu: Option<f64>,
    durable: bool,
    /// Room counts, or writer counts in durable mode.
    counts: Vec<usize>,
    warmup: Duration,
    window: Duration,
    grace: Duration,
    p99_limit_ms: f64,
    in_flight: usize,
}

fn var(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_owned())
}

fn seconds(name: &str, default: &str) -> Duration {
    let raw = var(name, default);
    Duration::from_secs_f64(
        raw.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={raw}: seconds expected")),
    )
}

fn list(name: &str, default: &str) -> Vec<usize> {
    let raw = var(name, default);
    raw.split(',')
        .map(|n| {
            n.trim()
                .parse()
                .unwrap_or_else(|_| panic!("{name}={raw}: a comma list of counts expected"))
        })
        .collect()
}

impl Settings {
    fn from_env() -> Self {
        let store = match var("ROOMBENCH_STORE", "sled").as_str() {
            "sled" => Store::Sled,
            url if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Store::Postgres(url.to_owned())
            }
            other => panic!("ROOMBENCH_STORE={other}: `sled` or a postgres:// URL expected"),
        };
        let instances: usize = var("ROOMBENCH_INSTANCES", "1")
            .parse()
            .expect("ROOMBENCH_INSTANCES: 1 or 2");
        assert!((1..=2).contains(&instances), "ROOMBENCH_INSTANCES: 1 or 2");
        assert!(
            instances == 1 || matches!(store, Store::Postgres(_)),
            "ROOMBENCH_INSTANCES=2 needs ROOMBENCH_STORE=postgres://…"
        );
        let routing = match var("ROOMBENCH_ROUTING", "spread").as_str() {
            "spread" => Routing::Spread,
            "room" => Routing::Room,
            other => panic!("ROOMBENCH_ROUTING={other}: `spread` or `room` expected"),
        };
        let cpu = std::env::var("ROOMBENCH_CPU")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .map(|v| {
                v.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|c| *c > 0.0)
                    .unwrap_or_else(|| panic!("ROOMBENCH_CPU={v}: cores, e.g. 0.5"))
            });
        let durable = match var("ROOMBENCH_MODE", "rooms").as_str() {
            "rooms" => false,
            "durable" => true,
            other => panic!("ROOMBENCH_MODE={other}: `rooms` or `durable` expected"),
        };
        let counts = if durable {
            list("ROOMBENCH_WRITERS", "200")
        } else {
            list("ROOMBENCH_ROOMS", "50,100,200,300")
        };
        Self {
            store,
            instances,
            routing,
            cpu,
            durable,
            counts,
            warmup: seconds("ROOMBENCH_WARMUP", "15"),
            window: seconds("ROOMBENCH_WINDOW", "60"),
            grace: seconds("ROOMBENCH_GRACE", "5"),
            p99_limit_ms: var("ROOMBENCH_P99_LIMIT_MS", "100")
                .parse()
                .expect("ROOMBENCH_P99_LIMIT_MS: milliseconds"),
            in_flight: var("ROOMBENCH_IN_FLIGHT", "8")
                .parse()
                .expect("ROOMBENCH_IN_FLIGHT: a count"),
        }
    }

    fn store_name(&self) -> &'static str {
        match self.store {
            Store::Sled => "sled",
            Store::Postgres(_) => "PostgreSQL",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The servers

struct Servers {
    running: Vec<Running>,
    addrs: Vec<String>,
    /// The fresh database: the server's URL (to drop it from) and its name.
    database: Option<(String, String)>,
    cgroups: Vec<CpuLimit>,
    _dirs: Vec<tempfile::TempDir>,
}

impl Servers {
    async fn start(settings: &Settings) -> Self {
        let database = match &settings.store {
            Store::Sled => None,
            Store::Postgres(server) => Some(create_database(server).await),
        };
        let mut running = Vec::new();
        let mut dirs = Vec::new();
        let mut cgroups = Vec::new();
        // One after the other: the first applies the schema's migrations.
        for _ in 0..settings.instances {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut binary = Binary::new(Binary::configured("target/release/stakemap"), dir.path())
                .env("STAKEMAP_NO_DEMO", "true")
                .env("STAKEMAP_MAX_CONNECTIONS", "100000")
                .env("STAKEMAP_MAX_CONNECTIONS_PER_ADDRESS", "100000")
                .env("RUST_LOG", "error")
                .show_log();
            if settings.durable {
                // The writers send as fast as acks come back; the limit is not what is measured.
                binary = binary
                    .env("STAKEMAP_EDIT_RATE", "100000")
                    .env("STAKEMAP_EDIT_BURST", "100000");
            }
            if let Some((_, url, _)) = &database {
                binary = binary.env("STAKEMAP_STORE", url);
            }
            let server = binary.start().await;
            if let Some(cores) = settings.cpu {
                cgroups.push(CpuLimit::put(server.pid(), cores));
            }
            running.push(server);
            dirs.push(dir);
        }
        Self {
            addrs: running.iter().map(Running::addr).collect(),
            running,
            database: database.map(|(server, _, name)| (server, name)),
            cgroups,
            _dirs: dirs,
        }
    }

    fn pids(&self) -> Vec<u32> {
        self.running.iter().map(Running::pid).collect()
    }

    async fn stop(self) {
        for server in self.running {
            server.kill();
        }
        for cgroup in self.cgroups {
            cgroup.remove().await;
        }
        if let Some((server, name)) = self.database {
            let (client, connection) = tokio_postgres::connect(&server, tokio_postgres::NoTls)
                .await
                .expect("PostgreSQL answers");
            let driver = tokio::spawn(connection);
            if let Err(e) = client
                .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
            {
                eprintln!("could not drop the database {name}: {e}");
            }
            drop(client);
            let _ = driver.await;
        }
    }
}

/// A CPU cgroup of one server's own, limited to a share of the cores.
struct CpuLimit {
    dir: std::path::PathBuf,
}

impl CpuLimit {
    /// Moves `pid` (all its threads) into a new cgroup allowed `cores` of CPU time: cgroup v1's
    /// `cpu` hierarchy where mounted, else v2's `cpu.max`.
    fn put(pid: u32, cores: f64) -> Self {
        // Short periods: a server out of its quota waits at most the rest of 10 ms, not of 100.
        const PERIOD_US: u64 = 10_000;
        let quota = (cores * PERIOD_US as f64).round() as u64;
        let name = format!("roombench-{}-{pid}", std::process::id());
        let v1 = std::path::Path::new("/sys/fs/cgroup/cpu");
        let (dir, limit) = if v1.join("cpu.cfs_quota_us").exists() {
            (v1.join(&name), None)
        } else {
            (
                std::path::Path::new("/sys/fs/cgroup").join(&name),
                Some(format!("{quota} {PERIOD_US}")),
            )
        };
        let write = |file: &str, value: &str| {
            std::fs::write(dir.join(file), value).unwrap_or_else(|e| {
                panic!(
                    "ROOMBENCH_CPU: writing {}: {e} (needs root and a cpu cgroup)",
                    dir.join(file).display()
                )
            });
        };
        std::fs::create_dir(&dir).unwrap_or_else(|e| {
            panic!(
                "ROOMBENCH_CPU: creating {}: {e} (needs root and a cpu cgroup)",
                dir.display()
            )
        });
        match limit {
            None => {
                write("cpu.cfs_period_us", &PERIOD_US.to_string());
                write("cpu.cfs_quota_us", &quota.to_string());
            }
            Some(max) => write("cpu.max", &max),
        }
        write("cgroup.procs", &pid.to_string());
        Self { dir }
    }

    /// Removes the cgroup once its (killed) process has left it.
    async fn remove(self) {
        for _ in 0..50 {
            if std::fs::remove_dir(&self.dir).is_ok() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        eprintln!("could not remove the cgroup {}", self.dir.display());
    }
}

/// A fresh database on the PostgreSQL at `server`: `(server, the new database's URL, its
/// name)`.
async fn create_database(server: &str) -> (String, String, String) {
    let (client, connection) = tokio_postgres::connect(server, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at ROOMBENCH_STORE does not answer: {e}"));
    let driver = tokio::spawn(connection);
    let name = format!("rb_{:016x}", rand::rng().random::<u64>());
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .expect("a database is created");
    drop(client);
    let _ = driver.await;
    let (address, query) = match server.split_once('?') {
        Some((address, query)) => (address, format!("?{query}")),
        None => (server, String::new()),
    };
    let (base, _) = address.rsplit_once('/').expect("a URL with a database");
    let url = format!("{base}/{name}{query}");
    (server.to_owned(), url, name)
}

// ---------------------------------------------------------------------------------------------
// Measures of the processes

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

/// Ticks the whole machine spent busy, every core together (/proc/stat).
fn machine_busy_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let cpu = stat.lines().next().unwrap_or_default();
    let values: Vec<u64> = cpu
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal (guest is already in user).
    let at = |n: usize| values.get(n).copied().unwrap_or(0);
    at(0) + at(1) + at(2) + at(5) + at(6) + at(7)
}

#[derive(Clone, Copy, Debug)]
struct Cpu {
    servers: u64,
    bench: u64,
    machine: u64,
}

impl Cpu {
    fn sample(pids: &[u32]) -> Self {
        Self {
            servers: pids.iter().map(|p| cpu_ticks(&p.to_string())).sum(),
            bench: cpu_ticks("self"),
            machine: machine_busy_ticks(),
        }
    }

    /// "server s / bench s / rest s (bench p % of the cores)" between two samples.
    fn between(before: Self, after: Self, window: Duration) -> String {
        let servers = after.servers.saturating_sub(before.servers) as f64 / TICKS;
        let bench = after.bench.saturating_sub(before.bench) as f64 / TICKS;
        let machine = after.machine.saturating_sub(before.machine) as f64 / TICKS;
        let rest = (machine - servers - bench).max(0.0);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
        let capacity = cores * window.as_secs_f64();
        format!(
            "{servers:.1} / {bench:.1} / {rest:.1} (bench {:.0} % of {cores:.0} cores)",
            100.0 * bench / capacity
        )
    }
}

fn peak_memory(pids: &[u32]) -> String {
    pids.iter()
        .map(|p| format!("{}", peak_memory_kib(*p) / 1024))
        .collect::<Vec<_>>()
        .join(" + ")
        + " MiB"
}

// ---------------------------------------------------------------------------------------------
// A minimal websocket client

/// A websocket client that speaks just enough of the protocol: the handshake, masked text
/// frames out (with a zero mask, which leaves the payload as it is), unmasked server frames
/// parsed straight from the socket, pings answered with pongs (the server closes a connection
/// silent for 70 s). Fragmented messages are not put together (the server sends none).
struct Ws {
    stream: TcpStream,
    buffer: Vec<u8>,
    /// Pong frames to send.
    pongs: Vec<u8>,
    closed: bool,
}

/// A client frame: FIN, `opcode`, masked with a zero key.
fn frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(payload.len() + 14);
    frame.push(0x80 | opcode);
    match payload.len() {
        n if n < 126 => frame.push(0x80 | n as u8),
        n if n <= usize::from(u16::MAX) => {
            frame.push(0x80 | 126);
            frame.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            frame.push(0x80 | 127);
            frame.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    frame.extend_from_slice(&[0, 0, 0, 0]);
    frame.extend_from_slice(payload);
    frame
}

impl Ws {
    /// Connects to the workshop's live feed, says `hello` with `token` and waits for the
    /// snapshot.
    async fn connect(addr: &str, workshop: &str, token: &str) -> Result<Self, String> {
        let mut stream = TcpStream::connect(addr)
            .await
            .map_err(|e| format!("connect: {e}"))?;
        stream.set_nodelay(true).expect("nodelay");
        let request = format!(
            "GET /api/v1/workshops/{workshop}/live HTTP/1.1\r\nHost: {addr}\r\n\
             Upgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        );
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| format!("handshake: {e}"))?;
        let mut ws = Ws {
            stream,
            buffer: Vec::with_capacity(16 * 1024),
            pongs: Vec::new(),
            closed: false,
        };
        let head_end = loop {
            ws.fill()
                .await
                .ok_or("connection closed during the handshake")?;
            if let Some(at) = ws.buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
        };
        if !ws.buffer.starts_with(b"HTTP/1.1 101") {
            return Err(format!(
                "upgrade refused: {}",
                String::from_utf8_lossy(&ws.buffer[..head_end]).trim()
            ));
        }
        ws.buffer.drain(..head_end);
        let hello = json!({"type": "hello", "since": null, "token": token}).to_string();
        ws.send(&hello).await.map_err(|e| format!("hello: {e}"))?;
        let mut snapshot = false;
        let mut refused = None;
        while !snapshot {
            if ws.fill().await.is_none() {
                return Err(refused.unwrap_or_else(|| "closed before the snapshot".into()));
            }
            ws.frames(|payload| {
                if payload.starts_with(br#"{"type":"snapshot""#) {
                    snapshot = true;
                } else if payload.starts_with(br#"{"type":"error""#) {
                    refused = Some(String::from_utf8_lossy(payload).into_owned());
                }
            });
            ws.flush().await.map_err(|e| format!("pong: {e}"))?;
        }
        Ok(ws)
    }

    /// Waits for more bytes from the server; `None` once the connection is over.
    async fn fill(&mut self) -> Option<()> {
        if self.closed {
            return None;
        }
        self.buffer.reserve(16 * 1024);
        // `read_buf` is cancel safe: a `select!` may drop this future.
        match self.stream.read_buf(&mut self.buffer).await {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(()),
        }
    }

    /// Hands every whole text frame's payload to `each`; keeps what is incomplete.
    fn frames(&mut self, mut each: impl FnMut(&[u8])) {
        let mut at = 0;
        loop {
            let b = &self.buffer[at..];
            if b.len() < 2 {
                break;
            }
            let (length, header) = match b[1] & 0x7f {
                126 if b.len() >= 4 => (usize::from(u16::from_be_bytes([b[2], b[3]])), 4),
                127 if b.len() >= 10 => (
                    u64::from_be_bytes(b[2..10].try_into().unwrap()) as usize,
                    10,
                ),
                126 | 127 => break,
                short => (usize::from(short), 2),
            };
            if b.len() < header + length {
                break;
            }
            let payload = &b[header..header + length];
            match b[0] & 0x0f {
                1 => each(payload),
                8 => self.closed = true,
                9 => self.pongs.extend_from_slice(&frame(0xA, payload)),
                _ => {}
            }
            at += header + length;
        }
        self.buffer.drain(..at);
    }

    /// Sends the pongs `frames` found due.
    async fn flush(&mut self) -> std::io::Result<()> {
        if !self.pongs.is_empty() {
            self.stream.write_all(&self.pongs).await?;
            self.pongs.clear();
        }
        Ok(())
    }

    async fn send(&mut self, text: &str) -> std::io::Result<()> {
        self.stream.write_all(&frame(0x1, text.as_bytes())).await
    }
}

/// The edit id in an `event`, `ack` or `rejected` message, found without parsing the JSON.
fn edit_id(payload: &[u8]) -> Option<&[u8]> {
    const KEY: &[u8] = br#""edit_id":""#;
    let start = payload.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
    let end = start + payload[start..].iter().position(|&b| b == b'"')?;
    Some(&payload[start..end])
}

/// Reads the schedule once the ramp-up is over, answering pings meanwhile; `None` when the
/// connection ended first.
async fn wait_for_schedule(
    ws: &mut Ws,
    schedule: &mut watch::Receiver<Option<Schedule>>,
) -> Option<Schedule> {
    loop {
        let current = *schedule.borrow_and_update();
        if current.is_some() {
            return current;
        }
        tokio::select! {
            changed = schedule.changed() => changed.ok()?,
            more = ws.fill() => {
                more?;
                ws.frames(|_| {});
                ws.flush().await.ok()?;
            }
        }
    }
}

/// When the clients start, when the measured window opens and closes, and when they stop.
#[derive(Clone, Copy, Debug)]
struct Schedule {
    go: Instant,
    from: Instant,
    to: Instant,
    finish: Instant,
}

impl Schedule {
    fn after_ramp_up(settings: &Settings) -> Self {
        let go = Instant::now() + Duration::from_millis(500);
        let from = go + settings.warmup;
        let to = from + settings.window;
        Self {
            go,
            from,
            to,
            finish: to + settings.grace,
        }
    }

    fn measured(&self, at: Instant) -> bool {
        at >= self.from && at < self.to
    }
}

// ---------------------------------------------------------------------------------------------
// What went wrong

#[derive(Default, Debug)]
struct Errors {
    /// Clients that could not join or connect.
    setup: u64,
    /// Edits answered `rejected`.
    rejected: u64,
    /// `error` messages, and `storage` saying the server cannot save.
    messages: u64,
    /// Connections the server ended, or that failed, before the end.
    dropped: u64,
    /// Edits sent in the window whose event never reached the projector (or ack the writer).
    missing: u64,
    /// A tablet's edits (any, warm-up too) neither acknowledged nor refused by the end.
    unanswered: u64,
    /// Snapshots sent again to a client that fell behind (not counted as errors).
    resnapshots: u64,
}

impl Errors {
    fn total(&self) -> u64 {
        self.setup + self.rejected + self.messages + self.dropped + self.missing + self.unanswered
    }

    fn add(&mut self, other: &Errors) {
        self.setup += other.setup;
        self.rejected += other.rejected;
        self.messages += other.messages;
        self.dropped += other.dropped;
        self.missing += other.missing;
        self.unanswered += other.unanswered;
        self.resnapshots += other.resnapshots;
    }

    /// What a client's message says about errors.
    fn note(&mut self, payload: &[u8]) {
        if payload.starts_with(br#"{"type":"rejected""#) {
            self.rejected += 1;
            report_once(payload);
        } else if payload.starts_with(br#"{"type":"error""#)
            || payload.starts_with(br#"{"type":"storage","writable":false"#)
        {
            self.messages += 1;
            report_once(payload);
        } else if payload.starts_with(br#"{"type":"snapshot""#) {
            self.resnapshots += 1;
        }
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        for (n, what) in [
            (self.setup, "not connected"),
            (self.rejected, "refused"),
            (self.messages, "error messages"),
            (self.dropped, "dropped sockets"),
            (self.missing, "never reached the room"),
            (self.unanswered, "unanswered"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        let mut text = if parts.is_empty() {
            "0".to_owned()
        } else {
            parts.join(", ")
        };
        if self.resnapshots > 0 {
            text.push_str(&format!(" ({} resnapshots)", self.resnapshots));
        }
        text
    }
}

/// Prints the first few server complaints, so a run's errors can be told apart.
fn report_once(payload: &[u8]) {
    use std::sync::atomic::{AtomicU32, Ordering};
    static SHOWN: AtomicU32 = AtomicU32::new(0);
    if SHOWN.fetch_add(1, Ordering::Relaxed) < 5 {
        let text = String::from_utf8_lossy(payload);
        eprintln!(
            "server said: {}",
            text.chars().take(300).collect::<String>()
        );
    }
}

fn setup_failed(what: &str, e: &str) {
    use std::sync::atomic::{AtomicU32, Ordering};
    static SHOWN: AtomicU32 = AtomicU32::new(0);
    if SHOWN.fetch_add(1, Ordering::Relaxed) < 5 {
        eprintln!("{what} failed: {e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Rooms

/// The address a room's devices join from: one of its own in 127.0.0.0/8, since joins are
/// limited per address.
fn room_address(room: usize) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(
        127,
        1 + (room / 62_500) as u8,
        (room / 250 % 250) as u8,
        (room % 250) as u8 + 1,
    ))
}

async fn post(client: &reqwest::Client, url: &str, body: Value) -> Result<Value, String> {
    let response = client
        .post(url)
        .json(&body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    let body: Value = response.json().await.map_err(|e| e.to_string())?;
    if status.is_success() {
        Ok(body)
    } else {
        Err(format!("{status}: {body}"))
    }
}

/// What one tablet does: its room, its number in the room, its group.
struct Tablet {
    room: usize,
    index: usize,
    group: String,
}

#[derive(Default)]
struct TabletReport {
    /// Every edit sent, with when.
    sent: Vec<(String, Instant)>,
    acked: u64,
    errors: Errors,
}

#[derive(Default)]
struct ProjectorReport {
    /// Every event's edit id, with when it arrived.
    arrivals: Vec<(String, Instant)>,
    errors: Errors,
}

struct RoomTasks {
    tablets: Vec<tokio::task::JoinHandle<TabletReport>>,
    projector: Option<tokio::task::JoinHandle<ProjectorReport>>,
    setup: u64,
}

/// Creates room `r`, joins its tablets, connects everyone and starts their tasks (which wait
/// for the schedule).
async fn set_up_room(
    r: usize,
    addrs: &[String],
    routing: Routing,
    schedule: watch::Receiver<Option<Schedule>>,
) -> RoomTasks {
    let mut tasks = RoomTasks {
        tablets: Vec::new(),
        projector: None,
        setup: 0,
    };
    let client = reqwest::Client::builder()
        .local_address(room_address(r))
        .build()
        .expect("a client");
    let home = &addrs[r % addrs.len()];
    let groups: Vec<String> = (1..=GROUPS).map(|g| format!("Группа {g}")).collect();
    let created = match post(
        &client,
        &format!("http://{home}/api/v1/workshops"),
        json!({"title": format!("Семинар {r}: картирование заинтересованных сторон"), "groups": groups}),
    )
    .await
    {
        Ok(created) => created,
        Err(e) => {
            setup_failed("creating a room", &e);
            tasks.setup += (TABLETS + 1) as u64;
            return tasks;
        }
    };
    let id = created["id"].as_str().expect("id").to_owned();
    let key = created["moderator_key"].as_str().expect("key").to_owned();
    match Ws::connect(home, &id, &key).await {
        Ok(ws) => tasks.projector = Some(tokio::spawn(projector(ws, schedule.clone()))),
        Err(e) => {
            setup_failed("the projector", &e);
            tasks.setup += 1;
        }
    }
    for index in 0..TABLETS {
        // Groups 1–3 get 3 tablets, groups 4–6 get 2.
        let group = &created["groups"][index % GROUPS];
        let addr = match routing {
            Routing::Spread => &addrs[(r + index + 1) % addrs.len()],
            Routing::Room => home,
        };
        let joined = post(
            &client,
            &format!("http://{addr}/api/v1/join"),
            json!({"code": group["join_code"]}),
        )
        .await;
        let token = match joined {
            Ok(joined) => joined["token"].as_str().expect("token").to_owned(),
            Err(e) => {
                setup_failed("joining", &e);
                tasks.setup += 1;
                continue;
            }
        };
        match Ws::connect(addr, &id, &token).await {
            Ok(ws) => {
                let tablet = Tablet {
                    room: r,
                    index,
                    group: group["id"].as_str().expect("group id").to_owned(),
                };
                tasks
                    .tablets
                    .push(tokio::spawn(tablet_task(ws, tablet, schedule.clone())));
            }
            Err(e) => {
                setup_failed("a tablet", &e);
                tasks.setup += 1;
            }
        }
    }
    tasks
}

fn add_stakeholder(edit_id: &str, stakeholder: &str, group: &str, name: &str, score: u8) -> String {
    json!({"type": "edit", "edit": {"id": edit_id, "change": {"op": "add_stakeholder",
        "id": stakeholder, "group": group,
        "fields": {"name": name, "category": "state", "level": "national",
                   "interest": score, "influence": 6 - score}}}})
    .to_string()
}

fn update_scores(edit_id: &str, stakeholder: &str, interest: u8, influence: u8) -> String {
    json!({"type": "edit", "edit": {"id": edit_id, "change": {"op": "update_stakeholder",
        "id": stakeholder, "patch": {"interest": interest, "influence": influence}}}})
    .to_string()
}

/// A tablet: edits at workshop pace until the window closes, drains its socket until the end.
async fn tablet_task(
    mut ws: Ws,
    tablet: Tablet,
    mut schedule: watch::Receiver<Option<Schedule>>,
) -> TabletReport {
    let mut report = TabletReport::default();
    let Some(s) = wait_for_schedule(&mut ws, &mut schedule).await else {
        report.errors.dropped += 1;
        return report;
    };
    let mut rng = StdRng::seed_from_u64((tablet.room * 100 + tablet.index) as u64);
    let mut next = s.go + Duration::from_secs_f64(rng.random_range(0.0..5.0));
    let mut own: Vec<String> = Vec::new();
    let mut n = 0usize;
    loop {
        let wake = if next < s.to { next } else { s.finish };
        tokio::select! {
            more = ws.fill() => {
                if more.is_none() {
                    report.errors.dropped += 1;
                    break;
                }
                ws.frames(|payload| {
                    if payload.starts_with(br#"{"type":"ack""#) {
                        report.acked += 1;
                    } else {
                        report.errors.note(payload);
                    }
                });
                if ws.flush().await.is_err() {
                    report.errors.dropped += 1;
                    break;
                }
            }
            () = sleep_until(wake) => {
                if wake >= s.finish {
                    break;
                }
                let id = format!("r{}t{}e{n}", tablet.room, tablet.index);
                let text = if own.is_empty() || (n.is_multiple_of(6) && own.len() < 10) {
                    let stakeholder = uuid::Uuid::new_v4().to_string();
                    let organisation = ORGANISATIONS[(tablet.index + own.len()) % ORGANISATIONS.len()];
                    let name = format!(
                        "{organisation} — отдел №{}",
                        tablet.room * 1000 + tablet.index * 10 + own.len() + 1
                    );
                    let text = add_stakeholder(&id, &stakeholder, &tablet.group, &name, rng.random_range(1..=5));
                    own.push(stakeholder);
                    text
                } else {
                    let which = &own[rng.random_range(0..own.len())];
                    update_scores(&id, which, rng.random_range(1..=5), rng.random_range(1..=5))
                };
                let at = Instant::now();
                if ws.send(&text).await.is_err() {
                    report.errors.dropped += 1;
                    break;
                }
                report.sent.push((id, at));
                n += 1;
                next += Duration::from_secs_f64(rng.random_range(2.0..5.0));
            }
        }
    }
    report
}

/// A room's projector: notes when each event arrived, by its edit id.
async fn projector(mut ws: Ws, mut schedule: watch::Receiver<Option<Schedule>>) -> ProjectorReport {
    let mut report = ProjectorReport::default();
    let Some(s) = wait_for_schedule(&mut ws, &mut schedule).await else {
        report.errors.dropped += 1;
        return report;
    };
    loop {
        tokio::select! {
            more = ws.fill() => {
                let at = Instant::now();
                if more.is_none() {
                    report.errors.dropped += 1;
                    break;
                }
                let (arrivals, errors) = (&mut report.arrivals, &mut report.errors);
                ws.frames(|payload| {
                    if payload.starts_with(br#"{"type":"event""#) {
                        if let Some(id) = edit_id(payload) {
                            arrivals.push((String::from_utf8_lossy(id).into_owned(), at));
                        }
                    } else {
                        errors.note(payload);
                    }
                });
                if ws.flush().await.is_err() {
                    report.errors.dropped += 1;
                    break;
                }
            }
            () = sleep_until(s.finish) => break,
        }
    }
    report
}

fn ms(micros: u64) -> f64 {
    micros as f64 / 1000.0
}

/// One run with `rooms` rooms on fresh servers: its table row, and whether to go on.
async fn run_rooms(settings: &Settings, rooms: usize) -> bool {
    let servers = Servers::start(settings).await;
    let pids = servers.pids();
    let (tx, rx) = watch::channel(None);
    let ramp_up = Instant::now();
    let addrs = servers.addrs.clone();
    let all: Vec<RoomTasks> = futures_util::stream::iter(0..rooms)
        .map(|r| set_up_room(r, &addrs, settings.routing, rx.clone()))
        .buffer_unordered(SETUP_AT_ONCE)
        .collect()
        .await;
    let clients: usize = all
        .iter()
        .map(|t| t.tablets.len() + usize::from(t.projector.is_some()))
        .sum();
    eprintln!(
        "{rooms} rooms: {clients} clients connected in {:.1} s; warm-up {:.0} s, window {:.0} s",
        ramp_up.elapsed().as_secs_f64(),
        settings.warmup.as_secs_f64(),
        settings.window.as_secs_f64()
    );
    let s = Schedule::after_ramp_up(settings);
    tx.send(Some(s)).expect("the clients listen");
    sleep_until(s.from).await;
    let before = Cpu::sample(&pids);
    sleep_until(s.to).await;
    let after = Cpu::sample(&pids);

    let mut errors = Errors::default();
    let mut sent = Vec::new();
    let mut arrivals = HashMap::new();
    for room in all {
        errors.setup += room.setup;
        for tablet in room.tablets {
            let report = tablet.await.expect("a tablet");
            errors.add(&report.errors);
            errors.unanswered +=
                (report.sent.len() as u64).saturating_sub(report.acked + report.errors.rejected);
            sent.extend(report.sent);
        }
        if let Some(projector) = room.projector {
            let report = projector.await.expect("a projector");
            errors.add(&report.errors);
            arrivals.extend(report.arrivals);
        }
    }
    let memory = peak_memory(&pids);
    servers.stop().await;

    let mut histogram = Histogram::<u64>::new(3).expect("a histogram");
    for (id, at) in sent.iter().filter(|(_, at)| s.measured(*at)) {
        match arrivals.get(id) {
            Some(arrived) => histogram
                .record(arrived.saturating_duration_since(*at).as_micros() as u64)
                .expect("recorded"),
            None => errors.missing += 1,
        }
    }
    let measured = histogram.len();
    let p99 = ms(histogram.value_at_quantile(0.99));
    let row = format!(
        "| {rooms} | {clients} | {measured} | {:.1} | {:.1} / {:.1} / {:.1} ms | {} | {memory} | {} |",
        measured as f64 / settings.window.as_secs_f64(),
        ms(histogram.value_at_quantile(0.5)),
        p99,
        ms(histogram.max()),
        errors.describe(),
        Cpu::between(before, after, settings.window),
    );
    println!("{row}");
    if errors.total() > 0 {
        println!("\nStopped: errors at {rooms} rooms.");
        false
    } else if measured == 0 || p99 > settings.p99_limit_ms {
        println!(
            "\nStopped: p99 {p99:.1} ms at {rooms} rooms is over {} ms.",
            settings.p99_limit_ms
        );
        false
    } else {
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Durable edits

#[derive(Default)]
struct WriterReport {
    acked: u64,
    latencies: Vec<u32>,
    errors: Errors,
}

/// Creates writer `w`'s workshop, connects with its key and adds the stakeholders it will
/// update; starts its task.
async fn set_up_writer(
    w: usize,
    addrs: &[String],
    in_flight: usize,
    schedule: watch::Receiver<Option<Schedule>>,
) -> Result<tokio::task::JoinHandle<WriterReport>, String> {
    let addr = &addrs[w % addrs.len()];
    let client = reqwest::Client::new();
    let created = post(
        &client,
        &format!("http://{addr}/api/v1/workshops"),
        json!({"title": format!("Запись {w}"), "groups": ["Группа 1"]}),
    )
    .await?;
    let id = created["id"].as_str().expect("id");
    let key = created["moderator_key"].as_str().expect("key");
    let group = created["groups"][0]["id"].as_str().expect("group");
    let mut ws = Ws::connect(addr, id, key).await?;
    let stakeholders: Vec<String> = (0..WRITER_STAKEHOLDERS)
        .map(|_| uuid::Uuid::new_v4().to_string())
        .collect();
    for (k, stakeholder) in stakeholders.iter().enumerate() {
        let name = format!("{} — отдел №{}", ORGANISATIONS[k % 6], w * 100 + k);
        let text = add_stakeholder(&format!("w{w}-add{k}"), stakeholder, group, &name, 3);
        ws.send(&text).await.map_err(|e| e.to_string())?;
    }
    let mut acked = 0;
    while acked < WRITER_STAKEHOLDERS {
        ws.fill().await.ok_or("closed while adding")?;
        let mut refused = None;
        ws.frames(|payload| {
            if payload.starts_with(br#"{"type":"ack""#) {
                acked += 1;
            } else if payload.starts_with(br#"{"type":"rejected""#) {
                refused = Some(String::from_utf8_lossy(payload).into_owned());
            }
        });
        if let Some(refused) = refused {
            return Err(refused);
        }
        ws.flush().await.map_err(|e| e.to_string())?;
    }
    Ok(tokio::spawn(writer_task(
        ws,
        w,
        stakeholders,
        in_flight,
        schedule,
    )))
}

/// A writer: keeps `in_flight` edits unacknowledged until the window closes.
async fn writer_task(
    mut ws: Ws,
    w: usize,
    stakeholders: Vec<String>,
    in_flight: usize,
    mut schedule: watch::Receiver<Option<Schedule>>,
) -> WriterReport {
    let mut report = WriterReport::default();
    let Some(s) = wait_for_schedule(&mut ws, &mut schedule).await else {
        report.errors.dropped += 1;
        return report;
    };
    sleep_until(s.go).await;
    let mut pending: HashMap<usize, Instant> = HashMap::new();
    let mut n = 0usize;
    let mut answered: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    loop {
        // Tops the edits in flight up, in one write.
        let now = Instant::now();
        while pending.len() < in_flight && now < s.to {
            let which = &stakeholders[n % stakeholders.len()];
            let text = update_scores(
                &format!("w{w}-{n}"),
                which,
                1 + (n % 5) as u8,
                1 + (n / 5 % 5) as u8,
            );
            out.extend_from_slice(&frame(0x1, text.as_bytes()));
            pending.insert(n, now);
            n += 1;
        }
        if !out.is_empty() {
            if ws.stream.write_all(&out).await.is_err() {
                report.errors.dropped += 1;
                break;
            }
            out.clear();
        }
        tokio::select! {
            more = ws.fill() => {
                let at = Instant::now();
                if more.is_none() {
                    report.errors.dropped += 1;
                    break;
                }
                let errors = &mut report.errors;
                ws.frames(|payload| {
                    let ack = payload.starts_with(br#"{"type":"ack""#);
                    if !ack {
                        errors.note(payload);
                    }
                    if ack || payload.starts_with(br#"{"type":"rejected""#) {
                        let number = edit_id(payload)
                            .and_then(|id| std::str::from_utf8(id).ok())
                            .and_then(|id| id.rsplit_once('-'))
                            .and_then(|(_, n)| n.parse().ok());
                        if let Some(number) = number {
                            answered.push(number);
                        }
                    }
                });
                for number in answered.drain(..) {
                    if let Some(sent) = pending.remove(&number)
                        && s.measured(at)
                    {
                        report.acked += 1;
                        report
                            .latencies
                            .push(at.saturating_duration_since(sent).as_micros() as u32);
                    }
                }
                if ws.flush().await.is_err() {
                    report.errors.dropped += 1;
                    break;
                }
            }
            () = sleep_until(s.finish) => break,
        }
    }
    // Sent before the window closed and never answered.
    report.errors.unanswered += pending.len() as u64;
    report
}

async fn run_durable(settings: &Settings, writers: usize) -> bool {
    let servers = Servers::start(settings).await;
    let pids = servers.pids();
    let (tx, rx) = watch::channel(None);
    let ramp_up = Instant::now();
    let addrs = servers.addrs.clone();
    let results: Vec<_> = futures_util::stream::iter(0..writers)
        .map(|w| set_up_writer(w, &addrs, settings.in_flight, rx.clone()))
        .buffer_unordered(SETUP_AT_ONCE)
        .collect()
        .await;
    let mut errors = Errors::default();
    let mut tasks = Vec::new();
    for result in results {
        match result {
            Ok(task) => tasks.push(task),
            Err(e) => {
                setup_failed("a writer", &e);
                errors.setup += 1;
            }
        }
    }
    eprintln!(
        "{writers} writers connected in {:.1} s; warm-up {:.0} s, window {:.0} s",
        ramp_up.elapsed().as_secs_f64(),
        settings.warmup.as_secs_f64(),
        settings.window.as_secs_f64()
    );
    let s = Schedule::after_ramp_up(settings);
    tx.send(Some(s)).expect("the writers listen");
    sleep_until(s.from).await;
    let before = Cpu::sample(&pids);
    sleep_until(s.to).await;
    let after = Cpu::sample(&pids);

    let mut histogram = Histogram::<u64>::new(3).expect("a histogram");
    let mut acked = 0;
    for task in tasks {
        let report = task.await.expect("a writer");
        acked += report.acked;
        errors.add(&report.errors);
        for micros in report.latencies {
            histogram.record(u64::from(micros)).expect("recorded");
        }
    }
    let memory = peak_memory(&pids);
    servers.stop().await;
    let row = format!(
        "| {writers} × {} | {acked} | {:.0} | {:.1} / {:.1} / {:.1} ms | {} | {memory} | {} |",
        settings.in_flight,
        acked as f64 / settings.window.as_secs_f64(),
        ms(histogram.value_at_quantile(0.5)),
        ms(histogram.value_at_quantile(0.99)),
        ms(histogram.max()),
        errors.describe(),
        Cpu::between(before, after, settings.window),
    );
    println!("{row}");
    if errors.total() > 0 {
        println!("\nStopped: errors with {writers} writers.");
    }
    errors.total() == 0
}

#[tokio::main]
async fn main() {
    // Thousands of sockets, on top of what the shell allows by default.
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let settings = Settings::from_env();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let limit = settings
        .cpu
        .map(|c| format!(", each server limited to {c} cores"))
        .unwrap_or_default();
    println!(
        "roombench: {}, {} instance(s) ({:?} routing{limit}), {} cores shared by server(s) and clients; warm-up {:.0} s, window {:.0} s",
        settings.store_name(),
        settings.instances,
        settings.routing,
        cores,
        settings.warmup.as_secs_f64(),
        settings.window.as_secs_f64()
    );
    if settings.durable {
        println!(
            "\n| writers × in flight | acked edits in window | acked edits/s | ack p50 / p99 / max | errors | server peak memory | CPU s in window: server / bench / rest |\n|---|---|---|---|---|---|---|"
        );
    } else {
        println!(
            "\n| rooms | live clients | edits measured | edits/s | edit → room p50 / p99 / max | errors | server peak memory | CPU s in window: server / bench / rest |\n|---|---|---|---|---|---|---|---|"
        );
    }
    for &count in &settings.counts {
        let go_on = if settings.durable {
            run_durable(&settings, count).await
        } else {
            run_rooms(&settings, count).await
        };
        if !go_on {
            break;
        }
    }
}
