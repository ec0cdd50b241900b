//! A deliberately broken web server for nianbao's hardening tests.
//!
//! Raw `tokio::net::TcpListener`, no HTTP library: it has to be able to send
//! what no HTTP library would (100,000 headers, a 1 MB header line, a
//! `Content-Length` that lies, raw non-UTF-8 bytes in `Location`, a status
//! line that trickles in one byte a second). It binds a loopback address
//! only (`127.0.0.0/8`, port 0) and logs every request it reads.
//!
//! Behaviour is chosen by path; [`HostileServer::paths`] lists them and `/`
//! serves a page linking to every one, so a crawl seeded at `/` meets them all.
//! Every response closes its connection (except `/cl/smaller`, which leaves
//! the extra bytes on a kept-alive connection).

use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// Decoded size of each decompression bomb: 64 MiB of `a` inside an HTML page.
pub const BOMB_DECODED_BYTES: usize = 64 * 1024 * 1024;
/// Size of the robots.txt body: 2 MiB.
pub const ROBOTS_BYTES: usize = 2 * 1024 * 1024;
/// RFC 9309's minimum parse limit, where the robots body is arranged to cut a rule in half.
pub const ROBOTS_CUT: usize = 500 * 1024;
/// Size of the one-line HTML page: 10 MiB.
pub const LONG_LINE_BYTES: usize = 10 * 1024 * 1024;
/// The GBK bytes of 年报, raw in a `Location` header; served percent-encoded.
pub const GBK_TARGET: &str = "/target/%C4%EA%B1%A8.html";

/// Every behaviour, by path. `/` links to each of them.
pub const PATHS: &[&str] = &[
    "/bomb/gzip",
    "/bomb/br",
    "/bomb/deflate",
    "/headers/many",
    "/headers/huge-line",
    "/headers/endless",
    "/trickle/body",
    "/trickle/head",
    "/location/gbk",
    "/location/relative/sub/a",
    "/location/ftp",
    "/location/javascript",
    "/location/loopback-literal",
    "/location/private-literal",
    "/location/empty",
    "/cl/larger",
    "/cl/smaller",
    "/cl/nonnumeric",
    "/cl/conflicting",
    "/html/unclosed",
    "/html/nul",
    "/html/long-line",
    "/early-blocked",
    "/late-blocked",
    "/waf/412",
    "/waf/521",
    "/garbage",
    "/empty",
];

/// One request as read off the socket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostileRequest {
    /// Arrival time since `start()`.
    pub at: Duration,
    pub method: String,
    /// The request target (`/path?query`) as received.
    pub target: String,
    /// The Host header, empty when absent.
    pub host: String,
}

/// A running hostile server; stops when dropped.
pub struct HostileServer {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<HostileRequest>>>,
    accept: JoinHandle<()>,
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

impl HostileServer {
    /// Bind `ip:0` (a loopback address: anything else is refused) and serve.
    pub async fn start(ip: Ipv4Addr) -> std::io::Result<HostileServer> {
        if !ip.is_loopback() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the hostile server binds loopback addresses only",
            ));
        }
        // Build the bombs before serving: compressing 64 MiB takes seconds on a busy
        // machine, and a client's timeout must measure the transfer, not our set-up.
        tokio::task::spawn_blocking(bomb_sizes)
            .await
            .map_err(std::io::Error::other)?;
        let listener = TcpListener::bind(SocketAddr::from((ip, 0))).await?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let started = Instant::now();
        let accept = {
            let log = log.clone();
            tokio::spawn(async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    let log = log.clone();
                    tokio::spawn(async move {
                        // Nothing a client does may outlive a minute here.
                        let _ = tokio::time::timeout(
                            Duration::from_secs(60),
                            serve(stream, addr, log, started),
                        )
                        .await;
                    });
                }
            })
        };
        Ok(HostileServer { addr, log, accept })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every request read so far, in arrival order.
    pub fn requests(&self) -> Vec<HostileRequest> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Requests whose target is exactly `path`.
    pub fn hits(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.target == path).count()
    }

    pub fn paths() -> &'static [&'static str] {
        PATHS
    }
}

async fn serve(
    mut stream: TcpStream,
    me: SocketAddr,
    log: Arc<Mutex<Vec<HostileRequest>>>,
    started: Instant,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    // One request per connection (kept-alive connections get their next request read too).
    loop {
        let head_end = loop {
            if let Some(i) = find(&buf, b"\r\n\r\n") {
                break i + 4;
            }
            if buf.len() > 64 * 1024 {
                return;
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        buf.drain(..head_end);
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_string();
        let target = first.next().unwrap_or("").to_string();
        let host = lines
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("host"))
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default();
        {
            let mut l = log.lock().unwrap_or_else(|e| e.into_inner());
            l.push(HostileRequest {
                at: started.elapsed(),
                method,
                target: target.clone(),
                host,
            });
        }
        let keep = respond(&mut stream, &target, me).await.unwrap_or(false);
        if !keep {
            let _ = stream.shutdown().await;
            return;
        }
    }
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

fn head(status: &str, extra: &str, content_type: &str, len: usize) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}Content-Length: {len}\r\nConnection: close\r\n\r\n"
    )
    .into_bytes()
}

fn full(status: &str, extra: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut v = head(status, extra, content_type, body.len());
    v.extend_from_slice(body);
    v
}

fn html(body: &str) -> Vec<u8> {
    full("200 OK", "", "text/html; charset=utf-8", body.as_bytes())
}

fn redirect(location: &[u8]) -> Vec<u8> {
    let mut v = b"HTTP/1.1 302 Found\r\nLocation: ".to_vec();
    v.extend_from_slice(location);
    v.extend_from_slice(b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    v
}

fn page(title: &str, inner: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{inner}</body></html>"
    )
}

/// The bytes every bomb decodes to.
fn bomb_plain() -> Vec<u8> {
    let mut v = b"<!DOCTYPE html><html><head><title>bomb</title></head><body><p>".to_vec();
    v.resize(BOMB_DECODED_BYTES, b'a');
    v
}

static GZIP_BOMB: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(&bomb_plain()).expect("in-memory write");
    e.finish().expect("in-memory write")
});
static DEFLATE_BOMB: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(&bomb_plain()).expect("in-memory write");
    e.finish().expect("in-memory write")
});
static BROTLI_BOMB: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, 5, 22);
        w.write_all(&bomb_plain()).expect("in-memory write");
    }
    out
});

/// Compressed size of each bomb: (gzip, br, deflate).
pub fn bomb_sizes() -> (usize, usize, usize) {
    (GZIP_BOMB.len(), BROTLI_BOMB.len(), DEFLATE_BOMB.len())
}

/// 2 MiB robots.txt: a rule honoured early, a rule cut in half exactly at
/// [`ROBOTS_CUT`] (`Disallow: /` | `late-blocked`), and the same rule again far
/// beyond the cut. A parser that keeps the half line disallows everything.
pub fn robots_body() -> Vec<u8> {
    let mut v = b"User-agent: *\nDisallow: /early-blocked\nCrawl-delay: 0\n".to_vec();
    let half = b"Disallow: /";
    let pad_to = ROBOTS_CUT - half.len();
    while v.len() + 100 <= pad_to {
        v.extend(std::iter::repeat_n(b'#', 99));
        v.push(b'\n');
    }
    let rest = pad_to - v.len();
    if rest > 0 {
        v.extend(std::iter::repeat_n(b'#', rest - 1));
        v.push(b'\n');
    }
    v.extend_from_slice(half);
    debug_assert_eq!(v.len(), ROBOTS_CUT);
    v.extend_from_slice(b"late-blocked\n");
    while v.len() + 100 < ROBOTS_BYTES - 40 {
        v.extend(std::iter::repeat_n(b'#', 99));
        v.push(b'\n');
    }
    v.extend_from_slice(b"Disallow: /late-blocked\n");
    v.resize(ROBOTS_BYTES, b'#');
    v
}

const CHALLENGE: &str = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\
<script type=\"text/javascript\">var $_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=9417;\
document.cookie='FSSBBIl1UgzbN7N80S=challenge;path=/';location.reload();</script></head><body></body></html>";

/// Answer one request; `Ok(true)` keeps the connection open for another.
async fn respond(s: &mut TcpStream, target: &str, me: SocketAddr) -> std::io::Result<bool> {
    let path = target.split('?').next().unwrap_or("");
    let bytes: Vec<u8> = match path {
        "/" => {
            let links: String = PATHS
                .iter()
                .map(|p| format!("<li><a href=\"{p}\">{p}</a></li>"))
                .collect();
            html(&page("hostile web", &format!("<ul>{links}</ul>")))
        }
        "/robots.txt" => full("200 OK", "", "text/plain", &robots_body()),
        "/bomb/gzip" => full(
            "200 OK",
            "Content-Encoding: gzip\r\n",
            "text/html",
            &GZIP_BOMB,
        ),
        "/bomb/br" => full(
            "200 OK",
            "Content-Encoding: br\r\n",
            "text/html",
            &BROTLI_BOMB,
        ),
        "/bomb/deflate" => full(
            "200 OK",
            "Content-Encoding: deflate\r\n",
            "text/html",
            &DEFLATE_BOMB,
        ),
        "/headers/many" => {
            let mut v = b"HTTP/1.1 200 OK\r\n".to_vec();
            for i in 0..100_000 {
                v.extend_from_slice(format!("X-H{i}: v\r\n").as_bytes());
            }
            v.extend_from_slice(b"Content-Length: 2\r\nConnection: close\r\n\r\nok");
            v
        }
        "/headers/huge-line" => {
            let mut v = b"HTTP/1.1 200 OK\r\nX-Big: ".to_vec();
            v.resize(v.len() + 1024 * 1024, b'a');
            v.extend_from_slice(b"\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            v
        }
        "/headers/endless" => {
            s.write_all(b"HTTP/1.1 200 OK\r\n").await?;
            let line = b"X-Endless: and on and on and on\r\n".repeat(256);
            for _ in 0..8192 {
                s.write_all(&line).await?; // fails once the client hangs up
            }
            return Ok(false);
        }
        "/trickle/body" => {
            s.write_all(&head("200 OK", "", "text/html", 120)).await?;
            for _ in 0..120 {
                s.write_all(b"a").await?;
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            return Ok(false);
        }
        "/trickle/head" => {
            for b in b"HTTP/1.1 200 OK\r\nX-Slow: ".iter().chain([b'a'; 100].iter()) {
                s.write_all(&[*b]).await?;
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            return Ok(false);
        }
        "/location/gbk" => redirect(b"/target/\xc4\xea\xb1\xa8.html"),
        GBK_TARGET => html(&page("gbk target", "<p>reached</p>")),
        "/location/relative/sub/a" => redirect(b"../b"),
        "/location/relative/b" => html(&page("relative target", "<p>reached</p>")),
        "/location/ftp" => redirect(b"ftp://ftp.example.test/pub/report.pdf"),
        "/location/javascript" => redirect(b"javascript:alert(document.cookie)"),
        "/location/loopback-literal" => {
            redirect(format!("http://127.0.0.1:{}/literal-target", me.port()).as_bytes())
        }
        // Never followed by a correct crawler; this server would not answer it anyway.
        "/location/private-literal" => redirect(b"http://10.0.0.1/private-target"),
        "/location/empty" => redirect(b""),
        "/cl/larger" => {
            let mut v = head("200 OK", "", "text/html", 100_000);
            v.extend_from_slice(b"<html>short");
            v
        }
        "/cl/smaller" => {
            let mut v =
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\n".to_vec();
            v.extend_from_slice(b"<html>these bytes overrun the declared length\r\n\r\n");
            s.write_all(&v).await?;
            tokio::time::sleep(Duration::from_millis(200)).await;
            return Ok(false);
        }
        "/cl/nonnumeric" => b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: lots\r\nConnection: close\r\n\r\n<html>x</html>".to_vec(),
        "/cl/conflicting" => b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 3\r\nContent-Length: 14\r\nConnection: close\r\n\r\n<html>x</html>".to_vec(),
        "/html/unclosed" => full(
            "200 OK",
            "",
            "text/html",
            b"<html><head><title>unclosed tags</title><b><i><body><div><table><tr><td><p><a href=\"/found/unclosed\">next<div><span><ul><li><a href='/found/unclosed-2",
        ),
        "/html/nul" => {
            let mut b = b"<html><head><title>nul\0bytes</title></head><body>\0\0\0<p>".to_vec();
            b.extend(std::iter::repeat_n(0u8, 4096));
            b.extend_from_slice(b"<a href=\"/found/nul\">after the nuls</a>\0</body></html>");
            full("200 OK", "", "text/html", &b)
        }
        "/html/long-line" => {
            let mut b = b"<html><head><title>one line</title></head><body><p>".to_vec();
            let tail = b"</p><a href=\"/found/long-line\">end of the line</a></body></html>";
            b.resize(LONG_LINE_BYTES - tail.len(), b'x');
            b.extend_from_slice(tail);
            full("200 OK", "", "text/html", &b)
        }
        "/waf/412" => full(
            "412 Precondition Failed",
            "Set-Cookie: FSSBBIl1UgzbN7N80S=x; path=/\r\n",
            "text/html",
            CHALLENGE.as_bytes(),
        ),
        "/waf/521" => full(
            "521 Web Server Is Down",
            "Set-Cookie: __jsluid_s=x; path=/\r\n",
            "text/html",
            CHALLENGE.as_bytes(),
        ),
        "/garbage" => b"SSH-2.0-OpenSSH_8.0\r\n\x00\x01\x02 not http at all\r\n\r\n".to_vec(),
        "/empty" => return Ok(false),
        p if p.starts_with("/found/") || p == "/early-blocked" || p == "/late-blocked" => {
            html(&page(p, "<p>ok</p>"))
        }
        _ => full("404 Not Found", "", "text/html", b"<html>404</html>"),
    };
    s.write_all(&bytes).await?;
    s.flush().await?;
    Ok(false)
}
