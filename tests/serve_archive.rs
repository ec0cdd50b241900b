//! `nianbao serve` over an archive the crawler built: the real binary crawls the
//! fixture web, then `nianbao serve` answers on loopback while a second crawl
//! writes to the same archive. The browser-driven checks (console errors, the
//! sandbox, highlighted cells) are the serve crate's own tests, on a built
//! archive; this one is the user's path: crawl, then browse what was crawled.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// A `nianbao serve` child, killed when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start `nianbao serve` on a free loopback port and read the address it prints.
fn serve(dir: &std::path::Path) -> Server {
    let mut child = nianbao_in(dir)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Server { child, addr }
}

/// GET `path`: status and body.
fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).to_string();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

fn pct(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_shows_what_the_crawl_archived_while_a_crawl_writes() {
    let s = Setup::new(200).await;
    let dir = s.dir.path().to_path_buf();
    let crawl = {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || run_nianbao(&dir, &["crawl"]))
            .await
            .unwrap()
    };
    assert!(
        crawl.status.success(),
        "{}",
        String::from_utf8_lossy(&crawl.stderr)
    );

    // A report page and the attachment the crawl found on it.
    let store = s.store();
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let page = query_i64(
        &store,
        "SELECT u.found_on FROM captures c JOIN urls u ON u.id = c.url_id
         JOIN extractions e ON e.capture_id = u.found_on AND e.latest = 1
         WHERE c.role = 'attachment' AND e.doc_type = 'annual_report' ORDER BY c.id LIMIT 1",
    );
    let attachment: String = conn
        .query_row(
            "SELECT c.final_url FROM captures c JOIN urls u ON u.id = c.url_id
             WHERE u.found_on = ?1 AND c.role = 'attachment' ORDER BY c.id LIMIT 1",
            [page],
            |r| r.get(0),
        )
        .unwrap();
    let (title, year): (String, i64) = conn
        .query_row(
            "SELECT title, report_year FROM extractions WHERE capture_id = ?1 AND latest = 1",
            [page],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    drop((conn, store));

    let server = serve(&dir);
    let addr = server.addr;
    let (status, overview) = get(addr, "/");
    assert_eq!(status, 200, "{overview}");
    assert!(
        overview.contains(&format!("/reports/{page}")),
        "the grid links the report"
    );
    let (status, report) = get(addr, &format!("/reports/{page}"));
    assert_eq!(status, 200);
    assert!(
        report.contains(&attachment),
        "the report view lists its attachment {attachment}"
    );
    assert!(
        report.contains("<iframe") && report.contains("sandbox"),
        "archived page is sandboxed"
    );
    let (status, found) = get(addr, &format!("/search?q={}&year={year}", pct(&title)));
    assert_eq!(status, 200);
    assert!(
        found.contains(&format!("/reports/{page}")),
        "search by its title finds it: {title}"
    );
    let (status, raw) = get(addr, &format!("/captures/{page}/raw"));
    assert_eq!(status, 200);
    assert!(raw
        .to_ascii_lowercase()
        .contains("content-disposition: attachment"));

    // Browsing while a second crawl writes to the archive: every page answers.
    let recrawl = {
        let dir = dir.clone();
        std::thread::spawn(move || run_nianbao(&dir, &["crawl"]))
    };
    let started = Instant::now();
    let mut answered = 0;
    while !recrawl.is_finished() && started.elapsed() < Duration::from_secs(120) {
        for path in [
            "/",
            &format!("/reports/{page}"),
            "/search?q=%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF",
        ] {
            let (status, body) = get(addr, path);
            assert_eq!(status, 200, "{path} during a crawl: {body}");
            answered += 1;
        }
    }
    let second = recrawl.join().unwrap();
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(answered >= 3, "pages answered during the crawl: {answered}");
    let (status, _) = get(addr, "/");
    assert_eq!(status, 200, "overview after the crawl");
}
