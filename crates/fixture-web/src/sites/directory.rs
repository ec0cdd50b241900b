//! Opt-in site: a provincial department whose pages link the bureaus below it
//! (`sthjt.gd.gov.cn.test`, 广东省生态环境厅), served when
//! [`Options::bureau_directory`](crate::Options::bureau_directory) is set.
//!
//! What it exercises: discovering sites to seed, then crawling them. The home
//! page has a `市州生态环境局` block of links to city bureaus on their own hosts
//! and as columns of a city portal (the 云浮 portal, where the bureau and its
//! 云城分局 are columns beside other departments' columns that also publish
//! annual reports), a `友情链接` jump menu (`<select onchange=
//! "window.open(this.value)">`) mixing a bureau with government portals, another
//! department, an environmental-protection company and a weather site, and a
//! bureau reached only by `onclick="window.open('…')"`. A second page links one
//! bureau again under its current name where the home page uses the old one
//! (环境保护局 → 生态环境局). The bureaus are served (the `city` sites and the
//! portal), so the suggestions can be crawled; the other bodies are not, except
//! the portal's home page and its education bureau's column.

use std::sync::Arc;

use super::{Site, SiteMeta, WebCtx};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};

const NAME: &str = "广东省生态环境厅";

/// A body the directory links: (name as the reviewer should see it, province,
/// level, the fixture site serving it, path as linked, its column or "" for the
/// whole host).
pub(crate) const BUREAUS: [(&str, &str, &str, &str, &str, &str); 6] = [
    (
        "韶关市生态环境局",
        "广东省",
        "prefectural",
        "shaoguan",
        "/",
        "",
    ),
    (
        "茂名市生态环境局",
        "广东省",
        "prefectural",
        "maoming",
        "/",
        "",
    ),
    (
        "云浮市生态环境局",
        "广东省",
        "prefectural",
        "portal",
        "/sthjj/index.html",
        "/sthjj/",
    ),
    (
        "云浮市生态环境局云城分局",
        "广东省",
        "county",
        "portal",
        "/ycfj/index.html",
        "/ycfj/",
    ),
    (
        "湛江市生态环境局",
        "广东省",
        "prefectural",
        "zhanjiang",
        "/",
        "",
    ),
    (
        "梅州市生态环境局",
        "广东省",
        "prefectural",
        "meizhou",
        "/",
        "",
    ),
];

/// Linked bodies that are not environmental bureaus: (anchor, the fixture site
/// serving it or "" for none, URL or path).
pub(crate) const OTHERS: [(&str, &str, &str); 7] = [
    ("广东省人民政府", "", "http://www.gd.gov.cn.test/"),
    ("韶关市人民政府", "", "http://www.sg.gov.cn.test/"),
    ("韶关市教育局", "", "http://jyj.sg.gov.cn.test/"),
    (
        "广东绿源环保科技有限公司",
        "",
        "http://www.lvyuan-hb.com.test/",
    ),
    ("中国天气网", "", "http://www.weather.com.cn.test/"),
    ("云浮市人民政府", "portal", "/"),
    ("云浮市教育局", "portal", "/jyj/index.html"),
];

pub(crate) struct Directory {
    meta: SiteMeta,
    ctx: Arc<WebCtx>,
}

impl Directory {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Directory {
        Directory {
            meta: SiteMeta {
                key: "directory",
                name: NAME.into(),
                province: "广东省".into(),
                level: "provincial",
                host: "sthjt.gd.gov.cn.test",
                is_seed: false,
            },
            ctx,
        }
    }

    /// The URL of a linked body: its fixture site's origin and path, or as written.
    fn url(&self, key: &str, path: &str) -> String {
        if key.is_empty() {
            path.to_owned()
        } else {
            format!("{}{path}", self.ctx.origin(key))
        }
    }

    fn bureau(&self, i: usize) -> (&'static str, String) {
        let b = BUREAUS[i];
        (b.0, self.url(b.3, b.4))
    }

    fn other(&self, i: usize) -> (&'static str, String) {
        let o = OTHERS[i];
        (o.0, self.url(o.1, o.2))
    }

    fn page(&self, title: &str, main: String) -> Reply {
        let gd = self.other(0);
        Reply::html(render(&Page {
            site_name: NAME.into(),
            title: format!("{title}-{NAME}"),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                ("/zwgk/index.html".into(), "政务公开".into()),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![(gd.1, gd.0.into())],
            footer: format!("主办：{NAME}"),
        }))
    }

    fn home(&self) -> Reply {
        let li = |(name, url): (&str, String)| format!("<li><a href=\"{url}\">{name}</a></li>");
        let mut m = String::from("<div class=\"lm_title\"><span>市州生态环境局</span></div>\n<ul>");
        m.push_str(&li(self.bureau(0)));
        // The old name: the second page uses the current one.
        m.push_str(&li(("茂名市环境保护局", self.bureau(1).1)));
        m.push_str(&li(self.bureau(2)));
        m.push_str(&li(self.bureau(3)));
        m.push_str(&li(self.other(1)));
        m.push_str(&li(self.other(5)));
        m.push_str("</ul>\n<h3>友情链接</h3>\n<select onchange=\"window.open(this.value)\">");
        m.push_str("<option value=\"\">—友情链接—</option>");
        for (name, url) in [
            self.other(0),
            self.other(2),
            self.other(3),
            self.other(4),
            self.other(6),
            self.bureau(4),
        ] {
            m.push_str(&format!("<option value=\"{url}\">{name}</option>"));
        }
        m.push_str("</select>\n<div class=\"bt\">地市链接</div>\n");
        let (name, url) = self.bureau(5);
        m.push_str(&format!(
            "<a href=\"javascript:void(0)\" onclick=\"window.open('{url}')\">{name}</a>\n"
        ));
        self.page("首页", m)
    }

    fn zwgk(&self) -> Reply {
        let (name, url) = self.bureau(1);
        let m =
            format!("<h2>下属单位</h2><ul><li><a href=\"{url}index.html\">{name}</a></li></ul>\n");
        self.page("政务公开", m)
    }
}

impl Site for Directory {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        match req.path.as_str() {
            "/robots.txt" => Reply::text(200, "User-agent: *\nDisallow:\n"),
            "/" | "/index.html" => self.home(),
            "/zwgk/index.html" => self.zwgk(),
            _ => Reply::not_found(),
        }
    }
}
