#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ for SECONDS each (default 60), when a nightly toolchain is
# there; otherwise says so and succeeds. Installs cargo-fuzz (pinned) the first time.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-60}"
CARGO_FUZZ_VERSION=0.13.1

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz: skipped — no nightly toolchain here (rustup toolchain install nightly)"
  exit 0
fi
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION" --quiet
fi
# A corpus folder per target holds its seeds; what the fuzzer finds goes to a scratch copy,
# so the checked-in seeds stay as they are.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for target in $(cargo +nightly fuzz list --fuzz-dir fuzz); do
  mkdir -p "$scratch/$target"
  cp -r "fuzz/corpus/$target/." "$scratch/$target/" 2>/dev/null || true
  # calamine 0.38 panics on a cell reference that overflows; the importer catches it (a
  # damaged file), but libFuzzer stops at any panic, forked or not, within a minute or two
  # (README.md, "Fuzzing the importers"): that target runs only when asked for.
  extra=()
  if [ "$target" = stakeholders_spreadsheet ]; then
    if [ "${FUZZ_SPREADSHEET:-}" != 1 ]; then
      echo "fuzz: $target skipped (calamine's known overflow stops it; FUZZ_SPREADSHEET=1 runs it)"
      continue
    fi
    extra=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -rss_limit_mb=2048)
  fi
  echo "fuzz: $target for ${seconds} s"
  log="$scratch/$target.log"
  if ! cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$scratch/$target" -- \
    -max_total_time="$seconds" "${extra[@]}" >"$log" 2>&1; then
    grep -v '^"' "$log" | tail -n 40
    echo "fuzz: $target found a crash (fuzz/artifacts/$target/)"
    exit 1
  fi
  grep -E '^Done|^INFO: fuzzed for' "$log" | tail -n 1
done
