//! The `nianbao` command line (docs/interface.md): what each command does with the
//! library, and the logging set-up. Binary side only: a library user never needs clap.
//!
//! Every failure ends as one line on stderr and an exit status cron can act on:
//! 0 finished (site failures are in the summary), 1 fatal, 2 bad arguments, 3 locked.

pub mod args;
#[cfg(feature = "demo")]
mod demo;
mod deps;

use std::io::IsTerminal;
use std::path::Path;

use nianbao::config::Config;
use nianbao::crawl::CrawlOptions;
use nianbao::lock::RunLock;
use nianbao::store::{RunKind, Store};
use nianbao::{Error, Result};

use args::{
    Cli, Command, CrawlArgs, ExportArgs, ExportFormat, ExportWhat, LogFormat, ServeArgs,
    SitesCommand,
};

/// Logs go to stderr: a terminal gets warnings only (the progress bar shows the rest),
/// cron's pipe gets info lines; `NIANBAO_LOG` overrides either.
pub fn init_logging(cli: &Cli) {
    use tracing_subscriber::EnvFilter;
    let default = if cli.quiet {
        "error"
    } else if std::io::stderr().is_terminal() {
        "warn"
    } else {
        "info"
    };
    let filter = EnvFilter::try_from_env("NIANBAO_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false);
    let _ = match cli.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Run the parsed command; the error says which exit status it means.
pub fn run(cli: Cli) -> Result<()> {
    let (cfg, _origin) = Config::load(cli.config.as_deref())?;
    let quiet = cli.quiet;
    match cli.command {
        Command::Crawl(a) => crawl(cfg, a, RunKind::Crawl, quiet),
        Command::Backfill(a) => {
            if a.years.is_none() {
                return Err(Error::Usage("backfill needs --years FROM..TO".into()));
            }
            crawl(cfg, a, RunKind::Backfill, quiet)
        }
        Command::Extract(a) => {
            let db = a.db.unwrap_or(cfg.storage.db.clone());
            Store::preflight(&db)?;
            let _lock = RunLock::acquire(&db, "extract")?;
            let mut store = Store::open(&db)?;
            let report = nianbao::extraction::run_with(&mut store, a.all, &cfg.extract.limits())?;
            println!("{report}");
            Ok(())
        }
        Command::Export(a) => export(&cfg, a),
        Command::Coverage(a) => {
            let db = a.db.unwrap_or(cfg.storage.db.clone());
            let store = Store::open_read_only(&db)?;
            let html = nianbao_export::coverage_html(&store).map_err(export_error)?;
            nianbao_export::write_file_atomically(&a.out, a.force, |w| {
                w.write_all(html.as_bytes()).map_err(Into::into)
            })
            .map_err(export_error)?;
            println!("coverage page written to {}", a.out.display());
            Ok(())
        }
        Command::Serve(a) => serve(&cfg, a),
        Command::Sites(SitesCommand::Suggest(a)) => {
            let db = a.db.unwrap_or(cfg.storage.db.clone());
            let store = Store::open_read_only(&db)?;
            let rows = nianbao::suggest::from_store(&store, a.min_score)?;
            nianbao_export::write_file_atomically(&a.out, a.force, |w| {
                nianbao::suggest::write_csv(w, &rows).map_err(Into::into)
            })
            .map_err(export_error)?;
            println!(
                "{} suggested site(s) written to {}",
                rows.len(),
                a.out.display()
            );
            Ok(())
        }
        #[cfg(feature = "demo")]
        Command::Demo(a) => demo::run(&a.out),
        Command::Status(a) => {
            let db = a.db.unwrap_or(cfg.storage.db.clone());
            let store = Store::open_read_only(&db)?;
            print!("{}", nianbao::status::render(&store)?);
            Ok(())
        }
    }
}

fn crawl(mut cfg: Config, a: CrawlArgs, kind: RunKind, quiet: bool) -> Result<()> {
    if let Some(db) = a.db {
        cfg.storage.db = db;
    }
    let seeds = load_seeds(&cfg, a.seeds.as_deref())?;
    for w in &seeds.warnings {
        eprintln!("warning: {w}");
    }
    if seeds.seeds.is_empty() {
        return Err(Error::Seeds("no usable seed rows".into()));
    }
    Store::preflight(&cfg.storage.db)?;
    let _lock = RunLock::acquire(&cfg.storage.db, kind.as_str())?;
    let store = Store::open(&cfg.storage.db)?;
    let opts = CrawlOptions {
        kind,
        years: a.years,
        max_pages: a.max_pages,
        progress: !quiet && std::io::stderr().is_terminal(),
    };
    let (summary, extracted, _store) = runtime()?.block_on(
        nianbao::pipeline::crawl_then_extract(&cfg, &seeds.seeds, store, opts, !a.no_extract),
    )?;
    print!("{}", summary.render());
    if let Some(report) = extracted {
        println!("{report}");
    }
    Ok(())
}

/// `nianbao serve`: refuse a non-loopback address unless asked, open the archive
/// read-only (a missing or older one is the usual one-line error), then serve.
fn serve(cfg: &Config, a: ServeArgs) -> Result<()> {
    let warning = nianbao_serve::check_bind(&a.bind, a.allow_remote).map_err(Error::Usage)?;
    if let Some(w) = warning {
        eprintln!("{w}");
    }
    let db = a.db.unwrap_or(cfg.storage.db.clone());
    let app = nianbao_serve::router(&db)?;
    runtime()?.block_on(async move {
        let listener = tokio::net::TcpListener::bind(a.bind)
            .await
            .map_err(|e| Error::Fatal(format!("cannot listen on {}: {e}", a.bind)))?;
        let addr = listener.local_addr().unwrap_or(a.bind);
        println!(
            "serving {} on http://{addr}/ (read-only; Ctrl-C to stop)",
            db.display()
        );
        nianbao_serve::run(listener, app)
            .await
            .map_err(|e| Error::Fatal(format!("server: {e}")))
    })
}

/// The async runtime the crawl runs on.
fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Fatal(format!("cannot start the async runtime: {e}")))
}

fn export(cfg: &Config, a: ExportArgs) -> Result<()> {
    let db = a.db.unwrap_or(cfg.storage.db.clone());
    if a.format == ExportFormat::Warc && a.what.is_some() {
        return Err(Error::Usage(
            "--what does not apply to --format warc (a WARC holds every capture)".into(),
        ));
    }
    if a.format != ExportFormat::Warc && a.what.is_none() {
        return Err(Error::Usage(
            "--what reports|cells|captures is needed for tabular formats".into(),
        ));
    }
    if a.bom && a.format != ExportFormat::Csv {
        return Err(Error::Usage("--bom applies to --format csv only".into()));
    }
    let store = Store::open_read_only(&db)?;
    let conn = &store;
    let mut said = String::new();
    nianbao_export::write_file_atomically(&a.out, a.force, |w| {
        match a.format {
            ExportFormat::Warc => {
                let opts = nianbao_export::WarcOptions {
                    since: a.since.clone(),
                    software: format!("nianbao/{}", env!("CARGO_PKG_VERSION")),
                };
                let st = nianbao_export::export_warc(conn, &opts, w)?;
                said = format!(
                    "{} WARC records ({} responses, {} revisits, {} requests)",
                    st.records, st.responses, st.revisits, st.requests
                );
            }
            f => {
                let what = match a.what {
                    Some(ExportWhat::Reports) | None => nianbao_export::What::Reports,
                    Some(ExportWhat::Cells) => nianbao_export::What::Cells,
                    Some(ExportWhat::Captures) => nianbao_export::What::Captures,
                };
                let format = match f {
                    ExportFormat::Csv => nianbao_export::Format::Csv,
                    ExportFormat::Jsonl => nianbao_export::Format::Jsonl,
                    _ => nianbao_export::Format::Parquet,
                };
                let opts = nianbao_export::TableOptions {
                    what,
                    format,
                    since: a.since.clone(),
                    bom: a.bom,
                };
                let n = nianbao_export::export_table(conn, &opts, w)?;
                said = format!("{} rows", n.rows);
            }
        }
        Ok(())
    })
    .map_err(export_error)?;
    println!("{said} written to {}", a.out.display());
    Ok(())
}

fn export_error(e: nianbao_export::ExportError) -> Error {
    if e.is_usage() {
        Error::Usage(e.to_string())
    } else {
        Error::Fatal(e.to_string())
    }
}

/// `--seeds` must exist; the configured file is used when present, else the bundled seeds.
fn load_seeds(cfg: &Config, flag: Option<&Path>) -> Result<nianbao::seeds::SeedList> {
    match flag {
        Some(p) => nianbao::seeds::load(Some(p)),
        None if cfg.seeds.file.exists() => nianbao::seeds::load(Some(&cfg.seeds.file)),
        None if cfg.seeds.file == Path::new("seeds/bureaus.csv") => nianbao::seeds::load(None),
        None => Err(Error::Seeds(format!(
            "{} does not exist",
            cfg.seeds.file.display()
        ))),
    }
}
