//! Configuration by flag or environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

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
}

/// An admin key travels in an HTTP header, so it is visible ASCII; short ones are guessed.
fn admin_key(raw: &str) -> Result<String, String> {
    if raw.len() < 12 || !raw.bytes().all(|b| b.is_ascii_graphic()) {
        return Err("the admin key must be at least 12 visible ASCII characters (letters, digits, punctuation; no spaces)".into());
    }
    Ok(raw.to_owned())
}
