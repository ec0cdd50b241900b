//! Tables that lost their markup: one paragraph per cell (seed 004), DOCX
//! text, and `pdftotext -layout` lines where columns are separated by runs of
//! spaces.
//!
//! Each line is split into cells (on runs of two or more spaces or tabs; a
//! line without such runs is one cell). Cells are then read as a stream:
//! labels accumulate until values start, values accumulate until the next
//! label, and each (labels, values) pair is a row. Blank cells cannot be seen
//! here (a blank paragraph is just a paragraph break), so a row with missing
//! cells is detected by its count and left to [`super::keys`] to refuse.

use super::Row;
use crate::numerals::{parse_cell, trim_cell, CellValue};

/// Split a line into cells on runs of ≥2 whitespace characters or tabs.
pub fn split_cells(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut run_start: Option<usize> = None;
    let mut run_len = 0;
    let mut has_tab = false;
    for (i, c) in line.char_indices() {
        let ws = c.is_whitespace() || c == '\u{3000}';
        if ws {
            if run_start.is_none() {
                run_start = Some(i);
                run_len = 0;
                has_tab = false;
            }
            run_len += 1;
            has_tab |= c == '\t';
        } else {
            if let Some(rs) = run_start.take() {
                if run_len >= 2 || has_tab {
                    let cell = trim_cell(&line[start..rs]);
                    if !cell.is_empty() {
                        out.push(cell);
                    }
                    start = i;
                }
            }
        }
    }
    let cell = trim_cell(&line[start..]);
    if !cell.is_empty() {
        out.push(cell);
    }
    out.into_iter().flat_map(split_single_spaced).collect()
}

/// `pdftotext` without `-layout` and flip-book text keep a row on one line
/// with single spaces ("四、结转下年度继续办理 0 0 0 0 0 0 0", or the fifteen
/// figures of the review table alone): a cell that ends in three or more
/// space-separated whole numbers is its label (if any) and those numbers.
fn split_single_spaced(cell: &str) -> Vec<&str> {
    let tokens: Vec<&str> = cell.split(' ').filter(|t| !t.is_empty()).collect();
    let is_num = |t: &&str| {
        t.chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    let trailing = tokens.iter().rev().take_while(|t| is_num(t)).count();
    if trailing < 3 {
        return vec![cell];
    }
    // cut the trailing numbers off the end, one space-separated token at a time
    let mut head = cell.trim_end();
    for _ in 0..trailing {
        head = head[..head.rfind(' ').unwrap_or(0)].trim_end();
    }
    let label = trim_cell(head);
    let mut out: Vec<&str> = Vec::with_capacity(trailing + 1);
    if !label.is_empty() {
        out.push(label);
    }
    out.extend(tokens[tokens.len() - trailing..].iter().copied());
    out
}

/// Rows from lines of text.
pub fn rows_from_lines<'a, I: IntoIterator<Item = &'a str>>(lines: I) -> Vec<Row> {
    let mut out = Vec::new();
    let mut cur = Row::default();
    for line in lines {
        // a cell that is only blank-ish characters is a paragraph spacer
        for cell in split_cells(line) {
            match parse_cell(cell) {
                CellValue::Label => {
                    if !cur.values.is_empty() {
                        out.push(std::mem::take(&mut cur));
                    }
                    // bound memory on long prose: only the last few labels matter
                    if cur.labels.len() >= 16 {
                        cur.labels.remove(0);
                    }
                    cur.labels.push(cell.to_string());
                }
                CellValue::Number(n) => cur.values.push(Some(n)),
                CellValue::Null => cur.values.push(None),
            }
        }
    }
    if !cur.values.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split() {
        assert_eq!(
            split_cells("行政处罚    157   117(增)  274"),
            vec!["行政处罚", "157", "117(增)", "274"]
        );
        assert_eq!(split_cells("本年新 制作数量"), vec!["本年新 制作数量"]);
        assert_eq!(split_cells("a\tb"), vec!["a", "b"]);
        assert!(split_cells("\u{2002}\u{2002}").is_empty());
        // a row kept on one line with single spaces
        assert_eq!(
            split_cells("四、结转下年度继续办理 0 0 0 0 0 0 1"),
            vec!["四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "1"]
        );
        assert_eq!(split_cells("0 0 1").len(), 3);
        // prose with a year or two numbers stays one cell
        assert_eq!(split_cells("2019 2020 对比").len(), 1);
        assert_eq!(split_cells("本年新收 3 4").len(), 1);
    }

    #[test]
    fn stream() {
        let lines = ["规章", "0", "0", "0", "规范性文件", "1", " 2", "3 "];
        let rows = rows_from_lines(lines);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].labels, vec!["规范性文件"]);
        assert_eq!(rows[1].values.len(), 3);
    }
}
