//! The one HTML tokenizer nianbao reads pages with.
//!
//! Link discovery (`nianbao-discover`) and extraction (`nianbao-extract`)
//! both need the same thing from a page: a stream of start tags with their
//! attributes, end tags and text, read the way a browser reads them. This
//! crate owns that stream and nothing else; what a tag *means* (a link, a
//! table cell, boilerplate) stays with each consumer.
//!
//! The tokenizer is [html5gum]'s WHATWG state machine, so the cases real
//! pages exercise come out as a browser sees them: all 2,231 named character
//! references (and numeric ones, with the spec's replacements), the
//! attribute-value rule that keeps `?a=1&copy=2` literal, unquoted and
//! duplicated attributes (the first wins), `<!-->` and bogus comments such
//! as `<!x>` or `<?xml …?>`, uppercase names, and the elements whose content
//! is not markup: `<title>`/`<textarea>` (RCDATA: entities decoded, tags
//! literal), `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>` and,
//! when scripting is on, `<noscript>` (RAWTEXT), `<script>` (script data,
//! with its `<!--` escapes) and `<plaintext>`.
//!
//! There is no tree builder: a tree costs more than either consumer's whole
//! budget and neither needs one. The tokenizer state after a start tag is
//! chosen from the tag name alone (what a tree builder would do for these
//! elements in HTML content), which is the one place this differs from a
//! browser: `<![CDATA[` is always a bogus comment, as outside `<svg>`/`<math>`.
//!
//! Comments, doctypes and parse errors are not reported. Nothing here panics,
//! and the work is linear in the input.

use std::borrow::Cow;
use std::ops::ControlFlow;

use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, State, Tokenizer};

/// One token of the stream. Names are ASCII-lowercase; text and attribute
/// values have their character references decoded.
#[derive(Debug)]
pub enum Token<'a> {
    /// `<name attr=value …>` (also for void and `/>` tags, which get no [`Token::End`]).
    Start(&'a StartTag),
    /// `</name>`
    End(&'a str),
    /// Character data in ordinary content.
    Text(&'a str),
    /// The content of an element whose content is not markup (`<title>`,
    /// `<textarea>`, `<script>`, `<style>` …; see the module docs): its
    /// `element` name and the `text`, entities decoded only for `<title>`
    /// and `<textarea>` (RCDATA), as the spec says.
    Raw { element: &'a str, text: &'a str },
}

/// Attributes kept per start tag; later ones are dropped. Real tags carry a
/// dozen; the cap keeps the first-wins duplicate check linear on a hostile
/// tag with a million attributes.
pub const MAX_ATTRS: usize = 256;

/// A start tag. Reused between tokens: copy out what you keep.
#[derive(Debug, Default)]
pub struct StartTag {
    name: String,
    self_closing: bool,
    /// Attribute names and values, back to back.
    buf: String,
    /// (name start, name end = value start, value end) into `buf`.
    attrs: Vec<(u32, u32, u32)>,
}

impl StartTag {
    /// The tag name, lowercase.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Written as `<x/>` (which HTML ignores except on foreign elements).
    pub fn self_closing(&self) -> bool {
        self.self_closing
    }

    /// The value of attribute `name` (give it lowercase); an attribute
    /// written without a value is `Some("")`. Of duplicated attributes the
    /// first one counts.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs().find_map(|(n, v)| (n == name).then_some(v))
    }

    /// Attributes in document order, duplicates dropped, names lowercase
    /// (at most [`MAX_ATTRS`]).
    pub fn attrs(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.attrs.iter().map(|&(a, b, c)| {
            let (a, b, c) = (a as usize, b as usize, c as usize);
            (
                self.buf.get(a..b).unwrap_or(""),
                self.buf.get(b..c).unwrap_or(""),
            )
        })
    }

    fn clear(&mut self) {
        self.name.clear();
        self.self_closing = false;
        self.buf.clear();
        self.attrs.clear();
    }
}

/// How to read the page.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Read `<noscript>` content as raw text, as a browser with scripting
    /// on does (its links then are not links). Off reads it as markup, as a
    /// crawler that runs no script sees the page.
    pub scripting: bool,
}

/// The tokenizer state a start tag puts the tokenizer in, by name.
fn state_after(name: &str, opts: Options) -> Option<State> {
    match name {
        "title" | "textarea" => Some(State::RcData),
        "script" => Some(State::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" => Some(State::RawText),
        "noscript" if opts.scripting => Some(State::RawText),
        "plaintext" => Some(State::PlainText),
        _ => None,
    }
}

fn utf8(b: &[u8]) -> Cow<'_, str> {
    // The input is a &str and the tokenizer splits only at ASCII bytes, so
    // this is always the borrowed branch; the lossy one just cannot panic.
    // (`from_utf8` first: its validation is several times faster than the
    // chunked lossy decoder's on CJK text.)
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(b),
    }
}

/// Receives html5gum's events and turns them into [`Token`]s.
struct Events<F> {
    f: F,
    opts: Options,
    tag: StartTag,
    /// Index in `tag.attrs` of the attribute whose value may follow; None
    /// when the last attribute name was a duplicate.
    value_slot: Option<usize>,
    /// Name of the element whose raw content we are in.
    raw: Option<String>,
    /// The state to switch to after the tag just emitted.
    switch: Option<State>,
    /// Set when the consumer asked to stop.
    stopped: bool,
}

impl<F: FnMut(Token<'_>) -> ControlFlow<()>> Events<F> {
    fn deliver(&mut self, t: Token<'_>) -> Option<()> {
        if self.stopped {
            return None;
        }
        if (self.f)(t).is_break() {
            self.stopped = true;
            return Some(());
        }
        None
    }
}

impl<F: FnMut(Token<'_>) -> ControlFlow<()>> Callback<(), ()> for Events<F> {
    fn handle_event(&mut self, event: CallbackEvent<'_>, _span: Span<()>) -> Option<()> {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.tag.clear();
                self.tag.name.push_str(&utf8(name));
                self.value_slot = None;
                None
            }
            CallbackEvent::AttributeName { name } => {
                let name = utf8(name);
                if self.tag.attrs.len() >= MAX_ATTRS || self.tag.attrs().any(|(n, _)| n == name) {
                    self.value_slot = None;
                } else {
                    let start = self.tag.buf.len();
                    self.tag.buf.push_str(&name);
                    let end = self.tag.buf.len();
                    self.tag.attrs.push((start as u32, end as u32, end as u32));
                    self.value_slot = Some(self.tag.attrs.len() - 1);
                }
                None
            }
            CallbackEvent::AttributeValue { value } => {
                // The value event follows its name's event directly, so the
                // value lands right after the name in `buf`.
                if let Some(i) = self.value_slot.take() {
                    if i + 1 == self.tag.attrs.len() {
                        self.tag.buf.push_str(&utf8(value));
                        self.tag.attrs[i].2 = self.tag.buf.len() as u32;
                    }
                }
                None
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                self.tag.self_closing = self_closing;
                self.switch = state_after(&self.tag.name, self.opts);
                if self.switch.is_some() {
                    self.raw = Some(self.tag.name.clone());
                }
                if self.stopped {
                    return None;
                }
                let tag = std::mem::take(&mut self.tag);
                let r = self.deliver(Token::Start(&tag));
                self.tag = tag;
                r
            }
            CallbackEvent::EndTag { name } => {
                self.raw = None;
                let name = utf8(name);
                self.deliver(Token::End(&name))
            }
            CallbackEvent::String { value } => {
                let text = utf8(value);
                match self.raw.take() {
                    Some(element) => {
                        let r = self.deliver(Token::Raw {
                            element: &element,
                            text: &text,
                        });
                        self.raw = Some(element);
                        r
                    }
                    None => self.deliver(Token::Text(&text)),
                }
            }
            CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => None,
        }
    }
}

/// html5gum's callback emitter with our state switching and no error events.
struct Emit<F: FnMut(Token<'_>) -> ControlFlow<()>> {
    inner: CallbackEmitter<Events<F>, (), ()>,
}

impl<F: FnMut(Token<'_>) -> ControlFlow<()>> ForwardingEmitter for Emit<F> {
    type Token = ();

    fn inner(&mut self) -> &mut impl Emitter<Token = Self::Token> {
        &mut self.inner
    }

    fn should_emit_errors(&mut self) -> bool {
        false
    }

    fn emit_current_tag(&mut self) -> Option<State> {
        // The inner emitter switches nothing (naive switching is off); the
        // start-tag event it just delivered decided the state.
        let _ = self.inner.emit_current_tag();
        self.inner.callback_mut().switch.take()
    }
}

fn run<F: FnMut(Token<'_>) -> ControlFlow<()>>(
    html: &str,
    opts: Options,
    initial: Option<State>,
    f: F,
) {
    let emitter = Emit {
        inner: CallbackEmitter::new(Events {
            f,
            opts,
            tag: StartTag::default(),
            value_slot: None,
            raw: None,
            switch: None,
            stopped: false,
        }),
    };
    let mut tok = Tokenizer::new_with_emitter(html, emitter);
    if let Some(s) = initial {
        tok.set_state(s);
    }
    // The emitter yields an item only when the consumer asked to stop;
    // reading a &str cannot fail.
    if let Some(Ok(())) = tok.next() {}
}

/// Tokenize `html`, handing each token to `f` in document order until `f`
/// returns `ControlFlow::Break`.
pub fn tokenize<F: FnMut(Token<'_>) -> ControlFlow<()>>(html: &str, opts: Options, f: F) {
    run(html, opts, None, f);
}

/// Decode the character references in a run of text as the tokenizer does
/// in text content (so `&hellip;`, `&#x62A5;` and the legacy `&amp` without
/// `;` all decode); `<` stays literal. Borrowed when there is no `&`.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    // RCDATA with no open element: no end tag can close it, so all of `s` is text.
    run(s, Options::default(), Some(State::RcData), |t| {
        if let Token::Text(x) | Token::Raw { text: x, .. } = t {
            out.push_str(x);
        }
        ControlFlow::Continue(())
    });
    Cow::Owned(out)
}

/// Runs of whitespace (Unicode's, so U+3000 and NBSP too) collapsed to one
/// space, trimmed: how both consumers normalise titles, anchors and cells.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests;
