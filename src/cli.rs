//! The command line (interface.md): argument definitions and dispatch.
//!
//! Every failure ends as one line on stderr and an exit status cron can act on:
//! 0 finished (site failures are in the summary), 1 fatal, 2 bad arguments, 3 locked.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::crawl::CrawlOptions;
use crate::error::{Error, Result};
use crate::lock::RunLock;
use crate::store::{RunKind, Store};

#[derive(Debug, Parser)]
#[command(
    name = "nianbao",
    version,
    about = "Crawl and archive the annual information-disclosure reports of Chinese environmental bureaus"
)]
pub struct Cli {
    /// Config file (default ./config.toml, else the bundled defaults)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Log line format when stderr is not a terminal
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Only errors and the final summary
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Incremental pass over every seed site: the nightly job
    Crawl(CrawlArgs),
    /// Exhaustive pass for past years: walks list pagination to its end
    Backfill(CrawlArgs),
    /// (Re)run extraction over archived captures
    Extract(ExtractArgs),
    /// Export the archive: reports, cells or captures as CSV/JSONL/Parquet, or WARC
    Export(ExportArgs),
    /// What the archive holds: per site and year, last runs, errors
    Status(DbArg),
    /// A self-contained HTML page: site × year grid and charts
    Coverage(CoverageArgs),
    /// The whole pipeline on a bundled fixture web on loopback, offline
    Demo(DemoArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportWhat {
    Reports,
    Cells,
    Captures,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Jsonl,
    Parquet,
    Warc,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Which records (not with --format warc)
    #[arg(long, value_enum)]
    pub what: Option<ExportWhat>,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file (an existing file is refused without --force)
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Only captures fetched at or after this date (YYYY-MM-DD or RFC 3339): the nightly delta
    #[arg(long, value_name = "DATE", value_parser = parse_since)]
    pub since: Option<String>,
    /// Start the CSV with a UTF-8 byte-order mark (for Excel)
    #[arg(long)]
    pub bom: bool,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    #[arg(long, value_name = "FILE.html")]
    pub out: PathBuf,
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to write the demo's CSV export and coverage page
    #[arg(long, value_name = "DIR", default_value = "nianbao-demo")]
    pub out: PathBuf,
}

/// `--since 2026-01-31` or an RFC 3339 time.
pub fn parse_since(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    let date = time::macros::format_description!("[year]-[month]-[day]");
    if time::Date::parse(t, &date).is_ok() {
        return Ok(format!("{t}T00:00:00Z"));
    }
    if time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).is_ok() {
        return Ok(t.to_string());
    }
    Err(format!(
        "{s:?}: expected a date YYYY-MM-DD or an RFC 3339 time"
    ))
}

#[derive(Debug, Args)]
pub struct DbArg {
    /// Archive file (default: storage.db from the config)
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CrawlArgs {
    /// Seeds CSV (default: seeds.file from the config, else the bundled seeds)
    #[arg(long, value_name = "FILE")]
    pub seeds: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Report years, inclusive: 2008..2018 (or one year)
    #[arg(long, value_name = "FROM..TO", value_parser = parse_years)]
    pub years: Option<(i32, i32)>,
    /// Cap on fetches per site for this run
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_pages: Option<u64>,
    /// Do not run extraction on the new captures
    #[arg(long)]
    pub no_extract: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Re-extract every capture, not only new ones and those of older extractor versions
    #[arg(long)]
    pub all: bool,
}

/// `--years 2008..2018` (inclusive) or `--years 2019`.
pub fn parse_years(s: &str) -> std::result::Result<(i32, i32), String> {
    let bad = || format!("{s:?}: expected FROM..TO with four-digit years, e.g. 2008..2018");
    let year = |t: &str| -> std::result::Result<i32, String> {
        let t = t.trim();
        if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let y: i32 = t.parse().map_err(|_| bad())?;
        if !(1990..=2100).contains(&y) {
            return Err(format!("{s:?}: years from 1990 to 2100 are expected"));
        }
        Ok(y)
    };
    let (from, to) = match s.split_once("..") {
        Some((a, b)) => (year(a)?, year(b.strip_prefix('=').unwrap_or(b))?),
        None => {
            let y = year(s)?;
            (y, y)
        }
    };
    if from > to {
        return Err(format!("{s:?}: the first year is after the last"));
    }
    Ok((from, to))
}

/// Parse arguments and run; returns the process exit status.
pub fn main() -> u8 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    2
                } else {
                    0
                };
            }
            // clap's message spans several lines; cron mail wants one.
            let text = e.render().to_string();
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("bad arguments")
                .trim();
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("usage: {first} (see nianbao --help)");
            return 2;
        }
    };
    init_logging(&cli);
    match run(cli) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            e.exit_code()
        }
    }
}

fn init_logging(cli: &Cli) {
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
            let report = crate::extraction::run(&mut store, a.all)?;
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
        Command::Demo(a) => crate::demo::run(&a.out),
        Command::Status(a) => {
            let db = a.db.unwrap_or(cfg.storage.db.clone());
            let store = Store::open_read_only(&db)?;
            print!("{}", crate::status::render(&store)?);
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
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Fatal(format!("cannot start the async runtime: {e}")))?;
    let (summary, mut store) = rt.block_on(crate::crawl::run(&cfg, &seeds.seeds, store, opts))?;
    print!("{}", summary.render());
    if !a.no_extract {
        let report = crate::extraction::run(&mut store, false)?;
        println!("{report}");
    }
    Ok(())
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
fn load_seeds(cfg: &Config, flag: Option<&Path>) -> Result<crate::seeds::SeedList> {
    match flag {
        Some(p) => crate::seeds::load(Some(p)),
        None if cfg.seeds.file.exists() => crate::seeds::load(Some(&cfg.seeds.file)),
        None if cfg.seeds.file == Path::new("seeds/bureaus.csv") => crate::seeds::load(None),
        None => Err(Error::Seeds(format!(
            "{} does not exist",
            cfg.seeds.file.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_ranges() {
        assert_eq!(parse_years("2008..2018"), Ok((2008, 2018)));
        assert_eq!(parse_years("2019"), Ok((2019, 2019)));
        assert_eq!(parse_years("2019..=2020"), Ok((2019, 2020)));
        assert!(parse_years("2020..20x").unwrap_err().contains("four-digit"));
        assert!(parse_years("2018..2008").unwrap_err().contains("after"));
        assert!(parse_years("1800..1900").is_err());
        assert!(parse_years("").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
