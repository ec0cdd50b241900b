//! One run per archive at a time.
//!
//! An OS file lock on `<db>.lock` (not a pid file): the kernel drops it when the
//! holder dies, even by SIGKILL, so a crash never leaves a stale lock behind for
//! the next night's cron job. The file's text names the holder for the message
//! the second run prints.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

#[derive(Debug)]
pub struct RunLock {
    file: File,
    path: PathBuf,
}

pub fn lock_path(db: &Path) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}

impl RunLock {
    /// Take the archive's lock or fail with exit status 3 naming the holder.
    pub fn acquire(db: &Path, command: &str) -> Result<RunLock> {
        let path = lock_path(db);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::Database(format!("cannot create folder {}: {e}", dir.display()))
            })?;
        }
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| {
                Error::Database(format!("cannot open lock file {}: {e}", path.display()))
            })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                let who = if holder.is_empty() {
                    "another nianbao run".to_string()
                } else {
                    holder.to_string()
                };
                return Err(Error::Locked(format!(
                    "{} is in use by {who}; try again when it has finished",
                    db.display()
                )));
            }
            Err(TryLockError::Error(e)) => {
                return Err(Error::Database(format!(
                    "cannot lock {}: {e}",
                    path.display()
                )));
            }
        }
        let holder = format!(
            "nianbao {command} (pid {}, started {})",
            std::process::id(),
            crate::store::now_rfc3339()
        );
        let _ = file.set_len(0);
        let _ = file.seek(SeekFrom::Start(0));
        let _ = file.write_all(holder.as_bytes());
        let _ = file.flush();
        Ok(RunLock { file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_holder_is_refused_with_the_first_named() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.sqlite");
        let first = RunLock::acquire(&db, "crawl").unwrap();
        let e = RunLock::acquire(&db, "extract").unwrap_err();
        assert_eq!(e.exit_code(), 3);
        let m = e.to_string();
        assert!(
            m.contains("nianbao crawl") && m.contains(&format!("pid {}", std::process::id())),
            "{m}"
        );
        drop(first);
        RunLock::acquire(&db, "extract").unwrap();
    }
}
