//! Page times of `nianbao serve` on a generated archive of 100,000 captures.
//!
//! `cargo bench -p nianbao-serve --bench serve` (release). The archive: 620 sites in
//! 31 provinces; per site, an annual report for each year 2008–2024 (cells of the
//! three tables, one in seven with totals that do not add up, a corrected second
//! capture for one in twenty) and list/news pages up to 100,000 captures; every
//! capture extracted, with its text in the search index. Written through the
//! store's own write path in a few large transactions. Prints, per page kind, the
//! median and slowest of repeated requests over HTTP; the target is < 100 ms each.
//! `NIANBAO_BENCH_CAPTURES` changes the size; `NIANBAO_BENCH_DB` keeps the archive.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use nianbao_store::testing::ArchiveBuilder;
use nianbao_store::{CaptureRecord, ExtractionRow, PageRole};
use sha2::{Digest, Sha256};

const PROVINCES: [&str; 31] = [
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
];
const LEVELS: [&str; 3] = ["provincial", "prefectural", "county"];
const PHRASES: [&str; 8] = [
    "依申请公开",
    "主动公开政府信息",
    "行政复议",
    "政府信息公开工作",
    "环境影响评价",
    "排污许可",
    "信息公开指南",
    "政务新媒体",
];

fn text(i: u64, len: usize) -> String {
    let mut s = String::new();
    let mut k = i;
    while s.chars().count() < len {
        s.push_str(PHRASES[(k % 8) as usize]);
        s.push_str(&format!("第{}项，", k % 997));
        k = k
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407)
            >> 7;
    }
    s
}

fn build(path: &Path, captures: u64) -> (i64, i64) {
    let mut b = ArchiveBuilder::create(path).unwrap();
    let sites_n = 620u64;
    let mut sites = Vec::new();
    for i in 0..sites_n {
        let prov = PROVINCES[(i % 31) as usize];
        let level = LEVELS[(i % 3) as usize];
        let id = b
            .site(
                &format!("sthj{i}.example.gov.cn"),
                &format!("{prov}第{i}生态环境局"),
                prov,
                level,
            )
            .unwrap();
        sites.push((id, prov, level));
    }
    let run = b
        .run("2025-01-01T00:00:00Z", "2025-01-02T00:00:00Z")
        .unwrap();
    let s = b.store();
    let mut n = 0u64;
    let (mut mismatch_id, mut corrected_id) = (0, 0);
    let per_site = captures / sites_n;
    let chunk = 5_000u64;
    while n < captures {
        s.transaction(|s| {
            let end = (n + chunk).min(captures);
            while n < end {
                let site_ix = n / per_site.max(1) % sites_n;
                let (site, prov, level) = sites[site_ix as usize];
                let k = n % per_site.max(1);
                // The first 17 (+1 correction) captures of a site are its reports.
                let year = 2008 + k as i64;
                let is_report = k < 17;
                let is_correction = k == 17 && site_ix.is_multiple_of(20);
                let report_year = if is_correction { 2020 } else { year };
                let url = if is_report || is_correction {
                    format!("http://sthj{site_ix}.example.gov.cn/xxgk/ndbg/{report_year}.html")
                } else {
                    format!("http://sthj{site_ix}.example.gov.cn/news/{k}.html")
                };
                let body_text = text(n, if is_report { 700 } else { 250 });
                let title = if is_report || is_correction {
                    format!("{prov}第{site_ix}生态环境局{report_year}年政府信息公开工作年度报告")
                } else {
                    format!("工作动态{k}")
                };
                let html = format!("<html><head><meta charset=utf-8><title>{title}</title></head><body><h1>{title}</h1><p>{body_text}</p></body></html>");
                let sha = hex(&Sha256::digest(html.as_bytes()));
                let rec = CaptureRecord {
                    requested_url: url.clone(),
                    final_url: url,
                    redirects_json: "[]".into(),
                    request_headers: "User-Agent: nianbao\r\n".into(),
                    status: 200,
                    http_version: "HTTP/1.1".into(),
                    response_headers: "Content-Type: text/html; charset=utf-8\r\n".into(),
                    fetched_at: format!("2025-01-01T{:02}:{:02}:{:02}Z", (n / 3600) % 24, (n / 60) % 60, n % 60),
                    content_type: Some("text/html; charset=utf-8".into()),
                    charset: Some("utf-8".into()),
                    sha256: Some(sha),
                    body_zstd: Some(zstd::encode_all(html.as_bytes(), 1).unwrap()),
                    bytes: html.len() as i64,
                    role: Some(if is_report || is_correction { PageRole::Report } else { PageRole::Other }),
                    ..Default::default()
                };
                let id = s.record_capture(run, site, &rec)?;
                let mismatch = is_report && n.is_multiple_of(7);
                let mut row = ExtractionRow {
                    capture_id: id,
                    extractor_version: 4,
                    text_status: "ok".into(),
                    title: Some(title),
                    doc_type: Some(if is_report || is_correction { "annual_report" } else { "other" }.into()),
                    doc_type_reason: Some("title:annual_report_pattern".into()),
                    province: Some(prov.into()),
                    admin_level: Some(level.into()),
                    report_year: (is_report || is_correction).then_some(report_year as i32),
                    consistency: Some(if mismatch { "mismatch" } else if is_report { "ok" } else { "n/a" }.into()),
                    consistency_issues: Some(if mismatch {
                        "[\"requests.results: total (9) != sum of result rows (10) [column total]\"]".into()
                    } else {
                        "[]".into()
                    }),
                    notes: "[]".into(),
                    output_sha: format!("{id}"),
                    text_source: Some("html".into()),
                    text: Some(body_text),
                    ..Default::default()
                };
                if is_report || is_correction {
                    for (r, v) in [("new", 10), ("carried_over", 0), ("granted", 6), ("partial", 2), ("unable_not_held", 2), ("total", if mismatch { 9 } else { 10 }), ("carried_forward", 0)] {
                        for c in ["natural_person", "business", "total"] {
                            row.cells.push(("requests".into(), r.into(), c.into(), Some(v.to_string())));
                        }
                    }
                    for c in ["reconsideration_upheld", "reconsideration_corrected", "reconsideration_other", "reconsideration_pending", "reconsideration_total"] {
                        row.cells.push(("review".into(), "count".into(), c.into(), Some("1".into())));
                    }
                    for r in ["rules", "normative_docs", "licensing", "penalty"] {
                        row.cells.push(("proactive".into(), r.into(), "made".into(), Some((n % 50).to_string())));
                    }
                }
                s.put_extraction(&row)?;
                if mismatch && mismatch_id == 0 && site_ix > 0 && site_ix.is_multiple_of(20) {
                    mismatch_id = id;
                }
                if is_correction && corrected_id == 0 && site_ix > 0 {
                    corrected_id = id;
                }
                n += 1;
            }
            Ok::<_, nianbao_store::Error>(())
        })
        .unwrap();
    }
    (mismatch_id.max(1), corrected_id.max(1))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn get(addr: SocketAddr, path: &str) -> (u16, usize) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let status = String::from_utf8_lossy(&raw[..raw.len().min(20)])
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, raw.len())
}

fn main() {
    let captures: u64 = std::env::var("NIANBAO_BENCH_CAPTURES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let db = std::env::var("NIANBAO_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.path().join("bench.sqlite"));
    let (mismatch, corrected) = if db.exists() {
        println!("reusing {}", db.display());
        let store = nianbao_store::Store::open_read_only(&db).unwrap();
        let q = nianbao_store::SearchQuery {
            consistency: Some("mismatch".into()),
            limit: 1,
            offset: 300,
            ..Default::default()
        };
        let id = store
            .search(&q)
            .unwrap()
            .1
            .first()
            .map(|h| h.capture_id)
            .unwrap_or(1);
        (id, 20 * (captures as i64 / 620) + 18)
    } else {
        let t = Instant::now();
        let ids = build(&db, captures);
        let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
        println!(
            "generated {captures} captures in {:.1} s ({} MB)",
            t.elapsed().as_secs_f64(),
            size / 1_000_000
        );
        // The pages are timed on an archive that sits on disk, as a served one
        // does: otherwise the kernel's write-back of the 300 MB just written
        // lands on the first (cold) requests and doubles them.
        let t = Instant::now();
        std::fs::File::open(&db).and_then(|f| f.sync_all()).unwrap();
        println!("synced to disk in {:.1} s", t.elapsed().as_secs_f64());
        ids
    };

    let app = nianbao_serve::router(&db).unwrap();
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    l.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async move {
                let l = tokio::net::TcpListener::from_std(l).unwrap();
                nianbao_serve::run(l, app).await.unwrap();
            })
    });

    let q = |s: &str| -> String { s.bytes().map(|b| format!("%{b:02X}")).collect() };
    let pages: Vec<(&str, String)> = vec![
        ("overview /", "/".into()),
        ("site", "/sites/21".into()),
        ("report (mismatch)", format!("/reports/{mismatch}")),
        (
            "report (corrected, history)",
            format!("/reports/{corrected}"),
        ),
        ("raw body", format!("/captures/{mismatch}/raw")),
        ("search: rare phrase", format!("/search?q={}", q("第996项"))),
        (
            "search: common phrase",
            format!("/search?q={}", q("依申请公开")),
        ),
        (
            "search: phrase + filters",
            format!(
                "/search?q={}&province={}&year=2019",
                q("行政复议"),
                q("贵州省")
            ),
        ),
        (
            "search: filters only",
            format!(
                "/search?province={}&level=county&consistency=mismatch",
                q("湖南省")
            ),
        ),
        ("search: everything, page 40", "/search?page=40".into()),
        ("bad parameter (400)", "/search?year=abc".into()),
    ];
    println!(
        "{:<32} {:>8} {:>10} {:>10}  status",
        "page", "bytes", "median ms", "max ms"
    );
    for (name, path) in &pages {
        let mut times = Vec::new();
        let mut last = (0, 0);
        for _ in 0..15 {
            let t = Instant::now();
            last = get(addr, path);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        println!(
            "{name:<32} {:>8} {:>10.1} {:>10.1}  {}",
            last.1,
            times[times.len() / 2],
            times[times.len() - 1],
            last.0
        );
    }
    let t = Instant::now();
    let (status, bytes) = get(
        addr,
        &format!("/search/download?q={}&format=csv", q("行政复议")),
    );
    println!(
        "{:<32} {bytes:>8} {:>10.1} {:>10}  {status}  (a download, not a page)",
        "download reports CSV",
        t.elapsed().as_secs_f64() * 1000.0,
        "-"
    );
}
