//! Small deterministic helpers: hashing, a seeded PRNG, calendar dates.
//!
//! Everything the fixture serves is derived from (site, path, year, revision)
//! through these helpers, so two runs serve byte-identical pages and a test can
//! recompute what it expects. No `rand`, no clock, except where a page is
//! meant to vary (session ids) or a correction is stamped with "now".

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// FNV-1a, 64 bit: the ETag hash and the seed of every generated number.
pub(crate) fn fnv64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

pub(crate) fn seed_of(parts: &[&str]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for p in parts {
        h ^= fnv64(p.as_bytes());
        h = h.rotate_left(17).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    h
}

/// splitmix64: tiny, good enough, and reproducible everywhere.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.next_u64() % (hi - lo + 1)
    }
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// A calendar date (proleptic Gregorian), enough for publication dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Date {
    pub(crate) const fn new(y: i32, m: u32, d: u32) -> Date {
        Date { y, m, d }
    }
    pub(crate) fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub(crate) fn days(&self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
    pub(crate) fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date {
            y: (y + i64::from(m <= 2)) as i32,
            m,
            d,
        }
    }
    pub(crate) fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
    /// 09:30 China time (01:30 UTC) on that day.
    pub(crate) fn system_time(&self) -> SystemTime {
        let secs = self.days() * 86_400 + 5_400;
        if secs >= 0 {
            UNIX_EPOCH + Duration::from_secs(secs as u64)
        } else {
            UNIX_EPOCH
        }
    }
    pub(crate) fn parse(s: &str) -> Option<Date> {
        let mut it = s.splitn(3, '-');
        let y: i32 = it.next()?.parse().ok()?;
        let m: u32 = it.next()?.parse().ok()?;
        let d: u32 = it.next()?.parse().ok()?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1900..=2100).contains(&y) {
            return None;
        }
        Some(Date { y, m, d })
    }
}

/// Whole seconds: HTTP dates have no fraction, and a Last-Modified with one
/// would never compare equal to the If-Modified-Since echoed back.
pub(crate) fn now_secs() -> SystemTime {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    UNIX_EPOCH + Duration::from_secs(d.as_secs())
}

pub(crate) fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            _ => o.push(c),
        }
    }
    o
}

/// Chinese numerals for small counts, the way narrative reports write "两件".
pub(crate) fn cn_num(n: u64) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        2 => "两".to_string(),
        0..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n - 10) as usize]),
        20..=99 => {
            let t = D[(n / 10) as usize];
            if n.is_multiple_of(10) {
                format!("{t}十")
            } else {
                format!("{t}十{}", D[(n % 10) as usize])
            }
        }
        _ => n.to_string(),
    }
}

/// Value of one `name=value` pair of a query string (no percent-decoding:
/// the fixture only puts ASCII in the values it reads back).
pub(crate) fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_round_trip() {
        for d in [
            Date::new(1970, 1, 1),
            Date::new(2021, 1, 29),
            Date::new(2000, 2, 29),
        ] {
            assert_eq!(Date::from_days(d.days()), d);
        }
        assert_eq!(Date::new(2021, 1, 31).add_days(1), Date::new(2021, 2, 1));
        assert_eq!(Date::new(1970, 1, 2).days(), 1);
    }

    #[test]
    fn numerals() {
        assert_eq!(cn_num(2), "两");
        assert_eq!(cn_num(12), "十二");
        assert_eq!(cn_num(30), "三十");
        assert_eq!(cn_num(47), "四十七");
    }
}
