//! Harness for the browser tests: starts the real `stakemap` binary on a fresh data folder and
//! a headless Chromium through chromedriver, both on loopback, and stops both on drop.
//!
//! Run through `scripts/test.sh`, which builds the site first. Environment:
//! - `STAKEMAP_BIN`: the server binary (default `target/debug/stakemap`)
//! - `LEPTOS_SITE_ROOT`: the built site (default `target/site`)
//! - `CHROMEDRIVER`, `CHROMIUM`: the driver and browser (defaults `/usr/bin/…`)
//!
//! - [`binary`]: the real binary started on a free port and stopped on drop; also what the
//!   server's tests and load benchmark start it with (they use this crate without its
//!   `browser` feature).
//! - [`postgres`]: the test script's throw-away PostgreSQL and a fresh database on it.
//! - [`Server`] (`server.rs`): the browser tests' server, which a test may kill and restart.
//! - [`Browser`] (`browser.rs`): Chromium and what a test does with a page; `axe.rs`: the
//!   accessibility checks ([`Contrast`]).
//! - [`pageload`]: a tablet's first loads measured (the page-load benchmark, the budgets).

#[cfg(feature = "browser")]
pub mod arrows;
pub mod binary;
pub mod postgres;

#[cfg(feature = "browser")]
mod axe;
#[cfg(feature = "browser")]
mod browser;
#[cfg(feature = "browser")]
pub mod pageload;
#[cfg(feature = "browser")]
mod qr;
mod server;

#[cfg(feature = "browser")]
pub use axe::Contrast;
#[cfg(feature = "browser")]
pub use browser::Browser;
pub use server::{Server, id_and_key};
