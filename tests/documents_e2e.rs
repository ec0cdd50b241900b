//! Every form a report comes in, end to end: `nianbao crawl` of the fixture
//! document-forms site (详见附件 pages linking the committed `.doc`, `.wps`,
//! text PDF, `.docx` and scanned PDF, and a report page of two page images),
//! then `nianbao export --what reports` and `--what cells`, read as a
//! researcher reads them: fields, cells, text status and source, each note page
//! tied to its document and each report counted once. Needs poppler and
//! Tesseract with chi_sim (skipped with a note without them, a failure under
//! NIANBAO_REQUIRE_TOOLS=1). Three scanned pages are OCR'd.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use nianbao_fixture::Options;
use serde_json::Value;

fn tools_present() -> bool {
    let ok = |c: &str, a: &str| {
        Command::new(c)
            .arg(a)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    let chi_sim = Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("chi_sim"))
        .unwrap_or(false);
    require_tool("pdftotext", ok("pdftotext", "-v"))
        && require_tool("pdftoppm", ok("pdftoppm", "-v"))
        && require_tool("tesseract with chi_sim", chi_sim)
}

fn jsonl(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_document_form_is_one_report_with_its_fields_and_cells() {
    if !tools_present() {
        return;
    }
    let s = Setup::with_options(
        Options {
            first_octet: 180,
            document_forms: true,
            ..Options::default()
        },
        RATE,
        "",
    )
    .await;
    let forms = s.web.forms().expect("the forms site is served");
    std::fs::write(s.dir.path().join("seeds.csv"), &forms.seeds_csv).unwrap();
    let dir = s.dir.path().to_path_buf();
    let out = tokio::task::spawn_blocking(move || {
        let crawl = run_nianbao(&dir, &["crawl"]);
        let reports = run_nianbao(
            &dir,
            &[
                "export",
                "--what",
                "reports",
                "--format",
                "jsonl",
                "--out",
                "reports.jsonl",
            ],
        );
        let cells = run_nianbao(
            &dir,
            &[
                "export",
                "--what",
                "cells",
                "--format",
                "jsonl",
                "--out",
                "cells.jsonl",
            ],
        );
        (crawl, reports, cells)
    })
    .await
    .unwrap();
    for o in [&out.0, &out.1, &out.2] {
        no_panic(&String::from_utf8_lossy(&o.stderr));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let reports = jsonl(&s.dir.path().join("reports.jsonl"));
    let cells = jsonl(&s.dir.path().join("cells.jsonl"));
    let by_url: BTreeMap<String, &Value> = reports
        .iter()
        .map(|r| (r["url"].as_str().unwrap_or("").to_string(), r))
        .collect();
    let cells_of = |id: &Value| -> BTreeMap<(String, String, String), Value> {
        cells
            .iter()
            .filter(|c| c["capture_id"] == *id)
            .map(|c| {
                let k = |f: &str| c[f].as_str().unwrap_or("").to_string();
                ((k("table"), k("row"), k("column")), c["value"].clone())
            })
            .collect()
    };
    let mut failures: Vec<String> = Vec::new();
    let mut check = |what: &str, ok: bool, detail: String| {
        if !ok {
            failures.push(format!("{what}: {detail}"));
        }
    };

    // Each note page is tied to its document; the document is the report.
    let expect: [(&str, &str, i64, &str); 5] = [
        ("doc", "临澧县环境保护局", 2012, "narrative"),
        ("wps", "保定市生态环境局", 2021, "gb2021"),
        ("pdf_text", "保定市生态环境局", 2021, "gb2021"),
        ("docx", "保定市生态环境局", 2021, "gb2021"),
        ("ocr", "株洲市环境保护局", 2014, ""),
    ];
    for ((page, doc), (source, agency, year, format)) in forms.notes.iter().zip(expect) {
        let (Some(p), Some(d)) = (by_url.get(page), by_url.get(doc)) else {
            check(source, false, format!("no record for {page} or {doc}"));
            continue;
        };
        let line = |r: &Value| {
            format!(
                "{} {} {} {} {} {} conf {}",
                r["doc_type"],
                r["text_status"],
                r["text_source"],
                r["agency"],
                r["report_year"],
                r["format"],
                r["ocr_confidence"]
            )
        };
        eprintln!("{source:<9} page: {}\n{:<9} doc:  {}", line(p), "", line(d));
        check(
            source,
            p["doc_type"] == "attachment_note",
            format!("page {}", line(p)),
        );
        check(
            source,
            p["attachment_capture_id"] == d["capture_id"],
            "page → document".into(),
        );
        check(
            source,
            d["note_capture_id"] == p["capture_id"],
            "document → page".into(),
        );
        check(
            source,
            d["doc_type"] == "annual_report",
            format!("doc {}", line(d)),
        );
        check(source, d["text_status"] == "ok", line(d));
        check(source, d["text_source"] == source, line(d));
        check(source, d["agency"] == agency, line(d));
        check(source, d["report_year"] == year, line(d));
        if !format.is_empty() {
            check(source, d["format"] == format, line(d));
        }
        if format == "gb2021" {
            for (k, v) in [
                ("requests_received", 4),
                ("requests_granted", 3),
                ("reconsiderations", 0),
                ("lawsuits", 2),
            ] {
                check(source, d[k] == v, format!("{k} = {}", d[k]));
            }
            check(
                source,
                d["consistency"] == "ok",
                format!("{}", d["consistency_issues"]),
            );
            let c = cells_of(&d["capture_id"]);
            let key = |t: &str, r: &str, col: &str| (t.to_string(), r.to_string(), col.to_string());
            for (k, v) in [
                (key("proactive", "normative_docs", "in_force"), "27"),
                (key("proactive", "licensing", "decisions"), "1024"),
                (key("proactive", "fees", "amount_10k_yuan"), "12.35"),
                (key("requests", "unable_not_held", "natural_person"), "1"),
                (key("requests", "total", "total"), "4"),
                (key("review", "count", "direct_suit_total"), "2"),
            ] {
                check(
                    source,
                    c.get(&k).and_then(|x| x.as_str()) == Some(v),
                    format!("{k:?} = {:?}", c.get(&k)),
                );
            }
            check(source, c.len() == 200, format!("{} cells", c.len()));
        }
        if source == "doc" {
            check(
                source,
                d["proactive_total"] == 312 && d["requests_received"] == 5,
                line(d),
            );
        }
        if source == "ocr" {
            check(
                source,
                d["proactive_total"] == 652 && d["requests_received"] == 3,
                line(d),
            );
            let conf = d["ocr_confidence"].as_f64().unwrap_or(0.0);
            check(
                source,
                (50.0..=100.0).contains(&conf),
                format!("confidence {conf}"),
            );
        }
    }

    // The page of page images is the report, read from its images in page order.
    let (page, images) = &forms.image_report;
    match by_url.get(page) {
        None => check("page images", false, format!("no record for {page}")),
        Some(p) => {
            eprintln!("page images: {p}");
            for (k, v) in [
                ("doc_type", Value::from("annual_report")),
                ("text_source", Value::from("ocr")),
                ("agency", Value::from("湘潭市环境保护局")),
                ("report_year", Value::from(2016)),
            ] {
                check("page images", p[k] == v, format!("{k} = {}", p[k]));
            }
            for (k, v) in [
                ("proactive_total", 418),
                ("requests_received", 7),
                ("requests_granted", 6),
                ("reconsiderations", 1),
            ] {
                check("page images", p[k] == v, format!("{k} = {}", p[k]));
            }
        }
    }
    for img in images {
        let rec = by_url.get(img);
        check(
            "page images",
            rec.is_some_and(|r| r["doc_type"] != "annual_report"),
            format!("{img}: {:?}", rec.map(|r| &r["doc_type"])),
        );
    }
    let store = s.store();
    check(
        "page images",
        query_i64(
            &store,
            "SELECT count(*) FROM captures WHERE role = 'page_image'",
        ) == 2,
        "two page_image captures".into(),
    );
    // Chrome images (the logo, the footer badge) are never fetched.
    let chrome: Vec<String> = s
        .web
        .requests()
        .iter()
        .filter(|r| r.target.starts_with("/images/"))
        .map(|r| r.target.clone())
        .collect();
    check("chrome", chrome.is_empty(), format!("{chrome:?}"));

    // One report, one record: six reports on the site, six annual_report records.
    let annual: Vec<&str> = reports
        .iter()
        .filter(|r| r["doc_type"] == "annual_report")
        .map(|r| r["url"].as_str().unwrap_or(""))
        .collect();
    check("count", annual.len() == 6, format!("{annual:#?}"));
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
