//! Non-HTML captures: what kind a capture is, and the DOCX reader.
//!
//! The kind is decided from the magic bytes first (servers mislabel
//! attachments as `application/octet-stream` or even `text/html`), then the
//! content type, then the URL extension. [`crate::documents`] reads every
//! kind but HTML (PDF text and scans through poppler and Tesseract, DOC/WPS
//! natively); DOCX is read here: zip + `word/document.xml` read with
//! quick-xml and rendered as minimal HTML (paragraphs, tables with gridSpan →
//! colspan), so the whole HTML path (tables included) applies unchanged.

use std::io::Read;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Html,
    Pdf,
    Docx,
    OldOffice,
    OtherBinary,
}

fn url_ext(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let last = path.rsplit('/').next().unwrap_or("");
    match last.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => String::new(),
    }
}

/// Decide what a capture is.
pub fn kind(url: &str, content_type: Option<&str>, body: &[u8]) -> Kind {
    let head = &body[..body.len().min(1024)];
    let trimmed: &[u8] = {
        let s = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        &head[s..]
    };
    if trimmed.starts_with(b"%PDF") {
        return Kind::Pdf;
    }
    if body.starts_with(b"PK\x03\x04") {
        // any zip: DOCX if it has a Word part (checked in the reader), else binary
        if memchr::memmem::find(&body[..body.len().min(64 * 1024)], b"word/").is_some()
            || url_ext(url) == "docx"
        {
            return Kind::Docx;
        }
        return Kind::OtherBinary;
    }
    if body.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Kind::OldOffice;
    }
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let ext = url_ext(url);
    if ct.contains("pdf") || ext == "pdf" {
        // declared PDF without the magic: still try pdftotext (it will fail cleanly)
        return Kind::Pdf;
    }
    if ct.contains("msword")
        || ct.contains("wps")
        || matches!(ext.as_str(), "doc" | "wps" | "et" | "xls" | "ppt")
    {
        return Kind::OldOffice;
    }
    if ct.contains("wordprocessingml") || ext == "docx" {
        return Kind::Docx;
    }
    let binary = head.iter().filter(|&&b| b == 0).count() > 4;
    if binary || ct.starts_with("image/") || ct.starts_with("video/") || ct.starts_with("audio/") {
        return Kind::OtherBinary;
    }
    Kind::Html
}

use crate::html::esc;

const MAX_DOCX_XML: u64 = 64 * 1024 * 1024;

/// Render `word/document.xml` of a DOCX as minimal HTML. None if not a DOCX.
pub fn docx_to_html(body: &[u8]) -> Option<String> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(body)).ok()?;
    let mut xml = String::new();
    {
        let f = zip.by_name("word/document.xml").ok()?;
        // bound decompression (zip bombs)
        f.take(MAX_DOCX_XML).read_to_string(&mut xml).ok()?;
    }
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut html = String::from("<html><body><div class=\"TRS_Editor\">");
    let mut in_text = false;
    let mut para = String::new();
    let mut in_cell = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:tbl" => html.push_str("<table>"),
                b"w:tr" => html.push_str("<tr>"),
                b"w:tc" => {
                    in_cell += 1;
                    html.push_str("<td");
                    html.push('\u{1}'); // placeholder for attributes, filled at gridSpan
                    html.push('>');
                }
                b"w:p" => para.clear(),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:tab" => para.push('\t'),
                b"w:br" => para.push('\n'),
                b"w:gridSpan" => {
                    let n = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == b"w:val")
                        .and_then(|a| String::from_utf8_lossy(&a.value).parse::<usize>().ok())
                        .unwrap_or(1);
                    if let Some(p) = html.rfind('\u{1}') {
                        html.replace_range(p..p + 1, &format!(" colspan=\"{n}\""));
                    }
                }
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                if let Ok(s) = t.unescape() {
                    para.push_str(&s);
                }
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    if in_cell > 0 {
                        html.push_str(&esc(&para));
                        html.push(' ');
                    } else {
                        html.push_str("<p>");
                        html.push_str(&esc(&para));
                        html.push_str("</p>\n");
                    }
                    para.clear();
                }
                b"w:tc" => {
                    in_cell = in_cell.saturating_sub(1);
                    html.push_str("</td>");
                }
                b"w:tr" => html.push_str("</tr>\n"),
                b"w:tbl" => html.push_str("</table>\n"),
                _ => {}
            },
            Ok(Event::Eof) => break,
            Err(_) => break,
            _ => {}
        }
    }
    html = html.replace('\u{1}', "");
    html.push_str("</div></body></html>");
    Some(html)
}
