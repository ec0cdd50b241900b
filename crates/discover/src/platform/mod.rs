//! Lists that no link reaches: the list APIs of the platforms whole provinces run.
//!
//! Some platforms publish a column's list only through a script that asks an API,
//! so the page holds no `<a href>` to the reports, nor to a later list page:
//!
//! * [`gkmlpt`]: Guangdong's standard disclosure catalogue (`…/gkmlpt/index`),
//!   whose column tree sits in `window._CONFIG` and whose lists are answers of a
//!   JSON API (`…/gkmlpt/api/all/<column>?page=<n>&sid=<SID>`);
//! * [`jpage`]: Hanweb jcms columns whose later records only a `POST` to
//!   `/module/web/jpage/dataproxy.jsp` returns (its answer is the XML
//!   `<datastore>` that [`crate::links::extract_links`] already reads).
//!
//! Pure functions, like the rest of the crate: each recogniser reads a page's own
//! configuration (never a hard-coded site id), says which list requests it implies
//! and, given an answer, what it lists and whether paging goes on. The crawl
//! engine decides which of those requests to send (backfill to the end, nightly
//! the first pages) and sends them paced and robots-checked like any other.

pub mod gkmlpt;
pub mod jpage;

use url::Url;

use crate::links::{Link, LinkSource};
use crate::score::{self, Role};

/// Most list pages one recogniser asks for in one column (as [`crate::pager::MAX_PAGES`]).
pub const MAX_PAGES: u64 = crate::pager::MAX_PAGES;

/// Which recognisers a page's raw bytes are worth decoding for: a cheap byte
/// search run on every page (the markers are ASCII in every charset these sites use).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Markers {
    /// `_CONFIG`: maybe a gkmlpt catalogue.
    pub gkmlpt: bool,
    /// `jpage(`: maybe a Hanweb jpage column.
    pub jpage: bool,
}

pub fn markers(body: &[u8]) -> Markers {
    Markers {
        gkmlpt: memchr::memmem::find(body, b"_CONFIG").is_some(),
        jpage: memchr::memmem::find(body, b"jpage(").is_some(),
    }
}

/// A column named like a report column, scored as a link to it would be: 年报,
/// 年度报告 (a report list) or, failing every column of that kind, 信息公开.
/// Returns the link score, or None for a column that is not worth paging.
pub fn column_score(name: &str, url: &Url) -> Option<i32> {
    let link = Link {
        url: url.clone(),
        anchor: name.to_owned(),
        source: LinkSource::Anchor,
        block_heading: None,
    };
    match score::score_link(&link) {
        (Role::List | Role::Report, p) if p >= score::PRIO_DISCLOSURE_LIST => Some(p),
        _ => None,
    }
}

/// From scored columns, those worth paging: every report column (score at least
/// [`score::PRIO_REPORT_LIST`]); when there is none, the disclosure columns.
pub fn worth_paging<T>(scored: Vec<(i32, T)>) -> Vec<T> {
    let best = scored.iter().map(|(s, _)| *s).max().unwrap_or(0);
    let floor = if best >= score::PRIO_REPORT_LIST {
        score::PRIO_REPORT_LIST
    } else {
        score::PRIO_DISCLOSURE_LIST
    };
    scored
        .into_iter()
        .filter(|(s, _)| *s >= floor)
        .map(|(_, t)| t)
        .collect()
}

// ------------------------------------------------ reading script literals

pub(crate) fn is_id_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text right after `KEY:` (quoted or not) in an object literal.
pub(crate) fn key_value<'a>(cfg: &'a str, key: &str) -> Option<&'a str> {
    let b = cfg.as_bytes();
    let mut from = 0;
    while let Some(off) = cfg[from..].find(key) {
        let pos = from + off;
        from = pos + key.len();
        let before_ok = pos == 0 || !is_id_byte(b[pos - 1]);
        let rest = &cfg[pos + key.len()..];
        let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
        let rest = rest.trim_start();
        if before_ok {
            if let Some(v) = rest.strip_prefix(':') {
                return Some(v.trim_start());
            }
        }
    }
    None
}

/// A quoted string or a bare token at the start of `s`.
pub(crate) fn scalar(s: &str) -> Option<&str> {
    match s.chars().next()? {
        q @ ('"' | '\'') => {
            let inner = &s[1..];
            Some(&inner[..inner.find(q)?])
        }
        _ => {
            let end = s.bytes().position(|c| !is_id_byte(c)).unwrap_or(s.len());
            Some(&s[..end])
        }
    }
}

/// The JSON array or object at the start of `s`, brackets balanced outside strings.
pub(crate) fn balanced(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    if !matches!(b.first(), Some(b'[' | b'{')) {
        return None;
    }
    let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
    for (i, &c) in b.iter().enumerate() {
        if in_str {
            match c {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(&s[..=i]);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_columns_beat_disclosure_columns() {
        let u = Url::parse("http://a.gov.cn/gkmlpt/index").unwrap();
        assert!(column_score("政府信息公开年报", &u).unwrap() >= score::PRIO_REPORT_LIST);
        assert!(column_score("年度报告", &u).is_some());
        assert_eq!(column_score("工作动态", &u), None);
        assert_eq!(column_score("部门预算", &u), None);
        let picked = worth_paging(vec![(80, "年报"), (60, "信息公开"), (10, "动态")]);
        assert_eq!(picked, ["年报"]);
        let picked = worth_paging(vec![(60, "信息公开"), (10, "动态")]);
        assert_eq!(picked, ["信息公开"]);
    }
}
