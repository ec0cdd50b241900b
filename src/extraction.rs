//! The extraction pass over the archive: `nianbao extract`, and after each crawl.
//!
//! Extraction itself is pure (the `nianbao_extract` crate: bytes in, fields out), so
//! it can be re-run over the whole archive whenever it improves. This module only
//! picks the captures, undoes their Content-Encoding, runs the extractor on the
//! available cores and stores the rows, one transaction per chunk: a kill loses at
//! most the chunk in flight, and the next run picks up what is missing.

use std::fmt;

use nianbao_extract::{CaptureInput, Extraction, EXTRACTOR_VERSION};
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
    pub by_doc_type: std::collections::BTreeMap<String, u64>,
    pub by_text_status: std::collections::BTreeMap<String, u64>,
    pub mismatches: u64,
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
            "extraction v{}: {} captures examined, {} written, {} unchanged; doc types: {}; text: {}; consistency mismatches: {}",
            self.version,
            self.examined,
            self.written,
            self.unchanged,
            if self.by_doc_type.is_empty() { "-".into() } else { list(&self.by_doc_type) },
            if self.by_text_status.is_empty() { "-".into() } else { list(&self.by_text_status) },
            self.mismatches
        )
    }
}

/// Extract every capture that needs it (`all`: every capture).
pub fn run(store: &mut Store, all: bool) -> Result<ExtractReport> {
    let version = EXTRACTOR_VERSION as i64;
    let mut report = ExtractReport {
        version: EXTRACTOR_VERSION,
        ..Default::default()
    };
    let mut after = 0;
    loop {
        let pending = store.pending_extractions(version, all, after, CHUNK)?;
        let Some(last) = pending.last() else { break };
        after = last.id;
        let mut inputs = Vec::with_capacity(pending.len());
        for p in pending {
            let body = store.body(&p.sha256)?.unwrap_or_default();
            inputs.push((p, body));
        }
        let rows = extract_parallel(&inputs);
        store.transaction(|store| {
            for row in &rows {
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
                if store.put_extraction(row)? {
                    report.written += 1;
                } else {
                    report.unchanged += 1;
                }
            }
            Ok::<_, crate::Error>(())
        })?;
    }
    Ok(report)
}

fn extract_parallel(inputs: &[(PendingCapture, Vec<u8>)]) -> Vec<ExtractionRow> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(inputs.len().max(1));
    let per = inputs.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = inputs
            .chunks(per)
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|(p, b)| extract_one(p, b))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Extract one archived capture (pure: same capture, same row).
pub fn extract_one(p: &PendingCapture, raw: &[u8]) -> ExtractionRow {
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
    let out = std::panic::catch_unwind(|| nianbao_extract::extract(&input));
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
