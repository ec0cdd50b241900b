//! One streaming pass over the HTML: lines of text, meta tags, title, h1,
//! the article body and the table grids.
//!
//! Why not html5ever: a full tree-building parse costs more than everything
//! else in extraction together, and we only need (a) visible text broken into
//! lines at block boundaries, (b) which lines sit in navigation/footer/share
//! widgets, (c) the `<table>` grids with rowspan/colspan expanded. A tolerant
//! tokenizer with a small element stack gets all three in one pass over the
//! bytes. It is deliberately forgiving: unclosed `<p>`/`<td>`/`<tr>`/`<li>`
//! are closed implicitly, stray end tags are ignored, `<script>`/`<style>`
//! contents are skipped, and nothing here can panic on malformed input
//! (every index comes from an ASCII byte found by search, so it is a char
//! boundary).
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

use std::borrow::Cow;

/// A line of visible text with what we know about where it came from.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub text: String,
    /// chars of this line that sit inside `<a>`
    pub link_chars: usize,
    /// inside a `<td>`/`<th>`
    pub in_table: bool,
    /// inside the strong content container chosen as body
    pub container: Option<usize>,
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

fn is_raw(n: &str) -> bool {
    matches!(
        n,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "textarea"
            | "svg"
            | "object"
            | "iframe"
            | "select"
    )
}

/// The end-tag prefix that closes a raw element (see [`is_raw`]).
fn raw_close(n: &str) -> &'static str {
    match n {
        "script" => "</script",
        "style" => "</style",
        "noscript" => "</noscript",
        "template" => "</template",
        "textarea" => "</textarea",
        "svg" => "</svg",
        "object" => "</object",
        "iframe" => "</iframe",
        "select" => "</select",
        _ => "</",
    }
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
    )
}

#[derive(Debug)]
struct Frame {
    name: &'static str,
    skip: bool,
    container: Option<usize>,
    is_a: bool,
    is_cell: bool,
    is_h1: bool,
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
            let text = join_ws(&cell.text);
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

/// `s.split_whitespace().collect::<Vec<_>>().join(" ")` without the Vec.
fn join_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    // needle is lowercase ASCII; search case-insensitively
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || from >= h.len() {
        return None;
    }
    let first_l = n[0];
    let first_u = n[0].to_ascii_uppercase();
    let mut i = from;
    while i + n.len() <= h.len() {
        let rel = memchr::memchr2(first_l, first_u, &h[i..])?;
        let p = i + rel;
        if p + n.len() > h.len() {
            return None;
        }
        if h[p..p + n.len()].eq_ignore_ascii_case(n) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// Entity-decoded text, borrowed when there is no `&` in it.
fn entities_cow(s: &str) -> Cow<'_, str> {
    if s.contains('&') {
        Cow::Owned(decode_entities(s))
    } else {
        Cow::Borrowed(s)
    }
}

/// Parse attributes of a start tag body (`a href="x" class=y`) into (name, value)
/// pairs; names lowercased. Borrowed from the tag unless something changed.
fn parse_attrs(s: &str) -> Vec<(Cow<'_, str>, Cow<'_, str>)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ns = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        if ns == i {
            i += 1;
            continue;
        }
        let raw_name = &s[ns..i];
        let name = if raw_name.bytes().any(|c| c.is_ascii_uppercase()) {
            Cow::Owned(raw_name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw_name)
        };
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut val = Cow::Borrowed("");
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = memchr::memchr(q, &b[vs..])
                    .map(|p| vs + p)
                    .unwrap_or(b.len());
                val = entities_cow(&s[vs..ve]);
                i = ve + 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                val = entities_cow(&s[vs..i]);
            }
        }
        out.push((name, val));
    }
    out
}

/// Decode the HTML character references Chinese CMS pages actually use.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let mut done = false;
        if let Some(e) = end {
            let ent = &after[..e];
            let ch = if let Some(num) = ent.strip_prefix('#') {
                let v = if let Some(h) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                    u32::from_str_radix(h, 16).ok()
                } else {
                    num.parse::<u32>().ok()
                };
                v.and_then(char::from_u32).map(|c| c.to_string())
            } else {
                match ent {
                    "nbsp" => Some("\u{a0}"),
                    "amp" => Some("&"),
                    "lt" => Some("<"),
                    "gt" => Some(">"),
                    "quot" => Some("\""),
                    "apos" => Some("'"),
                    "ldquo" => Some("“"),
                    "rdquo" => Some("”"),
                    "lsquo" => Some("‘"),
                    "rsquo" => Some("’"),
                    "mdash" => Some("—"),
                    "ndash" => Some("–"),
                    "middot" => Some("·"),
                    "hellip" => Some("…"),
                    "emsp" => Some("\u{2003}"),
                    "ensp" => Some("\u{2002}"),
                    "times" => Some("×"),
                    "bull" => Some("•"),
                    "copy" => Some("©"),
                    "raquo" => Some("»"),
                    "laquo" => Some("«"),
                    _ => None,
                }
                .map(|s| s.to_string())
            };
            if let Some(c) = ch {
                out.push_str(&c);
                rest = &after[e + 1..];
                done = true;
            }
        }
        if !done {
            out.push('&');
            rest = after;
        }
    }
    out.push_str(rest);
    out
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
    fn text(&mut self, raw: &str) {
        if self.skipping() {
            return;
        }
        let decoded = entities_cow(raw);
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
    fn start(
        &mut self,
        name: &'static str,
        attrs_src: &str,
        self_closing: bool,
        meta: &mut Vec<(String, String)>,
    ) {
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
        let attrs = if needs_attrs && !attrs_src.is_empty() {
            parse_attrs(attrs_src)
        } else {
            Vec::new()
        };
        if name == "meta" {
            let key = attrs
                .iter()
                .find(|(n, _)| {
                    n == "name" || n == "property" || n == "http-equiv" || n == "itemprop"
                })
                .map(|(_, v)| v.to_ascii_lowercase());
            let content = attrs
                .iter()
                .find(|(n, _)| n == "content")
                .map(|(_, v)| v.to_string());
            if let (Some(k), Some(c)) = (key, content) {
                meta.push((k, c));
            }
            return;
        }
        if is_void(name) || self_closing {
            return;
        }
        let mut skip = parent_skip || SKIP_TAGS.contains(&name);
        let mut container = parent_container;
        if !parent_skip {
            let mut strong = false;
            let mut weak = false;
            let mut skip_tok = false;
            for (n, v) in &attrs {
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
                                .find(|(n, _)| n == k)
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
            is_h1,
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
    let bytes = html.as_bytes();
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
    };
    let mut i = 0;
    while i < bytes.len() {
        let lt = match memchr::memchr(b'<', &bytes[i..]) {
            Some(p) => i + p,
            None => {
                b.text(&html[i..]);
                break;
            }
        };
        if lt > i {
            b.text(&html[i..lt]);
        }
        i = lt;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = match memchr::memmem::find(&rest[4..], b"-->") {
                Some(p) => i + 4 + p + 3,
                None => bytes.len(),
            };
            continue;
        }
        if rest.len() > 1 && (rest[1] == b'!' || rest[1] == b'?') {
            i = match memchr::memchr(b'>', rest) {
                Some(p) => i + p + 1,
                None => bytes.len(),
            };
            continue;
        }
        let is_end = rest.len() > 1 && rest[1] == b'/';
        let name_start = i + if is_end { 2 } else { 1 };
        let mut ne = name_start;
        while ne < bytes.len()
            && (bytes[ne].is_ascii_alphanumeric() || bytes[ne] == b':' || bytes[ne] == b'-')
        {
            ne += 1;
        }
        if ne == name_start || !bytes[name_start].is_ascii_alphabetic() {
            // not a tag: literal '<'
            b.text("<");
            i += 1;
            continue;
        }
        // find the end of the tag, respecting quotes
        let mut j = ne;
        let mut quote: Option<u8> = None;
        while j < bytes.len() {
            let c = bytes[j];
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == b'"' || c == b'\'' => quote = Some(c),
                None if c == b'>' => break,
                None => {}
            }
            j += 1;
        }
        let name = intern(&html[name_start..ne]);
        let tag_end = j.min(bytes.len());
        let attrs_src = &html[ne..tag_end];
        i = (tag_end + 1).min(bytes.len());
        if is_end {
            b.end(name);
            continue;
        }
        let self_closing = attrs_src.trim_end().ends_with('/');
        if name == "title" {
            let close = find_ci(html, i, "</title").unwrap_or(bytes.len());
            if title_tag.is_none() {
                let t = decode_entities(&html[i..close]);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    title_tag = Some(t);
                }
            }
            i = match memchr::memchr(b'>', &bytes[close.min(bytes.len())..]) {
                Some(p) => close + p + 1,
                None => bytes.len(),
            };
            continue;
        }
        if is_raw(name) && !self_closing {
            let close = find_ci(html, i, raw_close(name)).unwrap_or(bytes.len());
            i = match memchr::memchr(b'>', &bytes[close.min(bytes.len())..]) {
                Some(p) => close + p + 1,
                None => bytes.len(),
            };
            continue;
        }
        b.start(name, attrs_src, self_closing, &mut meta);
    }
    b.pop_to(0);
    b.break_line();
    while let Some(t) = b.tables.pop() {
        b.done_tables.push(t.finish());
    }
    let mut tables = std::mem::take(&mut b.done_tables);
    tables.sort_by_key(|(o, _)| *o);
    let lines = b.lines;

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
        Some((_, s, e)) => (s..e, "container"),
        None => (densest(&lines), "density"),
    };
    Page {
        meta,
        title_tag,
        h1: b.h1,
        lines,
        body,
        body_source,
        tables: tables.into_iter().map(|(_, t)| t).collect(),
    }
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
