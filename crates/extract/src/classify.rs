//! What kind of document is this? Title first, because the crawler needs a
//! verdict from a link text alone and because titles are where these
//! documents say what they are.
//!
//! Look-alikes are ruled out before the positive test: a notice *about*
//! compiling the reports contains "年度报告" too, and so does a
//! 人民政府's own (government-level) report, which is not a bureau's.

use crate::DocType;

fn norm(title: &str) -> String {
    // Traditional titles: convert only when needed (cheap check first).
    let t: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if crate::script::detect(&t) == Some(crate::Script::Traditional)
        || t.contains('報')
        || t.contains('開')
    {
        crate::script::to_simplified(&t)
    } else {
        t
    }
}

/// Cheap title-only classifier the crawler uses to mark likely reports.
pub fn classify_title(title: &str) -> DocType {
    let t = norm(title);
    let has = |s: &str| t.contains(s);
    if t.is_empty() {
        return DocType::Other;
    }
    // Notices, bulletins, budgets, self-inspections: never a report.
    let notice = has("通知") || has("通告") || has("公告") || has("函") && !has("报告");
    if notice && !has("报告》") {
        return DocType::Other;
    }
    if has("编制") && (has("做好") || has("关于")) {
        return DocType::Other;
    }
    if has("状况公报")
        || has("质量公报")
        || has("质量年报")
        || has("环境公报")
        || has("统计公报")
        || has("质量报告书")
    {
        return DocType::Other;
    }
    if has("决算") || has("预算") || has("自查") || has("审计") || has("述职") {
        return DocType::Other;
    }
    if has("会议") && !has("报告") {
        return DocType::Other;
    }
    let disclosure = has("信息公开") || has("政务公开") || has("公开工作");
    if has("总结") {
        return DocType::WorkSummary;
    }
    if has("工作要点") || has("工作计划") || has("工作安排") || has("实施方案") || has("工作方案")
    {
        return DocType::WorkPlan;
    }
    let report = has("年度报告") || has("年报") || has("工作报告") || has("年度工作报告");
    if disclosure && report && is_column_name(&t) {
        // "信息公开年报", "政府信息公开年报-湖南省生态环境厅": the list page of the
        // column that holds the reports, not a report.
        return DocType::Other;
    }
    if disclosure && report {
        if has("人民政府") && !has("生态环境") && !has("环境保护") && !has("环保") {
            return DocType::Other;
        }
        return DocType::AnnualReport;
    }
    DocType::Other
}

/// A column's name: after dropping a " - site name" suffix, neither a year nor an
/// issuing body is named. A report's title names one or both.
fn is_column_name(t: &str) -> bool {
    let head = t
        .split(['-', '_', '|', '—', '－', '｜'])
        .next()
        .unwrap_or(t);
    let year = head.as_bytes().windows(2).any(|w| w == b"20" || w == b"19")
        || head.contains('〇')
        || head.contains('零');
    // "政府信息公开" names the subject, not a 人民政府.
    let named = head.replace("政府信息", "");
    let body = ["局", "厅", "部", "委", "办", "政府", "中心"]
        .iter()
        .any(|a| named.contains(a));
    !year && !body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_not_reports() {
        for t in [
            "信息公开年报",
            "政府信息公开年报-湖南省生态环境厅",
            "政府信息公开工作年度报告",
            "年度报告 | 怀化市生态环境局",
        ] {
            assert_eq!(classify_title(t), DocType::Other, "{t}");
        }
        for t in [
            "怀化市生态环境局政府信息公开工作年度报告",
            "2019年政府信息公开工作年度报告-湖南省生态环境厅",
        ] {
            assert_eq!(classify_title(t), DocType::AnnualReport, "{t}");
        }
    }

    #[test]
    fn seeds_and_lookalikes() {
        assert_eq!(
            classify_title("怀化市环境保护局2017年政府信息公开工作年度报告"),
            DocType::AnnualReport
        );
        assert_eq!(
            classify_title("遼寧省環保廳2011年度政府信息公開工作報告"),
            DocType::AnnualReport
        );
        assert_eq!(
            classify_title("市环保局20xx年工作总结和20xx年工作计划"),
            DocType::WorkSummary
        );
        assert_eq!(
            classify_title("保山市生态环境局昌宁分局2022年政务公开工作要点"),
            DocType::WorkPlan
        );
        assert_eq!(
            classify_title("黔东南州生态环境局2020年政府信息公开工作报告"),
            DocType::AnnualReport
        );
        assert_eq!(
            classify_title("关于做好2020年政府信息公开工作年度报告编制发布工作的通知"),
            DocType::Other
        );
        assert_eq!(
            classify_title("2020年湖南省生态环境状况公报"),
            DocType::Other
        );
        assert_eq!(
            classify_title("湖南省生态环境厅2020年部门决算"),
            DocType::Other
        );
        assert_eq!(
            classify_title("怀化市人民政府2020年政府信息公开工作年度报告"),
            DocType::Other
        );
        assert_eq!(
            classify_title("2021年政府信息公开工作自查报告"),
            DocType::Other
        );
        assert_eq!(
            classify_title("生态环境部2021年政府信息公开工作年度报告"),
            DocType::AnnualReport
        );
        assert_eq!(classify_title(""), DocType::Other);
    }
}
