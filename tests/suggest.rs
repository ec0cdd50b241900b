//! The loop that grows the seed list, end to end on the fixture web: crawl the
//! provincial department (the directory site, whose pages link city bureaus on
//! their own hosts, one GBK, and as columns of a city portal, through a block of
//! links, a jump menu and an `onclick`, beside bodies that are not bureaus), run
//! `sites suggest`, check the CSV against the ground truth and the seeds parser,
//! then `crawl --seeds` the suggestions with the real binary and read the fixture
//! servers' request logs: every report archived, nothing fetched outside a
//! scope, robots.txt and the rate ceiling honoured per host across the two
//! column seeds that share the portal's host.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::{Options, RequestRecord};

/// Requests per second per host: the ceiling the request logs are held to.
const RATE: f64 = 8.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suggests_every_linked_bureau_and_nothing_else_then_crawls_them() {
    let s = Setup::with_options(
        Options {
            first_octet: 140,
            bureau_directory: true,
            ..Options::default()
        },
        RATE,
        "",
    )
    .await;
    let dir = s.web.directory().expect("the directory is served");
    let zhanjiang = dir
        .bureaus
        .iter()
        .find(|b| b.name == "湛江市生态环境局")
        .unwrap();
    std::fs::write(s.dir.path().join("seeds.csv"), &dir.seeds_csv).unwrap();
    s.run(RunKind::Crawl, None).await;

    // Evidence is archived: anchor, linking page, block heading; jump-menu and
    // onclick targets are recorded and never fetched.
    let store = s.store();
    assert_eq!(
        query_i64(
            &store,
            &format!("SELECT count(*) FROM offscope_links WHERE url = '{}'
             AND anchor = '湛江市生态环境局' AND block_heading = '友情链接' AND source_url LIKE 'http://sthjt.gd.gov.cn.test:%/'", zhanjiang.url)
        ),
        1
    );
    assert_eq!(
        query_i64(
            &store,
            "SELECT count(*) FROM offscope_links WHERE anchor = '韶关市生态环境局' AND block_heading = '市州生态环境局'"
        ),
        1
    );
    let log = s.web.requests();
    assert!(log
        .iter()
        .all(|r| host_of(&r.host) == "sthjt.gd.gov.cn.test"));
    drop(store);

    let config = s.config.to_str().unwrap();
    let suggest = |more: &[&str]| {
        let mut args = vec!["--config", config, "sites", "suggest"];
        args.extend_from_slice(&["--out", "suggestions.csv"]);
        args.extend_from_slice(more);
        run_nianbao(s.dir.path(), &args)
    };
    let out = suggest(&[]);
    assert!(out.status.success(), "{}", one_line(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("6 suggested site(s)"));
    // An existing file is kept unless --force.
    let again = suggest(&[]);
    assert!(!again.status.success());
    no_panic(&one_line(&again));
    let forced = suggest(&["--force"]);
    assert!(forced.status.success(), "{}", one_line(&forced));

    let bytes = std::fs::read(s.dir.path().join("suggestions.csv")).unwrap();
    println!("{}", String::from_utf8_lossy(&bytes));
    let seeds = nianbao::seeds::parse(&bytes, "suggestions.csv").expect("parses as seeds");
    assert!(seeds.warnings.is_empty(), "{:?}", seeds.warnings);
    let got: BTreeMap<String, _> = seeds.seeds.iter().map(|x| (x.name.clone(), x)).collect();
    let want: Vec<&str> = dir.bureaus.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(
        got.keys().map(String::as_str).collect::<Vec<_>>(),
        {
            let mut w = want.clone();
            w.sort();
            w
        },
        "every bureau, nothing else"
    );
    for b in &dir.bureaus {
        let x = got[&b.name];
        assert_eq!(x.province, b.province, "{}", b.name);
        assert_eq!(x.level.as_str(), b.level, "{}", b.name);
        // The suggested URL is the served loopback site, so it can be crawled.
        assert_eq!(x.host(), b.host, "{}", b.name);
        if b.scope.is_empty() {
            assert_eq!(x.scope, nianbao::seeds::Scope::Host, "{}", b.name);
            assert_eq!(x.url.as_str(), b.url, "{}", b.name);
        } else {
            let column = url::Url::parse(&b.scope).unwrap();
            assert_eq!(x.scope.as_stored(), column.path(), "{}", b.name);
            assert!(b.url.starts_with(x.url.as_str()), "{} at {}", b.name, x.url);
        }
        let evidence = &x.extra["evidence"];
        assert!(
            evidence.contains("on http://sthjt.gd.gov.cn.test:"),
            "{evidence}"
        );
        assert!(x.extra["score"].parse::<f64>().unwrap() > 0.0);
    }
    for other in &dir.others {
        assert!(!got.contains_key(other), "{other}");
    }
    // The old name is in the evidence, the current one is the name.
    let maoming = &got["茂名市生态环境局"].extra["evidence"];
    assert!(
        maoming.contains("«茂名市生态环境局»") && maoming.contains("2 linking pages"),
        "{maoming}"
    );
    assert!(got["云浮市生态环境局"].extra["evidence"].contains("under «市州生态环境局»"));

    // Crawl the suggestions with the real binary, as the README's loop does.
    s.web.clear_requests();
    let out = run_nianbao(
        s.dir.path(),
        &[
            "--config",
            config,
            "crawl",
            "--seeds",
            "suggestions.csv",
            "--no-extract",
        ],
    );
    assert!(out.status.success(), "{}", one_line(&out));
    let printed = String::from_utf8_lossy(&out.stdout);
    println!("{printed}");
    let log = s.web.requests();
    check_the_second_crawl(&dir.bureaus, &log);

    // Every report of every suggested bureau is archived, with its attachments.
    let store = s.store();
    let ok = archived_ok(&store);
    for b in &dir.bureaus {
        assert!(
            b.reports.len() >= 5,
            "{}: {} reports",
            b.name,
            b.reports.len()
        );
        let missing: Vec<_> = b
            .reports
            .iter()
            .chain(&b.attachments)
            .filter(|u| !ok.contains(*u))
            .collect();
        assert!(missing.is_empty(), "{} not archived: {missing:#?}", b.name);
    }
    // The GBK bureau's pages were decoded: its report titles are in the archive.
    assert!(
        query_i64(
            &store,
            "SELECT count(*) FROM captures c JOIN sites s ON s.id = c.site_id
             WHERE s.host = 'hbj.maoming.gov.cn.test' AND c.charset = 'GBK'"
        ) >= 5
    );
}

/// The request log of the crawl of the suggestions: in scope, robots.txt once per
/// host and honoured, never above the rate ceiling in any second, per host.
fn check_the_second_crawl(bureaus: &[nianbao_fixture::LinkedBody], log: &[RequestRecord]) {
    let hosts: BTreeSet<&str> = bureaus.iter().map(|b| b.host.as_str()).collect();
    let mut shared = 0;
    for host in &hosts {
        let here: Vec<_> = bureaus.iter().filter(|b| b.host == *host).collect();
        let mine: Vec<&RequestRecord> = log.iter().filter(|r| host_of(&r.host) == *host).collect();
        assert!(mine.len() > 5, "{host}: {} requests", mine.len());
        let robots = mine.iter().filter(|r| r.target == "/robots.txt").count();
        assert_eq!(robots, 1, "{host}: robots.txt fetched {robots} times");
        let worst = max_per_window(log, host, Duration::from_secs(1));
        assert!(
            worst <= RATE as usize,
            "{worst} requests to {host} in one second"
        );
        let forbidden: Vec<_> = mine
            .iter()
            .filter(|r| {
                here[0]
                    .disallowed
                    .iter()
                    .any(|p| r.target.starts_with(p.as_str()))
            })
            .map(|r| r.target.clone())
            .collect();
        assert!(
            forbidden.is_empty(),
            "{host}: robots.txt disallows {forbidden:?}"
        );
        // A column seed: nothing outside its column but robots.txt and its
        // reports' attachments (the portal's shared upload folder).
        let scopes: Vec<String> = here
            .iter()
            .filter(|b| !b.scope.is_empty())
            .map(|b| url::Url::parse(&b.scope).unwrap().path().to_owned())
            .collect();
        if scopes.is_empty() {
            continue;
        }
        shared += usize::from(here.len() > 1);
        let attachments: BTreeSet<String> = here
            .iter()
            .flat_map(|b| &b.attachments)
            .map(|u| url::Url::parse(u).unwrap().path().to_owned())
            .collect();
        let strays: Vec<_> = mine
            .iter()
            .map(|r| r.target.as_str())
            .filter(|t| {
                *t != "/robots.txt"
                    && !attachments.contains(*t)
                    && !scopes.iter().any(|p| t.starts_with(p.as_str()))
            })
            .collect();
        assert!(
            strays.is_empty(),
            "{host}: requests outside the columns: {strays:?}"
        );
    }
    assert_eq!(shared, 1, "two column seeds share the portal's host");
}
