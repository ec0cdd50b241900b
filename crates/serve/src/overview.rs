//! `/`: the coverage grid `nianbao coverage` writes, live and linked: province →
//! site → year, each archived cell linking to its report (the newest copy; the
//! tooltip lists the others). The cell states and what counts as archived are the
//! export crate's (`nianbao_export::coverage`), so the two views never disagree.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::State;
use maud::{html, Markup};
use nianbao_export::coverage::{self, CellState};
use nianbao_store::SiteInfo;

use crate::page::layout;
use crate::{App, AppError};

pub async fn page(State(app): State<Arc<App>>) -> Result<Markup, AppError> {
    let page = app
        .cached("overview", |store| {
            let cov = coverage::load(store)?;
            let unindexed = store.unindexed_extractions()?;
            Ok(render(&cov, unindexed).into_string())
        })
        .await?;
    Ok(maud::PreEscaped(page.as_ref().clone()))
}

/// Sites grouped by province (those without one last), each group by level then name.
fn by_province(sites: &[SiteInfo]) -> Vec<(&str, Vec<&SiteInfo>)> {
    let mut groups: BTreeMap<(bool, &str), Vec<&SiteInfo>> = BTreeMap::new();
    for s in sites {
        groups
            .entry((s.province.is_empty(), s.province.as_str()))
            .or_default()
            .push(s);
    }
    groups.into_iter().map(|((_, p), v)| (p, v)).collect()
}

fn render(cov: &coverage::Coverage, unindexed: i64) -> Markup {
    let years: Vec<i64> = cov.years().collect();
    let mut site_years = 0usize;
    let mut copies = 0usize;
    let mut mismatches = 0usize;
    for s in cov.sites() {
        for &y in &years {
            let r = cov.reports_at(s.id, y);
            if !r.is_empty() {
                site_years += 1;
                copies += r.len();
                mismatches += r.iter().filter(|x| x.mismatch).count();
            }
        }
    }
    let states = [
        CellState::Archived,
        CellState::Mismatch,
        CellState::Blocked,
        CellState::Missing,
        CellState::NotCrawled,
    ];
    layout(
        "年报收录情况 Overview",
        html! {
            h1 { "年报收录情况 " span.mute { "Coverage of the archive" } }
            p.sub { "Archive as of the latest capture: " (cov.latest_fetch().unwrap_or("—")) ". Click a cell to see the report beside the figures taken from it." }
            @if unindexed > 0 {
                p.notice { (unindexed) " extracted captures are not in the search index yet (an archive from before it): run " code { "nianbao extract" } " once to add them." }
            }
            div.stats {
                div { b { (cov.sites().len()) } span { "sites 网站" } }
                div { b { (site_years) } span { "site-years with a report" } }
                div { b { (copies) } span { "report copies" } }
                div { b { (mismatches) } span { "copies whose totals do not add up" } }
            }
            ul.legend {
                @for s in states {
                    li { span class={"cell " (s.class())} {} (s.label()) }
                }
            }
            div.gridwrap {
                table.grid {
                    thead { tr {
                        th.site { "省份 · 网站 Province · site" }
                        @for y in &years { th.year { (y % 100) } }
                        th.count title="years with a report / years shown" { "n" }
                    } }
                    tbody {
                        @for (province, sites) in by_province(cov.sites()) {
                            tr.prov { th colspan=(years.len() + 2) {
                                (if province.is_empty() { "未注明省份 · no province" } else { province })
                                span { (sites.len()) (if sites.len() == 1 { " site" } else { " sites" }) }
                            } }
                            @for site in sites {
                                (site_row(cov, site, &years))
                            }
                        }
                    }
                }
            }
            p.mute { "Years " (years.first().copied().unwrap_or(coverage::FIRST_YEAR)) "–" (years.last().copied().unwrap_or(coverage::FIRST_YEAR)) " (column headings are the last two digits)." }
        },
    )
}

fn site_row(cov: &coverage::Coverage, site: &SiteInfo, years: &[i64]) -> Markup {
    let mut have = 0;
    let cells: Vec<Markup> = years
        .iter()
        .map(|&y| {
            let st = cov.state(site, y);
            let reports = cov.reports_at(site.id, y);
            if !reports.is_empty() {
                have += 1;
            }
            // Short: the page is one cell per site and year (the report view has the rest).
            let tip = match reports.len() {
                0 => format!("{y}: {}", st.label()),
                1 => format!("{y}: {}", reports[0].title),
                n => format!("{y}: {} ({n} copies)", reports[0].title),
            };
            html! {
                td class={"cell " (st.class())} title=(tip) {
                    @if let Some(r) = reports.first() {
                        a href={"/reports/" (r.capture_id)} aria-label={(site.name) " " (y)} { (st.glyph()) }
                    }
                }
            }
        })
        .collect();
    html! {
        tr.site {
            th.site { a href={"/sites/" (site.id)} { (site.name) } " " small { (crate::page::level(&site.level)) } }
            @for c in cells { (c) }
            td.count { (have) "/" (years.len()) }
        }
    }
}
