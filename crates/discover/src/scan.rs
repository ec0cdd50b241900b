//! What one page's tokens tell link discovery.
//!
//! One pass over the [`nianbao_html`] token stream (the workspace's one
//! WHATWG tokenizer, so entities, raw-text elements, comments and attribute
//! quoting are read as a browser reads them) collects what [`crate::links`]
//! and [`crate::pager`] need, and no tree: `<a href>` with its text, title
//! and first image `alt`, `<area href>`, `<frame|iframe src>`, meta refresh,
//! the first `<base href>`, the first non-empty `<title>` and the bodies of
//! `<script>` elements. `<noscript>` is read as markup (a crawler runs no
//! script, so its fallback links are real). Hanweb's XML answers and the
//! `<datastore>` records inside a `<script type="text/xml">` carry their
//! list markup in CDATA, which HTML does not read as markup: those are
//! unwrapped and tokenized on their own.
//!
//! Everything that grows with the page is capped: anchor text at
//! [`MAX_TEXT`] bytes, raw links at [`MAX_RAW_LINKS`].

use std::borrow::Cow;
use std::ops::ControlFlow;

use memchr::memmem;
pub(crate) use nianbao_html::collapse_ws;
use nianbao_html::{tokenize, Options, Token};

/// Where in the page a link came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkSource {
    /// `<a href>`
    Anchor,
    /// `<area href>` of an image map
    Area,
    /// `<frame src>` / `<iframe src>`
    Frame,
    /// Hanweb inline `<datastore>` CDATA record
    Datastore,
    /// Generated from a JavaScript (or anchor-numbered) pager
    Pager,
    /// `<meta http-equiv="refresh" content="0; url=…">`
    MetaRefresh,
}

/// A link as written in the document (entities decoded), before resolution.
pub(crate) struct RawLink {
    pub href: String,
    pub text: String,
    pub title: Option<String>,
    pub alt: Option<String>,
    pub source: LinkSource,
}

#[derive(Default)]
pub(crate) struct Scan {
    pub title: Option<String>,
    pub base_href: Option<String>,
    pub links: Vec<RawLink>,
    pub scripts: Vec<String>,
}

/// Longest anchor text kept (bytes, roughly); hostile pages put whole
/// documents inside one `<a>`.
const MAX_TEXT: usize = 1024;
/// Raw links collected before we stop looking (the public cap is lower,
/// after dedup).
const MAX_RAW_LINKS: usize = 20_000;

pub(crate) fn scan(html: &str) -> Scan {
    let mut s = Scan::default();
    scan_into(&unwrap_xml_cdata(html), &mut s, LinkSource::Anchor, 0);
    s
}

/// A Hanweb `dataproxy.jsp` answer is XML whose `<record>`s hold list
/// markup in CDATA sections; read as HTML those would be bogus comments, so
/// drop the CDATA brackets and let the markup be markup.
fn unwrap_xml_cdata(html: &str) -> Cow<'_, str> {
    let head = html.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let is_xml = head
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("<?xml"))
        || head
            .get(..10)
            .is_some_and(|p| p.eq_ignore_ascii_case("<datastore"));
    if !is_xml || !html.contains("<![CDATA[") {
        return Cow::Borrowed(html);
    }
    Cow::Owned(html.replace("<![CDATA[", "").replace("]]>", ""))
}

fn push_text(buf: &mut String, s: &str) {
    if buf.len() < MAX_TEXT {
        let room = MAX_TEXT - buf.len();
        let mut cut = s.len().min(room);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        buf.push_str(&s[..cut]);
    }
}

fn push_link(s: &mut Scan, link: RawLink) -> bool {
    if s.links.len() < MAX_RAW_LINKS {
        s.links.push(link);
        true
    } else {
        false
    }
}

fn scan_into(html: &str, s: &mut Scan, source: LinkSource, depth: u8) {
    let mut open: Option<usize> = None; // index of the <a> whose text we collect
    tokenize(html, Options { scripting: false }, |t| {
        match t {
            Token::Text(x) => {
                if let Some(o) = open {
                    push_text(&mut s.links[o].text, x);
                }
            }
            Token::End("a") => open = None,
            Token::End(_) => {}
            Token::Raw {
                element: "title",
                text,
            } => {
                if s.title.is_none() && depth == 0 {
                    let t = collapse_ws(text);
                    if !t.is_empty() {
                        s.title = Some(t);
                    }
                }
            }
            Token::Raw {
                element: "script",
                text,
            } => {
                s.scripts.push(text.to_owned());
                if depth == 0 && memmem::find(text.as_bytes(), b"<record").is_some() {
                    scan_datastore(text, s);
                }
            }
            Token::Raw { .. } => {}
            Token::Start(tag) => {
                let attr = |n: &str| tag.attr(n).map(str::to_owned);
                match tag.name() {
                    "a" => {
                        open = None;
                        if let Some(href) = attr("href") {
                            let l = RawLink {
                                href,
                                text: String::with_capacity(64),
                                title: attr("title"),
                                alt: None,
                                source,
                            };
                            if push_link(s, l) {
                                open = Some(s.links.len() - 1);
                            }
                        }
                    }
                    "img" => {
                        if let (Some(o), Some(alt)) = (open, tag.attr("alt")) {
                            if s.links[o].alt.is_none() {
                                s.links[o].alt = Some(alt.to_owned());
                            }
                        }
                    }
                    "area" => {
                        if let Some(href) = attr("href") {
                            push_link(
                                s,
                                RawLink {
                                    href,
                                    text: String::new(),
                                    title: attr("title"),
                                    alt: attr("alt"),
                                    source: LinkSource::Area,
                                },
                            );
                        }
                    }
                    "frame" | "iframe" => {
                        if let Some(href) = attr("src") {
                            push_link(
                                s,
                                RawLink {
                                    href,
                                    text: String::new(),
                                    title: attr("title"),
                                    alt: None,
                                    source: LinkSource::Frame,
                                },
                            );
                        }
                    }
                    "base" if s.base_href.is_none() => s.base_href = attr("href"),
                    "meta" => {
                        let refresh = tag
                            .attr("http-equiv")
                            .is_some_and(|h| h.trim().eq_ignore_ascii_case("refresh"));
                        if let Some(target) = tag
                            .attr("content")
                            .filter(|_| refresh)
                            .and_then(meta_refresh_url)
                        {
                            push_link(
                                s,
                                RawLink {
                                    href: target.to_owned(),
                                    text: String::new(),
                                    title: None,
                                    alt: None,
                                    source: LinkSource::MetaRefresh,
                                },
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
        ControlFlow::Continue(())
    });
}

/// Hanweb jcms writes a column's list as XML inside
/// `<script type="text/xml"><datastore>…<recordset><record><![CDATA[<li><a …>]]></record>`;
/// to a browser that is script text, so scan the CDATA of each `<record>`
/// as markup of its own.
fn scan_datastore(body: &str, s: &mut Scan) {
    let b = body.as_bytes();
    let open_f = memmem::Finder::new(b"<![CDATA[");
    let close_f = memmem::Finder::new(b"]]>");
    let mut k = 0;
    while let Some(off) = open_f.find(&b[k..]) {
        let cs = k + off;
        let inner = cs + 9;
        let ce = close_f.find(&b[inner..]).map_or(b.len(), |o| inner + o);
        // Only records: the <nextgroup> CDATA points at the data proxy, not a page.
        let before = body[..cs].trim_end();
        let is_record = before
            .len()
            .checked_sub(8)
            .and_then(|p| before.get(p..))
            .is_some_and(|t| t.eq_ignore_ascii_case("<record>"));
        if is_record {
            scan_into(&body[inner..ce], s, LinkSource::Datastore, 1);
        }
        k = (ce + 3).min(b.len());
    }
}

/// `0; url=/x.html`, `0;URL='x.html'`, `5;x.html` → the target.
pub(crate) fn meta_refresh_url(content: &str) -> Option<&str> {
    let (_, rest) = content.split_once([';', ','])?;
    let mut r = rest.trim_start();
    if r.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("url")) {
        let after = r[3..].trim_start();
        if let Some(v) = after.strip_prefix('=') {
            r = v.trim_start();
        }
    }
    let r = r.trim();
    let r = if let Some(q) = r.strip_prefix(['\'', '"']) {
        q.split(['\'', '"']).next().unwrap_or("")
    } else {
        r
    };
    (!r.is_empty()).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hrefs(s: &Scan) -> Vec<&str> {
        s.links.iter().map(|l| l.href.as_str()).collect()
    }

    #[test]
    fn meta_refresh() {
        assert_eq!(
            meta_refresh_url("0; url=/xxgk/index.html"),
            Some("/xxgk/index.html")
        );
        assert_eq!(meta_refresh_url("0;URL='a.html'"), Some("a.html"));
        assert_eq!(meta_refresh_url("3;b.html"), Some("b.html"));
        assert_eq!(meta_refresh_url("5"), None);
        assert_eq!(meta_refresh_url("0; url="), None);
    }

    #[test]
    fn quoted_gt_and_comments_and_scripts() {
        let h = r#"<!-- <a href="c.html">no</a> --><a title="a>b" href='x.html'>X<b>y</b></a>
        <script>document.write('<a href="s.html">s</a>')</script><style>a{}</style><a href=u.html>U</a>"#;
        let s = scan(h);
        assert_eq!(hrefs(&s), ["x.html", "u.html"]);
        assert_eq!(s.links[0].text, "Xy");
        assert_eq!(s.links[0].title.as_deref(), Some("a>b"));
        assert_eq!(s.scripts.len(), 1);
    }

    #[test]
    fn end_tag_needs_a_name_boundary() {
        let h = "<script>var a='</scripts>'; </script ><a href=z.html>z</a>";
        let s = scan(h);
        assert_eq!(s.links.len(), 1);
        assert_eq!(s.scripts[0], "var a='</scripts>'; ");
    }

    #[test]
    fn spec_cases_the_old_scanner_got_wrong() {
        // `<!-->` is a whole (empty) comment; the old scanner hid the rest of the page.
        let s = scan("<!--><a href=a.html>A</a>");
        assert_eq!(hrefs(&s), ["a.html"]);
        // A bogus comment ends at the first `>`.
        let s = scan("<!x><a href=b.html>B</a><? pi ?><a href=c.html>C</a>");
        assert_eq!(hrefs(&s), ["b.html", "c.html"]);
        // `<!--` inside a script does not start a comment in the page.
        let s = scan("<script>if(a<!--b)x='</a>'</script><a href=d.html>D</a>");
        assert_eq!(hrefs(&s), ["d.html"]);
        assert_eq!(s.scripts, ["if(a<!--b)x='</a>'"]);
        // Title is RCDATA: markup in it is text, entities decode in full.
        let s = scan("<TITLE>2019年&ensp;<b>年报</b>&hellip;&sup2;</TITLE><a href=e>E</a>");
        assert_eq!(s.title.as_deref(), Some("2019年 <b>年报</b>…²"));
        assert_eq!(hrefs(&s), ["e"]);
        // Named references beyond the old table, in text and attributes;
        // the attribute rule keeps `&sect=` literal.
        let s = scan(
            "<A HREF=/f.jsp?a=1&amp;sect=2&sect=3 TITLE=x&rarr;y>2020&times;3&#x5e74;&#24180</A>",
        );
        assert_eq!(hrefs(&s), ["/f.jsp?a=1&sect=2&sect=3"]);
        assert_eq!(s.links[0].title.as_deref(), Some("x→y"));
        assert_eq!(s.links[0].text, "2020×3年年");
        // The first of duplicated attributes wins; the first <base> wins.
        let s = scan("<base href=/one/><base href=/two/><a href=g.html href=h.html>G</a>");
        assert_eq!(s.base_href.as_deref(), Some("/one/"));
        assert_eq!(hrefs(&s), ["g.html"]);
        // <noscript> fallback links count: a crawler runs no script.
        let s =
            scan("<noscript><a href=i.html>I</a></noscript><textarea><a href=j.html></textarea>");
        assert_eq!(hrefs(&s), ["i.html"]);
    }

    #[test]
    fn anchor_text_is_capped() {
        let h = format!("<a href=x>{}</a>", "年".repeat(2000));
        let s = scan(&h);
        assert!(s.links[0].text.len() <= MAX_TEXT);
        assert!(s.links[0].text.len() > MAX_TEXT - 4);
    }
}
