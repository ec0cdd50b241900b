//! List pages a pager implies but does not link.
//!
//! The reports of past years sit on page 3 or 12 of a column, and most CMSs
//! in this corner of the web draw the pager in JavaScript, so those pages
//! are never in an `<a href>`. Three shapes are recognised (see
//! `docs/sites.md`):
//!
//! * **TRS WCM**: `createPageHTML(countPage, currentPage, "index", "html")`
//!   (arguments may be literals or `var countPage = N` variables) →
//!   `index.html`, `index_1.html` … `index_{n-1}.html`; and the newer
//!   `createPageHTML('page_div', total, current, 'index', 'shtml', records)`,
//!   whose suffix numbering is 0-based on some sites and 1-based on others:
//!   we emit the union (`index.shtml`, `index_1` … `index_n`) and let the
//!   404s settle it, which costs one request per column.
//! * **Hanweb jcms**: `<totalrecord>T</totalrecord>` and `<perpage>P</perpage>`
//!   (or `totalRecord:` / `perPage:` in the jpage script) with the `unitid`
//!   of the `<nextgroup>` proxy URL (or a `uid` variable) →
//!   `?uid=<uid>&pageNum=k`, k in 2..=ceil(T/P).
//! * **Anchor pagers** (VSB 博达 `下页`/`尾页`, `?page=N`, `?pageNo=N`,
//!   `index_N.html` written server-side): when a `尾页`/`末页` link exists,
//!   every number between the smallest and largest page number the pager's
//!   links show is filled in (VSB counts *down*: `下页` is `index/4.htm`,
//!   `尾页` is `index/1.htm`).
//!
//! Every generator is capped at [`MAX_PAGES`] so a page claiming a billion
//! records cannot explode the frontier.

use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;
use url::{Position, Url};

use crate::canon::resolve;
use crate::scan::{self, collapse_ws, Scan};

/// Most sibling pages one generator emits.
pub const MAX_PAGES: u64 = 500;
/// Most URLs [`expand`] returns for one page, all generators together.
pub const MAX_TOTAL: usize = 3 * MAX_PAGES as usize;
/// `createPageHTML` calls looked at per page (a real page has one; each
/// call may trigger a scan of the page for a variable).
const MAX_TRS_CALLS: usize = 4;

/// Sibling list-page URLs a pager on this page implies (without fragments,
/// deduplicated, in generation order). Relative names resolve against the
/// page URL (or its `<base href>`).
pub fn expand(html: &str, page_url: &Url) -> Vec<Url> {
    let scan = scan::scan(html);
    let base = scan
        .base_href
        .as_deref()
        .and_then(|h| page_url.join(h.trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .unwrap_or_else(|| page_url.clone());
    expand_scanned(&scan, html, &base)
}

pub(crate) fn expand_scanned(scan: &Scan, html: &str, base: &Url) -> Vec<Url> {
    let mut out = Vec::new();
    trs(scan, html, base, &mut out);
    hanweb(html, base, &mut out);
    anchor_pagers(scan, base, &mut out);
    out.truncate(MAX_TOTAL);
    let mut seen = std::collections::HashSet::with_capacity(out.len());
    out.retain(|u: &Url| seen.insert(u.as_str().to_owned()));
    out
}

// ---------------------------------------------------------------- TRS

/// Argument lists of every `createPageHTML( … )` call in a script body
/// (no nested parentheses, at most 300 bytes). A hand-rolled scan: the
/// equivalent regex needs a capture-group engine and costed more than the
/// rest of the pager work together.
fn trs_calls(body: &str) -> impl Iterator<Item = &str> {
    let b = body.as_bytes();
    memmem::find_iter(b, b"createPageHTML").filter_map(move |pos| {
        let rest = body[pos + 14..].trim_start();
        let args = rest.strip_prefix('(')?;
        let lim = args.len().min(300);
        let close = args.as_bytes()[..lim]
            .iter()
            .position(|&c| c == b')' || c == b'(')?;
        (args.as_bytes()[close] == b')').then(|| &args[..close])
    })
}

fn unquote(s: &str) -> Option<&str> {
    let s = s.trim();
    let q = s.chars().next()?;
    if (q == '"' || q == '\'') && s.len() >= 2 && s.ends_with(q) {
        Some(&s[1..s.len() - 1])
    } else {
        None
    }
}

fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    c.next()
        .is_some_and(|f| f.is_ascii_alphabetic() || f == '_' || f == '$')
        && c.all(|x| x.is_ascii_alphanumeric() || x == '_' || x == '$')
}

/// `ident = 12` / `ident=\"12\"` anywhere in the page (the first one with a number).
fn lookup_var(html: &str, ident: &str) -> Option<u64> {
    let b = html.as_bytes();
    let f = memmem::Finder::new(ident.as_bytes());
    for pos in f.find_iter(b) {
        let before_ok = pos == 0 || {
            let c = b[pos - 1];
            !(c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'.')
        };
        if !before_ok {
            continue;
        }
        let rest = html[pos + ident.len()..].trim_start_matches([' ', '\t']);
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        if rest.starts_with('=') {
            continue; // `==` comparison
        }
        let rest = rest.trim_start_matches([' ', '\t', '"', '\'']);
        let digits: &str = &rest[..rest.bytes().take_while(u8::is_ascii_digit).count()];
        if let Ok(n) = digits.get(..digits.len().min(12)).unwrap_or("").parse() {
            return Some(n);
        }
    }
    None
}

fn num_arg(html: &str, a: &str) -> Option<u64> {
    let a = a.trim();
    let lit = unquote(a).unwrap_or(a);
    if !lit.is_empty() && lit.len() <= 12 && lit.bytes().all(|c| c.is_ascii_digit()) {
        return lit.parse().ok();
    }
    if is_ident(a) {
        return lookup_var(html, a);
    }
    None
}

fn valid_stem(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        && !s.starts_with('.')
}

fn valid_ext(s: &str) -> bool {
    !s.is_empty() && s.len() <= 8 && s.bytes().all(|c| c.is_ascii_alphanumeric())
}

fn trs(scan: &Scan, html: &str, base: &Url, out: &mut Vec<Url>) {
    let calls = scan
        .scripts
        .iter()
        .filter(|b| memmem::find(b.as_bytes(), b"createPageHTML").is_some())
        .flat_map(|b| trs_calls(b))
        .take(MAX_TRS_CALLS);
    for call in calls {
        let args: Vec<&str> = call.split(',').map(str::trim).collect();
        let (count, stem, ext, one_based) = if args.len() >= 5 && unquote(args[0]).is_some() {
            // createPageHTML('page_div', totalPages, currentPage, 'index', 'shtml', totalRecords)
            (
                num_arg(html, args[1]),
                unquote(args[3]),
                unquote(args[4]),
                true,
            )
        } else if args.len() >= 4 {
            (
                num_arg(html, args[0]),
                unquote(args[2]),
                unquote(args[3]),
                false,
            )
        } else {
            continue;
        };
        let (Some(n), Some(stem), Some(ext)) = (count, stem, ext) else {
            continue;
        };
        if !valid_stem(stem) || !valid_ext(ext) || n == 0 {
            continue;
        }
        let n = n.min(MAX_PAGES);
        let last = if one_based { n } else { n - 1 };
        if let Ok(u) = base.join(&format!("{stem}.{ext}")) {
            out.push(u);
        }
        for k in 1..=last {
            if let Ok(u) = base.join(&format!("{stem}_{k}.{ext}")) {
                out.push(u);
            }
        }
    }
}

// ---------------------------------------------------------------- Hanweb

static HW_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:<totalrecord>|\btotalRecord["']?\s*[:=]\s*)["']?\s*(\d{1,12})"#)
        .expect("static regex")
});
static HW_PERPAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:<perpage>|\bperPage["']?\s*[:=]\s*)["']?\s*(\d{1,12})"#)
        .expect("static regex")
});
static HW_UID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:[?&;]unitid=|\buid["']?\s*[:=]\s*["']?)(\d{1,15})"#).expect("static regex")
});

fn first_num(re: &Regex, html: &str) -> Option<u64> {
    re.captures(html).and_then(|c| c[1].parse().ok())
}

fn hanweb(html: &str, base: &Url, out: &mut Vec<Url>) {
    let b = html.as_bytes();
    // Cheap gate: both spellings contain "otalrecord"/"otalRecord".
    if memmem::find(b, b"otalrecord").is_none() && memmem::find(b, b"otalRecord").is_none() {
        return;
    }
    let (Some(total), Some(per), Some(uid)) = (
        first_num(&HW_TOTAL, html),
        first_num(&HW_PERPAGE, html),
        first_num(&HW_UID, html),
    ) else {
        return;
    };
    if per == 0 {
        return;
    }
    let pages = total.div_ceil(per).min(MAX_PAGES);
    for k in 2..=pages {
        let mut u = base.clone();
        u.set_fragment(None);
        u.set_query(Some(&format!("uid={uid}&pageNum={k}")));
        out.push(u);
    }
}

// ---------------------------------------------------------------- anchors

const LAST_WORDS: &[&str] = &["尾页", "末页", "最后一页", "尾 页", "末 页"];
const PAGER_WORDS: &[&str] = &[
    "下页",
    "下一页",
    "上页",
    "上一页",
    "首页",
    "第一页",
    "下 页",
    "上 页",
    "首 页",
    ">",
    ">>",
    "<",
    "<<",
];
const PAGE_PARAMS: &[&str] = &[
    "page",
    "pageno",
    "pagenum",
    "pageindex",
    "currpage",
    "curpage",
    "pn",
    "p",
    "pagenumber",
    "page_no",
];

/// Where the page number sits in a pager URL: (text before, number, text after).
fn numbered(u: &Url) -> Option<(String, u64, String)> {
    let s = u.as_str();
    if let Some(q) = u.query() {
        let qstart = u[..Position::BeforeQuery].len();
        let mut off = 0;
        for pair in q.split('&') {
            if let Some((k, v)) = pair.split_once('=') {
                if PAGE_PARAMS.iter().any(|p| k.eq_ignore_ascii_case(p))
                    && !v.is_empty()
                    && v.len() <= 9
                    && v.bytes().all(|c| c.is_ascii_digit())
                {
                    let vs = qstart + off + k.len() + 1;
                    let n = v.parse().ok()?;
                    return Some((s[..vs].to_owned(), n, s[vs + v.len()..].to_owned()));
                }
            }
            off += pair.len() + 1;
        }
    }
    // Last path segment `<stem><digits>.<htm|html|shtml|jsp…>`.
    let path_end = u[..Position::AfterPath].len();
    let path = u.path();
    let seg_start = path.rfind('/').map_or(0, |p| p + 1);
    let seg = &path[seg_start..];
    let dot = seg.rfind('.')?;
    let stem = &seg[..dot];
    let ndig = stem.bytes().rev().take_while(u8::is_ascii_digit).count();
    if ndig == 0 || ndig > 9 {
        return None;
    }
    let ds = path_end - path.len() + seg_start + dot - ndig;
    let n = stem[stem.len() - ndig..].parse().ok()?;
    Some((s[..ds].to_owned(), n, s[ds + ndig..].to_owned()))
}

fn anchor_pagers(scan: &Scan, base: &Url, out: &mut Vec<Url>) {
    // Collect (template, number, is_last) for pager-looking anchors.
    let mut found: Vec<(String, String, u64, bool)> = Vec::new();
    let mut any_last = false;
    for l in &scan.links {
        let raw = l.text.trim();
        if raw.len() > 40 || raw.is_empty() {
            continue;
        }
        let owned;
        let t: &str = if raw.contains(char::is_whitespace) {
            owned = collapse_ws(raw);
            &owned
        } else {
            raw
        };
        let t = t.trim_matches(|c: char| c == '[' || c == ']' || c.is_whitespace());
        let is_last = LAST_WORDS.contains(&t);
        let is_pager = is_last
            || PAGER_WORDS.contains(&t)
            || (!t.is_empty() && t.len() <= 3 && t.bytes().all(|c| c.is_ascii_digit()));
        if !is_pager {
            continue;
        }
        let Some(u) = resolve(base, &l.href) else {
            continue;
        };
        if let Some((pre, n, post)) = numbered(&u) {
            any_last |= is_last;
            found.push((pre, post, n, is_last));
        }
        if found.len() > 1000 {
            break;
        }
    }
    if !any_last {
        return;
    }
    let templates: Vec<(String, String)> = found
        .iter()
        .filter(|f| f.3)
        .map(|f| (f.0.clone(), f.1.clone()))
        .collect();
    let mut done: Vec<&(String, String)> = Vec::new();
    for t in &templates {
        if done.contains(&t) {
            continue;
        }
        done.push(t);
        let nums = found
            .iter()
            .filter(|f| f.0 == t.0 && f.1 == t.1)
            .map(|f| f.2);
        let (lo, hi) = nums.fold((u64::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)));
        if lo > hi {
            continue;
        }
        if out.len() >= MAX_TOTAL {
            break;
        }
        let top = hi.min(lo.saturating_add(MAX_PAGES - 1));
        for k in (lo..=top).chain((top < hi).then_some(hi)) {
            if let Ok(u) = Url::parse(&format!("{}{}{}", t.0, k, t.1)) {
                out.push(u);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn paths(v: &[Url]) -> Vec<String> {
        v.iter()
            .map(|u| u[Position::BeforePath..].to_owned())
            .collect()
    }

    #[test]
    fn trs_literal_call() {
        let html =
            r#"<div class="page"><script>createPageHTML(4, 0, "index", "html");</script></div>"#;
        let v = expand(
            html,
            &u("http://www.mee.gov.cn/gkml/sthjbgw/ndbg/index.html"),
        );
        assert_eq!(
            paths(&v),
            [
                "/gkml/sthjbgw/ndbg/index.html",
                "/gkml/sthjbgw/ndbg/index_1.html",
                "/gkml/sthjbgw/ndbg/index_2.html",
                "/gkml/sthjbgw/ndbg/index_3.html"
            ]
        );
    }

    #[test]
    fn trs_var_count_page() {
        let html = r#"<script type="text/javascript">
            var currentPage = 2;//所在页从0开始
            var countPage = 3//共多少页
            createPageHTML(countPage, currentPage, "index", "shtml");
        </script>"#;
        let v = expand(html, &u("http://sthjt.a.gov.cn/xxgk/gknb/index_2.shtml"));
        assert_eq!(
            paths(&v),
            [
                "/xxgk/gknb/index.shtml",
                "/xxgk/gknb/index_1.shtml",
                "/xxgk/gknb/index_2.shtml"
            ]
        );
    }

    #[test]
    fn trs_page_div_variant_emits_both_numberings() {
        let html = r#"<div id="page_div"></div><script>
            createPageHTML('page_div', 3, 1, 'index', 'shtml', 52);</script>"#;
        let v = expand(html, &u("http://a.gov.cn/zwgk/ndbg/"));
        assert_eq!(
            paths(&v),
            [
                "/zwgk/ndbg/index.shtml",
                "/zwgk/ndbg/index_1.shtml",
                "/zwgk/ndbg/index_2.shtml",
                "/zwgk/ndbg/index_3.shtml"
            ]
        );
    }

    #[test]
    fn trs_function_definition_and_unrendered_templates_ignored() {
        let html = r#"<script>function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}
            createPageHTML(${PAGE_COUNT}, 0, "index", "html");
            createPageHTML(5, 0, "../../evil", "html");</script>"#;
        assert!(expand(html, &u("http://a.gov.cn/x/")).is_empty());
    }

    #[test]
    fn trs_count_capped() {
        let html = r#"<script>createPageHTML(99999999, 0, "index", "html");</script>"#;
        assert_eq!(
            expand(html, &u("http://a.gov.cn/x/")).len() as u64,
            MAX_PAGES
        );
        let html =
            r#"<script>createPageHTML(99999999999999999999999, 0, "index", "html");</script>"#;
        assert!(expand(html, &u("http://a.gov.cn/x/")).is_empty());
    }

    #[test]
    fn hanweb_js_vars() {
        let html = r#"<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=3&columnid=55&unitid=778&permissiontype=0"></a>]]></nextgroup></datastore></script>
            <script>$('#778').jpage({ dataStore: dataStore, totalRecord: 31, perPage: 15, proxyUrl: 'dataproxy.jsp' });</script>"#;
        let v = expand(
            html,
            &u("http://www.jx.gov.cn/col/col55/index.html?uid=778&pageNum=1"),
        );
        assert_eq!(
            paths(&v),
            [
                "/col/col55/index.html?uid=778&pageNum=2",
                "/col/col55/index.html?uid=778&pageNum=3"
            ]
        );
    }

    #[test]
    fn hanweb_needs_all_three() {
        let html = "<totalrecord>45</totalrecord><perpage>0</perpage>unitid=3";
        assert!(expand(html, &u("http://a.gov.cn/col/col1/index.html")).is_empty());
        let html = "<totalrecord>45</totalrecord><perpage>15</perpage>";
        assert!(expand(html, &u("http://a.gov.cn/col/col1/index.html")).is_empty());
    }

    #[test]
    fn vsb_next_and_last_fill_the_range() {
        let html = r#"<table><tr><td>共5页&nbsp;1/5&nbsp;
            <a href="" class="Next">首页</a><a href="index/4.htm" class="Next">下页</a>
            <a href="index/1.htm" class="Next">尾页</a></td></tr></table>"#;
        let v = expand(html, &u("http://sthjt.yn.gov.cn/info/1034/index.htm"));
        assert_eq!(
            paths(&v),
            [
                "/info/1034/index/1.htm",
                "/info/1034/index/2.htm",
                "/info/1034/index/3.htm",
                "/info/1034/index/4.htm"
            ]
        );
    }

    #[test]
    fn query_page_param_pager() {
        let html = r#"<a href="list.jsp?col=7&page=2">下一页</a><a href="list.jsp?col=7&amp;page=4">尾页</a>
            <a href="other.jsp?page=9">9</a>"#;
        let v = expand(html, &u("http://a.gov.cn/xxgk/list.jsp?col=7&page=1"));
        assert_eq!(
            paths(&v),
            [
                "/xxgk/list.jsp?col=7&page=2",
                "/xxgk/list.jsp?col=7&page=3",
                "/xxgk/list.jsp?col=7&page=4"
            ]
        );
    }

    #[test]
    fn hostile_pager_pages_stay_bounded() {
        let mut html = String::from("<script>var countPage = 400;");
        for _ in 0..10_000 {
            html.push_str("createPageHTML(countPage, 0, \"index\", \"html\");");
        }
        html.push_str("</script>");
        for i in 0..2000 {
            html.push_str(&format!(
                "<a href=\"l{i}_1.htm\">下页</a><a href=\"l{i}_400.htm\">尾页</a>"
            ));
        }
        let t = std::time::Instant::now();
        let v = expand(&html, &u("http://a.gov.cn/x/"));
        assert!(v.len() <= MAX_TOTAL);
        assert!(v.len() >= 400);
        assert!(t.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn no_last_link_no_expansion() {
        let html = r#"<a href="list.jsp?page=2">下一页</a>"#;
        assert!(expand(html, &u("http://a.gov.cn/list.jsp")).is_empty());
    }
}
