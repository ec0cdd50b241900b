//! `/sites/<id>`: one site: what it is (seed row), how much of it was fetched, and
//! its documents by report year, each linking to its report view.

use std::sync::Arc;

use axum::extract::{Path, State};
use maud::{html, Markup};

use crate::page::{consistency_badge, doc_type_badge, external_link, layout, level};
use crate::{params, App, AppError};

/// Documents listed on a site page.
const MAX_DOCUMENTS: u64 = 500;

pub async fn page(
    State(app): State<Arc<App>>,
    Path(raw): Path<String>,
) -> Result<Markup, AppError> {
    let id = params::id("site", &raw)?;
    app.read(move |store| {
        let site = store
            .site(id)?
            .ok_or_else(|| AppError::NotFound(format!("there is no site {id} in this archive")))?;
        let (captures, failures) = store.site_counts(id)?;
        let docs = store.site_documents(id, MAX_DOCUMENTS)?;
        Ok(layout(
            &site.name,
            html! {
                p.mute { a href="/" { "Overview" } " › " (if site.province.is_empty() { "—" } else { site.province.as_str() }) }
                h1 { (site.name) }
                p.sub { (level(&site.level)) " · " (site.host) " · seed " (external_link(&site.seed_url)) }
                div.stats {
                    div { b { (captures) } span { "captures" } }
                    div { b { (failures) } span { "failed fetches" } }
                    div { b { (docs.iter().filter(|d| d.doc_type.as_deref() == Some("annual_report")).count()) } span { "annual report copies" } }
                }
                h2 { "Documents 文档" }
                @if docs.is_empty() {
                    p.mute { "No document of this site has been extracted as a report or a related document." }
                } @else {
                    table.list {
                        thead { tr { th { "year" } th { "title" } th { "type" } th { "consistency" } th { "text" } th { "fetched" } } }
                        tbody {
                            @for d in &docs {
                                tr {
                                    td { (d.report_year.map(|y| y.to_string()).unwrap_or_else(|| "—".into())) }
                                    td { a href={"/reports/" (d.capture_id)} { (d.title.as_deref().filter(|t| !t.is_empty()).unwrap_or(d.url.as_str())) } }
                                    td { (doc_type_badge(d.doc_type.as_deref())) }
                                    td { (consistency_badge(d.consistency.as_deref())) }
                                    td.mute { (d.text_source.as_deref().unwrap_or("—")) }
                                    td.mute { (d.fetched_at) }
                                }
                            }
                        }
                    }
                    @if docs.len() as u64 == MAX_DOCUMENTS {
                        p.mute { "The first " (MAX_DOCUMENTS) " are shown; " a href={"/search"} { "search" } " finds the rest." }
                    }
                }
            },
        ))
    })
    .await
}
