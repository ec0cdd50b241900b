//! Site 1: the ministry, a TRS WCM site (`www.mee.gov.cn.test`).
//!
//! What it exercises:
//! - pagination written only in JavaScript: the 信息公开年报 column
//!   `/zwgk/xxgk/ndbg/index.html` links just its first page of reports;
//!   later pages exist only through `createPageHTML(N, 0, "index", "html")`
//!   (`index_1.html` … `index_{N-1}.html`);
//! - TRS report URLs `./YYYYMM/tYYYYMMDD_<id>.html`, PDF attachments
//!   `./W0<date><id>.pdf`, TRS `<meta>` tags;
//! - the 2018 rename (环境保护部 → 生态环境部) across the years;
//! - gzip content-encoding, ETag + Last-Modified + 304;
//! - a robots.txt whose `*` group forbids everything while the `nianbao`
//!   group allows all but `/search/`, a never-ending search-results trap
//!   linked from the home page. A crawler that applies the wrong group
//!   fetches nothing here.

use std::sync::Arc;
use std::time::SystemTime;

use super::{
    article, list_items, page_count, page_slice, serve_attachment, Attachment, Doc, FileType, Kind,
    Site, SiteMeta, Store, WebCtx,
};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{esc, Date};

const SITE_NAME: &str = "中华人民共和国生态环境部";
const PER_PAGE: usize = 5;
const ROBOTS: &str = "# robots.txt for www.mee.gov.cn\nUser-agent: *\nDisallow: /\n\nUser-agent: nianbao\nDisallow: /search/\nAllow: /\n";

struct Column {
    id: &'static str,
    dir: &'static str,
    name: &'static str,
}

const COLS: [Column; 3] = [
    Column {
        id: "ndbg",
        dir: "/zwgk/xxgk/ndbg/",
        name: "信息公开年报",
    },
    Column {
        id: "gzyd",
        dir: "/zwgk/xxgk/gzyd/",
        name: "政务公开工作要点",
    },
    Column {
        id: "hjyw",
        dir: "/xxgk/hjyw/",
        name: "环境要闻",
    },
];

pub(crate) struct Mee {
    meta: SiteMeta,
    store: Store,
    _ctx: Arc<WebCtx>,
}

fn agency(year: i32) -> &'static str {
    if year <= 2017 {
        "环境保护部"
    } else {
        "生态环境部"
    }
}

fn col_of(id: &str) -> &'static Column {
    COLS.iter().find(|c| c.id == id).unwrap_or(&COLS[0])
}

fn trs_path(col: &str, date: Date, id: u64) -> String {
    format!(
        "{}{:04}{:02}/t{:04}{:02}{:02}_{id}.html",
        col_of(col).dir,
        date.y,
        date.m,
        date.y,
        date.m,
        date.d
    )
}

fn make(kind: Kind, col: &'static str, year: i32, date: Date, id: u64) -> Doc {
    let mut d = Doc::new(kind, col, agency(year), year, date).at(id, trs_path(col, date, id));
    if kind == Kind::Report && year >= 2019 && year % 2 == 1 {
        let file = format!("W0{:04}{:02}{:02}{id}.pdf", date.y, date.m, date.d);
        d.attachments.push(Attachment {
            href: format!("./{file}"),
            target: format!("{}{:04}{:02}/{file}", col_of(col).dir, date.y, date.m),
            label: format!("{}（PDF版）.pdf", d.title),
            ftype: FileType::Pdf,
        });
    }
    d
}

impl Mee {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Mee {
        let mut docs = Vec::new();
        let mut id = 812_300u64;
        for year in (2008..=2023).rev() {
            let date = super::publication_date(year, year as u64 * 7);
            docs.push(make(Kind::Report, "ndbg", year, date, id));
            id += 11;
            if year == 2019 || year == 2022 {
                // The compile-and-publish notice sits in the same column.
                let n = Date::new(year, 12, 8);
                docs.push(make(Kind::Notice, "ndbg", year, n, id));
                id += 11;
            }
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        for year in (2020..=2023).rev() {
            docs.push(make(
                Kind::WorkPlan,
                "gzyd",
                year,
                Date::new(year, 4, 20),
                id,
            ));
            id += 11;
        }
        docs.push(make(
            Kind::WorkSummary,
            "gzyd",
            2020,
            Date::new(2021, 2, 3),
            id,
        ));
        id += 11;
        for (i, year) in [2023, 2023, 2022, 2022, 2021, 2020].iter().enumerate() {
            let kind = if i % 3 == 1 {
                Kind::Bulletin
            } else {
                Kind::News
            };
            let mut d = make(
                kind,
                "hjyw",
                *year,
                Date::new(*year, 5 + i as u32, 3 + i as u32),
                id,
            );
            if kind == Kind::News {
                d.title = format!("生态环境部召开{year}年第{}次部务会议", i + 1);
            } else {
                d.title = format!("生态环境部发布《{}年中国生态环境状况公报》", year - 1);
                d.year = year - 1;
            }
            docs.push(d);
            id += 11;
        }
        Mee {
            meta: SiteMeta {
                key: "mee",
                name: "生态环境部".into(),
                province: "全国".into(),
                level: "national",
                host: "www.mee.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, id),
            _ctx: ctx,
        }
    }

    fn nav() -> Vec<(String, String)> {
        [
            ("/", "首页"),
            ("/xxgk/hjyw/index.html", "新闻"),
            ("/zwgk/", "政府信息公开"),
            ("/zwgk/xxgk/ndbg/index.html", "信息公开年报"),
            (
                "/search/?q=%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A",
                "站内搜索",
            ),
        ]
        .iter()
        .map(|(h, t)| (h.to_string(), t.to_string()))
        .collect()
    }

    fn page(&self, title: &str, crumbs: &[(&str, &str)], main: String, head: String) -> String {
        render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title}_{SITE_NAME}"),
            head: format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<meta name=\"SiteName\" content=\"{SITE_NAME}\">\n<meta name=\"SiteDomain\" content=\"www.mee.gov.cn\">\n{head}"),
            nav: Self::nav(),
            crumbs: crumbs.iter().map(|(h, t)| (h.to_string(), t.to_string())).collect(),
            main,
            related: vec![
                ("http://www.gov.cn.test/".into(), "中国政府网".into()),
                ("/zwgk/xxgk/ndbg/index.html".into(), "信息公开年报".into()),
            ],
            footer: "版权所有：中华人民共和国生态环境部 | 地址：北京市东城区东长安街12号".into(),
        })
    }

    fn html(&self, body: String, lm: SystemTime) -> Reply {
        Reply::html(body).cache(true, Some(lm)).gzip(true)
    }

    fn list(&self, col: &'static Column, k: usize) -> Reply {
        let docs = self.store.col(col.id);
        let n = page_count(docs.len(), PER_PAGE);
        if k >= n {
            return Reply::not_found();
        }
        let main = format!(
            "<div class=\"list\"><h2>{}</h2>\n<ul id=\"list\">\n{}</ul>\n<div class=\"page\">\n<script type=\"text/javascript\">\nvar countPage = {n}//共多少页\nvar currentPage = {k}//当前页\ncreatePageHTML({n}, {k}, \"index\", \"html\");\n</script>\n</div></div>\n",
            col.name,
            list_items(page_slice(&docs, k, PER_PAGE))
        );
        let title = col.name;
        let crumbs = [
            ("/", "首页"),
            ("/zwgk/", "政府信息公开"),
            (col.dir, col.name),
        ];
        let head = format!("<meta name=\"ColumnName\" content=\"{title}\">\n");
        self.html(
            self.page(title, &crumbs, main, head),
            self.store.col_modified(col.id),
        )
    }

    fn doc_page(&self, d: &Doc) -> Reply {
        let col = col_of(d.col);
        let head = format!(
            "<meta name=\"ColumnName\" content=\"{}\">\n<meta name=\"ColumnType\" content=\"{}\">\n<meta name=\"ArticleTitle\" content=\"{}\">\n<meta name=\"PubDate\" content=\"{} 16:32\">\n<meta name=\"ContentSource\" content=\"办公厅\">\n<meta name=\"Keywords\" content=\"{}\">\n",
            col.name,
            col.name,
            esc(&d.title),
            d.date.iso(),
            col.name
        );
        let main = article(d, "办公厅", "");
        let crumbs = [
            ("/", "首页"),
            ("/zwgk/", "政府信息公开"),
            (col.dir, col.name),
        ];
        self.html(self.page(&d.title, &crumbs, main, head), d.modified)
    }

    fn home(&self) -> Reply {
        let news = self.store.col("hjyw");
        let reports = self.store.col("ndbg");
        let main = format!(
            "<div class=\"home\"><div class=\"news\"><h3>要闻</h3><ul>{}</ul></div>\n<div class=\"gk\"><h3><a href=\"/zwgk/\">政府信息公开</a></h3><ul><li><a href=\"/zwgk/xxgk/ndbg/index.html\">信息公开年报</a></li><li><a href=\"/zwgk/xxgk/gzyd/index.html\">政务公开工作要点</a></li></ul></div>\n<div class=\"latest\"><h3>最新年报</h3><ul>{}</ul></div>\n<div class=\"search\"><form action=\"/search/\" method=\"get\"><input name=\"q\"></form><a href=\"/search/?q=%E5%B9%B4%E6%8A%A5\">热搜：年报</a></div></div>\n",
            list_items(&news[..news.len().min(4)]),
            list_items(&reports[..1.min(reports.len())])
        );
        self.html(
            self.page("首页", &[("/", "首页")], main, String::new()),
            self.store.col_modified("ndbg"),
        )
    }

    fn zwgk(&self) -> Reply {
        let main = "<div class=\"gkml\"><h2>政府信息公开</h2><ul>\
<li><a href=\"/zwgk/xxgk/ndbg/index.html\">政府信息公开年报</a></li>\
<li><a href=\"/zwgk/xxgk/gzyd/index.html\">政务公开工作要点</a></li>\
<li><a href=\"/xxgk/hjyw/index.html\">环境要闻</a></li></ul>\
<p>政府信息公开指南 | 政府信息公开制度 | 依申请公开</p></div>\n"
            .to_string();
        self.html(
            self.page(
                "政府信息公开",
                &[("/", "首页"), ("/zwgk/", "政府信息公开")],
                main,
                String::new(),
            ),
            Date::new(2020, 6, 1).system_time(),
        )
    }

    /// Never ends: every results page links the next one. Forbidden to
    /// `nianbao` by robots.txt.
    fn search(&self, req: &Req) -> Reply {
        let page: u64 = req.q("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let q = req.q("q").unwrap_or("");
        let reports = self.store.col("ndbg");
        let main = format!(
            "<div class=\"search-result\"><p>找到约{}条结果</p><ul>{}</ul><a href=\"/search/?q={q}&amp;page={}\">下一页</a></div>\n",
            10_000 + page,
            list_items(&reports[..reports.len().min(3)]),
            page + 1
        );
        Reply::html(self.page("搜索结果", &[("/", "首页")], main, String::new())).gzip(true)
    }
}

impl Site for Mee {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        if p == "/robots.txt" {
            return Reply::text(200, ROBOTS).cache(true, Some(Date::new(2019, 3, 1).system_time()));
        }
        if p.starts_with("/search/") {
            return self.search(req);
        }
        match p {
            "/" | "/index.html" => return self.home(),
            "/zwgk/" | "/zwgk/index.html" => return self.zwgk(),
            _ => {}
        }
        for col in &COLS {
            if let Some(rest) = p.strip_prefix(col.dir) {
                if rest.is_empty() || rest == "index.html" {
                    return self.list(col, 0);
                }
                if let Some(k) = rest
                    .strip_prefix("index_")
                    .and_then(|r| r.strip_suffix(".html"))
                {
                    if let Ok(k) = k.parse::<usize>() {
                        if k >= 1 {
                            return self.list(col, k);
                        }
                    }
                }
            }
        }
        if let Some(d) = self.store.by_path(p) {
            return self.doc_page(&d);
        }
        if let Some(mut r) = serve_attachment(&self.store, p) {
            r.etag = true;
            return r;
        }
        Reply::not_found()
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&["ndbg", "gzyd", "hjyw"])
    }

    fn disallowed(&self) -> Vec<String> {
        vec!["/search/".into()]
    }

    fn add_report(&self, year: i32) -> Option<String> {
        let id = self.store.next_id();
        let mut d = make(
            Kind::Report,
            "ndbg",
            year,
            crate::util::Date::new(year + 1, 1, 20),
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
