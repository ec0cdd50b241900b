//! WARC export: parsed back here byte by byte (every 200 body is in the file
//! exactly, digests verify, revisits point at records that exist), then checked
//! with the tools web archivists use (warcio, pywb) when they are installed.

mod common;

use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use data_encoding::BASE32;
use nianbao_export::{export_warc, WarcOptions, WarcStats};
use sha1::{Digest, Sha1};

#[derive(Debug)]
struct Record {
    headers: Vec<(String, String)>,
    block: Vec<u8>,
}

impl Record {
    fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn kind(&self) -> &str {
        self.get("WARC-Type").unwrap()
    }
    /// The HTTP header part and the payload of an application/http block.
    fn http(&self) -> (&str, &[u8]) {
        let end = self
            .block
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("HTTP header end")
            + 4;
        (
            std::str::from_utf8(&self.block[..end]).unwrap(),
            &self.block[end..],
        )
    }
}

fn sha1_b32(b: &[u8]) -> String {
    format!("sha1:{}", BASE32.encode(&Sha1::digest(b)))
}

fn export(since: Option<&str>) -> (Vec<u8>, WarcStats) {
    let conn = common::build();
    let mut out = Vec::new();
    let stats = export_warc(
        &conn,
        &WarcOptions {
            since: since.map(str::to_string),
            software: "nianbao/0.1.0".into(),
        },
        &mut out,
    )
    .unwrap();
    (out, stats)
}

/// Split into gzip members (one per record, as the format requires) and parse.
fn parse(file: &[u8]) -> Vec<Record> {
    let mut rest: &[u8] = file;
    let mut records = Vec::new();
    while !rest.is_empty() {
        let mut d = flate2::bufread::GzDecoder::new(rest);
        let mut raw = Vec::new();
        d.read_to_end(&mut raw).unwrap();
        rest = d.into_inner();
        let head_end = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = std::str::from_utf8(&raw[..head_end]).unwrap();
        let mut lines = head.split("\r\n");
        assert_eq!(lines.next(), Some("WARC/1.1"));
        let headers: Vec<(String, String)> = lines
            .map(|l| {
                let (k, v) = l.split_once(": ").unwrap();
                (k.to_string(), v.to_string())
            })
            .collect();
        let len: usize = headers
            .iter()
            .find(|(k, _)| k == "Content-Length")
            .unwrap()
            .1
            .parse()
            .unwrap();
        let block = raw[head_end + 4..head_end + 4 + len].to_vec();
        assert_eq!(
            &raw[head_end + 4 + len..],
            b"\r\n\r\n",
            "exactly one record per gzip member"
        );
        records.push(Record { headers, block });
    }
    records
}

#[test]
fn records_bodies_and_digests() {
    let (file, stats) = export(None);
    let records = parse(&file);
    assert_eq!(
        stats,
        WarcStats {
            records: 1 + 11 * 2,
            responses: 8,
            revisits: 3,
            requests: 11
        }
    );
    assert_eq!(records.len() as u64, stats.records);
    assert_eq!(records[0].kind(), "warcinfo");
    let info = String::from_utf8_lossy(&records[0].block).to_string();
    assert!(info.contains("software: nianbao/0.1.0"), "{info}");
    assert!(info.contains("format: WARC File Format 1.1"));

    let ids: HashSet<&str> = records
        .iter()
        .map(|r| r.get("WARC-Record-ID").unwrap())
        .collect();
    assert_eq!(ids.len(), records.len(), "record ids are unique");
    for id in &ids {
        assert!(id.starts_with("<urn:uuid:") && id.ends_with('>'), "{id}");
    }
    let by_id: HashMap<&str, &Record> = records
        .iter()
        .map(|r| (r.get("WARC-Record-ID").unwrap(), r))
        .collect();

    // Every block digest verifies; every response payload digest verifies.
    for r in &records[1..] {
        assert_eq!(
            r.get("WARC-Block-Digest").unwrap(),
            sha1_b32(&r.block),
            "{r:?}"
        );
        assert!(r.get("WARC-Date").unwrap().ends_with('Z'));
        assert_eq!(r.get("WARC-Warcinfo-ID"), records[0].get("WARC-Record-ID"));
        if r.kind() == "response" {
            let (_, payload) = r.http();
            assert_eq!(r.get("WARC-Payload-Digest").unwrap(), sha1_b32(payload));
            assert_eq!(
                r.get("Content-Type").unwrap(),
                "application/http; msgtype=response"
            );
        }
    }

    // Every archived body appears byte for byte, under the URL it came from.
    let responses: Vec<&Record> = records.iter().filter(|r| r.kind() == "response").collect();
    let find = |url: &str| -> &Record {
        responses
            .iter()
            .find(|r| r.get("WARC-Target-URI") == Some(url))
            .unwrap()
    };
    let hh = find(common::HUAIHUA_URL);
    let (head, payload) = hh.http();
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"));
    assert!(head.contains("Content-Encoding: gzip\r\n"));
    assert_eq!(
        payload,
        common::gzip(&common::huaihua_html()),
        "still gzip-encoded"
    );
    assert_eq!(hh.get("WARC-Date"), Some("2024-01-10T02:31:00Z"));
    assert_eq!(find(common::HUAIHUA_PDF).http().1, common::pdf_bytes());
    let qdn = find(common::QDN_URL);
    assert_eq!(qdn.http().1, common::qdn_html());
    assert!(qdn
        .http()
        .0
        .contains("X-Archive-Orig-Transfer-Encoding: chunked\r\n"));
    assert!(!qdn.http().0.contains("\r\nTransfer-Encoding"));
    assert_eq!(find(common::LN_URL).http().1, common::ln_html());

    // The truncated one says so.
    let big = find("http://sthj.ln.gov.cn/big.html");
    assert_eq!(big.get("WARC-Truncated"), Some("length"));
    assert_eq!(big.http().1, common::truncated_html());
    assert!(big
        .http()
        .0
        .contains("X-Archive-Orig-Content-Length: 99999999"));
    assert_eq!(hh.get("WARC-Truncated"), None);

    // A 404 with an empty body is a plain response with an empty payload.
    let gone = find("https://sthjj.qdn.gov.cn/gone.html");
    assert!(gone.http().0.starts_with("HTTP/1.1 404 Not Found\r\n"));
    assert!(gone.http().1.is_empty());
    assert_eq!(gone.get("WARC-Payload-Digest").unwrap(), sha1_b32(b""));

    // Revisits: headers only, pointing at an existing response with the same payload.
    let revisits: Vec<&Record> = records.iter().filter(|r| r.kind() == "revisit").collect();
    assert_eq!(revisits.len(), 3);
    for r in &revisits {
        assert_eq!(
            r.get("WARC-Profile"),
            Some("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")
        );
        let target = by_id[r.get("WARC-Refers-To").unwrap()];
        assert_eq!(target.kind(), "response");
        assert_eq!(
            r.get("WARC-Refers-To-Target-URI"),
            target.get("WARC-Target-URI")
        );
        assert_eq!(r.get("WARC-Refers-To-Date"), target.get("WARC-Date"));
        assert_eq!(
            r.get("WARC-Payload-Digest"),
            target.get("WARC-Payload-Digest")
        );
        let (head, payload) = r.http();
        assert!(payload.is_empty(), "a revisit carries no payload");
        assert_eq!(head.len(), r.block.len());
    }
    let r304 = revisits
        .iter()
        .find(|r| r.get("WARC-Target-URI") == Some(common::HUAIHUA_URL))
        .unwrap();
    assert!(r304.http().0.starts_with("HTTP/1.1 304 Not Modified\r\n"));
    assert!(
        r304.http().0.contains("Date: Sat, 10 Feb 2024"),
        "the 304's own headers"
    );
    assert_eq!(
        r304.get("WARC-Payload-Digest").unwrap(),
        sha1_b32(&common::gzip(&common::huaihua_html()))
    );
    let same200 = revisits
        .iter()
        .find(|r| r.get("WARC-Target-URI") == Some(common::QDN_URL))
        .unwrap();
    assert!(same200.http().0.starts_with("HTTP/1.1 200 OK\r\n"));

    // Requests: rebuilt request line + headers, concurrent to their response.
    let requests: Vec<&Record> = records.iter().filter(|r| r.kind() == "request").collect();
    for r in &requests {
        let other = by_id[r.get("WARC-Concurrent-To").unwrap()];
        assert!(matches!(other.kind(), "response" | "revisit"));
        assert_eq!(other.get("WARC-Target-URI"), r.get("WARC-Target-URI"));
        assert_eq!(
            r.get("Content-Type"),
            Some("application/http; msgtype=request")
        );
        assert!(r.block.ends_with(b"\r\n\r\n"));
    }
    let ln_req = requests
        .iter()
        .find(|r| r.get("WARC-Target-URI") == Some(common::LN_URL))
        .unwrap();
    let text = std::str::from_utf8(&ln_req.block).unwrap();
    assert!(
        text.starts_with("GET /xxgk/ndbg/2012/0301.htm?id=7 HTTP/1.1\r\nHost: sthj.ln.gov.cn\r\nUser-Agent: nianbao/"),
        "{text}"
    );
}

#[test]
fn re_export_is_identical_and_since_refers_back() {
    let (a, _) = export(None);
    let (b, _) = export(None);
    assert_eq!(a, b, "deterministic: same archive, same bytes");

    let (delta, stats) = export(Some("2024-02-01"));
    assert_eq!(stats.responses + stats.revisits, 4);
    let full = parse(&a);
    let full_ids: HashSet<&str> = full
        .iter()
        .map(|r| r.get("WARC-Record-ID").unwrap())
        .collect();
    // A revisit in the nightly delta points at the response in the earlier file.
    for r in parse(&delta).iter().filter(|r| r.kind() == "revisit") {
        assert!(full_ids.contains(r.get("WARC-Refers-To").unwrap()));
    }
}

// ---------------------------------------------------------------------------
// External tools: warcio (check, index) and pywb (replay).

fn python_has(module: &str) -> bool {
    common::require_tool(
        module,
        Command::new("python3").args(["-c", &format!("import {module}")]),
    )
}

fn write_warc(dir: &std::path::Path) -> std::path::PathBuf {
    let (file, _) = export(None);
    common::write(&dir.join("nianbao.warc.gz"), &file)
}

#[test]
fn warcio_check_and_index() {
    if !python_has("warcio") {
        return;
    }
    let dir = common::tempdir();
    let path = write_warc(dir.path());
    let out = Command::new("python3")
        .args(["-m", "warcio.cli", "check", "-v"])
        .arg(&path)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "warcio check failed:\n{text}");
    assert!(!text.contains("invalid"), "{text}");
    assert!(
        text.contains("digest pass"),
        "warcio verified digests:\n{text}"
    );

    let out = Command::new("python3")
        .args([
            "-m",
            "warcio.cli",
            "index",
            "-f",
            "warc-type,warc-target-uri,length,offset",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = index
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 23, "{index}");
    assert_eq!(lines[0]["warc-type"], "warcinfo");
    let count = |t: &str| lines.iter().filter(|l| l["warc-type"] == t).count();
    assert_eq!(
        (count("response"), count("revisit"), count("request")),
        (8, 3, 11)
    );
    assert!(lines
        .iter()
        .any(|l| l["warc-target-uri"] == common::HUAIHUA_PDF));
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Server(Child);
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A plain HTTP/1.0 GET: status and body (no HTTP client dependency needed).
fn http_get(port: u16, path: &str) -> std::io::Result<(u16, Vec<u8>, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        s,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nAccept-Encoding: identity\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..end]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, raw[end..].to_vec(), head))
}

#[test]
fn pywb_replays_archived_bodies() {
    if !python_has("pywb") {
        return;
    }
    if !common::require_tool("wb-manager", Command::new("wb-manager").arg("--help")) {
        return;
    }
    let dir = common::tempdir();
    let path = write_warc(dir.path());
    let root = dir.path().join("pywb");
    std::fs::create_dir(&root).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new("wb-manager")
            .args(args)
            .current_dir(&root)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "wb-manager {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["init", "coll"]);
    run(&["add", "coll", path.to_str().unwrap()]);

    let port = free_port();
    let _server = Server(
        Command::new("wayback")
            .args(["-b", "127.0.0.1", "-p", &port.to_string(), "-t", "2"])
            .current_dir(&root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start wayback"),
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "wayback did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    // id_ mode: the archived bytes, unrewritten.
    let cases: Vec<(&str, &str, Vec<u8>)> = vec![
        ("20240110024000", common::QDN_URL, common::qdn_html()),
        ("20240110023105", common::HUAIHUA_PDF, common::pdf_bytes()),
        ("20240210030000", common::LN_URL, common::ln_html()),
    ];
    for (ts, url, body) in cases {
        let (status, got, head) = http_get(port, &format!("/coll/{ts}id_/{url}")).unwrap();
        assert_eq!(status, 200, "{url}: {head}");
        assert_eq!(
            got, body,
            "{url}: replayed body differs from the archived one"
        );
    }
    // The gzip-encoded page: pywb may pass the encoding through or decode it.
    let (status, got, head) = http_get(
        port,
        &format!("/coll/20240110023100id_/{}", common::HUAIHUA_URL),
    )
    .unwrap();
    assert_eq!(status, 200, "{head}");
    let plain = common::huaihua_html();
    if got != plain {
        let mut d = flate2::read::GzDecoder::new(&got[..]);
        let mut dec = Vec::new();
        d.read_to_end(&mut dec).unwrap();
        assert_eq!(dec, plain);
    }
    // The unchanged re-fetch (revisit) replays the original payload.
    let (status, got, head) = http_get(
        port,
        &format!("/coll/20240210024000id_/{}", common::QDN_URL),
    )
    .unwrap();
    assert_eq!(status, 200, "{head}");
    assert_eq!(
        got,
        common::qdn_html(),
        "revisit resolved to the original payload"
    );
}
