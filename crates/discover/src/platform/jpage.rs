//! Hanweb jcms list columns whose later records only a `POST` returns.
//!
//! A jcms column page carries its newest records in an inline `<datastore>` (read
//! as links by [`crate::links`]); the browser gets the rest from the jpage
//! script, which posts the column's parameters to the data proxy:
//!
//! ```text
//! POST /module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15
//! Content-Type: application/x-www-form-urlencoded
//!
//! col=1&appid=1&webid=3&path=%2F&columnid=55&sourceContentType=1&unitid=778&webname=…&permissiontype=0
//! ```
//!
//! The parameters come from the page itself: the `<nextgroup>` link (the proxy URL
//! with `webid`, `columnid`, `unitid`, `webname`, `permissiontype` in its query)
//! and the `jpage({ perPage, totalRecord, proxyUrl, groupSize, … })` call. Some
//! deployments answer a `GET` of the proxy with 405, and the `?uid=…&pageNum=N`
//! column pages of others are static copies of page 1: the `POST` is the one
//! request that reaches the old years. Its answer is the same XML `<datastore>`,
//! with a `<totalrecord>` that says whether paging goes on.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use super::{balanced, floor_char_boundary, is_id_byte};

/// The form fields the jpage script posts, in its order.
pub const FORM_FIELDS: &[&str] = &[
    "col",
    "appid",
    "webid",
    "path",
    "columnid",
    "sourceContentType",
    "unitid",
    "webname",
    "permissiontype",
];
/// What the script posts for a field neither the page nor the link sets.
const FIELD_DEFAULTS: &[(&str, &str)] = &[
    ("col", "1"),
    ("appid", "1"),
    ("sourceContentType", "1"),
    ("permissiontype", "0"),
];
/// Pages of records one request asks for when the page does not say (`groupSize`).
const DEFAULT_GROUP: u64 = 3;
/// Records one request asks for at most, whatever the page says.
const MAX_RECORDS_PER_REQUEST: u64 = 500;

/// A column's jpage list, as its page configures it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JpageList {
    /// The data proxy, without query.
    pub proxy: Url,
    /// The form body's fields, in [`FORM_FIELDS`] order.
    pub fields: Vec<(String, String)>,
    pub per_page: u64,
    /// Records in the column.
    pub total: u64,
    /// Records the page's own `<datastore>` holds (the first ones).
    pub held: u64,
    /// Pages of records per request.
    pub group: u64,
}

/// One POST of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRequest {
    /// The proxy with `startrecord`, `endrecord` and `perpage`.
    pub url: Url,
    /// `application/x-www-form-urlencoded`.
    pub form: String,
}

static NEXTGROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<nextgroup>\s*(?:<!\[CDATA\[)?\s*<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']"#)
        .expect("static regex")
});
static JS_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"([A-Za-z_$][A-Za-z0-9_$]*)["']?\s*:\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z0-9_./%-]+))"#,
    )
    .expect("static regex")
});

/// The jpage list a column page configures, when it holds fewer records than the
/// column has (nothing to page otherwise) and names its proxy and column.
pub fn list(html: &str, page_url: &Url) -> Option<JpageList> {
    let call_at = html.find("jpage(")?;
    let call = &html[call_at + "jpage(".len()..];
    let call = &call[..floor_char_boundary(call, 64 * 1024)];
    let call = balanced(call.trim_start())?;
    let mut js: Vec<(String, String)> = Vec::new();
    for c in JS_PAIR.captures_iter(call) {
        let v = c
            .get(2)
            .or(c.get(3))
            .or(c.get(4))
            .map_or("", |m| m.as_str());
        js.push((c[1].to_owned(), v.to_owned()));
    }
    let get = |k: &str| {
        js.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(k))
            .map(|(_, v)| v.as_str())
    };
    let num = |k: &str| get(k).and_then(|v| v.trim().parse::<u64>().ok());
    let per_page = num("perPage").filter(|&n| n > 0)?;
    let total = num("totalRecord")?;
    let group = num("groupSize").filter(|&n| n > 0).unwrap_or(DEFAULT_GROUP);

    let link = NEXTGROUP
        .captures(html)
        .and_then(|c| page_url.join(&c[1].replace("&amp;", "&")).ok());
    let proxy_href = get("proxyUrl")
        .map(str::to_owned)
        .or_else(|| link.as_ref().map(|l| l.path().to_owned()))?;
    let mut proxy = page_url.join(&proxy_href).ok()?;
    if !matches!(proxy.scheme(), "http" | "https") {
        return None;
    }
    proxy.set_query(None);
    proxy.set_fragment(None);
    let from_link: Vec<(String, String)> = link
        .map(|l| {
            l.query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default();
    let mut fields = Vec::new();
    for f in FORM_FIELDS {
        let v = get(f)
            .map(str::to_owned)
            .or_else(|| {
                from_link
                    .iter()
                    .find(|(k, _)| k == f)
                    .map(|(_, v)| v.clone())
            })
            .or_else(|| {
                FIELD_DEFAULTS
                    .iter()
                    .find(|(k, _)| k == f)
                    .map(|(_, v)| (*v).to_owned())
            });
        if let Some(v) = v {
            fields.push(((*f).to_owned(), v));
        }
    }
    let has = |k: &str| {
        fields
            .iter()
            .any(|(n, v)| n == k && !v.is_empty() && v.bytes().all(is_id_byte))
    };
    if !has("columnid") || !(has("unitid") || has("webid")) {
        return None;
    }
    let held = records_in(datastore_of(html)) as u64;
    (held < total).then_some(JpageList {
        proxy,
        fields,
        per_page,
        total,
        held,
        group,
    })
}

impl JpageList {
    /// Records one request asks for.
    pub fn step(&self) -> u64 {
        self.per_page
            .saturating_mul(self.group)
            .clamp(1, MAX_RECORDS_PER_REQUEST)
    }

    /// The first request: the records after those the page holds.
    pub fn first(&self) -> ListRequest {
        self.request(self.held + 1)
    }

    /// The request for `step()` records from `start` (1-based).
    pub fn request(&self, start: u64) -> ListRequest {
        let end = start
            .saturating_add(self.step() - 1)
            .min(self.total.max(start));
        let mut url = self.proxy.clone();
        url.query_pairs_mut()
            .append_pair("startrecord", &start.to_string())
            .append_pair("endrecord", &end.to_string())
            .append_pair("perpage", &self.per_page.to_string());
        let form = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&self.fields)
            .finish();
        ListRequest { url, form }
    }
}

/// `(startrecord, endrecord, perpage)` of a proxy request URL.
pub fn position(url: &Url) -> Option<(u64, u64, u64)> {
    let q = |k: &str| {
        url.query_pairs()
            .find(|(n, _)| n.eq_ignore_ascii_case(k))
            .and_then(|(_, v)| v.trim().parse::<u64>().ok())
    };
    let (start, end) = (q("startrecord")?, q("endrecord")?);
    (start >= 1 && end >= start).then_some((start, end, q("perpage").unwrap_or(end - start + 1)))
}

/// The request after `url` (same form body), when its answer (`xml`) listed
/// records and says the column has more than `url` reached.
pub fn next_after(url: &Url, xml: &str) -> Option<Url> {
    let (start, end, per) = position(url)?;
    let total = total_in(xml)?;
    if end >= total || records_in(xml) == 0 || end / per.max(1) >= super::MAX_PAGES {
        return None;
    }
    let step = end - start + 1;
    let next_start = end + 1;
    let next_end = (end + step).min(total);
    let mut next = url.clone();
    next.query_pairs_mut()
        .clear()
        .append_pair("startrecord", &next_start.to_string())
        .append_pair("endrecord", &next_end.to_string())
        .append_pair("perpage", &per.to_string());
    Some(next)
}

/// `<totalrecord>N</totalrecord>` of a proxy answer.
pub fn total_in(xml: &str) -> Option<u64> {
    let lower_at = find_ci(xml, "<totalrecord>")?;
    let rest = &xml[lower_at + "<totalrecord>".len()..];
    let digits = rest.trim_start();
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    digits[..n.min(12)].parse().ok()
}

/// `<record>`s in a datastore (or a proxy answer).
pub fn records_in(xml: &str) -> usize {
    let b = xml.as_bytes();
    memchr::memmem::find_iter(b, b"<record>").count()
        + memchr::memmem::find_iter(b, b"<RECORD>").count()
}

/// The inline `<datastore>` of a page (the whole page when there is none).
fn datastore_of(html: &str) -> &str {
    match (find_ci(html, "<datastore"), find_ci(html, "</datastore>")) {
        (Some(a), Some(b)) if b > a => &html[a..b],
        _ => "",
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.find(needle)
        .or_else(|| hay.find(&needle.to_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMN: &str = r#"<div id="778"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3&path=/&columnid=55&unitid=778&webname=%E6%B1%9F%E8%8B%8F&permissiontype=0"></a>]]></nextgroup>
<recordset>
<record><![CDATA[<li><a href="/art/2024/1/2/art_55_1.html">2023年政府信息公开工作年度报告</a></li>]]></record>
<record><![CDATA[<li><a href="/art/2023/1/2/art_55_2.html">2022年政府信息公开工作年度报告</a></li>]]></record>
</recordset></datastore></script>
<script>$('#778').jpage({ dataStore: dataStore, perPage: 2, totalRecord: 11, proxyUrl: '/module/web/jpage/dataproxy.jsp', groupSize: 2, col: 1, sourceContentType: 1 });</script></div>"#;

    fn page() -> Url {
        Url::parse("http://sthjt.js.gov.cn/col/col55/index.html").unwrap()
    }

    #[test]
    fn the_page_configures_its_post() {
        let l = list(COLUMN, &page()).expect("a jpage list");
        assert_eq!((l.per_page, l.total, l.held, l.group), (2, 11, 2, 2));
        assert_eq!(
            l.proxy.as_str(),
            "http://sthjt.js.gov.cn/module/web/jpage/dataproxy.jsp"
        );
        let r = l.first();
        assert_eq!(
            r.url.as_str(),
            "http://sthjt.js.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=3&endrecord=6&perpage=2"
        );
        assert_eq!(
            r.form,
            "col=1&appid=1&webid=3&path=%2F&columnid=55&sourceContentType=1&unitid=778&webname=%E6%B1%9F%E8%8B%8F&permissiontype=0"
        );
        assert_eq!(position(&r.url), Some((3, 6, 2)));
        // A page that holds every record has nothing to page; one without a column, no list.
        let all = COLUMN.replace("totalRecord: 11", "totalRecord: 2");
        assert_eq!(list(&all, &page()), None);
        let no_col = COLUMN.replace("columnid=55&", "");
        assert_eq!(list(&no_col, &page()), None);
        assert_eq!(list("<p>jpage(</p>", &page()), None);
    }

    #[test]
    fn answers_say_whether_paging_goes_on() {
        let l = list(COLUMN, &page()).unwrap();
        let first = l.first().url;
        let answer = "<?xml version=\"1.0\"?><datastore><totalrecord>11</totalrecord><recordset><record><![CDATA[<a href=\"/a\">x</a>]]></record></recordset></datastore>";
        assert_eq!(total_in(answer), Some(11));
        let second = next_after(&first, answer).unwrap();
        assert_eq!(position(&second), Some((7, 10, 2)));
        let third = next_after(&second, answer).unwrap();
        assert_eq!(position(&third), Some((11, 11, 2)));
        assert_eq!(next_after(&third, answer), None);
        // An empty answer, or one without a total, ends it.
        assert_eq!(
            next_after(
                &first,
                "<datastore><totalrecord>11</totalrecord></datastore>"
            ),
            None
        );
        assert_eq!(next_after(&first, "<html>405</html>"), None);
    }
}
