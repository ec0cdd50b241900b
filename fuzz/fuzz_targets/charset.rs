//! Charset detection and decoding with an arbitrary Content-Type.
//! Input layout: `content-type \0 body`; no NUL means no header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_extract::decode::{decode_html, header_charset, meta_charset, sniff_charset};

fuzz_target!(|data: &[u8]| {
    let (ct, body) = match data.iter().position(|&b| b == 0) {
        Some(i) => (Some(String::from_utf8_lossy(&data[..i])), &data[i + 1..]),
        None => (None, data),
    };
    let ct = ct.as_deref();
    if let Some(ct) = ct {
        let _ = header_charset(ct);
    }
    let _ = meta_charset(body);
    let cs = sniff_charset(body, ct);
    let (text, cs2) = decode_html(body, ct);
    assert_eq!(cs.name(), cs2.name(), "sniff and decode disagree");
    // deterministic
    let (again, _) = decode_html(body, ct);
    assert_eq!(text, again);
});
