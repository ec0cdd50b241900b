//! What `nianbao serve` reads: one capture with its provenance, the captures of
//! the same URL in time, the attachments found on a page, a site's documents, and
//! the search over the full-text index (`report_text`, migration 0007) with its
//! filters.
//!
//! Every query is bounded (a page of results, one capture, one URL's history) so
//! each page of the browser stays fast on a large archive, and every value from the
//! user is a bound parameter. Rows of the reports and cells exports are read with
//! the exports' own readers ([`crate::ReportRow`], [`crate::CellRow`]), so a field
//! means the same in a download and on a page.

use rusqlite::{params, OptionalExtension, Row};

use crate::error::Result;
use crate::export::{cell_row, report_row, Cols, CELL_SQL, REPORT_SQL};
use crate::{CellRow, ReportRow, Store};

/// A capture as its provenance panel shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaptureDetail {
    pub id: i64,
    pub site_id: i64,
    pub url_id: Option<i64>,
    pub run_id: i64,
    pub requested_url: String,
    pub final_url: String,
    /// As archived: `[{"url":…,"status":301,"location":…}, …]`.
    pub redirects_json: String,
    pub status: i64,
    pub http_version: String,
    pub fetched_at: String,
    pub content_type: Option<String>,
    pub content_encoding: Option<String>,
    pub charset: Option<String>,
    pub charset_source: Option<String>,
    pub truncated: bool,
    pub sha256: Option<String>,
    pub bytes: i64,
    pub decoded_bytes: Option<i64>,
    /// The earlier capture holding the same payload (an unchanged re-fetch or a 304).
    pub revisit_of: Option<i64>,
    pub role: Option<String>,
    /// The title the crawler saw (the link's or the page's).
    pub title: Option<String>,
}

/// One capture of a URL, for its history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlCapture {
    pub id: i64,
    pub fetched_at: String,
    pub status: i64,
    pub sha256: Option<String>,
    pub revisit_of: Option<i64>,
}

/// A capture whose URL was found on a page (its attachments), with how its text was read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkedCapture {
    pub id: i64,
    pub url: String,
    pub status: i64,
    pub content_type: Option<String>,
    pub role: Option<String>,
    pub doc_type: Option<String>,
    pub text_status: Option<String>,
    pub text_source: Option<String>,
    pub ocr_confidence: Option<f64>,
    pub needs_tool: Option<String>,
}

/// One document of a site (latest extraction), for the site page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteDocument {
    pub capture_id: i64,
    pub url: String,
    pub fetched_at: String,
    pub title: Option<String>,
    pub doc_type: Option<String>,
    pub report_year: Option<i64>,
    pub consistency: Option<String>,
    pub text_source: Option<String>,
}

/// What a search asks for. `None` everywhere: every extracted capture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// An FTS5 query over the index's title and body (the caller builds it:
    /// quoted phrases of at least three characters each).
    pub fts: Option<String>,
    pub province: Option<String>,
    pub level: Option<String>,
    pub year: Option<i64>,
    pub doc_type: Option<String>,
    pub consistency: Option<String>,
    pub offset: u64,
    pub limit: u64,
}

/// One search result.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchHit {
    pub capture_id: i64,
    pub url: String,
    pub fetched_at: String,
    pub title: Option<String>,
    pub site_id: i64,
    pub site_name: Option<String>,
    pub province: Option<String>,
    pub level: Option<String>,
    pub report_year: Option<i64>,
    pub doc_type: Option<String>,
    pub consistency: Option<String>,
    /// The matching passage of the text (else of the title), the match between
    /// [`MATCH_OPEN`] and [`MATCH_CLOSE`]; `None` without a text query.
    pub passage: Option<String>,
}

/// Markers around a match in [`SearchHit::passage`] (control characters, which
/// extracted text never holds).
pub const MATCH_OPEN: &str = "\u{1}";
pub const MATCH_CLOSE: &str = "\u{2}";

/// Counts of search results stop here (a page of results never needs more).
pub const COUNT_CAP: u64 = 10_000;

/// The values the search filters offer, each in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFacets {
    pub provinces: Vec<String>,
    pub levels: Vec<String>,
    pub years: Vec<i64>,
    pub doc_types: Vec<String>,
    pub consistencies: Vec<String>,
}

const LATEST: &str =
    "e.extractor_version = (SELECT max(x.extractor_version) FROM extractions x WHERE x.capture_id = e.capture_id)";

/// The filters of [`SearchQuery`] on `e` (latest extraction), `c` and `s`, bound
/// to `?2`…`?6` (`?1`, the text query, is bound by the query that uses it).
const FILTERS: &str = "(?2 IS NULL OR s.province = ?2 OR e.province = ?2)
    AND (?3 IS NULL OR coalesce(e.admin_level, s.level) = ?3)
    AND (?4 IS NULL OR e.report_year = ?4)
    AND (?5 IS NULL OR e.doc_type = ?5)
    AND (?6 IS NULL OR e.consistency = ?6)";

impl Store {
    /// One capture, for its provenance.
    pub fn capture_detail(&self, id: i64) -> Result<Option<CaptureDetail>> {
        self.conn
            .prepare_cached(
                "SELECT id, site_id, url_id, run_id, requested_url, final_url, redirects_json, status,
                        http_version, fetched_at, content_type, content_encoding, charset, charset_source,
                        truncated, sha256, bytes, decoded_bytes, revisit_of, role, title
                 FROM captures WHERE id = ?1",
            )
            .and_then(|mut st| {
                st.query_row([id], |r| {
                    Ok(CaptureDetail {
                        id: r.get(0)?,
                        site_id: r.get(1)?,
                        url_id: r.get(2)?,
                        run_id: r.get(3)?,
                        requested_url: r.get(4)?,
                        final_url: r.get(5)?,
                        redirects_json: r.get(6)?,
                        status: r.get(7)?,
                        http_version: r.get(8)?,
                        fetched_at: r.get(9)?,
                        content_type: r.get(10)?,
                        content_encoding: r.get(11)?,
                        charset: r.get(12)?,
                        charset_source: r.get(13)?,
                        truncated: r.get::<_, i64>(14)? != 0,
                        sha256: r.get(15)?,
                        bytes: r.get(16)?,
                        decoded_bytes: r.get(17)?,
                        revisit_of: r.get(18)?,
                        role: r.get(19)?,
                        title: r.get(20)?,
                    })
                })
                .optional()
            })
            .map_err(|e| self.err(e))
    }

    /// The latest extraction of a capture, as the reports export has it.
    pub fn report_of(&self, capture_id: i64) -> Result<Option<ReportRow>> {
        let sql = REPORT_SQL.replace("SINCE", "e.capture_id = ?1");
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = st.query([capture_id]).map_err(|e| self.err(e))?;
        match rows.next().map_err(|e| self.err(e))? {
            Some(row) => Ok(Some(report_row(&Cols {
                row,
                id: capture_id,
            })?)),
            None => Ok(None),
        }
    }

    /// The table cells of a capture's latest extraction, as the cells export has them.
    pub fn cells_of(&self, capture_id: i64) -> Result<Vec<CellRow>> {
        let sql = CELL_SQL.replace("SINCE", "k.capture_id = ?1");
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = st.query([capture_id]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            out.push(cell_row(&Cols {
                row,
                id: capture_id,
            })?);
        }
        Ok(out)
    }

    /// The notes of a capture's latest extraction (a JSON array of strings).
    pub fn extraction_notes(&self, capture_id: i64) -> Result<Option<String>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT e.notes FROM extractions e WHERE e.capture_id = ?1 AND {LATEST}"
            ))
            .and_then(|mut st| st.query_row([capture_id], |r| r.get(0)).optional())
            .map(Option::flatten)
            .map_err(|e| self.err(e))
    }

    /// Every capture of the URL `url_id` (else of the same requested URL on the
    /// site), oldest first.
    pub fn captures_of_url(
        &self,
        url_id: Option<i64>,
        site_id: i64,
        requested_url: &str,
    ) -> Result<Vec<UrlCapture>> {
        let read = |r: &Row<'_>| -> rusqlite::Result<UrlCapture> {
            Ok(UrlCapture {
                id: r.get(0)?,
                fetched_at: r.get(1)?,
                status: r.get(2)?,
                sha256: r.get(3)?,
                revisit_of: r.get(4)?,
            })
        };
        let mut st = match url_id {
            Some(_) => self.conn.prepare_cached(
                "SELECT id, fetched_at, status, sha256, revisit_of FROM captures WHERE url_id = ?1
                 ORDER BY fetched_at, id LIMIT 500",
            ),
            None => self.conn.prepare_cached(
                "SELECT id, fetched_at, status, sha256, revisit_of FROM captures WHERE site_id = ?1 AND requested_url = ?2
                 ORDER BY fetched_at, id LIMIT 500",
            ),
        }
        .map_err(|e| self.err(e))?;
        let rows = match url_id {
            Some(id) => st.query_map(params![id], read),
            None => st.query_map(params![site_id, requested_url], read),
        }
        .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Captures of URLs first found on capture `page` (its attachments and links
    /// followed), plus the attachment its extraction names, by id.
    pub fn linked_from(&self, page: i64) -> Result<Vec<LinkedCapture>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.id, c.final_url, c.status, c.content_type, c.role, e.doc_type, e.text_status,
                        e.text_source, e.ocr_confidence, e.needs_tool
                 FROM captures c
                 LEFT JOIN extractions e ON e.capture_id = coalesce(c.revisit_of, c.id) AND {LATEST}
                 WHERE c.id IN (SELECT k.id FROM captures k WHERE k.url_id IN
                                    (SELECT u.id FROM urls u WHERE u.found_on = ?1)
                                UNION SELECT a.attachment_capture_id FROM extractions a WHERE a.capture_id = ?1)
                 ORDER BY c.id LIMIT 200"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([page], |r| {
                Ok(LinkedCapture {
                    id: r.get(0)?,
                    url: r.get(1)?,
                    status: r.get(2)?,
                    content_type: r.get(3)?,
                    role: r.get(4)?,
                    doc_type: r.get(5)?,
                    text_status: r.get(6)?,
                    text_source: r.get(7)?,
                    ocr_confidence: r.get(8)?,
                    needs_tool: r.get(9)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// One site of the archive.
    pub fn site(&self, id: i64) -> Result<Option<crate::SiteInfo>> {
        self.conn
            .prepare_cached(
                "SELECT id, host, name, province, level, seed_url, scope FROM sites WHERE id = ?1",
            )
            .and_then(|mut st| {
                st.query_row([id], |r| {
                    Ok(crate::SiteInfo {
                        id: r.get(0)?,
                        host: r.get(1)?,
                        name: r.get(2)?,
                        province: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                        level: r.get(4)?,
                        seed_url: r.get(5)?,
                        scope: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                    })
                })
                .optional()
            })
            .map_err(|e| self.err(e))
    }

    /// A site's extracted documents other than plain pages (`doc_type` not
    /// `other`), by report year (newest first) then fetch time; at most `limit`.
    pub fn site_documents(&self, site_id: i64, limit: u64) -> Result<Vec<SiteDocument>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.id, c.final_url, c.fetched_at, coalesce(e.title, c.title), e.doc_type,
                        e.report_year, e.consistency, e.text_source
                 FROM captures c JOIN extractions e ON e.capture_id = c.id AND {LATEST}
                 WHERE c.site_id = ?1 AND coalesce(e.doc_type, 'other') != 'other'
                 ORDER BY e.report_year IS NULL, e.report_year DESC, c.fetched_at DESC, c.id DESC
                 LIMIT ?2"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![site_id, limit as i64], |r| {
                Ok(SiteDocument {
                    capture_id: r.get(0)?,
                    url: r.get(1)?,
                    fetched_at: r.get(2)?,
                    title: r.get(3)?,
                    doc_type: r.get(4)?,
                    report_year: r.get(5)?,
                    consistency: r.get(6)?,
                    text_source: r.get(7)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// (captures, failures) of a site.
    pub fn site_counts(&self, site_id: i64) -> Result<(i64, i64)> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM captures WHERE site_id = ?1),
                        (SELECT count(*) FROM failures WHERE site_id = ?1)",
                [site_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))
    }

    /// The rows a search walks, newest capture first: driven by the text index
    /// when there is a text query (so a page stops early), else by the extractions.
    fn search_from(q: &SearchQuery) -> String {
        match q.fts {
            Some(_) => format!(
                "FROM report_text CROSS JOIN extractions e ON e.capture_id = report_text.rowid
                 CROSS JOIN captures c ON c.id = e.capture_id LEFT JOIN sites s ON s.id = c.site_id
                 WHERE report_text MATCH ?1 AND {LATEST} AND {FILTERS}
                 ORDER BY report_text.rowid DESC"
            ),
            None => format!(
                "FROM extractions e JOIN captures c ON c.id = e.capture_id LEFT JOIN sites s ON s.id = c.site_id
                 WHERE ?1 IS NULL AND {LATEST} AND {FILTERS}
                 ORDER BY e.capture_id DESC"
            ),
        }
    }

    /// How many extracted captures match `q` (at most [`COUNT_CAP`]), and the page of
    /// them `q` asks for, newest capture first, each with its matching passage.
    pub fn search(&self, q: &SearchQuery) -> Result<(u64, Vec<SearchHit>)> {
        let from = Self::search_from(q);
        let filters = params![
            q.fts,
            q.province,
            q.level,
            q.year,
            q.doc_type,
            q.consistency
        ];
        let total: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 {from} LIMIT {COUNT_CAP})"
            ))
            .and_then(|mut st| st.query_row(filters, |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        let passage = if q.fts.is_some() {
            "coalesce(nullif(snippet(report_text, 1, ?9, ?10, '…', 40), ''),
                      snippet(report_text, 0, ?9, ?10, '…', 40))"
        } else {
            "CASE WHEN ?9 IS NULL OR ?10 IS NULL THEN NULL END"
        };
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.id, c.final_url, c.fetched_at, coalesce(e.title, c.title), c.site_id, s.name,
                        coalesce(nullif(e.province, ''), s.province), coalesce(e.admin_level, s.level),
                        e.report_year, e.doc_type, e.consistency, {passage}
                 {from} LIMIT ?7 OFFSET ?8"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(
                params![
                    q.fts,
                    q.province,
                    q.level,
                    q.year,
                    q.doc_type,
                    q.consistency,
                    q.limit as i64,
                    q.offset as i64,
                    MATCH_OPEN,
                    MATCH_CLOSE
                ],
                |r| {
                    Ok(SearchHit {
                        capture_id: r.get(0)?,
                        url: r.get(1)?,
                        fetched_at: r.get(2)?,
                        title: r.get(3)?,
                        site_id: r.get(4)?,
                        site_name: r.get(5)?,
                        province: r.get(6)?,
                        level: r.get(7)?,
                        report_year: r.get(8)?,
                        doc_type: r.get(9)?,
                        consistency: r.get(10)?,
                        passage: r.get(11)?,
                    })
                },
            )
            .map_err(|e| self.err(e))?;
        let hits = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        Ok((total.max(0) as u64, hits))
    }

    /// Every capture id `q` matches (its offset and limit ignored): what a
    /// download of the current filter holds.
    pub fn search_ids(&self, q: &SearchQuery) -> Result<Vec<i64>> {
        let mut st = self
            .conn
            .prepare_cached(&format!("SELECT e.capture_id {}", Self::search_from(q)))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(
                params![
                    q.fts,
                    q.province,
                    q.level,
                    q.year,
                    q.doc_type,
                    q.consistency
                ],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// The text the search index holds for a capture (what extraction read).
    pub fn indexed_text(&self, capture_id: i64) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT body FROM report_text WHERE rowid = ?1")
            .and_then(|mut st| st.query_row([capture_id], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }

    /// Extracted captures whose text is not in the search index (an archive from
    /// before it, not yet extracted again).
    pub fn unindexed_extractions(&self) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT count(DISTINCT e.capture_id) FROM extractions e
                 WHERE NOT EXISTS (SELECT 1 FROM report_text t WHERE t.rowid = e.capture_id)",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The values the search filters offer: provinces and levels of the sites and
    /// extractions, report years, document types and consistency verdicts found.
    pub fn search_facets(&self) -> Result<SearchFacets> {
        let strings = |sql: &str| -> Result<Vec<String>> {
            let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
            let rows = st.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
                .map_err(|e| self.err(e))
        };
        let years = {
            let mut st = self
                .conn
                .prepare_cached("SELECT DISTINCT report_year FROM extractions WHERE report_year IS NOT NULL ORDER BY 1 DESC")
                .map_err(|e| self.err(e))?;
            let rows = st.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
            rows.collect::<rusqlite::Result<Vec<i64>>>()
                .map_err(|e| self.err(e))?
        };
        Ok(SearchFacets {
            provinces: strings("SELECT province FROM sites WHERE province != '' UNION SELECT province FROM extractions WHERE province IS NOT NULL AND province != '' ORDER BY 1")?,
            levels: strings("SELECT level FROM sites UNION SELECT admin_level FROM extractions WHERE admin_level IS NOT NULL ORDER BY 1")?,
            years,
            doc_types: strings("SELECT DISTINCT doc_type FROM extractions WHERE doc_type IS NOT NULL ORDER BY 1")?,
            consistencies: strings("SELECT DISTINCT consistency FROM extractions WHERE consistency IS NOT NULL ORDER BY 1")?,
        })
    }
}
