//! Which text is the document's title?
//!
//! Real pages do not say it in one place. TRS pages carry
//! `<meta name="ArticleTitle">`; others put the title in `<h1>` or `<title>`;
//! pages saved by scrapers and some CMS templates put site chrome there
//! ("您好,欢迎来到…!", "| 无障碍浏览 | 打开适老化模式") and the real title
//! somewhere in the first lines of the body, sometimes broken over two lines.
//! The crawler may also know the list-page anchor text that led to the page.
//!
//! So: collect candidates from every place, throw away chrome and metadata
//! lines, and take the first (by source order) that reads as a document
//! title: it names a kind of document (报告, 年报, 要点, 总结, 公报, 通知…)
//! and is not the name of the column the reports sit in. When none does, the
//! first non-chrome candidate from a structural source (meta, h1, `<title>`)
//! is kept, as before. Pure text work: the caller passes the lines.

/// Where a title candidate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleSource {
    Meta,
    H1,
    TitleTag,
    Anchor,
    Body,
}

impl TitleSource {
    pub fn as_str(&self) -> &'static str {
        match self {
            TitleSource::Meta => "meta",
            TitleSource::H1 => "h1",
            TitleSource::TitleTag => "title_tag",
            TitleSource::Anchor => "anchor",
            TitleSource::Body => "body",
        }
    }
}

/// Words of site chrome: a line holding one is never a title.
const CHROME: &[&str] = &[
    "欢迎",
    "无障碍",
    "适老化",
    "设为首页",
    "收藏",
    "当前位置",
    "所在位置",
    "您的位置",
    "现在位置",
    "实时天气",
    "网站地图",
    "繁体",
    "登录",
    "注册",
    "打印本页",
    "关闭本页",
    "关闭窗口",
    "版权所有",
    "主办单位",
    "首页",
    "»",
    "›",
    ">",
    "＞",
    // The same words on Traditional pages (wiki reposts, converted mirrors,
    // sites with a 繁體 switch): the title is chosen before the page's script
    // is known, so both forms are listed, as DOC_NOUNS does.
    "歡迎",
    "無障礙",
    "適老化",
    "設為首頁",
    "設爲首頁",
    "當前位置",
    "現在位置",
    "網站地圖",
    "繁體",
    "登錄",
    "註冊",
    "打印本頁",
    "關閉本頁",
    "關閉窗口",
    "版權所有",
    "主辦單位",
    "首頁",
];

/// Labels of the metadata block TRS/Hanweb print above an article.
const METADATA: &[&str] = &[
    "索引号",
    "发布机构",
    "发布日期",
    "发布时间",
    "成文日期",
    "信息来源",
    "来源：",
    "来源:",
    "文号",
    "浏览量",
    "访问量",
    "浏览次数",
    "主题词",
    "公开目录",
    "公开方式",
    "公开范围",
    "字体",
    // Traditional forms (see CHROME).
    "索引號",
    "發布機構",
    "發佈機構",
    "發布日期",
    "發佈日期",
    "發布時間",
    "發佈時間",
    "信息來源",
    "來源：",
    "來源:",
    "文號",
    "瀏覽量",
    "訪問量",
    "瀏覽次數",
    "主題詞",
    "公開目錄",
    "公開方式",
    "公開範圍",
    "字體",
];

/// Nouns that name a kind of document.
const DOC_NOUNS: &[&str] = &[
    "报告", "報告", "年报", "年報", "要点", "要點", "总结", "總結", "计划", "計劃", "公报", "公報",
    "通知", "决算", "決算", "方案", "通告", "公告", "意见", "意見",
];

/// Words that column names are built from: kinds of items a site lists
/// (通知, 公告, 计划, 总结, 动态, 解读…) and the joints between them.
const COLUMN_WORDS: &[&str] = &[
    "通知", "公告", "公示", "通告", "计划", "总结", "规划", "工作", "动态", "新闻", "中心", "政策",
    "解读", "文件", "部门", "政务", "要闻", "资讯", "其他", "其它", "图片", "专题", "专栏", "与",
    "和", "及", "、",
];

/// The name of a site column ("通知公告", "新闻动态", "计划总结", "工作计划与总结",
/// "政策解读"): a short label made of nothing but column words, with no
/// year, place or subject. Sites print the column a page sits in as its
/// `<title>` or heading, and a report filed under 通知公告 or 计划总结 is not a
/// notice or a summary: the label is chrome, and the document's own title
/// lower down is the title.
fn column_label(s: &str) -> bool {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let n = t.chars().count();
    if !(2..=8).contains(&n) {
        return false;
    }
    let mut rest = t.as_str();
    while !rest.is_empty() {
        match COLUMN_WORDS.iter().find(|w| rest.starts_with(*w)) {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
    true
}

/// Is this text site chrome (welcome banners, accessibility switches,
/// breadcrumbs, the name of the column the page sits in)?
pub fn is_chrome(s: &str) -> bool {
    CHROME.iter().any(|w| s.contains(w)) || column_label(s)
}

fn is_metadata(s: &str) -> bool {
    METADATA.iter().any(|w| s.contains(w))
}

fn han_count(s: &str) -> usize {
    s.chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count()
}

/// A list-page anchor cut short by the CMS ("2020年政府信息公开工作年…").
fn truncated(s: &str) -> bool {
    s.ends_with("...") || s.ends_with('…') || s.ends_with("..")
}

/// Does this candidate read as a document title?
fn reads_as_title(s: &str) -> bool {
    let n = s.chars().count();
    han_count(s) >= 4
        && n <= 80
        && !s.contains('。')
        && !is_chrome(s)
        && !is_metadata(s)
        && !truncated(s)
        && DOC_NOUNS.iter().any(|w| s.contains(w))
        && crate::classify::classify_title_reason(s).1 != "title:column_name"
}

/// A line that could be a heading: short, not a sentence. The name of the
/// column the page sits in ("年度报告", "信息公开年报"), printed as the page's
/// heading, is chrome: neither the title nor the first half of a title
/// broken over two lines ("年度报告" + "定州市环境保护局" is no title).
fn heading_like(s: &str) -> bool {
    let n = s.chars().count();
    (4..=60).contains(&n)
        && han_count(s) >= 4
        && !s.contains('。')
        && !s.ends_with('，')
        && !s.ends_with(',')
        && !is_chrome(s)
        && !is_metadata(s)
        && crate::classify::classify_title_reason(s).1 != "title:column_name"
}

/// The report title at the start of a longer line, cut after its first
/// 报告/年报 when what precedes reads as a title and is not a sentence of its own.
fn leading_title(line: &str) -> Option<&str> {
    let end = ["报告", "報告", "年报", "年報"]
        .iter()
        .filter_map(|w| line.find(w).map(|i| i + w.len()))
        .min()?;
    let head = &line[..end];
    let rest = line[end..].trim_start();
    let clause = ['，', ',', '、', '；', '：', ':'];
    (!rest.is_empty()
        && head.chars().count() <= 60
        && !head.contains(clause)
        && reads_as_title(head)
        && crate::classify::classify_title(head) == crate::DocType::AnnualReport)
        .then_some(head)
}

/// Title candidates from a page's structural places, in priority order.
pub struct Candidates<'a> {
    pub meta: Option<&'a str>,
    pub h1: Option<&'a str>,
    /// `<title>` already cleaned of its " - site name" part.
    pub title_tag: Option<&'a str>,
    pub anchor: Option<&'a str>,
}

/// Choose the title: see the module docs. `lines` are the page's first
/// visible lines outside tables and links, in document order.
pub fn choose<'a>(
    c: &Candidates<'a>,
    lines: impl IntoIterator<Item = &'a str>,
) -> Option<(String, TitleSource)> {
    let structural = [
        (c.meta, TitleSource::Meta),
        (c.h1, TitleSource::H1),
        (c.title_tag, TitleSource::TitleTag),
        (c.anchor, TitleSource::Anchor),
    ];
    let structural: Vec<(&str, TitleSource)> = structural
        .into_iter()
        .filter_map(|(s, src)| Some((s?.trim(), src)))
        .filter(|(s, _)| !s.is_empty())
        .collect();
    // An anchor is often short ("2020年度报告"): only one that names its kind
    // outright beats the page's own headings.
    if let Some((s, src)) = structural.iter().find(|(s, src)| {
        reads_as_title(s)
            && (*src != TitleSource::Anchor
                || crate::classify::classify_title_reason(s).1 != "title:no_pattern")
    }) {
        return Some((s.to_string(), *src));
    }
    // Body headings; a title broken over two lines is joined.
    let heads: Vec<&str> = lines
        .into_iter()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
        .filter(|l| !l.is_empty())
        .take(40)
        .collect();
    // A list page names many reports; none of them is this page's title.
    let titled: Vec<&&str> = heads
        .iter()
        .filter(|l| {
            reads_as_title(l) && crate::classify::classify_title(l) == crate::DocType::AnnualReport
        })
        .collect();
    let mut distinct = titled.clone();
    distinct.sort();
    distinct.dedup();
    if distinct.len() >= 3 {
        return structural
            .iter()
            .find(|(s, src)| *src != TitleSource::Anchor && !is_chrome(s) && han_count(s) >= 2)
            .map(|(s, src)| (s.to_string(), *src));
    }
    for (i, l) in heads.iter().enumerate() {
        if !heading_like(l) {
            // A title run into its first paragraph (OCR and text layers, careless
            // editors): "…2014年政府信息公开工作年度报告根据《条例》…".
            if let Some(head) = leading_title(l).filter(|_| i < 3) {
                return Some((head.to_string(), TitleSource::Body));
            }
            continue;
        }
        if reads_as_title(l) {
            return Some((l.to_string(), TitleSource::Body));
        }
        if let Some(next) = heads.get(i + 1).filter(|n| heading_like(n)) {
            let joined = format!("{l}{next}");
            if reads_as_title(&joined) && joined.chars().count() <= 60 {
                return Some((joined, TitleSource::Body));
            }
        }
    }
    if let Some((s, src)) = structural
        .iter()
        .find(|(s, src)| *src != TitleSource::Anchor && !is_chrome(s) && han_count(s) >= 2)
    {
        return Some((s.to_string(), *src));
    }
    heads
        .iter()
        .find(|l| heading_like(l))
        .map(|l| (l.to_string(), TitleSource::Body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(c: Candidates, lines: &[&'static str]) -> Option<(String, TitleSource)> {
        choose(&c, lines.iter().copied())
    }

    /// The title chosen from body lines alone (no structural candidates).
    fn from_body(lines: &[&'static str]) -> Option<String> {
        let none = Candidates {
            meta: None,
            h1: None,
            title_tag: None,
            anchor: None,
        };
        pick(none, lines).map(|g| g.0)
    }

    #[test]
    fn a_title_run_into_its_first_paragraph_is_cut_off() {
        assert_eq!(
            from_body(&["株洲市环境保护局2014年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》规定，现将我局2014年政府信息公开工作情况报告如下。"]).as_deref(),
            Some("株洲市环境保护局2014年政府信息公开工作年度报告")
        );
        // A sentence that mentions a report is not a title.
        assert_ne!(
            from_body(&["日前，生态环境部发布了2018年政府信息公开工作年度报告，全文如下。"])
                .as_deref(),
            Some("日前，生态环境部发布了2018年政府信息公开工作年度报告")
        );
    }

    #[test]
    fn a_column_name_is_not_the_title() {
        for label in [
            "通知公告",
            "新闻动态",
            "计划总结",
            "工作计划与总结",
            "政策解读",
            "公示公告",
        ] {
            assert!(is_chrome(label), "{label}");
            let got = pick(
                Candidates {
                    meta: None,
                    h1: Some(label),
                    title_tag: Some(label),
                    anchor: None,
                },
                &[
                    label,
                    "泸州市合江生态环境局2023年政府信息公开工作年度报告",
                    "一、总体情况",
                ],
            );
            assert_eq!(
                got.map(|g| g.0).as_deref(),
                Some("泸州市合江生态环境局2023年政府信息公开工作年度报告"),
                "{label}"
            );
        }
        // titles that hold a subject are not column names
        for t in [
            "关于做好年度报告编制工作的通知",
            "2023年工作总结",
            "市生态环境局工作动态",
        ] {
            assert!(!column_label(t), "{t}");
        }
    }

    #[test]
    fn chrome_is_never_a_title() {
        let lines = [
            "| 无障碍浏览 | 打开适老化模式",
            "索引号 78169183-5-/2022-0412001 发布机构 市生态环境局昌宁分局",
            "公开目录 工作计划 发布日期 2022-04-12",
            "保山市生态环境局昌宁分局2022年政务公开工作要点",
        ];
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("| 无障碍浏览 | 打开适老化模式"),
                title_tag: Some("| 无障碍浏览 | 打开适老化模式"),
                anchor: None,
            },
            &lines,
        );
        assert_eq!(
            got,
            Some((
                "保山市生态环境局昌宁分局2022年政务公开工作要点".into(),
                TitleSource::Body
            ))
        );
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("您好,欢迎来到黔东南州生态环境局!"),
                title_tag: Some("您好,欢迎来到黔东南州生态环境局!"),
                anchor: None,
            },
            &[
                "您好,欢迎来到黔东南州生态环境局!",
                "实时天气:",
                "设为首页|收藏此页",
                "您当前所在的位置: 首页 » 信息公开 » 信息公开年报",
                "黔东南州生态环境局2020年政府信息公开工作报告",
            ],
        );
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("黔东南州生态环境局2020年政府信息公开工作报告")
        );
        for s in [
            "当前位置:众一秘书网>工作总结 >",
            "设为首页|收藏此页",
            "首页 > 信息公开 > 年度报告",
        ] {
            assert!(is_chrome(s), "{s}");
            assert!(!reads_as_title(s), "{s}");
        }
    }

    #[test]
    fn traditional_chrome_and_metadata_are_not_titles() {
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("政府信息公開年報"),
                title_tag: Some("政府信息公開年報"),
                anchor: None,
            },
            &[
                "政府信息公開年報",
                "發佈時間：2020-01-21 16:46 來源：滁州市生態環境局 【字體：大 中 小】 打印",
                "滁州市生態環境局2019年度政府信息公開工作年度報告",
            ],
        );
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("滁州市生態環境局2019年度政府信息公開工作年度報告")
        );
        assert!(is_chrome("當前位置：首頁 > 政務公開"));
    }

    #[test]
    fn a_bare_column_heading_is_not_half_a_title() {
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("年度报告"),
                title_tag: Some("当前位置：首页 > 政务公开 > 年度报告"),
                anchor: None,
            },
            &[
                "年度报告",
                "定州市环境保护局",
                "政府信息公开工作2014年度报告",
            ],
        );
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("定州市环境保护局政府信息公开工作2014年度报告")
        );
    }

    #[test]
    fn title_split_over_two_lines_is_joined() {
        let got = pick(
            Candidates {
                meta: None,
                h1: None,
                title_tag: Some("欢迎访问"),
                anchor: None,
            },
            &[
                "保山市生态环境局昌宁分局2022年政务",
                "公开工作要点",
                "根据县人民政府对政务公开工作的部署要求。",
            ],
        );
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("保山市生态环境局昌宁分局2022年政务公开工作要点")
        );
    }

    #[test]
    fn structural_title_first_then_anchor_column_name_skipped() {
        let got = pick(
            Candidates {
                meta: Some("湖南省生态环境厅2019年政府信息公开工作年度报告"),
                h1: Some("另一个标题的报告"),
                title_tag: None,
                anchor: None,
            },
            &[],
        );
        assert_eq!(got.map(|g| g.1), Some(TitleSource::Meta));
        // h1 names the column; the anchor the crawler followed names the report.
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("信息公开年报"),
                title_tag: Some("信息公开年报"),
                anchor: Some("株洲市生态环境局2020年政府信息公开工作年度报告"),
            },
            &[],
        );
        assert_eq!(got.map(|g| g.1), Some(TitleSource::Anchor));
        // A short anchor that names no kind loses to the page's heading.
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("欢迎访问"),
                title_tag: None,
                anchor: Some("2020年度报告"),
            },
            &["株洲市生态环境局2020年政府信息公开工作年度报告"],
        );
        assert_eq!(got.map(|g| g.1), Some(TitleSource::Body));
        // A truncated anchor is not a title.
        let got = pick(
            Candidates {
                meta: None,
                h1: None,
                title_tag: Some("某某网站"),
                anchor: Some("株洲市生态环境局2020年政府信息公开工作年…"),
            },
            &[],
        );
        assert_eq!(got.map(|g| g.1), Some(TitleSource::TitleTag));
        // A list page: its lines name several reports; none is the title.
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("信息公开年报"),
                title_tag: Some("信息公开年报"),
                anchor: None,
            },
            &[
                "某某市生态环境局2021年政府信息公开工作年度报告",
                "某某市生态环境局2020年政府信息公开工作年度报告",
                "某某市生态环境局2019年政府信息公开工作年度报告",
            ],
        );
        assert_eq!(got.map(|g| g.1), Some(TitleSource::H1));
        // Nothing reads as a title: a structural, non-chrome candidate is kept.
        let got = pick(
            Candidates {
                meta: None,
                h1: Some("市生态环境局召开2021年政务公开工作推进会"),
                title_tag: None,
                anchor: None,
            },
            &["会议指出，要扎实做好政务公开工作。"],
        );
        assert_eq!(
            got.map(|g| g.0).as_deref(),
            Some("市生态环境局召开2021年政务公开工作推进会")
        );
    }
}
