//! With `allow_private_addresses = false` (the default) nothing is sent to a loopback,
//! private or link-local address, whatever the name resolves to.

mod common;

use common::*;
use nianbao::store::RunKind;
use nianbao_fixture::Options;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_targets_are_refused_and_recorded() {
    let s = Setup::with_options(
        Options {
            first_octet: 160,
            ..Options::default()
        },
        RATE,
        "",
    )
    .await;
    // The same fixture config, with the guard back on.
    let text = std::fs::read_to_string(&s.config).unwrap().replace(
        "allow_private_addresses = true",
        "allow_private_addresses = false",
    );
    std::fs::write(&s.config, text).unwrap();
    assert!(!s.cfg().crawl.allow_private_addresses);

    let summary = s.run(RunKind::Crawl, None).await;
    assert!(
        s.web.requests().is_empty(),
        "traffic reached a loopback address: {:?}",
        s.web.requests().first()
    );
    let store = s.store();
    let seeds = s.web.sites().iter().filter(|x| x.is_seed).count() as i64;
    // robots.txt is unreachable for every host: each is off limits, with the refusal on record.
    assert_eq!(query_i64(&store, "SELECT count(DISTINCT site_id) FROM failures WHERE kind = 'egress' AND detail LIKE '%non-public%'"), seeds, "{}", summary.render());
    assert_eq!(query_i64(&store, "SELECT count(*) FROM captures"), 0);
}
