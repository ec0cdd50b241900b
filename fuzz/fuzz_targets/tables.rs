//! The table parsers (markup grids, flattened text tables, the key
//! interpreter) and the whole `extract()` on arbitrary HTML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_extract::attachments::{self, Kind};
use nianbao_extract::tables::{flat, keys, markup};
use nianbao_extract::{extract, html, CaptureInput, ReportFormat};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    let page = html::parse(&text);
    let rows = markup::rows_from_grids(&page.tables);
    for f in [None, Some(ReportFormat::Gb2019), Some(ReportFormat::Gb2021)] {
        let _ = keys::interpret(&rows, f);
    }
    let lines: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    for l in &lines {
        let _ = flat::split_cells(l);
    }
    let frows = flat::rows_from_lines(lines.iter().copied());
    let _ = keys::interpret(&frows, None);
    // the raw input as text lines (pdftotext output takes this path)
    let frows = flat::rows_from_lines(text.lines());
    let _ = keys::interpret(&frows, Some(ReportFormat::Gb2021));
    let _ = html::Page::from_text(&text);

    // extract() hands PDFs to the external `pdftotext` (bounded by its own
    // 60 s timeout); a process per input is not what this target fuzzes, and
    // some malformed PDFs make poppler spin until that timeout.
    let url = "http://sthjt.a.gov.cn/xxgk/gknb/202401/t20240115_1.html";
    if attachments::kind(url, None, data) == Kind::Pdf {
        return;
    }
    let input = CaptureInput {
        url,
        content_type: Some("text/html; charset=utf-8"),
        body: data,
        anchor: None,
    };
    let a = extract(&input);
    let b = extract(&input);
    assert_eq!(a, b, "extract is not deterministic");
    let _ = extract(&CaptureInput {
        url: "https://x.example.com/a",
        content_type: None,
        body: data,
        anchor: None,
    });
});
