//! A small but realistic archive, built the way the crawler builds one: the real
//! migrations, bodies stored once per sha256 as zstd, revisits pointing at their
//! original, two extractor versions for one capture.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use rusqlite::{params, Connection};

pub const MIGRATION_1: &str = include_str!("../../../../src/store/migrations/0001_archive.sql");
pub const MIGRATION_2: &str = include_str!("../../../../src/store/migrations/0002_extraction.sql");
pub const MIGRATION_3: &str =
    include_str!("../../../../src/store/migrations/0003_extraction_reasons.sql");

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
    pub id: i64,
    pub run: i64,
    pub site: i64,
    pub url: &'a str,
    pub status: i64,
    pub resp_headers: &'a str,
    pub fetched_at: &'a str,
    pub content_type: Option<&'a str>,
    pub encoding: Option<&'a str>,
    pub charset: Option<&'a str>,
    pub body: Option<Vec<u8>>,
    pub truncated: bool,
    pub revisit_of: Option<i64>,
    pub role: &'a str,
    /// For a 304 revisit: store no sha even though we pass no body.
    pub sha_override: Option<&'a str>,
}

fn host_of(url: &str) -> &str {
    let rest = &url[url.find("://").unwrap() + 3..];
    &rest[..rest.find('/').unwrap_or(rest.len())]
}

pub fn insert_capture(conn: &Connection, c: &Cap<'_>) {
    let sha = match (&c.body, &c.sha_override) {
        (_, Some(s)) => Some(s.to_string()),
        (Some(b), None) if !b.is_empty() => {
            let sha = sha256_hex(b);
            conn.execute(
                "INSERT OR IGNORE INTO bodies(sha256, size, zstd) VALUES (?1, ?2, ?3)",
                params![sha, b.len() as i64, zstd::encode_all(&b[..], 3).unwrap()],
            )
            .unwrap();
            Some(sha)
        }
        _ => None,
    };
    let bytes = c.body.as_ref().map(|b| b.len() as i64).unwrap_or(0);
    let req = format!("Host: {}\r\n{REQ_HEADERS}", host_of(c.url));
    conn.execute(
        "INSERT INTO captures(id, run_id, site_id, url_id, requested_url, final_url, request_headers, status,
             http_version, response_headers, fetched_at, elapsed_ms, content_type, content_encoding, charset,
             truncated, sha256, bytes, revisit_of, role)
         VALUES (?1,?2,?3,NULL,?4,?4,?5,?6,'HTTP/1.1',?7,?8,120,?9,?10,?11,?12,?13,?14,?15,?16)",
        params![
            c.id,
            c.run,
            c.site,
            c.url,
            req,
            c.status,
            c.resp_headers,
            c.fetched_at,
            c.content_type,
            c.encoding,
            c.charset,
            c.truncated as i64,
            sha,
            bytes,
            c.revisit_of,
            c.role
        ],
    )
    .unwrap();
}

/// Extraction row with the fields tests care about; the rest null.
#[allow(clippy::too_many_arguments)]
pub fn insert_extraction(
    conn: &Connection,
    capture: i64,
    version: i64,
    text_status: &str,
    title: Option<&str>,
    doc_type: Option<&str>,
    agency: Option<&str>,
    province: Option<&str>,
    admin_level: Option<&str>,
    report_year: Option<i64>,
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
) {
    conn.execute(
        "INSERT INTO extractions(capture_id, extractor_version, extracted_at, text_status, title, doc_type, agency,
             province, admin_level, report_year, published_date, published_date_source, format, script, repost,
             proactive_total, requests_received, requests_granted, reconsiderations, lawsuits, consistency,
             consistency_issues, approximate, notes, output_sha)
         VALUES (?1,?2,'2024-03-01T00:00:00Z',?3,?4,?5,?6,?7,?8,?9,?10,
             CASE WHEN ?10 IS NULL THEN NULL ELSE 'text' END,?11,?12,?13,?14,?15,?16,?17,NULL,?18,?19,
             CASE WHEN ?14 = 1622 THEN '[\"proactive_total\"]' ELSE NULL END, '[]', 'x')",
        params![
            capture,
            version,
            text_status,
            title,
            doc_type,
            agency,
            province,
            admin_level,
            report_year,
            published_date,
            format,
            script,
            repost,
            proactive_total,
            requests_received,
            requests_granted,
            reconsiderations,
            consistency,
            issues
        ],
    )
    .unwrap();
}

pub fn cell(
    conn: &Connection,
    capture: i64,
    version: i64,
    t: &str,
    r: &str,
    c: &str,
    v: Option<&str>,
) {
    conn.execute(
        "INSERT INTO cells(capture_id, extractor_version, tbl, row, col, value) VALUES (?1,?2,?3,?4,?5,?6)",
        params![capture, version, t, r, c, v],
    )
    .unwrap();
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
pub fn build() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(MIGRATION_1).unwrap();
    conn.execute_batch(MIGRATION_2).unwrap();
    conn.execute_batch(MIGRATION_3).unwrap();
    conn.execute_batch("PRAGMA application_id = 1313029455; PRAGMA user_version = 3;")
        .unwrap();
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
        conn.execute(
            "INSERT INTO sites(id, host, name, province, level, seed_url) VALUES (?1,?2,?3,?4,?5,?6)",
            params![id, host, name, prov, level, format!("http://{host}/")],
        )
        .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO runs(id, kind, status, started_at, finished_at) VALUES
           (1, 'crawl', 'finished', '2024-01-10T02:30:00Z', '2024-01-10T04:00:00Z'),
           (2, 'crawl', 'finished', '2024-02-10T02:30:00Z', '2024-02-10T04:00:00Z');",
    )
    .unwrap();

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
        sha_override: None,
    };
    // 1: the Huaihua report, sent gzip-encoded; archived as received.
    insert_capture(
        &conn,
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
        &conn,
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
    insert_capture(&conn, &Cap {
        id: 3, site: 4, url: QDN_URL,
        resp_headers: "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nLast-Modified: Mon, 25 Jan 2021 08:00:00 GMT\r\n",
        fetched_at: "2024-01-10T02:40:00Z", body: Some(qdn_html()), ..base
    });
    // 4: a list page of the national ministry.
    insert_capture(
        &conn,
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
        &conn,
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
        &conn,
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
        &conn,
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
        &conn,
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
        &conn,
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
        &conn,
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
        &conn,
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

    // Extractions. Capture 1 has two versions: v1 got the year wrong.
    insert_extraction(
        &conn,
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
    insert_extraction(
        &conn,
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
    insert_extraction(
        &conn, 2, 2, "no_text", None, None, None, None, None, None, None, None, None, None, None,
        None, None, None, None, None,
    );
    insert_extraction(&conn, 3, 2, "ok", Some("黔东南州生态环境局2020年政府信息公开工作年度报告"),
        Some("annual_report"), Some("黔东南州生态环境局"), Some("贵州省"), Some("prefectural"), Some(2020),
        Some("2021-01-25"), Some("gb2019"), Some("simplified"), Some(false), Some(1622), Some(1), Some(1),
        Some(3), Some("mismatch"),
        Some("[\"requests.total: new + carried_over = total + carried_forward\",\"requests.total.total = sum of results\"]"));
    insert_extraction(
        &conn,
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
    insert_extraction(
        &conn,
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

    // Cells: only v2 of capture 3 counts; capture 1's v1 cells must not appear.
    cell(&conn, 1, 1, "requests", "new", "total", Some("99"));
    cell(&conn, 3, 2, "requests", "new", "total", Some("1"));
    cell(&conn, 3, 2, "requests", "new", "business", None);
    cell(&conn, 3, 2, "requests", "granted", "total", Some("1"));
    cell(&conn, 3, 2, "requests", "total", "total", Some("0"));
    cell(
        &conn,
        3,
        2,
        "proactive",
        "fees",
        "amount_10k_yuan",
        Some("12.50"),
    );
    cell(
        &conn,
        3,
        2,
        "review",
        "count",
        "reconsideration_total",
        Some("3"),
    );

    // Failures.
    let f = |run: i64, site: i64, url: &str, kind: &str| {
        conn.execute(
            "INSERT INTO failures(run_id, site_id, url, kind, detail, status, at) VALUES (?1,?2,?3,?4,'x',NULL,'2024-01-10T03:00:00Z')",
            params![run, site, url, kind],
        )
        .unwrap();
    };
    f(1, 5, "http://waf.xian.gov.cn/", "waf");
    f(1, 5, "http://waf.xian.gov.cn/robots.txt", "waf");
    f(1, 6, "http://robots.xian2.gov.cn/xxgk/ndbg/", "robots");
    f(1, 1, "https://www.mee.gov.cn/xxgk/", "rate_limited");
    f(1, 4, "https://sthjj.qdn.gov.cn/slow.html", "timeout");
    conn
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
