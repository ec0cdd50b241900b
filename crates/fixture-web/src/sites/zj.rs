//! Site 2: a Hanweb 大汉 jcms province (`sthjt.zj.gov.cn.test`, 浙江省生态环境厅).
//!
//! What it exercises:
//! - a column whose list is not in the HTML but in an inline
//!   `<script type="text/xml"><datastore>` with `<![CDATA[<li><a …>]]>`
//!   records, `<totalrecord>` and `<perpage>`; later pages at
//!   `/col/col1229123/index.html?uid=4892867&pageNum=N` (built from those
//!   numbers) or through the `/module/web/jpage/dataproxy.jsp` XML proxy
//!   (GET or POST, `startrecord`/`endrecord`/`perpage`), which the
//!   `<nextgroup>` points at;
//! - report URLs `/art/YYYY/M/D/art_<colid>_<id>.html` (no zero padding),
//!   attachments behind `downfile.jsp?…&filename=….pdf`;
//! - look-alikes (工作要点, 工作总结, 状况公报, the notice) in the same column;
//! - `Crawl-delay: 0.2` in the `*` group, a disallowed search module;
//! - ETag + Last-Modified + 304.

use std::sync::Arc;

use super::{
    article, serve_attachment, Attachment, Doc, FileType, Kind, Site, SiteMeta, Store, WebCtx,
};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{esc, Date};

const SITE_NAME: &str = "浙江省生态环境厅";
const UNIT: &str = "4892867";
const REPORT_COL: &str = "1229123";
const NEWS_COL: &str = "1229100";
const PER_PAGE: usize = 10;
const ROBOTS: &str = "User-agent: *\nCrawl-delay: 0.2\nDisallow: /module/search/\n";

pub(crate) struct Zj {
    meta: SiteMeta,
    store: Store,
    _ctx: Arc<WebCtx>,
}

fn agency(year: i32) -> &'static str {
    if year <= 2017 {
        "浙江省环境保护厅"
    } else {
        "浙江省生态环境厅"
    }
}

fn art_path(col: &str, date: Date, id: u64) -> String {
    format!("/art/{}/{}/{}/art_{col}_{id}.html", date.y, date.m, date.d)
}

fn make(kind: Kind, col: &'static str, year: i32, date: Date, id: u64) -> Doc {
    let mut d = Doc::new(kind, col, agency(year), year, date).at(id, art_path(col, date, id));
    if kind == Kind::Bulletin {
        d.title = format!("{year}年浙江省生态环境状况公报");
    }
    if kind == Kind::Report && (year == 2020 || year == 2022) {
        let f = format!("{:02}{:02}{:02}{}.pdf", date.y % 100, date.m, date.d, id);
        let t = format!("/module/download/downfile.jsp?classid=0&filename={f}");
        d.attachments.push(Attachment {
            href: t.clone(),
            target: t,
            label: format!("{year}年度报告.pdf"),
            ftype: FileType::Pdf,
        });
    }
    d
}

impl Zj {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Zj {
        let mut docs = Vec::new();
        let mut id = 58_800u64;
        for year in 2008..=2023 {
            docs.push(make(
                Kind::Report,
                REPORT_COL,
                year,
                super::publication_date(year, year as u64 * 3),
                id,
            ));
            id += 7;
        }
        for year in 2021..=2023 {
            docs.push(make(
                Kind::WorkPlan,
                REPORT_COL,
                year,
                Date::new(year, 5, 12),
                id,
            ));
            id += 7;
        }
        docs.push(make(
            Kind::Notice,
            REPORT_COL,
            2020,
            Date::new(2020, 12, 15),
            id,
        ));
        id += 7;
        for year in [2020, 2021] {
            docs.push(make(
                Kind::Bulletin,
                REPORT_COL,
                year,
                Date::new(year + 1, 6, 5),
                id,
            ));
            id += 7;
        }
        docs.push(make(
            Kind::WorkSummary,
            REPORT_COL,
            2019,
            Date::new(2020, 1, 8),
            id,
        ));
        id += 7;
        for (i, year) in [2023, 2023, 2022, 2021].iter().enumerate() {
            let mut d = make(
                Kind::News,
                NEWS_COL,
                *year,
                Date::new(*year, 3 + i as u32, 9),
                id,
            );
            d.title = format!(
                "省生态环境厅召开{year}年全省生态环境工作会议（第{}场）",
                i + 1
            );
            docs.push(d);
            id += 7;
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Zj {
            meta: SiteMeta {
                key: "zj",
                name: "浙江省生态环境厅".into(),
                province: "浙江省".into(),
                level: "provincial",
                host: "sthjt.zj.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, id),
            _ctx: ctx,
        }
    }

    fn page(
        &self,
        title: &str,
        crumbs: Vec<(String, String)>,
        main: String,
        head: String,
    ) -> String {
        render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title} - {SITE_NAME}"),
            head: format!("<meta charset=\"utf-8\">\n<meta name=\"SiteName\" content=\"{SITE_NAME}\">\n<meta name=\"SiteDomain\" content=\"sthjt.zj.gov.cn\">\n<meta name=\"SiteIDCode\" content=\"3300000052\">\n{head}"),
            nav: vec![
                ("/".into(), "首页".into()),
                (format!("/col/col{NEWS_COL}/index.html"), "工作动态".into()),
                (format!("/col/col{REPORT_COL}/index.html"), "政府信息公开年报".into()),
                ("/module/search/index.jsp?keyword=%E5%B9%B4%E6%8A%A5".into(), "搜索".into()),
            ],
            crumbs,
            main,
            related: vec![("http://www.zj.gov.cn.test/".into(), "浙江省人民政府".into())],
            footer: "主办：浙江省生态环境厅 地址：杭州市学院路117号".into(),
        })
    }

    fn proxy_url(col: &str) -> String {
        format!("/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=2&path=/&columnid={col}&unitid={UNIT}&webname=%E6%B5%99%E6%B1%9F%E7%9C%81%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%8E%85&permissiontype=0")
    }

    fn column(&self, col: &'static str, page: usize) -> Reply {
        let docs = self.store.col(col);
        let pages = super::page_count(docs.len(), PER_PAGE);
        if page == 0 || page > pages {
            return Reply::not_found();
        }
        let slice = super::page_slice(&docs, page - 1, PER_PAGE);
        let name = if col == REPORT_COL {
            "政府信息公开年报"
        } else {
            "工作动态"
        };
        let main = format!(
            "<div class=\"column\"><h2>{name}</h2>\n<div id=\"{UNIT}\"><script type=\"text/xml\"><datastore>\n<nextgroup><![CDATA[<a href=\"{}\"></a>]]></nextgroup>\n<recordset>\n{}</recordset>\n<totalrecord>{}</totalrecord><perpage>{PER_PAGE}</perpage><currentpage>{page}</currentpage>\n</datastore></script>\n\
<script language=\"javascript\" src=\"/module/jslib/jquery/jpage/dataproxy.js\"></script>\n\
<script>$(document).ready(function(){{ $('#{UNIT}').jpage({{ dataStore: dataStore, perPage: {PER_PAGE}, totalRecord: {}, proxyUrl: '/module/web/jpage/dataproxy.jsp', webid: 2, columnid: {col}, unitid: {UNIT}, pageUrl: 'index.html?uid={UNIT}&pageNum=' }}); }});</script>\n</div></div>\n",
            esc(&Self::proxy_url(col)),
            super::datastore_records(slice),
            docs.len(),
            docs.len()
        );
        let head = format!("<meta name=\"ColumnName\" content=\"{name}\">\n");
        let crumbs = vec![
            ("/".into(), "首页".into()),
            (format!("/col/col{col}/index.html"), name.into()),
        ];
        Reply::html(self.page(name, crumbs, main, head))
            .cache(true, Some(self.store.col_modified(col)))
    }

    /// The jpage data proxy: records `startrecord..=endrecord` (1-based).
    fn proxy(&self, req: &Req) -> Reply {
        let form = String::from_utf8_lossy(&req.body).into_owned();
        let get = |k: &str| {
            crate::util::query_param(Some(&form), k)
                .or_else(|| req.q(k))
                .and_then(|v| v.trim().parse::<usize>().ok())
        };
        // The jpage script posts the column in the form; older links name it in the query.
        let col = crate::util::query_param(Some(&form), "columnid")
            .or_else(|| req.q("columnid"))
            .unwrap_or(REPORT_COL);
        let col = if col == NEWS_COL {
            NEWS_COL
        } else {
            REPORT_COL
        };
        let docs = self.store.col(col);
        let start = get("startrecord").unwrap_or(1).max(1);
        let end = get("endrecord")
            .unwrap_or(start + PER_PAGE - 1)
            .min(docs.len());
        let slice = if start <= end {
            &docs[start - 1..end]
        } else {
            &docs[0..0]
        };
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<datastore>\n<totalrecord>{}</totalrecord>\n<recordset>\n{}</recordset>\n</datastore>\n",
            docs.len(),
            super::datastore_records(slice)
        );
        Reply::new(200, Some("text/xml; charset=UTF-8"), xml)
    }

    fn doc_page(&self, d: &Doc) -> Reply {
        let name = if d.col == REPORT_COL {
            "政府信息公开年报"
        } else {
            "工作动态"
        };
        let head = format!(
            "<meta name=\"ArticleTitle\" content=\"{}\">\n<meta name=\"PubDate\" content=\"{} 10:00\">\n<meta name=\"ContentSource\" content=\"{}\">\n<meta name=\"ColumnName\" content=\"{name}\">\n",
            esc(&d.title),
            d.date.iso(),
            d.agency
        );
        let crumbs = vec![
            ("/".into(), "首页".into()),
            (format!("/col/col{}/index.html", d.col), name.into()),
        ];
        let main = article(d, &d.agency, "<div class=\"share\"><a href=\"javascript:window.print()\">打印本页</a> <a href=\"javascript:window.close()\">关闭窗口</a></div>\n");
        Reply::html(self.page(&d.title, crumbs, main, head)).cache(true, Some(d.modified))
    }

    fn home(&self) -> Reply {
        let news = self.store.col(NEWS_COL);
        let main = format!(
            "<div class=\"home\"><h3>工作动态</h3><ul>{}</ul>\n<h3>政府信息公开</h3><ul><li><a href=\"/col/col{REPORT_COL}/index.html\">政府信息公开年报</a></li><li><a href=\"/module/search/index.jsp?keyword=%E5%B9%B4%E6%8A%A5\">信息检索</a></li></ul></div>\n",
            super::list_items(&news)
        );
        Reply::html(self.page(
            "首页",
            vec![("/".into(), "首页".into())],
            main,
            String::new(),
        ))
        .cache(true, Some(self.store.col_modified(NEWS_COL)))
    }
}

impl Site for Zj {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        match p {
            "/robots.txt" => {
                return Reply::text(200, ROBOTS)
                    .cache(true, Some(Date::new(2020, 1, 1).system_time()))
            }
            "/" | "/index.html" => return self.home(),
            "/module/web/jpage/dataproxy.jsp" => return self.proxy(req),
            _ => {}
        }
        if p.starts_with("/module/search/") {
            let main = "<p>检索结果：共0条。</p><a href=\"/module/search/index.jsp?keyword=%E5%B9%B4%E6%8A%A5&amp;page=2\">下一页</a>".to_string();
            return Reply::html(self.page("检索", vec![], main, String::new()));
        }
        for col in [REPORT_COL, NEWS_COL] {
            let dir = format!("/col/col{col}/");
            if p == dir || p == format!("{dir}index.html") {
                let page = req
                    .q("pageNum")
                    .map(|v| v.parse::<usize>().unwrap_or(0))
                    .unwrap_or(1);
                return self.column(col, page);
            }
        }
        let target = match &req.query {
            Some(q) => format!("{p}?{q}"),
            None => p.to_string(),
        };
        if let Some(mut r) = serve_attachment(&self.store, &target) {
            r.etag = true;
            return r;
        }
        if let Some(d) = self.store.by_path(p) {
            return self.doc_page(&d);
        }
        Reply::not_found()
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&[REPORT_COL, NEWS_COL])
    }

    fn disallowed(&self) -> Vec<String> {
        vec!["/module/search/".into()]
    }

    fn add_report(&self, year: i32) -> Option<String> {
        let id = self.store.next_id();
        let mut d = make(
            Kind::Report,
            REPORT_COL,
            year,
            Date::new(year + 1, 1, 21),
            id,
        );
        d.modified = crate::util::now_secs();
        let path = d.path.clone();
        self.store.insert_top(d);
        Some(path)
    }

    fn change_report(&self, path: &str) -> bool {
        self.store.bump(path)
    }
}
