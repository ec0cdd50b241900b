//! Tabular exports: which columns, where they come from, and the CSV/JSONL writers.
//!
//! Why one column model for three formats: the interface spec promises that CSV,
//! JSONL and Parquet carry *the same columns*, in the same order, so a notebook
//! can switch formats without renaming anything. Each export is therefore a list
//! of [`Col`]s (name + logical kind) and one SQL query whose result columns are in
//! exactly that order; the writers only differ in how they spell a value.
//!
//! The contract columns come first, exactly as `interface.md` lists them; extra
//! columns follow (adding at the end never breaks a reader that selects by name
//! or by position of the contract columns).
//!
//! Why rows are read one at a time from a prepared statement: an archive grows
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

use std::io::Write;

use rusqlite::types::ValueRef;
use rusqlite::Connection;

use crate::util::{normalise_since, Counting, SINCE_SQL};
use crate::{ExportError, Format, TableOptions, What, Written};

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
];

const REPORT_SQL: &str = "SELECT c.id, c.final_url, s.host, c.fetched_at, c.sha256,
        e.title, e.doc_type, e.agency, e.province, e.admin_level, e.report_year,
        e.published_date, e.format, e.script, e.repost, e.proactive_total,
        e.requests_received, e.requests_granted, e.reconsiderations, e.lawsuits,
        e.consistency, e.consistency_issues, e.extractor_version,
        e.published_date_source, e.text_status, e.approximate, e.extracted_at,
        c.content_type, s.name, s.level, e.doc_type_reason, e.report_year_source
    FROM extractions e
    JOIN captures c ON c.id = e.capture_id
    LEFT JOIN sites s ON s.id = c.site_id
    WHERE e.extractor_version =
          (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = e.capture_id)
      AND SINCE
    ORDER BY e.capture_id";

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
];

// The ORDER BY follows the cells primary key exactly (only one extractor
// version per capture survives the WHERE), so SQLite walks the index in order
// and never sorts: constant memory on the largest table of the archive.
const CELL_SQL: &str = "SELECT k.capture_id, c.final_url, k.tbl, k.row, k.col, k.value, k.value,
        k.extractor_version
    FROM cells k
    JOIN captures c ON c.id = k.capture_id
    WHERE k.extractor_version =
          (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = k.capture_id)
      AND SINCE
    ORDER BY k.capture_id, k.extractor_version, k.tbl, k.row, k.col";

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
];

const CAPTURE_SQL: &str = "SELECT c.id, c.final_url, s.host, c.fetched_at, c.status,
        c.content_type, c.charset, c.bytes, c.sha256, c.truncated,
        c.requested_url, c.http_version, c.content_encoding, c.revisit_of, c.run_id, c.role
    FROM captures c
    LEFT JOIN sites s ON s.id = c.site_id
    WHERE SINCE
    ORDER BY c.id";

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

fn sql(what: What) -> String {
    let q = match what {
        What::Reports => REPORT_SQL,
        What::Cells => CELL_SQL,
        What::Captures => CAPTURE_SQL,
    };
    q.replace("SINCE", SINCE_SQL)
}

/// Convert one SQLite value to the column's kind. SQLite is dynamically typed,
/// so be liberal where the meaning is unambiguous (an integer stored as text)
/// and say exactly where when it is not.
fn convert(v: ValueRef<'_>, col: &Col, row_id: &Val) -> Result<Val, ExportError> {
    let bad = |shown: String| {
        let id = match row_id {
            Val::Int(i) => i.to_string(),
            _ => "?".into(),
        };
        ExportError::Data(format!(
            "capture {id}: column {} holds {shown}, which is not {}",
            col.name,
            match col.kind {
                Kind::Int => "an integer",
                Kind::Bool => "a boolean",
                _ => "valid",
            }
        ))
    };
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    Ok(match (col.kind, v) {
        (_, ValueRef::Null) => Val::Null,
        (Kind::Int, ValueRef::Integer(i)) => Val::Int(i),
        (Kind::Int, ValueRef::Real(f)) if f.fract() == 0.0 && f.abs() < 9e15 => Val::Int(f as i64),
        (Kind::Int, ValueRef::Text(t)) => {
            let s = text(t);
            match s.trim().parse::<i64>() {
                Ok(i) => Val::Int(i),
                Err(_) if s.trim().is_empty() => Val::Null,
                Err(_) => return Err(bad(format!("{s:?}"))),
            }
        }
        (Kind::Int, other) => return Err(bad(format!("{other:?}"))),
        (Kind::Bool, ValueRef::Integer(i)) => Val::Bool(i != 0),
        (Kind::Bool, ValueRef::Text(t)) => match text(t).trim() {
            "1" | "true" | "TRUE" | "True" => Val::Bool(true),
            "0" | "false" | "FALSE" | "False" => Val::Bool(false),
            "" => Val::Null,
            s => return Err(bad(format!("{s:?}"))),
        },
        (Kind::Bool, other) => return Err(bad(format!("{other:?}"))),
        (Kind::Number, ValueRef::Integer(i)) => Val::Number(i as f64),
        (Kind::Number, ValueRef::Real(f)) => Val::Number(f),
        (Kind::Number, ValueRef::Text(t)) => match text(t).trim().parse::<f64>() {
            Ok(f) if f.is_finite() => Val::Number(f),
            _ => Val::Null,
        },
        (Kind::Number, ValueRef::Blob(_)) => Val::Null,
        (Kind::List, ValueRef::Text(t)) => {
            let s = text(t);
            match serde_json::from_str::<Vec<serde_json::Value>>(&s) {
                Ok(items) => Val::List(
                    items
                        .into_iter()
                        .map(|v| match v {
                            serde_json::Value::String(s) => s,
                            other => other.to_string(),
                        })
                        .collect(),
                ),
                // Not JSON (an older extractor wrote plain text): keep it whole.
                Err(_) if s.trim().is_empty() => Val::List(Vec::new()),
                Err(_) => Val::List(vec![s]),
            }
        }
        (_, ValueRef::Integer(i)) => Val::Str(i.to_string()),
        (_, ValueRef::Real(f)) => Val::Str(f.to_string()),
        (_, ValueRef::Text(t)) | (_, ValueRef::Blob(t)) => Val::Str(text(t)),
    })
}

/// Run an export's query and hand each converted row to `sink`, in order.
pub(crate) fn for_each_row(
    conn: &Connection,
    what: What,
    since: Option<&str>,
    mut sink: impl FnMut(&[Val]) -> Result<(), ExportError>,
) -> Result<u64, ExportError> {
    let since = normalise_since(since)?;
    let cols = columns(what);
    let mut stmt = conn.prepare(&sql(what))?;
    let mut rows = stmt.query([since])?;
    let mut vals: Vec<Val> = Vec::with_capacity(cols.len());
    let mut n = 0u64;
    while let Some(row) = rows.next()? {
        vals.clear();
        for (i, col) in cols.iter().enumerate() {
            let v = convert(row.get_ref(i)?, col, vals.first().unwrap_or(&Val::Null))?;
            vals.push(v);
        }
        sink(&vals)?;
        n += 1;
    }
    Ok(n)
}

/// The entry point behind `nianbao export --what … --format csv|jsonl|parquet`.
pub fn export_table(
    conn: &Connection,
    opts: &TableOptions,
    out: &mut (dyn Write + Send),
) -> Result<Written, ExportError> {
    let mut out = Counting {
        inner: out,
        count: 0,
    };
    let rows = match opts.format {
        Format::Csv => write_csv(conn, opts, &mut out)?,
        Format::Jsonl => write_jsonl(conn, opts, &mut out)?,
        Format::Parquet => crate::parquet::write_parquet(conn, opts, &mut out)?,
    };
    out.flush().map_err(|e| ExportError::io("flush", e))?;
    Ok(Written {
        rows,
        bytes: out.count,
    })
}

fn csv_err(e: csv::Error) -> ExportError {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => ExportError::from(e),
        other => ExportError::Io(format!("{other:?}")),
    }
}

fn write_csv(
    conn: &Connection,
    opts: &TableOptions,
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
    let n = for_each_row(conn, opts.what, opts.since.as_deref(), |vals| {
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

fn write_jsonl(
    conn: &Connection,
    opts: &TableOptions,
    out: &mut (dyn Write + Send),
) -> Result<u64, ExportError> {
    let cols = columns(opts.what);
    let mut w = std::io::BufWriter::with_capacity(64 * 1024, out);
    let mut line: Vec<u8> = Vec::with_capacity(1024);
    let n = for_each_row(conn, opts.what, opts.since.as_deref(), |vals| {
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
