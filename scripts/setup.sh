#!/usr/bin/env bash
# Installs the build chain stakemap needs, skipping what is already there at the right version.
# Versions and the reasons behind them: ../shared/SETUP-NOTES.md (measured on these machines).
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0
AXE_CORE_VERSION=4.14.1
LEPTOSFMT_VERSION=0.1.33
CARGO_DENY_VERSION=0.20.2
NETWORKX_VERSION=3.6.1
OPENPYXL_VERSION=3.1.5
SCHEMATHESIS_VERSION=4.32.5

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
export PATH="$HOME/.cargo/bin:$tools/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# --browser: what the browser tests need; --windows: what building for Windows needs.
want_browser=
want_windows=
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=--browser ;;
    --windows) want_windows=--windows ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

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

if [ "$(cargo deny --version 2>/dev/null | awk '{print $2}')" != "$CARGO_DENY_VERSION" ]; then
  say "installing cargo-deny $CARGO_DENY_VERSION (about 7 min, once)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked --force
fi

# npm packages in .tools: binaryen for wasm-opt (Debian's binaryen 108 builds pages that never
# hydrate), and with --browser axe-core, which the browser tests inject into pages
# (tests/tests/browser/accessibility.rs). `npm install --no-save` keeps only the packages it is given
# and removes the others from the prefix, so every package wanted there goes in one command,
# and axe-core, once installed, stays wanted.
npm_version() {
  node -p "require('$tools/node_modules/$1/package.json').version" 2>/dev/null || true
}
npm_wanted=("binaryen@$BINARYEN_VERSION")
npm_missing=
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  npm_missing="binaryen $BINARYEN_VERSION"
fi
if [ "$want_browser" = "--browser" ] || [ -n "$(npm_version axe-core)" ]; then
  npm_wanted+=("axe-core@$AXE_CORE_VERSION")
  if [ "$(npm_version axe-core)" != "$AXE_CORE_VERSION" ]; then
    npm_missing="${npm_missing:+$npm_missing, }axe-core $AXE_CORE_VERSION"
  fi
fi
if [ -n "$npm_missing" ]; then
  say "installing npm packages into .tools ($npm_missing)"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund "${npm_wanted[@]}" >/dev/null
fi

if [ "$want_browser" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # NSS's certutil: the https browser test trusts the server's own authority in an NSS
  # database of the test's own, as Chromium on Linux reads it (tests/src/browser.rs).
  if ! command -v certutil >/dev/null; then
    say "installing Debian libnss3-tools (certutil)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnss3-tools >/dev/null
  fi
fi
# The exports' tests read the files with the programs analysts use (server/tests/it/exports.rs):
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
# schemathesis fuzzes the API against its OpenAPI document (scripts/contract.sh), in a virtual
# environment of its own: on Python 3.11 its parallel workers can trip a CPython bug
# (gh-106905), so the newest Python 3.12+ on the machine is taken when there is one, and
# contract.sh runs one worker otherwise.
st="$tools/st/bin/st"
if [ "$("$st" --version 2>/dev/null | awk '{print $NF}')" != "$SCHEMATHESIS_VERSION" ]; then
  st_python=python3
  for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.1[32]*/bin/python3; do
    if "$candidate" -c 'import venv' >/dev/null 2>&1; then st_python="$candidate"; break; fi
  done
  say "installing schemathesis $SCHEMATHESIS_VERSION into .tools/st ($("$st_python" --version))"
  mkdir -p "$tools"
  rm -rf "$tools/st"
  if ! "$st_python" -m venv "$tools/st" >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$tools/st"
    "$st_python" -m venv "$tools/st"
  fi
  "$tools/st/bin/python" -m pip install --quiet --disable-pip-version-check \
    "schemathesis==$SCHEMATHESIS_VERSION"
fi
# Windows builds (scripts/package.sh, scripts/wine.sh): Rust's x86_64-pc-windows-gnu target,
# linked by Debian's mingw-w64 (which also compiles ring's C for Windows).
if [ -n "$want_windows" ]; then
  if ! rustup target list --installed | grep -qx x86_64-pc-windows-gnu; then
    say "adding the x86_64-pc-windows-gnu target"
    rustup target add x86_64-pc-windows-gnu
  fi
  if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    say "installing Debian gcc-mingw-w64-x86-64 (the Windows linker)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc-mingw-w64-x86-64 >/dev/null
  fi
fi
say "tools ready"
