//! The plenary's countdown ("group work: 30 min"): started and stopped by the moderator, shown
//! on every tablet and the projector. It is workshop state like any other, changed by
//! [`super::Change::StartTimer`] and [`super::Change::StopTimer`] on the one write path.
//!
//! Times are unix milliseconds on the server's clock: the server stamps `started_at` when it
//! receives the edit, and devices correct their own clocks by the offset the live feed tells
//! them. Nothing here reads a clock; `now` always comes from the caller.

use serde::{Deserialize, Serialize};

/// A running (or finished, until stopped) countdown.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Timer {
    pub(super) label: String,
    pub(super) seconds: u32,
    /// Unix milliseconds, the server's clock.
    pub(super) started_at: i64,
}

impl Timer {
    /// What the time is for, e.g. «Работа в группах»; may be empty.
    pub fn label(&self) -> &str {
        &self.label
    }
    /// How long it runs.
    pub fn seconds(&self) -> u32 {
        self.seconds
    }
    /// When it started, in unix milliseconds on the server's clock.
    pub fn started_at(&self) -> i64 {
        self.started_at
    }
    /// When it ends, in unix milliseconds on the server's clock.
    pub fn ends_at(&self) -> i64 {
        ends_at(self.started_at, self.seconds)
    }
    /// Whole seconds left at `now` (unix ms, the server's clock); see [`remaining_seconds`].
    pub fn remaining(&self, now: i64) -> u32 {
        remaining_seconds(self.started_at, self.seconds, now)
    }
}

fn ends_at(started_at: i64, seconds: u32) -> i64 {
    started_at.saturating_add(i64::from(seconds) * 1000)
}

/// The whole seconds a countdown of `seconds` started at `started_at` has left at `now` (all
/// unix ms), rounded up: it shows the full time for its first second and reaches 0 exactly
/// when it ends. Never more than `seconds` (a clock slightly behind the start) nor below 0.
pub fn remaining_seconds(started_at: i64, seconds: u32, now: i64) -> u32 {
    let left_ms = ends_at(started_at, seconds).saturating_sub(now);
    if left_ms <= 0 {
        return 0;
    }
    let whole = left_ms.saturating_add(999) / 1000;
    u32::try_from(whole).unwrap_or(u32::MAX).min(seconds)
}

/// Seconds as a clock face: `m:ss` (`5:00`, `0:07`, `90:00`).
pub fn clock_face(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests;
