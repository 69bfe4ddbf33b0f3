//! The browser tests, one binary: each module drives the real binary through headless
//! Chromium for one part of the workshop. One binary rather than one per file: the tests
//! link once, and the test harness keeps every thread busy across files instead of waiting
//! at the end of each file for its slowest test.
//!
//! `cargo test --workspace --test browser <module>::` runs one part (after `source
//! scripts/env.sh`, it reuses what `scripts/test.sh` compiled). The tests that need a set-up
//! of their own stay binaries apart: `budgets`, `one_file` (the release binary), `room` (a
//! network namespace) and `windows` (Wine), which `scripts/test.sh` runs that way.

mod access;
mod accessibility;
mod baselines;
mod console;
mod grid;
mod https;
mod imports;
mod instances;
mod links;
mod live;
mod pieces;
mod plenary;
mod presentation;
mod report;
mod rounds;
mod tablet;
mod timer;
mod undo;
