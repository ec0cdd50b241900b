//! Putting it together: [`extract`] and the headline fields.
//!
//! Precedence rules live here, in one place, because they are the contract:
//! * title: the first of `<meta name="ArticleTitle">`, `<h1>`, `<title>`
//!   (site suffix removed), the list-page anchor, the first heading-like
//!   body lines, that reads as a document title; site chrome never does
//!   (see [`crate::title`]);
//! * doc_type: the title, then the document's own structure (see
//!   [`crate::classify`]), with the reason kept;
//! * agency: the title, then meta `ContentSource`, then the body; output in
//!   Simplified as printed (old names such as 环境保护局 kept);
//! * report_year: the statistics period (统计时限…1月1日至…12月31日), then
//!   "N年度" in the first paragraph, then the title year, then "（N年度）"
//!   near the top, with the source kept; never the URL or publication date
//!   (a blanked "20xx" stays null);
//! * published_date: meta PubDate, then a 发布时间/发布日期/成文日期/日期 line,
//!   then the URL (`tYYYYMMDD_`, `/art/YYYY/M/D/`), with its source recorded;
//! * counts: the table figure wins; a contradicting prose figure becomes a
//!   consistency issue.

use crate::attachments::{self, Kind};
use crate::documents::{self, Limits, TextSource};
use crate::gazetteer::GAZETTEER;
use crate::html::{self, Page};
use crate::narrative::{self, Figure};
use crate::place::{self, host_of};
use crate::tables::{flat, keys, markup};
use crate::{
    classify, consistency, decode, script, title, AdminLevel, CaptureInput, Cell, Consistency,
    DocType, Extraction, ReportFields, ReportFormat, Script, TextStatus,
};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|e| panic!("bad built-in regex {p}: {e}"))
}

/// A bureau's name, optionally followed by one of its 分局. A 分局 is named
/// after its county, district, 旗 or zone, and those names run long: an
/// autonomous 旗 (鄂温克族自治旗, 莫力达瓦达斡尔族自治旗) or a scenic or
/// development zone (东湖生态旅游风景区) takes up to a dozen characters, so the
/// branch part allows twelve; phrases caught that way ("局关于成立…分局") are
/// cut back by `trim_branch`.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\p{Han}{0,24}?(?:生态环境|环境保护|环保)(?:分局|部|厅|局)(?:\p{Han}{1,12}?分局|\p{Han}{2,6}?管理局)?",
    )
});
static TITLE_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"((?:19|20)\d{2})\s*年"));
/// A month right after a year's 年: "2019年1月", "2019年12月31日".
static MONTH_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*\d{1,2}\s*月"));
static TITLE_YEAR_CN: LazyLock<Regex> =
    LazyLock::new(|| re(r"([二][〇零○Ｏ一二三四五六七八九]{3})年"));
static STAT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(r"统计(?:期限|时限|时间|区间|期间|周期)[^。\n]{0,12}?((?:19|20)\d{2})\s*年")
});
static STAT_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|－|~|～)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日",
    )
});
/// A whole year written with its year once: "涵盖了…2023年1月1日至12月31日期间的
/// 政府信息公开工作情况". Spanning January to December, it is the period the
/// report covers, whatever words introduce it.
static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|－|~|～)\s*12\s*月\s*31\s*日",
    )
});
static THIS_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"本年度\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[）)]"));
static YEAR_NIANDU: LazyLock<Regex> = LazyLock::new(|| re(r"((?:19|20)\d{2})\s*年度"));
/// A paragraph opening with its year: "2019年，我局…", "2020年我局…".
static YEAR_OPENING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^((?:19|20)\d{2})\s*年\s*(?:[，,]|度[，,]|我|全|本|在|按照|根据)"));
static BOOK_TITLE: LazyLock<Regex> = LazyLock::new(|| re(r"《[^》\n]{0,80}》"));
static PAREN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"[（(]\s*((?:19|20)\d{2})\s*年度\s*[）)]"));
/// The label may be letter-spaced ("发 布 日 期"), as index blocks lay their
/// labels out to fill a column.
static PAGE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?:发\s?布|成\s?文|发\s?文|公\s?开)\s?)?(?:日\s?期|时\s?间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})",
    )
});
static ANY_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"));
static URL_TRS: LazyLock<Regex> = LazyLock::new(|| re(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_"));
static URL_HANWEB: LazyLock<Regex> =
    LazyLock::new(|| re(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"));
/// `/20210128/…`, `/2025-01/13/…`: date folders other CMSs use.
static URL_DAY_DIR: LazyLock<Regex> =
    LazyLock::new(|| re(r"/((?:19|20)\d{2})-?(\d{2})/?(\d{2})/[^/]+$"));

/// Extract everything from one capture. Pure: same input, same output.
pub fn extract(input: &CaptureInput) -> Extraction {
    extract_with(input, &Limits::default())
}

/// [`extract`] with explicit bounds on the tool runs (OCR page cap, timeouts).
pub fn extract_with(input: &CaptureInput, limits: &Limits) -> Extraction {
    let kind = attachments::kind(input.url, input.content_type, input.body);
    if kind == Kind::Html {
        let mut notes = Vec::new();
        let (text, cs) = decode::decode_html(input.body, input.content_type);
        notes.push(format!("charset {} from {}", cs.name(), cs.source.as_str()));
        // A plain-text capture (text/plain: a report published as a .txt, or
        // pdftotext output) has no markup: its lines and space-aligned
        // columns are rendered as paragraphs and a table first.
        let plain = input.content_type.is_some_and(|ct| {
            ct.trim_start()
                .to_ascii_lowercase()
                .starts_with("text/plain")
        }) && html::is_plain_text(&text);
        let page = if plain {
            notes.push("plain text: lines as paragraphs, columns as tables".into());
            html::parse_plain(&html::plain_text_to_html(&text))
        } else {
            html::parse(&text)
        };
        let mut ex = finish(input, page, Some(cs.name().to_string()), notes);
        ex.text_source = Some(TextSource::Html);
        return ex;
    }
    let r = documents::read(kind, input.url, input.content_type, input.body, limits);
    let mut ex = match &r.html {
        Some(h) => finish(input, html::parse(h), None, r.notes),
        None => bare(input, r.status, r.notes),
    };
    ex.text_source = r.source;
    ex.ocr_confidence = r.ocr_confidence;
    ex.needs_tool = r.needs_tool;
    ex
}

/// A report page published as page images (图片版, see
/// `nianbao_discover::images`): the page's `<title>` and heading over the
/// OCR'd text of its archived images, given in page order, as its body. The
/// page is the report's record (text source `ocr`); without the OCR tool it
/// keeps what its HTML says and waits for the tool (`needs_tool`).
pub fn extract_page_images(input: &CaptureInput, images: &[&[u8]], limits: &Limits) -> Extraction {
    let (text, cs) = decode::decode_html(input.body, input.content_type);
    let charset = Some(cs.name().to_string());
    let page = html::parse(&text);
    let r = documents::read_page_images(images, limits);
    let mut notes = vec![format!(
        "charset {} from {}; report page of {} page images",
        cs.name(),
        cs.source.as_str(),
        images.len()
    )];
    notes.extend(r.notes);
    let Some(body) = &r.html else {
        let mut ex = finish(input, page, charset, notes);
        ex.text_status = r.status;
        ex.needs_tool = r.needs_tool;
        ex.text_source = Some(TextSource::Html);
        return ex;
    };
    let head = format!(
        "<html><head><title>{}</title></head><body><h1>{}</h1>",
        html::esc(page.title_tag.as_deref().unwrap_or("")),
        html::esc(page.h1.as_deref().unwrap_or(""))
    );
    let mut ex = finish(
        input,
        html::parse(&body.replacen("<html><body>", &head, 1)),
        charset,
        notes,
    );
    ex.text_source = r.source;
    ex.ocr_confidence = r.ocr_confidence;
    ex
}

/// An extraction with only what the URL tells.
fn bare(input: &CaptureInput, status: TextStatus, notes: Vec<String>) -> Extraction {
    let mut fields = ReportFields {
        repost: repost(input.url),
        ..Default::default()
    };
    if let Some(d) = url_date(input.url) {
        fields.published_date = Some(d);
        fields.published_date_source = Some("url".into());
    }
    Extraction {
        fields,
        cells: Vec::new(),
        text_status: status,
        charset: None,
        notes,
        text_source: None,
        ocr_confidence: None,
        needs_tool: None,
        text: String::new(),
    }
}

/// Is the URL's host governmental? `.gov.cn` after stripping a trailing `.test`.
pub fn repost(url: &str) -> Option<bool> {
    let host = host_of(url)?;
    let host = host.strip_suffix(".test").unwrap_or(&host);
    let gov = host == "gov.cn" || host.ends_with(".gov.cn");
    Some(!gov)
}

fn valid_date(y: &str, m: &str, d: &str) -> Option<String> {
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    if !(1990..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn date_in(re: &Regex, s: &str) -> Option<String> {
    re.captures_iter(s).find_map(|c| {
        let n = c.len();
        valid_date(
            c.get(n - 3)?.as_str(),
            c.get(n - 2)?.as_str(),
            c.get(n - 1)?.as_str(),
        )
    })
}

fn url_date(url: &str) -> Option<String> {
    date_in(&URL_TRS, url)
        .or_else(|| date_in(&URL_HANWEB, url))
        .or_else(|| date_in(&URL_DAY_DIR, url))
}

/// Clean a `<title>`: drop the site-name part after " - ", "_", "|".
fn clean_title_tag(t: &str) -> String {
    let parts: Vec<&str> = t
        .split(['|', '_', '－', '—'])
        .flat_map(|p| p.split(" - "))
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let best = parts
        .iter()
        .find(|p| {
            p.contains("报告")
                || p.contains("報告")
                || p.contains("年报")
                || p.contains("要点")
                || p.contains("总结")
        })
        .or_else(|| parts.iter().max_by_key(|p| p.chars().count()));
    best.map(|s| s.to_string())
        .unwrap_or_else(|| t.trim().to_string())
}

/// Find an agency name in (Simplified) text. `allow_national` accepts
/// 生态环境部/环境保护部 without a place (only trusted in titles).
pub fn find_agency(text: &str, allow_national: bool) -> Option<String> {
    for m in AGENCY.find_iter(text) {
        let s = m.as_str();
        // locate the bureau keyword to split prefix / suffix
        let kw = ["生态环境", "环境保护", "环保"]
            .iter()
            .filter_map(|k| s.find(k))
            .min()
            .unwrap_or(0);
        let prefix = &s[..kw];
        let suffix = &s[kw..];
        let mut place_start = None;
        for (i, _) in prefix.char_indices() {
            if GAZETTEER.alias_at(prefix, i).is_some() {
                place_start = Some(i);
                break;
            }
        }
        if let Some(p) = place_start {
            let suffix = trim_branch(suffix);
            return Some(format!("{}{}", &prefix[p..], suffix));
        }
        if allow_national && suffix.ends_with('部') && !suffix.contains("分局") {
            let national = if prefix.ends_with("中华人民共和国") {
                format!("中华人民共和国{suffix}")
            } else {
                suffix.to_string()
            };
            return Some(national);
        }
    }
    None
}

/// Drop a bogus "branch" that is really a phrase ("局关于成立分局").
fn trim_branch(suffix: &str) -> &str {
    // "深圳市生态环境局南山管理局": Shenzhen names its district branches 管理局.
    // Kept only when a place name opens the branch, so that "局和城市管理局"
    // or "局林业管理局" stay the city bureau.
    if let Some(p) = suffix.find("管理局") {
        let head_end = suffix[..p]
            .char_indices()
            .find(|(_, c)| matches!(c, '部' | '厅' | '局'))
            .map(|(i, c)| i + c.len_utf8());
        if let Some(h) = head_end {
            let branch = &suffix[h..p];
            let place_named = GAZETTEER.alias_at(branch, 0).is_some()
                && !["和", "与", "及", "会同", "联合"]
                    .iter()
                    .any(|w| branch.contains(w));
            return if place_named { suffix } else { &suffix[..h] };
        }
    }
    if let Some(p) = suffix.find("分局") {
        let head_end = suffix[..p]
            .char_indices()
            .find(|(_, c)| matches!(c, '部' | '厅' | '局'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let branch = &suffix[head_end..p];
        if head_end == 0 {
            // "县生态环境分局": the branch is the whole bureau, named by its place.
            return suffix;
        }
        if branch.contains("关于")
            || branch.contains('的')
            || branch.contains("成立")
            || branch.contains("各")
        {
            return &suffix[..head_end];
        }
        // A long branch (an autonomous 旗 or county, a scenic zone) reads as
        // a place name: it ends in a place word and holds no verb of a
        // sentence ("局局长带队检查高新区分局" is not a branch's name; 长白朝鲜族
        // 自治县 and 达尔罕茂明安联合旗 are).
        const SENTENCE: &[&str] = &[
            "局长", "带队", "检查", "调研", "督导", "前往", "召开", "组织", "会同", "联系", "指导",
            "深入", "走访", "负责", "同志",
        ];
        if branch.chars().count() > 6
            && (!branch.ends_with(['旗', '县', '区', '市', '州', '盟'])
                || SENTENCE.iter().any(|w| branch.contains(w)))
        {
            return &suffix[..head_end];
        }
    }
    suffix
}

/// Province and level of an agency name.
pub fn agency_place(agency: &str) -> (Option<String>, Option<AdminLevel>) {
    let kw = ["生态环境", "环境保护", "环保"]
        .iter()
        .filter_map(|k| agency.find(k))
        .min();
    let Some(kw) = kw else {
        return (None, None);
    };
    let place = &agency[..kw];
    let suffix = &agency[kw..];
    // A 分局, or a district 管理局 under the city bureau (深圳市生态环境局南山管理局).
    let branch_at = suffix.find("分局").or_else(|| {
        suffix
            .find("管理局")
            .filter(|&p| suffix[..p].contains(['部', '厅', '局']))
    });
    let branch = branch_at
        .map(|p| {
            let head_end = suffix[..p]
                .char_indices()
                .find(|(_, c)| matches!(c, '部' | '厅' | '局'))
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(p);
            &suffix[head_end..p]
        })
        .unwrap_or("");
    let is_branch = branch_at.is_some();
    if place.is_empty() || place == "中华人民共和国" {
        if suffix.ends_with('部') {
            return (None, Some(AdminLevel::National));
        }
        return (None, None);
    }
    let full = format!("{place}{branch}");
    // A 分局 named after a zone rather than a county (武汉市…东湖生态旅游风景区分局)
    // may hold a word that is also a county elsewhere (东湖区 of 南昌): a branch
    // that resolves outside its parent bureau's province is not a place of it,
    // and the parent decides.
    let parent = GAZETTEER.resolve(place);
    let div = match (GAZETTEER.resolve(&full), parent) {
        (Some(b), Some(p)) if b.province != p.province => Some(p),
        (b, p) => b.or(p),
    };
    let province = div.map(|d| d.province.clone());
    // "南宁市横县生态环境局": a place ending in 县 or 旗 is a county whatever
    // the gazetteer resolves — it lists renamed counties under their new names
    // (横县 → 横州市), so only the city would be found.
    let level = if is_branch || place.ends_with('县') || place.ends_with('旗') {
        Some(AdminLevel::County)
    } else if let Some(d) = div {
        Some(d.level)
    } else if suffix.ends_with('厅') || place.ends_with('省') || place.ends_with("自治区") {
        Some(AdminLevel::Provincial)
    } else if place.ends_with('市')
        || place.ends_with('州')
        || place.ends_with('盟')
        || place.ends_with("地区")
    {
        Some(AdminLevel::Prefectural)
    } else if place.ends_with('县') || place.ends_with('区') || place.ends_with('旗') {
        Some(AdminLevel::County)
    } else {
        None
    };
    (province, level)
}

fn year_from_title(t: &str) -> Option<i32> {
    // "2019年1月 某市环保局2018年政府信息公开年报": a year with its month is a
    // date (the page's or the report's), not the year covered.
    if let Some(c) = TITLE_YEAR.captures_iter(t).find(|c| {
        c.get(0)
            .is_some_and(|m| !MONTH_AFTER.is_match(&t[m.end()..]))
    }) {
        return c.get(1)?.as_str().parse().ok();
    }
    let c = TITLE_YEAR_CN.captures(t)?;
    let y = crate::numerals::parse_cn_numeral(c.get(1)?.as_str().replace('○', "〇").as_str())?;
    i32::try_from(y).ok().filter(|y| (1990..=2100).contains(y))
}

fn year_of(c: Option<regex::Captures>, group: usize) -> Option<i32> {
    c?.get(group)?.as_str().parse().ok()
}

/// The year a report covers, and where it was read: the statistics period
/// ("统计时限为2020年1月1日至2020年12月31日"), "本年度（2020年）", "N年度" in
/// the first paragraph (within a year of the title's), the title, then
/// "（N年度）" near the top. A title can be wrong (a report titled for 2017
/// counting 2018); a statistics period is what the figures cover. Years in
/// 《…》 name other documents and are skipped in the first paragraph.
fn report_year(title: &str, prose: &str, head: &str) -> Option<(i32, &'static str)> {
    let title_year = year_from_title(title);
    if let Some(y) = year_of(STAT_RANGE.captures(prose), 2)
        .or_else(|| year_of(STAT_YEAR.captures(prose), 1))
        .or_else(|| year_of(YEAR_SPAN.captures(prose), 1))
        .or_else(|| year_of(THIS_YEAR.captures(prose), 1))
    {
        return Some((y, "statistics_period"));
    }
    let t = title.trim();
    let first_para = prose
        .lines()
        .map(str::trim)
        .find(|l| l.chars().count() >= 20 && (t.is_empty() || !l.contains(t)));
    if let Some(p) = first_para {
        let p = BOOK_TITLE.replace_all(p, "");
        if let Some(y) = year_of(YEAR_NIANDU.captures(&p), 1) {
            if title_year.is_none_or(|t| (t - y).abs() <= 1) {
                return Some((y, "first_paragraph"));
            }
        }
    }
    if let Some(y) = title_year {
        return Some((y, "title"));
    }
    // No year in the title: "2019年，我局…" opening one of the first paragraphs.
    if let Some(y) = prose
        .lines()
        .map(str::trim)
        .filter(|l| l.chars().count() >= 20)
        .take(3)
        .find_map(|l| year_of(YEAR_OPENING.captures(l), 1))
    {
        return Some((y, "first_paragraph"));
    }
    year_of(
        PAREN_YEAR.captures(&head.chars().take(600).collect::<String>()),
        1,
    )
    .map(|y| (y, "heading"))
}

/// The year a report published on `date` covers when it names none: reports
/// for year Y are due by 31 January (since 2019; 31 March before) of Y+1, so a
/// page published January to April is last year's. Later dates are often a
/// re-filing and say nothing.
fn year_before_publication(date: Option<&str>) -> Option<i32> {
    let (y, rest) = date?.split_once('-')?;
    let month: u32 = rest.split('-').next()?.parse().ok()?;
    let y: i32 = y.parse().ok()?;
    (1..=4).contains(&month).then_some(y - 1)
}

/// Kept by compaction: everything but whitespace (and the CMS spaces).
fn is_compact_char(c: &char) -> bool {
    !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{3000}')
}

/// The format a report is filed under. report-format.md defines the formats
/// by the year covered: a report for 2021 on that still prints the 2019
/// tables is `gb2021` (its cells keep the headers' template), one for 2019
/// or 2020 is `gb2019`. Prose stays narrative; before 2019 the headers decide.
fn filed_format(template: ReportFormat, year: Option<i32>) -> ReportFormat {
    match (template, year) {
        (ReportFormat::Narrative, _) => ReportFormat::Narrative,
        (_, Some(y)) if y >= 2021 => ReportFormat::Gb2021,
        (_, Some(y)) if y >= 2019 => ReportFormat::Gb2019,
        (t, _) => t,
    }
}

/// Template from the table headers, else from the section structure and year.
fn detect_format(compact_text: &str, year: Option<i32>) -> ReportFormat {
    if [
        "本年制发件数",
        "现行有效件数",
        "本年废止件数",
        "本年处理决定数量",
    ]
    .iter()
    .any(|k| compact_text.contains(k))
    {
        return ReportFormat::Gb2021;
    }
    if ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
        .iter()
        .any(|k| compact_text.contains(k))
    {
        return ReportFormat::Gb2019;
    }
    // 国办公开办函〔2021〕30号 made the overview's subsections 主动公开,
    // 依申请公开, 政府信息管理, 平台建设, 监督保障: a report (or one page of
    // a flip-book) written on that outline is on the template even when none
    // of its tables is on the page; the year then says which.
    let overview_parts = ["主动公开", "依申请公开", "管理", "平台建设", "监督保障"]
        .iter()
        .filter(|k| compact_text.contains(*k))
        .count();
    let template_2021_part = ["政府信息管理", "政府信息公开管理", "平台建设", "监督保障"]
        .iter()
        .any(|k| compact_text.contains(k));
    if compact_text.contains("收到和处理政府信息公开申请情况")
        || (template_2021_part && overview_parts >= 3)
    {
        return match year {
            Some(y) if y >= 2021 => ReportFormat::Gb2021,
            Some(y) if y >= 2019 => ReportFormat::Gb2019,
            _ => ReportFormat::Narrative,
        };
    }
    ReportFormat::Narrative
}

fn cell_i64(cells: &[Cell], table: &str, row: &str, col: &str) -> Option<i64> {
    let c = cells
        .iter()
        .find(|c| c.table == table && c.row == row && c.column == col)?;
    let v: f64 = c.value.as_deref()?.parse().ok()?;
    if v.fract() == 0.0 && v.abs() < 1e15 {
        Some(v as i64)
    } else {
        None
    }
}

fn finish(
    input: &CaptureInput,
    mut page: Page,
    charset: Option<String>,
    mut notes: Vec<String>,
) -> Extraction {
    // Pinyin glosses of machine-converted mirrors go; full-width digits are
    // read as the ASCII ones they stand for (see `numerals::ascii_digits`).
    let canonical = |s: &mut String| {
        if let Cow::Owned(o) = script::strip_pinyin_glosses(s) {
            *s = o;
        }
        if let Cow::Owned(o) = crate::numerals::ascii_digits(s) {
            *s = o;
        }
    };
    page.lines.iter_mut().for_each(|l| canonical(&mut l.text));
    page.title_tag
        .iter_mut()
        .chain(page.h1.iter_mut())
        .for_each(canonical);
    for (_, v) in page.meta.iter_mut() {
        if let Cow::Owned(o) = crate::numerals::ascii_digits(v) {
            *v = o;
        }
    }
    let all_text: String = page
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    // What search finds: the article body when one was chosen, else every line.
    let search_text = if page.body.is_empty() {
        all_text.clone()
    } else {
        page.body_lines()
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let title_tag = page.title_tag.as_deref().map(clean_title_tag);
    let chosen = title::choose(
        &title::Candidates {
            meta: page.meta("articletitle"),
            h1: page.h1.as_deref(),
            title_tag: title_tag.as_deref(),
            anchor: input.anchor,
        },
        page.lines
            .iter()
            .filter(|l| !l.in_table && l.link_chars * 2 < l.text.chars().count())
            .take(60)
            .map(|l| l.text.as_str()),
    );
    if let Some((_, src)) = &chosen {
        notes.push(format!("title from {}", src.as_str()));
    }
    let title_src = chosen.map(|c| c.0);
    let detected = script::detect(&format!(
        "{}{}",
        title_src.as_deref().unwrap_or(""),
        all_text
    ));
    let traditional = detected == Some(Script::Traditional);
    let sim = |s: &str| -> String {
        if traditional {
            script::to_simplified(s)
        } else {
            s.to_string()
        }
    };
    let title_sim = title_src.as_deref().map(sim).unwrap_or_default();
    // Simplified text of every line, converted once. Borrowed unless the page
    // is Traditional. Converting line by line equals converting the joined
    // text: OpenCC's dictionaries have no entry containing a newline, so no
    // match crosses one.
    let lines_sim: Vec<Cow<str>> = page
        .lines
        .iter()
        .map(|l| {
            if traditional {
                Cow::Owned(script::to_simplified(&l.text))
            } else {
                Cow::Borrowed(l.text.as_str())
            }
        })
        .collect();
    let body_lines: &[Cow<str>] = lines_sim.get(page.body.clone()).unwrap_or(&[]);
    // The whole page's lines and its `<title>`, Simplified, as the site-owner
    // readers (place, another department's site) take them.
    let page_lines: Vec<&str> = lines_sim.iter().map(|l| l.as_ref()).collect();
    let title_tag_sim = page.title_tag.as_deref().map(sim);
    let prose: String = page
        .body_lines()
        .iter()
        .zip(body_lines.iter())
        .filter(|(l, _)| !l.in_table)
        .map(|(_, s)| s.as_ref())
        .collect::<Vec<_>>()
        .join("\n");
    let all_sim: Cow<str> = if traditional {
        Cow::Owned(lines_sim.join("\n"))
    } else {
        Cow::Borrowed(all_text.as_str())
    };
    notes.push(format!(
        "body from {} ({} lines)",
        page.body_source,
        body_lines.len()
    ));

    let mut f = ReportFields {
        title: title_src.clone(),
        script: detected,
        repost: repost(input.url),
        ..Default::default()
    };
    if body_lines.is_empty() && title_src.is_none() {
        notes.push("no visible text".into());
        return Extraction {
            fields: f,
            cells: Vec::new(),
            text_status: TextStatus::Empty,
            charset,
            notes,
            text_source: None,
            ocr_confidence: None,
            needs_tool: None,
            text: String::new(),
        };
    }

    // agency
    let head: String = body_lines
        .iter()
        .take(60)
        .map(|s| s.as_ref())
        .collect::<Vec<_>>()
        .join("\n");
    f.agency = find_agency(&title_sim, true)
        .or_else(|| {
            page.meta("contentsource")
                .and_then(|s| find_agency(&sim(s), false))
        })
        // Names inside 《…》 are other documents' issuers ("根据《某市生态环境局
        // 关于…的通知》，我分局…"): read outside them first.
        .or_else(|| find_agency(&BOOK_TITLE.replace_all(&head, "》"), false))
        .or_else(|| find_agency(&head, false))
        // A long report signed at its end ("株洲市生态环境局 / 2021年1月20日").
        .or_else(|| {
            let tail = body_lines.len().saturating_sub(8);
            body_lines[tail..]
                .iter()
                .find_map(|l| find_agency(l.as_ref(), false))
        })
        // A title printed over two lines ("重庆市合川区生态环境局" / "2021年…
        // 年度报告"): the chosen title is the second, the agency the heading.
        .or_else(|| {
            [page.h1.as_deref(), page.title_tag.as_deref()]
                .into_iter()
                .flatten()
                .find_map(|s| find_agency(&sim(s), false))
        })
        // The same with the heading block outside the article container
        // (the template prints its column name as `<h1>`, then the agency
        // line, the info line, and the container opens with "2021年…年度报告"):
        // the few lines just above the body, links and tables left out.
        .or_else(|| {
            let start = page.body.start;
            lines_sim[start.saturating_sub(4)..start]
                .iter()
                .zip(&page.lines[start.saturating_sub(4)..start])
                .rev()
                .filter(|(_, l)| !l.in_table && l.link_chars * 2 < l.text.chars().count())
                .find_map(|(s, _)| find_agency(s.as_ref(), false))
        });
    if let Some(a) = &f.agency {
        let (p, l) = agency_place(a);
        f.province = p;
        f.admin_level = l;
    }
    if f.province.is_none() && f.admin_level != Some(AdminLevel::National) {
        let own_level = f.admin_level.or_else(|| {
            place::level_of_placeless(&title_sim).or_else(|| place::level_of_placeless(&head))
        });
        let (p, l, src) = place::from_surroundings(
            &place::Surroundings {
                url: input.url,
                title_tag: title_tag_sim.as_deref(),
                lines: &page_lines,
            },
            own_level,
        );
        if let Some(src) = src {
            notes.push(format!("place from {src}"));
        }
        f.province = p;
        f.admin_level = l;
        if f.province.is_none() {
            let own = format!("{title_sim}\n{head}");
            if let Some(r) = place::autonomous_region_of(&own, &page_lines) {
                notes.push("place from autonomous_region".into());
                f.province = Some(r.to_string());
            }
        }
    }

    // report year: the statistics period over the title
    if let Some((y, src)) = report_year(&title_sim, &prose, &head) {
        f.report_year = Some(y);
        f.report_year_source = Some(src.to_string());
    }

    // published date
    let meta_date = [
        "pubdate",
        "publishdate",
        "firstpublishedtime",
        "article:published_time",
        "dc.date",
        "createdate",
    ]
    .iter()
    .find_map(|k| page.meta(k).and_then(|v| date_in(&ANY_DATE, v)));
    if let Some(d) = meta_date {
        f.published_date = Some(d);
        f.published_date_source = Some("meta".into());
    } else if let Some(d) = date_in(&PAGE_DATE, &all_sim) {
        f.published_date = Some(d);
        f.published_date_source = Some("page".into());
    } else if let Some(d) = page
        .time_element
        .as_deref()
        .and_then(|t| date_in(&ANY_DATE, &crate::numerals::ascii_digits(t)))
    {
        // an unlabelled date the template marks as the publication time
        f.published_date = Some(d);
        f.published_date_source = Some("page".into());
    } else if let Some(d) = url_date(input.url) {
        f.published_date = Some(d);
        f.published_date_source = Some("url".into());
    }

    // format (reports only)
    let compact_body: String = body_lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(is_compact_char)
        .collect();
    let mut evidence = classify::BodyEvidence::scan(body_lines.iter().map(|s| s.as_ref()));
    let env_address = classify::environmental_address(input.url);
    evidence.environmental |= env_address;
    evidence.other_body_site =
        !env_address && classify::other_body_site(&page_lines, title_tag_sim.as_deref());
    let format_for = |year: Option<i32>| {
        let format = detect_format(&compact_body, year);
        if format == ReportFormat::Narrative
            && (evidence.statutory_sections >= 3
                || evidence.overview_heading
                || evidence.template_letter
                || compact_body.contains("年度报告格式")
                || compact_body.contains("国务院令第711号"))
        {
            // Laid out on the 2019/2021 template without its tables' headers
            // (a picture version, five parts instead of six): the year decides.
            return match year {
                Some(y) if y >= 2021 => ReportFormat::Gb2021,
                Some(y) if y >= 2019 => ReportFormat::Gb2019,
                _ => ReportFormat::Narrative,
            };
        }
        format
    };
    let mut format = format_for(f.report_year);
    let table_format = (format != ReportFormat::Narrative).then_some(format);

    // tables: markup first, flat text otherwise
    let mut cells: Vec<Cell> = Vec::new();
    let mut legacy = keys::LegacyFigures::default();
    if !page.tables.is_empty() {
        let grids: Vec<html::TableGrid> = if traditional {
            page.tables
                .iter()
                .map(|g| html::TableGrid {
                    rows: g
                        .rows
                        .iter()
                        .map(|r| r.iter().map(|c| sim(c)).collect())
                        .collect(),
                    cont: g.cont.clone(),
                })
                .collect()
        } else {
            page.tables.clone()
        };
        let rows = markup::rows_from_grids(&grids);
        legacy = keys::legacy_figures(&rows);
        let (c, n) = keys::interpret(&rows, table_format);
        if !c.is_empty() {
            notes.push(format!("tables: markup, {} cells", c.len()));
            notes.extend(n);
            cells = c;
        }
    }
    if cells.is_empty() {
        let rows = flat::rows_from_lines(body_lines.iter().map(|s| s.as_ref()));
        if legacy == keys::LegacyFigures::default() {
            legacy = keys::legacy_figures(&rows);
        }
        let (c, n) = keys::interpret(&rows, table_format);
        if !c.is_empty() {
            notes.push(format!("tables: flat text, {} cells", c.len()));
            notes.extend(n);
            cells = c;
        }
    }

    // doc type: the title, then what the document shows
    let tables_read = ["requests", "review", "proactive"]
        .iter()
        .filter(|t| cells.iter().any(|c| c.table == **t))
        .count();
    evidence.tables = tables_read;
    let (doc_type, reason) = classify::classify_document(
        (!title_sim.is_empty()).then_some(title_sim.as_str()),
        &evidence,
    );
    f.doc_type = doc_type;
    f.doc_type_reason = Some(reason);
    if f.doc_type == DocType::AnnualReport {
        // A report naming no year ("本年度…"), published in the months the
        // regulation gives for publishing last year's report: that year.
        if f.report_year.is_none() {
            if let Some(y) = year_before_publication(f.published_date.as_deref()) {
                f.report_year = Some(y);
                f.report_year_source = Some("published_date".into());
                format = format_for(f.report_year);
            }
        }
        f.format = Some(filed_format(format, f.report_year));
    }

    // prose figures, then table figures win
    let nar = narrative::scan(&prose);
    let mut approx = Vec::new();
    let mut issues = Vec::new();
    let mut set =
        |name: &str, prose: Option<Figure>, table: Option<i64>, out: &mut Option<i64>| match (
            table, prose,
        ) {
            (Some(t), Some(p)) => {
                *out = Some(t);
                if p.value != t {
                    issues.push(format!(
                        "prose.{name}: prose says {} but table says {t}",
                        p.value
                    ));
                }
            }
            (Some(t), None) => *out = Some(t),
            (None, Some(p)) => {
                *out = Some(p.value);
                if p.approximate {
                    approx.push(name.to_string());
                }
            }
            (None, None) => {}
        };
    // the statutory tables (2019 on), else the statistics table of 2008–2018
    let t_received = cell_i64(&cells, "requests", "new", "total").or(legacy.received);
    let t_granted = cell_i64(&cells, "requests", "granted", "total").or(legacy.granted);
    let t_recon =
        cell_i64(&cells, "review", "count", "reconsideration_total").or(legacy.reconsiderations);
    let t_suits = match (
        cell_i64(&cells, "review", "count", "direct_suit_total"),
        cell_i64(&cells, "review", "count", "after_review_suit_total"),
    ) {
        (None, None) => legacy.lawsuits,
        (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
    };
    set(
        "proactive_total",
        nar.proactive_total,
        legacy.proactive,
        &mut f.proactive_total,
    );
    set(
        "requests_received",
        nar.requests_received,
        t_received,
        &mut f.requests_received,
    );
    // A report's own comparison of years by outcome (年度 | 公开 | 部分公开 …)
    // states the year's granted requests when neither prose nor the statutory
    // table does.
    let granted_prose = nar.requests_granted.or_else(|| {
        let body_all = body_lines
            .iter()
            .map(|s| s.as_ref())
            .collect::<Vec<_>>()
            .join("\n");
        f.report_year
            .and_then(|y| narrative::granted_by_year(&body_all, y))
            .map(|value| Figure {
                value,
                approximate: false,
            })
    });
    set(
        "requests_granted",
        granted_prose,
        t_granted,
        &mut f.requests_granted,
    );
    set(
        "reconsiderations",
        nar.reconsiderations,
        t_recon,
        &mut f.reconsiderations,
    );
    set("lawsuits", nar.lawsuits, t_suits, &mut f.lawsuits);
    // A page that is not a report (news, a county government's own report,
    // a notice) has no report figures, whatever counts its prose gives.
    if f.doc_type == DocType::Other {
        f.proactive_total = None;
        f.requests_received = None;
        f.requests_granted = None;
        f.reconsiderations = None;
        f.lawsuits = None;
        approx.clear();
    }
    // "未收到政府信息公开申请" states the granted count too: with no request
    // there is none to grant, so it is 0, not "not stated".
    if f.requests_received == Some(0) && f.requests_granted.is_none() {
        f.requests_granted = Some(0);
    }

    let (checked, table_issues) = consistency::check(&cells);
    let prose_compared = issues.len();
    let mut all_issues = table_issues;
    all_issues.extend(issues);
    f.consistency = if !all_issues.is_empty() {
        Consistency::Mismatch
    } else if checked || prose_compared > 0 {
        Consistency::Ok
    } else {
        Consistency::NotApplicable
    };
    f.consistency_issues = all_issues;
    f.approximate = approx;

    Extraction {
        fields: f,
        cells,
        text_status: TextStatus::Ok,
        charset,
        notes,
        text_source: None,
        ocr_confidence: None,
        needs_tool: None,
        text: search_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_spaced_date_label() {
        let c = PAGE_DATE.captures("发 布 日 期\t2021-01-07").unwrap();
        assert_eq!((&c[1], &c[2], &c[3]), ("2021", "01", "07"));
        assert!(PAGE_DATE.is_match("发布时间：2021年1月7日"));
    }

    #[test]
    fn repost_hosts() {
        assert_eq!(repost("http://sthjt.hunan.gov.cn.test/x.html"), Some(false));
        assert_eq!(repost("https://www.mee.gov.cn/a"), Some(false));
        assert_eq!(repost("https://www.zyxiu.com/a"), Some(true));
        assert_eq!(repost("http://gov.cn.evil.com/"), Some(true));
        assert_eq!(repost("http://user@hbj.huaihua.gov.cn:8080/x"), Some(false));
        assert_eq!(repost("nonsense"), None);
    }

    #[test]
    fn agencies() {
        assert_eq!(
            find_agency("怀化市环境保护局2017年政府信息公开工作年度报告", true).as_deref(),
            Some("怀化市环境保护局")
        );
        assert_eq!(
            find_agency("保山市生态环境局昌宁分局2022年政务公开工作要点", true).as_deref(),
            Some("保山市生态环境局昌宁分局")
        );
        assert_eq!(find_agency("市环保局20xx年工作总结", true), None);
        assert_eq!(
            find_agency("202x年,苏州市环保局坚持", false).as_deref(),
            Some("苏州市环保局")
        );
        assert_eq!(
            find_agency("生态环境部2021年政府信息公开工作年度报告", true).as_deref(),
            Some("生态环境部")
        );
        assert_eq!(
            agency_place("生态环境部"),
            (None, Some(AdminLevel::National))
        );
        assert_eq!(
            agency_place("北京市生态环境局"),
            (Some("北京市".into()), Some(AdminLevel::Provincial))
        );
        assert_eq!(
            agency_place("保山市生态环境局昌宁分局"),
            (Some("云南省".into()), Some(AdminLevel::County))
        );
        assert_eq!(
            find_agency(
                "现向社会公布六安市舒城县生态环境分局2021年政府信息公开工作年度报告",
                false
            )
            .as_deref(),
            Some("六安市舒城县生态环境分局")
        );
        assert_eq!(
            agency_place("六安市舒城县生态环境分局"),
            (Some("安徽省".into()), Some(AdminLevel::County))
        );
        assert_eq!(
            agency_place("黔东南州生态环境局"),
            (Some("贵州省".into()), Some(AdminLevel::Prefectural))
        );
        // a county the gazetteer lists under its new name (横县 → 横州市):
        // the city resolves, the 县 still makes it a county
        assert_eq!(
            agency_place("南宁市横县生态环境局"),
            (Some("广西壮族自治区".into()), Some(AdminLevel::County))
        );
    }

    #[test]
    fn shenzhen_district_management_bureaus() {
        assert_eq!(
            find_agency(
                "深圳市生态环境局南山管理局2024年政府信息公开工作年度报告",
                true
            )
            .as_deref(),
            Some("深圳市生态环境局南山管理局")
        );
        assert_eq!(
            agency_place("深圳市生态环境局南山管理局"),
            (Some("广东省".to_string()), Some(AdminLevel::County))
        );
        // another body after the bureau is not its branch
        assert_eq!(
            find_agency("深圳市生态环境局会同城市管理局开展检查", false).as_deref(),
            Some("深圳市生态环境局")
        );
        assert_eq!(
            find_agency("广州市生态环境局林业管理局", false).as_deref(),
            Some("广州市生态环境局")
        );
    }

    #[test]
    fn branches_named_after_long_places() {
        // an autonomous 旗 (7 characters) and a scenic zone (9) name the 分局
        let qi = "呼伦贝尔市生态环境局鄂温克族自治旗分局2023年政府信息公开工作年度报告";
        assert_eq!(
            find_agency(qi, true).as_deref(),
            Some("呼伦贝尔市生态环境局鄂温克族自治旗分局")
        );
        assert_eq!(
            agency_place("呼伦贝尔市生态环境局鄂温克族自治旗分局"),
            (Some("内蒙古自治区".into()), Some(AdminLevel::County))
        );
        let zone = "武汉市生态环境局东湖生态旅游风景区分局2023年政府信息公开工作年度报告";
        assert_eq!(
            find_agency(zone, true).as_deref(),
            Some("武汉市生态环境局东湖生态旅游风景区分局")
        );
        // 东湖 is also a district of 南昌: the parent bureau's province decides
        assert_eq!(
            agency_place("武汉市生态环境局东湖生态旅游风景区分局"),
            (Some("湖北省".into()), Some(AdminLevel::County))
        );
        // a sentence running from the bureau into a branch is not its name
        assert_eq!(
            find_agency("宿迁市生态环境局局长带队检查高新区分局", false).as_deref(),
            Some("宿迁市生态环境局")
        );
        assert_eq!(
            find_agency("白山市生态环境局长白朝鲜族自治县分局2022年报告", false).as_deref(),
            Some("白山市生态环境局长白朝鲜族自治县分局")
        );
        // a phrase ending in 分局 is still cut back
        assert_eq!(
            find_agency("宿迁市生态环境局关于成立各县区分局的通知", false).as_deref(),
            Some("宿迁市生态环境局")
        );
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            url_date("http://x.gov.cn/xxgk/t20180302_123.html").as_deref(),
            Some("2018-03-02")
        );
        assert_eq!(
            url_date("http://x.gov.cn/art/2021/1/9/art_1_2.html").as_deref(),
            Some("2021-01-09")
        );
        assert_eq!(url_date("http://x.gov.cn/t20181302_1.html"), None);
        assert_eq!(
            url_date("https://sthj.sh.gov.cn/a/b/20210128/276c88e2.html").as_deref(),
            Some("2021-01-28")
        );
        assert_eq!(
            url_date("http://x.gov.cn/hygq/2025-01/13/article_2025011315351174763.html").as_deref(),
            Some("2025-01-13")
        );
        assert_eq!(url_date("http://x.gov.cn/list/20211399/a.html"), None);
    }

    #[test]
    fn year_is_the_statistics_period() {
        // Titled for 2017, counting 2018: the period wins.
        assert_eq!(
            report_year(
                "某某市环境保护局2017年政府信息公开工作年度报告",
                "本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。",
                ""
            ),
            Some((2018, "statistics_period"))
        );
        assert_eq!(
            report_year("", "所列数据统计时限为2020年1月1日至2020年12月31日。", ""),
            Some((2020, "statistics_period"))
        );
        assert_eq!(
            report_year(
                "年度报告",
                "本年度（2019年）我局主动公开政府信息情况如下。",
                ""
            ),
            Some((2019, "statistics_period"))
        );
        // "N年度" in the first paragraph, within a year of the title's; book titles skipped.
        assert_eq!(
            report_year(
                "某某局2017年政府信息公开工作年度报告",
                "现将我局2018年度政府信息公开工作情况报告如下，统计不含附属单位。",
                ""
            ),
            Some((2018, "first_paragraph"))
        );
        assert_eq!(
            report_year(
                "某某局2020年政府信息公开工作年度报告",
                "根据《关于做好2021年度政务公开工作的通知》要求，我局认真开展工作。",
                ""
            ),
            Some((2020, "title"))
        );
        assert_eq!(
            report_year(
                "某某局2020年政府信息公开工作年度报告",
                "2015年度以来的情况如下所述不一一列举。",
                ""
            ),
            Some((2020, "title"))
        );
        // A whole year named once ("2022年1月1日至12月31日期间") is the period,
        // over a title named for the year of publication.
        assert_eq!(
            report_year(
                "某市生态环境局2023年政府信息公开工作年度报告",
                "本报告涵盖了我局2022年1月1日至12月31日期间的政府信息公开工作情况。",
                ""
            ),
            Some((2022, "statistics_period"))
        );
        // A year with its month in the title is a date.
        assert_eq!(
            report_year(
                "2019年1月 某市环保局2018年政府信息公开年报",
                "我局认真开展工作。",
                ""
            ),
            Some((2018, "title"))
        );
        // Blanked years stay null.
        assert_eq!(
            report_year("市环保局20xx年工作总结", "202x年，苏州市环保局坚持。", ""),
            None
        );
        assert_eq!(
            report_year("政府信息公开年报", "", "（2016年度）"),
            Some((2016, "heading"))
        );
    }

    fn run(html: &str) -> ReportFields {
        extract(&CaptureInput {
            url: "http://sthjj.example.gov.cn/xxgk/a.html",
            content_type: Some("text/html; charset=utf-8"),
            body: html.as_bytes(),
            anchor: None,
        })
        .fields
    }

    #[test]
    fn statutory_rows_kept_on_one_line_with_single_spaces() {
        // flip-book and plain pdftotext output: each row of tables 3 and 4 on
        // one line, figures separated by single spaces (seven columns of
        // table 3; the fifteen of table 4 on a line of their own).
        let f = run(
            "<html><head><title>某市生态环境局2022年政府信息公开工作年度报告</title></head><body>\
            <h1>某市生态环境局2022年政府信息公开工作年度报告</h1>\
            <p>本报告统计期限自2022年1月1日至2022年12月31日。</p><p>一、总体情况</p>\
            <p>三、收到和处理政府信息公开申请情况</p>\
            <p>一、本年新收政府信息公开申请数量 3 0 1 0 0 0 4</p>\
            <p>二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0</p>\
            <p>三、本年度办理结果 （一）予以公开 2 0 1 0 0 0 3</p>\
            <p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议 行政诉讼</p>\
            <p>0 0 0 0 0 0 0 0 0 0 1 0 0 0 1</p><p>五、存在的主要问题及改进情况</p></body></html>",
        );
        assert_eq!(f.requests_received, Some(4), "{f:?}");
        assert_eq!(f.requests_granted, Some(3));
        assert_eq!(f.reconsiderations, Some(0));
        assert_eq!(f.lawsuits, Some(1));
    }

    #[test]
    fn statistics_table_of_2008_to_2018() {
        // the 政府信息公开情况统计表 narrative reports appended: one value per
        // row after a unit cell; its figures win over none in the prose
        let f = run("<html><head><title>某县环境保护局2014年政府信息公开工作年度报告</title></head><body>\
            <h1>某县环境保护局2014年政府信息公开工作年度报告</h1>\
            <p>本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。</p><p>一、概述</p>\
            <p>2014年，我局依照《中华人民共和国政府信息公开条例》推进环境信息公开。</p>\
            <p>附表：政府信息公开情况统计表</p><table>\
            <tr><td>指标名称</td><td>单位</td><td>数量</td></tr>\
            <tr><td colspan=3>一、主动公开情况</td></tr>\
            <tr><td>（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）</td><td>条</td><td>356</td></tr>\
            <tr><td>其中：主动公开规范性文件数</td><td>条</td><td>2</td></tr>\
            <tr><td colspan=3>三、依申请公开情况</td></tr>\
            <tr><td>（一）收到申请数</td><td>件</td><td>5</td></tr>\
            <tr><td>1.当面申请数</td><td>件</td><td>1</td></tr>\
            <tr><td>2.同意公开答复数</td><td>件</td><td>3</td></tr>\
            <tr><td>3.同意部分公开答复数</td><td>件</td><td>1</td></tr>\
            <tr><td>四、行政复议数量</td><td>件</td><td>1</td></tr>\
            <tr><td>五、行政诉讼数量</td><td>件</td><td>2</td></tr></table></body></html>");
        assert_eq!(f.proactive_total, Some(356), "{f:?}");
        assert_eq!(f.requests_received, Some(5));
        assert_eq!(f.requests_granted, Some(3));
        assert_eq!(f.reconsiderations, Some(1));
        assert_eq!(f.lawsuits, Some(2));
    }

    #[test]
    fn list_pages_are_not_reports() {
        let f = run("<html><head><title>信息公开年报</title></head><body><h1>信息公开年报</h1><ul>\
            <li><a href=1.html>某某市生态环境局2021年政府信息公开工作年度报告</a></li>\
            <li><a href=2.html>某某市生态环境局2020年政府信息公开工作年度报告</a></li>\
            <li><a href=3.html>某某市生态环境局2019年政府信息公开工作年度报告</a></li></ul></body></html>");
        assert_eq!(f.doc_type, DocType::Other, "{:?}", f.doc_type_reason);
    }

    #[test]
    fn chrome_titled_report_in_the_guanyu_form() {
        let f = run("<html><head><title>您好,欢迎来到某某市生态环境局!</title></head><body>\
            <h1>您好,欢迎来到某某市生态环境局!</h1><div>设为首页|收藏此页</div>\
            <p><b>株洲市生态环境局关于2018年度政府信息公开工作的报告</b></p><div class=TRS_Editor>\
            <p>本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。全年未收到政府信息公开申请。</p>\
            <p>一、概述</p><p>二、主动公开政府信息情况</p><p>三、依申请公开政府信息情况</p>\
            <p>四、因政府信息公开申请行政复议、提起行政诉讼的情况</p><p>无。</p></div></body></html>");
        assert_eq!(
            f.title.as_deref(),
            Some("株洲市生态环境局关于2018年度政府信息公开工作的报告")
        );
        assert_eq!(f.doc_type, DocType::AnnualReport);
        assert_eq!(
            f.doc_type_reason.as_deref(),
            Some("title:annual_report_pattern")
        );
        assert_eq!(
            (f.report_year, f.report_year_source.as_deref()),
            (Some(2018), Some("statistics_period"))
        );
        assert_eq!(f.agency.as_deref(), Some("株洲市生态环境局"));
        assert_eq!(f.requests_received, Some(0));
        assert_eq!(f.requests_granted, Some(0), "no request, none granted");
        assert_eq!(f.reconsiderations, Some(0), "{f:?}");
        assert_eq!(f.lawsuits, Some(0));
        assert_eq!(f.format, Some(ReportFormat::Narrative));
    }

    #[test]
    fn format_is_filed_by_the_year_a_template_report_covers() {
        use ReportFormat::*;
        assert_eq!(filed_format(Gb2019, Some(2021)), Gb2021);
        assert_eq!(filed_format(Gb2021, Some(2020)), Gb2019);
        assert_eq!(filed_format(Narrative, Some(2022)), Narrative);
        assert_eq!(filed_format(Gb2019, Some(2017)), Gb2019);
        assert_eq!(filed_format(Gb2021, None), Gb2021);
        // A 2021 report still printing the 2019 table headers.
        let f = run("<html><head><title>某某市生态环境局2021年政府信息公开工作年度报告</title></head><body>\
            <h1>某某市生态环境局2021年政府信息公开工作年度报告</h1>\
            <p>本报告统计期限为2021年1月1日至2021年12月31日。</p><p>一、总体情况</p><p>全年主动公开信息50条。</p>\
            <p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td>\
            <td>对外公开总数量</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table></body></html>");
        assert_eq!(f.format, Some(Gb2021), "{f:?}");
        // A 2020 report on the template's outline with short headings and
        // no tables: 总体情况 opens the 2019 template (概述 the narrative one).
        let f = run("<html><head><title>某某市生态环境局2020年政府信息公开工作年度报告</title></head><body>\
            <h1>某某市生态环境局2020年政府信息公开工作年度报告</h1>\
            <p>本报告统计期限为2020年1月1日至2020年12月31日。</p><p>一、总体情况</p><p>全年主动公开信息50条。</p>\
            <p>二、依申请公开情况</p><p>全年未收到申请。</p></body></html>");
        assert_eq!(f.format, Some(Gb2019), "{f:?}");
    }

    #[test]
    fn year_of_a_report_that_names_none() {
        assert_eq!(year_before_publication(Some("2021-01-20")), Some(2020));
        assert_eq!(year_before_publication(Some("2018-03-31")), Some(2017));
        assert_eq!(year_before_publication(Some("2017-06-09")), None);
        assert_eq!(year_before_publication(None), None);
        // "本年度" only, published in January: last year's report.
        let f = run("<html><head><title>株洲市生态环境局政府信息公开工作年度报告</title></head><body>\
            <h1>株洲市生态环境局政府信息公开工作年度报告</h1><div class=info>发布时间：2021-01-20</div>\
            <div class=c><p>根据《中华人民共和国政府信息公开条例》，现将本年度政府信息公开工作情况报告如下。</p>\
            <p>一、总体情况</p><p>本年度，我局主动公开政府信息120条。</p><p>二、主动公开政府信息情况</p>\
            <p>三、收到和处理政府信息公开申请情况</p></div></body></html>");
        assert_eq!(
            (f.report_year, f.report_year_source.as_deref(), f.format),
            (
                Some(2020),
                Some("published_date"),
                Some(ReportFormat::Gb2019)
            )
        );
        // A column-style title and "2019年，我局…" opening the report.
        let f = run("<html><head><title>政府信息公开工作年度报告</title></head><body><h1>政府信息公开工作年度报告</h1>\
            <div class=c><p>2019年，我局深入贯彻习近平生态文明思想，按照县委县政府部署加强生态环境信息公开。</p>\
            <p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div></body></html>");
        assert_eq!(
            (f.report_year, f.report_year_source.as_deref(), f.format),
            (
                Some(2019),
                Some("first_paragraph"),
                Some(ReportFormat::Gb2019)
            )
        );
    }

    #[test]
    fn agency_outside_the_names_of_cited_documents() {
        let f = run("<html><head><title>2020年政府信息公开工作年度报告</title></head><body>\
            <h1>2020年政府信息公开工作年度报告</h1><div class=c>\
            <p>根据《湖南省生态环境厅关于做好2020年度政府信息公开工作年度报告的通知》要求，株洲市生态环境局编制本报告。</p>\
            <p>一、总体情况</p><p>二、主动公开政府信息情况</p></div></body></html>");
        assert_eq!(f.agency.as_deref(), Some("株洲市生态环境局"));
    }

    #[test]
    fn agency_from_the_signature_of_a_long_report() {
        let filler: String = (0..70)
            .map(|i| format!("<p>（{i}）加强信息公开工作，第{i}项措施落实到位。</p>"))
            .collect();
        let f = run(&format!(
            "<html><head><title>2020年政府信息公开工作年度报告</title></head><body>\
            <h1>2020年政府信息公开工作年度报告</h1><div class=c><p>根据《条例》，我局编制本报告。</p>\
            <p>一、总体情况</p>{filler}<p>六、其他需要报告的事项</p><p>无。</p>\
            <p>株洲市生态环境局</p><p>2021年1月20日</p></div></body></html>"
        ));
        assert_eq!(f.agency.as_deref(), Some("株洲市生态环境局"));
    }

    #[test]
    fn agency_from_the_heading_of_a_title_over_two_lines() {
        let f = run("<html><head><title>重庆市合川区生态环境局_重庆市合川区人民政府</title></head><body>\
            <h1>重庆市合川区生态环境局</h1><div class=article>\
            <p>2021年政府信息公开工作年度报告</p>\
            <p>我局编制了本报告，统计期限自2021年1月1日起至2021年12月31日。</p>\
            <p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div></body></html>");
        assert_eq!(f.doc_type, DocType::AnnualReport, "{:?}", f.doc_type_reason);
        assert_eq!(f.agency.as_deref(), Some("重庆市合川区生态环境局"));
        assert_eq!(f.province.as_deref(), Some("重庆市"));
    }

    #[test]
    fn agency_from_the_heading_block_above_the_body() {
        let f = run("<html><head><title>政府信息公开年报</title></head><body>\
            <h1>政府信息公开年报</h1><p><strong>重庆市合川区生态环境局</strong></p>\
            <div class=info>发布时间：2022-01-25　来源：区生态环境局</div><div class=article-content>\
            <p>2021年政府信息公开工作年度报告</p>\
            <p>我局编制了本报告，统计期限自2021年1月1日起至2021年12月31日。</p>\
            <p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div></body></html>");
        assert_eq!(f.doc_type, DocType::AnnualReport, "{:?}", f.doc_type_reason);
        assert_eq!(f.agency.as_deref(), Some("重庆市合川区生态环境局"));
    }

    #[test]
    fn full_width_digits_read_as_ascii() {
        let f = run("<html><head><title>政府信息公开年报</title></head><body>\
            <h1>曲靖市生态环境局２０２３年政府信息公开工作年度报告</h1><div class=c>\
            <p>发布时间：２０２４－０１－１８</p>\
            <p>一、总体情况</p><p>２０２３年，我局主动公开政府信息共１１６１条，收到依申请公开７件。</p>\
            <p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div></body></html>");
        assert_eq!(f.report_year, Some(2023));
        assert_eq!(f.format, Some(ReportFormat::Gb2021));
        assert_eq!(f.proactive_total, Some(1161));
    }
}
