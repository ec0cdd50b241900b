//! Link extraction, pager expansion, scoring and canonical keys on arbitrary
//! bytes (lossily decoded, as the crawler hands decoded pages over) against a
//! fixed list-page URL.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_discover::{canon, links, pager, score};
use std::sync::LazyLock;
use url::Url;

static BASE: LazyLock<Url> =
    LazyLock::new(|| Url::parse("http://sthjt.a.gov.cn/xxgk/gknb/index.html").expect("base URL"));

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let base = &*BASE;

    let page = links::extract_links(&html, base);
    assert!(page.links.len() <= links::MAX_LINKS);
    let mut keys = std::collections::HashSet::new();
    for l in &page.links {
        assert!(matches!(l.url.scheme(), "http" | "https"), "{}", l.url);
        assert!(l.url.fragment().is_none(), "{}", l.url);
        assert!(l.anchor.chars().count() <= 200);
        let k = canon::canonical_key(&l.url);
        assert!(keys.insert(k.clone()), "duplicate key {k}");
        check_key(&l.url, &k);
        let _ = score::score_link(l);
        let _ = score::year_hint(&l.anchor);
        let _ = score::looks_like_report_title(&l.anchor);
        let _ = score::looks_like_trap(&l.url);
        let _ = score::is_attachment_url(&l.url);
    }
    if let Some(t) = &page.title {
        let _ = score::year_hint(t);
        let _ = score::looks_like_report_title(t);
    }

    let pages = pager::expand(&html, base);
    assert!(pages.len() <= pager::MAX_TOTAL);
    for u in &pages {
        assert!(u.fragment().is_none(), "{u}");
        check_key(u, &canon::canonical_key(u));
    }

    // The input as a link target too: any URL the parser accepts.
    let first_line = html.lines().next().unwrap_or("");
    if let Ok(u) = base.join(first_line) {
        let k = canon::canonical_key(&u);
        check_key(&u, &k);
        let f = canon::fetch_url(&u);
        assert!(f.fragment().is_none());
        let _ = score::looks_like_trap(&u);
        let _ = score::is_attachment_url(&u);
    }
});

/// The documented contract of `canonical_key`: no fragment, and the key
/// re-parses to itself (when it re-parses at all) on the same site.
/// (`same_host` is false for host-less URLs such as `mailto:` by design.)
fn check_key(u: &Url, k: &str) {
    assert!(!k.contains('#'), "{u} -> {k}");
    if let Ok(again) = Url::parse(k) {
        assert_eq!(canon::canonical_key(&again), k, "not idempotent for {u}");
        if u.host_str().is_some() {
            assert!(canon::same_host(u, &again), "{u} -> {k} changed host");
        }
    }
}
