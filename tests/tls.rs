//! TLS end to end: a fixture HTTPS server on loopback with certificates made in the
//! test (rcgen). An invalid certificate is a `tls` failure by default; with
//! `[hosts."…"] accept_invalid_certs = true` the pages are archived and each capture
//! says so; a chain from a CA the client is given (`crawl.ca_certificates`) is valid.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use nianbao::config::Config;
use nianbao::crawl::CrawlOptions;
use nianbao::store::{RunKind, Store};
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::TlsAcceptor;

/// An HTTPS bureau site of three pages; `paths` logs every request that got past the handshake.
struct TlsSite {
    addr: SocketAddr,
    paths: Arc<Mutex<Vec<String>>>,
}

const INDEX: &str = "<!doctype html><html><head><meta charset=utf-8><title>信息公开年报</title></head>\
<body><ul><li><a href=\"/ndbg/2023.html\">湘潭市生态环境局2023年政府信息公开工作年度报告</a></li></ul></body></html>";
const REPORT: &str = "<!doctype html><html><head><meta charset=utf-8>\
<title>湘潭市生态环境局2023年政府信息公开工作年度报告</title></head>\
<body><h1>湘潭市生态环境局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>";

async fn serve(
    ip: &str,
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> TlsSite {
    let cfg = ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("server certificate");
    let acceptor = TlsAcceptor::from(Arc::new(cfg));
    let listener = TcpListener::bind(format!("{ip}:0")).await.expect("bind");
    let addr = listener.local_addr().unwrap();
    let paths = Arc::new(Mutex::new(Vec::new()));
    let log = paths.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let (acceptor, log) = (acceptor.clone(), log.clone());
            tokio::spawn(async move {
                // A refused handshake ends here: the client never got to ask for anything.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut buf = Vec::new();
                let mut chunk = [0u8; 2048];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&buf).to_string();
                let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                log.lock().unwrap().push(path.clone());
                let (status, ctype, body) = match path.as_str() {
                    "/robots.txt" => ("200 OK", "text/plain", "User-agent: *\nAllow: /\n"),
                    "/" => ("200 OK", "text/html; charset=utf-8", INDEX),
                    "/ndbg/2023.html" => ("200 OK", "text/html; charset=utf-8", REPORT),
                    _ => ("404 Not Found", "text/plain", "not found"),
                };
                let resp = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.write_all(resp.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    TlsSite { addr, paths }
}

fn key_der(k: &KeyPair) -> PrivateKeyDer<'static> {
    PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(k.serialize_der()))
}

/// A leaf for `host` signed by itself: what an expired or home-made bureau certificate looks like to a client.
fn self_signed(host: &str) -> (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>) {
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec![host.to_string()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    (vec![cert.der().clone()], key_der(&key))
}

/// A CA (its PEM) and a leaf for `host` that it signed.
fn ca_and_leaf(host: &str) -> (String, Vec<CertificateDer<'static>>, PrivateKeyDer<'static>) {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "nianbao test CA");
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec![host.to_string()])
        .unwrap()
        .signed_by(&leaf_key, &ca_cert, &ca_key)
        .unwrap();
    (
        ca_cert.pem(),
        vec![leaf.der().clone(), ca_cert.der().clone()],
        key_der(&leaf_key),
    )
}

struct Run {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

/// Crawl `https://{host}:{port}/` with `extra` appended to the config.
async fn crawl(host: &str, site: &TlsSite, crawl_extra: &str, host_extra: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    let seeds = dir.path().join("seeds.csv");
    std::fs::write(
        &seeds,
        format!(
            "name,province,level,url\n湘潭市生态环境局,湖南省,prefectural,https://{host}:{}/\n",
            site.addr.port()
        ),
    )
    .unwrap();
    let text = format!(
        "[storage]\ndb = {db:?}\n[seeds]\nfile = {seeds:?}\n[crawl]\nrequests_per_second_per_host = 50\n\
         allow_private_addresses = true\nretry_base_ms = 10\nmax_retries = 1\ntimeout_secs = 5\n{crawl_extra}\n\
         [hosts.\"{host}\"]\nresolve = \"{}\"\n{host_extra}\n",
        site.addr
    );
    let cfg = Config::parse(&text, "tls test config").expect("config parses");
    let seeds = nianbao::seeds::load(Some(&seeds)).unwrap();
    let store = Store::open(&db).unwrap();
    let opts = CrawlOptions {
        kind: RunKind::Crawl,
        years: None,
        max_pages: None,
        progress: false,
    };
    nianbao::crawl::run(&cfg, &seeds.seeds, store, opts)
        .await
        .expect("crawl runs");
    Run { _dir: dir, db }
}

fn q(db: &std::path::Path, sql: &str) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_certificate_is_a_tls_failure_by_default() {
    let host = "tls-bad.nianbao.test";
    let (chain, key) = self_signed(host);
    let site = serve("127.0.0.201", chain, key).await;

    // robots.txt over an untrusted handshake: the site is off limits, and the record says why.
    let r = crawl(host, &site, "", "").await;
    assert_eq!(q(&r.db, "SELECT count(*) FROM captures"), 0);
    assert_eq!(
        q(
            &r.db,
            "SELECT count(*) FROM failures WHERE kind = 'robots' AND detail LIKE '%tls%'"
        ),
        1
    );
    // Without robots.txt in the way, the page itself fails as `tls`.
    let r = crawl(host, &site, "respect_robots = false", "").await;
    assert_eq!(q(&r.db, "SELECT count(*) FROM captures"), 0);
    assert!(q(&r.db, "SELECT count(*) FROM failures WHERE kind = 'tls'") >= 1);
    assert!(
        site.paths.lock().unwrap().is_empty(),
        "a request went over an unverified connection: {:?}",
        site.paths.lock().unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accept_invalid_certs_archives_and_records_it() {
    let host = "tls-lenient.nianbao.test";
    let (chain, key) = self_signed(host);
    let site = serve("127.0.0.202", chain, key).await;
    let r = crawl(host, &site, "", "accept_invalid_certs = true").await;
    let paths = site.paths.lock().unwrap().clone();
    assert!(paths.contains(&"/ndbg/2023.html".to_string()), "{paths:?}");
    assert_eq!(
        q(
            &r.db,
            "SELECT count(*) FROM failures WHERE kind IN ('tls', 'robots')"
        ),
        0
    );
    let pages = q(&r.db, "SELECT count(*) FROM captures WHERE status = 200");
    assert!(pages >= 3, "robots.txt, the seed and the report: {pages}");
    assert_eq!(
        q(
            &r.db,
            "SELECT count(*) FROM captures WHERE tls_invalid_accepted = 0"
        ),
        0,
        "every capture from a lenient host says its certificate was not verified"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chain_from_a_given_ca_is_valid() {
    let host = "tls-good.nianbao.test";
    let (ca_pem, chain, key) = ca_and_leaf(host);
    let site = serve("127.0.0.203", chain, key).await;

    // Without the CA the chain is unknown: a failure, nothing archived.
    let r = crawl(host, &site, "respect_robots = false", "").await;
    assert!(q(&r.db, "SELECT count(*) FROM failures WHERE kind = 'tls'") >= 1);
    assert_eq!(q(&r.db, "SELECT count(*) FROM captures"), 0);

    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, ca_pem).unwrap();
    let r = crawl(host, &site, &format!("ca_certificates = [{ca:?}]"), "").await;
    assert_eq!(q(&r.db, "SELECT count(*) FROM failures"), 0);
    assert!(q(&r.db, "SELECT count(*) FROM captures WHERE status = 200 AND final_url LIKE '%/ndbg/2023.html'") == 1);
    assert_eq!(
        q(
            &r.db,
            "SELECT count(*) FROM captures WHERE tls_invalid_accepted = 1"
        ),
        0,
        "a verified chain is not marked as accepted-invalid"
    );
}

#[test]
fn a_ca_file_that_is_not_pem_is_a_config_error_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ca.pem");
    std::fs::write(&f, "not a certificate").unwrap();
    let err = Config::parse(&format!("[crawl]\nca_certificates = [{f:?}]\n"), "t").unwrap_err();
    assert!(err.to_string().contains("crawl.ca_certificates"), "{err}");
    let err = Config::parse(
        "[crawl]\nca_certificates = [\"/nonexistent/ca.pem\"]\n",
        "t",
    )
    .unwrap_err();
    assert!(err.to_string().contains("cannot read"), "{err}");
}
