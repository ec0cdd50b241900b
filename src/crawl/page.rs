//! What a fetched page means for the crawl: its role, its capture row, and which of
//! its links to queue. Pure functions over an [`Exchange`] so they can be tested
//! without a network.

use std::sync::LazyLock;

use nianbao_discover::links::{Link, LinkSource};
use nianbao_discover::score::{self, Role};
use nianbao_discover::{canon, links};
use regex::Regex;
use sha2::{Digest, Sha256};
use url::Url;

use super::site::{Hop, SiteCrawl};
use super::Mode;
use crate::fetch::Exchange;
use crate::store::{ArchivedPayload, CaptureRecord, FrontierItem, KnownPolicy, NewLink};

/// A page's parse: present for HTML, empty for everything else.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub html: bool,
    pub attachment: bool,
    pub charset: Option<String>,
    pub charset_source: Option<String>,
    pub title: Option<String>,
    pub links: Vec<Link>,
}

const ATTACHMENT_TYPES: &[&str] = &[
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument",
    "application/vnd.ms-excel",
    "application/vnd.ms-works",
    "application/kswps",
    "application/wps",
    "application/octet-stream",
    "application/zip",
];

fn is_html(content_type: Option<&str>, payload: &[u8]) -> bool {
    match content_type.map(|c| c.to_ascii_lowercase()) {
        Some(ct) if ct.contains("html") || ct.contains("xml") => true,
        Some(ct) if ct.starts_with("text/plain") || ct.is_empty() => sniff_html(payload),
        Some(_) => false,
        None => sniff_html(payload),
    }
}

fn sniff_html(payload: &[u8]) -> bool {
    let head = &payload[..payload.len().min(512)];
    let s = String::from_utf8_lossy(head).to_ascii_lowercase();
    let s = s.trim_start_matches('\u{feff}').trim_start();
    s.starts_with('<')
        && (s.contains("<html")
            || s.contains("<!doctype html")
            || s.contains("<head")
            || s.contains("<body"))
}

/// Parse a live response.
pub(crate) fn parse(x: &Exchange) -> Parsed {
    let ct = x.header("content-type");
    parse_bytes(x.payload(), ct.as_deref(), &x.url)
}

/// Parse an archived body (a 304 means "what you have is current"), decoding at most
/// `max_body` bytes of it (the raw body of a decompression bomb is small).
pub(crate) fn parse_archived(p: &ArchivedPayload, max_body: usize) -> Parsed {
    let payload = p.decoded(max_body);
    match Url::parse(&p.final_url) {
        Ok(u) => parse_bytes(&payload, p.content_type.as_deref(), &u),
        Err(_) => Parsed::default(),
    }
}

fn parse_bytes(payload: &[u8], ct: Option<&str>, url: &Url) -> Parsed {
    let ct_lower = ct.map(|c| c.to_ascii_lowercase()).unwrap_or_default();
    let attachment = score::is_attachment_url(url)
        || ATTACHMENT_TYPES.iter().any(|t| ct_lower.starts_with(t))
        || payload.starts_with(b"%PDF");
    if attachment && !ct_lower.contains("html") || !is_html(ct, payload) {
        return Parsed {
            attachment,
            ..Parsed::default()
        };
    }
    let (text, charset) = nianbao_extract::decode::decode_html(payload, ct);
    let page = links::extract_links(&text, url);
    Parsed {
        html: true,
        attachment: false,
        charset: Some(charset.encoding.name().to_string()),
        charset_source: Some(format!("{:?}", charset.source).to_ascii_lowercase()),
        title: page
            .title
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        links: page.links,
    }
}

/// The role a fetched page plays: report, list, attachment, seed or other.
pub(crate) fn role_of(item: &FrontierItem, p: &Parsed, x: &Exchange) -> &'static str {
    if p.attachment {
        return "attachment";
    }
    if !p.html || x.status >= 400 {
        return if item.role == "seed" { "seed" } else { "other" };
    }
    if p.title.as_deref().is_some_and(is_report_title) {
        return "report";
    }
    if item.role == "seed" {
        return "seed";
    }
    let pager = p.links.iter().any(|l| {
        matches!(l.source, LinkSource::Pager | LinkSource::Datastore) || is_pager_anchor(&l.anchor)
    });
    let reports = p
        .links
        .iter()
        .filter(|l| matches!(score::score_link(l).0, Role::Report))
        .count();
    if pager || reports >= 2 || item.role == "list" {
        "list"
    } else {
        "other"
    }
}

/// The crawler's report test on a title: the extraction crate's classifier (title only,
/// cheap), so the crawl and the archive's extraction agree on what a report is.
pub(crate) fn is_report_title(title: &str) -> bool {
    nianbao_extract::classify_title(title) == nianbao_extract::DocType::AnnualReport
}

static PAGER_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:下一?页|上一?页|尾页|末页|首页|\d{1,4}|>|>>|»|next|prev)$")
        .expect("valid regex")
});

fn is_pager_anchor(anchor: &str) -> bool {
    PAGER_ANCHOR.is_match(anchor.trim().to_ascii_lowercase().as_str())
}

static INDEX_N: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|/)index_(\d{1,5})\.[a-z]+$").expect("valid regex"));
static PAGE_PARAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|&)(?:pagenum|pageno|page|currpage|pageindex|curpage)=(\d{1,5})(?:&|$)")
        .expect("valid regex")
});

/// Where a list page sits in its pagination (0 = first page), and which pagination it belongs to.
pub(crate) fn pager_position(url: &Url) -> (Option<i64>, String) {
    let path = url.path();
    let dir = &path[..path.rfind('/').map(|i| i + 1).unwrap_or(path.len())];
    if let Some(q) = url.query() {
        if let Some(c) = PAGE_PARAM.captures(q) {
            let n: i64 = c[1].parse().unwrap_or(0);
            return (Some((n - 1).max(0)), path.to_string());
        }
    }
    if let Some(c) = INDEX_N.captures(path) {
        return (Some(c[1].parse().unwrap_or(0)), dir.to_string());
    }
    let last = &path[dir.len()..];
    if last.is_empty() || last.starts_with("index.") {
        return (Some(0), dir.to_string());
    }
    (None, dir.to_string())
}

/// `?print=1`-style views: a second copy of a page already queued.
pub(crate) fn is_print_view(url: &Url) -> bool {
    url.query_pairs().any(|(k, _)| {
        let k = k.to_ascii_lowercase();
        k == "print" || k == "printable" || k == "printview" || k == "isprint"
    })
}

/// Build the capture row for an exchange.
pub(crate) fn capture_record(
    item: Option<&FrontierItem>,
    requested: &Url,
    x: &Exchange,
    hops: &[Hop],
    parsed: Option<&Parsed>,
    role: &str,
) -> CaptureRecord {
    let (sha, zst) = if x.body.is_empty() {
        (None, None)
    } else {
        let sha = hex::encode(Sha256::digest(&x.body));
        (Some(sha), compress(&x.body))
    };
    let revisit_of = item.and_then(|i| {
        let same = x.status == 304 || (sha.is_some() && sha == i.last_sha256);
        if same {
            i.last_capture_id
        } else {
            None
        }
    });
    let title = parsed.and_then(|p| p.title.clone());
    let year_hint = title
        .as_deref()
        .and_then(score::year_hint)
        .or(item.and_then(|i| i.year_hint));
    let likely_report = role == "report";
    CaptureRecord {
        url_id: item.map(|i| i.url_id),
        requested_url: requested.to_string(),
        final_url: x.url.to_string(),
        redirects_json: serde_json::to_string(hops).unwrap_or_else(|_| "[]".into()),
        request_headers: x.request_headers.clone(),
        status: x.status,
        http_version: x.http_version.clone(),
        response_headers: x.response_headers.clone(),
        fetched_at: x.fetched_at.clone(),
        elapsed_ms: x.elapsed.as_millis() as i64,
        content_type: x.header("content-type"),
        content_encoding: x.header("content-encoding"),
        charset: parsed.and_then(|p| p.charset.clone()),
        charset_source: parsed.and_then(|p| p.charset_source.clone()),
        truncated: x.truncated,
        tls_invalid_accepted: x.tls_invalid_accepted,
        bytes: x.body.len() as i64,
        decoded_bytes: x.decoded.as_ref().map(|d| d.len() as i64),
        sha256: if revisit_of.is_some() && x.status == 304 {
            None
        } else {
            sha
        },
        body_zstd: if x.status == 304 { None } else { zst },
        revisit_of,
        role: Some(role.to_string()),
        likely_report,
        title,
        // Only reports and attachments carry a report year; a list page's "2019" is noise.
        year_hint: year_hint.filter(|_| likely_report || role == "attachment"),
        etag: x.header("etag"),
        last_modified: x.header("last-modified"),
    }
}

thread_local! {
    /// A zstd context per worker thread: creating one per body (what `zstd::encode_all`
    /// does) allocates and clears its tables every time, a tenth of the crawl's CPU.
    static COMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Compressor<'static>>> =
        std::cell::RefCell::new(zstd::bulk::Compressor::new(3).ok());
}

fn compress(body: &[u8]) -> Option<Vec<u8>> {
    COMPRESSOR.with(|c| match c.borrow_mut().as_mut() {
        Some(z) => z.compress(body).ok(),
        None => zstd::encode_all(body, 3).ok(),
    })
}

/// A 412/521 answer with a script: an anti-bot challenge, not the page.
pub(crate) fn is_waf_challenge(x: &Exchange) -> bool {
    if !matches!(x.status, 412 | 521 | 202 | 403) {
        return false;
    }
    let body = String::from_utf8_lossy(&x.payload()[..x.payload().len().min(64 * 1024)])
        .to_ascii_lowercase();
    let scripted = body.contains("<script");
    match x.status {
        412 | 521 => scripted,
        // 202/403 challenges carry the tell-tale cookie-setting scripts.
        _ => {
            scripted
                && (body.contains("$_ts")
                    || body.contains("document.cookie")
                        && body.len() < 20_000
                        && !body.contains("<a "))
        }
    }
}

/// Which links of a fetched page to queue, and which left the site.
pub(crate) fn links_to_queue(
    sc: &SiteCrawl,
    item: &FrontierItem,
    p: &Parsed,
    role: &str,
    page_url: &Url,
) -> (Vec<NewLink>, Vec<String>) {
    let cfg = &sc.ctx.cfg.crawl;
    let years = sc.ctx.opts.years;
    let parent_is_trap = score::looks_like_trap(page_url);
    let follow_attachments = matches!(role, "report" | "list" | "seed");
    let mut out = Vec::new();
    let mut offscope = Vec::new();
    for l in &p.links {
        if !canon::same_host(&l.url, &sc.seed_url) {
            if matches!(l.url.scheme(), "http" | "https") {
                offscope.push(l.url.to_string());
            }
            continue;
        }
        let (guess, mut priority) = score::score_link(l);
        let pager = matches!(l.source, LinkSource::Pager) || is_pager_anchor(&l.anchor);
        let trap = score::looks_like_trap(&l.url);
        if trap && parent_is_trap {
            continue; // one step into a calendar or search is enough to see it is one
        }
        if is_print_view(&l.url) {
            continue; // the same document again, differently dressed
        }
        let role = match guess {
            _ if pager => "list",
            Role::Report => "report",
            Role::Attachment => "attachment",
            Role::List => "list",
            Role::Other => "other",
        };
        if role == "attachment" && !follow_attachments {
            continue;
        }
        let year_hint = score::year_hint(&l.anchor);
        if role == "report" {
            if let (Some((from, to)), Some(y)) = (years, year_hint) {
                if y < from || y > to {
                    continue;
                }
            }
        }
        let depth = if pager { item.depth } else { item.depth + 1 };
        if depth > cfg.max_depth {
            continue;
        }
        let (pager_index, group) = if pager || role == "list" {
            pager_position(&l.url)
        } else {
            (None, String::new())
        };
        if pager
            && sc.mode == Mode::Nightly
            && pager_index.is_some_and(|i| i >= cfg.nightly_list_pages as i64)
        {
            continue;
        }
        if pager {
            priority = priority.max(item.priority); // a list's later pages are as urgent as its first
        }
        let fetch = canon::fetch_url(&l.url);
        out.push(NewLink {
            canon: canon::canonical_key(&l.url),
            url: fetch.to_string(),
            role: role.to_string(),
            year_hint,
            anchor: l.anchor.chars().take(200).collect(),
            depth,
            priority,
            pager_group: pager.then_some(group),
            pager_index,
            requeue_known: if matches!(role, "list" | "seed") && sc.mode != Mode::Nightly {
                KnownPolicy::Always
            } else {
                KnownPolicy::SkipIfArchived
            },
        });
    }
    (out, offscope)
}

/// On a backfill with `--years`, a list page whose reports are all older than asked
/// ends the walk down that list (lists run newest first): skip its later pages.
pub(crate) fn backfill_stop(
    sc: &SiteCrawl,
    item: &FrontierItem,
    p: &Parsed,
) -> Option<(String, i64)> {
    let (from, _) = sc.ctx.opts.years?;
    if sc.mode != Mode::Backfill {
        return None;
    }
    let group = item.pager_group.clone()?;
    let index = item.pager_index?;
    let years: Vec<i32> = p
        .links
        .iter()
        .filter(|l| matches!(score::score_link(l).0, Role::Report))
        .filter_map(|l| score::year_hint(&l.anchor))
        .collect();
    if index >= 1 && !years.is_empty() && years.iter().all(|&y| y < from) {
        Some((group, index))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_positions() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert_eq!(
            pager_position(&u("http://a/x/ndbg/index_3.html")),
            (Some(3), "/x/ndbg/".into())
        );
        assert_eq!(
            pager_position(&u("http://a/x/ndbg/index.html")),
            (Some(0), "/x/ndbg/".into())
        );
        assert_eq!(
            pager_position(&u("http://a/col/col1/index.html?uid=4&pageNum=2")),
            (Some(1), "/col/col1/index.html".into())
        );
        assert_eq!(pager_position(&u("http://a/list?pageNo=1")).0, Some(0));
        assert_eq!(pager_position(&u("http://a/info/1234/56789.htm")).0, None);
    }

    #[test]
    fn pager_anchors() {
        for a in ["下一页", "下页", "尾页", "2", " 3 ", "»"] {
            assert!(is_pager_anchor(a), "{a}");
        }
        for a in ["2019年度报告", "首页新闻", ""] {
            assert!(!is_pager_anchor(a), "{a}");
        }
    }

    #[test]
    fn html_sniffing() {
        assert!(is_html(Some("text/html; charset=gbk"), b""));
        assert!(!is_html(Some("application/pdf"), b"%PDF-1.4"));
        assert!(is_html(None, b"\xef\xbb\xbf <!DOCTYPE html><html>"));
        assert!(!is_html(None, b"%PDF-1.4"));
    }
}
