//! The SQLite archive: the single source of truth.
//!
//! Why SQLite and why these rules:
//! - One file a researcher can copy, query from Python/R/DuckDB, and back up.
//! - WAL + `synchronous=NORMAL`: a killed process loses nothing committed, and readers
//!   (`status`, `export`) work while a crawl writes.
//! - The file is identified by `PRAGMA application_id`; any other file is refused
//!   before anything is written to it, so a wrong `--db` can never clobber a user's data.
//! - The schema is a list of numbered migrations (`PRAGMA user_version` counts the
//!   applied ones), each applied in its own transaction.

mod crawl;
mod extraction;
mod status;

pub use crawl::*;
pub use extraction::*;
pub use status::*;

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::{describe_sqlite, Error, Result};

/// "NBAO": marks a file as a nianbao archive.
pub const APPLICATION_ID: i32 = 0x4E42_414F;

/// The migrations, in order. Never edit a released one: add a new one.
const MIGRATIONS: &[(&str, &str)] = &[
    ("archive", include_str!("migrations/0001_archive.sql")),
    ("extraction", include_str!("migrations/0002_extraction.sql")),
    (
        "extraction_reasons",
        include_str!("migrations/0003_extraction_reasons.sql"),
    ),
];

pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn db_err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Database(format!("{}: {e}", path.display()))
}

fn sql_err(path: &Path, e: rusqlite::Error) -> Error {
    let msg = describe_sqlite(&e);
    if is_io_failure(&e) && disk_is_full(path) {
        // SQLite reports ENOSPC on its WAL index as a plain I/O error: say what it is.
        return db_err(path, format!("the disk is full ({msg})"));
    }
    db_err(path, msg)
}

fn is_io_failure(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ffi::ErrorCode::SystemIoFailure)
}

/// Less than 64 KiB left where the archive lives.
fn disk_is_full(path: &Path) -> bool {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs4::available_space(dir).is_ok_and(|n| n < 64 * 1024)
}

/// What is at `path` before we open it.
enum Existing {
    Missing,
    Empty,
    Sqlite,
}

fn inspect(path: &Path) -> Result<Existing> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Existing::Missing),
        Err(e) => return Err(db_err(path, e)),
    };
    if meta.is_dir() {
        return Err(db_err(path, "is a directory, not a database file"));
    }
    if meta.len() == 0 {
        return Ok(Existing::Empty);
    }
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path).map_err(|e| db_err(path, e))?;
    let n = f.read(&mut head).map_err(|e| db_err(path, e))?;
    if n < 16 || &head != b"SQLite format 3\0" {
        return Err(db_err(
            path,
            "is not a nianbao archive (not an SQLite database); refusing to touch it",
        ));
    }
    Ok(Existing::Sqlite)
}

impl Store {
    /// Refuse a path that is a directory or someone else's file before anything is
    /// created beside it (the run lock, a folder): nothing of the user's is touched.
    pub fn preflight(path: &Path) -> Result<()> {
        inspect(path).map(|_| ())
    }

    /// Open (creating it and its folder if missing) an archive for writing.
    pub fn open(path: &Path) -> Result<Store> {
        let existing = inspect(path)?;
        if matches!(existing, Existing::Missing) {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    db_err(path, format!("cannot create folder {}: {e}", dir.display()))
                })?;
            }
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sql_err(path, e))?;
        if matches!(existing, Existing::Sqlite) {
            check_ours(&conn, path)?;
        }
        // SQLite quietly falls back to read-only when the file cannot be opened for
        // writing (permissions, `chattr +i`, a read-only mount): say so before any work.
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(db_err(
                path,
                "the database is read-only (the file cannot be written: permissions, immutable flag or read-only mount)",
            ));
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure(true)?;
        store.migrate()?;
        Ok(store)
    }

    /// Open an existing archive for reading only (status, export, coverage).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        match inspect(path)? {
            Existing::Missing => {
                return Err(db_err(
                    path,
                    "no archive here (run `nianbao crawl` first, or pass --db)",
                ))
            }
            Existing::Empty => return Err(db_err(path, "is an empty file, not a nianbao archive")),
            Existing::Sqlite => {}
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sql_err(path, e))?;
        check_ours(&conn, path)?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| sql_err(path, e))?;
        if version as usize > MIGRATIONS.len() {
            return Err(newer_schema(path, version));
        }
        if (version as usize) < MIGRATIONS.len() {
            return Err(db_err(path, format!("schema v{version} is older than this nianbao's v{}; run `nianbao extract` once to upgrade it", MIGRATIONS.len())));
        }
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store
            .conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| sql_err(path, e))?;
        Ok(store)
    }

    /// The raw connection, for read-only consumers such as the exporters.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(&mut self, writable: bool) -> Result<()> {
        let p = self.path.clone();
        self.conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| sql_err(&p, e))?;
        if writable {
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
                .map_err(|e| sql_err(&p, e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(db_err(
                    &p,
                    format!("cannot switch to WAL journal (got {mode})"),
                ));
            }
            self.conn
                .execute_batch(
                    "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;",
                )
                .map_err(|e| sql_err(&p, e))?;
        }
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let p = self.path.clone();
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| sql_err(&p, e))?;
        if version as usize > MIGRATIONS.len() {
            return Err(newer_schema(&p, version));
        }
        for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction().map_err(|e| sql_err(&p, e))?;
            tx.execute_batch(sql).map_err(|e| {
                db_err(
                    &p,
                    format!(
                        "migration {} ({name}) failed: {}",
                        i + 1,
                        describe_sqlite(&e)
                    ),
                )
            })?;
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                i + 1
            ))
            .map_err(|e| sql_err(&p, e))?;
            tx.commit().map_err(|e| sql_err(&p, e))?;
        }
        Ok(())
    }

    /// `PRAGMA integrity_check`, "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        let p = &self.path;
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| sql_err(p, e))
    }

    /// The stored body with this hash, decompressed: the bytes exactly as received.
    pub fn body(&self, sha256: &str) -> Result<Option<Vec<u8>>> {
        let p = &self.path;
        let blob: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT zstd FROM bodies WHERE sha256 = ?1", [sha256], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| sql_err(p, e))?;
        match blob {
            None => Ok(None),
            Some(z) => zstd::decode_all(&z[..])
                .map(Some)
                .map_err(|e| db_err(p, format!("body {sha256} is corrupt: {e}"))),
        }
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> Error {
        sql_err(&self.path, e)
    }
}

fn newer_schema(path: &Path, version: i64) -> Error {
    db_err(path, format!("was written by a newer nianbao (schema v{version}, this one knows v{}); upgrade nianbao", MIGRATIONS.len()))
}

/// Refuse an SQLite file that is not ours, before writing anything to it.
fn check_ours(conn: &Connection, path: &Path) -> Result<()> {
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| sql_err(path, e))?;
    if app == APPLICATION_ID {
        return Ok(());
    }
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| sql_err(path, e))?;
    if app == 0 && tables == 0 {
        return Ok(()); // an empty SQLite file: ours to initialise
    }
    Err(db_err(
        path,
        "is an SQLite database but not a nianbao archive; refusing to touch it",
    ))
}

/// Current UTC time as RFC 3339 with milliseconds.
pub fn now_rfc3339() -> String {
    let t = time::OffsetDateTime::now_utc();
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_folder_and_migrates() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b/archive.sqlite");
        let s = Store::open(&p).unwrap();
        assert_eq!(s.integrity_check().unwrap(), "ok");
        let v: i64 = s
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v as usize, MIGRATIONS.len());
        drop(s);
        // Reopening is a no-op migration.
        Store::open(&p).unwrap();
        Store::open_read_only(&p).unwrap();
    }

    #[test]
    fn refuses_foreign_files_without_touching_them() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "my thesis notes, not a database\n".repeat(10)).unwrap();
        let before = std::fs::read(&text).unwrap();
        let e = Store::open(&text).unwrap_err();
        assert!(e.to_string().contains("not a nianbao archive"), "{e}");
        assert_eq!(std::fs::read(&text).unwrap(), before);

        let other = dir.path().join("other.sqlite");
        {
            let c = Connection::open(&other).unwrap();
            c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        let before = std::fs::read(&other).unwrap();
        let e = Store::open(&other).unwrap_err();
        assert!(
            e.to_string()
                .contains("SQLite database but not a nianbao archive"),
            "{e}"
        );
        assert_eq!(std::fs::read(&other).unwrap(), before);
        assert!(!dir.path().join("other.sqlite-wal").exists());

        let e = Store::open(dir.path()).unwrap_err();
        assert!(e.to_string().contains("is a directory"), "{e}");
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn read_only_open_of_a_missing_file_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("none.sqlite");
        assert!(Store::open_read_only(&p).is_err());
        assert!(!p.exists());
    }
}
