//! Site 7: a prefecture bureau on the Hunan platform whose robots.txt is 404
//! (`sthjj.huaihua.gov.cn.test`, 怀化市生态环境局).
//!
//! What it exercises:
//! - robots.txt 404 means "allow all" (RFC 9309 §2.3.1.3);
//! - the long tail of years: narrative reports 2008–2018 (2017 in the voice
//!   of seed 000, 公开各类政务信息818条), gb2019 for 2019–2020, gb2021 for
//!   2021–2023, and the 2019 rename 怀化市环境保护局 → 怀化市生态环境局;
//! - 1-based `?pageNo=N` pagination with plain `<a>` links (page 1 is both
//!   `index.html` and `index.html?pageNo=1`);
//! - `<base href>` on report pages pointing at the upload folder, so the
//!   relative attachment links (`nb2021.pdf`) only resolve correctly
//!   against the base, not against the page URL.

use std::sync::Arc;

use super::{
    article, serve_attachment, Attachment, Doc, FileType, Kind, Site, SiteMeta, Store, WebCtx,
};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{esc, Date};

const SITE_NAME: &str = "怀化市生态环境局";
const LIST: &str = "/zfxxgk/ndbg/index.html";
const PER_PAGE: usize = 8;

pub(crate) struct Huaihua {
    meta: SiteMeta,
    store: Store,
    ctx: Arc<WebCtx>,
}

fn agency(year: i32) -> &'static str {
    if year <= 2018 {
        "怀化市环境保护局"
    } else {
        "怀化市生态环境局"
    }
}

fn upload_dir(date: Date) -> String {
    format!("/uploadfiles/{}/{:02}/", date.y, date.m)
}

fn make(kind: Kind, year: i32, date: Date, id: u64) -> Doc {
    let mut d = Doc::new(kind, "nb", agency(year), year, date)
        .at(id, format!("/zfxxgk/ndbg/content_{id}.html"));
    if kind == Kind::Report && year >= 2019 {
        let dir = upload_dir(date);
        d.attachments.push(Attachment {
            href: format!("nb{year}.pdf"),
            target: format!("{dir}nb{year}.pdf"),
            label: format!("{}.pdf", d.title),
            ftype: FileType::Pdf,
        });
        if year == 2021 {
            d.attachments.push(Attachment {
                href: format!("./nb{year}.docx"),
                target: format!("{dir}nb{year}.docx"),
                label: format!("{}.docx", d.title),
                ftype: FileType::Docx,
            });
        }
    }
    d
}

impl Huaihua {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Huaihua {
        let mut docs = Vec::new();
        let mut id = 4_410_001u64;
        for year in 2008..=2023 {
            let date = if year == 2017 {
                Date::new(2018, 3, 2)
            } else {
                super::publication_date(year, year as u64 * 13)
            };
            let mut d = make(Kind::Report, year, date, id);
            if year == 2017 {
                d.flavor = "seed000";
            }
            docs.push(d);
            id += 3;
        }
        let mut b = make(Kind::Bulletin, 2020, Date::new(2021, 6, 3), id);
        b.title = "2020年怀化市环境质量年报".into();
        docs.push(b);
        id += 3;
        docs.push(make(Kind::WorkPlan, 2022, Date::new(2022, 5, 5), id));
        id += 3;
        docs.push(make(Kind::Notice, 2020, Date::new(2020, 12, 18), id));
        id += 3;
        docs.push(make(Kind::WorkSummary, 2021, Date::new(2022, 1, 4), id));
        id += 3;
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Huaihua {
            meta: SiteMeta {
                key: "huaihua",
                name: SITE_NAME.into(),
                province: "湖南省".into(),
                level: "prefectural",
                host: "sthjj.huaihua.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, id),
            ctx,
        }
    }

    fn page(&self, title: &str, head: String, main: String) -> String {
        render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title}-{SITE_NAME}"),
            head: format!("<meta charset=\"utf-8\">\n{head}"),
            nav: vec![
                ("/".into(), "首页".into()),
                (LIST.into(), "政府信息公开年报".into()),
            ],
            crumbs: vec![
                ("/".into(), "首页".into()),
                (LIST.into(), "政府信息公开年报".into()),
            ],
            main,
            related: vec![(
                "http://www.huaihua.gov.cn.test/".into(),
                "怀化市人民政府".into(),
            )],
            footer: "主办：怀化市生态环境局".into(),
        })
    }

    fn list(&self, page: usize) -> Reply {
        let docs = self.store.col("nb");
        let n = super::page_count(docs.len(), PER_PAGE);
        if page == 0 || page > n {
            return Reply::not_found();
        }
        let mut pager = format!("<div class=\"page\">第{page}/{n}页 ");
        if page > 1 {
            pager.push_str(&format!(
                "<a href=\"{LIST}?pageNo={}\">上一页</a> ",
                page - 1
            ));
        }
        if page < n {
            pager.push_str(&format!(
                "<a href=\"{LIST}?pageNo={}\">下一页</a> <a href=\"{LIST}?pageNo={n}\">末页</a>",
                page + 1
            ));
        }
        pager.push_str("</div>\n");
        let main = format!(
            "<ul>\n{}</ul>{pager}",
            super::list_items(super::page_slice(&docs, page - 1, PER_PAGE))
        );
        Reply::html(self.page("政府信息公开年报", String::new(), main))
            .cache(true, Some(self.store.col_modified("nb")))
    }

    fn doc_page(&self, d: &Doc) -> Reply {
        let base = format!("<base href=\"{}{}\">\n<meta name=\"ArticleTitle\" content=\"{}\">\n<meta name=\"PubDate\" content=\"{}\">\n",
            self.ctx.origin("huaihua"), upload_dir(d.date), esc(&d.title), d.date.iso());
        let main = article(d, &d.agency, "");
        Reply::html(self.page(&d.title, base, main)).cache(true, Some(d.modified))
    }
}

impl Site for Huaihua {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        match p {
            "/" | "/index.html" => {
                let main = format!("<p><a href=\"{LIST}\">政府信息公开年报</a></p>\n");
                return Reply::html(self.page("首页", String::new(), main));
            }
            LIST => {
                let page = req
                    .q("pageNo")
                    .map(|v| v.parse::<usize>().unwrap_or(0))
                    .unwrap_or(1);
                return self.list(page);
            }
            _ => {}
        }
        if let Some(mut r) = serve_attachment(&self.store, p) {
            r.etag = true;
            return r;
        }
        if let Some(d) = self.store.by_path(p) {
            return self.doc_page(&d);
        }
        // robots.txt included: 404.
        Reply::not_found()
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&["nb"])
    }

    fn add_report(&self, year: i32) -> Option<String> {
        let id = self.store.next_id();
        let mut d = make(Kind::Report, year, Date::new(year + 1, 1, 27), id);
        d.modified = crate::util::now_secs();
        let path = d.path.clone();
        self.store.insert_top(d);
        Some(path)
    }

    fn change_report(&self, path: &str) -> bool {
        self.store.bump(path)
    }
}
