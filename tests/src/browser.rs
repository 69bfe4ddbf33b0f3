//! Headless Chromium through chromedriver, in a process group of its own, and what the tests
//! do with a page: open it and wait for hydration, find, tap, type, wait for a condition,
//! resize, touch and keys, screenshots. Accessibility checks are in `axe.rs`.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::binary::{env_path, free_port, wait_until_up, workspace};

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

/// Headless Debian Chromium at a tablet's size, driven through chromedriver.
pub struct Browser {
    pub client: Client,
    _driver: Driver,
    _profile: tempfile::TempDir,
    _home: tempfile::TempDir,
}

impl Browser {
    pub async fn tablet() -> Self {
        Self::start(768, 1024).await
    }

    pub async fn start(width: u32, height: u32) -> Self {
        Self::start_with(width, height, None).await
    }

    /// A tablet that trusts `authority` (a PEM certificate) — put in an NSS database of its
    /// own, where Chromium on Linux looks (`$HOME/.pki/nssdb`), made with NSS's `certutil`
    /// — and finds `name` at 127.0.0.1, as a tablet on the room's Wi-Fi finds the laptop.
    pub async fn trusting(authority: &std::path::Path, name: &str) -> Self {
        Self::start_with(768, 1024, Some((authority, name))).await
    }

    async fn start_with(width: u32, height: u32, trust: Option<(&std::path::Path, &str)>) -> Self {
        let port = free_port();
        let home = crate::binary::scratch();
        let mut extra = Vec::new();
        if let Some((authority, name)) = trust {
            let db = home.path().join(".pki/nssdb");
            std::fs::create_dir_all(&db).expect("the NSS folder");
            let db = format!("sql:{}", db.display());
            let certutil = |args: &[&str]| {
                let done = Command::new("certutil").args(args).status().expect(
                    "NSS's certutil runs (scripts/setup.sh --browser installs libnss3-tools)",
                );
                assert!(done.success(), "certutil {args:?}");
            };
            certutil(&["-d", &db, "-N", "--empty-password"]);
            let file = authority.to_str().expect("a UTF-8 path");
            certutil(&["-d", &db, "-A", "-t", "C,,", "-n", "stakemap", "-i", file]);
            extra.push(format!("--host-resolver-rules=MAP {name} 127.0.0.1"));
        }
        let mut driver = Command::new(env_path("CHROMEDRIVER", "/usr/bin/chromedriver".into()));
        if trust.is_some() {
            driver.env("HOME", home.path());
        }
        let driver = driver
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts (scripts/setup.sh --browser installs it)");
        let driver = Driver(driver);
        let url = format!("http://127.0.0.1:{port}");
        wait_until_up(&format!("{url}/status")).await;
        let profile = crate::binary::scratch();
        let chromium = env_path("CHROMIUM", "/usr/bin/chromium".into());
        let mut caps = Capabilities::new();
        let mut args: Vec<String> = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ]
        .map(String::from)
        .to_vec();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        args.push(format!("--window-size={width},{height}"));
        args.extend(extra);
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium, "args": args }),
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
            _home: home,
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

    /// The QR codes the elements at `css` show, read off a screenshot as a phone's camera
    /// would, with each element's box (left, top, width in CSS pixels).
    pub async fn qr_codes(&self, css: &str) -> (Vec<(f64, f64, f64)>, Vec<String>) {
        // On screen first, as a phone needs it.
        let show = format!(
            "document.querySelector({css:?})?.scrollIntoView({{block: 'center', behavior: 'instant'}});"
        );
        self.script(&show).await;
        let script = format!(
            "return Array.from(document.querySelectorAll({css:?}))
               .map(e => {{ const r = e.getBoundingClientRect(); return [r.left, r.top, r.width]; }});"
        );
        let rects: Vec<(f64, f64, f64)> =
            serde_json::from_value(self.script(&script).await).expect("boxes");
        let ratio = self
            .script("return window.devicePixelRatio;")
            .await
            .as_f64()
            .unwrap_or(1.0);
        let png = self.client.screenshot().await.expect("a screenshot");
        let read = crate::qr::scan(&png, &rects, ratio);
        (rects, read)
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clears");
        field.send_keys(text).await.expect("types");
    }

    /// Waits until the page says all its changes are on the server: longer than for an
    /// element, since after the server comes back the tablet first reconnects (its backoff)
    /// and a long outbox goes at the feed's rate, which on a loaded 2-core CI machine took
    /// over 10 s twice (the grid's and the rate-limited live test).
    ///
    /// On a timeout it says what the page said instead (offline, sending and how many, the
    /// storage banner), which tells a dead connection from a change the server never answered.
    pub async fn saved(&self) {
        let css = "[data-testid=sync-status][data-state=saved]";
        if let Err(e) = self
            .client
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css(css))
            .await
        {
            let shown = self
                .script(
                    "const s = document.querySelector('[data-testid=sync-status]');
                     const banner = document.querySelector('[data-testid=storage-banner]');
                     return s ? `${s.dataset.state}: ${s.textContent}; storage banner: ${!!banner}`
                              : 'no sync status on the page';",
                )
                .await;
            panic!("{css} did not appear in 30 s ({e}); the page showed {shown}");
        }
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

    /// On a group's page: adds a stakeholder by its name alone, through the form.
    pub async fn add_stakeholder(&self, name: &str) {
        self.tap("[data-testid=add]").await;
        self.type_into("input[name=name]", name).await;
        self.tap("[data-testid=save]").await;
        self.find("[data-testid=add]").await;
    }

    /// On a group's page with the server gone: reloads (the service worker brings the page
    /// back) and answers how many stakeholders the page shows, the waiting ones included.
    pub async fn reload_offline(&self) -> u64 {
        self.client.refresh().await.expect("reloads offline");
        self.hydrated().await;
        self.find("[data-testid=sync-status][data-state=offline]")
            .await;
        self.script("return document.querySelectorAll('[data-testid=stakeholder]').length;")
            .await
            .as_u64()
            .expect("a count")
    }

    /// Runs a Chrome DevTools Protocol command (`Network.emulateNetworkConditions`, …) in the
    /// page's target, through chromedriver; answers its result.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// Loads as a tablet's first visit makes them (this browser's profile is fresh, so its
    /// cache starts empty): the service worker bypassed, so every file is fetched (and
    /// counted) by the page itself. The cache stays on: what a join link's page fetches ahead
    /// serves the group page after it.
    pub async fn first_loads(&self) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp("Network.setBypassServiceWorker", json!({"bypass": true}))
            .await;
    }

    /// A tablet's share of a crowded hotel Wi-Fi: `kbit_s` each way with `rtt_ms` of latency
    /// added, and the CPU slowed `cpu_slowdown` times.
    pub async fn throttle(&self, kbit_s: u32, rtt_ms: u32, cpu_slowdown: u32) {
        let bytes_s = f64::from(kbit_s) * 1000.0 / 8.0;
        self.cdp("Network.enable", json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({"offline": false, "latency": rtt_ms,
                "downloadThroughput": bytes_s, "uploadThroughput": bytes_s}),
        )
        .await;
        self.cdp(
            "Emulation.setCPUThrottlingRate",
            json!({"rate": cpu_slowdown}),
        )
        .await;
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// chromedriver's own endpoint for DevTools commands.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({"cmd": self.cmd, "params": self.params});
        (http::Method::POST, Some(body.to_string()))
    }
}
