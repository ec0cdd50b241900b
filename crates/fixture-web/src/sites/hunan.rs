//! Site 3: a GBK VSB 博达 province (`sthjt.hunan.gov.cn.test`, 湖南省生态环境厅).
//!
//! What it exercises: charsets. Every page is GBK bytes, declared in the
//! ways real sites (fail to) declare them:
//! - most: `Content-Type: text/html; charset=GBK` (and a matching `<meta>`);
//! - some (the second list page, the 2012 and 2016 reports): a header
//!   without charset and only `<meta http-equiv … charset=gb2312>`;
//! - the 2014 report: undeclared (no header charset, no meta): sniff it;
//! - the 2019 report: header `charset=gbk` but a stale `<meta charset="utf-8">`;
//!   the header wins (HTML standard), decoding as UTF-8 gives mojibake.
//!
//! Also: VSB lists `/info/1234/index.htm`, `1.htm`, `2.htm` with 下页/尾页 `<a>`
//! links; DOCX/DOC attachments behind `download.jsp?…&wbfileid=N` (the file
//! type only in the link text) or plain `/uploads/2019nb.docx`; the 2018→2019
//! rename 湖南省环境保护厅 → 湖南省生态环境厅; Last-Modified but no ETag.

use std::sync::Arc;

use super::{
    article, serve_attachment, Attachment, Doc, FileType, Kind, Site, SiteMeta, Store, WebCtx,
};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{esc, Date};

const SITE_NAME: &str = "湖南省生态环境厅";
const REPORT_COL: &str = "1234";
const NEWS_COL: &str = "1240";
const PER_PAGE: usize = 8;
const ROBOTS: &str = "User-agent: *\nDisallow: /admin/\n";

pub(crate) struct Hunan {
    meta: SiteMeta,
    store: Store,
    _ctx: Arc<WebCtx>,
}

fn agency(year: i32) -> &'static str {
    if year <= 2018 {
        "湖南省环境保护厅"
    } else {
        "湖南省生态环境厅"
    }
}

fn make(kind: Kind, col: &'static str, year: i32, date: Date, id: u64) -> Doc {
    let mut d =
        Doc::new(kind, col, agency(year), year, date).at(id, format!("/info/{col}/{id}.htm"));
    if kind == Kind::Report {
        d.flavor = match year {
            2012 | 2016 => "meta-gb2312",
            2014 => "undeclared",
            2019 => "stale-utf8",
            _ => "",
        };
        let mut att = |href: String, label: String, ftype| {
            d.attachments.push(Attachment {
                target: href.clone(),
                href,
                label,
                ftype,
            });
        };
        match year {
            2010 => att("/uploads/2010nb.doc".into(), "2010年度报告.doc".into(), FileType::Doc),
            2019 => att("/uploads/2019nb.docx".into(), "2019年政府信息公开工作年度报告.docx".into(), FileType::Docx),
            2020 | 2021 => att(
                format!("/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1234&wbfileid={}", 3_000 + id % 1000),
                format!("{year}年政府信息公开工作年度报告.docx"),
                FileType::Docx,
            ),
            _ => {}
        }
    }
    d
}

fn gbk(html: &str, content_type: &str) -> Reply {
    let (bytes, _, _) = encoding_rs::GBK.encode(html);
    Reply::new(200, Some(content_type), bytes.into_owned())
}

impl Hunan {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Hunan {
        let mut docs = Vec::new();
        let mut id = 56_789u64;
        for year in 2008..=2023 {
            docs.push(make(
                Kind::Report,
                REPORT_COL,
                year,
                super::publication_date(year, year as u64 * 5),
                id,
            ));
            id += 13;
        }
        docs.push(make(
            Kind::Notice,
            REPORT_COL,
            2021,
            Date::new(2021, 12, 20),
            id,
        ));
        id += 13;
        docs.push(make(
            Kind::WorkPlan,
            REPORT_COL,
            2022,
            Date::new(2022, 4, 2),
            id,
        ));
        id += 13;
        let mut b = make(Kind::Bulletin, NEWS_COL, 2021, Date::new(2022, 6, 4), id);
        b.title = "2021年湖南省生态环境状况公报".into();
        docs.push(b);
        id += 13;
        for (i, year) in [2023, 2022, 2021].iter().enumerate() {
            let mut d = make(
                Kind::News,
                NEWS_COL,
                *year,
                Date::new(*year, 7, 1 + i as u32),
                id,
            );
            d.title = format!("省生态环境厅部署{year}年夏季臭氧污染防控工作");
            docs.push(d);
            id += 13;
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Hunan {
            meta: SiteMeta {
                key: "hunan",
                name: "湖南省生态环境厅".into(),
                province: "湖南省".into(),
                level: "provincial",
                host: "sthjt.hunan.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, id),
            _ctx: ctx,
        }
    }

    fn page(&self, title: &str, head: &str, crumbs: Vec<(String, String)>, main: String) -> String {
        render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title}-{SITE_NAME}"),
            head: head.to_string(),
            nav: vec![
                ("/index.htm".into(), "首页".into()),
                (format!("/info/{NEWS_COL}/index.htm"), "通知公告".into()),
                (
                    format!("/info/{REPORT_COL}/index.htm"),
                    "信息公开年报".into(),
                ),
            ],
            crumbs,
            main,
            related: vec![(
                "http://www.hunan.gov.cn.test/".into(),
                "湖南省人民政府".into(),
            )],
            footer: "版权所有：湖南省生态环境厅 地址：长沙市高新区麓谷大道".into(),
        })
    }

    fn list(&self, col: &'static str, k: usize) -> Reply {
        let docs = self.store.col(col);
        let n = super::page_count(docs.len(), PER_PAGE);
        if k >= n {
            return Reply::not_found();
        }
        let name = if col == REPORT_COL {
            "信息公开年报"
        } else {
            "通知公告"
        };
        let href = |i: usize| {
            if i == 0 {
                "index.htm".to_string()
            } else {
                format!("{i}.htm")
            }
        };
        let mut pager = format!(
            "<div class=\"pb_sys_common\">共{}条&nbsp;&nbsp;{}/{n}&nbsp;",
            docs.len(),
            k + 1
        );
        if k > 0 {
            pager.push_str(&format!(
                "<a href=\"index.htm\">首页</a>&nbsp;<a href=\"{}\">上页</a>&nbsp;",
                href(k - 1)
            ));
        }
        if k + 1 < n {
            pager.push_str(&format!(
                "<a href=\"{}\" class=\"Next\">下页</a>&nbsp;<a href=\"{}\">尾页</a>",
                href(k + 1),
                href(n - 1)
            ));
        }
        pager.push_str("</div>\n");
        let main = format!(
            "<div class=\"list\"><h2>{name}</h2><ul>\n{}</ul>\n{pager}</div>\n",
            super::list_items(super::page_slice(&docs, k, PER_PAGE))
        );
        // The second list page only declares gb2312 in a meta.
        let (head, ct) = if k == 1 {
            (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n",
                "text/html",
            )
        } else {
            (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">\n",
                "text/html; charset=GBK",
            )
        };
        let crumbs = vec![
            ("/index.htm".into(), "首页".into()),
            (format!("/info/{col}/index.htm"), name.into()),
        ];
        gbk(&self.page(name, head, crumbs, main), ct)
            .cache(false, Some(self.store.col_modified(col)))
    }

    fn doc_page(&self, d: &Doc) -> Reply {
        let (head, ct) = match d.flavor {
            "meta-gb2312" => (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n",
                "text/html",
            ),
            "undeclared" => ("", "text/html"),
            "stale-utf8" => ("<meta charset=\"utf-8\">\n", "text/html; charset=gbk"),
            _ => (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">\n",
                "text/html; charset=GBK",
            ),
        };
        let head = format!(
            "{head}<meta name=\"description\" content=\"{}\">\n",
            esc(&d.title)
        );
        let name = if d.col == REPORT_COL {
            "信息公开年报"
        } else {
            "通知公告"
        };
        let crumbs = vec![
            ("/index.htm".into(), "首页".into()),
            (format!("/info/{}/index.htm", d.col), name.into()),
        ];
        let main = article(d, &d.agency, "");
        gbk(&self.page(&d.title, &head, crumbs, main), ct).cache(false, Some(d.modified))
    }

    fn home(&self) -> Reply {
        let news = self.store.col(NEWS_COL);
        let main = format!(
            "<div class=\"home\"><h3>通知公告</h3><ul>{}</ul><h3>政府信息公开</h3><ul><li><a href=\"/info/{REPORT_COL}/index.htm\">政府信息公开年报</a></li></ul></div>\n",
            super::list_items(&news[..news.len().min(3)])
        );
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">\n";
        gbk(
            &self.page(
                "首页",
                head,
                vec![("/index.htm".into(), "首页".into())],
                main,
            ),
            "text/html; charset=GBK",
        )
        .cache(false, Some(self.store.col_modified(NEWS_COL)))
    }
}

impl Site for Hunan {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        match p {
            "/robots.txt" => {
                return Reply::new(200, Some("text/plain"), ROBOTS)
                    .cache(false, Some(Date::new(2019, 5, 1).system_time()))
            }
            "/" | "/index.htm" => return self.home(),
            _ => {}
        }
        let target = match &req.query {
            Some(q) => format!("{p}?{q}"),
            None => p.to_string(),
        };
        if let Some(r) = serve_attachment(&self.store, &target) {
            return r;
        }
        for col in [REPORT_COL, NEWS_COL] {
            if let Some(rest) = p.strip_prefix(&format!("/info/{col}/")) {
                if rest == "index.htm" || rest.is_empty() {
                    return self.list(col, 0);
                }
                if let Some(k) = rest
                    .strip_suffix(".htm")
                    .and_then(|k| k.parse::<usize>().ok())
                {
                    if (1..100).contains(&k) {
                        return self.list(col, k);
                    }
                }
            }
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
        vec!["/admin/".into()]
    }

    fn add_report(&self, year: i32) -> Option<String> {
        let id = self.store.next_id();
        let mut d = make(
            Kind::Report,
            REPORT_COL,
            year,
            Date::new(year + 1, 1, 22),
            id,
        );
        d.flavor = "";
        d.attachments.clear();
        d.modified = crate::util::now_secs();
        let path = d.path.clone();
        self.store.insert_top(d);
        Some(path)
    }

    fn change_report(&self, path: &str) -> bool {
        self.store.bump(path)
    }
}
