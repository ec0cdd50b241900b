//! `/reports/<capture_id>`: the archived page as captured, beside what was taken
//! from it: the extracted fields, the three statutory tables rebuilt from the cells
//! (the cells of a failed identity marked), `doc_type` and why, the capture's
//! provenance, every capture of the same URL in time (with the cells that changed),
//! and the attachments found on it with how their text was read.
//!
//! The page is shown in `<iframe sandbox srcdoc>`: no `allow-scripts`, no
//! `allow-same-origin`, no popups, and a Content-Security-Policy `<meta>` first in
//! the document (the application's own policy applies too), so it can neither run
//! a script nor fetch anything. The body is decoded as the extractor decodes it
//! (Content-Encoding undone, then the charset chain: header, `<meta>`, detection).
//! A document that is not HTML (PDF, Word, a scan) is shown as the text extraction
//! read from it; the bytes are a download.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::extract::{Path, State};
use maud::{html, Markup};
use nianbao_extract::attachments::{kind, Kind};
use nianbao_store::{CaptureDetail, CellRow, LinkedCapture, ReportRow, SiteInfo, Store};

use crate::page::{consistency_badge, doc_type_badge, external_link, layout, level};
use crate::tables::{self, Involved, Key, Marks};
use crate::{params, App, AppError, SRCDOC_CSP};

/// Archived bodies larger than this are not inlined (the raw download has them).
const MAX_INLINE: usize = 6 * 1024 * 1024;
/// Other captures of a URL compared cell by cell.
const MAX_VERSIONS: usize = 40;

/// What the left pane shows.
enum Shown {
    /// A decoded HTML page, for the sandboxed frame.
    Page {
        html: String,
        charset: String,
    },
    /// What extraction read from a document that is not HTML.
    Text(String),
    Nothing(&'static str),
}

/// Another capture of the same URL and how it differs from this one.
struct Version {
    id: i64,
    fetched_at: String,
    status: i64,
    sha256: Option<String>,
    relation: Relation,
}

enum Relation {
    This,
    SamePayload,
    NoBody,
    Changed(Vec<(Key, Option<String>, Option<String>)>),
}

struct View {
    detail: CaptureDetail,
    payload_id: i64,
    site: Option<SiteInfo>,
    report: Option<ReportRow>,
    cells: Vec<CellRow>,
    notes: Vec<String>,
    versions: Vec<Version>,
    linked: Vec<LinkedCapture>,
    shown: Shown,
}

pub async fn page(
    State(app): State<Arc<App>>,
    Path(raw): Path<String>,
) -> Result<Markup, AppError> {
    let id = params::id("report", &raw)?;
    app.read(move |store| Ok(render(&load(store, id)?))).await
}

fn json_strings(s: Option<&str>) -> Vec<String> {
    s.and_then(|s| serde_json::from_str::<Vec<serde_json::Value>>(s).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        })
        .collect()
}

fn load(store: &Store, id: i64) -> Result<View, AppError> {
    let detail = store
        .capture_detail(id)?
        .ok_or_else(|| AppError::NotFound(format!("there is no capture {id} in this archive")))?;
    // An unchanged re-fetch or a 304 shares its first capture's payload and extraction.
    let payload_id = detail.revisit_of.unwrap_or(detail.id);
    let report = store.report_of(payload_id)?;
    let cells = store.cells_of(payload_id)?;
    let notes = json_strings(store.extraction_notes(payload_id)?.as_deref());
    let site = store.site(detail.site_id)?;

    let mut versions = Vec::new();
    for c in store
        .captures_of_url(detail.url_id, detail.site_id, &detail.requested_url)?
        .into_iter()
        .take(MAX_VERSIONS)
    {
        let pid = c.revisit_of.unwrap_or(c.id);
        let relation = if c.id == detail.id {
            Relation::This
        } else if pid == payload_id {
            Relation::SamePayload
        } else if c.sha256.is_none() && c.revisit_of.is_none() {
            Relation::NoBody
        } else {
            Relation::Changed(tables::changed_cells(&cells, &store.cells_of(pid)?))
        };
        versions.push(Version {
            id: c.id,
            fetched_at: c.fetched_at,
            status: c.status,
            sha256: c.sha256,
            relation,
        });
    }
    let mut linked = store.linked_from(id)?;
    if payload_id != id {
        linked.extend(store.linked_from(payload_id)?);
    }

    let shown = match store.capture_payload(payload_id)? {
        None => Shown::Nothing("no body was archived for this capture"),
        Some(p) => {
            let body = p.decoded(MAX_INLINE + 1);
            if body.len() > MAX_INLINE {
                Shown::Nothing("the page is too large to show here; download it")
            } else if kind(&p.final_url, p.content_type.as_deref(), &body) == Kind::Html {
                let (html, cs) =
                    nianbao_extract::decode::decode_html(&body, p.content_type.as_deref());
                Shown::Page {
                    html,
                    charset: format!("{} (from {})", cs.name(), cs.source.as_str()),
                }
            } else {
                match store.indexed_text(payload_id)? {
                    Some(t) if !t.trim().is_empty() => Shown::Text(t),
                    _ => Shown::Nothing("no text was read from this document"),
                }
            }
        }
    };
    Ok(View {
        detail,
        payload_id,
        site,
        report,
        cells,
        notes,
        versions,
        linked,
        shown,
    })
}

/// The archived page as the frame's document: the policy first (so it governs
/// everything after it), links opening elsewhere (which the sandbox refuses), and
/// the elements made inert that open a connection before any policy is consulted.
fn srcdoc(page: &str) -> String {
    format!(
        "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"{SRCDOC_CSP}\"><base target=\"_blank\">{}",
        inert(page)
    )
}

/// Elements whose mere presence makes Chromium open a connection to their host
/// even when the policy then refuses the request (seen in the sandbox test: a
/// nested `<iframe src>` and `<link rel=preconnect|dns-prefetch|preload>`):
/// renamed to unknown elements, which do nothing. Nothing else of the page changes.
const INERT: &[&str] = &["iframe", "frame", "link", "portal", "fencedframe"];

fn inert(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 64);
    let mut rest = page;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let slash = usize::from(rest.starts_with('/'));
        let len = rest[slash..]
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = &rest[slash..slash + len];
        if INERT.iter().any(|t| name.eq_ignore_ascii_case(t)) {
            out.push_str(&rest[..slash]);
            out.push_str("nb-inert-");
            out.push_str(name);
            rest = &rest[slash + len..];
        }
    }
    out.push_str(rest);
    out
}

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map(|x| x.to_string())
        .unwrap_or_else(|| "—".into())
}

fn render(v: &View) -> Markup {
    let d = &v.detail;
    let title = v
        .report
        .as_ref()
        .and_then(|r| r.title.clone())
        .or_else(|| d.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| d.final_url.clone());
    let issues = json_strings(
        v.report
            .as_ref()
            .and_then(|r| r.consistency_issues.as_deref()),
    );
    let failed: Vec<Involved> = issues.iter().filter_map(|i| tables::involved(i)).collect();
    let changed: BTreeSet<Key> = v
        .versions
        .iter()
        .flat_map(|ver| match &ver.relation {
            Relation::Changed(c) => c.iter().map(|(k, _, _)| k.clone()).collect(),
            _ => Vec::new(),
        })
        .collect();
    layout(
        &title,
        html! {
            p.mute {
                a href="/" { "Overview" } " › "
                @if let Some(s) = &v.site { a href={"/sites/" (s.id)} { (s.name) } } @else { "site " (d.site_id) }
                " › capture " (d.id)
            }
            h1 { (title) }
            p.sub {
                @if let Some(r) = &v.report { (doc_type_badge(r.doc_type.as_deref())) " " (consistency_badge(r.consistency.as_deref())) " " }
                @if let Some(s) = &v.site { (s.name) " · " (level(&s.level)) " · " }
                "fetched " (d.fetched_at)
            }
            div.report {
                div.viewer {
                    div.bar {
                        span { "As archived · 原始页面 (sandboxed: no scripts, nothing fetched)" }
                        a href={"/captures/" (v.payload_id) "/raw"} { "download the body" }
                    }
                    @match &v.shown {
                        Shown::Page { html, .. } => {
                            iframe sandbox="" referrerpolicy="no-referrer" title="the archived page" srcdoc=(srcdoc(html)) {}
                        }
                        Shown::Text(t) => {
                            p.mute { "Not an HTML page: the text extraction read from it." }
                            pre.text { (t) }
                        }
                        Shown::Nothing(why) => { p.notice { (why) } }
                    }
                }
                div.facts {
                    (fields(v))
                    (consistency(v, &issues))
                    @if !v.cells.is_empty() {
                        div.card {
                            h2 { "Tables 统计表" }
                            p.mute { "Rebuilt from the extracted cells. "
                                span.badge.b-mismatch { "red" } " cells are in an identity that does not hold; "
                                span.badge style="background:#fff4d6" { "yellow" } " cells differ in another capture of this URL." }
                            (tables::render(&v.cells, &Marks { failed: &failed, changed: &changed }))
                        }
                    }
                    (provenance(v))
                    (history(v))
                    (attachments(v))
                }
            }
        },
    )
}

fn fields(v: &View) -> Markup {
    let Some(r) = &v.report else {
        return html! { div.card { h2 { "Fields" } p.mute { "This capture has not been extracted (run " code { "nianbao extract" } ")." } } };
    };
    let with_source = |value: String, source: &Option<String>| match source {
        Some(s) => format!("{value}  ({s})"),
        None => value,
    };
    let approx = json_strings(r.approximate.as_deref());
    let num = |name: &str, val: Option<i64>| -> String {
        let s = opt(&val);
        if approx.iter().any(|a| a == name) {
            format!("{s} (approximate: 余/近/多)")
        } else {
            s
        }
    };
    let rows: Vec<(&str, String)> = vec![
        ("agency 机关", opt(&r.agency)),
        ("province 省份", opt(&r.province)),
        ("admin_level 层级", opt(&r.admin_level)),
        (
            "report_year 年度",
            with_source(opt(&r.report_year), &r.report_year_source),
        ),
        (
            "published_date 发布日期",
            with_source(opt(&r.published_date), &r.published_date_source),
        ),
        ("format 格式", opt(&r.format)),
        ("script 字体", opt(&r.script)),
        ("repost 转载", opt(&r.repost)),
        (
            "proactive_total 主动公开",
            num("proactive_total", r.proactive_total),
        ),
        (
            "requests_received 收到申请",
            num("requests_received", r.requests_received),
        ),
        (
            "requests_granted 予以公开",
            num("requests_granted", r.requests_granted),
        ),
        (
            "reconsiderations 行政复议",
            num("reconsiderations", r.reconsiderations),
        ),
        ("lawsuits 行政诉讼", num("lawsuits", r.lawsuits)),
        (
            "text 文本",
            format!(
                "{} · {}{}",
                opt(&r.text_status),
                opt(&r.text_source),
                r.ocr_confidence
                    .map(|c| format!(" · OCR confidence {c:.0}"))
                    .unwrap_or_default()
            ),
        ),
        (
            "extraction",
            format!("v{} at {}", r.extractor_version, opt(&r.extracted_at)),
        ),
    ];
    html! {
        div.card.fields {
            h2 { "Fields 字段" }
            table.kv {
                tr { th { "doc_type 类型" } td { (doc_type_badge(r.doc_type.as_deref())) " " span.mute { (r.doc_type_reason.as_deref().unwrap_or("no reason recorded")) } } }
                @if let Some(n) = r.note_capture_id {
                    tr { th { "found on" } td { "the page that links this document: " a href={"/reports/" (n)} { "capture " (n) } } }
                }
                @if let Some(a) = r.attachment_capture_id {
                    tr { th { "the report" } td { "this page only links its report: " a href={"/reports/" (a)} { "capture " (a) } } }
                }
                @if let Some(t) = &r.needs_tool {
                    tr { th { "needs" } td { "the tool " code { (t) } " to read this document" } }
                }
                @for (k, val) in &rows { tr { th { (k) } td { (val) } } }
            }
            @if !v.notes.is_empty() {
                details { summary.mute { "extraction notes (" (v.notes.len()) ")" }
                    ul.mute { @for n in &v.notes { li { (n) } } } }
            }
        }
    }
}

fn consistency(v: &View, issues: &[String]) -> Markup {
    let Some(r) = &v.report else { return html! {} };
    html! {
        div.card {
            h2 { "Consistency 勾稽关系 " (consistency_badge(r.consistency.as_deref())) }
            @if issues.is_empty() {
                p.mute { @if r.consistency.as_deref() == Some("ok") { "Every statutory identity that could be checked holds." } @else { "Nothing could be checked." } }
            } @else {
                p { "The printed figures break these identities (kept as printed, never repaired):" }
                ul.issues { @for i in issues { li { (i) } } }
            }
        }
    }
}

fn provenance(v: &View) -> Markup {
    let d = &v.detail;
    let redirects: Vec<serde_json::Value> =
        serde_json::from_str(&d.redirects_json).unwrap_or_default();
    let charset = match &v.shown {
        Shown::Page { charset, .. } => format!("{} · decoded as {charset}", opt(&d.charset)),
        _ => format!(
            "{}{}",
            opt(&d.charset),
            d.charset_source
                .as_ref()
                .map(|s| format!(" (from {s})"))
                .unwrap_or_default()
        ),
    };
    html! {
        div.card {
            h2 { "Provenance 来源" }
            table.kv {
                tr { th { "URL" } td { (external_link(&d.final_url)) } }
                @if d.requested_url != d.final_url { tr { th { "requested" } td { (external_link(&d.requested_url)) } } }
                @if !redirects.is_empty() {
                    tr { th { "redirects" } td { ol { @for r in &redirects {
                        li { (r.get("status").map(|s| s.to_string()).unwrap_or_default()) " "
                             (r.get("url").and_then(|u| u.as_str()).unwrap_or("")) " → "
                             (r.get("location").and_then(|u| u.as_str()).unwrap_or("")) }
                    } } } }
                }
                tr { th { "fetched_at" } td { (d.fetched_at) " · run " (d.run_id) } }
                tr { th { "status" } td { (d.status) " " (d.http_version) } }
                tr { th { "content type" } td { (opt(&d.content_type)) @if let Some(e) = &d.content_encoding { " · encoding " (e) } } }
                tr { th { "charset" } td { (charset) } }
                tr { th { "bytes" } td { (d.bytes) @if let Some(n) = d.decoded_bytes { " (" (n) " decoded)" } @if d.truncated { " · " strong { "truncated" } } } }
                tr { th { "sha256" } td { code { (opt(&d.sha256)) } } }
                @if let Some(o) = d.revisit_of { tr { th { "same payload as" } td { a href={"/reports/" (o)} { "capture " (o) } } } }
                tr { th { "role" } td { (opt(&d.role)) } }
            }
        }
    }
}

fn history(v: &View) -> Markup {
    if v.versions.len() <= 1 {
        return html! {};
    }
    html! {
        div.card {
            h2 { "Captures of this URL 历次抓取" }
            table.list {
                thead { tr { th { "capture" } th { "fetched" } th { "status" } th { "payload" } th { "figures" } } }
                tbody { @for ver in &v.versions {
                    tr {
                        td { @if matches!(ver.relation, Relation::This) { strong { (ver.id) " (this)" } } @else { a href={"/reports/" (ver.id)} { (ver.id) } } }
                        td { (ver.fetched_at) }
                        td { (ver.status) }
                        td { code { (ver.sha256.as_deref().map(|s| &s[..s.len().min(12)]).unwrap_or("—")) } }
                        td { @match &ver.relation {
                            Relation::This => span.mute { "—" },
                            Relation::SamePayload => span.mute { "same payload" },
                            Relation::NoBody => span.mute { "no body" },
                            Relation::Changed(c) if c.is_empty() => span.mute { "changed page, same figures" },
                            Relation::Changed(c) => {
                                strong { (c.len()) " cells changed" }
                                ul.mute { @for ((t, r, col), a, b) in c.iter().take(12) {
                                    li { code { (t) "/" (r) "/" (col) } ": " (a.as_deref().unwrap_or("—")) " here, " (b.as_deref().unwrap_or("—")) " there" }
                                } }
                            },
                        } }
                    }
                } }
            }
        }
    }
}

fn attachments(v: &View) -> Markup {
    if v.linked.is_empty() {
        return html! {};
    }
    html! {
        div.card {
            h2 { "Attachments and linked documents 附件" }
            table.list {
                thead { tr { th { "capture" } th { "URL" } th { "type" } th { "text" } } }
                tbody { @for l in &v.linked {
                    tr {
                        td { a href={"/reports/" (l.id)} { (l.id) } }
                        td { (external_link(&l.url)) br; span.mute { (l.status) " · " (opt(&l.content_type)) " · " (opt(&l.role)) } }
                        td { (doc_type_badge(l.doc_type.as_deref())) }
                        td { (opt(&l.text_status)) " · " (opt(&l.text_source))
                             @if let Some(c) = l.ocr_confidence { " · OCR " (format!("{c:.0}")) }
                             @if let Some(t) = &l.needs_tool { " · needs " code { (t) } } }
                    }
                } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_opening_elements_are_made_inert() {
        assert_eq!(
            inert("<p>a<IFRAME src=x></iframe><link rel=preconnect href=y><linked><a href=z>"),
            "<p>a<nb-inert-IFRAME src=x></nb-inert-iframe><nb-inert-link rel=preconnect href=y><linked><a href=z>"
        );
        assert_eq!(inert("1 < 2 <"), "1 < 2 <");
        let doc = srcdoc("<html><body>x</body></html>");
        assert!(doc.starts_with("<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\""));
    }
}
