//! Heavy work — drawing pictures, measuring the graph, combining the maps, reading and writing
//! files — runs on tokio's blocking threads, a few jobs at a time, never on the async workers
//! that answer tablets' edits and never under a workshop's lock (the jobs read a copy). Sixty
//! projector refreshes at once then queue here instead of taking every core and a 25 MB pixel
//! buffer each; a job that waits too long is answered 503 `busy` with `Retry-After`.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use tokio::sync::Semaphore;

use app::wire::ErrorCode;

use crate::error::ApiError;

pub struct Heavy {
    permits: Arc<Semaphore>,
    /// How long a job may wait for its turn before it is refused.
    wait: Duration,
}

impl Heavy {
    /// At most `jobs` at once (at least one).
    pub fn new(jobs: usize, wait: Duration) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(jobs.max(1))),
            wait,
        }
    }

    /// One job less than the machine has cores (at least one), so the async workers keep a
    /// core for edits and the live feed.
    pub fn default_jobs() -> usize {
        std::thread::available_parallelism()
            .map(|n| n.get().saturating_sub(1))
            .unwrap_or(1)
            .max(1)
    }

    /// Runs `work` when a permit is free; `what` names it in the log if it fails.
    pub async fn run<T: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let permit = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| busy(self.wait))?
            .map_err(|_| busy(self.wait))?;
        let done = tokio::task::spawn_blocking(move || {
            let _turn = permit;
            work()
        })
        .await;
        done.unwrap_or_else(|e| {
            tracing::error!(error = %e, job = what, "heavy work failed");
            Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                format!("the {what} could not be made; try again"),
            ))
        })
    }
}

fn busy(wait: Duration) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::Busy,
        "the server is drawing many pictures at once; try again in a few seconds",
    )
    .with_retry_after(wait.as_secs().clamp(1, 30))
}

#[cfg(test)]
mod tests;
