//! Opt-in site: a Hanweb jcms province whose old reports only a `POST` lists
//! (`sthjt.jiangsu.gov.cn.test`, 江苏省生态环境厅), served when
//! [`Options::platforms`](crate::Options::platforms) is set.
//!
//! What it exercises: the report column holds 2008–2024's reports and a few
//! look-alikes, more records than its inline `<datastore>` carries (the newest
//! four). The rest come only from `POST /module/web/jpage/dataproxy.jsp?startrecord=A&endrecord=B&perpage=4`
//! with the column's parameters as a form body (found in the `<nextgroup>` link
//! and the `jpage({...})` call); a `GET` of the proxy answers 405, and the
//! column's `?uid=…&pageNum=N` pages are static copies of page 1 (the query is
//! ignored), so a crawler that does not post never sees the old years.

use std::sync::Arc;

use super::{article, Doc, Kind, Site, SiteMeta, Store, WebCtx};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::Date;

const SITE_NAME: &str = "江苏省生态环境厅";
const UNIT: &str = "51207";
const REPORT_COL: &str = "83941";
const NEWS_COL: &str = "83940";
/// Records per page; the datastore holds one page, a `POST` two (`groupSize: 2`).
pub(crate) const PER_PAGE: usize = 4;
const PROXY: &str = "/module/web/jpage/dataproxy.jsp";
const ROBOTS: &str = "User-agent: *\nDisallow: /module/search/\n";

pub(crate) struct Jpage {
    meta: SiteMeta,
    store: Store,
    _ctx: Arc<WebCtx>,
}

fn agency(year: i32) -> &'static str {
    if year <= 2017 {
        "江苏省环境保护厅"
    } else {
        SITE_NAME
    }
}

impl Jpage {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Jpage {
        let mut docs = Vec::new();
        let mut id = 7_020_001u64;
        let mut add = |kind: Kind, col: &'static str, year: i32, date: Date| {
            let path = format!("/art/{}/{}/{}/art_{col}_{id}.html", date.y, date.m, date.d);
            docs.push(Doc::new(kind, col, agency(year), year, date).at(id, path));
            id += 11;
        };
        for year in 2008..=2024 {
            add(
                Kind::Report,
                REPORT_COL,
                year,
                super::publication_date(year, year as u64 * 7),
            );
        }
        for year in [2010, 2016, 2022] {
            add(Kind::WorkPlan, REPORT_COL, year, Date::new(year, 3, 20));
        }
        for year in 2022..=2024 {
            add(Kind::News, NEWS_COL, year, Date::new(year, 9, 9));
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Jpage {
            meta: SiteMeta {
                key: "jpage",
                name: SITE_NAME.into(),
                province: "江苏省".into(),
                level: "provincial",
                host: "sthjt.jiangsu.gov.cn.test",
                is_seed: false,
            },
            store: Store::new(docs, id),
            _ctx: ctx,
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
        Reply::html(render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title}-{SITE_NAME}"),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                (format!("/col/col{NEWS_COL}/index.html"), "工作动态".into()),
                (
                    format!("/col/col{REPORT_COL}/index.html"),
                    "政府信息公开年报".into(),
                ),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![],
            footer: format!("主办：{SITE_NAME}"),
        }))
    }

    /// The column page: the newest records inline, the rest behind the proxy.
    fn column(&self, col: &'static str) -> Reply {
        let docs = self.store.col(col);
        let name = if col == REPORT_COL {
            "政府信息公开年报"
        } else {
            "工作动态"
        };
        let held = &docs[..docs.len().min(PER_PAGE)];
        let next = format!(
            "{PROXY}?page=1&appid=1&webid=16&path=/&columnid={col}&unitid={UNIT}&webname=%E6%B1%9F%E8%8B%8F%E7%9C%81%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%8E%85&permissiontype=0"
        );
        let main = format!(
            "<div class=\"column\"><h2>{name}</h2>\n<div id=\"{UNIT}\"><script type=\"text/xml\"><datastore>\n<nextgroup><![CDATA[<a href=\"{next}\"></a>]]></nextgroup>\n<recordset>\n{}</recordset>\n</datastore></script>\n\
<script language=\"javascript\" src=\"/module/jslib/jquery/jpage/dataproxy.js\"></script>\n\
<script>$(document).ready(function(){{ $('#{UNIT}').jpage({{ dataStore: dataStore, perPage: {PER_PAGE}, totalRecord: {}, groupSize: 2, proxyUrl: '{PROXY}', webid: 16, columnid: {col}, unitid: {UNIT}, col: 1, sourceContentType: 1, pageUrl: 'index.html?uid={UNIT}&pageNum=' }}); }});</script>\n</div></div>\n",
            super::datastore_records(held),
            docs.len()
        );
        self.page(name, main)
            .cache(true, Some(self.store.col_modified(col)))
    }

    /// The data proxy: POST only; records `startrecord..=endrecord` (1-based) of
    /// the form's `columnid`.
    fn proxy(&self, req: &Req, post: bool) -> Reply {
        if !post {
            return Reply::text(405, "HTTP method GET is not supported by this URL\n")
                .header("allow", "POST");
        }
        let form = String::from_utf8_lossy(&req.body).into_owned();
        let field = |k: &str| crate::util::query_param(Some(&form), k);
        let num = |k: &str| req.q(k).and_then(|v| v.trim().parse::<usize>().ok());
        let col = match field("columnid") {
            Some(REPORT_COL) => REPORT_COL,
            Some(NEWS_COL) => NEWS_COL,
            _ => return Reply::text(400, "columnid\n"),
        };
        if field("unitid") != Some(UNIT) || field("webid") != Some("16") {
            return Reply::text(400, "unitid\n");
        }
        let docs = self.store.col(col);
        let start = num("startrecord").unwrap_or(1).max(1);
        let end = num("endrecord")
            .unwrap_or(start + PER_PAGE - 1)
            .min(docs.len());
        let slice = if start <= end {
            &docs[start - 1..end]
        } else {
            &docs[0..0]
        };
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<datastore>\n<nextgroup><![CDATA[]]></nextgroup>\n<recordset>\n{}</recordset>\n<totalrecord>{}</totalrecord>\n<totalpage>{}</totalpage>\n</datastore>\n",
            super::datastore_records(slice),
            docs.len(),
            docs.len().div_ceil(PER_PAGE)
        );
        Reply::new(200, Some("text/xml; charset=UTF-8"), xml)
    }

    fn doc_page(&self, d: &Doc) -> Reply {
        self.page(&d.title, article(d, &d.agency, ""))
            .cache(true, Some(d.modified))
    }

    /// The reports of the report column, and those the column page does not hold.
    pub(crate) fn reports(&self) -> (Vec<Doc>, Vec<Doc>) {
        let col = self.store.col(REPORT_COL);
        let held: Vec<u64> = col.iter().take(PER_PAGE).map(|d| d.id).collect();
        let reports: Vec<Doc> = col.into_iter().filter(|d| d.kind == Kind::Report).collect();
        let post_only = reports
            .iter()
            .filter(|d| !held.contains(&d.id))
            .cloned()
            .collect();
        (reports, post_only)
    }
}

impl Site for Jpage {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        match p {
            "/robots.txt" => return Reply::text(200, ROBOTS),
            "/" | "/index.html" => {
                let main = format!(
                    "<div class=\"home\"><h3>政府信息公开</h3><ul><li><a href=\"/col/col{REPORT_COL}/index.html\">政府信息公开年报</a></li></ul></div>\n"
                );
                return self
                    .page("首页", main)
                    .cache(true, Some(Date::new(2024, 1, 1).system_time()));
            }
            // The jpage script always posts a form: a request without one is a GET.
            PROXY => return self.proxy(req, !req.body.is_empty()),
            _ => {}
        }
        for col in [REPORT_COL, NEWS_COL] {
            let dir = format!("/col/col{col}/");
            // `?uid=…&pageNum=N` is ignored: a static page, page 1 every time.
            if p == dir || p == format!("{dir}index.html") {
                return self.column(col);
            }
        }
        match self.store.by_path(p) {
            Some(d) => self.doc_page(&d),
            None => Reply::not_found(),
        }
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.reports().0
    }

    fn disallowed(&self) -> Vec<String> {
        vec!["/module/search/".into()]
    }
}
