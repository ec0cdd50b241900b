//! Property tests: nothing panics on arbitrary input, outputs stay bounded,
//! canonical keys are idempotent, and robots matching agrees with the
//! `robotstxt` crate (star-free patterns) and with a regex oracle (all).

use nianbao_discover::{canon, links, pager, robots::Robots, score};
use proptest::prelude::*;
use url::Url;

fn page() -> Url {
    Url::parse("http://sthjt.a.gov.cn/xxgk/gknb/index.html").unwrap()
}

/// HTML-ish soup: fragments that exercise every scanner branch, shuffled.
fn html_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<a href=\"x.html\">".to_owned()),
        Just("<a href='../y_1.html' title=\"t>\">".to_owned()),
        Just("<A HREF=z.htm>".to_owned()),
        Just("</a>".to_owned()),
        Just("<base href=\"/b/\">".to_owned()),
        Just("<script>".to_owned()),
        Just("</script>".to_owned()),
        Just("<script type=\"text/xml\"><datastore><recordset><record><![CDATA[".to_owned()),
        Just("]]></record>".to_owned()),
        Just("createPageHTML(".to_owned()),
        Just("createPageHTML(7, 0, \"index\", \"html\");".to_owned()),
        Just("createPageHTML('page_div', 3, 1, 'index', 'shtml', 9)".to_owned()),
        Just("var countPage = 12;".to_owned()),
        Just("<totalrecord>99</totalrecord><perpage>10</perpage>unitid=5&".to_owned()),
        Just("<a href=\"index/3.htm\">尾页</a><a href=\"index/9.htm\">下页</a>".to_owned()),
        Just("<!--".to_owned()),
        Just("-->".to_owned()),
        Just("<![CDATA[".to_owned()),
        Just("<meta http-equiv=refresh content=\"0;url=".to_owned()),
        Just("<title>".to_owned()),
        Just("</title>".to_owned()),
        Just("<iframe src=".to_owned()),
        Just("&amp;&#x;&#1114112;&".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just("年度报告".to_owned()),
        "[a-z0-9 /._?=&#:%-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_page_links(p: &links::PageLinks) {
    assert!(p.links.len() <= links::MAX_LINKS);
    let mut keys = std::collections::HashSet::new();
    for l in &p.links {
        assert!(matches!(l.url.scheme(), "http" | "https"), "{}", l.url);
        assert!(l.url.fragment().is_none());
        assert!(
            keys.insert(canon::canonical_key(&l.url)),
            "duplicate {}",
            l.url
        );
        assert!(l.anchor.chars().count() <= 200);
        let _ = score::score_link(l);
        let _ = score::year_hint(&l.anchor);
        let _ = score::looks_like_report_title(&l.anchor);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn extract_links_never_panics_on_soup(html in html_soup()) {
        let p = links::extract_links(&html, &page());
        check_page_links(&p);
        let v = pager::expand(&html, &page());
        prop_assert!(v.len() <= pager::MAX_TOTAL);
    }

    #[test]
    fn extract_links_never_panics_on_any_string(html in any::<String>()) {
        check_page_links(&links::extract_links(&html, &page()));
        let _ = pager::expand(&html, &page());
    }

    #[test]
    fn canonical_key_idempotent(
        scheme in prop_oneof![Just("http"), Just("https")],
        host in "[a-zA-Z0-9]{1,8}(\\.[a-zA-Z0-9]{1,6}){0,2}\\.?",
        port in prop_oneof![Just(String::new()), Just(":80".to_owned()), Just(":443".to_owned()), Just(":8080".to_owned())],
        path in "(/[a-zA-Z0-9._;=%-]{0,10}){0,5}",
        query in prop::option::of("[a-zA-Z0-9=&;%._-]{0,30}"),
        frag in prop::option::of("[a-z]{0,5}"),
    ) {
        let mut s = format!("{scheme}://{host}{port}{path}");
        if let Some(q) = query { s.push('?'); s.push_str(&q); }
        if let Some(f) = frag { s.push('#'); s.push_str(&f); }
        if let Ok(u) = Url::parse(&s) {
            let k = canon::canonical_key(&u);
            let again = Url::parse(&k).expect("key parses");
            prop_assert_eq!(canon::canonical_key(&again), k.clone());
            prop_assert!(!k.contains('#'));
            prop_assert!(!k.to_ascii_lowercase().contains("jsessionid="));
            prop_assert!(canon::same_host(&u, &again));
            let f = canon::fetch_url(&u);
            prop_assert!(f.fragment().is_none());
        }
    }

    #[test]
    fn canonical_key_idempotent_any_url(s in any::<String>()) {
        if let Ok(u) = Url::parse(&format!("http://a.gov.cn/{s}")) {
            let k = canon::canonical_key(&u);
            if let Ok(again) = Url::parse(&k) {
                prop_assert_eq!(canon::canonical_key(&again), k);
            }
        }
    }

    #[test]
    fn score_fns_never_panic(s in any::<String>()) {
        let _ = score::year_hint(&s);
        let _ = score::looks_like_report_title(&s);
        if let Ok(u) = Url::parse(&format!("http://a.gov.cn/{s}")) {
            let _ = score::looks_like_trap(&u);
            let _ = score::is_attachment_url(&u);
        }
    }

    #[test]
    fn robots_never_panics(body in prop::collection::vec(any::<u8>(), 0..2000), path in any::<String>(), token in any::<String>()) {
        let r = Robots::parse(&body, &token);
        if let Ok(u) = Url::parse(&format!("http://a.gov.cn/{path}")) {
            let _ = r.is_allowed(&u);
        }
        let _ = r.crawl_delay();
        let _ = nianbao_discover::robots::product_token(&token);
    }
}

// ------------------------------------------------------------ robots oracles

fn rule_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("User-agent: *".to_owned()),
        Just("User-agent: nianbao".to_owned()),
        Just("User-agent: NianBao/2.0".to_owned()),
        Just("User-agent: otherbot".to_owned()),
        Just("Sitemap: http://a/s.xml".to_owned()),
        Just("Crawl-delay: 1".to_owned()),
        Just(String::new()),
        ("(Allow|Disallow|disalow)", "[/ab.?=x$]{0,6}").prop_map(|(k, p)| format!("{k}: /{p}")),
        ("(Allow|Disallow)", "[/ab.?=x$]{0,3}").prop_map(|(k, p)| format!("{k}: {p}index.html")),
    ]
}

fn star_rule_line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => rule_line(),
        2 => ("(Allow|Disallow)", "[/ab*.?=$]{0,7}").prop_map(|(k, p)| format!("{k}: /{p}")),
    ]
}

/// Regex oracle for one pattern (as written; patterns here are ASCII so
/// escaping does not change them).
fn oracle_matches(pattern: &str, path: &str) -> bool {
    let (p, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let body: Vec<String> = p.split('*').map(regex::escape).collect();
    let re = format!("^{}{}", body.join(".*"), if anchored { "$" } else { "" });
    regex::Regex::new(&re).unwrap().is_match(path)
}

/// Oracle decision using our own group selection but regex matching.
fn oracle_allowed(body: &str, path: &str) -> bool {
    // Reimplement grouping (same state machine as the crate) on the simple
    // generated grammar: lines are `Key: value`.
    let (mut seen_g, mut seen_s, mut ever_s, mut sep) = (false, false, false, false);
    let mut spec: Vec<(bool, String)> = vec![];
    let mut glob: Vec<(bool, String)> = vec![];
    for line in body.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_owned());
        if k == "user-agent" {
            if sep {
                seen_g = false;
                seen_s = false;
                sep = false;
            }
            if v == "*" {
                seen_g = true;
            } else {
                let pre: String = v
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic() || *c == '-' || *c == '_')
                    .collect();
                if pre.eq_ignore_ascii_case("nianbao") {
                    seen_s = true;
                    ever_s = true;
                }
            }
            continue;
        }
        let allow = k == "allow";
        let is_rule = allow || k == "disallow" || k == "disalow";
        if !is_rule {
            sep = true;
            continue;
        }
        if !(seen_g || seen_s) {
            continue;
        }
        sep = true;
        let mut pats = vec![v.clone()];
        if allow {
            if let Some(sl) = v.rfind('/') {
                if v[sl..].starts_with("/index.htm") {
                    pats.push(format!("{}$", &v[..=sl]));
                }
            }
        }
        for p in pats {
            if seen_s {
                spec.push((allow, p))
            } else {
                glob.push((allow, p))
            }
        }
    }
    let rules = if ever_s { spec } else { glob };
    let (mut a, mut d) = (0usize, 0usize);
    for (allow, p) in rules {
        if oracle_matches(&p, path) {
            if allow {
                a = a.max(p.len())
            } else {
                d = d.max(p.len())
            }
        }
    }
    !(d > 0 && d > a)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn robots_agrees_with_crate_on_star_free_rules(
        lines in prop::collection::vec(rule_line(), 0..12),
        path in "/[ab.?=x/]{0,8}(index.html)?",
    ) {
        let body = lines.join("\n");
        let url = Url::parse(&format!("http://a.gov.cn{path}")).unwrap();
        let ours = Robots::parse(body.as_bytes(), "nianbao").is_allowed(&url);
        let mut m = robotstxt::DefaultMatcher::default();
        let theirs = m.one_agent_allowed_by_robots(&body, "nianbao", url.as_str());
        prop_assert_eq!(ours, theirs, "body:\n{}\nurl: {}", body, url);
    }

    #[test]
    fn robots_agrees_with_regex_oracle(
        lines in prop::collection::vec(star_rule_line(), 0..12),
        path in "/[ab*.?=x/$]{0,10}",
    ) {
        let body = lines.join("\n");
        let url = Url::parse(&format!("http://a.gov.cn{path}")).unwrap();
        let ours = Robots::parse(body.as_bytes(), "nianbao").is_allowed(&url);
        let p = robotstxt::get_path_params_query(url.as_str()).into_owned();
        prop_assert_eq!(ours, oracle_allowed(&body, &p), "body:\n{}\nurl: {}", body, url);
    }
}

#[test]
fn hostile_pages_are_linear() {
    // Unterminated constructs, thousands of tags, one huge anchor: each must
    // finish quickly (the scanner jumps to the end instead of rescanning).
    let mut cases = vec![
        "<a href=x>".repeat(50_000),
        "<".repeat(500_000),
        "<script>".repeat(50_000),
        "<title>".repeat(50_000),
        "<!--".repeat(100_000),
        "<a href=\"".repeat(50_000),
        "&amp;".repeat(200_000),
        format!("<a href=\"/x\">{}</a>", "年".repeat(300_000)),
    ];
    cases.push(
        (0..20_000)
            .map(|i| format!("<a href=\"/p{i}.html\">{i}</a>"))
            .collect(),
    );
    for html in &cases {
        let t = std::time::Instant::now();
        let p = links::extract_links(html, &page());
        assert!(p.links.len() <= links::MAX_LINKS);
        for l in &p.links {
            let _ = score::score_link(l);
        }
        assert!(
            t.elapsed() < std::time::Duration::from_secs(3),
            "slow on {}",
            &html[..40.min(html.len())]
        );
    }
}

#[test]
fn crate_star_divergence_is_real() {
    // Documents why we do not use the crate's matcher: it keeps only the
    // first position after a `*`, so `/*b$` fails to match `/abab`.
    let mut m = robotstxt::DefaultMatcher::default();
    let body = "User-agent: *\nDisallow: /*b$\n";
    assert!(m.one_agent_allowed_by_robots(body, "nianbao", "http://a.gov.cn/abab"));
    let r = Robots::parse(body.as_bytes(), "nianbao");
    assert!(!r.is_allowed(&Url::parse("http://a.gov.cn/abab").unwrap()));
}
