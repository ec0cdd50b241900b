//! `nianbao serve` end to end: the server on the exports' fixture archive (built
//! through the store's own write path, with the Qiandongnan report whose totals do
//! not add up), a corrected second capture of that report, and a hostile archived
//! page; driven over HTTP and in headless Chromium.
//!
//! What is asserted: every page answers 200 and loads in Chromium without console
//! errors; the report view shows the fields and marks the cells of the failed
//! identities, and the corrected capture's changed cells; search finds a known
//! phrase and shows the passage; the sandbox holds (the hostile page's script,
//! image, stylesheet, frame and refresh cause no connection to a listener bound
//! where they point); bad parameters get a 400 with a sentence, never a 500.

#[path = "../../export/tests/common/mod.rs"]
mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use nianbao_store::testing::ArchiveBuilder;
use nianbao_store::{CaptureRecord, ExtractionRow};

/// Where the hostile page points: a loopback address of its own.
const TRAP_IP: &str = "127.0.0.9";
const KNOWN_PHRASE: &str = "依申请公开政府信息工作";

/// A listener counting every connection made to it, and keeping the first line
/// of each request.
struct Trap {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
    lines: Arc<std::sync::Mutex<Vec<String>>>,
}

fn trap() -> Trap {
    let l = TcpListener::bind((TRAP_IP, 0)).expect("bind the trap listener");
    let addr = l.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let lines = Arc::new(std::sync::Mutex::new(Vec::new()));
    let (h, seen) = (hits.clone(), lines.clone());
    std::thread::spawn(move || {
        for mut s in l.incoming().flatten() {
            h.fetch_add(1, Ordering::SeqCst);
            let _ = s.set_read_timeout(Some(Duration::from_millis(300)));
            let mut buf = [0u8; 512];
            let n = s.read(&mut buf).unwrap_or(0);
            let line = String::from_utf8_lossy(&buf[..n])
                .lines()
                .next()
                .unwrap_or("")
                .to_string();
            seen.lock().unwrap().push(line);
        }
    });
    Trap { addr, hits, lines }
}

fn capture(b: &mut ArchiveBuilder, site: i64, url: &str, at: &str, body: &[u8]) -> i64 {
    let rec = CaptureRecord {
        requested_url: url.into(),
        final_url: url.into(),
        redirects_json: "[]".into(),
        request_headers: "User-Agent: nianbao\r\n".into(),
        status: 200,
        http_version: "HTTP/1.1".into(),
        response_headers: "Content-Type: text/html; charset=utf-8\r\n".into(),
        fetched_at: at.into(),
        content_type: Some("text/html; charset=utf-8".into()),
        charset: Some("utf-8".into()),
        role: Some("report".parse().unwrap()),
        ..Default::default()
    };
    b.capture(2, site, rec, Some(body)).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
    hostile: i64,
    corrected: i64,
    trap: Trap,
}

/// The exports' archive, plus a corrected capture of the Qiandongnan report
/// (one cell changed) and a hostile page that also carries the known phrase.
fn fixture() -> Fixture {
    let trap = trap();
    let (dir, mut b) = common::builder();
    let t = trap.addr;
    let hostile_html = format!(
        "<html><head><meta charset=utf-8><title>恶意页面</title>\
         <meta http-equiv=refresh content=\"0;url=http://{t}/refresh\">\
         <link rel=stylesheet href=\"http://{t}/style.css\">\
         <link rel=preconnect href=\"http://{t}/\"><link rel=dns-prefetch href=\"http://{t}/\">\
         <link rel=preload as=image href=\"http://{t}/preload\">\
         <script>fetch('http://{t}/x'); new Image().src='http://{t}/js-img';</script></head>\
         <body><h1>某县生态环境分局2019年政府信息公开工作年度报告</h1>\
         <p>本年度{KNOWN_PHRASE}依法有序开展。</p>\
         <img src=http://{t}/y><iframe src=\"http://{t}/frame\"></iframe>\
         <a href=\"http://{t}/link\">链接</a>\
         <form action=\"http://{t}/form\"><input name=a></form></body></html>"
    );
    let hostile = capture(
        &mut b,
        6,
        "http://robots.xian2.gov.cn/xxgk/2019/evil.html",
        "2024-02-10T03:00:00Z",
        hostile_html.as_bytes(),
    );
    let mut row = common::extraction_row(
        hostile,
        4,
        "ok",
        Some("某县生态环境分局2019年政府信息公开工作年度报告"),
        Some("annual_report"),
        Some("某县生态环境分局"),
        Some("陕西省"),
        Some("county"),
        Some(2019),
        None,
        Some("narrative"),
        Some("simplified"),
        Some(false),
        None,
        None,
        None,
        None,
        Some("n/a"),
        Some("[]"),
    );
    row.text = Some(format!(
        "某县生态环境分局2019年政府信息公开工作年度报告\n本年度{KNOWN_PHRASE}依法有序开展。"
    ));
    b.extraction(&row, common::EXTRACTED_AT).unwrap();

    // The Qiandongnan report corrected: the 总计 row now adds up.
    let corrected = capture(
        &mut b,
        4,
        common::QDN_URL,
        "2024-02-10T02:40:00Z",
        "<html><body><h1>黔东南州生态环境局2020年政府信息公开工作年度报告（更正）</h1></body></html>".as_bytes(),
    );
    let mut fixed: ExtractionRow = common::qdn_extraction();
    fixed.capture_id = corrected;
    fixed.consistency = Some("ok".into());
    fixed.consistency_issues = Some("[]".into());
    for c in &mut fixed.cells {
        if (c.0.as_str(), c.1.as_str(), c.2.as_str()) == ("requests", "total", "total") {
            c.3 = Some("1".into());
        }
    }
    b.extraction(&fixed, common::EXTRACTED_AT).unwrap();
    drop(b.finish());
    let db = dir.path().join("archive.sqlite");
    Fixture {
        _dir: dir,
        db,
        hostile,
        corrected,
        trap,
    }
}

/// The server on a runtime of its own; its address.
fn start(db: &Path) -> SocketAddr {
    let app = nianbao_serve::router(db).expect("the archive opens");
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    l.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let l = tokio::net::TcpListener::from_std(l).unwrap();
            nianbao_serve::run(l, app).await.unwrap();
        });
    });
    addr
}

/// (status, headers, body) of a GET, over a plain socket.
fn get(addr: SocketAddr, path: &str) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    (status, head, body)
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + n]);
        b = &b[eol + 2 + n + 2..];
    }
    out
}

fn text(addr: SocketAddr, path: &str) -> String {
    let (status, head, body) = get(addr, path);
    let body = String::from_utf8_lossy(&body).to_string();
    assert_eq!(status, 200, "{path}: {head}\n{body}");
    body
}

#[test]
fn pages_answer_and_show_what_the_archive_holds() {
    let f = fixture();
    let addr = start(&f.db);

    let (status, head, _) = get(addr, "/");
    assert_eq!(status, 200);
    let lower = head.to_ascii_lowercase();
    assert!(
        lower.contains("content-security-policy: default-src 'none'"),
        "{head}"
    );
    assert!(lower.contains("x-content-type-options: nosniff"), "{head}");

    let home = text(addr, "/");
    // Province → site → year, the mismatch cell linking to the report.
    assert!(home.contains("贵州省") && home.contains("黔东南州生态环境局"));
    assert!(home.contains("<td class=\"cell mismatch\""), "{home}");
    assert!(
        home.contains(&format!("href=\"/reports/{}\"", f.corrected)),
        "the 2020 cell links the newest copy of its report"
    );
    assert!(home.contains("href=\"/sites/4\""));

    let site = text(addr, "/sites/4");
    assert!(
        site.contains("黔东南州生态环境局2020年政府信息公开工作年度报告"),
        "{site}"
    );

    // The inconsistent report: fields, issues, failed cells marked, the correction.
    let report = text(addr, "/reports/3");
    assert!(report.contains("黔东南州生态环境局"), "agency shown");
    assert!(
        report.contains("1622 (approximate"),
        "approximate figure flagged: {report}"
    );
    assert!(report.contains("new + carried_over = total + carried_forward"));
    for key in [
        "requests/total/total",
        "requests/new/total",
        "requests/granted/total",
    ] {
        assert!(
            report.contains(&format!("class=\"n failed\" data-cell=\"{key}\"")),
            "{key} marked failed"
        );
    }
    assert!(
        report.contains("class=\"n\" data-cell=\"proactive/fees/amount_10k_yuan\""),
        "a cell in no failed identity is not marked"
    );
    assert!(
        report.contains(&format!("href=\"/reports/{}\"", f.corrected)),
        "the other capture of the URL"
    );
    assert!(report.contains("1 cells changed"), "{report}");
    assert!(
        report.contains("<iframe sandbox=\"\""),
        "the page is sandboxed"
    );
    assert!(!report.contains("allow-scripts"));
    let corrected = text(addr, &format!("/reports/{}", f.corrected));
    assert!(corrected.contains("class=\"n changed\" data-cell=\"requests/total/total\""));

    // Provenance of a gzip capture: the body decoded, the archived hash shown.
    let hh = text(addr, "/reports/1");
    assert!(
        hh.contains("gzip")
            && hh.contains(&common::sha256_hex(&common::gzip(&common::huaihua_html())))
    );
    assert!(
        hh.contains("公开各类政务信息818条"),
        "decoded body in the srcdoc"
    );
    assert!(
        hh.contains("href=\"/reports/8\""),
        "the 304 re-fetch is in the URL's history"
    );
    assert!(hh.contains("same payload"), "{hh}");

    // Raw bodies are downloads, never rendered here.
    let (status, head, body) = get(addr, "/captures/1/raw");
    assert_eq!(status, 200);
    let lower = head.to_ascii_lowercase();
    assert!(lower.contains("content-disposition: attachment"), "{head}");
    assert!(lower.contains("content-type: application/octet-stream"));
    assert_eq!(body, common::huaihua_html(), "Content-Encoding undone");

    // Search finds the known phrase, with its passage.
    let q = url_escape(KNOWN_PHRASE);
    let found = text(addr, &format!("/search?q={q}"));
    assert!(
        found.contains(&format!("href=\"/reports/{}\"", f.hostile)),
        "{found}"
    );
    assert!(
        found.contains(&format!("<mark>{KNOWN_PHRASE}</mark>")),
        "{found}"
    );
    assert!(found.contains("<strong>1</strong> matching capture"));
    let none = text(
        addr,
        &format!("/search?q={q}&province=%E8%B4%B5%E5%B7%9E%E7%9C%81"),
    );
    assert!(
        none.contains("<strong>0</strong> matching"),
        "the province filter applies"
    );
    let mism = text(addr, "/search?consistency=mismatch");
    assert!(
        mism.contains("<strong>1</strong> matching capture")
            && mism.contains("href=\"/reports/3\"")
    );
    let short = text(addr, "/search?q=%E7%8E%AF%E4%BF%9D");
    assert!(short.contains("cannot be searched for alone"), "{short}");

    // Downloads of the filter: the export's own CSV columns, only the matching rows.
    let (status, head, csv) = get(
        addr,
        "/search/download?consistency=mismatch&format=csv&what=reports",
    );
    assert_eq!(status, 200, "{head}");
    let csv = String::from_utf8(csv).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        nianbao_export::column_names(nianbao_export::What::Reports).join(",")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(rows[0].starts_with("3,"));
    let (status, _, pq) = get(
        addr,
        "/search/download?consistency=mismatch&format=parquet&what=cells",
    );
    assert_eq!(status, 200);
    assert!(pq.starts_with(b"PAR1") && pq.ends_with(b"PAR1"));
}

fn url_escape(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[test]
fn bad_parameters_get_400_with_a_sentence() {
    let f = fixture();
    let addr = start(&f.db);
    let cases: &[(&str, &str)] = &[
        ("/reports/abc", "not a positive whole number"),
        ("/reports/-1", "not a positive whole number"),
        (
            "/reports/1%2F..%2F..%2Fetc%2Fpasswd",
            "not a positive whole number",
        ),
        (
            "/reports/99999999999999999999",
            "not a positive whole number",
        ),
        ("/captures/x/raw", "not a positive whole number"),
        ("/sites/0", "not a positive whole number"),
        ("/search?year=abc", "year"),
        ("/search?page=0", "page"),
        ("/search?page=100000", "page"),
        ("/search?level=%3Cscript%3E", "level"),
        ("/search?consistency=maybe", "consistency"),
        ("/search?q=1&q=2", "twice"),
        ("/search?id=1%20OR%201%3D1", "unknown parameter"),
        ("/search/download?format=xlsx", "csv or parquet"),
        ("/search/download?what=everything", "reports or cells"),
        ("/search?q=%FF%FE", ""),
    ];
    for (path, says) in cases {
        let (status, _, body) = get(addr, path);
        let body = String::from_utf8_lossy(&body);
        if says.is_empty() {
            assert!(status == 200 || status == 400, "{path}: {status}");
            continue;
        }
        assert_eq!(status, 400, "{path}: {body}");
        assert!(body.contains(says), "{path}: {body}");
    }
    for path in [
        "/reports/999999",
        "/sites/999",
        "/captures/6/raw",
        "/nothing/here",
    ] {
        let (status, _, _) = get(addr, path);
        assert_eq!(status, 404, "{path}");
    }
    // SQL in a filter is a value, not SQL.
    let (status, _, body) = get(addr, "/search?q=%27%29%20OR%201%3D1%20--");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&body).contains("<strong>0</strong> matching"));
}

// ------------------------------------------------------------------ Chromium

/// Headless Chromium (the shared set-up) that lets the page's timers run 3 s.
fn headless(bin: &str, profile: &Path) -> Command {
    let mut c = common::headless(bin, profile);
    c.arg("--virtual-time-budget=3000");
    c
}

/// Console lines of the application's own pages that are errors. The sandbox's
/// and the policy's refusals inside an archived page are the point, not errors.
fn console_errors(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| l.contains("Uncaught") || (l.contains(":CONSOLE") && l.contains("rror")))
        .filter(|l| {
            !l.contains("about:srcdoc")
                && !l.contains("Content Security Policy")
                && !l.contains("sandboxed")
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn in_chromium_pages_load_clean_and_the_sandbox_holds() {
    let found = common::chromium();
    if !common::require_tool(
        "chromium",
        Command::new(found.unwrap_or("chromium")).arg("--version"),
    ) {
        return;
    }
    let bin = found.unwrap();
    let f = fixture();
    let addr = start(&f.db);
    let profile = tempfile::tempdir().unwrap();
    let q = url_escape(KNOWN_PHRASE);
    let pages = [
        "/".to_string(),
        "/sites/4".to_string(),
        "/reports/3".to_string(),
        format!("/search?q={q}"),
        format!("/reports/{}", f.hostile),
    ];
    for path in &pages {
        let out = headless(bin, profile.path())
            .arg("--dump-dom")
            .arg(format!("http://{addr}{path}"))
            .output()
            .unwrap();
        let dom = String::from_utf8_lossy(&out.stdout);
        let log = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "chromium failed on {path}: {log}");
        assert!(
            console_errors(&log).is_empty(),
            "{path}: console errors {:?}",
            console_errors(&log)
        );
        assert!(dom.contains("nianbao"), "{path} rendered: {dom}");
        if path == "/reports/3" {
            assert!(
                dom.contains("class=\"n failed\" data-cell=\"requests/total/total\""),
                "{dom}"
            );
            assert!(dom.contains("agency 机关"), "fields shown");
        }
        if path.starts_with("/search") {
            assert!(
                dom.contains(&format!("<mark>{KNOWN_PHRASE}</mark>")),
                "{dom}"
            );
        }
    }
    // Give a late request time to arrive, then: nothing reached the trap.
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        f.trap.hits.load(Ordering::SeqCst),
        0,
        "the archived page made a request to {}: {:?}",
        f.trap.addr,
        f.trap.lines.lock().unwrap()
    );
    // The trap does count connections (so zero means none were made).
    drop(TcpStream::connect(f.trap.addr).unwrap());
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(f.trap.hits.load(Ordering::SeqCst), 1);
}

/// Screenshots of the overview, a report and a search for docs/img/ (run by
/// scripts/serve-screenshots.sh; not part of the suite).
#[test]
#[ignore]
fn screenshots() {
    let (Some(bin), Ok(db), Ok(out)) = (
        common::chromium(),
        std::env::var("NIANBAO_SCREENSHOT_DB"),
        std::env::var("NIANBAO_SCREENSHOT_DIR"),
    ) else {
        panic!("needs chromium, NIANBAO_SCREENSHOT_DB and NIANBAO_SCREENSHOT_DIR");
    };
    let addr = start(Path::new(&db));
    // The first report whose totals do not add up, else the first annual report.
    let store = nianbao_store::Store::open_read_only(Path::new(&db)).unwrap();
    let first = |consistency: Option<&str>| {
        let q = nianbao_store::SearchQuery {
            doc_type: Some("annual_report".into()),
            consistency: consistency.map(str::to_string),
            limit: 1,
            ..Default::default()
        };
        store.search(&q).unwrap().1.first().map(|h| h.capture_id)
    };
    let report = first(Some("mismatch"))
        .or_else(|| first(None))
        .expect("an annual report");
    let q = std::env::var("NIANBAO_SCREENSHOT_QUERY").unwrap_or_else(|_| "依申请公开".into());
    let profile = tempfile::tempdir().unwrap();
    for (name, path, size) in [
        ("serve-overview.png", "/".to_string(), "1400,1000"),
        (
            "serve-report.png",
            format!("/reports/{report}"),
            "1500,1300",
        ),
        (
            "serve-search.png",
            format!("/search?q={}", url_escape(&q)),
            "1400,1000",
        ),
    ] {
        let file = Path::new(&out).join(name);
        let st = headless(bin, profile.path())
            .arg(format!("--screenshot={}", file.display()))
            .arg(format!("--window-size={size}"))
            .arg("--hide-scrollbars")
            // A sandboxed frame in a process of its own is not yet painted when
            // headless Chromium takes the picture; in one process it is.
            .arg("--disable-features=IsolateSandboxedIframes")
            .arg(format!("http://{addr}{path}"))
            .output()
            .unwrap();
        assert!(
            st.status.success() && file.exists(),
            "{name}: {}",
            String::from_utf8_lossy(&st.stderr)
        );
    }
}
