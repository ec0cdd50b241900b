//! `nianbao demo` (the `demo` feature): the whole pipeline on the bundled fixture web, offline.
//!
//! For a newcomer without access to Chinese government sites: start the fixture web
//! on 127.0.0.x, crawl it into a fresh archive, extract, print the run summary, and
//! write a CSV export and the coverage page to look at. The archive is kept in the
//! output folder (`demo.sqlite`, replaced by the next demo) so `status` and `export`
//! can be tried on it.

use std::path::Path;

use nianbao::config::Config;
use nianbao::crawl::CrawlOptions;
use nianbao::store::{RunKind, Store};
use nianbao::{Error, Result};

pub fn run(out_dir: &Path) -> Result<()> {
    std::fs::create_dir_all(out_dir)
        .map_err(|e| Error::Fatal(format!("cannot create {}: {e}", out_dir.display())))?;
    let tmp = tempfile::tempdir()
        .map_err(|e| Error::Fatal(format!("cannot create a temporary folder: {e}")))?;
    let db = out_dir.join("demo.sqlite");
    if db.exists() {
        // Only ever replace an earlier demo's archive, never somebody's file.
        Store::open_read_only(&db).map_err(|e| Error::Fatal(format!("{e}; not replacing it")))?;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = db.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(std::path::PathBuf::from(p));
        }
    }
    super::runtime()?.block_on(async {
        let opts = nianbao_fixture::Options {
            slow_page_delay: std::time::Duration::from_millis(1500),
            ..nianbao_fixture::Options::default()
        };
        let web = nianbao_fixture::FixtureWeb::start(opts)
            .await
            .map_err(|e| Error::Fatal(format!("cannot start the fixture web on 127.0.0.x: {e}")))?;
        println!("fixture web: {} sites on loopback", web.sites().len());
        for s in web.sites() {
            println!("  {:<30} {}  {}", s.host, s.addr, s.name);
        }
        let cfg_text = web.config_toml(tmp.path(), 50.0);
        std::fs::write(tmp.path().join("seeds.csv"), web.seeds_csv())
            .map_err(|e| Error::Fatal(e.to_string()))?;
        let mut cfg = Config::parse(&cfg_text, "demo config")?;
        cfg.storage.db = db.clone();
        let seeds = nianbao::seeds::load(Some(&cfg.seeds.file))?;
        let store = Store::open(&cfg.storage.db)?;
        let opts = CrawlOptions {
            kind: RunKind::Crawl,
            years: None,
            max_pages: None,
            progress: false,
        };
        let (summary, extracted, store) =
            nianbao::pipeline::crawl_then_extract(&cfg, &seeds.seeds, store, opts, true).await?;
        print!("\n{}", summary.render());
        if let Some(report) = extracted {
            println!("{report}\n");
        }
        let csv = out_dir.join("reports.csv");
        let conn = &store;
        let opts = nianbao_export::TableOptions {
            what: nianbao_export::What::Reports,
            format: nianbao_export::Format::Csv,
            since: None,
            bom: false,
        };
        nianbao_export::write_file_atomically(&csv, true, |w| {
            nianbao_export::export_table(conn, &opts, w).map(|_| ())
        })
        .map_err(|e| Error::Fatal(e.to_string()))?;
        let html = nianbao_export::coverage_html(conn).map_err(|e| Error::Fatal(e.to_string()))?;
        let cov = out_dir.join("coverage.html");
        nianbao_export::write_file_atomically(&cov, true, |w| {
            w.write_all(html.as_bytes()).map_err(Into::into)
        })
        .map_err(|e| Error::Fatal(e.to_string()))?;
        print!("{}", nianbao::status::render(&store)?);
        println!("\nwrote {}, {} and the archive {}", csv.display(), cov.display(), db.display());
        println!("try: nianbao status --db {0}\n     nianbao export --db {0} --what reports --format parquet --out reports.parquet\n     nianbao export --db {0} --format warc --out demo.warc.gz", db.display());
        web.shutdown().await;
        Ok(())
    })
}
