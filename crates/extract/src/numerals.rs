//! Numbers as Chinese reports print them.
//!
//! Prose counts come in Arabic digits (full- or half-width) or Chinese
//! numerals ("两件", "十二条", "一百零五条"); table cells come as "117",
//! "117（增）", "减3", "-3", "2568.714", "—" or blank. Two separate parsers
//! because their failure modes differ: a prose number that does not parse is
//! simply not a count, while a table cell that does not parse means the cell
//! is a label, which the table readers need to know.

/// A full-width digit (０-９) as its ASCII one; any other character unchanged.
fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        _ => c,
    }
}

/// Normalise full-width digits and punctuation that appear in numbers.
pub fn normalize_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => ascii_digit(c),
            '．' => '.',
            '－' | '−' | '–' => '-',
            '，' => ',',
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect()
}

/// Full-width digits (０-９) as ASCII, everything else unchanged; borrowed
/// when there is none. Pages exported from word processors, and some CMS
/// editors, print every figure full-width, years and dates included
/// (２０２２年, ２０２３－０１－１５, 共主动公开信息１２３条); the year, date and
/// count rules are written for ASCII digits, and a figure means the same in
/// either width.
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| ('０'..='９').contains(&c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(ascii_digit).collect())
}

/// A count printed with a space as thousands separator ("共计1 349条",
/// "3\u{a0}173条", as typeset reports and some editors print large figures)
/// closed up: a group of one to three digits, one space (ASCII, no-break or
/// thin), exactly three digits and no further digit. Borrowed when there is
/// none. A year is four digits and so never the first group.
pub fn join_digit_groups(s: &str) -> std::borrow::Cow<'_, str> {
    let is_sep = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}');
    // fast path: no digit followed by a space or the lead byte of one
    let b = s.as_bytes();
    if !b
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], b' ' | 0xC2 | 0xE2))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    let mut drop = Vec::new();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !is_sep(c) || !digit(k.wrapping_sub(1)) || k == 0 {
            continue;
        }
        let mut lead = 0;
        while lead < k && digit(k - 1 - lead) {
            lead += 1;
        }
        let before = k
            .checked_sub(lead + 1)
            .and_then(|b| chars.get(b))
            .map(|&(_, c)| c);
        if lead <= 3
            && !before.is_some_and(|b| matches!(b, '.' | ',' | '-' | '/' | ':'))
            && (1..=3).all(|d| digit(k + d))
            && !digit(k + 4)
        {
            drop.push(at);
        }
    }
    if drop.is_empty() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if drop.binary_search(&at).is_err() {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn digit_value(c: char) -> Option<i64> {
    Some(match c {
        '零' | '〇' | 'Ｏ' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '兩' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn unit_value(c: char) -> Option<i64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' | '萬' => 10_000,
        _ => return None,
    })
}

/// Is `c` a character that can be part of a Chinese numeral?
pub fn is_cn_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || unit_value(c).is_some()
}

/// Parse a Chinese numeral ("十二", "两", "一百零五", "二〇一七" as digits).
/// Returns None for empty or malformed input. Never panics; saturates on overflow.
pub fn parse_cn_numeral(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    // Pure digit sequence (二〇一七): positional.
    if s.chars().all(|c| digit_value(c).is_some()) && s.chars().count() > 1 {
        let mut v: i64 = 0;
        for c in s.chars() {
            v = v.saturating_mul(10).saturating_add(digit_value(c)?);
        }
        return Some(v);
    }
    let mut total: i64 = 0; // completed 万 groups
    let mut section: i64 = 0; // within current 万 group
    let mut digit: Option<i64> = None;
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            digit = Some(d);
        } else if let Some(u) = unit_value(c) {
            if u == 10_000 {
                section = section.saturating_add(digit.take().unwrap_or(0));
                if section == 0 {
                    section = 1;
                }
                total = total.saturating_add(section.saturating_mul(u));
                section = 0;
            } else {
                let d = digit.take().unwrap_or(1); // 十二 = 12: leading 十 means 1×10
                section = section.saturating_add(d.saturating_mul(u));
            }
        } else {
            return None;
        }
    }
    Some(
        total
            .saturating_add(section)
            .saturating_add(digit.unwrap_or(0)),
    )
}

/// Parse a prose count: Arabic digits (with thousands commas) or a Chinese numeral.
pub fn parse_count(s: &str) -> Option<i64> {
    let n = normalize_digits(s.trim());
    if n.is_empty() {
        return None;
    }
    if n.chars().all(|c| c.is_ascii_digit() || c == ',') {
        let digits: String = n.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() || digits.len() > 15 {
            return None;
        }
        return digits.parse().ok();
    }
    parse_cn_numeral(&n)
}

/// What a table cell holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellValue {
    /// Blank, "—", "/", "无数据": a printed null.
    Null,
    /// A number, normalised ("117", "-3", "2568.714").
    Number(String),
    /// Not a value: the cell is a label.
    Label,
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{3000}' | '\u{200b}' | '\u{feff}'
        )
}

/// Trim every kind of space a CMS leaves in a cell (nbsp, en/em space, ideographic space).
pub fn trim_cell(s: &str) -> &str {
    s.trim_matches(is_blank_char)
}

/// Parse a table cell: "117", "117（增）", "117(增)", "减3", "增5", "-3", "+2",
/// "2568.714", "1,234", "—", "-", "/", "" → value.
pub fn parse_cell(s: &str) -> CellValue {
    let t = trim_cell(s);
    if t.is_empty() {
        return CellValue::Null;
    }
    if matches!(
        t,
        "—" | "——" | "-" | "--" | "/" | "／" | "－" | "–" | "―" | "……" | "…" | "无" | "*"
    ) {
        return CellValue::Null;
    }
    // A value has at most 24 bytes once signs (≤2 chars before, ≤3 after) are
    // stripped, and normalisation maps each non-blank char to one non-blank
    // char of ≥1 byte: so more than 29 non-blank chars is a label. Most cells
    // the flat reader sees are prose lines; this spares copying them twice.
    if t.chars().filter(|&c| !is_blank_char(c)).nth(29).is_some() {
        return CellValue::Label;
    }
    let n = normalize_digits(t);
    let n: String = n.chars().filter(|&c| !is_blank_char(c)).collect();
    let mut rest = n.as_str();
    let mut negative = false;
    // prefix sign forms
    for (p, neg) in [
        ("减少", true),
        ("增加", false),
        ("减", true),
        ("增", false),
        ("-", true),
        ("+", false),
    ] {
        if let Some(r) = rest.strip_prefix(p) {
            rest = r;
            negative = neg;
            break;
        }
    }
    // suffix sign forms: 117(增), 3(减), 3减
    for (p, neg) in [
        ("(增)", false),
        ("(减)", true),
        ("增", false),
        ("减", true),
        ("件", false),
        ("个", false),
        ("项", false),
    ] {
        if let Some(r) = rest.strip_suffix(p) {
            rest = r;
            if neg {
                negative = true;
            }
            break;
        }
    }
    if rest.is_empty() || rest.len() > 24 {
        return CellValue::Label;
    }
    let mut seen_dot = false;
    let mut digits = String::with_capacity(rest.len());
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '.' if !seen_dot && !digits.is_empty() => {
                seen_dot = true;
                digits.push('.');
            }
            ',' if !digits.is_empty() && !seen_dot => {}
            _ => return CellValue::Label,
        }
    }
    if digits.is_empty() || digits.ends_with('.') {
        return CellValue::Label;
    }
    // normalise leading zeros of the integer part ("007" -> "7", "0.5" stays)
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits.as_str(), None),
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let mut out = String::new();
    let is_zero = int == "0" && frac.is_none_or(|f| f.chars().all(|c| c == '0'));
    if negative && !is_zero {
        out.push('-');
    }
    out.push_str(int);
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    CellValue::Number(out)
}

/// A normalised cell value as a number for arithmetic (identities).
pub fn cell_to_f64(v: &str) -> Option<f64> {
    v.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_groups_joined() {
        assert_eq!(
            join_digit_groups("共计1 349条，其中2\u{a0}173条"),
            "共计1349条，其中2173条"
        );
        assert_eq!(join_digit_groups("2023 123条"), "2023 123条");
        assert_eq!(join_digit_groups("共 12 件"), "共 12 件");
        assert_eq!(join_digit_groups("1 2345"), "1 2345");
        assert_eq!(join_digit_groups("1.5 300"), "1.5 300");
        assert!(matches!(
            join_digit_groups("无"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn full_width_digits_as_ascii() {
        assert_eq!(ascii_digits("２０２２年共１２３条"), "2022年共123条");
        assert!(matches!(
            ascii_digits("2022年"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_cn_numeral("两"), Some(2));
        assert_eq!(parse_cn_numeral("一"), Some(1));
        assert_eq!(parse_cn_numeral("十"), Some(10));
        assert_eq!(parse_cn_numeral("十二"), Some(12));
        assert_eq!(parse_cn_numeral("二十"), Some(20));
        assert_eq!(parse_cn_numeral("二十三"), Some(23));
        assert_eq!(parse_cn_numeral("一百零五"), Some(105));
        assert_eq!(parse_cn_numeral("三千二百"), Some(3200));
        assert_eq!(parse_cn_numeral("一万二千"), Some(12000));
        assert_eq!(parse_cn_numeral("二〇一七"), Some(2017));
        assert_eq!(parse_cn_numeral("零"), Some(0));
        assert_eq!(parse_cn_numeral("abc"), None);
        assert_eq!(parse_cn_numeral(""), None);
    }

    #[test]
    fn counts() {
        assert_eq!(parse_count("818"), Some(818));
        assert_eq!(parse_count("１２"), Some(12));
        assert_eq!(parse_count("1,234"), Some(1234));
        assert_eq!(parse_count("十二"), Some(12));
        assert_eq!(parse_count(""), None);
    }

    #[test]
    fn cells() {
        use CellValue::*;
        assert_eq!(parse_cell("117"), Number("117".into()));
        assert_eq!(parse_cell(" 117（增）"), Number("117".into()));
        assert_eq!(parse_cell("117(增)"), Number("117".into()));
        assert_eq!(parse_cell("减3"), Number("-3".into()));
        assert_eq!(parse_cell("-3"), Number("-3".into()));
        assert_eq!(parse_cell("3(减)"), Number("-3".into()));
        assert_eq!(parse_cell("2568.714"), Number("2568.714".into()));
        assert_eq!(parse_cell("\u{2002}0"), Number("0".into()));
        assert_eq!(parse_cell("0\u{2002}"), Number("0".into()));
        assert_eq!(parse_cell("—"), Null);
        assert_eq!(parse_cell(""), Null);
        assert_eq!(parse_cell("\u{3000}"), Null);
        assert_eq!(parse_cell("1.属于国家秘密"), Label);
        assert_eq!(parse_cell("规章"), Label);
        assert_eq!(parse_cell("0.5"), Number("0.5".into()));
        assert_eq!(parse_cell("1."), Label);
        assert_eq!(parse_cell("-0"), Number("0".into()));
    }
}
