//! Extraction rows: fields and table cells per (capture, extractor version).

use rusqlite::{params, OptionalExtension};

use super::{now_rfc3339, Store};
use crate::error::Result;

/// A capture to extract, with what extraction needs to know of it.
#[derive(Debug, Clone)]
pub struct PendingCapture {
    pub id: i64,
    pub final_url: String,
    pub content_type: Option<String>,
    pub content_encoding: Option<String>,
    pub sha256: String,
    /// Decoded size the crawler saw (capped at `max_body_mb` then): the cap for decoding it again.
    pub decoded_bytes: Option<i64>,
    /// Text of the link the crawl followed to the capture's URL (a title candidate).
    pub anchor: Option<String>,
}

/// One extraction's output, flattened for its table.
#[derive(Debug, Clone, Default)]
pub struct ExtractionRow {
    pub capture_id: i64,
    pub extractor_version: i64,
    pub text_status: String,
    pub title: Option<String>,
    pub doc_type: Option<String>,
    pub agency: Option<String>,
    pub province: Option<String>,
    pub admin_level: Option<String>,
    pub report_year: Option<i32>,
    pub published_date: Option<String>,
    pub published_date_source: Option<String>,
    pub format: Option<String>,
    pub script: Option<String>,
    pub repost: Option<bool>,
    pub proactive_total: Option<i64>,
    pub requests_received: Option<i64>,
    pub requests_granted: Option<i64>,
    pub reconsiderations: Option<i64>,
    pub lawsuits: Option<i64>,
    pub consistency: Option<String>,
    /// JSON array of strings; `None` (NULL) when the consistency was not checked.
    pub consistency_issues: Option<String>,
    /// JSON array of field names; `None` (NULL) when not recorded.
    pub approximate: Option<String>,
    pub notes: String,
    pub output_sha: String,
    pub doc_type_reason: Option<String>,
    pub report_year_source: Option<String>,
    /// `html`, `pdf_text`, `ocr`, `doc`, `docx` or `wps`; `None` when no text was read.
    pub text_source: Option<String>,
    /// Mean Tesseract word confidence (0–100) of OCR'd text.
    pub ocr_confidence: Option<f64>,
    /// The missing external tool, with `text_status` `needs_tool`.
    pub needs_tool: Option<String>,
    pub cells: Vec<(String, String, String, Option<String>)>,
}

/// Mean OCR word confidence below which a reading is counted as doubtful.
pub const LOW_OCR_CONFIDENCE: f64 = 60.0;

/// Captures whose latest extraction waits for a tool, or was read by OCR.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractionBacklog {
    /// (missing tool, captures), by tool name.
    pub waiting_for_tool: Vec<(String, i64)>,
    /// Captures whose text was OCR'd.
    pub ocr: i64,
    /// Of those, the ones with mean confidence below [`LOW_OCR_CONFIDENCE`].
    pub ocr_low_confidence: i64,
}

impl ExtractionBacklog {
    /// Scans that cannot be read until an OCR tool is installed.
    pub fn waiting_for_ocr(&self) -> i64 {
        self.waiting_for_tool
            .iter()
            .filter(|(t, _)| t == "pdftoppm" || t.starts_with("tesseract"))
            .map(|(_, n)| n)
            .sum()
    }
}

impl Store {
    /// Captures whose payload is a page or attachment and that lack an extraction by
    /// `version` (all of them with `all`), or whose latest extraction waits for a
    /// missing tool (so installing it and running `extract` reads them).
    /// Unchanged re-fetches share their first capture's.
    pub fn pending_extractions(
        &self,
        version: i64,
        all: bool,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<PendingCapture>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.final_url, c.content_type, c.content_encoding, c.sha256, c.decoded_bytes,
                        (SELECT u.anchor FROM urls u WHERE u.id = c.url_id) FROM captures c
                 WHERE c.id > ?1 AND c.sha256 IS NOT NULL AND c.revisit_of IS NULL AND c.status BETWEEN 200 AND 299
                   AND coalesce(c.role, '') != 'robots'
                   AND (?2 OR NOT EXISTS (SELECT 1 FROM extractions e WHERE e.capture_id = c.id AND e.extractor_version >= ?3)
                        OR (SELECT e.text_status FROM extractions e WHERE e.capture_id = c.id
                            ORDER BY e.extractor_version DESC LIMIT 1) = 'needs_tool')
                 ORDER BY c.id LIMIT ?4",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![after_id, all, version, limit as i64], |r| {
                Ok(PendingCapture {
                    id: r.get(0)?,
                    final_url: r.get(1)?,
                    content_type: r.get(2)?,
                    content_encoding: r.get(3)?,
                    sha256: r.get(4)?,
                    decoded_bytes: r.get(5)?,
                    anchor: r.get(6)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// What the latest extraction of each capture is waiting for or read with:
    /// captures per missing tool, and OCR'd captures.
    pub fn extraction_backlog(&self) -> Result<ExtractionBacklog> {
        let latest = "SELECT e.text_status, e.text_source, e.needs_tool, e.ocr_confidence FROM extractions e
             WHERE e.extractor_version = (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = e.capture_id)";
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT coalesce(l.needs_tool, ''), count(*) FROM ({latest}) l
                 WHERE l.text_status = 'needs_tool' GROUP BY 1 ORDER BY 1"
            ))
            .map_err(|e| self.err(e))?;
        let waiting = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        let (ocr, ocr_low) = self
            .conn
            .query_row(
                &format!(
                    "SELECT count(*), coalesce(sum(l.ocr_confidence < ?1), 0) FROM ({latest}) l
                     WHERE l.text_source = 'ocr'"
                ),
                [LOW_OCR_CONFIDENCE],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))?;
        Ok(ExtractionBacklog {
            waiting_for_tool: waiting,
            ocr,
            ocr_low_confidence: ocr_low,
        })
    }

    /// Store an extraction; returns false when an identical one was already stored.
    pub fn put_extraction(&self, row: &ExtractionRow) -> Result<bool> {
        let existing: Option<String> = self
            .conn
            .prepare_cached("SELECT output_sha FROM extractions WHERE capture_id = ?1 AND extractor_version = ?2")
            .and_then(|mut s| s.query_row(params![row.capture_id, row.extractor_version], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))?;
        if existing.as_deref() == Some(row.output_sha.as_str()) {
            return Ok(false);
        }
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO extractions(capture_id, extractor_version, extracted_at, text_status, title, doc_type, agency,
                    province, admin_level, report_year, published_date, published_date_source, format, script, repost,
                    proactive_total, requests_received, requests_granted, reconsiderations, lawsuits, consistency,
                    consistency_issues, approximate, notes, output_sha, doc_type_reason, report_year_source,
                    text_source, ocr_confidence, needs_tool)
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    row.capture_id,
                    row.extractor_version,
                    now_rfc3339(),
                    row.text_status,
                    row.title,
                    row.doc_type,
                    row.agency,
                    row.province,
                    row.admin_level,
                    row.report_year,
                    row.published_date,
                    row.published_date_source,
                    row.format,
                    row.script,
                    row.repost,
                    row.proactive_total,
                    row.requests_received,
                    row.requests_granted,
                    row.reconsiderations,
                    row.lawsuits,
                    row.consistency,
                    row.consistency_issues,
                    row.approximate,
                    row.notes,
                    row.output_sha,
                    row.doc_type_reason,
                    row.report_year_source,
                    row.text_source,
                    row.ocr_confidence,
                    row.needs_tool
                ])
            })
            .map_err(|e| self.err(e))?;
        self.conn
            .prepare_cached("DELETE FROM cells WHERE capture_id = ?1 AND extractor_version = ?2")
            .and_then(|mut s| s.execute(params![row.capture_id, row.extractor_version]))
            .map_err(|e| self.err(e))?;
        let mut ins = self
            .conn
            .prepare_cached("INSERT OR REPLACE INTO cells(capture_id, extractor_version, tbl, row, col, value) VALUES (?1,?2,?3,?4,?5,?6)")
            .map_err(|e| self.err(e))?;
        for (t, r, c, v) in &row.cells {
            ins.execute(params![row.capture_id, row.extractor_version, t, r, c, v])
                .map_err(|e| self.err(e))?;
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ArchiveBuilder;
    use crate::CaptureRecord;

    fn pending(s: &Store, version: i64) -> Vec<i64> {
        s.pending_extractions(version, false, 0, 100)
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect()
    }

    #[test]
    fn a_capture_waiting_for_a_tool_is_pending_again_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = ArchiveBuilder::create(&dir.path().join("a.sqlite")).unwrap();
        let site = b.site("a.gov.cn", "A", "", "county").unwrap();
        let run = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        let mut ids = Vec::new();
        for (i, body) in [
            &b"%PDF-scan"[..],
            b"%PDF-text",
            b"<html>ok</html>",
            b"%PDF-ocr",
        ]
        .into_iter()
        .enumerate()
        {
            let rec = CaptureRecord {
                requested_url: format!("http://a.gov.cn/{i}"),
                final_url: format!("http://a.gov.cn/{i}"),
                status: 200,
                fetched_at: "2024-01-01T00:00:01Z".into(),
                ..Default::default()
            };
            ids.push(b.capture(run, site, rec, Some(body)).unwrap());
        }
        let row = |id, status: &str, tool: Option<&str>| ExtractionRow {
            capture_id: id,
            extractor_version: 4,
            text_status: status.into(),
            needs_tool: tool.map(str::to_string),
            output_sha: format!("{id}"),
            ..Default::default()
        };
        let at = "2024-03-01T00:00:00Z";
        b.extraction(&row(ids[0], "needs_tool", Some("tesseract")), at)
            .unwrap();
        b.extraction(&row(ids[1], "needs_tool", Some("pdftotext")), at)
            .unwrap();
        b.extraction(&row(ids[2], "ok", None), at).unwrap();
        let mut ocr = row(ids[3], "ok", None);
        ocr.text_source = Some("ocr".into());
        ocr.ocr_confidence = Some(41.5);
        b.extraction(&ocr, at).unwrap();
        let s = b.finish();

        assert_eq!(
            pending(&s, 4),
            [ids[0], ids[1]],
            "needs_tool rows are extracted again by a plain extract"
        );
        let backlog = s.extraction_backlog().unwrap();
        assert_eq!(
            backlog.waiting_for_tool,
            [("pdftotext".to_string(), 1), ("tesseract".to_string(), 1)]
        );
        assert_eq!(backlog.waiting_for_ocr(), 1);
        assert_eq!((backlog.ocr, backlog.ocr_low_confidence), (1, 1));

        // The tool installed: the next extraction reads the text, and the capture is done.
        let mut read = row(ids[0], "ok", None);
        read.output_sha = "read".into();
        assert!(s.put_extraction(&read).unwrap());
        assert_eq!(pending(&s, 4), [ids[1]]);
        // A newer extractor version makes every capture pending, as before.
        assert_eq!(pending(&s, 5).len(), 4);
    }
}
