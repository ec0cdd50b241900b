//! Shared set-up for the integration tests: a fixture web on loopback with a config
//! and seeds that point at it, helpers to read the server's request log and the
//! archive, the real binary with its one-line-error contract, and the rule for
//! external tools (missing = skipped, but a failure under NIANBAO_REQUIRE_TOOLS=1).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use nianbao::config::Config;
use nianbao::crawl::CrawlOptions;
use nianbao::store::{RunKind, Store};
use nianbao::summary::RunSummary;
use nianbao_fixture::{FixtureWeb, Options, RequestRecord};

pub const RATE: f64 = 20.0;

pub struct Setup {
    pub web: FixtureWeb,
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
}

impl Setup {
    pub async fn new(first_octet: u8) -> Setup {
        Setup::with_options(
            Options {
                first_octet,
                ..Options::default()
            },
            RATE,
            "",
        )
        .await
    }

    /// `extra` is appended to the [crawl] table of the generated config.
    pub async fn with_options(opts: Options, rate: f64, extra: &str) -> Setup {
        let web = FixtureWeb::start(opts).await.expect("fixture web starts");
        let dir = tempfile::tempdir().expect("temp dir");
        let mut cfg = web.config_toml(dir.path(), rate);
        if !extra.is_empty() {
            cfg = cfg.replacen("[crawl]\n", &format!("[crawl]\n{extra}\n"), 1);
        }
        let config = dir.path().join("config.toml");
        std::fs::write(&config, cfg).unwrap();
        std::fs::write(dir.path().join("seeds.csv"), web.seeds_csv()).unwrap();
        Setup { web, dir, config }
    }

    pub fn cfg(&self) -> Config {
        Config::load(Some(&self.config))
            .expect("fixture config parses")
            .0
    }

    pub fn db(&self) -> PathBuf {
        self.cfg().storage.db
    }

    pub async fn run(&self, kind: RunKind, years: Option<(i32, i32)>) -> RunSummary {
        self.run_on(&self.db(), kind, years).await
    }

    pub async fn run_on(&self, db: &Path, kind: RunKind, years: Option<(i32, i32)>) -> RunSummary {
        let cfg = self.cfg();
        let seeds = nianbao::seeds::load(Some(&cfg.seeds.file)).unwrap();
        assert!(seeds.warnings.is_empty(), "{:?}", seeds.warnings);
        let store = Store::open(db).unwrap();
        let opts = CrawlOptions {
            kind,
            years,
            max_pages: None,
            progress: false,
        };
        let (summary, _store) = nianbao::crawl::run(&cfg, &seeds.seeds, store, opts)
            .await
            .expect("crawl runs");
        summary
    }

    pub fn store(&self) -> Store {
        Store::open(&self.db()).unwrap()
    }
}

/// The largest number of requests to one host inside any 1-second window.
pub fn max_per_window(log: &[RequestRecord], host: &str, window: Duration) -> usize {
    let mut t: Vec<Duration> = log
        .iter()
        .filter(|r| host_of(&r.host) == host)
        .map(|r| r.at)
        .collect();
    t.sort();
    let mut best = 0;
    let mut j = 0;
    for i in 0..t.len() {
        while t[i] - t[j] >= window {
            j += 1;
        }
        best = best.max(i - j + 1);
    }
    best
}

pub fn host_of(host_header: &str) -> String {
    host_header
        .rsplit_once(':')
        .map(|(h, _)| h)
        .unwrap_or(host_header)
        .to_ascii_lowercase()
}

pub fn requests_by_host(log: &[RequestRecord]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in log {
        *m.entry(host_of(&r.host)).or_default() += 1;
    }
    m
}

/// robots.txt fetched exactly once on each of `hosts`, and nothing under a
/// disallowed (host, prefix) requested.
pub fn assert_robots_once_and_obeyed<'a>(
    log: &[RequestRecord],
    hosts: impl IntoIterator<Item = &'a String>,
    disallowed: &[(String, String)],
) {
    for host in hosts {
        let robots = log
            .iter()
            .filter(|r| &host_of(&r.host) == host && r.target == "/robots.txt")
            .count();
        assert_eq!(robots, 1, "{host}: robots.txt fetched {robots} times");
    }
    for (host, prefix) in disallowed {
        let bad: Vec<_> = log
            .iter()
            .filter(|r| &host_of(&r.host) == host && r.target.starts_with(prefix.as_str()))
            .collect();
        assert!(
            bad.is_empty(),
            "disallowed {host}{prefix} requested: {bad:?}"
        );
    }
}

/// Final URLs with a 200 capture in the archive.
pub fn archived_ok(store: &Store) -> std::collections::BTreeSet<String> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut st = conn
        .prepare("SELECT final_url FROM captures WHERE status = 200")
        .unwrap();
    st.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

pub fn query_i64(store: &Store, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

// ---------------------------------------------------------------- the binary

/// The `nianbao` binary, run in `dir`, with the user's log filter removed and
/// backtraces on (a panic would show one: it must never come to that).
pub fn nianbao_in(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_nianbao"));
    c.current_dir(dir)
        .env_remove("NIANBAO_LOG")
        .env("RUST_BACKTRACE", "1");
    c
}

/// Run `nianbao args…` in `dir` to completion.
pub fn run_nianbao(dir: &Path, args: &[&str]) -> Output {
    nianbao_in(dir).args(args).output().unwrap()
}

/// The single stderr line of a failed command (no panic, no backtrace).
pub fn one_line(out: &Output) -> String {
    let s = String::from_utf8_lossy(&out.stderr).to_string();
    no_panic(&s);
    let lines: Vec<_> = s.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "expected one line on stderr, got: {s}");
    lines[0].to_string()
}

pub fn no_panic(s: &str) {
    assert!(
        !s.contains("panicked") && !s.contains("backtrace") && !s.contains("RUST_BACKTRACE"),
        "{s}"
    );
}

/// A fresh archive with the schema and nothing in it.
pub fn empty_archive(path: &Path) {
    drop(Store::open(path).unwrap());
}

// ---------------------------------------------------------------- external tools

/// Whether a test may go on after setting up what needs `what` (a tool, root's
/// `chattr`, a tmpfs mount), given whether that worked. Not available: the test is
/// skipped with a note, or fails when NIANBAO_REQUIRE_TOOLS=1 (as CI sets it), so a
/// missing tool never passes silently there.
pub fn require_tool(what: &str, available: bool) -> bool {
    if available {
        return true;
    }
    if std::env::var("NIANBAO_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("{what} is required (NIANBAO_REQUIRE_TOOLS=1) but not available here");
    }
    eprintln!("SKIPPED: {what} is not available here");
    false
}
