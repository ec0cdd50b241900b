//! The robots.txt wrapper: arbitrary body, product token and path.
//! Input layout: `token \0 path \0 body` (missing parts are empty).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nianbao_discover::robots::{product_token, Robots};
use std::time::Duration;
use url::Url;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&b| b == 0);
    let token_raw = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let path = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let body = parts.next().unwrap_or_default();

    let token = product_token(&token_raw);
    for r in [
        Robots::parse(body, token),
        Robots::parse(body, "nianbao"),
        // the whole input as a robots.txt too
        Robots::parse(data, "nianbao"),
    ] {
        if let Some(d) = r.crawl_delay() {
            assert!(d <= Duration::from_secs(60), "delay {d:?} over the cap");
        }
        for p in [path.as_ref(), "/", "/robots.txt", "/xxgk/index.html?a=1"] {
            if let Ok(u) = Url::parse(&format!("http://a.gov.cn/{}", p.trim_start_matches('/'))) {
                let _ = r.is_allowed(&u);
            }
        }
        if let Ok(u) = Url::parse(&path) {
            let _ = r.is_allowed(&u);
        }
    }
});
