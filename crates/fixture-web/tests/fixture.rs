//! Integration tests: the fixture web behaves as specified, over real sockets.

mod common;

use std::io::Read;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use common::{get, request, site, site_of_url, target_of};
use nianbao_fixture::{FixtureWeb, Options};

async fn web() -> FixtureWeb {
    FixtureWeb::start(Options::default()).await.expect("start")
}

#[tokio::test]
async fn each_site_answers_on_its_own_loopback_address() {
    let web = web().await;
    let sites = web.sites();
    assert_eq!(sites.len(), 8);
    for (i, s) in sites.iter().enumerate() {
        assert_eq!(
            s.addr.ip(),
            IpAddr::from([127, 0, 0, 2 + i as u8]),
            "{}",
            s.key
        );
        assert_eq!(s.seed_url, format!("http://{}:{}/", s.host, s.addr.port()));
        let r = get(s.addr, &s.host, "/", &[]).await;
        assert_eq!(r.status, 200, "{}", s.key);
    }
    // Dispatch is by listener: the ministry's address serves the ministry
    // whatever the Host header says.
    let mee = site(&web, "mee");
    let r = get(mee.addr, "sthjt.zj.gov.cn.test", "/", &[]).await;
    assert!(r.text().contains("生态环境部"));
    assert!(!r.text().contains("浙江省生态环境厅"));
    let csv = web.seeds_csv();
    assert!(csv.starts_with("name,province,level,url\n"));
    assert_eq!(csv.lines().count(), 1 + 7);
    assert!(csv.contains("浙江省生态环境厅,浙江省,provincial,http://sthjt.zj.gov.cn.test:"));
    assert!(csv.contains("怀化市生态环境局洪江分局,湖南省,county,"));
    assert!(!csv.contains("wenku"));
    let cfg = web.config_toml(std::path::Path::new("/tmp/x"), 20.0);
    assert!(cfg.contains("db = \"/tmp/x/archive.sqlite\""));
    assert!(cfg.contains("requests_per_second_per_host = 20.0"));
    let zj = site(&web, "zj");
    assert!(cfg.contains(&format!(
        "[hosts.\"sthjt.zj.gov.cn.test\"]\nresolve = \"{}\"",
        zj.addr
    )));
    assert_eq!(web.resolve_overrides().len(), 8);
    web.shutdown().await;
}

#[tokio::test]
async fn robots_files_are_as_specified() {
    let web = web().await;
    let mee = site(&web, "mee");
    let r = get(mee.addr, &mee.host, "/robots.txt", &[]).await;
    assert_eq!(r.status, 200);
    let t = r.text();
    let star = t
        .find("User-agent: *\nDisallow: /\n")
        .expect("* group forbids all");
    let ours = t
        .find("User-agent: nianbao\nDisallow: /search/\nAllow: /")
        .expect("nianbao group");
    assert!(star < ours);
    let zj = site(&web, "zj");
    assert!(get(zj.addr, &zj.host, "/robots.txt", &[])
        .await
        .text()
        .contains("User-agent: *\nCrawl-delay: 0.2\n"));
    let bad = site(&web, "bad");
    assert_eq!(
        get(bad.addr, &bad.host, "/robots.txt", &[]).await.status,
        500
    );
    // …while its pages do exist.
    assert_eq!(
        get(bad.addr, &bad.host, "/xxgk/ndbg/index.html", &[])
            .await
            .status,
        200
    );
    let hh = site(&web, "huaihua");
    assert_eq!(get(hh.addr, &hh.host, "/robots.txt", &[]).await.status, 404);
    let jx = site(&web, "jiangxi");
    assert!(get(jx.addr, &jx.host, "/robots.txt", &[])
        .await
        .text()
        .contains("Allow: /"));
    let e = web.expected();
    assert!(e
        .disallowed_prefixes
        .contains(&(mee.host.clone(), "/search/".to_string())));
    assert_eq!(e.robots_500_hosts, vec![bad.host.clone()]);
    assert!(e
        .off_scope_hosts
        .contains(&"www.wenku-essay.com.test".to_string()));
    // The search trap never ends.
    let r = get(mee.addr, &mee.host, "/search/?q=x&page=41", &[]).await;
    assert!(r.text().contains("page=42"));
}

#[tokio::test]
async fn gbk_pages_and_their_declarations() {
    let web = web().await;
    let hn = site(&web, "hunan");
    let e = web.expected();
    let report = |year: i32| {
        e.reports
            .iter()
            .find(|d| d.site_key == "hunan" && d.year == year)
            .unwrap()
            .clone()
    };
    // Declared in the header.
    let d = report(2021);
    let r = get(hn.addr, &hn.host, &target_of(&d.url), &[]).await;
    assert_eq!(r.header("content-type"), Some("text/html; charset=GBK"));
    assert!(
        std::str::from_utf8(&r.body).is_err(),
        "GBK bytes are not UTF-8"
    );
    let (text, _, bad) = encoding_rs::GBK.decode(&r.body);
    assert!(!bad);
    assert!(text.contains(&d.title));
    assert!(text.contains("三、本年度办理结果"));
    // Stale UTF-8 meta contradicted by the header: the header is right.
    let d = report(2019);
    let r = get(hn.addr, &hn.host, &target_of(&d.url), &[]).await;
    assert_eq!(r.header("content-type"), Some("text/html; charset=gbk"));
    assert!(r.body.windows(22).any(|w| w == b"<meta charset=\"utf-8\">"));
    assert!(std::str::from_utf8(&r.body).is_err());
    assert!(encoding_rs::GBK
        .decode(&r.body)
        .0
        .contains("湖南省生态环境厅2019年政府信息公开工作年度报告"));
    // Undeclared.
    let d = report(2014);
    let r = get(hn.addr, &hn.host, &target_of(&d.url), &[]).await;
    assert_eq!(r.header("content-type"), Some("text/html"));
    let (text, _, _) = encoding_rs::GBK.decode(&r.body);
    assert!(!text.to_ascii_lowercase().contains("charset"));
    assert!(text.contains("湖南省环境保护厅2014年"));
    // Meta-only gb2312, on the second list page; VSB pager links.
    let r = get(hn.addr, &hn.host, "/info/1234/1.htm", &[]).await;
    assert_eq!(r.header("content-type"), Some("text/html"));
    let (text, _, _) = encoding_rs::GBK.decode(&r.body);
    assert!(text.contains("charset=gb2312"));
    assert!(text.contains(">下页</a>"));
    let first = encoding_rs::GBK
        .decode(
            &get(hn.addr, &hn.host, "/info/1234/index.htm", &[])
                .await
                .body,
        )
        .0
        .into_owned();
    assert!(first.contains("<a href=\"1.htm\" class=\"Next\">下页</a>"));
    assert!(first.contains(">尾页</a>"));
    // No ETag on this platform; Last-Modified only.
    assert!(r.header("etag").is_none());
    assert!(r.header("last-modified").is_some());
}

#[tokio::test]
async fn waf_answers_429_above_the_rate_and_200_below() {
    let web = web().await;
    let jx = site(&web, "jiangxi");
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let r = get(jx.addr, &jx.host, "/", &[]).await;
        if r.status == 429 {
            assert_eq!(r.header("retry-after"), Some("1"));
        }
        statuses.push(r.status);
    }
    assert_eq!(&statuses[..4], &[200, 200, 200, 200]);
    assert!(statuses[4..].iter().all(|s| *s == 429), "{statuses:?}");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    // Below the rate: always 200.
    for _ in 0..4 {
        assert_eq!(get(jx.addr, &jx.host, "/", &[]).await.status, 200);
        tokio::time::sleep(Duration::from_millis(260)).await;
    }
}

#[tokio::test]
async fn flaky_reports_503_then_200() {
    let web = web().await;
    let jx = site(&web, "jiangxi");
    let e = web.expected();
    let d = e
        .reports
        .iter()
        .find(|d| d.site_key == "jiangxi" && d.year == 2020)
        .unwrap();
    let t = target_of(&d.url);
    let r = get(jx.addr, &jx.host, &t, &[]).await;
    assert_eq!(r.status, 503);
    assert_eq!(r.header("retry-after"), Some("1"));
    let r = get(jx.addr, &jx.host, &t, &[]).await;
    assert_eq!(r.status, 200);
    assert!(r
        .text()
        .contains("江西省生态环境厅2020年政府信息公开工作年度报告"));
    // The challenge and the 403.
    let r = get(jx.addr, &jx.host, "/waf/challenge.html", &[]).await;
    assert_eq!(r.status, 412);
    assert!(r.text().contains("$_ts"));
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(
        get(jx.addr, &jx.host, "/forbidden.html", &[]).await.status,
        403
    );
}

#[tokio::test]
async fn conditional_requests_give_304() {
    let web = web().await;
    let mee = site(&web, "mee");
    let e = web.expected();
    let d = e
        .reports
        .iter()
        .find(|d| d.site_key == "mee" && d.year == 2021)
        .unwrap();
    let t = target_of(&d.url);
    let r = get(mee.addr, &mee.host, &t, &[]).await;
    assert_eq!(r.status, 200);
    let etag = r.header("etag").unwrap().to_string();
    let lm = r.header("last-modified").unwrap().to_string();
    let r2 = get(mee.addr, &mee.host, &t, &[("If-None-Match", &etag)]).await;
    assert_eq!(r2.status, 304);
    assert!(r2.body.is_empty());
    assert_eq!(r2.header("etag"), Some(etag.as_str()));
    assert_eq!(
        get(mee.addr, &mee.host, &t, &[("If-Modified-Since", &lm)])
            .await
            .status,
        304
    );
    assert_eq!(
        get(mee.addr, &mee.host, &t, &[("If-None-Match", "\"nope\"")])
            .await
            .status,
        200
    );
    // Last-Modified only (VSB): If-Modified-Since works.
    let hn = site(&web, "hunan");
    let r = get(hn.addr, &hn.host, "/info/1234/index.htm", &[]).await;
    let lm = r.header("last-modified").unwrap().to_string();
    assert_eq!(
        get(
            hn.addr,
            &hn.host,
            "/info/1234/index.htm",
            &[("If-Modified-Since", &lm)]
        )
        .await
        .status,
        304
    );
    let log = web.requests();
    let rec = log
        .iter()
        .find(|r| r.if_none_match.as_deref() == Some(etag.as_str()))
        .unwrap();
    assert_eq!(rec.status, 304);
    assert_eq!(rec.local_addr, mee.addr);
    assert_eq!(rec.host, format!("{}:{}", mee.host, mee.addr.port()));
    assert_eq!(rec.user_agent.as_deref(), Some("nianbao-test/0.1"));
}

#[tokio::test]
async fn add_and_change_report_show_in_lists_and_etags() {
    let web = web().await;
    let zj = site(&web, "zj");
    let list = "/col/col1229123/index.html";
    let before = get(zj.addr, &zj.host, list, &[]).await;
    let url = web.add_report("zj", 2024);
    assert!(url.starts_with(&format!(
        "http://sthjt.zj.gov.cn.test:{}/art/2025/1/21/art_1229123_",
        zj.addr.port()
    )));
    let after = get(zj.addr, &zj.host, list, &[]).await;
    assert_ne!(before.header("etag"), after.header("etag"));
    let path = target_of(&url);
    let text = after.text();
    let rec = text.find("<record>").unwrap();
    assert!(
        text[rec..].starts_with(&format!("<record><![CDATA[\n<li><a href=\"{path}\"")),
        "new report is the first record"
    );
    // The old ETag now misses.
    let r = get(
        zj.addr,
        &zj.host,
        list,
        &[("If-None-Match", before.header("etag").unwrap())],
    )
    .await;
    assert_eq!(r.status, 200);
    let page = get(zj.addr, &zj.host, &path, &[]).await;
    assert!(page
        .text()
        .contains("浙江省生态环境厅2024年政府信息公开工作年度报告"));
    assert!(web
        .expected()
        .reports
        .iter()
        .any(|d| d.url == url && d.year == 2024));
    // A correction changes body and ETag.
    web.change_report(&url);
    let page2 = get(zj.addr, &zj.host, &path, &[]).await;
    assert_ne!(page.header("etag"), page2.header("etag"));
    assert!(page2.text().contains("更正说明"));
    let r = get(
        zj.addr,
        &zj.host,
        &path,
        &[("If-None-Match", page.header("etag").unwrap())],
    )
    .await;
    assert_eq!(r.status, 200);
    // Same for an existing, GBK, Last-Modified-only report.
    let hn = site(&web, "hunan");
    let d = web
        .expected()
        .reports
        .into_iter()
        .find(|d| d.site_key == "hunan" && d.year == 2022)
        .unwrap();
    let r1 = get(hn.addr, &hn.host, &target_of(&d.url), &[]).await;
    web.change_report(&d.url);
    let lm = r1.header("last-modified").unwrap();
    let r2 = get(
        hn.addr,
        &hn.host,
        &target_of(&d.url),
        &[("If-Modified-Since", lm)],
    )
    .await;
    assert_eq!(r2.status, 200);
    assert!(encoding_rs::GBK.decode(&r2.body).0.contains("更正说明"));
}

#[tokio::test]
async fn every_expected_url_answers_200() {
    let web = web().await;
    let e = web.expected();
    // Per site: reports from 2008 on; the bad and essay hosts excluded.
    for key in ["mee", "zj", "hunan", "county", "jiangxi", "huaihua"] {
        assert!(e.reports.iter().any(|d| d.site_key == key), "{key}");
    }
    assert!(!e
        .reports
        .iter()
        .any(|d| d.site_key == "bad" || d.site_key == "essay"));
    assert_eq!(
        e.reports.iter().filter(|d| d.site_key == "huaihua").count(),
        16
    );
    assert_eq!(e.reports.iter().filter(|d| d.site_key == "mee").count(), 16);
    assert!(e
        .reports
        .iter()
        .any(|d| d.site_key == "county" && !d.environmental && d.agency == "洪江市教育局"));
    assert!(e
        .reports
        .iter()
        .all(|d| d.title.ends_with("年政府信息公开工作年度报告")));
    let years: Vec<i32> = e.reports.iter().map(|d| d.year).collect();
    assert_eq!(years.iter().min(), Some(&2008));
    assert_eq!(years.iter().max(), Some(&2023));
    assert!(e.attachments.len() >= 10);
    for d in e.reports.iter().chain(e.attachments.iter()) {
        let s = site_of_url(&web, &d.url);
        let t = target_of(&d.url);
        let mut tries = 0;
        let r = loop {
            let r = get(s.addr, &s.host, &t, &[]).await;
            if (r.status == 429 || r.status == 503) && tries < 10 {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(1100)).await;
                continue;
            }
            break r;
        };
        assert_eq!(r.status, 200, "{}", d.url);
        let ct = r.header("content-type").unwrap_or("");
        if ct.starts_with("text/html") {
            let text = if s.key == "hunan" {
                encoding_rs::GBK.decode(&r.body).0.into_owned()
            } else {
                r.text()
            };
            assert!(text.contains(&d.title), "{}", d.url);
        } else if t.contains(".pdf") {
            assert!(r.body.starts_with(b"%PDF-"), "{}", d.url);
        } else if t.ends_with(".doc") {
            assert!(r.body.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]));
        } else {
            assert!(r.body.starts_with(b"PK\x03\x04"), "{} {ct}", d.url);
        }
    }
    // The county's moved report: listed under its old URL, which 301s to
    // the expected one.
    let county = site(&web, "county");
    let r = get(county.addr, &county.host, "/xxgk/2020/nb2019.html", &[]).await;
    assert_eq!(r.status, 301);
    let loc = r.header("location").unwrap().to_string();
    assert!(e.reports.iter().any(|d| d.url
        == format!("http://{}:{}{loc}", county.host, county.addr.port())
        && d.year == 2019));
}

#[tokio::test]
async fn county_traps_and_redirect_loop() {
    let web = web().await;
    let c = site(&web, "county");
    let r = get(c.addr, &c.host, "/old/index.html", &[]).await;
    assert_eq!((r.status, r.header("location")), (302, Some("/old2/")));
    let r = get(c.addr, &c.host, "/old2/", &[]).await;
    assert_eq!(
        (r.status, r.header("location")),
        (302, Some("/old/index.html"))
    );
    // Session ids differ on every response; the server ignores them.
    let a = get(c.addr, &c.host, "/index.html", &[]).await.text();
    let b = get(c.addr, &c.host, "/index.html", &[]).await.text();
    let sid = |s: &str| s[s.find(";jsessionid=").unwrap()..][..44].to_string();
    assert_ne!(sid(&a), sid(&b));
    let with_sid = get(
        c.addr,
        &c.host,
        &format!("/23181/23195/index.html{}", sid(&a)),
        &[],
    )
    .await;
    assert_eq!(with_sid.status, 200);
    assert!(with_sid.text().contains("政府信息公开年报"));
    // The calendar goes on forever.
    let r = get(c.addr, &c.host, "/calendar?date=2099-12-31", &[]).await;
    assert!(r.text().contains("/calendar?date=2100-01-01"));
    // The repost link points off scope.
    let e = web.expected();
    let d = e
        .reports
        .iter()
        .find(|d| d.site_key == "county" && d.year == 2021 && d.environmental)
        .unwrap();
    let r = get(c.addr, &c.host, &target_of(&d.url), &[]).await;
    let essay = site(&web, "essay");
    assert!(r.text().contains(&format!(
        "http://www.wenku-essay.com.test:{}/p/8812.html",
        essay.addr.port()
    )));
    assert!(r.text().contains("?print=1"));
    let print = get(
        c.addr,
        &c.host,
        &format!("{}?print=1", target_of(&d.url)),
        &[],
    )
    .await;
    assert!(print.text().contains("window.print()"));
}

#[tokio::test]
async fn gzip_bodies_decompress_to_the_same_html() {
    let web = web().await;
    let mee = site(&web, "mee");
    let plain = get(mee.addr, &mee.host, "/zwgk/xxgk/ndbg/index.html", &[]).await;
    assert!(plain.header("content-encoding").is_none());
    let gz = get(
        mee.addr,
        &mee.host,
        "/zwgk/xxgk/ndbg/index.html",
        &[("Accept-Encoding", "gzip, deflate")],
    )
    .await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert!(gz.body.len() < plain.body.len());
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz.body[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, plain.body);
    assert_eq!(gz.header("etag"), plain.header("etag"));
    let rec = web
        .requests()
        .into_iter()
        .find(|r| r.accept_encoding.is_some())
        .unwrap();
    assert_eq!(rec.body_bytes, gz.body.len());
}

#[tokio::test]
async fn trs_pagination_is_only_in_javascript() {
    let web = web().await;
    let mee = site(&web, "mee");
    let first = get(mee.addr, &mee.host, "/zwgk/xxgk/ndbg/index.html", &[])
        .await
        .text();
    let pos = first.find("createPageHTML(").unwrap();
    let n: usize = first[pos + 15..]
        .split(',')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(n >= 3);
    assert!(first[pos..].starts_with(&format!("createPageHTML({n}, 0, \"index\", \"html\")")));
    assert!(!first.contains("index_1.html"));
    let last = get(
        mee.addr,
        &mee.host,
        &format!("/zwgk/xxgk/ndbg/index_{}.html", n - 1),
        &[],
    )
    .await;
    assert_eq!(last.status, 200);
    assert!(last.text().contains("年政府信息公开工作年度报告"));
    assert_eq!(
        get(
            mee.addr,
            &mee.host,
            &format!("/zwgk/xxgk/ndbg/index_{n}.html"),
            &[]
        )
        .await
        .status,
        404
    );
    assert!(first.contains("<meta name=\"SiteName\""));
    let d = web
        .expected()
        .reports
        .into_iter()
        .find(|d| d.site_key == "mee" && d.year == 2021)
        .unwrap();
    assert!(d.url.contains("/zwgk/xxgk/ndbg/202201/t202201"));
    let page = get(mee.addr, &mee.host, &target_of(&d.url), &[])
        .await
        .text();
    assert!(page.contains(&format!(
        "<meta name=\"ArticleTitle\" content=\"{}\">",
        d.title
    )));
    assert!(page.contains("<meta name=\"PubDate\""));
    assert!(page.contains("href=\"./W0"));
    // gb2021 table markup.
    assert!(page.contains("本年制发件数"));
    assert!(page.contains("rowspan=\"3\">（六）其他处理</td>"));
    assert!(page.contains("（七）总计"));
    let old = web
        .expected()
        .reports
        .into_iter()
        .find(|d| d.site_key == "mee" && d.year == 2012)
        .unwrap();
    let text = get(mee.addr, &mee.host, &target_of(&old.url), &[])
        .await
        .text();
    assert!(text.contains("环境保护部2012年政府信息公开工作年度报告"));
    assert!(text.contains("主动公开政府信息"));
}

#[tokio::test]
async fn jcms_datastore_and_proxy() {
    let web = web().await;
    let zj = site(&web, "zj");
    let p1 = get(zj.addr, &zj.host, "/col/col1229123/index.html", &[])
        .await
        .text();
    assert!(p1.contains("<script type=\"text/xml\"><datastore>"));
    assert!(p1.contains("<totalrecord>23</totalrecord><perpage>10</perpage>"));
    assert_eq!(p1.matches("<record>").count(), 10);
    let p3 = get(
        zj.addr,
        &zj.host,
        "/col/col1229123/index.html?uid=4892867&pageNum=3",
        &[],
    )
    .await
    .text();
    assert_eq!(p3.matches("<record>").count(), 3);
    assert_eq!(
        get(
            zj.addr,
            &zj.host,
            "/col/col1229123/index.html?uid=4892867&pageNum=4",
            &[]
        )
        .await
        .status,
        404
    );
    let proxy = request(
        zj.addr,
        &zj.host,
        "POST",
        "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15&columnid=1229123&unitid=4892867",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"col=1&webid=2&path=/",
    )
    .await;
    assert_eq!(proxy.status, 200);
    assert_eq!(proxy.text().matches("<record>").count(), 23);
    // Every expected zj report URL has the unpadded jcms shape.
    for d in web.expected().reports.iter().filter(|d| d.site_key == "zj") {
        let t = target_of(&d.url);
        assert!(t.starts_with("/art/") && t.contains("/art_1229123_"), "{t}");
        assert!(!t.contains("/01/"), "{t}");
    }
}

#[tokio::test]
async fn huaihua_base_href_and_seed_style_report() {
    let web = web().await;
    let hh = site(&web, "huaihua");
    let e = web.expected();
    let d = e
        .reports
        .iter()
        .find(|d| d.site_key == "huaihua" && d.year == 2021)
        .unwrap();
    let page = get(hh.addr, &hh.host, &target_of(&d.url), &[]).await.text();
    let base = format!(
        "<base href=\"http://{}:{}/uploadfiles/2022/01/\">",
        hh.host,
        hh.addr.port()
    );
    assert!(page.contains(&base), "{page}");
    assert!(page.contains("href=\"nb2021.pdf\""));
    assert!(e
        .attachments
        .iter()
        .any(|a| a.url.ends_with("/uploadfiles/2022/01/nb2021.pdf")));
    let d = e
        .reports
        .iter()
        .find(|d| d.site_key == "huaihua" && d.year == 2017)
        .unwrap();
    assert_eq!(d.title, "怀化市环境保护局2017年政府信息公开工作年度报告");
    let page = get(hh.addr, &hh.host, &target_of(&d.url), &[]).await.text();
    assert!(page.contains("公开各类政务信息818条"));
    assert!(page.contains("2018-03-02"));
    let l2 = get(hh.addr, &hh.host, "/zfxxgk/ndbg/index.html?pageNo=2", &[])
        .await
        .text();
    assert!(l2.contains("?pageNo=3\">下一页</a>"));
    assert!(l2.contains("?pageNo=1\">上一页</a>"));
}

#[tokio::test]
async fn slow_trickle_and_oversized_pages() {
    let opts = Options {
        slow_page_delay: Duration::from_millis(400),
        oversized_page_bytes: 200_000,
        waf_max_requests_per_sec: 100,
        ..Options::default()
    };
    let web = FixtureWeb::start(opts).await.unwrap();
    let jx = site(&web, "jiangxi");
    let t0 = Instant::now();
    let r = get(jx.addr, &jx.host, "/slow.html", &[]).await;
    assert_eq!(r.status, 200);
    assert!(t0.elapsed() >= Duration::from_millis(400));
    let rec = web
        .requests()
        .into_iter()
        .find(|r| r.target == "/slow.html")
        .unwrap();
    assert_eq!(rec.status, 200);
    let big = get(jx.addr, &jx.host, "/big.html", &[]).await;
    assert!(
        big.body.len() >= 199_000 && big.body.len() <= 200_300,
        "{}",
        big.body.len()
    );
    // Trickle: headers come at once, then about 5 bytes a second.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(jx.addr).await.unwrap();
    s.write_all(format!("GET /trickle.html HTTP/1.1\r\nHost: {}\r\n\r\n", jx.host).as_bytes())
        .await
        .unwrap();
    let mut got = Vec::new();
    let deadline = Instant::now() + Duration::from_millis(1000);
    let mut buf = [0u8; 4096];
    while Instant::now() < deadline {
        if let Ok(Ok(n)) = tokio::time::timeout(Duration::from_millis(100), s.read(&mut buf)).await
        {
            if n == 0 {
                break;
            }
            got.extend_from_slice(&buf[..n]);
        }
    }
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 200"));
    let body = &text[text.find("\r\n\r\n").unwrap() + 4..];
    assert!(body.len() < 80, "trickled {} bytes in a second", body.len());
    web.shutdown().await;
    // After shutdown nothing answers.
    assert!(tokio::net::TcpStream::connect(jx.addr).await.is_err());
}

#[tokio::test]
async fn large_site_is_generated_on_request() {
    let opts = Options {
        large_site_pages: Some(2_000),
        first_octet: 40,
        ..Options::default()
    };
    let web = FixtureWeb::start(opts).await.unwrap();
    let big = site(&web, "large");
    assert!(!big.is_seed);
    assert_eq!(big.addr.ip(), IpAddr::from([127, 0, 0, 48]));
    assert!(!web.seeds_csv().contains("big.gov.cn.test"));
    let l = get(big.addr, &big.host, "/list/3.html", &[]).await.text();
    assert_eq!(l.matches("<li><a href=\"/a/").count(), 50);
    let a = get(big.addr, &big.host, "/a/160.html", &[]).await;
    assert!((7_000..=17_000).contains(&a.body.len()), "{}", a.body.len());
    let rep = get(big.addr, &big.host, "/a/167.html", &[]).await.text();
    assert!(rep.contains("年政府信息公开工作年度报告"));
    assert!(rep.contains("（七）总计") || rep.contains("主动公开政府信息"));
    assert_eq!(
        get(big.addr, &big.host, "/robots.txt", &[]).await.status,
        404
    );
    assert_eq!(
        get(big.addr, &big.host, "/a/999999.html", &[]).await.status,
        404
    );
}

#[tokio::test]
async fn odd_requests_do_not_break_the_server() {
    let web = web().await;
    for s in web.sites() {
        for t in [
            "/%ff%fe",
            "/..%2f..%2fetc/passwd",
            "/col/col1229123/index.html?pageNum=abc",
            "/calendar?date=9999-99-99",
            "/info/1234/999999999999999999999.htm",
            "/zfxxgk/ndbg/index.html?pageNo=-1",
        ] {
            let r = get(s.addr, &s.host, t, &[]).await;
            assert!(
                r.status < 500 || s.key == "bad" || r.status == 503,
                "{} {t} {}",
                s.key,
                r.status
            );
        }
        // A HEAD answers without a body.
        let r = request(s.addr, &s.host, "HEAD", "/", &[], b"").await;
        assert!(r.body.is_empty());
        if s.key == "jiangxi" {
            tokio::time::sleep(Duration::from_millis(1100)).await;
        }
    }
}
