//! The page images of a scanned report published as a web page (图片版): an
//! article body that is a series of `<img>` page scans and no text.
//!
//! The crawl calls [`page_images`] on report pages and queues what it returns
//! like the PDF a report page links ([`crate::links::LinkSource::PageImage`],
//! scored as an attachment: same politeness, caps and scope); extraction
//! calls it again on the archived page to read the archived images in
//! document order, which is page order. One function for both, so the
//! images fetched are the images read.
//!
//! What is not a page image: an image inside a link (logos, banners and
//! icons of the page chrome are links home or to other sites), inside
//! `<header>`/`<nav>`/`<footer>` or an element whose class or id names a
//! header, menu, footer or share widget, an image whose file name says logo,
//! icon, banner, button, QR code…, and one declared smaller than
//! [`MIN_SIDE`] pixels. And a page with more than [`MAX_TEXT_CHARS`]
//! characters of text outside links and chrome is a text page whose images
//! are illustrations: it gets none.

use std::ops::ControlFlow;

use nianbao_html::{tokenize, Options, Token};
use url::Url;

use crate::canon::resolve;

/// At most this many page images per page (a scan longer than this is cut;
/// extraction's OCR page cap is lower).
pub const MAX_PAGE_IMAGES: usize = 100;
/// A page with more text than this (outside links and chrome) is a text page.
pub const MAX_TEXT_CHARS: usize = 500;
/// An image declared narrower or lower than this (px) is an icon or a rule.
pub const MIN_SIDE: u32 = 200;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
const CHROME_TAGS: &[&str] = &["header", "nav", "footer", "aside", "a"];
const CHROME_WORDS: &[&str] = &[
    "nav",
    "menu",
    "header",
    "footer",
    "foot",
    "share",
    "bdshare",
    "breadcrumb",
    "crumb",
    "banner",
    "logo",
    "topbar",
    "sidebar",
];
const NOT_PAGE_FILE: &[&str] = &[
    "logo", "icon", "ico_", "banner", "btn", "button", "arrow", "spacer", "blank", "share", "ewm",
    "qrcode", "erweima", "weixin", "wechat", "weibo", "print", "close", "search", "jiucuo", "dzjg",
    "gongan", "beian",
];

fn names_chrome(value: &str) -> bool {
    let v = value.to_ascii_lowercase();
    v.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| CHROME_WORDS.iter().any(|c| w == *c || w.starts_with(c)))
}

fn is_chrome(tag: &nianbao_html::StartTag) -> bool {
    CHROME_TAGS.contains(&tag.name())
        || ["class", "id"]
            .iter()
            .any(|a| tag.attr(a).is_some_and(names_chrome))
}

fn small(tag: &nianbao_html::StartTag, name: &str) -> bool {
    tag.attr(name)
        .and_then(|v| v.trim().trim_end_matches("px").trim().parse::<u32>().ok())
        .is_some_and(|v| v < MIN_SIDE)
}

fn page_file(url: &Url) -> bool {
    let file = url
        .path()
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    !NOT_PAGE_FILE.iter().any(|w| file.contains(w))
}

/// The page images of an image-only article, in document order; empty for a
/// page with text or with no such images (see the module docs). `page_url`
/// resolves relative sources (a `<base href>` wins). Never panics.
pub fn page_images(html: &str, page_url: &Url) -> Vec<Url> {
    let mut base: Option<Url> = None;
    let mut raw: Vec<String> = Vec::new();
    // Open elements: (name, is chrome). A stray end tag closes up to its match.
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut chrome_depth = 0usize;
    let mut text_chars = 0usize;
    tokenize(html, Options { scripting: false }, |t| {
        match t {
            Token::Start(tag) => {
                let name = tag.name();
                if name == "base" && base.is_none() {
                    base = tag.attr("href").and_then(|h| page_url.join(h.trim()).ok());
                }
                if name == "img"
                    && chrome_depth == 0
                    && !small(tag, "width")
                    && !small(tag, "height")
                {
                    let src = tag
                        .attr("src")
                        .filter(|s| !s.trim().is_empty() && !s.trim().starts_with("data:"))
                        .or_else(|| tag.attr("data-src"))
                        .or_else(|| tag.attr("data-original"));
                    if let Some(s) = src {
                        if raw.len() < MAX_PAGE_IMAGES {
                            raw.push(s.to_string());
                        }
                    }
                }
                if !VOID.contains(&name) && !tag.self_closing() {
                    let chrome = is_chrome(tag);
                    chrome_depth += usize::from(chrome);
                    stack.push((name.to_string(), chrome));
                }
            }
            Token::End(name) => {
                if let Some(i) = stack.iter().rposition(|(n, _)| n == name) {
                    for (_, chrome) in stack.drain(i..) {
                        chrome_depth -= usize::from(chrome);
                    }
                }
            }
            Token::Text(x) if chrome_depth == 0 => {
                text_chars += x.chars().filter(|c| !c.is_whitespace()).count();
            }
            _ => {}
        }
        if text_chars > MAX_TEXT_CHARS {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    if text_chars > MAX_TEXT_CHARS {
        return Vec::new();
    }
    let base = base.unwrap_or_else(|| page_url.clone());
    let mut out: Vec<Url> = Vec::new();
    for s in raw {
        if let Some(u) = resolve(&base, &s) {
            if page_file(&u) && !out.contains(&u) {
                out.push(u);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> Vec<String> {
        let u = Url::parse("http://hbj.x.gov.cn.test/xxgk/ndbg/t20150320_1.html").unwrap();
        page_images(html, &u)
            .into_iter()
            .map(|u| u.path().to_string())
            .collect()
    }

    const CHROME: &str = r#"<div class="header"><a href="/"><img src="/images/logo.png"></a>
        <img src="/images/top_bg.jpg" width="1000" height="120"></div>
        <ul class="nav"><li><a href="/">首页</a></li></ul>"#;
    const FOOT: &str = r#"<div class="footer">主办单位：某某市环境保护局 地址：某某路1号 电话：0731-12345678
        <img src="/images/dzjg.png"></div>"#;

    #[test]
    fn scan_pages_in_order_and_no_chrome() {
        let html = format!(
            r#"<html><head><title>2014年政府信息公开工作年度报告</title></head><body>{CHROME}
            <h1>某某市环境保护局2014年政府信息公开工作年度报告</h1><p>发布时间：2015-03-20</p>
            <div class="TRS_Editor"><p><img src="./W020150320_1.jpg" width="800"></p>
            <p><img src="W020150320_2.jpg"></p><img src="/images/icon_pdf.gif"><img src="x.png" width="16"></div>
            <div id="share"><img src="/images/weixin.png"></div>{FOOT}</body></html>"#
        );
        assert_eq!(
            run(&html),
            ["/xxgk/ndbg/W020150320_1.jpg", "/xxgk/ndbg/W020150320_2.jpg"]
        );
    }

    #[test]
    fn a_text_page_has_no_page_images() {
        let body = "本报告根据《条例》要求编制。".repeat(60);
        let html = format!(
            r#"<html><body>{CHROME}<div class="content"><p>{body}</p><img src="photo.jpg"></div></body></html>"#
        );
        assert!(run(&html).is_empty());
        // nor does a note page that only links its document
        let note = format!(
            r#"<html><body>{CHROME}<div class="content"><p>详见附件</p><a href="P0201.doc">附件下载</a></div>{FOOT}</body></html>"#
        );
        assert!(run(&note).is_empty());
    }

    #[test]
    fn hostile_markup_never_panics() {
        for h in [
            "</div></div><img src=a.jpg><nav>",
            "<img src=''><img>",
            "<base href='http://other.test/up/'><img src=p1.jpg>",
            "<a><a><img src=1.jpg></a></a></a><img src=2.jpg>",
        ] {
            let _ = run(h);
        }
        assert_eq!(
            page_images(
                "<base href='http://other.test/up/'><img src=p1.jpg>",
                &Url::parse("http://a.test/").unwrap()
            )[0]
            .as_str(),
            "http://other.test/up/p1.jpg"
        );
    }
}
