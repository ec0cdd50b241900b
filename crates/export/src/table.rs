//! Tabular exports: which columns, where they come from, and the CSV/JSONL writers.
//!
//! Why one column model for three formats: the interface spec promises that CSV,
//! JSONL and Parquet carry *the same columns*, in the same order, so a notebook
//! can switch formats without renaming anything. Each export is therefore a list
//! of [`Col`]s (name + logical kind) and one function putting a row the store
//! reads (`nianbao_store::ReportRow`, `CellRow`, `CaptureRow`) into values in
//! exactly that order; the writers only differ in how they spell a value. Which
//! tables and joins a row comes from is the store's business, not this crate's.
//!
//! The contract columns come first, exactly as `docs/interface.md` lists them; extra
//! columns follow (adding at the end never breaks a reader that selects by name
//! or by position of the contract columns).
//!
//! Why rows are read one at a time (the store streams them): an archive grows
//! by a few hundred thousand captures a year; holding an export in memory would
//! make the nightly delta job's footprint grow with the archive. Every writer
//! here is fed row by row (Parquet buffers one row group at a time).
//!
//! Spelling of values:
//! - null: empty field in CSV, `null` in JSONL, a null slot in Parquet;
//! - booleans (`repost`, `truncated`): `true`/`false` in CSV (pandas and R read
//!   them as logical), JSON booleans, Parquet Boolean;
//! - JSON-array columns of the archive (`consistency_issues`, `approximate`):
//!   joined with `"; "` in CSV, a JSON array in JSONL, `List<Utf8>` in Parquet;
//! - `fetched_at` stays the archive's RFC 3339 UTC string in CSV/JSONL and is a
//!   `Timestamp(ms, UTC)` in Parquet; `published_date` is `YYYY-MM-DD` text in
//!   CSV/JSONL and Date32 in Parquet (a value that is not a full date, which the
//!   extractor should never produce, becomes null there).

use std::collections::BTreeSet;
use std::io::Write;

use nianbao_store::{CaptureRow, CellRow, ReportRow, Store};

use crate::util::normalise_since;
use crate::{ExportError, TableOptions, What};

/// The logical type of a column; each writer maps it to its own representation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Int,
    Str,
    Bool,
    /// `YYYY-MM-DD` text in the archive.
    Date,
    /// RFC 3339 text in the archive.
    Timestamp,
    /// A JSON array of strings in the archive.
    List,
    /// A number parsed from text when it is one (cells' `value_number`).
    Number,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Col {
    pub name: &'static str,
    pub kind: Kind,
}

const fn c(name: &'static str, kind: Kind) -> Col {
    Col { name, kind }
}

/// A value on its way from SQLite to a writer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Null,
    Int(i64),
    Str(String),
    Bool(bool),
    List(Vec<String>),
    Number(f64),
}

pub(crate) const REPORT_COLS: &[Col] = &[
    c("capture_id", Kind::Int),
    c("url", Kind::Str),
    c("site", Kind::Str),
    c("fetched_at", Kind::Timestamp),
    c("sha256", Kind::Str),
    c("title", Kind::Str),
    c("doc_type", Kind::Str),
    c("agency", Kind::Str),
    c("province", Kind::Str),
    c("admin_level", Kind::Str),
    c("report_year", Kind::Int),
    c("published_date", Kind::Date),
    c("format", Kind::Str),
    c("script", Kind::Str),
    c("repost", Kind::Bool),
    c("proactive_total", Kind::Int),
    c("requests_received", Kind::Int),
    c("requests_granted", Kind::Int),
    c("reconsiderations", Kind::Int),
    c("lawsuits", Kind::Int),
    c("consistency", Kind::Str),
    c("consistency_issues", Kind::List),
    c("extractor_version", Kind::Int),
    // Extras, after the contract columns.
    c("published_date_source", Kind::Str),
    c("text_status", Kind::Str),
    c("approximate", Kind::List),
    c("extracted_at", Kind::Timestamp),
    c("content_type", Kind::Str),
    c("site_name", Kind::Str),
    c("site_level", Kind::Str),
    // Extractor version 3 on: why doc_type, where report_year came from.
    c("doc_type_reason", Kind::Str),
    c("report_year_source", Kind::Str),
    // Every document form is read: where the text came from, how sure OCR was,
    // which tool is missing.
    c("text_source", Kind::Str),
    c("ocr_confidence", Kind::Number),
    c("needs_tool", Kind::Str),
    // One report, one record: an attachment and the page that only links it.
    c("note_capture_id", Kind::Int),
    c("attachment_capture_id", Kind::Int),
    // Two columns of one portal share a host: the site itself.
    c("site_id", Kind::Int),
    c("site_scope", Kind::Str),
];

pub(crate) const CELL_COLS: &[Col] = &[
    c("capture_id", Kind::Int),
    c("url", Kind::Str),
    c("table", Kind::Str),
    c("row", Kind::Str),
    c("column", Kind::Str),
    c("value", Kind::Str),
    // Extras.
    c("value_number", Kind::Number),
    c("extractor_version", Kind::Int),
    c("site", Kind::Str),
    c("site_id", Kind::Int),
    c("site_name", Kind::Str),
    c("site_scope", Kind::Str),
];

pub(crate) const CAPTURE_COLS: &[Col] = &[
    c("capture_id", Kind::Int),
    c("url", Kind::Str),
    c("site", Kind::Str),
    c("fetched_at", Kind::Timestamp),
    c("status", Kind::Int),
    c("content_type", Kind::Str),
    c("charset", Kind::Str),
    c("bytes", Kind::Int),
    c("sha256", Kind::Str),
    c("truncated", Kind::Bool),
    // Extras.
    c("requested_url", Kind::Str),
    c("http_version", Kind::Str),
    c("content_encoding", Kind::Str),
    c("revisit_of", Kind::Int),
    c("run_id", Kind::Int),
    c("role", Kind::Str),
    c("site_id", Kind::Int),
    c("site_name", Kind::Str),
    c("site_scope", Kind::Str),
];

/// The columns an export has, in order (the Parquet schema is derived from these).
pub(crate) fn columns(what: What) -> &'static [Col] {
    match what {
        What::Reports => REPORT_COLS,
        What::Cells => CELL_COLS,
        What::Captures => CAPTURE_COLS,
    }
}

/// The names of an export's columns, in order: what a CSV header row holds.
pub fn column_names(what: What) -> Vec<&'static str> {
    columns(what).iter().map(|c| c.name).collect()
}

fn int(v: Option<i64>) -> Val {
    v.map_or(Val::Null, Val::Int)
}

fn text(v: &Option<String>) -> Val {
    v.as_ref().map_or(Val::Null, |s| Val::Str(s.clone()))
}

fn boolean(v: Option<bool>) -> Val {
    v.map_or(Val::Null, Val::Bool)
}

/// A JSON array of strings in the archive. Not JSON (an older extractor wrote
/// plain text): kept whole.
fn list(v: &Option<String>) -> Val {
    let Some(s) = v else { return Val::Null };
    match serde_json::from_str::<Vec<serde_json::Value>>(s) {
        Ok(items) => Val::List(
            items
                .into_iter()
                .map(|v| match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                })
                .collect(),
        ),
        Err(_) if s.trim().is_empty() => Val::List(Vec::new()),
        Err(_) => Val::List(vec![s.clone()]),
    }
}

/// A number when the text is one (cells' `value_number`).
fn number(v: &Option<String>) -> Val {
    match v.as_deref().map(|s| s.trim().parse::<f64>()) {
        Some(Ok(f)) if f.is_finite() => Val::Number(f),
        _ => Val::Null,
    }
}

/// A report row's values, in the order of [`REPORT_COLS`].
fn report_vals(r: &ReportRow, out: &mut Vec<Val>) {
    out.extend([
        Val::Int(r.capture_id),
        Val::Str(r.url.clone()),
        text(&r.site),
        Val::Str(r.fetched_at.clone()),
        text(&r.sha256),
        text(&r.title),
        text(&r.doc_type),
        text(&r.agency),
        text(&r.province),
        text(&r.admin_level),
        int(r.report_year),
        text(&r.published_date),
        text(&r.format),
        text(&r.script),
        boolean(r.repost),
        int(r.proactive_total),
        int(r.requests_received),
        int(r.requests_granted),
        int(r.reconsiderations),
        int(r.lawsuits),
        text(&r.consistency),
        list(&r.consistency_issues),
        Val::Int(r.extractor_version),
        text(&r.published_date_source),
        text(&r.text_status),
        list(&r.approximate),
        text(&r.extracted_at),
        text(&r.content_type),
        text(&r.site_name),
        text(&r.site_level),
        text(&r.doc_type_reason),
        text(&r.report_year_source),
        text(&r.text_source),
        r.ocr_confidence
            .filter(|f| f.is_finite())
            .map_or(Val::Null, Val::Number),
        text(&r.needs_tool),
        int(r.note_capture_id),
        int(r.attachment_capture_id),
        int(r.site_id),
        text(&r.site_scope),
    ]);
}

/// A cell row's values, in the order of [`CELL_COLS`].
fn cell_vals(r: &CellRow, out: &mut Vec<Val>) {
    out.extend([
        Val::Int(r.capture_id),
        Val::Str(r.url.clone()),
        Val::Str(r.table.clone()),
        Val::Str(r.row.clone()),
        Val::Str(r.column.clone()),
        text(&r.value),
        number(&r.value),
        Val::Int(r.extractor_version),
        text(&r.site),
        int(r.site_id),
        text(&r.site_name),
        text(&r.site_scope),
    ]);
}

/// A capture row's values, in the order of [`CAPTURE_COLS`].
fn capture_vals(r: &CaptureRow, out: &mut Vec<Val>) {
    out.extend([
        Val::Int(r.capture_id),
        Val::Str(r.url.clone()),
        text(&r.site),
        Val::Str(r.fetched_at.clone()),
        Val::Int(r.status),
        text(&r.content_type),
        text(&r.charset),
        int(r.bytes),
        text(&r.sha256),
        boolean(r.truncated),
        text(&r.requested_url),
        text(&r.http_version),
        text(&r.content_encoding),
        int(r.revisit_of),
        int(r.run_id),
        text(&r.role),
        int(r.site_id),
        text(&r.site_name),
        text(&r.site_scope),
    ]);
}

/// Only the rows of these captures (`None`: every row).
pub(crate) type Only<'a> = Option<&'a BTreeSet<i64>>;

/// Read an export's rows from the store and hand each, as values in column
/// order, to `sink`; returns how many were handed over.
pub(crate) fn for_each_row(
    store: &Store,
    what: What,
    since: Option<&str>,
    only: Only<'_>,
    mut sink: impl FnMut(&[Val]) -> Result<(), ExportError>,
) -> Result<u64, ExportError> {
    let since = normalise_since(since)?;
    let since = since.as_deref();
    let mut vals: Vec<Val> = Vec::with_capacity(columns(what).len());
    let mut kept = 0u64;
    let mut emit = |id: i64, fill: &dyn Fn(&mut Vec<Val>)| {
        if only.is_some_and(|set| !set.contains(&id)) {
            return Ok(());
        }
        vals.clear();
        fill(&mut vals);
        kept += 1;
        sink(&vals)
    };
    match what {
        What::Reports => {
            store.for_each_report(since, |r| emit(r.capture_id, &|v| report_vals(r, v)))
        }
        What::Cells => store.for_each_cell(since, |r| emit(r.capture_id, &|v| cell_vals(r, v))),
        What::Captures => {
            store.for_each_capture(since, |r| emit(r.capture_id, &|v| capture_vals(r, v)))
        }
    }?;
    Ok(kept)
}

fn csv_err(e: csv::Error) -> ExportError {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => ExportError::from(e),
        other => ExportError::Io(format!("{other:?}")),
    }
}

pub(crate) fn write_csv(
    store: &Store,
    opts: &TableOptions,
    only: Only<'_>,
    out: &mut (dyn Write + Send),
) -> Result<u64, ExportError> {
    if opts.bom {
        // Excel only takes a CSV file for UTF-8 (and shows 生态环境局, not
        // mojibake) when it starts with a byte-order mark.
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(column_names(opts.what)).map_err(csv_err)?;
    let mut field = String::new();
    let n = for_each_row(store, opts.what, opts.since.as_deref(), only, |vals| {
        for v in vals {
            field.clear();
            match v {
                Val::Null => {}
                Val::Int(i) => field.push_str(&i.to_string()),
                Val::Str(s) => field.push_str(s),
                Val::Bool(b) => field.push_str(if *b { "true" } else { "false" }),
                Val::List(items) => field.push_str(&items.join("; ")),
                Val::Number(f) => field.push_str(&f.to_string()),
            }
            w.write_field(&field).map_err(csv_err)?;
        }
        w.write_record(None::<&[u8]>).map_err(csv_err)
    })?;
    w.flush()?;
    Ok(n)
}

pub(crate) fn write_jsonl(
    store: &Store,
    opts: &TableOptions,
    only: Only<'_>,
    out: &mut (dyn Write + Send),
) -> Result<u64, ExportError> {
    let cols = columns(opts.what);
    let mut w = std::io::BufWriter::with_capacity(64 * 1024, out);
    let mut line: Vec<u8> = Vec::with_capacity(1024);
    let n = for_each_row(store, opts.what, opts.since.as_deref(), only, |vals| {
        // Written by hand rather than through a map so keys keep the column order.
        line.clear();
        line.push(b'{');
        for (i, (col, v)) in cols.iter().zip(vals).enumerate() {
            if i > 0 {
                line.push(b',');
            }
            serde_json::to_writer(&mut line, col.name).map_err(json_err)?;
            line.push(b':');
            match v {
                Val::Null => line.extend_from_slice(b"null"),
                Val::Int(i) => line.extend_from_slice(i.to_string().as_bytes()),
                Val::Str(s) => serde_json::to_writer(&mut line, s).map_err(json_err)?,
                Val::Bool(b) => line.extend_from_slice(if *b { b"true" } else { b"false" }),
                Val::List(items) => serde_json::to_writer(&mut line, items).map_err(json_err)?,
                Val::Number(f) => serde_json::to_writer(&mut line, f).map_err(json_err)?,
            }
        }
        line.extend_from_slice(b"}\n");
        w.write_all(&line).map_err(ExportError::from)
    })?;
    w.flush()?;
    Ok(n)
}

fn json_err(e: serde_json::Error) -> ExportError {
    ExportError::Io(format!("JSON: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_fills_every_column() {
        let mut v = Vec::new();
        report_vals(&ReportRow::default(), &mut v);
        assert_eq!(v.len(), REPORT_COLS.len());
        v.clear();
        cell_vals(&CellRow::default(), &mut v);
        assert_eq!(v.len(), CELL_COLS.len());
        v.clear();
        capture_vals(&CaptureRow::default(), &mut v);
        assert_eq!(v.len(), CAPTURE_COLS.len());
    }

    #[test]
    fn lists_and_numbers() {
        assert_eq!(list(&None), Val::Null);
        assert_eq!(list(&Some(String::new())), Val::List(vec![]));
        assert_eq!(
            list(&Some("[\"a\",1]".into())),
            Val::List(vec!["a".into(), "1".into()])
        );
        assert_eq!(list(&Some("plain".into())), Val::List(vec!["plain".into()]));
        assert_eq!(number(&Some("12.50".into())), Val::Number(12.5));
        assert_eq!(number(&Some("—".into())), Val::Null);
    }
}
