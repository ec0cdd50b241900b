//! Scale: the real `nianbao` binary crawls 200 loopback hosts at once, and its links
//! queue more than 1,000,000 URLs in the SQLite frontier; memory must stay bounded.
//! Prints the crawler's peak RSS (its own process: the fixture servers run in this
//! bench process), the queue over time, database size and requests/s.
//!
//!     cargo bench --bench scale
//!     NIANBAO_SCALE_HOSTS=300 NIANBAO_SCALE_PAGES=120 cargo bench --bench scale
//!
//! The web is [`nianbao_fixture::ScaleWeb`]: host i on 127.0.{1 + i/250}.{1 + i%250},
//! every page linking `fanout` (100) new URLs, so each fetch queues 100 URLs: with
//! 200 hosts capped at 80 fetches each, 16,000 fetches queue about 1.6 M URLs (the
//! queue passes 1 M about two thirds into the run). The
//! frontier is filled by the engine itself (link discovery → `enqueue`), not seeded
//! through the store API. Not a test: it prints figures and never fails on them,
//! except that it exits 1 when the crawl fails or queues fewer URLs than asked.

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nianbao_fixture::{ScaleOptions, ScaleWeb};

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// (VmRSS, VmHWM) of a live process, in MB.
fn rss_of(pid: u32) -> Option<(f64, f64)> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = |key: &str| {
        s.lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
    };
    Some((kb("VmRSS:")? / 1024.0, kb("VmHWM:")? / 1024.0))
}

fn file_len(p: &std::path::Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn queued(db: &std::path::Path) -> Option<i64> {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .ok()?;
    c.busy_timeout(Duration::from_secs(5)).ok()?;
    c.query_row("SELECT count(*) FROM frontier WHERE state = 0", [], |r| {
        r.get(0)
    })
    .ok()
}

fn main() {
    let hosts: usize = env("NIANBAO_SCALE_HOSTS", 200);
    let fanout: usize = env("NIANBAO_SCALE_FANOUT", 100);
    let pages: u64 = env("NIANBAO_SCALE_PAGES", 80);
    let rps: f64 = env("NIANBAO_SCALE_RPS", 10.0);
    let want_queued: i64 = env("NIANBAO_SCALE_QUEUED", 1_000_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let web = rt
        .block_on(ScaleWeb::start(ScaleOptions {
            hosts,
            fanout,
            ..ScaleOptions::default()
        }))
        .expect("bind the scale web on 127.0.x.y");
    let distinct: std::collections::BTreeSet<_> = web.hosts().iter().map(|h| h.1.ip()).collect();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, web.config_toml(dir.path(), rps, pages)).unwrap();
    std::fs::write(dir.path().join("seeds.csv"), web.seeds_csv()).unwrap();
    let db = dir.path().join("archive.sqlite");
    println!(
        "scale run: {hosts} hosts on {} distinct loopback addresses ({} … {}), {fanout} new links per page, \
         {pages} fetches per host, {rps} req/s per host, all hosts at once",
        distinct.len(),
        distinct.first().unwrap(),
        distinct.last().unwrap()
    );

    let t0 = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args([
            "--config",
            config.to_str().unwrap(),
            "-q",
            "crawl",
            "--no-extract",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start nianbao");
    let pid = child.id();
    let mut last_print = Instant::now();
    let mut hwm_at_1m: Option<(f64, i64)> = None;
    let mut max_seen_queue = 0i64;
    loop {
        std::thread::sleep(Duration::from_millis(250));
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if last_print.elapsed() >= Duration::from_secs(5) {
            last_print = Instant::now();
            let (rss, hwm) = rss_of(pid).unwrap_or((f64::NAN, f64::NAN));
            let q = queued(&db).unwrap_or(-1);
            max_seen_queue = max_seen_queue.max(q);
            if q >= want_queued && hwm_at_1m.is_none() {
                hwm_at_1m = Some((hwm, q));
            }
            println!(
                "  t={:>5.1}s  rss {rss:>6.1} MB  peak {hwm:>6.1} MB  queued {q:>9}  requests {:>7}  db {:>6.1} MB",
                t0.elapsed().as_secs_f64(),
                web.requests(),
                (file_len(&db) + file_len(&dir.path().join("archive.sqlite-wal"))) as f64 / 1e6
            );
        }
    }
    // The crawler's own peak RSS, from the kernel's accounting of the reaped child.
    let status = child.wait().unwrap();
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let peak_mb = if unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru) } == 0 {
        ru.ru_maxrss as f64 / 1024.0
    } else {
        f64::NAN
    };
    let secs = t0.elapsed().as_secs_f64();
    let requests = web.requests();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    let c = rusqlite::Connection::open(&db).unwrap();
    let one = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap_or(-1) };
    let q_end = one("SELECT count(*) FROM frontier WHERE state = 0");
    let frontier = one("SELECT count(*) FROM frontier");
    let captures = one("SELECT count(*) FROM captures");
    let urls = one("SELECT count(*) FROM urls");
    drop(c);
    let size = file_len(&db) + file_len(&dir.path().join("archive.sqlite-wal"));
    rt.block_on(web.shutdown());

    println!(
        "crawler exit: {}",
        status.code().map_or_else(
            || format!("signal {:?}", status.signal()),
            |c| c.to_string()
        )
    );
    println!(
        "requests: {requests} in {secs:.1}s = {:.0} requests/s ({captures} captures)",
        requests as f64 / secs
    );
    println!("frontier: {frontier} rows, {q_end} URLs still queued at the end ({urls} URLs known)");
    if let Some((hwm, q)) = hwm_at_1m {
        println!("peak RSS when the queue first passed {want_queued}: {hwm:.1} MB (queued {q})");
    }
    println!(
        "peak RSS of the crawler over the whole run: {peak_mb:.1} MB (VmHWM via getrusage; fixture servers in another process)"
    );
    println!(
        "database: {:.1} MB ({:.0} bytes per known URL, bodies included)",
        size as f64 / 1e6,
        size as f64 / urls.max(1) as f64
    );
    if !status.success() || q_end.max(max_seen_queue) < want_queued {
        eprintln!("scale run FAILED: {}", stderr.trim());
        std::process::exit(1);
    }
}
