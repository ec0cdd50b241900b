//! Word boxes (from `pdftotext -bbox-layout` or Tesseract) back to
//! paragraphs and table rows, as minimal HTML.
//!
//! Why boxes and not `pdftotext -layout` text: typeset PDFs put spaces
//! between CJK characters and digits (`政府信息 528 条`), wrap long row labels
//! over several lines with the figures centred beside them, and
//! interleave the two columns of a two-column page line by line. The
//! producer (poppler's reading-order analysis, Tesseract's page segmentation)
//! already groups words into *blocks* — a paragraph, or the text of one table
//! cell however many lines it wraps over — so:
//!
//! * a block's words are joined without the typesetter's spaces next to CJK
//!   ([`join`]), and its lines into one string: a wrapped label is whole again;
//! * blocks that are only figures are *value cells*; value cells at the same
//!   height form a table row, and every text block left of the row's first
//!   figure whose vertical extent covers the row's centre is one of its
//!   labels (ordered left to right, so a rowspan group label comes before
//!   the row's own label, as [`crate::tables::keys`] expects);
//! * everything else is prose, kept in the producer's reading order (column
//!   by column), with each run of rows emitted as one `<table>` where it
//!   falls on the page. Rows continue across pages the way split HTML tables
//!   do, so a table broken by a page break reads as one.
//!
//! Page numbers in the top and bottom margins are dropped (a lone figure
//! there would otherwise become a value cell).

use crate::html::esc;
use crate::numerals::{parse_cell, CellValue};

#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    pub text: String,
}

/// Words on one baseline, in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextLine {
    pub words: Vec<Word>,
}

/// A paragraph or one table cell's text, as the producer grouped it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    pub lines: Vec<TextLine>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageLayout {
    pub width: f32,
    pub height: f32,
    pub blocks: Vec<Block>,
    /// Tables already read cell by cell from their ruling lines (scans,
    /// [`super::grid`]); their words are not among `blocks`.
    pub tables: Vec<RuledTable>,
}

/// A table whose cells are known from its rules: its box and its markup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuledTable {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    /// `<table>` with row and column spans.
    pub html: String,
    /// Visible characters in its cells.
    pub chars: usize,
    /// Cells read as figures on their own, and cells with ink whose figure
    /// could not be read (left blank).
    pub figures: usize,
    pub unread: usize,
}

/// Characters that are typeset without spaces around them.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x2018..=0x201F)
}

/// Join pieces of text, dropping the space a typesetter (or OCR) puts
/// between a CJK character and anything else; keep it between Latin words.
pub fn join<'a, I: IntoIterator<Item = &'a str>>(parts: I) -> String {
    let mut out = String::new();
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if let (Some(a), Some(b)) = (out.chars().last(), p.chars().next()) {
            if !is_cjk(a) && !is_cjk(b) {
                out.push(' ');
            }
        }
        out.push_str(p);
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct BoxF {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl BoxF {
    fn yc(&self) -> f32 {
        (self.y0 + self.y1) / 2.0
    }
    fn h(&self) -> f32 {
        (self.y1 - self.y0).max(1.0)
    }
}

fn block_box(b: &Block) -> Option<BoxF> {
    let mut it = b.lines.iter().flat_map(|l| l.words.iter());
    let w = it.next()?;
    let mut bx = BoxF {
        x0: w.x0,
        y0: w.y0,
        x1: w.x1,
        y1: w.y1,
    };
    for w in it {
        bx.x0 = bx.x0.min(w.x0);
        bx.y0 = bx.y0.min(w.y0);
        bx.x1 = bx.x1.max(w.x1);
        bx.y1 = bx.y1.max(w.y1);
    }
    Some(bx)
}

/// The text of a block: words and lines joined.
pub fn block_text(b: &Block) -> String {
    let lines: Vec<String> = b
        .lines
        .iter()
        .map(|l| join(l.words.iter().map(|w| w.text.as_str())))
        .collect();
    join(lines.iter().map(|s| s.as_str()))
}

/// Visible characters on all pages (a PDF with almost none is a scan).
pub fn visible_chars(pages: &[PageLayout]) -> usize {
    let tables: usize = pages
        .iter()
        .flat_map(|p| p.tables.iter())
        .map(|t| t.chars)
        .sum();
    tables
        + pages
            .iter()
            .flat_map(|p| p.blocks.iter())
            .flat_map(|b| b.lines.iter())
            .flat_map(|l| l.words.iter())
            .map(|w| w.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum::<usize>()
}

fn is_value(text: &str) -> bool {
    matches!(parse_cell(text), CellValue::Number(_) | CellValue::Null)
}

fn looks_like_page_number(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let core = t.trim_matches(|c: char| matches!(c, '-' | '—' | '－' | '–' | '·'));
    (!core.is_empty() && core.chars().all(|c| c.is_ascii_digit()))
        || (t.starts_with('第') && t.ends_with('页'))
        || t.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        })
}

struct Value {
    bx: BoxF,
    text: String,
}

struct TableRow {
    values: Vec<Value>,
    labels: Vec<(f32, String)>,
    yc: f32,
    h: f32,
    x_first: f32,
    y0: f32,
    y1: f32,
}

/// A prose or label block: its box, text and where its last line ends.
struct Text {
    bx: BoxF,
    text: String,
    last_x1: f32,
}

/// What a page reads as, in reading order.
enum Out {
    Prose {
        x0: f32,
        text: String,
    },
    /// Rows in page order; a header row has labels only.
    Table(Vec<RowOut>),
    /// A ruled table read cell by cell: its markup.
    Ruled(String),
}

/// A table waiting for its place in reading order: its bottom and content.
enum Pending {
    Rows(YRows),
    Ruled(String),
}

/// Rows of one table with the height each starts at.
type YRows = Vec<(f32, RowOut)>;

struct RowOut {
    labels: Vec<(f32, String)>,
    values: Vec<String>,
}

/// Render pages as minimal HTML (`<p>` prose, `<table>` rows).
///
/// A row label that a page break cut in two continues as the first block of
/// the next page, at the label's left edge: it is joined back to the label.
pub fn to_html(pages: &[PageLayout]) -> String {
    let mut outs: Vec<Out> = Vec::new();
    for p in pages {
        let mut page = page_items(p);
        let cont = match (outs.last_mut(), page.first()) {
            (Some(Out::Table(rows)), Some(Out::Prose { x0, text })) => rows
                .last_mut()
                .filter(|r| !r.values.is_empty())
                .and_then(|r| r.labels.last_mut())
                .filter(|(lx, _)| (lx - x0).abs() <= 3.0)
                .map(|(_, label)| *label = join([label.as_str(), text.as_str()]))
                .is_some(),
            _ => false,
        };
        if cont {
            page.remove(0);
        }
        outs.extend(page);
    }
    let mut html = String::from("<html><body><div class=\"TRS_Editor\">\n");
    for o in outs {
        match o {
            Out::Prose { text, .. } => {
                html.push_str("<p>");
                html.push_str(&esc(&text));
                html.push_str("</p>\n");
            }
            Out::Ruled(table) => html.push_str(&table),
            Out::Table(rows) => {
                // the last cell of a short row spans the rest, so the grid
                // is not padded with blanks that would read as printed nulls
                let width = rows
                    .iter()
                    .map(|r| r.labels.len() + r.values.len())
                    .max()
                    .unwrap_or(0);
                html.push_str("<table>\n");
                for r in rows {
                    html.push_str("<tr>");
                    let n = r.labels.len() + r.values.len();
                    for (k, c) in r
                        .labels
                        .iter()
                        .map(|(_, l)| l)
                        .chain(r.values.iter())
                        .enumerate()
                    {
                        if k + 1 == n && n < width {
                            html.push_str(&format!("<td colspan=\"{}\">", width - n + 1));
                        } else {
                            html.push_str("<td>");
                        }
                        html.push_str(&esc(c));
                        html.push_str("</td>");
                    }
                    html.push_str("</tr>\n");
                }
                html.push_str("</table>\n");
            }
        }
    }
    html.push_str("</div></body></html>");
    html
}

fn page_items(page: &PageLayout) -> Vec<Out> {
    let margin = page.height * 0.07;
    let in_margin =
        |bx: &BoxF| page.height > 0.0 && (bx.y1 < margin || bx.y0 > page.height - margin);
    // 1. value cells and prose/label blocks. Poppler sometimes puts a row's
    // first figure into its label's block; a figure set off from the word
    // before it by more than a typeset space (0.4 em) is a cell of its own.
    let mut values: Vec<Value> = Vec::new();
    let mut texts: Vec<Text> = Vec::new();
    for b in &page.blocks {
        let mut kept = Block::default();
        for l in &b.lines {
            let all_values = l.words.iter().all(|w| is_value(&w.text));
            // a figure followed by text on its line (`3 件`) is prose, however
            // wide the justified space before it
            let tail = l
                .words
                .iter()
                .rposition(|w| !is_value(&w.text))
                .map_or(0, |i| i + 1);
            let mut line = TextLine::default();
            let mut prev: Option<&Word> = None;
            for (k, w) in l.words.iter().enumerate() {
                let set_off =
                    k >= tail && prev.is_some_and(|p| w.x0 - p.x1 >= 0.4 * (w.y1 - w.y0).max(1.0));
                if is_value(&w.text) && (all_values || set_off) {
                    values.push(Value {
                        bx: BoxF {
                            x0: w.x0,
                            y0: w.y0,
                            x1: w.x1,
                            y1: w.y1,
                        },
                        text: w.text.clone(),
                    });
                } else {
                    line.words.push(w.clone());
                }
                prev = Some(w);
            }
            if !line.words.is_empty() {
                kept.lines.push(line);
            }
        }
        let Some(bx) = block_box(&kept) else { continue };
        let text = block_text(&kept);
        if in_margin(&bx) && looks_like_page_number(&text) {
            continue;
        }
        let last_x1 = kept
            .lines
            .last()
            .map(|l| l.words.iter().map(|w| w.x1).fold(bx.x0, f32::max))
            .unwrap_or(bx.x1);
        texts.push(Text { bx, text, last_x1 });
    }
    // 2. rows: value cells at the same height
    values.sort_by(|a, b| a.bx.yc().total_cmp(&b.bx.yc()));
    let mut rows: Vec<TableRow> = Vec::new();
    for v in values {
        match rows.last_mut() {
            Some(r) if (v.bx.yc() - r.yc).abs() <= 0.5 * r.h.min(v.bx.h()) => {
                r.x_first = r.x_first.min(v.bx.x0);
                r.y0 = r.y0.min(v.bx.y0);
                r.y1 = r.y1.max(v.bx.y1);
                r.values.push(v);
            }
            _ => rows.push(TableRow {
                yc: v.bx.yc(),
                h: v.bx.h(),
                x_first: v.bx.x0,
                y0: v.bx.y0,
                y1: v.bx.y1,
                values: vec![v],
                labels: Vec::new(),
            }),
        }
    }
    for r in &mut rows {
        r.values.sort_by(|a, b| a.bx.x0.total_cmp(&b.bx.x0));
    }
    // 3. labels: text blocks left of a row's figures covering its centre
    let mut prose: Vec<Text> = Vec::new();
    for t in texts {
        let bx = t.bx;
        let tol = 0.3 * bx.h().min(20.0);
        let hit = rows
            .iter()
            .position(|r| bx.x1 <= r.x_first + 1.0 && bx.y0 - tol <= r.yc && r.yc <= bx.y1 + tol);
        match hit {
            Some(i) => rows[i].labels.push((bx.x0, t.text)),
            None => prose.push(t),
        }
    }
    // figures without a label in a margin that read as "- 3 -" are a page number
    rows.retain(|r| {
        let bx = BoxF {
            x0: r.x_first,
            y0: r.y0,
            x1: r.x_first,
            y1: r.y1,
        };
        let text: String = r.values.iter().map(|v| v.text.as_str()).collect();
        !(r.labels.is_empty()
            && r.values.len() <= 3
            && in_margin(&bx)
            && looks_like_page_number(&text))
    });
    for r in &mut rows {
        r.labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    // 4. runs of rows are tables (a wrapped label can hold rows several
    // lines apart); prose between two rows of a run is a header row of it
    // the same run rule as below, to find blanks against rows of one table
    let mut run = vec![0usize; rows.len()];
    for i in 1..rows.len() {
        let near =
            rows[i].y0 - rows[..i].iter().map(|r| r.y1).fold(f32::MIN, f32::max) <= 6.0 * rows[i].h;
        run[i] = run[i - 1] + usize::from(!near);
    }
    let slots: Vec<Option<Vec<usize>>> = (0..rows.len()).map(|i| columns(&rows, &run, i)).collect();
    let mut tables: Vec<(f32, f32, YRows)> = Vec::new();
    for (r, slot) in rows.into_iter().zip(slots) {
        let values = match slot {
            Some(cols) => {
                let mut v = vec![String::new(); cols.len()];
                for (k, val) in r.values.into_iter().enumerate() {
                    if let Some(at) = cols.iter().position(|&c| c == k) {
                        v[at] = val.text;
                    }
                }
                v
            }
            None => r.values.into_iter().map(|v| v.text).collect(),
        };
        let row = RowOut {
            labels: r.labels,
            values,
        };
        match tables.last_mut() {
            Some((_, y1, rs)) if r.y0 - *y1 <= 6.0 * r.h => {
                *y1 = y1.max(r.y1);
                rs.push((r.y0, row));
            }
            _ => tables.push((r.y0, r.y1, vec![(r.y0, row)])),
        }
    }
    let prose = columns_first(page.width, paragraphs(prose));
    let mut items: Vec<(f32, Out)> = Vec::new();
    for t in prose {
        let yc = t.bx.yc();
        match tables.iter_mut().find(|(y0, y1, _)| *y0 <= yc && yc <= *y1) {
            Some((_, _, rs)) => rs.push((
                t.bx.y0,
                RowOut {
                    labels: vec![(t.bx.x0, t.text)],
                    values: Vec::new(),
                },
            )),
            None => items.push((
                yc,
                Out::Prose {
                    x0: t.bx.x0,
                    text: t.text,
                },
            )),
        }
    }
    // each table goes before the first prose block (reading order) below it
    let mut tables: Vec<(f32, f32, Pending)> = tables
        .into_iter()
        .map(|(y0, y1, rs)| (y0, y1, Pending::Rows(rs)))
        .chain(
            page.tables
                .iter()
                .map(|t| (t.y0, t.y1, Pending::Ruled(t.html.clone()))),
        )
        .collect();
    tables.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut tables: Vec<Option<(f32, Pending)>> =
        tables.into_iter().map(|(_, y1, t)| Some((y1, t))).collect();
    let mut out = Vec::new();
    let take = |t: &mut Option<(f32, Pending)>, out: &mut Vec<Out>| match t.take() {
        Some((_, Pending::Rows(mut rs))) => {
            rs.sort_by(|a, b| a.0.total_cmp(&b.0));
            out.push(Out::Table(rs.into_iter().map(|(_, r)| r).collect()));
        }
        Some((_, Pending::Ruled(html))) => out.push(Out::Ruled(html)),
        None => {}
    };
    for (yc, it) in items {
        for t in tables.iter_mut() {
            if t.as_ref().is_some_and(|(y1, _)| yc > *y1) {
                take(t, &mut out);
            }
        }
        out.push(it);
    }
    for t in tables.iter_mut() {
        take(t, &mut out);
    }
    out
}

/// A printed blank leaves no word, so a row can show fewer figures than its
/// table has columns. The nearest row (by height) of the same table with a
/// few more figures gives the columns: when each of this row's figures sits under a distinct one of its
/// columns (within a third of the column spacing), the row is widened to that
/// many cells, `Some(map)` with `map[column] = index of the figure` (or
/// `usize::MAX` for a blank). Rows of one figure are left alone (a single
/// figure usually spans its row).
fn columns(rows: &[TableRow], run: &[usize], i: usize) -> Option<Vec<usize>> {
    let me = &rows[i];
    let n = me.values.len();
    if n < 2 {
        return None;
    }
    let centre = |v: &Value| (v.bx.x0 + v.bx.x1) / 2.0;
    // a reference from the same table, with a few more cells (not another
    // table's fifteen columns that happen to line up)
    let reference = rows
        .iter()
        .zip(run)
        .filter(|(r, &k)| k == run[i] && r.values.len() > n && r.values.len() <= n + n / 2)
        .map(|(r, _)| r)
        .min_by(|a, b| (a.yc - me.yc).abs().total_cmp(&(b.yc - me.yc).abs()))?;
    let cols: Vec<f32> = reference.values.iter().map(centre).collect();
    let spacing = cols
        .windows(2)
        .map(|w| w[1] - w[0])
        .fold(f32::INFINITY, f32::min);
    let mut map = vec![usize::MAX; cols.len()];
    let mut last: Option<usize> = None;
    for (k, v) in me.values.iter().enumerate() {
        let x = centre(v);
        let (c, d) = cols
            .iter()
            .enumerate()
            .map(|(c, cx)| (c, (cx - x).abs()))
            .min_by(|a, b| a.1.total_cmp(&b.1))?;
        if d > spacing / 3.0 || last.is_some_and(|l| c <= l) {
            return None;
        }
        map[c] = k;
        last = Some(c);
    }
    Some(map)
}

/// Join blocks that are successive lines of one paragraph: the gap below a
/// full line is a line gap (under 0.45 em), not paragraph spacing.
fn paragraphs(blocks: Vec<Text>) -> Vec<Text> {
    let right = blocks.iter().map(|t| t.bx.x1).fold(0.0f32, f32::max);
    let mut out: Vec<Text> = Vec::new();
    for t in blocks {
        let bx = t.bx;
        if let Some(Text {
            bx: pb,
            text: pt,
            last_x1,
        }) = out.last_mut()
        {
            // one of the two is a single line (the other may have grown by merging)
            let line_h = pb.h().min(bx.h());
            let gap = bx.y0 - pb.y1;
            let full = *last_x1 >= right - 2.0 * line_h;
            let overlap = bx.x0 < pb.x1 && pb.x0 < bx.x1;
            if (0.0..0.35 * line_h).contains(&gap) && full && overlap {
                *pt = join([pt.as_str(), t.text.as_str()]);
                pb.x0 = pb.x0.min(bx.x0);
                pb.x1 = pb.x1.max(bx.x1);
                pb.y1 = bx.y1;
                *last_x1 = t.last_x1;
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// In a run of half-width blocks on both sides of the middle (a two-column
/// stretch), the left column is read before the right one.
fn columns_first(width: f32, blocks: Vec<Text>) -> Vec<Text> {
    if width <= 0.0 {
        return blocks;
    }
    let mid = width / 2.0;
    let side = |b: &BoxF| -> Option<bool> {
        if b.x1 < mid + 0.02 * width {
            Some(false)
        } else if b.x0 > mid - 0.02 * width {
            Some(true)
        } else {
            None
        }
    };
    let mut out = Vec::with_capacity(blocks.len());
    let mut run: Vec<Text> = Vec::new();
    let flush = |run: &mut Vec<Text>, out: &mut Vec<Text>| {
        let (left, right): (Vec<_>, Vec<_>) =
            run.drain(..).partition(|t| side(&t.bx) == Some(false));
        out.extend(left);
        out.extend(right);
    };
    for t in blocks {
        if side(&t.bx).is_some() {
            run.push(t);
        } else {
            flush(&mut run, &mut out);
            out.push(t);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(x0: f32, y0: f32, x1: f32, text: &str) -> Word {
        Word {
            x0,
            y0,
            x1,
            y1: y0 + 10.0,
            text: text.into(),
        }
    }

    fn block(lines: Vec<Vec<Word>>) -> Block {
        Block {
            lines: lines.into_iter().map(|words| TextLine { words }).collect(),
        }
    }

    #[test]
    fn cjk_spacing_dropped_latin_kept() {
        assert_eq!(join(["政府信息", "528", "条"]), "政府信息528条");
        assert_eq!(join(["PDF", "file", "，", "2021"]), "PDF file，2021");
    }

    #[test]
    fn wrapped_label_joins_its_centred_row() {
        let page = PageLayout {
            width: 600.0,
            height: 800.0,
            tables: Vec::new(),
            blocks: vec![
                block(vec![
                    vec![w(100.0, 100.0, 180.0, "2.其他法律行政")],
                    vec![w(100.0, 112.0, 170.0, "法规禁止公开")],
                ]),
                block(vec![vec![w(300.0, 106.0, 306.0, "0")]]),
                block(vec![vec![w(340.0, 106.0, 346.0, "7")]]),
                block(vec![vec![w(100.0, 140.0, 170.0, "3.危及")]]),
                block(vec![vec![w(300.0, 140.0, 306.0, "1")]]),
                block(vec![vec![w(340.0, 140.0, 346.0, "2")]]),
                block(vec![vec![w(290.0, 780.0, 296.0, "3")]]),
            ],
        };
        let html = to_html(&[page]);
        assert!(
            html.contains("<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>7</td></tr>"),
            "{html}"
        );
        assert!(html.contains("<tr><td>3.危及</td><td>1</td><td>2</td></tr>"));
        assert!(!html.contains(">3<"), "page number dropped: {html}");
    }

    #[test]
    fn printed_blank_keeps_its_column() {
        let mut blocks = vec![block(vec![vec![w(100.0, 100.0, 160.0, "（一）予以公开")]])];
        for (i, x) in [300.0, 340.0, 380.0].iter().enumerate() {
            blocks.push(block(vec![vec![w(*x, 100.0, x + 6.0, &i.to_string())]]));
        }
        blocks.push(block(vec![vec![w(100.0, 130.0, 160.0, "（二）部分公开")]]));
        for x in [300.0, 380.0] {
            blocks.push(block(vec![vec![w(x, 130.0, x + 6.0, "5")]]));
        }
        let html = to_html(&[PageLayout {
            width: 600.0,
            height: 800.0,
            blocks,
            tables: Vec::new(),
        }]);
        assert!(
            html.contains("<tr><td>（二）部分公开</td><td>5</td><td></td><td>5</td></tr>"),
            "{html}"
        );
    }

    #[test]
    fn page_numbers() {
        assert!(looks_like_page_number("- 3 -"));
        assert!(looks_like_page_number("第 2 页"));
        assert!(looks_like_page_number("2/5"));
        assert!(!looks_like_page_number("2021年"));
    }
}
