//! A crawl killed with SIGKILL mid-run resumes where it stopped and ends with the
//! same archive as an uninterrupted crawl.

mod common;

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::Options;

/// Canonical URLs of 200 captures for the hosts whose content does not depend on timing.
fn stable_urls(db: &std::path::Path, hosts: &[String]) -> BTreeSet<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT u.canon FROM captures c JOIN urls u ON u.id = c.url_id JOIN sites s ON s.id = c.site_id WHERE c.status = 200 AND s.host = ?1")
        .unwrap();
    let mut out = BTreeSet::new();
    for h in hosts {
        for r in st.query_map([h], |r| r.get::<_, String>(0)).unwrap() {
            out.insert(r.unwrap());
        }
    }
    out
}

fn count(db: &std::path::Path, sql: &str) -> i64 {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    c.busy_timeout(Duration::from_secs(5)).unwrap();
    c.query_row(sql, [], |r| r.get(0)).unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkilled_crawl_resumes_to_the_same_archive() {
    let s = Setup::with_options(
        Options {
            first_octet: 120,
            ..Options::default()
        },
        10.0,
        "",
    )
    .await;
    let stable: Vec<String> = s
        .web
        .sites()
        .into_iter()
        .filter(|x| x.is_seed && !matches!(x.key, "county" | "jiangxi"))
        .map(|x| x.host)
        .collect();

    // Reference: an uninterrupted crawl into its own archive.
    let reference = s.dir.path().join("reference.sqlite");
    s.run_on(&reference, RunKind::Crawl, None).await;

    // The real binary, killed once it has archived a few dozen captures.
    let db = s.db();
    let mut child = nianbao_in(s.dir.path())
        .args([
            "--config",
            s.config.to_str().unwrap(),
            "crawl",
            "--no-extract",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if db.exists() && count(&db, "SELECT count(*) FROM captures") >= 40 {
            break;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "the crawl archived too little to be killed mid-run"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the crawl ended before it could be killed"
        );
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let at_kill = count(&db, "SELECT count(*) FROM captures");
    assert_eq!(
        count(&db, "SELECT count(*) FROM runs WHERE status = 'running'"),
        1
    );

    // Resume to the end.
    let out = nianbao_in(s.dir.path())
        .args([
            "--config",
            s.config.to_str().unwrap(),
            "crawl",
            "--no-extract",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("(resumed)"), "{stdout}");
    assert!(count(&db, "SELECT count(*) FROM captures") > at_kill);
    assert_eq!(
        count(&db, "SELECT count(*) FROM runs"),
        1,
        "the resumed crawl must continue run 1"
    );

    // Nothing archived before the kill was fetched again in the same run.
    let dups = count(&db, "SELECT count(*) FROM (SELECT url_id FROM captures WHERE url_id IS NOT NULL GROUP BY run_id, url_id HAVING count(*) > 1)");
    assert_eq!(dups, 0, "pages refetched after the resume");
    assert_eq!(count(&db, "SELECT count(*) FROM captures WHERE role = 'robots' GROUP BY site_id ORDER BY 1 DESC LIMIT 1"), 1);

    // Same archive as the uninterrupted crawl.
    let a = stable_urls(&reference, &stable);
    let b = stable_urls(&db, &stable);
    assert!(!a.is_empty());
    assert_eq!(
        a.symmetric_difference(&b).collect::<Vec<_>>(),
        Vec::<&String>::new()
    );
    let expected: BTreeSet<_> = s
        .web
        .expected()
        .reports
        .iter()
        .chain(&s.web.expected().attachments)
        .map(|d| d.url.clone())
        .collect();
    let ok = archived_ok(&nianbao::store::Store::open(&db).unwrap());
    assert!(
        expected.is_subset(&ok),
        "missing after resume: {:?}",
        expected.difference(&ok).collect::<Vec<_>>()
    );
    assert_eq!(
        nianbao::store::Store::open(&db)
            .unwrap()
            .integrity_check()
            .unwrap(),
        "ok"
    );
}
