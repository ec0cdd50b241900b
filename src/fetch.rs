//! One HTTP exchange, recorded faithfully.
//!
//! - Redirects are not followed here: the engine follows them hop by hop so each hop
//!   is paced, robots-checked, scope-checked and recorded in the capture's chain.
//! - Content-Encoding is not undone by the HTTP client: the archive keeps the body
//!   exactly as received (that is what a WARC response record carries and what
//!   `sha256` hashes); we decode a copy for parsing, capped at `max_body_mb` of
//!   decoded bytes so a decompression bomb costs at most that.
//! - Name resolution goes through [`GuardedResolver`]: configured overrides first,
//!   and with `allow_private_addresses = false` no connection is ever made to a
//!   loopback, private, link-local, CGNAT, multicast or unspecified address.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT, ACCEPT_ENCODING, ACCEPT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE,
    IF_MODIFIED_SINCE, IF_NONE_MATCH, USER_AGENT,
};
use url::Url;

use crate::store::FailureKind;

pub const ACCEPT_VALUE: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
pub const ACCEPT_ENCODING_VALUE: &str = "gzip, deflate, br";
pub const ACCEPT_LANGUAGE_VALUE: &str = "zh-CN,zh;q=0.9,en;q=0.5";
/// What a platform list query's body is.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=UTF-8";

#[derive(Debug, Clone)]
pub struct FetchSettings {
    pub user_agent: String,
    pub timeout: Duration,
    pub max_body: usize,
    pub allow_private: bool,
    pub resolve: Vec<(String, SocketAddr)>,
    /// PEM bundles of extra trust anchors, added to the built-in web roots.
    pub extra_roots: Vec<Vec<u8>>,
}

/// Why a fetch produced no usable response. `kind` is the failure class `status` reports.
#[derive(Debug, Clone)]
pub struct FetchError {
    pub kind: FailureKind,
    pub detail: String,
}

/// A response as received.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub url: Url,
    pub status: u16,
    pub http_version: String,
    pub request_headers: String,
    pub response_headers: String,
    pub headers: HeaderMap,
    pub fetched_at: String,
    pub elapsed: Duration,
    /// The body as received (still content-encoded if it was), possibly cut at the cap.
    pub body: Vec<u8>,
    /// The body with Content-Encoding undone, when there was one.
    pub decoded: Option<Vec<u8>>,
    pub truncated: bool,
    pub tls_invalid_accepted: bool,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
    }

    /// The payload for parsing: decoded if it was encoded.
    pub fn payload(&self) -> &[u8] {
        self.decoded.as_deref().unwrap_or(&self.body)
    }

    /// An exchange as the crawl's decision functions see it, for their unit tests.
    #[cfg(test)]
    pub(crate) fn for_test(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Exchange {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            if let (Ok(k), Ok(v)) = (
                reqwest::header::HeaderName::from_bytes(k.as_bytes()),
                HeaderValue::from_bytes(v.as_bytes()),
            ) {
                map.append(k, v);
            }
        }
        Exchange {
            url: Url::parse("http://sthjt.example.gov.cn/page.html").expect("valid URL"),
            status,
            http_version: "HTTP/1.1".into(),
            request_headers: String::new(),
            response_headers: String::new(),
            headers: map,
            fetched_at: "2026-01-01T00:00:00Z".into(),
            elapsed: Duration::ZERO,
            body: body.to_vec(),
            decoded: None,
            truncated: false,
            tls_invalid_accepted: false,
        }
    }
}

/// Is this address one we refuse unless `allow_private_addresses` is set?
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_multicast()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || (o[0] == 100 && (o[1] & 0xC0) == 64) // CGNAT 100.64.0.0/10
                || o[0] == 0
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private(IpAddr::V4(v4));
            }
            let s = v6.segments();
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00 // unique local
                || (s[0] & 0xffc0) == 0xfe80 // link-local
        }
    }
}

/// The error a refused resolution carries, found again in reqwest's error chain.
#[derive(Debug)]
pub struct EgressRefused(pub String);
impl std::fmt::Display for EgressRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "egress refused: {}", self.0)
    }
}
impl std::error::Error for EgressRefused {}

#[derive(Debug)]
pub struct ResolveFailed(pub String);
impl std::fmt::Display for ResolveFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot resolve {}", self.0)
    }
}
impl std::error::Error for ResolveFailed {}

/// Names under these TLDs are never sent to real DNS (RFC 2606/6761): only overrides resolve them.
fn reserved_name(host: &str) -> bool {
    let h = host.trim_end_matches('.');
    [".test", ".invalid", ".localhost", ".example", ".local"]
        .iter()
        .any(|t| h.ends_with(t))
        || h == "localhost"
}

#[derive(Debug)]
pub struct GuardedResolver {
    overrides: HashMap<String, SocketAddr>,
    allow_private: bool,
}

impl GuardedResolver {
    fn filter(
        host: &str,
        allow_private: bool,
        addrs: Vec<SocketAddr>,
    ) -> Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>> {
        if addrs.is_empty() {
            return Err(Box::new(ResolveFailed(host.to_string())));
        }
        let (ok, refused): (Vec<_>, Vec<_>) = addrs
            .into_iter()
            .partition(|a| allow_private || !is_private(a.ip()));
        if ok.is_empty() {
            return Err(Box::new(EgressRefused(format!(
                "{host} resolves only to non-public addresses ({})",
                refused
                    .iter()
                    .map(|a| a.ip().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))));
        }
        if !refused.is_empty() {
            tracing::debug!(host, refused = ?refused, "non-public addresses dropped from the answer");
        }
        Ok(ok)
    }
}

/// What the guarded resolver does with a name's addresses: the public ones are kept
/// (in order), non-public ones dropped unless `allow_private`; an answer with no
/// public address at all is an `egress` refusal, an empty one a `dns` failure.
/// The resolver connects only to what this returns.
pub fn filter_addresses(
    host: &str,
    allow_private: bool,
    addrs: Vec<SocketAddr>,
) -> Result<Vec<SocketAddr>, FetchError> {
    GuardedResolver::filter(host, allow_private, addrs).map_err(|e| FetchError {
        kind: if e.downcast_ref::<EgressRefused>().is_some() {
            FailureKind::Egress
        } else {
            FailureKind::Dns
        },
        detail: e.to_string(),
    })
}

/// The guard for URLs whose host is an IP literal (no resolution happens for them):
/// checked before any socket is opened. `http://127.1/`, `http://2130706433/` and
/// `http://[::ffff:10.0.0.1]/` are IP literals too (the URL parser normalises them).
pub fn egress_check(url: &Url, allow_private: bool) -> Result<(), FetchError> {
    let ip = match url.host() {
        Some(url::Host::Ipv4(a)) => IpAddr::V4(a),
        Some(url::Host::Ipv6(a)) => IpAddr::V6(a),
        _ => return Ok(()),
    };
    if is_private(ip) && !allow_private {
        return Err(FetchError {
            kind: FailureKind::Egress,
            detail: format!("egress refused: {ip} is not a public address"),
        });
    }
    Ok(())
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().trim_end_matches('.').to_ascii_lowercase();
        let allow = self.allow_private;
        let over = self.overrides.get(&host).copied();
        Box::pin(async move {
            let addrs = if let Some(a) = over {
                vec![a]
            } else if reserved_name(&host) {
                return Err(Box::new(ResolveFailed(format!(
                    "{host} (a reserved name with no [hosts] resolve override)"
                )))
                    as Box<dyn std::error::Error + Send + Sync>);
            } else {
                match tokio::net::lookup_host((host.as_str(), 0)).await {
                    Ok(it) => it.collect(),
                    Err(e) => return Err(Box::new(ResolveFailed(format!("{host}: {e}"))) as _),
                }
            };
            let ok = GuardedResolver::filter(&host, allow, addrs)?;
            Ok(Box::new(ok.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[derive(Debug, Clone)]
pub struct Fetcher {
    strict: reqwest::Client,
    lenient: reqwest::Client,
    settings: Arc<FetchSettings>,
}

impl Fetcher {
    pub fn new(settings: FetchSettings) -> Result<Fetcher, String> {
        let resolver = Arc::new(GuardedResolver {
            overrides: settings.resolve.iter().cloned().collect(),
            allow_private: settings.allow_private,
        });
        let mut roots = Vec::new();
        for pem in &settings.extra_roots {
            roots.extend(
                reqwest::Certificate::from_pem_bundle(pem)
                    .map_err(|e| format!("crawl.ca_certificates: not a usable PEM bundle: {e}"))?,
            );
        }
        let build = |lenient: bool| {
            let mut b = reqwest::Client::builder();
            for r in &roots {
                b = b.add_root_certificate(r.clone());
            }
            b.redirect(reqwest::redirect::Policy::none())
                .dns_resolver(resolver.clone())
                .connect_timeout(settings.timeout.min(Duration::from_secs(15)))
                .read_timeout(settings.timeout)
                .pool_idle_timeout(Duration::from_secs(30))
                .pool_max_idle_per_host(4)
                .danger_accept_invalid_certs(lenient)
                .no_proxy()
                .build()
                .map_err(|e| format!("cannot build the HTTP client: {e}"))
        };
        Ok(Fetcher {
            strict: build(false)?,
            lenient: build(true)?,
            settings: Arc::new(settings),
        })
    }

    /// One request, no redirect following. `lenient_tls`: retry a certificate failure
    /// with verification off and say so on the exchange.
    pub async fn fetch(
        &self,
        url: &Url,
        etag: Option<&str>,
        last_modified: Option<&str>,
        lenient_tls: bool,
    ) -> Result<Exchange, FetchError> {
        self.fetch_form(url, None, etag, last_modified, lenient_tls)
            .await
    }

    /// [`Fetcher::fetch`], or with `form` a `POST` of that
    /// `application/x-www-form-urlencoded` body (the platform list queries; the
    /// crawl never posts anything else).
    pub async fn fetch_form(
        &self,
        url: &Url,
        form: Option<&str>,
        etag: Option<&str>,
        last_modified: Option<&str>,
        lenient_tls: bool,
    ) -> Result<Exchange, FetchError> {
        egress_check(url, self.settings.allow_private)?;
        match self
            .fetch_with(&self.strict, url, form, etag, last_modified)
            .await
        {
            Err(e) if e.kind == FailureKind::Tls && lenient_tls => {
                let mut x = self
                    .fetch_with(&self.lenient, url, form, etag, last_modified)
                    .await?;
                x.tls_invalid_accepted = true;
                Ok(x)
            }
            other => other,
        }
    }

    async fn fetch_with(
        &self,
        client: &reqwest::Client,
        url: &Url,
        form: Option<&str>,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<Exchange, FetchError> {
        let s = &self.settings;
        let mut headers = HeaderMap::new();
        let mut sent = String::new();
        let mut add = |name: reqwest::header::HeaderName, value: &str| {
            if let Ok(v) = HeaderValue::from_str(value) {
                sent.push_str(&format!(
                    "{}: {}\r\n",
                    canonical_header_name(name.as_str()),
                    value
                ));
                headers.insert(name, v);
            }
        };
        add(USER_AGENT, &s.user_agent);
        add(ACCEPT, ACCEPT_VALUE);
        add(ACCEPT_ENCODING, ACCEPT_ENCODING_VALUE);
        add(ACCEPT_LANGUAGE, ACCEPT_LANGUAGE_VALUE);
        if let Some(e) = etag {
            add(IF_NONE_MATCH, e);
        }
        if let Some(lm) = last_modified {
            add(IF_MODIFIED_SINCE, lm);
        }
        if let Some(f) = form {
            add(CONTENT_TYPE, FORM_CONTENT_TYPE);
            add(CONTENT_LENGTH, &f.len().to_string());
        }
        let host_line = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("Host: {h}:{p}\r\n"),
            (Some(h), None) => format!("Host: {h}\r\n"),
            _ => String::new(),
        };
        let request_headers = format!("{host_line}{sent}");
        let fetched_at = crate::store::now_rfc3339();
        let started = Instant::now();
        let max = s.max_body;
        let work = async {
            let req = match form {
                Some(f) => client.post(url.clone()).body(f.to_owned()),
                None => client.get(url.clone()),
            };
            let mut resp = req.headers(headers).send().await.map_err(classify)?;
            let status = resp.status().as_u16();
            let http_version = format!("{:?}", resp.version());
            let resp_headers = resp.headers().clone();
            let mut body = Vec::new();
            let mut truncated = false;
            while let Some(chunk) = resp.chunk().await.map_err(classify)? {
                let room = max.saturating_sub(body.len());
                if chunk.len() > room {
                    body.extend_from_slice(&chunk[..room]);
                    truncated = true;
                    break;
                }
                body.extend_from_slice(&chunk);
            }
            Ok::<_, FetchError>((status, http_version, resp_headers, body, truncated))
        };
        let (status, http_version, resp_headers, body, mut truncated) =
            tokio::time::timeout(s.timeout, work)
                .await
                .map_err(|_| FetchError {
                    kind: FailureKind::Timeout,
                    detail: format!("no complete response within {:?}", s.timeout),
                })??;
        let encoding = resp_headers
            .get(reqwest::header::CONTENT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_ascii_lowercase())
            .filter(|v| !v.is_empty() && v != "identity");
        let decoded = match encoding.as_deref() {
            Some(enc) if !body.is_empty() => match decode_content(enc, &body, max) {
                Some((d, cut)) => {
                    truncated |= cut;
                    Some(d)
                }
                None => None,
            },
            _ => None,
        };
        let response_headers = resp_headers
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}: {}\r\n",
                    canonical_header_name(k.as_str()),
                    String::from_utf8_lossy(v.as_bytes())
                )
            })
            .collect();
        Ok(Exchange {
            url: url.clone(),
            status,
            http_version,
            request_headers,
            response_headers,
            headers: resp_headers,
            fetched_at,
            elapsed: started.elapsed(),
            body,
            decoded,
            truncated,
            tls_invalid_accepted: false,
        })
    }
}

/// `content-type` → `Content-Type`: headers arrive lowercased from the HTTP library;
/// WARC readers and people expect the usual spelling.
pub fn canonical_header_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut up = true;
    for c in name.chars() {
        out.push(if up { c.to_ascii_uppercase() } else { c });
        up = c == '-';
    }
    out
}

/// The one decoder of Content-Encodings, shared with the archive's readers.
pub use nianbao_store::decode_content;

fn classify(e: reqwest::Error) -> FetchError {
    let mut chain = String::new();
    let mut src: Option<&dyn std::error::Error> = Some(&e);
    let mut kind = None;
    while let Some(s) = src {
        if let Some(h) = s.downcast_ref::<hyper::Error>() {
            // The server spoke broken HTTP (a head too large or with too many headers, an
            // invalid Content-Length, not HTTP at all): asking again gets the same answer.
            if h.is_parse() || h.is_parse_too_large() || h.is_parse_status() {
                kind.get_or_insert(FailureKind::Protocol);
            }
        }
        if s.downcast_ref::<EgressRefused>().is_some() {
            kind = Some(FailureKind::Egress);
        } else if s.downcast_ref::<ResolveFailed>().is_some() && kind.is_none() {
            kind = Some(FailureKind::Dns);
        }
        if !chain.is_empty() {
            chain.push_str(": ");
        }
        chain.push_str(&s.to_string());
        src = s.source();
    }
    let lower = chain.to_ascii_lowercase();
    let kind = kind.unwrap_or_else(|| {
        if e.is_timeout() {
            FailureKind::Timeout
        } else if lower.contains("certificate")
            || lower.contains("tls")
            || lower.contains("handshake")
        {
            FailureKind::Tls
        } else if e.is_connect() {
            FailureKind::Connect
        } else {
            FailureKind::Network
        }
    });
    FetchError {
        kind,
        detail: chain,
    }
}

/// Seconds or an HTTP date (RFC 9110 §10.2.3).
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn private_ranges() {
        for ip in [
            "127.0.0.2",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.0.1",
            "100.64.0.1",
            "224.0.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fc00::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_private(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["1.1.1.1", "100.128.0.1", "202.108.22.5", "2001:4860::1"] {
            assert!(!is_private(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        let later = std::time::SystemTime::now() + Duration::from_secs(30);
        let d = parse_retry_after(&httpdate::fmt_http_date(later)).unwrap();
        assert!(
            d <= Duration::from_secs(30) && d >= Duration::from_secs(28),
            "{d:?}"
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn decoding_is_capped_against_bombs() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b'a'; 5_000_000]).unwrap();
        let bomb = gz.finish().unwrap();
        assert!(bomb.len() < 20_000);
        let (out, cut) = decode_content("gzip", &bomb, 1_000_000).unwrap();
        assert_eq!(out.len(), 1_000_000);
        assert!(cut);
        let (out, cut) = decode_content("gzip", &bomb, 10_000_000).unwrap();
        assert_eq!(out.len(), 5_000_000);
        assert!(!cut);
        assert!(decode_content("gzip", b"not gzip", 100).is_none());
        assert!(decode_content("compress", b"x", 100).is_none());
    }

    #[test]
    fn header_names_get_their_usual_spelling() {
        assert_eq!(canonical_header_name("content-type"), "Content-Type");
        assert_eq!(canonical_header_name("etag"), "Etag");
    }
}
