//! The seeds CSV reader on arbitrary bytes.
//!
//! `src/seeds.rs` is compiled here as a module of this target (with a
//! one-variant stand-in for `crate::error`) rather than through the root
//! crate, whose dependency tree (tokio, reqwest, bundled SQLite) would make
//! every instrumented build several minutes long. The code under test is the
//! same file.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
mod error {
    #[derive(Debug)]
    pub enum Error {
        Seeds(String),
    }
    pub type Result<T> = std::result::Result<T, Error>;
}

#[allow(dead_code)]
#[path = "../../src/seeds.rs"]
mod seeds;

fuzz_target!(|data: &[u8]| {
    if let Ok(list) = seeds::parse(data, "fuzz.csv") {
        let mut hosts = std::collections::HashSet::new();
        for s in &list.seeds {
            assert!(!s.name.is_empty());
            assert!(matches!(s.url.scheme(), "http" | "https"));
            assert!(hosts.insert(s.host()), "host seeded twice: {}", s.host());
            assert!(s.line >= 2, "row on line {} (the header is line 1)", s.line);
        }
    }
});
