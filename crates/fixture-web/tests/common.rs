//! A tiny HTTP/1.1 client over a tokio TcpStream: enough to test the fixture
//! without pulling a client library into the dependency tree.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub async fn get(addr: SocketAddr, host: &str, target: &str, extra: &[(&str, &str)]) -> Resp {
    request(addr, host, "GET", target, extra, b"").await
}

pub async fn request(
    addr: SocketAddr,
    host: &str,
    method: &str,
    target: &str,
    extra: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let mut s = TcpStream::connect(addr).await.expect("connect");
    let mut req = format!(
        "{method} {target} HTTP/1.1\r\nHost: {host}:{}\r\nUser-Agent: nianbao-test/0.1\r\nConnection: close\r\n",
        addr.port()
    );
    for (k, v) in extra {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    s.write_all(body).await.unwrap();
    let mut buf = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut buf))
        .await
        .expect("response in time")
        .unwrap();
    parse(&buf)
}

pub fn parse(buf: &[u8]) -> Resp {
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let raw = &buf[end + 4..];
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let body = if chunked { dechunk(raw) } else { raw.to_vec() };
    Resp {
        status,
        headers,
        body,
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(nl) = raw.windows(2).position(|w| w == b"\r\n") {
        let n =
            usize::from_str_radix(std::str::from_utf8(&raw[..nl]).unwrap().trim(), 16).unwrap_or(0);
        if n == 0 || raw.len() < nl + 4 + n {
            break;
        }
        out.extend_from_slice(&raw[nl + 2..nl + 2 + n]);
        raw = &raw[nl + 4 + n..];
    }
    out
}

pub fn site(web: &nianbao_fixture::FixtureWeb, key: &str) -> nianbao_fixture::SiteInfo {
    web.sites()
        .into_iter()
        .find(|s| s.key == key)
        .expect("site")
}

/// Split an absolute fixture URL into (path?query).
pub fn target_of(url: &str) -> String {
    let rest = url.strip_prefix("http://").unwrap();
    rest[rest.find('/').unwrap()..].to_string()
}

pub fn site_of_url(web: &nianbao_fixture::FixtureWeb, url: &str) -> nianbao_fixture::SiteInfo {
    web.sites()
        .into_iter()
        .find(|s| url.starts_with(&s.seed_url))
        .expect("url of a site")
}
