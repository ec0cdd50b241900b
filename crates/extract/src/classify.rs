//! What kind of document is this? Two questions, answered in order:
//!
//! 1. What does the title say? ([`classify_title_reason`]) A title names its
//!    kind: 工作要点 is a plan, 工作总结 a summary, …的通知 a notice, and the
//!    look-alikes (a notice *about* compiling the reports, a 人民政府's own
//!    report, an environmental bulletin, news of the report's publication)
//!    are ruled out before the positive test. The crawler uses this alone,
//!    on link text.
//! 2. What does the document show? ([`classify_document`]) Titles lie on real
//!    sites: scrapers and CMS templates put site chrome in `<title>`, and
//!    reports are titled in many wordings. The statutory section headings,
//!    the regulation and template citations, the three tables, the
//!    statistics period and "本报告由…编制" make a report whatever the title
//!    says, unless the title names a look-alike kind.
//!
//! Every verdict carries a short reason (`title:annual_report_pattern`,
//! `body:statutory_sections(5/6)+tables(3)`, `news:记者`) that is stored with
//! the extraction so a researcher can audit it.

use crate::DocType;
use regex::Regex;
use std::sync::LazyLock;

fn norm(title: &str) -> String {
    // Traditional titles: convert only when needed (cheap check first).
    let t: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if crate::script::detect(&t) == Some(crate::Script::Traditional)
        || t.contains('報')
        || t.contains('開')
    {
        crate::script::to_simplified(&t)
    } else {
        t
    }
}

/// Cheap title-only classifier the crawler uses to mark likely reports.
pub fn classify_title(title: &str) -> DocType {
    classify_title_reason(title).0
}

/// Title reasons that name no look-alike kind: the body may still decide.
fn title_is_silent(reason: &str) -> bool {
    matches!(
        reason,
        "title:none" | "title:no_pattern" | "title:column_name"
    )
}

/// Title classifier with the reason for its verdict.
pub fn classify_title_reason(title: &str) -> (DocType, &'static str) {
    let t = norm(title);
    let has = |s: &str| t.contains(s);
    if t.is_empty() {
        return (DocType::Other, "title:none");
    }
    if let Some(inner) = PUBLISHING_NOTICE
        .captures(&t)
        .and_then(|c| {
            c.get(1).or_else(|| {
                // Unbracketed: only a report's own title, not "转发…关于做好…
                // 年度报告" (a notice about compiling them).
                c.get(2).filter(|m| {
                    !["做好", "关于", "编制", "报送"]
                        .iter()
                        .any(|w| m.as_str().contains(w))
                })
            })
        })
        .map(|m| m.as_str())
    {
        let (d, reason) = classify_title_reason(inner);
        if d != DocType::Other {
            return (d, reason);
        }
    }
    let report_noun = has("报告") || has("年报");
    // News of a report: "生态环境部发布2020年…年度报告", "记者从…获悉".
    if has("记者") || has("据悉") || has("获悉") || has("新闻") || has("日前") {
        return (DocType::Other, "title:news");
    }
    // "广西发布2021年环境质量状况和2022年工作要点": whoever publishes a
    // document in the title is reporting on it, whatever the document is.
    let kind_noun = report_noun
        || ["公报", "要点", "状况", "计划", "总结", "方案"]
            .iter()
            .any(|w| has(w));
    if kind_noun
        && (has("发布") || has("公布") || has("出炉") || has("晒出") || has("亮相"))
        && !has("通知")
        && !has("公告")
    {
        return (DocType::Other, "title:news");
    }
    if has("解读") {
        return (DocType::Other, "title:interpretation");
    }
    // Notices, bulletins, budgets, self-inspections: never a report.
    let notice = has("通知") || has("通告") || has("公告") || has("函") && !has("报告");
    if notice && !has("报告》") {
        return (DocType::Other, "title:notice");
    }
    if has("编制") && (has("做好") || has("关于")) {
        return (DocType::Other, "title:compile_notice");
    }
    if has("状况公报")
        || has("质量公报")
        || has("质量年报")
        || has("环境公报")
        || has("统计公报")
        || has("质量报告书")
    {
        return (DocType::Other, "title:bulletin");
    }
    if has("决算") || has("预算") || has("审计") || has("述职") {
        return (DocType::Other, "title:budget_or_audit");
    }
    if has("自查") {
        return (DocType::Other, "title:self_inspection");
    }
    // A quarter's or half-year's report, an assessment of the disclosure
    // work (考核, 第三方评估, 测评, 评议, 督查): about the year's work, not the
    // annual report.
    if has("季度") || has("半年") {
        return (DocType::Other, "title:period_report");
    }
    if ["评估", "考核", "测评", "评议", "督查", "检查情况"]
        .iter()
        .any(|w| has(w))
    {
        return (DocType::Other, "title:assessment");
    }
    if (has("会议") || has("推进会") || has("培训")) && !report_noun {
        return (DocType::Other, "title:meeting");
    }
    let disclosure = has("信息公开") || has("政务公开") || has("公开工作");
    if has("总结") {
        return (DocType::WorkSummary, "title:work_summary");
    }
    if has("工作要点") || has("工作计划") || has("工作安排") || has("实施方案") || has("工作方案")
    {
        return (DocType::WorkPlan, "title:work_plan");
    }
    // "年度报告", "年报", "工作报告", "关于2020年度政府信息公开工作的报告",
    // "政府信息公开2020年度工作报告（图片版）".
    let report = has("年度报告")
        || has("年报")
        || has("工作报告")
        || has("工作的报告")
        || has("情况报告")
        || (has("报告") && (has("年度") || has_year(&t)));
    if (disclosure || bare_kind(&t)) && report && is_column_name(&t) {
        // "信息公开年报", "政府信息公开年报-湖南省生态环境厅": the list page of the
        // column that holds the reports, not a report. So is a bare kind
        // ("年度报告", "工作年报"), the column name sites print as a heading.
        return (DocType::Other, "title:column_name");
    }
    if disclosure && report {
        match issuer(&t) {
            Some(Issuer::Government) => return (DocType::Other, "title:gov_level"),
            Some(Issuer::OtherBody) => return (DocType::Other, "title:other_body"),
            None => {}
        }
        return (DocType::AnnualReport, "title:annual_report_pattern");
    }
    (DocType::Other, "title:no_pattern")
}

/// Who a report title names as its issuer, when that is not an
/// environmental bureau.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Issuer {
    /// A 人民政府, its office (政府办), or a bare place ("桐梓县2022年…报告"):
    /// the government's own report, which covers every department.
    Government,
    /// Another department (教育局, 财政局, 卫健委…).
    OtherBody,
}

/// Environmental bodies: bureaus, their branches, monitoring stations.
const ENVIRONMENTAL: &[&str] = &["生态环境", "环境保护", "环保", "环境"];

/// Whether a body's name names the environment. 环境 in 营商环境 (business
/// climate) and the like is not the environment: "浑南区营商环境建设局" is
/// another department; nor is 环境卫生 (street cleaning and refuse):
/// "厦门市环境卫生中心", "市容环境卫生管理局" are sanitation bodies; nor is
/// 人居环境 (human settlements: housing and towns), a construction body's
/// ("城乡建设与人居环境委员会").
fn names_environment(name: &str) -> bool {
    let mut n = name.to_string();
    for w in [
        "环境卫生",
        "人居环境",
        "营商环境",
        "投资环境",
        "发展环境",
        "法治环境",
        "政务环境",
        "市场环境",
    ] {
        n = n.replace(w, "");
    }
    ENVIRONMENTAL.iter().any(|w| n.contains(w))
}

/// Whether a page's address is an environmental body's: a host label or
/// path segment that abbreviates one (`sthjj.…`, `hbj.…`, `…/sthjj/…`), as
/// bureaus' own sites and their columns on city portals are named.
pub fn environmental_address(url: &str) -> bool {
    let Ok(u) = url::Url::parse(url) else {
        return false;
    };
    let is_env = |part: &str| {
        let p = part.to_ascii_lowercase();
        p.starts_with("sthj")
            || matches!(
                p.as_str(),
                "hbj" | "hbt" | "hbw" | "hbju" | "epb" | "huanbao" | "hjbh" | "hjbhj"
            )
    };
    u.host_str().is_some_and(|h| h.split('.').any(is_env))
        || u.path_segments().is_some_and(|mut s| s.any(is_env))
}

/// The words before the subject ("…政府信息公开…", "…关于…"), years
/// removed, read as an issuer. None when they name no one or an
/// environmental body.
fn issuer(t: &str) -> Option<Issuer> {
    static YEARS: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:(?:19|20)\d{2}|[二][〇零○Ｏ一二三四五六七八九]{3})\s*年度?|年度"));
    // "环境信息公开" is a subject too: "某公司环境信息公开年度报告".
    let cut = ["政府信息公开", "政务公开", "环境信息", "信息公开", "关于"]
        .iter()
        .filter_map(|w| t.find(w))
        .min()?;
    let head = YEARS.replace_all(&t[..cut], "");
    // "某县2021年政府信息公开工作年度报告（县生态环境分局）": the bureau is
    // named after the subject; the place before it is not a government.
    if ENV_BODY.is_match(&t[cut..]) {
        return None;
    }
    let named = issuer_named(&head);
    if named.is_some() || names_environment(&head) {
        return named;
    }
    // "2022年政府信息公开工作年度报告（县林业局）", "…年度报告-某县林业局": a
    // title that names no one before the subject may name its issuer after
    // it, in brackets or after the separator sites put before their own
    // name. Only another department counts there: a 人民政府 after a
    // separator is the portal that hosts every department's report.
    t[cut..]
        .split([
            '（', '）', '(', ')', '-', '_', '|', '—', '－', '｜', '【', '】',
        ])
        .skip(1)
        .find_map(|part| issuer_named(part).filter(|i| *i == Issuer::OtherBody))
}

/// Whether the page sits on another department's site: its owner line
/// (主办单位, 主办, 版权所有, 主管单位) or a part of its `<title>` after a
/// separator names a department that is not an environmental body, and no
/// line, nor the `<title>`, names an environmental bureau. A forestry
/// bureau's "2022年政府信息公开工作年度报告" says 我局 and writes about
/// 生态环境保护 without ever naming a 生态环境局; its footer names its owner.
/// A portal's government (主办单位：某县人民政府) hosts every department's
/// report and says nothing.
pub fn other_body_site(lines: &[&str], title_tag: Option<&str>) -> bool {
    let tag = title_tag.map(norm);
    if lines.iter().any(|l| ENV_BODY.is_match(l))
        || tag.as_deref().is_some_and(|t| ENV_BODY.is_match(t))
    {
        return false;
    }
    let other = crate::place::site_owner_names(lines, tag.as_deref())
        .any(|name| issuer_named(name) == Some(Issuer::OtherBody));
    other
}

/// An environmental bureau named anywhere: 生态环境局, 环保分局, 环境保护厅…
static ENV_BODY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:生态环境|环境保护|环保)(?:分局|局|厅)"));

/// What kind of issuer a body's name is ("淮安市气象局" → another body,
/// "中江县人民政府办公室" → a government); None for an environmental body,
/// a bureau named short (本局, 分局) or no name.
fn issuer_named(head: &str) -> Option<Issuer> {
    let head = head.trim_matches(|c: char| !('\u{4e00}'..='\u{9fff}').contains(&c));
    // A company's environmental disclosure report, whatever its name says
    // ("某某环保科技有限公司"): never a bureau's.
    if ["公司", "集团", "厂", "企业"]
        .iter()
        .any(|w| head.ends_with(w))
    {
        return Some(Issuer::OtherBody);
    }
    if head.chars().count() < 2 || names_environment(head) {
        return None;
    }
    // "本局…", "郊区分局…": the bureau whose site this is, named short.
    if ["本", "我"].iter().any(|w| head.starts_with(w))
        || head.ends_with("分局")
        || ["市局", "区局", "县局"].contains(&head)
    {
        return None;
    }
    if head.contains("人民政府") || head.contains("政府办") || head.ends_with("政府") {
        return Some(Issuer::Government);
    }
    const BODY: &[&str] = &[
        "局",
        "厅",
        "委",
        "委员会",
        "会",
        "政协",
        "办",
        "办公室",
        "中心",
        "部",
        "部门",
        "署",
        "院",
        "站",
        "所",
        "队",
        // institutions: a reservoir's 管理处, an archive (档案馆), a forest farm
        // (林场), a supply cooperative (供销社), a university or school
        "处",
        "馆",
        "场",
        "社",
        "大学",
        "学校",
    ];
    if BODY.iter().any(|b| head.ends_with(b)) {
        return Some(Issuer::OtherBody);
    }
    const PLACE: &[&str] = &["省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "街道"];
    PLACE
        .iter()
        .any(|p| head.ends_with(p))
        .then_some(Issuer::Government)
}

fn has_year(t: &str) -> bool {
    static Y: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:19|20)\d{2}|[二][〇零○Ｏ][一二三四五六七八九〇零]{2}"));
    Y.is_match(t)
}

/// A document kind and nothing else ("年度报告", "年报", "工作报告", "年度工作报告"),
/// before any " - site name" part: what a site calls the column its reports
/// sit in, not any report's title, which names a year, a body or a subject.
fn bare_kind(t: &str) -> bool {
    let head = t.split(crate::place::SITE_SEPARATORS).next().unwrap_or(t);
    let mut rest: String = head.chars().filter(|c| !c.is_whitespace()).collect();
    for w in ["年度", "工作", "报告", "年报"] {
        rest = rest.replace(w, "");
    }
    rest.is_empty() && !head.trim().is_empty()
}

/// A column's name: after dropping a " - site name" suffix, neither a year nor an
/// issuing body is named. A report's title names one or both.
fn is_column_name(t: &str) -> bool {
    let head = t.split(crate::place::SITE_SEPARATORS).next().unwrap_or(t);
    let year = head.as_bytes().windows(2).any(|w| w == b"20" || w == b"19")
        || head.contains('〇')
        || head.contains('零');
    // "政府信息公开" names the subject, not a 人民政府.
    let named = head.replace("政府信息", "");
    let body = ["局", "厅", "部", "委", "办", "政府", "中心"]
        .iter()
        .any(|a| named.contains(a));
    !year && !body
}

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|e| panic!("bad built-in regex {p}: {e}"))
}

/// Numbering a section heading may start with: "一、", "（一）", "1.", "第一部分".
const NUMBERING: &str = r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．，,]|[（(][一二三四五六七八九十]+[）)]|[0-9]+\s*[、.．])?\s*";

/// The six statutory section headings (国办公开办函〔2019〕60号, 〔2021〕30号).
static STATUTORY: LazyLock<[Regex; 6]> = LazyLock::new(|| {
    [
        r"总体情况",
        r"主动公开政府信息(?:的)?情况",
        r"收到和处理政府信息公开申请(?:的)?情况",
        r"(?:政府信息公开)?(?:行政复议|复议)[、和及与]\s*行政诉讼(?:的)?情况",
        r"存在的?主要问题(?:及|和|与)改进(?:情况|措施)?",
        r"其他需要报告的事项",
    ]
    .map(|k| re(&format!("{NUMBERING}(?:{k})")))
});

/// Headings of the pre-2019 narrative template.
static NARRATIVE: LazyLock<[Regex; 5]> = LazyLock::new(|| {
    [
        r"概述|基本情况",
        r"主动公开(?:政府)?信息(?:的)?情况",
        r"依申请公开(?:政府)?信息(?:的)?情况|政府信息公开申请(?:的)?(?:办理)?情况",
        r"(?:政府信息公开的?)?收费(?:及|和|与)减免(?:情况)?",
        r"(?:因政府信息公开(?:申请)?)?(?:提起|申请)?行政复议[、和及与]?(?:提起)?行政诉讼",
    ]
    .map(|k| re(&format!("{NUMBERING}(?:{k})")))
});

/// "本报告由…编制", also with the grounds between ("本年度报告依照《条例》以及
/// 省、市有关要求，由…编制").
static COMPILED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"本(?:年度)?报告[^。\n]{0,40}由[^。\n]{0,40}编制|编制(?:了|本)[^。\n]{0,30}报告")
});
/// Who the body says compiled the report.
static COMPILER: LazyLock<Regex> =
    LazyLock::new(|| re(r"由([^。，,；;\n]{2,30}?)(?:组织|综合|统一)?(?:编制|制作)"));
/// "由<name>…编制/制作" where the name ends in a body word: the name is the
/// shortest such prefix, so "淮安市气象局办公室根据《条例》规定编制" gives
/// 淮安市气象局 even when the sentence is long.
static COMPILER_BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"由([^。，,；;、\n《》（）()“”]{1,24}?(?:局|厅|委员会|委|办公室|中心|部门|站|队))[^。\n]{0,60}?(?:编制|制作)",
    )
});

/// The body names a department that is not an environmental body as the
/// report's compiler. Only names with a place count: "由局办公室编制",
/// "由信息中心编制" are the bureau's own offices.
fn other_body_compiler(line: &str) -> bool {
    body_named_issuers(line).any(|i| i == Issuer::OtherBody)
}

/// "现将/现公布/特向社会公布<名称>2021年（度）政府信息公开工作…报告": the body
/// names whose report it is.
static PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:现将|现公布|特向社会公布|现向社会公布|现发布)《?([^，。；《》\n]{2,30}?)(?:(?:19|20)\d{2}\s*年度?)?(?:政府信息公开|政务公开)",
    )
});

/// Issuers a line names as the report's compiler or publisher, when they are
/// named with their place and are not an environmental body.
fn body_named_issuers(line: &str) -> impl Iterator<Item = Issuer> + '_ {
    COMPILER_BODY
        .captures_iter(line)
        .chain(PUBLISHER.captures_iter(line))
        .filter_map(|c| {
            let who = c.get(1)?.as_str();
            let placed = ["省", "市", "县", "区", "州", "旗", "盟"]
                .iter()
                .any(|p| who.contains(p));
            placed.then(|| issuer_named(who)).flatten()
        })
}

/// "现将2015年政府信息公开工作报告如下", "特向社会公布2016年度本机关政府信息
/// 公开工作年度报告": how a narrative report opens, naming itself the year's
/// disclosure report.
static SELF_DECLARED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:现将|特向社会公布|现向社会公布)[^。；;\n]{0,24}?(?:19|20)\d{2}\s*年度?[^。；;\n]{0,12}?政府信息公开(?:工作)?(?:情况)?(?:年度)?(?:工作)?报告",
    )
});

static STAT_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"统计(?:期限|时限|区间|期间|周期)|1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到)\s*(?:(?:19|20)\d{2}\s*年\s*)?12\s*月\s*31\s*日",
    )
});

/// News wording in the opening of a page: report openings never use the
/// first group; the second also occurs in reports' prose ("在网站发布了…"),
/// so it only counts where the title does not already say "report".
const NEWS_MARKERS: &[&str] = &["记者", "据悉", "日前", "获悉", "本报讯", "通讯员"];
const WEAK_NEWS_MARKERS: &[&str] = &["发布了", "新闻"];

/// How a report speaks of itself in its opening; news about a report says
/// 该报告, 报告显示 or quotes its title in 《》.
const SELF_REFERENCE: &[&str] = &["本报告", "本年度报告", "本年报", "报告如下"];

static DEADLINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"[0-9０-９一二三四五六七八九十〇零]\s*日前"));

/// "关于印发《…工作安排》的通知": the notice carries the document it publishes.
static PUBLISHING_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:印发|转发|发布|公布)(?:《([^》]+)》|([^《》]{6,}?(?:年度报告|年报)))的?(?:通知|公告)")
});

/// What the body of a page shows about its kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyEvidence {
    /// How many of the six statutory section headings appear as headings.
    pub statutory_sections: usize,
    /// "一、总体情况" as a heading: the first section of the 2019 and 2021
    /// templates (the narrative template opened with 概述).
    pub overview_heading: bool,
    /// How many of the narrative template's headings appear as headings.
    pub narrative_sections: usize,
    /// Cites 《政府信息公开条例》/《条例》.
    pub regulation: bool,
    /// Cites the template letter 国办公开办函.
    pub template_letter: bool,
    /// How many of the three statutory tables were read (requests, review, proactive).
    pub tables: usize,
    /// States a statistics period (统计期限…, 1月1日至12月31日).
    pub statistics_period: bool,
    /// "本报告由…编制".
    pub compiled_by: bool,
    /// The body says a government compiled it ("由中江县人民政府办公室组织编制"):
    /// the government's own report, not a bureau's.
    pub government_compiled: bool,
    /// The body says another department, named with its place, compiled or
    /// publishes it ("由淮安市气象局办公室…编制", "由成都市住房和城乡建设局…编制而成",
    /// "现公布中山市自然资源局政府信息公开工作2022年度报告").
    pub other_body_compiled: bool,
    /// The opening declares the page the year's disclosure report: "现将2015年
    /// 政府信息公开工作报告如下", "特向社会公布…政府信息公开工作年度报告".
    pub self_declared: bool,
    /// Notice wording: "现就有关事项通知如下", "特此通知".
    pub notice: bool,
    /// Some line names the environment (环境, 环保): a page that never does is
    /// not an environmental body's report.
    pub environmental: bool,
    /// The site is another department's ([`other_body_site`]): its owner line
    /// or `<title>` suffix names one, and nothing on the page names an
    /// environmental bureau. Set by the caller, which sees the whole page.
    pub other_body_site: bool,
    /// The first news word in the page's opening, if any.
    pub news: Option<&'static str>,
    /// A news word that reports' prose also uses.
    pub weak_news: Option<&'static str>,
}

impl BodyEvidence {
    /// Read the evidence off the body's lines (Simplified) and the tables read.
    /// `tables` starts at 0: the caller sets it once the tables are read.
    pub fn scan<'a>(lines: impl IntoIterator<Item = &'a str>) -> BodyEvidence {
        let mut ev = BodyEvidence::default();
        let mut stat = [false; 6];
        let mut nar = [false; 5];
        let mut opening = String::new();
        for (i, line) in lines.into_iter().enumerate() {
            let l = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            if l.is_empty() {
                continue;
            }
            // Headings are short lines; a sentence listing the sections is not one.
            if l.chars().count() <= 40 {
                for (k, r) in STATUTORY.iter().enumerate() {
                    stat[k] |= r.is_match(l);
                }
                for (k, r) in NARRATIVE.iter().enumerate() {
                    nar[k] |= r.is_match(l);
                }
            }
            ev.regulation |= l.contains("政府信息公开条例") || l.contains("《条例》");
            ev.template_letter |= l.contains("国办公开办函");
            ev.statistics_period |= STAT_PERIOD.is_match(l);
            ev.compiled_by |= COMPILED_BY.is_match(l);
            ev.notice |= l.contains("通知如下") || l.starts_with("特此通知");
            ev.self_declared |= i < 8 && SELF_DECLARED.is_match(l);
            ev.environmental |= ENVIRONMENTAL.iter().any(|w| l.contains(w));
            ev.government_compiled |= COMPILER.captures_iter(l).any(|c| {
                c.get(1).is_some_and(|who| {
                    let who = who.as_str();
                    (who.contains("人民政府") || who.contains("政府办"))
                        && !ENVIRONMENTAL.iter().any(|w| who.contains(w))
                })
            });
            ev.other_body_compiled |= other_body_compiler(l);
            if i < 8 && opening.chars().count() < 400 {
                opening.push_str(l);
                opening.push('\n');
            }
        }
        ev.statutory_sections = stat.iter().filter(|b| **b).count();
        ev.overview_heading = stat[0];
        ev.narrative_sections = nar.iter().filter(|b| **b).count();
        let opening = opening.replace("新闻发布会", "").replace("新闻发言人", "");
        // "于3月31日前" is a deadline, not news' "日前".
        let opening = DEADLINE.replace_all(&opening, "");
        ev.news = NEWS_MARKERS.iter().copied().find(|m| opening.contains(m));
        // A page that calls itself the report ("编制本报告", "现将…报告如下") is
        // not news about one, though its prose names 新闻媒体 or what it 发布了.
        let speaks_as_report = SELF_REFERENCE.iter().any(|w| opening.contains(w));
        ev.weak_news = WEAK_NEWS_MARKERS
            .iter()
            .copied()
            .find(|m| !speaks_as_report && opening.contains(m));
        ev
    }

    /// Structure only a report has: most statutory headings and the tables.
    fn strong(&self) -> bool {
        self.statutory_sections >= 5 || (self.statutory_sections >= 4 && self.tables >= 2)
    }

    /// Enough to call a page a report whatever its title says.
    pub fn is_report(&self) -> bool {
        let markers = usize::from(self.statistics_period)
            + usize::from(self.compiled_by)
            + usize::from(self.template_letter)
            + usize::from(self.regulation);
        self.statutory_sections >= 3
            || self.tables >= 2
            || self.narrative_sections >= 3 && self.regulation
            || (self.statutory_sections + self.narrative_sections + self.tables >= 2
                && markers >= 2)
            || (self.statistics_period && self.compiled_by && self.regulation)
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.statutory_sections > 0 {
            parts.push(format!("statutory_sections({}/6)", self.statutory_sections));
        }
        if self.narrative_sections > 0 {
            parts.push(format!("narrative_sections({}/5)", self.narrative_sections));
        }
        if self.tables > 0 {
            parts.push(format!("tables({})", self.tables));
        }
        for (on, name) in [
            (self.statistics_period, "statistics_period"),
            (self.compiled_by, "compiled_by"),
            (self.template_letter, "template_letter"),
            (self.regulation, "regulation"),
        ] {
            if on {
                parts.push(name.to_string());
            }
        }
        format!("body:{}", parts.join("+"))
    }
}

/// Classify a page from its chosen title and its body evidence.
/// Returns the verdict and the reason kept with the extraction.
pub fn classify_document(title: Option<&str>, ev: &BodyEvidence) -> (DocType, String) {
    let (t, reason) = classify_title_reason(title.unwrap_or(""));
    // A title that names a look-alike kind decides: a 人民政府's report or a
    // notice about compiling reports has the statutory structure too.
    if t == DocType::WorkPlan || t == DocType::WorkSummary {
        return (t, reason.to_string());
    }
    if t == DocType::Other && !title_is_silent(reason) {
        return (t, reason.to_string());
    }
    let news = if t == DocType::AnnualReport {
        ev.news
    } else {
        ev.news.or(ev.weak_news)
    };
    if let Some(word) = news {
        if !ev.strong() {
            return (DocType::Other, format!("news:{word}"));
        }
    }
    // A notice about compiling the reports lists their sections; its own
    // wording says what it is when the title was not found.
    if ev.notice && t != DocType::AnnualReport && !ev.strong() {
        return (DocType::Other, "body:notice".to_string());
    }
    // A title that names no issuer ("2022年政府信息公开工作年度报告") over a
    // body compiled by a 人民政府: the government's report.
    if ev.government_compiled {
        return (DocType::Other, "body:government_compiled".to_string());
    }
    // A title naming no environmental body ("2018年度政府信息公开年度报告")
    // over a body compiled by another department: that department's report.
    let title_names_env = title.is_some_and(|t| {
        let t = norm(t);
        ENVIRONMENTAL.iter().any(|w| t.contains(w))
    });
    if ev.other_body_compiled && !title_names_env {
        return (DocType::Other, "body:other_body_compiled".to_string());
    }
    // The same on another department's own site, when the title names no
    // issuer and the page never names an environmental bureau.
    if ev.other_body_site && !title_names_env && !title.is_some_and(|t| norm(t).contains("分局"))
    {
        return (DocType::Other, "body:other_body_site".to_string());
    }
    // Another department's report with no issuer in its title (an
    // earthquake bureau's "2010年度政府信息公开工作年度报告"): nothing on the
    // page, nor its address, names the environment. A title naming a 分局 is
    // left alone: bureaus' branches call themselves by their place
    // ("五华分局…年度报告", "我分局") on their own columns.
    let title_names_branch = title.is_some_and(|t| norm(t).contains("分局"));
    if !ev.environmental && !title_names_env && !title_names_branch {
        return (DocType::Other, "body:no_environment".to_string());
    }
    if t == DocType::AnnualReport {
        return (t, reason.to_string());
    }
    if ev.is_report() {
        return (DocType::AnnualReport, ev.describe());
    }
    // "龙里县环境保护局2015年信息工作年报" over "根据《条例》…现将2015年政府信息公开
    // 工作报告如下：…二、主动公开政府信息情况": an old narrative report titled
    // loosely (信息工作, 公开 left out). A title naming an environmental body
    // and a report noun, and a body that cites the regulation, declares
    // itself the year's disclosure report in its opening and uses one of the
    // report's headings, make it the report.
    let title_names_report = title.is_some_and(|t| {
        let t = norm(t);
        t.contains("年报") || t.contains("报告")
    });
    if title_names_env
        && title_names_report
        && ev.self_declared
        && ev.regulation
        && ev.statutory_sections + ev.narrative_sections >= 1
    {
        return (
            DocType::AnnualReport,
            format!("{}+self_declared", ev.describe()),
        );
    }
    (DocType::Other, reason.to_string())
}
#[cfg(test)]
mod tests {
    #[test]
    fn environmental_addresses() {
        for u in [
            "http://sthjj.suqian.gov.cn/a.html",
            "https://hbj.example.gov.cn/x",
            "https://www.yunfu.gov.cn/sthjj/gkmlpt/1.html",
            "http://sthjt.gd.gov.cn/",
        ] {
            assert!(environmental_address(u), "{u}");
        }
        for u in [
            "http://www.dzj.gov.cn/a.html",
            "https://www.example.gov.cn/jyj/x",
            "not a url",
            "http://sthj/",
        ] {
            assert_eq!(environmental_address(u), u == "http://sthj/", "{u}");
        }
    }

    /// The page never says 环境, but its title names a 分局: a bureau's
    /// branch calling itself by its place, not another department.
    #[test]
    fn a_branch_by_its_place_alone_keeps_its_report() {
        let ev = BodyEvidence::scan(STATUTORY_BODY_NO_ENV.lines());
        assert!(!ev.environmental);
        let (t, why) = classify_document(Some("五华分局2020年政府信息公开工作年度报告"), &ev);
        assert_eq!(t, DocType::AnnualReport, "{why}");
        let (t, why) = classify_document(Some("2020年政府信息公开工作年度报告"), &ev);
        assert_eq!((t, why.as_str()), (DocType::Other, "body:no_environment"));
    }

    const STATUTORY_BODY_NO_ENV: &str = "根据《中华人民共和国政府信息公开条例》规定，编制本报告。
一、总体情况
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
六、其他需要报告的事项";

    use super::*;

    /// An old narrative report titled loosely ("信息工作年报"): the body cites
    /// the regulation, declares itself the year's disclosure report and uses a
    /// report heading; the title names the environmental bureau.
    #[test]
    fn a_loosely_titled_narrative_report_that_declares_itself() {
        let body =
            "根据《中华人民共和国政府信息公开条例》的要求，现将2015年政府信息公开工作报告如下：
一、总体工作情况
全年明确专人负责政务信息公开工作。
二、主动公开政府信息情况
在县政府网站公开环境保护信息。";
        let ev = BodyEvidence::scan(body.lines());
        assert!(ev.self_declared && ev.regulation);
        let (t, why) = classify_document(Some("龙里县环境保护局2015年信息工作年报"), &ev);
        assert_eq!(t, DocType::AnnualReport, "{why}");
        // The same body under a title naming no environmental body, or no
        // report, is not decided by it.
        let (t, _) = classify_document(Some("2015年信息工作年报"), &ev);
        assert_eq!(t, DocType::Other);
        let (t, _) = classify_document(Some("龙里县环境保护局2015年信息工作"), &ev);
        assert_eq!(t, DocType::Other);
        // Declaring without citing the regulation is not enough.
        let ev = BodyEvidence::scan(
            "现将2015年政府信息公开工作报告如下：\n二、主动公开政府信息情况".lines(),
        );
        let (t, _) = classify_document(Some("龙里县环境保护局2015年信息工作年报"), &ev);
        assert_eq!(t, DocType::Other);
    }

    #[test]
    fn column_names_are_not_reports() {
        for t in [
            "信息公开年报",
            "政府信息公开年报-湖南省生态环境厅",
            "政府信息公开工作年度报告",
            "年度报告 | 怀化市生态环境局",
            "年度报告",
            "工作年报",
        ] {
            assert_eq!(classify_title(t), DocType::Other, "{t}");
        }
        for t in [
            "怀化市生态环境局政府信息公开工作年度报告",
            "2019年政府信息公开工作年度报告-湖南省生态环境厅",
        ] {
            assert_eq!(classify_title(t), DocType::AnnualReport, "{t}");
        }
    }

    #[test]
    fn seeds_and_lookalikes() {
        assert_eq!(
            classify_title("怀化市环境保护局2017年政府信息公开工作年度报告"),
            DocType::AnnualReport
        );
        assert_eq!(
            classify_title("遼寧省環保廳2011年度政府信息公開工作報告"),
            DocType::AnnualReport
        );
        assert_eq!(
            classify_title("市环保局20xx年工作总结和20xx年工作计划"),
            DocType::WorkSummary
        );
        assert_eq!(
            classify_title("保山市生态环境局昌宁分局2022年政务公开工作要点"),
            DocType::WorkPlan
        );
        assert_eq!(
            classify_title("黔东南州生态环境局2020年政府信息公开工作报告"),
            DocType::AnnualReport
        );
        assert_eq!(
            classify_title("关于做好2020年政府信息公开工作年度报告编制发布工作的通知"),
            DocType::Other
        );
        assert_eq!(
            classify_title("2020年湖南省生态环境状况公报"),
            DocType::Other
        );
        assert_eq!(
            classify_title("湖南省生态环境厅2020年部门决算"),
            DocType::Other
        );
        assert_eq!(
            classify_title("怀化市人民政府2020年政府信息公开工作年度报告"),
            DocType::Other
        );
        assert_eq!(
            classify_title("2021年政府信息公开工作自查报告"),
            DocType::Other
        );
        assert_eq!(
            classify_title("生态环境部2021年政府信息公开工作年度报告"),
            DocType::AnnualReport
        );
        assert_eq!(classify_title(""), DocType::Other);
    }

    #[test]
    fn report_wordings() {
        for t in [
            "株洲市生态环境局关于2020年度政府信息公开工作的报告",
            "平顶山市环境保护局关于2016年度政府信息公开工作情况的报告",
            "某某市生态环境局2020年政府信息公开年度报告",
            "某某市生态环境局政府信息公开2020年度工作报告",
            "2013年上海市环境保护局政府信息公开工作年度报告",
            "重庆市开州区生态环境局2019年政府信息公开工作年度报告（图片版）",
            "北京市环境保护局2017年政府信息公开工作年度报告（超链版）",
            "咸宁市生态环境局2023年度政府信息公开工作报告",
            "莆田市生態環境局2022年度政府信息公開工作年度報告",
            "嘉兴市环境保护局二〇〇九年政府信息公开年报",
            "2024年政府信息公开工作年度报告",
            "郊区分局2020年政府信息公开工作年度报告",
            "本局2019年度政府信息公开工作年度报告",
            "博州生态环境局精河县分局2025年政府信息公开工作年度报告",
            "衡阳市生态环境局2025年政府信息公开年度报告",
            "某某市环境监测中心站2020年政府信息公开工作年度报告",
        ] {
            assert_eq!(
                classify_title_reason(t),
                (DocType::AnnualReport, "title:annual_report_pattern"),
                "{t}"
            );
        }
    }

    #[test]
    fn lookalike_kinds() {
        for (t, want) in [
            (
                "生态环境部发布2020年政府信息公开工作年度报告",
                (DocType::Other, "title:news"),
            ),
            (
                "记者从市生态环境局获悉：2020年政府信息公开年报出炉",
                (DocType::Other, "title:news"),
            ),
            (
                "保山市生态环境局昌宁分局2022年政务公开工作要点",
                (DocType::WorkPlan, "title:work_plan"),
            ),
            (
                "關於印發《生態環境部2020年政務公開工作安排》的通知",
                (DocType::WorkPlan, "title:work_plan"),
            ),
            (
                "湘潭市生态环境局2020年政务公开工作总结",
                (DocType::WorkSummary, "title:work_summary"),
            ),
            (
                "怀化市生态环境局关于政府信息公开工作的自查报告",
                (DocType::Other, "title:self_inspection"),
            ),
            (
                "关于做好2020年政府信息公开工作年度报告编制发布工作的通知",
                (DocType::Other, "title:notice"),
            ),
            (
                "2020年湖南省生态环境状况公报",
                (DocType::Other, "title:bulletin"),
            ),
            (
                "怀化市人民政府2020年政府信息公开工作年度报告",
                (DocType::Other, "title:gov_level"),
            ),
            (
                "湖南省生态环境厅2020年部门决算",
                (DocType::Other, "title:budget_or_audit"),
            ),
            (
                "市生态环境局召开2021年政务公开工作推进会",
                (DocType::Other, "title:meeting"),
            ),
            (
                "图文解读：2020年政府信息公开工作年度报告",
                (DocType::Other, "title:interpretation"),
            ),
            // Other issuers: a county by its name, a government office,
            // another department.
            (
                "桐梓县2022年政府信息公开工作年度报告",
                (DocType::Other, "title:gov_level"),
            ),
            (
                "县政府办2022年度政府信息公开工作年度报告",
                (DocType::Other, "title:gov_level"),
            ),
            (
                "宜城市教育局2022年政府信息公开工作年度报告",
                (DocType::Other, "title:other_body"),
            ),
            (
                "2022年武义县教育局政府信息公开工作年度报告",
                (DocType::Other, "title:other_body"),
            ),
            (
                "廣州市教育局2023年政府信息公開工作年度報告",
                (DocType::Other, "title:other_body"),
            ),
            (
                "广西发布2021年环境质量状况和2022年工作要点",
                (DocType::Other, "title:news"),
            ),
        ] {
            assert_eq!(classify_title_reason(t), want, "{t}");
        }
    }

    fn ev(text: &str) -> BodyEvidence {
        BodyEvidence::scan(text.lines())
    }

    const STATUTORY_BODY: &str = "根据《中华人民共和国政府信息公开条例》编制本报告。所列数据统计期限为2020年1月1日至2020年12月31日。
一、总体情况
2020年，我局认真贯彻落实生态环境信息公开要求。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
六、其他需要报告的事项
无。";

    #[test]
    fn the_document_makes_a_report_whatever_its_title() {
        let e = ev(STATUTORY_BODY);
        assert_eq!(e.statutory_sections, 6);
        assert!(e.statistics_period && e.regulation && e.compiled_by);
        let (d, why) = classify_document(Some("打开适老化模式"), &e);
        assert_eq!(d, DocType::AnnualReport);
        assert!(why.starts_with("body:statutory_sections(6/6)"), "{why}");
        let (d, _) = classify_document(None, &e);
        assert_eq!(d, DocType::AnnualReport);
        // A sentence listing the sections is not the sections.
        let e = ev("本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。");
        assert_eq!(e.statutory_sections, 0);
        assert_eq!(classify_document(None, &e).0, DocType::Other);
    }

    #[test]
    fn a_lookalike_title_wins_over_the_structure() {
        // A 人民政府's report has the same structure; a notice lists the sections.
        let e = ev(STATUTORY_BODY);
        assert_eq!(
            classify_document(Some("怀化市人民政府2020年政府信息公开工作年度报告"), &e),
            (DocType::Other, "title:gov_level".to_string())
        );
        assert_eq!(
            classify_document(Some("湘潭市生态环境局2021年政务公开工作要点"), &e).0,
            DocType::WorkPlan
        );
    }

    #[test]
    fn a_notice_without_its_title_is_still_a_notice() {
        let e = ev("各县（市、区）人民政府，市政府各部门：
为做好2025年政府信息公开工作年度报告编制和发布工作，现就有关事项通知如下：
一、规范年报内容。年报包括总体情况、主动公开政府信息情况等六个部分。
二、确保数据准确。统计期限为2025年1月1日至2025年12月31日。
各单位要依照《中华人民共和国政府信息公开条例》认真编制本单位年度报告。
特此通知。");
        assert!(e.notice);
        assert!(e.is_report(), "the markers alone would make it a report");
        assert_eq!(
            classify_document(Some("| 无障碍浏览 | 打开适老化模式"), &e),
            (DocType::Other, "body:notice".to_string())
        );
    }

    #[test]
    fn a_report_that_never_names_the_environment_is_another_departments() {
        let body = "一、概述\n根据《条例》要求，2010年我局继续开展政府信息公开工作。\n\
            二、政府信息主动公开情况\n我局2010年共主动公开政府信息175条。\n\
            三、政府信息依申请公开情况\n我局2010年度未收到政府信息公开申请。\n\
            五、咨询情况\n主要咨询国内外已发生的地震情况。\n六、行政复议和行政诉讼情况\n未产生。";
        let e = ev(body);
        assert!(!e.environmental);
        assert_eq!(
            classify_document(Some("2010年度政府信息公开工作年度报告"), &e),
            (DocType::Other, "body:no_environment".to_string())
        );
        // the title alone may name the bureau ("县环保局…", body says only 我局)
        assert_eq!(
            classify_document(Some("某县环保局2010年度政府信息公开工作年度报告"), &e).0,
            DocType::AnnualReport
        );
    }

    #[test]
    fn a_report_a_government_compiled_is_not_a_bureaus() {
        let body = format!("本年度报告由中江县人民政府办公室组织编制。\n{STATUTORY_BODY}");
        let e = ev(&body);
        assert!(e.government_compiled);
        assert_eq!(
            classify_document(Some("2022年政府信息公开工作年度报告"), &e),
            (DocType::Other, "body:government_compiled".to_string())
        );
        // A bureau's own compiler, or a government named as the one who asked.
        for l in [
            "本报告由广州市生态环境局制作。",
            "按照县人民政府办公室要求，本报告由县生态环境分局编制。",
        ] {
            assert!(!ev(l).government_compiled, "{l}");
        }
    }

    #[test]
    fn a_report_another_department_compiled_is_not_a_bureaus() {
        // rw6: a housing bureau's report under a title naming no body, a
        // weather bureau's office compiling in a long sentence.
        for l in [
            "本报告根据《条例》的要求，由成都市住房和城乡建设局综合全年信息公开情况编制而成。",
            "本报告由淮安市气象局办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）规定编制。",
        ] {
            let e = ev(&format!("{l}\n{STATUTORY_BODY}"));
            assert!(e.other_body_compiled, "{l}");
            assert_eq!(
                classify_document(Some("2018年度政府信息公开年度报告"), &e),
                (DocType::Other, "body:other_body_compiled".to_string())
            );
        }
        // The bureau itself, its offices named without a place, an
        // environmental body, a government (its own rule), a notice cited.
        for l in [
            "本报告由重庆市黔江区生态环境局（以下简称“区生态环境局”）编制。",
            "本报告由局办公室编制。",
            "本报告由信息中心负责编制。",
            "由我局编制本报告。",
            "本报告由黄石市环保局办公室编制。",
            "本年度报告由中江县人民政府办公室组织编制。",
            "根据《仓山区人民政府办公室关于做好年度报告有关事项的通知》要求，我局编制本报告。",
        ] {
            assert!(!ev(l).other_body_compiled, "{l}");
        }
        // The body says whose report it publishes.
        let e = ev(&format!(
            "现公布中山市自然资源局政府信息公开工作2022年度报告。\n{STATUTORY_BODY}"
        ));
        assert_eq!(
            classify_document(Some("| 无障碍浏览 | 打开适老化模式"), &e),
            (DocType::Other, "body:other_body_compiled".to_string())
        );
        for l in [
            "现将我局2021年政府信息公开工作情况报告如下。",
            "特向社会公布驻马店市环境保护局2018年度政府信息公开工作报告。",
            "现将2021年政府信息公开工作年度报告公布如下。",
        ] {
            let e = ev(l);
            assert!(!e.other_body_compiled, "{l}");
        }
        // A title naming the environmental bureau keeps its report.
        let e = ev(&format!(
            "本报告由成都市住房和城乡建设局编制。\n{STATUTORY_BODY}"
        ));
        assert_eq!(
            classify_document(Some("成都市生态环境局2018年政府信息公开工作年度报告"), &e).0,
            DocType::AnnualReport
        );
    }

    #[test]
    fn periodic_reports_assessments_and_companies_are_not_bureau_reports() {
        for (t, want) in [
            (
                "某市生态环境局2021年第三季度政府信息公开工作报告",
                "title:period_report",
            ),
            (
                "某市生态环境局2022年上半年政务公开工作情况报告",
                "title:period_report",
            ),
            (
                "某市生态环境局2021年政务公开工作第三方评估报告",
                "title:assessment",
            ),
            ("某市2020年度政务公开工作考核情况报告", "title:assessment"),
            (
                "某某环保科技有限公司2022年度环境信息公开年度报告",
                "title:other_body",
            ),
            ("某某化工集团2021年环境信息公开年度报告", "title:other_body"),
            (
                "某市人大常委会2021年政府信息公开工作年度报告",
                "title:other_body",
            ),
        ] {
            assert_eq!(classify_title_reason(t), (DocType::Other, want), "{t}");
        }
        // A bureau's own "环境信息公开" report is still one.
        assert_eq!(
            classify_title_reason("某市环境保护局2012年环境信息公开工作年度报告").0,
            DocType::AnnualReport
        );
    }

    #[test]
    fn a_bureau_named_after_the_subject_or_inside_a_publishing_notice() {
        assert_eq!(
            classify_title_reason("某县2021年政府信息公开工作年度报告（县生态环境分局）"),
            (DocType::AnnualReport, "title:annual_report_pattern")
        );
        assert_eq!(
            classify_title_reason("桐梓县2022年政府信息公开工作年度报告"),
            (DocType::Other, "title:gov_level")
        );
        assert_eq!(
            classify_title_reason("关于发布株洲市生态环境局2021年政府信息公开工作年度报告的公告"),
            (DocType::AnnualReport, "title:annual_report_pattern")
        );
        // A notice about compiling the reports is still a notice.
        for t in [
            "关于做好2021年政府信息公开工作年度报告编制发布工作的通知",
            "关于转发省生态环境厅关于做好2020年政府信息公开工作年度报告的通知",
        ] {
            assert_eq!(classify_title_reason(t).0, DocType::Other, "{t}");
        }
    }

    #[test]
    fn another_departments_site() {
        use super::other_body_site;
        // a forestry bureau's footer, a page that never names an environmental bureau
        let lines = [
            "2022年，我局围绕林业重点工作和生态环境保护督查整改推进政务公开。",
            "主办单位：某县林业和草原局",
        ];
        assert!(other_body_site(&lines, None));
        assert!(other_body_site(
            &lines[..1],
            Some("2022年政府信息公开工作年度报告_某县自然资源局")
        ));
        // a portal's government hosts every department's report
        assert!(!other_body_site(
            &[lines[0], "主办单位：某县人民政府"],
            None
        ));
        // a page naming the environmental bureau is the bureau's, whoever runs the site
        assert!(!other_body_site(
            &[
                "现将某县生态环境局2022年报告如下。",
                "主办单位：某县政务服务中心"
            ],
            None
        ));
    }

    #[test]
    fn issuers_named_after_the_subject_or_as_institutions() {
        // another department after the subject, in brackets or as the site name
        for t in [
            "2022年政府信息公开工作年度报告（县林业局）",
            "2022年政府信息公开工作年度报告-木兰县林业和草原局",
        ] {
            assert_eq!(
                classify_title_reason(t),
                (DocType::Other, "title:other_body"),
                "{t}"
            );
        }
        // the bureau after the subject, the portal's government, a version tag
        for t in [
            "2022年政府信息公开工作年度报告（县生态环境分局）",
            "2022年政府信息公开工作年度报告_某县人民政府",
            "2022年政府信息公开工作年度报告（图片版）",
            "某市生态环境局2022年政府信息公开工作年度报告_某市人民政府",
        ] {
            assert_eq!(classify_title_reason(t).0, DocType::AnnualReport, "{t}");
        }
        // institutions
        for t in [
            "某市水库管理处2022年政府信息公开工作年度报告",
            "某市档案馆2022年政府信息公开工作年度报告",
            "某县国有林场2022年政府信息公开工作年度报告",
            "某大学2022年信息公开工作年度报告",
            // 人居环境 is human settlements, a construction body's field
            "某市城乡建设与人居环境委员会2022年政府信息公开年报",
        ] {
            assert_eq!(
                classify_title_reason(t),
                (DocType::Other, "title:other_body"),
                "{t}"
            );
        }
        // an environmental institution stays the environment's
        assert_eq!(
            classify_title_reason("某市环境监测站2022年政府信息公开工作年度报告").0,
            DocType::AnnualReport
        );
    }

    #[test]
    fn a_department_named_as_such_is_another_body() {
        assert_eq!(
            classify_title_reason("江苏省淮安市气象部门2021年政府信息公开工作年度报告"),
            (DocType::Other, "title:other_body")
        );
        assert_eq!(
            classify_title_reason("某市生态环境部门2021年政府信息公开工作年度报告").0,
            DocType::AnnualReport
        );
        // 营商环境 is the business climate, not the environment
        assert_eq!(
            classify_title_reason("浑南区营商环境建设局2018年政府信息公开工作年度报告"),
            (DocType::Other, "title:other_body")
        );
        // 环境卫生 is sanitation: a cleaning centre is another body
        assert_eq!(
            classify_title_reason("2020年厦门市环境卫生中心政府信息公开工作年度报告"),
            (DocType::Other, "title:other_body")
        );
        assert_eq!(
            classify_title_reason("某市市容环境卫生管理局2019年政府信息公开工作年度报告").0,
            DocType::Other
        );
    }

    #[test]
    fn news_about_a_report_is_not_the_report() {
        let e = ev("本报讯（记者 张三）日前，生态环境部发布了《生态环境部2020年政府信息公开工作年度报告》。
报告显示，2020年生态环境部主动公开政府信息3000余条。");
        assert_eq!(e.news, Some("记者"));
        assert_eq!(
            classify_document(Some("生态环境部2020年政府信息公开工作年度报告"), &e),
            (DocType::Other, "news:记者".to_string())
        );
        // "发布了" in a report's own prose does not make it news.
        let e = ev("2017年，我局在门户网站发布了各类信息818条。");
        assert_eq!(
            classify_document(Some("怀化市环境保护局2017年政府信息公开工作年度报告"), &e).0,
            DocType::AnnualReport
        );
        // Nor does 新闻媒体 in the opening of a page that calls itself the report.
        let e = ev("依据《中华人民共和国政府信息公开条例》编制本报告。\n一、概述\n通过网站和新闻媒体公开政府信息754条。");
        assert_eq!(e.weak_news, None);
        let e = ev("通过网站和新闻媒体公开政府信息754条。");
        assert_eq!(e.weak_news, Some("新闻"));
        let e = ev("本年度报告依照《中华人民共和国政府信息公开条例》以及省、市有关要求，由临沂市环境保护局编制。");
        assert!(e.compiled_by);
        // "3月31日前" is a deadline, not news.
        let e = ev("按要求于2014年3月31日前公布年度报告。");
        assert_eq!(e.news, None);
    }
}
