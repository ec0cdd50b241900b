//! What the outside interfaces read: the rows of the tabular exports, the captures
//! a WARC file holds, and the facts behind the coverage page.
//!
//! Every export streams: the caller gets one row at a time through a callback
//! while the statement walks the archive, so memory does not grow with it. The
//! callback's error type is the caller's own (an exporter's I/O error stops the
//! walk and comes back unchanged).
//!
//! SQLite is dynamically typed and an archive may have been edited by hand, so
//! rows are read liberally where the meaning is unambiguous (an integer stored as
//! text) and a value that is not what its column promises is a
//! [`crate::Error`] naming the capture and the column ([`crate::Error::is_data`]).

use rusqlite::types::ValueRef;
use rusqlite::Row;

use crate::error::{Error, Result};
use crate::Store;

/// The `since` filter on a captures alias `c`, bound to `?1` (NULL: no filter).
/// Compared with `julianday()` on both sides: `fetched_at` has a variable number of
/// fractional digits, and text order puts `.` before `Z`.
const SINCE_SQL: &str = "(?1 IS NULL OR julianday(c.fetched_at) >= julianday(?1))";

/// One extracted capture, latest extractor version only (the reports export).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportRow {
    pub capture_id: i64,
    pub url: String,
    pub site: Option<String>,
    pub fetched_at: String,
    pub sha256: Option<String>,
    pub title: Option<String>,
    pub doc_type: Option<String>,
    pub agency: Option<String>,
    pub province: Option<String>,
    pub admin_level: Option<String>,
    pub report_year: Option<i64>,
    pub published_date: Option<String>,
    pub format: Option<String>,
    pub script: Option<String>,
    pub repost: Option<bool>,
    pub proactive_total: Option<i64>,
    pub requests_received: Option<i64>,
    pub requests_granted: Option<i64>,
    pub reconsiderations: Option<i64>,
    pub lawsuits: Option<i64>,
    pub consistency: Option<String>,
    /// A JSON array of strings, as the extractor wrote it.
    pub consistency_issues: Option<String>,
    pub extractor_version: i64,
    pub published_date_source: Option<String>,
    pub text_status: Option<String>,
    /// A JSON array of field names.
    pub approximate: Option<String>,
    pub extracted_at: Option<String>,
    pub content_type: Option<String>,
    pub site_name: Option<String>,
    pub site_level: Option<String>,
    pub doc_type_reason: Option<String>,
    pub report_year_source: Option<String>,
    /// `html`, `pdf_text`, `ocr`, `doc`, `docx` or `wps`.
    pub text_source: Option<String>,
    /// Mean Tesseract word confidence (0–100) of OCR'd text.
    pub ocr_confidence: Option<f64>,
    /// The missing external tool when `text_status` is `needs_tool`.
    pub needs_tool: Option<String>,
    /// On an attachment: the page that only links it (whose record is `attachment_note`).
    pub note_capture_id: Option<i64>,
    /// On an `attachment_note` page: the attachment that is the report.
    pub attachment_capture_id: Option<i64>,
    /// The site's archive id and scope (`site` is only its host).
    pub site_id: Option<i64>,
    pub site_scope: Option<String>,
}

/// One extracted table cell, latest extractor version only (the cells export).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CellRow {
    pub capture_id: i64,
    pub url: String,
    pub table: String,
    pub row: String,
    pub column: String,
    /// As printed in the report.
    pub value: Option<String>,
    pub extractor_version: i64,
    /// The capture's site: host, archive id, name and scope (two columns of one
    /// portal share a host, not an id).
    pub site: Option<String>,
    pub site_id: Option<i64>,
    pub site_name: Option<String>,
    pub site_scope: Option<String>,
}

/// One HTTP exchange without its body (the captures export).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaptureRow {
    pub capture_id: i64,
    pub url: String,
    pub site: Option<String>,
    pub fetched_at: String,
    pub status: i64,
    pub content_type: Option<String>,
    pub charset: Option<String>,
    pub bytes: Option<i64>,
    pub sha256: Option<String>,
    pub truncated: Option<bool>,
    pub requested_url: Option<String>,
    pub http_version: Option<String>,
    pub content_encoding: Option<String>,
    pub revisit_of: Option<i64>,
    pub run_id: Option<i64>,
    pub role: Option<String>,
    /// The site's archive id, name and scope (`site` is only its host).
    pub site_id: Option<i64>,
    pub site_name: Option<String>,
    pub site_scope: Option<String>,
}

/// A capture as a WARC writer needs it: what was asked, what came back, and which
/// earlier capture holds its payload when it is a revisit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaptureHead {
    pub id: i64,
    /// The URL the bytes were finally served from.
    pub url: String,
    pub fetched_at: String,
    /// As sent, `Name: value\r\n` lines.
    pub request_headers: String,
    /// `GET`, or `POST` for a platform list query.
    pub method: String,
    /// The form body a `POST` sent.
    pub request_body: Option<Vec<u8>>,
    pub status: i64,
    /// As received, `Name: value\r\n` lines.
    pub response_headers: String,
    pub sha256: Option<String>,
    pub truncated: bool,
    pub revisit_of: Option<i64>,
}

/// A site as the coverage page lists it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteInfo {
    pub id: i64,
    pub host: String,
    pub name: String,
    pub province: String,
    pub level: String,
    pub seed_url: String,
    /// A portal column's path prefix (`/sthjj/`), empty for a whole host.
    pub scope: String,
}

/// Refusals of one kind in the latest run that touched a site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refusals {
    pub site_id: i64,
    /// `robots`, `waf` or `rate_limited`.
    pub kind: String,
    pub count: i64,
    /// The first refused URL (in text order).
    pub example: String,
    pub run_id: i64,
}

/// An annual report found by extraction (latest extractor version), for coverage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnualReport {
    pub site_id: i64,
    pub year: i64,
    /// The extracted title, else the crawler's, else empty.
    pub title: String,
    pub url: String,
    pub consistency: Option<String>,
    pub repost: bool,
    pub requests_received: Option<i64>,
    pub proactive_total: Option<i64>,
    /// The extracted administrative level, else the site's, else empty.
    pub level: String,
    pub capture_id: i64,
}

/// Reads one row's columns liberally, naming the capture and column when a value
/// is not what the column promises.
pub(crate) struct Cols<'r, 's> {
    pub(crate) row: &'r Row<'s>,
    pub(crate) id: i64,
}

fn shown(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
        other => format!("{other:?}"),
    }
}

impl Cols<'_, '_> {
    fn value(&self, i: usize) -> Result<ValueRef<'_>> {
        self.row.get_ref(i).map_err(Error::from)
    }

    fn bad(&self, i: usize, v: ValueRef<'_>, what: &str) -> Error {
        let name = self.row.as_ref().column_name(i).unwrap_or("?");
        Error::data(format!(
            "capture {}: column {name} holds {}, which is not {what}",
            self.id,
            shown(v)
        ))
    }

    /// Any value as text (numbers printed, blobs read as UTF-8).
    fn text(&self, i: usize) -> Result<Option<String>> {
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        Ok(match self.value(i)? {
            ValueRef::Null => None,
            ValueRef::Integer(n) => Some(n.to_string()),
            ValueRef::Real(f) => Some(f.to_string()),
            ValueRef::Text(t) | ValueRef::Blob(t) => Some(text(t)),
        })
    }

    fn string(&self, i: usize) -> Result<String> {
        Ok(self.text(i)?.unwrap_or_default())
    }

    fn int(&self, i: usize) -> Result<Option<i64>> {
        let v = self.value(i)?;
        Ok(match v {
            ValueRef::Null => None,
            ValueRef::Integer(n) => Some(n),
            ValueRef::Real(f) if f.fract() == 0.0 && f.abs() < 9e15 => Some(f as i64),
            ValueRef::Text(t) => {
                let s = String::from_utf8_lossy(t);
                match s.trim().parse::<i64>() {
                    Ok(n) => Some(n),
                    Err(_) if s.trim().is_empty() => None,
                    Err(_) => return Err(self.bad(i, v, "an integer")),
                }
            }
            _ => return Err(self.bad(i, v, "an integer")),
        })
    }

    fn real(&self, i: usize) -> Result<Option<f64>> {
        let v = self.value(i)?;
        Ok(match v {
            ValueRef::Null => None,
            ValueRef::Real(f) => Some(f),
            ValueRef::Integer(n) => Some(n as f64),
            ValueRef::Text(t) => {
                let s = String::from_utf8_lossy(t);
                match s.trim().parse::<f64>() {
                    Ok(f) if f.is_finite() => Some(f),
                    _ if s.trim().is_empty() => None,
                    _ => return Err(self.bad(i, v, "a number")),
                }
            }
            _ => return Err(self.bad(i, v, "a number")),
        })
    }

    fn boolean(&self, i: usize) -> Result<Option<bool>> {
        let v = self.value(i)?;
        Ok(match v {
            ValueRef::Null => None,
            ValueRef::Integer(n) => Some(n != 0),
            ValueRef::Text(t) => match String::from_utf8_lossy(t).trim() {
                "1" | "true" | "TRUE" | "True" => Some(true),
                "0" | "false" | "FALSE" | "False" => Some(false),
                "" => None,
                _ => return Err(self.bad(i, v, "a boolean")),
            },
            _ => return Err(self.bad(i, v, "a boolean")),
        })
    }
}

pub(crate) const REPORT_SQL: &str = "SELECT c.id, c.final_url, s.host, c.fetched_at, c.sha256,
        e.title, e.doc_type, e.agency, e.province, e.admin_level, e.report_year,
        e.published_date, e.format, e.script, e.repost, e.proactive_total,
        e.requests_received, e.requests_granted, e.reconsiderations, e.lawsuits,
        e.consistency, e.consistency_issues, e.extractor_version,
        e.published_date_source, e.text_status, e.approximate, e.extracted_at,
        c.content_type, s.name, s.level, e.doc_type_reason, e.report_year_source,
        e.text_source, e.ocr_confidence, e.needs_tool, e.note_capture_id, e.attachment_capture_id,
        s.id, s.scope
    FROM extractions e
    JOIN captures c ON c.id = e.capture_id
    LEFT JOIN sites s ON s.id = c.site_id
    WHERE e.latest = 1 AND SINCE
    ORDER BY e.capture_id";

pub(crate) fn report_row(c: &Cols<'_, '_>) -> Result<ReportRow> {
    Ok(ReportRow {
        capture_id: c.id,
        url: c.string(1)?,
        site: c.text(2)?,
        fetched_at: c.string(3)?,
        sha256: c.text(4)?,
        title: c.text(5)?,
        doc_type: c.text(6)?,
        agency: c.text(7)?,
        province: c.text(8)?,
        admin_level: c.text(9)?,
        report_year: c.int(10)?,
        published_date: c.text(11)?,
        format: c.text(12)?,
        script: c.text(13)?,
        repost: c.boolean(14)?,
        proactive_total: c.int(15)?,
        requests_received: c.int(16)?,
        requests_granted: c.int(17)?,
        reconsiderations: c.int(18)?,
        lawsuits: c.int(19)?,
        consistency: c.text(20)?,
        consistency_issues: c.text(21)?,
        extractor_version: c.int(22)?.unwrap_or_default(),
        published_date_source: c.text(23)?,
        text_status: c.text(24)?,
        approximate: c.text(25)?,
        extracted_at: c.text(26)?,
        content_type: c.text(27)?,
        site_name: c.text(28)?,
        site_level: c.text(29)?,
        doc_type_reason: c.text(30)?,
        report_year_source: c.text(31)?,
        text_source: c.text(32)?,
        ocr_confidence: c.real(33)?,
        needs_tool: c.text(34)?,
        note_capture_id: c.int(35)?,
        attachment_capture_id: c.int(36)?,
        site_id: c.int(37)?,
        site_scope: c.text(38)?,
    })
}

// The ORDER BY follows the cells primary key exactly (only one extractor version
// per capture survives the WHERE), so SQLite walks the index in order and never
// sorts: constant memory on the largest table of the archive.
pub(crate) const CELL_SQL: &str = "SELECT k.capture_id, c.final_url, k.tbl, k.row, k.col, k.value,
        k.extractor_version, s.host, s.id, s.name, s.scope
    FROM cells k
    JOIN captures c ON c.id = k.capture_id
    LEFT JOIN sites s ON s.id = c.site_id
    WHERE k.extractor_version =
          (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = k.capture_id)
      AND SINCE
    ORDER BY k.capture_id, k.extractor_version, k.tbl, k.row, k.col";

pub(crate) fn cell_row(c: &Cols<'_, '_>) -> Result<CellRow> {
    Ok(CellRow {
        capture_id: c.id,
        url: c.string(1)?,
        table: c.string(2)?,
        row: c.string(3)?,
        column: c.string(4)?,
        value: c.text(5)?,
        extractor_version: c.int(6)?.unwrap_or_default(),
        site: c.text(7)?,
        site_id: c.int(8)?,
        site_name: c.text(9)?,
        site_scope: c.text(10)?,
    })
}

const CAPTURE_SQL: &str = "SELECT c.id, c.final_url, s.host, c.fetched_at, c.status,
        c.content_type, c.charset, c.bytes, c.sha256, c.truncated,
        c.requested_url, c.http_version, c.content_encoding, c.revisit_of, c.run_id, c.role,
        s.id, s.name, s.scope
    FROM captures c
    LEFT JOIN sites s ON s.id = c.site_id
    WHERE SINCE
    ORDER BY c.id";

fn capture_row(c: &Cols<'_, '_>) -> Result<CaptureRow> {
    Ok(CaptureRow {
        capture_id: c.id,
        url: c.string(1)?,
        site: c.text(2)?,
        fetched_at: c.string(3)?,
        status: c.int(4)?.unwrap_or_default(),
        content_type: c.text(5)?,
        charset: c.text(6)?,
        bytes: c.int(7)?,
        sha256: c.text(8)?,
        truncated: c.boolean(9)?,
        requested_url: c.text(10)?,
        http_version: c.text(11)?,
        content_encoding: c.text(12)?,
        revisit_of: c.int(13)?,
        run_id: c.int(14)?,
        role: c.text(15)?,
        site_id: c.int(16)?,
        site_name: c.text(17)?,
        site_scope: c.text(18)?,
    })
}

const HEAD_COLS: &str = "c.id, c.final_url, c.fetched_at, c.request_headers, c.status,
    c.response_headers, c.sha256, c.truncated, c.revisit_of, c.method, c.request_body";

fn capture_head(c: &Cols<'_, '_>) -> Result<CaptureHead> {
    Ok(CaptureHead {
        id: c.id,
        url: c.string(1)?,
        fetched_at: c.string(2)?,
        request_headers: c.string(3)?,
        status: c.int(4)?.unwrap_or_default(),
        response_headers: c.string(5)?,
        sha256: c.text(6)?,
        truncated: c.int(7)?.unwrap_or(0) != 0,
        revisit_of: c.int(8)?,
        method: c.text(9)?.unwrap_or_else(|| "GET".into()),
        request_body: c.text(10)?.map(String::into_bytes),
    })
}

impl Store {
    /// Run `sql` (its first column a capture id, `?1` the `since` bound) and hand
    /// each row, read by `read`, to `f`, in order. Returns the rows handed over.
    fn stream<T, E: From<Error>>(
        &self,
        sql: &str,
        since: Option<&str>,
        read: fn(&Cols<'_, '_>) -> Result<T>,
        mut f: impl FnMut(&T) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let mut stmt = self
            .conn
            .prepare(&sql.replace("SINCE", SINCE_SQL))
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([since]).map_err(|e| self.err(e))?;
        let mut n = 0u64;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let id: i64 = row.get(0).map_err(|e| self.err(e))?;
            f(&read(&Cols { row, id })?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every extracted capture fetched at or after `since` (an RFC 3339 time; `None`:
    /// all), by capture id, its latest extractor version only.
    pub fn for_each_report<E: From<Error>>(
        &self,
        since: Option<&str>,
        f: impl FnMut(&ReportRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        self.stream(REPORT_SQL, since, report_row, f)
    }

    /// Every extracted table cell of captures fetched at or after `since`, in
    /// (capture, table, row, column) order, latest extractor version only.
    pub fn for_each_cell<E: From<Error>>(
        &self,
        since: Option<&str>,
        f: impl FnMut(&CellRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        self.stream(CELL_SQL, since, cell_row, f)
    }

    /// Every capture fetched at or after `since`, by id.
    pub fn for_each_capture<E: From<Error>>(
        &self,
        since: Option<&str>,
        f: impl FnMut(&CaptureRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        self.stream(CAPTURE_SQL, since, capture_row, f)
    }

    /// Every capture fetched at or after `since`, by id, as a WARC writer needs it.
    pub fn for_each_capture_head<E: From<Error>>(
        &self,
        since: Option<&str>,
        f: impl FnMut(&CaptureHead) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let sql = format!("SELECT {HEAD_COLS} FROM captures c WHERE SINCE ORDER BY c.id");
        self.stream(&sql, since, capture_head, f)
    }

    /// One capture, as [`Store::for_each_capture_head`] gives it.
    pub fn capture_head(&self, id: i64) -> Result<Option<CaptureHead>> {
        let sql = format!("SELECT {HEAD_COLS} FROM captures c WHERE c.id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query([id]).map_err(|e| self.err(e))?;
        match rows.next().map_err(|e| self.err(e))? {
            Some(row) => Ok(Some(capture_head(&Cols { row, id })?)),
            None => Ok(None),
        }
    }

    /// The newest `fetched_at` among captures fetched at or after `since`.
    pub fn latest_fetch(&self, since: Option<&str>) -> Result<Option<String>> {
        self.conn
            .query_row(
                // The newest capture is the answer whenever any capture is recent
                // enough; max() alone is one seek on captures_fetched (0009).
                "SELECT (SELECT m FROM (SELECT max(fetched_at) AS m FROM captures)
                         WHERE ?1 IS NULL OR julianday(m) >= julianday(?1))",
                [since],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// Every site of the archive, in no particular order.
    pub fn sites(&self) -> Result<Vec<SiteInfo>> {
        let mut st = self
            .conn
            .prepare("SELECT id, host, name, province, level, seed_url, scope FROM sites")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(SiteInfo {
                    id: r.get(0)?,
                    host: r.get(1)?,
                    name: r.get(2)?,
                    province: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    level: r.get(4)?,
                    seed_url: r.get(5)?,
                    scope: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Sites some run has touched (a capture or a failure).
    pub fn crawled_sites(&self) -> Result<Vec<i64>> {
        let mut st = self
            .conn
            .prepare(
                // One index seek per site, not a walk of every capture.
                "SELECT s.id FROM sites s
                 WHERE EXISTS (SELECT 1 FROM captures c WHERE c.site_id = s.id)
                    OR EXISTS (SELECT 1 FROM failures f WHERE f.site_id = s.id)",
            )
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Per site and kind, the refusals (robots.txt, a WAF, rate limiting) of the
    /// latest run that touched the site, by site then kind.
    pub fn latest_refusals(&self) -> Result<Vec<Refusals>> {
        let mut st = self
            .conn
            .prepare(
                // Driven by the refusals (few), each site's latest run found by two
                // index seeks: grouping every capture by site read the whole table.
                "SELECT f.site_id, f.kind, count(*), min(f.url), f.run_id
                 FROM failures f
                 WHERE f.kind IN ('robots', 'waf', 'rate_limited')
                   AND f.run_id = max(coalesce((SELECT max(c.run_id) FROM captures c WHERE c.site_id = f.site_id), 0),
                                      (SELECT max(x.run_id) FROM failures x WHERE x.site_id = f.site_id))
                 GROUP BY f.site_id, f.kind
                 ORDER BY f.site_id, f.kind",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(Refusals {
                    site_id: r.get(0)?,
                    kind: r.get(1)?,
                    count: r.get(2)?,
                    example: r.get(3)?,
                    run_id: r.get(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Every annual report with a year (latest extractor version), by site and year,
    /// the most recently fetched copy first within each.
    pub fn for_each_annual_report<E: From<Error>>(
        &self,
        mut f: impl FnMut(&AnnualReport) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let mut st = self
            .conn
            .prepare(
                "SELECT c.site_id, e.report_year, coalesce(e.title, c.title, ''), c.final_url,
                        e.consistency, coalesce(e.repost, 0), e.requests_received, e.proactive_total,
                        coalesce(e.admin_level, s.level, ''), c.id
                 FROM extractions e
                 JOIN captures c ON c.id = e.capture_id
                 LEFT JOIN sites s ON s.id = c.site_id
                 WHERE e.latest = 1
                   AND e.doc_type = 'annual_report' AND e.report_year IS NOT NULL
                 ORDER BY c.site_id, e.report_year, c.fetched_at DESC, c.id DESC",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = st.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let read = |r: &Row<'_>| -> rusqlite::Result<AnnualReport> {
                Ok(AnnualReport {
                    site_id: r.get(0)?,
                    year: r.get(1)?,
                    title: r.get(2)?,
                    url: r.get(3)?,
                    consistency: r.get(4)?,
                    repost: r.get::<_, i64>(5)? != 0,
                    requests_received: r.get(6)?,
                    proactive_total: r.get(7)?,
                    level: r.get(8)?,
                    capture_id: r.get(9)?,
                })
            };
            f(&read(r).map_err(|e| self.err(e))?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::ArchiveBuilder;
    use crate::{CaptureRecord, Error, ExtractionRow, Store};

    fn archive(dir: &std::path::Path) -> Store {
        let mut b = ArchiveBuilder::create(&dir.join("a.sqlite")).unwrap();
        let site = b.site("a.gov.cn", "A", "", "county").unwrap();
        let run = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        let rec = CaptureRecord {
            requested_url: "http://a.gov.cn/r".into(),
            final_url: "http://a.gov.cn/r".into(),
            status: 200,
            fetched_at: "2024-01-01T00:00:01.5Z".into(),
            ..Default::default()
        };
        let id = b.capture(run, site, rec, Some(b"report")).unwrap();
        let row = ExtractionRow {
            capture_id: id,
            extractor_version: 1,
            text_status: "ok".into(),
            report_year: Some(2017),
            repost: Some(false),
            output_sha: "x".into(),
            ..Default::default()
        };
        b.extraction(&row, "2024-03-01T00:00:00Z").unwrap();
        b.finish()
    }

    fn reports(s: &Store, since: Option<&str>) -> Result<Vec<super::ReportRow>, Error> {
        let mut out = Vec::new();
        s.for_each_report(since, |r| {
            out.push(r.clone());
            Ok::<_, Error>(())
        })?;
        Ok(out)
    }

    #[test]
    fn since_compares_times_not_text() {
        let dir = tempfile::tempdir().unwrap();
        let s = archive(dir.path());
        assert_eq!(reports(&s, None).unwrap().len(), 1);
        assert_eq!(
            reports(&s, Some("2024-01-01T00:00:01.000Z")).unwrap().len(),
            1
        );
        assert_eq!(
            reports(&s, Some("2024-01-01T00:00:01.600Z")).unwrap().len(),
            0
        );
    }

    #[test]
    fn values_are_read_liberally_and_bad_ones_named() {
        let dir = tempfile::tempdir().unwrap();
        let s = archive(dir.path());
        let set = |v: &str| {
            s.conn
                .execute(
                    "UPDATE extractions SET report_year = ?1, repost = 'true'",
                    [v],
                )
                .unwrap()
        };
        set(" 2017 ");
        let r = &reports(&s, None).unwrap()[0];
        assert_eq!((r.report_year, r.repost), (Some(2017), Some(true)));
        set("sometime");
        let e = reports(&s, None).unwrap_err();
        assert!(e.is_data(), "{e}");
        assert!(
            e.message()
                .contains("column report_year holds \"sometime\", which is not an integer"),
            "{e}"
        );
    }
}
