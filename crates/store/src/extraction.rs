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
    /// The visible text read (the search index's body); `None`: none read.
    pub text: Option<String>,
}

impl ExtractionRow {
    /// Names of what a researcher reads that differs between two rows of a
    /// capture: the title, the text status, the headline fields of
    /// docs/report-format.md, and `cells` for any table cell. The audit trail
    /// (notes, reasons, hashes, OCR confidence) does not count.
    pub fn field_differences(&self, other: &ExtractionRow) -> Vec<&'static str> {
        let (a, b) = (self, other);
        let sorted = |r: &ExtractionRow| {
            let mut c = r.cells.clone();
            c.sort();
            c
        };
        [
            ("text_status", a.text_status != b.text_status),
            ("title", a.title != b.title),
            ("doc_type", as_extracted(a) != as_extracted(b)),
            ("agency", a.agency != b.agency),
            ("province", a.province != b.province),
            ("admin_level", a.admin_level != b.admin_level),
            ("report_year", a.report_year != b.report_year),
            ("published_date", a.published_date != b.published_date),
            ("format", a.format != b.format),
            ("script", a.script != b.script),
            ("repost", a.repost != b.repost),
            ("proactive_total", a.proactive_total != b.proactive_total),
            (
                "requests_received",
                a.requests_received != b.requests_received,
            ),
            ("requests_granted", a.requests_granted != b.requests_granted),
            ("reconsiderations", a.reconsiderations != b.reconsiderations),
            ("lawsuits", a.lawsuits != b.lawsuits),
            ("consistency", a.consistency != b.consistency),
            ("cells", sorted(a) != sorted(b)),
        ]
        .into_iter()
        .filter_map(|(name, differs)| differs.then_some(name))
        .collect()
    }
}

/// A row's `doc_type` as the extractor gave it: the pass that ties a note page to
/// its attachment ([`Store::link_attachment_notes`]) turns an `annual_report` into
/// `attachment_note` or `report_copy` after extraction, and redoes it after every
/// run, so a fresh row compared with a linked one is not a change.
fn as_extracted(r: &ExtractionRow) -> Option<&str> {
    match r.doc_type.as_deref() {
        Some("attachment_note" | "report_copy") => Some("annual_report"),
        d => d,
    }
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
    /// missing tool (so installing it and running `extract` reads them), or that
    /// are report pages whose page images were archived after their latest
    /// extraction (it was made without them).
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
                        OR NOT EXISTS (SELECT 1 FROM report_text t WHERE t.rowid = c.id)
                        OR (SELECT e.text_status FROM extractions e WHERE e.capture_id = c.id
                            ORDER BY e.extractor_version DESC LIMIT 1) = 'needs_tool'
                        OR EXISTS (SELECT 1 FROM urls u JOIN captures ic ON ic.url_id = u.id
                            WHERE u.found_on = c.id AND u.role = ?5 AND ic.sha256 IS NOT NULL
                              AND ic.status BETWEEN 200 AND 299 AND ic.revisit_of IS NULL
                              AND julianday(ic.fetched_at) > (SELECT julianday(e.extracted_at) FROM extractions e
                                  WHERE e.capture_id = c.id ORDER BY e.extractor_version DESC LIMIT 1)))
                 ORDER BY c.id LIMIT ?4",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(
                params![
                    after_id,
                    all,
                    version,
                    limit as i64,
                    crate::PageRole::PageImage
                ],
                |r| {
                    Ok(PendingCapture {
                        id: r.get(0)?,
                        final_url: r.get(1)?,
                        content_type: r.get(2)?,
                        content_encoding: r.get(3)?,
                        sha256: r.get(4)?,
                        decoded_bytes: r.get(5)?,
                        anchor: r.get(6)?,
                    })
                },
            )
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Captures with page images found on them (role `page_image`): the report
    /// pages published as scans, whose extraction reads those images.
    pub fn pages_with_images(&self) -> Result<std::collections::HashSet<i64>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT found_on FROM urls WHERE role = ?1 AND found_on IS NOT NULL",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([crate::PageRole::PageImage], |r| r.get::<_, i64>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// The page images found on capture `page`: each URL's canonical key and its
    /// latest archived 2xx capture.
    pub fn page_images_of(&self, page: i64) -> Result<Vec<(String, PendingCapture)>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT u.canon, c.id, c.final_url, c.content_type, c.content_encoding, c.sha256, c.decoded_bytes
                 FROM urls u JOIN captures c ON c.url_id = u.id
                 WHERE u.found_on = ?1 AND u.role = ?2 AND c.sha256 IS NOT NULL AND c.status BETWEEN 200 AND 299
                 ORDER BY u.id, c.id DESC",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![page, crate::PageRole::PageImage], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    PendingCapture {
                        id: r.get(1)?,
                        final_url: r.get(2)?,
                        content_type: r.get(3)?,
                        content_encoding: r.get(4)?,
                        sha256: r.get(5)?,
                        decoded_bytes: r.get(6)?,
                        anchor: None,
                    },
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        let mut out: Vec<(String, PendingCapture)> = Vec::new();
        for (canon, c) in rows {
            if out.last().is_none_or(|(k, _)| *k != canon) {
                out.push((canon, c));
            }
        }
        Ok(out)
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

    /// One report, one record: tie each archived attachment that reads as an annual
    /// report to the page it was found on when that page's own verdict is annual
    /// report but it carries none of the report's tables (a short page that says
    /// 详见附件 and links the document). The attachment's extraction gets
    /// `note_capture_id`; the page's becomes `attachment_note` with
    /// `attachment_capture_id` (its first such attachment). When the page does carry
    /// the report itself (its tables were read), an attachment of the same report
    /// (the "PDF版" beside the HTML page) is the copy: its record becomes
    /// `report_copy` with `note_capture_id` = the page, so each report is counted once.
    /// Latest extractions only; idempotent. Returns the pages that are notes and the
    /// attachments that are copies.
    pub fn link_attachment_notes(&self) -> Result<(u64, u64)> {
        let copies = self.mark_report_copies()?;
        let mut st = self
            .conn
            .prepare(
                "WITH latest AS (
                     SELECT e.* FROM extractions e WHERE e.extractor_version =
                         (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = e.capture_id))
                 SELECT n.capture_id, n.extractor_version, a.capture_id, a.extractor_version
                 FROM captures ac
                 JOIN urls u ON u.id = ac.url_id
                 JOIN latest a ON a.capture_id = ac.id
                 JOIN captures nc ON nc.id = u.found_on
                 JOIN latest n ON n.capture_id = nc.id
                 WHERE ac.role = ?1 AND coalesce(nc.role, '') != ?1
                   AND a.text_status = 'ok' AND a.doc_type = 'annual_report'
                   AND n.doc_type IN ('annual_report', 'attachment_note')
                   AND (n.report_year IS NULL OR a.report_year IS NULL OR n.report_year = a.report_year)
                   AND NOT EXISTS (SELECT 1 FROM cells k
                                   WHERE k.capture_id = n.capture_id AND k.extractor_version = n.extractor_version)
                 ORDER BY n.capture_id, a.capture_id",
            )
            .map_err(|e| self.err(e))?;
        let pairs = st
            .query_map([crate::PageRole::Attachment], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        let mut notes = 0;
        let mut last_note = None;
        for (note, nv, att, av) in pairs {
            self.conn
                .prepare_cached("UPDATE extractions SET note_capture_id = ?3 WHERE capture_id = ?1 AND extractor_version = ?2")
                .and_then(|mut s| s.execute(params![att, av, note]))
                .map_err(|e| self.err(e))?;
            if last_note != Some(note) {
                last_note = Some(note);
                notes += 1;
                self.conn
                    .prepare_cached(
                        "UPDATE extractions SET doc_type = 'attachment_note', attachment_capture_id = ?3
                         WHERE capture_id = ?1 AND extractor_version = ?2",
                    )
                    .and_then(|mut s| s.execute(params![note, nv, att]))
                    .map_err(|e| self.err(e))?;
            }
        }
        Ok((notes, copies))
    }

    /// Attachments that repeat the report of a page whose own record carries it (see
    /// [`Store::link_attachment_notes`]).
    fn mark_report_copies(&self) -> Result<u64> {
        self.conn
            .prepare_cached(
                "WITH latest AS (
                     SELECT e.capture_id, e.extractor_version, e.doc_type, e.report_year FROM extractions e
                     WHERE e.extractor_version =
                         (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = e.capture_id))
                 UPDATE extractions AS a SET doc_type = 'report_copy', note_capture_id = p.page
                 FROM (SELECT ac.id AS att, la.extractor_version AS av, nc.id AS page
                       FROM captures ac
                       JOIN urls u ON u.id = ac.url_id
                       JOIN latest la ON la.capture_id = ac.id
                       JOIN captures nc ON nc.id = u.found_on
                       JOIN latest n ON n.capture_id = nc.id
                       WHERE ac.role = ?1 AND coalesce(nc.role, '') != ?1
                         AND la.doc_type IN ('annual_report', 'report_copy') AND n.doc_type = 'annual_report'
                         AND (n.report_year IS NULL OR la.report_year IS NULL OR n.report_year = la.report_year)
                         AND EXISTS (SELECT 1 FROM cells k
                                     WHERE k.capture_id = n.capture_id AND k.extractor_version = n.extractor_version)) AS p
                 WHERE a.capture_id = p.att AND a.extractor_version = p.av",
            )
            .and_then(|mut st| st.execute([crate::PageRole::Attachment]))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// The newest extraction of `capture_id` by extractor `version` or an
    /// earlier one, with what [`ExtractionRow::field_differences`] compares
    /// (the other columns left empty): what a re-extraction is compared with
    /// before it is stored.
    pub fn latest_extraction(
        &self,
        capture_id: i64,
        version: i64,
    ) -> Result<Option<ExtractionRow>> {
        let found = self
            .conn
            .prepare_cached(
                "SELECT extractor_version, text_status, title, doc_type, agency, province, admin_level,
                        report_year, published_date, format, script, repost, proactive_total,
                        requests_received, requests_granted, reconsiderations, lawsuits, consistency
                 FROM extractions WHERE capture_id = ?1 AND extractor_version <= ?2
                 ORDER BY extractor_version DESC LIMIT 1",
            )
            .and_then(|mut s| {
                s.query_row(params![capture_id, version], |r| {
                    Ok(ExtractionRow {
                        capture_id,
                        extractor_version: r.get(0)?,
                        text_status: r.get(1)?,
                        title: r.get(2)?,
                        doc_type: r.get(3)?,
                        agency: r.get(4)?,
                        province: r.get(5)?,
                        admin_level: r.get(6)?,
                        report_year: r.get(7)?,
                        published_date: r.get(8)?,
                        format: r.get(9)?,
                        script: r.get(10)?,
                        repost: r.get(11)?,
                        proactive_total: r.get(12)?,
                        requests_received: r.get(13)?,
                        requests_granted: r.get(14)?,
                        reconsiderations: r.get(15)?,
                        lawsuits: r.get(16)?,
                        consistency: r.get(17)?,
                        ..Default::default()
                    })
                })
                .optional()
            })
            .map_err(|e| self.err(e))?;
        let Some(mut row) = found else {
            return Ok(None);
        };
        row.cells = self
            .conn
            .prepare_cached(
                "SELECT tbl, row, col, value FROM cells WHERE capture_id = ?1 AND extractor_version = ?2",
            )
            .and_then(|mut s| {
                s.query_map(params![capture_id, row.extractor_version], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(|e| self.err(e))?;
        Ok(Some(row))
    }

    /// Store an extraction and the capture's search text; returns false when an
    /// identical extraction was already stored.
    pub fn put_extraction(&self, row: &ExtractionRow) -> Result<bool> {
        self.put_search_text(row)?;
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

    /// The capture's row of the search index, replaced by this extraction's title
    /// and text (always written, empty when nothing was read: a capture without
    /// one is pending, which is how an archive from before the index fills it).
    fn put_search_text(&self, row: &ExtractionRow) -> Result<()> {
        let newest: Option<i64> = self
            .conn
            .prepare_cached("SELECT max(extractor_version) FROM extractions WHERE capture_id = ?1")
            .and_then(|mut s| s.query_row([row.capture_id], |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        if newest.is_some_and(|v| v > row.extractor_version) {
            return Ok(()); // the index follows the latest extraction only
        }
        self.conn
            .prepare_cached("DELETE FROM report_text WHERE rowid = ?1")
            .and_then(|mut s| s.execute([row.capture_id]))
            .map_err(|e| self.err(e))?;
        self.conn
            .prepare_cached("INSERT INTO report_text(rowid, title, body) VALUES (?1, ?2, ?3)")
            .and_then(|mut s| {
                s.execute(params![
                    row.capture_id,
                    row.title.as_deref().unwrap_or(""),
                    row.text.as_deref().unwrap_or("")
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{KnownPolicy, NewLink, PageRole};
    /// A URL row as the crawl queues it on `a.gov.cn`, found on capture `from`;
    /// returns its id.
    fn queue_link(
        b: &mut ArchiveBuilder,
        (run, site): (i64, i64),
        path: &str,
        role: PageRole,
        from: Option<i64>,
        anchor: &str,
    ) -> i64 {
        let l = NewLink {
            canon: format!("a.gov.cn/{path}"),
            url: format!("http://a.gov.cn/{path}"),
            role,
            year_hint: None,
            anchor: anchor.into(),
            depth: 1,
            priority: 0,
            pager_group: None,
            pager_index: None,
            requeue_known: KnownPolicy::Always,
            form_body: None,
            mechanism: crate::ListMechanism::Links,
        };
        let s = b.store();
        assert!(s.enqueue_from(run, site, &l, false, from).unwrap());
        s.conn
            .query_row("SELECT id FROM urls WHERE canon = ?1", [&l.canon], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
    }

    /// The link pass's doc types are not a change of the extraction.
    #[test]
    fn linked_doc_types_compare_as_extracted() {
        let row = |d: &str| ExtractionRow {
            doc_type: Some(d.into()),
            ..Default::default()
        };
        for linked in ["report_copy", "attachment_note"] {
            assert!(row(linked)
                .field_differences(&row("annual_report"))
                .is_empty());
        }
        assert_eq!(
            row("report_copy").field_differences(&row("other")),
            vec!["doc_type"]
        );
    }

    use super::*;
    use crate::testing::ArchiveBuilder;
    use crate::CaptureRecord;

    /// An archive with one site and one run: (builder, site, run).
    fn archive(dir: &std::path::Path) -> (ArchiveBuilder, i64, i64) {
        let mut b = ArchiveBuilder::create(&dir.join("a.sqlite")).unwrap();
        let site = b.site("a.gov.cn", "A", "", "county").unwrap();
        let run = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        (b, site, run)
    }

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
        let (mut b, site, run) = archive(dir.path());
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

    #[test]
    fn a_page_that_only_links_its_report_is_tied_to_the_attachment() {
        let dir = tempfile::tempdir().unwrap();
        let (mut b, site, run) = archive(dir.path());
        let page = |b: &mut ArchiveBuilder, path: &str, role, url_id, body: &[u8]| {
            let rec = CaptureRecord {
                url_id,
                requested_url: format!("http://a.gov.cn/{path}"),
                final_url: format!("http://a.gov.cn/{path}"),
                status: 200,
                fetched_at: "2024-01-01T00:00:01Z".into(),
                role: Some(role),
                ..Default::default()
            };
            b.capture(run, site, rec, Some(body)).unwrap()
        };
        // A URL row as the crawl queues it, found on capture `from`.
        let link = |b: &mut ArchiveBuilder, path: &str, role, from: Option<i64>| {
            queue_link(b, (run, site), path, role, from, "2020年报")
        };
        let u = link(&mut b, "note.html", PageRole::Report, None);
        let note = page(
            &mut b,
            "note.html",
            PageRole::Report,
            Some(u),
            b"<p>\xe8\xaf\xa6\xe8\xa7\x81\xe9\x99\x84\xe4\xbb\xb6</p>",
        );
        let u = link(&mut b, "r.pdf", PageRole::Attachment, Some(note));
        let pdf = page(&mut b, "r.pdf", PageRole::Attachment, Some(u), b"%PDF-1");
        // A full report page that also offers a copy: it stays a report.
        let u = link(&mut b, "full.html", PageRole::Report, None);
        let full = page(&mut b, "full.html", PageRole::Report, Some(u), b"<table>");
        let u = link(&mut b, "copy.pdf", PageRole::Attachment, Some(full));
        let copy = page(&mut b, "copy.pdf", PageRole::Attachment, Some(u), b"%PDF-2");
        let row = |id, source: &str, cells: bool| ExtractionRow {
            capture_id: id,
            extractor_version: 4,
            text_status: "ok".into(),
            doc_type: Some("annual_report".into()),
            report_year: Some(2020),
            text_source: Some(source.into()),
            output_sha: format!("{id}"),
            cells: if cells {
                vec![(
                    "requests".into(),
                    "new".into(),
                    "total".into(),
                    Some("1".into()),
                )]
            } else {
                Vec::new()
            },
            ..Default::default()
        };
        let at = "2024-03-01T00:00:00Z";
        for r in [
            row(note, "html", false),
            row(pdf, "pdf_text", true),
            row(full, "html", true),
            row(copy, "pdf_text", true),
        ] {
            b.extraction(&r, at).unwrap();
        }
        let s = b.finish();
        let links = |id: i64| -> (String, Option<i64>, Option<i64>) {
            s.conn
                .query_row(
                    "SELECT doc_type, note_capture_id, attachment_capture_id FROM extractions WHERE capture_id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap()
        };
        for _ in 0..2 {
            assert_eq!(s.link_attachment_notes().unwrap(), (1, 1), "idempotent");
            assert_eq!(links(note), ("attachment_note".into(), None, Some(pdf)));
            assert_eq!(links(pdf), ("annual_report".into(), Some(note), None));
            assert_eq!(links(full), ("annual_report".into(), None, None));
            assert_eq!(links(copy), ("report_copy".into(), Some(full), None));
        }
        // `status` still counts the note as a report page (attachments are not pages).
        let sites = s.site_status().unwrap();
        assert_eq!(sites[0].reports_by_year.get("2020"), Some(&2));
    }

    #[test]
    fn a_page_read_before_its_page_images_arrived_is_due_again() {
        let dir = tempfile::tempdir().unwrap();
        let (mut b, site, run) = archive(dir.path());
        let enqueue = |b: &mut ArchiveBuilder, path: &str, role, from: Option<i64>| {
            queue_link(b, (run, site), path, role, from, "")
        };
        let capture = |b: &mut ArchiveBuilder, path: &str, role, url_id, at: &str, body: &[u8]| {
            let rec = CaptureRecord {
                url_id: Some(url_id),
                requested_url: format!("http://a.gov.cn/{path}"),
                final_url: format!("http://a.gov.cn/{path}"),
                status: 200,
                fetched_at: at.into(),
                role: Some(role),
                ..Default::default()
            };
            b.capture(run, site, rec, Some(body)).unwrap()
        };
        let row = |id| ExtractionRow {
            capture_id: id,
            extractor_version: 5,
            text_status: "ok".into(),
            output_sha: format!("{id}"),
            ..Default::default()
        };
        let u = enqueue(&mut b, "scan.html", PageRole::Report, None);
        let page = capture(
            &mut b,
            "scan.html",
            PageRole::Report,
            u,
            "2024-01-01T00:00:01Z",
            b"<img>",
        );
        let u1 = enqueue(&mut b, "p1.jpg", PageRole::PageImage, Some(page));
        let u2 = enqueue(&mut b, "p2.jpg", PageRole::PageImage, Some(page));
        // page 1 arrived before the page was read, page 2 not yet
        let p1 = capture(
            &mut b,
            "p1.jpg",
            PageRole::PageImage,
            u1,
            "2024-01-01T00:00:02Z",
            b"\xff\xd8",
        );
        b.extraction(&row(page), "2024-01-01T00:00:03.5Z").unwrap();
        // the images are not extracted in this test: only the page's due-ness
        let due = |s: &Store| -> Vec<i64> {
            pending(s, 5).into_iter().filter(|id| *id == page).collect()
        };
        assert_eq!(
            due(b.store()),
            Vec::<i64>::new(),
            "read with every image it had"
        );
        // page 2 archived later, in the same second as the read but after it
        capture(
            &mut b,
            "p2.jpg",
            PageRole::PageImage,
            u2,
            "2024-01-01T00:00:03.9Z",
            b"\xff\xd8",
        );
        assert_eq!(
            due(b.store()),
            [page],
            "a plain extract reads the page again"
        );
        // read again with both images: done
        let mut again = row(page);
        again.output_sha = "with both".into();
        assert!(b.store().put_extraction(&again).unwrap());
        assert_eq!(due(b.store()), Vec::<i64>::new());
        // a later crawl re-fetching page 1 unchanged (a revisit) reads nothing again
        let rec = CaptureRecord {
            url_id: Some(u1),
            requested_url: "http://a.gov.cn/p1.jpg".into(),
            final_url: "http://a.gov.cn/p1.jpg".into(),
            status: 200,
            fetched_at: "2099-01-01T00:00:00Z".into(),
            role: Some(PageRole::PageImage),
            revisit_of: Some(p1),
            ..Default::default()
        };
        b.capture(run, site, rec, Some(b"\xff\xd8")).unwrap();
        assert_eq!(due(b.store()), Vec::<i64>::new());
    }
}
