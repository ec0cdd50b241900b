//! Traditional vs Simplified.
//!
//! Reposts (seed 001, on a wiki-like site) and some Hong Kong/Taiwan mirrors
//! print reports in Traditional characters. All matching (classification,
//! agency names, gazetteer, counts) is written against Simplified text, so a
//! Traditional page is converted with OpenCC's t2s tables (ferrous-opencc,
//! Apache-2.0) *for matching only*: stored text keeps what was printed, while
//! the `agency` field is output in Simplified as report-format.md asks.
//!
//! Detection is a cheap count of characters that exist only in Traditional
//! (a fixed list of frequent ones in these documents) so that the OpenCC
//! dictionaries are loaded and run only for pages that need them.

use crate::Script;
use std::sync::LazyLock;

const TRAD_ONLY: &str = "們這國會發開關資與為個報廳環護處機務應經過對從當進動說時實現頭問題區點條級規劃體發術檔設總聯網際數據辦華門東樂書見議記計論語車轉電號覽給統縣產麼歲節約權濟義習預頁興員圍圖舉況測監審製響類標準壓將並達運遠還這邊訊請調質賣費購於無";

static TRAD_SET: LazyLock<std::collections::HashSet<char>> =
    LazyLock::new(|| TRAD_ONLY.chars().collect());

static T2S: LazyLock<Option<ferrous_opencc::OpenCC>> = LazyLock::new(|| {
    ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).ok()
});

/// Which script the text is printed in (None when there is no Han text).
pub fn detect(text: &str) -> Option<Script> {
    let mut han = 0usize;
    let mut trad = 0usize;
    for c in text.chars() {
        if ('\u{4e00}'..='\u{9fff}').contains(&c) {
            han += 1;
            if TRAD_SET.contains(&c) {
                trad += 1;
            }
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
}
