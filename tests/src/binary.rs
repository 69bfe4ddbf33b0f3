//! The real `stakemap` binary as a test or a benchmark runs it: on a free port on loopback,
//! with a data folder of its own (also its working folder), waited for until `/healthz`
//! answers, and stopped by its process id when dropped. The server's tests
//! (`server/tests/it/binary.rs`), the browser tests ([`crate::Server`]) and the load benchmark
//! (`server/examples/loadbench.rs`) all start it here.

use std::ffi::{OsStr, OsString};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

/// The workspace's root folder (tests run in their own crate's folder).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace holds this crate")
        .to_path_buf()
}

/// A fresh temporary folder, in memory (`/dev/shm`) where the machine has it: the servers'
/// stores and the browsers' profiles there never wait for the disk. Three clean runs with a
/// release build writing beside the tests saw a tablet's change stay "sending" for 30 s in
/// `grid.rs`; a store's `fsync` waiting on that disk is suspected, not proven (on this
/// machine fsync stayed under 0.2 s under such a load). What these tests check is the
/// browser and the feed; the stores' durability has tests of its own (`server/tests/it`).
pub fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("stakemap-test")
        .tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .expect("a temporary folder")
}

/// A path from the environment variable `var`, taken relative to the workspace, or
/// `default`.
pub fn env_path(var: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(var)
        .map(|p| workspace().join(p))
        .unwrap_or(default)
}

/// CPU time (user + system, in clock ticks: 100 a second on Linux) a process has used so
/// far; `pid` is a process id or `self`. 0 when it cannot be read. For the benchmarks.
pub fn cpu_ticks(pid: &str) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command's name, in parentheses, may hold spaces: count fields after it.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |n: usize| {
        fields
            .get(n)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // Fields 14 and 15 of stat(5); the state (field 3) is the first after the name.
    field(11) + field(12)
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Polls `url` until it answers with success (bounded: 400 tries, 50 ms apart).
pub async fn wait_until_up(url: &str) {
    wait_until_up_with(&reqwest::Client::new(), url).await;
}

pub async fn wait_until_up_with(client: &reqwest::Client, url: &str) {
    wait_until_up_within(client, url, Duration::from_secs(20)).await;
}

/// Polls `url` every 50 ms until it answers with success, for at most `patience`.
pub async fn wait_until_up_within(client: &reqwest::Client, url: &str, patience: Duration) {
    let tries = patience.as_millis() / 50;
    for _ in 0..tries.max(1) {
        if client
            .get(url)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{url} did not come up");
}

/// How to start the binary: which one, on which port, with which data folder and
/// environment. One `Binary` can start the server again and again on the same address and
/// data (a restart after a crash).
pub struct Binary {
    path: PathBuf,
    port: u16,
    data: PathBuf,
    env: Vec<(OsString, OsString)>,
    /// Variables the server must not inherit or be given.
    removed: Vec<OsString>,
    args: Vec<OsString>,
    /// How long it may take to answer `/healthz` after it starts.
    patience: Duration,
    show_log: bool,
    /// The name it is served at over https with its own authority, when it is.
    https: Option<String>,
}

impl Binary {
    /// The binary at `path` on a free port, keeping its store in `data`; it logs warnings
    /// and worse, and the log is dropped unless [`Binary::show_log`].
    pub fn new(path: impl Into<PathBuf>, data: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            port: free_port(),
            data: data.into(),
            env: vec![("RUST_LOG".into(), "warn".into())],
            removed: Vec::new(),
            args: Vec::new(),
            patience: Duration::from_secs(20),
            show_log: false,
            https: None,
        }
    }

    /// Serves https at `name` (which clients map to 127.0.0.1) with the server's own
    /// certificate authority (`--tls-self-signed`).
    pub fn https(self, name: &str) -> Self {
        let mut binary = self
            .env("STAKEMAP_TLS_SELF_SIGNED", "true")
            .env("STAKEMAP_TLS_NAMES", name);
        binary.https = Some(name.to_owned());
        binary
    }

    /// Where a client reaches it: `http://127.0.0.1:<port>` or `https://<name>:<port>`.
    pub fn base(&self) -> String {
        match &self.https {
            Some(name) => format!("https://{name}:{}", self.port),
            None => format!("http://127.0.0.1:{}", self.port),
        }
    }

    /// The server's own certificate authority (PEM), once it has made it.
    pub fn authority(&self) -> PathBuf {
        self.data.join("tls/ca.pem")
    }

    /// A client for it: over https, trusting its authority and finding its name.
    pub async fn client(&self) -> reqwest::Client {
        let Some(name) = &self.https else {
            return reqwest::Client::new();
        };
        let path = self.authority();
        for _ in 0..400 {
            if path.exists() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let pem = std::fs::read(&path).expect("the server made its authority");
        reqwest::Client::builder()
            .use_rustls_tls()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("a PEM certificate"))
            .resolve(name, ([127, 0, 0, 1], self.port).into())
            .build()
            .expect("a client")
    }

    /// The binary `STAKEMAP_BIN` names, or `default`; either relative to the workspace.
    pub fn configured(default: &str) -> PathBuf {
        env_path("STAKEMAP_BIN", workspace().join(default))
    }

    /// An environment variable for the server (later ones win).
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.removed.retain(|k| k != key.as_ref());
        self.env
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// Leaves `key` out of the server's environment (given here or inherited), e.g.
    /// `STAKEMAP_DATA`, so that its default is what the server uses.
    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Self {
        self.env.retain(|(k, _)| k != key.as_ref());
        self.removed.push(key.as_ref().to_owned());
        self
    }

    /// An argument for the program (after those given before).
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Waits up to `patience` for it to answer at start (a program under Wine starts slowly).
    pub fn patience(mut self, patience: Duration) -> Self {
        self.patience = patience;
        self
    }

    /// Lets the server's log (its standard output) through to this process's.
    pub fn show_log(mut self) -> Self {
        self.show_log = true;
        self
    }

    /// Where it will listen, when the server picks its own port (a start with no address
    /// takes 3000 in a fresh network namespace).
    pub fn at_port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Starts the server and waits until it answers `/healthz`.
    pub async fn start(&self) -> Running {
        let mut command = Command::new(&self.path);
        command
            .args(&self.args)
            .env("STAKEMAP_ADDR", format!("127.0.0.1:{}", self.port))
            .env("STAKEMAP_DATA", &self.data);
        for key in &self.removed {
            command.env_remove(key);
        }
        command.envs(self.env.iter().map(|(k, v)| (k, v)));
        // Its log (warnings and worse) kept in its data folder, shown if it does not come up.
        let log = self.data.join("server.log");
        let stdout = match std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
        {
            Ok(file) if !self.show_log => Stdio::from(file),
            _ => Stdio::inherit(),
        };
        let child = command
            .current_dir(&self.data)
            .stdout(stdout)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.path.display()));
        let mut running = Running {
            child,
            port: self.port,
        };
        let client = self.client().await;
        let url = format!("{}/healthz", self.base());
        let tries = self.patience.as_millis() / 50;
        for _ in 0..tries.max(1) {
            if client
                .get(&url)
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return running;
            }
            if let Ok(Some(status)) = running.child.try_wait() {
                let log = std::fs::read_to_string(&log).unwrap_or_default();
                panic!("the server exited ({status}) before {url} answered; its log:\n{log}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        panic!(
            "{url} did not come up within {:?}; the server's log:\n{log}",
            self.patience
        );
    }
}

/// The server while it runs; killed (SIGKILL) when dropped.
pub struct Running {
    child: Child,
    port: u16,
}

impl Running {
    /// `127.0.0.1:<port>`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr())
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Kills the server at once (SIGKILL), as a crash or a pulled plug would.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Asks the server to stop (SIGTERM) and waits until it has; returns how it exited.
    pub fn stop(mut self) -> ExitStatus {
        use nix::sys::signal::{Signal, kill};
        use nix::unistd::Pid;
        let pid = i32::try_from(self.child.id()).expect("a process id fits an i32");
        kill(Pid::from_raw(pid), Signal::SIGTERM).expect("SIGTERM is sent");
        self.child.wait().expect("the server is reaped")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // Does nothing to a server already reaped (after `stop`).
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
