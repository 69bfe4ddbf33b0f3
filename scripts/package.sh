#!/usr/bin/env bash
# Builds the files a moderator copies to a laptop, each carrying the whole site (compressed at
# build time, server/build.rs):
#   dist/stakemap-linux-x86_64         Linux (glibc 2.36, Debian 12, or newer)
#   dist/stakemap-windows-x86_64.exe   Windows 10 and 11 (x86_64-pc-windows-gnu, mingw-w64)
# each with a .sha256 file beside it. Sets up what it needs first (scripts/setup.sh --windows).
# The release site is built into target/site-release, apart from the debug site the tests use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --windows
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }
site=target/site-release
export STAKEMAP_SITE="$site"

step "the site, release build ($site)"
LEPTOS_SITE_ROOT="$site" cargo leptos build --release --split

step "Linux: the server with the site inside"
cargo build --release -p server --bin stakemap --features embed-site

step "Windows: the same for x86_64-pc-windows-gnu"
cargo build --release -p server --bin stakemap --features embed-site \
  --target x86_64-pc-windows-gnu

step "dist/"
mkdir -p dist
rm -f dist/stakemap-linux-x86_64* dist/stakemap-windows-x86_64.exe*
# Symbols stripped: a third of the size, and a moderator's copy needs no debugger.
strip -o dist/stakemap-linux-x86_64 target/release/stakemap
x86_64-w64-mingw32-strip -o dist/stakemap-windows-x86_64.exe \
  target/x86_64-pc-windows-gnu/release/stakemap.exe
(
  cd dist
  for f in stakemap-linux-x86_64 stakemap-windows-x86_64.exe; do
    sha256sum "$f" >"$f.sha256"
  done
  ls -l stakemap-linux-x86_64 stakemap-windows-x86_64.exe
  cat ./*.sha256
)
