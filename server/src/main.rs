//! The `stakemap` binary: read the configuration, open the store, serve.

// Production code handles its failures; an `expect` that stays says, in an `#[expect]`
// beside it, which invariant makes it safe. Tests, benchmarks and tools may unwrap.
#![warn(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use leptos::prelude::get_configuration;
use tracing_subscriber::EnvFilter;

use server::config::Config;
use server::store::SledStore;
use server::{Served, Shared, demo, router_serving};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let config = Config::parse();

    let mut options = get_configuration(None)?.leptos_options;
    options.site_addr = config.addr;
    if options.output_name.is_empty() {
        // Built by plain cargo rather than cargo-leptos: the site's files are still named so.
        options.output_name = "stakemap".into();
    }

    std::fs::create_dir_all(&config.data)?;
    let store = Arc::new(SledStore::open(&config.data.join("store"))?);
    let state = Shared::start(store, config.admin_key.as_deref(), config.limits())?;
    if !config.no_demo && state.workshops.is_empty() {
        demo::create(&state.workshops).await?;
        tracing::info!("created the demo workshop on an empty store");
    }

    let tls = config.tls()?;
    let served = Served {
        hsts: tls.as_ref().is_some_and(|t| t.trusted_everywhere),
        authority: tls.as_ref().and_then(|t| t.authority.clone()),
    };
    let request_timeout = Duration::from_secs(config.request_timeout.max(1));
    let app = router_serving(state, options, served).layer(axum::middleware::from_fn(
        move |request, next| server::timeout::within(request_timeout, request, next),
    ));
    let listen = config.listen(open_files());
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    tracing::info!(
        addr = %config.addr,
        scheme = if tls.is_some() { "https" } else { "http" },
        names = ?tls.as_ref().map(|t| &t.names),
        data = %config.data.display(),
        max_connections = listen.max_connections,
        "stakemap listening"
    );
    server::serve::serve(listener, app, listen, tls.map(|t| t.config), shutdown()).await;
    Ok(())
}

/// The open-files limit, raised to the most the system allows: each connection is one.
fn open_files() -> u64 {
    #[cfg(unix)]
    {
        match rlimit::increase_nofile_limit(u64::MAX) {
            Ok(limit) => limit,
            Err(e) => {
                tracing::warn!(error = %e, "cannot raise the open-files limit");
                rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(1024, |(soft, _)| soft)
            }
        }
    }
    #[cfg(not(unix))]
    {
        // Windows has no such per-process limit for sockets.
        u64::MAX
    }
}

/// Ctrl-C or SIGTERM: stop taking requests and let those in flight finish. Every
/// acknowledged edit is already on disk, so even SIGKILL loses nothing acknowledged.
async fn shutdown() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down");
}
