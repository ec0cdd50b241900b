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
//! `main.rs` only parses arguments and maps errors to exit codes.

pub mod cli;
pub mod config;
pub mod crawl;
pub mod demo;
pub mod error;
pub mod extraction;
pub mod fetch;
pub mod limits;
pub mod lock;
pub mod politeness;
pub mod seeds;
pub mod status;
pub use nianbao_store as store;
pub mod summary;

pub use error::{Error, Result};
