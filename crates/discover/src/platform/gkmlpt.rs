//! Guangdong's standard disclosure catalogue, `gkmlpt`.
//!
//! The provincial departments and every city and county body in Guangdong publish
//! their disclosure catalogue on one platform. A body has it under its own prefix
//! (`/gkmlpt/` on its host, `/<dept>/gkmlpt/` for a department on a city portal):
//!
//! * the catalogue page `…/gkmlpt/index` is a script application: its site id and
//!   column tree sit in `window._CONFIG = { SID: '…', TREE: [ {id, name,
//!   children}, … ], … }`; links to a column are fragments (`index#<column>`), so
//!   a crawler reaching `index` has reached every column;
//! * a column's list is the answer of `…/gkmlpt/api/all/<column>?page=<n>&sid=<SID>`:
//!   `{"articles":[{"title","url",…}],"total":N,…}`, pages from 1;
//! * articles are `…/gkmlpt/content/<a>/<column>/post_<id>.html`.
//!
//! [`catalogue`] reads the configuration, [`Catalogue::report_columns`] picks the
//! columns worth paging (scored like links), [`Catalogue::api_url`] builds a list
//! request, [`parse_answer`] reads one and [`next_page`] says whether paging goes on.

use serde_json::Value;
use url::Url;

use super::{balanced, floor_char_boundary, is_id_byte, key_value, scalar};

/// Most columns read from one tree (a real tree has a few dozen).
const MAX_COLUMNS: usize = 2000;
/// How far past `_CONFIG` the SID and TREE are looked for.
const CONFIG_WINDOW: usize = 512 * 1024;

/// A catalogue's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// The site id the API wants (`sid=`).
    pub sid: String,
    /// `…/gkmlpt/`: where `index`, `api/` and `content/` live.
    pub base: Url,
    /// Every column of the tree, depth first.
    pub columns: Vec<Column>,
}

/// One column of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub id: String,
    pub name: String,
}

/// One list answer of the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiPage {
    /// (article URL, title), in list order.
    pub articles: Vec<(Url, String)>,
    /// Articles in the column, all pages together.
    pub total: u64,
    /// Articles per page, when the answer says.
    pub page_size: Option<u64>,
}

/// `…/gkmlpt/` of a URL under a catalogue, or None.
pub fn base_of(url: &Url) -> Option<Url> {
    let path = url.path();
    let end = path.find("/gkmlpt/")? + "/gkmlpt/".len();
    let mut base = url.clone();
    base.set_path(&path[..end]);
    base.set_query(None);
    base.set_fragment(None);
    Some(base)
}

/// The catalogue a page configures, if it is a gkmlpt catalogue page.
pub fn catalogue(html: &str, page_url: &Url) -> Option<Catalogue> {
    let base = base_of(page_url)?;
    let at = html.find("_CONFIG")?;
    let cfg = &html[at..];
    let cfg = &cfg[..floor_char_boundary(cfg, CONFIG_WINDOW)];
    let sid = key_value(cfg, "SID").and_then(scalar)?;
    if sid.is_empty() || sid.len() > 64 || !sid.bytes().all(is_id_byte) {
        return None;
    }
    let tree = key_value(cfg, "TREE")
        .and_then(balanced)
        .and_then(|t| serde_json::from_str::<Value>(t).ok())?;
    let mut columns = Vec::new();
    walk(&tree, &mut columns, 0);
    Some(Catalogue {
        sid: sid.to_owned(),
        base,
        columns,
    })
}

impl Catalogue {
    /// The columns worth paging, best first: report columns (年报, 年度报告…)
    /// or, when the tree has none, the disclosure columns (信息公开).
    pub fn report_columns(&self) -> Vec<&Column> {
        let mut scored: Vec<(i32, &Column)> = self
            .columns
            .iter()
            .filter_map(|c| {
                let url = self.base.join(&format!("index#{}", c.id)).ok()?;
                Some((super::column_score(&c.name, &url)?, c))
            })
            .collect();
        scored.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
        super::worth_paging(scored)
    }

    /// Page `page` (from 1) of a column's list.
    pub fn api_url(&self, column: &str, page: u64) -> Option<Url> {
        if column.is_empty() || !column.bytes().all(is_id_byte) || page == 0 {
            return None;
        }
        self.base
            .join(&format!("api/all/{column}?page={page}&sid={}", self.sid))
            .ok()
    }
}

/// The column and page of an API list URL.
pub fn api_position(url: &Url) -> Option<(String, u64)> {
    let path = url.path();
    let rest = &path[path.find("/gkmlpt/api/all/")? + "/gkmlpt/api/all/".len()..];
    let column = rest.trim_end_matches('/');
    if column.is_empty() || !column.bytes().all(is_id_byte) {
        return None;
    }
    let page = url
        .query_pairs()
        .find(|(k, _)| k == "page")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(1);
    Some((column.to_owned(), page))
}

/// The column an article URL (`…/gkmlpt/content/<a>/<column>/post_<id>.html`) sits in.
pub fn article_column(url: &Url) -> Option<&str> {
    let path = url.path();
    let rest = &path[path.find("/gkmlpt/content/")? + "/gkmlpt/content/".len()..];
    let mut parts = rest.split('/');
    let (_, column, post) = (parts.next()?, parts.next()?, parts.next()?);
    (post.starts_with("post_") && parts.next().is_none()).then_some(column)
}

/// Read one API answer (fetched from `api_url`); None when it is not one.
pub fn parse_answer(body: &[u8], api_url: &Url) -> Option<ApiPage> {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    let v: Value = serde_json::from_slice(body).ok()?;
    let list = v.get("articles")?.as_array()?;
    let articles = list
        .iter()
        .filter_map(|a| {
            let href = a.get("url").and_then(Value::as_str)?.trim();
            let url = api_url.join(href).ok()?;
            if !matches!(url.scheme(), "http" | "https") {
                return None;
            }
            let title = a
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .chars()
                .take(200)
                .collect();
            Some((url, title))
        })
        .collect();
    let total = v.get("total").and_then(number).unwrap_or(0);
    let page_size = ["page_size", "pageSize", "per_page", "size"]
        .iter()
        .find_map(|k| v.get(*k).and_then(number))
        .filter(|&n| n > 0);
    Some(ApiPage {
        articles,
        total,
        page_size,
    })
}

/// The next page of the list `api_url` answered with `page`, while the answer
/// says there is more (an empty page ends it; so does [`super::MAX_PAGES`]).
pub fn next_page(api_url: &Url, page: &ApiPage) -> Option<Url> {
    let (_, n) = api_position(api_url)?;
    if page.articles.is_empty() || n >= super::MAX_PAGES {
        return None;
    }
    let per = page.page_size.unwrap_or(page.articles.len() as u64);
    if n.saturating_mul(per) >= page.total {
        return None;
    }
    let mut next = api_url.clone();
    let pairs: Vec<(String, String)> = api_url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "page" {
                (n + 1).to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    next.query_pairs_mut().clear().extend_pairs(pairs);
    Some(next)
}

fn number(v: &Value) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
}

fn walk(v: &Value, out: &mut Vec<Column>, depth: usize) {
    if out.len() >= MAX_COLUMNS || depth > 16 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| walk(i, out, depth + 1)),
        Value::Object(o) => {
            let id = o.get("id").and_then(|i| match i {
                Value::Number(n) => Some(n.to_string()),
                Value::String(s) => Some(s.trim().to_owned()),
                _ => None,
            });
            let name = ["name", "title", "text"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str));
            if let (Some(id), Some(name)) = (id, name) {
                if !id.is_empty() && id.bytes().all(is_id_byte) {
                    out.push(Column {
                        id,
                        name: name.trim().to_owned(),
                    });
                }
            }
            for k in ["children", "child", "nodes"] {
                if let Some(c) = o.get(k) {
                    walk(c, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>政府信息公开目录</title></head><body><div id="app"></div>
<script>
window._CONFIG = {
    SID: '755031',
    ROOT: '/sthjj/gkmlpt',
    TREE: [{"id":1,"name":"机构概况","children":[]},
           {"id":2,"name":"政策文件","children":[{"id":21,"name":"规范性文件 [\"x\"]","children":[]}]},
           {"id":"4","name":"政府信息公开年报","children":[]},
           {"id":5,"name":"工作动态"}],
    COLUMN: 0
};
</script></body></html>"#;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn the_catalogue_reads_its_own_configuration() {
        let page = u("http://www.sz.gov.cn/sthjj/gkmlpt/index");
        let c = catalogue(PAGE, &page).expect("a catalogue");
        assert_eq!(c.sid, "755031");
        assert_eq!(c.base.as_str(), "http://www.sz.gov.cn/sthjj/gkmlpt/");
        let ids: Vec<&str> = c.columns.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "21", "4", "5"]);
        let report: Vec<&str> = c.report_columns().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(report, ["4"]);
        assert_eq!(
            c.api_url("4", 1).unwrap().as_str(),
            "http://www.sz.gov.cn/sthjj/gkmlpt/api/all/4?page=1&sid=755031"
        );
        assert_eq!(c.api_url("4/../x", 1), None);
        // Not a catalogue: no prefix, no config, a broken tree.
        assert_eq!(catalogue(PAGE, &u("http://a.gov.cn/index.html")), None);
        assert_eq!(catalogue("<p>hi</p>", &page), None);
        assert_eq!(
            catalogue("window._CONFIG = {SID: '1', TREE: [{\"id\":1,", &page),
            None
        );
        // Unquoted keys, double-quoted values, JSON keys: all the same.
        let json_keys = r#"window._CONFIG = {"SID":"77","TREE":{"id":9,"name":"年度报告"}}"#;
        let c = catalogue(json_keys, &page).unwrap();
        assert_eq!((c.sid.as_str(), c.columns.len()), ("77", 1));
    }

    #[test]
    fn api_answers_list_articles_and_say_when_paging_ends() {
        let api = u("http://www.sz.gov.cn/sthjj/gkmlpt/api/all/4?page=1&sid=755031");
        assert_eq!(api_position(&api), Some(("4".into(), 1)));
        let body = r#"{"articles":[{"id":1,"title":"2023年政府信息公开工作年度报告","url":"http://www.sz.gov.cn/sthjj/gkmlpt/content/0/4/post_1.html"},
            {"title":"2022年政府信息公开工作年度报告","url":"/sthjj/gkmlpt/content/0/4/post_2.html"},
            {"title":"no url"}],"total":5,"classify":{}}"#;
        let p = parse_answer(body.as_bytes(), &api).unwrap();
        assert_eq!(p.articles.len(), 2);
        assert_eq!(
            p.articles[1].0.as_str(),
            "http://www.sz.gov.cn/sthjj/gkmlpt/content/0/4/post_2.html"
        );
        assert_eq!(article_column(&p.articles[1].0), Some("4"));
        assert_eq!(p.total, 5);
        let next = next_page(&api, &p).unwrap();
        assert_eq!(
            next.as_str(),
            "http://www.sz.gov.cn/sthjj/gkmlpt/api/all/4?page=2&sid=755031"
        );
        let third = next_page(&next, &p).unwrap();
        assert_eq!(api_position(&third), Some(("4".into(), 3)));
        // Page 3 of 2-article pages covers 5: the end.
        assert_eq!(next_page(&third, &p), None);
        let empty = ApiPage {
            articles: vec![],
            total: 100,
            page_size: None,
        };
        assert_eq!(next_page(&api, &empty), None);
        assert_eq!(parse_answer(b"<html>", &api), None);
        assert_eq!(parse_answer(b"{\"data\":[]}", &api), None);
        let sized = parse_answer(
            br#"{"articles":[{"title":"a","url":"/x"}],"total":"30","page_size":10}"#,
            &api,
        )
        .unwrap();
        assert_eq!((sized.total, sized.page_size), (30, Some(10)));
        assert!(next_page(&api, &sized).is_some());
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let page = u("http://a.gov.cn/gkmlpt/index");
        for s in [
            "_CONFIG",
            "_CONFIG SID:",
            "_CONFIG SID:'é",
            "_CONFIG = {SID:'1',TREE:[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
            "_CONFIG = {SID:'1',TREE:\"]",
        ] {
            let _ = catalogue(s, &page);
        }
        assert_eq!(
            article_column(&u("http://a/gkmlpt/content/0/4/x.html")),
            None
        );
        assert_eq!(api_position(&u("http://a/gkmlpt/api/all/")), None);
    }
}
