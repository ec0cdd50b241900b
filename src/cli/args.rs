//! The arguments of `nianbao` (docs/interface.md), and how a bad one is reported.
//!
//! Values are checked here, before anything is opened, so a typo never touches the
//! archive: `--years` by [`parse_years`], `--since` by the export crate's own rule.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// Browse the archive in a web browser: coverage, reports beside their figures, search
    Serve(ServeArgs),
    /// The seed list itself: `sites suggest` proposes bureaus the archive links to
    #[command(subcommand)]
    Sites(SitesCommand),
    /// The whole pipeline on a bundled fixture web on loopback, offline
    #[cfg(feature = "demo")]
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
    #[arg(long, value_name = "DATE", value_parser = since)]
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
pub struct ServeArgs {
    /// Archive file (default: storage.db from the config)
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Address and port to listen on
    #[arg(long, value_name = "ADDR:PORT", default_value = nianbao_serve::DEFAULT_BIND)]
    pub bind: std::net::SocketAddr,
    /// Allow a --bind address other than loopback (the archive becomes readable from other machines)
    #[arg(long)]
    pub allow_remote: bool,
}

#[derive(Debug, Subcommand)]
pub enum SitesCommand {
    /// Environmental bodies linked from archived pages but not seeded, as a seeds CSV
    Suggest(SuggestArgs),
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Archive file (default: storage.db from the config)
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    #[arg(long, value_name = "FILE.csv")]
    pub out: PathBuf,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
    /// Leave out suggestions scoring below this
    #[arg(long, value_name = "X", default_value_t = 0.0)]
    pub min_score: f64,
}

#[cfg(feature = "demo")]
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to write the demo's CSV export and coverage page
    #[arg(long, value_name = "DIR", default_value = "nianbao-demo")]
    pub out: PathBuf,
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
    /// Cap on fetches per host for this run (shared by the seeds on one host)
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

/// `--since`: the exports' rule, applied before the archive is opened.
fn since(s: &str) -> Result<String, String> {
    nianbao_export::check_since(s)
        .map(|()| s.to_string())
        .map_err(|e| e.to_string())
}

/// `--years 2008..2018` (inclusive) or `--years 2019`.
pub fn parse_years(s: &str) -> Result<(i32, i32), String> {
    let bad = || format!("{s:?}: expected FROM..TO with four-digit years, e.g. 2008..2018");
    let year = |t: &str| -> Result<i32, String> {
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

/// The parsed arguments, or the exit status when there is nothing to run: 0 after
/// `--help`/`--version`, 2 (with one line on stderr) for bad arguments.
pub fn parse() -> Result<Cli, u8> {
    use clap::error::ErrorKind;
    let e = match Cli::try_parse() {
        Ok(c) => return Ok(c),
        Err(e) => e,
    };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            Err(0)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            Err(2)
        }
        _ => {
            // clap's message spans several lines; cron mail wants one.
            let text = e.render().to_string();
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("bad arguments")
                .trim();
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("usage: {first} (see nianbao --help)");
            Err(2)
        }
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
    fn since_follows_the_exports_rule() {
        assert_eq!(since("2026-01-31").as_deref(), Ok("2026-01-31"));
        assert!(since("2026-01-31T08:00:00+08:00").is_ok());
        assert!(since("yesterday").unwrap_err().contains("yesterday"));
        assert!(since("2026-02-30").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
