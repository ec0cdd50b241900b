//! What a fixture site sees of a request ([`Req`]) and what it answers ([`Reply`]):
//! plain values between the sites (which decide) and the server (which speaks HTTP),
//! so neither needs the other's internals.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;

/// Lock that survives a poisoned mutex: a panicking handler (caught below)
/// must not take the whole fixture down with it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What a site sees of a request.
pub(crate) struct Req {
    /// Path without the query string, as received (not percent-decoded).
    pub path: String,
    pub query: Option<String>,
    pub arrival: Instant,
    /// Request body (POSTs to the jcms data proxy), at most 64 KiB.
    pub body: Bytes,
}

impl Req {
    pub(crate) fn q(&self, name: &str) -> Option<&str> {
        crate::util::query_param(self.query.as_deref(), name)
    }
}

/// What a site answers; the server turns it into HTTP.
pub(crate) struct Reply {
    pub status: u16,
    pub content_type: Option<String>,
    pub headers: Vec<(&'static str, String)>,
    pub body: Bytes,
    /// Send an ETag (hash of the body) and honour If-None-Match.
    pub etag: bool,
    /// Send Last-Modified and honour If-Modified-Since.
    pub last_modified: Option<SystemTime>,
    /// May be gzip-encoded when the client accepts it.
    pub gzip: bool,
    /// Stall this long before answering.
    pub delay: Option<Duration>,
    /// Send headers, then this many bytes one every 200 ms.
    pub trickle: Option<usize>,
}

impl Reply {
    pub(crate) fn new(status: u16, content_type: Option<&str>, body: impl Into<Bytes>) -> Reply {
        Reply {
            status,
            content_type: content_type.map(str::to_string),
            headers: Vec::new(),
            body: body.into(),
            etag: false,
            last_modified: None,
            gzip: false,
            delay: None,
            trickle: None,
        }
    }
    pub(crate) fn html(s: String) -> Reply {
        Reply::new(200, Some("text/html; charset=UTF-8"), s)
    }
    pub(crate) fn text(status: u16, s: &str) -> Reply {
        Reply::new(status, Some("text/plain; charset=UTF-8"), s.to_string())
    }
    pub(crate) fn not_found() -> Reply {
        Reply::new(
            404,
            Some("text/html; charset=UTF-8"),
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404 Not Found</title></head>\
             <body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p><p><a href=\"/\">返回首页</a></p></body></html>\n",
        )
    }
    pub(crate) fn redirect(status: u16, location: &str) -> Reply {
        let mut r = Reply::new(
            status,
            Some("text/html; charset=UTF-8"),
            format!("<html><body>Moved: <a href=\"{location}\">{location}</a></body></html>\n"),
        );
        r.headers.push(("location", location.to_string()));
        r
    }
    pub(crate) fn header(mut self, name: &'static str, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }
    pub(crate) fn cache(mut self, etag: bool, last_modified: Option<SystemTime>) -> Reply {
        self.etag = etag;
        self.last_modified = last_modified;
        self
    }
    pub(crate) fn gzip(mut self, on: bool) -> Reply {
        self.gzip = on;
        self
    }
}
