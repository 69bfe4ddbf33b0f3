//! The `stakemap` binary: read the configuration, open the store, serve.

// Production code handles its failures; an `expect` that stays says, in an `#[expect]`
// beside it, which invariant makes it safe. Tests, benchmarks and tools may unwrap.
#![warn(clippy::unwrap_used, clippy::expect_used)]

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use leptos::prelude::get_configuration;
use tracing_subscriber::EnvFilter;

use app::domain::Language;
use app::i18n::{tr, tr_with};
use server::config::{Command, Config};
use server::store::Location;
use server::{Served, Shared, demo, room, router_serving};

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        // Windows' console shows colour codes as text unless told otherwise.
        .with_ansi(!cfg!(windows))
        .init();
    let config = Config::parse();
    let lang = room::console_language();
    if let Some(Command::Migrate { from, to }) = &config.command {
        return migrate(from, to, lang);
    }
    match run(&config, lang).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                tr_with(lang, "console-failed", &[("error", e.to_string().into())])
            );
            // A double-clicked console closes with the program: keep it open to be read.
            if cfg!(windows) && config.for_a_room() {
                eprintln!("{}", tr(lang, "console-press-enter"));
                let _ = std::io::stdin().read_line(&mut String::new());
            }
            ExitCode::FAILURE
        }
    }
}

/// `stakemap migrate`: every workshop copied, each named as it goes.
fn migrate(from: &Location, to: &Location, lang: Language) -> ExitCode {
    let copied = (|| -> Result<server::migrate::Moved, Box<dyn std::error::Error>> {
        let (source, target) = (from.open()?, to.open()?);
        let moved = server::migrate::migrate(
            source.as_ref(),
            target.as_ref(),
            |n, count, setup, edits| {
                let args = [
                    ("n", n.to_string().into()),
                    ("count", count.to_string().into()),
                    ("title", setup.title.clone().into()),
                    ("edits", edits.to_string().into()),
                ];
                println!("{}", tr_with(lang, "console-migrate-workshop", &args));
            },
        )?;
        Ok(moved)
    })();
    match copied {
        Ok(moved) => {
            for aside in &moved.set_aside {
                let args = [
                    ("workshop", aside.workshop.clone().into()),
                    ("reason", aside.reason.clone().into()),
                ];
                eprintln!("{}", tr_with(lang, "console-migrate-set-aside", &args));
            }
            let args = [
                ("workshops", moved.workshops.to_string().into()),
                ("edits", moved.edits.to_string().into()),
                ("keys", moved.keys.to_string().into()),
                ("grants", moved.grants.to_string().into()),
                ("to", to.to_string().into()),
            ];
            println!("{}", tr_with(lang, "console-migrate-done", &args));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let args = [("error", e.to_string().into())];
            eprintln!("{}", tr_with(lang, "console-migrate-failed", &args));
            ExitCode::FAILURE
        }
    }
}

async fn run(config: &Config, lang: Language) -> Result<(), Box<dyn std::error::Error>> {
    let data = config.data_folder();
    let stop = stop_asked()?;

    // Listening first: a room's server learns its port before it tells anyone.
    let listener = match config.addr {
        Some(addr) => std::net::TcpListener::bind(addr),
        None => room::bind_near(room::EVERYWHERE, room::FIRST_PORT),
    }?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let listener = tokio::net::TcpListener::from_std(listener)?;

    let mut options = get_configuration(None)?.leptos_options;
    options.site_addr = addr;
    if options.output_name.is_empty() {
        // Built by plain cargo rather than cargo-leptos: the site's files are still named so.
        options.output_name = "stakemap".into();
    }
    // Kept while the server runs: the embedded site's split manifest, where Leptos reads it.
    let _manifest_folder = if server::site::embedded() {
        // The embedded site keeps its plain names, whatever a build script left in the
        // environment: there is no hash file beside a binary copied alone.
        options.hash_files = false;
        server::site::unpack_manifest(&mut options)?
    } else {
        if !cfg!(debug_assertions) {
            server::site::refuse_debug_site(
                std::path::Path::new(options.site_root.as_ref()),
                &options.site_pkg_dir,
                &server::site::SiteNames::of(&options).wasm,
            )?;
        }
        None
    };

    std::fs::create_dir_all(&data)?;
    let at = config.store();
    let store = at.open()?;
    tracing::info!(store = %at, "store open");
    let state = Shared::start(store, config.admin_key.as_deref(), config.limits())?;
    if !config.no_demo && state.workshops.is_empty() {
        demo::create(&state.workshops).await?;
        tracing::info!("created the demo workshop on an empty store");
    }

    let tls = config.tls()?;
    let reach = room::Reach {
        addr,
        https: tls.is_some(),
    };
    let _ = state.reach.set(reach);
    let served = Served {
        hsts: tls.as_ref().is_some_and(|t| t.trusted_everywhere),
        authority: tls.as_ref().and_then(|t| t.authority.clone()),
    };
    let request_timeout = Duration::from_secs(config.request_timeout.max(1));
    let app = router_serving(state.clone(), options, served).layer(axum::middleware::from_fn(
        move |request, next| server::timeout::within(request_timeout, request, next),
    ));
    let listen = config.listen(open_files());
    tracing::info!(
        %addr,
        scheme = if tls.is_some() { "https" } else { "http" },
        names = ?tls.as_ref().map(|t| &t.names),
        data = %data.display(),
        max_connections = listen.max_connections,
        "stakemap listening"
    );
    // A loopback address given on purpose (a test, a reverse proxy) needs no guide.
    if config.for_a_room() || reach.reachable_from_others() {
        println!("\n{}", room::banner(lang, reach, &reach.addresses(), &data));
    }
    if config.for_a_room() && !config.no_browser {
        room::open_browser(reach.local_url());
    }
    server::serve::serve(listener, app, listen, tls.map(|t| t.config), stop).await;
    state.workshops.finish();
    println!("{}", tr(lang, "console-stopped"));
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

/// Ctrl-C, SIGTERM, or on Windows the console window closed (or the user logging off or the
/// machine shutting down): stop taking requests and let those in flight finish; `run` then
/// writes what is queued. Every acknowledged edit is already on disk, so even SIGKILL loses
/// nothing acknowledged.
///
/// The handlers are registered here, before the server listens: a stop asked for the moment
/// it answers is never left to the default action, which would kill it mid-write.
#[cfg(unix)]
fn stop_asked() -> std::io::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
        tracing::info!("shutting down");
    })
}

/// Windows waits for the process (about 5 s for a closed window) while tokio's handler holds
/// the event: time enough to finish.
#[cfg(windows)]
fn stop_asked() -> std::io::Result<impl Future<Output = ()>> {
    use tokio::signal::windows::{ctrl_c, ctrl_close, ctrl_logoff, ctrl_shutdown};
    let mut interrupt = ctrl_c()?;
    let mut close = ctrl_close()?;
    let mut logoff = ctrl_logoff()?;
    let mut off = ctrl_shutdown()?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = close.recv() => {}
            _ = logoff.recv() => {}
            _ = off.recv() => {}
        }
        tracing::info!("shutting down");
    })
}
