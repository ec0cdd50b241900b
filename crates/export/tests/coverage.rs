//! The coverage page: right cell states for known (site, year) pairs, escaping,
//! self-containment; and in headless Chromium: it loads without script errors.

mod common;

use std::process::Command;

use nianbao_export::coverage_html;

/// The class attribute of the grid cell for (host, year).
fn cell_class(html: &str, host: &str, year: i64) -> String {
    let needle = format!("data-site=\"{host}\" data-year=\"{year}\"");
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no cell for {host} {year}"));
    let start = html[..at].rfind("<td class=\"").unwrap() + "<td class=\"".len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end].to_string()
}

fn cell_title(html: &str, host: &str, year: i64) -> String {
    let needle = format!("data-site=\"{host}\" data-year=\"{year}\" title=\"");
    let at = html.find(&needle).unwrap() + needle.len();
    let end = at + html[at..].find('"').unwrap();
    html[at..end].to_string()
}

#[test]
fn grid_states() {
    let html = coverage_html(&common::build()).unwrap();
    let cases: &[(&str, i64, &str)] = &[
        ("www.hhhb.gov.cn", 2017, "cell ok"),
        ("www.hhhb.gov.cn", 2016, "cell missing"), // only the superseded extraction said 2016
        ("sthjj.qdn.gov.cn", 2020, "cell mismatch"),
        ("sthjj.qdn.gov.cn", 2019, "cell missing"), // a timeout is not a block
        ("sthj.ln.gov.cn", 2011, "cell ok"),
        ("robots.xian2.gov.cn", 2019, "cell ok"),
        ("robots.xian2.gov.cn", 2018, "cell blocked"),
        ("waf.xian.gov.cn", 2015, "cell blocked"),
        ("www.mee.gov.cn", 2017, "cell missing"), // rate limited only in an older run
        ("new.xian3.gov.cn", 2017, "cell uncrawled"),
    ];
    for (host, year, class) in cases {
        assert_eq!(&cell_class(&html, host, *year), class, "{host} {year}");
    }
    // Years 2008 through the latest report year.
    assert!(html.contains("data-site=\"www.hhhb.gov.cn\" data-year=\"2008\""));
    assert!(html.contains("data-site=\"www.hhhb.gov.cn\" data-year=\"2020\""));
    assert!(!html.contains("data-year=\"2007\"") && !html.contains("data-year=\"2021\""));

    // Tooltips name the report and its URL; blocked ones say why.
    let t = cell_title(&html, "www.hhhb.gov.cn", 2017);
    assert!(
        t.contains("怀化市环境保护局2017年政府信息公开工作年度报告"),
        "{t}"
    );
    assert!(t.contains(common::HUAIHUA_URL), "{t}");
    let t = cell_title(&html, "waf.xian.gov.cn", 2015);
    assert!(t.contains("waf ×2"), "{t}");
}

#[test]
fn sites_sorted_by_level_then_name() {
    let html = coverage_html(&common::build()).unwrap();
    let pos = |host: &str| html.find(&format!("data-site=\"{host}\"")).unwrap();
    let order = [
        "www.mee.gov.cn",
        "sthj.ln.gov.cn",
        "www.hhhb.gov.cn",
        "sthjj.qdn.gov.cn",
    ];
    for w in order.windows(2) {
        assert!(pos(w[0]) < pos(w[1]), "{} before {}", w[0], w[1]);
    }
    // County sites come last.
    assert!(pos("sthjj.qdn.gov.cn") < pos("waf.xian.gov.cn"));
}

#[test]
fn escaped_and_self_contained() {
    let html = coverage_html(&common::build()).unwrap();
    assert!(!html.contains("测试<b>"), "site names are escaped");
    assert!(html.contains("测试&lt;b&gt;&amp;&quot;局&#39;"));
    for external in [
        "src=\"http",
        "href=\"//",
        "<link ",
        "@import",
        "cdn",
        "url(http",
    ] {
        assert!(!html.contains(external), "external asset: {external}");
    }
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 2);
    // Requests per year: 2011 → 3, 2019 → 5, 2020 → 1 (bars carry titles).
    assert!(html.contains("<title>2011: 3</title>"));
    assert!(html.contains("<title>2019: 5</title>"));
    assert!(html.contains("<title>2020: 1</title>"));
    // Proactive disclosures stacked by level.
    assert!(
        html.contains("<title>2017 · 地市级 prefectural: 818</title>"),
        "{html}"
    );
    assert!(html.contains("<title>2011 · 省级 provincial: 2,743</title>"));
    assert!(html.contains("<title>2019 · 区县级 county: 100</title>"));
}

#[test]
fn empty_archive_still_renders() {
    let (dir, b) = common::empty_builder();
    let conn = common::open(dir, b);
    let html = coverage_html(&conn).unwrap();
    assert!(html.contains("no figures extracted yet"));
    assert!(html.ends_with("</html>\n"));
}

/// Chromium's stderr log of a page's console: uncaught exceptions and
/// `console.error` lines.
fn is_console_error(line: &str) -> bool {
    line.contains("Uncaught") || (line.contains(":CONSOLE") && line.contains("rror"))
}

#[test]
fn chromium_loads_without_errors() {
    let found = common::chromium();
    if !common::require_tool(
        "chromium",
        Command::new(found.unwrap_or("chromium")).arg("--version"),
    ) {
        return;
    }
    let bin = found.unwrap();
    let dir = common::tempdir();
    let page = dir.path().join("coverage.html");
    std::fs::write(&page, coverage_html(&common::build()).unwrap()).unwrap();
    let url = format!("file://{}", page.display());

    let out = common::headless(bin, &dir.path().join("profile"))
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium failed: {log}");
    for line in log.lines() {
        assert!(!is_console_error(line), "console error: {line}");
    }
    assert!(dom.contains("data-js-errors=\"0\""), "script errors: {dom}");
    assert!(
        !dom.contains("data-js-error-messages=\""),
        "script errors: {dom}"
    );
    assert!(dom.contains("data-js-ready=\"1\""), "the page script ran");
    // The grid as the browser parsed it.
    for (host, year, class) in [
        ("www.hhhb.gov.cn", 2017, "cell ok"),
        ("sthjj.qdn.gov.cn", 2020, "cell mismatch"),
        ("waf.xian.gov.cn", 2015, "cell blocked"),
    ] {
        assert_eq!(
            cell_class(&dom, host, year),
            class,
            "{host} {year} in the DOM"
        );
    }
    assert!(
        dom.contains("5 / 7 sites") || dom.contains("7 / 7 sites"),
        "filter counter"
    );

    // A screenshot renders (a picture for a person to look at when this fails).
    let shot = dir.path().join("coverage.png");
    let out = common::headless(bin, &dir.path().join("profile2"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1400,900")
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
    if let Some(keep) = std::env::var_os("NIANBAO_TEST_OUT") {
        std::fs::copy(&shot, std::path::Path::new(&keep).join("coverage.png")).unwrap();
        std::fs::copy(&page, std::path::Path::new(&keep).join("coverage.html")).unwrap();
    }
}
