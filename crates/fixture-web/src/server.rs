//! The HTTP side: one listener per site, the request log, conditional
//! requests and gzip.
//!
//! Why one listener per site rather than one server dispatching on `Host`:
//! nianbao resolves every host name through `[hosts."…"] resolve` overrides,
//! and a bug there (sending bureau A's request to bureau B's address) must show
//! up as a wrong page, not be papered over by Host-based routing. So a site is
//! chosen by the socket the request arrived on, and `Host` is only logged.
//!
//! Sites are plain synchronous functions from [`Req`] to [`Reply`]; everything
//! HTTP-ish that a real front-end (nginx, a WAF, a CMS cache) would do is done
//! here, once: ETag from a hash of the body, Last-Modified, 304 answers to
//! `If-None-Match` / `If-Modified-Since`, gzip when the client accepts it,
//! artificial delays and the trickling body.
//!
//! The request log is written when a request *arrives* (so its order and
//! timestamps are what a politeness test needs: "never more than N requests in
//! any 1-second window"), and completed with status and size when the answer is
//! known.

use std::convert::Infallible;
use std::io::Write;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};

use crate::exchange::{lock, Reply, Req};
use crate::sites::Site;
use crate::util::fnv64;
use crate::RequestRecord;

/// Response body: a whole buffer (with Content-Length) or a channel (chunked),
/// the latter for the trickling page.
pub(crate) enum RespBody {
    Full(Option<Bytes>),
    Chan(mpsc::Receiver<Bytes>),
}

impl Body for RespBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            RespBody::Full(b) => Poll::Ready(b.take().map(|b| Ok(Frame::data(b)))),
            RespBody::Chan(rx) => rx.poll_recv(cx).map(|o| o.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, RespBody::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            RespBody::Full(Some(b)) => SizeHint::with_exact(b.len() as u64),
            RespBody::Full(None) => SizeHint::with_exact(0),
            RespBody::Chan(_) => SizeHint::default(),
        }
    }
}

/// The request log shared by every listener.
pub(crate) struct RequestLog {
    started: Instant,
    /// False for the scale web: nothing is kept (the log would grow with the run).
    enabled: bool,
    next_id: Mutex<u64>,
    entries: Mutex<Vec<(u64, RequestRecord)>>,
}

impl RequestLog {
    pub(crate) fn new(started: Instant) -> RequestLog {
        RequestLog {
            started,
            enabled: true,
            next_id: Mutex::new(0),
            entries: Mutex::new(Vec::new()),
        }
    }
    pub(crate) fn disabled(started: Instant) -> RequestLog {
        RequestLog {
            enabled: false,
            ..RequestLog::new(started)
        }
    }
    fn push(&self, rec: RequestRecord) -> u64 {
        if !self.enabled {
            return 0;
        }
        let id = {
            let mut n = lock(&self.next_id);
            *n += 1;
            *n
        };
        lock(&self.entries).push((id, rec));
        id
    }
    fn finish(&self, id: u64, status: u16, body_bytes: usize) {
        if !self.enabled {
            return;
        }
        let mut e = lock(&self.entries);
        if let Some((_, r)) = e.iter_mut().rev().find(|(i, _)| *i == id) {
            r.status = status;
            r.body_bytes = body_bytes;
        }
    }
    pub(crate) fn snapshot(&self) -> Vec<RequestRecord> {
        lock(&self.entries).iter().map(|(_, r)| r.clone()).collect()
    }
    pub(crate) fn clear(&self) {
        lock(&self.entries).clear();
    }
}

/// Accept loop of one site; ends when `stop` changes or its sender is dropped.
pub(crate) async fn serve(
    listener: TcpListener,
    site: Arc<dyn Site>,
    log: Arc<RequestLog>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            _ = stop.changed() => break,
            a = listener.accept() => a,
        };
        let (stream, _peer) = match accepted {
            Ok(x) => x,
            Err(_) => {
                // EMFILE and friends: back off instead of spinning.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let local = stream
            .local_addr()
            .unwrap_or_else(|_| ([127, 0, 0, 1], 0).into());
        let site = site.clone();
        let log = log.clone();
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let svc = hyper::service::service_fn(move |req| {
                handle(site.clone(), log.clone(), local, req)
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), svc);
            tokio::select! {
                _ = stop.changed() => {}
                _ = conn => {}
            }
        });
    }
}

fn header_str(req: &Request<Incoming>, name: &str) -> Option<String> {
    req.headers()
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

async fn handle(
    site: Arc<dyn Site>,
    log: Arc<RequestLog>,
    local: SocketAddr,
    req: Request<Incoming>,
) -> Result<Response<RespBody>, Infallible> {
    let arrival = Instant::now();
    let target = req
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| req.uri().to_string());
    let if_none_match = header_str(&req, "if-none-match");
    let if_modified_since = header_str(&req, "if-modified-since");
    let accept_encoding = header_str(&req, "accept-encoding");
    let method = req.method().as_str().to_string();
    let id = log.push(RequestRecord {
        at: arrival.saturating_duration_since(log.started),
        host: header_str(&req, "host").unwrap_or_default(),
        local_addr: local,
        method: method.clone(),
        target: target.clone(),
        user_agent: header_str(&req, "user-agent"),
        if_none_match: if_none_match.clone(),
        if_modified_since: if_modified_since.clone(),
        accept_encoding: accept_encoding.clone(),
        status: 0,
        body_bytes: 0,
    });
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(str::to_string);
    let body = if method == "POST" {
        match http_body_util::Limited::new(req.into_body(), 64 * 1024)
            .collect()
            .await
        {
            Ok(c) => c.to_bytes(),
            Err(_) => Bytes::new(),
        }
    } else {
        Bytes::new()
    };
    let r = Req {
        path,
        query,
        arrival,
        body,
    };
    let reply = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| site.handle(&r)))
        .unwrap_or_else(|_| Reply::text(500, "internal error\n"));
    if let Some(d) = reply.delay {
        tokio::time::sleep(d).await;
    }
    let (resp, n) = finish(
        reply,
        &method,
        if_none_match.as_deref(),
        if_modified_since.as_deref(),
        accept_encoding.as_deref(),
    );
    log.finish(id, resp.status().as_u16(), n);
    Ok(resp)
}

pub(crate) fn etag_of(body: &[u8]) -> String {
    format!("\"{:016x}\"", fnv64(body))
}

fn etag_matches(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.trim_start_matches("W/") == etag)
}

fn accepts_gzip(header: Option<&str>) -> bool {
    let Some(h) = header else { return false };
    h.split(',').any(|part| {
        let mut it = part.split(';');
        let coding = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q_zero = it.any(|p| {
            let p = p.trim().replace(' ', "");
            p == "q=0" || p == "q=0.0" || p == "q=0.00" || p == "q=0.000"
        });
        (coding == "gzip" || coding == "x-gzip" || coding == "*") && !q_zero
    })
}

fn finish(
    reply: Reply,
    method: &str,
    inm: Option<&str>,
    ims: Option<&str>,
    accept_encoding: Option<&str>,
) -> (Response<RespBody>, usize) {
    let mut b = Response::builder().status(reply.status);
    if let Some(ct) = &reply.content_type {
        b = b.header("content-type", ct.as_str());
    }
    for (k, v) in &reply.headers {
        b = b.header(*k, v.as_str());
    }
    let cacheable = reply.status == 200 && (method == "GET" || method == "HEAD");
    let mut not_modified = false;
    if cacheable {
        let etag = reply.etag.then(|| etag_of(&reply.body));
        if let Some(e) = &etag {
            b = b.header("etag", e.as_str());
        }
        if let Some(lm) = reply.last_modified {
            b = b.header("last-modified", httpdate::fmt_http_date(lm));
        }
        not_modified = match (inm, &etag) {
            (Some(h), Some(e)) => etag_matches(h, e),
            (Some(_), None) | (None, _) => match (ims, reply.last_modified) {
                // If-None-Match takes precedence when the site does ETags.
                (Some(h), Some(lm)) if inm.is_none() || etag.is_none() => {
                    httpdate::parse_http_date(h.trim())
                        .map(|t| lm <= t)
                        .unwrap_or(false)
                }
                _ => false,
            },
        };
    }
    if not_modified {
        let resp = b
            .status(304)
            .body(RespBody::Full(None))
            .unwrap_or_else(|_| plain_500());
        return (resp, 0);
    }
    if reply.gzip {
        b = b.header("vary", "Accept-Encoding");
    }
    if let Some(n) = reply.trickle {
        let (tx, rx) = mpsc::channel::<Bytes>(1);
        tokio::spawn(async move {
            for i in 0..n {
                tokio::time::sleep(Duration::from_millis(200)).await;
                let byte = if i % 64 == 63 { b"\n" } else { b"." };
                if tx.send(Bytes::from_static(byte)).await.is_err() {
                    break;
                }
            }
        });
        let resp = b.body(RespBody::Chan(rx)).unwrap_or_else(|_| plain_500());
        return (resp, n);
    }
    let mut body = reply.body;
    if reply.gzip && cacheable && accepts_gzip(accept_encoding) && !body.is_empty() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        if enc.write_all(&body).is_ok() {
            if let Ok(z) = enc.finish() {
                body = Bytes::from(z);
                b = b.header("content-encoding", "gzip");
            }
        }
    }
    let n = body.len();
    let body = if method == "HEAD" {
        RespBody::Full(None)
    } else {
        RespBody::Full(Some(body))
    };
    (
        b.body(body).unwrap_or_else(|_| plain_500()),
        if method == "HEAD" { 0 } else { n },
    )
}

fn plain_500() -> Response<RespBody> {
    let mut r = Response::new(RespBody::Full(Some(Bytes::from_static(
        b"internal error\n",
    ))));
    *r.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_negotiation() {
        assert!(accepts_gzip(Some("gzip, deflate, br")));
        assert!(accepts_gzip(Some("br;q=1.0, gzip;q=0.8")));
        assert!(!accepts_gzip(Some("gzip;q=0")));
        assert!(!accepts_gzip(Some("identity")));
        assert!(!accepts_gzip(None));
    }

    #[test]
    fn etag_lists() {
        assert!(etag_matches("\"a\", \"b\"", "\"b\""));
        assert!(etag_matches("W/\"b\"", "\"b\""));
        assert!(!etag_matches("\"c\"", "\"b\""));
    }
}
