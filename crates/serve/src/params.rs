//! Every parameter a request can carry, checked before anything is read: ids are
//! positive integers, years are years, names are short plain words from a known
//! alphabet, the text query is a bounded string; an unknown or repeated parameter
//! is refused. Each refusal is a [`AppError::BadRequest`] saying what was wrong.
//! Pure functions: tested here without a server.

use nianbao_store::SearchQuery;

use crate::AppError;

/// Results per search page.
pub const PAGE_SIZE: u64 = 20;
/// The last page a search offers (deep paging is a download's job).
pub const MAX_PAGE: u64 = 500;
/// Characters of a text query.
const MAX_QUERY: usize = 200;
/// The trigram index matches runs of three characters: a shorter term cannot be found.
pub const MIN_TERM: usize = 3;

fn bad(msg: impl Into<String>) -> AppError {
    AppError::BadRequest(msg.into())
}

/// A capture or site id from the path: a positive integer, nothing else.
pub fn id(what: &str, raw: &str) -> Result<i64, AppError> {
    let ok = !raw.is_empty() && raw.len() <= 18 && raw.bytes().all(|b| b.is_ascii_digit());
    match raw.parse::<i64>() {
        Ok(n) if ok && n > 0 => Ok(n),
        _ => Err(bad(format!(
            "{what} id {:?} is not a positive whole number (e.g. /{what}s/42)",
            shorten(raw)
        ))),
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// What a search page or download asks for, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchParams {
    /// The text query as typed (trimmed).
    pub q: String,
    pub province: Option<String>,
    pub level: Option<String>,
    pub year: Option<i64>,
    pub doc_type: Option<String>,
    pub consistency: Option<String>,
    /// 1-based.
    pub page: u64,
    /// Downloads only: `csv` or `parquet`.
    pub format: Option<DownloadFormat>,
    /// Downloads only: `reports` or `cells`.
    pub what: Option<DownloadWhat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownloadFormat {
    Csv,
    Parquet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownloadWhat {
    Reports,
    Cells,
}

/// Terms of a text query: what the index can match, and what it cannot.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// An FTS5 query: every term a quoted phrase, all of them required.
    pub fts: Option<String>,
    /// Terms shorter than [`MIN_TERM`] characters.
    pub too_short: Vec<String>,
}

/// Split a query on white space into phrases the trigram index can match.
pub fn terms(q: &str) -> Terms {
    let mut fts = Vec::new();
    let mut too_short = Vec::new();
    for t in q.split_whitespace() {
        if t.chars().count() < MIN_TERM {
            too_short.push(t.to_string());
        } else {
            fts.push(format!("\"{}\"", t.replace('"', "\"\"")));
        }
    }
    Terms {
        fts: (!fts.is_empty()).then(|| fts.join(" AND ")),
        too_short,
    }
}

/// A filter value that names something (a province, a level, a document type):
/// letters (any script), digits, `_`, `/`, `-`, `·` and spaces, at most 40 characters.
fn name(key: &str, v: &str) -> Result<Option<String>, AppError> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let ok = v.chars().count() <= 40
        && v.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '/' | '-' | '·' | ' '));
    if !ok {
        return Err(bad(format!(
            "{key}={:?} is not a name this archive uses (letters, digits and _ only, at most 40)",
            shorten(v)
        )));
    }
    Ok(Some(v.to_string()))
}

impl SearchParams {
    /// Check a query string (`None`: no query). `download`: the download's
    /// `format` and `what` are allowed too.
    pub fn parse(raw: Option<&str>, download: bool) -> Result<SearchParams, AppError> {
        let mut p = SearchParams {
            page: 1,
            ..Default::default()
        };
        let mut seen: Vec<String> = Vec::new();
        for (k, v) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if seen.iter().any(|s| *s == k) {
                return Err(bad(format!("parameter {k:?} is given twice")));
            }
            seen.push(k.to_string());
            match k.as_ref() {
                "q" => {
                    let q = v.trim();
                    if q.chars().count() > MAX_QUERY {
                        return Err(bad(format!(
                            "q is {} characters long; at most {MAX_QUERY}",
                            q.chars().count()
                        )));
                    }
                    if q.chars().any(char::is_control) {
                        return Err(bad("q holds control characters"));
                    }
                    p.q = q.to_string();
                }
                "province" => p.province = name("province", &v)?,
                "level" => p.level = name("level", &v)?,
                "doc_type" => p.doc_type = name("doc_type", &v)?,
                "consistency" => {
                    p.consistency = match v.trim() {
                        "" => None,
                        c @ ("ok" | "mismatch" | "n/a") => Some(c.to_string()),
                        other => {
                            return Err(bad(format!(
                                "consistency={:?}: use ok, mismatch or n/a",
                                shorten(other)
                            )))
                        }
                    }
                }
                "year" => {
                    let y = v.trim();
                    p.year = if y.is_empty() {
                        None
                    } else {
                        match y.parse::<i64>() {
                            Ok(n) if (1990..=2100).contains(&n) && y.len() == 4 => Some(n),
                            _ => {
                                return Err(bad(format!(
                                    "year={:?} is not a year from 1990 to 2100",
                                    shorten(y)
                                )))
                            }
                        }
                    }
                }
                "page" => {
                    let s = v.trim();
                    p.page = match s.parse::<u64>() {
                        Ok(n) if (1..=MAX_PAGE).contains(&n) && s.len() <= 4 => n,
                        _ => {
                            return Err(bad(format!(
                                "page={:?} is not a page number from 1 to {MAX_PAGE}",
                                shorten(s)
                            )))
                        }
                    }
                }
                "format" if download => {
                    p.format = Some(match v.as_ref() {
                        "csv" => DownloadFormat::Csv,
                        "parquet" => DownloadFormat::Parquet,
                        other => {
                            return Err(bad(format!(
                                "format={:?}: use csv or parquet",
                                shorten(other)
                            )))
                        }
                    })
                }
                "what" if download => {
                    p.what = Some(match v.as_ref() {
                        "reports" => DownloadWhat::Reports,
                        "cells" => DownloadWhat::Cells,
                        other => {
                            return Err(bad(format!(
                                "what={:?}: use reports or cells",
                                shorten(other)
                            )))
                        }
                    })
                }
                other => {
                    return Err(bad(format!(
                        "unknown parameter {:?}; a search takes q, province, level, year, doc_type, consistency and page{}",
                        shorten(other),
                        if download { " (and format, what)" } else { "" }
                    )))
                }
            }
        }
        Ok(p)
    }

    /// The store's query for this page of results.
    pub fn query(&self) -> SearchQuery {
        SearchQuery {
            fts: terms(&self.q).fts,
            province: self.province.clone(),
            level: self.level.clone(),
            year: self.year,
            doc_type: self.doc_type.clone(),
            consistency: self.consistency.clone(),
            offset: (self.page.saturating_sub(1)) * PAGE_SIZE,
            limit: PAGE_SIZE,
        }
    }

    /// The query string of these filters (without page, format and what), with
    /// `extra` pairs after them: links to other pages and downloads keep the filter.
    pub fn link(&self, path: &str, extra: &[(&str, &str)]) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        let year = self.year.map(|y| y.to_string());
        for (k, v) in [
            ("q", Some(self.q.as_str()).filter(|q| !q.is_empty())),
            ("province", self.province.as_deref()),
            ("level", self.level.as_deref()),
            ("year", year.as_deref()),
            ("doc_type", self.doc_type.as_deref()),
            ("consistency", self.consistency.as_deref()),
        ] {
            if let Some(v) = v {
                s.append_pair(k, v);
            }
        }
        for (k, v) in extra {
            s.append_pair(k, v);
        }
        let qs = s.finish();
        if qs.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{qs}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_bad(r: Result<SearchParams, AppError>) -> String {
        match r {
            Err(AppError::BadRequest(m)) => m,
            other => panic!("expected a 400, got {other:?}"),
        }
    }

    #[test]
    fn ids_are_positive_numbers_only() {
        assert_eq!(id("report", "42"), Ok(42));
        for bad in [
            "",
            "0",
            "-1",
            "4a",
            "1e3",
            "../etc/passwd",
            "99999999999999999999",
            " 1",
        ] {
            assert!(id("report", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn search_parameters_are_checked() {
        let p = SearchParams::parse(
            Some("q=%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A&province=%E8%B4%B5%E5%B7%9E%E7%9C%81&year=2020&page=2&consistency=mismatch"),
            false,
        )
        .unwrap();
        assert_eq!(p.q, "年度报告");
        assert_eq!(p.province.as_deref(), Some("贵州省"));
        assert_eq!((p.year, p.page), (Some(2020), 2));
        assert_eq!(p.query().offset, PAGE_SIZE);
        assert!(is_bad(SearchParams::parse(Some("year=abc"), false)).contains("year"));
        assert!(is_bad(SearchParams::parse(Some("year=20201"), false)).contains("year"));
        assert!(is_bad(SearchParams::parse(Some("page=0"), false)).contains("page"));
        assert!(is_bad(SearchParams::parse(Some("page=-3"), false)).contains("page"));
        assert!(is_bad(SearchParams::parse(Some("page=99999"), false)).contains("page"));
        assert!(is_bad(SearchParams::parse(Some("level=%3Cscript%3E"), false)).contains("level"));
        assert!(is_bad(SearchParams::parse(Some("consistency=bad"), false)).contains("consistency"));
        assert!(is_bad(SearchParams::parse(Some("id=1%20OR%201=1"), false))
            .contains("unknown parameter"));
        assert!(is_bad(SearchParams::parse(Some("q=a&q=b"), false)).contains("twice"));
        assert!(is_bad(SearchParams::parse(Some("format=csv"), false)).contains("unknown"));
        assert!(is_bad(SearchParams::parse(Some("format=xlsx"), true)).contains("csv or parquet"));
        let long = format!("q={}", "字".repeat(201));
        assert!(is_bad(SearchParams::parse(Some(&long), false)).contains("at most"));
    }

    #[test]
    fn query_terms_for_the_trigram_index() {
        assert_eq!(
            terms("年度报告 依申请"),
            Terms {
                fts: Some("\"年度报告\" AND \"依申请\"".into()),
                too_short: vec![]
            }
        );
        let t = terms("环保 \"x\"y");
        assert_eq!(t.fts.as_deref(), Some("\"\"\"x\"\"y\""));
        assert_eq!(t.too_short, ["环保"]);
        assert_eq!(terms("  ").fts, None);
    }

    #[test]
    fn links_keep_the_filter() {
        let p = SearchParams::parse(Some("q=%E5%B9%B4%E6%8A%A5x&year=2019&page=3"), false).unwrap();
        assert_eq!(
            p.link("/search", &[("page", "4")]),
            "/search?q=%E5%B9%B4%E6%8A%A5x&year=2019&page=4"
        );
        assert_eq!(SearchParams::default().link("/search", &[]), "/search");
    }
}
