//! Group commit: one writer thread appends every edit to the durable log. While it flushes,
//! new edits queue up; it then writes all of them with a single flush, so many edits share the
//! cost of one `fsync`.
//!
//! Jobs are written, and their completions run, in the order they were submitted: callers
//! submit while holding the workshop's lock, so a workshop's log order is its sequence order.
//! A job follows the log's tip its submitter saw; when the log has moved on (another instance
//! on the same database wrote first) nothing of it is written and its submitter is told so, to
//! catch up and validate again.
//!
//! A failed write (disk full, read-only disk, I/O error) does not stop the server: the failed
//! jobs are told so (their workshops roll back to what is on disk), [`Health`] turns
//! read-only, every job that arrives while it is is failed without a write, and the thread
//! probes the store every [`PROBE_EVERY`] until a write works again. Nothing acknowledged is
//! lost and nothing unacknowledged is claimed saved. A panic in a completion is caught: the
//! writer outlives it.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use app::domain::WorkshopId;

use crate::health::Health;
use crate::store::{Appended, LogRecord, Run, Store, Tip};

/// What to do once the record is on disk, or once it is certain it will not be (runs on the
/// writer thread: keep it short).
pub type OnDone = Box<dyn FnOnce() + Send>;

/// One or more records of one workshop, written together or not at all.
pub struct Job {
    pub workshop: WorkshopId,
    /// Where the log ended when the records were validated.
    pub after: Tip,
    pub records: Vec<LogRecord>,
    pub on_durable: OnDone,
    pub on_failed: OnDone,
    /// The log no longer ended at `after`: nothing was written.
    pub on_moved: OnDone,
}

/// How many edits one flush takes at most (a job is never split: one may take it past).
const MAX_BATCH: usize = 4096;
/// How often a read-only server tries to write again.
pub const PROBE_EVERY: Duration = Duration::from_secs(2);

pub struct Committer {
    /// Taken by [`Committer::finish`]: jobs after it are failed, not written.
    queue: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Committer {
    pub fn start(store: Arc<dyn Store>, health: Arc<Health>) -> Self {
        let (queue, jobs) = mpsc::channel::<Job>();
        // At start-up, before serving: without its writer the server could acknowledge
        // nothing, so it stops at once, saying why.
        #[expect(
            clippy::expect_used,
            reason = "the server cannot run without its writer"
        )]
        let thread = std::thread::Builder::new()
            .name("stakemap-commit".into())
            .spawn(move || Writer::new(store, health).run(&jobs))
            .expect("the commit thread starts");
        Self {
            queue: Mutex::new(Some(queue)),
            thread: Mutex::new(Some(thread)),
        }
    }

    pub fn submit(&self, job: Job) {
        let queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        let job = match queue.as_ref() {
            Some(queue) => match queue.send(job) {
                Ok(()) => return,
                Err(mpsc::SendError(job)) => job,
            },
            None => job,
        };
        drop(queue);
        // Only while the server shuts down: nothing will write it.
        run(job.on_failed);
    }

    /// Writes what is queued and stops the writer: the server is shutting down. Later jobs
    /// are failed (their clients keep them and send them again to the next server).
    pub fn finish(&self) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let thread = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        // The writer itself may drop the last owner (a completion holding it finished last):
        // it then ends by itself, with its queue closed.
        if let Some(thread) = thread
            && thread.thread().id() != std::thread::current().id()
        {
            let _ = thread.join();
        }
    }
}

/// Writes what is queued, then lets go of the store (so it can be opened again).
impl Drop for Committer {
    fn drop(&mut self) {
        self.finish();
    }
}

struct Writer {
    store: Arc<dyn Store>,
    health: Arc<Health>,
    /// Records written by a failed append, which sled may still hold: removed by the next
    /// successful probe, before anything else is written.
    lost: Vec<(WorkshopId, u64)>,
}

impl Writer {
    fn new(store: Arc<dyn Store>, health: Arc<Health>) -> Self {
        Self {
            store,
            health,
            lost: Vec::new(),
        }
    }

    fn run(mut self, jobs: &mpsc::Receiver<Job>) {
        loop {
            let first = match jobs.recv_timeout(PROBE_EVERY) {
                Ok(job) => job,
                Err(RecvTimeoutError::Timeout) => {
                    self.probe();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            };
            let mut count = first.records.len();
            let mut batch = vec![first];
            while count < MAX_BATCH {
                match jobs.try_recv() {
                    Ok(job) => {
                        count += job.records.len();
                        batch.push(job);
                    }
                    Err(_) => break,
                }
            }
            self.write(batch);
        }
    }

    fn write(&mut self, batch: Vec<Job>) {
        // Never written while read-only: these were validated against edits that failed.
        if !self.health.writable() {
            batch.into_iter().for_each(|job| run(job.on_failed));
            return;
        }
        let runs: Vec<Run> = batch
            .iter()
            .map(|job| Run {
                workshop: job.workshop,
                after: job.after.clone(),
                records: job.records.clone(),
            })
            .collect();
        match self.store.append(&runs) {
            Ok(outcomes) => {
                for (job, outcome) in batch.into_iter().zip(outcomes) {
                    match outcome {
                        Appended::Written => run(job.on_durable),
                        Appended::Moved => run(job.on_moved),
                    }
                }
            }
            Err(e) => {
                self.health.failed(&e.to_string());
                self.lost.extend(
                    runs.iter()
                        .flat_map(|r| r.records.iter().map(|record| (r.workshop, record.seq))),
                );
                batch.into_iter().for_each(|job| run(job.on_failed));
            }
        }
    }

    fn probe(&mut self) {
        if self.health.writable() {
            return;
        }
        match self.store.probe(&self.lost) {
            Ok(()) => {
                self.lost.clear();
                self.health.recovered();
            }
            Err(e) => tracing::debug!(error = %e, "the store still cannot be written"),
        }
    }
}

/// Runs a completion; a panic in it is logged, and the writer goes on.
fn run(done: OnDone) {
    if catch_unwind(AssertUnwindSafe(done)).is_err() {
        tracing::error!("a completion of the commit thread panicked; the writer goes on");
    }
}

#[cfg(test)]
mod tests;
