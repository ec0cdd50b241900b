//! The crawl engine: `crawl` (nightly, incremental) and `backfill` (exhaustive).
//!
//! One task per site, up to `max_concurrent_hosts` at once; inside a site, fetches are
//! sequential and paced by the site's [`HostPacer`](crate::politeness::HostPacer): a
//! site is the unit of politeness, and bureau sites are slow enough that
//! per-host parallelism would buy nothing but risk. All writes go through one
//! database thread ([`db`]); the frontier lives in SQLite, so a killed run resumes
//! where it stopped (the next `crawl` continues the unfinished run) and memory stays
//! flat however many URLs are queued.
//!
//! What a run does with a site depends on what the archive knows of it ([`Mode`]):
//! a site never explored is explored fully; an explored site gets the nightly pass
//! (conditional rechecks of its list pages and recent reports, new links only);
//! `backfill` walks every list to its end.

mod db;
mod page;
mod site;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::fetch::{FetchSettings, Fetcher};
use crate::seeds::Seed;
use crate::store::{RunKind, Store};
use crate::summary::{RunSummary, SiteSummary};

pub use db::Db;

/// What the user asked for on the command line.
#[derive(Debug, Clone)]
pub struct CrawlOptions {
    pub kind: RunKind,
    /// Inclusive report-year range: which reports are kept; on backfill also how deep to page.
    pub years: Option<(i32, i32)>,
    /// Cap on fetches per site for this run (overrides `max_pages_per_host`).
    pub max_pages: Option<u64>,
    /// Show an interactive progress bar.
    pub progress: bool,
}

pub use crate::store::Mode;

/// Counters a site task updates; read for the progress line and the summary.
#[derive(Debug, Default)]
pub struct Counters {
    pub requests: AtomicU64,
    pub bodies: AtomicU64,
    pub not_modified: AtomicU64,
    pub new_captures: AtomicU64,
    pub reports: AtomicU64,
}

impl Counters {
    fn add(&self, c: &AtomicU64, n: u64) {
        let _ = self;
        c.fetch_add(n, Ordering::Relaxed);
    }
}

pub(crate) struct Ctx {
    pub cfg: Config,
    pub opts: CrawlOptions,
    pub run_id: i64,
    pub fetcher: Fetcher,
    pub db: Db,
    pub product_token: String,
    pub totals: Arc<Counters>,
}

/// Crawl the seeds into the store. Returns the run's summary (also stored with the run).
pub async fn run(
    cfg: &Config,
    seeds: &[Seed],
    store: Store,
    opts: CrawlOptions,
) -> Result<(RunSummary, Store)> {
    let started = Instant::now();
    let fetcher = Fetcher::new(FetchSettings {
        user_agent: cfg.crawl.user_agent.trim().to_string(),
        timeout: cfg.timeout(),
        max_body: cfg.max_body_bytes(),
        allow_private: cfg.crawl.allow_private_addresses,
        resolve: cfg.resolve_overrides(),
    })
    .map_err(Error::Fatal)?;

    // Resume a killed run of the same kind, or start one.
    let (run_id, resumed, opts) = match store.unfinished_run(opts.kind)? {
        Some(r) => {
            tracing::info!(
                run = r.id,
                "resuming the unfinished {} run {}",
                r.kind,
                r.id
            );
            let opts = CrawlOptions {
                years: r.years.or(opts.years),
                max_pages: r.max_pages.or(opts.max_pages),
                ..opts
            };
            (r.id, true, opts)
        }
        None => (
            store.create_run(opts.kind, opts.years, opts.max_pages)?,
            false,
            opts,
        ),
    };
    let mut sites = Vec::new();
    for seed in seeds {
        sites.push((seed.clone(), store.upsert_site(seed)?));
    }

    let (db, db_thread) = Db::spawn(store);
    let totals = Arc::new(Counters::default());
    let ctx = Arc::new(Ctx {
        product_token: nianbao_discover::robots::product_token(&cfg.crawl.user_agent).to_string(),
        cfg: cfg.clone(),
        opts: opts.clone(),
        run_id,
        fetcher,
        db: db.clone(),
        totals: totals.clone(),
    });

    let bar = opts.progress.then(|| {
        let b = indicatif::ProgressBar::new(sites.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] sites {pos}/{len} {wide_msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(200));
        b
    });

    let limit = Arc::new(tokio::sync::Semaphore::new(cfg.crawl.max_concurrent_hosts));
    let mut tasks = tokio::task::JoinSet::new();
    for (seed, row) in sites {
        let ctx = ctx.clone();
        let limit = limit.clone();
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            site::crawl_site(ctx, seed, row).await
        });
    }
    let mut site_summaries: Vec<SiteSummary> = Vec::new();
    loop {
        let next = match &bar {
            Some(b) => {
                tokio::select! {
                    r = tasks.join_next() => r,
                    _ = tokio::time::sleep(Duration::from_millis(250)) => {
                        b.set_message(progress_line(&totals));
                        continue;
                    }
                }
            }
            None => tasks.join_next().await,
        };
        let Some(joined) = next else { break };
        match joined {
            Ok(s) => {
                if let Some(b) = &bar {
                    b.inc(1);
                    b.set_message(progress_line(&totals));
                } else {
                    tracing::info!(site = %s.host, requests = s.requests, new = s.new_captures, reports = s.reports, errors = s.errors.values().sum::<u64>(), "site done");
                }
                site_summaries.push(s);
            }
            Err(e) => return Err(Error::Fatal(format!("a site task failed: {e}"))),
        }
        if let Some(m) = db.fatal() {
            tasks.abort_all();
            return Err(Error::Database(m));
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    site_summaries.sort_by(|a, b| a.host.cmp(&b.host));
    let summary = RunSummary::new(
        run_id,
        opts.kind,
        resumed,
        started.elapsed(),
        site_summaries,
    );
    let json = serde_json::to_string(&summary).unwrap_or_default();
    let finished = db.call(move |s| s.finish_run(run_id, &json)).await;
    drop(ctx);
    drop(db);
    let store = db_thread
        .join()
        .map_err(|_| Error::Fatal("the database thread panicked".into()))?;
    finished?;
    Ok((summary, store))
}

fn progress_line(t: &Counters) -> String {
    format!(
        "requests {} · bodies {} · 304 {} · new {} · reports {}",
        t.requests.load(Ordering::Relaxed),
        t.bodies.load(Ordering::Relaxed),
        t.not_modified.load(Ordering::Relaxed),
        t.new_captures.load(Ordering::Relaxed),
        t.reports.load(Ordering::Relaxed)
    )
}
