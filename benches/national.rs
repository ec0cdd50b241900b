//! The national run: the real `nianbao` binary crawls 3,500 small bureau sites at
//! once, each on its own loopback address across 127.0.0.0/8, at one request per
//! second per host; then crawls them again (a quiet night: nothing changed).
//!
//!     cargo bench --bench national
//!     NIANBAO_NATIONAL_HOSTS=500 cargo bench --bench national
//!
//! The web is [`nianbao_fixture::ScaleWeb`] with [`ScaleShape::Bureau`]: every site a
//! paginated report list, 15–40 reports and one PDF, served from this process (the
//! crawler is its own process, so its peak RSS and sockets are its own). Prints the
//! wall time of both crawls against the politeness bound (the largest site's page
//! count at the per-host rate), requests and bodies per site, the crawler's peak RSS
//! and open sockets, the archive's size, and the most requests any host received in
//! any one second. Not a test: it prints figures, and exits 1 only when a crawl
//! fails or a host got more requests in a second than its ceiling allows.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nianbao_fixture::{HostTally, ScaleOptions, ScaleShape, ScaleWeb};

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// VmHWM of a live process, in MB.
fn peak_rss(pid: u32) -> Option<f64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
}

/// Open sockets of a live process.
fn sockets(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| {
            d.filter_map(|e| std::fs::read_link(e.ok()?.path()).ok())
                .filter(|t| t.to_string_lossy().starts_with("socket:"))
                .count()
        })
        .unwrap_or(0)
}

fn archive_mb(dir: &Path) -> f64 {
    let len = |n: &str| std::fs::metadata(dir.join(n)).map(|m| m.len()).unwrap_or(0);
    (len("archive.sqlite") + len("archive.sqlite-wal")) as f64 / 1e6
}

struct Night {
    secs: f64,
    peak_rss_mb: f64,
    peak_sockets: usize,
    ok: bool,
    stderr: String,
}

fn crawl(config: &Path, web: &ScaleWeb, label: &str) -> Night {
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
    let (mut peak_rss_mb, mut peak_sockets) = (0f64, 0usize);
    let mut last_print = Instant::now();
    let status = loop {
        std::thread::sleep(Duration::from_millis(500));
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        peak_rss_mb = peak_rss_mb.max(peak_rss(pid).unwrap_or(0.0));
        peak_sockets = peak_sockets.max(sockets(pid));
        if last_print.elapsed() >= Duration::from_secs(10) {
            last_print = Instant::now();
            println!(
                "  {label} t={:>5.1}s  requests {:>7}  peak RSS {peak_rss_mb:>6.1} MB  sockets now {:>5}  load {}",
                t0.elapsed().as_secs_f64(),
                web.requests(),
                sockets(pid),
                loadavg()
            );
        }
    };
    let secs = t0.elapsed().as_secs_f64();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    Night {
        secs,
        peak_rss_mb,
        peak_sockets,
        ok: status.success(),
        stderr,
    }
}

/// (min, mean, max) of a per-site figure.
fn spread(v: impl Iterator<Item = u64>) -> (u64, f64, u64) {
    let v: Vec<u64> = v.collect();
    let n = v.len().max(1) as f64;
    (
        v.iter().copied().min().unwrap_or(0),
        v.iter().sum::<u64>() as f64 / n,
        v.iter().copied().max().unwrap_or(0),
    )
}

/// Bodies (captures with a payload of their own, not 304s) per site in run `run`,
/// from the archive.
fn bodies_per_site(db: &Path, run: i64, sites: usize) -> (u64, f64, u64) {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT count(*) FROM captures WHERE run_id = ?1 AND status != 304 AND sha256 IS NOT NULL GROUP BY site_id")
        .unwrap();
    let mut v: Vec<u64> = st
        .query_map([run], |r| r.get::<_, i64>(0))
        .unwrap()
        .filter_map(|r| r.ok())
        .map(|n| n as u64)
        .collect();
    v.resize(sites.max(v.len()), 0);
    spread(v.into_iter())
}

fn print_night(
    name: &str,
    n: &Night,
    (before, after): (&[HostTally], &[HostTally]),
    bound: f64,
    ok: (u64, f64, u64),
) {
    let req = spread(
        before
            .iter()
            .zip(after)
            .map(|(b, a)| a.requests - b.requests),
    );
    let total: u64 = before
        .iter()
        .zip(after)
        .map(|(b, a)| a.requests - b.requests)
        .sum();
    println!(
        "{name}: {:.1}s wall ({:.2} × the politeness bound of {bound:.0}s), {total} requests = {:.0} requests/s",
        n.secs,
        n.secs / bound,
        total as f64 / n.secs
    );
    println!(
        "  per site: requests {} / {:.1} / {} (min / mean / max), bodies {} / {:.1} / {}",
        req.0, req.1, req.2, ok.0, ok.1, ok.2
    );
    println!(
        "  crawler peak RSS {:.1} MB, open sockets at peak {}",
        n.peak_rss_mb, n.peak_sockets
    );
}

fn main() {
    let hosts: usize = env("NIANBAO_NATIONAL_HOSTS", 3500);
    let rps: f64 = env("NIANBAO_NATIONAL_RPS", 1.0);
    // The server side holds a listener per host and a socket per crawler connection.
    let nofile = nianbao::limits::raise_nofile().unwrap_or(0);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let web = rt
        .block_on(ScaleWeb::start(ScaleOptions {
            hosts,
            shape: ScaleShape::Bureau,
            spread: true,
            ..ScaleOptions::default()
        }))
        .expect("bind the bureau sites on 127.0.0.0/8");
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    // Every site at once; no per-run cap below the site's size.
    std::fs::write(&config, web.config_toml(dir.path(), rps, 1000)).unwrap();
    std::fs::write(dir.path().join("seeds.csv"), web.seeds_csv()).unwrap();
    let pages: Vec<usize> = (0..hosts).filter_map(|i| web.pages_of(i)).collect();
    let largest = pages.iter().copied().max().unwrap_or(0);
    // The largest site's requests at the per-host rate: no polite crawl is faster.
    let bound = largest as f64 / rps;
    let (first_ip, last_ip) = (
        web.hosts().iter().map(|h| h.1.ip()).min().unwrap(),
        web.hosts().iter().map(|h| h.1.ip()).max().unwrap(),
    );
    println!(
        "national run: {hosts} bureau sites on {first_ip} … {last_ip}, {} pages each ({} in all, largest {largest}), \
         {rps} req/s per host, max_concurrent_hosts = {hosts}; descriptor limit {nofile}; load {}",
        {
            let (lo, mean, hi) = spread(pages.iter().map(|&p| p as u64));
            format!("{lo}–{hi} (mean {mean:.1})")
        },
        pages.iter().sum::<usize>(),
        loadavg()
    );

    let t0 = web.tallies();
    let first = crawl(&config, &web, "first");
    let t1 = web.tallies();
    let size_first = archive_mb(dir.path());
    println!("load after the first crawl: {}", loadavg());
    // The next night comes a night later: a new process knows nothing of the last
    // request of the previous one, so the two runs are kept more than a second apart.
    std::thread::sleep(Duration::from_secs(2));
    let quiet = crawl(&config, &web, "quiet");
    let t2 = web.tallies();
    let size_quiet = archive_mb(dir.path());
    println!("load after the quiet night: {}", loadavg());

    let db = dir.path().join("archive.sqlite");
    print_night(
        "first crawl",
        &first,
        (&t0, &t1),
        bound,
        bodies_per_site(&db, 1, hosts),
    );
    print_night(
        "quiet night",
        &quiet,
        (&t1, &t2),
        bound,
        bodies_per_site(&db, 2, hosts),
    );
    let busiest = |t: &[HostTally]| {
        t.iter()
            .max_by_key(|t| t.busiest_second)
            .map_or((0, String::new()), |t| (t.busiest_second, t.host.clone()))
    };
    let closest = t2
        .iter()
        .filter_map(|t| t.closest.map(|c| (c, t.closest_at, t.host.clone())))
        .min();
    println!(
        "closest two requests to one host: {}",
        closest.map_or("more than 1 s apart".into(), |(c, at, host)| format!(
            "{:.3} s apart ({host}, ending at its request #{at})",
            c.as_secs_f64()
        ))
    );
    // Gaps under the interval by where they fell: right after a host's first request
    // (the connection's accept can delay that arrival) or later.
    let interval = std::time::Duration::from_secs_f64(1.0 / rps);
    let short: Vec<_> = t2
        .iter()
        .zip(&t1)
        .filter(|(t, _)| t.closest.is_some_and(|c| c < interval))
        .collect();
    println!(
        "hosts with two arrivals closer than the interval: {} ({} of them right after a run's first request to the host)",
        short.len(),
        short
            .iter()
            .filter(|(t, first)| t.closest_at == 2 || t.closest_at == first.requests + 2)
            .count()
    );
    let (worst_first, host_first) = busiest(&t1);
    let (worst, host) = busiest(&t2);
    println!(
        "most requests any host received in any 1-second window: {worst} ({host}; ceiling {}); \
         in the first crawl alone {worst_first} ({host_first})",
        rps.floor().max(1.0)
    );
    println!("archive: {size_first:.1} MB after the first crawl, {size_quiet:.1} MB after the quiet night");
    let c = rusqlite::Connection::open(dir.path().join("archive.sqlite")).unwrap();
    let one = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap_or(-1) };
    println!(
        "archive holds {} captures ({} of them 304), {} report pages, {} failures",
        one("SELECT count(*) FROM captures"),
        one("SELECT count(*) FROM captures WHERE status = 304"),
        one("SELECT count(*) FROM captures WHERE likely_report"),
        one("SELECT count(*) FROM failures")
    );
    drop(c);
    rt.block_on(web.shutdown());
    let mut failed = false;
    for (name, n) in [("first crawl", &first), ("quiet night", &quiet)] {
        if !n.ok {
            eprintln!(
                "national run FAILED: the {name} exited with an error: {}",
                n.stderr.trim()
            );
            failed = true;
        }
    }
    if worst as f64 > rps.floor().max(1.0) {
        eprintln!("national run FAILED: a host received {worst} requests within one second");
        failed = true;
    }
    if failed {
        std::process::exit(1);
    }
}
