//! `archive-check DB`: verify a nianbao archive after a crash (used by
//! `scripts/crash-test.sh`). Opens the file read-only, so what it sees is what the
//! next run will resume from, and checks:
//!
//! - `PRAGMA integrity_check` is `ok` (and `foreign_key_check` is empty);
//! - every capture with a sha256 has its body, and the body decompresses to bytes
//!   whose sha256 and size are the ones recorded (each stored body is checked once);
//! - no run captured the same URL twice, nor robots.txt twice for a site;
//! - every frontier row marked done has its capture (a "done" without a capture is a
//!   lost capture: the URL would never be fetched again in that run);
//! - no extraction cells without their extraction row;
//! - at most one run per kind is still `running`.
//!
//! Prints one line of `key=value` counts; exits 1 when any check fails, 2 when the
//! file cannot be read.

use std::collections::HashMap;
use std::process::ExitCode;

use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};

fn count(c: &Connection, sql: &str) -> rusqlite::Result<i64> {
    c.query_row(sql, [], |r| r.get(0))
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: archive-check DB");
        return ExitCode::from(2);
    };
    match check(&path) {
        Ok((line, ok)) => {
            println!("{line}");
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("archive-check: {path}: {e}");
            ExitCode::from(2)
        }
    }
}

fn check(path: &str) -> rusqlite::Result<(String, bool)> {
    let c = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    c.busy_timeout(std::time::Duration::from_secs(30))?;
    // One read transaction: every count below sees the same snapshot.
    c.execute_batch("BEGIN")?;
    let integrity: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    let fk_violations = {
        let mut st = c.prepare("PRAGMA foreign_key_check")?;
        let n = st.query_map([], |_| Ok(()))?.count();
        n as i64
    };

    // Bodies: each distinct sha256 referenced by a capture, decompressed and rehashed.
    let mut verified: HashMap<String, bool> = HashMap::new();
    let (mut captures_with_body, mut bodies_missing, mut bodies_bad) = (0i64, 0i64, 0i64);
    {
        let mut st = c.prepare(
            "SELECT c.sha256, b.size, b.zstd FROM captures c LEFT JOIN bodies b ON b.sha256 = c.sha256
             WHERE c.sha256 IS NOT NULL ORDER BY c.id",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            captures_with_body += 1;
            let sha: String = r.get(0)?;
            if let Some(&ok) = verified.get(&sha) {
                if !ok {
                    bodies_bad += 1;
                }
                continue;
            }
            let size: Option<i64> = r.get(1)?;
            let blob: Option<Vec<u8>> = r.get(2)?;
            let ok = match (size, blob) {
                (Some(size), Some(z)) => match zstd::decode_all(&z[..]) {
                    Ok(raw) => raw.len() as i64 == size && hex::encode(Sha256::digest(&raw)) == sha,
                    Err(_) => false,
                },
                _ => {
                    bodies_missing += 1;
                    verified.insert(sha, true); // counted once as missing, not also as bad
                    continue;
                }
            };
            if !ok {
                bodies_bad += 1;
            }
            verified.insert(sha, ok);
        }
    }
    let bodies_verified = verified.values().filter(|v| **v).count() as i64 - bodies_missing;
    let orphan_bodies = count(
        &c,
        "SELECT count(*) FROM bodies b WHERE NOT EXISTS (SELECT 1 FROM captures c WHERE c.sha256 = b.sha256)",
    )?;
    let captures = count(&c, "SELECT count(*) FROM captures")?;
    let duplicate_captures = count(
        &c,
        "SELECT count(*) FROM (SELECT 1 FROM captures WHERE url_id IS NOT NULL GROUP BY run_id, url_id HAVING count(*) > 1)",
    )?;
    let duplicate_robots = count(
        &c,
        "SELECT count(*) FROM (SELECT 1 FROM captures WHERE role = 'robots' GROUP BY run_id, site_id HAVING count(*) > 1)",
    )?;
    let done_without_capture = count(
        &c,
        "SELECT count(*) FROM frontier f WHERE f.state = 1 AND NOT EXISTS
           (SELECT 1 FROM captures c WHERE c.run_id = f.run_id AND c.url_id = f.url_id)",
    )?;
    let captures_not_done = count(
        &c,
        "SELECT count(*) FROM captures c JOIN frontier f ON f.run_id = c.run_id AND f.url_id = c.url_id WHERE f.state = 0",
    )?;
    let orphan_cells = count(
        &c,
        "SELECT count(*) FROM (SELECT DISTINCT capture_id, extractor_version FROM cells) x WHERE NOT EXISTS
           (SELECT 1 FROM extractions e WHERE e.capture_id = x.capture_id AND e.extractor_version = x.extractor_version)",
    )?;
    let extractions = count(&c, "SELECT count(*) FROM extractions")?;
    let running_max = count(
        &c,
        "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM runs WHERE status = 'running' GROUP BY kind)",
    )?;
    let runs = count(&c, "SELECT count(*) FROM runs")?;
    let queued = count(&c, "SELECT count(*) FROM frontier WHERE state = 0")?;
    c.execute_batch("COMMIT")?;

    let ok = integrity == "ok"
        && fk_violations == 0
        && bodies_missing == 0
        && bodies_bad == 0
        && duplicate_captures == 0
        && duplicate_robots == 0
        && done_without_capture == 0
        && captures_not_done == 0
        && orphan_cells == 0
        && running_max <= 1;
    let line = format!(
        "integrity={} fk_violations={fk_violations} captures={captures} captures_with_body={captures_with_body} \
         bodies_verified={bodies_verified} bodies_missing={bodies_missing} bodies_bad={bodies_bad} orphan_bodies={orphan_bodies} \
         duplicate_captures={duplicate_captures} duplicate_robots={duplicate_robots} done_without_capture={done_without_capture} \
         captures_not_done={captures_not_done} extractions={extractions} orphan_cells={orphan_cells} runs={runs} \
         running_max={running_max} queued={queued} ok={}",
        integrity.replace(char::is_whitespace, "_"),
        if ok { "yes" } else { "NO" }
    );
    Ok((line, ok))
}
