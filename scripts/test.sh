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
# Split, like every build of this app: unsplit, the lazy pieces' imports stay unresolved and no
# page loads (ARCHITECTURE.md, "The site in pieces"). The site by cargo-leptos (its WASM in
# target/front), and at the same time the server with every test by cargo, as one workspace:
# so the dependencies get the features the tests unify. Built by `cargo leptos build` (one
# package), the server's were others, and `cargo test --workspace` compiled 164 crates again.
cargo leptos build --split --frontend-only &
site_pid=$!
cargo test --workspace --no-run || {
  pkill -P "$site_pid" || true
  exit 1
}
wait "$site_pid"

# The release site (split, as `scripts/package.sh` builds it) and the one-file release binary
# with it inside build from here on at the lowest priority, on the cores the checks and the
# browser tests leave idle (target/release has a lock of its own); the steps that need neither
# (the room, Wine) go first, then the "one file" step waits for them and runs the budgets
# against them. The machine is busy throughout (vmstat: no idle CPU from the debug build to
# the end), so what shortens the run is work not done twice. Measured on a clean clone
# (2026-12-08, 2 cores, tools installed): 35.0 min — setup 0.5, debug build with every test
# 5.6, clippy 3.4, docs 0.6, tests 8.5 (the browser tests 7.7, one binary), room 0.1, Wine
# 3.8, waiting for the release build 7.5 (its site took 17 min beside the checks and tests,
# then the server 6.7), one file and budgets 0.2, contract 0.6, fuzz 4.3 (4 targets × 60 s,
# two at once, and their build). Before (2026-12-07): 66 min, with a browser-test binary per
# file and the test run compiling 164 crates again. The browser tests' stores and profiles
# are in /dev/shm now, away from the disk this build keeps busy (e2e::binary::scratch).
scratch="$(mktemp -d)"
# PostgreSQL runs as a user of its own, which must reach its folder: not inside $scratch (0700).
postgres_dir="$(mktemp -d)"
release_pid=
cleanup() {
  if [ -n "$release_pid" ]; then
    pkill -P "$release_pid" 2>/dev/null || true
    kill "$release_pid" 2>/dev/null || true
  fi
  bash scripts/pg.sh stop "$postgres_dir" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
(
  echo "release site from $(date +%T)"
  LEPTOS_SITE_ROOT=target/site-release nice -n 19 \
    cargo leptos build --release --split --frontend-only &&
    echo "release server from $(date +%T)" &&
    STAKEMAP_SITE=target/site-release nice -n 19 \
      cargo build --release -p server --bin stakemap --features embed-site &&
    echo "release build done at $(date +%T)"
) >"$scratch/release.log" 2>&1 &
release_pid=$!

step "clippy (server, tests) and clippy (browser build)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p app --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "documentation (broken links and bad doc comments fail)"
# Private items too: these docs are for the team; links to them are then fine.
RUSTDOCFLAGS="-D warnings -A rustdoc::private-intra-doc-links" \
  cargo doc --no-deps --workspace --document-private-items

step "a throw-away PostgreSQL (scripts/pg.sh), for the shared store's tests"
STAKEMAP_TEST_POSTGRES="$(bash scripts/pg.sh start "$postgres_dir")"
export STAKEMAP_TEST_POSTGRES
echo "$STAKEMAP_TEST_POSTGRES"

step "tests: domain, i18n, API, stores (sled and PostgreSQL), binary, browser"
cargo test --workspace

step "the room: started with no address, in a network namespace of its own with a veth interface"
# Listening on every interface is what a room's start does; here it does so where "every
# interface" is a namespace's loopback and veth, never this machine's network.
room_ip=10.213.0.1
if unshare --net ip link add probe0 type veth peer name probe1 2>/dev/null; then
  unshare --net sh -c "ip link set lo up && ip link add room0 type veth peer name room1 &&
    ip addr add $room_ip/24 dev room0 && ip link set room0 up &&
    STAKEMAP_ROOM_IP=$room_ip cargo test --offline --workspace --test room"
else
  echo "SKIPPED the room's browser test: no network namespace with a veth pair here (needs root)"
fi

step "Windows: the Windows build under Wine (skipped, saying why, when Wine cannot run)"
bash scripts/wine.sh

step "one file: the release binary with the release site inside, copied alone to an empty folder; the budgets"
if ! wait "$release_pid"; then
  release_pid=
  cat "$scratch/release.log"
  echo "the release build failed (above)"
  exit 1
fi
release_pid=
grep -E '^release ' "$scratch/release.log"
alone="$scratch/alone"
mkdir "$alone"
cp target/release/stakemap "$alone/"
# Its own headers, and a tablet joining, adding a stakeholder and reloading, served by it.
export STAKEMAP_BIN="$alone/stakemap" STAKEMAP_SITE_EMBEDDED=1
cargo test --workspace --test one_file
cargo test --workspace --test browser tablet::a_group_joins_with_its_code_adds_a_stakeholder_by_touch
# What a tablet's first loads cost on the release build (issue 19's budgets).
STAKEMAP_BUDGETS=1 cargo test --workspace --test budgets -- --nocapture
unset STAKEMAP_BIN STAKEMAP_SITE_EMBEDDED

step "contract: schemathesis over every API operation, against the release binary"
STAKEMAP_BIN="$alone/stakemap" bash scripts/contract.sh

step "fuzz: every target in fuzz/ for 60 s (needs nightly; says so and goes on without it)"
bash scripts/fuzz.sh 60

printf '\nall checks and tests passed in %d min %d s\n' $((SECONDS / 60)) $((SECONDS % 60))
