//! The ruled tables of a scanned page, read cell by cell.
//!
//! Read as part of a whole page, Tesseract drops lone `0`s in a wide table
//! and garbles short header cells, so a 9- or 15-column statutory table lost
//! its columns. Here the table's grid ([`super::rules::grids`]) says where
//! every cell is: the page's OCR words give the text cells (labels, headers),
//! and every other cell with ink in it is cropped and read again on its own,
//! as a figure: all such cells of a page are stacked into one tile image, one
//! cell per line, and read by one Tesseract call limited to digits
//! (`tessedit_char_whitelist`), so the cost is one extra read per page, not
//! one per cell. The table comes out as `<table>` markup with its row and
//! column spans ([`RuledTable`]), which the HTML table path reads into the same canonical
//! keys, and whose identity checks every OCR'd figure then meets.
//!
//! A cell with ink whose figure cannot be read is left blank and noted,
//! never guessed.

use super::layout::{join, RuledTable, TextLine, Word};
use super::rules::{Gray, Grid};
use super::{run_tool, ToolError};
use crate::html::esc;
use crate::numerals::{parse_cell, CellValue};
use std::process::Command;
use std::time::Instant;

/// How far inside a cell's rules its content is looked for (rule halo,
/// skew), as a part of the page width: 5 px at 150 dpi, 10 at 300.
fn inset(g: &Gray) -> usize {
    (g.width / 250).max(5)
}

/// A cell of a page's grids: which grid, which cell.
type CellRef = (usize, usize);

/// A pixel box `(x0, y0, x1, y1)`, end exclusive.
type PixelBox = (usize, usize, usize, usize);

/// The page's words split into those inside a grid cell (by the centre of the
/// word) and the lines left over.
fn assign(grids: &[Grid], lines: Vec<TextLine>) -> (Vec<Vec<Vec<Word>>>, Vec<TextLine>) {
    let mut inside: Vec<Vec<Vec<Word>>> = grids
        .iter()
        .map(|g| vec![Vec::new(); g.cells.len()])
        .collect();
    let mut rest = Vec::new();
    for line in lines {
        let mut kept = TextLine::default();
        for w in line
            .words
            .into_iter()
            .flat_map(|w| split_at_rules(w, grids))
        {
            let (xc, yc) = ((w.x0 + w.x1) / 2.0, (w.y0 + w.y1) / 2.0);
            let home = grids.iter().enumerate().find_map(|(gi, g)| {
                g.cells
                    .iter()
                    .position(|c| {
                        let (x0, y0, x1, y1) = g.cell_box(c);
                        x0 <= xc && xc < x1 && y0 <= yc && yc < y1
                    })
                    .map(|ci| (gi, ci))
            });
            match home {
                Some((gi, ci)) => inside[gi][ci].push(w),
                None => kept.words.push(w),
            }
        }
        if !kept.words.is_empty() {
            rest.push(kept);
        }
    }
    (inside, rest)
}

/// A word the page OCR ran across a column rule (`文件3` over a label cell
/// and the figure beside it) cut at that rule, its characters shared out by
/// their estimated positions (a CJK character is about twice as wide as a
/// digit or Latin letter).
fn split_at_rules(w: Word, grids: &[Grid]) -> Vec<Word> {
    let chars: Vec<char> = w.text.chars().collect();
    let yc = (w.y0 + w.y1) / 2.0;
    if chars.len() < 2 {
        return vec![w];
    }
    let weight = |c: char| if c as u32 >= 0x2E80 { 1.0 } else { 0.55 };
    let total: f32 = chars.iter().map(|c| weight(*c)).sum();
    let unit = (w.x1 - w.x0) / total;
    let step = unit * 0.55;
    let cuts: Vec<f32> = grids
        .iter()
        .filter(|g| g.ys[0] <= yc && yc <= g.ys[g.ys.len() - 1])
        .flat_map(|g| g.xs.iter().copied())
        .filter(|x| *x > w.x0 + 0.5 * step && *x < w.x1 - 0.5 * step)
        .collect();
    if cuts.is_empty() {
        return vec![w];
    }
    let mut pieces: Vec<Word> = Vec::new();
    let mut at = w.x0;
    for c in chars {
        let (x0, x1) = (at, at + weight(c) * unit);
        at = x1;
        let centre = (x0 + x1) / 2.0;
        let side = cuts.iter().filter(|x| **x < centre).count();
        let same = pieces.len() == side + 1;
        match pieces.last_mut() {
            Some(p) if same => {
                p.text.push(c);
                p.x1 = x1;
            }
            _ => {
                while pieces.len() < side {
                    // an empty piece keeps the index of pieces aligned with sides
                    pieces.push(Word {
                        x0,
                        y0: w.y0,
                        x1: x0,
                        y1: w.y1,
                        text: String::new(),
                    });
                }
                pieces.push(Word {
                    x0,
                    y0: w.y0,
                    x1,
                    y1: w.y1,
                    text: c.to_string(),
                });
            }
        }
    }
    pieces.retain(|p| !p.text.is_empty());
    pieces
}

/// Words of one cell as text: lines top to bottom, words left to right.
fn cell_text(mut words: Vec<Word>) -> String {
    words.retain(|w| !super::rules::rule_debris(w.text.trim()));
    words.sort_by(|a, b| a.y0.total_cmp(&b.y0));
    let mut lines: Vec<Vec<Word>> = Vec::new();
    for w in words {
        let yc = (w.y0 + w.y1) / 2.0;
        match lines.last_mut() {
            Some(l) if l.iter().any(|p| p.y0 <= yc && yc <= p.y1) => l.push(w),
            _ => lines.push(vec![w]),
        }
    }
    let texts: Vec<String> = lines
        .into_iter()
        .map(|mut l| {
            l.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            join(l.iter().map(|w| w.text.as_str()))
        })
        .collect();
    join(texts.iter().map(|s| s.as_str()))
}

/// Whether text read from a cell can only be a figure (or is nothing).
fn figure_or_nothing(text: &str) -> bool {
    text.trim().is_empty() || matches!(parse_cell(text), CellValue::Number(_))
}

/// Marks a label cell whose text could not be read (see [`read`]).
pub const UNREADABLE_LABEL: &str = "？";

/// A digit among a few characters, at most one of them CJK, that do not
/// read as a figure (`3 .。|0`: a figure and a rule's remains; `区5` for 215).
fn has_digit_garble(text: &str) -> bool {
    let t: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() <= 8
        && t.iter().any(|c| c.is_ascii_digit())
        && t.iter().filter(|c| **c as u32 >= 0x3400).count() <= 1
        && !figure_or_nothing(text)
}

/// Text too short to be a label that the page OCR made of a figure: at most
/// one CJK character in at most three.
fn short_garble(text: &str) -> bool {
    let t: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let cjk = t.iter().filter(|c| **c as u32 >= 0x3400).count();
    has_digit_garble(text) || (!t.is_empty() && t.len() <= 3 && cjk <= 1)
}

/// What a grid column holds, judged from its one-column cells.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    /// Mostly figures (at least three, twice as many as labels).
    Figures,
    /// Mostly labels (at least three, twice as many as figures).
    Text,
    Mixed,
    /// No one-column cell with text (or only garbles).
    Empty,
}

fn columns(grid: &Grid, texts: &[String]) -> Vec<Column> {
    let cols = grid.xs.len() - 1;
    let mut counts = vec![(0usize, 0usize); cols];
    for (cell, text) in grid.cells.iter().zip(texts) {
        if cell.c1 != cell.c0 + 1 || text.trim().is_empty() {
            continue;
        }
        if matches!(parse_cell(text), CellValue::Number(_)) {
            counts[cell.c0].0 += 1;
        } else if !short_garble(text) {
            counts[cell.c0].1 += 1;
        }
    }
    counts
        .into_iter()
        .map(|(f, t)| {
            if f + t == 0 {
                Column::Empty
            } else if f >= 3 && f >= 2 * t {
                Column::Figures
            } else if t >= 3 && t >= 2 * f {
                Column::Text
            } else {
                Column::Mixed
            }
        })
        .collect()
}

/// The box of the ink inside `(x0, y0, x1, y1)` that is not a lone speck
/// (a pixel with fewer than two inked neighbours), None when there is none.
fn ink_box(g: &Gray, (x0, y0, x1, y1): (f32, f32, f32, f32)) -> Option<PixelBox> {
    let inset = inset(g);
    let (x0, y0) = (x0.max(0.0) as usize + inset, y0.max(0.0) as usize + inset);
    let (x1, y1) = (
        (x1 as usize).min(g.width).saturating_sub(inset),
        (y1 as usize).min(g.height).saturating_sub(inset),
    );
    // specks grow with the resolution: at 300 dpi a speck is a 2×2 blob
    let speck = if g.width > 2000 { 4 } else { 2 };
    let mut b: Option<PixelBox> = None;
    let mut count = 0;
    for y in y0..y1 {
        for x in x0..x1 {
            if !g.ink(x, y) {
                continue;
            }
            let neighbours = [
                (0, 1),
                (2, 1),
                (1, 0),
                (1, 2),
                (0, 0),
                (2, 2),
                (0, 2),
                (2, 0),
            ]
            .iter()
            .filter(|(dx, dy)| {
                let (nx, ny) = ((x + dx).wrapping_sub(1), (y + dy).wrapping_sub(1));
                g.ink(nx, ny)
            })
            .count();
            if neighbours < speck {
                continue;
            }
            count += 1;
            b = Some(match b {
                None => (x, y, x + 1, y + 1),
                Some((a, c, d, e)) => (a.min(x), c.min(y), d.max(x + 1), e.max(y + 1)),
            });
        }
    }
    b.filter(|(_, a, _, c)| count >= 12 && c - a >= 6)
}

/// One cropped cell in the tile image: where it sits (rows `y0..y1`).
struct Tile {
    cell: CellRef,
    y0: usize,
    y1: usize,
}

/// What reading a page's grids gave.
pub struct Read {
    pub tables: Vec<RuledTable>,
    /// The page's lines outside every grid.
    pub rest: Vec<TextLine>,
}

/// Read the grids of a page: `g` is the page with its rules erased, `lines`
/// the page's OCR lines (same pixel space). Figures are read with `lang`.
pub fn read(
    g: &Gray,
    grids: &[Grid],
    lines: Vec<TextLine>,
    lang: &str,
    deadline: Instant,
    workdir: &std::path::Path,
) -> Result<Read, ToolError> {
    let (inside, rest) = assign(grids, lines);
    let mut texts: Vec<Vec<String>> = Vec::new();
    let mut tiles: Vec<(CellRef, PixelBox)> = Vec::new();
    for (gi, (grid, words)) in grids.iter().zip(inside).enumerate() {
        let mut row: Vec<String> = words.into_iter().map(cell_text).collect();
        let columns = columns(grid, &row);
        for (ci, (cell, text)) in grid.cells.iter().zip(row.iter_mut()).enumerate() {
            // a spanned cell is of its columns' kind when they agree (columns
            // with no one-column cell, a rule's double, do not count)
            let mut kinds = columns[cell.c0..cell.c1]
                .iter()
                .filter(|k| **k != Column::Empty);
            let column = match kinds.next() {
                Some(k) if kinds.all(|o| o == k) => *k,
                Some(_) => Column::Mixed,
                None => Column::Empty,
            };
            if column == Column::Text {
                // a label the page OCR read as a bare figure (or not at all) is
                // an unreadable label, not a value: kept as text so the row
                // keeps its seven values, and placed by position if it can be
                if matches!(parse_cell(text), CellValue::Number(_))
                    || (text.is_empty() && ink_box(g, grid.cell_box(cell)).is_some())
                {
                    *text = format!("{UNREADABLE_LABEL}{text}");
                }
                continue;
            }
            // a figure misread with the page: a digit among junk ("“0", "区5"),
            // or in a column of figures one odd character ("了" for a lone 0)
            // (a column whose figures the page OCR dropped altogether is empty)
            let garbled = has_digit_garble(text)
                || (matches!(column, Column::Figures | Column::Empty) && short_garble(text));
            if figure_or_nothing(text) || garbled {
                match ink_box(g, grid.cell_box(cell)) {
                    Some(b) => tiles.push(((gi, ci), b)),
                    // no ink under the garble: it was made of a rule's remains
                    None if garbled => text.clear(),
                    None => {}
                }
            }
        }
        texts.push(row);
    }
    let figures = read_figures(g, &tiles, lang, deadline, workdir)?;
    let mut read = vec![(0, 0); grids.len()];
    for ((gi, ci), _) in &tiles {
        match figures.get(&(*gi, *ci)) {
            Some(f) => {
                texts[*gi][*ci] = f.clone();
                read[*gi].0 += 1;
            }
            None => {
                // not read alone: the page's figure if it read one; a garble
                // (taken for a figure above) keeps only its digits, else blank
                let t = &mut texts[*gi][*ci];
                if !figure_or_nothing(t) {
                    *t = t.chars().filter(|c| c.is_ascii_digit()).collect();
                }
                if t.is_empty() {
                    read[*gi].1 += 1;
                }
            }
        }
    }
    let tables = grids
        .iter()
        .zip(texts)
        .zip(read)
        .map(|((grid, texts), (figures, unread))| RuledTable {
            figures,
            unread,
            ..render(grid, &texts)
        })
        .collect();
    Ok(Read { tables, rest })
}

/// Tesseract refuses images taller than this (its coordinates are 16-bit).
const MAX_STACK_HEIGHT: usize = 30_000;
const PAD: usize = 6;
const MARGIN: usize = 20;

/// Rows per cell in a stack: a gap of a line height between cells keeps
/// each cell a line of its own.
fn pitch(tallest: usize) -> usize {
    tallest + 2 * PAD + tallest.max(20)
}

fn stack_height(tallest: usize, cells: usize) -> usize {
    pitch(tallest) * cells + 2 * MARGIN
}

/// Read the cells' ink as figures, in as few stacked images as fit under
/// Tesseract's size limit: the figure read for each cell (cells read as
/// nothing are absent). Ink too large for a figure (a grid cut wrongly, a
/// stamp) is not read. A Tesseract failure on a stack leaves its cells
/// unread (the page's own reading of them stands); a missing tool or the
/// deadline ends the document as any OCR step does.
fn read_figures(
    g: &Gray,
    cells: &[(CellRef, PixelBox)],
    lang: &str,
    deadline: Instant,
    workdir: &std::path::Path,
) -> Result<std::collections::HashMap<CellRef, String>, ToolError> {
    let mut out = std::collections::HashMap::new();
    let (max_w, max_h) = (g.width / 4, g.height / 20);
    let cells: Vec<(CellRef, PixelBox)> = cells
        .iter()
        .copied()
        .filter(|(_, b)| b.2 - b.0 <= max_w && b.3 - b.1 <= max_h)
        .collect();
    // stacks as tall as Tesseract takes (the pitch follows the tallest cell)
    let mut stacks: Vec<&[(CellRef, PixelBox)]> = Vec::new();
    let (mut start, mut tallest) = (0, 0);
    for (i, (_, b)) in cells.iter().enumerate() {
        let t = tallest.max(b.3 - b.1);
        if i > start && stack_height(t, i + 1 - start) > MAX_STACK_HEIGHT {
            stacks.push(&cells[start..i]);
            (start, tallest) = (i, b.3 - b.1);
        } else {
            tallest = t;
        }
    }
    stacks.push(&cells[start..]);
    for chunk in stacks {
        match read_figure_stack(g, chunk, lang, deadline, workdir) {
            Ok(read) => out.extend(read),
            Err(ToolError::Failed(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// Stack the cells' ink into one image, one cell per line, and read it as figures.
fn read_figure_stack(
    g: &Gray,
    cells: &[(CellRef, PixelBox)],
    lang: &str,
    deadline: Instant,
    workdir: &std::path::Path,
) -> Result<std::collections::HashMap<CellRef, String>, ToolError> {
    let mut out = std::collections::HashMap::new();
    if cells.is_empty() {
        return Ok(out);
    }
    let tallest = cells.iter().map(|(_, b)| b.3 - b.1).max().unwrap_or(0);
    let widest = cells.iter().map(|(_, b)| b.2 - b.0).max().unwrap_or(0);
    let pitch = pitch(tallest);
    let width = widest + 2 * (PAD + MARGIN);
    let height = stack_height(tallest, cells.len());
    let mut canvas = Gray {
        width,
        height,
        px: vec![255; width * height],
    };
    let mut tiles = Vec::with_capacity(cells.len());
    for (k, (cell, (x0, y0, x1, y1))) in cells.iter().enumerate() {
        let top = MARGIN + k * pitch + PAD;
        for y in *y0..*y1 {
            let src = &g.px[y * g.width + x0..y * g.width + x1];
            let at = (top + y - y0) * width + MARGIN + PAD;
            canvas.px[at..at + src.len()].copy_from_slice(src);
        }
        tiles.push(Tile {
            cell: *cell,
            y0: top,
            y1: top + (y1 - y0),
        });
    }
    let path = workdir.join("figures.pgm");
    std::fs::write(&path, canvas.to_pgm())
        .map_err(|e| ToolError::Failed(format!("temp file: {e}")))?;
    let tsv = run_tool(
        "tesseract",
        Command::new("tesseract")
            .arg(&path)
            .args(["stdout", "-l", lang, "--psm", "6"])
            .args(["-c", "tessedit_char_whitelist=0123456789."])
            .arg("tsv")
            .env("OMP_THREAD_LIMIT", "1"),
        None,
        deadline,
    )?;
    let mut words: std::collections::HashMap<CellRef, Vec<(f32, String, f32)>> = Default::default();
    for line in String::from_utf8_lossy(&tsv).lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 12 || f[0].trim() != "5" {
            continue;
        }
        let num = |i: usize| f[i].trim().parse::<f32>().unwrap_or(0.0);
        let text = f[11..].join("").trim().to_string();
        if text.is_empty() {
            continue;
        }
        let yc = num(7) + num(9) / 2.0;
        let gap = (pitch - tallest) as f32 / 2.0;
        if let Some(t) = tiles
            .iter()
            .find(|t| t.y0 as f32 - gap <= yc && yc < t.y1 as f32 + gap)
        {
            words
                .entry(t.cell)
                .or_default()
                .push((num(6), text, num(10)));
        }
    }
    for (cell, mut ws) in words {
        ws.sort_by(|a, b| a.0.total_cmp(&b.0));
        let text: String = ws.iter().map(|w| w.1.as_str()).collect();
        let text = text.trim_matches('.').to_string();
        let conf = ws.iter().map(|w| w.2).fold(f32::MAX, f32::min);
        // a low-confidence read is a glyph the whitelist forced into digits
        if conf >= MIN_FIGURE_CONFIDENCE && matches!(parse_cell(&text), CellValue::Number(_)) {
            out.insert(cell, text);
        }
    }
    Ok(out)
}

/// Below this word confidence a figure read through the digit whitelist is
/// taken for something else (a character, a smudge) and not used.
const MIN_FIGURE_CONFIDENCE: f32 = 40.0;

/// A grid with its cell texts as `<table>` markup with spans.
fn render(grid: &Grid, texts: &[String]) -> RuledTable {
    let (x0, y0, x1, y1) = grid.bounds();
    let rows = grid.ys.len() - 1;
    let cols = grid.xs.len() - 1;
    let mut taken = vec![false; rows * cols];
    let mut html = String::from("<table>\n");
    let mut chars = 0;
    for r in 0..rows {
        html.push_str("<tr>");
        for (cell, text) in grid.cells.iter().zip(texts).filter(|(c, _)| c.r0 == r) {
            // a spanned cell that overlaps one already placed (a broken rule
            // joined odd slots) is dropped rather than shifting the row
            let slots: Vec<usize> = (cell.r0..cell.r1)
                .flat_map(|rr| (cell.c0..cell.c1).map(move |cc| rr * cols + cc))
                .collect();
            if slots.iter().any(|&s| taken[s]) {
                continue;
            }
            for s in slots {
                taken[s] = true;
            }
            html.push_str("<td");
            if cell.r1 - cell.r0 > 1 {
                html.push_str(&format!(" rowspan=\"{}\"", cell.r1 - cell.r0));
            }
            if cell.c1 - cell.c0 > 1 {
                html.push_str(&format!(" colspan=\"{}\"", cell.c1 - cell.c0));
            }
            html.push('>');
            html.push_str(&esc(text));
            html.push_str("</td>");
            chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</table>\n");
    RuledTable {
        x0,
        y0,
        x1,
        y1,
        html,
        chars,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::rules::GridCell;

    #[test]
    fn spans_render_and_words_land_in_cells() {
        let grid = Grid {
            ys: vec![0.0, 50.0, 100.0],
            xs: vec![0.0, 100.0, 200.0, 300.0],
            cells: vec![
                GridCell {
                    r0: 0,
                    r1: 2,
                    c0: 0,
                    c1: 1,
                },
                GridCell {
                    r0: 0,
                    r1: 1,
                    c0: 1,
                    c1: 3,
                },
                GridCell {
                    r0: 1,
                    r1: 2,
                    c0: 1,
                    c1: 2,
                },
                GridCell {
                    r0: 1,
                    r1: 2,
                    c0: 2,
                    c1: 3,
                },
            ],
        };
        let w = |x0: f32, y0: f32, t: &str| Word {
            x0,
            y0,
            x1: x0 + 20.0,
            y1: y0 + 20.0,
            text: t.into(),
        };
        let lines = vec![
            TextLine {
                words: vec![
                    w(10.0, 10.0, "总"),
                    w(31.0, 10.0, "计"),
                    w(150.0, 10.0, "行政诉讼"),
                ],
            },
            TextLine {
                words: vec![w(110.0, 60.0, "7"), w(400.0, 60.0, "外")],
            },
        ];
        let (inside, rest) = assign(std::slice::from_ref(&grid), lines);
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].words[0].text, "外");
        let texts: Vec<String> = inside[0].iter().cloned().map(cell_text).collect();
        assert_eq!(texts, ["总计", "行政诉讼", "7", ""]);
        let t = render(&grid, &texts);
        assert_eq!(
            t.html,
            "<table>\n<tr><td rowspan=\"2\">总计</td><td colspan=\"2\">行政诉讼</td></tr>\n<tr><td>7</td><td></td></tr>\n</table>\n"
        );
    }

    #[test]
    fn a_word_across_a_column_rule_is_cut_there() {
        let grid = Grid {
            ys: vec![0.0, 50.0],
            xs: vec![0.0, 100.0, 200.0],
            cells: vec![
                GridCell {
                    r0: 0,
                    r1: 1,
                    c0: 0,
                    c1: 1,
                },
                GridCell {
                    r0: 0,
                    r1: 1,
                    c0: 1,
                    c1: 2,
                },
            ],
        };
        // 文 48–74, 件 74–100, then the rule, 3 100–114, ， 114–140
        let w = Word {
            x0: 48.0,
            y0: 10.0,
            x1: 140.0,
            y1: 30.0,
            text: "文件3，".into(),
        };
        let pieces = split_at_rules(w, std::slice::from_ref(&grid));
        let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["文件", "3，"]);
        assert!(pieces[0].x1 <= 100.0 && pieces[1].x0 >= 85.0);
    }

    #[test]
    fn figures_and_labels_told_apart() {
        assert!(matches!(parse_cell(UNREADABLE_LABEL), CellValue::Label));
        assert!(matches!(
            parse_cell(&format!("{UNREADABLE_LABEL}2")),
            CellValue::Label
        ));
        assert!(has_digit_garble("“0") && has_digit_garble("3 .。|0"));
        assert!(has_digit_garble("区5") && !has_digit_garble("第1项"));
        assert!(!has_digit_garble("2.重复申请") && !has_digit_garble("12"));
        assert!(short_garble("了") && !short_garble("自然人"));
        assert!(figure_or_nothing(""));
        assert!(figure_or_nothing("12.35"));
        assert!(!figure_or_nothing("自然人"));
    }
}
