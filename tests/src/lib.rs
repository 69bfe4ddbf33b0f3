//! Harness for the browser tests: starts the real `stakemap` binary on a fresh data folder and
//! a headless Chromium through chromedriver, both on loopback, and stops both on drop.
//!
//! Run through `scripts/test.sh`, which builds the site first. Environment:
//! - `STAKEMAP_BIN`: the server binary (default `target/debug/stakemap`)
//! - `LEPTOS_SITE_ROOT`: the built site (default `target/site`)
//! - `CHROMEDRIVER`, `CHROMIUM`: the driver and browser (defaults `/usr/bin/…`)

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace holds this crate")
        .to_path_buf()
}

/// A path from the environment, taken relative to the workspace (tests run in their crate's
/// folder), or `default`.
fn env_path(var: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(var)
        .map(|p| workspace().join(p))
        .unwrap_or(default)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Polls `url` until it answers (bounded: 400 tries, 50 ms apart).
async fn wait_until_up(url: &str) {
    for _ in 0..400 {
        if reqwest::get(url)
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{url} did not come up");
}

struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// chromedriver and the Chromium it starts, in a process group of their own: a test that
/// panics before closing its session would otherwise leave Chromium running (it outlives
/// its driver), and a few failed runs fill two cores with orphaned browsers.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        use nix::sys::signal::{Signal, killpg};
        use nix::unistd::Pid;
        // The group is the driver's own (`process_group(0)`); never 0 or 1, which would
        // reach far beyond it.
        match i32::try_from(self.0.id()) {
            Ok(pid) if pid > 1 => {
                let _ = killpg(Pid::from_raw(pid), Signal::SIGKILL);
            }
            _ => {
                let _ = self.0.kill();
            }
        }
        let _ = self.0.wait();
    }
}

/// The real server on a fresh data folder.
pub struct Server {
    pub base: String,
    port: u16,
    process: Option<Process>,
    data: tempfile::TempDir,
}

impl Server {
    pub async fn start() -> Self {
        let data = tempfile::tempdir().expect("temp dir");
        let port = free_port();
        let mut server = Self {
            base: format!("http://127.0.0.1:{port}"),
            port,
            process: None,
            data,
        };
        server.run().await;
        server
    }

    /// Kills the server (SIGKILL): the room's laptop crashed, or the Wi-Fi is gone.
    pub fn kill(&mut self) {
        self.process.take();
    }

    /// Starts it again on the same address and data folder.
    pub async fn run(&mut self) {
        let (port, data) = (self.port, self.data.path());
        let bin = env_path("STAKEMAP_BIN", workspace().join("target/debug/stakemap"));
        let site = env_path("LEPTOS_SITE_ROOT", workspace().join("target/site"));
        assert!(
            site.join("pkg").exists(),
            "no built site at {}: run scripts/test.sh, which builds it",
            site.display()
        );
        let child = Command::new(&bin)
            .env("STAKEMAP_ADDR", format!("127.0.0.1:{port}"))
            .env("STAKEMAP_DATA", data)
            .env("LEPTOS_SITE_ROOT", &site)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        self.process = Some(Process(child));
        wait_until_up(&format!("{}/healthz", self.base)).await;
    }

    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> Value {
        let mut request =
            reqwest::Client::new().request(method, format!("{}/api/v1{path}", self.base));
        if let Some(key) = key {
            request = request.bearer_auth(key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the server answers");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.json().await.unwrap_or(Value::Null)
    }

    /// The stakeholders the server has stored for a workshop.
    pub async fn stakeholders(&self, id: &str, key: &str) -> Vec<Value> {
        let path = format!("/workshops/{id}");
        let workshop = self.api(reqwest::Method::GET, &path, Some(key), None).await;
        workshop["stakeholders"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// A workshop with two groups; returns the API's answer (id, moderator_key, groups).
    pub async fn workshop(&self) -> Value {
        let body = json!({"title": "Клуб депутатов-женщин", "groups": ["Группа 1", "Группа 2"], "language": "ru"});
        self.api(reqwest::Method::POST, "/workshops", None, Some(body))
            .await
    }
}

/// The contrast a page's text needs in [`Browser::axe_findings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contrast {
    /// axe's own rule (WCAG AA): 4.5:1, large text (18 pt, or 14 pt bold) 3:1.
    Screen,
    /// Text read from across a room: 4.5:1 whatever its size.
    Projected,
}

impl Contrast {
    /// The ratios normal and large text need.
    fn needs(self) -> (f64, f64) {
        match self {
            Contrast::Screen => (4.5, 3.0),
            Contrast::Projected => (4.5, 4.5),
        }
    }
}

/// The measuring of what axe leaves undecided (`contrast.js`), sent ahead of the scripts
/// that call it.
const CONTRAST_JS: &str = include_str!("contrast.js");

fn strings(list: &Value) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

/// Headless Debian Chromium at a tablet's size, driven through chromedriver.
pub struct Browser {
    pub client: Client,
    _driver: Driver,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn tablet() -> Self {
        Self::start(768, 1024).await
    }

    pub async fn start(width: u32, height: u32) -> Self {
        let port = free_port();
        let driver = Command::new(env_path("CHROMEDRIVER", "/usr/bin/chromedriver".into()))
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts (scripts/setup.sh --browser installs it)");
        let driver = Driver(driver);
        let url = format!("http://127.0.0.1:{port}");
        wait_until_up(&format!("{url}/status")).await;
        let profile = tempfile::tempdir().expect("temp dir");
        let chromium = env_path("CHROMIUM", "/usr/bin/chromium".into());
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--window-size={width},{height}"),
                ]
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&url)
            .await
            .expect("a browser session");
        client
            .set_window_size(width, height)
            .await
            .expect("window size");
        Self {
            client,
            _driver: driver,
            _profile: profile,
        }
    }

    /// Opens `url` and waits until the page has hydrated (the app marks `<body>`).
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("navigates");
        self.hydrated().await;
    }

    pub async fn hydrated(&self) {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("body[data-hydrated]"))
            .await
            .expect("the page hydrates");
    }

    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    /// Taps an element the way a person would: scrolled to the middle of the screen first, so
    /// the form's sticky action bar does not cover it.
    pub async fn tap(&self, css: &str) {
        let element = self.find(css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                vec![serde_json::to_value(&element).expect("element")],
            )
            .await
            .expect("scrolls");
        if let Err(e) = element.click().await {
            let shot = self.screenshot("tap-failed").await;
            panic!("tap {css}: {e} (screenshot: {})", shot.display());
        }
    }

    /// Saves a PNG of the page under `target/e2e/` and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = workspace().join("target/e2e");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(&path, png).expect("screenshot written");
        path
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clears");
        field.send_keys(text).await.expect("types");
    }

    /// Waits until the page says all its changes are on the server.
    pub async fn saved(&self) {
        self.find("[data-testid=sync-status][data-state=saved]")
            .await;
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    pub async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    pub async fn script(&self, js: &str) -> Value {
        self.client.execute(js, vec![]).await.expect("script runs")
    }

    /// Waits until `js` (an expression) is true in the page (bounded: 200 checks).
    pub async fn until(&self, what: &str, js: &str) {
        let probe = format!("return Boolean({js});");
        for _ in 0..200 {
            if self.script(&probe).await == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let shot = self.screenshot("until-timeout").await;
        panic!(
            "timed out waiting for {what} (screenshot: {})",
            shot.display()
        );
    }

    /// Resizes the window so the page itself gets `width` × `height` (a full-screen projector).
    pub async fn viewport(&self, width: u32, height: u32) {
        let chrome = self
            .script("return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];")
            .await;
        let extra = |i: usize| chrome[i].as_u64().unwrap_or(0) as u32;
        self.client
            .set_window_size(width + extra(0), height + extra(1))
            .await
            .expect("window size");
    }

    /// The centre of an element in viewport pixels (it is scrolled into view first).
    pub async fn center_of(&self, css: &str) -> (f64, f64) {
        let element = self.find(css).await;
        let rect = self
            .client
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});
                 const r = arguments[0].getBoundingClientRect();
                 return [r.left + r.width / 2, r.top + r.height / 2];",
                vec![serde_json::to_value(&element).expect("element")],
            )
            .await
            .expect("measures");
        (rect[0].as_f64().expect("x"), rect[1].as_f64().expect("y"))
    }

    /// A finger put down at `from`, moved to `to` in a few steps, and lifted.
    pub async fn touch_drag(&self, from: (f64, f64), to: (f64, f64)) {
        use fantoccini::actions::{InputSource, PointerAction, TouchActions};
        let mut finger = TouchActions::new("finger".into())
            .then(PointerAction::MoveTo {
                duration: None,
                x: from.0,
                y: from.1,
            })
            .then(PointerAction::Down { button: 0 });
        for k in 1..=5 {
            let t = f64::from(k) / 5.0;
            finger = finger.then(PointerAction::MoveTo {
                duration: Some(Duration::from_millis(30)),
                x: from.0 + (to.0 - from.0) * t,
                y: from.1 + (to.1 - from.1) * t,
            });
        }
        finger = finger.then(PointerAction::Up { button: 0 });
        self.client.perform_actions(finger).await.expect("drags");
        let _ = self.client.release_actions().await;
    }

    /// A key pressed and released on the keyboard (or a presentation clicker), as WebDriver
    /// sends real key events: `key` is a character or one of `fantoccini::key::Key`'s codes.
    pub async fn press(&self, key: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client.perform_actions(keys).await.expect("keys");
        let _ = self.client.release_actions().await;
    }

    /// Runs axe-core on the page as it is now and panics, with a screenshot, listing every
    /// serious or critical violation ([`Browser::axe_findings`]). `what` names the page in the
    /// messages and the screenshot.
    pub async fn axe(&self, what: &str) {
        self.axe_or_panic(what, Contrast::Screen).await;
    }

    /// [`Browser::axe`] for a projected page: all its text needs 4.5:1 ([`Contrast::Projected`]).
    pub async fn axe_projected(&self, what: &str) {
        self.axe_or_panic(what, Contrast::Projected).await;
    }

    async fn axe_or_panic(&self, what: &str, contrast: Contrast) {
        let failures = self.axe_findings(what, contrast).await;
        if failures.is_empty() {
            println!("axe, {what}: no serious or critical violation");
        } else {
            let name: String = what
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            let shot = self.screenshot(&format!("axe-{name}")).await;
            panic!(
                "{what}: axe found {} serious or critical violation(s) (screenshot {}):\n{}",
                failures.len(),
                shot.display(),
                failures.join("\n")
            );
        }
    }

    /// Runs axe-core (`.tools/node_modules/axe-core`, from `scripts/setup.sh --browser`) on the
    /// page as it is now, once its transitions have ended, and returns every serious or
    /// critical violation: its rule, what it asks, and the first few elements with axe's
    /// summary of what is wrong with each, and the pictures' text that lacks contrast
    /// ([`Browser::svg_text_contrast`], which axe cannot decide). Minor and moderate ones,
    /// and what axe could not decide, are printed, not returned.
    pub async fn axe_findings(&self, what: &str, contrast: Contrast) -> Vec<String> {
        static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let source = SOURCE.get_or_init(|| {
            let path = workspace().join(".tools/node_modules/axe-core/axe.min.js");
            std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (scripts/setup.sh --browser installs axe-core)",
                    path.display()
                )
            })
        });
        // Executing the file's source defines `window.axe`, as the Selenium integrations do;
        // once per page.
        if self.script("return typeof window.axe;").await != json!("object") {
            self.client
                .execute(source, vec![])
                .await
                .expect("axe-core loads into the page");
        }
        // Colours are measured as they are now: let transitions (a tab just chosen fades to its
        // colours) and other finite animations end first.
        self.until(
            "the page's transitions to end",
            "document.getAnimations().every(a => a.playState !== 'running'
                || a.effect?.getComputedTiming().iterations === Infinity)",
        )
        .await;
        // A large page takes axe a few seconds on two cores; WebDriver's default allows 30.
        let timeouts =
            fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(120)), None, None);
        self.client
            .update_timeouts(timeouts)
            .await
            .expect("script timeout");
        let (normal, large) = contrast.needs();
        let options = match contrast {
            Contrast::Screen => json!({}),
            Contrast::Projected => json!({"checks": {"color-contrast": {"options":
                {"contrastRatio": {"large": {"expected": 4.5}}}}}}),
        };
        let found = self
            .client
            .execute_async(
                &format!("{CONTRAST_JS}
                 const [extra, normal, large, done] = arguments;
                 const options = Object.assign({{resultTypes: ['violations', 'incomplete']}}, extra);
                 const summary = n => (n.failureSummary || '').replace(/\\s+/g, ' ');
                 const elements = v => v.nodes.map(n => document.querySelector(n.target[0]));
                 axe.run(document, options).then(
                     r => done({{
                         contrast: undecided(
                             r.incomplete.filter(v => v.id === 'color-contrast').flatMap(elements),
                             normal, large),
                         violations: r.violations.map(v => ({{
                             id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                             count: v.nodes.length,
                             nodes: v.nodes.slice(0, 4).map(n => ({{
                                 target: n.target.map(String).join(' '),
                                 html: n.html.slice(0, 160),
                                 summary: summary(n),
                             }})),
                         }})),
                         incomplete: r.incomplete.map(v => v.id + ': ' + v.nodes.length
                             + ' element(s), e.g. ' + v.nodes.slice(0, 3).map(n =>
                                 n.target.map(String).join(' ') + ' «' + n.html.slice(0, 80)
                                 + '» (' + summary(n) + ')').join('; ')),
                     }}),
                     e => done({{error: String(e && e.stack || e)}}));"),
                vec![options, json!(normal), json!(large)],
            )
            .await
            .expect("axe runs");
        if let Some(error) = found["error"].as_str() {
            panic!("{what}: axe failed: {error}");
        }
        let mut failures = Vec::new();
        for v in found["violations"].as_array().into_iter().flatten() {
            let impact = v["impact"].as_str().unwrap_or("unknown");
            let mut text = format!(
                "[{impact}] {}: {} — {} element(s) ({})",
                v["id"].as_str().unwrap_or_default(),
                v["help"].as_str().unwrap_or_default(),
                v["count"],
                v["helpUrl"].as_str().unwrap_or_default(),
            );
            for n in v["nodes"].as_array().into_iter().flatten() {
                text += &format!(
                    "\n    {} {}\n      {}",
                    n["target"].as_str().unwrap_or_default(),
                    n["html"].as_str().unwrap_or_default(),
                    n["summary"].as_str().unwrap_or_default(),
                );
            }
            if matches!(impact, "serious" | "critical") {
                failures.push(text);
            } else {
                println!("axe, {what}, not failed: {text}");
            }
        }
        for undecided in found["incomplete"].as_array().into_iter().flatten() {
            println!(
                "axe, {what}, undecided: {}",
                undecided.as_str().unwrap_or_default()
            );
        }
        // What axe leaves undecided, measured here: text on the page at worst, and the
        // pictures' text.
        for measured in strings(&found["contrast"]["measured"]) {
            println!("axe, {what}, undecided contrast measured at worst: {measured}");
        }
        let low = strings(&found["contrast"]["low"]);
        if !low.is_empty() {
            failures.push(format!(
                "[serious] undecided-text-contrast: text axe could not decide must meet the \
                 contrast {contrast:?} asks over whatever lies beneath — {} element(s)\n    {}",
                low.len(),
                low.join("\n    ")
            ));
        }
        let (low, lowest) = self.svg_text_contrast(contrast).await;
        if let Some(lowest) = lowest {
            println!("axe, {what}: the pictures' text, lowest contrast {lowest:.2}:1");
        }
        if !low.is_empty() {
            failures.push(format!(
                "[serious] svg-text-contrast: text in the pictures must meet the contrast \
                 {contrast:?} asks — {} text(s)\n    {}",
                low.len(),
                low.join("\n    ")
            ));
        }
        failures
    }

    /// The contrast of every word the page's SVG pictures show, which axe leaves undecided
    /// (their text stands over other shapes): the colour beneath three points of each word's
    /// box, painted as the browser does (`pictures` in `contrast.js`). Returns the words below
    /// what `contrast` asks, each with its worst ratio and colours, and the lowest ratio seen.
    pub async fn svg_text_contrast(&self, contrast: Contrast) -> (Vec<String>, Option<f64>) {
        let (normal, large) = contrast.needs();
        let found = self
            .client
            .execute(
                &format!("{CONTRAST_JS}\nreturn pictures(arguments[0], arguments[1]);"),
                vec![json!(normal), json!(large)],
            )
            .await
            .expect("the pictures' text is measured");
        (strings(&found["low"]), found["lowest"].as_f64())
    }

    /// A finger tap at a point of the viewport.
    pub async fn touch_tap(&self, at: (f64, f64)) {
        self.touch_drag(at, at).await;
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
