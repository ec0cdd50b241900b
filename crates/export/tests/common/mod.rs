//! A small but realistic archive, built through the store's own write path
//! (`nianbao_store::testing::ArchiveBuilder`): the real migrations, bodies stored
//! once per sha256 as zstd, revisits pointing at their original, two extractor
//! versions for one capture.
#![allow(dead_code)]

use std::io::Write;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::Command;

use nianbao_store::testing::ArchiveBuilder;
use nianbao_store::{CaptureRecord, ExtractionRow, FailureRecord, Store};

pub fn sha256_hex(b: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

pub fn gzip(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

pub const HUAIHUA_URL: &str = "http://www.hhhb.gov.cn/xxgk/ndbg/201803/t20180302_1.html";
pub const HUAIHUA_PDF: &str = "http://www.hhhb.gov.cn/xxgk/ndbg/201803/P020180302.pdf";
pub const QDN_URL: &str = "https://sthjj.qdn.gov.cn/zfxxgk/ndbg/202101/t20210125_7.html";
pub const LN_URL: &str = "http://sthj.ln.gov.cn/xxgk/ndbg/2012/0301.htm?id=7";

pub fn huaihua_html() -> Vec<u8> {
    "<html><head><meta charset=\"utf-8\"><title>怀化市环境保护局2017年政府信息公开工作年度报告</title></head>\
     <body><p>公开各类政务信息818条。</p></body></html>"
        .as_bytes()
        .to_vec()
}
pub fn pdf_bytes() -> Vec<u8> {
    let mut b = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n".to_vec();
    b.extend((0u8..=255).cycle().take(3000));
    b.extend_from_slice(b"\n%%EOF\n");
    b
}
pub fn qdn_html() -> Vec<u8> {
    "<html><body><h1>黔东南州生态环境局2020年政府信息公开工作年度报告</h1><table><tr><td>总计</td><td>0</td></tr></table></body></html>"
        .as_bytes()
        .to_vec()
}
pub fn truncated_html() -> Vec<u8> {
    "<html><body>".repeat(50).into_bytes()
}
pub fn ln_html() -> Vec<u8> {
    "<html><body>遼寧省環保廳2011年政府信息公開工作年度報告 2743條</body></html>"
        .as_bytes()
        .to_vec()
}
pub fn county_html() -> Vec<u8> {
    "<html><body>某某县2019年报</body></html>"
        .as_bytes()
        .to_vec()
}
pub fn list_html() -> Vec<u8> {
    "<html><body><a href=\"t.html\">年报</a></body></html>"
        .as_bytes()
        .to_vec()
}

const REQ_HEADERS: &str = "User-Agent: nianbao/0.1 (+https://example.org)\r\nAccept: text/html,*/*\r\nAccept-Encoding: gzip, br\r\nAccept-Language: zh-CN,zh;q=0.9\r\n";

pub struct Cap<'a> {
    /// The id the capture must get (captures are numbered in the order archived).
    pub id: i64,
    pub run: i64,
    pub site: i64,
    pub url: &'a str,
    pub status: u16,
    pub resp_headers: &'a str,
    pub fetched_at: &'a str,
    pub content_type: Option<&'a str>,
    pub encoding: Option<&'a str>,
    pub charset: Option<&'a str>,
    pub body: Option<Vec<u8>>,
    pub truncated: bool,
    pub revisit_of: Option<i64>,
    pub role: &'a str,
}

fn host_of(url: &str) -> &str {
    let rest = &url[url.find("://").unwrap() + 3..];
    &rest[..rest.find('/').unwrap_or(rest.len())]
}

pub fn insert_capture(b: &mut ArchiveBuilder, c: &Cap<'_>) {
    let rec = CaptureRecord {
        url_id: None,
        requested_url: c.url.to_string(),
        final_url: c.url.to_string(),
        redirects_json: "[]".into(),
        request_headers: format!("Host: {}\r\n{REQ_HEADERS}", host_of(c.url)),
        status: c.status,
        http_version: "HTTP/1.1".into(),
        response_headers: c.resp_headers.to_string(),
        fetched_at: c.fetched_at.to_string(),
        elapsed_ms: 120,
        content_type: c.content_type.map(str::to_string),
        content_encoding: c.encoding.map(str::to_string),
        charset: c.charset.map(str::to_string),
        truncated: c.truncated,
        revisit_of: c.revisit_of,
        role: Some(c.role.parse().expect("a known page role")),
        ..Default::default()
    };
    let id = b.capture(c.run, c.site, rec, c.body.as_deref()).unwrap();
    assert_eq!(id, c.id, "captures are numbered in the order archived");
}

/// A table cell of an extraction: (table, row, column, value as printed).
pub type Cell = (String, String, String, Option<String>);

pub fn cell(t: &str, r: &str, c: &str, v: Option<&str>) -> Cell {
    (t.into(), r.into(), c.into(), v.map(str::to_string))
}

/// Extraction row with the fields tests care about; the rest null.
#[allow(clippy::too_many_arguments)]
pub fn extraction_row(
    capture: i64,
    version: i64,
    text_status: &str,
    title: Option<&str>,
    doc_type: Option<&str>,
    agency: Option<&str>,
    province: Option<&str>,
    admin_level: Option<&str>,
    report_year: Option<i32>,
    published_date: Option<&str>,
    format: Option<&str>,
    script: Option<&str>,
    repost: Option<bool>,
    proactive_total: Option<i64>,
    requests_received: Option<i64>,
    requests_granted: Option<i64>,
    reconsiderations: Option<i64>,
    consistency: Option<&str>,
    issues: Option<&str>,
) -> ExtractionRow {
    let s = |v: Option<&str>| v.map(str::to_string);
    ExtractionRow {
        capture_id: capture,
        extractor_version: version,
        text_status: text_status.into(),
        title: s(title),
        doc_type: s(doc_type),
        agency: s(agency),
        province: s(province),
        admin_level: s(admin_level),
        report_year,
        published_date: s(published_date),
        published_date_source: published_date.map(|_| "text".to_string()),
        format: s(format),
        script: s(script),
        repost,
        proactive_total,
        requests_received,
        requests_granted,
        reconsiderations,
        lawsuits: None,
        consistency: s(consistency),
        consistency_issues: s(issues),
        approximate: (proactive_total == Some(1622)).then(|| "[\"proactive_total\"]".to_string()),
        notes: "[]".into(),
        output_sha: "x".into(),
        doc_type_reason: None,
        report_year_source: None,
        text_source: None,
        ocr_confidence: None,
        needs_tool: None,
        cells: Vec::new(),
        text: None,
    }
}

pub const EXTRACTED_AT: &str = "2024-03-01T00:00:00Z";

/// The Qiandongnan 2020 report's extraction (capture 3, v2) with its cells: only
/// these cells count; capture 1's v1 cell must not appear in exports.
pub fn qdn_extraction() -> ExtractionRow {
    let mut row = extraction_row(3, 2, "ok", Some("黔东南州生态环境局2020年政府信息公开工作年度报告"),
        Some("annual_report"), Some("黔东南州生态环境局"), Some("贵州省"), Some("prefectural"), Some(2020),
        Some("2021-01-25"), Some("gb2019"), Some("simplified"), Some(false), Some(1622), Some(1), Some(1),
        Some(3), Some("mismatch"),
        Some("[\"requests.total: new + carried_over = total + carried_forward\",\"requests.total.total = sum of results\"]"));
    row.text_source = Some("html".into());
    row.cells = vec![
        cell("requests", "new", "total", Some("1")),
        cell("requests", "new", "business", None),
        cell("requests", "granted", "total", Some("1")),
        cell("requests", "total", "total", Some("0")),
        cell("proactive", "fees", "amount_10k_yuan", Some("12.50")),
        cell("review", "count", "reconsideration_total", Some("3")),
    ];
    row
}

/// An archive file in its own temporary folder, open read-only as the CLI opens
/// it for exports. Derefs to the [`Store`].
pub struct Archive {
    store: Store,
    _dir: tempfile::TempDir,
}

impl Deref for Archive {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

/// A new, empty archive file and its builder.
pub fn empty_builder() -> (tempfile::TempDir, ArchiveBuilder) {
    let dir = tempdir();
    let b = ArchiveBuilder::create(&dir.path().join("archive.sqlite")).unwrap();
    (dir, b)
}

/// Close the builder and open the archive read-only.
pub fn open(dir: tempfile::TempDir, b: ArchiveBuilder) -> Archive {
    drop(b.finish());
    let store = Store::open_read_only(&dir.path().join("archive.sqlite")).unwrap();
    Archive { store, _dir: dir }
}

pub const GZIP_HEADERS: &str = "Server: nginx\r\nDate: Wed, 10 Jan 2024 02:31:00 GMT\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nVary: Accept-Encoding\r\nETag: \"5a9\"\r\n";

/// Build the archive. Sites (by id):
/// 1 mee.gov.cn national (rate_limited only in an older run → missing),
/// 2 sthj.ln.gov.cn provincial (2011 report, fetched in run 2; a truncated page),
/// 3 www.hhhb.gov.cn prefectural (2017 report, gzip-encoded, PDF attachment, 304 revisit),
/// 4 sthjj.qdn.gov.cn prefectural (2020 mismatch, a 404, an unchanged-200 revisit),
/// 5 waf.xian.gov.cn county (WAF in its only run → blocked),
/// 6 robots.xian2.gov.cn county (2019 report + robots refusal → 2019 ok, others blocked),
/// 7 a county site never crawled, with HTML-hostile characters in its name.
pub fn build() -> Archive {
    let (dir, b) = builder();
    open(dir, b)
}

/// [`build`]'s archive, still open for more writes.
pub fn builder() -> (tempfile::TempDir, ArchiveBuilder) {
    let (dir, mut b) = empty_builder();
    let sites: &[(i64, &str, &str, &str, &str)] = &[
        (1, "www.mee.gov.cn", "生态环境部", "", "national"),
        (
            2,
            "sthj.ln.gov.cn",
            "辽宁省生态环境厅",
            "辽宁省",
            "provincial",
        ),
        (
            3,
            "www.hhhb.gov.cn",
            "怀化市生态环境局",
            "湖南省",
            "prefectural",
        ),
        (
            4,
            "sthjj.qdn.gov.cn",
            "黔东南州生态环境局",
            "贵州省",
            "prefectural",
        ),
        (5, "waf.xian.gov.cn", "某县生态环境分局", "陕西省", "county"),
        (
            6,
            "robots.xian2.gov.cn",
            "另一县生态环境分局",
            "陕西省",
            "county",
        ),
        (7, "new.xian3.gov.cn", "测试<b>&\"局'", "甘肃省", "county"),
    ];
    for (id, host, name, prov, level) in sites {
        assert_eq!(b.site(host, name, prov, level).unwrap(), *id);
    }
    let runs = [
        ("2024-01-10T02:30:00Z", "2024-01-10T04:00:00Z"),
        ("2024-02-10T02:30:00Z", "2024-02-10T04:00:00Z"),
    ];
    for (id, (started, finished)) in (1..).zip(runs) {
        assert_eq!(b.run(started, finished).unwrap(), id);
    }

    let base = Cap {
        id: 0,
        run: 1,
        site: 0,
        url: "",
        status: 200,
        resp_headers: "",
        fetched_at: "",
        content_type: Some("text/html; charset=utf-8"),
        encoding: None,
        charset: Some("utf-8"),
        body: None,
        truncated: false,
        revisit_of: None,
        role: "report",
    };
    // 1: the Huaihua report, sent gzip-encoded; archived as received.
    insert_capture(
        &mut b,
        &Cap {
            id: 1,
            site: 3,
            url: HUAIHUA_URL,
            resp_headers: GZIP_HEADERS,
            fetched_at: "2024-01-10T02:31:00.123456789Z",
            encoding: Some("gzip"),
            body: Some(gzip(&huaihua_html())),
            ..base
        },
    );
    // 2: its PDF attachment.
    insert_capture(
        &mut b,
        &Cap {
            id: 2,
            site: 3,
            url: HUAIHUA_PDF,
            resp_headers: &format!(
                "Content-Type: application/pdf\r\nContent-Length: {}\r\n",
                pdf_bytes().len()
            ),
            fetched_at: "2024-01-10T02:31:05Z",
            content_type: Some("application/pdf"),
            charset: None,
            body: Some(pdf_bytes()),
            role: "attachment",
            ..base
        },
    );
    // 3: Qiandongnan 2020, chunked on the wire.
    insert_capture(&mut b, &Cap {
        id: 3, site: 4, url: QDN_URL,
        resp_headers: "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nLast-Modified: Mon, 25 Jan 2021 08:00:00 GMT\r\n",
        fetched_at: "2024-01-10T02:40:00Z", body: Some(qdn_html()), ..base
    });
    // 4: a list page of the national ministry.
    insert_capture(
        &mut b,
        &Cap {
            id: 4,
            site: 1,
            url: "https://www.mee.gov.cn/xxgk/ndbg/",
            resp_headers: "Content-Type: text/html; charset=utf-8\r\n",
            fetched_at: "2024-01-10T02:45:00Z",
            body: Some(list_html()),
            role: "list",
            ..base
        },
    );
    // 5: a truncated page (the server promised more bytes than max_body).
    insert_capture(
        &mut b,
        &Cap {
            id: 5,
            site: 2,
            url: "http://sthj.ln.gov.cn/big.html",
            resp_headers: "Content-Type: text/html\r\nContent-Length: 99999999\r\n",
            fetched_at: "2024-01-10T02:50:00Z",
            body: Some(truncated_html()),
            truncated: true,
            role: "other",
            ..base
        },
    );
    // 6: a 404 with an empty body.
    insert_capture(
        &mut b,
        &Cap {
            id: 6,
            site: 4,
            url: "https://sthjj.qdn.gov.cn/gone.html",
            status: 404,
            resp_headers: "Content-Type: text/html\r\nContent-Length: 0\r\n",
            fetched_at: "2024-01-10T02:41:00Z",
            body: None,
            role: "other",
            ..base
        },
    );
    // 7: the county report of site 6.
    insert_capture(
        &mut b,
        &Cap {
            id: 7,
            site: 6,
            url: "http://robots.xian2.gov.cn/xxgk/2020/t1.html",
            resp_headers: "Content-Type: text/html; charset=utf-8\r\n",
            fetched_at: "2024-01-10T03:00:00Z",
            body: Some(county_html()),
            ..base
        },
    );
    // Run 2 — 8: the Huaihua page again: 304 Not Modified.
    insert_capture(
        &mut b,
        &Cap {
            id: 8,
            run: 2,
            site: 3,
            url: HUAIHUA_URL,
            status: 304,
            resp_headers:
                "Server: nginx\r\nDate: Sat, 10 Feb 2024 02:31:00 GMT\r\nETag: \"5a9\"\r\n",
            fetched_at: "2024-02-10T02:31:00Z",
            content_type: None,
            charset: None,
            body: None,
            revisit_of: Some(1),
            ..base
        },
    );
    // 9: Qiandongnan again, 200 with the same bytes: an unchanged re-fetch.
    insert_capture(
        &mut b,
        &Cap {
            id: 9,
            run: 2,
            site: 4,
            url: QDN_URL,
            resp_headers: "Content-Type: text/html; charset=utf-8\r\nContent-Length: 140\r\n",
            fetched_at: "2024-02-10T02:40:00Z",
            body: Some(qdn_html()),
            revisit_of: Some(3),
            ..base
        },
    );
    // 10: the Liaoning 2011 report, traditional characters, fractional timestamp.
    insert_capture(
        &mut b,
        &Cap {
            id: 10,
            run: 2,
            site: 2,
            url: LN_URL,
            resp_headers: "Content-Type: text/html; charset=utf-8\r\n",
            fetched_at: "2024-02-10T03:00:00.5Z",
            body: Some(ln_html()),
            ..base
        },
    );
    // 11: the ministry's list page in run 2 (so run 1's rate limiting is history).
    insert_capture(
        &mut b,
        &Cap {
            id: 11,
            run: 2,
            site: 1,
            url: "https://www.mee.gov.cn/xxgk/ndbg/",
            resp_headers: "Content-Type: text/html; charset=utf-8\r\n",
            fetched_at: "2024-02-10T03:05:00Z",
            body: Some(list_html()),
            role: "list",
            revisit_of: Some(4),
            ..base
        },
    );

    // Extractions. Capture 1 has two versions: v1 got the year wrong (and its
    // cell must not appear in exports).
    let mut v1 = extraction_row(
        1,
        1,
        "ok",
        Some("旧标题"),
        Some("annual_report"),
        Some("怀化市环境保护局"),
        Some("湖南省"),
        Some("prefectural"),
        Some(2016),
        None,
        Some("narrative"),
        Some("simplified"),
        Some(false),
        Some(1),
        None,
        None,
        None,
        Some("n/a"),
        Some("[]"),
    );
    v1.cells = vec![cell("requests", "new", "total", Some("99"))];
    let v2 = extraction_row(
        1,
        2,
        "ok",
        Some("怀化市环境保护局2017年政府信息公开工作年度报告"),
        Some("annual_report"),
        Some("怀化市环境保护局"),
        Some("湖南省"),
        Some("prefectural"),
        Some(2017),
        Some("2018-03-02"),
        Some("narrative"),
        Some("simplified"),
        Some(false),
        Some(818),
        None,
        None,
        None,
        Some("n/a"),
        Some("[]"),
    );
    // The PDF: archived, nothing extracted.
    let pdf = extraction_row(
        2, 2, "no_text", None, None, None, None, None, None, None, None, None, None, None, None,
        None, None, None, None,
    );
    let county = extraction_row(
        7,
        2,
        "ok",
        Some("另一县2019年政府信息公开工作年度报告"),
        Some("annual_report"),
        Some("另一县生态环境分局"),
        Some("陕西省"),
        Some("county"),
        Some(2019),
        Some("2020-01-20"),
        Some("gb2019"),
        Some("simplified"),
        Some(false),
        Some(100),
        Some(5),
        Some(4),
        Some(0),
        Some("ok"),
        Some("[]"),
    );
    let ln = extraction_row(
        10,
        2,
        "ok",
        Some("遼寧省環保廳2011年政府信息公開工作年度報告"),
        Some("annual_report"),
        Some("辽宁省环保厅"),
        Some("辽宁省"),
        Some("provincial"),
        Some(2011),
        None,
        Some("narrative"),
        Some("traditional"),
        Some(false),
        Some(2743),
        Some(3),
        None,
        None,
        Some("n/a"),
        Some("[]"),
    );
    // Read from a scan: where the text came from and how sure OCR was.
    let mut ln = ln;
    ln.text_source = Some("ocr".into());
    ln.ocr_confidence = Some(87.5);
    for row in [v1, v2, pdf, qdn_extraction(), county, ln] {
        assert!(b.extraction(&row, EXTRACTED_AT).unwrap());
    }

    // Failures.
    let mut f = |run: i64, site: i64, url: &str, kind: &str| {
        let rec = FailureRecord {
            url: url.into(),
            kind: kind.parse().expect("a known failure kind"),
            detail: "x".into(),
            status: None,
        };
        b.failure(run, site, &rec, "2024-01-10T03:00:00Z").unwrap();
    };
    f(1, 5, "http://waf.xian.gov.cn/", "waf");
    f(1, 5, "http://waf.xian.gov.cn/robots.txt", "waf");
    f(1, 6, "http://robots.xian2.gov.cn/xxgk/ndbg/", "robots");
    f(1, 1, "https://www.mee.gov.cn/xxgk/", "rate_limited");
    f(1, 4, "https://sthjj.qdn.gov.cn/slow.html", "timeout");
    (dir, b)
}

/// Run a command of an external tool. `None` when the tool is not installed and
/// tools are not required; panics (test failure) when NIANBAO_REQUIRE_TOOLS=1.
pub fn require_tool(what: &str, probe: &mut Command) -> bool {
    let ok = probe.output().map(|o| o.status.success()).unwrap_or(false);
    if ok {
        return true;
    }
    if std::env::var("NIANBAO_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("{what} is required (NIANBAO_REQUIRE_TOOLS=1) but not installed or not working");
    }
    eprintln!("skipped: {what} not installed");
    false
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

pub fn write(path: &Path, bytes: &[u8]) -> PathBuf {
    std::fs::write(path, bytes).unwrap();
    path.to_path_buf()
}

/// Chromium on PATH, by any of its usual names (the coverage and serve tests drive it).
pub fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .map(|o| o.status.success())
                .unwrap_or(false)
        })
}

/// Headless Chromium with a fresh profile, kept off the network (no background
/// fetches, no QUIC) and logging the page console to stderr.
pub fn headless(bin: &str, profile: &Path) -> Command {
    let mut c = Command::new(bin);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}
