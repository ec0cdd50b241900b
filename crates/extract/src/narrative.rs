//! Counts stated in prose: "公开各类政务信息818条", "依申请公开数量为3件",
//! "受理了依申请公开1件", "没有信息公开行政复议", "未发生…行政诉讼".
//!
//! Patterns are anchored on the verb + object the reports use, with a short
//! bounded gap (no clause punctuation) so a number from the next clause cannot
//! be borrowed. The first match in reading order wins, except that an explicit
//! "主动公开…信息N条" beats any other "发布/公开…信息N条". Negations (无, 未,
//! 没有, 未发生) in the same clause before the noun make the count 0, as
//! docs/report-format.md asks. 余/多/近/约 keep the number and flag the field.

use crate::numerals::parse_count;
use regex::Regex;
use std::sync::LazyLock;

/// One prose figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub value: i64,
    pub approximate: bool,
}

/// All prose figures of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Narrative {
    pub proactive_total: Option<Figure>,
    pub requests_received: Option<Figure>,
    pub requests_granted: Option<Figure>,
    pub reconsiderations: Option<Figure>,
    pub lawsuits: Option<Figure>,
}

const NUM: &str = r"([0-9０-９][0-9０-９,，]*|[零〇一二两三四五六七八九十百千万]+)";
const GAP: &str = r"[^。；;，,：:\n]";

/// Text taken from PDFs and flip-books pads figures with spaces ("行政复议 0 件").
const PAD: &str = r"[ \t\u{a0}\u{3000}]*";

fn re(p: &str) -> Regex {
    Regex::new(
        &p.replace("NUM", &format!("{PAD}{NUM}{PAD}"))
            .replace("GAP", GAP),
    )
    .unwrap_or_else(|e| panic!("bad built-in regex {p}: {e}"))
}

/// A proactive count: verb, a generic or specific noun before 信息, an
/// optional total word, the number. [`proactive`] decides which one, if any,
/// is the year's total.
static PROACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(主动公开|公开|发布|公布|公示|推送|更新|上传)(GAP{0,40}?)信息(?:量)?(?:全年|本年度|本年|今年)?(共|共计|总计|合计|总数|总量|共有|数量|数)?(?:为|达|达到)?[:：]?(近|约)?NUM(余|多)?(条|件|篇|份|项|[。；;]|[，,]?其中|$)",
    )
});
/// "主动公开信息数量198其中：…" — some pages lose the unit after a figure; a
/// unitless figure still ends a total where a sentence ends or where its
/// breakdown (其中) opens.
/// The count before the noun: "发布754条环保信息", "共发布300件主动公开信息",
/// "发布72条公开信息", or a total word in place of the verb ("合计87份公开信息").
static PROACTIVE_NUM_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:主动公开|公开|发布|公布|(合计|共计|总计))(?:了)?(近|约)?NUM(余|多)?(?:条|件|篇|份)(GAP{0,6}?)信息",
    )
});
/// "政府信息公开共计422条": the disclosure itself as the noun, then a total word.
static PROACTIVE_NOUN_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:政府|政务)信息(?:主动)?公开(?:工作)?(?:共|共计|总计|合计)(近|约)?NUM(余|多)?(?:条|件|篇|份|项)",
    )
});
/// "共生成85条政府信息，其中主动公开85条": the part of the information the
/// body produced that it disclosed proactively.
static PROACTIVE_OF_INFO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"信息[，,]?其中(?:主动公开|予以主动公开)(?:的)?(?:信息)?(近|约)?NUM(余|多)?(?:条|件|篇|份|项)",
    )
});
/// "在永康市人民政府网站的政府信息公开栏目累计公开211条，其中…": the count of
/// what the site or the disclosure column published, the noun left out
/// (checked in [`proactive`]: nothing but punctuation or 其中 may follow).
static PROACTIVE_ON_SITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:网站|官网|门户网|信息公开栏目|信息公开专栏|信息公开平台)GAP{0,20}?(?:累计|共|共计|合计)?(?:主动)?(?:公开|发布)(?:了)?(近|约)?NUM(余|多)?(?:条|篇)",
    )
});
/// A count tied to a channel ("微信公众号推送300余条"), with or without 信息.
/// A county's "政府信息公开平台" or "政务信息平台" is its website, and so is a
/// bureau's sub-site on the government portal ("市生态环境局子站共发布…705条");
/// "两微" is the WeChat and Weibo pair, a 客户端 a news app.
static CHANNEL_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(门户网站|官方网站|官网|(?:局|网站|门户)子站|网站|微信|微博|两微|公众号|新媒体|头条|抖音|客户端|其它方式|其他方式|其他渠道|报纸|电视|公开平台|信息平台)GAP{0,14}?(?:近|约)?NUM(?:余|多)?(?:条|篇)",
    )
});
/// A part of a breakdown ("行政许可类27条").
static PART_COUNT: LazyLock<Regex> = LazyLock::new(|| re(r"NUM(?:条|件|篇|份|项)"));
/// Words that may stand between the verb and 信息 in a total.
const GENERIC: &[&str] = &[
    "各类",
    "各项",
    "政府",
    "政务",
    "主动公开",
    "生态环境",
    "环境保护",
    "环境",
    "环保",
    "领域",
    "动态",
    "相关",
    // "全年公布有效信息6732条（不包含空气质量实时信息量）"
    "有效",
    "的",
    "了",
    "类",
    "等",
];
static REQ_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:受理|收到|新收|答复|办理|接到|接收|共有)GAP{0,14}?(?:依申请公开|依申请(?:政府)?信息公开|政府信息公开申请|信息公开申请|公开申请|申请公开政府信息|申请公开)(?:政府信息公开申请|政府信息|事项|申请|信息|件)?(?:共|总计|共计|数量为|数量|件数|条数|为)?(近|约)?NUM(余|多)?(?:件|份|个|条|宗|项|起)",
    )
});
/// "收到公民、法人向本局提交的政府信息公开0件": 提交/提出 names the thing
/// received as something applied for, so the disclosure with 申请 left out
/// is the request.
static REQ_SUBMITTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:受理|收到|接到|接收)GAP{0,30}?(?:提交|提出|递交)(?:的)?(?:政府|环境|政府环境)?信息公开(?:申请)?(?:共|共计)?(近|约)?NUM(余|多)?(?:件|份|个)",
    )
});
/// "未发生行政复议和诉讼事项", "无提起行政复议诉讼情况": 行政 is written once for
/// both, so the 诉讼 after 行政复议 is 行政诉讼.
static SHARED_XINGZHENG: LazyLock<Regex> =
    LazyLock::new(|| re(r"行政复议([和、及与或]|以及)?诉讼"));

/// "共受理公民申请4件": who applied, then the count.
static REQ_WHO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:受理|收到|接到)(?:了)?(?:公民|群众|公众|个人|法人|其他组织|企业|、|和|及|或)+(?:提出的)?(?:政府信息公开)?申请(?:共|共计)?(近|约)?NUM(余|多)?(?:件|份|个|宗)",
    )
});
static REQ_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:依申请公开(?:政府信息)?(?:申请)?|(?:政府)?信息公开申请)(?:数量|件数|总数|事项)?(?:为|共|共计|总计)(近|约)?NUM(余|多)?(?:件|份|个|宗)",
    )
});
/// The count before the noun: "收到2份政府环境信息公开申请", "依申请公开信息3件".
static REQ_COUNT_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:受理|收到|接到|接收|共有|处理|办理)(?:了)?(?:共)?(近|约)?NUM(余|多)?(?:件|份|个|宗|项)(?:政府|环境|政府环境)?(?:信息公开申请|依申请公开)|(?:^|[，,。；;\n])(?:全年|本年度|本年|今年|20\d\d年度?)?(?:共)?依申请公开(?:政府信息|信息)?(近|约)?NUM(余|多)?(?:件|条)",
    )
});
/// "全年行政发文共21件，主动公开18件，依申请公开3件": documents counted by
/// how they are disclosed. A 依申请公开 count that follows a 主动公开 one in
/// this way belongs to the documents, not to the requests.
static DOCS_BY_MODE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"主动公开(?:文件)?NUM(?:件|个|份)[，,、；;]?(?:其中)?依申请公开(?:文件)?NUM(?:件|个|份)")
});
/// "共办理申请9件，其中本年新收8件，上年结转1件": the year's new requests,
/// stated apart from those carried over.
static REQ_NEW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"本年(?:度)?新收(?:政府信息公开申请|申请)?(?:数量)?(?:为|共)?(近|约)?NUM(余|多)?(?:件|份|个)",
    )
});
/// "共收到申请6件": 申请 alone, read as requests only where the words just
/// before speak of disclosure requests (see [`bare_request`]).
static REQ_BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?:受理|收到|接到)(?:了)?申请(?:共|共计)?|申请(?:数量|总数|件数)(?:为|共)?)(近|约)?NUM(余|多)?(?:件|份|个)",
    )
});
static REQ_ZERO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:未|没有|无)(?:收到|受理|接到|发生)?GAP{0,8}?(?:依申请公开|政府信息公开申请|信息公开申请)|(?:未|没有)(?:收到|受理|接到|接收)GAP{0,30}?申请(?:[^人书表]|$)",
    )
});

/// "…: 无", "…均为0", "…为零", or a heading followed by a line saying "无":
/// the count stated as none after its noun. Editors pad figures with
/// spaces (均为 0 件, often non-breaking or ideographic ones), as `PAD` allows
/// elsewhere.
fn zero_after(noun: &str) -> Regex {
    re(&format!(
        r"(?m)(?:{noun})[^。；;\n]{{0,30}}?(?:[:：]\s*|\n\s*|均为|均是|都是|都为|数量为|为)?(?:本年度|全年|本年|今年)?[，,]?[ \t\u{{a0}}\u{{3000}}]*(?:无|暂无|没有|0|零)[ \t\u{{a0}}\u{{3000}}]*(?:件|起|个|宗|次|条)?\s*(?:[。．.；;，,）)\n]|$)"
    ))
}
/// A non-zero count ("12件"): a "none" that follows one after its noun
/// ("新收依申请公开12件，上年结转0件") belongs to another figure of the clause —
/// the carried-over or refused requests — not to the noun.
static COUNT_INSIDE: LazyLock<Regex> = LazyLock::new(|| re(r"[1-9]\d*\s*(?:件|份|个|宗|条|起|次)"));

/// Where `after` (a [`zero_after`] pattern) states its noun as none, skipping
/// matches in which a non-zero count stands between the noun and the zero.
fn stated_none(after: &Regex, text: &str) -> Option<usize> {
    after
        .find_iter(text)
        .find(|m| !COUNT_INSIDE.is_match(m.as_str()))
        .map(|m| m.start())
}
static REQ_ZERO_AFTER: LazyLock<Regex> =
    LazyLock::new(|| zero_after("依申请公开|政府信息公开申请|信息公开申请"));
static RECON_ZERO_AFTER: LazyLock<Regex> = LazyLock::new(|| zero_after("行政复议"));
static SUIT_ZERO_AFTER: LazyLock<Regex> = LazyLock::new(|| zero_after("行政诉讼"));
static CARRIED_OVER: LazyLock<Regex> =
    LazyLock::new(|| re(r"[（(](?:含|其中|包括)?上(?:一)?年(?:度)?结转(?:申请)?NUM件"));
static GRANTED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:予以公开|同意公开|全部公开)(?:的)?(?:共|有)?(近|约)?NUM(余|多)?(?:件|份|个)")
});
/// "收到申请3件，其中公开3件": the requests answered with disclosure, named
/// as a part of the requests in the same sentence (not 部分公开).
static GRANTED_OF_REQUESTS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"申请[^。；;\n]{0,40}?其中[：:]?(?:全部|予以)?公开(近|约)?NUM(余|多)?(?:件|份|个)")
});
/// "收到申请2件，申请公开的内容均不属于我单位公开范围": every request was
/// answered without disclosure, so none was granted.
static NONE_GRANTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"申请[^。；;\n]{0,30}?(?:均|全部|都)(?:不属于(?:本机关|本单位|我单位|我局|本局|本部门)|为信息不存在|予以驳回|不予公开|无法提供)",
    )
});
/// The count after the noun ("行政复议2件") or before it ("发生1起行政复议",
/// "1件政府信息公开行政复议案件"); read with [`first_alt`].
static RECON_NUM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"行政复议(?:案件|申请)?(?:共|为|共计)?(近|约)?NUM(余|多)?(?:起|件|次|宗)|(近|约)?NUM(余|多)?(?:起|件|宗)[^。；;，,：:\n、和及与]{0,8}?行政复议",
    )
});
static SUIT_NUM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"行政诉讼(?:案件)?(?:共|为|共计)?(近|约)?NUM(余|多)?(?:起|件|次|宗)|(近|约)?NUM(余|多)?(?:起|件|宗)[^。；;，,：:\n、和及与]{0,8}?行政诉讼",
    )
});
static BOTH_ZERO: LazyLock<Regex> = LazyLock::new(|| {
    re(r"行政复议[、和及与]*行政诉讼(?:案件)?(?:均为|均是|都为|为|数量均为)(?:0|零)")
});

/// "行政复议和行政诉讼各1件": one count for both.
static BOTH_EACH: LazyLock<Regex> = LazyLock::new(|| {
    re(r"行政复议[、和及与]*行政诉讼(?:案件)?各(近|约)?NUM(余|多)?(?:起|件|次|宗)")
});

fn figure(caps: &regex::Captures) -> Option<Figure> {
    let approx_pre = caps.get(1).is_some();
    let n = parse_count(caps.get(2)?.as_str())?;
    let approx_post = caps.get(3).is_some();
    Some(Figure {
        value: n,
        approximate: approx_pre || approx_post,
    })
}

fn channel_of(s: &str) -> Option<&'static str> {
    if s.contains("微信") || s.contains("公众号") || s.contains("两微") {
        Some("wechat")
    } else if s.contains("微博") {
        Some("weibo")
    } else if s.contains("网站") || s.contains("官网") || s.ends_with("平台") || s.ends_with("子站")
    {
        Some("web")
    } else if s.contains("新媒体")
        || s.contains("头条")
        || s.contains("抖音")
        || s.contains("客户端")
    {
        Some("new_media")
    } else if s.contains("方式") || s.contains("渠道") || s.contains("报纸") || s.contains("电视")
    {
        Some("other")
    } else {
        None
    }
}

/// Channels named in a clause (门户网站、微信、微博 → three).
fn channels_in(s: &str) -> usize {
    [
        s.contains("网站") || s.contains("官网") || (s.contains("子站") && !s.contains("监测子站")),
        s.contains("微信") || s.contains("公众号") || s.contains("两微"),
        s.contains("微博") || s.contains("两微"),
        s.contains("媒体") || s.contains("头条") || s.contains("抖音") || s.contains("客户端"),
        ["其他", "其它"].iter().any(|o| {
            ["渠道", "方式", "平台"]
                .iter()
                .any(|c| s.contains(&format!("{o}{c}")))
        }),
    ]
    .iter()
    .filter(|b| **b)
    .count()
}

/// The year's proactive total, as the reports state it:
/// * a cumulative figure (累计, 截至…底) is not the year's;
/// * the items the text calls the year's new ones (本年度新增的主动公开信息N) are
///   the year's, beside a platform's count of all it holds (累计 or not);
/// * "依申请公开信息2条" and category counts ("政策解读信息16条") are not totals;
/// * a stated total (共计/共有/总计…) over all channels, or naming no
///   channel, wins;
/// * counts given per channel (网站 480, 微信 163) with no stated total: none;
/// * otherwise the first count in reading order (the only one given, or the
///   main channel's, as seed 004 states its website's 1622 before the rest).
fn proactive(text: &str) -> Option<Figure> {
    let mut cands: Vec<(Figure, bool, usize)> = Vec::new(); // (figure, explicit, channels)

    // The count the text calls the year's new items ("本年度新增的主动公开信息212"),
    // where a platform's running count stands beside it.
    let mut new_of_year: Option<Figure> = None;
    for c in PROACTIVE.captures_iter(text) {
        let (Some(m), Some(verb), Some(mid)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = &text[..m.start()];
        let clause_start = unit_start(before, CLAUSE_END);
        let clause = &text[clause_start..m.end()];
        // "截至2009年底，我局累计…": cumulative, not the year's. "2023年累计
        // 公开…" is the year's.
        let lead: String = before[..clause_start].chars().rev().take(20).collect();
        let near =
            |w: &str| clause.contains(w) || lead.contains(&w.chars().rev().collect::<String>());
        // "历年累计主动公开…共250条" beside the year's count: a running total.
        // 截至/截止 alone only dates the count ("截止2018年12月31日，共主动
        // 公开政府信息603条" is the report year's); with 累计 it is a running one.
        if near("以来")
            || near("历年")
            || (["截至", "截止"].iter().any(|w| near(w)) && near("累计"))
        {
            continue;
        }
        let sentence_start = unit_start(before, SENTENCE_END);
        let sentence_end = text[m.end()..]
            .find(SENTENCE_END)
            .map_or(text.len(), |i| m.end() + i);
        let sentence = &text[sentence_start..sentence_end];
        // "我局累计主动公开政府信息1400条，全文电子化率达100%": the Shanghai
        // district template reports its disclosure catalogue's running count
        // with the share of items held in full text; the year's count, when
        // given, is the 新增 one.
        if clause.contains("累计") && sentence.contains("全文电子化率") {
            continue;
        }
        // "2024年7月至8月督察期间，累计公开信息29条": a count for part of the
        // year (one inspection, a few months) is not the year's.
        if part_of_year(&text[sentence_start..m.end()]) {
            continue;
        }
        if verb.as_str() != "主动公开" && before.ends_with("申请") {
            continue;
        }
        // "平台共发布信息3642条，全文电子化达100%，本年度新增的主动公开信息212，其中
        // 公文类信息197条": a platform's count of everything it holds, and the
        // items added this year, named as such before the verb. The year's are
        // the new ones (an increase over last year, 较上年新增, is not a count of
        // items).
        let lead_words = &text[clause_start..m.start()];
        let year_new = lead_words.contains("新增")
            && lead_words.contains('年')
            && !["较", "比", "增长"].iter().any(|w| lead_words.contains(w));
        // "…共计公开信息293。": a figure printed without its unit counts only as a
        // stated total at the end of a sentence, or as the year's new count.
        let unitless = c
            .get(7)
            .is_some_and(|u| !matches!(u.as_str(), "条" | "件" | "篇" | "份" | "项"));
        if unitless && c.get(3).is_none() && !clause.contains('共') && !year_new {
            continue;
        }
        let stated_total = c.get(3).is_some()
            || clause.contains('共')
            || clause.contains("合计")
            || clause.contains("累计");
        // "主动公开信息6513条，其中网站3983条…": a count the text goes on to
        // break down is the total of its parts.
        let after: String = text[m.end()..]
            .chars()
            .skip_while(|ch| {
                matches!(
                    ch,
                    '次' | '，' | ',' | '。' | '；' | ' ' | '\u{3000}' | '（' | '('
                )
            })
            .take(2)
            .collect();
        // "主动公开政府信息3466条，内容涉及…。其中，…网站公开信息34条，…网站46条，
        // 微博…2410条，微信…976条，12345…答复14条": a count naming no channel
        // that the channel counts after it add up to (in order, whatever
        // follows them) is their total.
        let channels_sum_to_it = channels_in(clause) == 0 && {
            let n = c.get(5).and_then(|x| parse_count(x.as_str()));
            let next: String = text[m.end()..].chars().take(600).collect();
            let mut sum = 0;
            let mut parts = 0;
            CHANNEL_COUNT
                .captures_iter(&next)
                .filter_map(|p| parse_count(p.get(2)?.as_str()))
                .any(|v| {
                    sum += v;
                    parts += 1;
                    parts >= 2 && Some(sum) == n
                })
        };
        let explicit = stated_total || after == "其中" || channels_sum_to_it || year_new;
        // "门户网站专题专栏公开信息33条": one column's count, a category, unless
        // the column is the disclosure column itself (政府信息公开专栏).
        let column = ["专栏", "栏目"].iter().any(|c| {
            clause
                .match_indices(c)
                .any(|(i, _)| !clause[..i].ends_with("信息公开"))
        });
        if column && !explicit {
            continue;
        }
        // "受理公示信息20条" names a category; "官网公示的信息共计227条" a total.
        if verb.as_str() == "公示" && mid.as_str().is_empty() && !explicit {
            continue;
        }
        // A match that starts at an earlier verb ("公开目录主动公开政府信息"):
        // judge the words after the last verb.
        // "发布或更新各类动态信息": 更新 is a verb of its own.
        let mid = [
            "主动公开",
            "公开",
            "发布",
            "公布",
            "公示",
            "推送",
            "更新",
            "上传",
        ]
        .iter()
        .filter_map(|v| mid.as_str().rfind(v).map(|i| i + v.len()))
        .max()
        .map_or(mid.as_str(), |i| &mid.as_str()[i..]);
        // "各类环境信息以及工作信息": generic nouns joined are one generic noun.
        let mut rest = mid.to_string();
        for j in ["信息以及", "信息及", "信息和"] {
            rest = rest.replace(j, "");
        }
        // "工作信息" is generic; "工作动态信息" names a category.
        if let Some(r) = rest.strip_suffix("工作") {
            rest = r.to_string();
        }
        for g in GENERIC {
            rest = rest.replace(g, "");
        }
        // "共发布新闻动态、政策解读、环境监管等信息115条": kinds listed and
        // summed up by a stated total are that total; a list without one
        // ("发布月报、季报和年报等信息422条") stays a category.
        // The same list that the text goes on to break down by channel
        // ("…等政府信息484条，其中政府网站246条…") is the year's total too.
        let by_channel_after = after == "其中" && {
            let next: String = text[m.end()..].chars().take(24).collect();
            channels_in(&next) > 0
        };
        // "…等政府信息": generic words may follow the 等 that closes the list.
        let mut list = mid;
        while let Some(g) = GENERIC.iter().find(|g| **g != "等" && list.ends_with(**g)) {
            list = &list[..list.len() - g.len()];
        }
        // "…等重要行政工作信息34条，其中行政许可类27条、双随机4条、服务指南类3条":
        // parts after 其中 that add up to the count make it their total.
        let parts_sum_to_it = after == "其中" && {
            let next: String = text[m.end()..]
                .chars()
                .take_while(|ch| !matches!(ch, '。' | '；' | ';' | '\n'))
                .collect();
            let parts: Vec<i64> = PART_COUNT
                .captures_iter(&next)
                .filter_map(|p| parse_count(p.get(1)?.as_str()))
                .collect();
            let n = c.get(5).and_then(|x| parse_count(x.as_str()));
            parts.len() >= 2 && n == Some(parts.iter().sum())
        };
        // A sum that adds up is evidence enough for a list whose 等 is followed
        // by a qualifier ("…等重要行政工作信息").
        let summed_list = list.contains('、')
            && (((stated_total || by_channel_after) && list.ends_with('等'))
                || (parts_sum_to_it && list.contains('等')));
        if !rest.is_empty() && !summed_list {
            continue;
        }
        let Some(n) = c.get(5).and_then(|x| parse_count(x.as_str())) else {
            continue;
        };
        let fig = Figure {
            value: n,
            approximate: c.get(4).is_some() || c.get(6).is_some(),
        };
        if year_new && new_of_year.is_none() {
            new_of_year = Some(fig);
        }
        cands.push((fig, explicit, channels_in(clause)));
    }
    if new_of_year.is_some() {
        return new_of_year;
    }
    // "全年发布754条环保信息": the count before a generic noun.
    let mut late: Vec<(usize, (Figure, bool, usize))> = Vec::new();
    for c in PROACTIVE_NUM_FIRST.captures_iter(text) {
        let (Some(m), Some(noun)) = (c.get(0), c.get(5)) else {
            continue;
        };
        // "72条公开信息": after the count, 公开 qualifies the items like 主动公开.
        let mut rest = noun.as_str().to_string();
        for g in GENERIC.iter().chain(&["公开"]) {
            rest = rest.replace(g, "");
        }
        let before = &text[..m.start()];
        if !rest.is_empty() || before.ends_with("申请") {
            continue;
        }
        let Some(n) = c.get(3).and_then(|x| parse_count(x.as_str())) else {
            continue;
        };
        let fig = Figure {
            value: n,
            approximate: c.get(2).is_some() || c.get(4).is_some(),
        };
        // "…等信息，合计87份公开信息": a total word stands for the verb.
        late.push((m.start(), (fig, c.get(1).is_some(), 0)));
    }
    // "政府信息公开共计422条，其中：…": the disclosure work itself named as the
    // noun, with a total word; "共生成85条政府信息，其中主动公开85条": the
    // proactively disclosed part of the information the body produced. Both
    // state the year's count outright.
    for re_ in [&*PROACTIVE_NOUN_TOTAL, &*PROACTIVE_OF_INFO] {
        for c in re_.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let before = &text[..m.start()];
            let sentence = &text[unit_start(before, SENTENCE_END)..m.end()];
            if before.ends_with("申请") || sentence.contains("依申请") || sentence.contains("累计")
            {
                continue;
            }
            if let Some(f) = figure(&c) {
                cands.push((f, true, 0));
            }
        }
    }
    if cands.is_empty() {
        cands.extend(late.into_iter().map(|(_, c)| c));
    }
    if cands.is_empty() {
        for c in PROACTIVE_ON_SITE.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let next: String = text[m.end()..].chars().take(2).collect();
            let bare = next.is_empty()
                || next.starts_with(['，', ',', '。', '；', ';', '（', '(', '\n'])
                || next == "其中";
            let before = &text[..m.start()];
            let sentence = &text[unit_start(before, SENTENCE_END)..m.end()];
            let running = ["历年", "以来", "截至", "截止"]
                .iter()
                .any(|w| sentence.contains(w));
            if let (true, false, Some(f)) = (bare, running, figure(&c)) {
                cands.push((f, false, 1));
                break;
            }
        }
    }
    if let Some((f, _, _)) = cands.iter().find(|(_, e, ch)| *e && *ch != 1) {
        return Some(*f);
    }
    let mut channels: Vec<&str> = CHANNEL_COUNT
        .captures_iter(text)
        .filter_map(|c| channel_of(c.get(1)?.as_str()))
        .collect();
    channels.sort_unstable();
    channels.dedup();
    if channels.len() >= 2 {
        return None;
    }
    cands.first().map(|(f, _, _)| *f)
}

/// "7月至8月", "3月—6月": a span of months short of the whole year.
static MONTH_SPAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\d{1,2})月(?:\d{1,2}日)?(?:至|到|—|－|-|~|～)(?:\d{4}年)?(\d{1,2})月"));

/// Does the sentence (up to a count) date that count to part of the year?
fn part_of_year(s: &str) -> bool {
    MONTH_SPAN.captures_iter(s).any(|c| {
        let m = |i| c.get(i).and_then(|x| x.as_str().parse::<u32>().ok());
        !(m(1) == Some(1) && m(2) == Some(12))
    })
}

/// Like [`first`] for a pattern of two alternatives, each with its own
/// (approx, number, approx) groups: 1-3 and 4-6.
fn first_alt(re: &Regex, text: &str) -> Option<(usize, Figure)> {
    re.captures_iter(text).find_map(|c| {
        let (pre, num, post) = if c.get(2).is_some() {
            (1, 2, 3)
        } else {
            (4, 5, 6)
        };
        let n = parse_count(c.get(num)?.as_str().trim())?;
        Some((
            c.get(0)?.start(),
            Figure {
                value: n,
                approximate: c.get(pre).is_some() || c.get(post).is_some(),
            },
        ))
    })
}

fn first(re: &Regex, text: &str) -> Option<(usize, Figure)> {
    re.captures_iter(text)
        .find_map(|c| figure(&c).map(|f| (c.get(0).map(|m| m.start()).unwrap_or(0), f)))
}

/// What ends a sentence, and what ends a clause, in report prose.
const SENTENCE_END: &[char] = &['。', '；', ';', '\n'];
const CLAUSE_END: &[char] = &['。', '；', ';', '，', ',', '\n'];
/// A clause, or the text after a label's colon.
const LABEL_END: &[char] = &['。', '；', ';', '，', ',', '\n', '：', ':'];

/// Byte offset where the last sentence or clause of `before` starts: just
/// after its last `ends` character, or 0.
fn unit_start(before: &str, ends: &[char]) -> usize {
    before
        .char_indices()
        .rev()
        .find(|(_, ch)| ends.contains(ch))
        .map_or(0, |(i, ch)| i + ch.len_utf8())
}

/// Is the noun at byte `pos` negated within its clause (无/未/没有 before it)?
fn negated_before(text: &str, pos: usize) -> bool {
    let before = match text.get(..pos) {
        Some(b) => b,
        None => return false,
    };
    let clause = &before[unit_start(before, LABEL_END)..];
    let clause: String = clause
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    ["未发生", "没有", "未出现", "未收到", "未有", "无", "未"]
        .iter()
        .any(|n| clause.contains(n))
}

fn zero_or_count(text: &str, noun: &str, num: &Regex, after: &Regex) -> Option<Figure> {
    let counted = first_alt(num, text);
    let zero_pos = [
        text.match_indices(noun)
            .map(|(p, _)| p)
            .find(|&p| negated_before(text, p)),
        BOTH_ZERO.find(text).map(|m| m.start()),
        stated_none(after, text),
    ]
    .into_iter()
    .flatten()
    .min();
    match (counted, zero_pos) {
        (Some((p, f)), Some(z)) => {
            if p <= z {
                Some(f)
            } else {
                Some(Figure {
                    value: 0,
                    approximate: false,
                })
            }
        }
        (Some((_, f)), None) => Some(f),
        (None, Some(_)) => Some(Figure {
            value: 0,
            approximate: false,
        }),
        (None, None) => None,
    }
}

/// Requests granted for `year`, read from a report's own comparison of years
/// by outcome ("年度 | 公开 | 部分公开 | … | 总数", then one row per year),
/// which some reports print beside or instead of the statutory table. The
/// column must be headed 公开 alone (部分公开 is not granted); the row is the
/// one that starts with the report's year. Works on a table flattened to one
/// cell per line as on one row per line.
pub fn granted_by_year(text: &str, year: i32) -> Option<i64> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜'))
        .filter(|t| !t.is_empty())
        .collect();
    let is_num = |t: &str| parse_count(t).is_some() && t.chars().all(|c| c.is_ascii_digit());
    let start = tokens.iter().position(|t| *t == "年度")?;
    let header: Vec<&str> = tokens[start..]
        .iter()
        .take_while(|t| !is_num(t))
        .copied()
        .collect();
    let col = header.iter().position(|h| *h == "公开")?;
    if header.len() < 3 {
        return None;
    }
    let rows = &tokens[start + header.len()..];
    rows.chunks(header.len())
        .take_while(|r| r.len() == header.len() && r.iter().all(|t| is_num(t)))
        .find(|r| r[0] == year.to_string())
        .and_then(|r| parse_count(r[col]))
}

/// Scan prose (Simplified) for the five headline counts.
/// A count of bare 申请 ("本年度共收到申请6件") where the 80 characters before it
/// speak of disclosure requests (a 依申请公开 heading or sentence), so that
/// permit applications elsewhere in a report are not read as requests.
fn bare_request(text: &str) -> Option<(usize, Figure)> {
    REQ_BARE.captures_iter(text).find_map(|c| {
        let m = c.get(0)?;
        let lead: String = text[..m.start()].chars().rev().take(80).collect();
        let lead: String = lead.chars().rev().collect();
        if !(lead.contains("依申请") || lead.contains("信息公开申请")) {
            return None;
        }
        Some((m.start(), figure(&c)?))
    })
}

pub fn scan(text: &str) -> Narrative {
    let text = &*crate::numerals::join_digit_groups(text);
    let text = &*SHARED_XINGZHENG.replace_all(text, |c: &regex::Captures| {
        format!("行政复议{}行政诉讼", c.get(1).map_or("、", |m| m.as_str()))
    });
    let proactive_total = proactive(text);
    // Counts of documents by disclosure mode blanked (same byte length, so
    // positions still compare) before the count-first request pattern reads.
    let docs_masked = DOCS_BY_MODE.replace_all(text, |c: &regex::Captures| "_".repeat(c[0].len()));
    let req = [
        first(&REQ_VERB, text),
        first(&REQ_NOUN, text),
        first(&REQ_WHO, text),
        first(&REQ_SUBMITTED, text),
        first_alt(&REQ_COUNT_FIRST, &docs_masked),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|(p, _)| *p)
    .or_else(|| bare_request(text));
    // "办理…6件（含上年结转3件）": the year's new requests are the difference.
    let req = req.map(|(p, f)| {
        let carried = text
            .get(p..)
            .and_then(|rest| rest.split(['。', '；', ';']).next())
            .and_then(|clause| CARRIED_OVER.captures(clause))
            .and_then(|c| c.get(1))
            .and_then(|m| parse_count(m.as_str().trim()));
        match carried {
            Some(c) if c < f.value => (
                p,
                Figure {
                    value: f.value - c,
                    ..f
                },
            ),
            _ => match text
                .get(p..)
                .and_then(|rest| rest.split(['。', '；', ';']).next())
                .and_then(|clause| first(&REQ_NEW, clause))
            {
                // "…9件，其中本年新收8件": the new ones, stated apart.
                Some((_, new)) if new.value <= f.value => (p, new),
                _ => (p, f),
            },
        }
    });
    let req_zero = [
        REQ_ZERO.find(text).map(|m| m.start()),
        stated_none(&REQ_ZERO_AFTER, text),
    ]
    .into_iter()
    .flatten()
    .min();
    let requests_received = match (req, req_zero) {
        (Some((p, f)), Some(z)) if z < p => {
            let _ = f;
            Some(Figure {
                value: 0,
                approximate: false,
            })
        }
        (Some((_, f)), _) => Some(f),
        (None, Some(_)) => Some(Figure {
            value: 0,
            approximate: false,
        }),
        (None, None) => None,
    };
    let requests_granted = [first(&GRANTED, text), first(&GRANTED_OF_REQUESTS, text)]
        .into_iter()
        .flatten()
        .min_by_key(|(p, _)| *p)
        .map(|(_, f)| f)
        .or_else(|| {
            let some_received = requests_received.is_some_and(|f| f.value > 0);
            (some_received && NONE_GRANTED.is_match(text)).then_some(Figure {
                value: 0,
                approximate: false,
            })
        });
    let each = first(&BOTH_EACH, text).map(|(_, f)| f);
    let reconsiderations =
        each.or_else(|| zero_or_count(text, "行政复议", &RECON_NUM, &RECON_ZERO_AFTER));
    let lawsuits = each.or_else(|| zero_or_count(text, "行政诉讼", &SUIT_NUM, &SUIT_ZERO_AFTER));
    Narrative {
        proactive_total,
        requests_received,
        requests_granted,
        reconsiderations,
        lawsuits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(f: Option<Figure>) -> Option<i64> {
        f.map(|f| f.value)
    }

    #[test]
    fn seed_phrases() {
        let n = scan(
            "2017年,通过门户网站公开各类政务信息818条,其中,人事教育7条。报送各类环保信息810多条",
        );
        assert_eq!(v(n.proactive_total), Some(818));
        let n = scan("全年主动发布信息2743条。2011年,我厅依申请公开数量为3件,全部公开给予答复。");
        assert_eq!(v(n.proactive_total), Some(2743));
        assert_eq!(v(n.requests_received), Some(3));
        assert_eq!(v(n.requests_granted), None);
        let n = scan(
            "共受理、答复政府信息公开申请70件,未发生因政府信息公开引起的行政复议、行政诉讼等情况。",
        );
        assert_eq!(v(n.requests_received), Some(70));
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("及时受理了依申请公开1件,没有信息公开行政复议和信息公开行政诉讼。");
        assert_eq!(v(n.requests_received), Some(1));
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
    }

    #[test]
    fn chinese_numerals_and_approx() {
        let n = scan("受理依申请公开两件,予以公开一件。发生行政复议一起,行政诉讼十二起。主动公开政府信息1200余条");
        assert_eq!(v(n.requests_received), Some(2));
        assert_eq!(v(n.requests_granted), Some(1));
        assert_eq!(v(n.reconsiderations), Some(1));
        assert_eq!(v(n.lawsuits), Some(12));
        assert_eq!(
            n.proactive_total,
            Some(Figure {
                value: 1200,
                approximate: true
            })
        );
        let n = scan("全年未收到依申请公开申请。");
        assert_eq!(v(n.requests_received), Some(0));
    }

    #[test]
    fn proactive_total_only_when_stated() {
        // per-channel counts, no total
        let n = scan("通过官网发布信息180条，通过微信公众号发布信息324条，通过微博发布信息382条。");
        assert_eq!(v(n.proactive_total), None);
        let n = scan(
            "微信公众号推送300余条、微博300余条；局官方网站发布信息400余条，其中行政处罚决定68条。",
        );
        assert_eq!(v(n.proactive_total), None);
        // a stated total across channels
        let n = scan("全年厅门户网站、微信、微博发布政府信息共有3343条。");
        assert_eq!(v(n.proactive_total), Some(3343));
        let n = scan("2022年全年主动公开各类政府信息共计3862条次，其中门户网站公开818条、微信发布1468条、微博发布1576条。");
        assert_eq!(v(n.proactive_total), Some(3862));
        // cumulative is not the year's; the year's new items are
        let n = scan(
            "截止到2009年底，我局累计主动公开政府信息489条。2009年新增的主动公开政府信息94条。",
        );
        assert_eq!(v(n.proactive_total), Some(94));
        // a platform's running count (累计, no date) beside the year's new items
        let n = scan(
            "平台上累计整理公开政府信息3819条，全部为电子全文，其中本年度新增主动公开信息169条。",
        );
        assert_eq!(v(n.proactive_total), Some(169));
        // categories and requests are not totals
        let n = scan("2023年累计公开政府信息240条，另通过政务新媒体微信公众号发布400余条。");
        assert_eq!(v(n.proactive_total), Some(240));
        let n =
            scan("通过市政府门户网站政府信息公开目录主动公开政府信息共204条，其中工作动态104条。");
        assert_eq!(v(n.proactive_total), Some(204));
        let n = scan("建设项目受理公示信息20条，拟审批公示信息19条。");
        assert_eq!(v(n.proactive_total), None);
        let n = scan("2019年发布政策解读信息16条。我局收到依申请公开信息2条。");
        assert_eq!(v(n.proactive_total), None);
        // "信息数N条"; the bureau's field named before 信息
        let n = scan("（一）主动公开。全年主动公开信息数106条。");
        assert_eq!(v(n.proactive_total), Some(106));
        let n = scan("官网全年发布生态环境领域信息5341条；另有政务“双微”推文1541条。");
        assert_eq!(v(n.proactive_total), Some(5341));
    }

    #[test]
    fn count_wordings_of_rw4() {
        // a channel-less count the text goes on to break down is the total
        let n = scan("2016年，我厅主动公开信息6513条，其中通过厅门户网站公开3983条；通过报刊、广播、电视、微信等其他方式公开2530条。");
        assert_eq!(v(n.proactive_total), Some(6513));
        // ...but a channel's own breakdown does not make it the total
        let n = scan("我局门户网站主动公开政府信息554条，其中重要活动类6条。通过官方微信、微博平台公开政府信息4294条。");
        assert_eq!(v(n.proactive_total), None);
        let n = scan("在门户网站主动公开政府信息143条，其中人事信息1条。在三务公开网站公开重点工作信息69条。通过其他渠道和平台公开政府信息1897条，其中官方微博1203条，微信公众号694条。");
        assert_eq!(v(n.proactive_total), None);
        // the count before the noun, counted in 件
        let n = scan("2023年共发布300件主动公开信息，其中信用修复类信息11条。");
        assert_eq!(v(n.proactive_total), Some(300));
        // items in 篇, with a rounder figure given apart
        let n = scan(
            "我局在县政府信息公开网站上公开各类信息731篇，此外还通过部门简报等公开各类信息百余条。",
        );
        assert_eq!(v(n.proactive_total), Some(731));
        // 发布或更新
        let n = scan("在县人民政府网站发布或更新各类动态信息共计176条，其中新闻发布会4条。");
        assert_eq!(v(n.proactive_total), Some(176));
        // kinds listed and summed by a stated total; a list with no total stays a category
        let n = scan("网站全年共发布新闻动态、政策解读、环境质量、环境监管等信息115条。");
        assert_eq!(v(n.proactive_total), Some(115));
        let n = scan("门户网站发布环境质量月报、季报和年报等信息422条，空气质量周预报358条。");
        assert_eq!(v(n.proactive_total), None);
        // requests: clause-initial 依申请公开N件; granted as a part of the requests
        let n = scan("通过区政府网站主动公开政务信息共计61条，依申请公开4件，办理建议提案5件。");
        assert_eq!(v(n.requests_received), Some(4));
        let n = scan("共收到政府信息公开申请3件，其中公开3件，无结转。");
        assert_eq!(v(n.requests_received), Some(3));
        assert_eq!(v(n.requests_granted), Some(3));
        let n = scan("共收到政府信息公开申请3件，其中部分公开1件。");
        assert_eq!(v(n.requests_granted), None);
    }

    #[test]
    fn count_wordings_of_rw8() {
        // the year's new requests as 新收…N件, followed by zeros of other figures
        let n = scan("2023年，我局新收依申请公开12件，上年结转0件，办结12件，结转下年度继续办理0件。其中，予以公开9件，部分公开0件。");
        assert_eq!(v(n.requests_received), Some(12));
        assert_eq!(v(n.requests_granted), Some(9));
        // a none after the noun still reads as none
        let n = scan("依申请公开情况：0件。");
        assert_eq!(v(n.requests_received), Some(0));
        // a zero after another count of the clause is not the reviews' none
        let n = scan("涉及行政复议1件，其中维持0件。");
        assert_eq!(v(n.reconsiderations), Some(1));
    }

    #[test]
    fn count_wordings_of_rw14() {
        // the year's 累计 over one channel beside a count for an inspection's months
        let n = scan(
            "使政府信息公开工作得到有力推进，累计通过县政府网站公开信息119条。\n3.政府信息管理方面。创建省级生态环境督察专题，2024年7月至8月督察期间，累计公开信息29条。",
        );
        assert_eq!(v(n.proactive_total), Some(119));
        // the Shanghai template's running catalogue count
        let n = scan("1、主动公开信息。我局累计主动公开政府信息1400条，全文电子化率达100%。");
        assert_eq!(v(n.proactive_total), None);
        // ...while the year's count given beside it is read
        let n = scan(
            "截止到2013年底，我局累计主动公开政府信息753条，全文电子化率达100%。2013年新增的主动公开政府信息28条，全文电子化率达100%。",
        );
        assert_eq!(v(n.proactive_total), Some(28));
        // documents by disclosure mode are not requests
        let n = scan(
            "全年行政发文共21件，主动公开18件，依申请公开3件。\n（二）依申请公开\n本年度共收到申请10件，作出答复10件。其中予以公开7件，信息不存在3件。",
        );
        assert_eq!(v(n.requests_received), Some(10));
        assert_eq!(v(n.requests_granted), Some(7));
        // 条数 as the count word of requests
        let n = scan("2020年，我局收到依申请公开政府信息条数1条，按时完成反馈。");
        assert_eq!(v(n.requests_received), Some(1));
    }

    #[test]
    fn count_wordings_of_rw7() {
        // requests as 依申请政府信息公开事项
        let n = scan("2024年，我局收到依申请政府信息公开事项6件。未发生因政府信息公开引起的申请行政复议、提起行政诉讼的情况。");
        assert_eq!(v(n.requests_received), Some(6));
        let n = scan("全年受理依申请信息公开事项3件。");
        assert_eq!(v(n.requests_received), Some(3));
        // a county's 政府信息公开平台 is a channel: with the new media's posts
        // and no total, no total
        let n = scan("2023年，通过沙河市政府信息公开平台公开发布政府信息257余条，通过政务新媒体推送信息694余篇。");
        assert_eq!(v(n.proactive_total), None);
        let n =
            scan("2022年，通过区政府政务信息平台主动发布各类政务信息共计95条。其中信息简报79期。");
        assert_eq!(v(n.proactive_total), Some(95));
        // a list of kinds without 共, broken down by channel after it: the total;
        // the same list with kinds after 其中 stays a category count
        let n = scan("2021年，主动公开政策法规、环境质量、行政执法等政府信息484条，其中政府网站246条，政务微信238条。");
        assert_eq!(v(n.proactive_total), Some(484));
        let n = scan("按时发布了月报、季报和年报等信息422条，其中月报12条，季报4条。");
        assert_eq!(v(n.proactive_total), None);
        // the year's count beside a running one (历年累计)
        let n = scan("自2021年1月1日至2021年12月31日止，我局在区人民政府网站政府信息公开专栏累计主动公开信息5条，历年累计主动公开政府信息共250条。");
        assert_eq!(v(n.proactive_total), Some(5));
        // a time word between 信息 and the total word
        let n = scan("通过政府信息公开网站发布及公开的信息全年共计538条。其中行政许可262条。");
        assert_eq!(v(n.proactive_total), Some(538));
        // one column's count (专题专栏) is a category
        let n = scan("在市政府网站发布环境质量信息364条。在市委市政府门户网站专题专栏公开信息33条，公开财政类信息14条。");
        assert_eq!(v(n.proactive_total), None);
        // generic nouns joined by 以及
        let n = scan("2023年，我局通过政府门户网站信息公开专栏及时发布各类环境信息以及工作信息共计174条，其中污染源违法案件查处信息61条。");
        assert_eq!(v(n.proactive_total), Some(174));
        let n = scan("全年我局主动公开环保工作动态信息43条，城区空气质量12条，项目环评20条。");
        assert_eq!(v(n.proactive_total), None);
        // figures printed without a unit: only a stated total at a sentence end
        let n = scan("在区政府网站上公开工作动态44，公开环境行政许可42，共计公开信息293。");
        assert_eq!(v(n.proactive_total), Some(293));
        let n = scan("通过专栏公开信息33。");
        assert_eq!(v(n.proactive_total), None);
        // a list of kinds whose parts after 其中 add up to it
        let n = scan("其中公开行政许可、双随机检查事项、服务指南等重要行政工作信息34条，其中行政许可类27条、双随机4条、服务指南类3条。");
        assert_eq!(v(n.proactive_total), Some(34));
    }

    #[test]
    fn count_wordings_of_rw9() {
        // 截止 + the year's end without 累计 dates the year's count; with 累计
        // (or 历年/以来) it is a running total
        let n = scan("截止2018年12月31日，共主动公开政府信息603条，全文电子化率达100%。通过部门网站公开480条，微博、微信公众号各公开信息123条。");
        assert_eq!(v(n.proactive_total), Some(603));
        let n = scan("截止到2013年底，我局累计主动公开政府信息753条。");
        assert_eq!(v(n.proactive_total), None);
        // a unitless figure after a total word, closed by its breakdown
        let n = scan(
            "2018我局通过涪城政务网主动公开信息数量198其中：基本信息公开114条，重点信息公开45。",
        );
        assert_eq!(v(n.proactive_total), Some(198));
        // the disclosure work itself as the noun, with a total word
        let n =
            scan("2022年我局政府信息公开共计422条，其中：规章及规范性文件4条、建议提案信息4条。");
        assert_eq!(v(n.proactive_total), Some(422));
        let n = scan("全年受理依申请信息公开共计3件。");
        assert_eq!(v(n.proactive_total), None);
        // the proactively disclosed part of the information produced
        let n = scan("2020年度共生成85条政府信息，其中主动公开85条。");
        assert_eq!(v(n.proactive_total), Some(85));
        let n = scan("以区委区政府名义发文12个，其中主动公开5个，依申请公开1个。");
        assert_eq!(v(n.proactive_total), None);
        // 有效信息 is generic
        let n = scan(
            "全年公布有效信息6732条（不包含空气质量实时信息量），涉及政策解读、环境公报等内容。",
        );
        assert_eq!(v(n.proactive_total), Some(6732));
        // requests handled, the count before 依申请公开
        let n = scan(
            "全年主动公开各类环境政务信息千余条，处理17项依申请公开，发布环境政务微博微信600余条。",
        );
        assert_eq!(v(n.requests_received), Some(17));
        assert_eq!(v(n.proactive_total), Some(1000));
        // a count naming no channel, then channel counts adding up to it (and a
        // reply count after them)
        let n = scan("2022年主动公开政府信息3466条，内容涉及项目审批等。\n其中，天水市生态环境局网站公开信息34条，清水县政府网站公开政府信息46条，微博公众平台公开信息2410条，微信公众平台公开信息976条，微信平台回复投诉问题1条。");
        assert_eq!(v(n.proactive_total), Some(3466));
        // channel counts that do not add up to it: no total
        let n = scan("2022年主动公开政府信息3000条。\n网站公开信息34条，微博公开信息2410条。");
        assert_eq!(v(n.proactive_total), None);
    }

    #[test]
    fn count_wordings_of_rw5() {
        // the count before 公开信息, broken down after it
        let n = scan("2024年，区生态环境分局共在门户网站发布72条公开信息，其中包括33条政务动态，25条公告公示信息。");
        assert_eq!(v(n.proactive_total), Some(72));
        // items in 份, summed by a total word standing for the verb
        let n = scan("2025年发布行政检查19份、行政处罚5份、行政许可15份等信息，合计87份公开信息。");
        assert_eq!(v(n.proactive_total), Some(87));
        // the website's 信息 with the new media's posts (推送) given apart
        let n = scan("2022年，官网发布生态环境领域相关信息5804条，“双微”发布相关推送1491条，组织新闻宣传活动26次。");
        assert_eq!(v(n.proactive_total), Some(5804));
        // every request answered without disclosure: none granted
        let n = scan("2023年我局收到信息公开申请2件，申请公开的内容均不属于我单位公开范围，已书面回复申请人。");
        assert_eq!(v(n.requests_received), Some(2));
        assert_eq!(v(n.requests_granted), Some(0));
        let n = scan("收到申请2件，其中1件不属于本机关公开范围。");
        assert_eq!(v(n.requests_granted), None);
        // request wordings: 申请公开政府信息; the noun first with a total word;
        // the year's new ones stated apart from the handled total
        let n = scan("全年受理申请公开政府信息7件。");
        assert_eq!(v(n.requests_received), Some(7));
        let n = scan("本年度政府信息公开申请共3件，已全部办结。");
        assert_eq!(v(n.requests_received), Some(3));
        let n = scan("共办理政府信息公开申请9件，其中本年新收8件，上年结转1件。");
        assert_eq!(v(n.requests_received), Some(8));
        // bare 申请 only under a disclosure-request heading
        let n = scan("（二）依申请公开情况\n本年度共收到申请6件。");
        assert_eq!(v(n.requests_received), Some(6));
        let n = scan("（二）行政许可情况\n本年度共收到申请6件，均已办结。");
        assert_eq!(v(n.requests_received), None);
        // the count before the noun; 依申请公开 after a time word; 申请数量 under
        // a request heading; 共有N件…申请
        let n = scan("本年度因政府信息公开发生1起行政复议，2起行政诉讼。");
        assert_eq!(v(n.reconsiderations), Some(1));
        assert_eq!(v(n.lawsuits), Some(2));
        let n = scan("本年度发生1件政府信息公开行政复议案件，未发生行政诉讼。");
        assert_eq!(v(n.reconsiderations), Some(1));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("全年依申请公开政府信息2条，均已答复。");
        assert_eq!(v(n.requests_received), Some(2));
        let n = scan("（二）依申请公开情况\n本年度申请数量为4件，均按期答复。");
        assert_eq!(v(n.requests_received), Some(4));
        // "行政复议2件、行政诉讼1件": the 2 is not a count before 行政诉讼
        let n = scan("全年发生行政复议2件、行政诉讼1件。");
        assert_eq!(v(n.reconsiderations), Some(2));
        assert_eq!(v(n.lawsuits), Some(1));
        let n = scan("全年共有3件政府信息公开申请，均已答复。");
        assert_eq!(v(n.requests_received), Some(3));
        // one count for both reviews
        let n = scan("本年度因政府信息公开引起的行政复议和行政诉讼各1件。");
        assert_eq!(v(n.reconsiderations), Some(1));
        assert_eq!(v(n.lawsuits), Some(1));
        // a breakdown in brackets; a colon before the count; items in 项
        let n = scan("主动公开政府信息512条（其中网站312条，微信200条）。");
        assert_eq!(v(n.proactive_total), Some(512));
        let n = scan("2023年度，我局共主动公开信息：512条。");
        assert_eq!(v(n.proactive_total), Some(512));
        let n = scan("主动公开政府信息512项，其中规范性文件2项。");
        assert_eq!(v(n.proactive_total), Some(512));
        // 更新 and 上传 as the verb
        let n = scan("全年在门户网站更新信息1253条。");
        assert_eq!(v(n.proactive_total), Some(1253));
        let n = scan("全年上传政府信息1253条，其中工作动态800条。");
        assert_eq!(v(n.proactive_total), Some(1253));
        // 份 does not turn a category into a total
        let n = scan("公开文件通知41份，公开环境质量报告59份。");
        assert_eq!(v(n.proactive_total), None);
    }

    #[test]
    fn granted_from_a_comparison_of_years() {
        let flat = "年度\n公开\n部分公开\n无法提供\n其他\n总数\n2022\n24\n0\n8\n1\n33\n2023\n16\n4\n6\n4\n30\n（三）政府信息管理";
        assert_eq!(granted_by_year(flat, 2023), Some(16));
        assert_eq!(granted_by_year(flat, 2022), Some(24));
        assert_eq!(granted_by_year(flat, 2021), None);
        let rows = "年度 | 公开 | 部分公开 | 总数\n2023 | 5 | 2 | 9";
        assert_eq!(granted_by_year(rows, 2023), Some(5));
        // no column headed 公开 alone: nothing
        assert_eq!(granted_by_year("年度 部分公开 总数\n2023 2 9", 2023), None);
    }

    #[test]
    fn zero_in_words() {
        let n = scan("本年度未收到公民、法人和其他组织提出的政府信息公开申请。");
        assert_eq!(v(n.requests_received), Some(0));
        let n = scan("我局全年没有接到任何申请。");
        assert_eq!(v(n.requests_received), Some(0));
        let n = scan("三、依申请公开政府信息情况\n无。\n四、因政府信息公开申请行政复议、提起行政诉讼的情况\n无\n");
        assert_eq!(v(n.requests_received), Some(0));
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("依申请公开、行政复议和行政诉讼均为0。");
        assert_eq!(v(n.requests_received), Some(0));
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("行政复议：无；行政诉讼：零。");
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        // Figures padded with non-breaking or ideographic spaces.
        for pad in ['\u{a0}', '\u{3000}', ' '] {
            let n = scan(&format!(
                "进入行政复议程序和行政诉讼程序的均为{pad}0{pad}件。"
            ));
            assert_eq!(v(n.reconsiderations), Some(0), "{pad:?}");
            assert_eq!(v(n.lawsuits), Some(0), "{pad:?}");
        }
        // "未收到申请人回复" is about a reply, not about requests.
        let n = scan("全年共办理回复依申请公开件6件，1件因疫情原因未收到申请人回复。");
        assert_eq!(v(n.requests_received), Some(6));
        let n = scan("2021年，区生态环境局共受理公民申请4件，均已按时答复办结。");
        assert_eq!(v(n.requests_received), Some(4));
        let n = scan("2023年，市生态环境局共收到依申请公开件7件，均按要求答复。");
        assert_eq!(v(n.requests_received), Some(7));
        let n = scan("依申请公开数量为零。");
        assert_eq!(v(n.requests_received), Some(0));
        // "无正当理由" is not "无".
        let n = scan("行政复议中无正当理由的申请人");
        assert_eq!(v(n.reconsiderations), None);
        // A stated count stays; a later 无 about something else does not zero it.
        let n = scan("收到政府信息公开申请5件。行政复议1起，行政诉讼无。");
        assert_eq!(v(n.requests_received), Some(5));
        assert_eq!(v(n.reconsiderations), Some(1));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("全年共办理回复依申请公开件6件（含上年结转3件），其中5件按时答复。");
        assert_eq!(v(n.requests_received), Some(3));
        let n = scan("全年共收到2份政府环境信息公开申请，均已答复。");
        assert_eq!(v(n.requests_received), Some(2));
        let n = scan("2023年主动公开信息68条，依申请公开信息3件。");
        assert_eq!(v(n.requests_received), Some(3));
        assert_eq!(v(n.proactive_total), Some(68));
        let n = scan("全年在县政府门户网主动公开政府信息312条，办理政府信息公开申请4起。");
        assert_eq!(v(n.requests_received), Some(4));
        let n = scan("2014年，我局全年发布754条环保信息，召开新闻发布会1次。");
        assert_eq!(v(n.proactive_total), Some(754));
        let n = scan("发布12条空气质量信息。");
        assert_eq!(v(n.proactive_total), None);
        let n = scan("办理信息公开行政复议 0 件，行政诉讼 2 件。");
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(2));
    }

    #[test]
    fn count_wordings_of_rw15() {
        let n = scan("全年公开政务信息量共275条，包括政策文件、工作动态等。");
        assert_eq!(v(n.proactive_total), Some(275));
        let n = scan("2022年在永康市人民政府网站的政府信息公开栏目累计公开211条，其中政务信息26条、部门文件2条、行政审批信息183条。");
        assert_eq!(v(n.proactive_total), Some(211));
        // The noun after the count names a category; a running count is not the year's.
        let n = scan("在县政府网站公开行政处罚信息12条。");
        assert_eq!(v(n.proactive_total), None);
        let n = scan("截至2022年底，在政府网站累计公开250条。");
        assert_eq!(v(n.proactive_total), None);
        // Two channels, no total.
        let n = scan("在政府网站公开98条，在微信公众号公开211条。");
        assert_eq!(v(n.proactive_total), None);
        // 行政 written once for both.
        let n = scan("2023年，共收到依申请公开政府信息5件，办结5件，未发生行政复议和诉讼事项。");
        assert_eq!(v(n.requests_received), Some(5));
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("2022年收到信息公开申请4件，无提起行政复议诉讼情况。");
        assert_eq!(v(n.reconsiderations), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("发生行政复议、诉讼各1件。");
        assert_eq!(v(n.reconsiderations), Some(1));
        assert_eq!(v(n.lawsuits), Some(1));
        // 诉讼 alone, not after 行政复议, stays unread.
        let n = scan("因环境污染提起民事诉讼0件。");
        assert_eq!(v(n.lawsuits), None);
        // The request with 申请 left out after 提交的.
        let n = scan("2023年收到公民、法人向昭化生态环境局提交的政府信息公开0件，均未引起行政复议和行政诉讼。");
        assert_eq!(v(n.requests_received), Some(0));
        assert_eq!(v(n.lawsuits), Some(0));
        let n = scan("全年受理群众提出的信息公开3件。");
        assert_eq!(v(n.requests_received), Some(3));
        // Documents by disclosure mode and other casework are not requests.
        let n = scan("共制作、获取政府信息117条，其中主动公开政府信息数16条、作为依申请公开信息数27条、不予公开信息数74条。");
        assert_eq!(v(n.requests_received), None);
        let n = scan("共受理提交的环评审批申请12件。");
        assert_eq!(v(n.requests_received), None);
    }

    #[test]
    fn count_wordings_of_rw18() {
        // The platform's holdings beside the year's new items, the latter's
        // unit dropped before 其中.
        let n = scan("我局在政务网站设立的政府信息公开平台共发布信息3642条，全文电子化达100%，本年度新增的主动公开信息212，其中公文类信息197条。");
        assert_eq!(v(n.proactive_total), Some(212));
        let n = scan(
            "平台共整理公开政府信息3819条，其中全文电子化达100%，本年度新增的主动公开信息169条。",
        );
        assert_eq!(v(n.proactive_total), Some(169));
        // An increase over last year is not the year's count.
        let n = scan("2016年主动公开政府信息560条，较上年新增主动公开信息120条。");
        assert_eq!(v(n.proactive_total), Some(560));
        // A unitless figure without a total word or 新增 stays unread.
        let n = scan("主动公开信息50，其中工作动态20条、通知公告30条。");
        assert_eq!(v(n.proactive_total), None);
        // A bureau's sub-site on the portal is one channel among others.
        let n = scan("2023年，市生态环境局子站共发布各类信息705条，其中新闻类信息188条，原创信息698条；通过两微及今日头条平台转载发布生态环境信息5746条；新天水客户端发布原创信息72条。");
        assert_eq!(v(n.proactive_total), None);
        let n = scan("通过县政府网站生态环境局子站主动公开政府信息共230条。");
        assert_eq!(v(n.proactive_total), Some(230));
        // A monitoring sub-station is no channel.
        let n = scan("全年主动公开政府信息共计300条，新建空气自动监测子站2个。");
        assert_eq!(v(n.proactive_total), Some(300));
    }
}
