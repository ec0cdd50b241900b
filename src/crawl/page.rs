//! What a fetched page is: its parse (HTML sniffed, charset decoded, links and title
//! read), its capture row, whether it is an anti-bot challenge instead of the page.
//! Pure functions over an [`Exchange`] (or an archived body), tested without a network;
//! what the page means for the frontier is [`policy`](super::policy)'s.

use nianbao_discover::images;
use nianbao_discover::links::{self, Link, LinkSource};
use nianbao_discover::score;
use sha2::{Digest, Sha256};
use url::Url;

use super::redirect::Hop;
use crate::fetch::Exchange;
use crate::store::{ArchivedPayload, CaptureRecord, FrontierItem, PageRole};

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
    let mut page = links::extract_links(&text, url);
    // A report page published as scans: its page images are its document.
    // (The crawler's report test on a title, as `policy::role_of` applies it.)
    let report = page.title.as_deref().is_some_and(|t| {
        nianbao_extract::classify_title(t) == nianbao_extract::DocType::AnnualReport
    });
    if report {
        page.links
            .extend(images::page_images(&text, url).into_iter().map(|url| Link {
                url,
                anchor: String::new(),
                source: LinkSource::PageImage,
                block_heading: None,
            }));
    }
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

/// Build the capture row for an exchange.
pub(crate) fn capture_record(
    item: Option<&FrontierItem>,
    requested: &Url,
    x: &Exchange,
    hops: &[Hop],
    parsed: Option<&Parsed>,
    role: PageRole,
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
    let likely_report = role == PageRole::Report;
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
        role: Some(role),
        likely_report,
        title,
        // Only reports and attachments carry a report year; a list page's "2019" is noise.
        year_hint: year_hint.filter(|_| likely_report || role == PageRole::Attachment),
        etag: x.header("etag"),
        last_modified: x.header("last-modified"),
        // What was sent: a platform list query's form (a redirect is followed with a GET).
        request_body: item
            .and_then(|i| i.form_body.clone())
            .filter(|_| hops.is_empty()),
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

/// A robots.txt cut at the body cap ends mid-line; the half rule must not count
/// (`Disallow: /private-reports` cut to `Disallow: /` would close the whole site).
pub(crate) fn whole_lines(body: &[u8], truncated: bool) -> &[u8] {
    if !truncated {
        return body;
    }
    match body.iter().rposition(|&b| b == b'\n' || b == b'\r') {
        Some(i) => &body[..=i],
        None => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::store::FrontierItem;

    fn known(last_sha256: Option<String>) -> FrontierItem {
        FrontierItem {
            url_id: 7,
            url: "http://sthjt.example.gov.cn/page.html".into(),
            role: PageRole::Report,
            depth: 1,
            priority: 0,
            revisit: false,
            year_hint: Some(2018),
            pager_group: None,
            pager_index: None,
            etag: None,
            last_modified: None,
            last_capture_id: Some(41),
            last_sha256,
            form_body: None,
            mechanism: None,
        }
    }

    const REPORT: &str = "<html><head><title>2019年政府信息公开工作年度报告</title></head>\
        <body><a href=\"/a/2019.pdf\">附件</a></body></html>";

    #[test]
    fn pages_parse_into_title_and_links() {
        let x = Exchange::for_test(
            200,
            &[("content-type", "text/html; charset=utf-8")],
            REPORT.as_bytes(),
        );
        let p = parse(&x);
        assert!(p.html && !p.attachment);
        assert_eq!(p.title.as_deref(), Some("2019年政府信息公开工作年度报告"));
        assert_eq!(p.links.len(), 1);
        assert_eq!(
            p.links[0].url.as_str(),
            "http://sthjt.example.gov.cn/a/2019.pdf"
        );
        let pdf = Exchange::for_test(200, &[("content-type", "application/pdf")], b"%PDF-1.7");
        let p = parse(&pdf);
        assert!(p.attachment && !p.html && p.links.is_empty());
        // No type, but a PDF's magic bytes.
        assert!(parse(&Exchange::for_test(200, &[], b"%PDF-1.4 ...")).attachment);
        let text = Exchange::for_test(200, &[("content-type", "text/plain")], b"User-agent: *");
        assert!(!parse(&text).html);
    }

    #[test]
    fn capture_rows_say_what_is_new_and_what_is_a_revisit() {
        let x = Exchange::for_test(200, &[("etag", "\"v1\"")], REPORT.as_bytes());
        let parsed = parse(&x);
        let url = x.url.clone();
        let new = capture_record(
            Some(&known(None)),
            &url,
            &x,
            &[],
            Some(&parsed),
            PageRole::Report,
        );
        let sha = new.sha256.clone().expect("a body has a hash");
        assert_eq!(new.revisit_of, None);
        assert!(new.body_zstd.is_some());
        assert!(new.likely_report);
        assert_eq!(
            new.year_hint,
            Some(2019),
            "the title's year beats the link's"
        );
        assert_eq!(new.role, Some(PageRole::Report));
        assert_eq!(new.etag.as_deref(), Some("\"v1\""));
        assert_eq!(new.redirects_json, "[]");
        // The same body again: a revisit of the capture that holds it, hash kept.
        let same = capture_record(
            Some(&known(Some(sha.clone()))),
            &url,
            &x,
            &[],
            Some(&parsed),
            PageRole::Report,
        );
        assert_eq!(same.revisit_of, Some(41));
        assert_eq!(same.sha256, Some(sha));
        // A 304 has no body of its own.
        let nm = Exchange::for_test(304, &[], b"");
        let rec = capture_record(Some(&known(None)), &url, &nm, &[], None, PageRole::Report);
        assert_eq!(
            (rec.revisit_of, rec.sha256, rec.body_zstd),
            (Some(41), None, None)
        );
        // Only reports and attachments carry a year.
        let list = capture_record(
            Some(&known(None)),
            &url,
            &x,
            &[],
            Some(&parsed),
            PageRole::List,
        );
        assert_eq!((list.likely_report, list.year_hint), (false, None));
        let hop = Hop {
            url: "http://sthjt.example.gov.cn/old".into(),
            status: 301,
            location: url.to_string(),
        };
        let moved = capture_record(None, &url, &x, &[hop], None, PageRole::Attachment);
        assert_eq!(moved.year_hint, None);
        assert!(
            moved.redirects_json.contains("\"status\":301"),
            "{}",
            moved.redirects_json
        );
    }

    #[test]
    fn waf_challenges_are_recognised() {
        let waf = |status, body: &str| {
            is_waf_challenge(&Exchange::for_test(status, &[], body.as_bytes()))
        };
        assert!(waf(412, "<html><script>var a=1;</script></html>"));
        assert!(waf(521, "<script>document.cookie='__jsl=1'</script>"));
        assert!(!waf(412, "Precondition Failed"));
        assert!(waf(202, "<script>$_ts=window['$_ts'];</script>"));
        assert!(waf(
            403,
            "<script>document.cookie='x=1';location.reload()</script>"
        ));
        // An ordinary 403 page with navigation is an answer, not a challenge.
        assert!(!waf(
            403,
            "<html><script>document.cookie='a'</script><a href=\"/\">首页</a></html>"
        ));
        assert!(!waf(200, "<script>$_ts=1</script>"));
    }

    #[test]
    fn truncated_robots_keep_whole_lines_only() {
        let body = b"User-agent: *\nDisallow: /private-reports\nDisallow: /";
        assert_eq!(whole_lines(body, false), body);
        assert_eq!(
            whole_lines(body, true),
            b"User-agent: *\nDisallow: /private-reports\n"
        );
        assert_eq!(whole_lines(b"Disallow: /", true), b"");
    }

    #[test]
    fn html_sniffing() {
        assert!(is_html(Some("text/html; charset=gbk"), b""));
        assert!(!is_html(Some("application/pdf"), b"%PDF-1.4"));
        assert!(is_html(None, b"\xef\xbb\xbf <!DOCTYPE html><html>"));
        assert!(!is_html(None, b"%PDF-1.4"));
    }
}
