//! Archives for tests, built through the real write path (feature `testing`).
//!
//! Other crates' tests (the exporters') need archives with known contents. Writing
//! them with raw SQL would copy the schema into every test and drift from what the
//! crawler writes; [`ArchiveBuilder`] instead calls the same [`Store`] methods the
//! crawler and the extraction pass call, and only pins the clock columns those
//! methods fill with "now" (a run's times, a failure's, an extraction's), so
//! expected outputs can name them.

use std::path::Path;

use rusqlite::params;
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::{CaptureRecord, ExtractionRow, FailureRecord, RunKind, SiteSeed, Store};

/// Builds an archive file step by step; [`ArchiveBuilder::finish`] hands back the store.
#[derive(Debug)]
pub struct ArchiveBuilder {
    store: Store,
}

impl ArchiveBuilder {
    /// Create (or open) the archive at `path`, migrated to the current schema.
    pub fn create(path: &Path) -> Result<ArchiveBuilder> {
        Ok(ArchiveBuilder {
            store: Store::open(path)?,
        })
    }

    /// A site as a seeds row would add it (seed URL `http://HOST/`); returns its id.
    pub fn site(&mut self, host: &str, name: &str, province: &str, level: &str) -> Result<i64> {
        let seed = SiteSeed {
            host: host.to_string(),
            name: name.to_string(),
            province: province.to_string(),
            level: level.to_string(),
            url: format!("http://{host}/"),
            scope: String::new(),
            extra: Default::default(),
        };
        Ok(self.store.upsert_site(seed)?.id)
    }

    /// A finished crawl run with these start and end times; returns its id.
    pub fn run(&mut self, started_at: &str, finished_at: &str) -> Result<i64> {
        self.store.transaction(|s| {
            let id = s.create_run(RunKind::Crawl, None, None)?;
            s.finish_run(id, "{}")?;
            s.conn
                .execute(
                    "UPDATE runs SET started_at = ?2, finished_at = ?3 WHERE id = ?1",
                    params![id, started_at, finished_at],
                )
                .map_err(|e| s.err(e))?;
            Ok(id)
        })
    }

    /// Archive one exchange whose body as received is `body` (`None` or empty: no
    /// body, as for a 304 or an empty 404): the builder fills in its hash, size and
    /// compressed copy. Returns the capture id.
    pub fn capture(
        &mut self,
        run: i64,
        site: i64,
        mut rec: CaptureRecord,
        body: Option<&[u8]>,
    ) -> Result<i64> {
        match body.filter(|b| !b.is_empty()) {
            Some(b) => {
                rec.sha256 = Some(hex::encode(Sha256::digest(b)));
                rec.body_zstd = Some(
                    zstd::encode_all(b, 3).map_err(|e| crate::Error::new(format!("zstd: {e}")))?,
                );
                rec.bytes = b.len() as i64;
            }
            None => {
                rec.sha256 = None;
                rec.body_zstd = None;
                rec.bytes = 0;
            }
        }
        self.store
            .transaction(|s| s.record_capture(run, site, &rec))
    }

    /// A fetch that produced no capture, recorded at `at`.
    pub fn failure(&mut self, run: i64, site: i64, f: &FailureRecord, at: &str) -> Result<()> {
        self.store.transaction(|s| {
            s.record_failure(run, site, f)?;
            s.conn
                .execute(
                    "UPDATE failures SET at = ?1 WHERE id = last_insert_rowid()",
                    [at],
                )
                .map_err(|e| s.err(e))?;
            Ok(())
        })
    }

    /// An extraction (with its cells), made at `extracted_at`. False when an
    /// identical one (same `output_sha`) was already stored.
    pub fn extraction(&mut self, row: &ExtractionRow, extracted_at: &str) -> Result<bool> {
        self.store.transaction(|s| {
            let written = s.put_extraction(row)?;
            s.conn
                .execute(
                    "UPDATE extractions SET extracted_at = ?3 WHERE capture_id = ?1 AND extractor_version = ?2",
                    params![row.capture_id, row.extractor_version, extracted_at],
                )
                .map_err(|e| s.err(e))?;
            Ok(written)
        })
    }

    /// The store being built, for anything the builder does not cover.
    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn finish(self) -> Store {
        self.store
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_through_the_write_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sqlite");
        let mut b = ArchiveBuilder::create(&path).unwrap();
        let site = b.site("a.gov.cn", "A 局", "省", "county").unwrap();
        let run = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        let rec = CaptureRecord {
            requested_url: "http://a.gov.cn/".into(),
            final_url: "http://a.gov.cn/".into(),
            status: 200,
            fetched_at: "2024-01-01T00:00:01Z".into(),
            ..Default::default()
        };
        let id = b.capture(run, site, rec, Some(b"hello")).unwrap();
        b.failure(
            run,
            site,
            &FailureRecord {
                url: "http://a.gov.cn/x".into(),
                kind: crate::FailureKind::Waf,
                detail: "x".into(),
                status: None,
            },
            "2024-01-01T00:00:02Z",
        )
        .unwrap();
        drop(b.finish());
        let mut s = Store::open_read_only(&path).unwrap();
        let c = s.check().unwrap();
        assert!(c.ok(), "{c:?}");
        assert_eq!((c.captures, c.bodies_verified, c.runs), (1, 1, 1));
        let head = s.capture_head(id).unwrap().unwrap();
        assert_eq!(head.fetched_at, "2024-01-01T00:00:01Z");
        assert_eq!(
            s.body(head.sha256.as_deref().unwrap()).unwrap().unwrap(),
            b"hello"
        );
        let refused = s.latest_refusals().unwrap();
        assert_eq!(refused.len(), 1);
        assert_eq!((refused[0].kind.as_str(), refused[0].count), ("waf", 1));
    }
}
