#!/usr/bin/env bash
# The Windows build under Wine (tests/tests/windows.rs, in scripts/test.sh): builds
# stakemap.exe for x86_64-pc-windows-gnu with the site inside, makes a Wine prefix in a
# temporary folder, drives the served pages in Chromium, and removes the prefix.
#
# The debug profile: it checks that the Windows build works in about 5 minutes on 2 cores; the
# release .exe a moderator gets is scripts/package.sh's (measured under Wine: BENCHMARKS.md).
# The site embedded is the one scripts/test.sh built (target/site), compressed faster than a
# package's (STAKEMAP_BROTLI_QUALITY=5: it is 27 MB of debug WASM).
#
# When Wine cannot be installed or cannot run, it says why and skips; never silently. The
# Windows target and mingw-w64 come from scripts/setup.sh --windows (a failure there fails).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh

skip() {
  printf '[wine] SKIPPED the Windows build under Wine: %s\n' "$*"
  exit 0
}

if ! command -v wine >/dev/null; then
  echo "[wine] installing Debian wine64 and wine"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wine64 wine >/dev/null; }; then
    skip "Wine cannot be installed here (apt-get install wine64 wine failed)"
  fi
fi

echo "[wine] building stakemap.exe (debug, site inside)"
STAKEMAP_SITE=target/site STAKEMAP_BROTLI_QUALITY=5 \
  cargo build -p server --bin stakemap --features embed-site --target x86_64-pc-windows-gnu
exe="$PWD/target/x86_64-pc-windows-gnu/debug/stakemap.exe"

tmp="$(mktemp -d)"
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all
cleanup() {
  # Only this prefix's wineserver (and the programs in it) is stopped.
  wineserver -k 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
if ! wineboot --init >"$tmp/wineboot.log" 2>&1; then
  cat "$tmp/wineboot.log"
  skip "Wine is installed but cannot make a prefix (wineboot --init failed, above)"
fi

# Rust's standard library takes random numbers from bcryptprimitives.dll's ProcessPrng, which
# Windows 10 and 11 have and Debian 12's Wine 8.0 lacks: without it Wine cannot load the .exe.
# A stand-in (scripts/wine/bcryptprimitives.c) goes into this prefix only; never shipped.
system32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -e "$system32/bcryptprimitives.dll" ]; then
  echo "[wine] $(wine --version) has no bcryptprimitives.dll: adding the test's stand-in to the prefix"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$system32/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c -ladvapi32
fi

STAKEMAP_WINDOWS_EXE="$exe" cargo test --workspace --test windows -- --nocapture
