//! The spec cases the hand-written scanners this crate replaced got wrong.

use super::*;

/// The token stream as short strings: `<a href=x>`, `</a>`, `"text"`, `title{raw}`.
fn toks(html: &str, opts: Options) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    tokenize(html, opts, |t| {
        let s = match t {
            Token::Start(tag) => {
                let mut s = format!("<{}", tag.name());
                for (n, v) in tag.attrs() {
                    s.push_str(&format!(" {n}={v}"));
                }
                if tag.self_closing() {
                    s.push('/');
                }
                s + ">"
            }
            Token::End(n) => format!("</{n}>"),
            Token::Text(x) => format!("\"{x}\""),
            Token::Raw { element, text } => format!("{element}{{{text}}}"),
        };
        // adjacent text events are one text run to a consumer
        match (out.last_mut(), s.starts_with('"')) {
            (Some(last), true) if last.starts_with('"') => {
                let a = last.trim_end_matches('"').to_string();
                *last = a + s.trim_start_matches('"');
            }
            _ => out.push(s),
        }
        ControlFlow::Continue(())
    });
    out
}

fn t(html: &str) -> Vec<String> {
    toks(html, Options::default())
}

#[test]
fn named_references_come_from_the_full_table() {
    assert_eq!(
        t("a&hellip;b&ensp;c&middot;d&times;e&rarr;f&sup2;g&yen;h&NotEqualTilde;i"),
        ["\"a…b\u{2002}c·d×e→f²g¥h\u{2242}\u{338}i\""]
    );
    // legacy names without `;` decode in text…
    assert_eq!(t("&copy 2024 &amp co"), ["\"© 2024 & co\""]);
    // …but not in an attribute before `=` or an alphanumeric
    assert_eq!(
        t(r#"<a href="x?a=1&copy=2&amp;b=3&ampc">"#),
        ["<a href=x?a=1&copy=2&b=3&ampc>"]
    );
    // unknown names stay as written
    assert_eq!(t("&bogus; &"), ["\"&bogus; &\""]);
    assert_eq!(decode_entities("5&nbsp;km&sup2;"), "5\u{a0}km²");
    assert_eq!(decode_entities("no refs <b>"), "no refs <b>");
    assert_eq!(decode_entities("a&lt;b>&amp"), "a<b>&");
}

#[test]
fn numeric_references_follow_the_spec() {
    assert_eq!(t("&#24180;&#x62A5;&#X62a5;&#20013"), ["\"年报报中\""]);
    // C1 controls map through windows-1252; NUL, surrogates and out of range become U+FFFD
    assert_eq!(
        t("&#128;&#150;&#0;&#xD800;&#99999999999;"),
        ["\"€–\u{fffd}\u{fffd}\u{fffd}\""]
    );
    assert_eq!(t("&#;&#x;"), ["\"&#;&#x;\""]);
}

#[test]
fn title_and_textarea_are_rcdata() {
    assert_eq!(
        t("<title>A <b>bold</b> &amp; plain</title><p>x"),
        [
            "<title>",
            "title{A <b>bold</b> & plain}",
            "</title>",
            "<p>",
            "\"x\"",
        ]
    );
    assert_eq!(
        t("<TEXTAREA><a href=x>no</a></textarea >"),
        ["<textarea>", "textarea{<a href=x>no</a>}", "</textarea>"]
    );
}

#[test]
fn script_bodies_hold_markup_and_comment_escapes() {
    let h = r#"<script>var s = "</a><a href='no.html'>"; if (a<!--b) {}</script><a href=y>Y</a>"#;
    assert_eq!(
        t(h),
        [
            "<script>",
            r#"script{var s = "</a><a href='no.html'>"; if (a<!--b) {}}"#,
            "</script>",
            "<a href=y>",
            "\"Y\"",
            "</a>",
        ]
    );
    // A `<script>` inside an escaped `<!--` section does not end at its own `</script>`.
    let h = r#"<script><!-- document.write("<script>x()</script>"); --></script><p>after"#;
    assert_eq!(
        t(h),
        [
            "<script>",
            r#"script{<!-- document.write("<script>x()</script>"); -->}"#,
            "</script>",
            "<p>",
            "\"after\"",
        ]
    );
    // `</scripts>` does not close; entities are not decoded in script
    assert_eq!(
        t("<script>a='</scripts>&amp;'</script >z"),
        [
            "<script>",
            "script{a='</scripts>&amp;'}",
            "</script>",
            "\"z\""
        ]
    );
}

#[test]
fn rawtext_elements_and_noscript_by_option() {
    assert_eq!(
        t("<style>a>b{}</style><xmp><a href=q></xmp><iframe src=f><a href=i></iframe>"),
        [
            "<style>",
            "style{a>b{}}",
            "</style>",
            "<xmp>",
            "xmp{<a href=q>}",
            "</xmp>",
            "<iframe src=f>",
            "iframe{<a href=i>}",
            "</iframe>",
        ]
    );
    let h = "<noscript><a href=n>N</a></noscript>";
    assert_eq!(
        t(h),
        ["<noscript>", "<a href=n>", "\"N\"", "</a>", "</noscript>"]
    );
    assert_eq!(
        toks(h, Options { scripting: true }),
        ["<noscript>", "noscript{<a href=n>N</a>}", "</noscript>"]
    );
    assert_eq!(
        t("<plaintext></plaintext><a>"),
        ["<plaintext>", "plaintext{</plaintext><a>}"]
    );
}

#[test]
fn attributes_unquoted_duplicated_valueless_and_odd() {
    assert_eq!(
        t(
            r#"<A HREF=/x.html?a=1&amp;b=2 Title='t>' class = "c" href="second" checked data-x=a"b>"#
        ),
        [r#"<a href=/x.html?a=1&b=2 title=t> class=c checked= data-x=a"b>"#]
    );
    assert_eq!(t("<br/><img src=a.png />"), ["<br/>", "<img src=a.png/>"]);
    // `/` inside an unquoted value is part of it
    assert_eq!(t("<a href=/a/b/>x"), ["<a href=/a/b/>", "\"x\""]);
}

#[test]
fn comments_bogus_comments_and_doctype_are_dropped() {
    assert_eq!(t("a<!-->b"), ["\"ab\""]);
    assert_eq!(t("a<!--->b"), ["\"ab\""]);
    assert_eq!(t("a<!-- <a href=x> -- > --!>b"), ["\"ab\""]);
    assert_eq!(t("a<!x <a href=y>b"), ["\"ab\""]);
    assert_eq!(t("<?xml version=\"1.0\"?><!DOCTYPE html>b"), ["\"b\""]);
    assert_eq!(t("a</ x>b</>c"), ["\"abc\""]);
    // CDATA outside foreign content is a bogus comment up to the first `>`
    assert_eq!(
        t("<![CDATA[<li><a href=z>Z</a>]]>"),
        ["<a href=z>", "\"Z\"", "</a>", "\"]]>\""]
    );
}

#[test]
fn literal_lt_and_uppercase_tags() {
    assert_eq!(t("1 < 2 <3 <>"), ["\"1 < 2 <3 <>\""]);
    assert_eq!(
        t("<DIV Class=X><P>a</P></DiV>"),
        ["<div class=X>", "<p>", "\"a\"", "</p>", "</div>"]
    );
}

#[test]
fn attribute_count_is_capped() {
    let mut h = String::from("<a href=first");
    for i in 0..100_000 {
        h.push_str(&format!(" x{i}=1"));
    }
    h.push_str(" href=late>");
    let mut seen = None;
    tokenize(&h, Options::default(), |t| {
        if let Token::Start(tag) = t {
            seen = Some((tag.attrs().count(), tag.attr("href").map(str::to_owned)));
        }
        ControlFlow::Continue(())
    });
    assert_eq!(seen, Some((MAX_ATTRS, Some("first".to_owned()))));
}

#[test]
fn stops_when_asked_and_survives_garbage() {
    let mut n = 0;
    tokenize("<a><b><c><d>", Options::default(), |_| {
        n += 1;
        if n == 2 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    assert_eq!(n, 2);
    for s in [
        "<",
        "<a",
        "</",
        "<!--",
        "<!",
        "<a href='",
        "<a href=\"x",
        "&#",
        "&#x",
        "<script>",
        "<script><!--",
        "<title>",
        "\0<\0a\0>",
        "<a b c d e f g h i j k l=1 l=2>",
    ] {
        tokenize(s, Options::default(), |_| ControlFlow::Continue(()));
    }
}
