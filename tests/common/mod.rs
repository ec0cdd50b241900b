//! Shared set-up for the crawl tests: a fixture web on loopback, a config and seeds
//! that point at it, and helpers to read the server's request log.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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
