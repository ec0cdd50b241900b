//! Site 9 (optional): a large site for the crawl benchmark (`big.gov.cn.test`).
//!
//! About n pages: a home page, list pages of 50 article links each, and
//! articles of 8–15 KB with a handful of links (nav, its list, siblings).
//! About one article in 20 is an annual report (the same templates as the
//! bureau sites). Everything is computed from the path on request: memory
//! does not grow with n. robots.txt is 404 (no restrictions).

use super::{Doc, Kind, Site, SiteMeta};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::{fnv64, Date, Rng};

pub(crate) struct Large {
    meta: SiteMeta,
    articles: usize,
    lists: usize,
}

const PER_LIST: usize = 50;

impl Large {
    pub(crate) fn new(n: usize) -> Large {
        let n = n.max(3);
        // n = 1 home + lists + articles, lists = ceil(articles / 50).
        let lists = (n - 1).div_ceil(PER_LIST + 1).max(1);
        let articles = (n - 1 - lists).max(1);
        Large {
            meta: SiteMeta {
                key: "large",
                name: "大城市生态环境局".into(),
                province: "大城省".into(),
                level: "prefectural",
                host: "big.gov.cn.test",
                is_seed: false,
            },
            articles,
            lists,
        }
    }

    fn page(&self, title: &str, main: String, related: Vec<(String, String)>) -> Reply {
        Reply::html(render(&Page {
            site_name: "大城市生态环境局".into(),
            title: title.into(),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                ("/list/0.html".into(), "信息公开".into()),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related,
            footer: "大城市生态环境局 版权所有".into(),
        }))
        .cache(true, Some(Date::new(2023, 6, 1).system_time()))
    }

    fn article_title(&self, id: usize) -> (String, bool, i32) {
        let year = 2008 + (id % 16) as i32;
        if id % 20 == 7 {
            let agency = format!("大城市生态环境局第{}分局", id / 20 + 1);
            (super::title(Kind::Report, &agency, year), true, year)
        } else {
            (format!("大城市生态环境工作动态（第{id}期）"), false, year)
        }
    }

    fn article(&self, id: usize) -> Reply {
        let (title, is_report, year) = self.article_title(id);
        let a = self.articles;
        let sib = |k: usize| {
            let j = (id + k) % a;
            (format!("/a/{j}.html"), self.article_title(j).0)
        };
        let related = vec![
            sib(1),
            sib(a - 1),
            sib(7),
            (format!("/list/{}.html", id / PER_LIST), "返回列表".into()),
        ];
        let main = if is_report {
            let agency = format!("大城市生态环境局第{}分局", id / 20 + 1);
            let d = Doc::new(
                Kind::Report,
                "nb",
                &agency,
                year,
                super::publication_date(year, id as u64),
            )
            .at(id as u64, format!("/a/{id}.html"));
            super::article(&d, &agency, "")
        } else {
            let mut rng = Rng::new(fnv64(&id.to_le_bytes()));
            let target = 7_000 + rng.range(0, 6_000) as usize;
            let mut s = format!("<div class=\"article\"><h1>{title}</h1><div class=\"content\">");
            let mut i = 0;
            while s.len() < target {
                s.push_str(&format!(
                    "<p>第{i}段：{year}年，大城市生态环境局持续推进大气、水、土壤污染防治，全年监测数据{}条，办理信访件{}件。</p>\n",
                    rng.range(100, 99_999),
                    rng.range(1, 500)
                ));
                i += 1;
            }
            s.push_str("</div></div>\n");
            s
        };
        self.page(&title, main, related)
    }

    fn list(&self, k: usize) -> Reply {
        let mut s = String::from("<ul class=\"list\">\n");
        for id in k * PER_LIST..((k + 1) * PER_LIST).min(self.articles) {
            s.push_str(&format!(
                "<li><a href=\"/a/{id}.html\">{}</a></li>\n",
                self.article_title(id).0
            ));
        }
        s.push_str("</ul><div class=\"page\">");
        if k > 0 {
            s.push_str(&format!("<a href=\"/list/{}.html\">上一页</a> ", k - 1));
        }
        if k + 1 < self.lists {
            s.push_str(&format!("<a href=\"/list/{}.html\">下一页</a> ", k + 1));
        }
        s.push_str(&format!(
            "<a href=\"/list/{}.html\">尾页</a></div>\n",
            self.lists - 1
        ));
        self.page(&format!("信息公开（第{}页）", k + 1), s, vec![])
    }
}

impl Site for Large {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        if p == "/" || p == "/index.html" {
            let mut s = String::from("<ul>");
            for k in 0..self.lists.min(20) {
                s.push_str(&format!(
                    "<li><a href=\"/list/{k}.html\">信息公开第{}页</a></li>",
                    k + 1
                ));
            }
            s.push_str("</ul>\n");
            return self.page("大城市生态环境局", s, vec![]);
        }
        let num = |prefix: &str| {
            p.strip_prefix(prefix)
                .and_then(|r| r.strip_suffix(".html"))
                .and_then(|n| n.parse::<usize>().ok())
        };
        if let Some(k) = num("/list/") {
            if k < self.lists {
                return self.list(k);
            }
        }
        if let Some(id) = num("/a/") {
            if id < self.articles {
                return self.article(id);
            }
        }
        Reply::not_found()
    }
}
