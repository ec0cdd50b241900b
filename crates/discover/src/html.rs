//! A small, forgiving HTML tag scanner.
//!
//! Why not `scraper`? Building an html5ever tree for a 10 KB list page costs
//! about 280 µs (measured with the bench binary), twice the whole per-page
//! budget of the crawl engine. Link discovery needs far less than a tree:
//! tag names, a handful of attributes, the text inside `<a>`, the `<title>`
//! and the bodies of `<script>` elements. This scanner gets those in one
//! linear pass with `memchr`, following the HTML tokenizer where it matters
//! for links (quoted attribute values may contain `>`; comments, `<script>`,
//! `<style>`, `<textarea>`, `<iframe>` bodies are not markup; the first
//! `<base href>` and the first occurrence of a duplicated attribute win) and
//! giving up gracefully everywhere else (an unterminated construct just ends
//! the scan). It never panics and never does more than linear work per byte
//! (plus a bounded amount per tag).

use std::borrow::Cow;

use memchr::{memchr, memmem};

use crate::links::LinkSource;

/// A link as written in the document, before resolution.
pub(crate) struct RawLink<'a> {
    pub href: Cow<'a, str>,
    pub text: String,
    pub title: Option<Cow<'a, str>>,
    pub alt: Option<Cow<'a, str>>,
    pub source: LinkSource,
}

#[derive(Default)]
pub(crate) struct Scan<'a> {
    pub title: Option<String>,
    pub base_href: Option<Cow<'a, str>>,
    pub links: Vec<RawLink<'a>>,
    pub scripts: Vec<&'a str>,
}

/// Longest anchor text kept (bytes, roughly); hostile pages put whole
/// documents inside one `<a>`.
const MAX_TEXT: usize = 1024;
/// Raw links collected before we stop looking (the public cap is lower,
/// after dedup).
const MAX_RAW_LINKS: usize = 20_000;

pub(crate) fn scan(html: &str) -> Scan<'_> {
    let mut s = Scan::default();
    scan_into(html, &mut s, LinkSource::Anchor, 0);
    s
}

#[derive(Default)]
struct Attrs<'a> {
    href: Option<&'a str>,
    src: Option<&'a str>,
    title: Option<&'a str>,
    alt: Option<&'a str>,
    http_equiv: Option<&'a str>,
    content: Option<&'a str>,
}

fn set_once<'a>(slot: &mut Option<&'a str>, v: &'a str) {
    if slot.is_none() {
        *slot = Some(v);
    }
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Parse a start tag whose name starts at `start` (just after `<`).
/// Returns (name, attrs, index just past the tag).
fn parse_tag(html: &str, start: usize) -> (&str, Attrs<'_>, usize) {
    let b = html.as_bytes();
    let mut j = start;
    while j < b.len() && !is_ws(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = &html[start..j];
    let mut a = Attrs::default();
    loop {
        while j < b.len() && (is_ws(b[j]) || b[j] == b'/') {
            j += 1;
        }
        if j >= b.len() {
            return (name, a, b.len());
        }
        if b[j] == b'>' {
            return (name, a, j + 1);
        }
        let ns = j;
        j += 1; // an attribute name has at least one char (even '=')
        while j < b.len() && !is_ws(b[j]) && b[j] != b'/' && b[j] != b'>' && b[j] != b'=' {
            j += 1;
        }
        let an = &html[ns..j];
        while j < b.len() && is_ws(b[j]) {
            j += 1;
        }
        let mut value = "";
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && is_ws(b[j]) {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                match memchr(q, &b[j + 1..]) {
                    Some(off) => {
                        value = &html[j + 1..j + 1 + off];
                        j = j + 2 + off;
                    }
                    None => {
                        value = &html[j + 1..];
                        j = b.len();
                    }
                }
            } else {
                let vs = j;
                while j < b.len() && !is_ws(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                value = &html[vs..j];
            }
        }
        // All delimiters above are ASCII, so every slice is on a char boundary.
        if an.eq_ignore_ascii_case("href") {
            set_once(&mut a.href, value);
        } else if an.eq_ignore_ascii_case("src") {
            set_once(&mut a.src, value);
        } else if an.eq_ignore_ascii_case("title") {
            set_once(&mut a.title, value);
        } else if an.eq_ignore_ascii_case("alt") {
            set_once(&mut a.alt, value);
        } else if an.eq_ignore_ascii_case("http-equiv") {
            set_once(&mut a.http_equiv, value);
        } else if an.eq_ignore_ascii_case("content") {
            set_once(&mut a.content, value);
        }
    }
}

/// Find `</name` (ASCII case-insensitive) at or after `from`.
/// Returns (start of the end tag, index just past its `>`), or None.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<(usize, usize)> {
    let finder = memmem::Finder::new(b"</");
    let mut k = from;
    while k < b.len() {
        let off = finder.find(&b[k..])?;
        let lt = k + off;
        let n = lt + 2;
        let after = n + name.len();
        if after <= b.len()
            && b[n..after].eq_ignore_ascii_case(name.as_bytes())
            && (after == b.len() || is_ws(b[after]) || b[after] == b'>' || b[after] == b'/')
        {
            let end = memchr(b'>', &b[after..]).map_or(b.len(), |o| after + o + 1);
            return Some((lt, end));
        }
        k = lt + 2;
    }
    None
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
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

fn scan_into<'a>(html: &'a str, s: &mut Scan<'a>, source: LinkSource, depth: u8) {
    let b = html.as_bytes();
    let mut i = 0;
    let mut open: Option<usize> = None; // index of the <a> whose text we collect
    while i < b.len() {
        let Some(off) = memchr(b'<', &b[i..]) else {
            if let Some(o) = open {
                push_text(&mut s.links[o].text, &html[i..]);
            }
            break;
        };
        let lt = i + off;
        if let Some(o) = open {
            if lt > i {
                push_text(&mut s.links[o].text, &html[i..lt]);
            }
        }
        let rest = &b[lt + 1..];
        match rest.first() {
            Some(b'!') => {
                if rest.starts_with(b"!--") {
                    i = memmem::find(&b[lt + 4..], b"-->").map_or(b.len(), |o| lt + 4 + o + 3);
                } else if starts_with_ci(rest, b"![CDATA[") {
                    // XML answers (Hanweb dataproxy.jsp) wrap markup in CDATA:
                    // scan straight through it.
                    i = lt + 9;
                } else {
                    i = memchr(b'>', rest).map_or(b.len(), |o| lt + 1 + o + 1);
                }
            }
            Some(b'?') => {
                i = memchr(b'>', rest).map_or(b.len(), |o| lt + 1 + o + 1);
            }
            Some(b'/') => {
                let ns = lt + 2;
                let mut j = ns;
                while j < b.len() && b[j].is_ascii_alphanumeric() {
                    j += 1;
                }
                if b[ns..j].eq_ignore_ascii_case(b"a") {
                    open = None;
                }
                i = memchr(b'>', &b[j..]).map_or(b.len(), |o| j + o + 1);
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, attrs, end) = parse_tag(html, lt + 1);
                i = end;
                let lname = name.as_bytes();
                let is = |n: &str| lname.eq_ignore_ascii_case(n.as_bytes());
                if is("a") {
                    open = None;
                    if let Some(h) = attrs.href {
                        if s.links.len() < MAX_RAW_LINKS {
                            s.links.push(RawLink {
                                href: decode_entities(h),
                                text: String::with_capacity(64),
                                title: attrs.title.map(decode_entities),
                                alt: None,
                                source,
                            });
                            open = Some(s.links.len() - 1);
                        }
                    }
                } else if is("img") {
                    if let (Some(o), Some(alt)) = (open, attrs.alt) {
                        if s.links[o].alt.is_none() {
                            s.links[o].alt = Some(decode_entities(alt));
                        }
                    }
                } else if is("area") {
                    if let Some(h) = attrs.href {
                        if s.links.len() < MAX_RAW_LINKS {
                            s.links.push(RawLink {
                                href: decode_entities(h),
                                text: String::new(),
                                title: attrs.title.map(decode_entities),
                                alt: attrs.alt.map(decode_entities),
                                source: LinkSource::Area,
                            });
                        }
                    }
                } else if is("frame") || is("iframe") {
                    if let Some(src) = attrs.src {
                        if s.links.len() < MAX_RAW_LINKS {
                            s.links.push(RawLink {
                                href: decode_entities(src),
                                text: String::new(),
                                title: attrs.title.map(decode_entities),
                                alt: None,
                                source: LinkSource::Frame,
                            });
                        }
                    }
                    if is("iframe") {
                        i = find_end_tag(b, i, "iframe").map_or(b.len(), |(_, e)| e);
                    }
                } else if is("base") {
                    if let (None, Some(h)) = (&s.base_href, attrs.href) {
                        s.base_href = Some(decode_entities(h));
                    }
                } else if is("meta") {
                    if let (Some(he), Some(c)) = (attrs.http_equiv, attrs.content) {
                        if he.trim().eq_ignore_ascii_case("refresh") {
                            if let Some(target) = meta_refresh_url(c) {
                                if s.links.len() < MAX_RAW_LINKS {
                                    s.links.push(RawLink {
                                        href: decode_entities(target),
                                        text: String::new(),
                                        title: None,
                                        alt: None,
                                        source: LinkSource::MetaRefresh,
                                    });
                                }
                            }
                        }
                    }
                } else if is("title") {
                    let (ce, e) = find_end_tag(b, i, "title").unwrap_or((b.len(), b.len()));
                    if s.title.is_none() && depth == 0 {
                        let t = collapse_ws(&decode_entities(&html[i..ce]));
                        if !t.is_empty() {
                            s.title = Some(t);
                        }
                    }
                    i = e;
                } else if is("script") {
                    let (ce, e) = find_end_tag(b, i, "script").unwrap_or((b.len(), b.len()));
                    let body = &html[i..ce];
                    i = e;
                    s.scripts.push(body);
                    if depth == 0 && memmem::find(body.as_bytes(), b"<record").is_some() {
                        scan_datastore(body, s);
                    }
                } else if is("style")
                    || is("textarea")
                    || is("xmp")
                    || is("noembed")
                    || is("noframes")
                {
                    let tag = if is("style") {
                        "style"
                    } else if is("textarea") {
                        "textarea"
                    } else if is("xmp") {
                        "xmp"
                    } else if is("noembed") {
                        "noembed"
                    } else {
                        "noframes"
                    };
                    i = find_end_tag(b, i, tag).map_or(b.len(), |(_, e)| e);
                } else if is("plaintext") {
                    break;
                }
            }
            _ => {
                // A literal '<' in text.
                if let Some(o) = open {
                    push_text(&mut s.links[o].text, "<");
                }
                i = lt + 1;
            }
        }
    }
}

/// Hanweb jcms writes a column's list as XML inside
/// `<script type="text/xml"><datastore>…<recordset><record><![CDATA[<li><a …>]]></record>`;
/// to a browser (and to html5ever) that is script text, so scan the CDATA
/// of each `<record>` as markup of its own.
fn scan_datastore<'a>(body: &'a str, s: &mut Scan<'a>) {
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

/// Collapse runs of whitespace (including U+3000 and NBSP) to one space, trimmed.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Decode the character references that show up in hrefs and anchor text.
/// Named references need their `;` (the legacy no-semicolon forms are only
/// honoured for `&amp`, and not before an alphanumeric or `=`, as in the
/// HTML attribute rules, so `?a=1&copy=2` survives). Numeric references are
/// decoded with or without `;`; invalid code points become U+FFFD.
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    const NAMED: &[(&str, &str)] = &[
        ("amp;", "&"),
        ("lt;", "<"),
        ("gt;", ">"),
        ("quot;", "\""),
        ("apos;", "'"),
        ("nbsp;", "\u{a0}"),
        ("middot;", "·"),
        ("mdash;", "—"),
        ("ndash;", "–"),
        ("ldquo;", "“"),
        ("rdquo;", "”"),
        ("lsquo;", "‘"),
        ("rsquo;", "’"),
        ("hellip;", "…"),
        ("laquo;", "«"),
        ("raquo;", "»"),
        ("emsp;", "\u{2003}"),
        ("ensp;", "\u{2002}"),
        ("copy;", "©"),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let tail = &rest[p + 1..];
        if let Some(num) = tail.strip_prefix('#') {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let n = digits
                .bytes()
                .take_while(|c| {
                    if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    }
                })
                .count();
            if n > 0 {
                let v = u32::from_str_radix(&digits[..n.min(8)], if hex { 16 } else { 10 }).ok();
                out.push(v.and_then(char::from_u32).unwrap_or('\u{fffd}'));
                let mut after = &digits[n..];
                if let Some(a) = after.strip_prefix(';') {
                    after = a;
                }
                rest = after;
                continue;
            }
        } else if let Some((name, rep)) = NAMED.iter().find(|(n, _)| {
            tail.get(..n.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(n))
        }) {
            out.push_str(rep);
            rest = &tail[name.len()..];
            continue;
        } else if tail.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("amp"))
            && !tail[3..]
                .bytes()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'=')
        {
            out.push('&');
            rest = &tail[3..];
            continue;
        }
        out.push('&');
        rest = tail;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a?x=1&amp;y=2"), "a?x=1&y=2");
        assert_eq!(decode_entities("a?x=1&copy=2"), "a?x=1&copy=2");
        assert_eq!(decode_entities("&#24180;&#x62A5;"), "年报");
        assert_eq!(decode_entities("&amp"), "&");
        assert_eq!(decode_entities("&#99999999999;"), "\u{fffd}");
        assert_eq!(decode_entities("&"), "&");
        assert_eq!(decode_entities("&#"), "&#");
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
        let hrefs: Vec<_> = s.links.iter().map(|l| l.href.as_ref()).collect();
        assert_eq!(hrefs, ["x.html", "u.html"]);
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
}
