//! Site 5: a province behind a WAF, and flaky (`sthjt.jiangxi.gov.cn.test`,
//! 江西省生态环境厅).
//!
//! What it exercises:
//! - rate limiting: once `waf_max_requests_per_sec` requests were served in
//!   the last second, further requests get 429 with `Retry-After: 1`
//!   (rejected requests do not count, like nginx `limit_req`). A crawler at
//!   20 req/s trips it and must back off, and still finish;
//! - 503 with `Retry-After: 1` on the first request of two report pages
//!   (2020 and 2022), 200 afterwards: they count as reports;
//! - `/waf/challenge.html`: 412 with a 瑞数-type JavaScript challenge (not
//!   content: never archive it as the page);
//! - a slow page (stalls `slow_page_delay`), a trickle page (headers, then a
//!   byte every 200 ms: only a total timeout ends it), an oversized page
//!   (`oversized_page_bytes` of HTML), a plain 403.
//!
//! Report URLs are `…/<32 hex>.shtml`; list pages `index.shtml`,
//! `index_2.shtml` … with plain `<a>` pagers.

use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{article, Doc, Kind, Site, SiteMeta, Store, WebCtx};
use crate::exchange::{lock, Reply, Req};
use crate::page::{render, Page};
use crate::util::{fnv64, Date};

const SITE_NAME: &str = "江西省生态环境厅";
const COL_DIR: &str = "/zwgk/zfxxgknb/";
const PER_PAGE: usize = 5;

pub(crate) struct Jiangxi {
    meta: SiteMeta,
    store: Store,
    ctx: Arc<WebCtx>,
    window: Mutex<VecDeque<std::time::Instant>>,
    served_once: Mutex<HashSet<String>>,
}

fn agency(year: i32) -> &'static str {
    if year <= 2017 {
        "江西省环境保护厅"
    } else {
        "江西省生态环境厅"
    }
}

fn hex_path(id: u64) -> String {
    format!(
        "{COL_DIR}{:016x}{:016x}.shtml",
        fnv64(&id.to_le_bytes()),
        fnv64(&(id ^ 0x5a5a).to_be_bytes())
    )
}

fn make(kind: Kind, year: i32, date: Date, id: u64) -> Doc {
    let mut d = Doc::new(kind, "nb", agency(year), year, date).at(id, hex_path(id));
    if kind == Kind::Report && (year == 2020 || year == 2022) {
        d.flavor = "flaky";
    }
    d
}

const CHALLENGE: &str = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\
<meta id=\"9DhefwqGPrzGxEp9hPaoag\" content=\"ZzJ1CJAcVbmzXmNGLMq1pbX8vfTiEKm4fYqCr0C9cvb4z._Fx7XWp3T8dEzPlKq5\"></head><body>\
<script type=\"text/javascript\" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=84937;$_ts.cd=\"qOcqrrAlEGqqrGAlqcVqqqAlqqVqqGAlqEZqrqQ\";\
$_ts.lcd=\"Wq1Vr0AlqqAcqqqcqcAqqcqqrGqqrqVqAlGcqqAqqV\";if($_ts.lcd){$_ts.cd=$_ts.lcd;}\
(function(_$e,_$Q){var _$J=0,_$d=_$e.length;while(_$J<_$d){_$Q.push(_$e.charCodeAt(_$J++)^_$ts.nsd&255);}})($_ts.cd,[]);</script>\
<script type=\"text/javascript\" charset=\"utf-8\" src=\"/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js\" r='m'></script></body></html>\n";

impl Jiangxi {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Jiangxi {
        let mut docs = Vec::new();
        let mut id = 9_100u64;
        for year in 2014..=2023 {
            docs.push(make(
                Kind::Report,
                year,
                super::publication_date(year, year as u64 * 11),
                id,
            ));
            id += 1;
        }
        docs.push(make(Kind::Notice, 2022, Date::new(2022, 12, 12), id));
        id += 1;
        docs.push(make(Kind::WorkPlan, 2023, Date::new(2023, 4, 11), id));
        id += 1;
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        Jiangxi {
            meta: SiteMeta {
                key: "jiangxi",
                name: "江西省生态环境厅".into(),
                province: "江西省".into(),
                level: "provincial",
                host: "sthjt.jiangxi.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, id),
            ctx,
            window: Mutex::new(VecDeque::new()),
            served_once: Mutex::new(HashSet::new()),
        }
    }

    /// True when the request may pass; records it in the window.
    fn waf_allows(&self, req: &Req) -> bool {
        let max = self.ctx.opts.waf_max_requests_per_sec as usize;
        let mut w = lock(&self.window);
        while let Some(front) = w.front() {
            if req.arrival.saturating_duration_since(*front) >= Duration::from_secs(1) {
                w.pop_front();
            } else {
                break;
            }
        }
        if w.len() >= max {
            return false;
        }
        w.push_back(req.arrival);
        true
    }

    fn page(&self, title: &str, main: String) -> String {
        render(&Page {
            site_name: SITE_NAME.into(),
            title: format!("{title}_{SITE_NAME}"),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                (format!("{COL_DIR}index.shtml"), "政府信息公开年报".into()),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![(
                "http://www.jiangxi.gov.cn.test/".into(),
                "江西省人民政府".into(),
            )],
            footer: "主办：江西省生态环境厅 地址：南昌市北京西路".into(),
        })
    }

    fn list(&self, k: usize) -> Reply {
        let docs = self.store.col("nb");
        let n = super::page_count(docs.len(), PER_PAGE);
        if k >= n {
            return Reply::not_found();
        }
        let href = |i: usize| {
            if i == 0 {
                "index.shtml".to_string()
            } else {
                format!("index_{}.shtml", i + 1)
            }
        };
        let mut pager = format!("<div class=\"page\">共{n}页 ");
        if k > 0 {
            pager.push_str(&format!("<a href=\"{}\">上一页</a> ", href(k - 1)));
        }
        if k + 1 < n {
            pager.push_str(&format!("<a href=\"{}\">下一页</a>", href(k + 1)));
        }
        pager.push_str("</div>\n");
        let main = format!(
            "<h2>政府信息公开年报</h2><ul>\n{}</ul>{pager}",
            super::list_items(super::page_slice(&docs, k, PER_PAGE))
        );
        Reply::html(self.page("政府信息公开年报", main))
            .cache(true, Some(self.store.col_modified("nb")))
    }

    fn home(&self) -> Reply {
        let main = format!(
            "<div class=\"home\"><ul><li><a href=\"{COL_DIR}index.shtml\">政府信息公开年报</a></li>\
<li><a href=\"/waf/challenge.html\">互动交流</a></li><li><a href=\"/slow.html\">数据查询</a></li>\
<li><a href=\"/trickle.html\">在线访谈</a></li><li><a href=\"/big.html\">环境质量实时发布</a></li>\
<li><a href=\"/forbidden.html\">内部办公</a></li></ul></div>\n"
        );
        Reply::html(self.page("首页", main))
    }

    fn oversized(&self) -> Reply {
        let target = self.ctx.opts.oversized_page_bytes;
        let mut s = String::with_capacity(target + 256);
        s.push_str("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>环境质量实时发布</title></head><body><table>\n");
        let mut i = 0u64;
        while s.len() + 40 < target {
            s.push_str(&format!(
                "<tr><td>{i}</td><td>AQI {}</td></tr>\n",
                fnv64(&i.to_le_bytes()) % 300
            ));
            i += 1;
        }
        s.push_str("</table></body></html>\n");
        Reply::html(s)
    }
}

impl Site for Jiangxi {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        if !self.waf_allows(req) {
            return Reply::new(429, Some("text/html; charset=utf-8"), "<html><body><h1>429 Too Many Requests</h1><p>访问过于频繁，请稍后再试。</p></body></html>\n")
                .header("retry-after", "1");
        }
        let p = req.path.as_str();
        match p {
            "/robots.txt" => return Reply::text(200, "User-agent: *\nAllow: /\n"),
            "/" | "/index.shtml" => return self.home(),
            "/waf/challenge.html" => {
                return Reply::new(412, Some("text/html; charset=utf-8"), CHALLENGE)
            }
            "/forbidden.html" => {
                return Reply::new(
                    403,
                    Some("text/html; charset=utf-8"),
                    "<html><body><h1>403 Forbidden</h1><p>您无权访问该页面。</p></body></html>\n",
                )
            }
            "/slow.html" => {
                let mut r = Reply::html(
                    self.page("数据查询", "<p>查询服务响应较慢，请耐心等待。</p>\n".into()),
                );
                r.delay = Some(self.ctx.opts.slow_page_delay);
                return r;
            }
            "/trickle.html" => {
                let mut r = Reply::html(self.page("在线访谈", "<p>访谈直播中。</p>\n".into()));
                if self.ctx.opts.trickle_page {
                    r.trickle = Some(3_000); // ten minutes
                }
                return r;
            }
            "/big.html" => return self.oversized(),
            _ => {}
        }
        if let Some(rest) = p.strip_prefix(COL_DIR) {
            if rest.is_empty() || rest == "index.shtml" {
                return self.list(0);
            }
            if let Some(k) = rest
                .strip_prefix("index_")
                .and_then(|r| r.strip_suffix(".shtml"))
                .and_then(|k| k.parse::<usize>().ok())
            {
                if k >= 2 {
                    return self.list(k - 1);
                }
            }
        }
        if let Some(d) = self.store.by_path(p) {
            if d.flavor == "flaky" && lock(&self.served_once).insert(d.path.clone()) {
                return Reply::new(
                    503,
                    Some("text/html; charset=utf-8"),
                    "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>\n",
                )
                .header("retry-after", "1");
            }
            let main = article(&d, &d.agency, "");
            let head_title = d.title.clone();
            return Reply::html(self.page(&head_title, main)).cache(true, Some(d.modified));
        }
        Reply::not_found()
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&["nb"])
    }

    fn add_report(&self, year: i32) -> Option<String> {
        let id = self.store.next_id();
        let mut d = make(Kind::Report, year, Date::new(year + 1, 1, 26), id);
        d.flavor = "";
        d.modified = crate::util::now_secs();
        let path = d.path.clone();
        self.store.insert_top(d);
        Some(path)
    }

    fn change_report(&self, path: &str) -> bool {
        self.store.bump(path)
    }
}
