//! Scans: image-only PDF pages rasterised by poppler's `pdftoppm` (grey,
//! [`Limits::ocr_dpi`]), or the archived page images of a report page
//! published as scans ([`ocr_images`]), read by Tesseract 5 in page order, one page at a
//! time, single-threaded (`OMP_THREAD_LIMIT=1`: pages/s per core is the
//! figure that scales, and the crawler runs several extractions at once).
//!
//! A page that decodes (pdftoppm's PGM, a JPEG page image) is levelled by
//! its rules, its ruled tables found and its rules erased before Tesseract
//! reads it ([`super::rules`]); the ruled tables' cells are then read by
//! [`super::grid`], one extra Tesseract call per page for all its figures.
//!
//! Tesseract's TSV output gives each word's box and confidence; its
//! (block, paragraph) groups become [`Block`]s so [`super::layout`] rebuilds
//! prose and table rows from OCR exactly as from a text PDF, and OCR'd
//! figures meet the same identity checks. The mean word confidence is
//! reported. With the default `chi_sim`, page 1 is also read with `chi_tra`
//! (when installed) and the more confident model reads the document: a
//! Traditional scan then comes out in the characters it was printed in.
//!
//! Bounded: at most [`Limits::ocr_max_pages`] pages, and one deadline
//! ([`Limits::ocr_timeout`]) for the whole document; a child still running
//! at the deadline is killed.

use super::layout::{Block, PageLayout, TextLine, Word};
use super::{run_tool, Limits, ToolError};
use std::collections::BTreeMap;
use std::process::Command;
use std::time::Instant;

pub struct Ocr {
    pub pages: Vec<PageLayout>,
    /// Mean confidence (0–100) of the recognised words.
    pub confidence: Option<f32>,
    /// Whether pages past the cap were left unread.
    pub capped: bool,
    /// The Tesseract language used.
    pub lang: String,
}

/// OCR an image-only PDF of `page_count` pages (0 when unknown).
pub fn ocr_pdf(body: &[u8], page_count: usize, limits: &Limits) -> Result<Ocr, ToolError> {
    let deadline = Instant::now() + limits.ocr_timeout;
    let dir = tempfile::tempdir().map_err(|e| ToolError::Failed(format!("temp dir: {e}")))?;
    let pdf = dir.path().join("in.pdf");
    std::fs::write(&pdf, body).map_err(|e| ToolError::Failed(format!("temp file: {e}")))?;
    let last = limits.ocr_max_pages.max(1);
    run_tool(
        "pdftoppm",
        Command::new("pdftoppm")
            .arg("-r")
            .arg(limits.ocr_dpi.to_string())
            .args(["-gray", "-f", "1", "-l"])
            .arg(last.to_string())
            .arg(&pdf)
            .arg(dir.path().join("p")),
        None,
        deadline,
    )?;
    let mut images: Vec<_> = std::fs::read_dir(dir.path())
        .map_err(|e| ToolError::Failed(format!("temp dir: {e}")))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pgm"))
        .collect();
    // pdftoppm zero-pads page numbers to a common width, so names sort in page order
    images.sort();
    let capped = page_count > images.len();
    read_images(&images, capped, limits, deadline)
}

/// OCR the page images of a report page (JPEG, PNG, GIF…, as archived), in the
/// order given, which is page order. Tesseract reads the image files directly.
pub fn ocr_images(bodies: &[&[u8]], limits: &Limits) -> Result<Ocr, ToolError> {
    let deadline = Instant::now() + limits.ocr_timeout;
    let dir = tempfile::tempdir().map_err(|e| ToolError::Failed(format!("temp dir: {e}")))?;
    let cap = limits.ocr_max_pages.max(1) as usize;
    let mut images = Vec::new();
    for (i, b) in bodies.iter().take(cap).enumerate() {
        // a JPEG, PNG (or grey PNM) is decoded to grey so its rules are found
        // and erased as a PDF page's are; anything else (GIF…) goes to Tesseract
        // as archived
        let gray = super::rules::Gray::from_jpeg(b)
            .or_else(|| super::rules::Gray::from_png(b))
            .or_else(|| super::rules::Gray::parse_pgm(b));
        let (path, bytes) = match gray {
            Some(g) => (dir.path().join(format!("p{i:04}.pgm")), g.to_pgm()),
            None => (dir.path().join(format!("p{i:04}.img")), b.to_vec()),
        };
        std::fs::write(&path, bytes).map_err(|e| ToolError::Failed(format!("temp file: {e}")))?;
        images.push(path);
    }
    read_images(&images, bodies.len() > cap, limits, deadline)
}

fn read_images(
    images: &[std::path::PathBuf],
    capped: bool,
    limits: &Limits,
    deadline: Instant,
) -> Result<Ocr, ToolError> {
    let mut lang = limits.ocr_lang.clone();
    // chi_sim reads Traditional print too, as Simplified characters, so the
    // script cannot be told from its output: page 1 is also read with
    // chi_tra, and the model that is more confident reads the document.
    let mut first: Option<PagesRead> = None;
    if lang == "chi_sim" && !images.is_empty() && has_lang("chi_tra", deadline) {
        let sim = read_pages(&images[..1], "chi_sim", deadline)?;
        let tra = read_pages(&images[..1], "chi_tra", deadline)?;
        let mean = |r: &PagesRead| r.1 / r.2.max(1) as f32;
        first = Some(if mean(&tra) > mean(&sim) {
            lang = "chi_tra".into();
            tra
        } else {
            sim
        });
    }
    let (pages, conf_sum, conf_n) = match first {
        Some((mut pages, s, n)) => {
            let (rest, s2, n2) = read_pages(&images[1..], &lang, deadline)?;
            pages.extend(rest);
            (pages, s + s2, n + n2)
        }
        None => read_pages(images, &lang, deadline)?,
    };
    Ok(Ocr {
        pages,
        confidence: (conf_n > 0).then(|| conf_sum / conf_n as f32),
        capped,
        lang,
    })
}

type PagesRead = (Vec<PageLayout>, f32, usize);

fn read_pages(
    images: &[std::path::PathBuf],
    lang: &str,
    deadline: Instant,
) -> Result<PagesRead, ToolError> {
    let mut pages = Vec::new();
    let (mut sum, mut n) = (0.0f32, 0usize);
    for img in images {
        // A page we can decode (pdftoppm's PGM, a decoded JPEG): level it by
        // its rules, find its ruled tables, erase the rules before OCR.
        let prepared = if img.extension().is_some_and(|x| x == "pgm") {
            prepare(img)
        } else {
            None
        };
        let out = run_tool(
            "tesseract",
            Command::new("tesseract")
                .arg(img)
                .args(["stdout", "-l", lang, "--psm", "3", "tsv"])
                .env("OMP_THREAD_LIMIT", "1"),
            None,
            deadline,
        );
        let out = match out {
            Ok(o) => o,
            Err(ToolError::Failed(m)) if !has_lang(lang, deadline) => {
                return Err(ToolError::Missing(format!(
                    "tesseract language data {lang} ({m})"
                )))
            }
            Err(e) => return Err(e),
        };
        let (mut page, s, k) = parse_tsv(&String::from_utf8_lossy(&out));
        if let Some(p) = prepared {
            let lines = std::mem::take(&mut page.blocks)
                .into_iter()
                .flat_map(|b| b.lines)
                .collect();
            let (width, height) = (page.width, page.height);
            let dir = img.parent().unwrap_or(std::path::Path::new("."));
            let figures = figure_lang(lang, deadline);
            let read = super::grid::read(&p.gray, &p.grids, lines, &figures, deadline, dir)?;
            page = super::rules::cells(read.rest, &p.rules, width, height);
            page.tables = read.tables;
        }
        pages.push(page);
        sum += s;
        n += k;
    }
    Ok((pages, sum, n))
}

/// Figures are read with `eng` when installed (its digit shapes are Latin
/// print's), else with the page's language.
fn figure_lang(lang: &str, deadline: Instant) -> String {
    if has_lang("eng", deadline) {
        "eng".into()
    } else {
        lang.into()
    }
}

/// A page ready for OCR: levelled, rules erased (written back to its file).
struct Prepared {
    gray: super::rules::Gray,
    rules: super::rules::Rules,
    grids: Vec<super::rules::Grid>,
}

/// Find the ruling lines of the page image at `path`, turn the page level
/// when they are skewed, find its ruled tables and write it back without the
/// rules; None (the image untouched) when it cannot be read.
fn prepare(path: &std::path::Path) -> Option<Prepared> {
    use super::rules::{grids, Gray, Rules};
    let mut g = Gray::parse_pgm(&std::fs::read(path).ok()?)?;
    let mut rules = Rules::find(&g);
    let skew = rules.skew();
    if skew != 0.0 {
        g = g.deskewed(skew);
        rules = Rules::find(&g);
    }
    let grids = grids(&rules, &g);
    rules.erase(&mut g);
    std::fs::write(path, g.to_pgm()).ok()?;
    Some(Prepared {
        gray: g,
        rules,
        grids,
    })
}

fn has_lang(lang: &str, deadline: Instant) -> bool {
    let Ok(out) = run_tool(
        "tesseract",
        Command::new("tesseract").arg("--list-langs"),
        None,
        deadline,
    ) else {
        return false;
    };
    let listed = String::from_utf8_lossy(&out).into_owned();
    lang.split('+')
        .all(|l| listed.lines().any(|x| x.trim() == l))
}

/// One page of Tesseract TSV → (page, sum of word confidences, word count).
pub fn parse_tsv(tsv: &str) -> (PageLayout, f32, usize) {
    let mut page = PageLayout::default();
    let mut blocks: BTreeMap<(u32, u32), BTreeMap<u32, TextLine>> = BTreeMap::new();
    let (mut sum, mut n) = (0.0f32, 0usize);
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 12 {
            continue;
        }
        let num = |i: usize| f[i].trim().parse::<f32>().unwrap_or(0.0);
        let level = num(0) as u32;
        if level == 1 {
            page.width = num(8);
            page.height = num(9);
            continue;
        }
        let text = f[11..].join("\t");
        let text = text.trim();
        if level != 5 || text.is_empty() {
            continue;
        }
        let conf = num(10);
        if conf >= 0.0 {
            sum += conf;
            n += 1;
        }
        let (x, y, w, h) = (num(6), num(7), num(8), num(9));
        blocks
            .entry((num(2) as u32, num(3) as u32))
            .or_default()
            .entry(num(4) as u32)
            .or_default()
            .words
            .push(Word {
                x0: x,
                y0: y,
                x1: x + w,
                y1: y + h,
                text: text.to_string(),
            });
    }
    page.blocks = blocks
        .into_values()
        .map(|lines| Block {
            lines: lines.into_values().collect(),
        })
        .collect();
    (page, sum, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_words_and_confidence() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n\
5\t1\t1\t1\t1\t1\t100\t200\t40\t30\t90\t政府\n\
5\t1\t1\t1\t1\t2\t150\t200\t30\t30\t80\t528\n\
5\t1\t2\t1\t1\t1\t100\t400\t30\t30\t-1\t \n";
        let (p, s, n) = parse_tsv(tsv);
        assert_eq!(p.height, 2339.0);
        assert_eq!(p.blocks.len(), 1);
        assert_eq!(p.blocks[0].lines[0].words[1].text, "528");
        assert_eq!((s, n), (170.0, 2));
    }
}
