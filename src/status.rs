//! `nianbao status`: what the archive holds, as a table a person reads at a glance.
//!
//! Sites are grouped by province and level, and each province says how many of its
//! prefecture-level divisions (from the extraction crate's gazetteer) have a bureau
//! among the archive's sites (every seed a crawl started from): where the seed list
//! is thin shows at a glance. The count is `nianbao_export::provinces`, shared with
//! the coverage page.

use std::fmt::Write as _;

use crate::error::Result;
use crate::store::{
    ExtractionBacklog, FailureKind, ListMechanism, SiteStatus, Store, LOW_OCR_CONFIDENCE,
};

pub use nianbao_export::provinces::ProvinceCoverage;
use nianbao_export::provinces::{level_rank, SeededSite};

/// Every province of the gazetteer (in its code order, after the national level),
/// then any other province the sites name, each with what is seeded there: the
/// count the coverage page shows too (`nianbao_export::provinces`).
pub fn coverage_by_province(sites: &[SiteStatus]) -> Vec<ProvinceCoverage> {
    let labels: Vec<String> = sites
        .iter()
        .map(|s| format!("{}{}", s.host, s.scope))
        .collect();
    let seeded: Vec<SeededSite> = sites
        .iter()
        .zip(&labels)
        .map(|(s, label)| SeededSite {
            province: &s.province,
            level: &s.level,
            name: &s.name,
            label,
            has_reports: s.reports_by_year.values().sum::<i64>() > 0,
        })
        .collect();
    nianbao_export::provinces::by_province(&seeded)
}

pub fn render(store: &Store) -> Result<String> {
    let t = store.totals()?;
    let sites = store.site_status()?;
    let runs = store.recent_runs(5)?;
    let mut o = String::new();
    let reports: i64 = sites
        .iter()
        .map(|s| s.reports_by_year.values().sum::<i64>())
        .sum();
    let _ = writeln!(
        o,
        "archive {}: {} sites, {} captures, {} distinct bodies ({:.1} MB as received, {:.1} MB stored), {} report pages, {} failures",
        store.path().display(),
        t.sites,
        t.captures,
        t.bodies,
        t.body_bytes as f64 / 1e6,
        t.stored_bytes as f64 / 1e6,
        reports,
        t.failures
    );
    if runs.is_empty() {
        let _ = writeln!(o, "no runs yet");
    } else {
        let _ = writeln!(o, "\nlast runs:");
        for r in &runs {
            let (req, new) = r
                .summary_json
                .as_deref()
                .and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok())
                .map(|v| {
                    let sum = |k: &str| {
                        v["sites"]
                            .as_array()
                            .map(|a| a.iter().map(|s| s[k].as_u64().unwrap_or(0)).sum::<u64>())
                            .unwrap_or(0)
                    };
                    (sum("requests"), sum("new_captures"))
                })
                .unwrap_or((0, 0));
            let _ =
                writeln!(
                o,
                "  #{:<4} {:<8} {:<9} started {}  finished {}  requests {req}  new captures {new}",
                r.id,
                r.kind,
                if r.status == "running" { "unfinished" } else { &r.status },
                r.started_at,
                r.finished_at.as_deref().unwrap_or("-"),
            );
        }
    }
    extraction_lines(&mut o, &store.extraction_backlog()?);
    let coverage = coverage_by_province(&sites);
    let _ = writeln!(
        o,
        "\nby province: sites per level; prefectural = bureaus seeded / the province's prefecture-level divisions (with reports archived)"
    );
    for c in &coverage {
        let name = if c.province.is_empty() {
            if c.national == 0 {
                continue;
            }
            "(national)"
        } else {
            c.province.as_str()
        };
        let mut parts = Vec::new();
        if c.national > 0 {
            parts.push(format!("national {}", c.national));
        }
        if !c.province.is_empty() {
            parts.push(format!("provincial {}", c.provincial));
            if c.prefectural_divisions > 0 || c.prefectural > 0 {
                parts.push(format!(
                    "prefectural {}/{} ({} with reports)",
                    c.prefectural, c.prefectural_divisions, c.prefectural_with_reports
                ));
            }
            parts.push(format!("county {}", c.county));
        }
        let thin = c.thin();
        let pad = " ".repeat(16usize.saturating_sub(display_width(name)));
        let _ = writeln!(
            o,
            "  {name}{pad} {}{}",
            parts.join(" · "),
            if thin { "  ← thin" } else { "" },
        );
    }
    let _ = writeln!(
        o,
        "\n{:<34} {:<11} {:>8} {:>7}  {:<20}  failures (last run)",
        "site", "level", "captures", "reports", "last fetch"
    );
    for c in &coverage {
        let mut here: Vec<&SiteStatus> =
            sites.iter().filter(|s| s.province == c.province).collect();
        if here.is_empty() {
            continue;
        }
        here.sort_by(|a, b| {
            (level_rank(&a.level), &a.host, &a.scope).cmp(&(
                level_rank(&b.level),
                &b.host,
                &b.scope,
            ))
        });
        let _ = writeln!(
            o,
            "{}",
            if c.province.is_empty() {
                "(national)"
            } else {
                &c.province
            }
        );
        for s in here {
            site_rows(&mut o, s);
        }
    }
    Ok(o)
}

/// Captures that wait for a missing tool (read by a plain `extract` once it is
/// installed) and what OCR gave; nothing when neither applies.
fn extraction_lines(o: &mut String, b: &ExtractionBacklog) {
    let waiting: i64 = b.waiting_for_tool.iter().map(|(_, n)| n).sum();
    if waiting > 0 {
        let tools = b
            .waiting_for_tool
            .iter()
            .map(|(t, n)| format!("{} {n}", if t.is_empty() { "?" } else { t }))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            o,
            "\nwaiting for a tool: {waiting} captures ({tools}); {} of them scans that need OCR. Install the tool and run `nianbao extract`.",
            b.waiting_for_ocr()
        );
    }
    if b.ocr > 0 {
        let _ = writeln!(
            o,
            "{}read by OCR: {} captures, {} with mean confidence below {LOW_OCR_CONFIDENCE}",
            if waiting > 0 { "" } else { "\n" },
            b.ocr,
            b.ocr_low_confidence
        );
    }
}

/// A site's row, and its reports by year under it.
fn site_rows(o: &mut String, s: &SiteStatus) {
    let n: i64 = s.reports_by_year.values().sum();
    let fails = if s.failures_last_run.is_empty() {
        "-".to_string()
    } else {
        s.failures_last_run
            .iter()
            .map(|(k, v)| format!("{}:{v}", label(k)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = writeln!(
        o,
        "  {:<32} {:<11} {:>8} {:>7}  {:<20}  {}",
        format!("{}{}", s.host, s.scope),
        s.level,
        s.captures,
        n,
        s.last_fetch
            .as_deref()
            .map(|t| &t[..t.len().min(19)])
            .unwrap_or("never"),
        fails
    );
    if !s.reports_by_year.is_empty() {
        let years = s
            .reports_by_year
            .iter()
            .map(|(y, n)| {
                if *n == 1 {
                    y.clone()
                } else {
                    format!("{y}×{n}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(o, "{:<34}   reports by year: {years}", "");
    }
    if !s.reports_by_mechanism.is_empty() {
        let _ = writeln!(
            o,
            "{:<34}   found by: {}",
            "",
            mechanisms_line(&s.reports_by_mechanism)
        );
    }
}

/// Which list mechanisms found a site's reports (`links 3 · jpage POST 14`), in
/// the order of [`ListMechanism::ALL`]: why the site is covered.
pub fn mechanisms_line(by: &std::collections::BTreeMap<String, i64>) -> String {
    let mut parts: Vec<String> = ListMechanism::ALL
        .iter()
        .filter_map(|m| {
            by.get(m.as_str())
                .map(|n| format!("{} {n}", mechanism_label(*m)))
        })
        .collect();
    // A name this version does not know (a newer archive) is still shown.
    parts.extend(
        by.iter()
            .filter(|(k, _)| k.parse::<ListMechanism>().is_err())
            .map(|(k, n)| format!("{k} {n}")),
    );
    parts.join(" · ")
}

fn mechanism_label(m: ListMechanism) -> &'static str {
    match m {
        ListMechanism::Links => "links",
        ListMechanism::JsPager => "JS pager",
        ListMechanism::Datastore => "datastore",
        ListMechanism::JpagePost => "jpage POST",
        ListMechanism::Gkmlpt => "gkmlpt",
        ListMechanism::Rendered => "rendered",
    }
}

/// Terminal columns of a name: CJK characters take two.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The failure classes as the status table names them.
fn label(kind: &str) -> &str {
    match kind.parse::<FailureKind>() {
        Ok(FailureKind::Robots) => "robots-blocked",
        Ok(FailureKind::Waf) => "WAF",
        Ok(FailureKind::RateLimited) => "429",
        Ok(FailureKind::Tls) => "TLS",
        _ => kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(store: &Store, host: &str, scope: &str, name: &str, province: &str, level: &str) {
        store
            .upsert_site(nianbao_store::SiteSeed {
                host: host.into(),
                scope: scope.into(),
                name: name.into(),
                province: province.into(),
                level: level.into(),
                url: format!(
                    "https://{host}{}",
                    if scope.is_empty() { "/" } else { scope }
                ),
                extra: Default::default(),
            })
            .unwrap();
    }

    #[test]
    fn mechanisms_are_named_in_a_fixed_order() {
        let by: std::collections::BTreeMap<String, i64> = [
            ("gkmlpt", 17),
            ("jpage_post", 12),
            ("links", 1),
            ("datastore", 4),
            ("hologram", 2),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        assert_eq!(
            mechanisms_line(&by),
            "links 1 · datastore 4 · jpage POST 12 · gkmlpt 17 · hologram 2"
        );
        assert_eq!(mechanisms_line(&Default::default()), "");
    }

    #[test]
    fn waiting_captures_are_named_by_tool() {
        let mut o = String::new();
        extraction_lines(&mut o, &ExtractionBacklog::default());
        assert_eq!(o, "", "nothing to say");
        let b = ExtractionBacklog {
            waiting_for_tool: vec![("pdftotext".into(), 2), ("tesseract".into(), 3)],
            ocr: 4,
            ocr_low_confidence: 1,
        };
        extraction_lines(&mut o, &b);
        assert!(
            o.contains("waiting for a tool: 5 captures (pdftotext 2, tesseract 3); 3 of them scans that need OCR."),
            "{o}"
        );
        assert!(
            o.contains("read by OCR: 4 captures, 1 with mean confidence below 60"),
            "{o}"
        );
    }

    #[test]
    fn sites_are_grouped_by_province_against_its_prefecture_level_divisions() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("a.sqlite")).unwrap();
        site(&store, "www.mee.gov.cn", "", "生态环境部", "", "national");
        site(
            &store,
            "gdee.gd.gov.cn",
            "",
            "广东省生态环境厅",
            "广东省",
            "provincial",
        );
        site(
            &store,
            "www.yunfu.gov.cn",
            "/sthjj/",
            "云浮市生态环境局",
            "广东省",
            "prefectural",
        );
        // The same body seeded twice (its own host and a portal column) is one body.
        site(
            &store,
            "sthjj.yunfu.gov.cn",
            "",
            "云浮市生态环境局",
            "广东省",
            "prefectural",
        );
        site(
            &store,
            "www.yunfu.gov.cn",
            "/ycfj/",
            "云城分局",
            "广东省",
            "county",
        );
        site(
            &store,
            "meeb.sz.gov.cn",
            "",
            "深圳市生态环境局",
            "广东省",
            "prefectural",
        );
        site(
            &store,
            "sthjj.beijing.gov.cn",
            "",
            "北京市生态环境局",
            "北京市",
            "provincial",
        );

        let cov = coverage_by_province(&store.site_status().unwrap());
        assert_eq!(cov[0].province, "", "the national level comes first");
        assert_eq!(cov[0].national, 1);
        let at = |p: &str| cov.iter().find(|c| c.province == p).unwrap().clone();
        let gd = at("广东省");
        assert_eq!(
            (
                gd.provincial,
                gd.prefectural,
                gd.prefectural_divisions,
                gd.county
            ),
            (1, 2, 21, 1)
        );
        assert_eq!(gd.prefectural_with_reports, 0);
        // A province with nothing seeded still shows, with its divisions to fill.
        let jl = at("吉林省");
        assert_eq!(
            (jl.provincial, jl.prefectural, jl.prefectural_divisions),
            (0, 0, 9)
        );
        // A municipality has no prefecture-level divisions.
        assert_eq!(at("北京市").prefectural_divisions, 0);
        assert_eq!(
            cov.iter().map(|c| c.prefectural_divisions).sum::<usize>(),
            333
        );

        let out = render(&store).unwrap();
        assert!(
            out.contains("  广东省           provincial 1 · prefectural 2/21 (0 with reports) · county 1  ← thin"),
            "{out}"
        );
        assert!(out.contains("  吉林省           provincial 0 · prefectural 0/9 (0 with reports) · county 0  ← thin"), "{out}");
        assert!(
            out.contains("  北京市           provincial 1 · county 0\n"),
            "{out}"
        );
        // In the site table, a province's sites follow its heading, by level.
        let table = &out[out.find("\nsite ").unwrap()..];
        let gd_rows: Vec<&str> = table
            .split("\n广东省\n")
            .nth(1)
            .unwrap()
            .lines()
            .take_while(|l| l.starts_with("  "))
            .map(|l| l.split_whitespace().next().unwrap())
            .collect();
        assert_eq!(
            gd_rows,
            [
                "gdee.gd.gov.cn",
                "meeb.sz.gov.cn",
                "sthjj.yunfu.gov.cn",
                "www.yunfu.gov.cn/sthjj/",
                "www.yunfu.gov.cn/ycfj/"
            ]
        );
    }
}
