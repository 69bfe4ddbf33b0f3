//! Page loads as a crowded hotel Wi-Fi gives them (a benchmark, not a test): headless Chromium
//! with the network throttled to 2 Mbit/s each way and 40 ms added latency and the CPU slowed
//! 4× (a tablet's share of one access point), every load a tablet's first visit (a fresh
//! profile: its cache starts empty). It records, as the median of a few fresh browsers (`e2e::pageload`):
//!
//! - the home page (where a tablet types its group's code): time until it is interactive
//!   (`performance.mark("hydrated")`) and the bytes over the wire until then;
//! - a join link opened fresh (`/join/<code>`, what a tablet's QR scan opens): time from the
//!   link until the group's list shows its 25 stakeholders, interactive; the join page's bytes
//!   and the group page's until then; then the grid tab: time from the tap to the first
//!   marker, and its bytes;
//! - each file the pages fetched, with its size as sent (brotli where the browser asked);
//! - 50 tablets at once on loopback (no throttling), each loading the home page's files and
//!   the group page's: the bytes sent, the wall time and the server's CPU time.
//!
//! ```sh
//! cargo build --release -p server --bin stakemap      # and the release site, see BENCHMARKS.md
//! STAKEMAP_BIN=target/release/stakemap LEPTOS_SITE_ROOT=target/site-release \
//!     cargo run --release -p e2e --example pageload
//! ```
//! Settings: `PAGELOAD_RUNS` (3), `PAGELOAD_TABLETS` (50). The times come from the page's own
//! clock (`performance.now()` at the moment a mutation shows the condition), so the driver's
//! polling adds nothing to them.

use std::time::Instant;

use e2e::Server;
use e2e::binary::cpu_ticks;
use e2e::pageload::{self, Load, STAKEHOLDERS};

const KBIT_S: u32 = 2_000;
const RTT_MS: u32 = 40;
const CPU_SLOWDOWN: u32 = 4;
const THROTTLE: Option<(u32, u32, u32)> = Some((KBIT_S, RTT_MS, CPU_SLOWDOWN));

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn report(what: &str, loads: &[&Load]) {
    let ms = median(loads.iter().map(|l| l.ms).collect());
    let kb = median(loads.iter().map(|l| l.bytes as f64 / 1000.0).collect());
    let each: Vec<String> = loads.iter().map(|l| format!("{:.0}", l.ms)).collect();
    println!(
        "| {what} | {ms:.0} ms (runs: {}) | {kb:.1} KB |",
        each.join(", ")
    );
}

/// `tablets` first loads of `files` at once, as a browser asks for them.
async fn crowd(server: &Server, files: &[String], tablets: usize) {
    let client = reqwest::Client::new();
    let pid = server.pid().expect("the server runs");
    let (ticks, started) = (cpu_ticks(&pid.to_string()), Instant::now());
    let loads = (0..tablets).map(|_| {
        let client = client.clone();
        async move {
            let mut bytes = 0;
            for path in files {
                let response = client
                    .get(format!("{}{path}", server.base))
                    .header("accept-encoding", "br, gzip")
                    .send()
                    .await
                    .expect("the server answers");
                bytes += response.bytes().await.expect("a body").len();
            }
            bytes
        }
    });
    let bytes: usize = futures_util::future::join_all(loads)
        .await
        .into_iter()
        .sum();
    let wall = started.elapsed();
    let cpu_s = (cpu_ticks(&pid.to_string()) - ticks) as f64 / 100.0;
    println!(
        "\n{tablets} tablets at once, each loading the home page's and the group page's files (loopback, {} files each): {:.1} MB sent, {:.2} s, server CPU {:.2} s",
        files.len(),
        bytes as f64 / 1e6,
        wall.as_secs_f64(),
        cpu_s
    );
}

#[tokio::main]
async fn main() {
    let runs = env_number("PAGELOAD_RUNS", 3);
    let tablets = env_number("PAGELOAD_TABLETS", 50);
    let server = Server::start().await;
    let code = pageload::room(&server).await;
    println!(
        "pageload: {KBIT_S} kbit/s each way, +{RTT_MS} ms, CPU ÷{CPU_SLOWDOWN}; median of {runs} fresh browsers; {STAKEHOLDERS} stakeholders in the group\n"
    );
    println!("| page | time | bytes over the wire |\n|---|---|---|");
    let mut homes = Vec::new();
    let mut joins = Vec::new();
    for _ in 0..runs {
        homes.push(pageload::home(&server, THROTTLE).await);
        joins.push(pageload::join(&server, &code, THROTTLE, None).await);
    }
    report("home page, interactive", &homes.iter().collect::<Vec<_>>());
    report(
        "join link → group's list interactive (bytes: the group page's)",
        &joins.iter().map(|j| &j.list).collect::<Vec<_>>(),
    );
    report(
        "then the grid tab → first marker",
        &joins.iter().map(|j| &j.grid).collect::<Vec<_>>(),
    );
    let join_kb = median(
        joins
            .iter()
            .map(|j| j.join_page_bytes as f64 / 1000.0)
            .collect(),
    );
    println!("\nThe join page itself (before the group page): {join_kb:.1} KB");
    for (what, files) in [
        ("home page", &homes[0].files),
        ("group page until its list", &joins[0].list.files),
        ("group page with its grid", &joins[0].grid.files),
    ] {
        println!("\nFiles of the {what} (first run), bytes as sent:");
        for (path, bytes) in files {
            println!("- {path}: {bytes}");
        }
    }
    let mut files: Vec<String> = homes[0].files.iter().map(|(p, _)| p.clone()).collect();
    for (path, _) in &joins[0].list.files {
        // The group page's own files; its API calls and the join are not static files.
        if !path.starts_with("/api/") && !files.contains(path) {
            files.push(path.clone());
        }
    }
    crowd(&server, &files, tablets).await;
}
