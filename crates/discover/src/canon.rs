//! URL identity: the seen-set key, the URL we fetch, and site scope.
//!
//! Two URLs that name the same document must collapse to one seen-set entry,
//! or a crawl of a JSP site that appends `;jsessionid=…` to every link walks
//! the same tree once per session. But the key is only used for *identity*:
//! the request goes to [`fetch_url`], which keeps the link as the site wrote
//! it, because some servers need the session id or the exact query order.
//!
//! What the key deliberately does **not** do: strip `index.html` (TRS sites
//! serve a different page at `/` than at `/index.html` surprisingly often),
//! lowercase the path (IIS sites are case-insensitive, Linux ones are not),
//! or decode percent-escapes (the `url` crate's serialisation is already the
//! one canonical spelling we need).

use url::{Host, Url};

/// Query parameter and path parameter names that carry a session id.
/// Compared ASCII case-insensitively; `aspsessionid` is a prefix
/// (classic ASP appends random letters: `ASPSESSIONIDQSTCRBTA`).
fn is_session_name(name: &str) -> bool {
    const EXACT: &[&str] = &[
        "jsessionid",
        "phpsessid",
        "sid",
        "sessionid",
        "session_id",
        "cfid",
        "cftoken",
    ];
    EXACT.iter().any(|n| name.eq_ignore_ascii_case(n))
        || name
            .get(..12)
            .is_some_and(|p| p.eq_ignore_ascii_case("aspsessionid"))
}

fn param_name(pair: &str) -> &str {
    pair.split_once('=').map_or(pair, |(k, _)| k)
}

/// Seen-set key of a `POST` of `form` to `url` (the platform list queries of
/// [`crate::platform`]): method and body are part of what was asked, so two
/// pages of one proxy are two keys, and a key never equals a `GET`'s.
pub fn post_key(url: &Url, form: &str) -> String {
    format!("POST {} {form}", canonical_key(url))
}

/// Key for the crawler's seen-set.
///
/// Scheme and host lowercase (the `url` crate does that), default port
/// dropped, fragment dropped, session ids stripped from path parameters and
/// from the query, remaining query parameters stably sorted by name
/// (duplicates kept in their order), an empty `?` removed, and a trailing dot
/// on the host removed. `index.html` is kept.
///
/// The result re-parses to itself: `canonical_key(&Url::parse(&k)?) == k`.
pub fn canonical_key(url: &Url) -> String {
    // Fast path: most URLs on a list page are already canonical.
    let host_dot = url.host_str().is_some_and(|h| h.ends_with('.'));
    if url.fragment().is_none() && url.query().is_none() && !url.path().contains(';') && !host_dot {
        return url.as_str().to_owned();
    }
    let mut cur = normalize_once(url);
    // Removing a path parameter can expose a dot segment (`/a/..;jsessionid=1/b`)
    // that the parser would fold on the next parse; iterate to the fixed point
    // so the key is idempotent. Each round only removes things, so it settles fast.
    for _ in 0..4 {
        match Url::parse(&cur) {
            Ok(u) => {
                let next = normalize_once(&u);
                if next == cur {
                    break;
                }
                cur = next;
            }
            Err(_) => break,
        }
    }
    cur
}

fn normalize_once(url: &Url) -> String {
    let mut v = url.clone();
    v.set_fragment(None);
    if let Some(Host::Domain(d)) = v.host() {
        if d.ends_with('.') {
            let t = d.trim_end_matches('.').to_owned();
            if !t.is_empty() {
                let _ = v.set_host(Some(&t));
            }
        }
    }
    if v.path().contains(';') {
        let stripped = strip_path_params(v.path());
        if stripped != v.path() {
            v.set_path(&stripped);
        }
    }
    if let Some(q) = v.query() {
        let mut parts: Vec<&str> = q
            .split('&')
            .filter(|p| !p.is_empty() && !is_session_name(param_name(p)))
            .collect();
        parts.sort_by(|a, b| param_name(a).cmp(param_name(b)));
        let joined = parts.join("&");
        if joined.is_empty() {
            v.set_query(None);
        } else if joined != q {
            v.set_query(Some(&joined));
        }
    }
    v.into()
}

/// Drop `;jsessionid=…`-style parameters from every path segment, keeping
/// any other `;param`.
fn strip_path_params(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, seg) in path.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        let mut pieces = seg.split(';');
        out.push_str(pieces.next().unwrap_or(""));
        for p in pieces {
            if !is_session_name(param_name(p)) {
                out.push(';');
                out.push_str(p);
            }
        }
    }
    out
}

/// The URL actually fetched: the link as found, only the fragment dropped.
pub fn fetch_url(url: &Url) -> Url {
    let mut v = url.clone();
    v.set_fragment(None);
    v
}

/// Same site scope.
///
/// Hosts compare case-insensitively and ignoring a trailing dot. Ports: equal
/// effective ports match; different ports are ignored only when at least one
/// side uses its scheme's default (so `http://x:8080/` and `https://x/` are
/// one site — bureau sites on odd ports link back to their main address —
/// but `http://x:8080/` and `http://x:8081/` are two).
pub fn same_host(a: &Url, b: &Url) -> bool {
    let (Some(ha), Some(hb)) = (a.host_str(), b.host_str()) else {
        return false;
    };
    if !ha
        .trim_end_matches('.')
        .eq_ignore_ascii_case(hb.trim_end_matches('.'))
    {
        return false;
    }
    a.port_or_known_default() == b.port_or_known_default()
        || a.port().is_none()
        || b.port().is_none()
}

pub(crate) fn http_like(u: &Url) -> bool {
    matches!(u.scheme(), "http" | "https")
}

/// Cheap pre-check before `Url::join`: an explicit non-http scheme
/// (`javascript:`, `mailto:`, `tel:`, `data:`, `vbscript:` …) is dropped
/// without building a URL.
fn has_foreign_scheme(href: &str) -> bool {
    let Some(colon) = href.find(':') else {
        return false;
    };
    let scheme = &href[..colon];
    !scheme.is_empty()
        && scheme.as_bytes()[0].is_ascii_alphabetic()
        && scheme
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        && !scheme.eq_ignore_ascii_case("http")
        && !scheme.eq_ignore_ascii_case("https")
}

/// Resolve an href as a browser would; None for links we never follow.
pub(crate) fn resolve(base: &Url, href: &str) -> Option<Url> {
    let h = href.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control());
    if h.is_empty() || h.starts_with('#') || has_foreign_scheme(h) {
        return None;
    }
    let mut u = base.join(h).ok()?;
    if !(http_like(&u) && u.host_str().is_some_and(|h| !h.is_empty())) {
        return None;
    }
    if u.fragment().is_some() {
        u.set_fragment(None);
    }
    Some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn jsessionid_path_param_stripped_in_key_kept_in_fetch() {
        let x = u("http://sthjt.example.gov.cn/xxgk/list.jsp;jsessionid=ABC123DEF?col=12");
        assert_eq!(
            canonical_key(&x),
            "http://sthjt.example.gov.cn/xxgk/list.jsp?col=12"
        );
        assert_eq!(
            fetch_url(&x).as_str(),
            "http://sthjt.example.gov.cn/xxgk/list.jsp;jsessionid=ABC123DEF?col=12"
        );
        let y = u("http://a.gov.cn/x/show.do;JSESSIONID=1;lang=zh");
        assert_eq!(canonical_key(&y), "http://a.gov.cn/x/show.do;lang=zh");
        let z = u("http://a.gov.cn/x/a.php;PHPSESSID=zz");
        assert_eq!(canonical_key(&z), "http://a.gov.cn/x/a.php");
    }

    #[test]
    fn session_query_params_stripped_case_insensitive() {
        let x = u("http://a.gov.cn/p.asp?id=3&ASPSESSIONIDQSTCRBTA=XYZ&SID=9&cfid=1&CFTOKEN=2");
        assert_eq!(canonical_key(&x), "http://a.gov.cn/p.asp?id=3");
        let y = u("http://a.gov.cn/p.jsp?JSessionId=1");
        assert_eq!(canonical_key(&y), "http://a.gov.cn/p.jsp");
        // `side=` is not `sid=`.
        let z = u("http://a.gov.cn/p.jsp?side=1");
        assert_eq!(canonical_key(&z), "http://a.gov.cn/p.jsp?side=1");
    }

    #[test]
    fn query_sorted_stably_and_empty_query_removed() {
        let x = u("http://a.gov.cn/col/col123/index.html?uid=456&pageNum=2");
        let y = u("http://a.gov.cn/col/col123/index.html?pageNum=2&uid=456");
        assert_eq!(canonical_key(&x), canonical_key(&y));
        assert_eq!(
            canonical_key(&x),
            "http://a.gov.cn/col/col123/index.html?pageNum=2&uid=456"
        );
        let d = u("http://a.gov.cn/s?b=1&a=2&b=0");
        assert_eq!(canonical_key(&d), "http://a.gov.cn/s?a=2&b=1&b=0");
        assert_eq!(canonical_key(&u("http://a.gov.cn/p?")), "http://a.gov.cn/p");
        assert_eq!(
            canonical_key(&u("http://a.gov.cn/p?&&")),
            "http://a.gov.cn/p"
        );
    }

    #[test]
    fn ports_fragments_host_case_and_dot() {
        assert_eq!(
            canonical_key(&u("HTTP://WWW.Example.GOV.CN:80/a/index.html#top")),
            "http://www.example.gov.cn/a/index.html"
        );
        assert_eq!(
            canonical_key(&u("https://example.gov.cn:443/")),
            "https://example.gov.cn/"
        );
        assert_eq!(
            canonical_key(&u("http://example.gov.cn:8080/")),
            "http://example.gov.cn:8080/"
        );
        assert_eq!(
            canonical_key(&u("http://example.gov.cn./a")),
            "http://example.gov.cn/a"
        );
        // index.html is not stripped.
        assert_ne!(
            canonical_key(&u("http://a.gov.cn/xxgk/index.html")),
            canonical_key(&u("http://a.gov.cn/xxgk/"))
        );
        assert_eq!(
            fetch_url(&u("http://a.gov.cn/x.html?b=1&a=2#frag")).as_str(),
            "http://a.gov.cn/x.html?b=1&a=2"
        );
    }

    #[test]
    fn dot_segment_exposed_by_stripping_is_folded() {
        let x = u("http://a.gov.cn/a/..;jsessionid=1/b");
        let k = canonical_key(&x);
        assert_eq!(canonical_key(&u(&k)), k);
    }

    #[test]
    fn same_host_rules() {
        assert!(same_host(&u("http://A.gov.cn/x"), &u("https://a.gov.cn/y")));
        assert!(same_host(
            &u("http://a.gov.cn:8080/x"),
            &u("http://a.gov.cn/y")
        ));
        assert!(same_host(&u("http://a.gov.cn./x"), &u("http://a.gov.cn/y")));
        assert!(!same_host(
            &u("http://a.gov.cn:8080/"),
            &u("http://a.gov.cn:8081/")
        ));
        assert!(same_host(
            &u("http://a.gov.cn:8080/"),
            &u("http://a.gov.cn:8080/z")
        ));
        assert!(!same_host(&u("http://a.gov.cn/"), &u("http://b.gov.cn/")));
        assert!(!same_host(
            &u("http://www.a.gov.cn/"),
            &u("http://a.gov.cn/")
        ));
        assert!(!same_host(&u("mailto:x@a.gov.cn"), &u("http://a.gov.cn/")));
    }
}
