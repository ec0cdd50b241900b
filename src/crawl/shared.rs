//! What every site task of a run shares: the options, the fetcher, the database
//! writer, and each site's live counters (which the progress line sums); and what
//! the sites on one host share: its pacer and its robots.txt ([`HostShare`]).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use nianbao_discover::robots::Robots;

use super::db::Db;
use crate::config::Config;
use crate::fetch::Fetcher;
use crate::politeness::HostPacer;
use crate::store::{FailureKind, RunKind};

/// What the user asked for on the command line.
#[derive(Debug, Clone)]
pub struct CrawlOptions {
    pub kind: RunKind,
    /// Inclusive report-year range: which reports are kept; on backfill also how deep to page.
    pub years: Option<(i32, i32)>,
    /// Cap on fetches per host for this run, over all its sites (overrides
    /// `max_pages_per_host`).
    pub max_pages: Option<u64>,
    /// Show an interactive progress bar.
    pub progress: bool,
}

/// One site's live counts. Each event is counted here once; the site's summary and
/// the run's progress line read these.
#[derive(Debug, Default)]
pub struct Counters {
    pub requests: AtomicU64,
    pub bodies: AtomicU64,
    pub not_modified: AtomicU64,
    pub new_captures: AtomicU64,
    pub reports: AtomicU64,
}

impl Counters {
    pub fn bump(c: &AtomicU64) {
        c.fetch_add(1, Ordering::Relaxed);
    }

    pub fn get(c: &AtomicU64) -> u64 {
        c.load(Ordering::Relaxed)
    }
}

pub(crate) struct Ctx {
    pub cfg: Config,
    pub opts: CrawlOptions,
    pub run_id: i64,
    pub fetcher: Fetcher,
    pub db: Db,
    pub product_token: String,
    /// Every site's counters, registered as its task starts.
    pub sites: Mutex<Vec<Arc<Counters>>>,
    /// The run's headless Chromium, started for the first page of a `render = true` host.
    pub browser: nianbao_render::Launcher,
}

impl Ctx {
    /// A new site's counters, registered for the progress line.
    pub fn counters(&self) -> Arc<Counters> {
        let c = Arc::new(Counters::default());
        self.sites
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(c.clone());
        c
    }

    /// The run so far, summed over the sites.
    pub fn progress_line(&self) -> String {
        let sites = self.sites.lock().unwrap_or_else(|p| p.into_inner());
        let sum =
            |f: fn(&Counters) -> &AtomicU64| sites.iter().map(|c| Counters::get(f(c))).sum::<u64>();
        format!(
            "requests {} · bodies {} · 304 {} · new {} · reports {}",
            sum(|c| &c.requests),
            sum(|c| &c.bodies),
            sum(|c| &c.not_modified),
            sum(|c| &c.new_captures),
            sum(|c| &c.reports)
        )
    }
}

/// What the sites on one host share in a run. Politeness is per host, however many
/// seeds (columns of one portal) crawl it: one rate ceiling, Crawl-delay and
/// slow-down, one robots.txt fetch, one page cap (`max_pages_per_host`).
pub(crate) struct HostShare {
    pub pacer: HostPacer,
    /// Requests this process sent to the host in this run, over all its sites.
    pub requests: AtomicU64,
    /// Fetches the archive holds for the host's sites in this run from before
    /// this process (a resumed run): read once, by the first site to start.
    pub fetched_before: tokio::sync::OnceCell<u64>,
    /// Fetched once per host per run, by whichever of its sites asks first.
    pub robots: tokio::sync::OnceCell<RobotsVerdict>,
    /// The archive ids of the host's sites: a resumed run finds the robots.txt it
    /// already fetched under any of them.
    pub site_ids: Vec<i64>,
}

impl HostShare {
    pub fn new(requests_per_second: f64, site_ids: Vec<i64>) -> HostShare {
        HostShare {
            pacer: HostPacer::new(requests_per_second),
            requests: AtomicU64::new(0),
            fetched_before: tokio::sync::OnceCell::new(),
            robots: tokio::sync::OnceCell::new(),
            site_ids,
        }
    }
}

/// What robots.txt says about a host for this run.
#[derive(Debug, Clone)]
pub(crate) enum RobotsVerdict {
    Rules(Robots),
    /// Nothing may be fetched: the failure each site records, and its note.
    OffLimits(FailureKind, String),
}
