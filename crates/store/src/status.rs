//! Read-only questions about what the archive holds (for `status`).

use std::collections::BTreeMap;

use rusqlite::params;

use super::Store;
use crate::error::Result;

#[derive(Debug, Clone, Default)]
pub struct SiteStatus {
    pub host: String,
    /// `''` for the whole host, else the path prefix the site stays under.
    pub scope: String,
    pub name: String,
    pub province: String,
    pub level: String,
    pub captures: i64,
    pub last_fetch: Option<String>,
    pub reports_by_year: BTreeMap<String, i64>,
    /// Report pages per list mechanism that found them (`links`, `js_pager`,
    /// `datastore`, `jpage_post`, `gkmlpt`, `rendered`; `links` for URLs found
    /// before mechanisms were recorded).
    pub reports_by_mechanism: BTreeMap<String, i64>,
    pub failures_last_run: BTreeMap<String, i64>,
    pub last_run: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct RunStatus {
    pub id: i64,
    pub kind: String,
    pub status: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub summary_json: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ArchiveTotals {
    pub sites: i64,
    pub captures: i64,
    pub bodies: i64,
    pub body_bytes: i64,
    pub stored_bytes: i64,
    pub failures: i64,
}

impl Store {
    pub fn totals(&self) -> Result<ArchiveTotals> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM sites), (SELECT count(*) FROM captures), (SELECT count(*) FROM bodies),
                        (SELECT coalesce(sum(size),0) FROM bodies), (SELECT coalesce(sum(length(zstd)),0) FROM bodies),
                        (SELECT count(*) FROM failures)",
                [],
                |r| {
                    Ok(ArchiveTotals {
                        sites: r.get(0)?,
                        captures: r.get(1)?,
                        bodies: r.get(2)?,
                        body_bytes: r.get(3)?,
                        stored_bytes: r.get(4)?,
                        failures: r.get(5)?,
                    })
                },
            )
            .map_err(|e| self.err(e))
    }

    pub fn recent_runs(&self, n: usize) -> Result<Vec<RunStatus>> {
        let mut st = self
            .conn
            .prepare("SELECT id, kind, status, started_at, finished_at, summary_json FROM runs ORDER BY id DESC LIMIT ?1")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([n as i64], |r| {
                Ok(RunStatus {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    status: r.get(2)?,
                    started_at: r.get(3)?,
                    finished_at: r.get(4)?,
                    summary_json: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// Per site: captures, likely reports per year (distinct pages, a page that only
    /// links its report's attachment included; extraction's verdict where it exists,
    /// the crawler's title test otherwise), failures of its last run.
    pub fn site_status(&self) -> Result<Vec<SiteStatus>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT s.id, s.host, s.name, s.level, count(c.id), max(c.fetched_at), max(c.run_id), s.scope, s.province
                 FROM sites s LEFT JOIN captures c ON c.site_id = s.id GROUP BY s.id ORDER BY s.host, s.scope",
            )
            .map_err(|e| self.err(e))?;
        let sites = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    SiteStatus {
                        host: r.get(1)?,
                        name: r.get(2)?,
                        level: r.get(3)?,
                        captures: r.get(4)?,
                        last_fetch: r.get(5)?,
                        last_run: r.get(6)?,
                        scope: r.get(7)?,
                        province: r.get(8)?,
                        ..Default::default()
                    },
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        // A site's report pages (distinct URLs), counted by year and by the list mechanism that found them.
        let report_pages = |key: &str| {
            format!(
                "SELECT {key} AS k, count(DISTINCT c.url_id)
                 FROM captures c LEFT JOIN urls u ON u.id = c.url_id
                 LEFT JOIN extractions e ON e.capture_id = c.id
                      AND e.extractor_version = (SELECT max(extractor_version) FROM extractions WHERE capture_id = c.id)
                 WHERE c.site_id = ?1 AND c.revisit_of IS NULL AND c.sha256 IS NOT NULL AND coalesce(c.role, '') != 'attachment'
                   AND (e.doc_type IN ('annual_report', 'attachment_note') OR (e.doc_type IS NULL AND c.likely_report = 1))
                 GROUP BY k ORDER BY k"
            )
        };
        let mut reports = self
            .conn
            .prepare(&report_pages(
                "coalesce(CAST(e.report_year AS TEXT), CAST(c.year_hint AS TEXT), '?')",
            ))
            .map_err(|e| self.err(e))?;
        let mut mechanisms = self
            .conn
            .prepare(&report_pages("coalesce(u.mechanism, 'links')"))
            .map_err(|e| self.err(e))?;
        let mut fails = self
            .conn
            .prepare(
                "SELECT kind, count(*) FROM failures WHERE site_id = ?1
                   AND run_id = (SELECT max(run_id) FROM failures f2 WHERE f2.site_id = ?1 AND f2.run_id >= coalesce(?2, 0))
                 GROUP BY kind ORDER BY kind",
            )
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for (id, mut s) in sites {
            s.reports_by_year = reports
                .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
                .map_err(|e| self.err(e))?
                .collect::<rusqlite::Result<_>>()
                .map_err(|e| self.err(e))?;
            s.reports_by_mechanism = mechanisms
                .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
                .map_err(|e| self.err(e))?
                .collect::<rusqlite::Result<_>>()
                .map_err(|e| self.err(e))?;
            s.failures_last_run = fails
                .query_map(params![id, s.last_run], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })
                .map_err(|e| self.err(e))?
                .collect::<rusqlite::Result<_>>()
                .map_err(|e| self.err(e))?;
            out.push(s);
        }
        Ok(out)
    }
}
