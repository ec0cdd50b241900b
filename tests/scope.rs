//! Path-scoped seeds against the fixture city portal: two bureau columns on one
//! host, beside other departments' columns that also publish annual reports.
//! Scope and politeness are read off the server's request log, completeness off
//! the archive.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::{Options, RequestRecord};

const PORTAL_RATE: f64 = 8.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn column_seeds_stay_in_their_columns_and_share_the_hosts_politeness() {
    let s = Setup::with_options(
        Options {
            first_octet: 120,
            city_portal: true,
            ..Options::default()
        },
        PORTAL_RATE,
        "",
    )
    .await;
    let portal = s.web.portal().expect("the portal is served");
    std::fs::write(s.dir.path().join("seeds.csv"), &portal.seeds_csv).unwrap();

    let summary = s.run(RunKind::Crawl, None).await;
    println!("{}", summary.render());
    let log = s.web.requests();
    let store = s.store();

    // Two sites on one host, each named by its column.
    let labels: Vec<String> = summary.sites.iter().map(|x| x.label()).collect();
    let want: Vec<String> = portal
        .scopes
        .iter()
        .map(|p| format!("{}{p}", portal.host))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(labels, want);
    assert_eq!(
        query_i64(
            &store,
            &format!(
                "SELECT count(*) FROM sites WHERE host = '{}' AND scope IN ('/sthjj/', '/ycfj/')",
                portal.host
            )
        ),
        2
    );

    // Scope: nothing outside the columns but robots.txt and the attachments their
    // reports link (the portal's shared upload folder).
    let attachment_paths: BTreeSet<String> = portal
        .attachments
        .iter()
        .map(|u| url::Url::parse(u).unwrap().path().to_string())
        .collect();
    let mine: Vec<_> = log
        .iter()
        .filter(|r| host_of(&r.host) == portal.host)
        .collect();
    assert!(mine.len() > 20, "{} requests", mine.len());
    let strays = |log: &[RequestRecord]| -> Vec<String> {
        log.iter()
            .filter(|r| host_of(&r.host) == portal.host)
            .map(|r| r.target.clone())
            .filter(|t| {
                t != "/robots.txt"
                    && !attachment_paths.contains(t)
                    && !portal.scopes.iter().any(|p| t.starts_with(p.as_str()))
            })
            .collect()
    };
    let out = strays(&log);
    assert!(out.is_empty(), "requests outside the columns: {out:?}");
    assert!(
        !mine
            .iter()
            .any(|r| r.target.starts_with("/jyj/") || r.target.starts_with("/czj/")),
        "another department's column was crawled"
    );

    // Politeness is per host across both seeds: one robots.txt, one rate ceiling.
    let robots = mine.iter().filter(|r| r.target == "/robots.txt").count();
    assert_eq!(robots, 1, "robots.txt fetched {robots} times");
    let worst = max_per_window(&log, &portal.host, Duration::from_secs(1));
    assert!(
        worst <= PORTAL_RATE as usize,
        "{worst} requests to {} in one second",
        portal.host
    );

    // Completeness: every report of both columns, and every attachment they link.
    let ok = archived_ok(&store);
    let missing: Vec<_> = portal
        .reports
        .iter()
        .chain(&portal.attachments)
        .filter(|u| !ok.contains(*u))
        .collect();
    assert!(missing.is_empty(), "not archived: {missing:#?}");
    assert!(portal.reports.len() >= 14 && portal.attachments.len() >= 10);

    // The other departments' reports, linked from every bureau report, are kept as
    // off-scope links, never fetched.
    assert!(
        query_i64(
            &store,
            "SELECT count(*) FROM offscope_links WHERE url LIKE '%/jyj/ndbg/content_%'"
        ) >= 1
    );

    // The nightly pass over the explored columns: still in scope, still one robots.txt.
    s.web.clear_requests();
    let nightly = s.run(RunKind::Crawl, None).await;
    assert!(nightly
        .sites
        .iter()
        .all(|x| x.mode == nianbao::crawl::Mode::Nightly));
    let log = s.web.requests();
    assert!(!log.is_empty());
    let out = strays(&log);
    assert!(
        out.is_empty(),
        "nightly requests outside the columns: {out:?}"
    );
    assert_eq!(log.iter().filter(|r| r.target == "/robots.txt").count(), 1);
}

/// `--max-pages` (like `max_pages_per_host`) is the host's budget: two columns of
/// one portal draw on it together, not each in full.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_cap_is_per_host_across_its_column_seeds() {
    let s = Setup::with_options(
        Options {
            first_octet: 125,
            city_portal: true,
            ..Options::default()
        },
        50.0,
        "",
    )
    .await;
    let portal = s.web.portal().expect("the portal is served");
    std::fs::write(s.dir.path().join("seeds.csv"), &portal.seeds_csv).unwrap();
    let config = s.config.to_str().unwrap();
    let out = run_nianbao(
        s.dir.path(),
        &[
            "--config",
            config,
            "crawl",
            "--no-extract",
            "--max-pages",
            "10",
        ],
    );
    assert!(out.status.success(), "{}", one_line(&out));
    let log = s.web.requests();
    // robots.txt counts against the cap like any fetch.
    let requests = log
        .iter()
        .filter(|r| host_of(&r.host) == portal.host)
        .count();
    assert!(
        (5..=10).contains(&requests),
        "{requests} requests to one host under a cap of 10 (each column alone would take 10)"
    );
}
