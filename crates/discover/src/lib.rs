//! What nianbao fetches next: pure functions, no I/O.
//!
//! The crawl engine hands every fetched page to this crate and gets back the
//! links worth following ([`links::extract_links`]), the list pages a
//! JavaScript pager implies but never writes as `<a href>` ([`pager::expand`]),
//! a role and priority for each link ([`score::score_link`]), the key its
//! seen-set uses ([`canon::canonical_key`]) and the robots.txt verdict
//! ([`robots::Robots`]); and for lists no link reaches, the list APIs of
//! the platforms that publish them ([`platform`]: Guangdong's gkmlpt JSON
//! catalogue, Hanweb's jpage POST proxy).
//!
//! Everything here runs once per page or once per link at crawl speed, and
//! everything sees hostile input (spam clones, broken CMS output, calendars
//! that never end), so two rules hold throughout: no function panics on any
//! input, and every output that can grow with the input is capped.

pub mod canon;
pub mod images;
pub mod links;
pub mod pager;
pub mod platform;
pub mod robots;
mod scan;
pub mod score;
