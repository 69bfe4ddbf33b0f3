#!/usr/bin/env bash
# Sets up what the build needs (skipping what is there), builds the release site and server,
# and serves stakemap on the embedded store.
#   STAKEMAP_ADDR  where to listen (default 127.0.0.1:3000; 0.0.0.0:3000 for the room's Wi-Fi)
#   STAKEMAP_DATA  the data folder (default ./data)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/env.sh
# The release site apart from the debug one scripts/test.sh builds into target/site: a test
# run beside a running server must not swap what it sends tablets (a release server refuses a
# debug site anyway).
export LEPTOS_SITE_ROOT=target/site-release
# The binary alone, started with no address, listens on every interface and keeps its data in
# the user's application data (README, "Distributing"); from the repository it serves here.
export STAKEMAP_ADDR="${STAKEMAP_ADDR:-127.0.0.1:3000}"
export STAKEMAP_DATA="${STAKEMAP_DATA:-./data}"
# Hashed names (cargo-leptos writes them to target/release/hash.txt, which the server reads
# beside itself): browsers keep the app's files for good and ask only for the page. The
# one-file binary (scripts/package.sh) keeps plain names.
export LEPTOS_HASH_FILES=true
# Split (the app's pieces load when first needed; ARCHITECTURE.md, "The site in pieces") and
# precompressed: brotli and gzip files beside each one, sent as they are, never compressed
# per request.
exec cargo leptos serve --release --split --precompress
