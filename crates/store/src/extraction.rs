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

impl Store {
    /// Captures whose payload is a page or attachment and that lack an extraction by
    /// `version` (all of them with `all`). Unchanged re-fetches share their first capture's.
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
                   AND (?2 OR NOT EXISTS (SELECT 1 FROM extractions e WHERE e.capture_id = c.id AND e.extractor_version >= ?3))
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
