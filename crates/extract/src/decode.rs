//! Charset sniffing and decoding.
//!
//! Chinese government sites declare their charset in every way the web allows,
//! and sometimes in two ways that disagree (a `Content-Type: text/html;
//! charset=utf-8` header over a page whose `<meta>` still says `gb2312`, left
//! over from a CMS migration). We follow the HTML standard's order because
//! that is what a browser did when a person read the page: BOM, then the
//! transport-layer header, then `<meta>` prescan, then statistical detection.
//!
//! Three deviations from a browser, all deliberate:
//! * the `<meta>` prescan looks in the first 1024 bytes first (the standard),
//!   but falls back to the whole document, because TRS templates put 1-2 KB
//!   of inline script before the `<meta>` and the declaration is still right;
//! * a UTF-8 declaration (header or `<meta>`) over bytes that are not UTF-8
//!   is not believed: UTF-8 checks itself, so a page of GBK saved under a
//!   server's default `charset=utf-8` header, or under a template's `<meta
//!   charset=utf-8>` it was never re-encoded to, is certainly mislabelled. A
//!   browser shows such a page as mojibake; the report is still in the bytes.
//!   The page's other declaration (its `<meta>` under a lying header) or
//!   statistical detection is taken instead, and only when that encoding
//!   reads the bytes without a malformed sequence;
//! * labels resolve through [`encoding_rs::Encoding::for_label`], which maps
//!   `gb2312`, `gbk`, `x-gbk` and `gb_2312-80` to GBK (a superset), so pages
//!   that declare GB2312 but use GBK-only characters (common: 镕, 喆) decode.
//!
//! Decoding never alters the input; malformed sequences become U+FFFD.

use encoding_rs::Encoding;

/// Where the charset decision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CharsetSource {
    Bom,
    HttpHeader,
    Meta,
    Detected,
}

impl CharsetSource {
    pub fn as_str(&self) -> &'static str {
        match self {
            CharsetSource::Bom => "bom",
            CharsetSource::HttpHeader => "http_header",
            CharsetSource::Meta => "meta",
            CharsetSource::Detected => "detected",
        }
    }
}

/// The charset decision: which encoding, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Charset {
    pub encoding: &'static Encoding,
    pub source: CharsetSource,
}

impl Charset {
    /// The WHATWG name of the encoding ("UTF-8", "GBK", "Big5", ...).
    pub fn name(&self) -> &'static str {
        self.encoding.name()
    }
}

/// Map a declared label to an encoding. UTF-16 labels inside a byte-oriented
/// document are treated as UTF-8, as the HTML standard requires for `<meta>`.
fn label_to_encoding(label: &[u8]) -> Option<&'static Encoding> {
    let label = trim_ascii(label);
    let label = label
        .strip_prefix(b"\"")
        .or_else(|| label.strip_prefix(b"'"))
        .unwrap_or(label);
    let end = label
        .iter()
        .position(|&b| b == b'"' || b == b'\'' || b == b';' || b == b' ')
        .unwrap_or(label.len());
    let enc = Encoding::for_label(&label[..end])?;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    if enc == encoding_rs::REPLACEMENT {
        return None;
    }
    Some(enc)
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map(|p| p + 1)
        .unwrap_or(start);
    if start >= end {
        &[]
    } else {
        &b[start..end]
    }
}

/// Find `charset=` (case-insensitive) in a byte string and return the label after it.
fn charset_param(s: &[u8]) -> Option<&[u8]> {
    let lower: Vec<u8> = s.iter().map(|b| b.to_ascii_lowercase()).collect();
    let pos = memchr::memmem::find(&lower, b"charset")?;
    let mut i = pos + 7;
    while i < s.len() && s[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= s.len() || s[i] != b'=' {
        // "charset" without "=": keep looking after it
        return charset_param(&s[pos + 7..]);
    }
    i += 1;
    while i < s.len() && s[i].is_ascii_whitespace() {
        i += 1;
    }
    Some(&s[i..])
}

/// The charset a `Content-Type` header value declares, if any.
pub fn header_charset(content_type: &str) -> Option<&'static Encoding> {
    let label = charset_param(content_type.as_bytes())?;
    label_to_encoding(label)
}

/// Prescan `<meta charset>` and `<meta http-equiv content="...charset=...">`
/// in `bytes`. Only looks inside `<meta ...>` tags (a `charset=` in body text
/// or a script does not count).
fn meta_charset_in(bytes: &[u8]) -> Option<&'static Encoding> {
    let finder = memchr::memmem::Finder::new(b"<meta");
    let mut from = 0;
    while from < bytes.len() {
        // case-insensitive search: check both common spellings
        let lower_hit = finder.find(&bytes[from..]);
        let upper_hit = memchr::memmem::find(&bytes[from..], b"<META");
        let hit = match (lower_hit, upper_hit) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => {
                // mixed case like <Meta: fall back to a lowered copy of the rest
                let rest: Vec<u8> = bytes[from..]
                    .iter()
                    .map(|b| b.to_ascii_lowercase())
                    .collect();
                finder.find(&rest)?
            }
        };
        let start = from + hit;
        let end = match memchr::memchr(b'>', &bytes[start..]) {
            Some(e) => start + e,
            None => bytes.len(),
        };
        let tag = &bytes[start..end];
        if let Some(label) = charset_param(tag) {
            if let Some(enc) = label_to_encoding(label) {
                return Some(enc);
            }
        }
        from = end.max(start + 5);
    }
    None
}

/// The charset a `<meta>` declares: first 1024 bytes, then the whole body.
pub fn meta_charset(body: &[u8]) -> Option<&'static Encoding> {
    let head = &body[..body.len().min(1024)];
    meta_charset_in(head).or_else(|| {
        if body.len() > 1024 {
            meta_charset_in(body)
        } else {
            None
        }
    })
}

/// BOM, then the HTTP Content-Type charset, then `<meta charset>` /
/// `<meta http-equiv>` (first 1024 bytes, and beyond if not found there),
/// then chardetng on the bytes. The header wins over a contradicting meta.
pub fn sniff_charset(body: &[u8], content_type: Option<&str>) -> Charset {
    if let Some((enc, _)) = Encoding::for_bom(body) {
        return Charset {
            encoding: enc,
            source: CharsetSource::Bom,
        };
    }
    let header = content_type.and_then(header_charset);
    let meta = meta_charset(body);
    let declared = header
        .map(|encoding| Charset {
            encoding,
            source: CharsetSource::HttpHeader,
        })
        .or(meta.map(|encoding| Charset {
            encoding,
            source: CharsetSource::Meta,
        }));
    if let Some(cs) = declared {
        if cs.encoding != encoding_rs::UTF_8 || !utf8_broken(body) {
            return cs;
        }
        // A UTF-8 label over bytes that are not UTF-8 (see the module doc).
        if let Some(m) = meta.filter(|m| *m != encoding_rs::UTF_8) {
            if reads_clean(m, body) {
                return Charset {
                    encoding: m,
                    source: CharsetSource::Meta,
                };
            }
        }
        let det = detect(body);
        if det.encoding != encoding_rs::UTF_8 && reads_clean(det.encoding, body) {
            return det;
        }
        return cs;
    }
    detect(body)
}

/// The first 64 KB, plenty to tell GBK from UTF-8 from Big5 in Chinese text.
fn sample(body: &[u8]) -> &[u8] {
    &body[..body.len().min(64 * 1024)]
}

/// chardetng on the sample.
fn detect(body: &[u8]) -> Charset {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = sample(body);
    det.feed(sample, sample.len() == body.len());
    let enc = det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    Charset {
        encoding: enc,
        source: CharsetSource::Detected,
    }
}

/// Malformed sequences when the sample is read as UTF-8: a stray byte or
/// two (a truncated character at the sample's end, one bad paste) is a
/// broken UTF-8 page, not another encoding; a page of GBK text has them by
/// the hundred.
fn utf8_broken(body: &[u8]) -> bool {
    let s = sample(body);
    if Encoding::utf8_valid_up_to(s) == s.len() {
        return false;
    }
    let (text, _) = encoding_rs::UTF_8.decode_without_bom_handling(s);
    text.chars().filter(|&c| c == '\u{FFFD}').count() >= 8
}

/// Whether `enc` reads the sample with no malformed sequence (a character
/// cut at the sample's end is not one).
fn reads_clean(enc: &'static Encoding, body: &[u8]) -> bool {
    let s = sample(body);
    let mut d = enc.new_decoder_without_bom_handling();
    let Some(cap) = d.max_utf8_buffer_length_without_replacement(s.len()) else {
        return false;
    };
    let mut out = String::with_capacity(cap);
    let (res, _) = d.decode_to_string_without_replacement(s, &mut out, s.len() == body.len());
    res == encoding_rs::DecoderResult::InputEmpty
}

/// Decode (never alters the input bytes); malformed sequences become U+FFFD.
pub fn decode_html(body: &[u8], content_type: Option<&str>) -> (String, Charset) {
    let cs = sniff_charset(body, content_type);
    // decode_with_bom_removal only strips a BOM that matches the encoding.
    let (text, _had_errors) = cs.encoding.decode_with_bom_removal(body);
    (text.into_owned(), cs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<meta charset=gbk>中文".as_bytes());
        let cs = sniff_charset(&b, Some("text/html; charset=gbk"));
        assert_eq!(cs.source, CharsetSource::Bom);
        assert_eq!(cs.encoding, encoding_rs::UTF_8);
        assert_eq!(decode_html(&b, None).0, "<meta charset=gbk>中文");
    }

    #[test]
    fn header_beats_meta() {
        let b = "<meta charset=\"gb2312\"><p>中文</p>".as_bytes();
        let cs = sniff_charset(b, Some("text/html; Charset=\"UTF-8\""));
        assert_eq!(cs.source, CharsetSource::HttpHeader);
        assert_eq!(cs.encoding, encoding_rs::UTF_8);
    }

    #[test]
    fn gb2312_label_is_gbk() {
        let (bytes, _, _) =
            encoding_rs::GBK.encode("<meta charset=gb2312><p>怀化市环境保护局 镕</p>");
        let (text, cs) = decode_html(&bytes, Some("text/html"));
        assert_eq!(cs.source, CharsetSource::Meta);
        assert_eq!(cs.encoding, encoding_rs::GBK);
        assert!(text.contains("怀化市环境保护局 镕"));
    }

    #[test]
    fn http_equiv_beyond_1024() {
        let mut s = String::from("<html><head><script>");
        s.push_str(&"var x = 1;\n".repeat(200));
        s.push_str("</script><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\"></head><body>环保</body>");
        let (bytes, _, _) = encoding_rs::GBK.encode(&s);
        let cs = sniff_charset(&bytes, None);
        assert_eq!(cs.source, CharsetSource::Meta);
        assert_eq!(cs.encoding, encoding_rs::GBK);
    }

    #[test]
    fn detection_without_declaration() {
        let (bytes, _, _) = encoding_rs::GBK.encode(
            "<p>根据《中华人民共和国政府信息公开条例》，现公布本局政府信息公开工作年度报告。全年主动公开政府信息818条。</p>",
        );
        let cs = sniff_charset(&bytes, None);
        assert_eq!(cs.source, CharsetSource::Detected);
        assert_eq!(cs.encoding, encoding_rs::GBK);
        let utf = "<p>根据条例，现公布年度报告。</p>".as_bytes();
        assert_eq!(sniff_charset(utf, None).encoding, encoding_rs::UTF_8);
    }

    #[test]
    fn utf8_label_over_gbk_bytes() {
        let text = "<p>根据《中华人民共和国政府信息公开条例》，现公布本局2023年政府信息公开工作年度报告。全年主动公开政府信息818条。</p>";
        // a server's default header over a page whose <meta> says gb2312
        let page = format!("<meta charset=gb2312>{text}");
        let (bytes, _, _) = encoding_rs::GBK.encode(&page);
        let cs = sniff_charset(&bytes, Some("text/html; charset=utf-8"));
        assert_eq!(cs.source, CharsetSource::Meta);
        assert_eq!(cs.encoding, encoding_rs::GBK);
        // a template's <meta charset=utf-8> over a file saved in GBK
        let page = format!("<meta charset=utf-8>{text}");
        let (bytes, _, _) = encoding_rs::GBK.encode(&page);
        let (t, cs) = decode_html(&bytes, Some("text/html"));
        assert_eq!(cs.source, CharsetSource::Detected);
        assert_eq!(cs.encoding, encoding_rs::GBK);
        assert!(t.contains("主动公开政府信息818条"));
        // a UTF-8 page with one bad byte stays UTF-8
        let mut b = format!("<meta charset=utf-8>{text}").into_bytes();
        b.push(0xff);
        let cs = sniff_charset(&b, Some("text/html; charset=utf-8"));
        assert_eq!(cs.source, CharsetSource::HttpHeader);
        assert_eq!(cs.encoding, encoding_rs::UTF_8);
    }

    #[test]
    fn malformed_becomes_replacement() {
        let b = b"<meta charset=utf-8>ab\xff\xfecd";
        let (t, _) = decode_html(b, None);
        assert!(t.contains('\u{FFFD}'));
    }

    #[test]
    fn bogus_labels_ignored() {
        let b = b"<meta charset=\"nonsense\">abc";
        let cs = sniff_charset(b, Some("text/html; charset=also-nonsense"));
        assert_eq!(cs.source, CharsetSource::Detected);
    }
}
