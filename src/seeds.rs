//! The seeds CSV: which sites to crawl and where each one starts.
//!
//! Header `name,province,level,url`, an optional `scope`, more columns allowed and
//! kept. A bad row is a warning with its line number, never the end of the run: one
//! typo in a list of 400 bureaus must not cost the other 399 their nightly crawl.
//!
//! A seed's [`Scope`] is where its crawl may go: its whole host (an own-host bureau),
//! or the URLs under a path prefix (a bureau's column on a city government portal,
//! beside the other departments' columns). Several seeds may share a host when their
//! scopes differ; politeness stays per host (the crawl shares one pacer and one
//! robots.txt between them).

use std::collections::BTreeMap;
use std::path::Path;

use url::Url;

use crate::error::{Error, Result};

/// Seeds bundled into the binary (the same file as `seeds/bureaus.csv`).
pub const BUNDLED_SEEDS: &str = include_str!("../seeds/bureaus.csv");

#[derive(Debug, Clone, PartialEq)]
pub struct Seed {
    pub name: String,
    pub province: String,
    pub level: Level,
    pub url: Url,
    pub scope: Scope,
    /// Columns after the four required ones (and `scope`), by header name.
    pub extra: BTreeMap<String, String>,
    /// 1-based line of the row in the file, for messages.
    pub line: u64,
}

impl Seed {
    /// The host of its start URL, lowercased: the unit of politeness.
    pub fn host(&self) -> String {
        self.url.host_str().unwrap_or_default().to_ascii_lowercase()
    }

    /// Does the site's crawl go to `url`?
    pub fn admits(&self, url: &Url) -> bool {
        self.scope.admits(url, &self.url)
    }

    /// The site as people name it: its host, or host and column (`www.x.gov.cn/sthjj/`).
    pub fn label(&self) -> String {
        self.scope.label(&self.host())
    }
}

/// Where a site's crawl may go, on the host of its start URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Every URL on the host.
    Host,
    /// URLs whose path starts with this directory (`/sthjj/`, always ending in `/`).
    Prefix(String),
}

impl Scope {
    /// Read a `scope` cell for a seed at `url`: empty or `host`, or a URL prefix on
    /// the seed's host. `https://x/sthjj/`, `https://x/sthjj/index.html` and
    /// `https://x/sthjj` all mean the directory `/sthjj/`.
    pub fn parse(cell: &str, url: &Url) -> std::result::Result<Scope, String> {
        let cell = cell.trim();
        if cell.is_empty() || cell.eq_ignore_ascii_case("host") {
            return Ok(Scope::Host);
        }
        let prefix = match Url::parse(cell) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => u,
            _ => {
                return Err(format!(
                    "scope {cell:?} is neither empty, `host`, nor an http(s) URL prefix"
                ))
            }
        };
        if !nianbao_discover::canon::same_host(&prefix, url) {
            return Err(format!(
                "scope {cell:?} is not on the host of the url {}",
                url.host_str().unwrap_or_default()
            ));
        }
        let path = prefix.path();
        let last = &path[path.rfind('/').map_or(0, |i| i + 1)..];
        // A last segment with a dot names a page (`index.html`); without one, a directory.
        let dir = if last.contains('.') {
            path[..path.len() - last.len()].to_string()
        } else if last.is_empty() {
            path.to_string()
        } else {
            format!("{path}/")
        };
        let scope = if dir == "/" {
            Scope::Host
        } else {
            Scope::Prefix(dir)
        };
        if !scope.admits(url, url) {
            return Err(format!(
                "url {} is outside its scope {cell:?}",
                url.as_str()
            ));
        }
        Ok(scope)
    }

    /// Is `url` within this scope of the site starting at `site`? Paths compare
    /// ASCII case-insensitively: portals run on IIS as often as not, where
    /// `/STHJJ/` is the same column.
    pub fn admits(&self, url: &Url, site: &Url) -> bool {
        if !nianbao_discover::canon::same_host(url, site) {
            return false;
        }
        match self {
            Scope::Host => true,
            Scope::Prefix(p) => url
                .path()
                .get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p)),
        }
    }

    /// As stored in the archive (`sites.scope`): empty for the host, else the prefix path.
    pub fn as_stored(&self) -> &str {
        match self {
            Scope::Host => "",
            Scope::Prefix(p) => p,
        }
    }

    /// `host` or `host/prefix/`.
    pub fn label(&self, host: &str) -> String {
        format!("{host}{}", self.as_stored())
    }
}

/// What the archive keeps of a seed row (its `sites` row).
impl From<&Seed> for nianbao_store::SiteSeed {
    fn from(seed: &Seed) -> Self {
        nianbao_store::SiteSeed {
            host: seed.host(),
            scope: seed.scope.as_stored().to_string(),
            name: seed.name.clone(),
            province: seed.province.clone(),
            level: seed.level.as_str().to_string(),
            url: seed.url.as_str().to_string(),
            extra: seed.extra.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    National,
    Provincial,
    Prefectural,
    County,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::Prefectural => "prefectural",
            Level::County => "county",
        }
    }

    fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "national" => Some(Level::National),
            "provincial" => Some(Level::Provincial),
            "prefectural" => Some(Level::Prefectural),
            "county" => Some(Level::County),
            _ => None,
        }
    }
}

/// Rows read, and one message per row that was skipped.
#[derive(Debug, Default)]
pub struct SeedList {
    pub seeds: Vec<Seed>,
    pub warnings: Vec<String>,
}

/// Read a seeds file; `None` means the bundled seeds.
pub fn load(path: Option<&Path>) -> Result<SeedList> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p)
                .map_err(|e| Error::Seeds(format!("cannot read {}: {e}", p.display())))?;
            parse(&bytes, &p.display().to_string())
        }
        None => parse(BUNDLED_SEEDS.as_bytes(), "bundled seeds"),
    }
}

/// Parse seeds CSV bytes. Fails only when the file as a whole is unusable
/// (not UTF-8, no header, required columns missing).
pub fn parse(bytes: &[u8], origin: &str) -> Result<SeedList> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes); // Excel writes a BOM
    if std::str::from_utf8(bytes).is_err() {
        return Err(Error::Seeds(format!(
            "{origin}: not UTF-8 (save it as UTF-8 CSV)"
        )));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::Seeds(format!("{origin}: cannot read the header row: {e}")))?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let ci_scope = col("scope");
    let (Some(ci_name), Some(ci_prov), Some(ci_level), Some(ci_url)) =
        (col("name"), col("province"), col("level"), col("url"))
    else {
        return Err(Error::Seeds(format!(
            "{origin}: the header must name the columns name,province,level,url (found: {})",
            headers.join(",")
        )));
    };
    let mut out = SeedList::default();
    let mut scopes: BTreeMap<(String, Scope), u64> = BTreeMap::new();
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| line_at(bytes, p.byte())).unwrap_or(0);
                out.warnings.push(format!(
                    "{origin} line {line}: unreadable row skipped ({e})"
                ));
                continue;
            }
        };
        let line = rec
            .position()
            .map(|p| line_at(bytes, p.byte()))
            .unwrap_or(0);
        if rec.iter().all(|f| f.is_empty()) {
            continue;
        }
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        let name = get(ci_name);
        let warn = |out: &mut SeedList, why: String| {
            out.warnings
                .push(format!("{origin} line {line}: {why}; row skipped"))
        };
        if name.is_empty() {
            warn(&mut out, "empty name".into());
            continue;
        }
        let Some(level) = Level::parse(&get(ci_level)) else {
            warn(
                &mut out,
                format!(
                    "level {:?} is not national, provincial, prefectural or county",
                    get(ci_level)
                ),
            );
            continue;
        };
        let raw_url = get(ci_url);
        let url = match Url::parse(&raw_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => u,
            Ok(_) => {
                warn(
                    &mut out,
                    format!("url {raw_url:?} is not an http(s) URL with a host"),
                );
                continue;
            }
            Err(e) => {
                warn(&mut out, format!("url {raw_url:?} does not parse ({e})"));
                continue;
            }
        };
        let scope = match Scope::parse(&ci_scope.map(get).unwrap_or_default(), &url) {
            Ok(s) => s,
            Err(why) => {
                warn(&mut out, why);
                continue;
            }
        };
        let known = [
            Some(ci_name),
            Some(ci_prov),
            Some(ci_level),
            Some(ci_url),
            ci_scope,
        ];
        let extra = headers
            .iter()
            .enumerate()
            .filter(|(i, _)| !known.contains(&Some(*i)))
            .map(|(i, h)| (h.clone(), get(i)))
            .collect();
        let seed = Seed {
            name,
            province: get(ci_prov),
            level,
            url,
            scope,
            extra,
            line,
        };
        // One site per scope; several scopes may share a host.
        let key = (seed.host(), seed.scope.clone());
        if let Some(first) = scopes.get(&key) {
            let what = match &seed.scope {
                Scope::Host => format!("host {}", key.0),
                Scope::Prefix(_) => format!("scope {}", seed.label()),
            };
            warn(&mut out, format!("{what} already seeded on line {first}"));
            continue;
        }
        scopes.insert(key, line);
        out.seeds.push(seed);
    }
    Ok(out)
}

/// 1-based line of a byte offset. csv's own line counter is off by one on CRLF files.
/// Lines end as csv ends records: `\r\n`, `\n`, or a lone `\r` (old Mac files,
/// where counting only `\n` put every row on line 1).
fn line_at(bytes: &[u8], offset: u64) -> u64 {
    let mut end = (offset as usize).min(bytes.len());
    // On CRLF files a record "starts" at the previous line's '\n'.
    while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
        end += 1;
    }
    let head = &bytes[..end];
    let mut lines = 1;
    for (i, &b) in head.iter().enumerate() {
        match b {
            b'\n' => lines += 1,
            b'\r' if head.get(i + 1) != Some(&b'\n') => lines += 1,
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_seeds_have_the_ministry_31_provinces_and_101_cities() {
        let s = load(None).unwrap();
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        assert_eq!(s.seeds.len(), 133);
        let at = |level| s.seeds.iter().filter(|s| s.level == level).count();
        assert_eq!(at(Level::National), 1);
        assert_eq!(at(Level::Provincial), 31);
        assert_eq!(at(Level::Prefectural), 101);
        assert!(s
            .seeds
            .iter()
            .filter(|s| s.level != Level::Prefectural)
            .all(|s| s.url.scheme() == "https"));
        // The cities keep where each row comes from, and how sure that is.
        for seed in s.seeds.iter().filter(|s| s.level == Level::Prefectural) {
            assert!(!seed.extra["source"].is_empty(), "{seed:?}");
            assert!(
                matches!(seed.extra["confidence"].as_str(), "high" | "medium"),
                "{seed:?}"
            );
        }
        // Bureaus that are a column of their city's portal crawl only that column.
        let yunfu = s
            .seeds
            .iter()
            .find(|s| s.name == "云浮市生态环境局")
            .unwrap();
        assert_eq!(yunfu.scope, Scope::Prefix("/sthjj/".into()));
        let columns = s
            .seeds
            .iter()
            .filter(|s| matches!(s.scope, Scope::Prefix(_)))
            .count();
        assert_eq!(columns, 11);
    }

    #[test]
    fn bom_crlf_extra_columns_and_bad_rows() {
        let text = "\u{feff}name,province,level,url,source\r\n\
                    甲局,湖南省,prefectural,https://a.gov.cn/,seen\r\n\
                    乙局,湖南省,city,https://b.gov.cn/,seen\r\n\
                    丙局,湖南省,county,not a url,seen\r\n\
                    丁局,湖南省,county,https://A.gov.cn/other,seen\r\n\
                    ,湖南省,county,https://c.gov.cn/,seen\r\n\
                    戊局,湖南省,County,http://d.gov.cn/x\r\n";
        let s = parse(text.as_bytes(), "t.csv").unwrap();
        let names: Vec<_> = s.seeds.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["甲局", "戊局"]);
        assert_eq!(
            s.seeds[0].extra.get("source").map(String::as_str),
            Some("seen")
        );
        assert_eq!(s.seeds[1].level, Level::County);
        assert_eq!(s.warnings.len(), 4, "{:?}", s.warnings);
        assert!(
            s.warnings[0].starts_with("t.csv line 3:"),
            "{}",
            s.warnings[0]
        );
        assert!(s.warnings[1].contains("line 4"));
        assert!(
            s.warnings[2].contains("line 5") && s.warnings[2].contains("already seeded on line 2")
        );
        assert!(s.warnings[3].contains("line 6"));
    }

    #[test]
    fn scopes_let_columns_of_one_portal_be_seeds() {
        let text = "name,province,level,url,scope,source\n                    云浮市生态环境局,广东省,prefectural,https://www.yunfu.gov.cn/sthjj/,https://www.yunfu.gov.cn/sthjj/,portal\n                    云城分局,广东省,county,https://www.yunfu.gov.cn/ycfj/index.html,https://www.yunfu.gov.cn/ycfj,portal\n                    云浮市人民政府,广东省,prefectural,https://www.yunfu.gov.cn/,host,portal\n                    重复,广东省,prefectural,https://www.yunfu.gov.cn/sthjj/xxgk/,https://www.yunfu.gov.cn/sthjj/index.html,x\n                    他站,广东省,prefectural,https://www.yunfu.gov.cn/jyj/,https://other.gov.cn/jyj/,x\n                    出界,广东省,prefectural,https://www.yunfu.gov.cn/jyj/,https://www.yunfu.gov.cn/sthjj/,x\n                    乱写,广东省,prefectural,https://www.yunfu.gov.cn/jyj/,sthjj,x\n";
        let s = parse(text.as_bytes(), "t.csv").unwrap();
        let scopes: Vec<_> = s.seeds.iter().map(|s| s.scope.clone()).collect();
        assert_eq!(
            scopes,
            [
                Scope::Prefix("/sthjj/".into()),
                Scope::Prefix("/ycfj/".into()),
                Scope::Host
            ]
        );
        assert_eq!(s.seeds[1].label(), "www.yunfu.gov.cn/ycfj/");
        // `scope` is a column of its own, not an extra one.
        assert_eq!(s.seeds[0].extra.keys().collect::<Vec<_>>(), ["source"]);
        let w = &s.warnings;
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(
            w[0].contains("line 5")
                && w[0].contains("scope www.yunfu.gov.cn/sthjj/ already seeded on line 2"),
            "{w:?}"
        );
        assert!(
            w[1].contains("line 6") && w[1].contains("not on the host"),
            "{w:?}"
        );
        assert!(
            w[2].contains("line 7") && w[2].contains("outside its scope"),
            "{w:?}"
        );
        assert!(
            w[3].contains("line 8") && w[3].contains("URL prefix"),
            "{w:?}"
        );
        let seed = &s.seeds[0];
        for (url, inside) in [
            ("https://www.yunfu.gov.cn/sthjj/ndbg/t1.html", true),
            ("http://WWW.yunfu.gov.cn/STHJJ/", true),
            ("https://www.yunfu.gov.cn/sthjjx/", false),
            ("https://www.yunfu.gov.cn/jyj/ndbg/t1.html", false),
            ("https://yunfu.gov.cn/sthjj/", false),
        ] {
            assert_eq!(seed.admits(&Url::parse(url).unwrap()), inside, "{url}");
        }
    }

    /// Found by `scripts/fuzz.sh` (target `seeds`): with bare-CR line ends
    /// every row was reported on line 1, the header's line.
    #[test]
    fn regression_bare_cr_line_numbers() {
        let crash = include_bytes!("../tests/regressions/seeds-bare-cr.csv");
        let s = parse(crash, "t.csv").unwrap();
        for seed in &s.seeds {
            assert!(seed.line >= 2, "{seed:?}");
        }
        let text = "name,province,level,url\r甲局,湖南省,city,https://a.gov.cn/\r\n\
                    乙局,湖南省,county,https://b.gov.cn/\r丙局,湖南省,county,x\n";
        let s = parse(text.as_bytes(), "t.csv").unwrap();
        assert_eq!(s.seeds.len(), 1);
        assert_eq!(s.seeds[0].line, 3);
        assert!(
            s.warnings[0].starts_with("t.csv line 2:"),
            "{:?}",
            s.warnings
        );
        assert!(
            s.warnings[1].starts_with("t.csv line 4:"),
            "{:?}",
            s.warnings
        );
    }

    #[test]
    fn unusable_files_are_errors() {
        assert!(parse(b"a,b\n1,2\n", "t")
            .unwrap_err()
            .to_string()
            .contains("name,province,level,url"));
        assert!(parse(b"name,province,level,url\n\xff\xfe,x,y,z\n", "t")
            .unwrap_err()
            .to_string()
            .contains("UTF-8"));
    }
}
