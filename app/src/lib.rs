//! stakemap's shared crate: the pure domain, the API's wire types, translations and the
//! Leptos UI. The server renders the UI (feature `ssr`); the browser hydrates it (`hydrate`).
//!
//! - [`domain`]: workshops, stakeholders, the one edit type and its validation. Pure.
//! - [`wire`]: the JSON of `/api/v1`.
//! - `export`: analysts' files (CSV, GraphML, GEXF, DOT, JSON), and `import`: files coming
//!   back; server side only (feature `files`, which `ssr` takes in).
//! - [`files`]: those files' names and columns, for the server and the browser alike.
//! - [`i18n`]: Russian, Kyrgyz and English messages.
//! - [`desk`]: which pages are the moderator's and analyst's (their own words and styles).
//! - `ui`: pages and components (`ssr` or `hydrate`).

// Production code handles its failures; an `expect` that stays says, in an `#[expect]`
// beside it, which invariant makes it safe. Tests, benchmarks and tools may unwrap.
#![warn(clippy::unwrap_used, clippy::expect_used)]

pub mod chart;
pub mod desk;
pub mod domain;
#[cfg(feature = "files")]
pub mod export;
pub mod files;
pub mod graph;
pub mod i18n;
#[cfg(feature = "files")]
pub mod import;
#[cfg(feature = "ssr")]
mod schema;
pub mod sync;
mod tag_first;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod ui;
pub mod wire;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Asynchronously: a page whose code is a piece of its own (`ui::pages::lazy`) hydrates
    // once the piece has loaded (`hydrate_body` panics on such a route). Only then is the page
    // interactive, and marked so.
    wasm_bindgen_futures::spawn_local(async {
        // Every page the server renders has a body.
        let Some(body) = leptos::prelude::document().body() else {
            return;
        };
        ui::words_for_the_page().await;
        leptos::mount::hydrate_from_async(body, ui::App)
            .await
            .forget();
        ui::mark_hydrated();
    });
}
