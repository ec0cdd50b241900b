//! The crawl engine: `crawl` (nightly, incremental) and `backfill` (exhaustive).
//!
//! One task per host, up to `max_concurrent_hosts` at once; a host's sites (several
//! when seeds are columns of one portal) are crawled one after the other, all paced
//! by the host's one [`HostPacer`](crate::politeness::HostPacer) and ruled by its one
//! robots.txt: the host is the unit of politeness, and bureau sites are slow enough
//! that per-host parallelism would buy nothing but risk. All writes go through one
//! database thread (`db`); the frontier lives in SQLite, so a killed run resumes
//! where it stopped (the next `crawl` continues the unfinished run) and memory stays
//! flat however many URLs are queued.
//!
//! What a run does with a site depends on what the archive knows of it ([`Mode`]):
//! a site never explored is explored fully; an explored site gets the nightly pass
//! (conditional rechecks of its list pages and recent reports, new links only);
//! `backfill` walks every list to its end.
//!
//! The modules, leaves first (no module imports one that imports it):
//!
//! | module | owns |
//! |---|---|
//! | `failure` | a fetch that ended without a usable response |
//! | `redirect` | where a 3xx sends the crawl next (pure) |
//! | `page` | a page's parse, capture row, WAF recognition (pure) |
//! | `retry` | ask again, wait, or give up after one attempt (pure) |
//! | `policy` | a page's role, which links to queue (and the list mechanism that found each), where a backfill stops (pure) |
//! | `platform` | list requests behind scripts (gkmlpt API, jpage `POST`) and how far a run pages them (pure) |
//! | `db` | the single database writer thread |
//! | `shared` | what the site tasks of a run share: options, fetcher, counters; per host: pacer, robots.txt |
//! | `site` | one site's crawl: the I/O, pacing and writes around the decisions |
//! | `site::render` | a `render = true` host's list pages in headless Chromium: the browser's requests fetched and archived under the host's politeness |
//! | this file | the run: resume or start, one task per site, the summary |

mod db;
mod failure;
mod page;
mod platform;
mod policy;
mod redirect;
mod retry;
mod shared;
mod site;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::fetch::{FetchSettings, Fetcher};
use crate::seeds::Seed;
use crate::store::Store;
use crate::summary::{RunSummary, SiteSummary};

pub use crate::store::Mode;
pub use db::Db;
pub use shared::{Counters, CrawlOptions};
use shared::{Ctx, HostShare};

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
        extra_roots: cfg.extra_roots()?,
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
    // The sites grouped by host, hosts in seed order.
    let mut hosts: Vec<(String, Vec<(Seed, crate::store::SiteRow)>)> = Vec::new();
    let mut host_index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for seed in seeds {
        let row = store.upsert_site(seed)?;
        match host_index.get(&row.host) {
            Some(&i) => hosts[i].1.push((seed.clone(), row)),
            None => {
                host_index.insert(row.host.clone(), hosts.len());
                hosts.push((row.host.clone(), vec![(seed.clone(), row)]));
            }
        }
    }

    let (db, db_thread) = Db::spawn(store);
    let ctx = Arc::new(Ctx {
        product_token: nianbao_discover::robots::product_token(&cfg.crawl.user_agent).to_string(),
        cfg: cfg.clone(),
        opts: opts.clone(),
        run_id,
        fetcher,
        db: db.clone(),
        sites: Mutex::new(Vec::new()),
        browser: Default::default(),
    });

    let bar = opts.progress.then(|| {
        let b = indicatif::ProgressBar::new(seeds.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] sites {pos}/{len} {wide_msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(200));
        b
    });

    let concurrent = crate::limits::clamp_concurrent_sites(
        cfg.crawl.max_concurrent_hosts,
        cfg.crawl.connections_per_host,
    );
    let limit = Arc::new(tokio::sync::Semaphore::new(concurrent));
    let mut tasks = tokio::task::JoinSet::new();
    for (host, sites) in hosts {
        let ctx = ctx.clone();
        let limit = limit.clone();
        let share = Arc::new(HostShare::new(
            cfg.rate_for(&host),
            sites.iter().map(|(_, row)| row.id).collect(),
        ));
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            let mut done = Vec::new();
            for (seed, row) in sites {
                done.push(site::crawl_site(ctx.clone(), share.clone(), seed, row).await);
            }
            done
        });
    }
    let mut site_summaries: Vec<SiteSummary> = Vec::new();
    loop {
        let next = match &bar {
            Some(b) => {
                tokio::select! {
                    r = tasks.join_next() => r,
                    _ = tokio::time::sleep(Duration::from_millis(250)) => {
                        b.set_message(ctx.progress_line());
                        continue;
                    }
                }
            }
            None => tasks.join_next().await,
        };
        let Some(joined) = next else { break };
        match joined {
            Ok(done) => {
                for s in done {
                    if let Some(b) = &bar {
                        b.inc(1);
                        b.set_message(ctx.progress_line());
                    } else {
                        tracing::info!(site = %s.label(), requests = s.requests, new = s.new_captures, reports = s.reports, errors = s.errors.values().sum::<u64>(), "site done");
                    }
                    site_summaries.push(s);
                }
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
    site_summaries.sort_by(|a, b| (&a.host, &a.scope).cmp(&(&b.host, &b.scope)));
    let summary = RunSummary::new(
        run_id,
        opts.kind,
        resumed,
        started.elapsed(),
        site_summaries,
    );
    let json = serde_json::to_string(&summary).unwrap_or_default();
    let finished = db.call(move |s| s.finish_run(run_id, &json)).await;
    ctx.browser.shutdown().await;
    drop(ctx);
    drop(db);
    let store = db_thread
        .join()
        .map_err(|_| Error::Fatal("the database thread panicked".into()))?;
    finished?;
    Ok((summary, store))
}
