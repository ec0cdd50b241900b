//! `nianbao-fixture serve --dir DIR [--rps 20] [--large N] [--bureaus]`
//! `nianbao-fixture scale --dir DIR [--hosts 200] [--fanout 100] [--rps 10] [--max-pages 60]`
//!
//! Starts the fixture web (or the scale web: many generated sites, one
//! loopback address each), writes DIR/config.toml and DIR/seeds.csv, prints
//! the hosts and serves until killed. Crash-test scripts run nianbao against
//! it from another process, killing and restarting the crawler mid-run.
//! With `--bureaus` the web also serves a provincial department that links the
//! bureaus below it (and those bureaus), and DIR/seeds.csv holds that department
//! alone: the README's crawl → `sites suggest` → crawl loop, offline.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: nianbao-fixture serve --dir DIR [--rps 20] [--large N] [--first-octet 2] [--bureaus]\n       \
     nianbao-fixture scale --dir DIR [--hosts 200] [--fanout 100] [--rps 10] [--max-pages 60] [--third-octet 1]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("serve") => {}
        Some("scale") => return scale(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let mut dir: Option<PathBuf> = None;
    let mut rps = 20.0f64;
    let mut opts = nianbao_fixture::Options::default();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        if a == "--bureaus" {
            opts.bureau_directory = true;
            continue;
        }
        let v = it.next();
        let ok = match (a.as_str(), v) {
            ("--dir", Some(v)) => {
                dir = Some(PathBuf::from(v));
                true
            }
            ("--rps", Some(v)) => v.parse().map(|x| rps = x).is_ok(),
            ("--large", Some(v)) => v.parse().map(|x| opts.large_site_pages = Some(x)).is_ok(),
            ("--first-octet", Some(v)) => v.parse().map(|x| opts.first_octet = x).is_ok(),
            _ => false,
        };
        if !ok {
            eprintln!("nianbao-fixture: bad argument {a}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rt = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("nianbao-fixture: cannot start runtime: {e}");
            return ExitCode::from(1);
        }
    };
    rt.block_on(async move {
        let web = match nianbao_fixture::FixtureWeb::start(opts).await {
            Ok(w) => w,
            Err(e) => {
                eprintln!("nianbao-fixture: cannot bind: {e}");
                return ExitCode::from(1);
            }
        };
        let seeds = match web.directory() {
            Some(d) => d.seeds_csv,
            None => web.seeds_csv(),
        };
        let write = std::fs::create_dir_all(&dir)
            .and_then(|_| std::fs::write(dir.join("config.toml"), web.config_toml(&dir, rps)))
            .and_then(|_| std::fs::write(dir.join("seeds.csv"), seeds));
        if let Err(e) = write {
            eprintln!("nianbao-fixture: cannot write to {}: {e}", dir.display());
            return ExitCode::from(1);
        }
        for s in web.sites() {
            println!(
                "{}\t{}\t{}\t{}",
                s.key,
                s.host,
                s.addr,
                if s.is_seed { "seed" } else { "-" }
            );
        }
        println!("config: {}", dir.join("config.toml").display());
        let _ = tokio::signal::ctrl_c().await;
        web.shutdown().await;
        ExitCode::SUCCESS
    })
}

fn scale(args: &[String]) -> ExitCode {
    let mut dir: Option<PathBuf> = None;
    let (mut rps, mut max_pages) = (10.0f64, 60u64);
    let mut opts = nianbao_fixture::ScaleOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let v = it.next();
        let ok = match (a.as_str(), v) {
            ("--dir", Some(v)) => {
                dir = Some(PathBuf::from(v));
                true
            }
            ("--hosts", Some(v)) => v.parse().map(|x| opts.hosts = x).is_ok(),
            ("--fanout", Some(v)) => v.parse().map(|x| opts.fanout = x).is_ok(),
            ("--third-octet", Some(v)) => v.parse().map(|x| opts.third_octet = x).is_ok(),
            ("--rps", Some(v)) => v.parse().map(|x| rps = x).is_ok(),
            ("--max-pages", Some(v)) => v.parse().map(|x| max_pages = x).is_ok(),
            _ => false,
        };
        if !ok {
            eprintln!("nianbao-fixture: bad argument {a}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rt = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("nianbao-fixture: cannot start runtime: {e}");
            return ExitCode::from(1);
        }
    };
    rt.block_on(async move {
        let web = match nianbao_fixture::ScaleWeb::start(opts).await {
            Ok(w) => w,
            Err(e) => {
                eprintln!("nianbao-fixture: cannot bind: {e}");
                return ExitCode::from(1);
            }
        };
        let write = std::fs::create_dir_all(&dir)
            .and_then(|_| {
                std::fs::write(
                    dir.join("config.toml"),
                    web.config_toml(&dir, rps, max_pages),
                )
            })
            .and_then(|_| std::fs::write(dir.join("seeds.csv"), web.seeds_csv()));
        if let Err(e) = write {
            eprintln!("nianbao-fixture: cannot write to {}: {e}", dir.display());
            return ExitCode::from(1);
        }
        println!("{} hosts", web.hosts().len());
        println!("config: {}", dir.join("config.toml").display());
        let _ = tokio::signal::ctrl_c().await;
        println!("{} requests served", web.requests());
        web.shutdown().await;
        ExitCode::SUCCESS
    })
}
