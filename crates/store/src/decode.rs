//! Undoing a Content-Encoding: the one decoder for bodies, live and archived.
//!
//! The archive keeps every body exactly as the server sent it (gzip stays gzip), so
//! whoever reads a page's payload back (the crawler re-parsing an unchanged page,
//! the extraction pass) decodes it again. They all go through
//! [`decode_archived`], with one cap: no more than the crawler decoded when it
//! fetched the body (`decoded_bytes`), and never more than [`MAX_DECODED`] — the
//! raw body of a decompression bomb is small, its decoded size is not. The live
//! fetch path uses [`decode_content`] with its own `max_body`.

use std::borrow::Cow;
use std::io::Read;

/// Decoded size cap for archived bodies whatever the archive says.
pub const MAX_DECODED: usize = 512 * 1024 * 1024;

/// Undo a Content-Encoding, reading at most `max` decoded bytes. `None` when the
/// coding is unknown or the bytes do not decode at all (the raw body is still archived).
/// The `bool` says the output was cut at `max`.
pub fn decode_content(encoding: &str, body: &[u8], max: usize) -> Option<(Vec<u8>, bool)> {
    let mut out = Vec::new();
    let limit = max as u64 + 1;
    let res = match encoding {
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(body)
            .take(limit)
            .read_to_end(&mut out),
        "deflate" => {
            // RFC 9110 says zlib-wrapped; some servers send raw deflate.
            let r = flate2::read::ZlibDecoder::new(body)
                .take(limit)
                .read_to_end(&mut out);
            if r.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(body)
                    .take(limit)
                    .read_to_end(&mut out)
            } else {
                r
            }
        }
        "br" => brotli::Decompressor::new(body, 8192)
            .take(limit)
            .read_to_end(&mut out),
        _ => return None,
    };
    match res {
        Ok(_) => {}
        // A body cut at the raw cap ends mid-stream: keep what decoded.
        Err(_) if !out.is_empty() => {}
        Err(_) => return None,
    }
    let cut = out.len() > max;
    out.truncate(max);
    Some((out, cut))
}

/// An archived body's payload: `raw` with its stored Content-Encoding undone, at most
/// `decoded_bytes` (what the crawler decoded at fetch time), [`MAX_DECODED`] and
/// `limit` bytes of it. No encoding, `identity`, an unknown coding or bytes that do
/// not decode: the raw body, as the crawler saw it then.
pub fn decode_archived<'a>(
    encoding: Option<&str>,
    raw: &'a [u8],
    decoded_bytes: Option<i64>,
    limit: usize,
) -> Cow<'a, [u8]> {
    let enc = encoding.map(|e| e.trim().to_ascii_lowercase());
    let Some(enc) = enc.filter(|e| !e.is_empty() && e != "identity") else {
        return Cow::Borrowed(raw);
    };
    let cap = decoded_bytes
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(MAX_DECODED)
        .min(MAX_DECODED)
        .min(limit);
    match decode_content(&enc, raw, cap) {
        Some((d, _)) => Cow::Owned(d),
        None => Cow::Borrowed(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(b: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn archived_payloads() {
        let page = b"<html>hello</html>".repeat(100);
        let z = gzip(&page);
        assert_eq!(
            &*decode_archived(Some(" GZIP "), &z, None, usize::MAX),
            &page[..]
        );
        // No more than the crawler decoded, nor the caller's limit.
        assert_eq!(
            decode_archived(Some("gzip"), &z, Some(10), usize::MAX).len(),
            10
        );
        assert_eq!(decode_archived(Some("gzip"), &z, None, 7).len(), 7);
        // Nothing to undo, or nothing that decodes: the bytes as archived.
        assert_eq!(&*decode_archived(None, &z, None, usize::MAX), &z[..]);
        assert_eq!(&*decode_archived(Some("identity"), b"abc", None, 1), b"abc");
        assert_eq!(
            &*decode_archived(Some("gzip"), b"plain", None, 99),
            b"plain"
        );
        assert_eq!(
            &*decode_archived(Some("zstd"), b"plain", None, 99),
            b"plain"
        );
    }
}
