//! The server's integration tests, one binary (`cargo test -p server --test it`; a module's
//! tests alone with a filter, e.g. `--test it live::`):
//!
//! - `api`: the HTTP API through the router, without a socket: what a script or the UI sees.
//! - `live`: the live feed over a real websocket on loopback; `live_roles`: its messages × every
//!   kind of caller, keys taken back while connected, sharing.
//! - `pictures`: the pictures as files (SVG, PNG) and the graph's measures.
//! - `exports`: analysts' files read by the programs analysts use (`exports/check.py`).
//! - `full_disk`: the real binary on a tmpfs that fills and frees (needs root to mount).
//! - `headers`: the security headers on every page and API answer.
//! - `limits`: rate limits over HTTP.
//! - `https`: the real binary over https, its own authority or a certificate from files.
//! - `imports`: files coming back in: `workshop.json`, CSV and spreadsheets.
//! - `storage`: a disk that fills and frees (507, read-only, recovery); a rotten log set aside.
//! - `store`: the store reopened, the workshop replayed.
//! - `binary`: the real binary under restart and SIGKILL.
//! - `connections`: the real binary under idle connections and a trickling body.
//! - `contract`: the OpenAPI document against the router, the code's lists and `docs/API.md`.
//! - `demo`: the demo workshop reset by its moderator.
//! - `first_start`: the binary started with no arguments: data folder, addresses, Ctrl+C.
//! - `roles`: every route × every kind of caller, as the role table in `docs/API.md` says.
//! - `support`: what they share: a router on a fresh store, requests as a script sends them,
//!   a workshop with hostile names.

mod api;
mod baselines;
mod binary;
mod connections;
mod contract;
mod demo;
mod exports;
mod first_start;
mod full_disk;
mod headers;
mod https;
mod imports;
mod instances;
mod light_pages;
mod limits;
mod live;
mod live_roles;
mod migrate;
mod pictures;
mod roles;
mod rounds;
mod storage;
mod store;
mod stores;
mod support;
