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
//! Rules that cross one another make a ruled table ([`grids`]): the page is
//! first turned level by the slope of its horizontal rules ([`Rules::skew`],
//! [`Gray::deskewed`]), then the table is cut into grid cells, two slots
//! being one spanned cell where the rule between them is missing; those
//! cells are read by [`super::grid`]. [`cells`] rebuilds the rest of the page.
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

    /// Decode a JPEG (a page image as archived) to grey; None when it is not
    /// one or is damaged, or larger than a page scan plausibly is.
    pub fn from_jpeg(b: &[u8]) -> Option<Gray> {
        use zune_jpeg::zune_core::{colorspace::ColorSpace, options::DecoderOptions};
        if !b.starts_with(&[0xFF, 0xD8]) {
            return None;
        }
        let options = DecoderOptions::default()
            .jpeg_set_out_colorspace(ColorSpace::Luma)
            .set_max_width(12_000)
            .set_max_height(12_000);
        let mut d = zune_jpeg::JpegDecoder::new_with_options(b, options);
        d.decode_headers().ok()?;
        let (width, height) = d.dimensions()?;
        let px = d.decode().ok()?;
        (px.len() == width.checked_mul(height)?).then_some(Gray { width, height, px })
    }

    /// A PNG page image as grey (palette, RGB and 16-bit ones too; transparent
    /// pixels laid on white, as a browser shows them). `None` for anything else,
    /// a damaged file, or one over 12,000 px a side.
    pub fn from_png(b: &[u8]) -> Option<Gray> {
        use zune_png::zune_core::{options::DecoderOptions, result::DecodingResult};
        if !b.starts_with(b"\x89PNG\r\n\x1a\n") {
            return None;
        }
        let options = DecoderOptions::default()
            .png_set_strip_to_8bit(true)
            .set_max_width(12_000)
            .set_max_height(12_000);
        let mut d = zune_png::PngDecoder::new_with_options(b, options);
        d.decode_headers().ok()?;
        let (width, height) = d.get_dimensions()?;
        let n = d.get_colorspace()?.num_components();
        let DecodingResult::U8(raw) = d.decode().ok()? else {
            return None;
        };
        let on_white = |v: u8, a: u8| -> u8 {
            ((u32::from(v) * u32::from(a) + 255 * (255 - u32::from(a))) / 255) as u8
        };
        // ITU-R BT.601 weights, in integers
        let luma = |p: &[u8]| -> u8 {
            ((299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2])) / 1000) as u8
        };
        let px: Vec<u8> = match n {
            1 => raw,
            2 => raw.chunks_exact(2).map(|p| on_white(p[0], p[1])).collect(),
            3 => raw.chunks_exact(3).map(luma).collect(),
            4 => raw
                .chunks_exact(4)
                .map(|p| on_white(luma(p), p[3]))
                .collect(),
            _ => return None,
        };
        (px.len() == width.checked_mul(height)?).then_some(Gray { width, height, px })
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

/// Darker than this continues a rule already found (see [`ruled`]).
const FAINT: u8 = 230;

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

    /// Whiten the rules and the blur's halo either side of them (a pixel at
    /// 200 dpi, more as the resolution grows).
    pub fn erase(&self, g: &mut Gray) {
        let (w, h) = (g.width, g.height);
        let halo = (w / 1000).max(1);
        for r in &self.horizontal {
            for y in r.at.saturating_sub(halo)..(r.at + halo + 1).min(h) {
                for x in r.from..r.to.min(w) {
                    g.px[y * w + x] = 255;
                }
            }
        }
        for r in &self.vertical {
            for x in r.at.saturating_sub(halo)..(r.at + halo + 1).min(w) {
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

impl Rules {
    /// The slope (dy/dx) of the page's long horizontal rules: 0 when there are
    /// none or they are level. A skewed rule shows as a staircase of runs on
    /// successive pixel rows; the slope that lines the runs up on the fewest
    /// rows (the largest sum of squared run lengths per row bin) is the skew.
    pub fn skew(&self) -> f32 {
        if self.horizontal.len() < 2 {
            return 0.0;
        }
        let score = |s: f32| -> f64 {
            let mut bins: std::collections::HashMap<i64, f64> = std::collections::HashMap::new();
            for r in &self.horizontal {
                let xc = (r.from + r.to) as f32 / 2.0;
                let b = (r.at as f32 - s * xc).round() as i64;
                *bins.entry(b).or_default() += (r.to - r.from) as f64;
            }
            bins.values().map(|w| w * w).sum()
        };
        // ±2°, in steps of about 0.03°
        let level = score(0.0);
        let (mut best, mut best_score) = (0.0f32, level);
        for k in -70..=70 {
            let s = k as f32 * 0.0005;
            let sc = score(s);
            if sc > best_score {
                (best, best_score) = (s, sc);
            }
        }
        // a level page is left alone unless the slope lines the rules up clearly better
        if best_score > level * 1.2 {
            best
        } else {
            0.0
        }
    }
}

impl Gray {
    /// The page turned so that rules of slope `s` (dy/dx) are level (about
    /// its centre, bilinear, white where nothing was).
    pub fn deskewed(&self, s: f32) -> Gray {
        let (w, h) = (self.width, self.height);
        let theta = s.atan();
        let (sin, cos) = theta.sin_cos();
        let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
        let mut px = vec![255u8; w * h];
        for y in 0..h {
            let dy = y as f32 - cy;
            for x in 0..w {
                let dx = x as f32 - cx;
                let sx = cx + dx * cos - dy * sin;
                let sy = cy + dx * sin + dy * cos;
                if sx < 0.0 || sy < 0.0 {
                    continue;
                }
                let (x0, y0) = (sx as usize, sy as usize);
                if x0 + 1 >= w || y0 + 1 >= h {
                    continue;
                }
                let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
                let p = |xx: usize, yy: usize| self.px[yy * w + xx] as f32;
                let top = p(x0, y0) * (1.0 - fx) + p(x0 + 1, y0) * fx;
                let bottom = p(x0, y0 + 1) * (1.0 - fx) + p(x0 + 1, y0 + 1) * fx;
                px[y * w + x] = (top * (1.0 - fy) + bottom * fy).round() as u8;
            }
        }
        Gray {
            width: w,
            height: h,
            px,
        }
    }

    /// Whether pixel `(x, y)` is ink.
    pub fn ink(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.height && self.px[y * self.width + x] < INK
    }
}

/// A ruling line: the runs of one rule merged. Horizontal: `at` is its middle
/// row, `from..to` its columns; vertical the other way round.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    pub at: f32,
    pub from: usize,
    pub to: usize,
}

/// Merge runs on neighbouring rows (a rule is a few pixels thick) that
/// overlap or nearly touch (noise breaks a scanned rule) into lines.
fn lines(runs: &[Run]) -> Vec<Line> {
    let mut sorted: Vec<Run> = runs.to_vec();
    sorted.sort_by_key(|r| (r.at, r.from));
    // (min at, max at, from, to, run count, sum of at)
    let mut acc: Vec<(usize, usize, usize, usize, usize, usize)> = Vec::new();
    for r in sorted {
        let home = acc
            .iter_mut()
            .rev()
            .find(|a| r.at <= a.1 + 2 && r.from <= a.3 + 12 && a.2 <= r.to + 12);
        match home {
            Some(a) => {
                a.1 = a.1.max(r.at);
                a.2 = a.2.min(r.from);
                a.3 = a.3.max(r.to);
                a.4 += 1;
                a.5 += r.at;
            }
            None => acc.push((r.at, r.at, r.from, r.to, 1, r.at)),
        }
    }
    acc.into_iter()
        .map(|a| Line {
            at: a.5 as f32 / a.4 as f32,
            from: a.2,
            to: a.3,
        })
        .collect()
}

/// One ruled table found on a page: its cells as grid rectangles.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Row boundaries (top to bottom) and column boundaries (left to right), in pixels.
    pub ys: Vec<f32>,
    pub xs: Vec<f32>,
    pub cells: Vec<GridCell>,
}

/// A cell of a [`Grid`]: rows `r0..r1`, columns `c0..c1` (spans), and its box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridCell {
    pub r0: usize,
    pub r1: usize,
    pub c0: usize,
    pub c1: usize,
}

impl Grid {
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        (
            self.xs[0],
            self.ys[0],
            self.xs[self.xs.len() - 1],
            self.ys[self.ys.len() - 1],
        )
    }

    /// A cell's box `(x0, y0, x1, y1)`, rules included.
    pub fn cell_box(&self, c: &GridCell) -> (f32, f32, f32, f32) {
        (self.xs[c.c0], self.ys[c.r0], self.xs[c.c1], self.ys[c.r1])
    }
}

/// Cluster sorted positions closer than `tol` into their mean.
fn positions(mut v: Vec<f32>, tol: f32) -> Vec<f32> {
    v.sort_by(f32::total_cmp);
    let mut out: Vec<(f32, usize)> = Vec::new();
    for x in v {
        match out.last_mut() {
            Some((m, n)) if x - *m / *n as f32 <= tol => {
                *m += x;
                *n += 1;
            }
            _ => out.push((x, 1)),
        }
    }
    out.into_iter().map(|(m, n)| m / n as f32).collect()
}

/// The ruled tables of a page: sets of horizontal and vertical rules that
/// cross one another, cut into cells. Two neighbouring grid slots are one
/// (spanned) cell when the ink of a rule between them is missing along most
/// of their shared edge, which `g` (the page before the rules are erased) tells.
pub fn grids(rules: &Rules, g: &Gray) -> Vec<Grid> {
    let hs = lines(&rules.horizontal);
    let vs = lines(&rules.vertical);
    let n = hs.len() + vs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let tol = 6.0;
    for (i, h) in hs.iter().enumerate() {
        for (j, v) in vs.iter().enumerate() {
            let crosses = v.at >= h.from as f32 - tol
                && v.at <= h.to as f32 + tol
                && h.at >= v.from as f32 - tol
                && h.at <= v.to as f32 + tol;
            if crosses {
                let (a, b) = (root(&mut parent, i), root(&mut parent, hs.len() + j));
                parent[a] = b;
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (Vec<Line>, Vec<Line>)> = Default::default();
    for (i, h) in hs.iter().enumerate() {
        groups.entry(root(&mut parent, i)).or_default().0.push(*h);
    }
    for (j, v) in vs.iter().enumerate() {
        groups
            .entry(root(&mut parent, hs.len() + j))
            .or_default()
            .1
            .push(*v);
    }
    let mut out: Vec<(Vec<f32>, Vec<f32>)> = Vec::new();
    for (h, v) in groups.into_values() {
        if h.len() < 2 || v.len() < 2 {
            continue;
        }
        // one rule's runs lie within its thickness, which grows with the resolution
        let tol = (g.width / 250).max(5) as f32;
        let ys = positions(h.iter().map(|l| l.at).collect(), tol);
        let xs = positions(v.iter().map(|l| l.at).collect(), tol);
        if ys.len() < 2 || xs.len() < 2 {
            continue;
        }
        out.push((ys, xs));
    }
    // A thin rule at a low resolution is found only in pieces: one table's
    // label and figure parts can come out as two grids sharing their rows.
    // Grids side by side with two or more row boundaries in common are one.
    let tol = (g.width / 250).max(5) as f32;
    let shared = |a: &[f32], b: &[f32]| {
        a.iter()
            .filter(|y| b.iter().any(|z| (*y - z).abs() <= tol))
            .count()
    };
    let mut merged = true;
    while merged {
        merged = false;
        'pairs: for i in 0..out.len() {
            for j in i + 1..out.len() {
                let (a, b) = (&out[i], &out[j]);
                let gap = (b.1[0] - a.1[a.1.len() - 1]).max(a.1[0] - b.1[b.1.len() - 1]);
                if shared(&a.0, &b.0) >= 2 && gap <= g.width as f32 / 3.0 {
                    let (b0, b1) = out.remove(j);
                    let a = &mut out[i];
                    a.0 = positions(a.0.iter().copied().chain(b0).collect(), tol);
                    a.1 = positions(a.1.iter().copied().chain(b1).collect(), tol);
                    merged = true;
                    break 'pairs;
                }
            }
        }
    }
    let mut out: Vec<Grid> = out
        .into_iter()
        .map(|(ys, xs)| {
            let ys = with_faint_rows(ys, &xs, g, tol);
            cut(ys, xs, g)
        })
        .collect();
    out.sort_by(|a, b| a.ys[0].total_cmp(&b.ys[0]));
    out
}

/// Row boundaries a faint rule left out of [`Rules::find`]: pixel rows
/// between two known boundaries whose faint ink covers most of the table's
/// width (a line of text never does: its characters have gaps).
fn with_faint_rows(mut ys: Vec<f32>, xs: &[f32], g: &Gray, tol: f32) -> Vec<f32> {
    let (x0, x1) = (
        xs[0].max(0.0) as usize,
        (xs[xs.len() - 1] as usize).min(g.width),
    );
    if x1 <= x0 || ys.len() < 2 {
        return ys;
    }
    let (top, bottom) = (ys[0] as usize, (ys[ys.len() - 1] as usize).min(g.height));
    let mut found = Vec::new();
    let covered = |y: usize| {
        if y >= g.height {
            return false;
        }
        let row = &g.px[y * g.width + x0..y * g.width + x1];
        row.iter().filter(|&&p| p < FAINT).count() * 10 >= row.len() * 8
    };
    // a rule is thin: a shaded band (a grey header row) is not one
    let reach = 2 * tol as usize;
    for y in top..bottom {
        if ys
            .iter()
            .chain(&found)
            .any(|k| (k - y as f32).abs() <= 2.0 * tol)
        {
            continue;
        }
        if covered(y) && !covered(y.saturating_sub(reach)) && !covered(y + reach) {
            found.push(y as f32);
        }
    }
    ys.extend(found);
    ys.sort_by(f32::total_cmp);
    ys
}

/// Union-find: the representative of `i`.
fn root(p: &mut [usize], mut i: usize) -> usize {
    while p[i] != i {
        p[i] = p[p[i]];
        i = p[i];
    }
    i
}

/// Whether ink runs along most of the segment (a rule between two slots).
fn ruled(g: &Gray, horizontal: bool, at: f32, from: f32, to: f32) -> bool {
    // leave out the ends, where the crossing rule is
    let (a, b) = (from as usize + 3, (to as usize).saturating_sub(3));
    if b <= a {
        return true;
    }
    let at = at.round() as usize;
    // a rule left slightly sloped by the levelling drifts more at a high resolution
    let reach = (g.width / 400).max(3);
    // a thin rule at a low resolution is light grey, lighter than [`INK`]
    let faint = |x: usize, y: usize| x < g.width && y < g.height && g.px[y * g.width + x] < FAINT;
    let hit = (a..b)
        .filter(|&t| {
            (at.saturating_sub(reach)..=at + reach).any(|k| {
                if horizontal {
                    faint(t, k)
                } else {
                    faint(k, t)
                }
            })
        })
        .count();
    hit * 10 >= (b - a) * 7
}

fn cut(ys: Vec<f32>, xs: Vec<f32>, g: &Gray) -> Grid {
    let (nr, nc) = (ys.len() - 1, xs.len() - 1);
    let id = |r: usize, c: usize| r * nc + c;
    let mut parent: Vec<usize> = (0..nr * nc).collect();
    for r in 0..nr {
        for c in 0..nc {
            if c + 1 < nc && !ruled(g, false, xs[c + 1], ys[r], ys[r + 1]) {
                let (a, b) = (root(&mut parent, id(r, c)), root(&mut parent, id(r, c + 1)));
                parent[a] = b;
            }
            if r + 1 < nr && !ruled(g, true, ys[r + 1], xs[c], xs[c + 1]) {
                let (a, b) = (root(&mut parent, id(r, c)), root(&mut parent, id(r + 1, c)));
                parent[a] = b;
            }
        }
    }
    let mut spans: std::collections::BTreeMap<usize, GridCell> = Default::default();
    for r in 0..nr {
        for c in 0..nc {
            let k = root(&mut parent, id(r, c));
            let e = spans.entry(k).or_insert(GridCell {
                r0: r,
                r1: r + 1,
                c0: c,
                c1: c + 1,
            });
            e.r0 = e.r0.min(r);
            e.r1 = e.r1.max(r + 1);
            e.c0 = e.c0.min(c);
            e.c1 = e.c1.max(c + 1);
        }
    }
    let mut cells: Vec<GridCell> = spans.into_values().collect();
    cells.sort_by_key(|c| (c.r0, c.c0));
    Grid { ys, xs, cells }
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
pub(super) fn rule_debris(t: &str) -> bool {
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
        tables: Vec::new(),
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
    fn a_skewed_ruled_table_is_levelled_and_cut_into_cells() {
        // rules two pixels thick, sloping 0.006 (0.34°); the middle vertical
        // rule stops at the second horizontal one: row 0 is one spanned cell
        let (w, h) = (600, 400);
        let mut g = Gray {
            width: w,
            height: h,
            px: vec![255; w * h],
        };
        let s = 0.006f32;
        for y0 in [50.0f32, 150.0, 250.0] {
            for x in 50..=550 {
                let y = (y0 + s * x as f32).round() as usize;
                g.px[y * w + x] = 0;
                g.px[(y + 1) * w + x] = 0;
            }
        }
        for (x0, from) in [(50.0f32, 50.0f32), (300.0, 150.0), (550.0, 50.0)] {
            for y in from as usize..=250 {
                let x = (x0 - s * y as f32).round() as usize;
                g.px[y * w + x] = 0;
                g.px[y * w + x + 1] = 0;
            }
        }
        let skew = Rules::find(&g).skew();
        // within 0.1°: under a pixel of drift across a cell row
        assert!((skew - s).abs() < 0.002, "{skew}");
        let g = g.deskewed(skew);
        let rules = Rules::find(&g);
        let found = grids(&rules, &g);
        assert_eq!(found.len(), 1);
        let grid = &found[0];
        assert_eq!((grid.ys.len(), grid.xs.len()), (3, 3), "{grid:?}");
        let spans: Vec<(usize, usize, usize, usize)> = grid
            .cells
            .iter()
            .map(|c| (c.r0, c.r1, c.c0, c.c1))
            .collect();
        assert_eq!(spans, [(0, 1, 0, 2), (1, 2, 0, 1), (1, 2, 1, 2)]);
    }

    #[test]
    fn jpeg_page_images_decode_to_grey_and_damage_is_none() {
        let jpg = include_bytes!("../../tests/documents/pages_2016_p1.jpg");
        let g = Gray::from_jpeg(jpg).expect("the fixture decodes");
        assert_eq!(g.px.len(), g.width * g.height);
        assert!(
            g.width > 1000 && g.height > 1000,
            "{}x{}",
            g.width,
            g.height
        );
        assert!(Gray::from_jpeg(b"\xFF\xD8\xFF\xE0 not a jpeg").is_none());
        assert!(Gray::from_jpeg(b"GIF89a").is_none());
        for cut in [2, 100, 600, jpg.len() / 2] {
            let _ = Gray::from_jpeg(&jpg[..cut]); // never a panic
        }
    }

    #[test]
    fn png_page_images_decode_to_grey_on_white_and_damage_is_none() {
        use zune_png::zune_core::{
            bit_depth::BitDepth, colorspace::ColorSpace, options::EncoderOptions,
        };
        // opaque black, opaque white, transparent black (white on a page), red
        let rgba = [0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 255, 0, 0, 255];
        let png = zune_png::PngEncoder::new(
            &rgba,
            EncoderOptions::new(4, 1, ColorSpace::RGBA, BitDepth::Eight),
        )
        .encode();
        let g = Gray::from_png(&png).expect("an RGBA PNG decodes");
        assert_eq!((g.width, g.height), (4, 1));
        assert_eq!(g.px, vec![0, 255, 255, 76]);
        let luma = [10u8, 200];
        let png = zune_png::PngEncoder::new(
            &luma,
            EncoderOptions::new(1, 2, ColorSpace::Luma, BitDepth::Eight),
        )
        .encode();
        assert_eq!(Gray::from_png(&png).expect("a grey PNG").px, vec![10, 200]);
        assert!(Gray::from_png(b"\x89PNG\r\n\x1a\n not a png").is_none());
        assert!(Gray::from_png(b"GIF89a").is_none());
        for cut in [8, 20, 40, png.len() - 5] {
            let _ = Gray::from_png(&png[..cut]); // never a panic
        }
    }

    #[test]
    fn bad_pgm_is_none() {
        assert!(Gray::parse_pgm(b"P5\n10 10\n255\nshort").is_none());
        assert!(Gray::parse_pgm(b"P6\n1 1\n255\n\x00\x00\x00").is_none());
        assert!(Gray::parse_pgm(b"").is_none());
        assert!(Gray::parse_pgm(b"P5 99999999999 99999999999 255 x").is_none());
    }
}
