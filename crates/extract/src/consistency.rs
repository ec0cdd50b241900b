//! The identities a printed table should satisfy (docs/report-format.md), checked
//! and reported, never repaired.
//!
//! Null handling: a blank/— cell is null, not 0. An identity is checked when
//! its left-hand side is printed and at least one addend is printed; a null
//! addend then counts 0 (a blank among zeros means "none" on every real page we
//! have seen), but an identity with nothing printed on one side is skipped
//! rather than failed, because a missing number is not a contradiction.
//!
//! Issue strings name the identity first so they can be grouped:
//! `requests.total: new+carried_over (1) != total+carried_forward (0) [column total]`.

use crate::tables::keys::{REQUEST_COLUMNS, REQUEST_RESULT_ROWS};
use crate::Cell;
use std::collections::HashMap;

type Lookup<'a> = HashMap<(&'a str, &'a str, &'a str), Option<f64>>;

fn lookup(cells: &[Cell]) -> Lookup<'_> {
    cells
        .iter()
        .map(|c| {
            (
                (c.table.as_str(), c.row.as_str(), c.column.as_str()),
                c.value.as_deref().and_then(crate::numerals::cell_to_f64),
            )
        })
        .collect()
}

fn fmt(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Sum of printed values; None when none of them is printed.
fn sum(vals: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let mut any = false;
    let mut s = 0.0;
    for v in vals.flatten() {
        any = true;
        s += v;
    }
    any.then_some(s)
}

fn neq(a: f64, b: f64) -> bool {
    (a - b).abs() > 1e-6
}

/// Check every identity over the extracted cells. Returns (checked_any, issues).
pub fn check(cells: &[Cell]) -> (bool, Vec<String>) {
    let m = lookup(cells);
    let get = |t: &str, r: &str, c: &str| -> Option<f64> { m.get(&(t, r, c)).copied().flatten() };
    let present = |t: &str, r: &str, c: &str| m.contains_key(&(t, r, c));
    let mut checked = false;
    let mut issues = Vec::new();

    // requests, per column: new + carried_over = total + carried_forward
    for col in REQUEST_COLUMNS {
        let lhs = sum([
            get("requests", "new", col),
            get("requests", "carried_over", col),
        ]
        .into_iter());
        let rhs = sum([
            get("requests", "total", col),
            get("requests", "carried_forward", col),
        ]
        .into_iter());
        if let (Some(l), Some(r)) = (lhs, rhs) {
            checked = true;
            if neq(l, r) {
                issues.push(format!(
                    "requests.total: new+carried_over ({}) != total+carried_forward ({}) [column {col}]",
                    fmt(l),
                    fmt(r)
                ));
            }
        }
    }
    // requests, per column: total = sum of the result rows
    for col in REQUEST_COLUMNS {
        let total = get("requests", "total", col);
        let results = sum(REQUEST_RESULT_ROWS.iter().map(|r| get("requests", r, col)));
        if let (Some(t), Some(s)) = (total, results) {
            checked = true;
            if neq(t, s) {
                issues.push(format!(
                    "requests.results: total ({}) != sum of result rows ({}) [column {col}]",
                    fmt(t),
                    fmt(s)
                ));
            }
        }
    }
    // requests, per row: total column = sum of the six applicant columns
    let mut rows: Vec<&str> = cells
        .iter()
        .filter(|c| c.table == "requests")
        .map(|c| c.row.as_str())
        .collect();
    rows.dedup();
    let mut seen = std::collections::HashSet::new();
    for row in rows {
        if !seen.insert(row) {
            continue;
        }
        let total = get("requests", row, "total");
        let parts = sum(REQUEST_COLUMNS[..6].iter().map(|c| get("requests", row, c)));
        if let (Some(t), Some(s)) = (total, parts) {
            checked = true;
            if neq(t, s) {
                issues.push(format!(
                    "requests.columns: total column ({}) != sum of applicant columns ({}) [row {row}]",
                    fmt(t),
                    fmt(s)
                ));
            }
        }
    }
    // review: each _total = sum of its four
    for prefix in ["reconsideration", "direct_suit", "after_review_suit"] {
        let tc = format!("{prefix}_total");
        if !present("review", "count", &tc) {
            continue;
        }
        let total = get("review", "count", &tc);
        let parts = sum(["upheld", "corrected", "other", "pending"]
            .iter()
            .map(|s| get("review", "count", &format!("{prefix}_{s}"))));
        if let (Some(t), Some(s)) = (total, parts) {
            checked = true;
            if neq(t, s) {
                issues.push(format!(
                    "review.{prefix}_total: upheld+corrected+other+pending ({}) != total ({})",
                    fmt(s),
                    fmt(t)
                ));
            }
        }
    }
    (checked, issues)
}
