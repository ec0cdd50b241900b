//! Site 8: a commercial essay site that reposts reports (`www.wenku-essay.com.test`).
//!
//! Not a seed. A report page on the county portal links here ("原文转载"),
//! so a crawler scoped to seed hosts must never request it: any request in
//! the log is a scope bug. It still serves a page in the style of seed 002
//! (years blanked to 20xx, ads and boilerplate around a work summary) for
//! demo and extraction tests that fetch it directly.

use std::sync::Arc;

use super::{Site, SiteMeta, WebCtx};
use crate::exchange::{Reply, Req};

pub(crate) struct Essay {
    meta: SiteMeta,
    _ctx: Arc<WebCtx>,
}

const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>市环保局20xx年工作总结和20xx年工作计划-众一秘书网</title>\
<meta name=\"keywords\" content=\"工作总结,工作计划,范文\"></head><body>\n\
<div class=\"ad\"><a href=\"/vip.html\">开通VIP免费下载全文</a></div>\n\
<div class=\"pos\">当前位置：<a href=\"/\">众一秘书网</a> &gt; <a href=\"/gzzj/\">工作总结</a> &gt;</div>\n\
<h1>市环保局20xx年工作总结和20xx年工作计划</h1>\n<div class=\"info\">发布时间：2022-07-27 10:20:03</div>\n\
<div class=\"content\"><p>下面是小编为大家整理的市环保局20xx年工作总结和20xx年工作计划，供大家参考。</p>\n\
<p>202x年，洪江市环保局坚持把政府信息公开工作作为推进依法行政的重要手段，紧紧围绕局中心工作，深入贯彻落实《信息公开条例》，注重完善制度机制，扎实推进工作落实，取得了新的进展。\
全年，市环保局通过官方网站、政务微博、微信公众号公开信息9282条，回应公众关注热点及重大舆情764次，答复依申请公开70件。</p>\n\
<p>一、202x年工作总结</p><p>（一）加大环境信息主动公开力度。注重把握政府环境信息公开重点，不断增强主动公开意识，使公开成为常态。</p>\n\
<p>二、20xx年工作计划</p><p>进一步加大信息公开力度，完善依申请公开工作机制。</p></div>\n\
<div class=\"related\"><h4>相关推荐</h4><ul><li><a href=\"/p/8813.html\">20xx年环保局工作总结范文（精选5篇）</a></li><li><a href=\"/p/8814.html\">政府信息公开工作年度报告范文</a></li></ul></div>\n\
<div class=\"footer\">本站文章均来自网络，如有侵权请联系删除。</div></body></html>\n";

impl Essay {
    pub(crate) fn new(ctx: Arc<WebCtx>) -> Essay {
        Essay {
            meta: SiteMeta {
                key: "essay",
                name: "众一秘书网".into(),
                province: String::new(),
                level: "",
                host: "www.wenku-essay.com.test",
                is_seed: false,
            },
            _ctx: ctx,
        }
    }
}

impl Site for Essay {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        match req.path.as_str() {
            "/robots.txt" => Reply::text(200, "User-agent: *\nAllow: /\n"),
            "/" => Reply::html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>众一秘书网</title></head><body><a href=\"/p/8812.html\">市环保局20xx年工作总结和20xx年工作计划</a></body></html>\n".into()),
            "/p/8812.html" => Reply::html(PAGE.into()),
            _ => Reply::not_found(),
        }
    }
}
