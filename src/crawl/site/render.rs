//! The crawl's side of the browser, for hosts with `[hosts."…"] render = true`: a list
//! page the crawl fetched is loaded in the run's headless Chromium ([`nianbao_render`]);
//! every request the page makes comes back here and is fetched like any other (this
//! host only, robots.txt, the host's pacer, retries and request count, the one fetcher
//! with its User-Agent and egress guard) and archived as a capture (role `other`,
//! outside the frontier), or refused; the links of the rendered DOM that the served page
//! lacked join its links as [`LinkSource::Rendered`].
//!
//! Without Chromium the page keeps its served links and a `needs_tool` failure says why
//! nothing was rendered.

use std::collections::HashSet;
use std::future::Future;

use nianbao_discover::canon;
use nianbao_discover::links::{self, Link, LinkSource};
use nianbao_render::{Document, PageFetcher, Refusal, RenderError, Request, Response};
use url::Url;

use super::page::{self, Parsed};
use super::SiteCrawl;
use crate::fetch::Exchange;
use crate::store::{
    FailureKind, FailureRecord, FrontierItem, FrontierState, NewLink, OffscopeLink, PageRole,
};

/// Whether a page is rendered (its host having `render = true`): a seed or list page
/// that answered 2xx, or 304 for one queued as such (its archived copy is rendered).
pub(super) fn renders(status: u16, queued_as: PageRole, role: PageRole) -> bool {
    let list = |r| matches!(r, PageRole::Seed | PageRole::List);
    match status {
        200..=299 => list(role),
        304 => list(queued_as),
        _ => false,
    }
}

/// The links of the rendered DOM that the served page did not have, marked as rendered.
pub(super) fn rendered_only(served: &[Link], dom: Vec<Link>) -> Vec<Link> {
    let known: HashSet<String> = served
        .iter()
        .map(|l| canon::canonical_key(&l.url))
        .collect();
    dom.into_iter()
        .filter(|l| !known.contains(&canon::canonical_key(&l.url)))
        .map(|l| Link {
            source: LinkSource::Rendered,
            ..l
        })
        .collect()
}

impl SiteCrawl {
    /// The links only script writes into a list page, found by rendering it; none when
    /// its host is not rendered, it is no list, or there is no browser (then recorded).
    pub(super) async fn rendered_links(
        &self,
        item: &FrontierItem,
        x: &Exchange,
        parsed: &Parsed,
        role: PageRole,
    ) -> crate::Result<Vec<Link>> {
        if !self.ctx.cfg.renders(&self.site.host) || !renders(x.status, item.role, role) {
            return Ok(Vec::new());
        }
        let Some(doc) = self.document(item, x, parsed).await? else {
            return Ok(Vec::new());
        };
        let outcome = match self.ctx.browser.get().await {
            Ok(browser) => {
                let fetcher = BrowserRequests { site: self };
                browser
                    .render(&doc, &fetcher, self.ctx.cfg.render_timeout())
                    .await
            }
            Err(e) => Err(e),
        };
        match outcome {
            Ok(r) => {
                if r.out_of_time {
                    tracing::debug!(url = %doc.url, "render budget spent before the page went quiet");
                }
                let dom = links::extract_links(&r.dom, &doc.url);
                Ok(rendered_only(&parsed.links, dom.links))
            }
            Err(e) => {
                self.not_rendered(&doc.url, e);
                Ok(Vec::new())
            }
        }
    }

    /// The rendered links to queue and those outside the site, under the same rules as
    /// the page's served links.
    pub(super) fn rendered_to_queue(
        &self,
        item: &FrontierItem,
        rendered: Vec<Link>,
        role: PageRole,
        page_url: &Url,
    ) -> (Vec<NewLink>, Vec<OffscopeLink>) {
        if rendered.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let parsed = Parsed {
            html: true,
            links: rendered,
            ..Parsed::default()
        };
        self.links.links_to_queue(item, &parsed, role, page_url)
    }

    /// The page as the browser gets it: the body just fetched, or on a 304 the archived one.
    async fn document(
        &self,
        item: &FrontierItem,
        x: &Exchange,
        parsed: &Parsed,
    ) -> crate::Result<Option<Document>> {
        if x.status != 304 {
            return Ok(parsed.html.then(|| Document {
                url: x.url.clone(),
                content_type: x.header("content-type"),
                body: x.payload().to_vec(),
            }));
        }
        let Some(cid) = item.last_capture_id else {
            return Ok(None);
        };
        let max_body = self.ctx.cfg.max_body_bytes();
        let archived = self.ctx.db.call(move |s| s.capture_payload(cid)).await?;
        Ok(archived.and_then(|p| {
            if !page::parse_archived(&p, max_body).html {
                return None;
            }
            Some(Document {
                url: Url::parse(&p.final_url).ok()?,
                content_type: p.content_type.clone(),
                body: p.decoded(max_body).into_owned(),
            })
        }))
    }

    fn not_rendered(&self, url: &Url, e: RenderError) {
        let detail = format!("{e}; the page's served links were used");
        if !matches!(e, RenderError::NeedsTool(_) | RenderError::Launch(_)) {
            // The browser is there; this one page failed in it.
            tracing::warn!(%url, "{detail}");
            self.stats().note(format!("{url} not rendered: {detail}"));
            return;
        }
        {
            let mut stats = self.stats();
            stats.error(FailureKind::NeedsTool);
            if !stats.notes.iter().any(|n| n == &detail) {
                stats.note(detail.clone());
            }
        }
        let (run_id, site_id) = (self.ctx.run_id, self.site.id);
        let rec = FailureRecord {
            url: url.to_string(),
            kind: FailureKind::NeedsTool,
            detail,
            status: None,
        };
        self.ctx
            .db
            .send(move |s| s.record_failure(run_id, site_id, &rec));
    }

    /// One request of a rendered page: refused unless this site's crawl may fetch it;
    /// otherwise fetched through the host's pacer and archived.
    async fn fetch_for_browser(&self, url: &Url) -> Result<Response, Refusal> {
        if !canon::same_host(url, &self.links.seed) {
            return Err(Refusal::OffSite);
        }
        if self.ctx.cfg.crawl.respect_robots && !self.robots.is_allowed(url) {
            return Err(Refusal::Robots);
        }
        let x = self
            .request_with_retries(url, super::Ask::default(), true)
            .await
            .map_err(|f| Refusal::Failed(format!("{}: {}", f.kind, f.detail)))?;
        let response = Response {
            status: x.status,
            headers: x
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: x.payload().to_vec(),
        };
        let rec = page::capture_record(None, url, &x, &[], None, PageRole::Other);
        self.store_capture(rec, None, FrontierState::Done, Vec::new(), Vec::new());
        Ok(response)
    }
}

/// The crawl answering a rendered page's requests.
struct BrowserRequests<'a> {
    site: &'a SiteCrawl,
}

impl PageFetcher for BrowserRequests<'_> {
    fn fetch(&self, req: &Request) -> impl Future<Output = Result<Response, Refusal>> + Send {
        let url = req.url.clone();
        async move { self.site.fetch_for_browser(&url).await }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str, source: LinkSource) -> Link {
        Link {
            url: Url::parse(url).unwrap(),
            anchor: "2019年政府信息公开工作年度报告".into(),
            source,
            block_heading: None,
        }
    }

    #[test]
    fn only_seed_and_list_pages_are_rendered() {
        assert!(renders(200, PageRole::List, PageRole::List));
        assert!(renders(200, PageRole::Other, PageRole::Seed));
        assert!(!renders(200, PageRole::List, PageRole::Report));
        assert!(!renders(200, PageRole::Report, PageRole::Attachment));
        assert!(
            renders(304, PageRole::List, PageRole::Other),
            "its archived copy"
        );
        assert!(!renders(304, PageRole::Report, PageRole::Other));
        assert!(!renders(404, PageRole::List, PageRole::List));
        assert!(!renders(301, PageRole::Seed, PageRole::Seed));
    }

    #[test]
    fn rendered_links_are_those_the_served_page_lacked() {
        let served = vec![
            link("http://a.gov.cn/", LinkSource::Anchor),
            link("http://a.gov.cn/ndbg/index_1.html", LinkSource::Pager),
        ];
        let dom = vec![
            link("http://a.gov.cn/", LinkSource::Anchor),
            link("http://a.gov.cn/ndbg/index_1.html#top", LinkSource::Anchor),
            link("http://a.gov.cn/ndbg/post_1.html", LinkSource::Anchor),
        ];
        let got = rendered_only(&served, dom);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].url.as_str(), "http://a.gov.cn/ndbg/post_1.html");
        assert_eq!(got[0].source, LinkSource::Rendered);
        assert!(got[0].source.is_followed());
    }
}
