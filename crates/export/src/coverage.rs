//! The coverage page: what the archive holds, at a glance.
//!
//! Why a generated, self-contained HTML file: the people who look at coverage
//! (the project's researchers, a librarian deciding whether to take the archive)
//! open it from an e-mail attachment or a shared folder, often behind a firewall
//! that blocks foreign CDNs. So everything — CSS, the tiny script, the charts as
//! inline SVG drawn here in Rust — is inside the one file, and the page is fully
//! readable with JavaScript off (the script only adds filtering).
//!
//! What it shows:
//! - a site × year grid (years 2008 through the latest report year found). A
//!   cell is *archived* when the latest extraction of some capture of that site
//!   is an `annual_report` for that year; *mismatch* when it is archived but a
//!   copy's printed totals do not add up (`consistency = mismatch`); *blocked*
//!   when nothing is archived and the site's most recent crawl was refused
//!   (failures of kind `robots`, `waf` or `rate_limited` in the latest run that
//!   touched the site); *missing* otherwise; *not crawled* for sites with neither
//!   captures nor failures. Tooltips (`title`) name the report titles and URLs.
//! - requests received per year: the sum of `requests_received` over annual
//!   reports, counting each (site, year) once (the most recently fetched copy that
//!   states the figure: an HTML page and its PDF are the same report) and leaving
//!   out reposts on non-government sites (they duplicate an agency's own report);
//! - proactive disclosures (`proactive_total`) per year, stacked by
//!   administrative level, counted the same way.
//!
//! - sites by province and level, each province's prefecture-level bodies with a
//!   site against its prefecture-level divisions (`provinces`), so the thin
//!   parts of the seed list show.
//!
//! Sites are sorted by level (national, provincial, prefectural, county, then
//! anything else) and then by name; a portal column shows as `host/column/`.
//! Every string from the archive is escaped.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use nianbao_store::{SiteInfo as Site, Store};

use crate::provinces::{by_province, SeededSite};

use crate::ExportError;

/// The first year of the grid: the disclosure regulation took effect in 2008.
pub const FIRST_YEAR: i64 = 2008;

/// The state of one grid cell, as its CSS class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    Archived,
    Mismatch,
    Blocked,
    Missing,
    NotCrawled,
}

impl CellState {
    /// The CSS class of the cell (`<td class="cell ok">`): tests and user
    /// stylesheets select on these.
    pub fn class(self) -> &'static str {
        match self {
            CellState::Archived => "ok",
            CellState::Mismatch => "mismatch",
            CellState::Blocked => "blocked",
            CellState::Missing => "missing",
            CellState::NotCrawled => "uncrawled",
        }
    }
    /// What the state means, in words (the legend).
    pub fn label(self) -> &'static str {
        match self {
            CellState::Archived => "report archived",
            CellState::Mismatch => "archived, printed totals do not add up",
            CellState::Blocked => "missing; the latest crawl was blocked",
            CellState::Missing => "no report archived",
            CellState::NotCrawled => "site not crawled yet",
        }
    }
    /// The mark inside the cell.
    pub fn glyph(self) -> &'static str {
        match self {
            CellState::Archived => "✓",
            CellState::Mismatch => "!",
            CellState::Blocked => "×",
            CellState::Missing | CellState::NotCrawled => "",
        }
    }
}

/// Escape text for HTML element content and attribute values alike.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\r' => {}
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

const LEVELS: &[(&str, &str)] = &[
    ("national", "国家级 national"),
    ("provincial", "省级 provincial"),
    ("prefectural", "地市级 prefectural"),
    ("county", "区县级 county"),
];
const LEVEL_COLORS: &[&str] = &["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#9c89b8"];

/// Where a level sorts: national, provincial, prefectural, county, then others.
pub fn level_rank(level: &str) -> usize {
    LEVELS
        .iter()
        .position(|(l, _)| *l == level)
        .unwrap_or(LEVELS.len())
}

/// A level's heading, in Chinese and English (`地市级 prefectural`).
pub fn level_label(level: &str) -> String {
    LEVELS
        .iter()
        .find(|(l, _)| *l == level)
        .map(|(_, label)| label.to_string())
        .unwrap_or_else(|| {
            if level.is_empty() {
                "其他 other".to_string()
            } else {
                level.to_string()
            }
        })
}

/// One archived copy of a site's report for a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRef {
    pub capture_id: i64,
    pub title: String,
    pub url: String,
    pub mismatch: bool,
}

#[derive(Default)]
struct Blocking {
    kinds: Vec<(String, i64)>,
    example: String,
    run_id: i64,
}

/// Everything the page shows, read from the archive in a few queries (also what
/// `nianbao serve` draws its live grid from).
pub struct Coverage {
    sites: Vec<Site>,
    reports: HashMap<(i64, i64), Vec<ReportRef>>,
    crawled: HashMap<i64, bool>,
    blocked: HashMap<i64, Blocking>,
    years: std::ops::RangeInclusive<i64>,
    /// year → total requests received (deduplicated per site and year).
    requests: BTreeMap<i64, i64>,
    /// (year, level) → total proactive disclosures.
    proactive: BTreeMap<(i64, String), i64>,
    latest_fetch: Option<String>,
    out_of_range: u64,
}

/// Read the coverage facts of the archive.
pub fn load(store: &Store) -> Result<Coverage, ExportError> {
    let mut sites = store.sites()?;
    sites.sort_by(|a, b| {
        (level_rank(&a.level), &a.level, &a.name, &a.host).cmp(&(
            level_rank(&b.level),
            &b.level,
            &b.name,
            &b.host,
        ))
    });

    let crawled: HashMap<i64, bool> = store
        .crawled_sites()?
        .into_iter()
        .map(|id| (id, true))
        .collect();

    let mut blocked: HashMap<i64, Blocking> = HashMap::new();
    for r in store.latest_refusals()? {
        let b = blocked.entry(r.site_id).or_default();
        b.kinds.push((r.kind, r.count));
        if b.example.is_empty() {
            b.example = r.example;
        }
        b.run_id = r.run_id;
    }

    let mut reports: HashMap<(i64, i64), Vec<ReportRef>> = HashMap::new();
    let mut requests = BTreeMap::new();
    let mut proactive = BTreeMap::new();
    let mut max_year = FIRST_YEAR;
    let mut out_of_range = 0u64;
    // Newest copy first within each (site, year), so the first non-null figure met
    // is the one counted.
    let mut seen_req: Option<(i64, i64)> = None;
    let mut seen_pro: Option<(i64, i64)> = None;
    store.for_each_annual_report(|r| -> Result<(), ExportError> {
        let (site, year) = (r.site_id, r.year);
        let mismatch = r.consistency.as_deref() == Some("mismatch");
        if !(FIRST_YEAR..=2100).contains(&year) {
            out_of_range += 1;
            return Ok(());
        }
        max_year = max_year.max(year);
        let list = reports.entry((site, year)).or_default();
        if !list.iter().any(|x| x.url == r.url) {
            list.push(ReportRef {
                capture_id: r.capture_id,
                title: r.title.clone(),
                url: r.url.clone(),
                mismatch,
            });
        } else if mismatch {
            if let Some(x) = list.iter_mut().find(|x| x.url == r.url) {
                x.mismatch = true;
            }
        }
        if r.repost {
            return Ok(());
        }
        if let Some(v) = r.requests_received {
            if seen_req != Some((site, year)) {
                seen_req = Some((site, year));
                *requests.entry(year).or_insert(0) += v;
            }
        }
        if let Some(v) = r.proactive_total {
            if seen_pro != Some((site, year)) {
                seen_pro = Some((site, year));
                *proactive.entry((year, r.level.clone())).or_insert(0) += v;
            }
        }
        Ok(())
    })?;
    let latest_fetch = store.latest_fetch(None)?;

    Ok(Coverage {
        sites,
        reports,
        crawled,
        blocked,
        years: FIRST_YEAR..=max_year,
        requests,
        proactive,
        latest_fetch,
        out_of_range,
    })
}

impl Coverage {
    /// The sites, by level then name.
    pub fn sites(&self) -> &[Site] {
        &self.sites
    }

    /// The grid's years: 2008 through the latest report year found.
    pub fn years(&self) -> std::ops::RangeInclusive<i64> {
        self.years.clone()
    }

    /// The copies archived for a site and year, newest fetch first.
    pub fn reports_at(&self, site_id: i64, year: i64) -> &[ReportRef] {
        self.reports
            .get(&(site_id, year))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The time of the archive's latest capture.
    pub fn latest_fetch(&self) -> Option<&str> {
        self.latest_fetch.as_deref()
    }

    /// The state of a site's cell for a year.
    pub fn state(&self, site: &Site, year: i64) -> CellState {
        match self.reports.get(&(site.id, year)) {
            Some(list) if list.iter().any(|r| r.mismatch) => CellState::Mismatch,
            Some(_) => CellState::Archived,
            None if !self.crawled.contains_key(&site.id) => CellState::NotCrawled,
            None if self.blocked.contains_key(&site.id) => CellState::Blocked,
            None => CellState::Missing,
        }
    }

    /// A cell's tooltip: the state, report titles and URLs, or why it was blocked.
    pub fn tooltip(&self, site: &Site, year: i64, state: CellState) -> String {
        let mut t = format!("{} · {year}\n{}", site.name, state.label());
        if let Some(list) = self.reports.get(&(site.id, year)) {
            for r in list {
                let _ = write!(
                    t,
                    "\n• {}{}\n  {}",
                    if r.title.is_empty() {
                        "(untitled)"
                    } else {
                        &r.title
                    },
                    if r.mismatch { " [mismatch]" } else { "" },
                    r.url
                );
            }
        } else if state == CellState::Blocked {
            if let Some(b) = self.blocked.get(&site.id) {
                let kinds: Vec<String> = b.kinds.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
                let _ = write!(
                    t,
                    "\nrun {}: {}\ne.g. {}",
                    b.run_id,
                    kinds.join(", "),
                    b.example
                );
            }
        }
        t
    }
}

/// Build the coverage page (`nianbao coverage --out FILE.html`).
pub fn coverage_html(store: &Store) -> Result<String, ExportError> {
    let cov = load(store)?;
    let years: Vec<i64> = cov.years.clone().collect();
    let mut h = String::with_capacity(64 * 1024 + cov.sites.len() * years.len() * 200);

    // Totals for the summary and the per-year footer row.
    let mut n_reports = 0usize;
    let mut n_mismatch = 0usize;
    let mut per_year: BTreeMap<i64, usize> = BTreeMap::new();
    for ((_, y), list) in &cov.reports {
        n_reports += list.len();
        n_mismatch += list.iter().filter(|r| r.mismatch).count();
        *per_year.entry(*y).or_default() += 1;
    }
    let n_blocked = cov
        .sites
        .iter()
        .filter(|s| cov.blocked.contains_key(&s.id))
        .count();
    let as_of = cov.latest_fetch.clone().unwrap_or_else(|| "—".into());

    h.push_str(HEAD);
    let _ = writeln!(
        h,
        "<header><h1>年报收录情况 <span>Coverage of the nianbao archive</span></h1>\
         <p class=\"asof\">Archive as of the latest capture: <time>{}</time></p></header>",
        esc(&as_of)
    );
    let _ = writeln!(
        h,
        "<section class=\"stats\">\
         <div><b>{}</b><span>sites</span></div>\
         <div><b>{}</b><span>site-years with a report</span></div>\
         <div><b>{}</b><span>report copies</span></div>\
         <div><b>{}</b><span>copies whose totals do not add up</span></div>\
         <div><b>{}</b><span>sites blocked in their latest crawl</span></div>\
         </section>",
        cov.sites.len(),
        cov.reports.len(),
        n_reports,
        n_mismatch,
        n_blocked
    );

    // Legend and filters.
    h.push_str("<section class=\"controls\"><ul class=\"legend\">");
    for s in [
        CellState::Archived,
        CellState::Mismatch,
        CellState::Blocked,
        CellState::Missing,
        CellState::NotCrawled,
    ] {
        let _ = write!(
            h,
            "<li><span class=\"cell {}\">{}</span>{}</li>",
            s.class(),
            s.glyph(),
            esc(s.label())
        );
    }
    h.push_str("</ul><div class=\"filters\" hidden>\
        <input id=\"q\" type=\"search\" placeholder=\"filter sites: name, host, province…\" aria-label=\"filter sites\">\
        <select id=\"lvl\" aria-label=\"level\"><option value=\"\">all levels</option>");
    let mut levels_present: Vec<&str> = cov.sites.iter().map(|s| s.level.as_str()).collect();
    levels_present.dedup();
    for l in &levels_present {
        let _ = write!(
            h,
            "<option value=\"{}\">{}</option>",
            esc(l),
            esc(&level_label(l))
        );
    }
    h.push_str(
        "</select><label><input id=\"gaps\" type=\"checkbox\"> only sites with gaps</label>\
        <span id=\"shown\"></span></div></section>\n",
    );

    // The grid.
    h.push_str("<div class=\"gridwrap\"><table class=\"grid\" id=\"grid\"><thead><tr><th class=\"site\">Site 网站</th>");
    for y in &years {
        let _ = write!(h, "<th class=\"year\">{y}</th>");
    }
    h.push_str("<th class=\"count\" title=\"years with a report / years shown\">n</th></tr></thead>\n<tbody>\n");
    let mut current_level: Option<&str> = None;
    for site in &cov.sites {
        if current_level != Some(site.level.as_str()) {
            current_level = Some(site.level.as_str());
            let _ = writeln!(
                h,
                "<tr class=\"lvl\" data-level=\"{}\"><th colspan=\"{}\">{}</th></tr>",
                esc(&site.level),
                years.len() + 2,
                esc(&level_label(&site.level))
            );
        }
        let mut have = 0;
        let mut cells = String::with_capacity(years.len() * 160);
        for &y in &years {
            let st = cov.state(site, y);
            if matches!(st, CellState::Archived | CellState::Mismatch) {
                have += 1;
            }
            let _ = write!(
                cells,
                "<td class=\"cell {}\" data-site=\"{}\" data-year=\"{y}\" title=\"{}\">{}</td>",
                st.class(),
                esc(&site.host),
                esc(&cov.tooltip(site, y, st)),
                st.glyph()
            );
        }
        let search = format!("{} {} {}", site.name, site.host, site.province).to_lowercase();
        let _ = writeln!(
            h,
            "<tr class=\"site\" data-level=\"{lvl}\" data-search=\"{search}\" data-gaps=\"{gaps}\">\
             <th class=\"site\" title=\"{tip}\"><a href=\"{href}\" rel=\"noreferrer\">{name}</a> <small>{host}</small></th>\
             {cells}<td class=\"count\">{have}/{total}</td></tr>",
            lvl = esc(&site.level),
            search = esc(&search),
            gaps = if have < years.len() { 1 } else { 0 },
            tip = esc(&format!(
                "{}\n{}{}\n{}",
                site.name,
                if site.province.is_empty() {
                    String::new()
                } else {
                    format!("{} · ", site.province)
                },
                level_label(&site.level),
                site.seed_url
            )),
            href = esc(&safe_href(&site.seed_url)),
            name = esc(&site.name),
            host = esc(&format!("{}{}", site.host, site.scope)),
            total = years.len(),
        );
    }
    h.push_str("</tbody><tfoot><tr><th class=\"site\">sites with a report</th>");
    for y in &years {
        let _ = write!(
            h,
            "<td class=\"yeartotal\">{}</td>",
            per_year.get(y).copied().unwrap_or(0)
        );
    }
    h.push_str("<td></td></tr></tfoot></table></div>\n");
    h.push_str(&province_section(&cov));
    if cov.out_of_range > 0 {
        let _ = writeln!(
            h,
            "<p class=\"note\">{} report copies name a year before {FIRST_YEAR} and are not shown in the grid.</p>",
            cov.out_of_range
        );
    }

    // Charts.
    h.push_str("<section class=\"charts\">\n<figure>\n");
    let req: Vec<(i64, Vec<(String, i64)>)> = cov
        .requests
        .iter()
        .map(|(y, v)| (*y, vec![(String::new(), *v)]))
        .collect();
    h.push_str(&bar_chart(
        "依申请公开：收到申请数 · Disclosure requests received, per report year",
        &req,
        &[],
    ));
    h.push_str("<figcaption>Sum of <code>requests_received</code> over annual reports; each site and year counted once; reposts left out.</figcaption></figure>\n<figure>\n");
    let mut by_year: BTreeMap<i64, Vec<(String, i64)>> = BTreeMap::new();
    let mut levels_in_chart: Vec<String> = Vec::new();
    for ((y, l), v) in &cov.proactive {
        by_year.entry(*y).or_default().push((l.clone(), *v));
        if !levels_in_chart.contains(l) {
            levels_in_chart.push(l.clone());
        }
    }
    levels_in_chart.sort_by_key(|l| (level_rank(l), l.clone()));
    for v in by_year.values_mut() {
        v.sort_by_key(|(l, _)| (level_rank(l), l.clone()));
    }
    let pro: Vec<(i64, Vec<(String, i64)>)> = by_year.into_iter().collect();
    h.push_str(&bar_chart(
        "主动公开信息数 · Proactive disclosures, per report year and administrative level",
        &pro,
        &levels_in_chart,
    ));
    h.push_str("<figcaption>Sum of <code>proactive_total</code> over annual reports, stacked by the report's administrative level; each site and year counted once; reposts left out.</figcaption></figure>\n</section>\n");

    let _ = writeln!(
        h,
        "<footer>Generated by nianbao-export {} from the archive. Hover a cell for the report title and URL.</footer>",
        env!("CARGO_PKG_VERSION")
    );
    h.push_str(SCRIPT);
    h.push_str("</body>\n</html>\n");
    Ok(h)
}

/// Sites by province and level, and where the seed list is thin.
fn province_section(cov: &Coverage) -> String {
    let with_reports: std::collections::HashSet<i64> = cov.reports.keys().map(|k| k.0).collect();
    let labels: Vec<String> = cov
        .sites
        .iter()
        .map(|s| format!("{}{}", s.host, s.scope))
        .collect();
    let seeded: Vec<SeededSite> = cov
        .sites
        .iter()
        .zip(&labels)
        .map(|(s, label)| SeededSite {
            province: &s.province,
            level: &s.level,
            name: &s.name,
            label,
            has_reports: with_reports.contains(&s.id),
        })
        .collect();
    province_table(&seeded)
}

/// The coverage page's section: one row per province (provinces without a site
/// included: they are the gaps), its sites by level in a `<details>`.
fn province_table(sites: &[SeededSite<'_>]) -> String {
    let mut h = String::from(
        "<section class=\"provinces\"><h2>按省份 · Sites by province</h2>\
         <p class=\"note\">地市级 = prefecture-level bodies with a site in the seeds / the province's \
         prefecture-level divisions (those with a report archived). A province marked thin is \
         where the seed list needs more bureaus: see <code>sites suggest</code>.</p>\
         <table class=\"prov\"><thead><tr><th>省份 province</th><th>national</th><th>provincial</th>\
         <th>prefectural</th><th>county</th><th>sites</th></tr></thead><tbody>\n",
    );
    for c in by_province(sites) {
        if c.province.is_empty() && c.national == 0 {
            continue;
        }
        let mut here: Vec<&SeededSite> =
            sites.iter().filter(|s| s.province == c.province).collect();
        here.sort_by_key(|s| (level_rank(s.level), s.label));
        let list: String = here
            .iter()
            .map(|s| {
                format!(
                    "<li><span class=\"lvl\">{}</span> {} <small>{}</small></li>",
                    esc(s.level),
                    esc(s.name),
                    esc(s.label)
                )
            })
            .collect();
        let sites_cell = if here.is_empty() {
            "—".to_string()
        } else {
            format!(
                "<details><summary>{}</summary><ul>{list}</ul></details>",
                here.len()
            )
        };
        let _ = writeln!(
            h,
            "<tr class=\"{cls}\" data-province=\"{p}\"><th>{name}</th><td>{}</td><td>{}</td>\
             <td>{}/{} ({}){thin}</td><td>{}</td><td>{sites_cell}</td></tr>",
            c.national,
            c.provincial,
            c.prefectural,
            c.prefectural_divisions,
            c.prefectural_with_reports,
            c.county,
            cls = if c.thin() { "thin" } else { "full" },
            p = esc(&c.province),
            name = if c.province.is_empty() {
                "(national)".to_string()
            } else {
                esc(&c.province)
            },
            thin = if c.thin() { " <b>thin</b>" } else { "" },
        );
    }
    h.push_str("</tbody></table></section>\n");
    h
}

/// Only http(s) links become clickable: a seed URL is user input.
fn safe_href(url: &str) -> String {
    let l = url.trim().to_ascii_lowercase();
    if l.starts_with("http://") || l.starts_with("https://") {
        url.trim().to_string()
    } else {
        "#".to_string()
    }
}

fn level_color(level: &str, order: &[String]) -> &'static str {
    let i = order.iter().position(|l| l == level).unwrap_or(0);
    match LEVELS.iter().position(|(l, _)| *l == level) {
        Some(k) => LEVEL_COLORS[k],
        None => LEVEL_COLORS[(LEVELS.len() + i) % LEVEL_COLORS.len()],
    }
}

/// 1234567 → "1,234,567".
fn thousands(v: i64) -> String {
    let s = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// A round tick step (1, 2 or 5 × 10^k) giving at most five intervals up to `max`,
/// and the axis maximum (a multiple of the step at or above `max`).
fn nice_axis(max: i64) -> (i64, i64) {
    if max <= 0 {
        return (1, 1);
    }
    let mut magnitude = 1i64;
    loop {
        for m in [1, 2, 5] {
            let step = magnitude.saturating_mul(m);
            let n = (max + step - 1) / step;
            if n <= 5 {
                return (step, n * step);
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// An inline SVG bar chart: one bar per year, stacked by series when `series`
/// names more than one. Bars carry `<title>` tooltips; the axis has five ticks.
fn bar_chart(title: &str, data: &[(i64, Vec<(String, i64)>)], series: &[String]) -> String {
    let (w, hgt) = (720.0f64, 300.0f64);
    let (left, right, top, bottom) = (64.0, 16.0, 40.0, 44.0);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"chart\" viewBox=\"0 0 {w} {hgt}\" role=\"img\" aria-label=\"{t}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title>{t}</title><text class=\"ct\" x=\"{left}\" y=\"20\">{t}</text>",
        t = esc(title)
    );
    if data.is_empty() {
        let _ = write!(
            s,
            "<text class=\"empty\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">no figures extracted yet</text></svg>",
            w / 2.0,
            hgt / 2.0
        );
        return s;
    }
    let first = data.first().map(|d| d.0).unwrap_or(FIRST_YEAR);
    let last = data.last().map(|d| d.0).unwrap_or(first);
    let n = (last - first + 1).max(1) as f64;
    let totals: Vec<i64> = data
        .iter()
        .map(|(_, v)| v.iter().map(|x| x.1.max(0)).sum())
        .collect();
    let (step, max) = nice_axis(totals.iter().copied().max().unwrap_or(0));
    let plot_w = w - left - right;
    let plot_h = hgt - top - bottom;
    let y_of = |v: i64| top + plot_h - (v as f64 / max as f64) * plot_h;
    for k in 0..=(max / step) {
        let v = k * step;
        let y = y_of(v);
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
             <text class=\"tick\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            w - right,
            left - 6.0,
            y + 4.0,
            thousands(v)
        );
    }
    let slot = plot_w / n;
    let bar = (slot * 0.7).min(48.0);
    let label_every = ((n / 14.0).ceil() as i64).max(1);
    for (yi, (year, parts)) in data.iter().enumerate() {
        let x = left + (*year - first) as f64 * slot + (slot - bar) / 2.0;
        let mut acc = 0i64;
        for (name, v) in parts {
            let v = (*v).max(0);
            if v == 0 {
                continue;
            }
            let y1 = y_of(acc + v);
            let y0 = y_of(acc);
            acc += v;
            let color = if series.is_empty() {
                "#2a6f97"
            } else {
                level_color(name, series)
            };
            let label = if name.is_empty() {
                format!("{year}: {}", thousands(v))
            } else {
                format!("{year} · {}: {}", level_label(name), thousands(v))
            };
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y1:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" fill=\"{color}\"><title>{}</title></rect>",
                (y0 - y1).max(0.5),
                esc(&label)
            );
        }
        let total = totals[yi];
        let _ = write!(
            s,
            "<text class=\"val\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x + bar / 2.0,
            y_of(total) - 4.0,
            thousands(total)
        );
    }
    for year in first..=last {
        if (year - first) % label_every != 0 {
            continue;
        }
        let x = left + (year - first) as f64 * slot + slot / 2.0;
        let _ = write!(
            s,
            "<text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{year}</text>",
            hgt - bottom + 16.0
        );
    }
    let _ = write!(
        s,
        "<line class=\"axis\" x1=\"{left}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
        w - right,
        top + plot_h,
        top + plot_h
    );
    if series.len() > 1 || (series.len() == 1 && !series[0].is_empty()) {
        let mut lx = left;
        for name in series {
            let label = level_label(name);
            let _ = write!(
                s,
                "<rect x=\"{lx:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>\
                 <text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                hgt - 18.0,
                level_color(name, series),
                lx + 16.0,
                hgt - 8.0,
                esc(&label)
            );
            lx += 40.0 + label.chars().count() as f64 * 8.0;
        }
    }
    s.push_str("</svg>\n");
    s
}

const HEAD: &str = r##"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao-export">
<title>年报收录情况 · nianbao coverage</title>
<script>
// Record script errors where a headless test can read them (--dump-dom).
(function () {
  var root = document.documentElement, errs = [];
  root.setAttribute("data-js-errors", "0");
  window.onerror = function (msg, src, line) {
    errs.push(String(msg) + " @" + line);
    root.setAttribute("data-js-errors", String(errs.length));
    root.setAttribute("data-js-error-messages", errs.join(" | "));
  };
})();
</script>
<style>
:root { --ok:#2e7d32; --mm:#e09f3e; --blk:#b23a48; --miss:#e6e8eb; --line:#d0d4d9; --ink:#1f2933; --mute:#616e7c; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 40px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #fafbfc; }
header h1 { margin: 0; font-size: 24px; font-weight: 650; }
header h1 span { font-weight: 400; color: var(--mute); font-size: 18px; margin-left: .4em; }
.asof { margin: 4px 0 16px; color: var(--mute); }
.stats { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 18px; }
.stats div { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.stats b { display: block; font-size: 22px; font-variant-numeric: tabular-nums; }
.stats span { color: var(--mute); font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 10px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 16px; padding: 0; margin: 0; }
.legend li { display: flex; align-items: center; gap: 6px; color: var(--mute); }
.legend .cell { display: inline-block; width: 18px; height: 18px; line-height: 18px; text-align: center; border-radius: 3px; }
.filters { display: flex; gap: 10px; align-items: center; }
.filters input[type=search] { width: 280px; }
.filters input[type=search], .filters select { padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
#shown { color: var(--mute); font-size: 12px; }
.gridwrap { display: inline-block; max-width: 100%; overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
table.grid { border-collapse: separate; border-spacing: 2px; font-size: 13px; }
.grid th.site { text-align: left; font-weight: 500; white-space: nowrap; padding: 2px 12px 2px 8px; position: sticky; left: 0; background: #fff; max-width: 340px; overflow: hidden; text-overflow: ellipsis; }
.grid th.site a { color: var(--ink); text-decoration: none; }
.grid th.site a:hover { text-decoration: underline; }
.grid th.site small { color: var(--mute); font-weight: 400; }
.grid th.year { font-weight: 500; color: var(--mute); font-size: 11px; writing-mode: vertical-rl; transform: rotate(180deg); padding: 4px 0; }
.grid tr.lvl th { text-align: left; padding: 10px 8px 4px; font-size: 12px; letter-spacing: .04em; color: var(--mute); border-bottom: 1px solid var(--line); position: sticky; left: 0; background: #fff; }
td.cell { width: 22px; height: 22px; min-width: 22px; text-align: center; font-size: 12px; font-weight: 700; color: #fff; border-radius: 3px; cursor: default; }
.cell.ok { background: var(--ok); }
.cell.mismatch { background: var(--mm); color: #3d2800; }
.cell.blocked { background: repeating-linear-gradient(135deg, var(--blk) 0 4px, #d77a85 4px 8px); }
.cell.missing { background: var(--miss); }
.cell.uncrawled { background: #fff; outline: 1px dashed var(--line); outline-offset: -2px; }
tr.site:hover th.site, tr.site:hover td.count { background: #eef2f7; }
td.cell:hover { outline: 2px solid var(--ink); outline-offset: -1px; }
td.count, td.yeartotal { color: var(--mute); font-size: 11px; text-align: center; padding: 0 6px; font-variant-numeric: tabular-nums; }
tfoot th.site { color: var(--mute); font-size: 11px; font-weight: 400; }
.note { color: var(--mute); font-size: 12px; }
.provinces { margin-top: 24px; }
.provinces h2 { font-size: 16px; margin: 0 0 4px; }
table.prov { border-collapse: collapse; background: #fff; border: 1px solid var(--line); font-size: 13px; }
table.prov th, table.prov td { border-bottom: 1px solid #eceff3; padding: 3px 10px; text-align: left; vertical-align: top; font-variant-numeric: tabular-nums; }
table.prov tr.thin b { color: var(--blk); font-weight: 600; }
table.prov ul { margin: 2px 0; padding-left: 16px; }
table.prov .lvl, table.prov small { color: var(--mute); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 20px; margin-top: 24px; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
figcaption { color: var(--mute); font-size: 12px; margin-top: 4px; }
svg.chart { width: 100%; height: auto; display: block; }
svg .ct { font-size: 14px; font-weight: 600; fill: var(--ink); }
svg .tick { font-size: 11px; fill: var(--mute); }
svg .val { font-size: 10px; fill: var(--ink); }
svg .empty { font-size: 13px; fill: var(--mute); }
svg line.grid { stroke: #eceff3; }
svg line.axis { stroke: #9aa5b1; }
svg rect:hover { opacity: .8; }
footer { margin-top: 28px; color: var(--mute); font-size: 12px; }
.hide { display: none; }
</style>
</head>
<body>
"##;

const SCRIPT: &str = r##"<script>
// Optional filtering; the page reads fine without it.
(function () {
  var box = document.querySelector(".filters");
  var q = document.getElementById("q"), lvl = document.getElementById("lvl"),
      gaps = document.getElementById("gaps"), shown = document.getElementById("shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#grid tbody tr.site"));
  var heads = Array.prototype.slice.call(document.querySelectorAll("#grid tbody tr.lvl"));
  box.hidden = false;
  function apply() {
    var text = q.value.trim().toLowerCase(), level = lvl.value, only = gaps.checked, n = 0, seen = {};
    rows.forEach(function (r) {
      var ok = (!text || r.getAttribute("data-search").indexOf(text) >= 0) &&
               (!level || r.getAttribute("data-level") === level) &&
               (!only || r.getAttribute("data-gaps") === "1");
      r.classList.toggle("hide", !ok);
      if (ok) { n++; seen[r.getAttribute("data-level")] = true; }
    });
    heads.forEach(function (h) { h.classList.toggle("hide", !seen[h.getAttribute("data-level")]); });
    shown.textContent = n + " / " + rows.length + " sites";
  }
  q.addEventListener("input", apply);
  lvl.addEventListener("change", apply);
  gaps.addEventListener("change", apply);
  apply();
  document.documentElement.setAttribute("data-js-ready", "1");
})();
</script>
"##;

#[cfg(test)]
mod tests {
    #[test]
    fn provinces_show_where_the_seed_list_is_thin() {
        let site = |province, level, name| SeededSite {
            province,
            level,
            name,
            label: name,
            has_reports: true,
        };
        let page = province_table(&[
            site("广东省", "provincial", "广东省生态环境厅"),
            site("广东省", "prefectural", "韶关市生态环境局"),
        ]);
        assert!(page.contains("<td>1/21 (1) <b>thin</b></td>"), "{page}");
        // A province without a site is listed: it is the biggest gap.
        assert!(page.contains("data-province=\"吉林省\""), "{page}");
    }

    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            esc("<a href=\"x\">'&'\n"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&#10;"
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
        assert_eq!(nice_axis(818), (200, 1000));
        assert_eq!(nice_axis(2743), (1000, 3000));
        assert_eq!(nice_axis(5), (1, 5));
        assert_eq!(nice_axis(0), (1, 1));
        assert_eq!(safe_href("javascript:alert(1)"), "#");
    }
}
