//! nianbao's SQLite archive: the single source of truth, and the one owner of its schema.
//!
//! What this crate owns: the migrations (the only place a table is defined), the
//! file's identity ([`APPLICATION_ID`]), opening for writing or reading and the
//! refusal of anyone else's file, the row types, and every query. Where it meets the
//! rest: the crawler (`nianbao::crawl`) writes through [`Store`]'s crawl methods from
//! one writer thread, the extraction pass reads pending captures and writes
//! extraction rows, and `status`, the exporters (`nianbao-export`) and
//! `archive-check` read through typed read functions. Nobody else writes SQL
//! against the archive or knows a table name (tests of other crates build archives
//! with `testing::ArchiveBuilder`, feature `testing`). Writes that belong
//! together go through [`Store::transaction`], the one transaction API. Archived
//! bodies are read back with their Content-Encoding undone by [`decode_archived`].
//!
//! Why SQLite and why these rules:
//! - One file a researcher can copy, query from Python/R/DuckDB, and back up.
//! - WAL + `synchronous=NORMAL`: a killed process loses nothing committed, and readers
//!   (`status`, `export`) work while a crawl writes.
//! - The file is identified by `PRAGMA application_id`; any other file is refused
//!   before anything is written to it, so a wrong `--db` can never clobber a user's data.
//! - The schema is a list of numbered migrations (`PRAGMA user_version` counts the
//!   applied ones), each applied in its own transaction.

mod browse;
mod check;
mod crawl;
mod decode;
mod error;
mod export;
mod extraction;
mod status;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use browse::{
    CaptureDetail, LinkedCapture, SearchFacets, SearchHit, SearchQuery, SiteDocument, UrlCapture,
    COUNT_CAP, MATCH_CLOSE, MATCH_OPEN,
};
pub use check::ArchiveCheck;
pub use crawl::*;
pub use decode::{decode_archived, decode_content, MAX_DECODED};
pub use error::{describe_sqlite, Error, Result};
pub use export::{AnnualReport, CaptureHead, CaptureRow, CellRow, Refusals, ReportRow, SiteInfo};
pub use extraction::*;
pub use status::*;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

/// "NBAO": marks a file as a nianbao archive.
pub const APPLICATION_ID: i32 = 0x4E42_414F;

/// The migrations, in order. Never edit a released one: add a new one.
const MIGRATIONS: &[(&str, &str)] = &[
    ("archive", include_str!("migrations/0001_archive.sql")),
    ("extraction", include_str!("migrations/0002_extraction.sql")),
    ("site_scope", include_str!("migrations/0003_site_scope.sql")),
    (
        "extraction_reasons",
        include_str!("migrations/0004_extraction_reasons.sql"),
    ),
    (
        "text_source",
        include_str!("migrations/0005_text_source.sql"),
    ),
    (
        "link_evidence",
        include_str!("migrations/0006_link_evidence.sql"),
    ),
    ("search", include_str!("migrations/0007_search.sql")),
    (
        "list_requests",
        include_str!("migrations/0008_list_requests.sql"),
    ),
    (
        "latest_extraction",
        include_str!("migrations/0009_latest_extraction.sql"),
    ),
];

/// A site as its seeds row describes it.
#[derive(Debug, Clone)]
pub struct SiteSeed {
    /// The host of the start URL, lowercased.
    pub host: String,
    /// Where on the host the crawl goes: empty for the whole host, else a path
    /// prefix ending in `/` (a department's column on a portal).
    pub scope: String,
    pub name: String,
    pub province: String,
    pub level: String,
    pub url: String,
    /// Seeds columns beyond the four required, by header name.
    pub extra: BTreeMap<String, String>,
}

pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    read_only: bool,
    /// How many [`Store::transaction`]s are open (inner ones are savepoints).
    depth: u32,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn db_err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::new(format!("{}: {e}", path.display()))
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
            read_only: false,
            depth: 0,
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
            read_only: true,
            depth: 0,
        };
        store
            .conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| sql_err(path, e))?;
        Ok(store)
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
            // A 32 MB page cache (SQLite's default is 2 MB): the crawl's lookups by URL
            // and frontier position land all over the indexes, and with the small cache
            // every one of them was a read from the OS (about a tenth of the writer's time).
            self.conn
                .execute_batch(
                    "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;",
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
        if version as usize == MIGRATIONS.len() {
            return Ok(());
        }
        // A migration may rebuild a table others reference (SQLite's documented way to
        // change a constraint): foreign keys are off while it runs, checked before it
        // commits, and on again after (the pragma is a no-op inside a transaction).
        let fk = |s: &Store, on: bool| {
            s.conn
                .execute_batch(&format!(
                    "PRAGMA foreign_keys={}",
                    if on { "ON" } else { "OFF" }
                ))
                .map_err(|e| s.err(e))
        };
        fk(self, false)?;
        let applied = self.apply_migrations(version as usize);
        fk(self, true)?;
        applied
    }

    fn apply_migrations(&mut self, from: usize) -> Result<()> {
        for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(from) {
            self.transaction(|s| {
                s.conn.execute_batch(sql).map_err(|e| {
                    db_err(
                        &s.path,
                        format!(
                            "migration {} ({name}) failed: {}",
                            i + 1,
                            describe_sqlite(&e)
                        ),
                    )
                })?;
                s.conn
                    .execute_batch(&format!(
                        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                        i + 1
                    ))
                    .map_err(|e| s.err(e))
            })?;
        }
        Ok(())
    }

    /// Run `f` in one transaction: committed when it returns `Ok`, rolled back when it
    /// returns `Err` or panics (the panic then continues). Inside another transaction it
    /// is a savepoint, so a failing step undoes only itself and the outer one goes on.
    /// The one way to group writes (and, on a read-only store, to read one snapshot).
    pub fn transaction<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let depth = self.depth;
        let (begin, commit, rollback) = if depth == 0 {
            // IMMEDIATE takes the write lock up front: no "busy" half way through.
            let begin = if self.read_only {
                "BEGIN"
            } else {
                "BEGIN IMMEDIATE"
            };
            (
                begin.to_string(),
                "COMMIT".to_string(),
                "ROLLBACK".to_string(),
            )
        } else {
            (
                format!("SAVEPOINT nb{depth}"),
                format!("RELEASE nb{depth}"),
                format!("ROLLBACK TO nb{depth}; RELEASE nb{depth}"),
            )
        };
        self.conn.execute_batch(&begin).map_err(|e| self.err(e))?;
        self.depth += 1;
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self)));
        self.depth = depth;
        match out {
            Ok(Ok(v)) => match self.conn.execute_batch(&commit) {
                Ok(()) => Ok(v),
                Err(e) => {
                    let err = self.err(e);
                    let _ = self.conn.execute_batch(&rollback);
                    Err(err.into())
                }
            },
            Ok(Err(e)) => {
                let _ = self.conn.execute_batch(&rollback);
                Err(e)
            }
            Err(panic) => {
                let _ = self.conn.execute_batch(&rollback);
                std::panic::resume_unwind(panic)
            }
        }
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
            Some(z) => zstd::decode_all(&z[..]).map(Some).map_err(|e| {
                Error::data(format!("{}: body {sha256} is corrupt: {e}", p.display()))
            }),
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
    }

    fn seed(host: &str, scope: &str, name: &str) -> SiteSeed {
        SiteSeed {
            host: host.into(),
            scope: scope.into(),
            name: name.into(),
            province: "广东省".into(),
            level: "prefectural".into(),
            url: format!(
                "https://{host}{}",
                if scope.is_empty() { "/" } else { scope }
            ),
            extra: BTreeMap::new(),
        }
    }

    /// An archive written before sites had scopes opens, keeps its ids and rows (the
    /// `urls` referencing them too), and then takes a second site on the same host.
    #[test]
    fn archives_before_scopes_upgrade_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v2.sqlite");
        {
            let c = Connection::open(&p).unwrap();
            c.execute_batch(MIGRATIONS[0].1).unwrap();
            c.execute_batch(MIGRATIONS[1].1).unwrap();
            c.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 2;
                 INSERT INTO sites(id, host, name, level, seed_url, explored_run_id)
                   VALUES (7, 'www.yunfu.gov.cn', '云浮市人民政府', 'prefectural', 'https://www.yunfu.gov.cn/', 3);
                 INSERT INTO urls(site_id, canon, url, role) VALUES (7, 'k', 'https://www.yunfu.gov.cn/', 'seed');"
            ))
            .unwrap();
        }
        let s = Store::open(&p).unwrap();
        let old = s
            .upsert_site(seed("www.yunfu.gov.cn", "", "云浮市人民政府"))
            .unwrap();
        assert_eq!((old.id, old.scope.as_str(), old.explored), (7, "", true));
        let col = s
            .upsert_site(seed("www.yunfu.gov.cn", "/sthjj/", "云浮市生态环境局"))
            .unwrap();
        assert_ne!(col.id, 7);
        assert_eq!((col.scope.as_str(), col.explored), ("/sthjj/", false));
        // The same (host, scope) again is the same site.
        let again = s
            .upsert_site(seed("www.yunfu.gov.cn", "/sthjj/", "云浮市生态环境局"))
            .unwrap();
        assert_eq!(again.id, col.id);
        let fk_on: i64 = s
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk_on, 1, "foreign keys are on again after the migration");
        let orphan = s.conn.execute(
            "INSERT INTO urls(site_id, canon, url, role) VALUES (999, 'x', 'x', 'seed')",
            [],
        );
        assert!(orphan.is_err(), "urls still reference sites");
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    /// An archive from before the `latest` flag (schema v8) gets it on exactly the
    /// highest version of each capture, and keeps it so after a new version.
    #[test]
    fn archives_before_the_latest_flag_get_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v8.sqlite");
        {
            let c = Connection::open(&p).unwrap();
            for (_, sql) in &MIGRATIONS[..8] {
                c.execute_batch(sql).unwrap();
            }
            c.execute_batch(&format!(
                "PRAGMA foreign_keys = OFF; PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 8;
                 INSERT INTO extractions(capture_id, extractor_version, extracted_at, text_status, output_sha)
                   VALUES (1, 3, 't', 'ok', 'a'), (1, 4, 't', 'ok', 'b'), (2, 3, 't', 'ok', 'c');"
            ))
            .unwrap();
        }
        let s = Store::open(&p).unwrap();
        let flags = |s: &Store| -> Vec<(i64, i64, i64)> {
            s.conn
                .prepare(
                    "SELECT capture_id, extractor_version, latest FROM extractions ORDER BY 1, 2",
                )
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        assert_eq!(flags(&s), vec![(1, 3, 0), (1, 4, 1), (2, 3, 1)]);
        s.conn
            .execute_batch(
                "PRAGMA foreign_keys = OFF;
                 INSERT INTO extractions(capture_id, extractor_version, extracted_at, text_status, output_sha)
                   VALUES (2, 5, 't', 'ok', 'd'), (1, 2, 't', 'ok', 'e');",
            )
            .unwrap();
        assert_eq!(
            flags(&s),
            vec![(1, 2, 0), (1, 3, 0), (1, 4, 1), (2, 3, 0), (2, 5, 1)]
        );
    }

    /// Off-scope links from before link evidence keep their rows (with no evidence),
    /// are keyed per site afterwards, and gain evidence from a later sighting.
    #[test]
    fn offscope_links_gain_evidence_and_a_per_site_key() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v4.sqlite");
        {
            let c = Connection::open(&p).unwrap();
            for (_, sql) in &MIGRATIONS[..4] {
                c.execute_batch(sql).unwrap();
            }
            c.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 4;
                 INSERT INTO offscope_links(run_id, site_id, url) VALUES (1, 7, 'http://a.gov.cn/');"
            ))
            .unwrap();
        }
        let s = Store::open(&p).unwrap();
        let count = |s: &Store| -> i64 {
            s.conn
                .query_row("SELECT count(*) FROM offscope_links", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count(&s), 1);
        let seen = |site: i64, anchor: &str| {
            s.record_offscope(
                1,
                site,
                &OffscopeLink {
                    url: "http://a.gov.cn/".into(),
                    anchor: anchor.into(),
                    source_url: "http://b.gov.cn/".into(),
                    block_heading: Some("市州生态环境局".into()),
                },
            )
            .unwrap()
        };
        seen(7, "甲市生态环境局");
        seen(7, "later text does not replace earlier text");
        seen(8, "甲市生态环境局");
        assert_eq!(count(&s), 2, "one row per run, site and url");
        let anchors: Vec<String> = s
            .conn
            .prepare("SELECT anchor FROM offscope_links ORDER BY site_id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(anchors, ["甲市生态环境局", "甲市生态环境局"]);
    }

    #[test]
    fn transactions_commit_on_ok_and_roll_back_on_err_or_panic() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.sqlite")).unwrap();
        let runs = |s: &Store| s.recent_runs(100).unwrap().len();
        s.transaction(|s| s.create_run(RunKind::Crawl, None, None))
            .unwrap();
        assert_eq!(runs(&s), 1);
        let r: Result<()> = s.transaction(|s| {
            s.create_run(RunKind::Crawl, None, None)?;
            Err(Error::new("no"))
        });
        assert!(r.is_err());
        assert_eq!(runs(&s), 1, "rolled back on Err");
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = s.transaction(|s| -> Result<()> {
                s.create_run(RunKind::Crawl, None, None)?;
                panic!("boom")
            });
        }));
        assert!(caught.is_err());
        assert_eq!(runs(&s), 1, "rolled back on panic");
        // Nested: a failing inner step undoes only itself.
        s.transaction(|s| {
            s.create_run(RunKind::Crawl, None, None)?;
            let inner: Result<()> = s.transaction(|s| {
                s.create_run(RunKind::Backfill, None, None)?;
                Err(Error::new("inner"))
            });
            assert!(inner.is_err());
            s.transaction(|s| s.create_run(RunKind::Backfill, None, None))?;
            Ok::<_, Error>(())
        })
        .unwrap();
        let kinds: Vec<String> = s
            .recent_runs(100)
            .unwrap()
            .into_iter()
            .map(|r| r.kind)
            .collect();
        assert_eq!(kinds, ["backfill", "crawl", "crawl"]);
        // The store is usable (no transaction left open) after all of that.
        s.transaction(|s| s.create_run(RunKind::Crawl, None, None))
            .unwrap();
        assert_eq!(runs(&s), 4);
    }

    #[test]
    fn read_only_open_of_a_missing_file_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("none.sqlite");
        assert!(Store::open_read_only(&p).is_err());
        assert!(!p.exists());
    }
}
