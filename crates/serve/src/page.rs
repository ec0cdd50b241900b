//! The frame every page shares: the head (one inline stylesheet, no script, no
//! external asset), the navigation, and small pieces several pages draw (badges
//! for document types and consistency, level names).

use maud::{html, Markup, PreEscaped, DOCTYPE};

/// A page in the application's frame.
pub fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · nianbao" }
                style { (PreEscaped(CSS)) }
            }
            body {
                nav.top {
                    a.brand href="/" { "年报 nianbao" }
                    a href="/" { "Overview 收录" }
                    a href="/search" { "Search 检索" }
                    form.quick action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="全文检索 · full text (≥ 3 characters)" aria-label="search the reports";
                    }
                }
                main { (body) }
                footer { "nianbao " (env!("CARGO_PKG_VERSION")) " · read-only view of the archive · archived pages are shown sandboxed, nothing is fetched from the original sites" }
            }
        }
    }
}

/// A document type as a coloured label.
pub fn doc_type_badge(doc_type: Option<&str>) -> Markup {
    let t = doc_type.unwrap_or("—");
    let class = match t {
        "annual_report" => "b-report",
        "attachment_note" | "report_copy" => "b-linked",
        _ => "b-other",
    };
    html! { span class={"badge " (class)} title="doc_type" { (t) } }
}

/// A consistency verdict as a coloured label (mismatch stands out).
pub fn consistency_badge(c: Option<&str>) -> Markup {
    match c {
        Some("mismatch") => {
            html! { span.badge.b-mismatch title="the printed totals do not add up" { "mismatch 不平" } }
        }
        Some("ok") => html! { span.badge.b-ok title="the printed totals add up" { "ok" } },
        Some(other) => html! { span.badge.b-other { (other) } },
        None => html! {},
    }
}

/// `prefectural` → `地市级 prefectural`.
pub fn level(l: &str) -> String {
    nianbao_export::coverage::level_label(l)
}

/// Only http(s) URLs become links (an archived URL is data, not a trusted link),
/// and they never send a referrer or an opener.
pub fn external_link(url: &str) -> Markup {
    let l = url.trim().to_ascii_lowercase();
    if l.starts_with("http://") || l.starts_with("https://") {
        html! { a.ext href=(url) rel="noreferrer noopener" target="_blank" { (url) } }
    } else {
        html! { span.url { (url) } }
    }
}

const CSS: &str = r#"
:root { --ink:#1f2933; --mute:#616e7c; --line:#d9dee4; --bg:#f6f7f9; --card:#fff; --accent:#1f5f8b;
  --ok:#2e7d32; --mm:#c0392b; --mmbg:#fdecea; --warn:#e09f3e; --miss:#e6e8eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
nav.top { display: flex; align-items: center; gap: 18px; padding: 10px 28px; background: #17324d; }
nav.top a { color: #dfe8f1; }
nav.top a.brand { font-weight: 700; color: #fff; font-size: 16px; margin-right: 8px; }
nav.top form.quick { margin-left: auto; }
nav.top input { width: 300px; padding: 5px 10px; border-radius: 6px; border: 0; font: inherit; }
main { padding: 20px 28px 32px; }
footer { color: var(--mute); font-size: 12px; padding: 0 28px 24px; }
h1 { font-size: 22px; margin: 0 0 4px; font-weight: 650; }
h2 { font-size: 16px; margin: 22px 0 8px; font-weight: 650; }
h3 { font-size: 14px; margin: 14px 0 6px; }
.sub { color: var(--mute); margin: 0 0 14px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin-bottom: 14px; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 16px; }
.stats div { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 130px; }
.stats b { display: block; font-size: 20px; font-variant-numeric: tabular-nums; }
.stats span { color: var(--mute); font-size: 12px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; line-height: 19px; background: #eef1f4; color: var(--mute); white-space: nowrap; }
.b-report { background: #e3f0e6; color: #1e5b27; }
.b-linked { background: #e6eef8; color: #1f4d7a; }
.b-ok { background: #e3f0e6; color: #1e5b27; }
.b-mismatch { background: var(--mmbg); color: var(--mm); font-weight: 600; }
table.kv { border-collapse: collapse; width: 100%; }
table.kv th { text-align: left; font-weight: 500; color: var(--mute); padding: 3px 12px 3px 0; white-space: nowrap; vertical-align: top; width: 1%; }
table.kv td { padding: 3px 0; word-break: break-all; }
table.data { border-collapse: collapse; font-size: 13px; background: #fff; }
table.data th, table.data td { border: 1px solid var(--line); padding: 3px 7px; }
table.data thead th { background: #f0f3f6; font-weight: 600; font-size: 12px; }
table.data tbody th { text-align: left; font-weight: 400; max-width: 360px; }
table.data td.n { text-align: right; font-variant-numeric: tabular-nums; min-width: 44px; }
table.data td.null { color: #b0b8c1; text-align: center; }
td.failed { background: var(--mmbg); color: var(--mm); font-weight: 700; outline: 2px solid var(--mm); outline-offset: -2px; }
td.changed { background: #fff4d6; }
table.list { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
table.list th, table.list td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
table.list thead th { color: var(--mute); font-weight: 500; font-size: 12px; }
.issues { margin: 6px 0 0; padding-left: 18px; color: var(--mm); }
.report { display: grid; grid-template-columns: minmax(420px, 1fr) minmax(460px, 1.05fr); gap: 18px; align-items: start; }
.viewer { position: sticky; top: 12px; }
.viewer iframe { width: 100%; height: calc(100vh - 120px); min-height: 520px; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
.viewer .bar { display: flex; justify-content: space-between; color: var(--mute); font-size: 12px; margin-bottom: 6px; gap: 10px; }
pre.text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; max-height: calc(100vh - 120px); overflow: auto; font: 13px/1.6 inherit; }
.gridwrap { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px; }
table.grid { border-collapse: separate; border-spacing: 2px; font-size: 13px; }
table.grid th.site { text-align: left; font-weight: 400; white-space: nowrap; padding: 1px 12px 1px 6px; }
table.grid th.site small { color: var(--mute); }
table.grid th.year { font-weight: 500; color: var(--mute); font-size: 11px; padding: 2px 0; min-width: 26px; }
table.grid tr.prov th { text-align: left; padding: 10px 6px 3px; font-size: 13px; font-weight: 650; border-bottom: 1px solid var(--line); }
table.grid tr.prov th span { color: var(--mute); font-weight: 400; font-size: 12px; margin-left: 6px; }
td.cell { width: 26px; height: 22px; text-align: center; border-radius: 3px; font-size: 12px; font-weight: 700; padding: 0; }
td.cell a { display: block; color: #fff; text-decoration: none; line-height: 22px; }
td.cell.ok { background: var(--ok); }
td.cell.mismatch { background: var(--warn); }
td.cell.mismatch a { color: #3d2800; }
td.cell.blocked { background: repeating-linear-gradient(135deg, #b23a48 0 4px, #d77a85 4px 8px); }
td.cell.missing { background: var(--miss); }
td.cell.uncrawled { background: #fff; outline: 1px dashed var(--line); outline-offset: -2px; }
td.count { color: var(--mute); font-size: 11px; padding: 0 6px; font-variant-numeric: tabular-nums; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 16px; padding: 0; margin: 0 0 10px; color: var(--mute); font-size: 13px; }
ul.legend li { display: flex; align-items: center; gap: 6px; }
ul.legend span.cell { display: inline-block; width: 16px; height: 16px; border-radius: 3px; }
span.cell.ok { background: var(--ok); } span.cell.mismatch { background: var(--warn); }
span.cell.blocked { background: #b23a48; } span.cell.missing { background: var(--miss); }
span.cell.uncrawled { border: 1px dashed var(--line); }
form.search { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0 14px; }
form.search input[type=search] { flex: 1 1 320px; padding: 7px 10px; font: inherit; border: 1px solid var(--line); border-radius: 6px; }
form.search select, form.search button { padding: 6px 8px; font: inherit; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
form.search button { background: var(--accent); color: #fff; border-color: var(--accent); padding: 6px 16px; }
ol.hits { list-style: none; padding: 0; margin: 0; }
ol.hits li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-bottom: 8px; }
ol.hits .title { font-size: 15px; font-weight: 600; }
ol.hits .meta { color: var(--mute); font-size: 12px; margin: 2px 0 4px; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
ol.hits .passage { color: #3e4c59; }
mark { background: #ffe58a; color: inherit; padding: 0 1px; border-radius: 2px; }
.pager { display: flex; gap: 6px; align-items: center; margin: 12px 0; flex-wrap: wrap; }
.pager a, .pager span { padding: 3px 9px; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.pager span.here { background: var(--accent); color: #fff; border-color: var(--accent); }
.notice { background: #fff8e1; border: 1px solid #f1d48a; border-radius: 8px; padding: 8px 12px; margin: 8px 0; }
.downloads { color: var(--mute); font-size: 13px; }
.mute { color: var(--mute); }
a.ext { word-break: break-all; }
code { font-size: 12px; background: #f0f3f6; padding: 0 4px; border-radius: 3px; }
section.error .message { font-size: 15px; background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--mm); padding: 10px 14px; border-radius: 6px; }
@media (max-width: 1100px) { .report { grid-template-columns: 1fr; } .viewer { position: static; } }
"#;
