//! What a run did: the one-screen summary printed at the end of every run and
//! stored with the run (`runs.summary_json`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use serde::Serialize;

use crate::store::{FailureKind, Mode, RunKind};

#[derive(Debug, Clone, Serialize)]
pub struct SiteSummary {
    pub host: String,
    /// The path prefix a column site stays under; absent for a whole-host site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub name: String,
    pub mode: Mode,
    pub requests: u64,
    pub bodies: u64,
    pub not_modified: u64,
    pub unchanged: u64,
    pub new_captures: u64,
    pub reports: u64,
    pub reports_by_year: BTreeMap<String, u64>,
    pub attachments: u64,
    pub errors: BTreeMap<FailureKind, u64>,
    pub slowdowns: u32,
    pub notes: Vec<String>,
}

impl SiteSummary {
    pub fn new(host: &str, name: &str, mode: Mode) -> SiteSummary {
        SiteSummary {
            host: host.into(),
            scope: None,
            name: name.into(),
            mode,
            requests: 0,
            bodies: 0,
            not_modified: 0,
            unchanged: 0,
            new_captures: 0,
            reports: 0,
            reports_by_year: BTreeMap::new(),
            attachments: 0,
            errors: BTreeMap::new(),
            slowdowns: 0,
            notes: Vec::new(),
        }
    }

    /// The host, or host and column (`www.x.gov.cn/sthjj/`).
    pub fn label(&self) -> String {
        format!("{}{}", self.host, self.scope.as_deref().unwrap_or(""))
    }

    pub fn error(&mut self, kind: FailureKind) {
        *self.errors.entry(kind).or_default() += 1;
    }

    pub fn note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// A new report was found: count it under its year (the total is the crawl's counter).
    pub fn report_year(&mut self, year: Option<i32>) {
        let key = year
            .map(|y| y.to_string())
            .unwrap_or_else(|| "unknown".into());
        *self.reports_by_year.entry(key).or_default() += 1;
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub run_id: i64,
    pub kind: RunKind,
    pub resumed: bool,
    pub elapsed_secs: f64,
    pub sites: Vec<SiteSummary>,
}

impl RunSummary {
    pub fn new(
        run_id: i64,
        kind: RunKind,
        resumed: bool,
        elapsed: Duration,
        sites: Vec<SiteSummary>,
    ) -> RunSummary {
        RunSummary {
            run_id,
            kind,
            resumed,
            elapsed_secs: elapsed.as_secs_f64(),
            sites,
        }
    }

    pub fn total(&self, f: impl Fn(&SiteSummary) -> u64) -> u64 {
        self.sites.iter().map(f).sum()
    }

    pub fn errors(&self) -> BTreeMap<FailureKind, u64> {
        let mut m = BTreeMap::new();
        for s in &self.sites {
            for (k, v) in &s.errors {
                *m.entry(*k).or_default() += v;
            }
        }
        m
    }

    /// The end-of-run summary a person reads.
    pub fn render(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "{} run {}{} finished in {:.1}s",
            self.kind,
            self.run_id,
            if self.resumed { " (resumed)" } else { "" },
            self.elapsed_secs
        );
        let _ = writeln!(
            o,
            "{:<34} {:>8} {:>8} {:>6} {:>6} {:>8} {:>8}  errors",
            "site", "mode", "requests", "bodies", "304", "new", "reports"
        );
        for s in &self.sites {
            let errs = s
                .errors
                .iter()
                .map(|(k, v)| format!("{k}:{v}"))
                .collect::<Vec<_>>()
                .join(" ");
            let _ = writeln!(
                o,
                "{:<34} {:>8} {:>8} {:>6} {:>6} {:>8} {:>8}  {}",
                truncate(&s.label(), 34),
                s.mode,
                s.requests,
                s.bodies,
                s.not_modified,
                s.new_captures,
                s.reports,
                errs
            );
        }
        let errs = self.errors();
        let _ = writeln!(
            o,
            "total: {} sites, {} requests, {} bodies fetched, {} not modified (304), {} new captures, {} reports found, {} attachments",
            self.sites.len(),
            self.total(|s| s.requests),
            self.total(|s| s.bodies),
            self.total(|s| s.not_modified),
            self.total(|s| s.new_captures),
            self.total(|s| s.reports),
            self.total(|s| s.attachments),
        );
        let _ = writeln!(
            o,
            "errors: {}",
            if errs.is_empty() {
                "none".to_string()
            } else {
                errs.iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        for s in &self.sites {
            for n in &s.notes {
                let _ = writeln!(o, "note: {}: {n}", s.label());
            }
        }
        o
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_print_and_serialise_as_strings() {
        let mut s = SiteSummary::new("sthjt.example.gov.cn", "厅", Mode::Nightly);
        s.requests = 3;
        for k in [
            FailureKind::Waf,
            FailureKind::Http,
            FailureKind::RateLimited,
        ] {
            s.error(k);
        }
        s.error(FailureKind::Http);
        s.report_year(Some(2019));
        s.report_year(None);
        let r = RunSummary::new(4, RunKind::Backfill, false, Duration::from_secs(2), vec![s]);
        let text = r.render();
        assert!(
            text.starts_with("backfill run 4 finished in 2.0s\n"),
            "{text}"
        );
        assert!(
            text.contains(
                " nightly        3      0      0        0        0  http:2 rate_limited:1 waf:1\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("errors: http 2, rate_limited 1, waf 1\n"),
            "{text}"
        );
        let json: serde_json::Value = serde_json::to_value(&r).unwrap();
        assert_eq!(json["kind"], "backfill");
        assert_eq!(json["sites"][0]["mode"], "nightly");
        assert_eq!(
            json["sites"][0]["errors"].to_string(),
            r#"{"http":2,"rate_limited":1,"waf":1}"#
        );
        assert_eq!(
            json["sites"][0]["reports_by_year"].to_string(),
            r#"{"2019":1,"unknown":1}"#
        );
    }
}
