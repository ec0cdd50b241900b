//! What one page's tokens tell link discovery.
//!
//! One pass over the [`nianbao_html`] token stream (the workspace's one
//! WHATWG tokenizer, so entities, raw-text elements, comments and attribute
//! quoting are read as a browser reads them) collects what [`crate::links`]
//! and [`crate::pager`] need, and no tree: `<a href>` with its text, title
//! and first image `alt`, `<area href>`, `<frame|iframe src>`, meta refresh,
//! the first `<base href>`, the first non-empty `<title>` and the bodies of
//! `<script>` elements; as evidence of other sites (never walked by the crawl),
//! the `<option value>`s of `<select>` jump menus and the targets of
//! `window.open('…')`/`location.href='…'` in `onclick`s (and absolute ones in
//! scripts); and for every link the heading of its block. `<noscript>` is
//! read as markup (a crawler runs no script, so its fallback links are real). Hanweb's XML answers and the
//! `<datastore>` records inside a `<script type="text/xml">` carry their
//! list markup in CDATA, which HTML does not read as markup: those are
//! unwrapped and tokenized on their own.
//!
//! Everything that grows with the page is capped: anchor text at
//! [`MAX_TEXT`] bytes, raw links at [`MAX_RAW_LINKS`], a heading at
//! [`MAX_HEADING_CHARS`] characters, script targets at 256 per script.

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
    /// `<option value="http://…">` of a `<select onchange="window.open(this.value)">`
    /// jump menu (friendly links, the bureaus of a province). Evidence of
    /// sites, not a way through this one: the crawl does not queue these.
    JumpMenu,
    /// The target of `window.open('…')` / `location.href='…'` in an `onclick`
    /// (or an absolute one in a script). Evidence, like [`LinkSource::JumpMenu`].
    Script,
    /// A page scan `<img>` of an image-only report page ([`crate::images`]):
    /// fetched like the document a report page links.
    PageImage,
    /// Found only in the DOM a browser built by running the page's scripts (a host
    /// rendered with `render = true`), not in the page as served: a list that script
    /// fetched and wrote. Followed like any link.
    Rendered,
}

impl LinkSource {
    /// Links a browser follows without running script: the ones a crawl walks.
    /// Jump menus and script targets are kept only as evidence of other sites.
    pub fn is_followed(self) -> bool {
        !matches!(self, LinkSource::JumpMenu | LinkSource::Script)
    }
}

/// A link as written in the document (entities decoded), before resolution.
pub(crate) struct RawLink {
    pub href: String,
    pub text: String,
    pub title: Option<String>,
    pub alt: Option<String>,
    pub source: LinkSource,
    /// The heading of the block the link sits in (see [`Scan::heading`]).
    pub heading: Option<String>,
}

#[derive(Default)]
pub(crate) struct Scan {
    pub title: Option<String>,
    pub base_href: Option<String>,
    pub links: Vec<RawLink>,
    pub scripts: Vec<String>,
    /// The latest heading-like text seen: `<h1>`–`<h6>`, or an element whose
    /// class or id names a title (`title`, `tit`, `head`, `bt`), read up to its
    /// end or its first link. Links carry it as the heading of their block.
    pub heading: Option<String>,
}

/// Longest text taken as a block heading; longer is a paragraph, not a heading.
const MAX_HEADING_CHARS: usize = 40;

/// A `<select>` being read: its options with URL values are jump-menu links,
/// and its first option without one (`—市州生态环境局—`) labels them.
struct Select {
    first_link: usize,
    label: Option<String>,
    in_label: bool,
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
    // The link whose text we collect, and the end tag that closes it.
    let mut open: Option<(usize, &'static str)> = None;
    // The heading-like element being read: (its tag name, its text).
    let mut heading: Option<(String, String)> = None;
    let mut select: Option<Select> = None;
    tokenize(html, Options { scripting: false }, |t| {
        match t {
            Token::Text(x) => {
                if let Some((o, _)) = &open {
                    push_text(&mut s.links[*o].text, x);
                }
                if let Some((_, h)) = &mut heading {
                    push_text(h, x);
                }
                if let Some(sel) = select.as_mut().filter(|sel| sel.in_label) {
                    push_text(sel.label.get_or_insert_with(String::new), x);
                }
            }
            Token::End(name) => {
                if open.is_some_and(|(_, end)| end == name) {
                    open = None;
                }
                if heading.as_ref().is_some_and(|(tag, _)| tag == name) {
                    end_heading(&mut heading, s);
                }
                match name {
                    "option" => {
                        if let Some(sel) = &mut select {
                            sel.in_label = false;
                        }
                    }
                    "select" => {
                        if let Some(sel) = select.take() {
                            end_select(sel, s);
                        }
                        open = None;
                    }
                    _ => {}
                }
            }
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
                if depth == 0 {
                    for target in script_targets(text) {
                        let heading = s.heading.clone();
                        push_link(s, raw(target.to_owned(), None, LinkSource::Script, heading));
                    }
                }
            }
            Token::Raw { .. } => {}
            Token::Start(tag) => {
                let attr = |n: &str| tag.attr(n).map(str::to_owned);
                let name = tag.name();
                if is_heading_like(name, tag.attr("class"), tag.attr("id")) {
                    end_heading(&mut heading, s);
                    heading = Some((name.to_owned(), String::new()));
                }
                let script_target = tag.attr("onclick").and_then(attr_script_target);
                match name {
                    "a" => {
                        open = None;
                        // A heading ends where its block's links begin.
                        end_heading(&mut heading, s);
                        let href = attr("href").filter(|h| {
                            !h.trim_start()
                                .to_ascii_lowercase()
                                .starts_with("javascript:")
                        });
                        let (href, src) = match (href, script_target) {
                            (Some(h), _) => (h, source),
                            (None, Some(t)) => (t.to_owned(), LinkSource::Script),
                            (None, None) => return ControlFlow::Continue(()),
                        };
                        let h = s.heading.clone();
                        let mut l = raw(href, attr("title"), src, h);
                        l.text = String::with_capacity(64);
                        if push_link(s, l) {
                            open = Some((s.links.len() - 1, "a"));
                        }
                    }
                    "img" => {
                        if let (Some((o, _)), Some(alt)) = (&open, tag.attr("alt")) {
                            if s.links[*o].alt.is_none() {
                                s.links[*o].alt = Some(alt.to_owned());
                            }
                        }
                    }
                    "area" => {
                        if let Some(href) = attr("href") {
                            let h = s.heading.clone();
                            let mut l = raw(href, attr("title"), LinkSource::Area, h);
                            l.alt = attr("alt");
                            push_link(s, l);
                        }
                    }
                    "frame" | "iframe" => {
                        if let Some(href) = attr("src") {
                            push_link(s, raw(href, attr("title"), LinkSource::Frame, None));
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
                                raw(target.to_owned(), None, LinkSource::MetaRefresh, None),
                            );
                        }
                    }
                    "select" => {
                        if let Some(sel) = select.take() {
                            end_select(sel, s);
                        }
                        open = None;
                        select = Some(Select {
                            first_link: s.links.len(),
                            label: None,
                            in_label: false,
                        });
                    }
                    "option" => {
                        if let Some(sel) = &mut select {
                            sel.in_label = false;
                            open = None;
                            let value = tag.attr("value").map(str::trim).unwrap_or("");
                            if looks_like_url(value) {
                                let mut l = raw(value.to_owned(), None, LinkSource::JumpMenu, None);
                                l.text = String::with_capacity(32);
                                if push_link(s, l) {
                                    open = Some((s.links.len() - 1, "option"));
                                }
                            } else if sel.label.is_none() && sel.first_link == s.links.len() {
                                sel.in_label = true;
                            }
                        }
                    }
                    _ => {
                        if let Some(t) = script_target {
                            let h = s.heading.clone();
                            push_link(s, raw(t.to_owned(), attr("title"), LinkSource::Script, h));
                        }
                    }
                }
            }
        }
        ControlFlow::Continue(())
    });
    end_heading(&mut heading, s);
    if let Some(sel) = select {
        end_select(sel, s);
    }
}

fn raw(
    href: String,
    title: Option<String>,
    source: LinkSource,
    heading: Option<String>,
) -> RawLink {
    RawLink {
        href,
        text: String::new(),
        title,
        alt: None,
        source,
        heading,
    }
}

/// `<h2>`, `<div class="title">`, `<span class="bt">`, `<div id="lm_head">`:
/// where a block names itself. Links, list items and form parts never do,
/// even when a stylesheet calls them `title`.
fn is_heading_like(name: &str, class: Option<&str>, id: Option<&str>) -> bool {
    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        return true;
    }
    if matches!(
        name,
        "a" | "li" | "option" | "select" | "img" | "input" | "html" | "head" | "body" | "title"
    ) {
        return false;
    }
    // Runs on every element with a class: no allocation.
    let names_a_title = |v: &str| {
        v.split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
            .any(|w| {
                let w = w.as_bytes();
                let has = |n: &[u8]| w.windows(n.len()).any(|x| x.eq_ignore_ascii_case(n));
                let starts = |n: &[u8]| w.get(..n.len()).is_some_and(|x| x.eq_ignore_ascii_case(n));
                has(b"tit") || has(b"head") || (starts(b"bt") && !starts(b"btn"))
            })
    };
    class.is_some_and(names_a_title) || id.is_some_and(names_a_title)
}

fn end_heading(heading: &mut Option<(String, String)>, s: &mut Scan) {
    if let Some((_, text)) = heading.take() {
        let t = collapse_ws(&text);
        if !t.is_empty() && t.chars().count() <= MAX_HEADING_CHARS {
            s.heading = Some(t);
        }
    }
}

fn end_select(sel: Select, s: &mut Scan) {
    let label = sel
        .label
        .map(|l| collapse_ws(&l))
        .map(|l| {
            l.trim_matches(|c: char| matches!(c, '—' | '-' | '－' | '=' | '请' | ' '))
                .to_owned()
        })
        .filter(|l| !l.is_empty() && l != "选择");
    let label = label.or_else(|| s.heading.clone());
    for l in s.links.iter_mut().skip(sel.first_link) {
        if l.source == LinkSource::JumpMenu {
            l.heading.clone_from(&label);
        }
    }
}

/// An option value a jump menu opens: a path or a URL, not `0` or `#`.
fn looks_like_url(v: &str) -> bool {
    !v.is_empty() && !v.starts_with('#') && (v.contains('/') || v.contains('.'))
}

/// `window.open('http://x/')`, `location.href='/a.html'`, `window.location="…"`
/// in an `onclick`: the target, as written.
fn attr_script_target(js: &str) -> Option<&str> {
    script_target_at(js, 0).map(|(t, _)| t)
}

/// Absolute http(s) targets of `window.open(…)` / `location.href=…` in a
/// script body (relative ones there are too often built from variables).
fn script_targets(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    if memmem::find(body.as_bytes(), b"open(").is_none()
        && memmem::find(body.as_bytes(), b"location").is_none()
    {
        return out;
    }
    let mut k = 0;
    while let Some((t, next)) = script_target_at(body, k) {
        if (t.starts_with("http://") || t.starts_with("https://")) && out.len() < 256 {
            out.push(t);
        }
        k = next;
    }
    out
}

/// The first script navigation at or after byte `from`: (target, where to look next).
fn script_target_at(js: &str, from: usize) -> Option<(&str, usize)> {
    const CALLS: [&str; 4] = [
        "window.open(",
        "location.href",
        "location.replace(",
        "window.location",
    ];
    let rest = js.get(from..)?;
    let (at, call) = CALLS
        .iter()
        .filter_map(|c| rest.find(c).map(|i| (i, *c)))
        .min_by_key(|(i, _)| *i)?;
    let after = from + at + call.len();
    let tail = js[after..].trim_start();
    let tail = tail.strip_prefix('=').map_or(tail, str::trim_start);
    let tail = tail.strip_prefix('(').map_or(tail, str::trim_start);
    let q = tail.chars().next().filter(|c| matches!(c, '\'' | '"'));
    let Some(q) = q else {
        return script_target_at(js, after);
    };
    let body = &tail[1..];
    let end = body.find(q)?;
    let target = body[..end].trim();
    let next = js.len() - body.len() + end;
    if target.is_empty() {
        return script_target_at(js, next);
    }
    Some((target, next))
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
    fn jump_menus_scripts_and_block_headings() {
        let h = r#"<div class="lm_title"><span>市州生态环境局</span></div>
        <ul><li><a href="http://sthjj.sg.gov.cn/">韶关市生态环境局</a></li></ul>
        <h3>友情链接</h3>
        <select onchange="window.open(this.value)"><option value="">—省直部门—</option>
          <option value="http://jyt.gd.gov.cn/">广东省教育厅<option value="0">无</option>
          <option value="/local/">本站栏目</option></select>
        <select><option value="http://a.cn/">A</option></select>
        <li onclick="window.open('http://sthjj.mm.gov.cn/')">茂名</li>
        <a href="javascript:void(0)" onclick="location.href = 'http://hbj.zj.gov.cn/'">湛江市环境保护局</a>
        <a class="title" href="x.html">not a heading</a>
        <script>var u = "x"; window.open("https://www.weather.com.cn/"); location.href=u;</script>"#;
        let s = scan(h);
        let got: Vec<_> = s
            .links
            .iter()
            .map(|l| {
                (
                    l.href.as_str(),
                    l.text.trim(),
                    l.source,
                    l.heading.as_deref(),
                )
            })
            .collect();
        let hd = Some("市州生态环境局");
        assert_eq!(
            got,
            [
                (
                    "http://sthjj.sg.gov.cn/",
                    "韶关市生态环境局",
                    LinkSource::Anchor,
                    hd
                ),
                (
                    "http://jyt.gd.gov.cn/",
                    "广东省教育厅",
                    LinkSource::JumpMenu,
                    Some("省直部门")
                ),
                (
                    "/local/",
                    "本站栏目",
                    LinkSource::JumpMenu,
                    Some("省直部门")
                ),
                ("http://a.cn/", "A", LinkSource::JumpMenu, Some("友情链接")),
                (
                    "http://sthjj.mm.gov.cn/",
                    "",
                    LinkSource::Script,
                    Some("友情链接")
                ),
                (
                    "http://hbj.zj.gov.cn/",
                    "湛江市环境保护局",
                    LinkSource::Script,
                    Some("友情链接")
                ),
                (
                    "x.html",
                    "not a heading",
                    LinkSource::Anchor,
                    Some("友情链接")
                ),
                (
                    "https://www.weather.com.cn/",
                    "",
                    LinkSource::Script,
                    Some("友情链接")
                ),
            ]
        );
    }

    #[test]
    fn anchor_text_is_capped() {
        let h = format!("<a href=x>{}</a>", "年".repeat(2000));
        let s = scan(&h);
        assert!(s.links[0].text.len() <= MAX_TEXT);
        assert!(s.links[0].text.len() > MAX_TEXT - 4);
    }
}
