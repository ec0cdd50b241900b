//! Traditional vs Simplified.
//!
//! Reposts (seed 001, on a wiki-like site) and some Hong Kong/Taiwan mirrors
//! print reports in Traditional characters. All matching (classification,
//! agency names, gazetteer, counts) is written against Simplified text, so a
//! Traditional page is converted with OpenCC's t2s tables (ferrous-opencc,
//! Apache-2.0) *for matching only*: stored text keeps what was printed, while
//! the `agency` field is output in Simplified as docs/report-format.md asks.
//!
//! Detection is a cheap count of characters that exist only in Traditional
//! (a fixed list of frequent ones in these documents) so that the OpenCC
//! dictionaries are loaded and run only for pages that need them.

use crate::Script;
use std::sync::LazyLock;

const TRAD_ONLY: &str = "們這國會發開關資與為個報廳環護處機務應經過對從當進動說時實現頭問題區點條級規劃體發術檔設總聯網際數據辦華門東樂書見議記計論語車轉電號覽給統縣產麼歲節約權濟義習預頁興員圍圖舉況測監審製響類標準壓將並達運遠還這邊訊請調質賣費購於無";

/// One bit per code point of the CJK Unified Ideographs block (U+4E00..=U+9FFF):
/// set for the characters of [`TRAD_ONLY`]. `detect` looks up every Han
/// character of every page, where a hash set's hashing was a visible cost.
static TRAD_SET: LazyLock<[u64; HAN_WORDS]> = LazyLock::new(|| {
    let mut bits = [0u64; HAN_WORDS];
    for c in TRAD_ONLY.chars() {
        let i = c as usize - HAN_FIRST as usize;
        bits[i / 64] |= 1 << (i % 64);
    }
    bits
});
const HAN_FIRST: char = '\u{4e00}';
const HAN_LAST: char = '\u{9fff}';
const HAN_WORDS: usize = (HAN_LAST as usize - HAN_FIRST as usize + 1).div_ceil(64);

static T2S: LazyLock<Option<ferrous_opencc::OpenCC>> = LazyLock::new(|| {
    ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).ok()
});

/// Which script the text is printed in (None when there is no Han text).
pub fn detect(text: &str) -> Option<Script> {
    let bits = &*TRAD_SET;
    let mut han = 0usize;
    let mut trad = 0usize;
    for c in text.chars() {
        if (HAN_FIRST..=HAN_LAST).contains(&c) {
            han += 1;
            let i = c as usize - HAN_FIRST as usize;
            trad += ((bits[i / 64] >> (i % 64)) & 1) as usize;
        }
    }
    if han == 0 {
        return None;
    }
    // Simplified pages can quote a traditional name now and then; require both
    // an absolute count and a share.
    if trad >= 5 && trad * 50 >= han {
        Some(Script::Traditional)
    } else {
        Some(Script::Simplified)
    }
}

/// Convert Traditional to Simplified (identity when the converter is unavailable).
pub fn to_simplified(text: &str) -> String {
    match T2S.as_ref() {
        Some(cc) => cc.convert(text),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_and_converts() {
        let t = "遼寧省環保廳2011年度政府信息公開工作報告。我廳按照國家環保部的統一部署";
        assert_eq!(detect(t), Some(Script::Traditional));
        let s = to_simplified(t);
        assert!(
            s.starts_with("辽宁省环保厅2011年度政府信息公开工作报告"),
            "{s}"
        );
        assert_eq!(
            detect("辽宁省环保厅2011年度政府信息公开工作报告"),
            Some(Script::Simplified)
        );
        assert_eq!(detect("abc"), None);
    }

    #[test]
    fn trad_list_is_in_the_han_block() {
        // the bitset covers U+4E00..=U+9FFF only
        assert!(TRAD_ONLY
            .chars()
            .all(|c| (HAN_FIRST..=HAN_LAST).contains(&c)));
        let n: u32 = TRAD_SET.iter().map(|w| w.count_ones()).sum();
        let distinct: std::collections::BTreeSet<char> = TRAD_ONLY.chars().collect();
        assert_eq!(n as usize, distinct.len());
    }
}

/// Machine-converted mirrors gloss characters with pinyin in brackets
/// (`生態(tài)環(huán)境`), which splits every name apart; the glosses go before
/// any matching. Only lowercase Latin with tone marks right after a Han
/// character counts as a gloss.
pub fn strip_pinyin_glosses(text: &str) -> std::borrow::Cow<'_, str> {
    static GLOSS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(\p{Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}[)）]")
            .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
    });
    if !text.contains('(') && !text.contains('（') {
        return std::borrow::Cow::Borrowed(text);
    }
    GLOSS.replace_all(text, "$1")
}

#[cfg(test)]
mod gloss_tests {
    #[test]
    fn glosses_go_names_stay() {
        assert_eq!(
            super::strip_pinyin_glosses("青陽縣生態(tài)環(huán)境分局"),
            "青陽縣生態環境分局"
        );
        assert_eq!(super::strip_pinyin_glosses("条例(2019)"), "条例(2019)");
        assert_eq!(super::strip_pinyin_glosses("局(简称)"), "局(简称)");
    }
}
