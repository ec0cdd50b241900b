//! `nianbao sites suggest`: the environmental bodies the archive's pages link to
//! that are not seeded yet, each as a seeds row a person can review and crawl.
//!
//! The crawl keeps every off-scope link with its text, its page and the heading of
//! its block (`nianbao_store::OffscopeLink`); a province's department links its
//! cities' bureaus (`市州生态环境局`, a `友情链接` jump menu), a city its districts'.
//! This module reads those rows ([`from_store`]) and decides with pure functions:
//! which link texts name an environmental body ([`body_name`]), where the body
//! lives (its host, or its column on a government portal: [`site_key`]), what it is
//! called, its province and level (the gazetteer, [`place_of`]) and how sure the
//! guess is ([`Suggestion::score`]). [`write_csv`] writes the rows in the seeds
//! format (`name,province,level,url,scope`, then `score,evidence`), so the reviewed
//! file goes straight to `crawl --seeds`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::LazyLock;

use nianbao_extract::gazetteer::{is_municipality, GAZETTEER};
use nianbao_extract::AdminLevel;
use regex::Regex;
use url::Url;

use crate::error::{Error, Result};

use crate::store::{OffscopeEvidence, Store};

/// One proposed seed.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// As the agency is called now: 生态环境局 preferred over 环境保护局 when both are seen.
    pub name: String,
    /// From the gazetteer; empty when the place name did not resolve.
    pub province: String,
    /// `national`, `provincial`, `prefectural` or `county`.
    pub level: &'static str,
    /// Where its crawl starts: the shortest linked URL of the body.
    pub url: String,
    /// Empty for the whole host, else the portal column's URL prefix.
    pub scope: String,
    pub score: f64,
    /// Link texts, linking pages and block headings, for the reviewer.
    pub evidence: String,
}

/// One sighting of a link to a body.
#[derive(Debug, Clone)]
struct Sighting {
    name: String,
    url: String,
    anchor: String,
    source_url: String,
    heading: Option<String>,
    linking_site: String,
}

/// The Traditional forms environmental bureaus' names use, to Simplified.
fn simplify(s: &str) -> String {
    const MAP: &[(char, char)] = &[
        ('環', '环'),
        ('護', '护'),
        ('廳', '厅'),
        ('態', '态'),
        ('區', '区'),
        ('縣', '县'),
        ('廣', '广'),
        ('東', '东'),
        ('蘇', '苏'),
        ('陽', '阳'),
        ('雲', '云'),
        ('貴', '贵'),
        ('遼', '辽'),
        ('寧', '宁'),
        ('龍', '龙'),
        ('黃', '黄'),
        ('華', '华'),
        ('門', '门'),
        ('島', '岛'),
        ('灣', '湾'),
        ('臺', '台'),
        ('務', '务'),
        ('關', '关'),
        ('開', '开'),
        ('長', '长'),
        ('鄉', '乡'),
        ('鎮', '镇'),
        ('農', '农'),
        ('業', '业'),
        ('發', '发'),
        ('國', '国'),
        ('綠', '绿'),
        ('慶', '庆'),
        ('濟', '济'),
        ('齊', '齐'),
        ('漢', '汉'),
        ('興', '兴'),
        ('報', '报'),
        ('資', '资'),
        ('訊', '讯'),
        ('湯', '汤'),
        ('頭', '头'),
        ('廈', '厦'),
        ('鄭', '郑'),
        ('瀋', '沈'),
        ('蘭', '兰'),
        ('烏', '乌'),
        ('銀', '银'),
        ('學', '学'),
        ('會', '会'),
        ('協', '协'),
        ('團', '团'),
        ('測', '测'),
        ('監', '监'),
        ('視', '视'),
    ];
    s.chars()
        .map(|c| MAP.iter().find(|(t, _)| *t == c).map_or(c, |(_, s)| *s))
        .collect()
}

/// An environmental body's name inside a link text (Simplified first): a run of
/// Han characters ending in 生态环境部/厅/局, 环境保护厅/局 or 环保局/厅, with an
/// optional `…分局` after it.
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Han}*?(?:生态环境|环境保护|环保)(?:部|厅|局)(?:\p{Han}{1,12}?分局)?")
        .expect("static regex")
});

/// What follows a body's name when the link is to something else of the body's
/// (its monitoring station, its newspaper, a company in its name).
const NOT_THE_BODY: &[&str] = &[
    "中心", "站", "所", "院", "公司", "协会", "学会", "集团", "研究", "报", "杂志", "学校",
];

/// Words a link text puts before the name (`欢迎访问…`, `链接到…`).
const LEAD_INS: &[&str] = &["欢迎访问", "欢迎光临", "链接到", "进入", "访问"];

/// The environmental body a link text names, Simplified, or None (a government
/// portal, another department, a company, a news or weather site).
pub fn body_name(anchor: &str) -> Option<String> {
    let text = simplify(anchor);
    let m = BODY.find(&text)?;
    // The words right after the name (`…生态环境局监测站`), not a whole headline.
    let after: String = text[m.end()..]
        .chars()
        .take_while(|c| !c.is_ascii() && !c.is_whitespace())
        .take(6)
        .collect();
    if NOT_THE_BODY.iter().any(|w| after.contains(w)) {
        return None;
    }
    let mut name = m.as_str();
    for lead in LEAD_INS {
        name = name.strip_prefix(lead).unwrap_or(name);
    }
    // "生态环境局" alone names nobody.
    let generic = [
        "生态环境部",
        "生态环境厅",
        "生态环境局",
        "环境保护局",
        "环保局",
    ];
    if generic.contains(&name) && name != "生态环境部" {
        return None;
    }
    Some(name.to_owned())
}

/// The province and level of a body from its name: 生态环境部 is national, a 厅 is
/// provincial, a 分局 and a 县/区 bureau county, a city's bureau prefectural
/// (a municipality's own bureau provincial). None when the place does not resolve.
pub fn place_of(name: &str) -> Option<(String, &'static str)> {
    if name == "生态环境部" || name == "环境保护部" {
        return Some((String::new(), "national"));
    }
    let cut = ["生态环境", "环境保护", "环保"]
        .iter()
        .filter_map(|k| name.find(k))
        .min()
        .unwrap_or(name.len());
    let place = &name[..cut];
    let branch = name.ends_with("分局");
    // A 分局's own place sits between the parent bureau and 分局.
    let full_place: String = if branch {
        let tail = &name[cut..];
        let inner = tail
            .trim_end_matches("分局")
            .trim_start_matches(|c: char| "生态环境保护局厅".contains(c));
        format!("{place}{inner}")
    } else {
        place.to_owned()
    };
    let d = GAZETTEER
        .resolve(&full_place)
        .or_else(|| GAZETTEER.resolve(place))?;
    let level = if name.ends_with('厅') {
        "provincial"
    } else if branch {
        "county"
    } else {
        match d.level {
            AdminLevel::National => "national",
            AdminLevel::Provincial if is_municipality(&d.province) => "provincial",
            AdminLevel::Provincial => return None, // a province has a 厅, not a 局
            AdminLevel::Prefectural => "prefectural",
            AdminLevel::County => "county",
        }
    };
    Some((d.province.clone(), level))
}

/// Labels of hosts that belong to an environmental body itself (mee.gov.cn,
/// sthjt.gd.gov.cn, hbj.x.gov.cn), as opposed to a government portal whose
/// departments are columns.
fn host_is_bureau(host: &str) -> bool {
    host.split('.').any(|l| {
        matches!(l, "mee" | "mep" | "epb")
            || ["sthj", "hbj", "hbt", "hjbh", "sthb"]
                .iter()
                .any(|p| l.starts_with(p))
    })
}

/// Where a body linked at `url` lives: its host (scope empty), or on a government
/// portal (`www.<city>.gov.cn`) the column of the link's first directory.
pub fn site_key(url: &Url) -> Option<(String, String)> {
    let host = url.host_str()?.to_ascii_lowercase();
    // `.gov.cn` inside, not at the end: test hosts end in `.test`.
    let portal = host.starts_with("www.") && host.contains(".gov.cn") && !host_is_bureau(&host);
    let mut segs = url.path_segments()?;
    let first = segs.next().unwrap_or("");
    let is_dir = !first.is_empty() && segs.next().is_some();
    if portal && is_dir {
        let prefix = format!("{}://{}/{first}/", url.scheme(), url.authority());
        return Some((host, prefix));
    }
    Some((host, String::new()))
}

/// Is `url` inside a site the archive already has? `sites` are (host, scope) rows,
/// scope a path prefix or empty.
fn already_seeded(url: &Url, sites: &[(String, String)]) -> bool {
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let path = url.path().to_ascii_lowercase();
    sites.iter().any(|(h, scope)| {
        *h == host && (scope.is_empty() || path.starts_with(&scope.to_ascii_lowercase()))
    })
}

/// Suggestions from the archive's off-scope links, best first.
pub fn from_store(store: &Store, min_score: f64) -> Result<Vec<Suggestion>> {
    let rows = store.offscope_evidence().map_err(Error::from)?;
    let sites = store.site_scopes().map_err(Error::from)?;
    Ok(suggest(&rows, &sites, min_score))
}

/// Suggestions from off-scope evidence rows, excluding what `sites` already cover.
pub fn suggest(
    rows: &[OffscopeEvidence],
    sites: &[(String, String)],
    min_score: f64,
) -> Vec<Suggestion> {
    let mut groups: BTreeMap<(String, String), Vec<Sighting>> = BTreeMap::new();
    for r in rows {
        let Ok(url) = Url::parse(&r.link.url) else {
            continue;
        };
        if already_seeded(&url, sites) {
            continue;
        }
        let text = if r.link.anchor.is_empty() {
            r.link.block_heading.clone().unwrap_or_default()
        } else {
            r.link.anchor.clone()
        };
        let Some(name) = body_name(&text) else {
            continue;
        };
        let Some(key) = site_key(&url) else {
            continue;
        };
        groups.entry(key).or_default().push(Sighting {
            name,
            url: r.link.url.clone(),
            anchor: r.link.anchor.clone(),
            source_url: r.link.source_url.clone(),
            heading: r.link.block_heading.clone(),
            linking_site: format!("{}{}", r.site_host, r.site_scope),
        });
    }
    let mut out: Vec<Suggestion> = groups
        .into_iter()
        .map(|((host, scope), seen)| judge(&host, scope, &seen))
        .filter(|s| s.score >= min_score)
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

/// One group's name, place, start URL, score and evidence.
fn judge(host: &str, scope: String, seen: &[Sighting]) -> Suggestion {
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    for s in seen {
        *names.entry(s.name.as_str()).or_default() += 1;
    }
    // The current name (生态环境) wins over the old one (环境保护/环保), then the
    // most seen, then the longest.
    let name = names
        .iter()
        .max_by_key(|(n, c)| (n.contains("生态环境"), **c, n.chars().count()))
        .map(|(n, _)| (*n).to_owned())
        .unwrap_or_default();
    let place = place_of(&name);
    let url = if scope.is_empty() {
        start_url(host, seen)
    } else {
        scope.clone()
    };
    let pages: BTreeSet<&str> = seen.iter().map(|s| s.source_url.as_str()).collect();
    let linking_sites: BTreeSet<&str> = seen.iter().map(|s| s.linking_site.as_str()).collect();
    let env_heading = seen.iter().any(|s| {
        s.heading.as_deref().is_some_and(|h| {
            let h = simplify(h);
            ["环境", "环保", "市州", "区县", "县区", "市县", "分局"]
                .iter()
                .any(|w| h.contains(w))
        })
    });
    let report_words = seen.iter().any(|s| {
        let t = simplify(&s.anchor);
        ["年报", "年度报告", "信息公开"]
            .iter()
            .any(|w| t.contains(w))
    });
    let mut score = 1.0;
    score += if place.is_some() { 0.5 } else { -0.5 };
    score += 0.25 * (pages.len().saturating_sub(1).min(4)) as f64;
    score += 0.5 * (linking_sites.len().saturating_sub(1).min(2)) as f64;
    if env_heading {
        score += 0.5;
    }
    if report_words {
        score += 0.25;
    }
    let (province, level) = place.unwrap_or_else(|| (String::new(), guess_level(&name)));
    Suggestion {
        name,
        province,
        level,
        url,
        scope,
        score,
        evidence: evidence(seen, pages.len()),
    }
}

/// Where a whole-host body's crawl starts: the shortest linked URL when it is a
/// home page (`/`, `/index.html`), else the host's root (a link to one of its
/// reports is evidence of the body, not a place to start).
fn start_url(host: &str, seen: &[Sighting]) -> String {
    let shortest = seen
        .iter()
        .filter_map(|s| Url::parse(&s.url).ok())
        .min_by_key(|u| (u.as_str().len(), u.as_str().to_owned()));
    match shortest {
        Some(u) if u.path().matches('/').count() <= 1 && u.query().is_none() => u.to_string(),
        Some(u) => format!("{}://{}/", u.scheme(), u.authority()),
        None => format!("http://{host}/"),
    }
}

/// A level from the name alone, when the gazetteer does not know the place.
fn guess_level(name: &str) -> &'static str {
    if name.ends_with('厅') {
        "provincial"
    } else if name.ends_with("分局") || name.contains('县') || name.contains('区') {
        "county"
    } else {
        "prefectural"
    }
}

/// `«韶关市生态环境局» on http://…/ under «市州生态环境局»; …`, three at most.
fn evidence(seen: &[Sighting], pages: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut shown = BTreeSet::new();
    for s in seen {
        if !shown.insert((s.anchor.as_str(), s.source_url.as_str())) {
            continue;
        }
        if parts.len() == 3 {
            break;
        }
        let mut p = format!("«{}» on {}", s.anchor, s.source_url);
        if let Some(h) = &s.heading {
            p.push_str(&format!(" under «{h}»"));
        }
        parts.push(p);
    }
    let mut e = parts.join("; ");
    if pages > 1 {
        e.push_str(&format!(" ({pages} linking pages)"));
    }
    e
}

/// The suggestions as a seeds CSV: `name,province,level,url,scope,score,evidence`.
pub fn write_csv(w: &mut dyn Write, rows: &[Suggestion]) -> std::io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "name", "province", "level", "url", "scope", "score", "evidence",
    ])?;
    for s in rows {
        let score = format!("{:.2}", s.score);
        out.write_record([
            s.name.as_str(),
            &s.province,
            s.level,
            &s.url,
            &s.scope,
            &score,
            &s.evidence,
        ])?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_environmental_bodies_only() {
        let cases = [
            ("韶关市生态环境局", Some("韶关市生态环境局")),
            ("广东省生态环境厅", Some("广东省生态环境厅")),
            ("生态环境部", Some("生态环境部")),
            ("欢迎访问茂名市环境保护局", Some("茂名市环境保护局")),
            ("湛江市環境保護局", Some("湛江市环境保护局")),
            ("韶关市生态环境局武江分局", Some("韶关市生态环境局武江分局")),
            ("清远市环保局", Some("清远市环保局")),
            ("韶关市人民政府", None),
            ("韶关市教育局", None),
            ("广东绿源环保科技有限公司", None),
            ("韶关市生态环境局监测站", None),
            ("中国天气网", None),
            ("生态环境局", None),
            ("", None),
        ];
        for (anchor, want) in cases {
            assert_eq!(body_name(anchor).as_deref(), want, "{anchor}");
        }
    }

    #[test]
    fn places_and_levels_from_the_gazetteer() {
        let p = |n: &str| place_of(n).map(|(p, l)| (p, l.to_owned()));
        let pl = |p: &str, l: &str| Some((p.to_owned(), l.to_owned()));
        assert_eq!(p("韶关市生态环境局"), pl("广东省", "prefectural"));
        assert_eq!(p("广东省生态环境厅"), pl("广东省", "provincial"));
        assert_eq!(p("北京市生态环境局"), pl("北京市", "provincial"));
        assert_eq!(p("韶关市生态环境局武江分局"), pl("广东省", "county"));
        assert_eq!(p("生态环境部"), pl("", "national"));
        assert_eq!(p("某某市生态环境局"), None);
    }

    #[test]
    fn portal_columns_and_own_hosts() {
        let k = |u: &str| site_key(&Url::parse(u).unwrap()).unwrap();
        assert_eq!(
            k("http://www.sg.gov.cn/sthjj/index.html"),
            ("www.sg.gov.cn".into(), "http://www.sg.gov.cn/sthjj/".into())
        );
        assert_eq!(
            k("http://sthjj.sg.gov.cn/"),
            ("sthjj.sg.gov.cn".into(), String::new())
        );
        assert_eq!(
            k("http://www.mee.gov.cn/xxgk/"),
            ("www.mee.gov.cn".into(), String::new())
        );
        assert_eq!(
            k("http://www.sg.gov.cn/index.html"),
            ("www.sg.gov.cn".into(), String::new())
        );
    }

    fn row(url: &str, anchor: &str, page: &str, heading: Option<&str>) -> OffscopeEvidence {
        OffscopeEvidence {
            link: crate::store::OffscopeLink {
                url: url.into(),
                anchor: anchor.into(),
                source_url: page.into(),
                block_heading: heading.map(Into::into),
            },
            site_host: "sthjt.gd.gov.cn".into(),
            site_scope: String::new(),
        }
    }

    #[test]
    fn groups_prefers_the_current_name_and_skips_seeded_sites() {
        let rows = [
            row(
                "http://hbj.mm.gov.cn/",
                "茂名市环境保护局",
                "http://sthjt.gd.gov.cn/a.html",
                None,
            ),
            row(
                "http://hbj.mm.gov.cn/index.html",
                "茂名市生态环境局",
                "http://sthjt.gd.gov.cn/b.html",
                Some("市州生态环境局"),
            ),
            row(
                "http://sthjj.sg.gov.cn/",
                "韶关市生态环境局",
                "http://sthjt.gd.gov.cn/a.html",
                None,
            ),
            row(
                "http://jyj.sg.gov.cn/",
                "韶关市教育局",
                "http://sthjt.gd.gov.cn/a.html",
                None,
            ),
        ];
        let sites = [("sthjj.sg.gov.cn".to_owned(), String::new())];
        let got = suggest(&rows, &sites, 0.0);
        assert_eq!(got.len(), 1);
        let s = &got[0];
        assert_eq!(s.name, "茂名市生态环境局");
        assert_eq!((s.province.as_str(), s.level), ("广东省", "prefectural"));
        assert_eq!(s.url, "http://hbj.mm.gov.cn/");
        assert!(s.evidence.contains(
            "«茂名市生态环境局» on http://sthjt.gd.gov.cn/b.html under «市州生态环境局»"
        ));
        assert!(s.score > 2.0, "{}", s.score);
        assert!(suggest(&rows, &sites, 10.0).is_empty());

        // A link to a report names the body; its crawl starts at the root.
        let deep = [row(
            "https://sthjj.qy.gov.cn/xxgk/ndbg/t1.html",
            "清远市生态环境局2019年政府信息公开工作年度报告",
            "http://sthjt.gd.gov.cn/a.html",
            None,
        )];
        let q = &suggest(&deep, &sites, 0.0)[0];
        assert_eq!(
            (q.name.as_str(), q.url.as_str()),
            ("清远市生态环境局", "https://sthjj.qy.gov.cn/")
        );
        assert_eq!(
            q.score, 1.75,
            "1 + a resolved place 0.5 + report words 0.25"
        );

        // A second site linking the body counts.
        let mut more = rows.to_vec();
        more.push(OffscopeEvidence {
            site_host: "www.mm.gov.cn".into(),
            ..row(
                "http://hbj.mm.gov.cn/",
                "茂名市生态环境局",
                "http://www.mm.gov.cn/",
                None,
            )
        });
        assert_eq!(suggest(&more, &sites, 0.0)[0].score, s.score + 0.75);
    }
}
