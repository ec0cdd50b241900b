//! The crawl against the fixture web: politeness read off the server's request log,
//! completeness read off the archive.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::*;
use nianbao::store::RunKind;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_crawl_archives_every_report_politely_and_survives_the_traps() {
    let s = Setup::new(2).await;
    let summary = s.run(RunKind::Crawl, None).await;
    println!("first crawl:\n{}", summary.render());
    let log = s.web.requests();
    let expected = s.web.expected();
    let store = s.store();
    let cfg = s.cfg();

    // Completeness: every reachable report page and attachment is archived.
    let ok = archived_ok(&store);
    let missing: Vec<_> = expected
        .reports
        .iter()
        .chain(&expected.attachments)
        .filter(|d| !ok.contains(&d.url))
        .map(|d| d.url.clone())
        .collect();
    assert!(
        missing.is_empty(),
        "not archived: {missing:#?}\n{}",
        summary.render()
    );

    // One User-Agent on every request, robots.txt included.
    assert!(
        log.iter()
            .all(|r| r.user_agent.as_deref() == Some(cfg.crawl.user_agent.as_str())),
        "a request without our UA"
    );

    // The rate ceiling holds in every 1-s window, on every host; Crawl-delay 0.2 s holds where asked.
    for (host, n) in requests_by_host(&log) {
        let worst = max_per_window(&log, &host, Duration::from_secs(1));
        assert!(
            worst <= RATE as usize,
            "{host}: {worst} requests in one second ({n} in all)"
        );
    }
    let zj = s.web.sites().into_iter().find(|x| x.key == "zj").unwrap();
    let zj_worst = max_per_window(&log, &zj.host, Duration::from_secs(1));
    assert!(
        zj_worst <= 5,
        "Crawl-delay 0.2 ignored: {zj_worst} in one second"
    );

    // robots.txt: fetched once per host; nothing disallowed requested; a 500 closes the host.
    assert_robots_once_and_obeyed(
        &log,
        requests_by_host(&log).keys(),
        &expected.disallowed_prefixes,
    );
    for host in &expected.robots_500_hosts {
        let other: Vec<_> = log
            .iter()
            .filter(|r| &host_of(&r.host) == host && r.target != "/robots.txt")
            .collect();
        assert!(
            other.is_empty(),
            "{host} answered 500 for robots.txt but was crawled: {other:?}"
        );
    }
    // Scope: off-site links are recorded, never fetched.
    for host in &expected.off_scope_hosts {
        assert!(
            !log.iter().any(|r| &host_of(&r.host) == host),
            "off-scope host {host} requested"
        );
    }
    assert!(query_i64(&store, "SELECT count(*) FROM offscope_links") > 0);

    // Traps are contained: the county portal's session-id and calendar traps stay small.
    let county = s
        .web
        .sites()
        .into_iter()
        .find(|x| x.key == "county")
        .unwrap();
    let county_requests = requests_by_host(&log)
        .get(&county.host)
        .copied()
        .unwrap_or(0);
    assert!(
        county_requests < 150,
        "county portal trap not contained: {county_requests} requests"
    );

    // The WAF: after 429s the host is slowed down, not hammered.
    let jx = s
        .web
        .sites()
        .into_iter()
        .find(|x| x.key == "jiangxi")
        .unwrap();
    let refusals = log
        .iter()
        .filter(|r| host_of(&r.host) == jx.host && r.status == 429)
        .count();
    assert!(
        refusals <= 6,
        "kept hammering a host answering 429: {refusals} refusals"
    );
    let jx_summary = summary.sites.iter().find(|x| x.host == jx.host).unwrap();
    assert!(jx_summary.slowdowns >= 1, "{jx_summary:?}");

    // The challenge page is a failure, not a capture; the oversized page is truncated at the cap.
    assert_eq!(
        query_i64(
            &store,
            "SELECT count(*) FROM captures WHERE final_url LIKE '%/waf/challenge.html'"
        ),
        0
    );
    assert!(query_i64(&store, "SELECT count(*) FROM failures WHERE kind = 'waf'") >= 1);
    assert!(
        query_i64(
            &store,
            "SELECT count(*) FROM captures WHERE truncated = 1 AND bytes <= 1048576"
        ) >= 1
    );
    assert!(
        query_i64(
            &store,
            "SELECT count(*) FROM failures WHERE kind = 'timeout'"
        ) >= 1,
        "the trickle page should time out"
    );
    assert!(
        query_i64(
            &store,
            "SELECT count(*) FROM failures WHERE kind = 'redirect'"
        ) >= 1,
        "the redirect loop should be detected"
    );

    // Charsets: GBK pages are recorded as GBK, including the one whose stale meta says utf-8.
    let hunan = s
        .web
        .sites()
        .into_iter()
        .find(|x| x.key == "hunan")
        .unwrap();
    let gbk = query_i64(&store, &format!("SELECT count(*) FROM captures c JOIN sites s ON s.id=c.site_id WHERE s.host='{}' AND c.charset='GBK'", hunan.host));
    let utf8 = query_i64(&store, &format!("SELECT count(*) FROM captures c JOIN sites s ON s.id=c.site_id WHERE s.host='{}' AND c.charset='UTF-8'", hunan.host));
    assert!(
        gbk >= 5 && utf8 == 0,
        "hunan charsets: {gbk} GBK, {utf8} UTF-8"
    );

    // Bodies are stored as received: gzip bodies keep their encoding and hash.
    let gz = query_i64(
        &store,
        "SELECT count(*) FROM captures WHERE content_encoding = 'gzip' AND decoded_bytes > bytes",
    );
    assert!(gz >= 1, "no gzip capture kept encoded");
    let (sha, status): (String, i64) = {
        let c = rusqlite::Connection::open(store.path()).unwrap();
        c.query_row(
            "SELECT sha256, status FROM captures WHERE content_encoding='gzip' LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    let body = store.body(&sha).unwrap().unwrap();
    assert_eq!(status, 200);
    assert_eq!(&body[..2], &[0x1f, 0x8b], "gzip magic kept");
    use sha2::Digest;
    assert_eq!(hex::encode(sha2::Sha256::digest(&body)), sha);

    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert!(summary.total(|x| x.reports) >= expected.reports.len() as u64 / 2);

    // Extraction over the crawled archive: every environmental report is classified as one, with its year.
    let mut store = store;
    let first = nianbao::extraction::run(&mut store, false).unwrap();
    assert!(first.written > 0);
    let c = rusqlite::Connection::open(store.path()).unwrap();
    for d in expected.reports.iter().filter(|d| d.environmental) {
        let got: Option<(String, Option<i64>)> = c
            .query_row(
                "SELECT e.doc_type, e.report_year FROM extractions e JOIN captures c ON c.id = e.capture_id WHERE c.final_url = ?1 ORDER BY c.id LIMIT 1",
                [&d.url],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok();
        assert_eq!(
            got,
            Some(("annual_report".to_string(), Some(d.year as i64))),
            "{} ({})",
            d.url,
            d.title
        );
    }
    // And nothing else is: list pages, look-alikes and news are not reports.
    let key = |u: &str| nianbao_discover::canon::canonical_key(&url::Url::parse(u).unwrap());
    let reports: BTreeSet<String> = expected.reports.iter().map(|d| key(&d.url)).collect();
    let mut st = c
        .prepare("SELECT c.final_url FROM extractions e JOIN captures c ON c.id = e.capture_id WHERE e.doc_type = 'annual_report' AND c.role != 'attachment'")
        .unwrap();
    let classified: BTreeSet<String> = st
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|r| key(&r.unwrap()))
        .collect();
    let extra: Vec<_> = classified.difference(&reports).collect();
    assert!(
        extra.is_empty(),
        "classified as reports but are not: {extra:#?}"
    );
    // Extraction is idempotent: a second pass writes nothing, --all rewrites nothing that is unchanged.
    assert_eq!(
        nianbao::extraction::run(&mut store, false)
            .unwrap()
            .examined,
        0
    );
    let again = nianbao::extraction::run(&mut store, true).unwrap();
    assert_eq!((again.written, again.unchanged), (0, first.written));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nightly_crawl_fetches_only_what_changed() {
    let s = Setup::new(40).await;
    let first = s.run(RunKind::Crawl, None).await;
    let first_bodies = first.total(|x| x.bodies);

    let new_url = s.web.add_report("huaihua", 2024);
    let changed = s
        .web
        .expected()
        .reports
        .iter()
        .filter(|d| d.site_key == "mee")
        .max_by_key(|d| d.year)
        .unwrap()
        .url
        .clone();
    s.web.change_report(&changed);
    s.web.clear_requests();

    let second = s.run(RunKind::Crawl, None).await;
    println!(
        "first crawl:\n{}\nnightly crawl after one report added and one corrected:\n{}",
        first.render(),
        second.render()
    );
    let store = s.store();
    let ok = archived_ok(&store);
    if !ok.contains(&new_url) {
        let c = rusqlite::Connection::open(store.path()).unwrap();
        let mut st = c.prepare("SELECT u.url, u.role, u.pager_index, u.last_status, (SELECT group_concat(c.run_id || ':' || c.status) FROM captures c WHERE c.url_id=u.id) FROM urls u JOIN sites s ON s.id=u.site_id WHERE s.host LIKE '%huaihua%' ORDER BY u.id").unwrap();
        let rows: Vec<String> = st
            .query_map([], |r| {
                Ok(format!(
                    "{} {} {:?} {:?} {:?}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<String>>(4)?
                ))
            })
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        panic!(
            "the new report {new_url} was not archived\n{}\n{}",
            rows.join("\n"),
            second.render()
        );
    }
    let versions = query_i64(&store, &format!("SELECT count(DISTINCT sha256) FROM captures WHERE final_url = '{changed}' AND status = 200"));
    assert_eq!(
        versions, 2,
        "the corrected report should be archived as a second capture, the first kept"
    );

    let second_bodies = second.total(|x| x.bodies);
    assert!(
        second.total(|x| x.not_modified) > 0,
        "no conditional request answered 304\n{}",
        second.render()
    );
    assert!(
        second_bodies * 4 <= first_bodies,
        "nightly fetched {second_bodies} bodies vs {first_bodies} on the first crawl\n{}",
        second.render()
    );
    let log = s.web.requests();
    let conditional = log
        .iter()
        .filter(|r| r.if_none_match.is_some() || r.if_modified_since.is_some())
        .count();
    assert!(conditional > 0);
    assert!(
        second
            .sites
            .iter()
            .all(|x| x.mode == "nightly" || x.requests <= 1),
        "{}",
        second.render()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backfill_archives_every_report_of_the_years_asked() {
    let s = Setup::new(80).await;
    let summary = s.run(RunKind::Backfill, Some((2019, 2020))).await;
    println!("backfill --years 2019..2020:\n{}", summary.render());
    let store = s.store();
    let ok = archived_ok(&store);
    let want: BTreeSet<_> = s
        .web
        .expected()
        .reports
        .iter()
        .filter(|d| (2019..=2020).contains(&d.year))
        .map(|d| d.url.clone())
        .collect();
    assert!(!want.is_empty());
    let missing: Vec<_> = want.iter().filter(|u| !ok.contains(*u)).collect();
    assert!(
        missing.is_empty(),
        "backfill missed {missing:#?}\n{}",
        summary.render()
    );
    // Reports of other years, named as such in their links, are not fetched.
    let others: Vec<_> = s
        .web
        .expected()
        .reports
        .iter()
        .filter(|d| d.year < 2017)
        .filter(|d| ok.contains(&d.url))
        .map(|d| d.url.clone())
        .collect();
    assert!(
        others.len() <= 2,
        "backfill 2019..2020 fetched older reports: {others:#?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_ceiling_holds_with_several_connections_per_host() {
    let s = Setup::with_options(
        nianbao_fixture::Options {
            first_octet: 60,
            ..Default::default()
        },
        RATE,
        "connections_per_host = 4",
    )
    .await;
    assert_eq!(s.cfg().crawl.connections_per_host, 4);
    let summary = s.run(RunKind::Crawl, None).await;
    let log = s.web.requests();
    for (host, n) in requests_by_host(&log) {
        let worst = max_per_window(&log, &host, Duration::from_secs(1));
        assert!(
            worst <= RATE as usize,
            "{host}: {worst} requests in one second ({n} in all)"
        );
    }
    let ok = archived_ok(&s.store());
    let missing: Vec<_> = s
        .web
        .expected()
        .reports
        .iter()
        .filter(|d| !ok.contains(&d.url))
        .map(|d| d.url.clone())
        .collect();
    assert!(
        missing.is_empty(),
        "not archived: {missing:#?}\n{}",
        summary.render()
    );
    let dups = query_i64(&s.store(), "SELECT count(*) FROM (SELECT url_id FROM captures WHERE url_id IS NOT NULL GROUP BY url_id HAVING count(*) > 1)");
    assert_eq!(dups, 0, "a URL was fetched twice by concurrent connections");
}
