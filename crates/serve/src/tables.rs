//! The three statutory tables rebuilt from extracted cells (docs/report-format.md,
//! "Canonical cell keys"), with the cells a failed identity involves marked, and
//! the cells that differ between two captures of the same URL.
//!
//! Which cells an identity involves is read back from the consistency issue the
//! extractor wrote (`requests.total: … [column business]`, `requests.results: …`,
//! `requests.columns: … [row granted]`, `review.reconsideration_total: …`): a pure
//! function, tested below, so the marks follow the extractor's own verdict rather
//! than a second implementation of the arithmetic.

use std::collections::{BTreeMap, BTreeSet};

use maud::{html, Markup};
use nianbao_extract::tables::keys::{REQUEST_COLUMNS, REQUEST_RESULT_ROWS};
use nianbao_store::CellRow;

/// (table, row, column).
pub type Key = (String, String, String);

const REQUEST_ROW_LABELS: &[(&str, &str)] = &[
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "三、(一)予以公开"),
    ("partial", "(二)部分公开"),
    ("denied_state_secret", "(三)不予公开 1.属于国家秘密"),
    ("denied_law", "2.其他法律行政法规禁止公开"),
    ("denied_safety", "3.危及“三安全一稳定”"),
    ("denied_third_party", "4.保护第三方合法权益"),
    ("denied_internal", "5.属于三类内部事务信息"),
    ("denied_process", "6.属于四类过程性信息"),
    ("denied_case_file", "7.属于行政执法案卷"),
    ("denied_query", "8.属于行政查询事项"),
    ("unable_not_held", "(四)无法提供 1.本机关不掌握相关政府信息"),
    ("unable_needs_creation", "2.没有现成信息需要另行制作"),
    ("unable_unclear", "3.补正后申请内容仍不明确"),
    ("rejected_complaint", "(五)不予处理 1.信访举报投诉类申请"),
    ("rejected_repeat", "2.重复申请"),
    ("rejected_publication", "3.要求提供公开出版物"),
    ("rejected_excessive", "4.无正当理由大量反复申请"),
    ("rejected_confirm", "5.要求行政机关确认或重新出具已获取信息"),
    ("other", "(六)其他处理"),
    ("other_no_correction", "(六)其他处理 1.逾期不补正"),
    ("other_unpaid_fee", "2.逾期未缴纳费用"),
    ("other_other", "3.其他"),
    ("total", "(七)总计"),
    ("carried_forward", "四、结转下年度继续办理"),
];

const REQUEST_COLUMN_LABELS: [&str; 7] = [
    "自然人",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
];

const REVIEW_GROUPS: &[(&str, &str)] = &[
    ("reconsideration", "行政复议"),
    ("direct_suit", "行政诉讼 · 未经复议直接起诉"),
    ("after_review_suit", "行政诉讼 · 复议后起诉"),
];
const REVIEW_PARTS: &[(&str, &str)] = &[
    ("upheld", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
];

const PROACTIVE_ROWS: &[(&str, &str)] = &[
    ("rules", "规章"),
    ("normative_docs", "规范性文件"),
    ("licensing", "行政许可"),
    ("other_services", "其他对外管理服务事项"),
    ("penalty", "行政处罚"),
    ("coercion", "行政强制"),
    ("fees", "行政事业性收费"),
    ("procurement", "政府集中采购"),
];
const PROACTIVE_COLUMNS: &[(&str, &str)] = &[
    ("made", "本年制作/制发"),
    ("published", "本年新公开"),
    ("repealed", "本年废止"),
    ("in_force", "对外公开总数/现行有效"),
    ("prev_items", "上一年项目数量"),
    ("change", "本年增/减"),
    ("decisions", "处理决定数量"),
    ("items", "采购项目数量"),
    ("amount_10k_yuan", "金额(万元)"),
];

/// Cells a consistency issue involves: a table, and rows and columns (`None`: all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Involved {
    pub table: &'static str,
    pub rows: Option<Vec<String>>,
    pub columns: Option<Vec<String>>,
}

impl Involved {
    fn covers(&self, t: &str, r: &str, c: &str) -> bool {
        self.table == t
            && self
                .rows
                .as_ref()
                .is_none_or(|rs| rs.iter().any(|x| x == r))
            && self
                .columns
                .as_ref()
                .is_none_or(|cs| cs.iter().any(|x| x == c))
    }
}

fn bracketed<'a>(issue: &'a str, what: &str) -> Option<&'a str> {
    let start = issue.find(&format!("[{what} "))? + what.len() + 2;
    let end = start + issue[start..].find(']')?;
    Some(&issue[start..end])
}

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The cells one issue of the extractor names, or `None` when it names no identity
/// this page knows (it is still listed in words).
pub fn involved(issue: &str) -> Option<Involved> {
    let column = bracketed(issue, "column").map(|c| vec![c.to_string()]);
    if let Some(rest) = issue.strip_prefix("review.") {
        let prefix = rest.split(['_', ':']).next().unwrap_or("");
        let group = REVIEW_GROUPS
            .iter()
            .map(|(g, _)| *g)
            .filter(|g| rest.starts_with(&format!("{g}_total")))
            .max_by_key(|g| g.len())
            .unwrap_or(prefix);
        let cols = REVIEW_PARTS
            .iter()
            .map(|(p, _)| format!("{group}_{p}"))
            .collect();
        return Some(Involved {
            table: "review",
            rows: None,
            columns: Some(cols),
        });
    }
    if issue.starts_with("requests.results") || issue.contains("sum of result") {
        let mut rows = owned(&REQUEST_RESULT_ROWS);
        rows.push("total".into());
        return Some(Involved {
            table: "requests",
            rows: Some(rows),
            columns: column,
        });
    }
    if issue.starts_with("requests.columns") {
        return Some(Involved {
            table: "requests",
            rows: bracketed(issue, "row").map(|r| vec![r.to_string()]),
            columns: None,
        });
    }
    if issue.starts_with("requests.total") {
        return Some(Involved {
            table: "requests",
            rows: Some(owned(&["new", "carried_over", "total", "carried_forward"])),
            columns: column,
        });
    }
    None
}

/// The cells of a table in an index, by (row, column).
struct Grid<'a> {
    cells: BTreeMap<(&'a str, &'a str), Option<&'a str>>,
}

impl<'a> Grid<'a> {
    fn of(cells: &'a [CellRow], table: &str) -> Grid<'a> {
        Grid {
            cells: cells
                .iter()
                .filter(|c| c.table == table)
                .map(|c| ((c.row.as_str(), c.column.as_str()), c.value.as_deref()))
                .collect(),
        }
    }
    fn rows(&self) -> BTreeSet<&'a str> {
        self.cells.keys().map(|(r, _)| *r).collect()
    }
    fn columns(&self) -> BTreeSet<&'a str> {
        self.cells.keys().map(|(_, c)| *c).collect()
    }
}

/// What to mark on the tables.
pub struct Marks<'a> {
    pub failed: &'a [Involved],
    /// Cells whose value differs in another capture of the same URL.
    pub changed: &'a BTreeSet<Key>,
}

fn cell(grid: &Grid<'_>, marks: &Marks<'_>, t: &str, r: &str, c: &str) -> Markup {
    let present = grid.cells.get(&(r, c));
    let failed = present.is_some() && marks.failed.iter().any(|i| i.covers(t, r, c));
    let changed = marks
        .changed
        .contains(&(t.to_string(), r.to_string(), c.to_string()));
    let class = match (present, failed, changed) {
        (_, true, _) => "n failed",
        (_, _, true) => "n changed",
        (Some(Some(_)), _, _) => "n",
        _ => "n null",
    };
    let key = format!("{t}/{r}/{c}");
    html! {
        td class=(class) data-cell=(key) title=(key) {
            @match present {
                Some(Some(v)) => (v),
                Some(None) => "—",
                None => "",
            }
        }
    }
}

/// Rows in their statutory order, then any others the extractor produced.
fn ordered<'a>(
    known: &[(&'a str, &'a str)],
    present: &BTreeSet<&'a str>,
) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = known
        .iter()
        .filter(|(k, _)| present.contains(k))
        .copied()
        .collect();
    for p in present {
        if !known.iter().any(|(k, _)| k == p) {
            out.push((p, p));
        }
    }
    out
}

/// The three tables (those with any cell), marked.
pub fn render(cells: &[CellRow], marks: &Marks<'_>) -> Markup {
    let req = Grid::of(cells, "requests");
    let rev = Grid::of(cells, "review");
    let pro = Grid::of(cells, "proactive");
    html! {
        @if !req.cells.is_empty() {
            h3 { "收到和处理政府信息公开申请情况 " span.mute { "requests" } }
            div.gridwrap { table.data {
                thead { tr { th { "" } @for l in REQUEST_COLUMN_LABELS { th { (l) } } } }
                tbody {
                    @for (row, label) in ordered(REQUEST_ROW_LABELS, &req.rows()) {
                        tr { th title=(row) { (label) }
                            @for col in REQUEST_COLUMNS { (cell(&req, marks, "requests", row, col)) }
                        }
                    }
                }
            } }
        }
        @if !rev.cells.is_empty() {
            h3 { "政府信息公开行政复议、行政诉讼情况 " span.mute { "review" } }
            div.gridwrap { table.data {
                thead { tr { th { "" } @for (_, l) in REVIEW_PARTS { th { (l) } } } }
                tbody {
                    @for (g, label) in REVIEW_GROUPS {
                        tr { th { (label) }
                            @for (p, _) in REVIEW_PARTS { (cell(&rev, marks, "review", "count", &format!("{g}_{p}"))) }
                        }
                    }
                }
            } }
        }
        @if !pro.cells.is_empty() {
            @let cols = ordered(PROACTIVE_COLUMNS, &pro.columns());
            h3 { "主动公开政府信息情况 " span.mute { "proactive" } }
            div.gridwrap { table.data {
                thead { tr { th { "" } @for (_, l) in &cols { th { (l) } } } }
                tbody {
                    @for (row, label) in ordered(PROACTIVE_ROWS, &pro.rows()) {
                        tr { th title=(row) { (label) }
                            @for (c, _) in &cols { (cell(&pro, marks, "proactive", row, c)) }
                        }
                    }
                }
            } }
        }
    }
}

/// Cells whose printed value differs between two extractions (one side missing counts).
pub fn changed_cells(a: &[CellRow], b: &[CellRow]) -> Vec<(Key, Option<String>, Option<String>)> {
    let index = |cells: &[CellRow]| -> BTreeMap<Key, Option<String>> {
        cells
            .iter()
            .map(|c| {
                (
                    (c.table.clone(), c.row.clone(), c.column.clone()),
                    c.value.clone(),
                )
            })
            .collect()
    };
    let (ia, ib) = (index(a), index(b));
    let keys: BTreeSet<&Key> = ia.keys().chain(ib.keys()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let (va, vb) = (ia.get(k).cloned().flatten(), ib.get(k).cloned().flatten());
            (va != vb).then(|| (k.clone(), va, vb))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(t: &str, r: &str, col: &str, v: Option<&str>) -> CellRow {
        CellRow {
            table: t.into(),
            row: r.into(),
            column: col.into(),
            value: v.map(str::to_string),
            ..Default::default()
        }
    }

    #[test]
    fn issues_name_their_cells() {
        let i = involved(
            "requests.total: new+carried_over (1) != total+carried_forward (0) [column total]",
        )
        .unwrap();
        assert!(
            i.covers("requests", "new", "total")
                && i.covers("requests", "carried_forward", "total")
        );
        assert!(
            !i.covers("requests", "granted", "total") && !i.covers("requests", "new", "business")
        );
        let i = involved("requests.results: total (0) != sum of result rows (1) [column total]")
            .unwrap();
        assert!(i.covers("requests", "granted", "total") && i.covers("requests", "total", "total"));
        assert!(!i.covers("requests", "new", "total"));
        let i = involved(
            "requests.columns: total column (2) != sum of applicant columns (1) [row granted]",
        )
        .unwrap();
        assert!(
            i.covers("requests", "granted", "business") && !i.covers("requests", "new", "business")
        );
        let i =
            involved("review.direct_suit_total: upheld+corrected+other+pending (2) != total (1)")
                .unwrap();
        assert!(i.covers("review", "count", "direct_suit_pending"));
        assert!(!i.covers("review", "count", "reconsideration_total"));
        let i = involved("review.after_review_suit_total: x").unwrap();
        assert!(i.covers("review", "count", "after_review_suit_total"));
        // The older wording, without a column: every column of the rows involved.
        let i = involved("requests.total: new + carried_over = total + carried_forward").unwrap();
        assert!(i.covers("requests", "new", "business"));
        assert_eq!(involved("prose: 818 != 819"), None);
    }

    #[test]
    fn failed_cells_are_marked_and_changes_found() {
        let cells = vec![
            c("requests", "new", "total", Some("1")),
            c("requests", "granted", "total", Some("1")),
            c("requests", "total", "total", Some("0")),
        ];
        let failed =
            vec![
                involved("requests.results: total (0) != sum of result rows (1) [column total]")
                    .unwrap(),
            ];
        let changed = BTreeSet::new();
        let html = render(
            &cells,
            &Marks {
                failed: &failed,
                changed: &changed,
            },
        )
        .into_string();
        assert!(
            html.contains("class=\"n failed\" data-cell=\"requests/total/total\""),
            "{html}"
        );
        assert!(
            html.contains("class=\"n\" data-cell=\"requests/new/total\""),
            "{html}"
        );
        let newer = vec![
            c("requests", "new", "total", Some("2")),
            c("requests", "granted", "total", Some("1")),
        ];
        let d = changed_cells(&cells, &newer);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].0 .1, "new");
        assert_eq!(
            (d[0].1.as_deref(), d[0].2.as_deref()),
            (Some("1"), Some("2"))
        );
        assert_eq!((d[1].1.as_deref(), d[1].2.as_deref()), (Some("0"), None));
    }
}
