//! Micro-benchmark: µs per page for `extract_links` (+ scoring) on a ~10 KB
//! realistic TRS list page, plus robots.txt matching cost.
//!
//! `cargo run --release -p nianbao-discover --bin discover-bench [iterations]`

use std::hint::black_box;
use std::time::Instant;

/// Time on CPU of this thread in ns (Linux `/proc/thread-self/schedstat`),
/// so the numbers mean something on a shared, loaded machine; None elsewhere.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Run `f` `iters` times; (wall µs, CPU µs) per iteration.
fn measure(iters: u32, mut f: impl FnMut()) -> (f64, Option<f64>) {
    let c0 = cpu_ns();
    let t = Instant::now();
    for _ in 0..iters {
        f();
    }
    let wall = t.elapsed().as_secs_f64() * 1e6 / f64::from(iters);
    let cpu = c0
        .zip(cpu_ns())
        .map(|(a, b)| (b.saturating_sub(a)) as f64 / 1e3 / f64::from(iters));
    (wall, cpu)
}

fn show(label: &str, per: &str, (wall, cpu): (f64, Option<f64>), scale: f64) {
    match cpu {
        Some(c) => println!(
            "{label}: {:.2} {per} CPU ({:.2} wall)",
            c * scale,
            wall * scale
        ),
        None => println!("{label}: {:.2} {per} wall", wall * scale),
    }
}

use nianbao_discover::{links, robots, score};
use url::Url;

fn main() {
    let iters: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5000);
    // Optional second argument: run only one section (extract|score|robots),
    // handy under `perf stat -e instructions`.
    let only = std::env::args().nth(2).unwrap_or_default();
    let run = |name: &str| only.is_empty() || only == name;
    let html = include_str!("../../tests/fixtures/trs_list.html");
    let page =
        Url::parse("http://sthjt.hunan.gov.cn/xxgk/zfxxgknb/index.html").expect("static url");

    for _ in 0..200 {
        black_box(links::extract_links(black_box(html), &page));
    }
    let p = links::extract_links(html, &page);
    println!("page: {} bytes, {} links", html.len(), p.links.len());
    if run("extract") {
        let m = measure(iters, || {
            black_box(links::extract_links(black_box(html), &page));
        });
        show("extract_links", "µs/page", m, 1.0);
    }
    if !run("score") && !run("robots") {
        return;
    }

    if run("score") {
        let m = measure(iters, || {
            for l in &p.links {
                black_box(score::score_link(black_box(l)));
            }
        });
        show("score_link (all links of the page)", "µs/page", m, 1.0);
    }
    if !run("robots") {
        return;
    }

    let body = b"User-agent: *\nDisallow: /search/\nDisallow: /*?print=1\nAllow: /xxgk/\nCrawl-delay: 1\n\nUser-agent: nianbao\nDisallow: /admin/\nDisallow: /*.jsp$\nAllow: /xxgk/*.html\n";
    let r = robots::Robots::parse(body, "nianbao");
    let m = measure(iters, || {
        for l in &p.links {
            black_box(r.is_allowed(black_box(&l.url)));
        }
    });
    show(
        "Robots::is_allowed",
        "ns/url",
        m,
        1e3 / p.links.len() as f64,
    );

    let body_s = std::str::from_utf8(body).expect("ascii");
    let m = measure((iters / 10).max(1), || {
        for l in &p.links {
            let mut matcher = robotstxt::DefaultMatcher::default();
            black_box(matcher.one_agent_allowed_by_robots(body_s, "nianbao", l.url.as_str()));
        }
    });
    show(
        "robotstxt crate, re-parsing per call (for comparison)",
        "ns/url",
        m,
        1e3 / p.links.len() as f64,
    );
}
