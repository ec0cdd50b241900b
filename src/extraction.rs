//! The extraction pass over the archive: `nianbao extract`, and after each crawl.
//!
//! Extraction itself is pure (the `nianbao_extract` crate: bytes in, fields out), so
//! it can be re-run over the whole archive whenever it improves. This module only
//! picks the captures, undoes their Content-Encoding, runs the extractor on the
//! available cores and stores the rows as they finish, a transaction per batch:
//! a kill loses the documents being read (and at most a few seconds of finished
//! ones), and the next run picks up every capture without a row.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nianbao_extract::{CaptureInput, Extraction, Limits, EXTRACTOR_VERSION};
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::store::{decode_archived, ExtractionRow, PendingCapture, Store, MAX_DECODED};

/// Captures loaded and extracted per transaction.
const CHUNK: usize = 64;

#[derive(Debug, Default, Clone)]
pub struct ExtractReport {
    pub version: u32,
    pub examined: u64,
    pub written: u64,
    pub unchanged: u64,
    /// Captures extracted before (by this or an earlier extractor version) whose
    /// fields now differ from their previous row (see
    /// [`ExtractionRow::field_differences`]).
    pub changed: u64,
    /// Captures extracted before whose fields came out the same.
    pub same: u64,
    /// Captures extracted for the first time.
    pub new: u64,
    /// How many changed captures changed each field (`cells`: any cell).
    pub changed_fields: std::collections::BTreeMap<String, u64>,
    pub by_doc_type: std::collections::BTreeMap<String, u64>,
    pub by_text_status: std::collections::BTreeMap<String, u64>,
    pub mismatches: u64,
    /// Pages that only link their report (`attachment_note`), after this run.
    pub attachment_notes: u64,
    /// Attachments repeating the report of the page that links them (`report_copy`).
    pub report_copies: u64,
}

impl fmt::Display for ExtractReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |m: &std::collections::BTreeMap<String, u64>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        write!(
            f,
            "extraction v{}: {} captures examined, {} written, {} unchanged; against each capture's previous row: {} changed{}, {} same, {} new; doc types: {}; text: {}; consistency mismatches: {}; pages only linking their report: {}; attachments copying their page's report: {}",
            self.version,
            self.examined,
            self.written,
            self.unchanged,
            self.changed,
            if self.changed_fields.is_empty() {
                String::new()
            } else {
                format!(" ({})", list(&self.changed_fields))
            },
            self.same,
            self.new,
            if self.by_doc_type.is_empty() { "-".into() } else { list(&self.by_doc_type) },
            if self.by_text_status.is_empty() { "-".into() } else { list(&self.by_text_status) },
            self.mismatches,
            self.attachment_notes,
            self.report_copies
        )
    }
}

/// Extract every capture that needs it (`all`: every capture), with the default
/// document limits.
pub fn run(store: &mut Store, all: bool) -> Result<ExtractReport> {
    run_with(store, all, &Limits::default())
}

/// Extract every capture that needs it (`all`: every capture) within `limits`
/// (`[extract]` of config.toml).
///
/// Interruptible: rows are committed as documents finish (a transaction per
/// chunk of [`CHUNK`] captures, and every [`COMMIT_EVERY`] within a slow one), so a kill loses
/// the documents being read and at most a few seconds of finished ones; the next
/// run picks up every capture without a row.
pub fn run_with(store: &mut Store, all: bool, limits: &Limits) -> Result<ExtractReport> {
    let version = EXTRACTOR_VERSION as i64;
    let mut report = ExtractReport {
        version: EXTRACTOR_VERSION,
        ..Default::default()
    };
    let mut after = 0;
    let image_pages = store.pages_with_images()?;
    loop {
        let pending = store.pending_extractions(version, all, after, CHUNK)?;
        let Some(last) = pending.last() else { break };
        after = last.id;
        let mut inputs = Vec::with_capacity(pending.len());
        for p in pending {
            let body = store.body(&p.sha256)?.unwrap_or_default();
            let mut images = Vec::new();
            if image_pages.contains(&p.id) {
                for (canon, c) in store.page_images_of(p.id)? {
                    let raw = store.body(&c.sha256)?.unwrap_or_default();
                    let body = decode_archived(
                        c.content_encoding.as_deref(),
                        &raw,
                        c.decoded_bytes,
                        MAX_DECODED,
                    );
                    images.push((canon, body.into_owned()));
                }
            }
            inputs.push(Capture { p, body, images });
        }
        extract_parallel(&inputs, limits, |rows| store_rows(store, rows, &mut report))?;
    }
    (report.attachment_notes, report.report_copies) =
        store.transaction(|s| s.link_attachment_notes())?;
    Ok(report)
}

fn store_rows(store: &mut Store, rows: &[ExtractionRow], report: &mut ExtractReport) -> Result<()> {
    store.transaction(|store| {
        for row in rows {
            report.examined += 1;
            *report
                .by_doc_type
                .entry(row.doc_type.clone().unwrap_or_default())
                .or_default() += 1;
            *report
                .by_text_status
                .entry(row.text_status.clone())
                .or_default() += 1;
            if row.consistency.as_deref() == Some("mismatch") {
                report.mismatches += 1;
            }
            // Compared before it is stored: the previous row may be this
            // version's own (an `--all` pass) or an older extractor's.
            match store.latest_extraction(row.capture_id, row.extractor_version)? {
                None => report.new += 1,
                Some(before) => {
                    let differs = before.field_differences(row);
                    if differs.is_empty() {
                        report.same += 1;
                    } else {
                        report.changed += 1;
                        for f in differs {
                            *report.changed_fields.entry(f.to_string()).or_default() += 1;
                        }
                    }
                }
            }
            if store.put_extraction(row)? {
                report.written += 1;
            } else {
                report.unchanged += 1;
            }
        }
        Ok::<_, crate::Error>(())
    })
}

/// One capture to extract: its archived body and, for a report page published as
/// scans, its archived page images (canonical key, decoded body).
struct Capture {
    p: PendingCapture,
    body: Vec<u8>,
    images: Vec<(String, Vec<u8>)>,
}

/// Extract a report page whose body is page images: the page's own discovery
/// (`nianbao_discover::images`) gives their order, the archive their bytes, and
/// the page becomes the report's record with the images' OCR'd text. Images it
/// names that are not archived are noted; the page's own HTML is read alone when
/// none is.
pub fn extract_page_of_images(
    p: &PendingCapture,
    raw: &[u8],
    images: &[(String, Vec<u8>)],
    limits: &Limits,
) -> ExtractionRow {
    let body = decode_archived(
        p.content_encoding.as_deref(),
        raw,
        p.decoded_bytes,
        MAX_DECODED,
    );
    let (text, _) = nianbao_extract::decode::decode_html(&body, p.content_type.as_deref());
    let order = url::Url::parse(&p.final_url)
        .map(|u| nianbao_discover::images::page_images(&text, &u))
        .unwrap_or_default();
    let bodies: Vec<&[u8]> = order
        .iter()
        .filter_map(|u| {
            let key = nianbao_discover::canon::canonical_key(u);
            images
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, b)| b.as_slice())
        })
        .collect();
    if bodies.is_empty() {
        return extract_one_with(p, raw, limits);
    }
    let input = CaptureInput {
        url: &p.final_url,
        content_type: p.content_type.as_deref(),
        body: &body,
        anchor: p.anchor.as_deref(),
    };
    let out = std::panic::catch_unwind(|| {
        let mut x = nianbao_extract::extract_page_images(&input, &bodies, limits);
        if bodies.len() < order.len() {
            x.notes.push(format!(
                "page images: {} of {} archived",
                bodies.len(),
                order.len()
            ));
        }
        x
    });
    match out {
        Ok(x) => to_row(p.id, &x),
        Err(_) => extract_one_with(p, raw, limits),
    }
}

/// Finished rows wait at most this long for their transaction.
const COMMIT_EVERY: Duration = Duration::from_secs(2);

/// Extract `inputs` on at most one thread per core (each runs its external tools
/// one at a time, Tesseract single-threaded), handing finished rows to `commit`
/// as they come. Threads take the next capture when they are free, so one long
/// OCR document holds up one thread, not a share of the chunk.
fn extract_parallel(
    inputs: &[Capture],
    limits: &Limits,
    mut commit: impl FnMut(&[ExtractionRow]) -> Result<()>,
) -> Result<()> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(inputs.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<ExtractionRow>();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(c) = inputs.get(i) else { break };
                let row = if c.images.is_empty() {
                    extract_one_with(&c.p, &c.body, limits)
                } else {
                    extract_page_of_images(&c.p, &c.body, &c.images, limits)
                };
                if tx.send(row).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut done = Vec::new();
        let mut since = Instant::now();
        loop {
            let open = match rx.recv_timeout(COMMIT_EVERY) {
                Ok(row) => {
                    done.push(row);
                    true
                }
                Err(mpsc::RecvTimeoutError::Timeout) => true,
                Err(mpsc::RecvTimeoutError::Disconnected) => false,
            };
            if !done.is_empty() && (!open || since.elapsed() >= COMMIT_EVERY) {
                if let Err(e) = commit(&done) {
                    // Workers finish the document in hand and take no other.
                    next.store(usize::MAX / 2, Ordering::Relaxed);
                    return Err(e);
                }
                done.clear();
                since = Instant::now();
            }
            if !open {
                return Ok(());
            }
        }
    })
}

/// Extract one archived capture with the default limits (pure: same capture, same row).
pub fn extract_one(p: &PendingCapture, raw: &[u8]) -> ExtractionRow {
    extract_one_with(p, raw, &Limits::default())
}

/// Extract one archived capture within `limits`.
pub fn extract_one_with(p: &PendingCapture, raw: &[u8], limits: &Limits) -> ExtractionRow {
    let body = decode_archived(
        p.content_encoding.as_deref(),
        raw,
        p.decoded_bytes,
        MAX_DECODED,
    );
    let input = CaptureInput {
        url: &p.final_url,
        content_type: p.content_type.as_deref(),
        body: &body,
        anchor: p.anchor.as_deref(),
    };
    // The extractor promises not to panic; a bug must still not take the archive pass down.
    let out = std::panic::catch_unwind(|| nianbao_extract::extract_with(&input, limits));
    match out {
        Ok(x) => to_row(p.id, &x),
        Err(_) => ExtractionRow {
            capture_id: p.id,
            extractor_version: EXTRACTOR_VERSION as i64,
            text_status: "error".into(),
            consistency_issues: Some("[]".into()),
            approximate: Some("[]".into()),
            notes: "[\"extractor panicked on this capture\"]".into(),
            output_sha: "panic".into(),
            ..Default::default()
        },
    }
}

fn to_row(capture_id: i64, x: &Extraction) -> ExtractionRow {
    let f = &x.fields;
    let json = |v: &Vec<String>| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    let output_sha = hex::encode(Sha256::digest(serde_json::to_vec(x).unwrap_or_default()));
    ExtractionRow {
        capture_id,
        extractor_version: EXTRACTOR_VERSION as i64,
        text_status: x.text_status.as_str().to_string(),
        title: f.title.clone(),
        doc_type: Some(f.doc_type.as_str().to_string()),
        agency: f.agency.clone(),
        province: f.province.clone(),
        admin_level: f.admin_level.as_ref().map(|v| v.as_str().to_string()),
        report_year: f.report_year,
        published_date: f.published_date.clone(),
        published_date_source: f.published_date_source.clone(),
        format: f.format.as_ref().map(|v| v.as_str().to_string()),
        script: f.script.as_ref().map(|v| v.as_str().to_string()),
        repost: f.repost,
        proactive_total: f.proactive_total,
        requests_received: f.requests_received,
        requests_granted: f.requests_granted,
        reconsiderations: f.reconsiderations,
        lawsuits: f.lawsuits,
        consistency: Some(f.consistency.as_str().to_string()),
        consistency_issues: Some(json(&f.consistency_issues)),
        approximate: Some(json(&f.approximate)),
        notes: json(&x.notes),
        output_sha,
        doc_type_reason: f.doc_type_reason.clone(),
        report_year_source: f.report_year_source.clone(),
        text_source: x.text_source.map(|s| s.as_str().to_string()),
        // Through the f32's shortest decimal form, so 87.3 is stored as 87.3 and
        // not as 87.30000305175781.
        ocr_confidence: x
            .ocr_confidence
            .and_then(|c| c.to_string().parse::<f64>().ok())
            .filter(|c| c.is_finite()),
        needs_tool: x.needs_tool.clone(),
        text: (!x.text.is_empty()).then(|| x.text.clone()),
        cells: x
            .cells
            .iter()
            .map(|c| {
                (
                    c.table.clone(),
                    c.row.clone(),
                    c.column.clone(),
                    c.value.clone(),
                )
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capture(id: i64) -> Capture {
        let p = PendingCapture {
            id,
            final_url: format!("http://a.gov.cn/{id}.html"),
            content_type: Some("text/html; charset=utf-8".into()),
            content_encoding: None,
            sha256: String::new(),
            decoded_bytes: None,
            anchor: None,
        };
        Capture {
            p,
            body: b"<html><body><p>2020\xe5\xb9\xb4</p></body></html>".to_vec(),
            images: Vec::new(),
        }
    }

    #[test]
    fn a_new_extractor_version_reports_the_rows_whose_fields_changed() {
        use crate::store::testing::ArchiveBuilder;
        use crate::store::CaptureRecord;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.sqlite");
        let mut b = ArchiveBuilder::create(&path).unwrap();
        let site = b
            .site(
                "sthjj.huaihua.gov.cn",
                "怀化市生态环境局",
                "湖南省",
                "prefectural",
            )
            .unwrap();
        let run_id = b
            .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
            .unwrap();
        let mut ids = Vec::new();
        for (i, title) in [
            "怀化市生态环境局2020年政府信息公开工作年度报告",
            "怀化市生态环境局2021年政府信息公开工作年度报告",
            "怀化市生态环境局2022年政务公开工作要点",
        ]
        .into_iter()
        .enumerate()
        {
            let url = format!("http://sthjj.huaihua.gov.cn/xxgk/{i}.html");
            let html = format!(
                "<html><head><meta charset=utf-8><title>{title}</title></head><body><h1>{title}</h1>\
                 <p>全年主动公开政府信息120条，收到政府信息公开申请3件。</p></body></html>"
            );
            let rec = CaptureRecord {
                requested_url: url.clone(),
                final_url: url,
                status: 200,
                content_type: Some("text/html; charset=utf-8".into()),
                fetched_at: "2024-01-01T00:00:01Z".into(),
                ..Default::default()
            };
            ids.push(b.capture(run_id, site, rec, Some(html.as_bytes())).unwrap());
        }
        let mut store = b.finish();
        let first = run(&mut store, false).unwrap();
        assert_eq!((first.new, first.changed, first.same), (3, 0, 0));

        // The archive as the previous extractor left it: every row one version
        // older, one of them with another doc type and no count, one capture never
        // extracted.
        let old = EXTRACTOR_VERSION as i64 - 1;
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute("UPDATE extractions SET extractor_version = ?1", [old])
            .unwrap();
        c.execute("UPDATE cells SET extractor_version = ?1", [old])
            .unwrap();
        c.execute(
            "UPDATE extractions SET doc_type = 'other', proactive_total = NULL WHERE capture_id = ?1",
            [ids[0]],
        )
        .unwrap();
        c.execute("DELETE FROM extractions WHERE capture_id = ?1", [ids[2]])
            .unwrap();
        drop(c);

        let again = run(&mut store, false).unwrap();
        assert_eq!(
            again.examined, 3,
            "a newer version re-extracts every capture"
        );
        assert_eq!((again.changed, again.same, again.new), (1, 1, 1));
        assert_eq!(
            again.changed_fields,
            [
                ("doc_type".to_string(), 1),
                ("proactive_total".to_string(), 1)
            ]
            .into_iter()
            .collect()
        );
        let line = again.to_string();
        assert!(
            line.contains("against each capture's previous row: 1 changed (doc_type 1, proactive_total 1), 1 same, 1 new"),
            "{line}"
        );
        // Run again over everything: each row is compared with its own
        // version's, and nothing changed.
        let all = run(&mut store, true).unwrap();
        assert_eq!((all.changed, all.same, all.new), (0, 3, 0));
    }

    #[test]
    fn every_capture_is_committed_once_and_an_error_stops_the_pass() {
        let inputs: Vec<_> = (1..=20).map(capture).collect();
        let mut seen = Vec::new();
        extract_parallel(&inputs, &Limits::default(), |rows| {
            seen.extend(rows.iter().map(|r| r.capture_id));
            Ok(())
        })
        .unwrap();
        seen.sort();
        assert_eq!(seen, (1..=20).collect::<Vec<_>>());

        let mut calls = 0;
        let e = extract_parallel(&inputs, &Limits::default(), |_| {
            calls += 1;
            Err(crate::Error::Fatal("disk full".into()))
        })
        .unwrap_err();
        assert!(e.to_string().contains("disk full"), "{e}");
        assert_eq!(calls, 1, "no commit after a failed one");
    }

    #[test]
    fn html_rows_say_where_their_text_came_from() {
        let Capture { p, body: b, .. } = capture(1);
        let row = extract_one(&p, &b);
        assert_eq!(row.text_source.as_deref(), Some("html"));
        assert_eq!(row.needs_tool, None);
        assert_eq!(row.ocr_confidence, None);
    }
}
