//! Every labelled page (seed fixtures and corpus) must come out exactly as labelled.

use nianbao_extract::eval::load_dir;
use std::path::Path;

fn run_dir(dir: &str, min_cases: usize) {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let cases = load_dir(&d);
    assert!(
        cases.len() >= min_cases,
        "expected ≥{min_cases} cases in {dir}, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for c in &cases {
        let ex = c.run();
        assert_eq!(ex, c.run(), "{}: extraction not deterministic", c.name);
        for (field, ok, detail) in c.check(&ex) {
            if !ok {
                failures.push(format!("{}: {field}: {detail}", c.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_fixtures() {
    run_dir("tests/fixtures", 5);
}

#[test]
fn labelled_corpus() {
    run_dir("tests/corpus", 1);
}

/// The five seed texts saved the way scrapers and CMS templates save them
/// (chrome in `<title>`/`<h1>`, title further down), labelled independently.
#[test]
fn seeds_as_scraped_pages() {
    run_dir("tests/realworld/seeds_scraped", 5);
}

/// The dev misses left on purpose, each explained in tests/realworld/README.md
/// (a place the page never names, a spam mirror that rewrote it, a count
/// written without unit or noun). Any other miss is a regression.
const EXPLAINED_DEV_MISSES: &[&str] = &[
    "rw2_tongling_jiaoqu_2020_scraped: province:",
    "rw2_wuhan_branch_2023_spam: admin_level:",
    "rw2_wuhan_branch_2023_spam_scraped: admin_level:",
    "rw5_qingshan_2025_review_zero_2row_scraped: province:",
    "rw7_urumqi_gaoxin_2022_kinds_listed_only: province:",
    "rw7_urumqi_gaoxin_2022_kinds_listed_only_scraped: province:",
    // the same page in GBK with no declaration (rw17 guard): decoded right, the
    // base's own miss (the page names only 高新区（新市区）, rw7 section) stays
    "rw17_urumqi_gaoxin_2022_kinds_listed_only_gbk_nometa: province:",
    "rw9_fucheng_2018_units_dropped: requests_received:",
    "rw9_fucheng_2018_units_dropped_scraped: requests_received:",
    "rw9_xifeng_2015_no_place_in_title_scraped: admin_level:",
    "rw9_xifeng_2015_no_place_in_title_scraped: province:",
    "uedbet_2017_city_replaced: admin_level:",
    "uedbet_2017_city_replaced: province:",
];

/// Independently labelled development pages: every miss is one of the
/// explained ones. Held-out pages are measured by the integrator only
/// (`extract-accuracy`), never here.
#[test]
fn realworld_dev_floor() {
    use nianbao_extract::eval::SplitScore;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realworld/dev");
    let s = SplitScore::run("realworld/dev", &[dir]).expect("realworld/dev present");
    assert!(s.cases >= 40, "only {} dev cases", s.cases);
    let (right, total) = s.total();
    let acc = right as f64 / total as f64;
    assert!(
        acc >= 0.95,
        "dev accuracy {acc:.3} < 0.95:\n{}",
        s.misses.join("\n")
    );
    assert_eq!(
        s.report_fp,
        0,
        "non-reports called reports:\n{}",
        s.misses.join("\n")
    );
    assert_eq!(s.report_fn, 0, "reports missed:\n{}", s.misses.join("\n"));
    let unexplained: Vec<&String> = s
        .misses
        .iter()
        .filter(|m| {
            !EXPLAINED_DEV_MISSES
                .iter()
                .any(|k| m.trim_start().starts_with(k))
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "dev misses not explained in tests/realworld/README.md:\n{unexplained:#?}"
    );
}
