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

# One target for `seconds`; its log is kept for a crash.
fuzz_one() {
  local target="$1" extra=()
  mkdir -p "$scratch/$target"
  cp -r "fuzz/corpus/$target/." "$scratch/$target/" 2>/dev/null || true
  # calamine 0.38 panics on a cell reference that overflows; the importer catches it (a
  # damaged file), but libFuzzer stops at any panic, forked or not, within a minute or two
  # (README.md, "Fuzzing the importers"): that target runs only when asked for.
  if [ "$target" = stakeholders_spreadsheet ]; then
    extra=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -rss_limit_mb=2048)
  fi
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$scratch/$target" -- \
    -max_total_time="$seconds" "${extra[@]}" >"$scratch/$target.log" 2>&1
}

targets=()
for target in $(cargo +nightly fuzz list --fuzz-dir fuzz); do
  if [ "$target" = stakeholders_spreadsheet ] && [ "${FUZZ_SPREADSHEET:-}" != 1 ]; then
    echo "fuzz: $target skipped (calamine's known overflow stops it; FUZZ_SPREADSHEET=1 runs it)"
    continue
  fi
  targets+=("$target")
done
echo "fuzz: building the targets"
cargo +nightly fuzz build --fuzz-dir fuzz
# Each target is one process on one core: as many at once as there are cores.
at_once="$(nproc)"
status=0
for ((i = 0; i < ${#targets[@]}; i += at_once)); do
  batch=("${targets[@]:i:at_once}")
  pids=()
  for target in "${batch[@]}"; do
    echo "fuzz: $target for ${seconds} s"
    fuzz_one "$target" &
    pids+=($!)
  done
  for j in "${!batch[@]}"; do
    target="${batch[$j]}"
    if wait "${pids[$j]}"; then
      grep -E '^Done|^INFO: fuzzed for' "$scratch/$target.log" | tail -n 1 | sed "s/^/fuzz: $target: /"
    else
      grep -v '^"' "$scratch/$target.log" | tail -n 40
      echo "fuzz: $target found a crash (fuzz/artifacts/$target/)"
      status=1
    fi
  done
done
exit "$status"
