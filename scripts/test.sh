#!/usr/bin/env bash
# Sets up what the tests need (skipping what is there), then runs every check and test:
# formatting, clippy for the server and for the browser build, domain/API/store/binary tests,
# and the browser tests against the real binary in headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --browser --windows
source scripts/env.sh

step() { printf '\n== %s (%s)\n' "$*" "$(date +%T)"; }

step "format"
leptosfmt --check app/src >/dev/null || { leptosfmt --check app/src; exit 1; }
cargo fmt --all -- --check

step "code shape (file and function sizes, import cycles, test layout) and dependencies"
python3 scripts/code_shape.py
# Offline: licences, bans (second versions of a crate), sources; see deny.toml for advisories.
# It reads every platform's crates, which a build here never downloads: fetched first.
cargo fetch --locked --quiet
cargo deny --offline check licenses bans sources

step "build the site and the server (debug)"
cargo leptos build

step "clippy (server, tests) and clippy (browser build)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "documentation (broken links and bad doc comments fail)"
# Private items too: these docs are for the team; links to them are then fine.
RUSTDOCFLAGS="-D warnings -A rustdoc::private-intra-doc-links" \
  cargo doc --no-deps --workspace --document-private-items

step "tests: domain, i18n, API, store, binary, browser"
cargo test --workspace

step "one file: the release binary with the site inside, copied alone to an empty folder"
# The debug site test.sh built, compressed faster than a package's: it is 27 MB of debug WASM.
STAKEMAP_SITE=target/site STAKEMAP_BROTLI_QUALITY=5 \
  cargo build --release -p server --bin stakemap --features embed-site
alone="$(mktemp -d)"
trap 'rm -rf "$alone"' EXIT
cp target/release/stakemap "$alone/"
STAKEMAP_BIN="$alone/stakemap" STAKEMAP_SITE_EMBEDDED=1 \
  cargo test -p e2e --test one_file --test tablet

step "contract: schemathesis over every API operation, against the release binary"
STAKEMAP_BIN="$alone/stakemap" bash scripts/contract.sh

step "Windows: the Windows build under Wine (skipped, saying why, when Wine cannot run)"
bash scripts/wine.sh

step "fuzz: every target in fuzz/ for 60 s (needs nightly; says so and goes on without it)"
bash scripts/fuzz.sh 60

printf '\nall checks and tests passed in %d min %d s\n' $((SECONDS / 60)) $((SECONDS % 60))
