//! Where an agency sits when its name does not say.
//!
//! Many pages name the bureau only as 市环保局 or 区生态环境分局, and spam
//! mirrors replace the place with their own name, so [`crate::fields`] finds
//! no agency with a place in it. The page around the document still tells:
//! the site owner (the `<title>` suffix, the 主办单位 footer), the capture
//! host (`sthj.suqian.gov.cn`) and gov.cn addresses in the text (an e-mail
//! at `jingzhou.gov.cn`), each resolved with the [gazetteer](crate::gazetteer).
//! The level the document gives itself (市…局 is a city's, 区…分局 a
//! district's) wins over the level of the place found, because a district
//! bureau's page is often hosted by its city.

use crate::gazetteer::{is_municipality, Division, GAZETTEER};
use crate::AdminLevel;
use regex::Regex;
use std::sync::LazyLock;

/// A bureau named without its place: 市环保局, 区生态环境分局, 省生态环境厅.
static PLACELESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{Han}]|[我本该])(省|自治区|市|州|盟|区|县|旗)(?:生态环境|环境保护|环保)(厅|分局|局)",
    )
    .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});
static GOV_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9][a-z0-9.-]*\.gov\.cn")
        .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});
/// Words that end the place part of a site owner's name.
const OWNER_KW: &[&str] = &["人民政府", "政府", "生态环境", "环境保护", "环保"];

/// The level a placeless self-designation implies.
pub fn level_of_placeless(text: &str) -> Option<AdminLevel> {
    let c = PLACELESS.captures(text)?;
    Some(match (c.get(1)?.as_str(), c.get(2)?.as_str()) {
        (_, "分局") => AdminLevel::County,
        (_, "厅") | ("省" | "自治区", _) => AdminLevel::Provincial,
        ("市" | "州" | "盟", _) => AdminLevel::Prefectural,
        _ => AdminLevel::County,
    })
}

/// The five autonomous regions by their full names.
const AUTONOMOUS_REGIONS: &[&str] = &[
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
];

/// The autonomous region of a department that calls itself only 自治区…厅/局
/// (自治区环境保护厅, 自治区生态环境厅) in `own`: the one autonomous region the
/// page's `lines` name by its full name, often only in the title of a cited
/// document (《关于印发新疆维吾尔自治区…方案的通知》). None when the department
/// does not call itself so, or when the lines name no region or several.
/// Weaker evidence than the site owner or a host, so used after them.
pub fn autonomous_region_of(own: &str, lines: &[&str]) -> Option<&'static str> {
    let self_region = PLACELESS
        .captures_iter(own)
        .any(|c| c.get(1).is_some_and(|m| m.as_str() == "自治区"));
    if !self_region {
        return None;
    }
    let mut named = AUTONOMOUS_REGIONS
        .iter()
        .filter(|r| lines.iter().any(|l| l.contains(*r)));
    match (named.next(), named.next()) {
        (Some(r), None) => Some(r),
        _ => None,
    }
}

/// The division named by a site owner such as 襄阳市襄州区人民政府.
fn owner_division(name: &str) -> Option<&'static Division> {
    let end = OWNER_KW.iter().filter_map(|k| name.find(k)).min()?;
    let place = name[..end].trim();
    (!place.is_empty())
        .then(|| GAZETTEER.resolve(place))
        .flatten()
}

/// What the page around the document says about where it sits.
pub struct Surroundings<'a> {
    pub url: &'a str,
    /// The raw `<title>`, site suffix included.
    pub title_tag: Option<&'a str>,
    /// Every visible line of the page (Simplified).
    pub lines: &'a [&'a str],
}

/// The URL's host, lowercased, without port or trailing dot.
pub fn host_of(url: &str) -> Option<String> {
    let after = url.split_once("://").map(|(_, r)| r)?;
    let host_port = after.split(['/', '?', '#']).next()?;
    let host_port = host_port.rsplit('@').next()?;
    let host = if host_port.starts_with('[') {
        host_port
    } else {
        host_port.split(':').next()?
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// What sites put between a page's own title and their name in `<title>`
/// ("某局2022年报告 - 某市人民政府", "…_某县林业局", "…｜某区政府").
pub const SITE_SEPARATORS: [char; 7] = ['-', '_', '|', '—', '－', '–', '｜'];

/// The names a page gives its site's owner, footer first: the 主办单位 (主办,
/// 版权所有, 主管单位) lines, then each part of the `<title>` after a site
/// separator; each cut at the first space, comma or bar ("主办单位：某县林业局
/// 地址：…" → 某县林业局). Both the place of a bureau named without one and
/// another department's site ([`crate::classify::other_body_site`]) are read
/// from these.
pub fn site_owner_names<'a>(
    lines: &'a [&'a str],
    title_tag: Option<&'a str>,
) -> impl Iterator<Item = &'a str> + 'a {
    let owner_lines = lines.iter().filter_map(|l| {
        let l = l.trim();
        ["主办单位", "主办", "版权所有", "主管单位"]
            .iter()
            .find_map(|k| l.strip_prefix(k))
            .map(|r| r.trim_start_matches([':', '：', ' ', '\u{3000}']))
    });
    let title_parts = title_tag
        .into_iter()
        .flat_map(|t| t.split(SITE_SEPARATORS).skip(1));
    owner_lines.chain(title_parts).map(|t| {
        let t = t.trim();
        t.split(['|', ' ', '\u{3000}', '，', ','])
            .next()
            .unwrap_or(t)
    })
}

/// The place evidence, strongest first, and where it came from.
fn division(s: &Surroundings) -> Option<(&'static Division, &'static str)> {
    if let Some(d) = site_owner_names(s.lines, s.title_tag).find_map(owner_division) {
        return Some((d, "site_owner"));
    }
    if let Some(d) = host_of(s.url).and_then(|h| GAZETTEER.of_host(&h)) {
        return Some((d, "host"));
    }
    s.lines
        .iter()
        .flat_map(|l| GOV_HOST.find_iter(l))
        .find_map(|m| GAZETTEER.of_host(m.as_str()))
        .map(|d| (d, "text_host"))
}

/// Province and level for a page whose agency name gave none: the place from
/// the surroundings, the level from `self_level` (see
/// [`level_of_placeless`]) when the document gives one. The third value
/// names the evidence (`site_owner`, `host`, `text_host`).
pub fn from_surroundings(
    s: &Surroundings,
    self_level: Option<AdminLevel>,
) -> (Option<String>, Option<AdminLevel>, Option<&'static str>) {
    let Some((d, src)) = division(s) else {
        return (None, self_level, None);
    };
    let level = match self_level {
        Some(AdminLevel::Prefectural) if is_municipality(&d.province) => AdminLevel::Provincial,
        Some(l) => l,
        None => d.level,
    };
    (Some(d.province.clone()), Some(level), Some(src))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(url: &str, title: Option<&str>, lines: &[&str], own: Option<AdminLevel>) -> String {
        let (p, l, src) = from_surroundings(
            &Surroundings {
                url,
                title_tag: title,
                lines,
            },
            own,
        );
        format!("{p:?} {l:?} {src:?}")
    }

    #[test]
    fn placeless_levels() {
        assert_eq!(
            level_of_placeless("市环保局2015年度"),
            Some(AdminLevel::Prefectural)
        );
        assert_eq!(
            level_of_placeless("区生态环境分局2021年"),
            Some(AdminLevel::County)
        );
        assert_eq!(
            level_of_placeless("省生态环境厅"),
            Some(AdminLevel::Provincial)
        );
        assert_eq!(level_of_placeless("宿迁市环保局"), None);
    }

    #[test]
    fn evidence_in_order() {
        let owner = run(
            "http://www.example.com/a.html",
            Some("区生态环境分局报告 - 襄阳市襄州区人民政府"),
            &[],
            Some(AdminLevel::County),
        );
        assert_eq!(owner, r#"Some("湖北省") Some(County) Some("site_owner")"#);
        let host = run("https://sthj.suqian.gov.cn/x.html", None, &[], None);
        assert_eq!(host, r#"Some("江苏省") Some(Prefectural) Some("host")"#);
        let mail = run(
            "https://spam.example.com/x",
            None,
            &["电子邮箱：sthjysq@jingzhou.gov.cn"],
            None,
        );
        assert_eq!(
            mail,
            r#"Some("湖北省") Some(Prefectural) Some("text_host")"#
        );
        let cited = [
            "根据《关于印发新疆维吾尔自治区2016年工作要点实施方案的通知》编制本报告。",
            "制定《关于印发〈自治区环境保护厅2016年工作实施方案〉的通知》。",
        ];
        assert_eq!(
            autonomous_region_of(cited[1], &cited),
            Some("新疆维吾尔自治区")
        );
        // a city bureau, or a text naming two regions, gives none
        assert_eq!(autonomous_region_of("市环保局", &cited), None);
        let two = ["新疆维吾尔自治区和西藏自治区", "自治区生态环境厅"];
        assert_eq!(autonomous_region_of(two[1], &two), None);
        let none = run(
            "https://spam.example.com/x",
            Some("博彩"),
            &["主办单位：博彩"],
            None,
        );
        assert_eq!(none, "None None None");
    }
}
