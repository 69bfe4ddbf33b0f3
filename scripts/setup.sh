#!/usr/bin/env bash
# Installs the build chain stakemap needs, skipping what is already there at the right version.
# Versions and the reasons behind them: ../shared/SETUP-NOTES.md (measured on these machines).
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0
LEPTOSFMT_VERSION=0.1.33
NETWORKX_VERSION=3.6.1
OPENPYXL_VERSION=3.1.5

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
export PATH="$HOME/.cargo/bin:$tools/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

want_browser="${1:-}"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 min)"
  # Not --locked: its lockfile names a crate version the registry lacks (SETUP-NOTES.md).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 13 min, once)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads --force
fi

if [ "$(leptosfmt --version 2>/dev/null | awk '{print $2}')" != "$LEPTOSFMT_VERSION" ]; then
  say "installing leptosfmt $LEPTOSFMT_VERSION (about 2 min, once)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked --force
fi

# Debian's binaryen (108) builds pages that never hydrate; the npm package is current.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  say "installing wasm-opt (npm binaryen $BINARYEN_VERSION)"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >/dev/null
fi

if [ "$want_browser" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
# The exports' tests read the files with the programs analysts use (server/tests/exports.rs):
# Graphviz's dot, and networkx and openpyxl in a virtual environment under .tools/py (Debian's
# own Python is "externally managed", PEP 668, so pip may not install into it).
if ! command -v dot >/dev/null; then
  say "installing Debian graphviz"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null
fi
py="$tools/py/bin/python"
if ! "$py" -c "import networkx, openpyxl
assert networkx.__version__ == '$NETWORKX_VERSION' and openpyxl.__version__ == '$OPENPYXL_VERSION'" 2>/dev/null; then
  say "installing networkx $NETWORKX_VERSION and openpyxl $OPENPYXL_VERSION into .tools/py"
  mkdir -p "$tools"
  if ! python3 -m venv "$tools/py" >/dev/null 2>&1; then
    # Debian leaves venv's pip bootstrap out of python3 itself.
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$tools/py"
    python3 -m venv "$tools/py"
  fi
  "$py" -m pip install --quiet --disable-pip-version-check \
    "networkx==$NETWORKX_VERSION" "openpyxl==$OPENPYXL_VERSION"
fi
say "tools ready"
