//! A text PDF's words with their boxes, from poppler's
//! `pdftotext -bbox-layout -enc UTF-8 - -` (XHTML: page → flow → block →
//! line → word). Poppler's blocks are kept: they are its reading-order
//! analysis (columns come out column by column) and they hold a wrapped
//! table cell's lines together. [`super::layout`] rebuilds text and rows.

use super::layout::{Block, PageLayout, TextLine, Word};
use super::{run_tool, ToolError};
use quick_xml::events::{BytesStart, Event};
use std::process::Command;
use std::time::{Duration, Instant};

/// Pages of a PDF as word boxes. Errors name the tool.
pub fn pages(body: &[u8], timeout: Duration) -> Result<Vec<PageLayout>, ToolError> {
    let out = run_tool(
        "pdftotext",
        Command::new("pdftotext").args(["-bbox-layout", "-enc", "UTF-8", "-", "-"]),
        Some(body.to_vec()),
        Instant::now() + timeout,
    )?;
    Ok(parse(&String::from_utf8_lossy(&out)))
}

fn attr(e: &BytesStart, name: &[u8]) -> f32 {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| String::from_utf8_lossy(&a.value).parse::<f32>().ok())
        .unwrap_or(0.0)
}

/// Parse the `-bbox-layout` XHTML. Malformed input yields what was read.
pub fn parse(xhtml: &str) -> Vec<PageLayout> {
    let mut reader = quick_xml::Reader::from_str(xhtml);
    let mut pages: Vec<PageLayout> = Vec::new();
    let mut word: Option<Word> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"page" => pages.push(PageLayout {
                    width: attr(&e, b"width"),
                    height: attr(&e, b"height"),
                    blocks: Vec::new(),
                    tables: Vec::new(),
                }),
                b"block" => {
                    if let Some(p) = pages.last_mut() {
                        p.blocks.push(Block::default());
                    }
                }
                b"line" => {
                    if let Some(b) = pages.last_mut().and_then(|p| p.blocks.last_mut()) {
                        b.lines.push(TextLine::default());
                    }
                }
                b"word" => {
                    word = Some(Word {
                        x0: attr(&e, b"xMin"),
                        y0: attr(&e, b"yMin"),
                        x1: attr(&e, b"xMax"),
                        y1: attr(&e, b"yMax"),
                        text: String::new(),
                    })
                }
                _ => {}
            },
            Ok(Event::Text(t)) => {
                if let (Some(w), Ok(s)) = (word.as_mut(), t.unescape()) {
                    w.text.push_str(&s);
                }
            }
            Ok(Event::End(e)) if e.name().as_ref() == b"word" => {
                if let Some(w) = word.take() {
                    let line = pages
                        .last_mut()
                        .and_then(|p| p.blocks.last_mut())
                        .and_then(|b| b.lines.last_mut());
                    if let Some(l) = line {
                        if !w.text.trim().is_empty() {
                            l.words.push(w);
                        }
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_in_blocks() {
        let x = r#"<html><body><doc><page width="595" height="842"><flow><block xMin="1" yMin="1" xMax="9" yMax="9">
<line xMin="1" yMin="1" xMax="9" yMax="9"><word xMin="1" yMin="2" xMax="3" yMax="4">信息</word><word xMin="4" yMin="2" xMax="5" yMax="4">5&amp;6</word></line>
</block></flow></page></doc></body></html>"#;
        let p = parse(x);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].height, 842.0);
        let words = &p[0].blocks[0].lines[0].words;
        assert_eq!(words.len(), 2);
        assert_eq!(words[1].text, "5&6");
        assert_eq!(words[0].x1, 3.0);
    }
}
