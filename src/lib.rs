//! nianbao: a polite crawler and archive for the annual government-information
//! disclosure reports (政府信息公开工作年度报告) of Chinese environmental bureaus.
//!
//! The pipeline, one module per stage:
//!
//! | stage | module | what it decides |
//! |---|---|---|
//! | settings | [`config`], [`seeds`] | what to crawl and how politely |
//! | archive | [`store`], [`lock`] | the SQLite file: captures, bodies, frontier, extractions |
//! | fetching | [`fetch`], [`politeness`] | one faithful HTTP exchange; per-host pacing |
//! | crawling | [`crawl`] | the engine: robots, frontier, redirects, retries, discovery |
//! | discovery | `nianbao_discover` crate | links, JS pagers, report scoring, robots.txt rules |
//! | extraction | `nianbao_extract` crate | charset, text, classification, fields, tables |
//! | reporting | [`status`], [`summary`] | what the archive holds; what a run did |
//!
//! [`pipeline`] runs the stages in order (crawl, then extract) for every front end.
//!
//! The command line (clap, logging, exit statuses, `nianbao demo`) is the binary's:
//! `src/main.rs` and `src/cli/`. A library user needs none of it, and drops the
//! fixture web with `default-features = false` (the `demo` feature).
#![warn(unused_crate_dependencies)]

pub mod config;
pub mod crawl;
pub mod error;
pub mod extraction;
pub mod fetch;
pub mod limits;
pub mod lock;
pub mod pipeline;
pub mod politeness;
pub mod seeds;
pub mod status;
pub use nianbao_store as store;
pub mod suggest;
pub mod summary;

pub use error::{Error, Result};

// One dependency list serves the library and the binary: name here what only the
// binary (src/cli/) and the tests use, so the lint above reports only what nobody uses.
use clap as _;
use nianbao_export as _;
#[cfg(any(feature = "demo", test))]
use nianbao_fixture as _;
use nianbao_serve as _;
#[cfg(all(feature = "demo", not(test)))]
use tempfile as _;
use tracing_subscriber as _;
#[cfg(test)]
use {flate2 as _, rcgen as _, rusqlite as _, tokio_rustls as _};
