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

use rusqlite::{params, OptionalExtension, Row, ToSql};

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

impl SearchQuery {
    /// `?1`…`?6` of every search query: the text query, then the filters in
    /// [`filters`]' order.
    fn bound(&self) -> [&dyn ToSql; 6] {
        [
            &self.fts,
            &self.province,
            &self.level,
            &self.year,
            &self.doc_type,
            &self.consistency,
        ]
    }
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

/// `e` is the capture's current extraction (the flag migration 0009 keeps).
const LATEST: &str = "e.latest = 1";

/// The filters of [`SearchQuery`] on `e` (latest extraction), `c` and `s`, bound
/// to `?2`…`?6` (`?1`, the text query, is bound by the query that uses it). A
/// filter not asked for is written `?N IS NULL` rather than `(?N IS NULL OR …)`,
/// so the planner sees only the conditions that apply and can drive the query from
/// their indexes (migration 0009); the values are still bound, never written in.
fn filters(q: &SearchQuery) -> String {
    let when = |asked: bool, n: u8, cond: &str| {
        if asked {
            cond.to_string()
        } else {
            format!("?{n} IS NULL")
        }
    };
    [
        // A site's province or the one the document names: two indexed lookups,
        // where an OR across the two tables would read every row.
        when(
            q.province.is_some(),
            2,
            "e.capture_id IN (SELECT x.capture_id FROM extractions x WHERE x.latest = 1 AND x.province = ?2
                              UNION SELECT k.id FROM sites t JOIN captures k ON k.site_id = t.id WHERE t.province = ?2)",
        ),
        when(q.level.is_some(), 3, "coalesce(e.admin_level, s.level) = ?3"),
        when(q.year.is_some(), 4, "e.report_year = ?4"),
        when(q.doc_type.is_some(), 5, "e.doc_type = ?5"),
        when(q.consistency.is_some(), 6, "e.consistency = ?6"),
    ]
    .join(" AND ")
}

/// The distinct non-empty values of `col` among current extractions, in order,
/// read by seeking its index (migration 0009) once per value instead of walking
/// every row. `col` is one of this module's column names, never user input.
fn distinct_latest(col: &str) -> String {
    format!(
        "SELECT x FROM (WITH RECURSIVE v(x) AS (
             SELECT min({col}) FROM extractions WHERE latest = 1
             UNION ALL
             SELECT (SELECT min({col}) FROM extractions WHERE latest = 1 AND {col} > v.x) FROM v WHERE v.x IS NOT NULL)
         SELECT x FROM v WHERE x IS NOT NULL AND x != '')"
    )
}

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

    /// The rows a search walks, newest capture first. Which side drives is the
    /// whole cost on a large archive: a text query alone walks the text index (a
    /// page stops early); a text query with an indexed filter (province, year,
    /// doc_type, consistency) walks that filter's index and tests membership in
    /// the text matches, read once into a list, because probing the text index
    /// row by row costs up to a millisecond a row and walking every text match to
    /// test a rare filter reads the whole index (the `+` keeps the planner from
    /// seeking the filter's index once per text match instead); no text query
    /// walks the extractions.
    fn search_from(q: &SearchQuery) -> String {
        let filters = filters(q);
        let indexed_filter = q.province.is_some()
            || q.year.is_some()
            || q.doc_type.is_some()
            || q.consistency.is_some();
        match (&q.fts, indexed_filter) {
            (Some(_), false) => format!(
                "FROM report_text CROSS JOIN extractions e ON e.capture_id = report_text.rowid
                 CROSS JOIN captures c ON c.id = e.capture_id LEFT JOIN sites s ON s.id = c.site_id
                 WHERE report_text MATCH ?1 AND {LATEST} AND {filters}
                 ORDER BY report_text.rowid DESC"
            ),
            (Some(_), true) => format!(
                "FROM extractions e JOIN captures c ON c.id = e.capture_id LEFT JOIN sites s ON s.id = c.site_id
                 WHERE +e.capture_id IN (SELECT rowid FROM report_text WHERE report_text MATCH ?1)
                   AND {LATEST} AND {filters}
                 ORDER BY e.capture_id DESC"
            ),
            (None, _) => format!(
                "FROM extractions e JOIN captures c ON c.id = e.capture_id LEFT JOIN sites s ON s.id = c.site_id
                 WHERE ?1 IS NULL AND {LATEST} AND {filters}
                 ORDER BY e.capture_id DESC"
            ),
        }
    }

    /// How many extracted captures match `q` (at most [`COUNT_CAP`], or as far as
    /// the page asked for reaches), and the page of them `q` asks for, newest
    /// capture first, each with its matching passage.
    pub fn search(&self, q: &SearchQuery) -> Result<(u64, Vec<SearchHit>)> {
        // One pass finds the matches and counts them (a window over at most the
        // cap), so the text index is read once per page, not once for the count
        // and again for the page.
        let reach = COUNT_CAP.max(q.offset.saturating_add(q.limit));
        let from = Self::search_from(q);
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT id, total FROM (
                     SELECT id, count(*) OVER () AS total
                     FROM (SELECT e.capture_id AS id {from} LIMIT {reach}))
                 LIMIT ?7 OFFSET ?8"
            ))
            .map_err(|e| self.err(e))?;
        let page = st
            .query_map(
                rusqlite::params_from_iter(
                    q.bound()
                        .into_iter()
                        .chain([&(q.limit as i64) as &dyn ToSql, &(q.offset as i64)]),
                ),
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
            )
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        let total = match page.first() {
            Some((_, n)) => *n as u64,
            // A page past the end: count what there is.
            None if q.offset > 0 => self.search_count(q, reach)?,
            None => 0,
        };
        let mut hits = Vec::with_capacity(page.len());
        for (id, _) in page {
            if let Some(hit) = self.search_hit(id, q.fts.as_deref())? {
                hits.push(hit);
            }
        }
        Ok((total, hits))
    }

    fn search_count(&self, q: &SearchQuery, reach: u64) -> Result<u64> {
        let from = Self::search_from(q);
        self.conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 {from} LIMIT {reach})"
            ))
            .and_then(|mut st| st.query_row(q.bound(), |r| r.get::<_, i64>(0)))
            .map(|n| n.max(0) as u64)
            .map_err(|e| self.err(e))
    }

    /// One result row: the capture, its current extraction and site, and (with a
    /// text query) the passage that matched, else of the title.
    fn search_hit(&self, id: i64, fts: Option<&str>) -> Result<Option<SearchHit>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.id, c.final_url, c.fetched_at, coalesce(e.title, c.title), c.site_id, s.name,
                        coalesce(nullif(e.province, ''), s.province), coalesce(e.admin_level, s.level),
                        e.report_year, e.doc_type, e.consistency
                 FROM captures c JOIN extractions e ON e.capture_id = c.id AND {LATEST}
                 LEFT JOIN sites s ON s.id = c.site_id
                 WHERE c.id = ?1"
            ))
            .map_err(|e| self.err(e))?;
        let hit = st
            .query_row([id], |r| {
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
                    passage: None,
                })
            })
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(mut hit) = hit else {
            return Ok(None);
        };
        if let Some(fts) = fts {
            hit.passage = self
                .conn
                .prepare_cached(
                    "SELECT coalesce(nullif(snippet(report_text, 1, ?3, ?4, '…', 40), ''),
                                     snippet(report_text, 0, ?3, ?4, '…', 40))
                     FROM report_text WHERE report_text MATCH ?1 AND rowid = ?2",
                )
                .and_then(|mut st| {
                    st.query_row(params![fts, id, MATCH_OPEN, MATCH_CLOSE], |r| r.get(0))
                        .optional()
                })
                .map(Option::flatten)
                .map_err(|e| self.err(e))?;
        }
        Ok(Some(hit))
    }

    /// Every capture id `q` matches (its offset and limit ignored): what a
    /// download of the current filter holds.
    pub fn search_ids(&self, q: &SearchQuery) -> Result<Vec<i64>> {
        let mut st = self
            .conn
            .prepare_cached(&format!("SELECT e.capture_id {}", Self::search_from(q)))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(q.bound(), |r| r.get(0))
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
        // FTS5's own `docsize` table has one plain row per indexed document: a
        // rowid lookup there is a B-tree seek, where one through the virtual table
        // costs a full FTS5 cursor per capture (5x slower on 100,000 captures).
        // Every indexed document has its extraction (both are written in one
        // transaction), so equal counts mean none is missing: two index counts
        // instead of a lookup per capture.
        let (extracted, indexed): (i64, i64) = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM extractions WHERE latest = 1),
                        (SELECT count(*) FROM report_text_docsize)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))?;
        if extracted == indexed {
            return Ok(0);
        }
        self.conn
            .query_row(
                "SELECT count(*) FROM extractions e
                 WHERE e.latest = 1 AND NOT EXISTS (SELECT 1 FROM report_text_docsize t WHERE t.id = e.capture_id)",
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
                .prepare_cached(&format!(
                    "{} ORDER BY 1 DESC",
                    distinct_latest("report_year")
                ))
                .map_err(|e| self.err(e))?;
            let rows = st.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
            rows.collect::<rusqlite::Result<Vec<i64>>>()
                .map_err(|e| self.err(e))?
        };
        Ok(SearchFacets {
            provinces: strings(&format!(
                "SELECT province FROM sites WHERE province != '' UNION {} ORDER BY 1",
                distinct_latest("province")
            ))?,
            levels: strings(&format!(
                "SELECT level FROM sites UNION {} ORDER BY 1",
                distinct_latest("admin_level")
            ))?,
            years,
            doc_types: strings(&format!("{} ORDER BY 1", distinct_latest("doc_type")))?,
            consistencies: strings(&format!("{} ORDER BY 1", distinct_latest("consistency")))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ArchiveBuilder;
    use crate::{CaptureRecord, ExtractionRow};

    /// What one test capture's current extraction says.
    struct Doc {
        site: usize,
        province: Option<&'static str>,
        year: i32,
        doc_type: &'static str,
        consistency: &'static str,
        text: &'static str,
    }

    const SITES: [(&str, &str, &str); 2] = [
        ("a.test", "甲省", "provincial"),
        ("b.test", "乙省", "county"),
    ];

    fn docs() -> Vec<Doc> {
        let d = |site, province, year, doc_type, consistency, text| Doc {
            site,
            province,
            year,
            doc_type,
            consistency,
            text,
        };
        vec![
            d(
                0,
                None,
                2019,
                "annual_report",
                "ok",
                "本年度依申请公开办理情况良好",
            ),
            d(
                0,
                Some("乙省"),
                2019,
                "annual_report",
                "mismatch",
                "依申请公开三件",
            ),
            d(0, None, 2020, "other", "n/a", "新闻稿件一则"),
            d(1, None, 2019, "annual_report", "ok", "依申请公开零件"),
            d(
                1,
                Some("甲省"),
                2021,
                "annual_report",
                "mismatch",
                "行政复议一起",
            ),
            d(1, None, 2020, "work_plan", "n/a", "依申请公开工作要点"),
            d(1, None, 2019, "annual_report", "ok", "行政复议零起"),
        ]
    }

    fn row(capture_id: i64, version: i64, d: &Doc) -> ExtractionRow {
        ExtractionRow {
            capture_id,
            extractor_version: version,
            text_status: "ok".into(),
            doc_type: Some(d.doc_type.into()),
            province: d.province.map(str::to_string),
            report_year: Some(d.year),
            consistency: Some(d.consistency.into()),
            notes: "[]".into(),
            output_sha: format!("{capture_id}-{version}"),
            text: Some(d.text.into()),
            ..Default::default()
        }
    }

    /// An archive of [`docs`], one capture each, plus a first capture whose
    /// current (v4) extraction differs from its v3 one and from a v2 row written
    /// after it by an older binary: only v4 may ever match.
    fn archive(dir: &std::path::Path) -> (Store, Vec<i64>) {
        let mut b = ArchiveBuilder::create(&dir.join("a.sqlite")).unwrap();
        let sites: Vec<i64> = SITES
            .iter()
            .map(|(h, p, l)| b.site(h, "局", p, l).unwrap())
            .collect();
        let run = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        let capture = |b: &mut ArchiveBuilder, site: i64, n: usize| {
            let url = format!("http://x.test/{n}");
            let rec = CaptureRecord {
                requested_url: url.clone(),
                final_url: url,
                status: 200,
                fetched_at: format!("2024-01-01T00:00:{n:02}Z"),
                ..Default::default()
            };
            b.capture(run, site, rec, Some(format!("body {n}").as_bytes()))
                .unwrap()
        };
        let old = capture(&mut b, sites[0], 99);
        let stale = Doc {
            site: 0,
            province: None,
            year: 2008,
            doc_type: "annual_report",
            consistency: "mismatch",
            text: "依申请公开旧版本",
        };
        let now = "2024-01-02T00:00:00Z";
        b.extraction(&row(old, 3, &stale), now).unwrap();
        let current = Doc {
            year: 2022,
            consistency: "ok",
            text: "现行版本的文字",
            ..stale
        };
        b.extraction(&row(old, 4, &current), now).unwrap();
        b.extraction(&row(old, 2, &stale), now).unwrap();
        let mut ids = vec![];
        for (n, d) in docs().iter().enumerate() {
            let id = capture(&mut b, sites[d.site], n);
            b.extraction(&row(id, 4, d), now).unwrap();
            ids.push(id);
        }
        (b.finish(), ids)
    }

    #[test]
    fn exactly_one_current_extraction_per_capture() {
        let dir = tempfile::tempdir().unwrap();
        let (s, ids) = archive(dir.path());
        let latest: Vec<(i64, i64)> = s
            .conn
            .prepare(
                "SELECT capture_id, extractor_version FROM extractions WHERE latest = 1 ORDER BY 1",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(latest.len(), ids.len() + 1, "{latest:?}");
        assert!(latest.iter().all(|&(_, v)| v == 4), "{latest:?}");
        let years = s.search_facets().unwrap().years;
        assert!(!years.contains(&2008), "a superseded row leaked: {years:?}");
        assert_eq!(years, vec![2022, 2021, 2020, 2019]);
    }

    /// Every combination of filters, with and without a text query, gives what a
    /// plain reading of the documents gives: the planner-friendly SQL must not
    /// change what a search means.
    #[test]
    fn search_plans_agree_with_the_filters_meaning() {
        let dir = tempfile::tempdir().unwrap();
        let (s, ids) = archive(dir.path());
        let docs = docs();
        let texts = [None, Some("\"依申请公开\""), Some("\"行政复议\"")];
        let provinces = [None, Some("甲省"), Some("乙省")];
        let years = [None, Some(2019), Some(2020)];
        let consistencies = [None, Some("ok"), Some("mismatch")];
        let doc_types = [None, Some("annual_report")];
        let levels = [None, Some("county")];
        let mut checked = 0;
        for fts in texts {
            for province in provinces {
                for year in years {
                    for consistency in consistencies {
                        for doc_type in doc_types {
                            for level in levels {
                                let q = SearchQuery {
                                    fts: fts.map(str::to_string),
                                    province: province.map(str::to_string),
                                    level: level.map(str::to_string),
                                    year,
                                    doc_type: doc_type.map(str::to_string),
                                    consistency: consistency.map(str::to_string),
                                    offset: 0,
                                    limit: 2,
                                };
                                let mut want: Vec<i64> = docs
                                    .iter()
                                    .zip(&ids)
                                    .filter(|(d, _)| {
                                        let (_, site_province, site_level) = SITES[d.site];
                                        fts.is_none_or(|f| d.text.contains(f.trim_matches('"')))
                                            && province.is_none_or(|p| {
                                                site_province == p || d.province == Some(p)
                                            })
                                            && level.is_none_or(|l| site_level == l)
                                            && year.is_none_or(|y| i64::from(d.year) == y)
                                            && doc_type.is_none_or(|t| d.doc_type == t)
                                            && consistency.is_none_or(|c| d.consistency == c)
                                    })
                                    .map(|(_, &id)| id)
                                    .collect();
                                if fts.is_none()
                                    && province.is_none_or(|p| p == "甲省")
                                    && level.is_none()
                                    && year.is_none()
                                    && doc_type.is_none_or(|t| t == "annual_report")
                                    && consistency.is_none_or(|c| c == "ok")
                                {
                                    want.push(ids[0] - 1); // the capture of the v4 row
                                }
                                want.sort_unstable_by(|a, b| b.cmp(a));
                                let (total, first) = s.search(&q).unwrap();
                                let page2 = s
                                    .search(&SearchQuery {
                                        offset: 2,
                                        ..q.clone()
                                    })
                                    .unwrap()
                                    .1;
                                let got: Vec<i64> =
                                    first.iter().chain(&page2).map(|h| h.capture_id).collect();
                                let ctx = format!("{q:?}");
                                assert_eq!(total, want.len() as u64, "{ctx}");
                                assert_eq!(
                                    got,
                                    want.iter().take(4).copied().collect::<Vec<_>>(),
                                    "{ctx}"
                                );
                                let mut all = s.search_ids(&q).unwrap();
                                all.sort_unstable_by(|a, b| b.cmp(a));
                                assert_eq!(all, want, "{ctx}");
                                if fts.is_some() {
                                    assert!(
                                        first.iter().all(|h| h
                                            .passage
                                            .as_deref()
                                            .is_some_and(|p| p.contains(MATCH_OPEN))),
                                        "{ctx}"
                                    );
                                }
                                checked += usize::from(!want.is_empty());
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 30, "too few non-empty cases: {checked}");
    }
}
