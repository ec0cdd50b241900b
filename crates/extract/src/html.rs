//! One streaming pass over the HTML: lines of text, meta tags, title, h1,
//! the article body and the table grids.
//!
//! Tokens (tags, attributes, text with entities decoded, the raw content of
//! `<title>`/`<script>`/`<style>`…) come from `nianbao-html`, the
//! workspace's one WHATWG tokenizer; this module owns what they mean for
//! extraction. Why no tree: a full tree-building parse costs more than
//! everything else in extraction together, and we only need (a) visible text
//! broken into lines at block boundaries, (b) which lines sit in
//! navigation/footer/share widgets, (c) the `<table>` grids with
//! rowspan/colspan expanded. A small element stack over the token stream
//! gets all three in one pass. It is deliberately forgiving: unclosed
//! `<p>`/`<td>`/`<tr>`/`<li>` are closed implicitly, stray end tags are
//! ignored, the content of `<script>`/`<style>`/`<noscript>`/`<textarea>`/
//! `<iframe>` is not text (the tokenizer reads it raw, scripting on), nor is
//! anything inside `<svg>`/`<object>`/`<select>`/`<template>`, and nothing
//! here can panic on malformed input.
//!
//! Body selection, in order:
//! 1. a strong CMS content container (`TRS_Editor`, `TRS_UEDITOR`,
//!    `Custom_UnionStyle`, `zoom`, `article-content`…) with real text in it;
//! 2. otherwise the densest run of lines: a maximum-sum window where each line
//!    scores its text length minus a penalty for link text and a constant per
//!    line, so runs of short link lines (menus, 相关链接 lists, pagers) lose
//!    to paragraphs.
//!
//! Elements whose tag or class/id says navigation, breadcrumb, footer, share
//! or related links are dropped before either step.

use std::ops::ControlFlow;
use std::sync::LazyLock;

use nianbao_html::{collapse_ws, tokenize, Options, StartTag, Token};

/// A line of visible text with what we know about where it came from.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub text: String,
    /// chars of this line that sit inside `<a>`
    pub link_chars: usize,
    /// inside a `<td>`/`<th>` of a data table (a layout table's cells do
    /// not count, see [`parse`])
    pub in_table: bool,
    /// order (1-based, document order) of the table whose cell holds the
    /// line, the innermost one when tables nest
    pub table: Option<usize>,
    /// inside the strong content container chosen as body
    pub container: Option<usize>,
    /// holds a pdf2htmlEX gap jump between two runs of text (a row of
    /// cells, a label and its figure: see [`parse`])
    pub gapped: bool,
}

/// An expanded table: every row has the same number of columns; a cell that
/// a rowspan/colspan covers repeats the spanning cell's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableGrid {
    pub rows: Vec<Vec<String>>,
    /// `cont[r][c]` is true where the cell is a horizontal (colspan) copy of
    /// the cell to its left; empty when unknown. Value cells spanning several
    /// columns ("132.5" over 采购总金额's two columns) must count once.
    pub cont: Vec<Vec<bool>>,
}

/// What the pass found.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// `<meta name|property|http-equiv=... content=...>`, names lowercased.
    pub meta: Vec<(String, String)>,
    pub title_tag: Option<String>,
    pub h1: Option<String>,
    /// Text of the first element the template marks as the publication
    /// time by id or class (see [`TIME_MARKS`]), label or not.
    pub time_element: Option<String>,
    /// Every visible line outside dropped boilerplate, in document order.
    pub lines: Vec<Line>,
    /// Index range into `lines` chosen as the article body.
    pub body: std::ops::Range<usize>,
    /// How the body was chosen (for notes).
    pub body_source: &'static str,
    /// Table grids in document order (skipped regions excluded).
    pub tables: Vec<TableGrid>,
}

impl Page {
    /// Value of a meta tag by lowercase name.
    pub fn meta(&self, name: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(n, v)| n == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }

    /// Lines of the body.
    pub fn body_lines(&self) -> &[Line] {
        self.lines.get(self.body.clone()).unwrap_or(&[])
    }

    /// Build a page from plain text (PDF text layer): one line per line, no tables.
    pub fn from_text(text: &str) -> Page {
        let lines: Vec<Line> = text
            .lines()
            .map(|l| l.trim_end())
            .filter(|l| !crate::numerals::trim_cell(l).is_empty())
            .map(|l| Line {
                text: l.to_string(),
                ..Default::default()
            })
            .collect();
        let n = lines.len();
        Page {
            lines,
            body: 0..n,
            body_source: "text",
            ..Default::default()
        }
    }
}

const SKIP_TAGS: &[&str] = &["nav", "footer", "aside", "header"];
const SKIP_TOKENS: &[&str] = &[
    "nav",
    "navbar",
    "menu",
    "footer",
    "foot",
    "header",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "position",
    "location",
    "share",
    "bdshare",
    "related",
    "xglj",
    "recommend",
    "sidebar",
    "copyright",
    "bottom",
    "topbar",
    "friendlink",
    "pager",
    "pagination",
    "banner",
    "tuijian",
    "dqwz",
    "weizhi",
    "fenxiang",
    "xgwz",
    "xgxx",
    "print",
    "toolbar",
    "top",
];
/// Ids and classes that templates give the element holding an article's
/// publication time with no label before it: WeChat's `<em
/// id="publish_time">2024-01-11</em>` under the title, and the CMS spellings
/// of the same (`<span class="pubtime">`).
const TIME_MARKS: &[&str] = &[
    "publish_time",
    "publishtime",
    "publish-time",
    "pubtime",
    "pub_time",
    "pub-time",
    "pubdate",
];
const CONTAINER_STRONG: &[&str] = &[
    "trs_editor",
    "trs_ueditor",
    "custom_unionstyle",
    "zoom",
    "article-content",
    "article_content",
    "articlecontent",
    "detail-content",
    "detail_content",
    "news_content",
    "newscontent",
    "content_text",
    "con_text",
    "main-text",
    "bt_content",
    "pages_content",
    "wzcon",
    "zwnr",
    "xxgk_content",
];
const CONTAINER_WEAK_TOKENS: &[&str] = &[
    "article", "content", "detail", "title", "text", "con", "main", "zw",
];

/// Intern a tag name (any case) to a static lowercase string; unknown tags
/// become "_" (we never need their names, only their nesting). A byte-slice
/// `match` compiles to a length switch plus short compares: no allocation.
fn intern(raw: &str) -> &'static str {
    if raw.len() > 10 {
        return "_";
    }
    let mut buf = [0u8; 10];
    for (i, b) in raw.bytes().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    match &buf[..raw.len()] {
        b"a" => "a",
        b"p" => "p",
        b"b" => "b",
        b"i" => "i",
        b"u" => "u",
        b"br" => "br",
        b"td" => "td",
        b"th" => "th",
        b"tr" => "tr",
        b"li" => "li",
        b"ul" => "ul",
        b"ol" => "ol",
        b"dl" => "dl",
        b"dt" => "dt",
        b"dd" => "dd",
        b"hr" => "hr",
        b"h1" => "h1",
        b"h2" => "h2",
        b"h3" => "h3",
        b"h4" => "h4",
        b"h5" => "h5",
        b"h6" => "h6",
        b"em" => "em",
        b"div" => "div",
        b"img" => "img",
        b"col" => "col",
        b"pre" => "pre",
        b"nav" => "nav",
        b"svg" => "svg",
        b"wbr" => "wbr",
        b"span" => "span",
        b"font" => "font",
        b"meta" => "meta",
        b"link" => "link",
        b"form" => "form",
        b"main" => "main",
        b"body" => "body",
        b"head" => "head",
        b"html" => "html",
        b"area" => "area",
        b"base" => "base",
        b"table" => "table",
        b"tbody" => "tbody",
        b"thead" => "thead",
        b"tfoot" => "tfoot",
        b"title" => "title",
        b"style" => "style",
        b"input" => "input",
        b"embed" => "embed",
        b"param" => "param",
        b"track" => "track",
        b"aside" => "aside",
        b"strong" => "strong",
        b"script" => "script",
        b"header" => "header",
        b"footer" => "footer",
        b"center" => "center",
        b"select" => "select",
        b"object" => "object",
        b"iframe" => "iframe",
        b"source" => "source",
        b"figure" => "figure",
        b"section" => "section",
        b"article" => "article",
        b"caption" => "caption",
        b"noscript" => "noscript",
        b"template" => "template",
        b"textarea" => "textarea",
        b"blockquote" => "blockquote",
        b"figcaption" => "figcaption",
        _ => "_",
    }
}

fn is_block(n: &str) -> bool {
    matches!(
        n,
        "p" | "div"
            | "br"
            | "tr"
            | "td"
            | "th"
            | "li"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "section"
            | "article"
            | "dt"
            | "dd"
            | "ul"
            | "ol"
            | "blockquote"
            | "pre"
            | "form"
            | "header"
            | "footer"
            | "nav"
            | "hr"
            | "caption"
            | "center"
            | "tbody"
            | "thead"
            | "dl"
            | "aside"
            | "main"
            | "figure"
            | "figcaption"
    )
}

fn is_void(n: &str) -> bool {
    matches!(
        n,
        "br" | "img"
            | "meta"
            | "link"
            | "input"
            | "hr"
            | "area"
            | "base"
            | "col"
            | "embed"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose whole subtree is not page text (the tokenizer reads them
/// as markup, so they are skipped here, nesting counted).
fn is_opaque(n: &str) -> bool {
    matches!(n, "svg" | "object" | "select" | "template")
}

/// Elements whose content the tokenizer hands over raw (see `nianbao-html`);
/// their own tags carry nothing for us.
fn is_raw(n: &str) -> bool {
    matches!(
        n,
        "script"
            | "style"
            | "noscript"
            | "textarea"
            | "iframe"
            | "title"
            | "xmp"
            | "noembed"
            | "noframes"
            | "plaintext"
    )
}

/// Elements whose class/id/span attributes we read (others skip attribute parsing).
fn wants_attrs(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "section"
            | "article"
            | "ul"
            | "ol"
            | "nav"
            | "header"
            | "footer"
            | "aside"
            | "td"
            | "th"
            | "table"
            | "meta"
            | "main"
            | "dl"
            | "span"
            | "p"
            | "font"
            | "center"
            | "form"
            | "h1"
            | "em"
    )
}

#[derive(Debug)]
struct Frame {
    name: &'static str,
    skip: bool,
    container: Option<usize>,
    is_a: bool,
    is_cell: bool,
    /// order of the table of the innermost open cell
    cell_table: Option<usize>,
    is_h1: bool,
    is_time: bool,
}

#[derive(Debug, Default)]
struct RawCell {
    text: String,
    rowspan: usize,
    colspan: usize,
}

#[derive(Debug, Default)]
struct TableBuilder {
    order: usize,
    rows: Vec<Vec<RawCell>>,
    row: Option<Vec<RawCell>>,
    cell: Option<RawCell>,
}

impl TableBuilder {
    fn close_cell(&mut self) {
        if let Some(c) = self.cell.take() {
            self.row.get_or_insert_with(Vec::new).push(c);
        }
    }
    fn close_row(&mut self) {
        self.close_cell();
        if let Some(r) = self.row.take() {
            self.rows.push(r);
        }
    }
    fn finish(mut self) -> (usize, TableGrid) {
        self.close_row();
        (self.order, expand(self.rows))
    }
}

const MAX_SPAN_COLS: usize = 60;
const MAX_SPAN_ROWS: usize = 200;
const MAX_GRID_ROWS: usize = 3000;

/// Expand rowspan/colspan into a rectangular grid.
fn expand(rows: Vec<Vec<RawCell>>) -> TableGrid {
    let mut grid: Vec<Vec<Option<(String, bool)>>> = Vec::new();
    for (r, row) in rows.into_iter().enumerate() {
        if r >= MAX_GRID_ROWS {
            break;
        }
        if grid.len() <= r {
            grid.resize_with(r + 1, Vec::new);
        }
        let mut c = 0;
        for cell in row {
            while grid[r].get(c).is_some_and(|x| x.is_some()) {
                c += 1;
            }
            let text = collapse_ws(&cell.text);
            let rs = cell.rowspan.clamp(1, MAX_SPAN_ROWS);
            let cs = cell.colspan.clamp(1, MAX_SPAN_COLS);
            for rr in r..(r + rs).min(MAX_GRID_ROWS) {
                if grid.len() <= rr {
                    grid.resize_with(rr + 1, Vec::new);
                }
                for cc in c..c + cs {
                    if grid[rr].len() <= cc {
                        grid[rr].resize(cc + 1, None);
                    }
                    if grid[rr][cc].is_none() {
                        grid[rr][cc] = Some((text.clone(), cc > c));
                    }
                }
            }
            c += cs;
        }
    }
    let width = grid.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut rows = Vec::new();
    let mut cont = Vec::new();
    for r in grid.into_iter().filter(|r| !r.is_empty()) {
        let mut v: Vec<String> = Vec::with_capacity(width);
        let mut k: Vec<bool> = Vec::with_capacity(width);
        for c in r {
            let (t, is_cont) = c.unwrap_or_default();
            v.push(t);
            k.push(is_cont);
        }
        v.resize(width, String::new());
        k.resize(width, false);
        rows.push(v);
        cont.push(k);
    }
    TableGrid { rows, cont }
}

/// Decode the HTML character references in a run of text (all of HTML's
/// named references, numeric ones with the spec's replacements).
pub fn decode_entities(s: &str) -> String {
    nianbao_html::decode_entities(s).into_owned()
}

fn class_tokens(v: &str) -> impl Iterator<Item = String> + '_ {
    v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|t| !t.is_empty())
        .map(|t| t.to_ascii_lowercase())
}

struct Builder {
    lines: Vec<Line>,
    cur: Line,
    pending_space: bool,
    stack: Vec<Frame>,
    tables: Vec<TableBuilder>,
    done_tables: Vec<(usize, TableGrid)>,
    table_counter: usize,
    containers: Vec<(usize, usize)>, // (start line, end line) per strong container id
    h1: Option<String>,
    h1_buf: Option<String>,
    time_element: Option<String>,
    time_buf: Option<String>,
}

impl Builder {
    fn skipping(&self) -> bool {
        self.stack.last().is_some_and(|f| f.skip)
    }
    // `is_a`/`is_cell` are inherited down the stack, so the top frame answers.
    fn in_a(&self) -> bool {
        self.stack.last().is_some_and(|f| f.is_a)
    }
    fn in_cell(&self) -> bool {
        self.stack.last().is_some_and(|f| f.is_cell)
    }
    fn container(&self) -> Option<usize> {
        self.stack.last().and_then(|f| f.container)
    }
    fn break_line(&mut self) {
        if self.cur.text.is_empty() {
            // most block boundaries close no text
            self.cur = Line::default();
            self.pending_space = false;
            return;
        }
        // Trim in place: most lines need no trimming, and none needs a copy.
        let text = &mut self.cur.text;
        let end = text.trim_end_matches(char::is_whitespace).len();
        text.truncate(end);
        let start = text.len() - text.trim_start_matches(char::is_whitespace).len();
        if start > 0 {
            text.drain(..start);
        }
        if !text.is_empty() {
            let l = std::mem::take(&mut self.cur);
            self.lines.push(l);
        } else {
            self.cur = Line::default();
        }
        self.pending_space = false;
    }
    fn text(&mut self, decoded: &str) {
        if let Some(b) = self.time_buf.as_mut() {
            b.push_str(decoded);
        }
        if self.skipping() {
            return;
        }
        // Collapse ASCII whitespace runs; keep other spaces (nbsp etc.) as is.
        // Appended straight to the current line (no per-text-node buffer).
        let was_empty = self.cur.text.is_empty();
        let from = self.cur.text.len();
        let mut n = 0usize;
        {
            let text = &mut self.cur.text;
            let bytes = decoded.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                // copy a run of non-whitespace in one go
                let run = bytes[i..]
                    .iter()
                    .position(|b| b.is_ascii_whitespace())
                    .map_or(bytes.len(), |p| i + p);
                if run > i {
                    if self.pending_space && !text.is_empty() {
                        text.push(' ');
                        n += 1;
                    }
                    self.pending_space = false;
                    let chunk = &decoded[i..run];
                    n += chunk.chars().count();
                    text.push_str(chunk);
                    i = run;
                } else {
                    self.pending_space = true;
                    i += 1;
                }
            }
        }
        if self.cur.text.len() == from {
            return;
        }
        if was_empty {
            self.cur.in_table = self.in_cell();
            self.cur.table = self.stack.last().and_then(|f| f.cell_table);
            self.cur.container = self.container();
        }
        if self.in_a() {
            self.cur.link_chars += n;
        }
        let s = &self.cur.text[from..];
        if let Some(b) = self.h1_buf.as_mut() {
            b.push_str(s);
        }
        if let Some(t) = self.tables.last_mut() {
            if let Some(c) = t.cell.as_mut() {
                c.text.push(' ');
                c.text.push_str(s);
            }
        }
    }
    fn pop_to(&mut self, idx: usize) {
        while self.stack.len() > idx {
            if let Some(f) = self.stack.pop() {
                self.on_close(&f);
            }
        }
    }
    fn on_close(&mut self, f: &Frame) {
        if is_block(f.name) {
            self.break_line();
        }
        if f.is_time {
            if let Some(b) = self.time_buf.take() {
                let t = collapse_ws(&b);
                if self.time_element.is_none() && !t.is_empty() {
                    self.time_element = Some(t);
                }
            }
        }
        if f.is_h1 {
            if let Some(b) = self.h1_buf.take() {
                let t = b.split_whitespace().collect::<Vec<_>>().join(" ");
                if self.h1.is_none() && !t.is_empty() {
                    self.h1 = Some(t);
                }
            }
        }
        if f.skip {
            return;
        }
        match f.name {
            "td" | "th" => {
                if let Some(t) = self.tables.last_mut() {
                    t.close_cell();
                }
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.close_row();
                }
            }
            "table" => {
                if let Some(t) = self.tables.pop() {
                    self.done_tables.push(t.finish());
                }
            }
            _ => {}
        }
        if let Some(id) = f.container {
            let parent_same = self.stack.last().is_some_and(|p| p.container == Some(id));
            if !parent_same {
                if let Some(c) = self.containers.get_mut(id) {
                    c.1 = self.lines.len();
                }
            }
        }
    }
    /// Close an open element `name` if it is open above the nearest `boundary` element.
    fn implicit_close(&mut self, name: &str, boundaries: &[&str]) {
        for i in (0..self.stack.len()).rev() {
            let n = self.stack[i].name;
            if n == name {
                self.pop_to(i);
                return;
            }
            if boundaries.contains(&n) {
                return;
            }
        }
    }
    fn start(&mut self, name: &'static str, tag: &StartTag, meta: &mut Vec<(String, String)>) {
        match name {
            "td" | "th" => self.implicit_close_cell(),
            "tr" => {
                self.implicit_close_cell();
                self.implicit_close("tr", &["table"]);
            }
            "li" => self.implicit_close("li", &["ul", "ol"]),
            "p" => self.implicit_close("p", &["div", "td", "th", "li", "table", "body"]),
            _ => {}
        }
        if is_block(name) {
            self.break_line();
        }
        let parent_skip = self.skipping();
        let parent_container = self.container();
        let needs_attrs = name == "meta" || (!parent_skip && wants_attrs(name));
        let attrs: Vec<(&str, &str)> = if needs_attrs {
            tag.attrs().collect()
        } else {
            Vec::new()
        };
        if name == "meta" {
            let key = attrs
                .iter()
                .find(|(n, _)| matches!(*n, "name" | "property" | "http-equiv" | "itemprop"))
                .map(|(_, v)| v.to_ascii_lowercase());
            let content = attrs
                .iter()
                .find(|(n, _)| *n == "content")
                .map(|(_, v)| v.to_string());
            if let (Some(k), Some(c)) = (key, content) {
                meta.push((k, c));
            }
            return;
        }
        if is_void(name) || tag.self_closing() {
            return;
        }
        let mut skip = parent_skip || SKIP_TAGS.contains(&name);
        let mut container = parent_container;
        if !parent_skip {
            let mut strong = false;
            let mut weak = false;
            let mut skip_tok = false;
            for &(n, v) in &attrs {
                if n == "class" || n == "id" {
                    let lower = v.to_ascii_lowercase();
                    if CONTAINER_STRONG.iter().any(|m| {
                        lower
                            .split_whitespace()
                            .any(|t| t == *m || t.starts_with(m))
                    }) {
                        strong = true;
                    }
                    for t in class_tokens(v) {
                        if SKIP_TOKENS.contains(&t.as_str()) {
                            skip_tok = true;
                        }
                        if CONTAINER_WEAK_TOKENS.contains(&t.as_str()) {
                            weak = true;
                        }
                    }
                }
            }
            if skip_tok && !strong && !weak && parent_container.is_none() {
                skip = true;
            }
            if skip_tok && parent_container.is_some() && !strong {
                skip = true;
            }
            if strong && parent_container.is_none() && !skip {
                self.containers.push((
                    self.lines.len() + usize::from(!self.cur.text.is_empty()),
                    usize::MAX,
                ));
                container = Some(self.containers.len() - 1);
            }
        }
        let is_time = self.time_element.is_none()
            && self.time_buf.is_none()
            && attrs.iter().any(|&(n, v)| {
                (n == "id" || n == "class")
                    && v.split_whitespace()
                        .any(|t| TIME_MARKS.iter().any(|m| t.eq_ignore_ascii_case(m)))
            });
        if is_time {
            self.time_buf = Some(String::new());
        }
        // pdf2htmlEX positions text by jumps it writes as empty gap spans
        // (`<span class="_ _4"></span>`, class `_` and a width class): a jump
        // between a table's cells, a label and its figure, is a space.
        if name == "span"
            && attrs
                .iter()
                .any(|&(n, v)| n == "class" && v.split_whitespace().next() == Some("_"))
        {
            self.pending_space = true;
            self.cur.gapped |= !self.cur.text.is_empty();
        }
        let is_h1 = name == "h1" && !skip;
        if is_h1 && self.h1.is_none() {
            self.h1_buf = Some(String::new());
        }
        if !skip {
            match name {
                "table" => {
                    self.table_counter += 1;
                    self.tables.push(TableBuilder {
                        order: self.table_counter,
                        ..Default::default()
                    });
                }
                "tr" => {
                    if let Some(t) = self.tables.last_mut() {
                        t.close_row();
                        t.row = Some(Vec::new());
                    }
                }
                "td" | "th" => {
                    if let Some(t) = self.tables.last_mut() {
                        t.close_cell();
                        let span = |k: &str| {
                            attrs
                                .iter()
                                .find(|(n, _)| *n == k)
                                .and_then(|(_, v)| v.trim().parse::<usize>().ok())
                                .unwrap_or(1)
                        };
                        t.cell = Some(RawCell {
                            text: String::new(),
                            rowspan: span("rowspan"),
                            colspan: span("colspan"),
                        });
                    }
                }
                _ => {}
            }
        }
        self.stack.push(Frame {
            name,
            skip,
            container,
            is_a: name == "a" || self.in_a(),
            is_cell: name == "td" || name == "th" || self.in_cell(),
            cell_table: match name {
                "td" | "th" if !skip => self.tables.last().map(|t| t.order),
                _ => self.stack.last().and_then(|f| f.cell_table),
            },
            is_h1,
            is_time,
        });
    }
    fn implicit_close_cell(&mut self) {
        for i in (0..self.stack.len()).rev() {
            let n = self.stack[i].name;
            if n == "td" || n == "th" {
                self.pop_to(i);
                return;
            }
            if n == "tr" || n == "table" {
                return;
            }
        }
    }
    fn end(&mut self, name: &str) {
        if let Some(i) = self.stack.iter().rposition(|f| f.name == name) {
            // don't let a stray </div> close a table from inside a cell
            self.pop_to(i);
        } else if name == "br" || name == "p" {
            self.break_line();
        }
    }
}

/// Parse an HTML document (already decoded) into a [`Page`].
pub fn parse(html: &str) -> Page {
    parse_with(html, true)
}

/// Parse the HTML [`plain_text_to_html`] renders: its paragraphs are joined
/// already, so the hard-wrap join (which would read a run of short lines of
/// one length as a width) is not run again.
pub fn parse_plain(html: &str) -> Page {
    parse_with(html, false)
}

fn parse_with(html: &str, unwrap: bool) -> Page {
    let mut meta = Vec::new();
    let mut title_tag: Option<String> = None;
    let mut b = Builder {
        lines: Vec::new(),
        cur: Line::default(),
        pending_space: false,
        stack: Vec::new(),
        tables: Vec::new(),
        done_tables: Vec::new(),
        table_counter: 0,
        containers: Vec::new(),
        h1: None,
        h1_buf: None,
        time_element: None,
        time_buf: None,
    };
    // Inside an opaque element (see `is_opaque`): its name and nesting depth.
    let mut opaque: Option<(&'static str, usize)> = None;
    tokenize(html, Options { scripting: true }, |t| {
        match t {
            Token::Text(x) => {
                if opaque.is_none() {
                    b.text(&strip_invisible(x));
                }
            }
            Token::Raw {
                element: "title",
                text,
            } => {
                if title_tag.is_none() {
                    let t = collapse_ws(&strip_invisible(text));
                    if !t.is_empty() {
                        title_tag = Some(t);
                    }
                }
            }
            Token::Raw { .. } => {}
            Token::Start(tag) => {
                let name = intern(tag.name());
                if let Some((o, depth)) = opaque.as_mut() {
                    if *o == name && !tag.self_closing() {
                        *depth += 1;
                    }
                } else if is_opaque(name) {
                    if !tag.self_closing() {
                        opaque = Some((name, 1));
                    }
                } else if !is_raw(tag.name()) {
                    b.start(name, tag, &mut meta);
                }
            }
            Token::End(n) => {
                let name = intern(n);
                if let Some((o, depth)) = opaque.as_mut() {
                    if *o == name {
                        *depth -= 1;
                        if *depth == 0 {
                            opaque = None;
                        }
                    }
                } else if !is_raw(n) {
                    b.end(name);
                }
            }
        }
        ControlFlow::Continue(())
    });
    b.pop_to(0);
    b.break_line();
    while let Some(t) = b.tables.pop() {
        b.done_tables.push(t.finish());
    }
    let mut tables = std::mem::take(&mut b.done_tables);
    tables.sort_by_key(|(o, _)| *o);
    let mut lines = b.lines;
    // Layout tables. Older CMS templates put the whole article in a cell of a
    // page-layout table (`<table><tr><td>…<p>…</p>…</td></tr></table>`); its
    // paragraphs are prose, not table cells, and its grid (one cell holding
    // the article) is no statistics table. A table is layout when the lines
    // of its own cells (nested tables apart) hold prose: 200 chars in all,
    // and a line of 60 chars or more or two lines of 20 or more with a 。
    // (paragraphs, or text hard-wrapped at a page's width). Statutory and
    // index tables hold short labels and figures.
    let mut own: std::collections::HashMap<usize, (usize, usize, usize)> = Default::default();
    for l in &lines {
        if let Some(t) = l.table {
            let n = l.text.chars().count();
            let e = own.entry(t).or_default();
            e.0 += n;
            e.1 = e.1.max(n);
            e.2 += usize::from(n >= 20 && l.text.contains('。'));
        }
    }
    let layout: Vec<usize> = own
        .into_iter()
        .filter(|(_, (total, longest, sentences))| {
            *total >= 200 && (*longest >= 60 || *sentences >= 2)
        })
        .map(|(t, _)| t)
        .collect();
    if !layout.is_empty() {
        for l in lines.iter_mut() {
            if l.table.is_some_and(|t| layout.contains(&t)) {
                l.in_table = false;
            }
        }
        tables.retain(|(o, _)| !layout.contains(o));
    }

    // Body selection.
    let mut best: Option<(usize, usize, usize)> = None; // (chars, start, end)
    for (start, end) in b.containers.iter().copied() {
        let end = end.min(lines.len());
        if start >= end {
            continue;
        }
        let chars: usize = lines[start..end]
            .iter()
            .map(|l| l.text.chars().count())
            .sum();
        if chars >= 40 && best.is_none_or(|(c, _, _)| chars > c) {
            best = Some((chars, start, end));
        }
    }
    let (body, body_source) = match best {
        Some((_, s, e)) => (intro_before(&lines, s)..e, "container"),
        None => (densest(&lines), "density"),
    };
    // pdf2htmlEX prints a PDF's every visual line as a positioned div: the
    // whole text is hard-wrapped at the page's width, however few of its
    // long lines are prose (a table's rows are lines too).
    let visual = meta
        .iter()
        .any(|(k, v)| k == "generator" && v.to_ascii_lowercase().contains("pdf2htmlex"));
    let (lines, body) = if unwrap {
        unwrap_hard_breaks(lines, body, visual)
    } else {
        (lines, body)
    };
    Page {
        meta,
        title_tag,
        h1: b.h1,
        time_element: b.time_element,
        lines,
        body,
        body_source,
        tables: tables.into_iter().map(|(_, t)| t).collect(),
    }
}

/// Characters that take no room and say nothing: zero-width space and
/// (non-)joiners, direction marks, word joiner, BOM, soft hyphen. Rich-text
/// editors leave them inside words and figures (UEditor's U+200B fill
/// character, `&#8203;` in text pasted from other pages, a soft hyphen from a
/// word processor), where they would cut 2023 or 政府信息 in two for every
/// rule after the tokenizer. A reader never sees them, so they are dropped.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}')
}

/// `s` without [`invisible`] characters (borrowed when it has none).
fn strip_invisible(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(invisible) {
        std::borrow::Cow::Owned(s.chars().filter(|&c| !invisible(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// A breadcrumb or menu line (当前位置：首页 > 政务公开, 首页 | 政务公开):
/// chrome a scraper kept as a paragraph, never part of a wrapped sentence,
/// however close its length comes to the page width.
fn nav_line(t: &str) -> bool {
    t.contains(['>', '＞', '»', '|', '｜'])
}

/// A report's title on a line of its own (…2017年政府信息公开工作年度报告):
/// it ends with the document kind and holds no clause punctuation, so it
/// ends there even when it comes out at the page width.
fn title_line(t: &str) -> bool {
    let t = t.trim_end();
    (t.ends_with("报告") || t.ends_with("年报")) && !t.contains(['，', ',', '。', '；'])
}

/// Text pasted from a PDF or a typeset page keeps its line ends: every
/// paragraph comes as lines of one width (28 characters for an A4 line of
/// 三号 type), the last one shorter, and a count or a sentence is cut in two
/// ("全年共公开" / "信息92条"). When most long prose lines of a page share
/// one width, a body line of that width that does not end a sentence is
/// joined with the next prose line of the body. Pages written in paragraphs
/// have lines of every length and are left alone; the chrome around the body
/// is neither counted nor joined. The body range is mapped onto the joined
/// lines.
/// A numbered heading starts a new paragraph, whatever the line before it.
static HEADING: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])")
        .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});

fn ends_sentence(t: &str) -> bool {
    t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':'])
}

/// A PDF page's number line between dashes (— 1 —, - 2 -).
fn page_number_line(t: &str) -> bool {
    let core = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–' | '－'));
    core.len() < t.len()
        && (1..=3).contains(&core.len())
        && core.bytes().all(|b| b.is_ascii_digit())
}

/// `visual`: every line is a visual line of a page (pdf2htmlEX output), so
/// two lines at one width are enough to know the width, a page-number line
/// does not break a paragraph running over a page break, and a line of
/// cells (a table row: figures spaced apart) is never joined.
fn unwrap_hard_breaks(
    lines: Vec<Line>,
    body: std::ops::Range<usize>,
    visual: bool,
) -> (Vec<Line>, std::ops::Range<usize>) {
    let prose = |l: &Line| !l.in_table && l.link_chars == 0 && !(visual && l.gapped);
    let len = |l: &Line| l.text.chars().count();
    let mut freq: std::collections::HashMap<usize, usize> = Default::default();
    let mut long = 0;
    let in_body = lines.get(body.clone()).unwrap_or(&[]);
    for l in in_body.iter().filter(|l| prose(l) && len(l) >= 16) {
        long += 1;
        *freq.entry(len(l)).or_default() += 1;
    }
    // The width: the length most lines end at or just short of (a line
    // closes up to three characters early rather than cut a number or
    // start the next with punctuation).
    let near = |w: usize| {
        (w.saturating_sub(3)..=w)
            .map(|k| freq.get(&k).copied().unwrap_or(0))
            .sum::<usize>()
    };
    let Some(width) = freq.keys().copied().max_by_key(|&w| (near(w), w)) else {
        return (lines, body);
    };
    let wrapped = near(width);
    let enough = if visual {
        wrapped >= 2
    } else {
        wrapped >= 5 && wrapped * 10 >= long * 4
    };
    if width < 16 || !enough {
        return (lines, body);
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // new index of every old line
    let mut map = Vec::with_capacity(lines.len());
    let mut join_next = false;
    for (i, l) in lines.into_iter().enumerate() {
        if visual && page_number_line(&l.text) && body.contains(&i) {
            map.push(out.len().saturating_sub(1));
            continue;
        }
        let n = len(&l);
        let joins = join_next
            && body.contains(&i)
            && prose(&l)
            && !HEADING.is_match(&l.text)
            && !nav_line(&l.text);
        match out.last_mut() {
            Some(prev) if joins => {
                prev.text.push_str(&l.text);
                prev.link_chars += l.link_chars;
            }
            _ => out.push(l),
        }
        map.push(out.len() - 1);
        let last = out.last().map(|l| (prose(l), ends_sentence(&l.text)));
        join_next = body.contains(&i)
            && last.is_some_and(|(p, end)| p && !end)
            && out
                .last()
                .is_some_and(|l| !nav_line(&l.text) && !title_line(&l.text))
            && (width.saturating_sub(3)..=width).contains(&n);
    }
    let start = map.get(body.start).copied().unwrap_or(out.len());
    let end = body
        .end
        .checked_sub(1)
        .and_then(|e| map.get(e))
        .map_or(start, |&e| e + 1);
    (out, start..end.max(start))
}

/// Where a container body really starts: TRS and similar templates print
/// the article's first paragraph (the report's 导语: "本年度报告依照…编制")
/// under the heading and open the editor's container after it, so the prose
/// paragraphs right above the container belong to the body. Only sentences
/// (20+ characters with a 。, no link text, not in a table) are taken, and
/// the walk up stops at the first line that is not one: datelines, sources,
/// headings and menus stay outside.
fn intro_before(lines: &[Line], start: usize) -> usize {
    let mut s = start;
    while s > 0 {
        let l = &lines[s - 1];
        if l.in_table || l.link_chars > 0 || l.text.chars().count() < 20 || !l.text.contains('。')
        {
            break;
        }
        s -= 1;
    }
    s
}

/// Maximum-sum window of line scores (text minus link penalty minus a per-line constant).
fn densest(lines: &[Line]) -> std::ops::Range<usize> {
    let mut best = (i64::MIN, 0usize, 0usize);
    let mut cur = 0i64;
    let mut cur_start = 0usize;
    for (i, l) in lines.iter().enumerate() {
        let n = l.text.chars().count() as i64;
        let link = l.link_chars as i64;
        // Link lines (menus, 相关链接, pagers) pay a constant; short plain
        // lines (flattened table cells, headings) are close to neutral so a
        // one-paragraph-per-cell table stays inside the body.
        let mut score = n - 3 * link - if link > 0 { 12 } else { 2 };
        if l.in_table {
            score = score.max(1);
        }
        if cur <= 0 {
            cur = score;
            cur_start = i;
        } else {
            cur += score;
        }
        if cur > best.0 {
            best = (cur, cur_start, i + 1);
        }
    }
    if best.0 <= 0 {
        return 0..lines.len();
    }
    best.1..best.2
}

/// Escape text for the minimal HTML the document readers produce (DOCX, DOC,
/// PDF and OCR layouts are rendered to HTML so that one path reads them all).
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Is a `text/plain` body really plain text (not an HTML page served with the
/// wrong type)? Checked on its first 4 KB for the tags every page has.
pub fn is_plain_text(text: &str) -> bool {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_ascii_lowercase();
    ![
        "<html", "<body", "<p>", "<p ", "<div", "<br", "<table", "<title",
    ]
    .iter()
    .any(|t| head.contains(t))
}

/// A Markdown ATX heading line (`## 一、总体情况`).
fn md_heading(line: &str) -> bool {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    (1..=6).contains(&level)
        && rest.starts_with([' ', '\t'])
        && !rest.trim().trim_end_matches('#').trim().is_empty()
}

/// A pipe table's rule row (`|---|:---:|`).
fn md_rule(line: &str) -> bool {
    line.starts_with('|')
        && line.contains("---")
        && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// A Markdown copy rendered by pulldown-cmark (CommonMark with GFM pipe
/// tables). Two departures from its HTML, both for how the page is read:
/// only the first `#` heading is the `<h1>` (the article's title; later
/// top-level ones are sections), and a soft line break joins its lines
/// with nothing between, as a Chinese paragraph hard-wrapped by pandoc or
/// html2text reads.
fn markdown_to_html(text: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let mut seen_h1 = false;
    let mut demoted = false;
    let events = Parser::new_ext(text, Options::ENABLE_TABLES).filter_map(|e| match e {
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            id,
            classes,
            attrs,
        }) => {
            demoted = seen_h1;
            seen_h1 = true;
            let level = if demoted {
                HeadingLevel::H2
            } else {
                HeadingLevel::H1
            };
            Some(Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }))
        }
        Event::End(TagEnd::Heading(HeadingLevel::H1)) if demoted => {
            Some(Event::End(TagEnd::Heading(HeadingLevel::H2)))
        }
        Event::SoftBreak => None,
        e => Some(e),
    });
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    out.push_str("<html><body>\n");
    pulldown_cmark::html::push_html(&mut out, events);
    out.push_str("</body></html>\n");
    out
}

/// Render a plain-text report (a `text/plain` capture, typically
/// `pdftotext -layout` output) as the minimal HTML the document readers
/// produce: one `<p>` per line, and runs of two or more lines that are laid
/// out as columns (cells split by two or more spaces) as a `<table>`, as
/// `-layout` prints the statutory tables. A single columned line is kept as
/// prose (a heading and its text spaced apart).
///
/// A Markdown copy (an article saved through pandoc, html2text or a
/// reader's "copy as Markdown", served as text/plain) is read as what it
/// marks up ([`markdown_to_html`]). A text is Markdown only when it has a `#`
/// heading or a pipe-table rule row: a report title under `# ` would
/// otherwise read as a line starting with `#`, and a statutory table as lines
/// of `|`; without either sign, `pdftotext -layout` output (indented lines,
/// `1.` headings) must not be taken for Markdown's code blocks and lists.
pub fn plain_text_to_html(text: &str) -> String {
    fn cells(line: &str) -> Vec<&str> {
        let t = line.trim();
        let mut out = Vec::new();
        let mut start = 0;
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b' ' && b.get(i + 1) == Some(&b' ') {
                out.push(t[start..i].trim());
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                start = i;
            } else {
                i += 1;
            }
        }
        out.push(t[start..].trim());
        out.retain(|c| !c.is_empty());
        out
    }
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}'))
        .filter(|l| !l.is_empty())
        .collect();
    if lines.iter().any(|l| md_heading(l) || md_rule(l)) {
        return markdown_to_html(text);
    }
    let row: Vec<Vec<&str>> = lines.iter().map(|l| cells(l)).collect();
    // Prose lines end at the page width, the longest line's: a line that
    // reaches it (within three characters) and ends no sentence goes on in the next prose line,
    // unless that one is a numbered heading. A plain text has no paragraph
    // marks at all, so two lines of one width are enough to know the width.
    let len = |i: usize| lines[i].chars().count();
    let mut freq: std::collections::HashMap<usize, usize> = Default::default();
    for i in (0..lines.len()).filter(|&i| row[i].len() < 2 && len(i) >= 16) {
        *freq.entry(len(i)).or_default() += 1;
    }
    let near = |w: usize| {
        (w.saturating_sub(3)..=w)
            .map(|k| freq.get(&k).copied().unwrap_or(0))
            .sum::<usize>()
    };
    let width = freq.keys().copied().max().filter(|&w| near(w) >= 2);
    let goes_on = |i: usize| {
        width.is_some_and(|w| (w.saturating_sub(3)..=w).contains(&len(i)))
            && row[i].len() < 2
            && !ends_sentence(lines[i])
            && lines
                .get(i + 1)
                .is_some_and(|n| row[i + 1].len() < 2 && !HEADING.is_match(n))
    };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    out.push_str("<html><body>\n");
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && row[j].len() >= 2 {
            j += 1;
        }
        if j - i >= 2 {
            out.push_str("<table>\n");
            for r in &row[i..j] {
                out.push_str("<tr>");
                for c in r {
                    out.push_str("<td>");
                    out.push_str(&esc(c));
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
            i = j;
            continue;
        }
        out.push_str("<p>");
        out.push_str(&esc(lines[i]));
        while goes_on(i) {
            i += 1;
            out.push_str(&esc(lines[i]));
        }
        out.push_str("</p>\n");
        i += 1;
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_body_and_skips() {
        let h = r#"<html><head><title>报告 - 某局</title><meta name="ArticleTitle" content="某局报告"></head>
        <body><div class="nav"><a href="/">首页</a><a href="/x">信息公开</a></div>
        <div class="TRS_Editor"><p>第一段内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长。</p><p>第二段&nbsp;内容</p></div>
        <div class="footer">版权所有</div></body></html>"#;
        let p = parse(h);
        assert_eq!(p.title_tag.as_deref(), Some("报告 - 某局"));
        assert_eq!(p.meta("articletitle"), Some("某局报告"));
        assert_eq!(p.body_source, "container");
        let body: Vec<_> = p.body_lines().iter().map(|l| l.text.as_str()).collect();
        assert_eq!(body.len(), 2, "{body:?}");
        assert!(!p
            .lines
            .iter()
            .any(|l| l.text.contains("版权") || l.text.contains("首页")));
    }

    #[test]
    fn invisible_characters_are_dropped() {
        let h = "<title>政府\u{200B}信息公开年度&shy;报告</title><p>2\u{200B}0&#8203;2&#x200B;3年，主动公开\u{FEFF}政府信息1&#8203;161条。</p>\
                 <table><tr><td>予以\u{200C}公开</td><td>1&#8203;6</td></tr></table>";
        let p = parse(h);
        assert_eq!(p.title_tag.as_deref(), Some("政府信息公开年度报告"));
        assert_eq!(p.lines[0].text, "2023年，主动公开政府信息1161条。");
        assert_eq!(p.tables[0].rows[0], vec!["予以公开", "16"]);
    }

    #[test]
    fn a_markdown_copy_reads_as_its_markup() {
        let md = "[首页](/) \\| [政务公开](/zwgk/)\n\n# 某市生态环境局2023年政府信息公开工作年度报告\n\n\
                  ## 一、总体情况\n\n2023年，我局主动公开政府信息**572**条。\n\n\
                  | 收到和处理政府信息公开申请情况 |  |\n|---|---|\n| 一、本年新收政府信息公开申请数量 | 5 |\n| 二、上年结转 \\| 注 | 0 |\n";
        assert!(is_plain_text(md));
        let p = parse_plain(&plain_text_to_html(md));
        assert_eq!(
            p.h1.as_deref(),
            Some("某市生态环境局2023年政府信息公开工作年度报告")
        );
        let text: Vec<&str> = p.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text[0], "首页 | 政务公开");
        assert!(text.contains(&"一、总体情况"));
        assert!(text.contains(&"2023年，我局主动公开政府信息572条。"));
        assert_eq!(p.tables.len(), 1);
        assert_eq!(
            p.tables[0].rows[1],
            vec!["一、本年新收政府信息公开申请数量", "5"]
        );
        assert_eq!(p.tables[0].rows[2], vec!["二、上年结转 | 注", "0"]);
        // a later top-level heading is a section; a hard-wrapped paragraph is one line
        let md = "# 某局2023年政府信息公开工作年度报告\n\n# 一、总体情况\n\n全年主动公开政府\n信息572条。\n";
        let p = parse_plain(&plain_text_to_html(md));
        assert_eq!(p.h1.as_deref(), Some("某局2023年政府信息公开工作年度报告"));
        let text: Vec<&str> = p.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(text.contains(&"一、总体情况"));
        assert!(text.contains(&"全年主动公开政府信息572条。"));
        // a text with no heading and no rule row keeps its lines as they are
        let p = parse_plain(&plain_text_to_html("  #1号文件\n  **x** \\| y"));
        assert_eq!(p.lines[0].text, "#1号文件");
        assert_eq!(p.lines[1].text, "**x** \\| y");
    }

    #[test]
    fn publication_time_element() {
        let h = r#"<h1 class="rich_media_title">某局2023年政府信息公开工作年度报告</h1>
        <div class="rich_media_meta_list"><a id="js_name">某市生态环境发布</a>
        <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-01-11</em></div>
        <p>正文</p><span class="pubtime">2020-01-01</span>"#;
        let p = parse(h);
        assert_eq!(p.time_element.as_deref(), Some("2024-01-11"));
        assert_eq!(parse("<em>2024-01-11</em>").time_element, None);
    }

    #[test]
    fn rowspan_colspan() {
        let h =
            "<table><tr><td rowspan=2>a</td><td colspan=2>b</td></tr><tr><td>c<td>d</tr></table>";
        let p = parse(h);
        assert_eq!(
            p.tables[0].rows,
            vec![vec!["a", "b", "b"], vec!["a", "c", "d"]]
                .into_iter()
                .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_page_layout_table_is_prose_and_its_data_tables_stay() {
        let para = "2023年，我局严格执行《中华人民共和国政府信息公开条例》，全年主动公开政府信息共计1161条，均已在门户网站发布。";
        let h = format!(
            "<body><table width=100%><tr><td><a href=#>首页</a></td><td>\
             <p>一、总体情况</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>二、主动公开政府信息情况</p>\
             <table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>\
             </td></tr></table></body>"
        );
        let p = parse(&h);
        let line = |t: &str| p.lines.iter().find(|l| l.text.starts_with(t)).unwrap();
        assert!(!line("2023年").in_table);
        assert!(!line("一、总体情况").in_table);
        assert!(line("规章").in_table);
        assert_eq!(p.tables.len(), 1);
        assert_eq!(
            p.tables[0].rows[1],
            vec!["规章".to_string(), "0".to_string()]
        );
    }

    #[test]
    fn wrap_join_skips_breadcrumb_and_title_lines() {
        let mut h = String::from("<html><body><h1>欢迎访问</h1><p>当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年</p><p>某某市环境保护局2017年政府信息公开工作年度报告</p>");
        for _ in 0..6 {
            h.push_str("<p>依照《中华人民共和国政府信息公开条例》的规定，编制本年</p>");
        }
        h.push_str("<p>度报告。</p></body></html>");
        let page = parse(&h);
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(
            texts.contains(&"某某市环境保护局2017年政府信息公开工作年度报告"),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|l| l.starts_with("当前位置") && l.ends_with("公开年")),
            "{texts:?}"
        );
    }

    #[test]
    fn intro_paragraph_above_container_is_body() {
        let h = r#"<html><body><h1>年度报告</h1><p>发布时间：2014-03-01</p>
        <p>本年度报告依照《中华人民共和国政府信息公开条例》由某市环境保护局编制。</p>
        <div class="TRS_Editor"><style>.x{}</style><p>一、概述</p><p>全年主动公开政府信息共二百条，其中网站公开一百条，政务微博公开五十条，政务微信公开五十条。</p></div></body></html>"#;
        let page = parse(h);
        let body: Vec<&str> = page.body_lines().iter().map(|l| l.text.as_str()).collect();
        assert!(body[0].starts_with("本年度报告依照"), "{body:?}");
        assert!(!body.iter().any(|l| l.starts_with("发布时间")), "{body:?}");
    }

    #[test]
    fn plain_text_lines_columns_and_wraps() {
        let t = "  某局2023年年度报告\n  一、总体情况\n  2023年，我局主动公开了政府信息共12\n  34条，依申请公开信息2件，均按期答复。本\n  年度未发生行政复议。\n    信息内容      本年制发件数\n    规章          0\n\u{c}";
        assert!(is_plain_text(t));
        assert!(!is_plain_text("<html><body><p>x</p></body></html>"));
        let page = parse_plain(&plain_text_to_html(t));
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(texts.contains(&"一、总体情况"), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|l| l.contains("共1234条") && l.contains("本年度未发生")),
            "{texts:?}"
        );
        assert_eq!(page.tables.len(), 1);
    }

    #[test]
    fn pdf2htmlex_lines_are_joined_and_gaps_spaced() {
        let line = |t: &str| format!("<div class=\"t m0 x1 h4 y1 ff1 fs2\">{t}</div>");
        let mut h = String::from(
            "<html><head><meta name=\"generator\" content=\"pdf2htmlEX\"/></head><body><div id=\"page-container\"><div class=\"pf w0 h0\"><div class=\"pc pc1 w0 h0\">",
        );
        for t in [
            "某市生态环境局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，某某分局通过某某县人民政府网站主动公开信",
            "息合计27条，其中建设项目环境影响评价信息12条，行",
            "— 1 —",
            "政处罚决定15条。",
            "自然人<span class=\"_ _4\"></span>法人或其他组织<span class=\"_ _4\"></span>总计",
            "一、本年新收政府信<span class=\"_ _4\"></span>0<span class=\"_ _4\"></span>0",
        ] {
            h.push_str(&line(t));
        }
        h.push_str("</div></div></div></body></html>");
        let p = parse(&h);
        let text: Vec<&str> = p.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(
            text.contains(&"2023年，某某分局通过某某县人民政府网站主动公开信息合计27条，其中建设项目环境影响评价信息12条，行政处罚决定15条。"),
            "{text:?}"
        );
        assert!(text.contains(&"自然人 法人或其他组织 总计"));
        assert!(text.contains(&"一、本年新收政府信 0 0"));
        assert!(!text.iter().any(|t| t.contains("— 1 —")));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let wrapped = "<div class=article-content>\
            <p>一、总体情况</p>\
            <p>根据《中华人民共和国政府信息公开条例》有关规定，编制本报<br>告。报告中所列数据统计期限从2023年1月1日到12月<br>31日止。</p>\
            <p>（一）主动公开情况。通过网站以及电视、报纸等平台定期发<br>布大气、水环境质量信息，全年共公开信息92条，其中在政府<br>信息公开专栏公开信息16条。</p>\
            <p>（二）依申请公开情况。严格履行申请、受理、登记、办理、答<br>复等程序，全年未收到政府信息公开申请。</p>\
            <p>二、主动公开政府信息情况</p></div>";
        let p = parse(wrapped);
        let body: Vec<&str> = p.body_lines().iter().map(|l| l.text.as_str()).collect();
        assert!(
            body.contains(&"（一）主动公开情况。通过网站以及电视、报纸等平台定期发布大气、水环境质量信息，全年共公开信息92条，其中在政府信息公开专栏公开信息16条。"),
            "{body:?}"
        );
        assert!(body.contains(&"一、总体情况"));
        assert!(body.contains(&"二、主动公开政府信息情况"));
        // Paragraphs of every length are left as they are.
        let p = parse(
            "<div class=article-content><p>2023年，我局主动公开政府信息共1161条。</p>\
            <p>收到依申请公开7件</p><p>均按要求答复，未收到行政复议、行政诉讼</p></div>",
        );
        assert_eq!(p.body_lines().len(), 3);
    }

    #[test]
    fn nested_tables_keep_inner_text_out_of_outer() {
        let h =
            "<table><tr><td>outer<table><tr><td>1</td><td>2</td></tr></table></td></tr></table>";
        let p = parse(h);
        assert_eq!(p.tables.len(), 2);
        assert_eq!(p.tables[0].rows, vec![vec!["outer".to_string()]]);
        assert_eq!(
            p.tables[1].rows,
            vec![vec!["1".to_string(), "2".to_string()]]
        );
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&amp;b&#20013;&#x6587;&nbsp;&bogus;"),
            "a&b中文\u{a0}&bogus;"
        );
    }

    fn texts(p: &Page) -> Vec<&str> {
        p.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn spec_cases_the_old_scanner_got_wrong() {
        // `<!-->` is a whole comment; the old scanner hid everything up to the next `-->`.
        let p = parse("<p>a<!-->b</p><p>c</p><!-- x -->");
        assert_eq!(texts(&p), ["ab", "c"]);
        // bogus comments end at the first `>`
        let p = parse("<p>a<!x>b<?php echo 1 ?>c</p>");
        assert_eq!(texts(&p), ["abc"]);
        // RCDATA title: markup is text, every named reference decodes
        let p =
            parse("<TITLE>年报&ensp;<b>2020</b>&rarr;&sup2;</TITLE><P>x&hellip;&yen;&#20013</P>");
        assert_eq!(p.title_tag.as_deref(), Some("年报 <b>2020</b>→²"));
        assert_eq!(texts(&p), ["x…¥中"]);
        // a script holding `</a>`, `<!--` and a nested `<script>` string leaks nothing
        let p = parse(
            "<p>a</p><script><!-- document.write('<script>x</script></a><p>no</p>') --></script><p>b</p>",
        );
        assert_eq!(texts(&p), ["a", "b"]);
        // unquoted, uppercase, duplicated attributes (the first wins)
        let p = parse("<TABLE><TR><TD ROWSPAN=2 rowspan=1>a<TD COLSPAN=2>b<TR><TD>c<td>d</TABLE>");
        assert_eq!(
            p.tables[0].rows,
            [["a", "b", "b"], ["a", "c", "d"]]
                .map(|r| r.map(String::from).to_vec())
                .to_vec()
        );
        // opaque subtrees nest
        let p = parse("<p>a<svg><svg></svg><text>no</text></svg>b</p>");
        assert_eq!(texts(&p), ["ab"]);
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "<",
            "<a",
            "<<>>",
            "</",
            "<!--",
            "<td rowspan=99999 colspan=99999>x",
            "<table><td>",
            "&#99999999;",
            "<title>",
            "<script>",
        ] {
            let _ = parse(s);
        }
    }
}
