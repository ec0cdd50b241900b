//! Links worth following on one page.
//!
//! One pass over the page's tokens (module `scan`, on the workspace's one
//! HTML tokenizer, `nianbao-html`)
//! collects `<a href>`, `<area href>`, `<frame|iframe src>`, meta refresh,
//! the first `<base href>`, the `<title>`, and the Hanweb `<datastore>`
//! records hidden in a `<script type="text/xml">`, plus jump-menu options and
//! `onclick` script targets ([`LinkSource::JumpMenu`], [`LinkSource::Script`]:
//! evidence of other sites, which the crawl records and never walks), each
//! with the heading of its block. Then the same scan feeds
//! the pager expansion (module [`crate::pager`]), because the list pages
//! that matter most — a TRS column's `index_1.html`… — are never written as
//! anchors.
//!
//! Only `http` and `https` survive resolution: that drops `javascript:`,
//! `mailto:`, `tel:`, `data:` and every other scheme in one rule. Empty and
//! `#fragment`-only hrefs are same-document references and are dropped too.
//! The result is deduplicated by [`crate::canon::canonical_key`] in document
//! order and capped at [`MAX_LINKS`], so a hostile page cannot flood the
//! frontier.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use url::Url;

use crate::canon::{canonical_key, http_like, resolve};
use crate::scan::{self, collapse_ws};

/// At most this many links are returned per page.
pub const MAX_LINKS: usize = 5000;
/// Anchor texts are cut to this many characters.
const MAX_ANCHOR_CHARS: usize = 200;

pub use crate::scan::LinkSource;

/// One outgoing link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Resolved absolute URL, fragment dropped (what [`crate::canon::fetch_url`] gives).
    pub url: Url,
    /// Anchor text with whitespace collapsed; the `title` attribute (or an
    /// image's `alt`) when the text is empty or visibly truncated (`…`).
    pub anchor: String,
    pub source: LinkSource,
    /// The heading of the block the link sits in: the nearest preceding
    /// `<h1>`–`<h6>` or title-classed element (`<div class="bt">市州生态环境局</div>`),
    /// or for a jump menu its label option (`—市州生态环境局—`).
    pub block_heading: Option<String>,
}

/// Everything a page tells us about where to go next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLinks {
    /// `<title>` text, whitespace collapsed; None when absent or empty.
    pub title: Option<String>,
    /// The URL relative links were resolved against (`<base href>` or the page URL).
    pub base: Url,
    /// Deduplicated by canonical key, in document order, pager links last.
    pub links: Vec<Link>,
}

/// FNV-1a: the dedup map holds a few dozen short keys per page, where
/// SipHash's DoS resistance buys nothing and costs a visible share of the
/// per-page time. (Keys are compared in full on collision, so a hostile page
/// can at worst slow its own dedup, bounded by [`MAX_LINKS`].)
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

fn truncate_chars(s: String, n: usize) -> String {
    if s.len() <= n {
        return s; // fewer bytes than n means fewer chars than n
    }
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_owned(),
        None => s,
    }
}

fn collapse_cow(s: &str) -> String {
    // Most anchor texts need no whitespace folding beyond a trim (the
    // tokenizer decoded the entities); skip the allocation then.
    let t = s.trim();
    if !t.contains(|c: char| c.is_whitespace()) {
        return t.to_owned();
    }
    collapse_ws(t)
}

fn pick_anchor(l: &scan::RawLink) -> String {
    let text = collapse_cow(&l.text);
    let truncated = text.ends_with("...") || text.ends_with('…');
    if text.is_empty() || truncated {
        let title = l.title.as_deref().map(collapse_cow).unwrap_or_default();
        if !title.is_empty() && (text.is_empty() || title.len() > text.len()) {
            return truncate_chars(title, MAX_ANCHOR_CHARS);
        }
    }
    let a = if text.is_empty() {
        l.alt.as_deref().map(collapse_cow).unwrap_or_default()
    } else {
        text
    };
    truncate_chars(a, MAX_ANCHOR_CHARS)
}

/// Parse an HTML page (already decoded) and return its title, base and links.
///
/// See the module docs for what is collected and what is dropped. Never
/// panics; at most [`MAX_LINKS`] links.
pub fn extract_links(html: &str, page_url: &Url) -> PageLinks {
    let mut scan = scan::scan(html);
    let base = scan
        .base_href
        .as_deref()
        .and_then(|h| page_url.join(h.trim()).ok())
        .filter(http_like)
        .unwrap_or_else(|| page_url.clone());

    let mut out: Vec<Link> = Vec::with_capacity(scan.links.len().min(MAX_LINKS));
    let mut seen: HashMap<String, usize, BuildHasherDefault<Fnv>> =
        HashMap::with_capacity_and_hasher(scan.links.len().min(MAX_LINKS), Default::default());
    let mut push = |out: &mut Vec<Link>,
                    url: Url,
                    anchor: String,
                    source: LinkSource,
                    block_heading: Option<String>| {
        let key = canonical_key(&url);
        if let Some(&idx) = seen.get(&key) {
            // A repeated link (image link then text link) keeps its first
            // position but gains the first non-empty anchor text.
            let l: &mut Link = &mut out[idx];
            if l.anchor.is_empty() && !anchor.is_empty() {
                l.anchor = anchor;
            }
            return;
        }
        if out.len() < MAX_LINKS {
            seen.insert(key, out.len());
            out.push(Link {
                url,
                anchor,
                source,
                block_heading,
            });
        }
    };

    for raw in &mut scan.links {
        if out.len() >= MAX_LINKS {
            break;
        }
        if let Some(url) = resolve(&base, &raw.href) {
            let heading = raw.heading.take(); // the pager reads hrefs and texts only
            push(&mut out, url, pick_anchor(raw), raw.source, heading);
        }
    }
    for url in crate::pager::expand_scanned(&scan, html, &base) {
        if out.len() >= MAX_LINKS {
            break;
        }
        push(&mut out, url, String::new(), LinkSource::Pager, None);
    }
    PageLinks {
        title: scan.title,
        base,
        links: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn urls(p: &PageLinks) -> Vec<&str> {
        p.links.iter().map(|l| l.url.as_str()).collect()
    }

    #[test]
    fn base_href_first_one_wins_and_is_resolved_against_page() {
        let html = r#"<html><head><base href="../xxgk/"><base href="http://evil.example/"></head>
            <body><a href="ndbg/index.html">年度报告</a><a href="/abs.html">abs</a></body></html>"#;
        let p = extract_links(html, &u("http://sthjt.a.gov.cn/zwgk/sub/page.html"));
        assert_eq!(p.base.as_str(), "http://sthjt.a.gov.cn/zwgk/xxgk/");
        assert_eq!(
            urls(&p),
            [
                "http://sthjt.a.gov.cn/zwgk/xxgk/ndbg/index.html",
                "http://sthjt.a.gov.cn/abs.html"
            ]
        );
        assert_eq!(p.links[0].anchor, "年度报告");
    }

    #[test]
    fn skips_non_http_and_fragment_only() {
        let html = r##"<a href="javascript:void(0)">x</a><a href=" JavaScript:go()">x</a>
            <a href="mailto:a@b.cn">m</a><a href="tel:123">t</a><a href="data:text/html,hi">d</a>
            <a href="#top">top</a><a href="">self</a><a href="http://[bad">bad</a>
            <a href="ok.html#sec">ok</a><a href="ftp://x.cn/a.pdf">ftp</a>"##;
        let p = extract_links(html, &u("http://a.gov.cn/x/"));
        assert_eq!(urls(&p), ["http://a.gov.cn/x/ok.html"]);
    }

    #[test]
    fn off_host_links_are_kept_with_their_host() {
        let html = r#"<a href="https://www.gov.cn/zhengce/">中国政府网</a><a href="//b.gov.cn/x.html">b</a>"#;
        let p = extract_links(html, &u("http://a.gov.cn/"));
        assert_eq!(
            urls(&p),
            ["https://www.gov.cn/zhengce/", "http://b.gov.cn/x.html"]
        );
    }

    #[test]
    fn dedup_by_canonical_key_keeps_first_and_fills_anchor() {
        let html = r#"<a href="t1.html"><img src="i.png"></a><a href="t1.html#x">2019年年报</a>
            <a href="l.jsp;jsessionid=AA?b=1&a=2">l</a><a href="l.jsp?a=2&amp;b=1">l2</a>"#;
        let p = extract_links(html, &u("http://a.gov.cn/"));
        assert_eq!(p.links.len(), 2);
        assert_eq!(p.links[0].anchor, "2019年年报");
        // The first spelling is kept for fetching.
        assert_eq!(
            p.links[1].url.as_str(),
            "http://a.gov.cn/l.jsp;jsessionid=AA?b=1&a=2"
        );
    }

    #[test]
    fn area_frames_meta_refresh_and_title() {
        let html = r#"<html><head><title> 政府信息公开年报
            - 某市生态环境局 </title><meta http-equiv="Refresh" content="0; URL=/xxgk/index.html"></head>
            <frameset><frame src="left.html"><frame src="main.html"></frameset>
            <iframe src="/if.html"><a href="inside-iframe.html">not markup</a></iframe>
            <map><area href="/map1.html" alt="地图"></map></html>"#;
        let p = extract_links(html, &u("http://a.gov.cn/dir/"));
        assert_eq!(
            p.title.as_deref(),
            Some("政府信息公开年报 - 某市生态环境局")
        );
        let got: Vec<_> = p.links.iter().map(|l| (l.url.path(), l.source)).collect();
        assert_eq!(
            got,
            [
                ("/xxgk/index.html", LinkSource::MetaRefresh),
                ("/dir/left.html", LinkSource::Frame),
                ("/dir/main.html", LinkSource::Frame),
                ("/if.html", LinkSource::Frame),
                ("/map1.html", LinkSource::Area),
            ]
        );
        assert_eq!(p.links[4].anchor, "地图");
    }

    #[test]
    fn anchor_text_collapsed_and_title_used_when_truncated() {
        let html = r#"<a href="a.html" title="2019年度政府信息公开工作年度报告（图片版）">2019年度政府信息公开...</a>
            <a href="b.html">
               2020年&nbsp;政府信息<span>公开</span>年报
            </a><a href="c.html" title="标题"></a>"#;
        let p = extract_links(html, &u("http://a.gov.cn/"));
        assert_eq!(
            p.links[0].anchor,
            "2019年度政府信息公开工作年度报告（图片版）"
        );
        assert_eq!(p.links[1].anchor, "2020年 政府信息公开年报");
        assert_eq!(p.links[2].anchor, "标题");
    }

    #[test]
    fn hanweb_datastore_records_are_links() {
        let html = r#"<div id="4567"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=10&path='/'&columnid=1234&unitid=4567&webname='X'&permissiontype=0"></a>]]></nextgroup>
<recordset>
<record><![CDATA[
<li><a href="/art/2021/1/25/art_1234_998877.html" title="2020年度政府信息公开工作年度报告" target="_blank">2020年度政府信息公开工作年度报告</a><span>2021-01-25</span></li>
]]></record>
<record><![CDATA[
<li><a href="/art/2020/1/9/art_1234_887766.html" target="_blank">2019年度政府信息公开工作年度报告</a><span>2020-01-09</span></li>
]]></record>
</recordset>
<totalrecord>45</totalrecord><perpage>15</perpage>
</datastore></script></div>"#;
        let p = extract_links(html, &u("http://sthjt.zj.gov.cn/col/col1234/index.html"));
        let ds: Vec<_> = p
            .links
            .iter()
            .filter(|l| l.source == LinkSource::Datastore)
            .map(|l| (l.url.as_str(), l.anchor.as_str()))
            .collect();
        assert_eq!(
            ds,
            [
                (
                    "http://sthjt.zj.gov.cn/art/2021/1/25/art_1234_998877.html",
                    "2020年度政府信息公开工作年度报告"
                ),
                (
                    "http://sthjt.zj.gov.cn/art/2020/1/9/art_1234_887766.html",
                    "2019年度政府信息公开工作年度报告"
                ),
            ]
        );
        assert!(!p.links.iter().any(|l| l.url.path().contains("dataproxy")));
        let pages: Vec<_> = p
            .links
            .iter()
            .filter(|l| l.source == LinkSource::Pager)
            .map(|l| l.url.as_str())
            .collect();
        assert_eq!(
            pages,
            [
                "http://sthjt.zj.gov.cn/col/col1234/index.html?uid=4567&pageNum=2",
                "http://sthjt.zj.gov.cn/col/col1234/index.html?uid=4567&pageNum=3"
            ]
        );
    }

    #[test]
    fn dataproxy_xml_answer_is_scanned_through_cdata() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><datastore><recordset>
<record><![CDATA[<li><a href="/art/2019/3/1/art_1_2.html">2018年年报</a></li>]]></record></recordset></datastore>"#;
        let p = extract_links(
            xml,
            &u("http://a.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1"),
        );
        assert_eq!(urls(&p), ["http://a.gov.cn/art/2019/3/1/art_1_2.html"]);
        assert_eq!(p.links[0].anchor, "2018年年报");
    }

    #[test]
    fn trs_fixture_page() {
        let html = include_str!("../tests/fixtures/trs_list.html");
        let p = extract_links(
            html,
            &u("http://sthjt.hunan.gov.cn/xxgk/zfxxgknb/index.html"),
        );
        assert_eq!(
            p.title.as_deref(),
            Some("政府信息公开年报 - 湖南省生态环境厅")
        );
        let reports = p
            .links
            .iter()
            .filter(|l| l.anchor.contains("年度报告") && l.url.path().contains("/xxgk/zfxxgknb/20"))
            .count();
        assert_eq!(reports, 40);
        let pager: Vec<_> = p
            .links
            .iter()
            .filter(|l| l.source == LinkSource::Pager)
            .map(|l| l.url.path())
            .collect();
        // index.html is the page itself (already in the set only if linked); index_1..4 are new.
        assert!(pager.contains(&"/xxgk/zfxxgknb/index_1.html"));
        assert!(pager.contains(&"/xxgk/zfxxgknb/index_4.html"));
        assert!(!pager.contains(&"/xxgk/zfxxgknb/index_5.html"));
        assert!(!p
            .links
            .iter()
            .any(|l| l.url.scheme() == "mailto" || l.url.scheme() == "javascript"));
    }

    #[test]
    fn link_cap_holds() {
        let mut html = String::new();
        for i in 0..(MAX_LINKS + 100) {
            html.push_str(&format!("<a href=\"/p{i}.html\">x</a>"));
        }
        let p = extract_links(&html, &u("http://a.gov.cn/"));
        assert_eq!(p.links.len(), MAX_LINKS);
    }
}
