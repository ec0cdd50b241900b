//! `nianbao status`: what the archive holds, as a table a person reads at a glance.

use std::fmt::Write as _;

use crate::error::Result;
use crate::store::{FailureKind, Store};

pub fn render(store: &Store) -> Result<String> {
    let t = store.totals()?;
    let sites = store.site_status()?;
    let runs = store.recent_runs(5)?;
    let mut o = String::new();
    let reports: i64 = sites
        .iter()
        .map(|s| s.reports_by_year.values().sum::<i64>())
        .sum();
    let _ = writeln!(
        o,
        "archive {}: {} sites, {} captures, {} distinct bodies ({:.1} MB as received, {:.1} MB stored), {} report pages, {} failures",
        store.path().display(),
        t.sites,
        t.captures,
        t.bodies,
        t.body_bytes as f64 / 1e6,
        t.stored_bytes as f64 / 1e6,
        reports,
        t.failures
    );
    if runs.is_empty() {
        let _ = writeln!(o, "no runs yet");
    } else {
        let _ = writeln!(o, "\nlast runs:");
        for r in &runs {
            let (req, new) = r
                .summary_json
                .as_deref()
                .and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok())
                .map(|v| {
                    let sum = |k: &str| {
                        v["sites"]
                            .as_array()
                            .map(|a| a.iter().map(|s| s[k].as_u64().unwrap_or(0)).sum::<u64>())
                            .unwrap_or(0)
                    };
                    (sum("requests"), sum("new_captures"))
                })
                .unwrap_or((0, 0));
            let _ =
                writeln!(
                o,
                "  #{:<4} {:<8} {:<9} started {}  finished {}  requests {req}  new captures {new}",
                r.id,
                r.kind,
                if r.status == "running" { "unfinished" } else { &r.status },
                r.started_at,
                r.finished_at.as_deref().unwrap_or("-"),
            );
        }
    }
    let _ = writeln!(
        o,
        "\n{:<34} {:<11} {:>8} {:>7}  {:<20}  failures (last run)",
        "site", "level", "captures", "reports", "last fetch"
    );
    for s in &sites {
        let n: i64 = s.reports_by_year.values().sum();
        let fails = if s.failures_last_run.is_empty() {
            "-".to_string()
        } else {
            s.failures_last_run
                .iter()
                .map(|(k, v)| format!("{}:{v}", label(k)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let _ = writeln!(
            o,
            "{:<34} {:<11} {:>8} {:>7}  {:<20}  {}",
            s.host,
            s.level,
            s.captures,
            n,
            s.last_fetch
                .as_deref()
                .map(|t| &t[..t.len().min(19)])
                .unwrap_or("never"),
            fails
        );
        if !s.reports_by_year.is_empty() {
            let years = s
                .reports_by_year
                .iter()
                .map(|(y, n)| {
                    if *n == 1 {
                        y.clone()
                    } else {
                        format!("{y}×{n}")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let _ = writeln!(o, "{:<34}   reports by year: {years}", "");
        }
    }
    Ok(o)
}

/// The failure classes as the status table names them.
fn label(kind: &str) -> &str {
    match kind.parse::<FailureKind>() {
        Ok(FailureKind::Robots) => "robots-blocked",
        Ok(FailureKind::Waf) => "WAF",
        Ok(FailureKind::RateLimited) => "429",
        Ok(FailureKind::Tls) => "TLS",
        _ => kind,
    }
}
