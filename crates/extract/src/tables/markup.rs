//! `<table>` grids (already rowspan/colspan-expanded by [`crate::html`]) to rows.
//!
//! In a grid row, label cells come first and value cells last. A blank cell
//! after the labels is a printed null (kept, so columns stay aligned), which is
//! exactly what the flat renderings cannot give us and why markup is preferred
//! when a page has it. Consecutive identical label cells are colspan copies and
//! are merged.

use super::Row;
use crate::html::TableGrid;
use crate::numerals::{parse_cell, CellValue};

/// Rows of all grids in document order.
pub fn rows_from_grids(grids: &[TableGrid]) -> Vec<Row> {
    let mut out = Vec::new();
    for g in grids {
        for (i, r) in g.rows.iter().enumerate() {
            let cells: Vec<String> = match g.cont.get(i) {
                Some(k) => r
                    .iter()
                    .zip(k.iter())
                    .filter(|(_, &is_cont)| !is_cont)
                    .map(|(c, _)| c.clone())
                    .collect(),
                None => r.clone(),
            };
            if let Some(row) = row_from_cells(&cells) {
                out.push(row);
            }
        }
    }
    out
}

fn row_from_cells(cells: &[String]) -> Option<Row> {
    let kinds: Vec<CellValue> = cells.iter().map(|c| parse_cell(c)).collect();
    let last_label = kinds.iter().rposition(|k| matches!(k, CellValue::Label));
    let mut labels: Vec<String> = Vec::new();
    let value_start = match last_label {
        Some(i) => {
            for c in &cells[..=i] {
                let t = crate::numerals::trim_cell(c);
                if t.is_empty() {
                    continue;
                }
                if labels.last().map(|l| l.as_str()) != Some(t) {
                    labels.push(t.to_string());
                }
            }
            i + 1
        }
        None => 0,
    };
    let values: Vec<Option<String>> = kinds[value_start..]
        .iter()
        .map(|k| match k {
            CellValue::Number(n) => Some(n.clone()),
            _ => None,
        })
        .collect();
    if labels.is_empty() && values.iter().all(|v| v.is_none()) {
        return None;
    }
    Some(Row { labels, values })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> TableGrid {
        TableGrid {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect())
                .collect(),
            cont: Vec::new(),
        }
    }

    #[test]
    fn labels_then_values_with_blanks() {
        let g = grid(&[&["(三)不予公开", "1.属于国家秘密", "0", "", "—", "1"]]);
        let rows = rows_from_grids(&[g]);
        assert_eq!(rows[0].labels, vec!["(三)不予公开", "1.属于国家秘密"]);
        assert_eq!(
            rows[0].values,
            vec![Some("0".into()), None, None, Some("1".into())]
        );
    }

    #[test]
    fn colspan_copies_merge() {
        let g = grid(&[&["(一)予以公开", "(一)予以公开", "3"]]);
        let rows = rows_from_grids(&[g]);
        assert_eq!(rows[0].labels, vec!["(一)予以公开"]);
    }
}
