//! The package has one dependency list for the library and this binary. The
//! library's own dependencies are named here, unused, so `unused_crate_dependencies`
//! (on in main.rs) reports only what neither side uses; lib.rs does the converse.

use csv as _;
use futures_util as _;
use governor as _;
use hex as _;
use httpdate as _;
use hyper as _;
use indicatif as _;
use libc as _;
use nianbao_discover as _;
use nianbao_extract as _;
use nianbao_render as _;
use nianbao_store as _;
use regex as _;
use reqwest as _;
use serde as _;
use serde_json as _;
use sha2 as _;
use toml as _;
use tracing as _;
use url as _;
use zstd as _;

// Dev-dependencies reach the binary's unit tests too.
#[cfg(test)]
use {flate2 as _, rcgen as _, rusqlite as _, tokio_rustls as _};
#[cfg(all(test, not(feature = "demo")))]
use {nianbao_fixture as _, tempfile as _};
