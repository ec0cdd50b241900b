//! robots.txt, RFC 9309, as Google's matcher reads it — parsed once.
//!
//! Parsing is delegated to the `robotstxt` crate (a port of Google's
//! parser: typo-tolerant keys like `disalow`, missing colons, BOMs, 16 KiB
//! line limit, pattern escaping), through its `RobotsParseHandler` callback
//! interface. Matching is done here, because the crate's matcher wants the
//! whole body on every call (≈ 10 µs per URL on a small file, measured with
//! the bench binary — per link, on every page) and because its wildcard
//! matcher mishandles some patterns: `Disallow: /*b$` does not match
//! `/abab`, as its position list keeps only the first match after a `*`
//! (`Vec::insert` where the C++ original assigns). Here a pattern is matched
//! with an ordinary greedy `*` matcher with backtracking, cross-checked
//! against the crate on star-free patterns and against a regex oracle on all
//! patterns (see `tests/proptests.rs`).
//!
//! Group semantics follow the crate exactly: consecutive `User-agent` lines
//! form one group, any other line ends the run; groups naming our product
//! token (compared case-insensitively on its `[A-Za-z_-]` prefix) are
//! merged, and if any exists the `*` groups are ignored entirely; the longest
//! matching pattern wins and Allow wins ties; an empty pattern never decides;
//! `Allow: /x/index.html` also allows `/x/` (Google's normalisation).
//!
//! `Crawl-delay`, which the crate ignores, is read from the same group
//! (ours if any, else `*`): the first valid value, decimals accepted,
//! capped at 60 s.

use std::time::Duration;

use robotstxt::RobotsParseHandler;
use url::{Position, Url};

/// RFC 9309 §2.5: crawlers must parse at least 500 KiB; we parse exactly that.
pub const MAX_ROBOTS_BYTES: usize = 500 * 1024;
/// Longest Crawl-delay we honour.
pub const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    allow: bool,
    /// Pattern as the crate escaped it (ASCII), without a trailing `$`.
    pattern: Box<[u8]>,
    /// The pattern ended in `$`.
    anchored: bool,
    /// Match priority: the escaped pattern's length including any `$`.
    prio: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    AllowAll,
    DisallowAll,
    Rules(Vec<Rule>),
}

/// The rules of one host's robots.txt that apply to us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Robots {
    mode: Mode,
    delay: Option<Duration>,
}

/// First word of a User-Agent: `"nianbao/0.1 (+https://…)"` → `"nianbao"`.
pub fn product_token(user_agent: &str) -> &str {
    let ua = user_agent.trim_start();
    let end = ua
        .find(|c: char| c == '/' || c.is_whitespace())
        .unwrap_or(ua.len());
    &ua[..end]
}

/// Same rule as the crate: the matchable part of a user-agent value stops
/// at the first character outside `[A-Za-z_-]`.
fn ua_prefix(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphabetic() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

struct Collector<'t> {
    token: &'t str,
    seen_global: bool,
    seen_specific: bool,
    ever_specific: bool,
    seen_separator: bool,
    specific: Vec<Rule>,
    global: Vec<Rule>,
    delay_specific: Option<Duration>,
    delay_global: Option<Duration>,
}

impl Collector<'_> {
    fn seen_any(&self) -> bool {
        self.seen_global || self.seen_specific
    }

    fn push(&mut self, allow: bool, value: &str) {
        let (pat, anchored) = match value.strip_suffix('$') {
            Some(p) => (p, true),
            None => (value, false),
        };
        let rule = Rule {
            allow,
            pattern: pat.as_bytes().into(),
            anchored,
            prio: value.len(),
        };
        if self.seen_specific {
            self.specific.push(rule);
        } else {
            self.global.push(rule);
        }
    }
}

impl RobotsParseHandler for Collector<'_> {
    fn handle_robots_start(&mut self) {}
    fn handle_robots_end(&mut self) {}

    fn handle_user_agent(&mut self, _line: u32, user_agent: &str) {
        if self.seen_separator {
            self.seen_specific = false;
            self.seen_global = false;
            self.seen_separator = false;
        }
        if user_agent.starts_with('*')
            && (user_agent.len() == 1 || user_agent[1..].starts_with(char::is_whitespace))
        {
            self.seen_global = true;
        } else if !self.token.is_empty() && ua_prefix(user_agent).eq_ignore_ascii_case(self.token) {
            self.ever_specific = true;
            self.seen_specific = true;
        }
    }

    fn handle_allow(&mut self, _line: u32, value: &str) {
        if !self.seen_any() {
            return;
        }
        self.seen_separator = true;
        self.push(true, value);
        // Google: `Allow: /x/index.htm(l)` also allows `/x/`.
        if let Some(slash) = value.rfind('/') {
            if value[slash..].starts_with("/index.htm") {
                let alt = format!("{}$", &value[..=slash]);
                self.push(true, &alt);
            }
        }
    }

    fn handle_disallow(&mut self, _line: u32, value: &str) {
        if !self.seen_any() {
            return;
        }
        self.seen_separator = true;
        self.push(false, value);
    }

    fn handle_sitemap(&mut self, _line: u32, _value: &str) {
        self.seen_separator = true;
    }

    fn handle_unknown_action(&mut self, _line: u32, action: &str, value: &str) {
        self.seen_separator = true;
        if !self.seen_any() || !action.trim().eq_ignore_ascii_case("crawl-delay") {
            return;
        }
        let Ok(secs) = value.trim().parse::<f64>() else {
            return;
        };
        if !secs.is_finite() || secs < 0.0 {
            return;
        }
        let d = Duration::from_secs_f64(secs.min(MAX_CRAWL_DELAY.as_secs_f64()));
        let slot = if self.seen_specific {
            &mut self.delay_specific
        } else {
            &mut self.delay_global
        };
        if slot.is_none() {
            *slot = Some(d);
        }
    }
}

/// Does `pattern` (with `*` wildcards; `anchored` = it ended in `$`) match
/// a prefix of `path` (all of it when anchored)? Greedy with one
/// backtrack point: O(|pattern|·|path|) worst case, linear in practice.
fn pattern_matches(pattern: &[u8], anchored: bool, path: &[u8]) -> bool {
    let (mut p, mut s) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    loop {
        if p == pattern.len() {
            if !anchored || s == path.len() {
                return true;
            }
        } else if pattern[p] == b'*' {
            star = Some((p, s));
            p += 1;
            continue;
        } else if s < path.len() && pattern[p] == path[s] {
            p += 1;
            s += 1;
            continue;
        }
        match star {
            Some((sp, ss)) if ss < path.len() => {
                star = Some((sp, ss + 1));
                p = sp + 1;
                s = ss + 1;
            }
            _ => return false,
        }
    }
}

impl Robots {
    /// Parse a robots.txt body for the agent whose product token is given
    /// (see [`product_token`]). Bodies over [`MAX_ROBOTS_BYTES`] are cut
    /// there; invalid UTF-8 is replaced, never rejected.
    pub fn parse(body: &[u8], product_token: &str) -> Robots {
        let body = if body.len() > MAX_ROBOTS_BYTES {
            // Cut at the cap, then back to the last line end: half a rule is no rule
            // (`Disallow: /private` cut to `Disallow: /` would close the whole site).
            let cut = &body[..MAX_ROBOTS_BYTES];
            match cut.iter().rposition(|&b| b == b'\n' || b == b'\r') {
                Some(i) => &cut[..=i],
                None => &[][..],
            }
        } else {
            body
        };
        let text = String::from_utf8_lossy(body);
        let mut c = Collector {
            token: product_token,
            seen_global: false,
            seen_specific: false,
            ever_specific: false,
            seen_separator: false,
            specific: Vec::new(),
            global: Vec::new(),
            delay_specific: None,
            delay_global: None,
        };
        robotstxt::parse_robotstxt(&text, &mut c);
        let (rules, delay) = if c.ever_specific {
            (c.specific, c.delay_specific)
        } else {
            (c.global, c.delay_global)
        };
        Robots {
            mode: Mode::Rules(rules),
            delay,
        }
    }

    /// robots.txt answered 4xx: everything allowed (RFC 9309 §2.3.1.3).
    pub fn allow_all() -> Robots {
        Robots {
            mode: Mode::AllowAll,
            delay: None,
        }
    }

    /// robots.txt answered 5xx or was unreachable: nothing allowed (§2.3.1.4).
    pub fn disallow_all() -> Robots {
        Robots {
            mode: Mode::DisallowAll,
            delay: None,
        }
    }

    /// May we fetch this URL? Path, params and query are matched;
    /// `/robots.txt` itself is always allowed.
    pub fn is_allowed(&self, url: &Url) -> bool {
        if url.path() == "/robots.txt" {
            return true;
        }
        let rules = match &self.mode {
            Mode::AllowAll => return true,
            Mode::DisallowAll => return false,
            Mode::Rules(r) => r,
        };
        if rules.is_empty() {
            return true;
        }
        // Path, params and query, as the crate's `get_path_params_query`
        // extracts them (a parsed http(s) URL always has a `/` path).
        let pq = &url[Position::BeforePath..Position::AfterQuery];
        let path = if pq.starts_with('/') {
            pq.as_bytes()
        } else {
            b"/"
        };
        let (mut allow, mut disallow) = (0usize, 0usize);
        let mut any = false;
        for r in rules {
            let best = if r.allow { allow } else { disallow };
            if r.prio <= best && any {
                continue; // cannot improve this side
            }
            if pattern_matches(&r.pattern, r.anchored, path) {
                any = true;
                if r.allow {
                    allow = allow.max(r.prio);
                } else {
                    disallow = disallow.max(r.prio);
                }
            }
        }
        // Priority 0 (empty pattern) never decides, as in Google's matcher.
        !(disallow > 0 && disallow > allow)
    }

    /// The Crawl-delay of the group that applies to us, capped at 60 s.
    pub fn crawl_delay(&self) -> Option<Duration> {
        self.delay
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(p: &str) -> Url {
        Url::parse(&format!("http://sthjt.a.gov.cn{p}")).unwrap()
    }

    #[test]
    fn token() {
        assert_eq!(
            product_token("nianbao/0.1 (+https://example.org)"),
            "nianbao"
        );
        assert_eq!(product_token("nianbao"), "nianbao");
        assert_eq!(product_token("  Foo Bar"), "Foo");
        assert_eq!(product_token(""), "");
    }

    #[test]
    fn token_group_beats_star() {
        let r = Robots::parse(
            b"User-agent: *\nDisallow: /\n\nUser-agent: Nianbao/1.0\nDisallow: /admin/\nCrawl-delay: 2\n",
            "nianbao",
        );
        assert!(r.is_allowed(&u("/xxgk/index.html")));
        assert!(!r.is_allowed(&u("/admin/x")));
        assert_eq!(r.crawl_delay(), Some(Duration::from_secs(2)));
        // Another bot is not us.
        let r = Robots::parse(
            b"User-agent: nianbaox\nDisallow: /\nUser-agent: *\nAllow: /\n",
            "nianbao",
        );
        assert!(r.is_allowed(&u("/a")));
    }

    #[test]
    fn star_used_when_no_token_group() {
        let r = Robots::parse(
            b"User-agent: Googlebot\nDisallow: /\nCrawl-delay: 9\n\nUser-agent: *\nDisallow: /search\nCrawl-delay: 0.5\n",
            "nianbao",
        );
        assert!(r.is_allowed(&u("/xxgk/")));
        assert!(!r.is_allowed(&u("/search?q=1")));
        assert_eq!(r.crawl_delay(), Some(Duration::from_millis(500)));
    }

    #[test]
    fn shared_group_and_delay_of_our_group_only() {
        let r = Robots::parse(
            b"User-agent: *\nCrawl-delay: 7\n\nUser-agent: bingbot\nUser-agent: nianbao\nDisallow: /private\n",
            "nianbao",
        );
        assert!(!r.is_allowed(&u("/private/a")));
        assert_eq!(r.crawl_delay(), None);
        let r = Robots::parse(
            b"User-agent: *\nCrawl-delay: 100000\nCrawl-delay: 3\n",
            "nianbao",
        );
        assert_eq!(r.crawl_delay(), Some(MAX_CRAWL_DELAY));
        let r = Robots::parse(
            b"User-agent: *\nCrawl-delay: -1\nCrawl-delay: NaN\nCrawl-delay: x\n",
            "nianbao",
        );
        assert_eq!(r.crawl_delay(), None);
    }

    #[test]
    fn longest_match_and_allow_wins_ties() {
        let r = Robots::parse(
            b"User-agent: *\nDisallow: /xxgk/\nAllow: /xxgk/gknb/\nDisallow: /xxgk/gknb/tmp\nAllow: /p\nDisallow: /p\n",
            "nianbao",
        );
        assert!(!r.is_allowed(&u("/xxgk/other.html")));
        assert!(r.is_allowed(&u("/xxgk/gknb/index.html")));
        assert!(!r.is_allowed(&u("/xxgk/gknb/tmp1.html")));
        assert!(r.is_allowed(&u("/page")));
        assert!(r.is_allowed(&u("/robots.txt")));
    }

    #[test]
    fn wildcards_and_query() {
        let r = Robots::parse(
            b"User-agent: *\nDisallow: /*.jsp$\nDisallow: /*?print=\nDisallow: /*b$\nDisallow: /\xe6\x90\x9c\xe7\xb4\xa2/\n",
            "nianbao",
        );
        assert!(!r.is_allowed(&u("/list.jsp")));
        assert!(r.is_allowed(&u("/list.jsp?x=1")));
        assert!(!r.is_allowed(&u("/a.html?print=1")));
        // The crate's matcher says allowed here; RFC 9309 says disallowed.
        assert!(!r.is_allowed(&u("/abab")));
        // Non-ASCII patterns are percent-encoded on both sides.
        assert!(!r.is_allowed(&u("/搜索/x")));
        let empty = Robots::parse(b"User-agent: *\nDisallow:\n", "nianbao");
        assert!(empty.is_allowed(&u("/anything")));
    }

    #[test]
    fn index_html_allow_normalisation() {
        let r = Robots::parse(
            b"User-agent: *\nDisallow: /xxgk/\nAllow: /xxgk/index.html\n",
            "nianbao",
        );
        assert!(r.is_allowed(&u("/xxgk/")));
        assert!(r.is_allowed(&u("/xxgk/index.html")));
        assert!(!r.is_allowed(&u("/xxgk/a.html")));
    }

    #[test]
    fn size_cap_truncates() {
        let mut body = b"User-agent: *\n".to_vec();
        body.extend(std::iter::repeat_n(b'#', MAX_ROBOTS_BYTES));
        body.extend(b"\nDisallow: /\n");
        let r = Robots::parse(&body, "nianbao");
        assert!(r.is_allowed(&u("/x")), "rule past 500 KiB must be ignored");
        let mut body = b"User-agent: *\nDisallow: /\n".to_vec();
        body.extend(std::iter::repeat_n(b'#', MAX_ROBOTS_BYTES));
        assert!(!Robots::parse(&body, "nianbao").is_allowed(&u("/x")));
    }

    #[test]
    fn size_cap_drops_the_half_line() {
        let mut body = b"User-agent: *\nDisallow: /early\n".to_vec();
        while body.len() + 100 <= MAX_ROBOTS_BYTES - 11 {
            body.extend(std::iter::repeat_n(b'#', 99));
            body.push(b'\n');
        }
        body.resize(MAX_ROBOTS_BYTES - 12, b'#');
        body.push(b'\n');
        body.extend(b"Disallow: /late-blocked\n");
        assert_eq!(
            &body[MAX_ROBOTS_BYTES - 11..MAX_ROBOTS_BYTES],
            b"Disallow: /"
        );
        let r = Robots::parse(&body, "nianbao");
        assert!(!r.is_allowed(&u("/early")));
        assert!(
            r.is_allowed(&u("/x")),
            "half a rule past the cap closed the site"
        );
        assert!(r.is_allowed(&u("/late-blocked")));
    }

    #[test]
    fn fixed_modes_and_garbage() {
        assert!(Robots::allow_all().is_allowed(&u("/x")));
        assert!(!Robots::disallow_all().is_allowed(&u("/x")));
        assert!(Robots::disallow_all().is_allowed(&u("/robots.txt")));
        let r = Robots::parse(b"\xff\xfe<html>\x00 not robots", "nianbao");
        assert!(r.is_allowed(&u("/x")));
        let r = Robots::parse(b"Disallow: /\n", "nianbao"); // no group
        assert!(r.is_allowed(&u("/x")));
    }
}
