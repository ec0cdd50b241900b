//! Opt-in site: a Guangdong city portal whose departments publish through the
//! standard disclosure catalogue, gkmlpt (`www.sz.gov.cn.test`, 深圳市人民政府),
//! served when [`Options::platforms`](crate::Options::platforms) is set.
//!
//! What it exercises: a list no link reaches. The environment bureau's column
//! (`/sthjj/`, seeded by path) links its catalogue only as fragments
//! (`gkmlpt/index#4`); the catalogue page is a script application whose column
//! tree and site id sit in `window._CONFIG`; every list is a JSON answer of
//! `/sthjj/gkmlpt/api/all/<column>?page=<n>&sid=<SID>` (five articles a page,
//! `total` says how many), and the reports of 2008–2024 are
//! `/sthjj/gkmlpt/content/0/4/post_<id>.html`. Beside the report column sit
//! columns that are not reports, and an archived report column whose API path
//! robots.txt forbids. Another department (`/jyj/`, not seeded) runs its own
//! catalogue on the same host: out of scope.

use std::sync::Arc;

use super::{article, Doc, Kind, Site, SiteMeta, Store, WebCtx};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{esc, Date};

const PORTAL: &str = "深圳市人民政府";
/// Articles per API page.
pub(crate) const PAGE_SIZE: usize = 5;
/// The departments: prefix, agency, SID, environmental (seeded) or not.
const DEPTS: [(&str, &str, &str, bool); 2] = [
    ("sthjj", "深圳市生态环境局", "755031", true),
    ("jyj", "深圳市教育局", "755044", false),
];
/// The column tree every department's catalogue shows: id, name, parent.
const TREE: [(&str, &str, &str); 7] = [
    ("1", "机构概况", ""),
    ("11", "机构职能", "1"),
    ("2", "政策文件", ""),
    ("3", "工作动态", ""),
    ("4", "政府信息公开年报", ""),
    ("5", "财政预决算", ""),
    ("6", "信息公开年报（旧版）", ""),
];
/// The report column and the archived one robots.txt closes.
const REPORT_COL: &str = "4";
const CLOSED_COL: &str = "6";
pub(crate) const ROBOTS: &str =
    "User-agent: *\nDisallow: /search/\nDisallow: /sthjj/gkmlpt/api/all/6\n";

pub(crate) struct Gkmlpt {
    meta: SiteMeta,
    store: Store,
    ctx: Arc<WebCtx>,
}

/// A column's store key: department and column (`sthjj/4`).
fn key(dept: &str, col: &str) -> &'static str {
    match (dept, col) {
        ("sthjj", "3") => "sthjj/3",
        ("sthjj", "4") => "sthjj/4",
        ("sthjj", "6") => "sthjj/6",
        ("jyj", "4") => "jyj/4",
        _ => "",
    }
}

impl Gkmlpt {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Gkmlpt {
        let mut docs = Vec::new();
        let mut id = 9_100_001u64;
        let mut add =
            |kind: Kind, dept: &str, col: &str, agency: &str, year: i32, environmental| {
                let date = super::publication_date(year, id);
                let date = if kind == Kind::News {
                    Date::new(year, 6, 1 + (id % 20) as u32)
                } else {
                    date
                };
                let mut d = Doc::new(kind, key(dept, col), agency, year, date)
                    .at(id, format!("/{dept}/gkmlpt/content/0/{col}/post_{id}.html"));
                d.environmental = environmental;
                docs.push(d);
                id += 3;
            };
        for year in 2008..=2024 {
            add(Kind::Report, "sthjj", REPORT_COL, DEPTS[0].1, year, true);
        }
        for year in 2021..=2024 {
            add(Kind::News, "sthjj", "3", DEPTS[0].1, year, true);
        }
        for year in 2005..=2006 {
            add(
                Kind::Report,
                "sthjj",
                CLOSED_COL,
                "深圳市人居环境委员会",
                year,
                true,
            );
        }
        for year in 2020..=2024 {
            add(Kind::Report, "jyj", REPORT_COL, DEPTS[1].1, year, false);
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Gkmlpt {
            meta: SiteMeta {
                key: "gkmlpt",
                name: PORTAL.into(),
                province: "广东省".into(),
                level: "prefectural",
                host: "www.sz.gov.cn.test",
                is_seed: false,
            },
            store: Store::new(docs, id),
            ctx,
        }
    }

    fn page(&self, title: &str, main: String, head: String) -> Reply {
        let mut nav = vec![("/".to_string(), "首页".to_string())];
        for (dept, agency, _, _) in DEPTS {
            nav.push((format!("/{dept}/"), agency.to_string()));
        }
        Reply::html(render(&Page {
            site_name: PORTAL.into(),
            title: format!("{title}-{PORTAL}"),
            head: format!("<meta charset=\"utf-8\">\n{head}"),
            nav,
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![("http://www.gd.gov.cn.test/".into(), "广东省人民政府".into())],
            footer: format!("主办：{PORTAL}办公厅"),
        }))
    }

    /// A department's home: its catalogue linked only as fragments.
    fn dept_home(&self, dept: &str, agency: &str) -> Reply {
        let main = format!(
            "<h2>{agency}</h2>\n<ul class=\"gk\">\
             <li><a href=\"gkmlpt/index\">政府信息公开目录</a></li>\
             <li><a href=\"gkmlpt/index#{REPORT_COL}\">政府信息公开年报</a></li>\
             <li><a href=\"gkmlpt/index#3\">工作动态</a></li></ul>\n"
        );
        let other = DEPTS
            .iter()
            .find(|d| d.0 != dept)
            .map_or(String::new(), |d| {
                format!(
                    "<p><a href=\"/{}/gkmlpt/index#{REPORT_COL}\">{}信息公开年报</a></p>\n",
                    d.0, d.1
                )
            });
        self.page(agency, main + &other, String::new())
            .cache(true, Some(Date::new(2024, 1, 1).system_time()))
    }

    /// The catalogue application: no list, only its configuration.
    fn catalogue(&self, dept: &str, agency: &str, sid: &str) -> Reply {
        let node = |id: &str, name: &str| {
            let children: Vec<String> = TREE
                .iter()
                .filter(|c| c.2 == id)
                .map(|c| format!("{{\"id\":{},\"name\":\"{}\",\"children\":[]}}", c.0, c.1))
                .collect();
            format!(
                "{{\"id\":{id},\"name\":\"{name}\",\"children\":[{}]}}",
                children.join(",")
            )
        };
        let tree: Vec<String> = TREE
            .iter()
            .filter(|c| c.2.is_empty())
            .map(|c| node(c.0, c.1))
            .collect();
        let main = format!(
            "<div id=\"gkmlpt-app\">正在加载…</div>\n<script>\nwindow._CONFIG = {{\n    SID: '{sid}',\n    SITE_NAME: '{agency}',\n    ROOT: '/{dept}/gkmlpt',\n    TREE: [{}],\n    IS_MOBILE: false\n}};\n</script>\n<script src=\"/{dept}/gkmlpt/static/js/app.js\"></script>\n",
            tree.join(",\n           ")
        );
        self.page("政府信息公开目录", main, String::new())
            .cache(true, Some(Date::new(2024, 1, 1).system_time()))
    }

    /// One page of a column's list, as the API answers it.
    fn api(&self, origin_dept: &str, sid: &str, col: &str, req: &Req) -> Reply {
        if req.q("sid") != Some(sid) {
            return Reply::new(
                400,
                Some("application/json; charset=utf-8"),
                "{\"error\":\"sid\"}",
            );
        }
        let page: usize = req
            .q("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
            .max(1);
        let store_key = key(origin_dept, col);
        let docs = if store_key.is_empty() {
            Vec::new()
        } else {
            self.store.col(store_key)
        };
        let slice = super::page_slice(&docs, page - 1, PAGE_SIZE);
        // The API answers absolute URLs.
        let host = self.ctx.origin("gkmlpt");
        let articles: Vec<String> = slice
            .iter()
            .map(|d| {
                format!(
                    "{{\"id\":{},\"title\":\"{}\",\"url\":\"{host}{}\",\"date\":{},\"publisher\":\"{}\"}}",
                    d.id,
                    json_esc(&d.title),
                    d.path,
                    d.date.days() * 86_400,
                    json_esc(&d.agency)
                )
            })
            .collect();
        let body = format!(
            "{{\"articles\":[{}],\"total\":{},\"classify\":{{\"id\":{col}}}}}",
            articles.join(","),
            docs.len()
        );
        let modified = if store_key.is_empty() {
            Date::new(2024, 1, 1).system_time()
        } else {
            self.store.col_modified(store_key)
        };
        Reply::new(200, Some("application/json; charset=utf-8"), body).cache(true, Some(modified))
    }

    fn doc_page(&self, d: &Doc) -> Reply {
        let head = format!(
            "<meta name=\"ArticleTitle\" content=\"{}\">\n<meta name=\"PubDate\" content=\"{}\">\n",
            esc(&d.title),
            d.date.iso()
        );
        self.page(&d.title, article(d, &d.agency, ""), head)
            .cache(true, Some(d.modified))
    }

    /// The environment bureau's reports a crawl seeded with its column archives.
    pub(crate) fn reports(&self) -> Vec<Doc> {
        self.store.col(key("sthjj", REPORT_COL))
    }
}

fn json_esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

impl Site for Gkmlpt {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        if p == "/robots.txt" {
            return Reply::text(200, ROBOTS);
        }
        if p == "/" || p == "/index.html" {
            return self.page(
                "首页",
                "<p>欢迎访问深圳市人民政府门户网站</p>\n".into(),
                String::new(),
            );
        }
        for (dept, agency, sid, _) in DEPTS {
            let root = format!("/{dept}/");
            let Some(rest) = p.strip_prefix(root.as_str()) else {
                continue;
            };
            if rest.is_empty() || rest == "index.html" {
                return self.dept_home(dept, agency);
            }
            if rest == "gkmlpt/index" || rest == "gkmlpt/" {
                return self.catalogue(dept, agency, sid);
            }
            if let Some(col) = rest.strip_prefix("gkmlpt/api/all/") {
                return self.api(dept, sid, col, req);
            }
        }
        match self.store.by_path(p) {
            Some(d) => self.doc_page(&d),
            None => Reply::not_found(),
        }
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.reports()
    }

    fn disallowed(&self) -> Vec<String> {
        vec!["/search/".into(), "/sthjj/gkmlpt/api/all/6".into()]
    }
}
