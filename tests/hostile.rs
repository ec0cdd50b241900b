//! The hostile web: a raw-TCP server on loopback that sends what real sites (and
//! attackers) send — decompression bombs, endless headers, trickling answers, lying
//! Content-Length, raw bytes in Location, redirects to other schemes and to IP
//! literals, broken HTML, a 2 MiB robots.txt, WAF challenges — and the egress guard.
//!
//! Network rule: every socket here is on 127.0.0.0/8. The only non-loopback
//! addresses in this file are checked by pure functions (`egress_check`,
//! `filter_addresses`) that never open a socket.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::time::{Duration, Instant};

use nianbao::config::Config;
use nianbao::crawl::CrawlOptions;
use nianbao::fetch::{egress_check, filter_addresses, FetchSettings, Fetcher};
use nianbao::store::{RunKind, Store};
use nianbao_fixture::hostile::{self, HostileServer};
use url::Url;

const HOST: &str = "hostile.gov.cn.test";
const MAX_BODY_MB: usize = 12;
const CAP: i64 = (MAX_BODY_MB * 1024 * 1024) as i64;

fn settings(
    allow_private: bool,
    max_body: usize,
    resolve: Vec<(String, SocketAddr)>,
) -> FetchSettings {
    FetchSettings {
        user_agent: "nianbao-test/0.1".into(),
        timeout: Duration::from_secs(2),
        max_body,
        allow_private,
        resolve,
        extra_roots: Vec::new(),
    }
}

fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

// ---------------------------------------------------------------- egress guard

#[test]
fn ip_literals_are_refused_before_any_socket() {
    // Pure check: no socket is opened for any of these, whatever the guard says.
    for u in [
        "http://10.0.0.1/",
        "http://10.0.0.1:8080/x",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://127.0.0.1/",
        "http://127.1/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::ffff:127.0.0.1]/",
    ] {
        let e = egress_check(&url(u), false).expect_err(u);
        assert_eq!(e.kind, "egress", "{u}: {}", e.detail);
        assert!(
            egress_check(&url(u), true).is_ok(),
            "{u} with the guard off"
        );
    }
    for u in [
        "http://202.108.22.5/",
        "http://[2001:4860::1]/",
        "http://sthjt.zj.gov.cn/",
    ] {
        assert!(egress_check(&url(u), false).is_ok(), "{u}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guarded_fetches_never_reach_a_loopback_server() {
    let srv = HostileServer::start(Ipv4Addr::new(127, 0, 0, 71))
        .await
        .unwrap();
    let port = srv.addr().port();
    let over = vec![(HOST.to_string(), srv.addr())];
    let guarded = Fetcher::new(settings(false, 1 << 20, over.clone())).unwrap();
    for u in [
        format!("http://127.0.0.71:{port}/"),
        format!("http://127.0.0.1:{port}/"),
        format!("http://[::ffff:127.0.0.71]:{port}/"),
        format!("http://{HOST}:{port}/"),
        format!("http://{HOST}:{port}/location/loopback-literal"),
    ] {
        let e = guarded
            .fetch(&url(&u), None, None, false)
            .await
            .expect_err(&u);
        assert_eq!(e.kind, "egress", "{u}: {}", e.detail);
    }
    assert!(
        srv.requests().is_empty(),
        "traffic got through: {:?}",
        srv.requests()
    );
    // Positive control: the same server answers when the guard is off, so the silence above is the guard's.
    let open = Fetcher::new(settings(true, 1 << 20, over)).unwrap();
    let x = open
        .fetch(&url(&format!("http://{HOST}:{port}/")), None, None, false)
        .await
        .unwrap();
    assert_eq!(x.status, 200);
    assert_eq!(srv.requests().len(), 1);
}

#[test]
fn a_name_with_mixed_answers_connects_only_to_public_addresses() {
    let a = |s: &str| s.parse::<SocketAddr>().unwrap();
    // Stub answers only: nothing here is connected to.
    let mixed = vec![
        a("10.0.0.1:80"),
        a("202.108.22.5:80"),
        a("127.0.0.1:80"),
        a("[2001:4860::1]:80"),
        a("[fe80::1]:80"),
    ];
    let kept = filter_addresses("mixed.gov.cn", false, mixed.clone()).unwrap();
    assert_eq!(kept, vec![a("202.108.22.5:80"), a("[2001:4860::1]:80")]);
    assert_eq!(
        filter_addresses("mixed.gov.cn", true, mixed.clone()).unwrap(),
        mixed
    );
    let e = filter_addresses(
        "rebind.gov.cn",
        false,
        vec![a("10.0.0.1:80"), a("169.254.169.254:80")],
    )
    .unwrap_err();
    assert_eq!(e.kind, "egress");
    assert!(
        e.detail.contains("10.0.0.1") && e.detail.contains("169.254.169.254"),
        "{}",
        e.detail
    );
    assert_eq!(
        filter_addresses("empty.gov.cn", false, vec![])
            .unwrap_err()
            .kind,
        "dns"
    );
}

// ---------------------------------------------------------------- one exchange

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bombs_decode_to_the_cap_and_no_further() {
    let srv = HostileServer::start(Ipv4Addr::new(127, 0, 0, 72))
        .await
        .unwrap();
    let cap = 1 << 20;
    let f = Fetcher::new(settings(true, cap, vec![(HOST.into(), srv.addr())])).unwrap();
    let (gz, br, df) = hostile::bomb_sizes();
    for (path, raw) in [("/bomb/gzip", gz), ("/bomb/br", br), ("/bomb/deflate", df)] {
        let u = url(&format!("http://{HOST}:{}{path}", srv.addr().port()));
        let x = f.fetch(&u, None, None, false).await.unwrap();
        assert_eq!(
            x.body.len(),
            raw,
            "{path}: the raw body is archived as received"
        );
        let d = x.decoded.as_ref().expect(path);
        assert_eq!(d.len(), cap, "{path}: decoded up to the cap");
        assert!(x.truncated, "{path}: marked truncated");
        assert!(
            raw * 50 < hostile::BOMB_DECODED_BYTES,
            "{path} is a bomb: {raw} bytes"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_http_is_an_error_of_its_kind_and_the_total_timeout_wins() {
    let srv = HostileServer::start(Ipv4Addr::new(127, 0, 0, 73))
        .await
        .unwrap();
    let f = Fetcher::new(settings(true, 1 << 20, vec![(HOST.into(), srv.addr())])).unwrap();
    let port = srv.addr().port();
    for (path, kind) in [
        ("/headers/many", "protocol"),
        ("/headers/huge-line", "protocol"),
        ("/headers/endless", "protocol"),
        ("/cl/nonnumeric", "protocol"),
        ("/cl/conflicting", "protocol"),
        ("/garbage", "protocol"),
        ("/cl/larger", "network"),
        ("/empty", "network"),
        ("/trickle/body", "timeout"),
        ("/trickle/head", "timeout"),
    ] {
        let t = Instant::now();
        let e = f
            .fetch(
                &url(&format!("http://{HOST}:{port}{path}")),
                None,
                None,
                false,
            )
            .await
            .expect_err(path);
        assert_eq!(e.kind, kind, "{path}: {}", e.detail);
        assert!(
            t.elapsed() < Duration::from_millis(3500),
            "{path} took {:?}",
            t.elapsed()
        );
        assert!(!e.detail.contains('\n'), "{path}: {}", e.detail);
    }
    let x = f
        .fetch(
            &url(&format!("http://{HOST}:{port}/cl/smaller")),
            None,
            None,
            false,
        )
        .await
        .unwrap();
    assert_eq!(x.body, b"<html", "only the declared length is the body");
}

// ---------------------------------------------------------------- a whole crawl

fn write_config(dir: &Path, srv: &HostileServer) -> std::path::PathBuf {
    let d = dir.display();
    let cfg = format!(
        "[storage]\ndb = \"{d}/archive.sqlite\"\n[seeds]\nfile = \"{d}/seeds.csv\"\n\
         [crawl]\nuser_agent = \"nianbao/0.1 (+https://github.com/nianbao/nianbao)\"\n\
         requests_per_second_per_host = 50.0\ntimeout_secs = 2\nmax_body_mb = {MAX_BODY_MB}\n\
         allow_private_addresses = true\nmax_retries = 1\nretry_base_ms = 50\n\
         [hosts.\"{HOST}\"]\nresolve = \"{}\"\n",
        srv.addr()
    );
    let p = dir.join("config.toml");
    std::fs::write(&p, cfg).unwrap();
    std::fs::write(
        dir.join("seeds.csv"),
        format!(
            "name,province,level,url\n敌意测试局,测试省,provincial,http://{HOST}:{}/\n",
            srv.addr().port()
        ),
    )
    .unwrap();
    p
}

/// The archive, with the origin its URLs start with (matches are exact).
struct Archive(rusqlite::Connection, String);

impl Archive {
    fn kinds(&self, path: &str) -> Vec<(String, Option<i64>, String)> {
        let mut st = self
            .0
            .prepare("SELECT kind, status, detail FROM failures WHERE url = ?2 || ?1 ORDER BY id")
            .unwrap();
        st.query_map([path, self.1.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
    }
    fn kind(&self, path: &str) -> String {
        let k = self.kinds(path);
        assert_eq!(k.len(), 1, "{path}: {k:?}");
        k[0].0.clone()
    }
    /// (status, truncated, bytes, decoded_bytes, final_url) of the capture requested at `path`.
    fn capture(&self, path: &str) -> (i64, bool, i64, Option<i64>, String) {
        self.0
            .query_row(
                "SELECT status, truncated, bytes, decoded_bytes, final_url FROM captures WHERE requested_url = ?2 || ?1",
                [path, self.1.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap_or_else(|e| panic!("no capture for {path}: {e}"))
    }
    fn captures(&self, path: &str) -> i64 {
        self.0
            .query_row(
                "SELECT count(*) FROM captures WHERE requested_url = ?2 || ?1 OR final_url = ?2 || ?1",
                [path, self.1.as_str()],
                |r| r.get(0),
            )
            .unwrap()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crawl_of_the_hostile_web_finishes_and_records_every_outcome() {
    let srv = HostileServer::start(Ipv4Addr::new(127, 0, 0, 74))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg_path = write_config(dir.path(), &srv);
    let cfg = Config::load(Some(&cfg_path)).unwrap().0;
    let seeds = nianbao::seeds::load(Some(&cfg.seeds.file)).unwrap();
    assert!(seeds.warnings.is_empty(), "{:?}", seeds.warnings);
    let store = Store::open(&cfg.storage.db).unwrap();
    let started = Instant::now();
    let opts = CrawlOptions {
        kind: RunKind::Crawl,
        years: None,
        max_pages: None,
        progress: false,
    };
    let (summary, mut store) = nianbao::crawl::run(&cfg, &seeds.seeds, store, opts)
        .await
        .expect("the crawl finishes");
    let crawl_time = started.elapsed();
    let t = Instant::now();
    let report = nianbao::extraction::run(&mut store, false).expect("extraction finishes");
    let extract_time = t.elapsed();
    drop(store);
    eprintln!(
        "{}\n{report}\ncrawl {crawl_time:?}, extraction {extract_time:?}",
        summary.render()
    );
    // Two trickles at 2 s × 2 attempts dominate; everything else is quick.
    assert!(
        crawl_time < Duration::from_secs(120),
        "crawl took {crawl_time:?}"
    );
    assert!(
        extract_time < Duration::from_secs(120),
        "extraction took {extract_time:?}"
    );

    let origin = format!("http://{HOST}:{}", srv.addr().port());
    let db = Archive(rusqlite::Connection::open(&cfg.storage.db).unwrap(), origin);
    let integrity: String =
        db.0.query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
    assert_eq!(integrity, "ok");

    // robots.txt: 2 MiB archived as received; the rule before 500 KiB honoured, the
    // rule cut in half at 500 KiB and its copy beyond the cap ignored.
    let (status, truncated, bytes, _, _) = db.capture("/robots.txt");
    assert_eq!(
        (status, truncated, bytes),
        (200, false, hostile::ROBOTS_BYTES as i64)
    );
    assert_eq!(srv.hits("/early-blocked"), 0);
    assert_eq!(db.kind("/early-blocked"), "robots");
    assert_eq!(srv.hits("/late-blocked"), 1);

    // Bombs: raw body archived as received, decoded copy stopped at max_body_mb.
    for p in ["/bomb/gzip", "/bomb/br", "/bomb/deflate"] {
        let (status, truncated, bytes, decoded, _) = db.capture(p);
        assert_eq!(status, 200, "{p}");
        assert!(truncated, "{p}");
        assert!(bytes < 200_000, "{p}: raw {bytes}");
        assert_eq!(decoded, Some(CAP), "{p}");
        assert_eq!(srv.hits(p), 1, "{p}");
    }

    // Broken HTTP: a failure of kind protocol, asked once (asking again gets the same).
    for p in [
        "/headers/many",
        "/headers/huge-line",
        "/headers/endless",
        "/cl/nonnumeric",
        "/cl/conflicting",
        "/garbage",
    ] {
        assert_eq!(db.kind(p), "protocol", "{p}: {:?}", db.kinds(p));
        assert_eq!(srv.hits(p), 1, "{p}");
        assert_eq!(db.captures(p), 0, "{p}");
    }
    // Cut-off transfers are network failures, retried (max_retries = 1).
    for p in ["/cl/larger", "/empty"] {
        assert_eq!(db.kind(p), "network", "{p}: {:?}", db.kinds(p));
        assert_eq!(srv.hits(p), 2, "{p}");
    }
    // Trickles: the total timeout wins, retried once.
    for p in ["/trickle/body", "/trickle/head"] {
        assert_eq!(db.kind(p), "timeout", "{p}: {:?}", db.kinds(p));
        assert!(srv.hits(p) <= 2, "{p}");
    }
    // Content-Length smaller than what follows: the declared length is the body.
    let (status, _, bytes, _, _) = db.capture("/cl/smaller");
    assert_eq!((status, bytes), (200, 5));

    // Location: raw GBK bytes percent-encoded as sent; relative resolved against the hop.
    let (status, _, _, _, final_url) = db.capture("/location/gbk");
    assert_eq!(status, 200);
    assert!(final_url.ends_with(hostile::GBK_TARGET), "{final_url}");
    assert_eq!(srv.hits(hostile::GBK_TARGET), 1);
    let (status, _, _, _, final_url) = db.capture("/location/relative/sub/a");
    assert_eq!(status, 200);
    assert!(final_url.ends_with("/location/relative/b"), "{final_url}");
    // Other schemes, IP literals and an empty Location: refused, recorded, never followed.
    for (p, says) in [
        ("/location/ftp", "ftp"),
        ("/location/javascript", "javascript"),
        ("/location/loopback-literal", "off the site"),
        ("/location/private-literal", "off the site"),
        ("/location/empty", "loop"),
    ] {
        let k = db.kinds(p);
        assert_eq!(k.len(), 1, "{p}: {k:?}");
        assert_eq!(k[0].0, "redirect", "{p}: {k:?}");
        assert_eq!(k[0].1, Some(302), "{p}: {k:?}");
        assert!(k[0].2.contains(says), "{p}: {k:?}");
    }
    assert_eq!(srv.hits("/literal-target"), 0);
    assert!(
        srv.requests().iter().all(|r| r.host.starts_with(HOST)),
        "only the seed host was asked"
    );

    // Broken HTML parses: the link after unclosed tags, NULs and a 10 MiB line is followed.
    for (p, found) in [
        ("/html/unclosed", "/found/unclosed"),
        ("/html/nul", "/found/nul"),
        ("/html/long-line", "/found/long-line"),
    ] {
        let (status, truncated, _, _, _) = db.capture(p);
        assert_eq!(status, 200, "{p}");
        assert!(!truncated, "{p}");
        assert_eq!(srv.hits(found), 1, "{p} → {found}");
    }
    assert_eq!(
        db.capture("/html/long-line").2,
        hostile::LONG_LINE_BYTES as i64
    );

    // WAF challenges: a failure with the status, asked once, never archived as the page.
    for (p, code) in [("/waf/412", 412), ("/waf/521", 521)] {
        let k = db.kinds(p);
        assert_eq!(k.len(), 1, "{p}: {k:?}");
        assert_eq!((k[0].0.as_str(), k[0].1), ("waf", Some(code)), "{p}");
        assert_eq!(db.captures(p), 0, "{p}");
        assert_eq!(srv.hits(p), 1, "{p}");
    }
    let challenge_bodies: i64 =
        db.0.query_row(
            "SELECT count(*) FROM captures WHERE status IN (412, 521)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(challenge_bodies, 0);
}
