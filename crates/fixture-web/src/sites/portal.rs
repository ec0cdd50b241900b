//! Opt-in site: a city government portal whose departments each run a column
//! (`www.yunfu.gov.cn.test`, 云浮市人民政府), served when
//! [`Options::city_portal`](crate::Options::city_portal) is set.
//!
//! What it exercises: path-scoped seeds. Many prefecture bureaus have no host of
//! their own; their site is the `/sthjj/` column of the city portal, beside the
//! education (`/jyj/`) and finance (`/czj/`) bureaus' columns, which ALSO publish
//! 政府信息公开工作年度报告 and are linked from every page (the nav bar, and a
//! "其他部门年报" box on each report). A county branch (`/ycfj/`, 云城分局) has a
//! column too. Every column's attachments sit in the portal's shared upload folder
//! (`/uploadfiles/…`), outside all columns. A crawler seeded with the two bureau
//! columns must fetch robots.txt once, stay in the columns (plus the attachments of
//! their reports), hold the host's rate across both, and archive every report of
//! both columns.

use super::{article, serve_attachment, Attachment, Doc, FileType, Kind, Site, SiteMeta, Store};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::Date;

const PORTAL: &str = "云浮市人民政府";
const PER_PAGE: usize = 6;

/// The columns: path prefix, agency, first report year, a bureau column (seeded) or not.
const COLUMNS: [(&str, &str, i32, bool); 4] = [
    ("sthjj", "云浮市生态环境局", 2015, true),
    ("ycfj", "云浮市生态环境局云城分局", 2019, true),
    ("jyj", "云浮市教育局", 2018, false),
    ("czj", "云浮市财政局", 2018, false),
];

/// A seeded column: its scope path, its agency and its level.
pub(crate) struct Column {
    pub scope: String,
    pub name: &'static str,
    pub level: &'static str,
}

/// The bureau columns a crawl is seeded with.
pub(crate) fn seeded_columns() -> Vec<Column> {
    COLUMNS
        .iter()
        .filter(|c| c.3)
        .map(|(col, name, _, _)| Column {
            scope: format!("/{col}/"),
            name,
            level: if *col == "ycfj" {
                "county"
            } else {
                "prefectural"
            },
        })
        .collect()
}

pub(crate) struct Portal {
    meta: SiteMeta,
    store: Store,
}

fn list_path(col: &str, page: usize) -> String {
    if page == 0 {
        format!("/{col}/ndbg/index.html")
    } else {
        format!("/{col}/ndbg/index_{page}.html")
    }
}

impl Portal {
    pub(crate) fn new() -> Portal {
        let mut docs = Vec::new();
        let mut id = 6_530_001u64;
        for (col, agency, first, bureau) in COLUMNS {
            for year in first..=2023 {
                let date = super::publication_date(year, id);
                let mut d = Doc::new(Kind::Report, col, agency, year, date)
                    .at(id, format!("/{col}/ndbg/content_{id}.html"));
                d.environmental = bureau;
                if year >= 2019 {
                    let target = format!("/uploadfiles/{}/{:02}/{id}.pdf", date.y, date.m);
                    d.attachments.push(Attachment {
                        href: target.clone(),
                        target,
                        label: format!("{}.pdf", d.title),
                        ftype: FileType::Pdf,
                    });
                }
                docs.push(d);
                id += 7;
            }
            // A column carries more than reports.
            let mut n = Doc::new(Kind::News, col, agency, 2023, Date::new(2023, 6, 1))
                .at(id, format!("/{col}/gzdt/content_{id}.html"));
            n.environmental = bureau;
            docs.push(n);
            id += 7;
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Portal {
            meta: SiteMeta {
                key: "portal",
                name: PORTAL.into(),
                province: "广东省".into(),
                level: "prefectural",
                host: "www.yunfu.gov.cn.test",
                is_seed: false,
            },
            store: Store::new(docs, id),
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
        let mut nav = vec![("/".to_string(), "首页".to_string())];
        for (col, agency, _, _) in COLUMNS {
            nav.push((format!("/{col}/index.html"), agency.to_string()));
        }
        Reply::html(render(&Page {
            site_name: PORTAL.into(),
            title: format!("{title}-{PORTAL}"),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav,
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![("http://www.gd.gov.cn.test/".into(), "广东省人民政府".into())],
            footer: format!("主办：{PORTAL}办公室"),
        }))
    }

    /// Reports of a column: only the annual reports (the news stays in the column home).
    fn reports(&self, col: &str) -> Vec<Doc> {
        self.store
            .col(col)
            .into_iter()
            .filter(|d| d.kind == Kind::Report)
            .collect()
    }

    fn column_home(&self, col: &str, agency: &str) -> Reply {
        let news: Vec<Doc> = self
            .store
            .col(col)
            .into_iter()
            .filter(|d| d.kind == Kind::News)
            .collect();
        let main = format!(
            "<h2>{agency}</h2>\n<p><a href=\"{}\">政府信息公开年度报告</a></p>\n<ul>\n{}</ul>\n",
            list_path(col, 0),
            super::list_items(&news)
        );
        self.page(agency, main)
    }

    fn list(&self, col: &str, agency: &str, page: usize) -> Reply {
        let docs = self.reports(col);
        let n = super::page_count(docs.len(), PER_PAGE);
        if page >= n {
            return Reply::not_found();
        }
        let mut pager = String::from("<div class=\"page\">");
        if page + 1 < n {
            pager.push_str(&format!(
                "<a href=\"{}\">下一页</a>",
                list_path(col, page + 1)
            ));
        }
        pager.push_str("</div>\n");
        let main = format!(
            "<h2>{agency}政府信息公开年度报告</h2>\n<ul>\n{}</ul>{pager}",
            super::list_items(super::page_slice(&docs, page, PER_PAGE))
        );
        self.page("政府信息公开年度报告", main)
            .cache(true, Some(self.store.col_modified(col)))
    }

    /// A report page, with the portal's box of the other departments' newest reports.
    fn doc_page(&self, d: &Doc) -> Reply {
        let mut others = String::from("<div class=\"qtbm\"><h4>其他部门年报</h4><ul>");
        for (col, _, _, _) in COLUMNS.iter().filter(|c| c.0 != d.col) {
            if let Some(r) = self.reports(col).first() {
                others.push_str(&format!("<li><a href=\"{}\">{}</a></li>", r.link, r.title));
            }
        }
        others.push_str("</ul></div>\n");
        let main = article(d, &d.agency, &others);
        self.page(&d.title, main).cache(true, Some(d.modified))
    }
}

impl Site for Portal {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        if p == "/robots.txt" {
            return Reply::text(200, "User-agent: *\nDisallow: /search/\n");
        }
        if p == "/" || p == "/index.html" {
            return self.page("首页", "<p>欢迎访问云浮市人民政府门户网站</p>\n".into());
        }
        for (col, agency, _, _) in COLUMNS {
            if p == format!("/{col}/") || p == format!("/{col}/index.html") {
                return self.column_home(col, agency);
            }
            for page in 0..10 {
                if p == list_path(col, page) {
                    return self.list(col, agency, page);
                }
            }
        }
        if let Some(r) = serve_attachment(&self.store, p) {
            return r;
        }
        match self.store.by_path(p) {
            Some(d) => self.doc_page(&d),
            None => Reply::not_found(),
        }
    }

    /// The reports of the seeded columns (not the other departments').
    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&["sthjj", "ycfj"])
    }

    fn disallowed(&self) -> Vec<String> {
        vec!["/search/".into()]
    }
}
