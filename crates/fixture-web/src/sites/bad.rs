//! Site 6: a city bureau whose robots.txt answers 500 (`sthjj.bad.gov.cn.test`).
//!
//! RFC 9309 §2.3.1.4: when robots.txt is unreachable because of a server
//! error, the crawler must assume complete disallow. The site has a perfectly
//! good report list behind it, so a crawler that treats 500 like 404 finds
//! reports here, and the request log shows it. None of it is expected.

use std::sync::Arc;

use super::{article, Doc, Kind, Site, SiteMeta, Store, WebCtx};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};

const SITE_NAME: &str = "白德市生态环境局";

pub(crate) struct Bad {
    meta: SiteMeta,
    store: Store,
    _ctx: Arc<WebCtx>,
}

impl Bad {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Bad {
        let docs = (2021..=2023)
            .rev()
            .enumerate()
            .map(|(i, year)| {
                Doc::new(
                    Kind::Report,
                    "nb",
                    SITE_NAME,
                    year,
                    super::publication_date(year, 1),
                )
                .at(700 + i as u64, format!("/xxgk/ndbg/{}.html", 700 + i))
            })
            .collect();
        Bad {
            meta: SiteMeta {
                key: "bad",
                name: SITE_NAME.into(),
                province: "河北省".into(),
                level: "prefectural",
                host: "sthjj.bad.gov.cn.test",
                is_seed: true,
            },
            store: Store::new(docs, 800),
            _ctx: ctx,
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
        Reply::html(render(&Page {
            site_name: SITE_NAME.into(),
            title: title.into(),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                ("/xxgk/ndbg/index.html".into(), "信息公开年报".into()),
            ],
            crumbs: vec![("/".into(), "首页".into())],
            main,
            related: vec![],
            footer: "主办：白德市生态环境局".into(),
        }))
    }
}

impl Site for Bad {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        match req.path.as_str() {
            "/robots.txt" => Reply::new(
                500,
                Some("text/html"),
                "<html><body><h1>500 Internal Server Error</h1></body></html>\n",
            ),
            "/" | "/index.html" => self.page(
                "首页",
                "<p><a href=\"/xxgk/ndbg/index.html\">信息公开年报</a></p>\n".into(),
            ),
            "/xxgk/ndbg/index.html" => self.page(
                "信息公开年报",
                format!("<ul>{}</ul>\n", super::list_items(&self.store.col("nb"))),
            ),
            p => match self.store.by_path(p) {
                Some(d) => self.page(&d.title, article(&d, SITE_NAME, "")),
                None => Reply::not_found(),
            },
        }
    }
}
