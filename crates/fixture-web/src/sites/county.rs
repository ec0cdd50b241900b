//! Site 4: a county government portal (`www.hongjiang.gov.cn.test`, 洪江市人民政府,
//! Hunan platform) where the county's 生态环境分局 publishes its reports.
//!
//! What it exercises:
//! - a disclosure column `/23181/23195/index.html` holding *every*
//!   department's annual reports (教育局, 财政局, the government's own): the
//!   agency must be read from the report, not assumed from the host; the
//!   分局's reports carry the county rename (洪江市环境保护局 →
//!   怀化市生态环境局洪江分局);
//! - a session-id trap: nav and "刷新" links carry a fresh
//!   `;jsessionid=<random>` on every response, report pages offer `?print=1`
//!   views; the server ignores both, so only URL normalisation stops the
//!   crawl from growing without end;
//! - a calendar trap `/calendar?date=…` linking next day / next month forever;
//! - a redirect loop `/old/index.html` → `/old2/` → `/old/index.html`;
//! - one report listed under an old URL that 301s to its current one (it
//!   counts once, at the final URL);
//! - a "原文转载" link to an essay site that is out of scope.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::{article, Doc, Kind, Site, SiteMeta, Store, WebCtx};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{esc, fnv64, Date};

const SITE_NAME: &str = "洪江市人民政府";
const REPORT_COL: &str = "23195";
const DEPT_COL: &str = "23210";
const PER_PAGE: usize = 6;
const OLD_LINK: &str = "/xxgk/2020/nb2019.html";

pub(crate) struct County {
    meta: SiteMeta,
    store: Store,
    ctx: Arc<WebCtx>,
    session: AtomicU64,
}

fn path_of(col: &str, id: u64) -> String {
    format!("/23181/{col}/content_{id}.html")
}

impl County {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> County {
        let mut docs = Vec::new();
        let mut id = 3_312_345u64;
        let mut push = |docs: &mut Vec<Doc>, mut d: Doc, env: bool| {
            let col = d.col;
            d = d.at(id, path_of(col, id));
            d.environmental = env;
            docs.push(d);
            id += 17;
        };
        for year in 2016..=2023 {
            let agency = if year <= 2018 {
                "洪江市环境保护局"
            } else {
                "怀化市生态环境局洪江分局"
            };
            let d = Doc::new(
                Kind::Report,
                REPORT_COL,
                agency,
                year,
                super::publication_date(year, year as u64),
            );
            push(&mut docs, d, true);
        }
        for (agency, year) in [
            ("洪江市教育局", 2021),
            ("洪江市教育局", 2022),
            ("洪江市财政局", 2022),
            ("洪江市人民政府", 2022),
        ] {
            let d = Doc::new(
                Kind::Report,
                REPORT_COL,
                agency,
                year,
                super::publication_date(year, 3 + year as u64),
            );
            push(&mut docs, d, false);
        }
        let agency = "怀化市生态环境局洪江分局";
        let mut s = Doc::new(
            Kind::WorkSummary,
            DEPT_COL,
            agency,
            2022,
            Date::new(2023, 1, 6),
        );
        s.title = format!("{agency}2022年工作总结和2023年工作计划");
        push(&mut docs, s, true);
        push(
            &mut docs,
            Doc::new(
                Kind::WorkPlan,
                DEPT_COL,
                agency,
                2023,
                Date::new(2023, 3, 30),
            ),
            true,
        );
        for (i, year) in [2023, 2022].iter().enumerate() {
            let mut n = Doc::new(
                Kind::News,
                DEPT_COL,
                agency,
                *year,
                Date::new(*year, 8, 10 + i as u32),
            );
            n.title = format!("洪江分局开展{year}年“环保设施向公众开放”活动");
            push(&mut docs, n, true);
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        // The 2019 分局 report moved in a site migration; the list still
        // links the old address, which answers 301.
        for d in docs.iter_mut() {
            if d.year == 2019 && d.environmental && d.kind == Kind::Report {
                d.link = OLD_LINK.to_string();
            }
        }
        County {
            meta: SiteMeta {
                key: "county",
                name: "怀化市生态环境局洪江分局".into(),
                province: "湖南省".into(),
                level: "county",
                host: "www.hongjiang.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, id),
            ctx,
            session: AtomicU64::new(1),
        }
    }

    /// A fresh session id, different on every call.
    fn sid(&self) -> String {
        let n = self.session.fetch_add(1, Ordering::Relaxed);
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!(
            "{:016X}{:016X}",
            fnv64(&n.to_le_bytes()),
            fnv64(&t.to_le_bytes())
        )
    }

    fn page(
        &self,
        title: &str,
        self_path: &str,
        crumbs: Vec<(String, String)>,
        main: String,
    ) -> String {
        let sid = self.sid();
        let s = |p: &str| format!("{p};jsessionid={sid}");
        let main = format!(
            "{main}<div class=\"tools\"><a href=\"{}\">刷新</a> <a href=\"/calendar?date=2021-01-01\">办事日历</a></div>\n",
            esc(&s(self_path))
        );
        render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title}-{SITE_NAME}"),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                (s("/index.html"), "首页".into()),
                (s("/23181/index.html"), "政府信息公开".into()),
                (
                    s(&format!("/23181/{REPORT_COL}/index.html")),
                    "政府信息公开年报".into(),
                ),
                (
                    s(&format!("/23181/{DEPT_COL}/index.html")),
                    "生态环境分局".into(),
                ),
                ("/old/index.html".into(), "旧版网站".into()),
            ],
            crumbs,
            main,
            related: vec![(
                "http://www.huaihua.gov.cn.test/".into(),
                "怀化市人民政府".into(),
            )],
            footer: "主办：洪江市人民政府办公室 承办：洪江市政务服务中心".into(),
        })
    }

    fn col_name(col: &str) -> &'static str {
        if col == REPORT_COL {
            "政府信息公开年报"
        } else {
            "生态环境分局"
        }
    }

    fn list(&self, col: &'static str, k: usize, self_path: &str) -> Reply {
        let docs = self.store.col(col);
        let n = super::page_count(docs.len(), PER_PAGE);
        if k >= n {
            return Reply::not_found();
        }
        let href = |i: usize| {
            if i == 0 {
                "index.html".to_string()
            } else {
                format!("index_{}.html", i + 1)
            }
        };
        let mut pager = String::from("<div class=\"pages\">");
        if k > 0 {
            pager.push_str(&format!("<a href=\"{}\">上一页</a> ", href(k - 1)));
        }
        if k + 1 < n {
            pager.push_str(&format!("<a href=\"{}\">下一页</a>", href(k + 1)));
        }
        pager.push_str("</div>\n");
        let name = Self::col_name(col);
        let main = format!(
            "<div class=\"list\"><h2>{name}</h2><ul>\n{}</ul>{pager}</div>\n",
            super::list_items(super::page_slice(&docs, k, PER_PAGE))
        );
        let crumbs = vec![
            ("/index.html".into(), "首页".into()),
            (format!("/23181/{col}/index.html"), name.into()),
        ];
        Reply::html(self.page(name, self_path, crumbs, main))
    }

    fn doc_page(&self, d: &Doc, print: bool) -> Reply {
        let mut after = format!(
            "<div class=\"tools\"><a href=\"{}?print=1\">打印本页</a></div>\n",
            d.path
        );
        if d.year == 2021 && d.environmental {
            after.push_str(&format!(
                "<p class=\"zz\">原文转载：<a href=\"{}/p/8812.html\">文库网《洪江分局政务公开工作总结》</a></p>\n",
                self.ctx.origin("essay")
            ));
        }
        let main = article(d, &d.agency, &after);
        if print {
            return Reply::html(format!(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{}</title></head><body onload=\"window.print()\">{main}</body></html>\n",
                esc(&d.title)
            ));
        }
        let crumbs = vec![
            ("/index.html".into(), "首页".into()),
            (
                format!("/23181/{}/index.html", d.col),
                Self::col_name(d.col).into(),
            ),
        ];
        Reply::html(self.page(&d.title, &d.path, crumbs, main))
    }

    /// The calendar: every day links the next day and the next month.
    fn calendar(&self, req: &Req) -> Reply {
        let day = req
            .q("date")
            .and_then(Date::parse)
            .unwrap_or(Date::new(2021, 1, 1));
        let next = day.add_days(1);
        let prev = day.add_days(-1);
        let next_month = if day.m == 12 {
            Date::new(day.y + 1, 1, 1)
        } else {
            Date::new(day.y, day.m + 1, 1)
        };
        let main = format!(
            "<div class=\"calendar\"><h2>办事日历 {}</h2><p>当日无办事安排。</p>\
<a href=\"/calendar?date={}\">前一天</a> <a href=\"/calendar?date={}\">后一天</a> <a href=\"/calendar?date={}\">下个月</a></div>\n",
            day.iso(),
            prev.iso(),
            next.iso(),
            next_month.iso()
        );
        Reply::html(self.page("办事日历", "/calendar", vec![], main))
    }

    fn home(&self) -> Reply {
        let main = format!(
            "<div class=\"home\"><h3>政府信息公开</h3><ul><li><a href=\"/23181/index.html\">政府信息公开目录</a></li>\
<li><a href=\"/23181/{REPORT_COL}/index.html\">政府信息公开年报</a></li><li><a href=\"/23181/{DEPT_COL}/index.html\">怀化市生态环境局洪江分局</a></li></ul>\
<p><a href=\"/calendar?date=2021-01-01\">办事日历</a></p></div>\n"
        );
        Reply::html(self.page(
            "首页",
            "/index.html",
            vec![("/index.html".into(), "首页".into())],
            main,
        ))
    }

    fn tree(&self) -> Reply {
        let main = format!(
            "<div class=\"tree\"><h2>政府信息公开目录</h2><ul><li><a href=\"/23181/{REPORT_COL}/index.html\">政府信息公开年报</a></li>\
<li><a href=\"/23181/{DEPT_COL}/index.html\">部门信息公开：生态环境分局</a></li></ul></div>\n"
        );
        Reply::html(self.page(
            "政府信息公开",
            "/23181/index.html",
            vec![("/index.html".into(), "首页".into())],
            main,
        ))
    }
}

impl Site for County {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        // The session id is a path parameter the server ignores.
        let full = req.path.as_str();
        let p = match full.find(";jsessionid=") {
            Some(i) => &full[..i],
            None => full,
        };
        match p {
            "/robots.txt" => return Reply::text(200, "User-agent: *\nDisallow:\n"),
            "/" | "/index.html" => return self.home(),
            "/23181/" | "/23181/index.html" => return self.tree(),
            "/calendar" => return self.calendar(req),
            "/old/index.html" => return Reply::redirect(302, "/old2/"),
            "/old2/" => return Reply::redirect(302, "/old/index.html"),
            _ => {}
        }
        if let Some(d) = self.store.by_link(p) {
            return Reply::redirect(301, &d.path);
        }
        for col in [REPORT_COL, DEPT_COL] {
            if let Some(rest) = p.strip_prefix(&format!("/23181/{col}/")) {
                if rest.is_empty() || rest == "index.html" {
                    return self.list(col, 0, p);
                }
                if let Some(k) = rest
                    .strip_prefix("index_")
                    .and_then(|r| r.strip_suffix(".html"))
                    .and_then(|k| k.parse::<usize>().ok())
                {
                    if k >= 2 {
                        return self.list(col, k - 1, p);
                    }
                }
            }
        }
        if let Some(d) = self.store.by_path(p) {
            return self.doc_page(&d, req.q("print") == Some("1"));
        }
        Reply::not_found()
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&[REPORT_COL, DEPT_COL])
    }

    fn add_report(&self, year: i32) -> Option<String> {
        let id = self.store.next_id();
        let mut d = Doc::new(
            Kind::Report,
            REPORT_COL,
            "怀化市生态环境局洪江分局",
            year,
            Date::new(year + 1, 1, 25),
        )
        .at(id, path_of(REPORT_COL, id));
        d.modified = crate::util::now_secs();
        let path = d.path.clone();
        self.store.insert_top(d);
        Some(path)
    }

    fn change_report(&self, path: &str) -> bool {
        self.store.bump(path)
    }
}
