//! One test per identity of docs/report-format.md: a consistent table passes, and
//! breaking exactly one identity makes exactly that identity fail.

use nianbao_extract::consistency::check;
use nianbao_extract::tables::keys::{REQUEST_COLUMNS, REVIEW_COLUMNS};
use nianbao_extract::Cell;

fn cell(t: &str, r: &str, c: &str, v: i64) -> Cell {
    Cell {
        table: t.into(),
        row: r.into(),
        column: c.into(),
        value: Some(v.to_string()),
    }
}

/// new 3 (natural_person 2, business 1) + carried_over 1 (natural_person) =
/// total 3 + carried_forward 1; total = granted 2 + partial 1.
fn consistent() -> Vec<Cell> {
    let rows: [(&str, [i64; 6]); 6] = [
        ("new", [2, 1, 0, 0, 0, 0]),
        ("carried_over", [1, 0, 0, 0, 0, 0]),
        ("granted", [1, 1, 0, 0, 0, 0]),
        ("partial", [1, 0, 0, 0, 0, 0]),
        ("total", [2, 1, 0, 0, 0, 0]),
        ("carried_forward", [1, 0, 0, 0, 0, 0]),
    ];
    let mut out = Vec::new();
    for (r, v) in rows {
        for (c, x) in REQUEST_COLUMNS.iter().zip(v.iter()) {
            out.push(cell("requests", r, c, *x));
        }
        out.push(cell("requests", r, "total", v.iter().sum()));
    }
    let review = [1, 0, 1, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];
    for (c, v) in REVIEW_COLUMNS.iter().zip(review) {
        out.push(cell("review", "count", c, v));
    }
    out
}

fn set(cells: &mut [Cell], t: &str, r: &str, c: &str, v: i64) {
    let x = cells
        .iter_mut()
        .find(|x| x.table == t && x.row == r && x.column == c)
        .expect("cell exists");
    x.value = Some(v.to_string());
}

fn only(cells: &[Cell], prefix: &str) {
    let (checked, issues) = check(cells);
    assert!(checked);
    assert!(!issues.is_empty(), "expected a {prefix} issue");
    assert!(issues.iter().all(|i| i.starts_with(prefix)), "{issues:?}");
}

#[test]
fn consistent_table_is_ok() {
    let (checked, issues) = check(&consistent());
    assert!(checked);
    assert!(issues.is_empty(), "{issues:?}");
}

#[test]
fn balance_identity() {
    // carried_forward changes in both the column and the total column; fix the
    // total column so only the balance identity fails.
    let mut c = consistent();
    set(&mut c, "requests", "carried_forward", "business", 1);
    set(&mut c, "requests", "carried_forward", "total", 2);
    let (_, issues) = check(&c);
    assert!(
        issues.iter().all(|i| i.starts_with("requests.total:")),
        "{issues:?}"
    );
    assert!(issues.contains(
        &"requests.total: new+carried_over (1) != total+carried_forward (2) [column business]"
            .to_string()
    ));
}

#[test]
fn results_identity() {
    let mut c = consistent();
    // a result row moves without total moving: total != sum of results
    set(&mut c, "requests", "granted", "research", 1);
    set(&mut c, "requests", "granted", "business", 0);
    set(&mut c, "requests", "granted", "total", 2);
    let (_, issues) = check(&c);
    assert!(
        issues.iter().all(|i| i.starts_with("requests.results:")),
        "{issues:?}"
    );
    assert_eq!(issues.len(), 2, "{issues:?}"); // business and research columns
}

#[test]
fn columns_identity() {
    let mut c = consistent();
    set(&mut c, "requests", "partial", "total", 2);
    set(&mut c, "requests", "total", "total", 4);
    set(&mut c, "requests", "new", "total", 4);
    only(&c, "requests.columns:");
}

#[test]
fn reconsideration_total_identity() {
    let mut c = consistent();
    set(&mut c, "review", "count", "reconsideration_total", 3);
    only(&c, "review.reconsideration_total:");
}

#[test]
fn direct_suit_total_identity() {
    let mut c = consistent();
    set(&mut c, "review", "count", "direct_suit_total", 0);
    only(&c, "review.direct_suit_total:");
}

#[test]
fn after_review_suit_total_identity() {
    let mut c = consistent();
    set(&mut c, "review", "count", "after_review_suit_pending", 2);
    only(&c, "review.after_review_suit_total:");
}

#[test]
fn nothing_printed_is_not_checkable() {
    let c = vec![Cell {
        table: "review".into(),
        row: "count".into(),
        column: "reconsideration_total".into(),
        value: None,
    }];
    let (checked, issues) = check(&c);
    assert!(!checked);
    assert!(issues.is_empty());
}
