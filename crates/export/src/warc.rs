//! WARC/1.1 export: the archive as web archivists' tools expect it.
//!
//! Why WARC: it is the format every web-archive tool reads (warcio, pywb,
//! OpenWayback, Archives Unleashed…), so an archive made by nianbao can be
//! replayed, indexed, and deposited with a national library without this crate.
//!
//! The file is a `.warc.gz`: every record is its own gzip member, concatenated.
//! Readers can then seek to any record through a CDX index (offset + length) and
//! decompress just that member; a single gzip stream over the whole file would
//! force them to read from the start.
//!
//! What is written, in capture id order:
//! - one `warcinfo` record first (software, format, conformsTo);
//! - per capture a `request` record, rebuilt from the stored request headers
//!   (`GET <path> HTTP/1.1` + headers + blank line), with `WARC-Concurrent-To`
//!   pointing at the capture's response or revisit record;
//! - a `response` record: `HTTP/1.1 <status> <reason>`, the stored response
//!   headers, a blank line, and the body exactly as archived (still gzip/br if the
//!   server sent it so — that is what `Content-Encoding` in the headers says);
//! - or, for captures with `revisit_of` (an unchanged re-fetch or a 304), a
//!   `revisit` record (identical-payload-digest profile) whose block is only the
//!   HTTP headers, pointing at the original by `WARC-Refers-To`,
//!   `WARC-Refers-To-Target-URI` and `WARC-Refers-To-Date`.
//!
//! Deliberate deviations from the bytes on the wire, and why:
//! - The status line always says `HTTP/1.1`: WARC stores an HTTP/1.x message;
//!   captures made over HTTP/2 are written in HTTP/1.1 syntax (what wget and
//!   browser-based crawlers do too).
//! - The archive keeps bodies after the HTTP library removed chunked transfer
//!   coding, so a `Transfer-Encoding` header would make readers try to de-chunk a
//!   body that is not chunked. It is written as `X-Archive-Orig-Transfer-Encoding`
//!   (pywb's convention for "was sent, no longer applies").
//! - A truncated body (bigger than `max_body_mb`) is written as stored, with
//!   `WARC-Truncated: length`; its `Content-Length` header, which promises more
//!   bytes than the record holds, is renamed `X-Archive-Orig-Content-Length` so a
//!   replaying browser does not wait for bytes that never come.
//!
//! Record ids are name-based (UUID version 5 layout over SHA-1 of the capture id,
//! its fetch time, its URL and the record kind): exporting the same archive twice
//! gives byte-identical files, and a nightly delta file (`since`) can refer to an
//! original response written in an earlier file by its id. The `warcinfo` date is
//! the latest capture time in the file for the same reason.
//!
//! Digests are `sha1:` + RFC 4648 base32, as warcio, pywb and Heritrix write them.
//! We have no IP addresses, so `WARC-IP-Address` is omitted.

use std::collections::HashMap;
use std::io::Write;

use data_encoding::BASE32;
use flate2::write::GzEncoder;
use flate2::Compression;
use nianbao_store::{CaptureHead as Capture, Store};
use sha1::{Digest, Sha1};

use crate::util::{normalise_since, warc_date, Counting};
use crate::{ExportError, WarcOptions, WarcStats};

/// `sha1:<BASE32>` of some bytes.
pub fn sha1_base32(bytes: &[u8]) -> String {
    format!("sha1:{}", BASE32.encode(&Sha1::digest(bytes)))
}

/// A deterministic `<urn:uuid:…>` for `name` (RFC 4122 version 5 layout).
pub fn record_id(name: &str) -> String {
    // The RFC 4122 URL namespace: our names are URL-like and globally scoped.
    const NS: [u8; 16] = [
        0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];
    let mut h = Sha1::new();
    h.update(NS);
    h.update(name.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "<urn:uuid:{}-{}-{}-{}-{}>",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The record id nianbao gives a capture's record of `kind` (`response`,
/// `revisit`, `request`). Public so tests and other tools can find records.
pub fn capture_record_id(id: i64, fetched_at: &str, url: &str, kind: &str) -> String {
    record_id(&format!("nianbao:capture:{id}:{fetched_at}:{url}:{kind}"))
}

/// The standard reason phrase of an HTTP status (WARC readers parse the status
/// line; the archive does not keep the server's own phrase).
fn reason(status: i64) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        206 => "Partial Content",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        410 => "Gone",
        412 => "Precondition Failed",
        414 => "URI Too Long",
        418 => "I'm a teapot",
        429 => "Too Many Requests",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        521 => "Web Server Is Down",
        _ => "Unknown",
    }
}

/// Stored header lines → HTTP header block lines (each ending CRLF), with the
/// renames explained in the module docs.
fn header_block(stored: &str, truncated: bool) -> String {
    let mut out = String::with_capacity(stored.len() + 64);
    for line in stored.split('\n') {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let name = line.split(':').next().unwrap_or("").trim();
        if name.eq_ignore_ascii_case("transfer-encoding")
            || (truncated && name.eq_ignore_ascii_case("content-length"))
        {
            out.push_str("X-Archive-Orig-");
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out
}

/// `https://host:port/a/b?q#f` → `/a/b?q` (the request-target of a GET).
fn request_target(url: &str) -> String {
    let rest = match url.find("://") {
        Some(i) => &url[i + 3..],
        None => url,
    };
    let rest = rest.split('#').next().unwrap_or("");
    match rest.find(['/', '?']) {
        Some(i) if rest[i..].starts_with('?') => format!("/{}", &rest[i..]),
        Some(i) => rest[i..].to_string(),
        None => "/".to_string(),
    }
}

/// `https://host:port/…` → `host:port`, for a Host header when none was stored.
fn authority(url: &str) -> &str {
    let rest = match url.find("://") {
        Some(i) => &url[i + 3..],
        None => url,
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

/// Writes records, each as its own gzip member, counting by type.
struct RecordWriter<'a> {
    out: Counting<&'a mut (dyn Write + Send)>,
    stats: WarcStats,
}

impl RecordWriter<'_> {
    fn record(
        &mut self,
        kind: &str,
        headers: &[(&str, String)],
        block_parts: &[&[u8]],
    ) -> Result<(), ExportError> {
        let len: usize = block_parts.iter().map(|p| p.len()).sum();
        let mut head = String::with_capacity(512);
        head.push_str("WARC/1.1\r\n");
        head.push_str("WARC-Type: ");
        head.push_str(kind);
        head.push_str("\r\n");
        for (k, v) in headers {
            // Header values come from the archive: never let a stray newline
            // split a WARC header.
            let v = v.replace(['\r', '\n'], " ");
            head.push_str(k);
            head.push_str(": ");
            head.push_str(&v);
            head.push_str("\r\n");
        }
        head.push_str(&format!("Content-Length: {len}\r\n\r\n"));
        let mut gz = GzEncoder::new(&mut self.out, Compression::default());
        let io = |e| ExportError::io("WARC record", e);
        gz.write_all(head.as_bytes()).map_err(io)?;
        for p in block_parts {
            gz.write_all(p).map_err(io)?;
        }
        gz.write_all(b"\r\n\r\n").map_err(io)?;
        gz.finish().map_err(io)?;
        self.stats.records += 1;
        match kind {
            "response" => self.stats.responses += 1,
            "revisit" => self.stats.revisits += 1,
            "request" => self.stats.requests += 1,
            _ => {}
        }
        Ok(())
    }
}

/// Fetches and decompresses bodies; remembers payload digests of originals so a
/// page re-fetched every night is not decompressed every time (bounded cache).
struct Bodies<'s> {
    store: &'s Store,
    digests: HashMap<String, String>,
}

impl Bodies<'_> {
    fn body(&self, capture: i64, sha256: &str) -> Result<Vec<u8>, ExportError> {
        match self.store.body(sha256) {
            Ok(Some(body)) => Ok(body),
            Ok(None) => Err(ExportError::Data(format!(
                "capture {capture}: body {sha256} is missing from the archive"
            ))),
            Err(e) if e.is_data() => Err(ExportError::Data(format!(
                "capture {capture}: {}",
                e.message()
            ))),
            Err(e) => Err(e.into()),
        }
    }

    fn payload_digest(
        &mut self,
        capture: i64,
        sha256: Option<&str>,
    ) -> Result<String, ExportError> {
        let Some(sha) = sha256 else {
            return Ok(sha1_base32(b""));
        };
        if let Some(d) = self.digests.get(sha) {
            return Ok(d.clone());
        }
        let d = sha1_base32(&self.body(capture, sha)?);
        if self.digests.len() > 50_000 {
            self.digests.clear();
        }
        self.digests.insert(sha.to_string(), d.clone());
        Ok(d)
    }
}

fn date_of(c: &Capture) -> Result<String, ExportError> {
    warc_date(&c.fetched_at).ok_or_else(|| {
        ExportError::Data(format!(
            "capture {}: fetched_at {:?} is not an RFC 3339 time",
            c.id, c.fetched_at
        ))
    })
}

/// The capture a revisit ultimately refers to: follows `revisit_of` to a capture
/// that is not itself a revisit (the crawler points at the original directly, but
/// an archive edited by hand might chain).
fn original_of(store: &Store, c: &Capture) -> Result<Option<Capture>, ExportError> {
    let mut next = c.revisit_of;
    let mut hops = 0;
    while let Some(id) = next {
        let o = store.capture_head(id)?;
        let Some(o) = o else {
            return Err(ExportError::Data(format!(
                "capture {}: revisit_of points at capture {id}, which does not exist",
                c.id
            )));
        };
        hops += 1;
        if o.revisit_of.is_none() || hops > 64 || o.revisit_of == Some(o.id) {
            return Ok(Some(o));
        }
        next = o.revisit_of;
    }
    Ok(None)
}

/// The entry point behind `nianbao export --format warc`.
pub fn export_warc(
    store: &Store,
    opts: &WarcOptions,
    out: &mut (dyn Write + Send),
) -> Result<WarcStats, ExportError> {
    let since = normalise_since(opts.since.as_deref())?;
    let mut w = RecordWriter {
        out: Counting {
            inner: out,
            count: 0,
        },
        stats: WarcStats::default(),
    };

    // warcinfo: dated by the newest capture in the file, so re-exports are identical.
    let latest = store.latest_fetch(since.as_deref())?;
    let info_date = latest
        .as_deref()
        .and_then(warc_date)
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
    let mut info = format!(
        "software: {}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n",
        opts.software.replace(['\r', '\n'], " ")
    );
    info.push_str("description: Annual government-information disclosure reports of Chinese environmental bureaus, exported from a nianbao archive\r\n");
    info.push_str("robots: obey\r\n");
    if let Some(s) = &since {
        info.push_str(&format!("nianbao-since: {s}\r\n"));
    }
    let info_id = record_id(&format!(
        "nianbao:warcinfo:{}:{}",
        since.as_deref().unwrap_or(""),
        latest.as_deref().unwrap_or("")
    ));
    w.record(
        "warcinfo",
        &[
            ("WARC-Date", info_date),
            ("WARC-Record-ID", info_id.clone()),
            ("Content-Type", "application/warc-fields".to_string()),
        ],
        &[info.as_bytes()],
    )?;

    let mut bodies = Bodies {
        store,
        digests: HashMap::new(),
    };
    store.for_each_capture_head(since.as_deref(), |c| {
        let date = date_of(c)?;
        let http_head = format!(
            "HTTP/1.1 {} {}\r\n{}\r\n",
            c.status,
            reason(c.status),
            header_block(&c.response_headers, c.truncated)
        );
        let original = original_of(store, c)?;
        let main_id;
        if let Some(o) = original {
            // A revisit: same payload as `o`. The block is only the HTTP headers
            // (for a 304, the 304's own); the payload digest is the original's.
            main_id = capture_record_id(c.id, &c.fetched_at, &c.url, "revisit");
            let o_sha = o.sha256.as_deref().or(c.sha256.as_deref());
            let payload = bodies.payload_digest(o.id, o_sha)?;
            let refers_to = capture_record_id(o.id, &o.fetched_at, &o.url, "response");
            w.record(
                "revisit",
                &[
                    ("WARC-Record-ID", main_id.clone()),
                    ("WARC-Date", date.clone()),
                    ("WARC-Target-URI", c.url.clone()),
                    ("WARC-Warcinfo-ID", info_id.clone()),
                    (
                        "WARC-Profile",
                        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
                            .to_string(),
                    ),
                    ("WARC-Refers-To", refers_to),
                    ("WARC-Refers-To-Target-URI", o.url.clone()),
                    ("WARC-Refers-To-Date", date_of(&o)?),
                    ("WARC-Payload-Digest", payload),
                    ("WARC-Block-Digest", sha1_base32(http_head.as_bytes())),
                    (
                        "Content-Type",
                        "application/http; msgtype=response".to_string(),
                    ),
                ],
                &[http_head.as_bytes()],
            )?;
        } else {
            main_id = capture_record_id(c.id, &c.fetched_at, &c.url, "response");
            let body = match c.sha256.as_deref() {
                Some(sha) => bodies.body(c.id, sha)?,
                None => Vec::new(),
            };
            let payload = sha1_base32(&body);
            let mut block = Sha1::new();
            block.update(http_head.as_bytes());
            block.update(&body);
            let block = format!("sha1:{}", BASE32.encode(&block.finalize()));
            let mut headers = vec![
                ("WARC-Record-ID", main_id.clone()),
                ("WARC-Date", date.clone()),
                ("WARC-Target-URI", c.url.clone()),
                ("WARC-Warcinfo-ID", info_id.clone()),
                ("WARC-Payload-Digest", payload),
                ("WARC-Block-Digest", block),
                (
                    "Content-Type",
                    "application/http; msgtype=response".to_string(),
                ),
            ];
            if c.truncated {
                headers.push(("WARC-Truncated", "length".to_string()));
            }
            w.record("response", &headers, &[http_head.as_bytes(), &body])?;
        }

        // The request that produced it (a platform list query is a POST with its form body).
        let method = if c.method.eq_ignore_ascii_case("POST") {
            "POST"
        } else {
            "GET"
        };
        let mut req = format!("{method} {} HTTP/1.1\r\n", request_target(&c.url));
        let has_host = c.request_headers.lines().any(|l| {
            l.split(':')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case("host")
        });
        if !has_host {
            req.push_str(&format!("Host: {}\r\n", authority(&c.url)));
        }
        req.push_str(&header_block(&c.request_headers, false));
        req.push_str("\r\n");
        let mut req = req.into_bytes();
        if let Some(body) = c.request_body.as_deref().filter(|_| method == "POST") {
            req.extend_from_slice(body);
        }
        w.record(
            "request",
            &[
                (
                    "WARC-Record-ID",
                    capture_record_id(c.id, &c.fetched_at, &c.url, "request"),
                ),
                ("WARC-Date", date),
                ("WARC-Target-URI", c.url.clone()),
                ("WARC-Warcinfo-ID", info_id.clone()),
                ("WARC-Concurrent-To", main_id),
                ("WARC-Block-Digest", sha1_base32(&req)),
                (
                    "Content-Type",
                    "application/http; msgtype=request".to_string(),
                ),
            ],
            &[&req],
        )
    })?;
    w.out.flush().map_err(|e| ExportError::io("flush", e))?;
    Ok(w.stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(request_target("http://a.gov.cn"), "/");
        assert_eq!(request_target("http://a.gov.cn?x=1"), "/?x=1");
        assert_eq!(
            request_target("https://a.gov.cn:8443/p/q.html?x=1#top"),
            "/p/q.html?x=1"
        );
        assert_eq!(authority("https://a.gov.cn:8443/p"), "a.gov.cn:8443");
    }

    #[test]
    fn ids_are_v5_and_stable() {
        let a = capture_record_id(1, "2024-01-01T00:00:00Z", "http://a/", "response");
        assert_eq!(
            a,
            capture_record_id(1, "2024-01-01T00:00:00Z", "http://a/", "response")
        );
        assert_ne!(
            a,
            capture_record_id(1, "2024-01-01T00:00:00Z", "http://a/", "request")
        );
        assert!(a.starts_with("<urn:uuid:") && a.ends_with('>'));
        assert_eq!(&a[24..25], "5");
    }

    #[test]
    fn header_renames() {
        let h = header_block("Content-Length: 10\r\nTransfer-Encoding: chunked\r\n", true);
        assert_eq!(
            h,
            "X-Archive-Orig-Content-Length: 10\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\n"
        );
        assert_eq!(
            header_block("Content-Length: 10\n", false),
            "Content-Length: 10\r\n"
        );
    }

    #[test]
    fn sha1_known() {
        // sha1("") = da39a3ee…, base32 as warcio writes it.
        assert_eq!(sha1_base32(b""), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
    }
}
