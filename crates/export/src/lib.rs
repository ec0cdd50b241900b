//! nianbao's outside interfaces: how the archive leaves the SQLite file.
//!
//! The archive is one SQLite file, and that is the right shape for collecting;
//! it is not what the people who use the collection work with. Researchers load
//! tables into pandas, R and DuckDB; web archivists index and replay WARC files;
//! a project lead wants to see at a glance which bureaus and years are covered.
//! This crate turns the archive into each of those, and nothing here writes to
//! the archive: every function takes a `&Store` (`nianbao-store`) and only reads
//! through its typed read functions; the tables and their SQL are the store's.
//!
//! - [`export_table`]: reports, extracted table cells or captures, as CSV, JSONL
//!   or Parquet, with exactly the column names of `docs/interface.md` (module
//!   `table` for the columns and the CSV/JSONL writers, `parquet` for types);
//! - [`export_warc`]: WARC/1.1 request/response/revisit records (module `warc`);
//! - [`coverage_html`]: the self-contained coverage page (module `coverage`);
//! - [`write_file_atomically`]: how the CLI puts any of these on disk so an
//!   interrupted export never leaves a half file under the final name (`atomic`).
//!
//! Why streaming everywhere: the nightly job exports deltas from an archive
//! that only grows. Every export takes the rows the store streams one at a time and
//! writes as it goes (Parquet buffers one row group of 8192 rows; WARC holds one
//! body at a time), so memory does not grow with the archive.
//!
//! Why errors are values, never panics: the CLI prints one line per error and
//! chooses the exit status with [`ExportError::is_usage`].

mod atomic;
pub mod coverage;
mod error;
mod parquet;
pub mod provinces;
mod table;
mod util;
pub mod warc;

pub use atomic::write_file_atomically;
pub use coverage::coverage_html;
pub use error::ExportError;
pub use table::column_names;
pub use warc::export_warc;

use std::collections::BTreeSet;
use std::io::Write;

use nianbao_store::Store;
use util::Counting;

/// Which table to export (`--what`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// One row per extracted capture, latest extractor version only.
    Reports,
    /// One row per extracted table cell, latest extractor version only.
    Cells,
    /// One row per HTTP exchange, without bodies.
    Captures,
}

impl std::str::FromStr for What {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "reports" => Ok(What::Reports),
            "cells" => Ok(What::Cells),
            "captures" => Ok(What::Captures),
            other => Err(format!(
                "unknown --what {other:?}: use reports, cells or captures"
            )),
        }
    }
}

/// The tabular format (`--format`; WARC has its own function).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Parquet,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "csv" => Ok(Format::Csv),
            "jsonl" => Ok(Format::Jsonl),
            "parquet" => Ok(Format::Parquet),
            other => Err(format!(
                "unknown --format {other:?}: use csv, jsonl, parquet (or warc)"
            )),
        }
    }
}

/// Check a `--since` value by the rule every export reads it with (`YYYY-MM-DD`,
/// RFC 3339, or a UTC time without offset), so a front end can refuse it before it
/// opens anything; the message is the one the export itself would give.
pub fn check_since(since: &str) -> Result<(), ExportError> {
    util::normalise_since(Some(since)).map(|_| ())
}

/// Options of a tabular export.
#[derive(Debug, Clone)]
pub struct TableOptions {
    pub what: What,
    pub format: Format,
    /// Only captures fetched at or after this time: RFC 3339, or `YYYY-MM-DD`
    /// (midnight UTC). The nightly delta.
    pub since: Option<String>,
    /// CSV only: start with a UTF-8 byte-order mark, so Excel detects UTF-8.
    pub bom: bool,
}

/// What a tabular export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    pub rows: u64,
    pub bytes: u64,
}

/// Options of a WARC export.
#[derive(Debug, Clone)]
pub struct WarcOptions {
    /// Only captures fetched at or after this time (as [`TableOptions::since`]).
    pub since: Option<String>,
    /// Named in the `warcinfo` record, e.g. `"nianbao/0.1.0"`.
    pub software: String,
}

/// What a WARC export wrote. `records` counts the `warcinfo` record too.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WarcStats {
    pub records: u64,
    pub responses: u64,
    pub revisits: u64,
    pub requests: u64,
}

/// The entry point behind `nianbao export --what … --format csv|jsonl|parquet`.
pub fn export_table(
    store: &Store,
    opts: &TableOptions,
    out: &mut (dyn Write + Send),
) -> Result<Written, ExportError> {
    write_table(store, opts, None, out)
}

/// [`export_table`] restricted to the rows of these captures: how `nianbao serve`
/// downloads the reports a search matched, in exactly the export's columns.
pub fn export_table_of(
    store: &Store,
    opts: &TableOptions,
    captures: &BTreeSet<i64>,
    out: &mut (dyn Write + Send),
) -> Result<Written, ExportError> {
    write_table(store, opts, Some(captures), out)
}

fn write_table(
    store: &Store,
    opts: &TableOptions,
    only: Option<&BTreeSet<i64>>,
    out: &mut (dyn Write + Send),
) -> Result<Written, ExportError> {
    let mut out = Counting {
        inner: out,
        count: 0,
    };
    let rows = match opts.format {
        Format::Csv => table::write_csv(store, opts, only, &mut out)?,
        Format::Jsonl => table::write_jsonl(store, opts, only, &mut out)?,
        Format::Parquet => parquet::write_parquet(store, opts, only, &mut out)?,
    };
    out.flush().map_err(|e| ExportError::io("flush", e))?;
    Ok(Written {
        rows,
        bytes: out.count,
    })
}
