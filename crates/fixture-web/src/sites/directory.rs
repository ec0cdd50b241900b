//! Opt-in site: a provincial department whose pages link the bureaus below it
//! (`sthjt.gd.gov.cn.test`, 广东省生态环境厅), served when
//! [`Options::bureau_directory`](crate::Options::bureau_directory) is set.
//!
//! What it exercises: discovering sites to seed. The home page has a
//! `市州生态环境局` block of links to city bureaus on their own hosts and as
//! columns of city portals, a `友情链接` jump menu (`<select onchange=
//! "window.open(this.value)">`) mixing a bureau with a government portal, another
//! department, an environmental-protection company and a weather site, and a
//! bureau reached only by `onclick="window.open('…')"`. A second page links one
//! bureau again under its current name where the home page uses the old one
//! (环境保护局 → 生态环境局). None of the linked hosts is served: the links are
//! evidence, never fetched.

use super::{Site, SiteMeta};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};

const NAME: &str = "广东省生态环境厅";

/// A body the directory links: (name as the reviewer should see it, province,
/// level, URL as linked, scope prefix or "" for the whole host).
pub(crate) const BUREAUS: [(&str, &str, &str, &str, &str); 6] = [
    (
        "韶关市生态环境局",
        "广东省",
        "prefectural",
        "http://sthjj.sg.gov.cn.test/",
        "",
    ),
    (
        "茂名市生态环境局",
        "广东省",
        "prefectural",
        "http://hbj.maoming.gov.cn.test/",
        "",
    ),
    (
        "清远市生态环境局",
        "广东省",
        "prefectural",
        "http://www.gdqy.gov.cn.test/sthjj/index.html",
        "http://www.gdqy.gov.cn.test/sthjj/",
    ),
    (
        "韶关市生态环境局武江分局",
        "广东省",
        "county",
        "http://www.sgwjq.gov.cn.test/wjfj/index.html",
        "http://www.sgwjq.gov.cn.test/wjfj/",
    ),
    (
        "湛江市生态环境局",
        "广东省",
        "prefectural",
        "http://sthjj.zhanjiang.gov.cn.test/",
        "",
    ),
    (
        "梅州市生态环境局",
        "广东省",
        "prefectural",
        "http://sthjj.meizhou.gov.cn.test/",
        "",
    ),
];

/// Linked bodies that are not environmental bureaus: (anchor, URL).
pub(crate) const OTHERS: [(&str, &str); 5] = [
    ("广东省人民政府", "http://www.gd.gov.cn.test/"),
    ("韶关市人民政府", "http://www.sg.gov.cn.test/"),
    ("韶关市教育局", "http://jyj.sg.gov.cn.test/"),
    ("广东绿源环保科技有限公司", "http://www.lvyuan-hb.com.test/"),
    ("中国天气网", "http://www.weather.com.cn.test/"),
];

pub(crate) struct Directory {
    meta: SiteMeta,
}

impl Directory {
    pub(crate) fn new() -> Directory {
        Directory {
            meta: SiteMeta {
                key: "directory",
                name: NAME.into(),
                province: "广东省".into(),
                level: "provincial",
                host: "sthjt.gd.gov.cn.test",
                is_seed: false,
            },
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
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
            related: vec![(OTHERS[0].1.into(), OTHERS[0].0.into())],
            footer: format!("主办：{NAME}"),
        }))
    }

    fn home(&self) -> Reply {
        let li = |(name, url): (&str, &str)| format!("<li><a href=\"{url}\">{name}</a></li>");
        let mut m = String::from("<div class=\"lm_title\"><span>市州生态环境局</span></div>\n<ul>");
        m.push_str(&li((BUREAUS[0].0, BUREAUS[0].3)));
        // The old name: the second page uses the current one.
        m.push_str(&li(("茂名市环境保护局", BUREAUS[1].3)));
        m.push_str(&li((BUREAUS[2].0, BUREAUS[2].3)));
        m.push_str(&li((BUREAUS[3].0, BUREAUS[3].3)));
        m.push_str(&li((OTHERS[1].0, OTHERS[1].1)));
        m.push_str("</ul>\n<h3>友情链接</h3>\n<select onchange=\"window.open(this.value)\">");
        m.push_str("<option value=\"\">—友情链接—</option>");
        for (name, url) in [
            (OTHERS[0].0, OTHERS[0].1),
            (OTHERS[2].0, OTHERS[2].1),
            (OTHERS[3].0, OTHERS[3].1),
            (OTHERS[4].0, OTHERS[4].1),
            (BUREAUS[4].0, BUREAUS[4].3),
        ] {
            m.push_str(&format!("<option value=\"{url}\">{name}</option>"));
        }
        m.push_str("</select>\n<div class=\"bt\">地市链接</div>\n");
        m.push_str(&format!(
            "<a href=\"javascript:void(0)\" onclick=\"window.open('{}')\">{}</a>\n",
            BUREAUS[5].3, BUREAUS[5].0
        ));
        self.page("首页", m)
    }

    fn zwgk(&self) -> Reply {
        let m = format!(
            "<h2>下属单位</h2><ul><li><a href=\"{}index.html\">{}</a></li></ul>\n",
            BUREAUS[1].3, BUREAUS[1].0
        );
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
