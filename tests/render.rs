//! Rendering script-built lists (`[hosts."…"] render = true`) against the fixture
//! bureau whose report list only script writes, from a JSON endpoint: with rendering
//! every report is archived, the browser's own requests went through the crawler (the
//! host's ceiling, robots.txt, this host only, the User-Agent) and the JSON answers are
//! archived; without it no report is found; without Chromium the crawl goes on with the
//! served links and says `needs_tool`.

mod common;

use std::time::Duration;

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::Options;

/// Requests per second per host: low enough that the browser's burst of requests
/// (script, three pages of JSON) would break it if they bypassed the pacer.
const RATE: f64 = 4.0;

async fn scripted(first_octet: u8, render: bool) -> (Setup, nianbao_fixture::ScriptListInfo) {
    let s = Setup::with_options(
        Options {
            first_octet,
            script_list: true,
            trickle_page: false,
            ..Options::default()
        },
        RATE,
        "",
    )
    .await;
    let info = s.web.script_list().expect("the scripted site is served");
    std::fs::write(s.dir.path().join("seeds.csv"), &info.seeds_csv).unwrap();
    if render {
        let cfg = std::fs::read_to_string(&s.config).unwrap();
        let table = format!("[hosts.\"{}\"]\n", info.host);
        assert!(cfg.contains(&table));
        let cfg = cfg.replacen(&table, &format!("{table}render = true\n"), 1);
        std::fs::write(&s.config, cfg).unwrap();
    }
    (s, info)
}

fn chromium_here() -> bool {
    require_tool("chromium", nianbao_render::find_chromium().is_some())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rendering_archives_a_script_built_list_politely() {
    if !chromium_here() {
        return;
    }
    let (s, info) = scripted(150, true).await;
    let summary = s.run(RunKind::Crawl, None).await;
    let store = s.store();
    let archived = archived_ok(&store);
    let missing: Vec<_> = info
        .reports
        .iter()
        .filter(|r| !archived.contains(*r))
        .collect();
    assert!(info.reports.len() >= 10);
    assert!(missing.is_empty(), "reports not archived: {missing:?}");
    assert!(summary.sites[0].errors.is_empty(), "{:?}", summary.sites[0]);

    let log = s.web.requests();
    let site: Vec<_> = log
        .iter()
        .filter(|r| host_of(&r.host) == info.host)
        .collect();
    // The browser's requests reached the host through the crawler: script and every
    // page of JSON, with the crawler's User-Agent, robots.txt first.
    let asked = |t: &str| site.iter().filter(|r| r.target == t).count();
    assert_eq!(asked("/js/ndbg.js"), 1);
    for page in 1..=3 {
        assert_eq!(
            asked(&format!("/api/ndbg/list.json?page={page}")),
            1,
            "{page}"
        );
    }
    assert_eq!(site[0].target, "/robots.txt");
    assert!(site.iter().all(|r| r.method == "GET"));
    let ua = s.cfg().crawl.user_agent;
    assert!(site
        .iter()
        .all(|r| r.user_agent.as_deref() == Some(ua.as_str())));
    // Counted against the host's ceiling like every other request.
    let peak = max_per_window(&log, &info.host, Duration::from_secs(1));
    assert!(peak <= RATE as usize, "{peak} requests in one second");
    // What the script asked for and a polite crawler never requests.
    for prefix in &info.never_requested {
        assert!(
            !site.iter().any(|r| r.target.starts_with(prefix.as_str())),
            "{prefix} was requested"
        );
    }
    let (other, path) = &info.off_scope;
    assert!(
        !log.iter()
            .any(|r| host_of(&r.host) == *other || r.target.starts_with(path.as_str())),
        "the off-scope request arrived"
    );
    assert!(log.iter().all(|r| host_of(&r.host) == info.host));
    // The JSON the list was built from is archived, as fetched.
    assert_eq!(
        query_i64(
            &store,
            "SELECT count(*) FROM captures WHERE final_url LIKE '%/api/ndbg/list.json?page=%'
             AND status = 200 AND content_type LIKE 'application/json%' AND sha256 IS NOT NULL"
        ),
        3
    );
    // The requests the site's summary counts are those the host received.
    assert_eq!(summary.sites[0].requests as usize, site.len());
    // `status` names the browser as what found them.
    let text = nianbao::status::render(&store).unwrap();
    let line = format!("rendered {}", info.reports.len());
    assert!(text.contains(&line), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_rendering_the_list_is_empty() {
    let (s, info) = scripted(160, false).await;
    s.run(RunKind::Crawl, None).await;
    let archived = archived_ok(&s.store());
    assert!(
        archived.contains(&info.list_url),
        "the list page itself is fetched"
    );
    assert!(
        info.reports.iter().all(|r| !archived.contains(r)),
        "the served HTML links no report: only the browser finds them"
    );
    let log = s.web.requests();
    assert!(!log.iter().any(|r| r.target.starts_with("/api/")));
}

/// No Chromium on PATH: the crawl still fetches the host's pages plainly, and the run
/// says which tool rendering needs (a `needs_tool` failure, in `status` too).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_chromium_the_crawl_goes_on_and_says_needs_tool() {
    let (s, info) = scripted(170, true).await;
    let empty = tempfile::tempdir().unwrap();
    let config = s.config.to_str().unwrap().to_string();
    let dir = s.dir.path().to_path_buf();
    let path = empty.path().to_path_buf();
    let out = tokio::task::spawn_blocking(move || {
        nianbao_in(&dir)
            .env("PATH", &path)
            .args(["--config", &config, "crawl", "--no-extract"])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    no_panic(&stderr);
    assert!(out.status.success(), "{stderr}");
    let store = s.store();
    assert!(archived_ok(&store).contains(&info.list_url));
    assert_eq!(
        query_i64(
            &store,
            &format!(
                "SELECT count(*) FROM failures WHERE kind = 'needs_tool' AND url = '{}'",
                info.list_url
            )
        ),
        1
    );
    assert_eq!(
        query_i64(
            &store,
            "SELECT count(*) FROM failures WHERE kind = 'needs_tool' AND detail LIKE '%chromium%'"
        ),
        2,
        "the seed page and the list page, each named"
    );
    let status = run_nianbao(
        s.dir.path(),
        &["--config", s.config.to_str().unwrap(), "status"],
    );
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(text.contains("needs_tool"), "{text}");
    assert!(!s
        .web
        .requests()
        .iter()
        .any(|r| r.target.starts_with("/api/")));
}
