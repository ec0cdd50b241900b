//! Where the seed list is thin: the archive's sites grouped by province and level,
//! each province's prefecture-level bodies with a site against its prefecture-level
//! divisions in the gazetteer (`nianbao_extract::gazetteer`).
//!
//! One pure function ([`by_province`]) that both `nianbao status` (a text table)
//! and the coverage page (an HTML table) show, so the two never count differently.

use std::collections::BTreeSet;

use nianbao_extract::gazetteer::GAZETTEER;
use nianbao_extract::AdminLevel;

/// A site as this count needs it.
#[derive(Debug, Clone, Copy)]
pub struct SeededSite<'a> {
    /// Empty for the national level.
    pub province: &'a str,
    pub level: &'a str,
    pub name: &'a str,
    /// Host and scope, as people name the site (`www.x.gov.cn/sthjj/`).
    pub label: &'a str,
    /// At least one annual report archived.
    pub has_reports: bool,
}

/// One province's line: its sites by level against its prefecture-level divisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvinceCoverage {
    /// Empty for the national level.
    pub province: String,
    pub national: usize,
    pub provincial: usize,
    /// Distinct prefecture-level bodies (by name) with a site.
    pub prefectural: usize,
    /// Of those, how many have at least one report archived.
    pub prefectural_with_reports: usize,
    /// The province's prefecture-level divisions in the gazetteer (0 for a municipality).
    pub prefectural_divisions: usize,
    pub county: usize,
}

impl ProvinceCoverage {
    /// Fewer prefecture-level bodies seeded than the province has divisions.
    pub fn thin(&self) -> bool {
        self.prefectural < self.prefectural_divisions
    }
}

/// Every province of the gazetteer (in its code order, after the national level),
/// then any other province the sites name, each with what is seeded there.
pub fn by_province(sites: &[SeededSite<'_>]) -> Vec<ProvinceCoverage> {
    let g = &*GAZETTEER;
    let mut order: Vec<String> = vec![String::new()];
    order.extend(
        g.divisions
            .iter()
            .filter(|d| d.level == AdminLevel::Provincial)
            .map(|d| d.name.clone()),
    );
    let others: BTreeSet<&str> = sites
        .iter()
        .map(|s| s.province)
        .filter(|p| !order.iter().any(|o| o == p))
        .collect();
    order.extend(others.into_iter().map(str::to_string));
    order
        .into_iter()
        .map(|province| {
            let here: Vec<&SeededSite> = sites.iter().filter(|s| s.province == province).collect();
            let count = |level: &str| here.iter().filter(|s| s.level == level).count();
            let bodies = |with_reports: bool| {
                here.iter()
                    .filter(|s| s.level == "prefectural")
                    .filter(|s| !with_reports || s.has_reports)
                    .map(|s| s.name)
                    .collect::<BTreeSet<_>>()
                    .len()
            };
            ProvinceCoverage {
                national: count("national"),
                provincial: count("provincial"),
                prefectural: bodies(false),
                prefectural_with_reports: bodies(true),
                prefectural_divisions: g
                    .divisions
                    .iter()
                    .filter(|d| d.level == AdminLevel::Prefectural && d.province == province)
                    .count(),
                county: count("county"),
                province,
            }
        })
        .collect()
}

/// Where a level sorts within a province: national, provincial, prefectural, county, anything else.
pub fn level_rank(level: &str) -> usize {
    ["national", "provincial", "prefectural", "county"]
        .iter()
        .position(|l| *l == level)
        .unwrap_or(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site<'a>(province: &'a str, level: &'a str, name: &'a str) -> SeededSite<'a> {
        SeededSite {
            province,
            level,
            name,
            label: name,
            has_reports: name.contains('韶'),
        }
    }

    #[test]
    fn counts_prefecture_level_bodies_against_the_gazetteer() {
        let sites = [
            site("广东省", "provincial", "广东省生态环境厅"),
            site("广东省", "prefectural", "韶关市生态环境局"),
            // Two columns of one bureau are one body.
            site("广东省", "prefectural", "云浮市生态环境局"),
            site("广东省", "prefectural", "云浮市生态环境局"),
            site("广东省", "county", "云浮市生态环境局云城分局"),
            site("", "national", "生态环境部"),
        ];
        let all = by_province(&sites);
        let gd = all.iter().find(|c| c.province == "广东省").unwrap();
        assert_eq!(
            (
                gd.provincial,
                gd.prefectural,
                gd.prefectural_with_reports,
                gd.county
            ),
            (1, 2, 1, 1)
        );
        assert_eq!(
            gd.prefectural_divisions, 21,
            "广东 has 21 prefecture-level cities"
        );
        assert!(gd.thin());
        assert_eq!(all[0].national, 1);
        // A province without any site is listed: it is the biggest gap.
        let jl = all.iter().find(|c| c.province == "吉林省").unwrap();
        assert_eq!((jl.prefectural, jl.prefectural_divisions), (0, 9));
    }
}
