//! Row labels to canonical keys (docs/report-format.md, "Canonical cell keys").
//!
//! Matching works on the *last* label of a row with all whitespace removed,
//! because that is the most specific one ("1.属于国家秘密" under
//! "(三)不予公开"); the numbered sub-items that are not unique by themselves
//! ("3.其他") are resolved with the group heading seen most recently. Column
//! keys come from the number of value cells and the template: requests rows
//! have seven, the review row fifteen, proactive rows 1-3 depending on row and
//! format. A row whose count does not fit is refused (noted), never guessed.

use super::Row;
use crate::{Cell, ReportFormat};

pub const REQUEST_COLUMNS: [&str; 7] = [
    "natural_person",
    "business",
    "research",
    "social_welfare",
    "legal_service",
    "other_org",
    "total",
];

pub const REVIEW_COLUMNS: [&str; 15] = [
    "reconsideration_upheld",
    "reconsideration_corrected",
    "reconsideration_other",
    "reconsideration_pending",
    "reconsideration_total",
    "direct_suit_upheld",
    "direct_suit_corrected",
    "direct_suit_other",
    "direct_suit_pending",
    "direct_suit_total",
    "after_review_suit_upheld",
    "after_review_suit_corrected",
    "after_review_suit_other",
    "after_review_suit_pending",
    "after_review_suit_total",
];

/// Result rows whose sum is `total` (gb2019 uses `other`, gb2021 the three `other_*`).
pub const REQUEST_RESULT_ROWS: [&str; 22] = [
    "granted",
    "partial",
    "denied_state_secret",
    "denied_law",
    "denied_safety",
    "denied_third_party",
    "denied_internal",
    "denied_process",
    "denied_case_file",
    "denied_query",
    "unable_not_held",
    "unable_needs_creation",
    "unable_unclear",
    "rejected_complaint",
    "rejected_repeat",
    "rejected_publication",
    "rejected_excessive",
    "rejected_confirm",
    "other",
    "other_no_correction",
    "other_unpaid_fee",
    "other_other",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    None,
    Denied,
    Unable,
    Rejected,
    Other,
}

fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{3000}')
        })
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '．' => '.',
            '、' if false => '.',
            _ => c,
        })
        .collect()
}

fn group_of(label: &str) -> Option<Group> {
    if label.contains("不予公开") {
        Some(Group::Denied)
    } else if label.contains("无法提供") {
        Some(Group::Unable)
    } else if label.contains("不予处理") && !label.contains("不再处理") {
        Some(Group::Rejected)
    } else if label.contains("其他处理") {
        Some(Group::Other)
    } else {
        None
    }
}

fn request_key(last: &str, group: Group) -> Option<&'static str> {
    let has = |s: &str| last.contains(s);
    Some(if has("逾期不补正") || has("不补正") {
        "other_no_correction"
    } else if has("缴纳费用") || has("收费通知") {
        "other_unpaid_fee"
    } else if has("本年新收") || has("新收政府信息公开申请") {
        "new"
    } else if has("上年结转") {
        "carried_over"
    } else if has("结转下年") || has("继续办理") {
        "carried_forward"
    } else if has("部分公开") {
        "partial"
    } else if has("予以公开") && !has("不予") {
        "granted"
    } else if has("国家秘密") {
        "denied_state_secret"
    } else if has("法律行政法规禁止") || has("法规禁止公开") {
        "denied_law"
    } else if has("三安全一稳定") || has("危及") {
        "denied_safety"
    } else if has("第三方") {
        "denied_third_party"
    } else if has("内部事务") {
        "denied_internal"
    } else if has("过程性") {
        "denied_process"
    } else if has("执法案卷") {
        "denied_case_file"
    } else if has("行政查询") {
        "denied_query"
    } else if has("不掌握") {
        "unable_not_held"
    } else if has("另行制作") || has("现成信息") {
        "unable_needs_creation"
    } else if has("仍不明确") || has("补正后") {
        "unable_unclear"
    } else if has("信访") || has("举报投诉") {
        "rejected_complaint"
    } else if has("重复申请") {
        "rejected_repeat"
    } else if has("公开出版物") {
        "rejected_publication"
    } else if has("大量反复") {
        "rejected_excessive"
    } else if has("重新出具") || has("确认或") {
        "rejected_confirm"
    } else if has("总计") || has("合计") {
        "total"
    } else if has("其他处理") {
        "other"
    } else if group == Group::Other && (last.ends_with("其他") || last.ends_with("其它")) {
        "other_other"
    } else {
        return None;
    })
}

fn proactive_key(last: &str) -> Option<&'static str> {
    let has = |s: &str| last.contains(s);
    Some(if has("规范性文件") {
        "normative_docs"
    } else if has("规章") {
        "rules"
    } else if has("其他对外管理服务") {
        "other_services"
    } else if has("行政许可") {
        "licensing"
    } else if has("行政处罚") {
        "penalty"
    } else if has("行政强制") {
        "coercion"
    } else if has("事业性收费") {
        "fees"
    } else if has("集中采购") || has("政府采购") {
        "procurement"
    } else {
        return None;
    })
}

fn proactive_columns(
    row: &str,
    n: usize,
    format: Option<ReportFormat>,
) -> Option<&'static [&'static str]> {
    let gb2021 = format == Some(ReportFormat::Gb2021);
    Some(match (row, n) {
        ("rules" | "normative_docs", 3) if gb2021 => &["made", "repealed", "in_force"],
        ("rules" | "normative_docs", 3) => &["made", "published", "in_force"],
        ("licensing" | "other_services" | "penalty" | "coercion", 3) => {
            &["prev_items", "change", "decisions"]
        }
        ("licensing" | "penalty" | "coercion", 1) => &["decisions"],
        ("fees", 2) => &["prev_items", "change"],
        ("fees", 1) => &["amount_10k_yuan"],
        ("procurement", 2) => &["items", "amount_10k_yuan"],
        _ => return None,
    })
}

/// The requests rows in the order the national templates print them (gb2019
/// has one `other` row where gb2021 has three).
fn request_order(format: Option<ReportFormat>) -> Vec<&'static str> {
    let mut order = vec!["new", "carried_over"];
    order.extend(
        REQUEST_RESULT_ROWS
            .iter()
            .copied()
            .filter(|k| match format {
                Some(ReportFormat::Gb2021) => *k != "other",
                _ => !k.starts_with("other_"),
            }),
    );
    order.extend(["total", "carried_forward"]);
    order
}

/// What one row is, before its cells are written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Skip,
    Review,
    Request(&'static str),
    Proactive(&'static str),
    /// Seven values whose label matched nothing (an OCR-garbled label).
    UnknownSeven,
}

fn kinds(rows: &[Row]) -> Vec<Kind> {
    let mut group = Group::None;
    rows.iter()
        .map(|r| {
            let labels: Vec<String> = r.labels.iter().map(|l| compact(l)).collect();
            for l in &labels {
                if let Some(g) = group_of(l) {
                    group = g;
                }
            }
            if r.values.is_empty() {
                return Kind::Skip;
            }
            let last = labels.last().cloned().unwrap_or_default();
            let all = labels.join("");
            if r.values.len() >= 15
                && (labels.is_empty()
                    || all.contains("复议")
                    || all.contains("维持")
                    || all.contains("诉讼"))
            {
                return Kind::Review;
            }
            if let Some(key) = request_key(&last, group) {
                if matches!(
                    key,
                    "new" | "carried_over" | "granted" | "partial" | "total" | "carried_forward"
                ) {
                    group = Group::None;
                }
                return Kind::Request(key);
            }
            if let Some(key) = proactive_key(&last) {
                return Kind::Proactive(key);
            }
            if r.values.len() == 7 && r.values.iter().any(|v| v.is_some()) {
                return Kind::UnknownSeven;
            }
            Kind::Skip
        })
        .collect()
}

/// Rows of seven values whose label was not recognised take their key from
/// their place: a run of them between two recognised requests rows is the
/// template rows between those two, when the counts agree exactly (never
/// guessed otherwise). Returns the notes of what was placed.
fn place_unknown(rows: &[Row], kinds: &mut [Kind], format: Option<ReportFormat>) -> Vec<String> {
    let order = request_order(format);
    let pos = |k: &str| order.iter().position(|o| *o == k);
    let mut notes = Vec::new();
    let mut i = 0;
    while i < kinds.len() {
        if kinds[i] != Kind::UnknownSeven {
            i += 1;
            continue;
        }
        let start = i;
        let mut run = Vec::new();
        while i < kinds.len() && matches!(kinds[i], Kind::UnknownSeven | Kind::Skip) {
            if kinds[i] == Kind::UnknownSeven {
                run.push(i);
            }
            i += 1;
        }
        let before = kinds[..start].iter().rev().find_map(|k| match k {
            Kind::Request(key) => Some(*key),
            _ => None,
        });
        let after = match kinds.get(i) {
            Some(Kind::Request(key)) => Some(*key),
            _ => None,
        };
        let (Some(a), Some(b)) = (before.and_then(pos), after.and_then(pos)) else {
            continue;
        };
        if b > a && b - a - 1 == run.len() {
            for (k, &r) in run.iter().enumerate() {
                let key = order[a + 1 + k];
                kinds[r] = Kind::Request(key);
                notes.push(format!(
                    "requests row {key}: label {:?} not recognised; placed by its position",
                    rows[r].labels.last().map(|s| s.as_str()).unwrap_or("")
                ));
            }
        }
    }
    notes
}

/// Headline figures of the statistics table that reports for 2008–2018
/// appended (政府信息公开情况统计表: 指标名称 | 单位 | 数量, one value per row):
/// 主动公开政府信息数, 收到申请数, 同意公开答复数, 行政复议数量, 行政诉讼数量.
/// The statutory tables of 2019 on have no such rows, so the two never mix.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LegacyFigures {
    pub proactive: Option<i64>,
    pub received: Option<i64>,
    pub granted: Option<i64>,
    pub reconsiderations: Option<i64>,
    pub lawsuits: Option<i64>,
}

/// Read [`LegacyFigures`] off rows with exactly one value; the unit cell
/// (条, 件) is a label after the row's name and is skipped.
pub fn legacy_figures(rows: &[Row]) -> LegacyFigures {
    let mut out = LegacyFigures::default();
    for r in rows {
        let [value] = r.values.as_slice() else {
            continue;
        };
        let Some(name) = r
            .labels
            .iter()
            .rev()
            .map(|l| compact(l))
            .find(|l| !matches!(l.as_str(), "条" | "件" | "个" | "项" | "次" | "人次" | ""))
        else {
            continue;
        };
        // "（一）收到申请数", "四、行政复议数量": the name after its numbering
        let name = name.trim_start_matches(|c: char| {
            matches!(c, '(' | ')' | '、' | '.' | '：' | ':')
                || c.is_ascii_digit()
                || "一二三四五六七八九十".contains(c)
        });
        let Some(n) = value.as_deref().and_then(|v| v.parse::<i64>().ok()) else {
            continue;
        };
        let slot = if name.starts_with("主动公开政府信息数")
            || name.starts_with("主动公开政府信息总数")
        {
            &mut out.proactive
        } else if name.starts_with("收到申请数")
            || name.starts_with("收到申请总数")
            || name.starts_with("受理申请数")
        {
            &mut out.received
        } else if name.starts_with("同意公开答复数") || name.starts_with("同意公开数") {
            &mut out.granted
        } else if name.starts_with("行政复议数") {
            &mut out.reconsiderations
        } else if name.starts_with("行政诉讼数") {
            &mut out.lawsuits
        } else {
            continue;
        };
        slot.get_or_insert(n);
    }
    out
}

/// Interpret rows into canonical cells. Returns (cells, notes).
pub fn interpret(rows: &[Row], format: Option<ReportFormat>) -> (Vec<Cell>, Vec<String>) {
    let mut cells: Vec<Cell> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut kinds = kinds(rows);
    let mut notes = place_unknown(rows, &mut kinds, format);
    let mut push =
        |cells: &mut Vec<Cell>, table: &str, row: &str, col: &str, v: &Option<String>| {
            if seen.insert((table.to_string(), row.to_string(), col.to_string())) {
                cells.push(Cell {
                    table: table.to_string(),
                    row: row.to_string(),
                    column: col.to_string(),
                    value: v.clone(),
                });
            }
        };
    for (r, kind) in rows.iter().zip(kinds) {
        match kind {
            Kind::Skip | Kind::UnknownSeven => {}
            Kind::Review => {
                for (c, v) in REVIEW_COLUMNS.iter().zip(r.values.iter()) {
                    push(&mut cells, "review", "count", c, v);
                }
                if r.values.len() > 15 {
                    notes.push(format!(
                        "review row has {} values; first 15 used",
                        r.values.len()
                    ));
                }
            }
            Kind::Request(key) => {
                if r.values.len() == 7 {
                    for (c, v) in REQUEST_COLUMNS.iter().zip(r.values.iter()) {
                        push(&mut cells, "requests", key, c, v);
                    }
                } else if r.values.len() == 1 {
                    // a table printed with its 总计 column only
                    push(&mut cells, "requests", key, "total", &r.values[0]);
                } else {
                    notes.push(format!(
                        "requests row {key}: {} values, expected 7; not read",
                        r.values.len()
                    ));
                }
            }
            Kind::Proactive(key) => match proactive_columns(key, r.values.len(), format) {
                Some(cols) => {
                    for (c, v) in cols.iter().zip(r.values.iter()) {
                        push(&mut cells, "proactive", key, c, v);
                    }
                }
                None => notes.push(format!(
                    "proactive row {key}: {} values do not fit the template; not read",
                    r.values.len()
                )),
            },
        }
    }
    (cells, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(labels: &[&str], values: &[&str]) -> Row {
        Row {
            labels: labels.iter().map(|s| s.to_string()).collect(),
            values: values
                .iter()
                .map(|s| {
                    if s.is_empty() {
                        None
                    } else {
                        Some(s.to_string())
                    }
                })
                .collect(),
        }
    }

    #[test]
    fn gb2021_other_subrows() {
        let rows = vec![
            row(
                &[
                    "(六)其他处理",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                ],
                &["0"; 7],
            ),
            row(
                &["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
                &["0"; 7],
            ),
            row(&["3.其他"], &["1", "0", "0", "0", "0", "0", "1"]),
        ];
        let (cells, _) = interpret(&rows, Some(ReportFormat::Gb2021));
        let rows: std::collections::BTreeSet<_> = cells.iter().map(|c| c.row.as_str()).collect();
        assert!(rows.contains("other_no_correction"));
        assert!(rows.contains("other_unpaid_fee"));
        assert!(rows.contains("other_other"));
    }

    #[test]
    fn garbled_labels_placed_by_position_only_when_counts_agree() {
        let seven = ["0"; 7];
        let rows = vec![
            row(&["1.属于国家秘密"], &seven),
            row(&["人"], &seven),
            row(&["3.危及“三安全一稳定”"], &seven),
            row(&["(四)无法提供", "1.本机关不掌握相关政府信息"], &seven),
            row(&["ra"], &seven),
            row(&["xx"], &seven),
            row(&["3.补正后申请内容仍不明确"], &seven),
        ];
        let (cells, notes) = interpret(&rows, Some(ReportFormat::Gb2021));
        let rows: std::collections::BTreeSet<_> = cells.iter().map(|c| c.row.as_str()).collect();
        assert!(rows.contains("denied_law"), "{rows:?}");
        // two unknown rows where the template has one: neither is placed
        assert!(!rows.contains("unable_needs_creation"), "{rows:?}");
        assert_eq!(notes.len(), 1, "{notes:?}");
    }

    #[test]
    fn legacy_statistics_table() {
        let rows = vec![
            row(&["指标名称", "单位", "数量", "一、主动公开情况"], &[]),
            row(
                &[
                    "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
                    "条",
                ],
                &["356"],
            ),
            row(&["其中：主动公开规范性文件数", "条"], &["2"]),
            row(&["2.政府网站公开政府信息数", "条"], &["350"]),
            row(&["三、依申请公开情况", "（一）收到申请数", "件"], &["5"]),
            row(&["1.当面申请数", "件"], &["1"]),
            row(&["2.同意公开答复数", "件"], &["3"]),
            row(&["3.同意部分公开答复数", "件"], &["1"]),
            row(&["四、行政复议数量", "件"], &["1"]),
            row(&["五、行政诉讼数量", "件"], &["2"]),
        ];
        let f = legacy_figures(&rows);
        assert_eq!(f.proactive, Some(356));
        assert_eq!(f.received, Some(5));
        assert_eq!(f.granted, Some(3));
        assert_eq!(f.reconsiderations, Some(1));
        assert_eq!(f.lawsuits, Some(2));
        // rows of the 2019/2021 tables are not these
        let f = legacy_figures(&[row(&["(一)予以公开"], &["1"; 7])]);
        assert_eq!(f, LegacyFigures::default());
    }

    #[test]
    fn totals_column_only() {
        let rows = vec![
            row(&["项目", "总计"], &[]),
            row(&["一、本年新收政府信息公开申请数量"], &["45"]),
            row(&["三、本年度办理结果", "（一）予以公开"], &["19"]),
        ];
        let (cells, _) = interpret(&rows, Some(ReportFormat::Gb2019));
        let got: Vec<_> = cells
            .iter()
            .map(|c| (c.row.as_str(), c.column.as_str(), c.value.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("new", "total", Some("45")),
                ("granted", "total", Some("19"))
            ]
        );
    }

    #[test]
    fn wrong_count_refused() {
        let (cells, notes) = interpret(&[row(&["(一)予以公开"], &["1", "2"])], None);
        assert!(cells.is_empty());
        assert_eq!(notes.len(), 1);
    }
}
