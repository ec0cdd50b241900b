//! What becomes of one intercepted request before anyone fetches anything (pure): the
//! page's own document is served from what the crawler already holds, requests no list
//! needs or may not make are refused, the rest go to the caller's fetcher.

use chromiumoxide::cdp::browser_protocol::network::ResourceType;
use url::Url;

use crate::Refusal;

/// What the page wants a resource for (the protocol's resource types, folded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceKind {
    Document,
    Script,
    /// `XMLHttpRequest` and `fetch()`: where script-built lists get their records.
    Xhr,
    Stylesheet,
    Image,
    Font,
    Media,
    /// Pings, beacons, reports, prefetches, manifests, sockets, event streams.
    Beacon,
    Other,
}

impl ResourceKind {
    pub(crate) fn from_cdp(t: &ResourceType) -> ResourceKind {
        match t {
            ResourceType::Document => ResourceKind::Document,
            ResourceType::Script => ResourceKind::Script,
            ResourceType::Xhr | ResourceType::Fetch => ResourceKind::Xhr,
            ResourceType::Stylesheet => ResourceKind::Stylesheet,
            ResourceType::Image => ResourceKind::Image,
            ResourceType::Font => ResourceKind::Font,
            ResourceType::Media | ResourceType::TextTrack => ResourceKind::Media,
            ResourceType::Ping
            | ResourceType::CspViolationReport
            | ResourceType::Prefetch
            | ResourceType::Manifest
            | ResourceType::WebSocket
            | ResourceType::EventSource
            | ResourceType::SignedExchange
            | ResourceType::FedCm
            | ResourceType::Preflight => ResourceKind::Beacon,
            ResourceType::Other => ResourceKind::Other,
        }
    }

    /// Whether a page may need this to build its list: documents (frames), scripts,
    /// data requests, and what the protocol cannot name.
    pub fn builds_lists(self) -> bool {
        matches!(
            self,
            ResourceKind::Document | ResourceKind::Script | ResourceKind::Xhr | ResourceKind::Other
        )
    }
}

/// The decision for one intercepted request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    /// The page being rendered: served from the crawler's copy, not fetched again.
    Document,
    /// Failed without a fetch.
    Refuse(Refusal),
    /// For the caller's fetcher to fetch (under the host's politeness) or refuse.
    Ask(Url),
}

/// Decide one request: `method` and `url` as the browser sent them, `doc` the page being
/// rendered, `document_served` whether its navigation was already answered.
pub fn triage(
    method: &str,
    url: &str,
    kind: ResourceKind,
    doc: &Url,
    document_served: bool,
) -> Triage {
    let Ok(parsed) = Url::parse(url) else {
        return Triage::Refuse(Refusal::Scheme(url.chars().take(40).collect()));
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        return Triage::Refuse(Refusal::Scheme(parsed.scheme().to_string()));
    }
    if !method.eq_ignore_ascii_case("GET") {
        return Triage::Refuse(Refusal::Method(method.to_ascii_uppercase()));
    }
    if !kind.builds_lists() {
        return Triage::Refuse(Refusal::NotNeeded(kind));
    }
    if kind == ResourceKind::Document && !document_served && same_document(&parsed, doc) {
        return Triage::Document;
    }
    Triage::Ask(parsed)
}

fn same_document(a: &Url, b: &Url) -> bool {
    let strip = |u: &Url| {
        let mut u = u.clone();
        u.set_fragment(None);
        u
    };
    strip(a) == strip(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "http://sthjj.example.gov.cn/xxgk/ndbg/index.html";

    fn t(method: &str, url: &str, kind: ResourceKind, served: bool) -> Triage {
        triage(method, url, kind, &Url::parse(DOC).unwrap(), served)
    }

    #[test]
    fn the_page_itself_is_served_once_from_the_crawlers_copy() {
        assert_eq!(
            t("GET", DOC, ResourceKind::Document, false),
            Triage::Document
        );
        assert_eq!(
            t("GET", &format!("{DOC}#list"), ResourceKind::Document, false),
            Triage::Document
        );
        // A reload, or the page in a frame of itself, is a fetch like any other.
        assert!(matches!(
            t("GET", DOC, ResourceKind::Document, true),
            Triage::Ask(_)
        ));
    }

    #[test]
    fn data_requests_and_scripts_are_asked_for() {
        for kind in [ResourceKind::Xhr, ResourceKind::Script, ResourceKind::Other] {
            let got = t(
                "GET",
                "http://sthjj.example.gov.cn/api/list.json?p=1",
                kind,
                true,
            );
            assert_eq!(
                got,
                Triage::Ask(Url::parse("http://sthjj.example.gov.cn/api/list.json?p=1").unwrap()),
                "{kind:?}"
            );
        }
        // Another host is the fetcher's to refuse: triage does not know the crawl's scope.
        assert!(matches!(
            t(
                "GET",
                "http://cdn.example.com/jquery.js",
                ResourceKind::Script,
                true
            ),
            Triage::Ask(_)
        ));
    }

    #[test]
    fn what_no_list_needs_or_may_not_be_sent_is_refused() {
        let img = t(
            "GET",
            "http://sthjj.example.gov.cn/logo.png",
            ResourceKind::Image,
            true,
        );
        assert_eq!(img, Triage::Refuse(Refusal::NotNeeded(ResourceKind::Image)));
        for kind in [
            ResourceKind::Font,
            ResourceKind::Stylesheet,
            ResourceKind::Media,
            ResourceKind::Beacon,
        ] {
            assert!(matches!(
                t("GET", "http://sthjj.example.gov.cn/x", kind, true),
                Triage::Refuse(Refusal::NotNeeded(_))
            ));
        }
        assert_eq!(
            t(
                "POST",
                "http://sthjj.example.gov.cn/api",
                ResourceKind::Xhr,
                true
            ),
            Triage::Refuse(Refusal::Method("POST".into()))
        );
        assert_eq!(
            t(
                "GET",
                "ws://sthjj.example.gov.cn/live",
                ResourceKind::Other,
                true
            ),
            Triage::Refuse(Refusal::Scheme("ws".into()))
        );
        assert_eq!(
            t("GET", "data:text/plain,hi", ResourceKind::Xhr, true),
            Triage::Refuse(Refusal::Scheme("data".into()))
        );
        assert!(matches!(
            t("GET", "not a url", ResourceKind::Xhr, true),
            Triage::Refuse(Refusal::Scheme(_))
        ));
    }
}
