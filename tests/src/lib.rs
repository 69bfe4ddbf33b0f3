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

    /// A finger tap at a point of the viewport.
    pub async fn touch_tap(&self, at: (f64, f64)) {
        self.touch_drag(at, at).await;
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
