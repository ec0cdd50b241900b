//! Extraction throughput on one core, in MB of HTML per second, over a
//! realistic mix: the seed fixtures (narrative prose, a flattened table page,
//! a GBK page, a Traditional repost) and the labelled corpus pages with
//! `<table>` markup, padded into the 10–60 KB range real CMS pages have
//! (navigation, scripts and footers make up most of a real page's bytes).
//!
//! `cargo run -p nianbao-extract --release --bin extract-bench [-- SECONDS]`
//!
//! Two deterministic modes for profiling and for checking that an optimisation
//! changed nothing:
//! * `-- --passes N`: exactly N passes over the mix after the warm-up pass
//!   (under `valgrind --tool=callgrind --zero-before='*timed_start*'` the
//!   total is the timed passes alone: divide by N × pages for instructions per page);
//! * `-- --dump [FILE...]`: one JSON line per extraction, for the mix and for
//!   each FILE (read as an HTML capture without a Content-Type), to diff.

use nianbao_extract::{eval::load_dir, extract, CaptureInput};
use std::path::Path;
use std::time::{Duration, Instant};

fn pad(body: &[u8], target: usize) -> Vec<u8> {
    // insert boilerplate (menus, inline script) before </body>, as CMS templates do
    let filler = "<div class=\"nav\"><ul><li><a href=\"/a\">首页</a></li><li><a href=\"/b\">机构概况</a></li><li><a href=\"/c\">政务公开</a></li><li><a href=\"/d\">互动交流</a></li></ul></div>\n<script>var menu={items:[1,2,3],open:function(){return 0;}};</script>\n";
    let mut out = body.to_vec();
    let pos = memchr_rfind(&out, b"</body>").unwrap_or(out.len());
    let mut ins = Vec::new();
    while out.len() + ins.len() < target {
        ins.extend_from_slice(filler.as_bytes());
    }
    out.splice(pos..pos, ins);
    out
}

fn memchr_rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).rposition(|w| w == n)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let passes: Option<usize> = match args.first().map(String::as_str) {
        Some("--passes") => Some(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1)),
        _ => None,
    };
    let dump = args.first().is_some_and(|a| a == "--dump");
    let secs: f64 = args.first().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs: Vec<(String, Option<String>, Vec<u8>)> = Vec::new();
    let targets = [12_000, 20_000, 30_000, 45_000, 60_000];
    for dir in ["tests/fixtures", "tests/corpus"] {
        for (i, c) in load_dir(&root.join(dir)).into_iter().enumerate() {
            let is_html = c.body.starts_with(b"<") || c.body.starts_with(b"\xef\xbb\xbf<");
            if !is_html {
                continue; // attachments measure pdftotext, not us
            }
            let t = targets[i % targets.len()];
            let body = if c.body.len() < t {
                pad(&c.body, t)
            } else {
                c.body
            };
            docs.push((c.url, c.content_type, body));
        }
    }
    let total_bytes: usize = docs.iter().map(|d| d.2.len()).sum();
    if dump {
        for f in &args[1..] {
            let body = std::fs::read(f).unwrap_or_else(|e| panic!("{f}: {e}"));
            docs.push((
                "http://sthjt.a.gov.cn/x/t20240115_1.html".into(),
                None,
                body,
            ));
        }
        for (u, ct, b) in &docs {
            let ex = extract(&CaptureInput {
                url: u,
                content_type: ct.as_deref(),
                body: b,
                anchor: None,
            });
            println!("{}", serde_json::to_string(&ex).expect("serialise"));
        }
        return;
    }
    // warm up (LazyLock regexes, gazetteer, OpenCC)
    for (u, ct, b) in &docs {
        let _ = extract(&CaptureInput {
            url: u,
            content_type: ct.as_deref(),
            body: b,
            anchor: None,
        });
    }
    timed_start();
    let start = Instant::now();
    let mut bytes = 0usize;
    let mut n = 0usize;
    let mut pass = 0;
    while match passes {
        Some(p) => pass < p,
        None => start.elapsed() < Duration::from_secs_f64(secs),
    } {
        pass += 1;
        for (u, ct, b) in &docs {
            let ex = extract(&CaptureInput {
                url: u,
                content_type: ct.as_deref(),
                body: b,
                anchor: None,
            });
            std::hint::black_box(&ex);
            bytes += b.len();
            n += 1;
        }
    }
    let el = start.elapsed().as_secs_f64();
    println!(
        "{} pages in the mix ({} KB total, {:.1} KB average)",
        docs.len(),
        total_bytes / 1024,
        total_bytes as f64 / docs.len().max(1) as f64 / 1024.0
    );
    println!(
        "extracted {n} pages, {:.1} MB in {el:.2} s on one core: {:.1} MB/s, {:.0} pages/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / el,
        n as f64 / el
    );
}

/// Marks the end of the warm-up for callgrind's `--zero-before`.
#[inline(never)]
fn timed_start() {
    std::hint::black_box(());
}
