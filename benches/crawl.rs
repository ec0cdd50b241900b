//! Crawl throughput: one large loopback site (tens of thousands of pages), politeness
//! off (a rate ceiling far above what loopback can serve), link extraction and archive
//! writes included. Prints pages/s and peak RSS; not a test, so it never flakes.
//!
//!     cargo bench --bench crawl              # 30,000 pages
//!     NIANBAO_BENCH_PAGES=60000 cargo bench --bench crawl

use std::time::Instant;

use nianbao::config::Config;
use nianbao::crawl::CrawlOptions;
use nianbao::store::{RunKind, Store};
use nianbao_fixture::{FixtureWeb, Options};

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

fn main() {
    let pages: usize = std::env::var("NIANBAO_BENCH_PAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let web = FixtureWeb::start(Options { first_octet: 200, large_site_pages: Some(pages), trickle_page: false, ..Options::default() })
            .await
            .unwrap();
        let large = web.sites().into_iter().find(|s| s.key == "large").expect("large site");
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bench.sqlite");
        let cfg_text = format!(
            "[storage]\ndb = {db:?}\n[crawl]\nrequests_per_second_per_host = 100000\nconnections_per_host = 8\nmax_pages_per_host = {}\nmax_depth = 1000\n\
             timeout_secs = 10\nallow_private_addresses = true\n[hosts.{:?}]\nresolve = \"{}\"\n",
            pages * 2,
            large.host,
            large.addr
        );
        let cfg = Config::parse(&cfg_text, "bench").unwrap();
        let seeds = nianbao::seeds::parse(format!("name,province,level,url\n{},{},{},{}\n", large.name, large.province, large.level, large.seed_url).as_bytes(), "bench")
            .unwrap();
        let store = Store::open(&db).unwrap();
        let t0 = Instant::now();
        let (summary, store) =
            nianbao::crawl::run(&cfg, &seeds.seeds, store, CrawlOptions { kind: RunKind::Crawl, years: None, max_pages: None, progress: false })
                .await
                .unwrap();
        let secs = t0.elapsed().as_secs_f64();
        let requests = summary.total(|s| s.requests);
        let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0) + std::fs::metadata(dir.path().join("bench.sqlite-wal")).map(|m| m.len()).unwrap_or(0);
        let t = store.totals().unwrap();
        println!("crawl bench: {pages} page site, {requests} requests, {} captures in {secs:.2}s", t.captures);
        println!("  {:.0} pages/s (fetch + link extraction + archive writes, 2 tokio workers, server in-process)", requests as f64 / secs);
        println!("  peak RSS {:.1} MB (crawler and fixture server together)", peak_rss_mb());
        println!("  archive {:.1} MB ({:.1} MB of bodies as received)", size as f64 / 1e6, t.body_bytes as f64 / 1e6);
    });
}
