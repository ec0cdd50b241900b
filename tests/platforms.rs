//! Lists behind scripts (issue 11): a gkmlpt catalogue on a city portal, whose
//! lists are JSON API answers, and a Hanweb column whose old records only a `POST`
//! to the jpage data proxy lists. Completeness read off the archive, politeness
//! (scope, robots.txt on the API paths, the ceiling for GET and POST together)
//! off the fixture's request log, and the per-mechanism counts off `status`.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::time::Duration;

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::{Options, PlatformsInfo};

/// Low enough that the ceiling is tested, high enough for a quick test.
const PLATFORM_RATE: f64 = 8.0;
const PROXY: &str = "/module/web/jpage/dataproxy.jsp";

async fn platform_setup(first_octet: u8) -> (Setup, PlatformsInfo) {
    let s = Setup::with_options(
        Options {
            first_octet,
            platforms: true,
            ..Options::default()
        },
        PLATFORM_RATE,
        "",
    )
    .await;
    let info = s.web.platforms().expect("the platform sites are served");
    std::fs::write(s.dir.path().join("seeds.csv"), &info.seeds_csv).unwrap();
    (s, info)
}

/// Per site (host + scope): its `status` line of mechanisms, and the counts.
fn mechanisms(s: &Setup) -> Vec<(String, std::collections::BTreeMap<String, i64>)> {
    s.store()
        .site_status()
        .unwrap()
        .into_iter()
        .map(|x| (format!("{}{}", x.host, x.scope), x.reports_by_mechanism))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crawl_archives_reports_behind_scripts_politely_and_a_second_crawl_is_cheap() {
    let (s, info) = platform_setup(180).await;
    let first = s.run(RunKind::Crawl, None).await;
    println!("first crawl:\n{}", first.render());
    let store = s.store();
    let ok = archived_ok(&store);
    let missing: Vec<_> = info
        .reports
        .iter()
        .filter(|(u, _)| !ok.contains(u))
        .collect();
    assert!(missing.is_empty(), "not archived: {missing:#?}");
    assert_eq!(info.reports.len(), 34, "17 years on each site");

    let log = s.web.requests();
    let (gk_host, jp_host) = (&info.hosts[0], &info.hosts[1]);
    // Scope: the portal is crawled only under the department's prefix (its robots.txt aside).
    let outside: Vec<_> = log
        .iter()
        .filter(|r| &host_of(&r.host) == gk_host)
        .filter(|r| r.target != "/robots.txt" && !r.target.starts_with(&info.gkmlpt_scope))
        .collect();
    assert!(outside.is_empty(), "requests outside /sthjj/: {outside:#?}");
    let known: BTreeSet<&String> = info.hosts.iter().collect();
    assert!(
        log.iter().all(|r| known.contains(&host_of(&r.host))),
        "a request to a host that was not seeded"
    );
    // robots.txt: once per host, and its rule on an API path is honoured.
    assert_robots_once_and_obeyed(&log, &info.hosts, &info.disallowed);
    let blocked = query_i64(
        &store,
        "SELECT count(*) FROM failures WHERE kind = 'robots' AND url LIKE '%/gkmlpt/api/all/6?%'",
    );
    assert_eq!(
        blocked, 1,
        "the closed column's API is recorded as robots-blocked"
    );
    // The API was paged to its end: 17 reports, five a page (the answers do not
    // say their page size, so the short fourth page costs one empty fifth).
    let api_pages: BTreeSet<&str> = log
        .iter()
        .filter(|r| r.target.starts_with("/sthjj/gkmlpt/api/all/"))
        .map(|r| r.target.as_str())
        .collect();
    assert_eq!(api_pages.len(), 5, "{api_pages:#?}");
    assert!(api_pages
        .iter()
        .all(|t| t.starts_with("/sthjj/gkmlpt/api/all/4?")));
    // Only the jpage list queries are POSTed, the proxy is never asked with a GET,
    // and every POST carried the column's form.
    let posts: Vec<_> = log.iter().filter(|r| r.method == "POST").collect();
    assert!(posts.len() >= 2, "{posts:#?}");
    assert!(posts.iter().all(|r| &host_of(&r.host) == jp_host
        && r.target.starts_with(&format!("{PROXY}?startrecord="))
        && r.status == 200));
    assert!(!log
        .iter()
        .any(|r| r.method == "GET" && r.target.starts_with(PROXY)));
    // The ceiling holds in every 1-second window, GET and POST together.
    for host in &info.hosts {
        let worst = max_per_window(&log, host, Duration::from_secs(1));
        assert!(
            worst <= PLATFORM_RATE as usize,
            "{host}: {worst} requests in one second"
        );
    }
    // The archive keeps what was asked: the POST's method and form, its XML answer a list page.
    let posted = query_i64(
        &store,
        "SELECT count(*) FROM captures WHERE method = 'POST' AND role = 'list' AND status = 200
           AND CAST(request_body AS TEXT) LIKE '%columnid=83941%' AND content_type LIKE 'text/xml%'",
    );
    assert_eq!(posted, posts.len() as i64);
    // Every API answer is archived as a list page.
    assert_eq!(
        query_i64(
            &store,
            "SELECT count(*) FROM captures WHERE role = 'list' AND content_type LIKE 'application/json%'"
        ),
        api_pages.len() as i64
    );

    // status: which mechanism found each site's reports.
    let by_site = mechanisms(&s);
    for (site, m) in &by_site {
        println!(
            "status found by, {site}: {}",
            nianbao::status::mechanisms_line(m)
        );
    }
    let gk = &by_site
        .iter()
        .find(|(k, _)| k.starts_with(gk_host.as_str()))
        .unwrap()
        .1;
    assert_eq!(gk.get("gkmlpt"), Some(&17), "{gk:?}");
    let jp = &by_site
        .iter()
        .find(|(k, _)| k.starts_with(jp_host.as_str()))
        .unwrap()
        .1;
    let via_post = jp.get("jpage_post").copied().unwrap_or(0);
    assert!(via_post >= info.post_only.len() as i64, "{jp:?}");
    assert_eq!(
        via_post + jp.get("datastore").copied().unwrap_or(0),
        17,
        "{jp:?}"
    );
    let rendered = nianbao::status::render(&store).unwrap();
    assert!(rendered.contains("found by: gkmlpt 17"), "{rendered}");
    assert!(rendered.contains("jpage POST"), "{rendered}");

    // The WARC request record of a POST carries its method and form body.
    let out = run_nianbao(
        s.dir.path(),
        &[
            "export",
            "--db",
            s.db().to_str().unwrap(),
            "--format",
            "warc",
            "--out",
            "a.warc.gz",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut warc = String::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(s.dir.path().join("a.warc.gz")).unwrap())
        .read_to_string(&mut warc)
        .unwrap();
    let at = warc
        .find(&format!("POST {PROXY}?startrecord="))
        .expect("a POST request record");
    let record = &warc[at..at + warc[at..].find("WARC/1.1").unwrap_or(warc.len() - at)];
    assert!(
        record.contains("Content-Type: application/x-www-form-urlencoded")
            && record.contains("\r\n\r\ncol=1&appid=1&webid=16&path=%2F&columnid=83941"),
        "{record}"
    );

    // A second crawl: conditional requests, or the first page of a POST list.
    s.web.clear_requests();
    let second = s.run(RunKind::Crawl, None).await;
    println!("second crawl:\n{}", second.render());
    let log = s.web.requests();
    let costly: Vec<_> = log
        .iter()
        .filter(|r| r.if_none_match.is_none() && r.if_modified_since.is_none())
        .filter(|r| r.target != "/robots.txt")
        .filter(|r| {
            !(r.method == "POST" && r.target.starts_with(&format!("{PROXY}?startrecord=5&")))
        })
        .collect();
    assert!(costly.is_empty(), "unconditional requests: {costly:#?}");
    assert!(log.iter().filter(|r| r.method == "POST").count() <= 1);
    assert!(second.total(|x| x.not_modified) > 0, "{}", second.render());
    assert!(log.len() < 40, "{} requests on the second crawl", log.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backfill_of_old_years_reaches_what_only_the_post_pages_list() {
    let (s, info) = platform_setup(200).await;
    let summary = s.run(RunKind::Backfill, Some((2008, 2012))).await;
    println!("backfill --years 2008..2012:\n{}", summary.render());
    let store = s.store();
    let ok = archived_ok(&store);
    let want: Vec<&(String, i32)> = info
        .reports
        .iter()
        .filter(|(_, y)| (2008..=2012).contains(y))
        .collect();
    assert_eq!(want.len(), 10);
    let missing: Vec<_> = want.iter().filter(|(u, _)| !ok.contains(u)).collect();
    assert!(missing.is_empty(), "not archived: {missing:#?}");
    // The old Hanweb years are exactly those only a POST lists.
    let old_post_only: Vec<_> = info
        .post_only
        .iter()
        .filter(|(_, y)| (2008..=2012).contains(y))
        .collect();
    assert_eq!(old_post_only.len(), 5);
    let newer: Vec<_> = info
        .reports
        .iter()
        .filter(|(u, y)| *y > 2013 && ok.contains(u))
        .collect();
    assert!(
        newer.is_empty(),
        "reports outside --years archived: {newer:#?}"
    );
    let log = s.web.requests();
    for host in &info.hosts {
        let worst = max_per_window(&log, host, Duration::from_secs(1));
        assert!(
            worst <= PLATFORM_RATE as usize,
            "{host}: {worst} in one second"
        );
    }
    let by_site = mechanisms(&s);
    for (site, m) in &by_site {
        println!(
            "status found by, {site}: {}",
            nianbao::status::mechanisms_line(m)
        );
    }
    let jp = &by_site
        .iter()
        .find(|(k, _)| k.starts_with(info.hosts[1].as_str()))
        .unwrap()
        .1;
    assert_eq!(jp.get("jpage_post"), Some(&5), "{jp:?}");
}
