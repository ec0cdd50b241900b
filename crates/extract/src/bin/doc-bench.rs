//! Speed of the document readers, printed (not a test: figures depend on the machine).
//!
//! ```text
//! doc-bench [DIR]          text-PDF pages/s, OCR pages/s per core, DOC/DOCX documents/s
//! doc-bench --html FILE    the minimal HTML a document reads as (for debugging)
//! ```
//!
//! DIR defaults to `crates/extract/tests/documents`. OCR runs Tesseract
//! single-threaded, so pages/s is per core.

use nianbao_extract::attachments::kind;
use nianbao_extract::documents::{self, layout, ocr, pdf_layout, Limits};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let limits = Limits::default();
    if args.first().map(|s| s.as_str()) == Some("--html") {
        let Some(path) = args.get(1) else {
            eprintln!("usage: doc-bench --html FILE");
            std::process::exit(2);
        };
        let body = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("doc-bench: {path}: {e}");
                std::process::exit(1);
            }
        };
        let r = documents::read(kind(path, None, &body), path, None, &body, &limits);
        eprintln!(
            "status {:?} source {:?} needs_tool {:?} notes {:?}",
            r.status, r.source, r.needs_tool, r.notes
        );
        println!("{}", r.html.unwrap_or_default());
        return;
    }
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("crates/extract/tests/documents"));
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("doc-bench: {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    files.sort();
    let (mut text_pages, mut text_time) = (0usize, Duration::ZERO);
    let (mut ocr_pages, mut ocr_time) = (0usize, Duration::ZERO);
    let (mut docs, mut doc_time) = (0usize, Duration::ZERO);
    for f in &files {
        let name = f.to_string_lossy().to_string();
        let Ok(body) = std::fs::read(f) else { continue };
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "pdf" => {
                let t = Instant::now();
                let pages = match pdf_layout::pages(&body, limits.tool_timeout) {
                    Ok(p) => p,
                    Err(e) => {
                        eprintln!("{name}: {e}");
                        continue;
                    }
                };
                if layout::visible_chars(&pages) >= 10 {
                    // repeat small files so the figure is not dominated by one process start
                    let mut n = pages.len();
                    let _ = layout::to_html(&pages);
                    for _ in 0..4 {
                        let p = pdf_layout::pages(&body, limits.tool_timeout).unwrap_or_default();
                        let _ = layout::to_html(&p);
                        n += p.len();
                    }
                    text_pages += n;
                    text_time += t.elapsed();
                } else {
                    let t = Instant::now();
                    match ocr::ocr_pdf(&body, pages.len(), &limits) {
                        Ok(o) => {
                            ocr_pages += o.pages.len();
                            ocr_time += t.elapsed();
                            println!(
                                "{name}: OCR {} pages in {:.2} s at {} dpi, mean confidence {:.1}",
                                o.pages.len(),
                                t.elapsed().as_secs_f64(),
                                limits.ocr_dpi,
                                o.confidence.unwrap_or(0.0)
                            );
                        }
                        Err(e) => eprintln!("{name}: {e}"),
                    }
                }
            }
            "doc" | "docx" | "wps" => {
                let t = Instant::now();
                for _ in 0..20 {
                    let _ = documents::read(kind(&name, None, &body), &name, None, &body, &limits);
                }
                docs += 20;
                doc_time += t.elapsed();
            }
            _ => {}
        }
    }
    let rate = |n: usize, d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
    println!(
        "text PDF: {text_pages} pages in {:.2} s = {:.1} pages/s (pdftotext -bbox-layout + rebuild, one process at a time)",
        text_time.as_secs_f64(),
        rate(text_pages, text_time)
    );
    println!(
        "OCR: {ocr_pages} pages in {:.2} s = {:.2} pages/s per core ({} dpi, tesseract -l {}, OMP_THREAD_LIMIT=1)",
        ocr_time.as_secs_f64(),
        rate(ocr_pages, ocr_time),
        limits.ocr_dpi,
        limits.ocr_lang
    );
    println!(
        "DOC/DOCX/WPS: {docs} documents in {:.3} s = {:.0} documents/s",
        doc_time.as_secs_f64(),
        rate(docs, doc_time)
    );
}
