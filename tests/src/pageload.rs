//! What a tablet's first loads cost, measured in headless Chromium: the home page, a join link
//! through to the group's list, then the grid tab. The page-load benchmark
//! (`examples/pageload.rs`) times them on a throttled link; the budget test
//! (`tests/budgets.rs`) holds their bytes to the budgets. Every load is a tablet's first visit:
//! a fresh browser whose cache starts empty, the service worker bypassed.

use std::time::Instant;

use reqwest::Method;
use serde_json::json;

use crate::{Browser, Server};

/// The group the loads open: a breakout group's worth of long Russian names.
pub const STAKEHOLDERS: usize = 25;

/// Records, in the page's own clock, when the list and the grid became ready. The first page
/// of a browser's run starts the clock, so a join link's time runs on through the group page it
/// leads to, and each page leaves the bytes it fetched for the next one (`sessionStorage`).
const WATCH: &str = r#"
(() => {
  const origin = performance.timeOrigin;
  if (!sessionStorage.getItem('pageloadStart')) sessionStorage.setItem('pageloadStart', String(origin));
  const p = (window.__pageload = {
    offset: origin - Number(sessionStorage.getItem('pageloadStart')),
    before: Number(sessionStorage.getItem('pageloadBytes') || 0),
  });
  addEventListener('pagehide', () => {
    // The page's own files; what it fetched ahead for the next page (its code and words)
    // counts with that page.
    const ahead = e => (e.name.includes('/pkg/') && !e.name.endsWith('.css')) || e.name.includes('/locales/');
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .filter(e => !ahead(e));
    const sent = entries.reduce((sum, e) => sum + e.transferSize, 0);
    sessionStorage.setItem('pageloadBytes', String(p.before + sent));
  });
  const check = () => {
    const hydrated = document.body && document.body.hasAttribute('data-hydrated');
    if (!hydrated) return;
    const now = performance.now();
    if (p.list === undefined &&
        document.querySelectorAll('[data-testid=stakeholder]').length >= WANT &&
        document.querySelector('[data-testid=add]')) p.list = now + p.offset;
    if (p.gridFrom !== undefined && p.grid === undefined &&
        document.querySelector('[data-testid=grid] [data-testid=marker]')) p.grid = now;
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true});
})();
"#;

/// Bytes over the wire so far for this page: the document and every file it used
/// (`transferSize`, with headers; the websocket not counted), and each file's name and size.
/// A file the page before fetched ahead comes from the cache (no transfer) or, with a plain
/// name, as a 304 (its headers only): at least its body's size as sent (`encodedBodySize`)
/// is counted here, since that body came over the wire for this page.
const BYTES: &str = r#"
const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
return entries.map(e => [e.name, Math.max(e.transferSize, e.encodedBodySize), e.startTime]);
"#;

/// One page load: when it was ready (ms from the first page's start) and what it fetched.
pub struct Load {
    pub ms: f64,
    pub bytes: u64,
    pub files: Vec<(String, u64)>,
}

/// A join link followed to the group's list, then the grid tab opened.
pub struct Join {
    /// The join page's own bytes (before it went on to the group page).
    pub join_page_bytes: u64,
    /// The group page until its list is interactive (the files asked for by then), timed
    /// from the join link.
    pub list: Load,
    /// From the tap on the grid tab to its first marker, and the bytes since the list (the
    /// forms' piece, fetched once the list shows, included).
    pub grid: Load,
}

/// A workshop of six groups, the first with [`STAKEHOLDERS`]; answers that group's join code.
pub async fn room(server: &Server) -> String {
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

/// A tablet's browser for first loads, on a link of `kbit_s` each way with `rtt_ms` added and
/// the CPU slowed `cpu_slowdown`×; `None` leaves the link and CPU as they are.
pub async fn browser(throttle: Option<(u32, u32, u32)>) -> Browser {
    let browser = Browser::tablet().await;
    browser.first_loads().await;
    if let Some((kbit_s, rtt_ms, cpu_slowdown)) = throttle {
        browser.throttle(kbit_s, rtt_ms, cpu_slowdown).await;
    }
    let source = WATCH.replace("WANT", &STAKEHOLDERS.to_string());
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    browser
}

/// Each file asked for before `until` (ms in the page's own clock), once (a preloaded script
/// shows twice), with its largest count.
async fn bytes_so_far(browser: &Browser, until: f64) -> (u64, Vec<(String, u64)>) {
    let entries = browser.script(BYTES).await;
    let mut files: Vec<(String, u64)> = entries
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e[2].as_f64().is_some_and(|started| started <= until))
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
    files.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    files.dedup_by(|later, first| later.0 == first.0);
    (files.iter().map(|(_, b)| b).sum(), files)
}

/// The home page, until it is interactive (`performance.mark("hydrated")`).
pub async fn home(server: &Server, throttle: Option<(u32, u32, u32)>) -> Load {
    let browser = browser(throttle).await;
    browser.open(&format!("{}/", server.base)).await;
    let ms = browser
        .script("return performance.getEntriesByName('hydrated')[0].startTime;")
        .await
        .as_f64()
        .expect("the hydrated mark");
    let (bytes, files) = bytes_so_far(&browser, ms).await;
    browser.close().await;
    Load { ms, bytes, files }
}

/// A join link opened fresh, through to the group's list, then its grid tab; on a device
/// that chose the language `lang` (its cookie), or none.
pub async fn join(
    server: &Server,
    code: &str,
    throttle: Option<(u32, u32, u32)>,
    lang: Option<&str>,
) -> Join {
    let browser = browser(throttle).await;
    if let Some(lang) = lang {
        browser
            .cdp(
                "Network.setCookie",
                json!({"name": "stakemap_lang", "value": lang, "url": server.base}),
            )
            .await;
    }
    browser.open(&format!("{}/join/{code}", server.base)).await;
    wait_for(
        &browser,
        "the group's list",
        "window.__pageload && window.__pageload.list !== undefined",
    )
    .await;
    let list_ms = browser
        .script("return window.__pageload.list;")
        .await
        .as_f64()
        .expect("a time");
    let join_page_bytes = browser
        .script("return window.__pageload.before;")
        .await
        .as_u64()
        .expect("the join page's bytes");
    // The page's own clock runs from the group page; the list's time from the join link.
    let list_here = browser
        .script("return window.__pageload.list - window.__pageload.offset;")
        .await
        .as_f64()
        .expect("a time");
    let (list_bytes, list_files) = bytes_so_far(&browser, list_here).await;
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
    let (grid_bytes, grid_files) = bytes_so_far(&browser, f64::INFINITY).await;
    browser.close().await;
    Join {
        join_page_bytes,
        list: Load {
            ms: list_ms,
            bytes: list_bytes,
            files: list_files,
        },
        grid: Load {
            ms: grid_ms,
            bytes: grid_bytes - list_bytes,
            files: grid_files,
        },
    }
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
