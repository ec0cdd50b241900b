//! Every document form (DOC, WPS, DOCX, text PDF with tables over a page
//! break, wrapped labels and two columns, a skewed noisy scan), built by
//! `scripts/make_doc_fixtures.py` with real tools, must come out as labelled.
//! A case whose tool is missing fails under NIANBAO_REQUIRE_TOOLS=1 and is
//! skipped with a note otherwise.

use nianbao_extract::eval::load_dir;
use nianbao_extract::{extract, extract_with, CaptureInput, Limits, TextSource, TextStatus};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn tool_missing(what: &str, probe: &mut Command) -> bool {
    missing(
        what,
        probe.output().map(|o| o.status.success()).unwrap_or(false),
    )
}

fn missing(what: &str, present: bool) -> bool {
    if present {
        return false;
    }
    if std::env::var("NIANBAO_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("{what} is required (NIANBAO_REQUIRE_TOOLS=1) but not installed or not working");
    }
    eprintln!("skipped: {what} not installed");
    true
}

fn ocr_missing() -> bool {
    let ok = Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("chi_sim"))
        .unwrap_or(false);
    missing("tesseract with chi_sim data", ok)
        || tool_missing("pdftoppm", Command::new("pdftoppm").arg("-v"))
}

#[test]
fn document_forms() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents");
    let cases = load_dir(&dir);
    assert!(cases.len() >= 6, "expected ≥6 cases, found {}", cases.len());
    let mut failures = Vec::new();
    // every rendering of the GB 2021 report must give the same cells as its DOCX
    let mut gb2021: Vec<(String, Vec<nianbao_extract::Cell>)> = Vec::new();
    for c in &cases {
        let source = c.spec["expected"]["text_source"].as_str().unwrap_or("");
        if matches!(source, "pdf_text" | "ocr")
            && tool_missing("pdftotext", Command::new("pdftotext").arg("-v"))
        {
            continue;
        }
        if source == "ocr" && ocr_missing() {
            continue;
        }
        let ex = c.run();
        let checks = c.check(&ex);
        let count = |cells: bool| {
            let of: Vec<_> = checks
                .iter()
                .filter(|(f, _, _)| (f == "cell") == cells)
                .collect();
            (of.iter().filter(|(_, ok, _)| *ok).count(), of.len())
        };
        let ((fr, ft), (cr, ct)) = (count(false), count(true));
        eprintln!(
            "{:<24} {:<8} {:<9} conf {:>5} fields {fr}/{ft} labelled cells {cr}/{ct} cells {} {}",
            c.name,
            ex.text_status.as_str(),
            ex.text_source.map(|s| s.as_str()).unwrap_or("-"),
            ex.ocr_confidence
                .map(|v| format!("{v:.1}"))
                .unwrap_or_else(|| "-".into()),
            ex.cells.len(),
            ex.fields.consistency.as_str()
        );
        for (field, ok, detail) in checks {
            if !ok {
                failures.push(format!(
                    "{}: {field}: {detail}\n  notes: {:?}",
                    c.name, ex.notes
                ));
            }
        }
        // the scan of the same report too: its ruled tables are read cell by cell
        if c.name.starts_with("gb2021_") || c.name.starts_with("scan_gb2021_") {
            let mut cells = ex.cells.clone();
            cells.sort();
            gb2021.push((c.name.clone(), cells));
        }
        if source == "ocr" {
            let conf = ex.ocr_confidence.unwrap_or(0.0);
            if !(50.0..=100.0).contains(&conf) {
                failures.push(format!("{}: ocr confidence {conf}", c.name));
            }
        }
    }
    if let Some((_, want)) = gb2021.iter().find(|(n, _)| n == "gb2021_tables_docx") {
        assert_eq!(want.len(), 200, "docx cells");
        for (name, got) in &gb2021 {
            let differ = got.len() != want.len() || got.iter().zip(want).any(|(a, b)| a != b);
            if differ {
                let key = |c: &nianbao_extract::Cell| format!("{}/{}/{}", c.table, c.row, c.column);
                let missing: Vec<String> = want
                    .iter()
                    .filter(|w| !got.iter().any(|g| key(g) == key(w)))
                    .map(key)
                    .collect();
                failures.push(format!(
                    "{name}: {} cells, {} differ from the docx; missing {missing:?}",
                    got.len(),
                    got.iter().filter(|c| !want.contains(c)).count()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn text_source_of_html_and_missing_tool_named() {
    let ex = extract(&CaptureInput {
        anchor: None,
        url: "http://x.gov.cn/a.html",
        content_type: Some("text/html"),
        body: "<html><body><p>环境保护局政府信息公开工作年度报告</p></body></html>".as_bytes(),
    });
    assert_eq!(ex.text_source, Some(TextSource::Html));
    assert_eq!(ex.needs_tool, None);
    // a truncated OLE2 header is a clear not_extracted, never a panic
    let ex = extract(&CaptureInput {
        anchor: None,
        url: "http://x.gov.cn/a.doc",
        content_type: Some("application/msword"),
        body: b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 truncated",
    });
    assert_eq!(ex.text_status, TextStatus::NotExtracted);
    assert!(
        ex.notes.iter().any(|n| n.contains("OLE2")),
        "{:?}",
        ex.notes
    );
}

#[test]
fn missing_tool_is_named_not_silent() {
    // the bench binary reads a document the way extraction does; with no PATH
    // no tool can be found
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/gb2021_pagebreak.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_doc-bench"))
        .arg("--html")
        .arg(&pdf)
        .env("PATH", "")
        .output()
        .expect("run doc-bench");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("status NeedsTool") && err.contains("needs_tool Some(\"pdftotext\")"),
        "{err}"
    );
    // DOC needs no tool at all
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/gb2021_tables.doc");
    let out = Command::new(env!("CARGO_BIN_EXE_doc-bench"))
        .arg("--html")
        .arg(&doc)
        .env("PATH", "")
        .output()
        .expect("run doc-bench");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("status Ok") && err.contains("needs_tool None"),
        "{err}"
    );
}

#[test]
fn ocr_is_bounded_by_its_timeout() {
    if tool_missing("pdftotext", Command::new("pdftotext").arg("-v")) || ocr_missing() {
        return;
    }
    let body =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/scan_2014.pdf"))
            .unwrap();
    let limits = Limits {
        ocr_timeout: Duration::from_millis(30),
        ..Limits::default()
    };
    let ex = extract_with(
        &CaptureInput {
            anchor: None,
            url: "http://x.gov.cn/scan.pdf",
            content_type: Some("application/pdf"),
            body: &body,
        },
        &limits,
    );
    assert_eq!(ex.text_status, TextStatus::NeedsOcr, "{:?}", ex.notes);
    assert!(
        ex.notes.iter().any(|n| n.contains("timed out")),
        "{:?}",
        ex.notes
    );
    assert_eq!(ex.text_source, None);
}

#[test]
fn ocr_page_cap_is_kept_and_noted() {
    if tool_missing("pdfunite", Command::new("pdfunite").arg("-v"))
        || tool_missing("pdftotext", Command::new("pdftotext").arg("-v"))
        || ocr_missing()
    {
        return;
    }
    let scan = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/scan_2014.pdf");
    let dir = tempfile::tempdir().unwrap();
    let two = dir.path().join("two.pdf");
    let ok = Command::new("pdfunite")
        .arg(&scan)
        .arg(&scan)
        .arg(&two)
        .status()
        .unwrap();
    assert!(ok.success());
    let body = std::fs::read(&two).unwrap();
    let limits = Limits {
        ocr_max_pages: 1,
        ..Limits::default()
    };
    let ex = extract_with(
        &CaptureInput {
            anchor: None,
            url: "http://x.gov.cn/two.pdf",
            content_type: Some("application/pdf"),
            body: &body,
        },
        &limits,
    );
    assert_eq!(ex.text_status, TextStatus::Ok, "{:?}", ex.notes);
    assert_eq!(ex.text_source, Some(TextSource::Ocr));
    assert!(
        ex.notes.iter().any(|n| n.contains("page cap of 1")),
        "{:?}",
        ex.notes
    );
    assert!(
        ex.notes.iter().any(|n| n.contains(", 1 pages,")),
        "{:?}",
        ex.notes
    );
    assert_eq!(ex.fields.proactive_total, Some(652));
}

mod damaged {
    use nianbao_extract::documents::{doc, layout, pdf_layout};
    use proptest::prelude::*;

    fn fixture() -> Vec<u8> {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/documents/gb2021_tables.doc"),
        )
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// A damaged Word file is an error or some text, never a panic.
        #[test]
        fn damaged_doc_never_panics(
            edits in proptest::collection::vec((0usize..53_000, any::<u8>()), 1..40),
            cut in 0usize..53_000,
        ) {
            let mut body = fixture();
            for (at, b) in edits {
                if let Some(x) = body.get_mut(at) {
                    *x = b;
                }
            }
            let _ = doc::to_html(&body);
            body.truncate(cut);
            let _ = doc::to_html(&body);
        }

        /// Any bbox XHTML (attributes, nesting) yields pages and renders.
        #[test]
        fn any_bbox_layout_renders(
            words in proptest::collection::vec(
                (-1e4f32..1e4, -1e4f32..1e4, 0f32..500.0, 0f32..60.0, "[0-9一二三（）.、 —-]{0,6}"),
                0..60,
            ),
        ) {
            let mut x = String::from(r#"<doc><page width="595" height="842"><flow><block><line>"#);
            for (x0, y0, w, h, t) in &words {
                x.push_str(&format!(
                    r#"<word xMin="{x0}" yMin="{y0}" xMax="{}" yMax="{}">{t}</word>"#,
                    x0 + w,
                    y0 + h
                ));
                x.push_str("</line></block><block><line>");
            }
            x.push_str("</line></block></flow></page></doc>");
            let pages = pdf_layout::parse(&x);
            let html = layout::to_html(&pages);
            prop_assert!(html.starts_with("<html>"));
        }
    }
}

/// The scanned GB 2021 report as a report page of JPEG page images (the JPEGs
/// inside the scanned PDF, taken out with `pdfimages -j`): decoded, levelled,
/// rules found and erased, tables cut into cells like the PDF's pages.
fn scan_page_images() -> Option<Vec<Vec<u8>>> {
    if tool_missing("pdfimages", Command::new("pdfimages").arg("-v")) || ocr_missing() {
        return None;
    }
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/scan_gb2021_tables.pdf");
    let dir = tempfile::tempdir().unwrap();
    let ok = Command::new("pdfimages")
        .arg("-j")
        .arg(&pdf)
        .arg(dir.path().join("p"))
        .status()
        .unwrap();
    assert!(ok.success());
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(files
        .iter()
        .all(|f| f.extension().is_some_and(|x| x == "jpg")));
    Some(files.iter().map(|f| std::fs::read(f).unwrap()).collect())
}

/// The scanned GB-2021 pages rendered as colour PNGs (pdftoppm, 200 dpi), the
/// other form page images are published in.
fn scan_png_pages() -> Option<Vec<Vec<u8>>> {
    if tool_missing("pdftoppm", Command::new("pdftoppm").arg("-v")) || ocr_missing() {
        return None;
    }
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/scan_gb2021_tables.pdf");
    let dir = tempfile::tempdir().unwrap();
    let ok = Command::new("pdftoppm")
        .args(["-png", "-r", "200"])
        .arg(&pdf)
        .arg(dir.path().join("p"))
        .status()
        .unwrap();
    assert!(ok.success());
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    Some(files.iter().map(|f| std::fs::read(f).unwrap()).collect())
}

fn page_images_extraction(images: &[Vec<u8>]) -> nianbao_extract::Extraction {
    let page = "<html><head><title>保定市生态环境局2021年政府信息公开工作年度报告</title></head>\
                <body><h1>保定市生态环境局2021年政府信息公开工作年度报告</h1>\
                <p><img src=\"p1.jpg\"><img src=\"p2.jpg\"><img src=\"p3.jpg\"></p></body></html>";
    let bodies: Vec<&[u8]> = images.iter().map(|b| b.as_slice()).collect();
    nianbao_extract::extract_page_images(
        &CaptureInput {
            anchor: None,
            url: "http://sthjj.baoding.gov.cn.test/xxgk/ndbg/2022/t20220118_9.html",
            content_type: Some("text/html; charset=utf-8"),
            body: page.as_bytes(),
        },
        &bodies,
        &Limits::default(),
    )
}

fn docx_cells() -> Vec<nianbao_extract::Cell> {
    let body = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/gb2021_tables.docx"),
    )
    .unwrap();
    let mut cells = extract(&CaptureInput {
        anchor: None,
        url: "http://x.gov.cn/a.docx",
        content_type: None,
        body: &body,
    })
    .cells;
    cells.sort();
    cells
}

#[test]
fn page_images_with_ruled_tables_read_like_the_docx() {
    let Some(images) = scan_page_images() else {
        return;
    };
    let ex = page_images_extraction(&images);
    assert_eq!(ex.text_source, Some(TextSource::Ocr), "{:?}", ex.notes);
    assert!(
        ex.notes
            .iter()
            .any(|n| n.contains("ruled tables read cell by cell")),
        "the JPEG pages get the rule pass: {:?}",
        ex.notes
    );
    let mut cells = ex.cells.clone();
    cells.sort();
    let want = docx_cells();
    assert_eq!(want.len(), 200);
    let key = |c: &nianbao_extract::Cell| format!("{}/{}/{}", c.table, c.row, c.column);
    let missing: Vec<String> = want
        .iter()
        .filter(|w| !cells.iter().any(|g| key(g) == key(w)))
        .map(key)
        .collect();
    assert_eq!(
        cells.len(),
        200,
        "missing {missing:?}; notes {:?}",
        ex.notes
    );
    assert!(cells == want, "cells differ from the docx");
    let value = |t: &str, r: &str, c: &str| {
        cells
            .iter()
            .find(|x| x.table == t && x.row == r && x.column == c)
            .and_then(|x| x.value.clone())
    };
    assert_eq!(value("requests", "total", "total").as_deref(), Some("4"));
    assert_eq!(
        value("requests", "new", "legal_service"),
        None,
        "a printed blank"
    );
    assert_eq!(
        value("review", "count", "direct_suit_total").as_deref(),
        Some("2")
    );
    assert_eq!(
        value("review", "count", "direct_suit_pending").as_deref(),
        Some("1")
    );
    assert_eq!(ex.fields.consistency.as_str(), "ok");
}

#[test]
fn a_misread_figure_in_a_scanned_table_fails_its_identity() {
    use nianbao_extract::documents::rules::{grids, Gray, Rules};
    let Some(mut images) = scan_page_images() else {
        return;
    };
    // Page 2 as a misreading scanner would give it: the 4 of (七)总计 × 自然人
    // replaced by the 1 of the row 1.本机关不掌握…, as OCR could misread it.
    let g = Gray::from_jpeg(&images[1]).unwrap();
    let rules = Rules::find(&g);
    let mut g = g.deskewed(rules.skew());
    let grid = grids(&Rules::find(&g), &g)
        .into_iter()
        .max_by_key(|gr| gr.ys.len())
        .unwrap();
    let rows = grid.ys.len() - 1;
    assert_eq!(rows, 22, "the requests rows of page 2");
    let interior = |r: usize, c: usize| {
        let (x0, y0) = (grid.xs[c] as usize + 6, grid.ys[r] as usize + 6);
        let (x1, y1) = (grid.xs[c + 1] as usize - 6, grid.ys[r + 1] as usize - 6);
        (x0, y0, x1, y1)
    };
    let (sx0, sy0, sx1, sy1) = interior(9, 2);
    let (tx0, ty0, tx1, ty1) = interior(rows - 2, 2);
    let src_h = sy1 - sy0;
    let dst_h = ty1 - ty0;
    let w = g.width;
    // the glyph: dark pixels with dark neighbours (not the speckle)
    let dark = |x: usize, y: usize| g.px[y * w + x] < 160;
    let ink: Vec<(usize, usize)> = (sy0..sy1)
        .flat_map(|y| (sx0..sx1).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            dark(x, y)
                && [(0, 1), (2, 1), (1, 0), (1, 2)]
                    .iter()
                    .filter(|(dx, dy)| dark(x + dx - 1, y + dy - 1))
                    .count()
                    >= 2
        })
        .collect();
    assert!(!ink.is_empty());
    let (iy0, iy1) = (
        ink.iter().map(|p| p.1).min().unwrap(),
        ink.iter().map(|p| p.1).max().unwrap(),
    );
    assert!(iy1 - iy0 < dst_h && src_h > 0);
    for y in ty0..ty1 {
        for x in tx0..tx1 {
            g.px[y * w + x] = 255;
        }
    }
    let top = ty0 + (dst_h - (iy1 - iy0)) / 2;
    for &(x, y) in &ink {
        if x - sx0 + tx0 < tx1 {
            g.px[(top + y - iy0) * w + (x - sx0 + tx0)] = g.px[y * w + x];
        }
    }
    images[1] = g.to_pgm();
    let ex = page_images_extraction(&images);
    let total = ex
        .cells
        .iter()
        .find(|x| x.table == "requests" && x.row == "total" && x.column == "natural_person");
    assert_eq!(
        total.and_then(|c| c.value.as_deref()),
        Some("1"),
        "the doctored cell is read as printed: {:?}",
        ex.notes
    );
    assert_eq!(
        ex.fields.consistency.as_str(),
        "mismatch",
        "a wrong figure is flagged, not passed: {:?}",
        ex.fields.consistency_issues
    );
}

#[test]
fn the_scanned_tables_read_at_150_dpi_too() {
    // a thin rule is light grey at 150 dpi and found only in pieces: the grid
    // is rejoined and its faint rows recovered (page images are often 150 dpi)
    if tool_missing("pdftotext", Command::new("pdftotext").arg("-v")) || ocr_missing() {
        return;
    }
    let body = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/documents/scan_gb2021_tables.pdf"),
    )
    .unwrap();
    let limits = Limits {
        ocr_dpi: 150,
        ..Limits::default()
    };
    let ex = extract_with(
        &CaptureInput {
            anchor: None,
            url: "http://sthjj.baoding.gov.cn.test/xxgk/ndbg/2022/P0203.pdf",
            content_type: Some("application/pdf"),
            body: &body,
        },
        &limits,
    );
    let mut cells = ex.cells.clone();
    cells.sort();
    assert_eq!(cells.len(), 200, "{:?}", ex.notes);
    assert!(cells == docx_cells(), "cells differ from the docx");
    assert_eq!(ex.fields.consistency.as_str(), "ok");
}

/// PNG page images get the same rule pass and cell reading as JPEG ones.
#[test]
fn png_page_images_with_ruled_tables_read_like_the_docx() {
    let Some(images) = scan_png_pages() else {
        return;
    };
    let ex = page_images_extraction(&images);
    assert_eq!(ex.text_source, Some(TextSource::Ocr), "{:?}", ex.notes);
    assert!(
        ex.notes
            .iter()
            .any(|n| n.contains("ruled tables read cell by cell")),
        "the PNG pages get the rule pass: {:?}",
        ex.notes
    );
    let mut cells = ex.cells.clone();
    cells.sort();
    assert_eq!(cells.len(), 200, "notes {:?}", ex.notes);
    assert!(cells == docx_cells(), "cells differ from the docx");
}
