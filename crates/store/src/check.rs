//! The archive's integrity, as `archive-check` reports it after a crash.
//!
//! Every count is read in one read transaction, so they all describe the same
//! snapshot: what the next run would resume from.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::Store;

/// What [`Store::check`] found. [`ArchiveCheck::ok`] says whether the archive is sound.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArchiveCheck {
    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub integrity: String,
    pub fk_violations: i64,
    pub captures: i64,
    pub captures_with_body: i64,
    /// Distinct bodies that decompress to bytes of their recorded sha256 and size.
    pub bodies_verified: i64,
    /// Captures whose body row is missing (each missing body counted once).
    pub bodies_missing: i64,
    /// Captures whose body does not decompress or does not match its hash or size.
    pub bodies_bad: i64,
    pub orphan_bodies: i64,
    /// (run, URL) pairs captured more than once.
    pub duplicate_captures: i64,
    /// (run, site) pairs with more than one robots.txt capture.
    pub duplicate_robots: i64,
    /// Frontier rows marked done without their capture: a lost capture.
    pub done_without_capture: i64,
    /// Captures whose frontier row is still queued.
    pub captures_not_done: i64,
    pub extractions: i64,
    /// Cells without their extraction row.
    pub orphan_cells: i64,
    pub runs: i64,
    /// The most runs of one kind still `running` (more than one is wrong).
    pub running_max: i64,
    pub queued: i64,
}

impl ArchiveCheck {
    pub fn ok(&self) -> bool {
        self.integrity == "ok"
            && self.fk_violations == 0
            && self.bodies_missing == 0
            && self.bodies_bad == 0
            && self.duplicate_captures == 0
            && self.duplicate_robots == 0
            && self.done_without_capture == 0
            && self.captures_not_done == 0
            && self.orphan_cells == 0
            && self.running_max <= 1
    }
}

impl Store {
    fn count(&self, sql: &str) -> Result<i64> {
        self.conn
            .query_row(sql, [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Check the whole archive (see [`ArchiveCheck`]); every stored body is
    /// decompressed and re-hashed once.
    pub fn check(&mut self) -> Result<ArchiveCheck> {
        self.transaction(|s| s.check_snapshot())
    }

    fn check_snapshot(&self) -> Result<ArchiveCheck> {
        let mut c = ArchiveCheck {
            integrity: self.integrity_check()?,
            ..Default::default()
        };
        c.fk_violations = {
            let mut st = self
                .conn
                .prepare("PRAGMA foreign_key_check")
                .map_err(|e| self.err(e))?;
            let n = st
                .query_map([], |_| Ok(()))
                .map_err(|e| self.err(e))?
                .count();
            n as i64
        };

        // Each distinct sha256 referenced by a capture, decompressed and rehashed.
        let mut verified: HashMap<String, bool> = HashMap::new();
        {
            let mut st = self
                .conn
                .prepare(
                    "SELECT c.sha256, b.size, b.zstd FROM captures c LEFT JOIN bodies b ON b.sha256 = c.sha256
                     WHERE c.sha256 IS NOT NULL ORDER BY c.id",
                )
                .map_err(|e| self.err(e))?;
            let mut rows = st.query([]).map_err(|e| self.err(e))?;
            while let Some(r) = rows.next().map_err(|e| self.err(e))? {
                c.captures_with_body += 1;
                let sha: String = r.get(0).map_err(|e| self.err(e))?;
                if let Some(&ok) = verified.get(&sha) {
                    if !ok {
                        c.bodies_bad += 1;
                    }
                    continue;
                }
                let size: Option<i64> = r.get(1).map_err(|e| self.err(e))?;
                let blob: Option<Vec<u8>> = r.get(2).map_err(|e| self.err(e))?;
                let ok = match (size, blob) {
                    (Some(size), Some(z)) => match zstd::decode_all(&z[..]) {
                        Ok(raw) => {
                            raw.len() as i64 == size && hex::encode(Sha256::digest(&raw)) == sha
                        }
                        Err(_) => false,
                    },
                    _ => {
                        c.bodies_missing += 1;
                        verified.insert(sha, true); // counted once as missing, not also as bad
                        continue;
                    }
                };
                if !ok {
                    c.bodies_bad += 1;
                }
                verified.insert(sha, ok);
            }
        }
        c.bodies_verified = verified.values().filter(|v| **v).count() as i64 - c.bodies_missing;
        c.orphan_bodies = self.count(
            "SELECT count(*) FROM bodies b WHERE NOT EXISTS (SELECT 1 FROM captures c WHERE c.sha256 = b.sha256)",
        )?;
        c.captures = self.count("SELECT count(*) FROM captures")?;
        c.duplicate_captures = self.count(
            "SELECT count(*) FROM (SELECT 1 FROM captures WHERE url_id IS NOT NULL GROUP BY run_id, url_id HAVING count(*) > 1)",
        )?;
        c.duplicate_robots = self.count(
            "SELECT count(*) FROM (SELECT 1 FROM captures WHERE role = 'robots' GROUP BY run_id, site_id HAVING count(*) > 1)",
        )?;
        c.done_without_capture = self.count(
            "SELECT count(*) FROM frontier f WHERE f.state = 1 AND NOT EXISTS
               (SELECT 1 FROM captures c WHERE c.run_id = f.run_id AND c.url_id = f.url_id)",
        )?;
        c.captures_not_done = self.count(
            "SELECT count(*) FROM captures c JOIN frontier f ON f.run_id = c.run_id AND f.url_id = c.url_id WHERE f.state = 0",
        )?;
        c.orphan_cells = self.count(
            "SELECT count(*) FROM (SELECT DISTINCT capture_id, extractor_version FROM cells) x WHERE NOT EXISTS
               (SELECT 1 FROM extractions e WHERE e.capture_id = x.capture_id AND e.extractor_version = x.extractor_version)",
        )?;
        c.extractions = self.count("SELECT count(*) FROM extractions")?;
        c.running_max = self.count(
            "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM runs WHERE status = 'running' GROUP BY kind)",
        )?;
        c.runs = self.count("SELECT count(*) FROM runs")?;
        c.queued = self.count("SELECT count(*) FROM frontier WHERE state = 0")?;
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::ArchiveBuilder;
    use crate::{CaptureRecord, Store};

    #[test]
    fn a_damaged_body_fails_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sqlite");
        let mut b = ArchiveBuilder::create(&path).unwrap();
        let site = b.site("a.gov.cn", "A", "", "county").unwrap();
        let run = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        for (url, body) in [("http://a.gov.cn/1", b"one"), ("http://a.gov.cn/2", b"two")] {
            let rec = CaptureRecord {
                requested_url: url.into(),
                final_url: url.into(),
                status: 200,
                fetched_at: "2024-01-01T00:00:01Z".into(),
                ..Default::default()
            };
            b.capture(run, site, rec, Some(body)).unwrap();
        }
        let s = b.finish();
        s.conn
            .execute(
                "UPDATE bodies SET zstd = ?1 WHERE size = 3 AND rowid = (SELECT min(rowid) FROM bodies)",
                [zstd::encode_all(&b"owt"[..], 3).unwrap()],
            )
            .unwrap();
        drop(s);
        let c = Store::open_read_only(&path).unwrap().check().unwrap();
        assert_eq!(
            (c.captures_with_body, c.bodies_verified, c.bodies_bad),
            (2, 1, 1)
        );
        assert!(!c.ok());
    }
}
