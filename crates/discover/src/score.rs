//! Which links to fetch first, and what we expect behind them.
//!
//! The crawl budget per site is small (a nightly run should be cheap outside
//! January–March), so the frontier is a priority queue and this module
//! provides the priorities. The signals are the ones `docs/sites.md` lists:
//! anchor texts (年报, 年度报告, 政府信息公开…), URL tokens used by real sites
//! for the report column (`gknb`, `ndbg`, `XxgkAnnualReport`…), attachment
//! extensions, and trap shapes. Look-alikes (工作要点, 工作总结, 环境状况公报,
//! 决算, the notices about compiling the reports) are demoted, never dropped:
//! a wrong guess here must cost a fetch, not a report.
//!
//! Scores are plain `i32`s on a fixed scale (the `PRIO_*` constants) so the
//! engine can mix them with depth or age penalties.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use crate::links::{Link, LinkSource};

/// What a link probably leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// An annual disclosure report page.
    Report,
    /// A file to archive (PDF, DOC…).
    Attachment,
    /// A list or column page that may lead to reports.
    List,
    /// Anything else.
    Other,
}

/// Anchor names a report (年度报告 / 年报 with 信息公开).
pub const PRIO_REPORT: i32 = 100;
/// An attachment whose anchor names a report.
pub const PRIO_REPORT_ATTACHMENT: i32 = 95;
/// URL carries a report-column token and the link looks like an article.
pub const PRIO_REPORT_URL: i32 = 90;
/// The report column itself (信息公开年报, or a `gknb`/`ndbg` list URL).
pub const PRIO_REPORT_LIST: i32 = 80;
/// Pages of a pager. The engine should use `max(parent priority, this)`:
/// a pager inherits its list's priority.
pub const PRIO_PAGER: i32 = 70;
/// Disclosure sections (政府信息公开, 信息公开, 政务公开).
pub const PRIO_DISCLOSURE_LIST: i32 = 60;
/// Other attachments.
pub const PRIO_ATTACHMENT: i32 = 30;
/// Everything else.
pub const PRIO_OTHER: i32 = 10;
/// Look-alikes: 工作要点, 工作总结, 公报, 决算, notices about compiling reports.
pub const PRIO_NOT_REPORT: i32 = 5;
/// Calendars, search, print views, runaway paths.
pub const PRIO_TRAP: i32 = -100;

const URL_TOKENS: &[&str] = &[
    "gknb",
    "xxgknb",
    "zfxxgknb",
    "ndbg",
    "xxgkndbg",
    "zfxxgkndbg",
    "ndxxgkbg",
    "gbsxxgkgzndbg",
    "xxgkannualreport",
    "2018nb",
    "nbzl",
];

fn has_url_token(url: &Url) -> bool {
    // Tokens are whole path segments or segment prefixes/suffixes split on
    // `_`, `-`, `.`; a plain substring test would fire on e.g. "windbg".
    let path = url.path();
    path.split(['/', '_', '-', '.']).any(|seg| {
        URL_TOKENS.iter().any(|t| seg.eq_ignore_ascii_case(t))
            || (seg.len() == 6
                && seg[..4].bytes().all(|c| c.is_ascii_digit())
                && seg[4..].eq_ignore_ascii_case("nb"))
    }) || url
        .query()
        .is_some_and(|q| q.to_ascii_lowercase().contains("annualreport"))
}

/// Traditional-script spellings show up on reposts and Hong Kong mirrors.
fn norm(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains([
        '報', '開', '資', '訊', '黃', '點', '結', '總', '關', '於', '編', '製', '發', '佈', '決',
        '算', '環', '境', '狀', '況', '務', '訊',
    ]) {
        let s: String = text
            .chars()
            .map(|c| match c {
                '報' => '报',
                '開' => '开',
                '資' | '訊' => '信', // 資訊公開 ≈ 信息公开 for our purposes
                '點' => '点',
                '結' => '结',
                '總' => '总',
                '關' => '关',
                '於' => '于',
                '編' => '编',
                '製' => '制',
                '發' => '发',
                '佈' => '布',
                '決' => '决',
                '務' => '务',
                '狀' => '状',
                '況' => '况',
                _ => c,
            })
            .collect();
        std::borrow::Cow::Owned(s.replace("信信", "信息"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn names_report(t: &str) -> bool {
    t.contains("年度报告")
        || t.contains("年报")
        || t.contains("年度工作报告")
        || (t.contains("信息公开") && t.contains("工作报告"))
}

/// The wordings a 详见附件 page links its document with on a download endpoint
/// that carries no file name (`download.do?id=…`): 附件下载, 点击下载, 原文下载, 全文下载…
fn names_download(t: &str) -> bool {
    t.contains("下载") || t.contains("附件") || t.contains("原文") || t.contains("全文")
}

fn is_disclosure(t: &str) -> bool {
    t.contains("信息公开") || t.contains("政务公开")
}

/// Look-alikes that name 年度/报告 words but are not the report.
fn is_lookalike(t: &str) -> bool {
    t.contains("工作要点")
        || t.contains("要点")
        || t.contains("工作总结")
        || t.contains("公报")
        || t.contains("决算")
        || t.contains("预算")
        || t.contains("编制")
        || (t.contains("通知")
            && (t.contains("做好") || t.contains("发布工作") || t.contains("报送")))
}

/// Cheap title test: does this title look like an annual disclosure report?
///
/// Needs a report word (年度报告, 年报, 年度工作报告, or 工作报告 next to
/// 信息公开) and a disclosure word (信息公开 / 政务公开) — or 年报 in a
/// 公开年报 column sense — and none of the look-alike words (工作要点,
/// 工作总结, 公报, 决算, 预算, 编制, notices about 做好…发布工作).
/// Traditional characters are folded first.
pub fn looks_like_report_title(title: &str) -> bool {
    let t = norm(title);
    let t = t.as_ref();
    (names_report(t) && (is_disclosure(t) || t.contains("公开年报"))) && !is_lookalike(t)
}

/// A year a title or anchor text names as the report year.
///
/// `2019年度…` beats a plain `2019年…`, which beats a date (`2021年1月`);
/// a bare four-digit year is used only when the text names a report.
/// Chinese-numeral years (`二〇一九年`, `二零二零年度`) are read too.
/// `20xx` and years outside 2000..=2100 give None.
pub fn year_hint(text: &str) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\d{4})\s*年(度)?(\s*\d{1,2}\s*月)?").expect("static regex"));
    static CN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([〇零○Ｏ一二三四五六七八九]{4})\s*年(度)?").expect("static regex")
    });
    static BARE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\D)(20\d\d)(?:\D|$)").expect("static regex"));
    let ok = |y: i32| (2000..=2100).contains(&y);
    let mut best: Option<(u8, i32)> = None; // (rank, year); lower rank wins, first wins ties
    let consider = |best: &mut Option<(u8, i32)>, rank: u8, y: i32| {
        if ok(y) && best.is_none_or(|(r, _)| rank < r) {
            *best = Some((rank, y));
        }
    };
    for c in YEAR.captures_iter(text) {
        let Ok(y) = c[1].parse::<i32>() else { continue };
        let rank = if c.get(2).is_some() {
            0
        } else if c.get(3).is_some() {
            3
        } else {
            1
        };
        consider(&mut best, rank, y);
    }
    for c in CN_YEAR.captures_iter(text) {
        let mut y = 0i32;
        for ch in c[1].chars() {
            let d = match ch {
                '〇' | '零' | '○' | 'Ｏ' => 0,
                '一' => 1,
                '二' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                _ => 0,
            };
            y = y * 10 + d;
        }
        consider(&mut best, if c.get(2).is_some() { 0 } else { 1 }, y);
    }
    if best.is_none() && names_report(&norm(text)) {
        if let Some(c) = BARE.captures(text) {
            if let Ok(y) = c[1].parse::<i32>() {
                consider(&mut best, 4, y);
            }
        }
    }
    best.map(|(_, y)| y)
}

const ATTACHMENT_EXTS: &[&str] = &["pdf", "doc", "docx", "wps", "xls", "xlsx"];

fn has_attachment_ext(s: &str) -> bool {
    s.rsplit_once('.')
        .is_some_and(|(_, ext)| ATTACHMENT_EXTS.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// Download endpoints that serve files without an extension in the path
/// (Hanweb `downfile.jsp`, generic `download.jsp`/`.aspx`/`.do`, `attachment.jsp`).
fn is_download_endpoint(url: &Url) -> bool {
    let last = url.path().rsplit('/').next().unwrap_or("");
    let stem = last.split('.').next().unwrap_or("").to_ascii_lowercase();
    matches!(
        stem.as_str(),
        "download"
            | "downfile"
            | "downloadfile"
            | "filedownload"
            | "attachment"
            | "getfile"
            | "downloadattach"
    )
}

/// Is this URL an attachment we archive (PDF/DOC/DOCX/WPS/XLS/XLSX by
/// extension of the path, or of a query value such as
/// `download.jsp?filename=报告.pdf`)?
///
/// A bare download endpoint without any file-ish hint is not enough here
/// (it could be anything); [`score_link`] accepts it when the anchor names
/// a document.
pub fn is_attachment_url(url: &Url) -> bool {
    if has_attachment_ext(url.path()) {
        return true;
    }
    is_download_endpoint(url) && url.query_pairs().any(|(_, v)| has_attachment_ext(v.trim()))
}

/// Is this URL shaped like a crawler trap?
///
/// Calendar parameters (`date=`, `year=`+`month=`, `day=`), search and
/// query endpoints, print views (`print=1`, `/print/`, `printpage`),
/// very long URLs (> 2000 bytes), deep paths (> 12 segments) and paths
/// in which one segment occurs 3 or more times (relative-link loops such as
/// `/a/b/a/b/a/b/`).
pub fn looks_like_trap(url: &Url) -> bool {
    if url.as_str().len() > 2000 {
        return true;
    }
    let path = url.path();
    // Depth and repeated segments without allocating: compare each segment
    // with the ones after it (at most 13 segments get here).
    for (i, seg) in path.split('/').filter(|s| !s.is_empty()).enumerate() {
        if i >= 12 {
            return true;
        }
        let later = path
            .split('/')
            .filter(|s| !s.is_empty())
            .skip(i + 1)
            .filter(|t| *t == seg)
            .count();
        if later >= 2 {
            return true;
        }
    }
    let lpath = path.to_ascii_lowercase();
    if lpath.contains("/search")
        || lpath.contains("search.")
        || lpath.contains("/was5/")
        || lpath.contains("/print/")
        || lpath.contains("printpage")
        || lpath.contains("calendar")
        || lpath.contains("/jrobot/")
    {
        return true;
    }
    let mut has_year = false;
    let mut has_month = false;
    for (k, v) in url.query_pairs() {
        let k = k.to_ascii_lowercase();
        match k.as_str() {
            "date" | "day" | "calendar" | "searchword" | "keyword" | "keywords" | "q" | "query"
            | "wd" => return true,
            "print" | "printable" | "isprint" if v != "0" && v != "false" => return true,
            "year" => has_year = true,
            "month" => has_month = true,
            _ => {}
        }
    }
    has_year && has_month
}

/// A role guess and a priority (higher = fetch sooner) for a link.
///
/// Order of evaluation: traps first (lowest), then attachments, then report
/// anchors, look-alikes, report-column URLs, disclosure columns, pager
/// pages, the rest. See the `PRIO_*` constants for the scale.
pub fn score_link(link: &Link) -> (Role, i32) {
    let url = &link.url;
    if looks_like_trap(url) {
        let role = if link.source == LinkSource::Pager {
            Role::List
        } else {
            Role::Other
        };
        return (role, PRIO_TRAP);
    }
    if link.source == LinkSource::PageImage {
        // the report itself, one page per image
        return (Role::Attachment, PRIO_REPORT_ATTACHMENT);
    }
    let anchor = norm(&link.anchor);
    let a = anchor.as_ref();
    let lookalike = is_lookalike(a);
    let report_anchor = names_report(a) && !lookalike;

    let attach = is_attachment_url(url)
        || (is_download_endpoint(url)
            && (has_attachment_ext(a) || report_anchor || names_download(a)));
    if attach {
        return (
            Role::Attachment,
            if report_anchor {
                PRIO_REPORT_ATTACHMENT
            } else if lookalike {
                PRIO_NOT_REPORT
            } else {
                PRIO_ATTACHMENT
            },
        );
    }
    if link.source == LinkSource::Pager {
        return (Role::List, PRIO_PAGER);
    }
    if lookalike {
        return (Role::Other, PRIO_NOT_REPORT);
    }
    if report_anchor {
        // "信息公开年报" / "政府信息公开年报" without a year is the column, not a report.
        // (A cheap "mentions a year at all" test; year_hint's regexes cost
        // a microsecond per anchor and the answer only needs to be "none".)
        let mentions_year = a.bytes().any(|c| c.is_ascii_digit()) || a.contains(['〇', '零', '○']);
        if !mentions_year && a.chars().count() <= 12 {
            return (Role::List, PRIO_REPORT_LIST);
        }
        return (Role::Report, PRIO_REPORT);
    }
    if has_url_token(url) {
        // A report column URL: directory-like or index page → list; article-like → report.
        let last = url.path().rsplit('/').next().unwrap_or("");
        let is_index = last.is_empty()
            || last.to_ascii_lowercase().starts_with("index")
            || last.to_ascii_lowercase().starts_with("list")
            || url
                .query()
                .is_some_and(|q| q.contains("pageNum") || q.contains("page="));
        return if is_index {
            (Role::List, PRIO_REPORT_LIST)
        } else {
            (Role::Report, PRIO_REPORT_URL)
        };
    }
    if is_disclosure(a) {
        return (Role::List, PRIO_DISCLOSURE_LIST);
    }
    (Role::Other, PRIO_OTHER)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str, anchor: &str, source: LinkSource) -> Link {
        Link {
            url: Url::parse(url).unwrap(),
            anchor: anchor.to_owned(),
            source,
            block_heading: None,
        }
    }
    fn sc(url: &str, anchor: &str) -> (Role, i32) {
        score_link(&link(url, anchor, LinkSource::Anchor))
    }

    #[test]
    fn report_titles() {
        for t in [
            "2019年政府信息公开工作年度报告",
            "湖南省生态环境厅2020年度政府信息公开工作年度报告",
            "怀化市环境保护局2017年政府信息公开工作年度报告",
            "遼寧省環保廳2011年政府資訊公開工作年度報告",
            "2010年政府信息公开工作报告",
            "某县生态环境分局2021年政务公开年报",
        ] {
            assert!(looks_like_report_title(t), "{t}");
        }
        for t in [
            "保山市生态环境局昌宁分局2022年政务公开工作要点",
            "2020年政府信息公开工作总结",
            "2019年湖南省生态环境状况公报",
            "关于做好2020年政府信息公开工作年度报告编制发布工作的通知",
            "2019年部门决算公开",
            "2020年环境质量年报",
            "首页",
        ] {
            assert!(!looks_like_report_title(t), "{t}");
        }
    }

    #[test]
    fn years() {
        assert_eq!(year_hint("2019年政府信息公开工作年度报告"), Some(2019));
        assert_eq!(year_hint("2019年度"), Some(2019));
        assert_eq!(year_hint("政府信息公开工作年度报告（2020年）"), Some(2020));
        assert_eq!(year_hint("2021年1月25日发布 2020年度报告"), Some(2020));
        assert_eq!(year_hint("2021年1月25日"), Some(2021));
        assert_eq!(year_hint("二〇一九年政府信息公开工作年度报告"), Some(2019));
        assert_eq!(year_hint("二零二零年度"), Some(2020));
        assert_eq!(year_hint("20xx年政府信息公开工作年度报告"), None);
        assert_eq!(year_hint("202x年度"), None);
        assert_eq!(year_hint("1998年报告"), None);
        assert_eq!(year_hint("9999年"), None);
        assert_eq!(year_hint("政府信息公开年报2018"), Some(2018));
        assert_eq!(year_hint("电话 20185678"), None);
        assert_eq!(year_hint(""), None);
    }

    #[test]
    fn attachments() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(is_attachment_url(&u(
            "http://a.gov.cn/xxgk/202101/W020210125123456.pdf"
        )));
        assert!(is_attachment_url(&u("http://a.gov.cn/x/P020210125.DOCX")));
        assert!(is_attachment_url(&u("http://a.gov.cn/x/a.wps")));
        assert!(is_attachment_url(&u(
            "http://a.gov.cn/module/download/downfile.jsp?classid=0&filename=2101251.pdf"
        )));
        assert!(!is_attachment_url(&u(
            "http://a.gov.cn/module/download/downfile.jsp?id=3"
        )));
        assert!(!is_attachment_url(&u("http://a.gov.cn/pdf/index.html")));
        assert!(!is_attachment_url(&u("http://a.gov.cn/x.jsp?f=a.pdf")));
        assert_eq!(
            sc(
                "http://a.gov.cn/module/download/downfile.jsp?id=3",
                "2020年政府信息公开工作年度报告.pdf"
            ),
            (Role::Attachment, PRIO_REPORT_ATTACHMENT)
        );
        assert_eq!(
            sc("http://a.gov.cn/x/W0201.pdf", "附件"),
            (Role::Attachment, PRIO_ATTACHMENT)
        );
        // the wordings a 详见附件 page uses on a download endpoint without a file name
        for a in ["附件下载", "点击下载", "原文下载", "见附件", "全文下载"] {
            assert_eq!(
                sc("http://a.gov.cn/attach/download.do?id=3", a),
                (Role::Attachment, PRIO_ATTACHMENT),
                "{a}"
            );
        }
        assert_eq!(
            sc("http://a.gov.cn/attach/download.do?id=3", "返回").0,
            Role::Other
        );
    }

    #[test]
    fn traps() {
        let u = |s: &str| Url::parse(s).unwrap();
        for t in [
            "http://a.gov.cn/cal/list.jsp?date=2021-01-01",
            "http://a.gov.cn/list.jsp?year=2021&month=3",
            "http://a.gov.cn/search/index.jsp?q=年报",
            "http://a.gov.cn/was5/web/search?channelid=1&searchword=x",
            "http://a.gov.cn/art/2021/1/1/art_1_2.html?print=1",
            "http://a.gov.cn/a/b/a/b/a/b/index.html",
            "http://a.gov.cn/1/2/3/4/5/6/7/8/9/10/11/12/13/x.html",
        ] {
            assert!(looks_like_trap(&u(t)), "{t}");
        }
        for t in [
            "http://a.gov.cn/art/2021/1/1/art_1234_5678.html",
            "http://a.gov.cn/col/col1234/index.html?uid=5&pageNum=2",
            "http://a.gov.cn/list.jsp?year=2021",
            "http://a.gov.cn/x.html?print=0",
            "http://a.gov.cn/xxgk/xxgknb/index_3.html",
        ] {
            assert!(!looks_like_trap(&u(t)), "{t}");
        }
        assert_eq!(
            sc("http://a.gov.cn/x.html?print=1", "2019年年度报告").1,
            PRIO_TRAP
        );
    }

    #[test]
    fn roles_and_order() {
        let report = sc(
            "http://a.gov.cn/xxgk/202101/t20210125_1.html",
            "2020年政府信息公开工作年度报告",
        );
        let column = sc("http://a.gov.cn/xxgk/gknb/", "政府信息公开年报");
        let token_list = sc("http://a.gov.cn/xxgk/zfxxgknb/index.html", "更多");
        let token_report = sc("http://a.gov.cn/XxgkAnnualReport/show/123.html", "查看");
        let section = sc("http://a.gov.cn/xxgk/", "政府信息公开");
        let other = sc("http://a.gov.cn/news/1.html", "领导活动");
        let plan = sc("http://a.gov.cn/xxgk/1.html", "2022年政务公开工作要点");
        let notice = sc(
            "http://a.gov.cn/xxgk/2.html",
            "关于做好2020年政府信息公开工作年度报告编制发布工作的通知",
        );
        assert_eq!(report.0, Role::Report);
        assert_eq!(column.0, Role::List);
        assert_eq!(token_list.0, Role::List);
        assert_eq!(token_report.0, Role::Report);
        assert_eq!(section.0, Role::List);
        assert_eq!(other.0, Role::Other);
        assert!(report.1 > token_report.1);
        assert!(token_report.1 > column.1);
        assert!(column.1 > section.1);
        assert!(section.1 > other.1);
        assert!(other.1 > plan.1);
        assert_eq!(plan.1, notice.1);
        let pager = score_link(&link(
            "http://a.gov.cn/xxgk/index_2.html",
            "",
            LinkSource::Pager,
        ));
        assert_eq!(pager, (Role::List, PRIO_PAGER));
        // token inside a longer word does not count
        assert_eq!(sc("http://a.gov.cn/windbg/x.html", "x").0, Role::Other);
        assert_eq!(sc("http://a.gov.cn/2019nb/x.html", "x").0, Role::Report);
    }
}
