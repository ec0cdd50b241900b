//! Small shared pieces: dates, the `--since` filter, a byte-counting writer.
//!
//! `--since` is parsed here (the forms a person types) into one RFC 3339 UTC
//! time; the store compares it with each capture's `fetched_at` as a time, not as
//! text (fractional digits vary, and text order puts `.` before `Z`).

use std::io::{self, Write};

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use crate::ExportError;

/// Normalise a `--since` value to an RFC 3339 UTC string SQLite's `julianday()`
/// understands. `YYYY-MM-DD` means midnight UTC of that day.
pub(crate) fn normalise_since(since: Option<&str>) -> Result<Option<String>, ExportError> {
    let Some(raw) = since.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let t = if let Ok(d) = Date::parse(raw, format_description!("[year]-[month]-[day]")) {
        d.midnight().assume_utc()
    } else if let Ok(t) = OffsetDateTime::parse(raw, &Rfc3339) {
        t
    } else if let Ok(t) = PrimitiveDateTime::parse(
        raw,
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
    ) {
        // No offset given: the archive is in UTC, so read it as UTC.
        t.assume_utc()
    } else {
        return Err(ExportError::BadSince(raw.to_string()));
    };
    let t = t.to_offset(UtcOffset::UTC);
    let s = t
        .format(format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
        ))
        .map_err(|_| ExportError::BadSince(raw.to_string()))?;
    Ok(Some(s))
}

/// RFC 3339 `fetched_at` → milliseconds since the Unix epoch.
pub(crate) fn rfc3339_to_millis(s: &str) -> Option<i64> {
    let t = OffsetDateTime::parse(s.trim(), &Rfc3339).ok()?;
    Some((t.unix_timestamp_nanos() / 1_000_000) as i64)
}

/// `YYYY-MM-DD` → days since 1970-01-01 (Arrow's Date32).
pub(crate) fn date_to_days(s: &str) -> Option<i32> {
    let d = Date::parse(s.trim(), format_description!("[year]-[month]-[day]")).ok()?;
    let epoch = Date::from_calendar_date(1970, time::Month::January, 1).ok()?;
    Some((d - epoch).whole_days() as i32)
}

/// RFC 3339 → WARC-Date (`YYYY-MM-DDThh:mm:ssZ`, UTC, second precision: what
/// every WARC reader and CDX index, 14-digit timestamps included, accepts).
pub(crate) fn warc_date(s: &str) -> Option<String> {
    let t = OffsetDateTime::parse(s.trim(), &Rfc3339)
        .ok()?
        .to_offset(UtcOffset::UTC);
    t.format(format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second]Z"
    ))
    .ok()
}

/// Counts what passes through, so callers can report the bytes written.
pub(crate) struct Counting<W> {
    pub inner: W,
    pub count: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_forms() {
        assert_eq!(
            normalise_since(Some("2024-03-01")).unwrap().unwrap(),
            "2024-03-01T00:00:00.000Z"
        );
        assert_eq!(
            normalise_since(Some("2024-03-01T08:00:00+08:00"))
                .unwrap()
                .unwrap(),
            "2024-03-01T00:00:00.000Z"
        );
        assert_eq!(normalise_since(None).unwrap(), None);
        assert!(normalise_since(Some("yesterday")).unwrap_err().is_usage());
    }

    #[test]
    fn dates() {
        assert_eq!(date_to_days("1970-01-02"), Some(1));
        assert_eq!(date_to_days("2018-03"), None);
        assert_eq!(rfc3339_to_millis("1970-01-01T00:00:01.5Z"), Some(1500));
        assert_eq!(
            warc_date("2024-01-02T03:04:05.123456789Z").unwrap(),
            "2024-01-02T03:04:05Z"
        );
    }
}
