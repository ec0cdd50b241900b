//! `/search`: full-text search over what extraction read of every capture (the
//! `report_text` index, trigram-tokenised, which `extract` keeps in step), with the
//! filters province, level, year, doc_type and consistency; results page through
//! and each shows its matching passage. `/search/download`: the current filter's
//! reports or cells as CSV or Parquet, written by the export's own code
//! (`nianbao_export::export_table_of`), so the columns are exactly `export`'s.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use nianbao_export::{export_table_of, Format, TableOptions, What};
use nianbao_store::{SearchFacets, SearchHit, Store, COUNT_CAP, MATCH_CLOSE, MATCH_OPEN};

use crate::page::{consistency_badge, doc_type_badge, layout, level};
use crate::params::{self, DownloadFormat, DownloadWhat, SearchParams, PAGE_SIZE};
use crate::{App, AppError};

/// Markers around a match in a passage (the store's), turned into `<mark>` after
/// the text around them is escaped.
const OPEN: &str = MATCH_OPEN;
const CLOSE: &str = MATCH_CLOSE;

pub async fn page(
    State(app): State<Arc<App>>,
    RawQuery(raw): RawQuery,
) -> Result<Markup, AppError> {
    let p = SearchParams::parse(raw.as_deref(), false)?;
    let facets = app
        .cached("facets", |store| Ok(store.search_facets()?))
        .await?;
    app.read(move |store| {
        let terms = params::terms(&p.q);
        let only_short = terms.fts.is_none() && !terms.too_short.is_empty();
        let (total, hits) = if only_short {
            (0, Vec::new())
        } else {
            store.search(&p.query())?
        };
        Ok(render(&p, facets.as_ref(), &terms.too_short, total, &hits))
    })
    .await
}

/// A passage with its match markers as `<mark>`, everything else escaped.
fn passage(s: &str) -> Markup {
    let mut parts = Vec::new();
    for (i, chunk) in s.split(OPEN).enumerate() {
        match (i, chunk.split_once(CLOSE)) {
            (0, _) | (_, None) => parts.push((false, chunk.replace(CLOSE, ""))),
            (_, Some((hit, rest))) => {
                parts.push((true, hit.to_string()));
                parts.push((false, rest.replace(CLOSE, "")));
            }
        }
    }
    html! { @for (m, t) in &parts { @if *m { mark { (t) } } @else { (t) } } }
}

fn select(name: &str, label: &str, options: &[(String, String)], current: Option<&str>) -> Markup {
    html! {
        select name=(name) aria-label=(label) {
            option value="" { (label) }
            @for (v, text) in options {
                option value=(v) selected[current == Some(v.as_str())] { (text) }
            }
        }
    }
}

fn render(
    p: &SearchParams,
    f: &SearchFacets,
    too_short: &[String],
    total: u64,
    hits: &[SearchHit],
) -> Markup {
    let pairs = |v: &[String], label: fn(&str) -> String| -> Vec<(String, String)> {
        v.iter().map(|x| (x.clone(), label(x))).collect()
    };
    let years: Vec<(String, String)> = f
        .years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let pages = total.div_ceil(PAGE_SIZE).clamp(1, params::MAX_PAGE);
    let year = p.year.map(|y| y.to_string());
    let heading = if p.q.is_empty() {
        "检索 Search".to_string()
    } else {
        format!("“{}” · 检索", p.q)
    };
    layout(
        &heading,
        html! {
            h1 { "全文检索 " span.mute { "Search the reports" } }
            form.search action="/search" method="get" {
                input type="search" name="q" value=(p.q) placeholder="e.g. 依申请公开 or 行政复议 (at least 3 characters a term)" aria-label="text";
                (select("province", "all provinces 省份", &pairs(&f.provinces, |s| s.to_string()), p.province.as_deref()))
                (select("level", "all levels 层级", &pairs(&f.levels, level), p.level.as_deref()))
                (select("year", "all years 年度", &years, year.as_deref()))
                (select("doc_type", "all types 类型", &pairs(&f.doc_types, |s| s.to_string()), p.doc_type.as_deref()))
                (select("consistency", "any consistency", &pairs(&f.consistencies, |s| s.to_string()), p.consistency.as_deref()))
                button type="submit" { "Search 检索" }
            }
            @if !too_short.is_empty() {
                p.notice {
                    "The index matches runs of three characters, so "
                    @for (i, t) in too_short.iter().enumerate() { @if i > 0 { ", " } "“" (t) "”" }
                    " cannot be searched for alone: add a character (e.g. 环保局 rather than 环保)."
                    @if hits.is_empty() && total == 0 { " No search was run." } @else { " It was left out of the search." }
                }
            }
            p.downloads {
                strong { (total) @if total >= COUNT_CAP { "+" } } " matching " (if total == 1 { "capture" } else { "captures" }) ", newest first"
                @if total > 0 {
                    " · download them: "
                    a href=(p.link("/search/download", &[("what", "reports"), ("format", "csv")])) { "reports CSV" } " · "
                    a href=(p.link("/search/download", &[("what", "reports"), ("format", "parquet")])) { "reports Parquet" } " · "
                    a href=(p.link("/search/download", &[("what", "cells"), ("format", "csv")])) { "cells CSV" } " · "
                    a href=(p.link("/search/download", &[("what", "cells"), ("format", "parquet")])) { "cells Parquet" }
                }
            }
            ol.hits start=((p.page - 1) * PAGE_SIZE + 1) {
                @for x in hits {
                    li {
                        div.title { a href={"/reports/" (x.capture_id)} { (x.title.as_deref().filter(|t| !t.is_empty()).unwrap_or(x.url.as_str())) } }
                        div.meta {
                            (doc_type_badge(x.doc_type.as_deref()))
                            (consistency_badge(x.consistency.as_deref()))
                            span { a href={"/sites/" (x.site_id)} { (x.site_name.as_deref().unwrap_or("?")) } }
                            span { (x.province.as_deref().unwrap_or("")) }
                            span { (x.level.as_deref().map(level).unwrap_or_default()) }
                            span { "year " (x.report_year.map(|y| y.to_string()).unwrap_or_else(|| "—".into())) }
                            span { "fetched " (x.fetched_at) }
                        }
                        @if let Some(s) = &x.passage { div.passage { (passage(s)) } }
                    }
                }
            }
            @if pages > 1 {
                nav.pager aria-label="pages" {
                    @if p.page > 1 { a href=(p.link("/search", &[("page", &(p.page - 1).to_string())])) rel="prev" { "← previous" } }
                    @for n in page_numbers(p.page, pages) {
                        @if n == 0 { span.gap { "…" } }
                        @else if n == p.page { span.here { (n) } }
                        @else { a href=(p.link("/search", &[("page", &n.to_string())])) { (n) } }
                    }
                    @if p.page < pages { a href=(p.link("/search", &[("page", &(p.page + 1).to_string())])) rel="next" { "next →" } }
                }
            }
        },
    )
}

/// Page numbers to offer around `here` (0 = a gap).
fn page_numbers(here: u64, pages: u64) -> Vec<u64> {
    let mut out = Vec::new();
    for n in 1..=pages {
        if n <= 2 || n + 1 >= pages || n.abs_diff(here) <= 2 {
            out.push(n);
        } else if out.last() != Some(&0) {
            out.push(0);
        }
    }
    out
}

pub async fn download(
    State(app): State<Arc<App>>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let p = SearchParams::parse(raw.as_deref(), true)?;
    let format = p.format.unwrap_or(DownloadFormat::Csv);
    let what = p.what.unwrap_or(DownloadWhat::Reports);
    let bytes = app
        .read(move |store: &Store| {
            let ids: BTreeSet<i64> = store.search_ids(&p.query())?.into_iter().collect();
            let opts = TableOptions {
                what: match what {
                    DownloadWhat::Reports => What::Reports,
                    DownloadWhat::Cells => What::Cells,
                },
                format: match format {
                    DownloadFormat::Csv => Format::Csv,
                    DownloadFormat::Parquet => Format::Parquet,
                },
                since: None,
                bom: false,
            };
            let mut out = Vec::new();
            export_table_of(store, &opts, &ids, &mut out)?;
            Ok(out)
        })
        .await?;
    let (ctype, ext) = match format {
        DownloadFormat::Csv => ("text/csv; charset=utf-8", "csv"),
        DownloadFormat::Parquet => ("application/vnd.apache.parquet", "parquet"),
    };
    let name = match what {
        DownloadWhat::Reports => "reports",
        DownloadWhat::Cells => "cells",
    };
    Ok((
        [
            (header::CONTENT_TYPE, ctype.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"nianbao-{name}.{ext}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_escape_text_and_mark_matches() {
        let html = passage("a<b>\u{1}年度报告\u{2}…\u{1}x").into_string();
        assert_eq!(html, "a&lt;b&gt;<mark>年度报告</mark>…x");
    }

    #[test]
    fn pager_offers_ends_and_neighbours() {
        assert_eq!(page_numbers(1, 3), [1, 2, 3]);
        assert_eq!(page_numbers(10, 20), [1, 2, 0, 8, 9, 10, 11, 12, 0, 19, 20]);
    }
}
