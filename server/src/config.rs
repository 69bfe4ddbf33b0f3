//! Configuration by flag or environment variable.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;

#[derive(Debug, Parser)]
#[command(
    name = "stakemap",
    about = "Stakeholder mapping for workshops",
    version
)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "STAKEMAP_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// Folder for the embedded store; created when missing.
    #[arg(long, env = "STAKEMAP_DATA", default_value = "./data")]
    pub data: PathBuf,
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
    /// Seconds a picture or file may wait for its turn before it is answered 503 `busy`.
    #[arg(long, env = "STAKEMAP_HEAVY_WAIT", default_value = "20")]
    pub heavy_wait: u64,
}

impl Config {
    /// The limits these flags set.
    pub fn limits(&self) -> crate::Limits {
        let defaults = crate::Limits::default();
        crate::Limits {
            heavy_jobs: self.heavy_jobs.unwrap_or(defaults.heavy_jobs),
            heavy_wait: Duration::from_secs(self.heavy_wait),
            edits_per_second: self.edit_rate,
            edit_burst: self.edit_burst,
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
