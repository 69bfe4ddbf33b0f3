//! The browser tests' server: the real binary ([`Binary`]) on a fresh data folder with the
//! built site, which a test may kill and start again, and the API calls tests set a room up
//! with.

use serde_json::{Value, json};

use crate::binary::{Binary, Running, env_path, scratch, workspace};

/// The real server on a fresh data folder.
pub struct Server {
    /// `http://127.0.0.1:<port>`, the same across restarts.
    pub base: String,
    binary: Binary,
    process: Option<Running>,
    /// Talks to it (over https trusting its authority, when it serves https).
    client: reqwest::Client,
    _data: tempfile::TempDir,
}

impl Server {
    pub async fn start() -> Self {
        Self::start_as(None).await
    }

    /// The same over https at `name` (mapped to 127.0.0.1), with its own authority.
    pub async fn start_https(name: &str) -> Self {
        Self::start_as(Some(name)).await
    }

    /// The server's own certificate authority (PEM), for a browser to trust.
    pub fn authority(&self) -> std::path::PathBuf {
        self.binary.authority()
    }

    async fn start_as(https: Option<&str>) -> Self {
        let data = scratch();
        let binary = Binary::new(Binary::configured("target/debug/stakemap"), data.path());
        let binary = Self::room_sized(Self::with_site(binary, data.path()));
        let binary = match https {
            Some(name) => binary.https(name),
            None => binary,
        };
        Self::run_binary(binary, data).await
    }

    /// With the edits-a-second limit a real room has (`--edit-rate`, `--edit-burst`), not the
    /// room-sized one the other tests set up their maps under.
    pub async fn start_limited(rate: u32, burst: u32) -> Self {
        let data = scratch();
        let binary = Binary::new(Binary::configured("target/debug/stakemap"), data.path());
        let binary = Self::with_site(binary, data.path())
            .env("STAKEMAP_EDIT_RATE", rate.to_string())
            .env("STAKEMAP_EDIT_BURST", burst.to_string());
        Self::run_binary(binary, data).await
    }

    /// One of several instances on the shared store at `store` (a PostgreSQL URL).
    pub async fn start_on(store: &str) -> Self {
        let data = scratch();
        let binary = Binary::new(Binary::configured("target/debug/stakemap"), data.path())
            .env("STAKEMAP_STORE", store)
            .env("STAKEMAP_NO_DEMO", "true");
        let binary = Self::room_sized(Self::with_site(binary, data.path()));
        Self::run_binary(binary, data).await
    }

    /// The Windows build (`STAKEMAP_WINDOWS_EXE`) under Wine (`wine`, in `WINEPREFIX`), with
    /// no data folder given: it keeps its store in Wine's `%APPDATA%\stakemap`.
    pub async fn start_windows(exe: &std::path::Path) -> Self {
        let data = tempfile::tempdir().expect("temp dir");
        let binary = Binary::new("wine", data.path())
            .arg(exe)
            .env_remove("STAKEMAP_DATA")
            .env("STAKEMAP_NO_BROWSER", "true")
            .env("WINEDEBUG", "-all")
            // Wine's first start in a fresh prefix sets it up: that takes a while.
            .patience(std::time::Duration::from_secs(240));
        Self::run_binary(Self::room_sized(binary), data).await
    }

    /// Started as a moderator starts it for a room: no address (every interface, port 3000 in
    /// the fresh network namespace `scripts/test.sh` runs `tests/room.rs` in), no data folder
    /// (the user's application data, under a temporary `HOME`), the browser left closed.
    pub async fn start_room() -> Self {
        let data = scratch();
        let binary = Binary::new(Binary::configured("target/debug/stakemap"), data.path())
            .at_port(3000)
            .env_remove("STAKEMAP_ADDR")
            .env_remove("STAKEMAP_DATA")
            .env_remove("XDG_DATA_HOME")
            .env("HOME", data.path())
            .env("STAKEMAP_NO_BROWSER", "true");
        let binary = Self::room_sized(Self::with_site(binary, data.path()));
        Self::run_binary(binary, data).await
    }

    /// The tests set up room-sized maps over HTTP at once, faster than a person edits.
    fn room_sized(binary: Binary) -> Binary {
        binary
            .env("STAKEMAP_EDIT_RATE", "100000")
            .env("STAKEMAP_EDIT_BURST", "100000")
    }

    /// The built site for the binary, unless it carries its own (`STAKEMAP_SITE_EMBEDDED`):
    /// then no site folder is anywhere it looks.
    fn with_site(binary: Binary, data: &std::path::Path) -> Binary {
        if std::env::var_os("STAKEMAP_SITE_EMBEDDED").is_some() {
            return binary.env("LEPTOS_SITE_ROOT", data.join("no-site-here"));
        }
        let site = env_path("LEPTOS_SITE_ROOT", workspace().join("target/site"));
        assert!(
            site.join("pkg").exists(),
            "no built site at {}: run scripts/test.sh, which builds it",
            site.display()
        );
        binary.env("LEPTOS_SITE_ROOT", &site)
    }

    async fn run_binary(binary: Binary, data: tempfile::TempDir) -> Self {
        let mut server = Self {
            base: binary.base(),
            binary,
            process: None,
            client: reqwest::Client::new(),
            _data: data,
        };
        server.run().await;
        server.client = server.binary.client().await;
        server
    }

    /// The running server's process id.
    pub fn pid(&self) -> Option<u32> {
        self.process.as_ref().map(Running::pid)
    }

    /// Kills the server (SIGKILL): the room's laptop crashed, or the Wi-Fi is gone.
    pub fn kill(&mut self) {
        if let Some(process) = self.process.take() {
            process.kill();
        }
    }

    /// Starts it again on the same address and data folder.
    pub async fn run(&mut self) {
        self.process = Some(self.binary.start().await);
    }

    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> Value {
        let mut request = self
            .client
            .request(method, format!("{}/api/v1{path}", self.base));
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

    /// A file as the API sends it (`GET`), whole.
    pub async fn bytes(&self, path: &str, key: &str) -> Vec<u8> {
        let response = (self.client.get(format!("{}/api/v1{path}", self.base)))
            .bearer_auth(key)
            .send()
            .await
            .expect("the server answers");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.bytes().await.expect("the body").to_vec()
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

    /// [`Server::workshop`] with every field of the setup filled: focal subject, question,
    /// date and place.
    pub async fn full_workshop(&self) -> Value {
        let setup = json!({"title": "Клуб депутатов-женщин", "focal": "Клуб женщин-депутатов кенешей",
            "question": "Кто заинтересованные стороны Клуба?", "date": "2022-07-18",
            "place": "Бишкек", "language": "ru", "groups": ["Группа 1", "Группа 2"]});
        self.api(reqwest::Method::POST, "/workshops", None, Some(setup))
            .await
    }

    /// Posts `body` to workshop `w`'s `what` (`stakeholders`, `relationships`, `merges`)
    /// with its moderator key; returns the new thing's id.
    pub async fn add(&self, w: &Value, what: &str, body: Value) -> String {
        let (id, key) = (w["id"].as_str(), w["moderator_key"].as_str());
        let path = format!("/workshops/{}/{what}", id.expect("an id"));
        let added = self
            .api(reqwest::Method::POST, &path, key, Some(body))
            .await;
        added["id"].as_str().expect("an id").to_owned()
    }

    /// Starts workshop `w`'s countdown (replacing any) as its moderator.
    pub async fn start_timer(&self, w: &Value, label: &str, seconds: i64) {
        let (id, key) = (w["id"].as_str(), w["moderator_key"].as_str());
        let path = format!("/workshops/{}/timer", id.expect("an id"));
        let body = json!({"label": label, "seconds": seconds});
        self.api(reqwest::Method::POST, &path, key, Some(body))
            .await;
    }

    /// Workshop `w` as its moderator reads it.
    pub async fn read(&self, w: &Value) -> Value {
        let (id, key) = (w["id"].as_str(), w["moderator_key"].as_str());
        let path = format!("/workshops/{}", id.expect("an id"));
        self.api(reqwest::Method::GET, &path, key, None).await
    }
}

/// A workshop's id and moderator key, from the API's answer that created it.
pub fn id_and_key(w: &Value) -> (&str, &str) {
    (
        w["id"].as_str().expect("an id"),
        w["moderator_key"].as_str().expect("a moderator key"),
    )
}
