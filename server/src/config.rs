//! Configuration by flag or environment variable.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;

use crate::store::Location;

#[derive(Debug, Parser)]
#[command(
    name = "stakemap",
    about = "Stakeholder mapping for workshops",
    version
)]
pub struct Config {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Address to listen on [default: every interface, on the first free port from 3000, with
    /// the addresses for tablets printed and the browser opened].
    #[arg(long, env = "STAKEMAP_ADDR")]
    pub addr: Option<SocketAddr>,
    /// Folder for the embedded store; created when missing [default: `stakemap` in the user's
    /// application data: %APPDATA% on Windows, $XDG_DATA_HOME or ~/.local/share on Linux].
    #[arg(long, env = "STAKEMAP_DATA")]
    pub data: Option<PathBuf>,
    /// Where workshops are kept: `postgres://user:password@host:port/database` for a database
    /// several instances share (schema created or migrated at start), or `sled:FOLDER`
    /// [default: sled in `store` under the data folder].
    #[arg(long, env = "STAKEMAP_STORE", hide_env_values = true, value_parser = Location::parse)]
    pub store: Option<Location>,
    /// Do not open the browser when started with no address.
    #[arg(long, env = "STAKEMAP_NO_BROWSER")]
    pub no_browser: bool,
    /// Do not create the demo workshop on an empty store.
    #[arg(long, env = "STAKEMAP_NO_DEMO")]
    pub no_demo: bool,
    /// The key that creating or importing a workshop needs (`Authorization: Bearer …`).
    /// Without it, only this machine (a loopback address) may create workshops.
    #[arg(long, env = "STAKEMAP_ADMIN_KEY", hide_env_values = true, value_parser = admin_key)]
    pub admin_key: Option<String>,
    /// Edits a second over HTTP, per key, after a burst of `--edit-burst` (the live feed's
    /// own rate is the same by default).
    #[arg(long, env = "STAKEMAP_EDIT_RATE", default_value = "20")]
    pub edit_rate: NonZeroU32,
    /// Edits one key may send at once before `--edit-rate` applies.
    #[arg(long, env = "STAKEMAP_EDIT_BURST", default_value = "40")]
    pub edit_burst: NonZeroU32,
    /// Pictures, measures and files drawn at once [default: one fewer than the cores, at
    /// least one].
    #[arg(long, env = "STAKEMAP_HEAVY_JOBS")]
    pub heavy_jobs: Option<usize>,
    /// Tablets that may join from one address a minute. A room on a hosted server shares its
    /// Wi-Fi's one public address: raise this there (a room of 90 tablets joins at once).
    #[arg(long, env = "STAKEMAP_JOIN_RATE", default_value = "30")]
    pub join_rate: NonZeroU32,
    /// A reverse proxy in front of this server (repeat, or comma-separated): from it, the
    /// client's address for rate limits is the last in `X-Forwarded-For`.
    #[arg(
        long = "trusted-proxy",
        env = "STAKEMAP_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Seconds a picture or file may wait for its turn before it is answered 503 `busy`.
    #[arg(long, env = "STAKEMAP_HEAVY_WAIT", default_value = "20")]
    pub heavy_wait: u64,
    /// Seconds a live connection may stay silent (pings go every 20 s) before it is closed;
    /// at least 25.
    #[arg(long, env = "STAKEMAP_IDLE_TIMEOUT", default_value = "70")]
    pub idle_timeout: u64,
    /// The most pixels a PNG may have (width × height).
    #[arg(long, env = "STAKEMAP_MAX_PNG_PIXELS", default_value = "8294400")]
    pub max_png_pixels: u64,
    /// Seconds a client has to send a request's headers (and between requests on a kept-alive
    /// connection) before the connection is closed.
    #[arg(long, env = "STAKEMAP_HEADER_TIMEOUT", default_value = "10")]
    pub header_timeout: u64,
    /// Seconds a whole HTTP request may take, its body and the answer included (408 after).
    #[arg(long, env = "STAKEMAP_REQUEST_TIMEOUT", default_value = "60")]
    pub request_timeout: u64,
    /// Connections open at once [default: 4096, or three quarters of the open-files limit
    /// when that is lower].
    #[arg(long, env = "STAKEMAP_MAX_CONNECTIONS")]
    pub max_connections: Option<usize>,
    /// Connections open at once from one address. Behind a reverse proxy every client has the
    /// proxy's address: raise this there.
    #[arg(
        long,
        env = "STAKEMAP_MAX_CONNECTIONS_PER_ADDRESS",
        default_value = "256"
    )]
    pub max_connections_per_address: usize,
    /// Serve https with this certificate chain (PEM); needs `--tls-key`.
    #[arg(
        long,
        env = "STAKEMAP_TLS_CERT",
        requires = "tls_key",
        conflicts_with = "tls_self_signed"
    )]
    pub tls_cert: Option<PathBuf>,
    /// The private key (PEM) of `--tls-cert`.
    #[arg(long, env = "STAKEMAP_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Serve https with a certificate this server makes for the machine's names and addresses,
    /// signed by its own authority (kept in the data folder; tablets trust it once: /trust).
    #[arg(long, env = "STAKEMAP_TLS_SELF_SIGNED")]
    pub tls_self_signed: bool,
    /// Another name the self-made certificate covers (a DNS name pointing at this machine).
    #[arg(long = "tls-name", env = "STAKEMAP_TLS_NAMES", value_delimiter = ',')]
    pub tls_names: Vec<String>,
}

/// What the binary does besides serving.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Copies every workshop — its log, keys (as hashes), codes, links and tablets — from one
    /// store into another, empty one; the source is only read. Stop the servers first.
    Migrate {
        /// The store to copy from: `sled:FOLDER` (the data folder's `store`) or a PostgreSQL URL.
        #[arg(long, value_parser = Location::parse)]
        from: Location,
        /// The empty store to copy into.
        #[arg(long, value_parser = Location::parse)]
        to: Location,
    },
}

impl Config {
    /// The data folder: `--data`, else the user's application-data folder, else `./data`.
    pub fn data_folder(&self) -> PathBuf {
        self.data
            .clone()
            .or_else(|| dirs::data_dir().map(|d| d.join("stakemap")))
            .unwrap_or_else(|| PathBuf::from("data"))
    }

    /// The store: `--store`, else sled in the data folder.
    pub fn store(&self) -> Location {
        self.store
            .clone()
            .unwrap_or_else(|| Location::Sled(self.data_folder().join("store")))
    }

    /// Started for a room: no address given, so it listens everywhere near port 3000, says
    /// where tablets connect and opens the browser.
    pub fn for_a_room(&self) -> bool {
        self.addr.is_none()
    }

    /// The certificate to serve https with, if any.
    pub fn tls(&self) -> Result<Option<crate::tls::Tls>, crate::tls::TlsError> {
        match (&self.tls_cert, &self.tls_key) {
            (Some(cert), Some(key)) => crate::tls::from_files(cert, key).map(Some),
            _ if self.tls_self_signed => {
                crate::tls::self_signed(&self.data_folder().join("tls"), &self.tls_names).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// The connection limits these flags set; `open_files` is the process's limit.
    pub fn listen(&self, open_files: u64) -> crate::serve::Listen {
        let fitting = usize::try_from(open_files.saturating_mul(3) / 4).unwrap_or(usize::MAX);
        crate::serve::Listen {
            header_timeout: Duration::from_secs(self.header_timeout.max(1)),
            max_connections: self
                .max_connections
                .unwrap_or_else(|| fitting.clamp(64, 4_096)),
            max_per_address: self.max_connections_per_address.max(1),
            proxies: self.trusted_proxies.clone(),
            ..crate::serve::Listen::default()
        }
    }

    /// The limits these flags set.
    pub fn limits(&self) -> crate::Limits {
        let defaults = crate::Limits::default();
        crate::Limits {
            heavy_jobs: self.heavy_jobs.unwrap_or(defaults.heavy_jobs),
            heavy_wait: Duration::from_secs(self.heavy_wait),
            edits_per_second: self.edit_rate,
            edit_burst: self.edit_burst,
            idle: Duration::from_secs(self.idle_timeout.max(25)),
            max_png_pixels: self.max_png_pixels,
            joins_per_minute: self.join_rate,
            trusted_proxies: self.trusted_proxies.clone(),
        }
    }
}

/// An admin key travels in an HTTP header, so it is visible ASCII; short ones are guessed.
fn admin_key(raw: &str) -> Result<String, String> {
    if raw.len() < 12 || !raw.bytes().all(|b| b.is_ascii_graphic()) {
        return Err("the admin key must be at least 12 visible ASCII characters (letters, digits, punctuation; no spaces)".into());
    }
    Ok(raw.to_owned())
}
