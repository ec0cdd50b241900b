//! Labelled-corpus evaluation shared by the tests and the `extract-accuracy`
//! binary, so that the number printed is the number tested.
//!
//! A case is `NAME.json` beside its body file (`NAME.html`, or the file named
//! by `"file"`). The JSON holds `url`, `content_type`, `expected` (a subset of
//! the serialized [`crate::ReportFields`] plus `text_status`/`charset`;
//! `null` means "must be null"), optionally `cells` (`[table,row,column,value]`
//! that must be present), `cells_count` (exact number of cells) and
//! `expected_issues_contain` (prefixes that must appear among the issues).

use crate::{extract, CaptureInput, DocType, Extraction};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub url: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub spec: Value,
}

/// One checked item: (field name, passed, detail).
pub type Check = (String, bool, String);

/// Load all cases in a directory (sorted by name).
pub fn load_dir(dir: &Path) -> Vec<Case> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let Ok(spec) = serde_json::from_str::<Value>(&text) else {
            eprintln!("bad json: {}", p.display());
            continue;
        };
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let body_path = match spec.get("file").and_then(|f| f.as_str()) {
            Some(f) => dir.join(f),
            None => dir.join(format!("{stem}.html")),
        };
        let Ok(body) = std::fs::read(&body_path) else {
            eprintln!("missing body for {}", p.display());
            continue;
        };
        out.push(Case {
            name: stem,
            url: spec
                .get("url")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string(),
            content_type: spec
                .get("content_type")
                .and_then(|v| v.as_str())
                .map(String::from),
            body,
            spec,
        });
    }
    out
}

impl Case {
    pub fn run(&self) -> Extraction {
        extract(&CaptureInput {
            url: &self.url,
            content_type: self.content_type.as_deref(),
            body: &self.body,
            anchor: self.spec.get("anchor").and_then(|v| v.as_str()),
        })
    }

    /// Compare an extraction with the case's expectations.
    pub fn check(&self, ex: &Extraction) -> Vec<Check> {
        let mut out = Vec::new();
        let actual = serde_json::to_value(&ex.fields).unwrap_or(Value::Null);
        if let Some(exp) = self.spec.get("expected").and_then(|v| v.as_object()) {
            for (k, want) in exp {
                let got = match k.as_str() {
                    "text_status" => serde_json::to_value(ex.text_status).unwrap_or(Value::Null),
                    "charset" => ex.charset.clone().map(Value::String).unwrap_or(Value::Null),
                    "text_source" => serde_json::to_value(ex.text_source).unwrap_or(Value::Null),
                    _ => actual.get(k).cloned().unwrap_or(Value::Null),
                };
                out.push((k.clone(), &got == want, format!("want {want}, got {got}")));
            }
        }
        if let Some(cs) = self.spec.get("charset").and_then(|v| v.as_str()) {
            let got = ex.charset.clone().unwrap_or_default();
            out.push(("charset".into(), got == cs, format!("want {cs}, got {got}")));
        }
        if let Some(issues) = self
            .spec
            .get("expected_issues_contain")
            .and_then(|v| v.as_array())
        {
            for i in issues.iter().filter_map(|v| v.as_str()) {
                let ok = ex
                    .fields
                    .consistency_issues
                    .iter()
                    .any(|x| x.starts_with(i));
                out.push((
                    "consistency_issues".into(),
                    ok,
                    format!(
                        "want an issue starting {i}, got {:?}",
                        ex.fields.consistency_issues
                    ),
                ));
            }
        }
        if let Some(cells) = self.spec.get("cells").and_then(|v| v.as_array()) {
            for c in cells {
                let Some(a) = c.as_array() else { continue };
                let s = |i: usize| a.get(i).and_then(|v| v.as_str()).map(String::from);
                let (t, r, col) = (
                    s(0).unwrap_or_default(),
                    s(1).unwrap_or_default(),
                    s(2).unwrap_or_default(),
                );
                let want = s(3);
                let got = ex
                    .cells
                    .iter()
                    .find(|x| x.table == t && x.row == r && x.column == col);
                let ok = got.is_some_and(|g| g.value == want);
                out.push((
                    "cell".into(),
                    ok,
                    format!(
                        "{t}/{r}/{col}: want {want:?}, got {:?}",
                        got.map(|g| &g.value)
                    ),
                ));
            }
        }
        if let Some(n) = self.spec.get("cells_count").and_then(|v| v.as_u64()) {
            out.push((
                "cells_count".into(),
                ex.cells.len() as u64 == n,
                format!("want {n} cells, got {}", ex.cells.len()),
            ));
        }
        out
    }
}

/// Figures for one split of labelled cases (one or more directories).
#[derive(Debug, Clone, Default)]
pub struct SplitScore {
    pub name: String,
    pub cases: usize,
    /// field → (right, labelled)
    pub per_field: BTreeMap<String, (usize, usize)>,
    /// "case: field: detail" for every wrong labelled value
    pub misses: Vec<String>,
    /// (right, labelled) over values whose label is not `null`: a batch that
    /// labels every absent count `null` scores many easy values, so the
    /// figure over stated values is printed beside the overall one.
    pub stated: (usize, usize),
    /// (right, labelled) over the cases labelled `annual_report`, the rows a
    /// researcher's table is made of.
    pub on_reports: (usize, usize),
    /// annual_report as the positive class, over cases labelled with a doc_type
    pub report_tp: usize,
    pub report_fp: usize,
    pub report_fn: usize,
}

impl SplitScore {
    /// Score every case of the given directories; `None` when none exists.
    pub fn run(name: &str, dirs: &[PathBuf]) -> Option<SplitScore> {
        if !dirs.iter().any(|d| d.is_dir()) {
            return None;
        }
        let mut s = SplitScore {
            name: name.to_string(),
            ..Default::default()
        };
        for d in dirs {
            for case in load_dir(d) {
                let ex = case.run();
                s.add(&case, &ex);
            }
        }
        Some(s)
    }

    /// Count one case's checks and its doc_type verdict.
    pub fn add(&mut self, case: &Case, ex: &Extraction) {
        self.cases += 1;
        let expected = case.spec.get("expected");
        let want = expected
            .and_then(|e| e.get("doc_type"))
            .and_then(|v| v.as_str());
        let labelled_report = want == Some(DocType::AnnualReport.as_str());
        for (field, ok, detail) in case.check(ex) {
            let tally = |t: &mut (usize, usize)| {
                t.1 += 1;
                t.0 += usize::from(ok);
            };
            tally(self.per_field.entry(field.clone()).or_default());
            if !expected
                .and_then(|e| e.get(&field))
                .is_some_and(Value::is_null)
            {
                tally(&mut self.stated);
            }
            if labelled_report {
                tally(&mut self.on_reports);
            }
            if !ok {
                self.misses
                    .push(format!("{}: {field}: {detail}", case.name));
            }
        }
        if let Some(want) = want {
            let want_report = want == DocType::AnnualReport.as_str();
            let got_report = ex.fields.doc_type == DocType::AnnualReport;
            match (want_report, got_report) {
                (true, true) => self.report_tp += 1,
                (false, true) => self.report_fp += 1,
                (true, false) => self.report_fn += 1,
                (false, false) => {}
            }
        }
    }

    /// (right, labelled) over all fields.
    pub fn total(&self) -> (usize, usize) {
        self.per_field
            .values()
            .fold((0, 0), |(r, t), (a, b)| (r + a, t + b))
    }

    /// Precision of doc_type = annual_report; None when nothing was called a report.
    pub fn report_precision(&self) -> Option<f64> {
        let n = self.report_tp + self.report_fp;
        (n > 0).then(|| self.report_tp as f64 / n as f64)
    }

    /// Recall of doc_type = annual_report; None when no case is labelled a report.
    pub fn report_recall(&self) -> Option<f64> {
        let n = self.report_tp + self.report_fn;
        (n > 0).then(|| self.report_tp as f64 / n as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_and_report_tallies_split_the_overall_figure() {
        let case = Case {
            name: "t".into(),
            url: "http://127.0.0.1/a.html".into(),
            content_type: Some("text/html".into()),
            body: "<html><head><title>通知</title></head><body><p>会议通知。</p></body></html>"
                .as_bytes()
                .to_vec(),
            spec: serde_json::json!({"expected": {"doc_type": "annual_report", "proactive_total": null}}),
        };
        let mut s = SplitScore::default();
        s.add(&case, &case.run());
        // the notice is not a report (a stated miss); its absent total is a null label, right
        assert_eq!(s.total(), (1, 2));
        assert_eq!(s.stated, (0, 1));
        assert_eq!(s.on_reports, (1, 2));
        assert_eq!((s.report_tp, s.report_fn), (0, 1));
    }
}
