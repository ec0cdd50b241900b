//! Redirect decisions, apart from the loop that follows them (as in xh's `redirect.rs`):
//! given the answer to one hop and the hops so far, [`next_hop`] says where to go next,
//! that the answer is final, or why the chain ends in a failure. The site orchestrator
//! does the fetching, pacing and robots checks between hops.

use nianbao_discover::canon;
use url::Url;

use super::failure::Failure;
use crate::seeds::Scope;
use crate::store::FailureKind;

/// One redirect hop, as stored in `captures.redirects_json`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Hop {
    pub url: String,
    pub status: u16,
    pub location: String,
}

/// What a chain of redirects may do.
#[derive(Debug, Clone)]
pub(crate) struct RedirectPolicy {
    /// The site's seed URL: hops must stay on its host, within `scope` there.
    pub site: Url,
    pub scope: Scope,
    pub max_redirects: u32,
}

/// `url` is outside the site's scope: the chain ends there, and the URL is kept as an
/// off-scope link.
pub(crate) fn off_site(
    url: &Url,
    site: &Url,
    scope: &Scope,
    status: Option<u16>,
) -> Option<Failure> {
    if scope.admits(url, site) {
        return None;
    }
    // `status` is the redirect's; without one the URL itself was asked for.
    let detail = match (status.is_some(), canon::same_host(url, site)) {
        (true, true) => format!("redirected out of the site's scope to {url}"),
        (true, false) => format!("redirected off the site to {url}"),
        (false, true) => format!("outside the site's scope: {url}"),
        (false, false) => format!("off the site: {url}"),
    };
    Some(Failure {
        offscope: Some(url.to_string()),
        ..Failure::new(FailureKind::Redirect, detail, status)
    })
}

/// Where the answer `status` (with its raw `Location` bytes) to `current` sends the
/// crawl next. `Ok(None)`: the answer is final (not a redirect, a 304, or a 3xx
/// without Location). `hops` are the hops already taken, `current` not among them.
/// The URL returned is the one to fetch next (fragment dropped).
pub(crate) fn next_hop(
    current: &Url,
    status: u16,
    location: Option<&[u8]>,
    hops: &[Hop],
    policy: &RedirectPolicy,
) -> Result<Option<Url>, Failure> {
    if !(300..400).contains(&status) || status == 304 {
        return Ok(None);
    }
    let Some(location) = location.map(location_text) else {
        return Ok(None);
    };
    let fail = |detail: String| Err(Failure::new(FailureKind::Redirect, detail, Some(status)));
    let next = match current.join(location.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => u,
        Ok(u) => return fail(format!("redirect to a {} URL", u.scheme())),
        Err(_) => return fail(format!("unusable Location {location:?}")),
    };
    let key = canon::canonical_key(&next);
    let requested = hops
        .iter()
        .filter_map(|h| Url::parse(&h.url).ok())
        .chain(std::iter::once(current.clone()));
    if requested
        .map(|u| canon::canonical_key(&u))
        .any(|k| k == key)
    {
        return fail(format!("redirect loop back to {next}"));
    }
    if hops.len() + 1 > policy.max_redirects as usize {
        return fail(format!("more than {} redirects", policy.max_redirects));
    }
    let next = canon::fetch_url(&next);
    if let Some(f) = off_site(&next, &policy.site, &policy.scope, Some(status)) {
        return Err(f);
    }
    Ok(Some(next))
}

/// A `Location` value as text. Servers send raw bytes there (GBK paths, Latin-1):
/// bytes outside printable ASCII are percent-encoded as they are, so the URL asks
/// the server for exactly the bytes it named (a lossy UTF-8 decode would not).
pub(crate) fn location_text(raw: &[u8]) -> String {
    let mut s = String::with_capacity(raw.len());
    for &b in raw {
        if (0x20..0x7f).contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn policy() -> RedirectPolicy {
        RedirectPolicy {
            site: u("http://sthjt.example.gov.cn/"),
            scope: Scope::Host,
            max_redirects: 3,
        }
    }

    fn hop(from: &str, to: &str) -> Hop {
        Hop {
            url: from.into(),
            status: 302,
            location: to.into(),
        }
    }

    const A: &str = "http://sthjt.example.gov.cn/a.html";

    #[test]
    fn final_answers_are_not_followed() {
        for status in [200, 304, 404, 500] {
            assert_eq!(
                next_hop(&u(A), status, Some(b"/b"), &[], &policy()),
                Ok(None)
            );
        }
        // A 3xx without Location is the final answer.
        assert_eq!(next_hop(&u(A), 302, None, &[], &policy()), Ok(None));
    }

    #[test]
    fn same_site_redirects_are_followed_without_the_fragment() {
        assert_eq!(
            next_hop(&u(A), 301, Some(b"/b.html#top"), &[], &policy()),
            Ok(Some(u("http://sthjt.example.gov.cn/b.html")))
        );
    }

    #[test]
    fn off_site_redirects_end_the_chain_and_keep_the_target() {
        let f = next_hop(
            &u(A),
            302,
            Some(b"http://evil.example.com/x"),
            &[],
            &policy(),
        )
        .unwrap_err();
        assert_eq!(f.kind, FailureKind::Redirect);
        assert_eq!(f.status, Some(302));
        assert_eq!(f.offscope.as_deref(), Some("http://evil.example.com/x"));
        assert!(f.detail.contains("off the site"), "{}", f.detail);
    }

    #[test]
    fn a_column_site_is_not_redirected_out_of_its_column() {
        let column = RedirectPolicy {
            scope: Scope::Prefix("/sthjj/".into()),
            ..policy()
        };
        let here = u("http://sthjt.example.gov.cn/sthjj/a.html");
        assert_eq!(
            next_hop(&here, 301, Some(b"/sthjj/b.html"), &[], &column),
            Ok(Some(u("http://sthjt.example.gov.cn/sthjj/b.html")))
        );
        let f = next_hop(&here, 302, Some(b"/jyj/b.html"), &[], &column).unwrap_err();
        assert_eq!(f.kind, FailureKind::Redirect);
        assert_eq!(
            f.offscope.as_deref(),
            Some("http://sthjt.example.gov.cn/jyj/b.html")
        );
        assert!(f.detail.contains("out of the site's scope"), "{}", f.detail);
        // A URL asked for directly is out of scope, not redirected.
        let f = off_site(
            &u("http://sthjt.example.gov.cn/jyj/"),
            &column.site,
            &column.scope,
            None,
        )
        .unwrap();
        assert_eq!(
            f.detail,
            "outside the site's scope: http://sthjt.example.gov.cn/jyj/"
        );
    }

    #[test]
    fn other_schemes_and_garbage_are_refused() {
        let f = next_hop(
            &u(A),
            302,
            Some(b"ftp://sthjt.example.gov.cn/x"),
            &[],
            &policy(),
        )
        .unwrap_err();
        assert_eq!(f.detail, "redirect to a ftp URL");
        assert_eq!(f.offscope, None);
        let f = next_hop(&u(A), 302, Some(b"http://[::1"), &[], &policy()).unwrap_err();
        assert!(f.detail.starts_with("unusable Location"), "{}", f.detail);
    }

    #[test]
    fn loops_and_long_chains_fail() {
        let b = "http://sthjt.example.gov.cn/b.html";
        let f = next_hop(&u(b), 302, Some(A.as_bytes()), &[hop(A, b)], &policy()).unwrap_err();
        assert!(
            f.detail.starts_with("redirect loop back to"),
            "{}",
            f.detail
        );
        // A redirect to itself is a loop too.
        assert!(next_hop(&u(A), 302, Some(A.as_bytes()), &[], &policy()).is_err());
        let chain = [hop(A, "/1"), hop("/1", "/2"), hop("/2", "/3")];
        let f = next_hop(
            &u("http://sthjt.example.gov.cn/3"),
            302,
            Some(b"/4"),
            &chain,
            &policy(),
        )
        .unwrap_err();
        assert_eq!(f.detail, "more than 3 redirects");
        let ok = next_hop(
            &u("http://sthjt.example.gov.cn/2"),
            302,
            Some(b"/3"),
            &chain[..2],
            &policy(),
        );
        assert!(ok.unwrap().is_some());
    }

    #[test]
    fn gbk_location_bytes_are_percent_encoded_as_sent() {
        // "/年报.html" in GBK: the server expects these very bytes back.
        let raw = b"/\xc4\xea\xb1\xa8.html";
        assert_eq!(location_text(raw), "/%C4%EA%B1%A8.html");
        let next = next_hop(&u(A), 302, Some(raw), &[], &policy())
            .unwrap()
            .unwrap();
        assert_eq!(next.path(), "/%C4%EA%B1%A8.html");
    }
}
