//! Shared set-up for the browser tests lives in `tests/common`.
