//! What a fetched page means for the frontier: the role it plays, which of its links
//! to queue (and which list mechanism found each), where a backfill stops paging, whether its links are read at all.
//! Pure functions of values (the site's [`LinkPolicy`], the page's [`Parsed`], the
//! [`FrontierItem`] it was fetched for); the site orchestrator applies the answers.

use std::sync::LazyLock;

use nianbao_discover::canon;
use nianbao_discover::links::LinkSource;
use nianbao_discover::score::{self, Role};
use regex::Regex;
use url::Url;

use super::page::Parsed;
use crate::seeds::Scope;
use crate::store::{
    FailureKind, FrontierItem, KnownPolicy, ListMechanism, Mode, NewLink, OffscopeLink, PageRole,
    RunKind,
};

/// How a run treats a site: a known site gets the nightly pass, an unknown one is explored.
pub(crate) fn mode_for(kind: RunKind, explored: bool) -> Mode {
    match kind {
        RunKind::Backfill => Mode::Backfill,
        RunKind::Crawl if explored => Mode::Nightly,
        RunKind::Crawl => Mode::Explore,
    }
}

/// What robots.txt's final status means for the site (RFC 9309 §2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RobotsAnswer {
    /// 2xx: parse the rules.
    Rules,
    /// 4xx other than 429: there are no rules.
    AllowAll,
    /// 5xx, 429, or anything else: assume complete disallow for this run.
    OffLimits,
}

pub(crate) fn robots_answer(status: u16) -> RobotsAnswer {
    match status {
        200..=299 => RobotsAnswer::Rules,
        429 => RobotsAnswer::OffLimits,
        400..=499 => RobotsAnswer::AllowAll,
        _ => RobotsAnswer::OffLimits,
    }
}

/// The failure recorded for a site whose robots.txt could not be fetched: the site is
/// off limits (`robots`), except that an egress refusal is recorded as such (it is our
/// rule, not the site's).
pub(crate) fn robots_unreachable(cause: FailureKind) -> FailureKind {
    if cause == FailureKind::Egress {
        FailureKind::Egress
    } else {
        FailureKind::Robots
    }
}

/// One site's rules for following links in one run.
#[derive(Debug, Clone)]
pub(crate) struct LinkPolicy {
    /// The seed URL: links are followed on its host only, and within `scope` there.
    pub seed: Url,
    pub scope: Scope,
    pub mode: Mode,
    /// Inclusive report-year range (`--years`): reports outside it are not queued.
    pub years: Option<(i32, i32)>,
    pub max_depth: u32,
    /// On a nightly pass, pager pages at this index or beyond are not queued.
    pub nightly_list_pages: u32,
}

/// Attachments are followed from the pages that list or are reports, not from every page
/// that links a PDF (site-wide footers link forms and manuals).
pub(crate) fn follows_attachments(role: PageRole) -> bool {
    matches!(role, PageRole::Report | PageRole::List | PageRole::Seed)
}

/// A 304 for a seed or list page outside the nightly pass: read the archived copy again
/// so its links are queued in this run too (an explore or backfill walks every list).
pub(crate) fn reparses_archived(mode: Mode, status: u16, queued_as: PageRole) -> bool {
    status == 304 && mode != Mode::Nightly && matches!(queued_as, PageRole::Seed | PageRole::List)
}

/// Whether a page's links are read: a success that is new (or any success outside the
/// nightly pass), or a 304 whose archived copy was read again.
pub(crate) fn discovers_links(mode: Mode, status: u16, is_new: bool, reparsed: bool) -> bool {
    if status == 304 {
        return reparsed;
    }
    status < 300 && (is_new || mode != Mode::Nightly)
}

/// The role a fetched page plays, from what it was queued as and what it turned out to be.
pub(crate) fn role_of(queued_as: PageRole, p: &Parsed, status: u16) -> PageRole {
    if queued_as == PageRole::PageImage && !p.html {
        return PageRole::PageImage;
    }
    if p.attachment {
        return PageRole::Attachment;
    }
    let seed_or = |other| {
        if queued_as == PageRole::Seed {
            PageRole::Seed
        } else {
            other
        }
    };
    if !p.html || status >= 400 {
        return seed_or(PageRole::Other);
    }
    if p.title.as_deref().is_some_and(is_report_title) {
        return PageRole::Report;
    }
    let pager = p.links.iter().any(|l| {
        matches!(l.source, LinkSource::Pager | LinkSource::Datastore) || is_pager_anchor(&l.anchor)
    });
    let reports = p
        .links
        .iter()
        .filter(|l| matches!(score::score_link(l).0, Role::Report))
        .count();
    if pager || reports >= 2 || queued_as == PageRole::List {
        seed_or(PageRole::List)
    } else {
        seed_or(PageRole::Other)
    }
}

/// The crawler's report test on a title: the extraction crate's classifier (title only,
/// cheap), so the crawl and the archive's extraction agree on what a report is.
pub(crate) fn is_report_title(title: &str) -> bool {
    nianbao_extract::classify_title(title) == nianbao_extract::DocType::AnnualReport
}

static PAGER_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:下一?页|上一?页|尾页|末页|首页|\d{1,4}|>|>>|»|next|prev)$")
        .expect("valid regex")
});

fn is_pager_anchor(anchor: &str) -> bool {
    PAGER_ANCHOR.is_match(anchor.trim().to_ascii_lowercase().as_str())
}

static INDEX_N: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|/)index_(\d{1,5})\.[a-z]+$").expect("valid regex"));
static PAGE_PARAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|&)(?:pagenum|pageno|page|currpage|pageindex|curpage)=(\d{1,5})(?:&|$)")
        .expect("valid regex")
});

/// Where a list page sits in its pagination (0 = first page), and which pagination it belongs to.
pub(crate) fn pager_position(url: &Url) -> (Option<i64>, String) {
    let path = url.path();
    let dir = &path[..path.rfind('/').map(|i| i + 1).unwrap_or(path.len())];
    if let Some(q) = url.query() {
        if let Some(c) = PAGE_PARAM.captures(q) {
            let n: i64 = c[1].parse().unwrap_or(0);
            return (Some((n - 1).max(0)), path.to_string());
        }
    }
    if let Some(c) = INDEX_N.captures(path) {
        return (Some(c[1].parse().unwrap_or(0)), dir.to_string());
    }
    let last = &path[dir.len()..];
    if last.is_empty() || last.starts_with("index.") {
        return (Some(0), dir.to_string());
    }
    (None, dir.to_string())
}

/// `?print=1`-style views: a second copy of a page already queued.
pub(crate) fn is_print_view(url: &Url) -> bool {
    url.query_pairs().any(|(k, _)| {
        let k = k.to_ascii_lowercase();
        k == "print" || k == "printable" || k == "printview" || k == "isprint"
    })
}

/// The mechanism a link (found as `source` on the page fetched for `item`) was
/// found by: a platform list answer's own, else the browser, pager or datastore that
/// produced it, else the mechanism of the pager list page it sits on, else links.
pub(crate) fn mechanism_of(source: LinkSource, item: &FrontierItem) -> ListMechanism {
    let list = item.role == PageRole::List;
    match (item.mechanism, source) {
        (
            Some(m @ (ListMechanism::Gkmlpt | ListMechanism::JpagePost | ListMechanism::Rendered)),
            _,
        ) if list => m,
        (_, LinkSource::Rendered) => ListMechanism::Rendered,
        (_, LinkSource::Pager) => ListMechanism::JsPager,
        (_, LinkSource::Datastore) => ListMechanism::Datastore,
        (Some(ListMechanism::JsPager), _) if list => ListMechanism::JsPager,
        _ => ListMechanism::Links,
    }
}

/// What a discovered link is queued as.
fn link_role(guess: Role, pager: bool) -> PageRole {
    match guess {
        _ if pager => PageRole::List,
        Role::Report => PageRole::Report,
        Role::Attachment => PageRole::Attachment,
        Role::List => PageRole::List,
        Role::Other => PageRole::Other,
    }
}

impl LinkPolicy {
    /// Which links of a page (fetched for `item`, playing `role`, found at `page_url`)
    /// to queue, and which left the site's scope (kept as off-scope links).
    ///
    /// A column of a portal keeps its files in the portal's shared upload folder, so
    /// an attachment outside the scope is still followed when an in-scope page that
    /// follows attachments links it; nothing else outside the scope is.
    ///
    /// Jump-menu options and script targets ([`LinkSource::is_followed`] false) are
    /// never queued, in scope or not: a browser reaches them only by running script,
    /// and they matter as evidence of other sites (kept off-scope with their text,
    /// page and block heading, for `sites suggest`).
    pub(crate) fn links_to_queue(
        &self,
        item: &FrontierItem,
        p: &Parsed,
        role: PageRole,
        page_url: &Url,
    ) -> (Vec<NewLink>, Vec<OffscopeLink>) {
        let parent_is_trap = score::looks_like_trap(page_url);
        let follow_attachments = follows_attachments(role);
        let page_in_scope = self.scope.admits(page_url, &self.seed);
        let mut out = Vec::new();
        let mut offscope = Vec::new();
        for l in &p.links {
            let on_host = canon::same_host(&l.url, &self.seed);
            let (guess, mut priority) = score::score_link(l);
            let in_scope = on_host
                && (self.scope.admits(&l.url, &self.seed)
                    || (guess == Role::Attachment && follow_attachments && page_in_scope));
            if !in_scope {
                if matches!(l.url.scheme(), "http" | "https") {
                    offscope.push(OffscopeLink {
                        url: l.url.to_string(),
                        anchor: l.anchor.clone(),
                        source_url: page_url.to_string(),
                        block_heading: l.block_heading.clone(),
                    });
                }
                continue;
            }
            if !l.source.is_followed() {
                continue;
            }
            let pager = matches!(l.source, LinkSource::Pager) || is_pager_anchor(&l.anchor);
            let trap = score::looks_like_trap(&l.url);
            if trap && parent_is_trap {
                continue; // one step into a calendar or search is enough to see it is one
            }
            if is_print_view(&l.url) {
                continue; // the same document again, differently dressed
            }
            let page_role = role;
            let role = if l.source == LinkSource::PageImage {
                PageRole::PageImage
            } else {
                link_role(guess, pager)
            };
            if role == PageRole::Attachment && !follow_attachments {
                continue;
            }
            if role == PageRole::PageImage && page_role != PageRole::Report {
                continue; // only a report page's scans are its pages
            }
            let year_hint = score::year_hint(&l.anchor);
            if role == PageRole::Report && !self.year_wanted(year_hint) {
                continue;
            }
            let depth = if pager { item.depth } else { item.depth + 1 };
            if depth > self.max_depth {
                continue;
            }
            let (pager_index, group) = if pager || role == PageRole::List {
                pager_position(&l.url)
            } else {
                (None, String::new())
            };
            if pager
                && self.mode == Mode::Nightly
                && pager_index.is_some_and(|i| i >= self.nightly_list_pages as i64)
            {
                continue;
            }
            if pager {
                priority = priority.max(item.priority); // a list's later pages are as urgent as its first
            }
            let fetch = canon::fetch_url(&l.url);
            out.push(NewLink {
                canon: canon::canonical_key(&l.url),
                url: fetch.to_string(),
                role,
                year_hint,
                anchor: l.anchor.chars().take(200).collect(),
                depth,
                priority,
                pager_group: pager.then_some(group),
                pager_index,
                requeue_known: self.requeue_known(role),
                form_body: None,
                mechanism: mechanism_of(l.source, item),
            });
        }
        (out, offscope)
    }

    /// A report of unknown year is always wanted; one of a known year only within `--years`.
    fn year_wanted(&self, year: Option<i32>) -> bool {
        match (self.years, year) {
            (Some((from, to)), Some(y)) => (from..=to).contains(&y),
            _ => true,
        }
    }

    /// Lists are walked again outside the nightly pass (their links may be new to this
    /// run); everything else archived with a 2xx is not fetched again.
    pub(crate) fn requeue_known(&self, role: PageRole) -> KnownPolicy {
        if matches!(role, PageRole::List | PageRole::Seed) && self.mode != Mode::Nightly {
            KnownPolicy::Always
        } else {
            KnownPolicy::SkipIfArchived
        }
    }

    /// On a backfill with `--years`, a list page whose reports are all older than asked
    /// ends the walk down that list (lists run newest first): the pager group and the
    /// index beyond which its still-queued pages are skipped.
    pub(crate) fn backfill_stop(&self, item: &FrontierItem, p: &Parsed) -> Option<(String, i64)> {
        let (from, _) = self.years?;
        if self.mode != Mode::Backfill {
            return None;
        }
        let group = item.pager_group.clone()?;
        let index = item.pager_index?;
        let years: Vec<i32> = p
            .links
            .iter()
            .filter(|l| matches!(score::score_link(l).0, Role::Report))
            .filter_map(|l| score::year_hint(&l.anchor))
            .collect();
        if index >= 1 && !years.is_empty() && years.iter().all(|&y| y < from) {
            Some((group, index))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao_discover::links::Link;

    const SITE: &str = "http://sthjt.example.gov.cn/";

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn item(role: PageRole, depth: u32) -> FrontierItem {
        FrontierItem {
            url_id: 1,
            url: SITE.into(),
            role,
            depth,
            priority: 5000,
            revisit: false,
            year_hint: None,
            pager_group: None,
            pager_index: None,
            etag: None,
            last_modified: None,
            last_capture_id: None,
            last_sha256: None,
            form_body: None,
            mechanism: None,
        }
    }

    fn link(path: &str, anchor: &str, source: LinkSource) -> Link {
        Link {
            url: u(SITE).join(path).unwrap(),
            anchor: anchor.into(),
            source,
            block_heading: None,
        }
    }

    fn a(path: &str, anchor: &str) -> Link {
        link(path, anchor, LinkSource::Anchor)
    }

    fn html(title: &str, links: Vec<Link>) -> Parsed {
        Parsed {
            html: true,
            title: Some(title.into()).filter(|t: &String| !t.is_empty()),
            links,
            ..Parsed::default()
        }
    }

    fn policy(mode: Mode) -> LinkPolicy {
        LinkPolicy {
            seed: u(SITE),
            scope: Scope::Host,
            mode,
            years: None,
            max_depth: 3,
            nightly_list_pages: 3,
        }
    }

    fn queued(p: &LinkPolicy, it: &FrontierItem, page: &Parsed, role: PageRole) -> Vec<String> {
        let (links, _) = p.links_to_queue(it, page, role, &u(SITE));
        links.into_iter().map(|l| l.url).collect()
    }

    const REPORT_2019: (&str, &str) = (
        "/xxgk/ndbg/201902/t20190201_1.html",
        "生态环境厅2019年政府信息公开工作年度报告",
    );
    const REPORT_2017: (&str, &str) = (
        "/xxgk/ndbg/201802/t20180201_1.html",
        "生态环境厅2017年政府信息公开工作年度报告",
    );

    #[test]
    fn modes_follow_the_run_and_what_the_archive_knows() {
        assert_eq!(mode_for(RunKind::Crawl, false), Mode::Explore);
        assert_eq!(mode_for(RunKind::Crawl, true), Mode::Nightly);
        assert_eq!(mode_for(RunKind::Backfill, true), Mode::Backfill);
        assert_eq!(mode_for(RunKind::Backfill, false), Mode::Backfill);
    }

    #[test]
    fn which_answers_have_their_links_read() {
        // A new page is read in every mode; a known one only outside the nightly pass.
        assert!(discovers_links(Mode::Nightly, 200, true, false));
        assert!(!discovers_links(Mode::Nightly, 200, false, false));
        assert!(discovers_links(Mode::Explore, 200, false, false));
        // Redirect chains that end in a 3xx, and errors, have nothing to read.
        assert!(!discovers_links(Mode::Explore, 302, true, false));
        assert!(!discovers_links(Mode::Explore, 404, true, false));
        // A 304 is read only when its archived copy was parsed again.
        assert!(discovers_links(Mode::Backfill, 304, false, true));
        assert!(!discovers_links(Mode::Explore, 304, false, false));
        assert!(reparses_archived(Mode::Backfill, 304, PageRole::List));
        assert!(reparses_archived(Mode::Explore, 304, PageRole::Seed));
        assert!(!reparses_archived(Mode::Nightly, 304, PageRole::List));
        assert!(!reparses_archived(Mode::Explore, 304, PageRole::Report));
        assert!(!reparses_archived(Mode::Explore, 200, PageRole::List));
    }

    #[test]
    fn robots_statuses() {
        assert_eq!(robots_answer(200), RobotsAnswer::Rules);
        assert_eq!(robots_answer(404), RobotsAnswer::AllowAll);
        assert_eq!(robots_answer(401), RobotsAnswer::AllowAll);
        assert_eq!(robots_answer(429), RobotsAnswer::OffLimits);
        assert_eq!(robots_answer(500), RobotsAnswer::OffLimits);
        assert_eq!(robots_answer(302), RobotsAnswer::OffLimits);
        assert_eq!(
            robots_unreachable(FailureKind::Timeout),
            FailureKind::Robots
        );
        assert_eq!(robots_unreachable(FailureKind::Egress), FailureKind::Egress);
    }

    #[test]
    fn roles_of_fetched_pages() {
        let pdf = Parsed {
            attachment: true,
            ..Parsed::default()
        };
        assert_eq!(role_of(PageRole::Report, &pdf, 200), PageRole::Attachment);
        let text = Parsed::default();
        assert_eq!(role_of(PageRole::Seed, &text, 200), PageRole::Seed);
        assert_eq!(role_of(PageRole::List, &text, 200), PageRole::Other);
        let report = html("2019年政府信息公开工作年度报告", vec![]);
        assert_eq!(role_of(PageRole::Other, &report, 200), PageRole::Report);
        assert_eq!(role_of(PageRole::Seed, &report, 200), PageRole::Report);
        // An error page is never a report, whatever its title.
        assert_eq!(role_of(PageRole::Report, &report, 404), PageRole::Other);
        assert_eq!(role_of(PageRole::Seed, &report, 500), PageRole::Seed);
        let pager = html("年报", vec![a("/ndbg/index_1.html", "下一页")]);
        assert_eq!(role_of(PageRole::Other, &pager, 200), PageRole::List);
        assert_eq!(role_of(PageRole::Seed, &pager, 200), PageRole::Seed);
        let two_reports = html(
            "信息公开",
            vec![
                a(REPORT_2019.0, REPORT_2019.1),
                a(REPORT_2017.0, REPORT_2017.1),
            ],
        );
        assert_eq!(role_of(PageRole::Other, &two_reports, 200), PageRole::List);
        let plain = html("机构职能", vec![a("/jgzn/", "机构职能")]);
        assert_eq!(role_of(PageRole::Other, &plain, 200), PageRole::Other);
        assert_eq!(role_of(PageRole::List, &plain, 200), PageRole::List);
    }

    #[test]
    fn links_stay_on_the_site_and_within_the_depth() {
        let page = html(
            "",
            vec![
                a("http://www.gov.cn/", "中国政府网"),
                a("mailto:x@example.gov.cn", "信箱"),
                a("http://sthjt.example.gov.cn:80/xxgk/", "信息公开"),
                link("/ndbg/index_1.html", "2", LinkSource::Pager),
            ],
        );
        let p = policy(Mode::Explore);
        let (links, offscope) =
            p.links_to_queue(&item(PageRole::Seed, 0), &page, PageRole::Seed, &u(SITE));
        let off: Vec<_> = offscope.iter().map(|o| o.url.as_str()).collect();
        assert_eq!(off, ["http://www.gov.cn/"]);
        assert_eq!(offscope[0].anchor, "中国政府网");
        assert_eq!(offscope[0].source_url, SITE);
        let urls: Vec<_> = links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "http://sthjt.example.gov.cn/xxgk/",
                "http://sthjt.example.gov.cn/ndbg/index_1.html"
            ]
        );
        let pager = &links[1];
        assert_eq!((pager.depth, pager.role), (0, PageRole::List));
        assert_eq!(pager.pager_group.as_deref(), Some("/ndbg/"));
        assert_eq!(pager.pager_index, Some(1));
        assert!(
            pager.priority >= 5000,
            "a list's next page is as urgent as the list"
        );
        assert_eq!(links[0].depth, 1);
        // At the depth limit only the pager (same depth) is still followed.
        let deep = queued(&p, &item(PageRole::List, 3), &page, PageRole::List);
        assert_eq!(deep, ["http://sthjt.example.gov.cn/ndbg/index_1.html"]);
    }

    /// A column seed on a portal stays in its column: the other departments' columns
    /// (even their annual reports) are off-scope; the portal's shared upload folder is
    /// followed for attachments of in-scope pages only.
    #[test]
    fn a_column_seed_stays_in_its_column() {
        let p = LinkPolicy {
            seed: u("http://sthjt.example.gov.cn/sthjj/"),
            scope: Scope::Prefix("/sthjj/".into()),
            ..policy(Mode::Explore)
        };
        let page = html(
            "",
            vec![
                a(
                    "/sthjj/ndbg/t1.html",
                    "某市生态环境局2019年政府信息公开工作年度报告",
                ),
                a("/STHJJ/xxgk/", "信息公开"),
                a(
                    "/jyj/ndbg/t2.html",
                    "某市教育局2019年政府信息公开工作年度报告",
                ),
                a("/sthjjx/", "相似的目录"),
                a("/", "首页"),
                a("/uploadfiles/2020/01/nb2019.pdf", "附件"),
                a("http://www.gov.cn/", "中国政府网"),
            ],
        );
        let column = u("http://sthjt.example.gov.cn/sthjj/ndbg/index.html");
        let (links, offscope) =
            p.links_to_queue(&item(PageRole::List, 1), &page, PageRole::List, &column);
        let urls: Vec<_> = links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "http://sthjt.example.gov.cn/sthjj/ndbg/t1.html",
                "http://sthjt.example.gov.cn/STHJJ/xxgk/",
                "http://sthjt.example.gov.cn/uploadfiles/2020/01/nb2019.pdf"
            ]
        );
        let off: Vec<_> = offscope.iter().map(|o| o.url.as_str()).collect();
        assert_eq!(
            off,
            [
                "http://sthjt.example.gov.cn/jyj/ndbg/t2.html",
                "http://sthjt.example.gov.cn/sthjjx/",
                "http://sthjt.example.gov.cn/",
                "http://www.gov.cn/"
            ]
        );
        // An out-of-scope page (reached by a redirect, say) leads to no attachments.
        let elsewhere = u("http://sthjt.example.gov.cn/czj/index.html");
        let (links, _) =
            p.links_to_queue(&item(PageRole::List, 1), &page, PageRole::List, &elsewhere);
        assert!(links
            .iter()
            .all(|l| l.url.contains("/sthjj/") || l.url.contains("/STHJJ/")));
        // Nor does an in-scope page that follows no attachments.
        let (links, _) =
            p.links_to_queue(&item(PageRole::Other, 1), &page, PageRole::Other, &column);
        assert!(!links.iter().any(|l| l.url.ends_with(".pdf")));
    }

    #[test]
    fn nightly_passes_page_only_the_first_list_pages() {
        let page = html(
            "",
            (1..6)
                .map(|i| {
                    link(
                        &format!("/ndbg/index_{i}.html"),
                        &format!("{}", i + 1),
                        LinkSource::Pager,
                    )
                })
                .collect(),
        );
        let nightly = queued(
            &policy(Mode::Nightly),
            &item(PageRole::List, 1),
            &page,
            PageRole::List,
        );
        assert_eq!(nightly.len(), 2, "{nightly:?}");
        let explore = queued(
            &policy(Mode::Explore),
            &item(PageRole::List, 1),
            &page,
            PageRole::List,
        );
        assert_eq!(explore.len(), 5);
    }

    #[test]
    fn reports_outside_the_years_are_not_queued() {
        let page = html(
            "",
            vec![
                a(REPORT_2019.0, REPORT_2019.1),
                a(REPORT_2017.0, REPORT_2017.1),
                a(
                    "/xxgk/ndbg/t1.html",
                    "某某市生态环境局政府信息公开工作年度报告",
                ),
            ],
        );
        let p = LinkPolicy {
            years: Some((2019, 2020)),
            ..policy(Mode::Backfill)
        };
        let (links, _) =
            p.links_to_queue(&item(PageRole::List, 1), &page, PageRole::List, &u(SITE));
        let got: Vec<_> = links.iter().map(|l| (l.role, l.year_hint)).collect();
        assert_eq!(
            got,
            [(PageRole::Report, Some(2019)), (PageRole::Report, None)]
        );
        assert!(links
            .iter()
            .all(|l| l.requeue_known == KnownPolicy::SkipIfArchived));
        assert_eq!(
            queued(
                &policy(Mode::Backfill),
                &item(PageRole::List, 1),
                &page,
                PageRole::List
            )
            .len(),
            3
        );
    }

    #[test]
    fn print_views_traps_and_stray_attachments_are_skipped() {
        let page = html(
            "",
            vec![
                a("/xxgk/t1.html?print=1", "打印本页"),
                a("/search/index.jsp?q=x", "搜索"),
                a("/upload/2019ndbg.pdf", "附件"),
            ],
        );
        let from_list = queued(
            &policy(Mode::Explore),
            &item(PageRole::List, 1),
            &page,
            PageRole::List,
        );
        assert_eq!(
            from_list,
            [
                "http://sthjt.example.gov.cn/search/index.jsp?q=x",
                "http://sthjt.example.gov.cn/upload/2019ndbg.pdf"
            ]
        );
        // A page of no interest does not lead to attachments.
        let from_other = queued(
            &policy(Mode::Explore),
            &item(PageRole::Other, 1),
            &page,
            PageRole::Other,
        );
        assert_eq!(
            from_other,
            ["http://sthjt.example.gov.cn/search/index.jsp?q=x"]
        );
        // One step into a trap is enough: a trap page's trap links are not followed.
        let (links, _) = policy(Mode::Explore).links_to_queue(
            &item(PageRole::Other, 1),
            &page,
            PageRole::Other,
            &u("http://sthjt.example.gov.cn/search/index.jsp?q=y"),
        );
        assert!(links.is_empty(), "{links:?}");
        assert!(follows_attachments(PageRole::Seed) && !follows_attachments(PageRole::Other));
    }

    #[test]
    fn lists_are_walked_again_outside_the_nightly_pass() {
        let page = html("", vec![a("/xxgk/", "信息公开")]);
        let role_of_link = |mode| {
            let (links, _) = policy(mode).links_to_queue(
                &item(PageRole::Seed, 0),
                &page,
                PageRole::Seed,
                &u(SITE),
            );
            (links[0].role, links[0].requeue_known)
        };
        let (role, explore) = role_of_link(Mode::Explore);
        if role == PageRole::List {
            assert_eq!(explore, KnownPolicy::Always);
            assert_eq!(role_of_link(Mode::Nightly).1, KnownPolicy::SkipIfArchived);
        } else {
            assert_eq!(explore, KnownPolicy::SkipIfArchived);
        }
        let p = policy(Mode::Explore);
        assert_eq!(p.requeue_known(PageRole::List), KnownPolicy::Always);
        assert_eq!(
            p.requeue_known(PageRole::Report),
            KnownPolicy::SkipIfArchived
        );
        assert_eq!(
            policy(Mode::Nightly).requeue_known(PageRole::Seed),
            KnownPolicy::SkipIfArchived
        );
    }

    #[test]
    fn backfill_stops_paging_below_the_years() {
        let p = LinkPolicy {
            years: Some((2019, 2020)),
            ..policy(Mode::Backfill)
        };
        let paged = |index| FrontierItem {
            pager_group: Some("/ndbg/".into()),
            pager_index: Some(index),
            ..item(PageRole::List, 1)
        };
        let old = html("", vec![a(REPORT_2017.0, REPORT_2017.1)]);
        let mixed = html(
            "",
            vec![
                a(REPORT_2017.0, REPORT_2017.1),
                a(REPORT_2019.0, REPORT_2019.1),
            ],
        );
        let empty = html("", vec![]);
        assert_eq!(p.backfill_stop(&paged(2), &old), Some(("/ndbg/".into(), 2)));
        assert_eq!(
            p.backfill_stop(&paged(0), &old),
            None,
            "the first page is never the end"
        );
        assert_eq!(p.backfill_stop(&paged(2), &mixed), None);
        assert_eq!(p.backfill_stop(&paged(2), &empty), None);
        assert_eq!(p.backfill_stop(&item(PageRole::List, 1), &old), None);
        assert_eq!(policy(Mode::Backfill).backfill_stop(&paged(2), &old), None);
        let explore = LinkPolicy {
            mode: Mode::Explore,
            ..p.clone()
        };
        assert_eq!(explore.backfill_stop(&paged(2), &old), None);
    }

    #[test]
    fn pager_positions() {
        assert_eq!(
            pager_position(&u("http://a/x/ndbg/index_3.html")),
            (Some(3), "/x/ndbg/".into())
        );
        assert_eq!(
            pager_position(&u("http://a/x/ndbg/index.html")),
            (Some(0), "/x/ndbg/".into())
        );
        assert_eq!(
            pager_position(&u("http://a/col/col1/index.html?uid=4&pageNum=2")),
            (Some(1), "/col/col1/index.html".into())
        );
        assert_eq!(pager_position(&u("http://a/list?pageNo=1")).0, Some(0));
        assert_eq!(pager_position(&u("http://a/info/1234/56789.htm")).0, None);
        assert!(is_print_view(&u("http://a/x.html?Print=1")));
        assert!(!is_print_view(&u("http://a/x.html?id=1")));
    }

    #[test]
    fn pager_anchors() {
        for a in ["下一页", "下页", "尾页", "2", " 3 ", "»"] {
            assert!(is_pager_anchor(a), "{a}");
        }
        for a in ["2019年度报告", "首页新闻", ""] {
            assert!(!is_pager_anchor(a), "{a}");
        }
    }
}
