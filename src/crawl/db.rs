//! The archive's single writer: one thread owns the SQLite connection.
//!
//! Host workers send jobs (closures over the store) down a channel and never block
//! on SQLite themselves. The thread runs every job waiting in the channel inside one
//! transaction (each job in its own savepoint, so a failing job undoes only itself),
//! which turns thousands of small writes per second into a few commits without
//! adding latency: when the channel is quiet, a job commits alone. Jobs run in the
//! order they were sent, so a worker's "next batch" query sees the links its earlier
//! pages queued.
//!
//! The channel itself is unbounded (sending never blocks a worker), so the writer
//! keeps an account of the bytes waiting in it: a worker calls [`Db::ready`] before
//! each fetch and waits while more than [`MAX_QUEUED_BYTES`] are queued. Memory is
//! then bounded by that figure plus one page per active site, however fast the sites
//! answer and however slow the disk is (the scale bench: 200 hosts at once, a
//! million queued URLs).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::store::Store;

type Job = (
    usize,
    Box<dyn FnOnce(&mut Store) -> nianbao_store::Result<()> + Send>,
);

/// At most this many jobs share a transaction, bounding what a crash can lose.
const MAX_JOBS_PER_COMMIT: usize = 256;

/// Workers wait before fetching while more than this many bytes of writes are queued.
pub const MAX_QUEUED_BYTES: usize = 16 << 20;

/// What a small job (a state change, a query) is counted as.
const SMALL_JOB: usize = 256;

#[derive(Clone)]
pub struct Db {
    tx: mpsc::Sender<Job>,
    fatal: Arc<Mutex<Option<String>>>,
    backlog: Arc<Backlog>,
}

/// Bytes of jobs sent but not yet run, and a wake-up for workers waiting on them.
struct Backlog {
    bytes: AtomicUsize,
    drained: tokio::sync::Notify,
}

impl Backlog {
    fn add(&self, n: usize) {
        self.bytes.fetch_add(n, Ordering::AcqRel);
    }

    fn done(&self, n: usize) {
        let before = self.bytes.fetch_sub(n, Ordering::AcqRel);
        if before > MAX_QUEUED_BYTES && before - n <= MAX_QUEUED_BYTES {
            self.drained.notify_waiters();
        }
    }
}

impl Db {
    pub fn spawn(store: Store) -> (Db, JoinHandle<Store>) {
        let (tx, rx) = mpsc::channel::<Job>();
        let fatal = Arc::new(Mutex::new(None));
        let backlog = Arc::new(Backlog {
            bytes: AtomicUsize::new(0),
            drained: tokio::sync::Notify::new(),
        });
        let (fatal2, backlog2) = (fatal.clone(), backlog.clone());
        let handle = std::thread::Builder::new()
            .name("nianbao-db".into())
            .spawn(move || writer_loop(store, rx, fatal2, backlog2))
            .expect("spawn the database thread");
        (Db { tx, fatal, backlog }, handle)
    }

    /// Queue a small write; errors surface through [`Db::fatal`].
    pub fn send(&self, f: impl FnOnce(&mut Store) -> nianbao_store::Result<()> + Send + 'static) {
        self.send_sized(SMALL_JOB, f);
    }

    /// Queue a write holding about `bytes` of data (a capture's body, its links).
    pub fn send_sized(
        &self,
        bytes: usize,
        f: impl FnOnce(&mut Store) -> nianbao_store::Result<()> + Send + 'static,
    ) {
        let bytes = bytes.max(SMALL_JOB);
        self.backlog.add(bytes);
        if self.tx.send((bytes, Box::new(f))).is_err() {
            self.backlog.done(bytes);
        }
    }

    /// Wait while the writer is more than [`MAX_QUEUED_BYTES`] behind.
    pub async fn ready(&self) {
        loop {
            let drained = self.backlog.drained.notified();
            tokio::pin!(drained);
            drained.as_mut().enable();
            if self.backlog.bytes.load(Ordering::Acquire) <= MAX_QUEUED_BYTES
                || self.fatal().is_some()
            {
                return;
            }
            // The timeout only guards against a writer that died without draining.
            let _ = tokio::time::timeout(Duration::from_secs(1), drained).await;
        }
    }

    /// Bytes of writes waiting for the database thread.
    pub fn queued_bytes(&self) -> usize {
        self.backlog.bytes.load(Ordering::Acquire)
    }

    /// Run `f` on the store and wait for its result.
    pub async fn call<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> nianbao_store::Result<T> + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job = Box::new(move |s: &mut Store| {
            let r = f(s);
            let failed = r.as_ref().err().map(|e| e.message().to_string());
            let _ = tx.send(r.map_err(Error::from));
            match failed {
                Some(m) => Err(nianbao_store::Error::new(m)),
                None => Ok(()),
            }
        });
        self.backlog.add(SMALL_JOB);
        if self.tx.send((SMALL_JOB, job)).is_err() {
            self.backlog.done(SMALL_JOB);
            return Err(Error::Database("the database thread has stopped".into()));
        }
        rx.await
            .map_err(|_| Error::Database("the database thread has stopped".into()))?
    }

    /// The first write that failed (disk full, I/O error): the run must stop.
    pub fn fatal(&self) -> Option<String> {
        self.fatal.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn writer_loop(
    mut store: Store,
    rx: mpsc::Receiver<Job>,
    fatal: Arc<Mutex<Option<String>>>,
    backlog: Arc<Backlog>,
) -> Store {
    let set_fatal = |m: String| {
        let mut f = fatal.lock().unwrap_or_else(|p| p.into_inner());
        if f.is_none() {
            *f = Some(m);
        }
    };
    while let Ok(first) = rx.recv() {
        let mut job = Some(first);
        let mut ran = 0usize;
        let batch = store.transaction(|store| {
            let mut n = 0;
            while let Some((bytes, j)) = job.take() {
                // Each job in its own savepoint: a failing job undoes only itself.
                if let Err(e) = store.transaction(j) {
                    set_fatal(e.into_message());
                }
                // The job's data is freed now; its bytes leave the account at the commit.
                ran += bytes;
                n += 1;
                if n < MAX_JOBS_PER_COMMIT {
                    job = rx.try_recv().ok();
                }
            }
            Ok::<_, nianbao_store::Error>(())
        });
        if let Err(e) = batch {
            set_fatal(e.into_message());
        }
        // The transaction could not even begin: still run the job (its reply channel
        // must be answered); it will fail on its own.
        if let Some((bytes, j)) = job.take() {
            let _ = j(&mut store);
            ran += bytes;
        }
        backlog.done(ran);
    }
    store
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer stuck behind a slow job makes workers wait instead of piling up
    /// writes in memory; they go on once the backlog drains.
    #[tokio::test]
    async fn ready_waits_while_the_writer_is_behind() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("a.sqlite")).unwrap();
        let (db, thread) = Db::spawn(store);
        let (release, gate) = std::sync::mpsc::channel::<()>();
        db.send(move |_| {
            let _ = gate.recv();
            Ok(())
        });
        db.send_sized(MAX_QUEUED_BYTES, |_| Ok(()));
        assert!(db.queued_bytes() > MAX_QUEUED_BYTES);
        assert!(
            tokio::time::timeout(Duration::from_millis(300), db.ready())
                .await
                .is_err(),
            "ready() must wait while the backlog is over the limit"
        );
        release.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(5), db.ready())
            .await
            .expect("ready() returns once the writer has caught up");
        let n: String = db.call(|s| s.integrity_check()).await.unwrap();
        assert_eq!(n, "ok");
        assert!(
            db.queued_bytes() <= SMALL_JOB,
            "only the call's own job may still be counted"
        );
        drop(db);
        thread.join().unwrap();
    }
}
