//! Group commit: one writer thread appends every edit to the durable log. While it flushes,
//! new edits queue up; it then writes all of them with a single flush, so many edits share the
//! cost of one `fsync`.
//!
//! Jobs are written, and their completions run, in the order they were submitted: callers
//! submit while holding the workshop's lock, so a workshop's log order is its sequence order.
//!
//! A failed write stops the process (crash-only): memory may then hold edits the disk does not,
//! and a restart replays exactly what was acknowledged.

use std::sync::Arc;
use std::sync::mpsc;

use app::domain::WorkshopId;

use crate::store::{LogRecord, Store};

/// What to do once the record is on disk (runs on the writer thread: keep it short).
pub type OnDurable = Box<dyn FnOnce() + Send>;

pub struct Job {
    pub workshop: WorkshopId,
    pub record: LogRecord,
    pub on_durable: OnDurable,
}

/// How many edits one flush takes at most.
const MAX_BATCH: usize = 4096;

pub struct Committer {
    queue: Option<mpsc::Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Committer {
    pub fn start(store: Arc<dyn Store>) -> Self {
        let (queue, jobs) = mpsc::channel::<Job>();
        // At start-up, before serving: without its writer the server could acknowledge
        // nothing, so it stops at once, saying why.
        #[expect(
            clippy::expect_used,
            reason = "the server cannot run without its writer"
        )]
        let thread = std::thread::Builder::new()
            .name("stakemap-commit".into())
            .spawn(move || write_loop(store.as_ref(), &jobs))
            .expect("the commit thread starts");
        Self {
            queue: Some(queue),
            thread: Some(thread),
        }
    }

    pub fn submit(&self, job: Job) {
        let sent = match &self.queue {
            Some(queue) => queue.send(job).is_ok(),
            None => false,
        };
        if !sent {
            fail("the commit thread has stopped");
        }
    }
}

/// Writes what is queued, then lets go of the store (so it can be opened again).
impl Drop for Committer {
    fn drop(&mut self) {
        self.queue.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_loop(store: &dyn Store, jobs: &mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let records: Vec<_> = batch
            .iter()
            .map(|job| (job.workshop, job.record.clone()))
            .collect();
        if let Err(e) = store.append(&records) {
            fail(&e.to_string());
        }
        for job in batch {
            (job.on_durable)();
        }
    }
}

fn fail(why: &str) -> ! {
    tracing::error!(
        error = why,
        "the durable log cannot be written; stopping so that a restart replays what was acknowledged"
    );
    std::process::exit(70)
}
