//! config.toml: what a user may set, its defaults, and its validation.
//!
//! Precedence is flag > file > built-in default (docs/interface.md). Unknown keys are
//! rejected: a typo such as `request_per_second_per_host` silently falling back to
//! the default would make a crawl impolite without anyone noticing.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The config bundled into the binary; `./config.toml` in the repository is the same file.
pub const BUNDLED_CONFIG: &str = include_str!("../config.toml");

#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub storage: Storage,
    pub seeds: Seeds,
    pub crawl: Crawl,
    pub extract: Extract,
    /// Per-host overrides, keyed by host name (`[hosts."sthjt.zj.gov.cn"]`).
    pub hosts: BTreeMap<String, HostOverride>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Storage {
    pub db: PathBuf,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Seeds {
    pub file: PathBuf,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Crawl {
    pub user_agent: String,
    pub requests_per_second_per_host: f64,
    pub max_concurrent_hosts: usize,
    /// Requests in flight per host at once. 1 is the polite default: the rate ceiling
    /// holds either way, but most bureau servers are small. Raise it only for your own
    /// or very fast hosts (the benchmark does).
    pub connections_per_host: usize,
    /// Fetches per host per run, over all the seeds on the host (a portal's columns
    /// draw on one budget, crawled one after the other).
    pub max_pages_per_host: u64,
    pub max_depth: u32,
    pub timeout_secs: f64,
    pub max_body_mb: f64,
    pub respect_robots: bool,
    pub allow_private_addresses: bool,
    /// Redirect hops followed before a fetch fails as a redirect chain too long.
    pub max_redirects: u32,
    /// Attempts after the first on network errors, 5xx, 429 and 503.
    pub max_retries: u32,
    /// First retry delay; each further retry doubles it.
    pub retry_base_ms: u64,
    /// A Retry-After longer than this gives the URL up for this run (the host is still slowed).
    pub max_retry_after_secs: u64,
    /// On a nightly crawl of a known site, how many pages of each paginated list are revisited.
    pub nightly_list_pages: u32,
    /// On a nightly crawl, known reports of the site's newest N report years are rechecked
    /// with conditional requests (corrections); older ones are left to `backfill`.
    pub nightly_recheck_years: i32,
    /// PEM files of extra trust anchors (a private CA, a TLS-inspecting proxy), added to
    /// the built-in web roots; relative paths are taken from the working directory.
    pub ca_certificates: Vec<PathBuf>,
    /// How long a rendered page's scripts may run (and wait for the host's next request
    /// slot) before its DOM is taken (`[hosts."…"] render = true`).
    pub render_timeout_secs: f64,
}

/// Bounds of reading documents (`[extract]`), mapped to [`nianbao_extract::Limits`].
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Extract {
    /// Pages of an image-only PDF that are OCR'd; the rest are noted, not read.
    pub ocr_max_pages: u32,
    /// Wall-clock budget for rasterising and OCR of one document.
    pub ocr_timeout_secs: f64,
    /// Resolution pages are rasterised at for OCR.
    pub ocr_dpi: u32,
    /// Tesseract language(s), `+`-joined (`chi_sim`, `chi_sim+eng`, `chi_tra`).
    pub ocr_lang: String,
    /// Budget for any other tool run (pdftotext).
    pub tool_timeout_secs: f64,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct HostOverride {
    /// Replaces `requests_per_second_per_host` for this host.
    pub requests_per_second: Option<f64>,
    /// Accept an expired or mismatched certificate; every capture says it was accepted.
    pub accept_invalid_certs: bool,
    /// Connect to this address instead of resolving the name (like curl --resolve).
    pub resolve: Option<String>,
    /// Render this host's list pages in headless Chromium (lists built by script);
    /// every request the page makes is still fetched by the crawler, politely.
    pub render: bool,
}

impl Default for Storage {
    fn default() -> Self {
        Storage {
            db: PathBuf::from("data/nianbao.sqlite"),
        }
    }
}

impl Default for Seeds {
    fn default() -> Self {
        Seeds {
            file: PathBuf::from("seeds/bureaus.csv"),
        }
    }
}

impl Default for Crawl {
    fn default() -> Self {
        Crawl {
            user_agent: format!(
                "nianbao/{} (+https://github.com/nianbao/nianbao; research archive of environmental disclosure reports)",
                env!("CARGO_PKG_VERSION")
            ),
            requests_per_second_per_host: 1.0,
            max_concurrent_hosts: 32,
            connections_per_host: 1,
            max_pages_per_host: 5000,
            max_depth: 8,
            timeout_secs: 30.0,
            max_body_mb: 25.0,
            respect_robots: true,
            allow_private_addresses: false,
            max_redirects: 10,
            max_retries: 3,
            retry_base_ms: 1000,
            max_retry_after_secs: 300,
            nightly_list_pages: 3,
            nightly_recheck_years: 2,
            ca_certificates: Vec::new(),
            render_timeout_secs: 20.0,
        }
    }
}

impl Default for Extract {
    fn default() -> Self {
        let d = nianbao_extract::Limits::default();
        Extract {
            ocr_max_pages: d.ocr_max_pages,
            ocr_timeout_secs: d.ocr_timeout.as_secs_f64(),
            ocr_dpi: d.ocr_dpi,
            ocr_lang: d.ocr_lang,
            tool_timeout_secs: d.tool_timeout.as_secs_f64(),
        }
    }
}

impl Extract {
    /// The extractor's bounds (validated at load).
    pub fn limits(&self) -> nianbao_extract::Limits {
        nianbao_extract::Limits {
            ocr_max_pages: self.ocr_max_pages,
            ocr_timeout: Duration::from_secs_f64(self.ocr_timeout_secs),
            ocr_dpi: self.ocr_dpi,
            ocr_lang: self.ocr_lang.clone(),
            tool_timeout: Duration::from_secs_f64(self.tool_timeout_secs),
        }
    }

    fn validate(&self) -> std::result::Result<(), String> {
        range(
            "extract.ocr_max_pages",
            self.ocr_max_pages as f64,
            1.0,
            10_000.0,
        )?;
        range(
            "extract.ocr_timeout_secs",
            self.ocr_timeout_secs,
            1.0,
            86_400.0,
        )?;
        range("extract.ocr_dpi", self.ocr_dpi as f64, 50.0, 1200.0)?;
        range(
            "extract.tool_timeout_secs",
            self.tool_timeout_secs,
            1.0,
            3600.0,
        )?;
        // Passed to tesseract as `-l`: language codes joined by `+`, nothing else.
        let lang = &self.ocr_lang;
        if lang.is_empty()
            || lang
                .split('+')
                .any(|l| l.is_empty() || !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        {
            return Err(format!(
                "extract.ocr_lang = {lang:?}: Tesseract language codes joined by '+' (\"chi_sim\", \"chi_sim+eng\") are expected"
            ));
        }
        Ok(())
    }
}

impl Config {
    /// Parse and validate a config text. `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<Config> {
        let cfg: Config = toml::from_str(text).map_err(|e| {
            // toml's message spans several lines with a source excerpt; keep one line.
            let msg = e.message().replace('\n', " ");
            let at = e
                .span()
                .map(|s| match key_at(text, s.start) {
                    Some(k) => format!(" (line {}, {k})", line_of(text, s.start)),
                    None => format!(" (line {})", line_of(text, s.start)),
                })
                .unwrap_or_default();
            Error::Config(format!("{origin}{at}: {msg}"))
        })?;
        cfg.validate()
            .map_err(|m| Error::Config(format!("{origin}: {m}")))?;
        Ok(cfg)
    }

    /// Load `path` if given (it must exist), else `./config.toml` if present, else the bundled config.
    pub fn load(path: Option<&Path>) -> Result<(Config, String)> {
        match path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| Error::Config(format!("cannot read {}: {e}", p.display())))?;
                Ok((
                    Config::parse(&text, &p.display().to_string())?,
                    p.display().to_string(),
                ))
            }
            None => {
                let p = Path::new("config.toml");
                if p.exists() {
                    Config::load(Some(p))
                } else {
                    Ok((
                        Config::parse(BUNDLED_CONFIG, "bundled config")?,
                        "bundled config".into(),
                    ))
                }
            }
        }
    }

    fn validate(&self) -> std::result::Result<(), String> {
        let c = &self.crawl;
        let ua = c.user_agent.trim();
        if ua.is_empty() {
            return Err("crawl.user_agent must not be empty".into());
        }
        if !ua.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            return Err(
                "crawl.user_agent must be printable ASCII (it is sent as an HTTP header)".into(),
            );
        }
        check_rate(
            "crawl.requests_per_second_per_host",
            c.requests_per_second_per_host,
        )?;
        range(
            "crawl.max_concurrent_hosts",
            c.max_concurrent_hosts as f64,
            1.0,
            100_000.0,
        )?;
        range(
            "crawl.max_pages_per_host",
            c.max_pages_per_host as f64,
            1.0,
            1e9,
        )?;
        range("crawl.max_depth", c.max_depth as f64, 0.0, 1000.0)?;
        range("crawl.timeout_secs", c.timeout_secs, 0.1, 3600.0)?;
        range("crawl.max_body_mb", c.max_body_mb, 0.001, 4096.0)?;
        range("crawl.max_redirects", c.max_redirects as f64, 0.0, 50.0)?;
        range("crawl.max_retries", c.max_retries as f64, 0.0, 20.0)?;
        range(
            "crawl.retry_base_ms",
            c.retry_base_ms as f64,
            0.0,
            600_000.0,
        )?;
        range(
            "crawl.nightly_list_pages",
            c.nightly_list_pages as f64,
            1.0,
            10_000.0,
        )?;
        range(
            "crawl.nightly_recheck_years",
            c.nightly_recheck_years as f64,
            0.0,
            100.0,
        )?;
        range(
            "crawl.render_timeout_secs",
            c.render_timeout_secs,
            1.0,
            600.0,
        )?;
        for f in &c.ca_certificates {
            let pem = std::fs::read(f)
                .map_err(|e| format!("crawl.ca_certificates: cannot read {}: {e}", f.display()))?;
            if !pem.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") {
                return Err(format!(
                    "crawl.ca_certificates: {} holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
                    f.display()
                ));
            }
        }
        self.extract.validate()?;
        for (host, o) in &self.hosts {
            if host.trim().is_empty() || host.contains('/') {
                return Err(format!(
                    "hosts.{host:?}: a host name, without scheme or path, is expected"
                ));
            }
            if let Some(r) = o.requests_per_second {
                check_rate(&format!("hosts.{host:?}.requests_per_second"), r)?;
            }
            if let Some(addr) = &o.resolve {
                addr.parse::<SocketAddr>().map_err(|_| {
                    format!("hosts.{host:?}.resolve = {addr:?}: an IP address with port (\"127.0.0.2:8080\") is expected")
                })?;
            }
        }
        Ok(())
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.crawl.timeout_secs)
    }

    pub fn max_body_bytes(&self) -> usize {
        (self.crawl.max_body_mb * 1024.0 * 1024.0) as usize
    }

    /// The rate ceiling for `host`: its override, else the global one.
    pub fn rate_for(&self, host: &str) -> f64 {
        self.hosts
            .get(host)
            .and_then(|o| o.requests_per_second)
            .unwrap_or(self.crawl.requests_per_second_per_host)
    }

    pub fn resolve_overrides(&self) -> Vec<(String, SocketAddr)> {
        self.hosts
            .iter()
            .filter_map(|(h, o)| Some((h.to_ascii_lowercase(), o.resolve.as_ref()?.parse().ok()?)))
            .collect()
    }

    /// The PEM text of every `crawl.ca_certificates` file (checked readable at load).
    pub fn extra_roots(&self) -> Result<Vec<Vec<u8>>> {
        self.crawl
            .ca_certificates
            .iter()
            .map(|f| {
                std::fs::read(f).map_err(|e| {
                    Error::Config(format!(
                        "crawl.ca_certificates: cannot read {}: {e}",
                        f.display()
                    ))
                })
            })
            .collect()
    }

    pub fn lenient_tls(&self, host: &str) -> bool {
        self.hosts.get(host).is_some_and(|o| o.accept_invalid_certs)
    }

    /// Whether `host`'s list pages are rendered in a browser.
    pub fn renders(&self, host: &str) -> bool {
        self.hosts.get(host).is_some_and(|o| o.render)
    }

    pub fn render_timeout(&self) -> Duration {
        Duration::from_secs_f64(self.crawl.render_timeout_secs)
    }
}

fn check_rate(name: &str, v: f64) -> std::result::Result<(), String> {
    if !(v.is_finite() && v > 0.0 && v <= 100_000.0) {
        return Err(format!("{name} = {v}: a number of requests per second above 0 (and at most 100000) is expected"));
    }
    Ok(())
}

fn range(name: &str, v: f64, lo: f64, hi: f64) -> std::result::Result<(), String> {
    if !(v.is_finite() && v >= lo && v <= hi) {
        return Err(format!("{name} = {v} is out of range ({lo} to {hi})"));
    }
    Ok(())
}

/// `crawl.max_depth` for an error inside `max_depth = "deep"` under `[crawl]`: toml's
/// type errors name the expected type but not the key.
fn key_at(text: &str, byte: usize) -> Option<String> {
    let byte = byte.min(text.len());
    let start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("");
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    if key.is_empty() || key.starts_with('[') || key.starts_with('#') {
        return None;
    }
    let table = text[..start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('[') && l.ends_with(']'))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string());
    Some(match table {
        Some(t) if !t.is_empty() => format!("{t}.{key}"),
        _ => key.to_string(),
    })
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_config_equals_defaults() {
        let cfg = Config::parse(BUNDLED_CONFIG, "bundled").unwrap();
        let d = Config::default();
        assert_eq!(cfg.storage, d.storage);
        assert_eq!(cfg.seeds, d.seeds);
        assert_eq!(cfg.crawl.requests_per_second_per_host, 1.0);
        assert_eq!(cfg.crawl.max_pages_per_host, 5000);
        assert_eq!(cfg.crawl.max_depth, 8);
        assert_eq!(cfg.crawl.render_timeout_secs, d.crawl.render_timeout_secs);
        assert!(cfg.crawl.respect_robots);
        assert!(!cfg.crawl.allow_private_addresses);
        assert!(cfg.crawl.user_agent.starts_with("nianbao/"));
        assert_eq!(
            cfg.extract, d.extract,
            "config.toml's [extract] is the default"
        );
    }

    #[test]
    fn extract_keys_map_to_limits_and_are_checked() {
        let cfg = Config::parse(
            "[extract]\nocr_max_pages = 5\nocr_timeout_secs = 90\nocr_dpi = 300\nocr_lang = \"chi_sim+eng\"\ntool_timeout_secs = 12.5\n",
            "t",
        )
        .unwrap();
        let l = cfg.extract.limits();
        assert_eq!(l.ocr_max_pages, 5);
        assert_eq!(l.ocr_timeout, Duration::from_secs(90));
        assert_eq!(l.ocr_dpi, 300);
        assert_eq!(l.ocr_lang, "chi_sim+eng");
        assert_eq!(l.tool_timeout, Duration::from_millis(12_500));
        for (text, key) in [
            ("ocr_max_pages = 0", "extract.ocr_max_pages"),
            ("ocr_timeout_secs = 0", "extract.ocr_timeout_secs"),
            ("ocr_dpi = 10", "extract.ocr_dpi"),
            ("ocr_lang = \"\"", "extract.ocr_lang"),
            ("ocr_lang = \"chi_sim; rm -rf\"", "extract.ocr_lang"),
            ("ocr_lang = \"chi_sim+\"", "extract.ocr_lang"),
            ("tool_timeout_secs = -1", "extract.tool_timeout_secs"),
            ("ocr_pages = 3", "ocr_pages"),
        ] {
            let e = Config::parse(&format!("[extract]\n{text}\n"), "t").unwrap_err();
            let m = e.to_string();
            assert!(m.contains(key), "{text}: {m}");
            assert!(!m.contains('\n'), "one line: {m}");
        }
    }

    #[test]
    fn unknown_key_is_rejected_with_its_name() {
        let e = Config::parse("[crawl]\nrequest_per_second_per_host = 5\n", "t").unwrap_err();
        let m = e.to_string();
        assert!(m.contains("request_per_second_per_host"), "{m}");
        assert!(m.contains("line 2"), "{m}");
        assert!(!m.contains('\n'));
    }

    #[test]
    fn wrong_type_and_out_of_range_values_are_rejected() {
        let e = Config::parse("[crawl]\nmax_depth = \"deep\"\n", "t").unwrap_err();
        assert!(e.to_string().contains("line 2, crawl.max_depth"), "{e}");
        let e = Config::parse("[crawl]\nrequests_per_second_per_host = 0\n", "t").unwrap_err();
        assert!(e.to_string().contains("requests_per_second_per_host"));
        assert!(Config::parse("[crawl]\nrequests_per_second_per_host = -1\n", "t").is_err());
        assert!(Config::parse("[crawl]\nmax_body_mb = 0\n", "t").is_err());
        assert!(Config::parse("[crawl]\nuser_agent = \"\"\n", "t").is_err());
        assert!(Config::parse("[hosts.\"a.gov.cn\"]\nresolve = \"nowhere\"\n", "t").is_err());
        assert_eq!(Config::parse("x = 1", "t").unwrap_err().exit_code(), 1);
    }

    #[test]
    fn host_overrides_apply_to_their_host_only() {
        let cfg = Config::parse(
            "[crawl]\nrequests_per_second_per_host = 2.0\n[hosts.\"slow.gov.cn\"]\nrequests_per_second = 0.25\naccept_invalid_certs = true\nresolve = \"127.0.0.9:8080\"\n",
            "t",
        )
        .unwrap();
        assert_eq!(cfg.rate_for("slow.gov.cn"), 0.25);
        assert_eq!(cfg.rate_for("other.gov.cn"), 2.0);
        assert!(cfg.lenient_tls("slow.gov.cn"));
        assert!(!cfg.lenient_tls("other.gov.cn"));
        assert!(!cfg.renders("slow.gov.cn"), "rendering is opt-in");
        let r = Config::parse("[hosts.\"js.gov.cn\"]\nrender = true\n", "t").unwrap();
        assert!(r.renders("js.gov.cn") && !r.renders("slow.gov.cn"));
        assert_eq!(r.render_timeout(), Duration::from_secs(20));
        assert!(Config::parse("[crawl]\nrender_timeout_secs = 0\n", "t").is_err());
        assert_eq!(
            cfg.resolve_overrides(),
            vec![("slow.gov.cn".to_string(), "127.0.0.9:8080".parse().unwrap())]
        );
    }
}
