# Sourced by the other scripts: tools on PATH, and the compile-time environment that
# cargo-leptos gives the server build, so that plain `cargo test` and `cargo clippy` reuse the
# artefacts `cargo leptos build` made instead of compiling leptos a second time.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/.tools/node_modules/.bin:$PATH"
export LEPTOS_OUTPUT_NAME=stakemap
export LEPTOS_SITE_ROOT=target/site
export LEPTOS_SITE_PKG_DIR=pkg
export LEPTOS_SITE_ADDR=127.0.0.1:3000
export LEPTOS_RELOAD_PORT=3001
export LEPTOS_HASH_FILES=false
