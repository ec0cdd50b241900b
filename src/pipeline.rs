//! One pass of the pipeline: crawl the seeds into the archive, then extract what is new.
//!
//! The nightly `crawl`, `backfill` and the offline `demo` are the same pass with
//! different seeds and options, so the order (and what "extract afterwards" means:
//! new captures and those of older extractor versions, never `--all`) lives here once.
//! Opening the archive, taking its lock and printing stay with the caller.

use crate::config::Config;
use crate::crawl::CrawlOptions;
use crate::error::{Error, Result};
use crate::extraction::ExtractReport;
use crate::seeds::Seed;
use crate::store::Store;
use crate::summary::RunSummary;

/// Crawl `seeds` into `store`; with `extract`, then run extraction over the captures
/// that need it. The store is handed back for what the caller does next (exports,
/// status).
pub async fn crawl_then_extract(
    cfg: &Config,
    seeds: &[Seed],
    store: Store,
    opts: CrawlOptions,
    extract: bool,
) -> Result<(RunSummary, Option<ExtractReport>, Store)> {
    let (summary, mut store) = crate::crawl::run(cfg, seeds, store, opts).await?;
    if !extract {
        return Ok((summary, None, store));
    }
    // Extraction is CPU-bound and synchronous: off the async workers, which may be
    // serving something else (the demo's fixture web).
    let limits = cfg.extract.limits();
    let (report, store) = tokio::task::spawn_blocking(move || {
        let report = crate::extraction::run_with(&mut store, false, &limits);
        (report, store)
    })
    .await
    .map_err(|e| Error::Fatal(format!("the extraction pass stopped: {e}")))?;
    Ok((summary, Some(report?), store))
}
