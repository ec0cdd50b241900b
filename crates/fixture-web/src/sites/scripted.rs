//! Opt-in site: a bureau whose report list is built by script from a JSON endpoint
//! (`sthjj.dg.gov.cn.test`, 东莞市生态环境局), served when
//! [`Options::script_list`](crate::Options::script_list) is set.
//!
//! What it exercises: rendering (`[hosts."…"] render = true`). The list page
//! `/xxgk/ndbg/index.html` holds an empty `<ul>` and an external script,
//! `/js/ndbg.js`, which reads `/api/ndbg/list.json?page=N` (`{"articles":[{"title",
//! "url","date"}],"page","pages","total"}`) page after page and writes the links; the
//! served HTML links no report at all, so a crawler that does not run the script finds
//! none. The script also asks for things a polite renderer must not fetch: a counter
//! on another host of the fixture web (`/stats/visit.json` on the national site),
//! `/api/private/visitors.json` (disallowed by robots.txt), a logo image (no list
//! needs it), and it POSTs a view count.

use super::{article, Doc, Kind, Site, SiteMeta, Store, WebCtx};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use std::sync::Arc;

const NAME: &str = "东莞市生态环境局";
const PER_PAGE: usize = 4;
const COL: &str = "ndbg";
/// The list page whose links only script writes.
pub(crate) const LIST: &str = "/xxgk/ndbg/index.html";
/// Where the script sends what must never arrive: the national site's counter.
pub(crate) const OFF_SCOPE_PATH: &str = "/stats/visit.json";
/// Disallowed to every crawler by this site's robots.txt.
pub(crate) const PRIVATE_PREFIX: &str = "/api/private/";

pub(crate) struct Scripted {
    meta: SiteMeta,
    store: Store,
    ctx: Arc<WebCtx>,
}

impl Scripted {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Scripted {
        let mut docs = Vec::new();
        let mut id = 7_120_001u64;
        for year in (2014..=2023).rev() {
            let date = super::publication_date(year, id);
            docs.push(
                Doc::new(Kind::Report, COL, NAME, year, date)
                    .at(id, format!("/xxgk/ndbg/content/post_{id}.html")),
            );
            id += 11;
        }
        Scripted {
            meta: SiteMeta {
                key: "scripted",
                name: NAME.into(),
                province: "广东省".into(),
                level: "prefectural",
                host: "sthjj.dg.gov.cn.test",
                is_seed: false,
            },
            store: Store::new(docs, id),
            ctx,
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
        Reply::html(render(&Page {
            site_name: NAME.into(),
            title: format!("{title}-{NAME}"),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                (LIST.into(), "政府信息公开年度报告".into()),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: Vec::new(),
            footer: format!("主办：{NAME}"),
        }))
    }

    fn list_shell(&self) -> Reply {
        let main = "<h2>政府信息公开年度报告</h2>\n<img src=\"/images/logo.png\" alt=\"\">\n\
                    <ul id=\"ndbg-list\" class=\"list\"></ul>\n<div id=\"ndbg-pager\"></div>\n\
                    <script src=\"/js/ndbg.js\"></script>\n"
            .to_string();
        self.page("政府信息公开年度报告", main)
    }

    fn script(&self) -> Reply {
        let off_scope = format!("{}{OFF_SCOPE_PATH}", self.ctx.origin("mee"));
        let js = format!(
            r#"(function () {{
  var list = document.getElementById('ndbg-list');
  function show(articles) {{
    articles.forEach(function (a) {{
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = a.url;
      link.textContent = a.title;
      li.appendChild(link);
      var d = document.createElement('span');
      d.textContent = a.date;
      li.appendChild(d);
      list.appendChild(li);
    }});
  }}
  function load(page) {{
    var x = new XMLHttpRequest();
    x.open('GET', '/api/ndbg/list.json?page=' + page);
    x.onload = function () {{
      var data = JSON.parse(x.responseText);
      show(data.articles);
      if (data.page < data.pages) {{ load(data.page + 1); }}
    }};
    x.send();
  }}
  load(1);
  fetch('{off_scope}?from=dg').catch(function () {{}});
  fetch('{PRIVATE_PREFIX}visitors.json').catch(function () {{}});
  fetch('/api/count', {{ method: 'POST', body: 'page=ndbg' }}).catch(function () {{}});
}})();
"#
        );
        Reply::new(200, Some("application/javascript; charset=utf-8"), js)
    }

    fn list_json(&self, page: usize) -> Reply {
        let docs: Vec<Doc> = self.store.col(COL);
        let pages = super::page_count(docs.len(), PER_PAGE);
        if page == 0 || page > pages {
            return Reply::new(
                404,
                Some("application/json"),
                "{\"error\":\"no such page\"}",
            );
        }
        let items: Vec<String> = super::page_slice(&docs, page - 1, PER_PAGE)
            .iter()
            .map(|d| {
                format!(
                    "{{\"title\":\"{}\",\"url\":\"{}\",\"date\":\"{}\"}}",
                    json_str(&d.title),
                    json_str(&d.link),
                    d.date.iso()
                )
            })
            .collect();
        let body = format!(
            "{{\"articles\":[{}],\"page\":{page},\"pages\":{pages},\"total\":{}}}",
            items.join(","),
            docs.len()
        );
        Reply::new(200, Some("application/json; charset=utf-8"), body)
    }
}

fn json_str(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

impl Site for Scripted {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        match p {
            "/robots.txt" => {
                Reply::text(200, &format!("User-agent: *\nDisallow: {PRIVATE_PREFIX}\n"))
            }
            "/" | "/index.html" => self.page(
                "首页",
                format!(
                    "<p>欢迎访问{NAME}</p>\n<p><a href=\"{LIST}\">政府信息公开年度报告</a></p>\n"
                ),
            ),
            LIST => self.list_shell(),
            "/js/ndbg.js" => self.script(),
            "/api/ndbg/list.json" => {
                let page = req.q("page").and_then(|n| n.parse().ok()).unwrap_or(1);
                self.list_json(page)
            }
            _ => match self.store.by_path(p) {
                Some(d) => {
                    let main = article(&d, NAME, "");
                    self.page(&d.title, main).cache(true, Some(d.modified))
                }
                None => Reply::not_found(),
            },
        }
    }

    fn reachable_reports(&self) -> Vec<Doc> {
        self.store.reports_in(&[COL])
    }

    fn disallowed(&self) -> Vec<String> {
        vec![PRIVATE_PREFIX.into()]
    }
}
