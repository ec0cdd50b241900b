//! # nianbao-extract
//!
//! Extraction for nianbao: the bytes of one archived capture in, validated
//! report fields and canonical table cells out. Everything here is a pure
//! function of `(url, content_type, body)`: no clock, no network, no global
//! mutable state, so re-running extraction over the archive is reproducible and
//! [`EXTRACTOR_VERSION`] is the only thing that decides whether an old result
//! is stale.
//!
//! ## Why it is shaped this way
//!
//! The documents are government CMS pages (TRS, Hanweb, home-grown), reposts
//! on essay sites, and PDF/DOCX attachments. The HTML is rarely well formed
//! and the expensive part of a browser-grade parse (html5ever) buys little:
//! we need *lines of text* and *table grids*. So [`html`] makes both in one
//! pass over the workspace's WHATWG tokenizer (`nianbao-html`), and all field
//! work happens on text with precompiled regexes and literal scans. This keeps
//! extraction above 30 MB/s on one core (see `extract-bench`).
//!
//! Pipeline (see [`extract`]):
//!
//! 1. [`attachments`] decides the kind (HTML, PDF, DOCX, DOC/WPS) from content
//!    type, URL extension and magic bytes; [`documents`] reads every non-HTML
//!    form (DOCX, DOC/WPS, text PDF, scans via OCR) to minimal HTML so it shares
//!    the HTML path.
//! 2. [`decode`] picks the charset (BOM, header, meta, detection).
//! 3. [`html`] finds title, meta tags, the article body and the tables.
//! 4. [`script`] converts Traditional text to Simplified *for matching only*.
//! 5. [`title`] chooses the document's title among meta, h1, `<title>`, the
//!    list-page anchor and the first body headings (site chrome never wins);
//! 6. [`classify`], [`gazetteer`], [`narrative`], [`tables`] fill the fields;
//!    [`consistency`] checks the printed identities without repairing anything.
//!
//! Decisions a researcher may want to audit are kept with the fields:
//! `doc_type_reason` and `report_year_source`.

use serde::Serialize;

pub mod attachments;
pub mod classify;
pub mod consistency;
pub mod decode;
pub mod documents;
pub mod eval;
pub mod fields;
pub mod gazetteer;
pub mod html;
pub mod narrative;
pub mod numerals;
pub mod place;
pub mod script;
pub mod tables;
pub mod title;

/// Bump whenever the output of [`extract`] changes for some input.
pub const EXTRACTOR_VERSION: u32 = 9;

/// One archived capture, as the archive hands it over.
#[derive(Debug, Clone, Copy)]
pub struct CaptureInput<'a> {
    /// Final URL the bytes came from (after redirects).
    pub url: &'a str,
    /// HTTP Content-Type header value.
    pub content_type: Option<&'a str>,
    /// Body after Content-Encoding was undone (raw charset bytes).
    pub body: &'a [u8],
    /// Text of the list-page link that led to the capture, when the crawl
    /// recorded it: one more title candidate.
    pub anchor: Option<&'a str>,
}

/// Whether text could be obtained from the capture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TextStatus {
    /// Text was extracted.
    #[default]
    Ok,
    /// A PDF without a text layer (scanned): needs OCR.
    NeedsOcr,
    /// A PDF, but `pdftotext` is not installed here.
    NeedsTool,
    /// A format we do not read (DOC, WPS, images, unknown binary).
    NotExtracted,
    /// The capture decoded to no visible text.
    Empty,
}

impl TextStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            TextStatus::Ok => "ok",
            TextStatus::NeedsOcr => "needs_ocr",
            TextStatus::NeedsTool => "needs_tool",
            TextStatus::NotExtracted => "not_extracted",
            TextStatus::Empty => "empty",
        }
    }
}

/// What kind of document a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    AnnualReport,
    WorkPlan,
    WorkSummary,
    #[default]
    Other,
}

impl DocType {
    pub fn as_str(&self) -> &'static str {
        match self {
            DocType::AnnualReport => "annual_report",
            DocType::WorkPlan => "work_plan",
            DocType::WorkSummary => "work_summary",
            DocType::Other => "other",
        }
    }
}

/// Administrative level of the issuing agency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum AdminLevel {
    National,
    Provincial,
    Prefectural,
    County,
}

impl AdminLevel {
    pub fn as_str(&self) -> &'static str {
        match self {
            AdminLevel::National => "national",
            AdminLevel::Provincial => "provincial",
            AdminLevel::Prefectural => "prefectural",
            AdminLevel::County => "county",
        }
    }
}

/// Which template a report follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    Narrative,
    Gb2019,
    Gb2021,
}

impl ReportFormat {
    pub fn as_str(&self) -> &'static str {
        match self {
            ReportFormat::Narrative => "narrative",
            ReportFormat::Gb2019 => "gb2019",
            ReportFormat::Gb2021 => "gb2021",
        }
    }
}

/// Script the page is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    Simplified,
    Traditional,
}

impl Script {
    pub fn as_str(&self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
        }
    }
}

/// Whether the printed figures satisfy the identities of docs/report-format.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default, Hash)]
pub enum Consistency {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "mismatch")]
    Mismatch,
    #[default]
    #[serde(rename = "n/a")]
    NotApplicable,
}

impl Consistency {
    pub fn as_str(&self) -> &'static str {
        match self {
            Consistency::Ok => "ok",
            Consistency::Mismatch => "mismatch",
            Consistency::NotApplicable => "n/a",
        }
    }
}

/// The headline fields of a report (see docs/report-format.md).
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct ReportFields {
    pub title: Option<String>,
    pub doc_type: DocType,
    /// Why `doc_type` was chosen ("title:annual_report_pattern",
    /// "body:statutory_sections(5/6)+tables(3)", "news:记者").
    pub doc_type_reason: Option<String>,
    pub agency: Option<String>,
    pub province: Option<String>,
    pub admin_level: Option<AdminLevel>,
    pub report_year: Option<i32>,
    /// Where `report_year` was read: "statistics_period", "first_paragraph",
    /// "title" or "heading".
    pub report_year_source: Option<String>,
    /// YYYY-MM-DD
    pub published_date: Option<String>,
    /// "meta" | "page" | "url"
    pub published_date_source: Option<String>,
    pub format: Option<ReportFormat>,
    pub script: Option<Script>,
    pub repost: Option<bool>,
    pub proactive_total: Option<i64>,
    pub requests_received: Option<i64>,
    pub requests_granted: Option<i64>,
    pub reconsiderations: Option<i64>,
    pub lawsuits: Option<i64>,
    pub consistency: Consistency,
    pub consistency_issues: Vec<String>,
    /// Names of fields whose value was printed as an approximation (余/近/多).
    pub approximate: Vec<String>,
}

/// One canonical table cell: `(table, row, column, value)`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cell {
    pub table: String,
    pub row: String,
    pub column: String,
    /// The number as printed, normalised ("117", "-3", "2568.714"); None for blank/—.
    pub value: Option<String>,
}

/// Everything extraction produces for one capture.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Extraction {
    pub fields: ReportFields,
    pub cells: Vec<Cell>,
    pub text_status: TextStatus,
    /// WHATWG name of the charset used to decode ("UTF-8", "GBK"); None for binary formats.
    pub charset: Option<String>,
    pub notes: Vec<String>,
    /// Where the text came from (html, pdf_text, ocr, doc, docx, wps).
    pub text_source: Option<documents::TextSource>,
    /// Mean Tesseract word confidence (0–100) when the text was OCR'd.
    pub ocr_confidence: Option<f32>,
    /// The external tool that is missing, with [`TextStatus::NeedsTool`].
    pub needs_tool: Option<String>,
    /// The document's visible text (its article body, else every line), as the
    /// search index takes it. Not part of the serialized output, so the output's
    /// hash (which decides what `extract --all` rewrites) is what it was.
    #[serde(skip)]
    pub text: String,
}

pub use classify::classify_title;
pub use documents::{Limits, TextSource};
pub use fields::{extract, extract_page_images, extract_with};
