//! Opt-in sites: prefecture-level bureaus on hosts of their own
//! (`sthjj.sg.gov.cn.test`, 韶关市生态环境局, …), served with the directory when
//! [`Options::bureau_directory`](crate::Options::bureau_directory) is set.
//!
//! What they exercise: the second half of growing the seed list. The directory
//! (a provincial department) links them; `sites suggest` proposes them; crawling
//! the suggestions must archive every report here, with each host's robots.txt
//! (a disallowed search page linked from every page) and rate honoured. One of
//! them (茂名, still on its pre-2019 `hbj.` host) serves GBK, declared in the
//! header and a `<meta http-equiv>`, as many city sites do. Every page links the
//! city's government portal and the provincial department: off-scope links, never
//! fetched.

use std::sync::Arc;

use super::{
    article, list_items, page_count, page_slice, serve_attachment, Attachment, Doc, FileType, Kind,
    Site, SiteMeta, Store, WebCtx,
};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::Date;

const COL: &str = "ndbg";
const PER_PAGE: usize = 4;
const LIST: &str = "/xxgk/ndbg/index.html";

/// A city bureau: key, host, agency, city portal host, GBK or not, first report
/// year, first document id.
pub(crate) struct CityDef {
    pub key: &'static str,
    pub host: &'static str,
    pub name: &'static str,
    pub portal: &'static str,
    pub gbk: bool,
    pub first_year: i32,
    pub first_id: u64,
}

pub(crate) const CITIES: [CityDef; 4] = [
    CityDef {
        key: "shaoguan",
        host: "sthjj.sg.gov.cn.test",
        name: "韶关市生态环境局",
        portal: "www.sg.gov.cn.test",
        gbk: false,
        first_year: 2016,
        first_id: 7_110_001,
    },
    CityDef {
        key: "maoming",
        host: "hbj.maoming.gov.cn.test",
        name: "茂名市生态环境局",
        portal: "www.maoming.gov.cn.test",
        gbk: true,
        first_year: 2014,
        first_id: 7_220_001,
    },
    CityDef {
        key: "zhanjiang",
        host: "sthjj.zhanjiang.gov.cn.test",
        name: "湛江市生态环境局",
        portal: "www.zhanjiang.gov.cn.test",
        gbk: false,
        first_year: 2018,
        first_id: 7_330_001,
    },
    CityDef {
        key: "meizhou",
        host: "sthjj.meizhou.gov.cn.test",
        name: "梅州市生态环境局",
        portal: "www.meizhou.gov.cn.test",
        gbk: false,
        first_year: 2019,
        first_id: 7_440_001,
    },
];

pub(crate) struct City {
    meta: SiteMeta,
    def: &'static CityDef,
    ctx: Arc<WebCtx>,
    store: Store,
}

impl City {
    pub(crate) fn new(ctx: Arc<WebCtx>, def: &'static CityDef) -> City {
        let mut docs = Vec::new();
        let mut id = def.first_id;
        for year in (def.first_year..=2023).rev() {
            let date = super::publication_date(year, id);
            let mut d = Doc::new(Kind::Report, COL, def.name, year, date)
                .at(id, format!("/xxgk/ndbg/{}/t{id}.html", date.y));
            if year >= 2019 {
                let target = format!("/uploadfiles/{}/{id}.pdf", date.y);
                d.attachments.push(Attachment {
                    href: target.clone(),
                    target,
                    label: format!("{}.pdf", d.title),
                    ftype: FileType::Pdf,
                });
            }
            docs.push(d);
            id += 11;
        }
        let news = Doc::new(Kind::News, "gzdt", def.name, 2023, Date::new(2023, 5, 8))
            .at(id, format!("/gzdt/t{id}.html"));
        docs.push(news);
        City {
            meta: SiteMeta {
                key: def.key,
                name: def.name.into(),
                province: "广东省".into(),
                level: "prefectural",
                host: def.host,
                is_seed: false,
            },
            def,
            ctx,
            store: Store::new(docs, id + 11),
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
        let charset = if self.def.gbk { "GBK" } else { "utf-8" };
        let html = render(&Page {
            site_name: self.def.name.into(),
            title: format!("{title}-{}", self.def.name),
            head: format!(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            ),
            nav: vec![
                ("/".into(), "首页".into()),
                (LIST.into(), "政府信息公开年报".into()),
                // robots.txt forbids it: a polite crawler never asks.
                ("/search/index.html?q=ndbg".into(), "站内搜索".into()),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![
                (
                    format!("http://{}/", self.def.portal),
                    self.def.name.replace("生态环境局", "人民政府"),
                ),
                (
                    format!("{}/", self.ctx.origin("directory")),
                    "广东省生态环境厅".into(),
                ),
            ],
            footer: format!("主办：{}", self.def.name),
        });
        if self.def.gbk {
            let (bytes, _, _) = encoding_rs::GBK.encode(&html);
            Reply::new(200, Some("text/html; charset=GBK"), bytes.into_owned())
        } else {
            Reply::html(html)
        }
    }

    fn reports(&self) -> Vec<Doc> {
        self.store.col(COL)
    }

    fn list(&self, page: usize) -> Reply {
        let docs = self.reports();
        let n = page_count(docs.len(), PER_PAGE);
        if page >= n {
            return Reply::not_found();
        }
        let mut pager = String::from("<div class=\"page\">");
        if page + 1 < n {
            pager.push_str(&format!(
                "<a href=\"/xxgk/ndbg/index_{}.html\">下一页</a>",
                page + 1
            ));
        }
        pager.push_str("</div>\n");
        let main = format!(
            "<h2>政府信息公开工作年度报告</h2>\n<ul>\n{}</ul>{pager}",
            list_items(page_slice(&docs, page, PER_PAGE))
        );
        self.page("政府信息公开年报", main)
            .cache(true, Some(self.store.col_modified(COL)))
    }
}

impl Site for City {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        match p {
            "/robots.txt" => return Reply::text(200, "User-agent: *\nDisallow: /search/\n"),
            "/" | "/index.html" => {
                let news: Vec<Doc> = self.store.col("gzdt");
                let main = format!(
                    "<h2>工作动态</h2><ul>\n{}</ul>\n<p><a href=\"{LIST}\">政府信息公开工作年度报告</a></p>\n",
                    list_items(&news)
                );
                return self.page("首页", main);
            }
            LIST => return self.list(0),
            _ => {}
        }
        if let Some(n) = p
            .strip_prefix("/xxgk/ndbg/index_")
            .and_then(|r| r.strip_suffix(".html"))
            .and_then(|n| n.parse::<usize>().ok())
        {
            return self.list(n);
        }
        if let Some(r) = serve_attachment(&self.store, p) {
            return r;
        }
        match self.store.by_path(p) {
            Some(d) => {
                let main = article(&d, self.def.name, "");
                self.page(&d.title, main).cache(true, Some(d.modified))
            }
            None => Reply::not_found(),
        }
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.reports()
    }

    fn disallowed(&self) -> Vec<String> {
        vec!["/search/".into()]
    }
}
