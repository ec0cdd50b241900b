//! Every non-HTML form a report comes in, read to minimal HTML so the one
//! HTML path (title, body, `<table>` grids, prose) applies to all of them.
//!
//! | form | how | [`TextSource`] |
//! | --- | --- | --- |
//! | DOCX | zip + `word/document.xml` ([`crate::attachments::docx_to_html`]) | `docx` |
//! | Word 97–2003 `.doc`, Kingsoft `.wps` | OLE2 container ([`cfb`]) + Word piece table and paragraph properties ([`doc`]) | `doc` / `wps` |
//! | text PDF | poppler `pdftotext -bbox-layout`: every word's box, rebuilt into paragraphs and table rows ([`pdf_layout`], [`layout`]) | `pdf_text` |
//! | image-only PDF | poppler `pdftoppm` pages → ruled tables cut into cells ([`rules`], [`grid`]) → Tesseract 5 TSV word boxes → the same rebuild ([`ocr`]) | `ocr` |
//! | report page of page images (图片版) | the archived images, in page order (JPEGs decoded and given the same rule pass) → Tesseract ([`read_page_images`]) | `ocr` |
//!
//! Where it meets the rest: [`crate::fields::extract_with`] calls [`read`]
//! for every capture that [`crate::attachments::kind`] says is not HTML and
//! feeds the HTML it returns to [`crate::html::parse`]. External tools are
//! found at run time on `PATH`; a missing one is reported by name
//! ([`Read::needs_tool`]), never silently skipped. Every child process runs
//! under a deadline and is killed when it passes ([`run_tool`]).

pub mod doc;
pub mod grid;
pub mod layout;
pub mod ocr;
pub mod pdf_layout;
pub mod rules;

use crate::attachments::Kind;
use crate::TextStatus;
use serde::Serialize;
use std::io::{Read as _, Write as _};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Bounds of one extraction call. The root crate maps these from its config.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Pages of an image-only PDF that are OCR'd (the rest are noted, not read).
    pub ocr_max_pages: u32,
    /// Wall-clock budget for rasterising and OCR of one document.
    pub ocr_timeout: Duration,
    /// Resolution the pages are rasterised at for OCR.
    pub ocr_dpi: u32,
    /// Tesseract language(s); `chi_sim` reads Simplified print, `chi_tra` Traditional.
    pub ocr_lang: String,
    /// Budget for any other tool run (pdftotext).
    pub tool_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            ocr_max_pages: 20,
            ocr_timeout: Duration::from_secs(300),
            ocr_dpi: 200,
            ocr_lang: "chi_sim".into(),
            tool_timeout: Duration::from_secs(60),
        }
    }
}

/// Where the text of an extraction came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum TextSource {
    Html,
    PdfText,
    Ocr,
    Doc,
    Docx,
    Wps,
}

impl TextSource {
    pub fn as_str(&self) -> &'static str {
        match self {
            TextSource::Html => "html",
            TextSource::PdfText => "pdf_text",
            TextSource::Ocr => "ocr",
            TextSource::Doc => "doc",
            TextSource::Docx => "docx",
            TextSource::Wps => "wps",
        }
    }
}

/// What reading a non-HTML capture gave.
#[derive(Debug, Clone, Default)]
pub struct Read {
    /// Minimal HTML of the document, when text was obtained.
    pub html: Option<String>,
    /// Status when no HTML was obtained (`Ok` otherwise).
    pub status: TextStatus,
    pub source: Option<TextSource>,
    /// Mean Tesseract word confidence (0–100) when the text is OCR'd.
    pub ocr_confidence: Option<f32>,
    /// The external tool that is missing (with [`TextStatus::NeedsTool`]).
    pub needs_tool: Option<String>,
    pub notes: Vec<String>,
}

impl Read {
    fn failed(status: TextStatus, note: impl Into<String>) -> Read {
        Read {
            status,
            notes: vec![note.into()],
            ..Default::default()
        }
    }

    fn tool_missing(tool: &str) -> Read {
        Read {
            status: TextStatus::NeedsTool,
            needs_tool: Some(tool.to_string()),
            notes: vec![format!("{tool} is not installed")],
            ..Default::default()
        }
    }
}

fn is_wps(url: &str, content_type: Option<&str>) -> bool {
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    ct.contains("wps") || path.ends_with(".wps")
}

/// Read a capture that is not HTML. Pure apart from the bounded tool runs.
pub fn read(
    kind: Kind,
    url: &str,
    content_type: Option<&str>,
    body: &[u8],
    limits: &Limits,
) -> Read {
    match kind {
        Kind::Html => Read::failed(TextStatus::NotExtracted, "html is not a document form"),
        Kind::Docx => match crate::attachments::docx_to_html(body) {
            Some(html) => Read {
                html: Some(html),
                source: Some(TextSource::Docx),
                notes: vec!["docx: word/document.xml".into()],
                ..Default::default()
            },
            None => Read::failed(
                TextStatus::NotExtracted,
                "docx: unreadable zip or no word/document.xml",
            ),
        },
        Kind::OldOffice => {
            let source = if is_wps(url, content_type) {
                TextSource::Wps
            } else {
                TextSource::Doc
            };
            match doc::to_html(body) {
                Ok(html) => Read {
                    html: Some(html),
                    source: Some(source),
                    notes: vec![format!(
                        "{}: OLE2 WordDocument piece table",
                        source.as_str()
                    )],
                    ..Default::default()
                },
                Err(e) => Read::failed(
                    TextStatus::NotExtracted,
                    format!("{}: {e}", source.as_str()),
                ),
            }
        }
        Kind::Pdf => read_pdf(body, limits),
        Kind::OtherBinary => {
            Read::failed(TextStatus::NotExtracted, "binary content: not extracted")
        }
    }
}

fn read_pdf(body: &[u8], limits: &Limits) -> Read {
    match pdf_layout::pages(body, limits.tool_timeout) {
        Err(ToolError::Missing(t)) => Read::tool_missing(&t),
        Err(e) => Read::failed(TextStatus::NotExtracted, format!("pdf: {e}")),
        Ok(pages) if layout::visible_chars(&pages) >= 10 => Read {
            html: Some(layout::to_html(&pages)),
            source: Some(TextSource::PdfText),
            notes: vec![format!(
                "pdf: pdftotext -bbox-layout, {} pages",
                pages.len()
            )],
            ..Default::default()
        },
        Ok(pages) => {
            let mut r = ocr_read(ocr::ocr_pdf(body, pages.len(), limits), "pdftoppm", limits);
            if r.needs_tool.is_some() {
                r.notes.push("pdf has no text layer: needs OCR".into());
            }
            r
        }
    }
}

/// Read the page images of a report page published as scans (JPEG/PNG bodies
/// in page order) with Tesseract: text source `ocr`, as for a scanned PDF.
pub fn read_page_images(bodies: &[&[u8]], limits: &Limits) -> Read {
    if bodies.is_empty() {
        return Read::failed(TextStatus::NeedsOcr, "page images: none archived");
    }
    ocr_read(ocr::ocr_images(bodies, limits), "page images", limits)
}

/// What an OCR run gave, as a [`Read`]; `how` names what fed Tesseract.
fn ocr_read(result: Result<ocr::Ocr, ToolError>, how: &str, limits: &Limits) -> Read {
    match result {
        Err(ToolError::Missing(t)) => Read::tool_missing(&t),
        Err(e) => Read::failed(TextStatus::NeedsOcr, format!("ocr: {e}")),
        Ok(o) if layout::visible_chars(&o.pages) == 0 => {
            Read::failed(TextStatus::NeedsOcr, "ocr: no text recognised")
        }
        Ok(o) => {
            let dpi = if how == "pdftoppm" {
                format!("pdftoppm -r {}", limits.ocr_dpi)
            } else {
                how.to_string()
            };
            let mut notes = vec![format!(
                "ocr: {dpi} + tesseract -l {}, {} pages, mean confidence {:.1}",
                o.lang,
                o.pages.len(),
                o.confidence.unwrap_or(0.0)
            )];
            let ruled: Vec<&layout::RuledTable> =
                o.pages.iter().flat_map(|p| p.tables.iter()).collect();
            if !ruled.is_empty() {
                let figures: usize = ruled.iter().map(|t| t.figures).sum();
                let unread: usize = ruled.iter().map(|t| t.unread).sum();
                notes.push(format!(
                    "ocr: {} ruled tables read cell by cell, {figures} figures read alone",
                    ruled.len()
                ));
                if unread > 0 {
                    notes.push(format!(
                        "ocr: {unread} table cells have ink that was not read as a figure (left blank)"
                    ));
                }
            }
            if o.capped {
                notes.push(format!(
                    "ocr: stopped at the page cap of {}",
                    limits.ocr_max_pages
                ));
            }
            Read {
                html: Some(layout::to_html(&o.pages)),
                source: Some(TextSource::Ocr),
                ocr_confidence: o.confidence,
                notes,
                ..Default::default()
            }
        }
    }
}

/// Why a tool run gave nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum ToolError {
    /// Not on `PATH`: the tool's name.
    Missing(String),
    TimedOut(&'static str),
    Failed(String),
}

impl std::fmt::Display for ToolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ToolError::Missing(t) => write!(f, "{t} is not installed"),
            ToolError::TimedOut(t) => write!(f, "{t} timed out"),
            ToolError::Failed(m) => f.write_str(m),
        }
    }
}

/// Run `cmd` (named `tool`) with `input` on stdin until `deadline`; stdout on
/// success. The child is killed (and reaped) when the deadline passes, so a
/// pathological document cannot hang extraction.
pub fn run_tool(
    tool: &'static str,
    cmd: &mut Command,
    input: Option<Vec<u8>>,
    deadline: Instant,
) -> Result<Vec<u8>, ToolError> {
    let child = cmd
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ToolError::Missing(tool.to_string()))
        }
        Err(e) => return Err(ToolError::Failed(format!("{tool}: {e}"))),
    };
    let writer = match (child.stdin.take(), input) {
        (Some(mut stdin), Some(bytes)) => Some(std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        })),
        _ => None,
    };
    let reader = child.stdout.take().map(|mut out| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = out.read_to_end(&mut buf);
            buf
        })
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    let out = reader.and_then(|r| r.join().ok()).unwrap_or_default();
    match status {
        None => Err(ToolError::TimedOut(tool)),
        Some(s) if !s.success() => Err(ToolError::Failed(format!("{tool} exited with {s}"))),
        Some(_) => Ok(out),
    }
}
