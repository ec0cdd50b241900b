//! Ground truth for crawler tests, computed from the live site stores (so it
//! follows `add_report`).
//!
//! The rules, and why each is so:
//! - only seed sites: the repost site is out of scope and the large site is
//!   not a seed;
//! - not the robots-500 site: a polite crawler fetches nothing there;
//! - reports at their *final* URL (the county's 301'ed report counts once);
//! - the WAF site's 503-then-200 reports count (a retry gets them); its
//!   challenge, 403, slow, trickle and oversized pages are not reports;
//! - reports of every department on the county portal are listed (flagged
//!   `environmental: false` when not from an environmental bureau);
//! - attachments are those linked from the expected report pages, resolved
//!   (against `<base href>` where the page has one).

use std::sync::Arc;

use crate::sites::{Site, WebCtx};
use crate::{Expected, ExpectedDoc, SiteInfo};

/// Hosts that seed sites link to but that are not seeds.
const LINKED_OFF_SCOPE: [&str; 6] = [
    "www.gov.cn.test",
    "www.zj.gov.cn.test",
    "www.hunan.gov.cn.test",
    "www.huaihua.gov.cn.test",
    "www.jiangxi.gov.cn.test",
    "beian.miit.gov.cn.test",
];

pub(crate) fn compute(ctx: &WebCtx, sites: &[Arc<dyn Site>], infos: &[SiteInfo]) -> Expected {
    let mut e = Expected::default();
    for (site, info) in sites.iter().zip(infos) {
        let m = site.meta();
        if m.key == "bad" {
            e.robots_500_hosts.push(info.host.clone());
            continue;
        }
        if !m.is_seed {
            if m.key == "essay" {
                e.off_scope_hosts.push(info.host.clone());
            }
            continue;
        }
        for prefix in site.disallowed() {
            e.disallowed_prefixes.push((info.host.clone(), prefix));
        }
        let origin = ctx.origin(m.key);
        for d in site.reachable_reports() {
            let doc = |url: String| ExpectedDoc {
                url,
                site_key: m.key.to_string(),
                year: d.year,
                title: d.title.clone(),
                agency: d.agency.clone(),
                environmental: d.environmental,
            };
            e.reports.push(doc(format!("{origin}{}", d.path)));
            for a in &d.attachments {
                e.attachments.push(doc(format!("{origin}{}", a.target)));
            }
        }
    }
    e.off_scope_hosts
        .extend(LINKED_OFF_SCOPE.iter().map(|h| h.to_string()));
    e.reports.sort_by(|a, b| a.url.cmp(&b.url));
    e.attachments.sort_by(|a, b| a.url.cmp(&b.url));
    e
}
