//! The archive's single writer: one thread owns the SQLite connection.
//!
//! Host workers send jobs (closures over the store) down a channel and never block
//! on SQLite themselves. The thread runs every job waiting in the channel inside one
//! transaction (each job in its own savepoint, so a failing job undoes only itself),
//! which turns thousands of small writes per second into a few commits without
//! adding latency: when the channel is quiet, a job commits alone. Jobs run in the
//! order they were sent, so a worker's "next batch" query sees the links its earlier
//! pages queued.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crate::error::{Error, Result};
use crate::store::Store;

type Job = Box<dyn FnOnce(&mut Store) -> Result<()> + Send>;

/// At most this many jobs share a transaction, bounding what a crash can lose.
const MAX_JOBS_PER_COMMIT: usize = 256;

#[derive(Clone)]
pub struct Db {
    tx: mpsc::Sender<Job>,
    fatal: Arc<Mutex<Option<String>>>,
}

impl Db {
    pub fn spawn(store: Store) -> (Db, JoinHandle<Store>) {
        let (tx, rx) = mpsc::channel::<Job>();
        let fatal = Arc::new(Mutex::new(None));
        let fatal2 = fatal.clone();
        let handle = std::thread::Builder::new()
            .name("nianbao-db".into())
            .spawn(move || writer_loop(store, rx, fatal2))
            .expect("spawn the database thread");
        (Db { tx, fatal }, handle)
    }

    /// Queue a write; errors surface through [`Db::fatal`].
    pub fn send(&self, f: impl FnOnce(&mut Store) -> Result<()> + Send + 'static) {
        let _ = self.tx.send(Box::new(f));
    }

    /// Run `f` on the store and wait for its result.
    pub async fn call<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |s| {
            let r = f(s);
            let failed = r.as_ref().err().map(|e| e.message().to_string());
            let _ = tx.send(r);
            match failed {
                Some(m) => Err(Error::Database(m)),
                None => Ok(()),
            }
        });
        self.tx
            .send(job)
            .map_err(|_| Error::Database("the database thread has stopped".into()))?;
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
) -> Store {
    let set_fatal = |m: String| {
        let mut f = fatal.lock().unwrap_or_else(|p| p.into_inner());
        if f.is_none() {
            *f = Some(m);
        }
    };
    while let Ok(first) = rx.recv() {
        if let Err(e) = store.conn.execute_batch("BEGIN IMMEDIATE") {
            set_fatal(store.err(e).message().to_string());
            // Still run the job (its reply channel must be answered); it will fail on its own.
            let _ = first(&mut store);
            continue;
        }
        let mut job = Some(first);
        let mut n = 0;
        while let Some(j) = job.take() {
            let _ = store.conn.execute_batch("SAVEPOINT job");
            match j(&mut store) {
                Ok(()) => {
                    let _ = store.conn.execute_batch("RELEASE job");
                }
                Err(e) => {
                    let _ = store.conn.execute_batch("ROLLBACK TO job; RELEASE job");
                    if matches!(e, Error::Database(_)) {
                        set_fatal(e.message().to_string());
                    }
                }
            }
            n += 1;
            if n < MAX_JOBS_PER_COMMIT {
                job = rx.try_recv().ok();
            }
        }
        if let Err(e) = store.conn.execute_batch("COMMIT") {
            set_fatal(store.err(e).message().to_string());
            let _ = store.conn.execute_batch("ROLLBACK");
        }
    }
    store
}
