//! The ruling lines of a scanned table, and OCR'd words back into cells.
//!
//! Tesseract reads a ruled table badly: the rules become `|`, `l`, `o`
//! beside the figures, and its page segmentation groups a whole column of
//! row labels into one paragraph, so a row's label cannot be told from the
//! next row's. A text PDF does not have either problem (poppler's blocks are
//! cells). So for a rasterised page (grey PGM from `pdftoppm`) this module
//! finds the long dark horizontal and vertical runs ([`Rules::find`]),
//! whitens them before OCR ([`Rules::erase`]), and afterwards cuts each OCR
//! line at the vertical rules between its words and stacks the pieces into
//! one block per cell: pieces one above the other join only when no
//! horizontal rule runs between them ([`cells`]). The blocks then go through
//! the same rebuild ([`super::layout`]) as a text PDF's.
//!
//! Scans of unruled text are unaffected: no rule is found, a line is only
//! cut at a gap wider than three line heights, and a paragraph's lines stack
//! as before.

use super::layout::{Block, PageLayout, TextLine, Word};

/// A grey image as `pdftoppm -gray` writes it (binary PGM, 8 bit).
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub px: Vec<u8>,
}

impl Gray {
    /// Parse a binary (P5) 8-bit PGM; None for anything else.
    pub fn parse_pgm(b: &[u8]) -> Option<Gray> {
        let mut fields = Vec::new();
        let mut i = 0;
        while fields.len() < 4 {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if b.get(i) == Some(&b'#') {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            let s = i;
            while i < b.len() && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            if s == i {
                return None;
            }
            fields.push(std::str::from_utf8(&b[s..i]).ok()?.to_string());
        }
        let (width, height, max): (usize, usize, usize) = (
            fields[1].parse().ok()?,
            fields[2].parse().ok()?,
            fields[3].parse().ok()?,
        );
        let size = width.checked_mul(height)?;
        let px = b.get(i + 1..i + 1 + size)?.to_vec();
        (fields[0] == "P5" && max == 255).then_some(Gray { width, height, px })
    }

    pub fn to_pgm(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.px);
        out
    }
}

/// A run of ink: horizontal (`y`, `x0..x1`) or vertical (`x`, `y0..y1`), in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    pub at: usize,
    pub from: usize,
    pub to: usize,
}

#[derive(Debug, Default)]
pub struct Rules {
    pub horizontal: Vec<Run>,
    pub vertical: Vec<Run>,
}

/// Darker than this is ink (scans are blurred and JPEG'd: a rule is grey).
const INK: u8 = 200;

impl Rules {
    /// Horizontal runs of at least 1/16 of the page width, vertical ones of
    /// at least 1/25 of its height: longer than any stroke of a character at
    /// body sizes, shorter than any table cell's edge.
    pub fn find(g: &Gray) -> Rules {
        let (w, h) = (g.width, g.height);
        let min_h = (w / 16).max(20);
        let min_v = (h / 25).max(20);
        let mut r = Rules::default();
        for y in 0..h {
            let row = g.px[y * w..(y + 1) * w].iter().map(|&p| p < INK);
            r.horizontal
                .extend(runs(row, min_h).map(|(from, to)| Run { at: y, from, to }));
        }
        for x in 0..w {
            let col = (0..h).map(|y| g.px[y * w + x] < INK);
            r.vertical
                .extend(runs(col, min_v).map(|(from, to)| Run { at: x, from, to }));
        }
        r
    }

    /// Whiten the rules (and a pixel either side, the blur's halo).
    pub fn erase(&self, g: &mut Gray) {
        let (w, h) = (g.width, g.height);
        for r in &self.horizontal {
            for y in r.at.saturating_sub(1)..(r.at + 2).min(h) {
                for x in r.from..r.to.min(w) {
                    g.px[y * w + x] = 255;
                }
            }
        }
        for r in &self.vertical {
            for x in r.at.saturating_sub(1)..(r.at + 2).min(w) {
                for y in r.from..r.to.min(h) {
                    g.px[y * w + x] = 255;
                }
            }
        }
    }

    fn vertical_between(&self, x0: f32, x1: f32, y: f32) -> bool {
        self.vertical.iter().any(|r| {
            let x = r.at as f32;
            x > x0 && x < x1 && (r.from as f32) <= y && (r.to as f32) >= y
        })
    }

    fn horizontal_between(&self, y0: f32, y1: f32, x: f32) -> bool {
        self.horizontal.iter().any(|r| {
            let y = r.at as f32;
            y > y0 && y < y1 && (r.from as f32) <= x && (r.to as f32) >= x
        })
    }
}

/// The runs of `true` at least `min` long, as `(from, to)` (end exclusive).
fn runs(ink: impl Iterator<Item = bool>, min: usize) -> impl Iterator<Item = (usize, usize)> {
    let mut start = None;
    let mut out = Vec::new();
    let mut n = 0;
    for (i, on) in ink.enumerate() {
        n = i + 1;
        match (on, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= min {
                    out.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start.filter(|&s| n - s >= min) {
        out.push((s, n));
    }
    out.into_iter()
}

/// Marks a ruling line leaves in OCR text when it was not erased cleanly.
fn rule_debris(t: &str) -> bool {
    t.chars().all(|c| {
        matches!(
            c,
            '|' | '｜' | '丨' | '_' | '—' | '-' | '[' | ']' | '」' | '「'
        )
    })
}

/// Rebuild a page's blocks as cells: OCR lines (in reading order) cut at
/// vertical rules and wide gaps, the pieces stacked into one block per cell.
pub fn cells(lines: Vec<TextLine>, rules: &Rules, width: f32, height: f32) -> PageLayout {
    let mut pieces: Vec<TextLine> = Vec::new();
    for line in lines {
        let words: Vec<Word> = line
            .words
            .into_iter()
            .filter(|w| !rule_debris(w.text.trim()))
            .collect();
        let mut cur = TextLine::default();
        for w in words {
            if let Some(prev) = cur.words.last() {
                let lh = (prev.y1 - prev.y0).max(w.y1 - w.y0).max(1.0);
                let yc = (prev.y0 + prev.y1 + w.y0 + w.y1) / 4.0;
                let cut = rules.vertical_between(prev.x1 - 1.0, w.x0 + 1.0, yc)
                    || w.x0 - prev.x1 > 3.0 * lh;
                if cut {
                    pieces.push(std::mem::take(&mut cur));
                }
            }
            cur.words.push(w);
        }
        if !cur.words.is_empty() {
            pieces.push(cur);
        }
    }
    let bounds = |l: &TextLine| {
        l.words.iter().fold(
            (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
            |(a, b, c, d), w| (a.min(w.x0), b.min(w.y0), c.max(w.x1), d.max(w.y1)),
        )
    };
    // Stack each piece under the block whose last piece sits just above it in
    // the same cell; otherwise it starts a block.
    let mut blocks: Vec<Block> = Vec::new();
    for p in pieces {
        let (x0, y0, x1, y1) = bounds(&p);
        let lh = (y1 - y0).max(1.0);
        let home = blocks.iter().rposition(|b| {
            let Some(last) = b.lines.last() else {
                return false;
            };
            let (bx0, _, bx1, by1) = bounds(last);
            let overlap = x1.min(bx1) - x0.max(bx0);
            let gap = y0 - by1;
            overlap > 0.3 * (x1 - x0).min(bx1 - bx0)
                && (-0.3 * lh..=0.9 * lh).contains(&gap)
                && !rules.horizontal_between(by1 - 2.0, y0 + 2.0, (x0.max(bx0) + x1.min(bx1)) / 2.0)
        });
        match home {
            Some(i) => blocks[i].lines.push(p),
            None => blocks.push(Block { lines: vec![p] }),
        }
    }
    PageLayout {
        width,
        height,
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(x0: f32, y0: f32, x1: f32, t: &str) -> Word {
        Word {
            x0,
            y0,
            x1,
            y1: y0 + 20.0,
            text: t.into(),
        }
    }

    #[test]
    fn rules_found_erased_and_cut_lines_into_cells() {
        // a 400×200 page: one horizontal rule at y=100, one vertical at x=200
        let mut g = Gray {
            width: 400,
            height: 200,
            px: vec![255; 400 * 200],
        };
        for x in 0..400 {
            g.px[100 * 400 + x] = 0;
        }
        for y in 0..200 {
            g.px[y * 400 + 200] = 0;
        }
        let pgm = g.to_pgm();
        let mut g = Gray::parse_pgm(&pgm).unwrap();
        let r = Rules::find(&g);
        assert_eq!((r.horizontal.len(), r.vertical.len()), (1, 1));
        r.erase(&mut g);
        assert!(g.px.iter().all(|&p| p == 255));
        // two label lines of one cell above the rule, a row below it; a
        // vertical rule between label and figure
        let lines = vec![
            TextLine {
                words: vec![
                    w(10.0, 40.0, 80.0, "1.本机关不掌握"),
                    w(210.0, 50.0, 220.0, "1"),
                ],
            },
            TextLine {
                words: vec![w(10.0, 62.0, 80.0, "相关政府信息")],
            },
            TextLine {
                words: vec![
                    w(10.0, 120.0, 80.0, "2.重复申请"),
                    w(150.0, 120.0, 160.0, "|"),
                    w(210.0, 120.0, 220.0, "0"),
                ],
            },
        ];
        let p = cells(lines, &r, 400.0, 200.0);
        let texts: Vec<String> = p
            .blocks
            .iter()
            .map(super::super::layout::block_text)
            .collect();
        assert_eq!(
            texts,
            ["1.本机关不掌握相关政府信息", "1", "2.重复申请", "0"]
        );
    }

    #[test]
    fn bad_pgm_is_none() {
        assert!(Gray::parse_pgm(b"P5\n10 10\n255\nshort").is_none());
        assert!(Gray::parse_pgm(b"P6\n1 1\n255\n\x00\x00\x00").is_none());
        assert!(Gray::parse_pgm(b"").is_none());
        assert!(Gray::parse_pgm(b"P5 99999999999 99999999999 255 x").is_none());
    }
}
