//! `sites suggest` against the fixture directory site: a provincial department
//! whose pages link city bureaus (own hosts and portal columns, a block of links,
//! a jump menu, an `onclick`), a county branch, and bodies that are not bureaus.
//! Crawl it, suggest, and check the CSV against the ground truth and the seeds
//! parser.

mod common;

use std::collections::BTreeMap;

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::Options;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suggests_every_linked_bureau_and_nothing_else() {
    let s = Setup::with_options(
        Options {
            first_octet: 140,
            bureau_directory: true,
            ..Options::default()
        },
        8.0,
        "",
    )
    .await;
    let dir = s.web.directory().expect("the directory is served");
    std::fs::write(s.dir.path().join("seeds.csv"), &dir.seeds_csv).unwrap();
    s.run(RunKind::Crawl, None).await;

    // Evidence is archived: anchor, linking page, block heading; jump-menu and
    // onclick targets are recorded and never fetched.
    let store = s.store();
    assert_eq!(
        query_i64(
            &store,
            "SELECT count(*) FROM offscope_links WHERE url = 'http://sthjj.zhanjiang.gov.cn.test/'
             AND anchor = '湛江市生态环境局' AND block_heading = '友情链接' AND source_url LIKE 'http://sthjt.gd.gov.cn.test:%/'"
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
        if b.scope.is_empty() {
            assert_eq!(x.scope, nianbao::seeds::Scope::Host, "{}", b.name);
            assert_eq!(x.url.as_str(), b.url, "{}", b.name);
        } else {
            assert_eq!(
                x.scope.label(&x.host()),
                b.scope.trim_start_matches("http://"),
                "{}",
                b.name
            );
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
    assert!(got["清远市生态环境局"].extra["evidence"].contains("under «市州生态环境局»"));
}
