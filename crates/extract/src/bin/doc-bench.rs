//! Speed of the document readers, printed (not a test: figures depend on the machine).
//!
//! ```text
//! doc-bench [DIR]          text-PDF pages/s, OCR pages/s per core, DOC/DOCX documents/s
//! doc-bench --html FILE [DPI]   the minimal HTML a document reads as (for debugging)
//! ```
//!
//! DIR defaults to `crates/extract/tests/documents`. OCR runs Tesseract
//! single-threaded, so pages/s is per core.

use nianbao_extract::attachments::kind;
use nianbao_extract::documents::{self, layout, ocr, pdf_layout, Limits};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A sentence printed at 9 pt in the scan fixture: OCR must read it exactly.
const NINE_PT: &[&str] = &["全年办理人大建议和政协提案共17件"];

/// CPU seconds used by this process and its waited-for children (Linux
/// `/proc/self/stat` utime + stime + cutime + cstime, in clock ticks of 1/100 s):
/// Tesseract's reads and our own rule, levelling and grid passes. On a loaded
/// machine wall time overstates the cost; pages per CPU second is the per-core figure.
fn cpu_used() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    // after the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17
    let tick = |i: usize| {
        f.get(i - 3)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (tick(14) + tick(15) + tick(16) + tick(17)) / 100.0
}

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
        let limits = Limits {
            ocr_dpi: args
                .get(2)
                .and_then(|d| d.parse().ok())
                .unwrap_or(limits.ocr_dpi),
            ..limits
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
    let (mut ocr_pages, mut ocr_time, mut ocr_cpu) = (0usize, Duration::ZERO, 0.0f64);
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
                    for dpi in [150, 200, 300] {
                        let l = Limits {
                            ocr_dpi: dpi,
                            ..limits.clone()
                        };
                        let t = Instant::now();
                        let cpu0 = cpu_used();
                        match ocr::ocr_pdf(&body, pages.len(), &l) {
                            Ok(o) => {
                                // tesseract page reads, counting page 1's chi_sim/chi_tra probe
                                let reads = o.pages.len() + usize::from(l.ocr_lang == "chi_sim");
                                let secs = t.elapsed().as_secs_f64();
                                let cpu = cpu_used() - cpu0;
                                let html = layout::to_html(&o.pages);
                                // cells the HTML path reads from it (tables of a scan)
                                let cells =
                                    nianbao_extract::extract(&nianbao_extract::CaptureInput {
                                        anchor: None,
                                        url: "http://bench.test/scan.html",
                                        content_type: Some("text/html"),
                                        body: html.as_bytes(),
                                    })
                                    .cells
                                    .len();
                                let small = NINE_PT
                                    .iter()
                                    .find(|s| html.contains(*s))
                                    .map(|_| "found")
                                    .unwrap_or("absent");
                                println!(
                                    "{name}: {dpi} dpi, {} pages ({} tesseract page reads) in {secs:.2} s wall, {cpu:.2} s CPU = {:.2} page reads per CPU second, confidence {:.1}, lang {}, 9 pt probe sentence {small}, {cells} table cells",
                                    o.pages.len(),
                                    reads,
                                    reads as f64 / cpu.max(1e-9),
                                    o.confidence.unwrap_or(0.0),
                                    o.lang
                                );
                                if dpi == limits.ocr_dpi {
                                    ocr_pages += reads;
                                    ocr_time += t.elapsed();
                                    ocr_cpu += cpu;
                                }
                            }
                            Err(e) => eprintln!("{name}: {e}"),
                        }
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
        "OCR: {ocr_pages} tesseract page reads in {:.2} s wall ({:.2} pages/s), {ocr_cpu:.2} s CPU = {:.2} pages per CPU second = pages/s per core ({} dpi, OMP_THREAD_LIMIT=1, {} first)",
        ocr_time.as_secs_f64(),
        rate(ocr_pages, ocr_time),
        ocr_pages as f64 / ocr_cpu.max(1e-9),
        limits.ocr_dpi,
        limits.ocr_lang
    );
    println!(
        "DOC/DOCX/WPS: {docs} documents in {:.3} s = {:.0} documents/s",
        doc_time.as_secs_f64(),
        rate(docs, doc_time)
    );
}
