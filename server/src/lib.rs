//! stakemap's server: configuration, the durable store, the one write path, the HTTP API and
//! the server-side rendering of the UI.
//!
//! - [`store`]: durable storage behind the [`store::Store`] trait: sled embedded, or
//!   PostgreSQL shared by several instances.
//! - [`workshops`]: in-memory workshops and the write path (validate → log → apply), and
//!   following the other instances on a shared store.
//! - [`migrate`]: every workshop copied from one store into another.
//! - [`api`]: `/api/v1` handlers (and the live feed's websocket upgrade).
//! - [`error`]: what a client is told when something fails, over HTTP or the live feed.
//! - [`commit`]: the group-commit writer thread.
//! - [`health`]: whether the server can write now (read-only while its disk fails).
//! - [`live`]: the live feed's session: a workshop's events to one client, its edits back.
//! - [`demo`]: the demo workshop made on the first start.
//! - [`pictures`]: PNG files of the pictures, drawn with the embedded font.
//! - [`tickets`]: single-use download tickets, so that no key goes in a link.
//! - [`headers`]: the security headers every response carries.
//! - [`heavy`]: the bounded pool for pictures, measures, the combined map and files.
//! - [`room`]: where a room's server listens, the addresses it tells tablets, its console.
//! - [`site`]: the site's files, from the built folder or embedded in the binary.
//! - [`tls`]: HTTPS certificates: from files, or this server's own authority.
//! - [`timeout`]: the whole-request timeout.
//! - [`serve`]: accepting connections with timeouts and caps.
//! - [`router`]: the whole app as an axum `Router`, so tests can call it without a socket.

// Production code handles its failures; an `expect` that stays says, in an `#[expect]`
// beside it, which invariant makes it safe. Tests, benchmarks and tools may unwrap.
#![warn(clippy::unwrap_used, clippy::expect_used)]

pub mod api;
pub mod commit;
pub mod config;
pub mod demo;
pub mod error;
pub mod headers;
pub mod health;
pub mod heavy;
pub mod home;
pub mod live;
pub mod migrate;
pub mod pictures;
pub mod room;
pub mod secrets;
pub mod serve;
pub mod site;
pub mod store;
pub mod tickets;
pub mod timeout;
pub mod tls;
pub mod workbook;
pub mod workshops;

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use axum::response::IntoResponse;
use axum::routing::get;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use app::ui::{App, shell};

use crate::api::ApiError;
use crate::store::Store;
use crate::workshops::{ServiceError, Workshops};

pub type AppState = Arc<Shared>;

pub struct Shared {
    pub workshops: Workshops,
    /// Join attempts per client address: a burst of 30, then one every two seconds.
    pub join_limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// SHA-256 of the key that creating a workshop needs; without one, only loopback may.
    pub admin_key: Option<[u8; 32]>,
    /// Single-use download tickets, so that no key goes in a link.
    pub tickets: tickets::Tickets,
    /// Edits over HTTP per key, at the live feed's rate (`live::EDITS_PER_SECOND`).
    pub edit_limiter: DefaultKeyedRateLimiter<[u8; 32]>,
    /// Pictures, measures, the combined map and files, a few at a time.
    pub heavy: heavy::Heavy,
    /// The limits this server was started with.
    pub limits: Limits,
    /// Where it listens, once it does (the home page's addresses for tablets).
    pub reach: std::sync::OnceLock<room::Reach>,
}

impl Limits {
    /// Edits a key (over HTTP) or a live connection may send: `edits_per_second` after a
    /// burst of `edit_burst`.
    pub fn edit_quota(&self) -> Quota {
        Quota::per_second(self.edits_per_second).allow_burst(self.edit_burst)
    }
}

/// What a deployment may tune (flags in `config.rs`); the defaults suit a room.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Heavy jobs at once ([`heavy::Heavy::default_jobs`]).
    pub heavy_jobs: usize,
    /// How long a heavy job may wait for its turn before it is answered 503.
    pub heavy_wait: Duration,
    /// Edits per second over HTTP, per key, after a burst of `edit_burst`.
    pub edits_per_second: NonZeroU32,
    pub edit_burst: NonZeroU32,
    /// A live client silent this long (not even a pong) is disconnected.
    pub idle: Duration,
    /// The most pixels a PNG may have (`pictures::MAX_PIXELS`, 4K).
    pub max_png_pixels: u64,
    /// Tablets joining from one address a minute (a room behind one NAT is one address).
    pub joins_per_minute: NonZeroU32,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for rate limits): behind one,
    /// every request comes from the proxy's address.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            heavy_jobs: heavy::Heavy::default_jobs(),
            heavy_wait: Duration::from_secs(20),
            edits_per_second: live::EDITS_PER_SECOND,
            edit_burst: live::EDIT_BURST,
            idle: live::IDLE,
            max_png_pixels: pictures::MAX_PIXELS,
            joins_per_minute: NonZeroU32::MIN.saturating_add(29),
            trusted_proxies: Vec::new(),
        }
    }
}

impl Shared {
    /// The state of a server that takes new workshops from its own machine only.
    pub fn open(store: Arc<dyn Store>) -> Result<AppState, ServiceError> {
        Self::open_with(store, None)
    }

    /// The same with an admin key (`--admin-key`), which then lets anyone holding it create.
    pub fn open_with(
        store: Arc<dyn Store>,
        admin_key: Option<&str>,
    ) -> Result<AppState, ServiceError> {
        Self::start(store, admin_key, Limits::default())
    }

    /// The state with every setting.
    pub fn start(
        store: Arc<dyn Store>,
        admin_key: Option<&str>,
        limits: Limits,
    ) -> Result<AppState, ServiceError> {
        let quota = Quota::per_minute(limits.joins_per_minute);
        let edits = limits.edit_quota();
        Ok(Arc::new(Self {
            tickets: tickets::Tickets::new(store.clone()),
            workshops: Workshops::open(store)?,
            join_limiter: RateLimiter::keyed(quota),
            admin_key: admin_key.map(secrets::hash),
            edit_limiter: RateLimiter::keyed(edits),
            heavy: heavy::Heavy::new(limits.heavy_jobs, limits.heavy_wait),
            limits,
            reach: std::sync::OnceLock::new(),
        }))
    }
}

/// How the server is reached, which some routes and headers depend on.
#[derive(Clone, Debug, Default)]
pub struct Served {
    /// Over https with a certificate browsers trust on their own: send HSTS.
    pub hsts: bool,
    /// This server's own certificate authority (DER), offered at `/ca.crt`.
    pub authority: Option<Vec<u8>>,
}

/// The whole application: the API, the health check, the rendered pages and static files.
pub fn router(state: AppState, options: LeptosOptions) -> Router {
    router_serving(state, options, Served::default())
}

/// The same, served as `served` says.
pub fn router_serving(state: AppState, options: LeptosOptions, served: Served) -> Router {
    let routes = generate_route_list(App);
    let (offline, ahead) = site::group_page_files(&options);
    // Pages and the app's files go out compressed (the WASM is 1.8 MB, 0.7 MB gzipped, and
    // fifty tablets fetch it over one hotel Wi-Fi); the API and its websocket are left alone.
    // A binary that carries its site answers its files first (compressed at build time).
    let pages: Router<LeptosOptions> = site::serve_embedded(
        Router::new()
            .leptos_routes(&options, routes, {
                let options = options.clone();
                move || shell(options.clone())
            })
            .route("/locales/{file}", get(site::locale_file))
            .route("/offline.json", {
                let offline = axum::Json(offline);
                get(move || std::future::ready(offline.clone()))
            })
            .fallback(leptos_axum::file_and_error_handler(shell))
            .layer(axum::middleware::from_fn_with_state(
                options.clone(),
                site::keep_hashed,
            ))
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                home::facts,
            ))
            .layer(axum::Extension(ahead))
            .layer(CompressionLayer::new())
            // Pages follow the workshop, and files with plain names change under them: a
            // browser asks again each time (a 304 while unchanged), never runs a piece of an
            // older build with a newer main module. Hashed names are kept for good
            // (`site::keep_hashed`). A precompressed file (`--precompress`) goes out as it is.
            .layer(SetResponseHeaderLayer::if_not_present(
                CACHE_CONTROL,
                HeaderValue::from_static("no-cache"),
            )),
    );
    let operator = Router::new()
        .route("/healthz/details", get(api::health::details))
        .with_state(state.clone());
    let authority = served.authority.clone();
    let ca = Router::new().route(
        "/ca.crt",
        get(move || tls::authority_file(authority.clone())),
    );
    let app = Router::new()
        .nest_service("/api/v1", headers::api(api::router(state)))
        .route("/healthz", get(|| async { "ok" }))
        .merge(pages)
        .with_state(options)
        .merge(operator)
        .merge(ca)
        // A bug in one handler answers 500 and the server goes on serving everyone else.
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                tracing::error!("a request handler panicked; answered 500, serving on");
                ApiError::new(
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    app::wire::ErrorCode::Internal,
                    "the server failed on this request; try again",
                )
                .into_response()
            },
        ));
    headers::everywhere(app, served.hsts)
}
