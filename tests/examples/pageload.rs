//! Page loads as a crowded hotel Wi-Fi gives them (a benchmark, not a test): headless Chromium
//! with the network throttled to 2 Mbit/s each way and 40 ms added latency and the CPU slowed
//! 4× (a tablet's share of one access point), every load a first one (cache off, fresh
//! profile). It records, as the median of a few fresh browsers:
//!
//! - the home page (where a tablet types its group's code): time until it is interactive
//!   (the app's `performance.mark("hydrated")`) and the bytes over the wire until then;
//! - a join link opened fresh (`/join/<code>`, what a tablet's QR scan opens): time until the
//!   group's list shows its 25 stakeholders, interactive; then the grid tab: time from the tap
//!   to the first marker; bytes until the list and until the grid;
//! - each file the pages fetched, with its size as sent (brotli where the browser asked);
//! - 50 tablets loading the home page and its files at once on loopback (no throttling):
//!   the bytes sent, the wall time and the server's CPU time.
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

use e2e::binary::cpu_ticks;
use e2e::{Browser, Server};
use reqwest::Method;
use serde_json::json;

const STAKEHOLDERS: usize = 25;
const KBIT_S: u32 = 2_000;
const RTT_MS: u32 = 40;
const CPU_SLOWDOWN: u32 = 4;

/// Records, in the page's own clock, when the list and the grid became ready.
const WATCH: &str = r#"
(() => {
  const p = (window.__pageload = {});
  const check = () => {
    const hydrated = document.body && document.body.hasAttribute('data-hydrated');
    if (!hydrated) return;
    const now = performance.now();
    if (p.list === undefined &&
        document.querySelectorAll('[data-testid=stakeholder]').length >= WANT &&
        document.querySelector('[data-testid=add]')) p.list = now;
    if (p.gridFrom !== undefined && p.grid === undefined &&
        document.querySelector('[data-testid=grid] [data-testid=marker]')) p.grid = now;
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true});
})();
"#;

/// Bytes over the wire so far: the document and every file it fetched (`transferSize`, with
/// headers; the websocket not counted), and each file's name and size.
const BYTES: &str = r#"
const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
return entries.map(e => [e.name, e.transferSize, e.encodedBodySize]);
"#;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

async fn room(server: &Server) -> String {
    let groups: Vec<String> = (1..=6).map(|g| format!("Группа {g}")).collect();
    let w = server
        .api(
            Method::POST,
            "/workshops",
            None,
            Some(
                json!({"title": "Клуб женщин-депутатов местных кенешей Чуйской области",
                "groups": groups, "language": "ru"}),
            ),
        )
        .await;
    let names = [
        "Министерство труда, социального обеспечения и миграции Кыргызской Республики",
        "Айыл окмоту Ивановского айылного аймака",
        "Общественное объединение «Женщины-лидеры местного самоуправления»",
        "Программа развития ООН (ПРООН) в Кыргызской Республике",
        "Совет аксакалов села Кара-Балта",
    ];
    let categories = ["state", "international", "civil_society", "informal"];
    let levels = ["national", "local"];
    for n in 0..STAKEHOLDERS {
        let (category, level) = (categories[n % 4], levels[n % 2]);
        let body = json!({"group_id": w["groups"][0]["id"],
            "name": format!("{} №{}", names[n % names.len()], n + 1),
            "category": category, "level": level,
            "interest": 1 + n % 5, "influence": 1 + (n / 5) % 5,
            "interests": "Прозрачность местного бюджета и участие женщин в принятии решений",
            "cooperation": "Совместные слушания по бюджету, обмен данными"});
        server.add(&w, "stakeholders", body).await;
    }
    w["groups"][0]["join_code"]
        .as_str()
        .expect("a join code")
        .to_owned()
}

struct Load {
    ms: f64,
    bytes: u64,
    files: Vec<(String, u64)>,
}

async fn bytes_so_far(browser: &Browser) -> (u64, Vec<(String, u64)>) {
    let entries = browser.script(BYTES).await;
    let files: Vec<(String, u64)> = entries
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            let name = e[0].as_str().unwrap_or_default();
            let path = name.split_once("//").map_or(name, |(_, rest)| {
                rest.split_once('/').map_or("/", |(_, p)| p)
            });
            (
                format!("/{}", path.trim_start_matches('/')),
                e[1].as_u64().unwrap_or(0),
            )
        })
        .collect();
    (files.iter().map(|(_, b)| b).sum(), files)
}

async fn throttled_browser() -> Browser {
    let browser = Browser::tablet().await;
    browser.throttle(KBIT_S, RTT_MS, CPU_SLOWDOWN).await;
    let source = WATCH.replace("WANT", &STAKEHOLDERS.to_string());
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    browser
}

async fn home(server: &Server) -> Load {
    let browser = throttled_browser().await;
    browser.open(&format!("{}/", server.base)).await;
    let ms = browser
        .script("return performance.getEntriesByName('hydrated')[0].startTime;")
        .await
        .as_f64()
        .expect("the hydrated mark");
    let (bytes, files) = bytes_so_far(&browser).await;
    browser.close().await;
    Load { ms, bytes, files }
}

async fn group(server: &Server, code: &str) -> (Load, Load) {
    let browser = throttled_browser().await;
    browser.open(&format!("{}/join/{code}", server.base)).await;
    wait_for(
        &browser,
        "the group's list",
        "window.__pageload.list !== undefined",
    )
    .await;
    let list_ms = browser
        .script("return window.__pageload.list;")
        .await
        .as_f64()
        .expect("a time");
    let (list_bytes, list_files) = bytes_so_far(&browser).await;
    browser
        .script(
            "window.__pageload.gridFrom = performance.now();
             document.querySelector('[data-testid=tab-grid]').click();",
        )
        .await;
    wait_for(&browser, "the grid", "window.__pageload.grid !== undefined").await;
    let grid_ms = browser
        .script("return window.__pageload.grid - window.__pageload.gridFrom;")
        .await
        .as_f64()
        .expect("a time");
    let (grid_bytes, grid_files) = bytes_so_far(&browser).await;
    browser.close().await;
    (
        Load {
            ms: list_ms,
            bytes: list_bytes,
            files: list_files,
        },
        Load {
            ms: grid_ms,
            bytes: grid_bytes - list_bytes,
            files: grid_files,
        },
    )
}

/// Waits (up to a minute: a throttled first load is slow) until `js` is true in the page.
async fn wait_for(browser: &Browser, what: &str, js: &str) {
    let probe = format!("return Boolean({js});");
    let started = Instant::now();
    while browser.script(&probe).await != serde_json::Value::Bool(true) {
        assert!(
            started.elapsed().as_secs() < 60,
            "{what} did not come within a minute"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn report(what: &str, loads: &[Load]) {
    let ms = median(loads.iter().map(|l| l.ms).collect());
    let kb = median(loads.iter().map(|l| l.bytes as f64 / 1000.0).collect());
    let each: Vec<String> = loads.iter().map(|l| format!("{:.0}", l.ms)).collect();
    println!(
        "| {what} | {ms:.0} ms (runs: {}) | {kb:.1} KB |",
        each.join(", ")
    );
}

/// `tablets` first loads of the home page and `files` at once, as a browser asks for them.
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
        "\n{tablets} first loads of the home page at once (loopback, {} files each): {:.1} MB sent, {:.2} s, server CPU {:.2} s",
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
    let code = room(&server).await;
    println!(
        "pageload: {KBIT_S} kbit/s each way, +{RTT_MS} ms, CPU ÷{CPU_SLOWDOWN}; median of {runs} fresh browsers; {STAKEHOLDERS} stakeholders in the group\n"
    );
    println!("| page | time | bytes over the wire |\n|---|---|---|");
    let mut homes = Vec::new();
    let mut lists = Vec::new();
    let mut grids = Vec::new();
    for _ in 0..runs {
        homes.push(home(&server).await);
        let (list, grid) = group(&server, &code).await;
        lists.push(list);
        grids.push(grid);
    }
    report("home page, interactive", &homes);
    report("join link → group's list interactive", &lists);
    report("then the grid tab → first marker", &grids);
    println!("\nFiles (first run), bytes as sent:");
    for (path, bytes) in &grids[0].files {
        println!("- {path}: {bytes}");
    }
    let files: Vec<String> = homes[0].files.iter().map(|(p, _)| p.clone()).collect();
    crowd(&server, &files, tablets).await;
}
