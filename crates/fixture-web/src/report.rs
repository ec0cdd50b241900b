//! Report page templates: narrative (≤ 2018), gb2019 (2019–2020) and gb2021
//! (2021 on), plus the look-alikes a crawler must learn to pass over
//! (工作要点, 工作总结, 环境状况公报, the 编制发布 notice) and plain news.
//!
//! Why generated rather than copied: the crawler's extractor is tested against
//! these pages, so every agency/year needs its own numbers, and the numbers
//! must obey the statutory identities (new + carried_over = total +
//! carried_forward; total = sum of outcomes; each review `_total` = its four
//! parts) so a "consistency: ok" answer is the right one. Numbers come from a
//! PRNG seeded with (agency, year, revision): deterministic, and a correction
//! (`change_report`) changes them as a real corrected report would.
//!
//! The tables use the markup real sites use: `rowspan`/`colspan`, labels
//! exactly as in docs/report-format.md, `117(增)` style signed changes.

use crate::doc::{Doc, Kind};
use crate::util::{cn_num, esc, seed_of, Rng};

/// "我部" / "我厅" / "我局": how a report refers to its own agency.
fn self_ref(agency: &str) -> &'static str {
    if agency.ends_with('部') {
        "我部"
    } else if agency.ends_with('厅') {
        "我厅"
    } else {
        "我局"
    }
}

/// The format a real report of `year` would use.
pub(crate) fn format_for(year: i32) -> &'static str {
    match year {
        ..=2018 => "narrative",
        2019 | 2020 => "gb2019",
        _ => "gb2021",
    }
}

/// Inner HTML of a document's content area.
pub(crate) fn doc_body(doc: &Doc) -> String {
    let mut rng = Rng::new(seed_of(&[
        &doc.agency,
        &doc.year.to_string(),
        &doc.revision.to_string(),
    ]));
    let mut s = String::new();
    if doc.revision > 0 {
        s.push_str(&format!(
            "<p class=\"gzsm\">更正说明：本报告于{}进行了第{}次更正，更正了部分统计数据。</p>\n",
            doc.modified_date().iso(),
            doc.revision
        ));
    }
    match doc.kind {
        Kind::Report if doc.flavor == "seed000" => {
            s.push_str(&seed000_style(&doc.agency, doc.year))
        }
        Kind::Report => match format_for(doc.year) {
            "narrative" => s.push_str(&narrative(&doc.agency, doc.year, &mut rng)),
            f => s.push_str(&statutory(&doc.agency, doc.year, &mut rng, f == "gb2021")),
        },
        Kind::WorkPlan => s.push_str(&work_plan(&doc.agency, doc.year)),
        Kind::WorkSummary => s.push_str(&work_summary(&doc.agency, doc.year, &mut rng)),
        Kind::Bulletin => s.push_str(&bulletin(&doc.agency, doc.year, &mut rng)),
        Kind::Notice => s.push_str(&notice(&doc.agency, doc.year)),
        Kind::News => s.push_str(&news(&doc.agency, &doc.title, &mut rng)),
    }
    s
}

fn split(rng: &mut Rng, total: u64, parts: usize) -> Vec<u64> {
    let mut left = total;
    let mut v = Vec::with_capacity(parts);
    for i in 0..parts {
        if i + 1 == parts {
            v.push(left);
        } else {
            let x = rng.range(0, left / 2);
            v.push(x);
            left -= x;
        }
    }
    v
}

fn narrative(agency: &str, year: i32, rng: &mut Rng) -> String {
    let me = self_ref(agency);
    let proactive = rng.range(180, 3200);
    let cats = [
        "环境影响评价",
        "环境监测",
        "行政处罚",
        "人事信息",
        "规划财务",
        "污染防治",
        "其他",
    ];
    let parts = split(rng, proactive, cats.len());
    let breakdown: Vec<String> = cats
        .iter()
        .zip(&parts)
        .map(|(c, n)| format!("{c}{n}条"))
        .collect();
    let requests = rng.range(0, 14);
    let requests_txt = if requests == 0 {
        "全年未收到依申请公开政府信息的申请".to_string()
    } else if rng.chance(40) {
        format!("全年共受理依申请公开{}件", cn_num(requests))
    } else {
        format!("全年共受理依申请公开{requests}件")
    };
    let granted = rng.range(0, requests);
    let rest = requests - granted;
    let outcome = if requests == 0 {
        String::new()
    } else {
        format!("，其中予以公开{granted}件，告知不属于本机关公开范围或信息不存在{rest}件，均在规定时限内答复")
    };
    let reviews = if rng.chance(70) {
        "未发生因政府信息公开申请提起行政复议和行政诉讼的情况。".to_string()
    } else {
        let r = rng.range(1, 3);
        format!(
            "发生政府信息公开行政复议{}起，经复议维持原答复；未发生行政诉讼。",
            cn_num(r)
        )
    };
    let pressers = rng.range(2, 12);
    format!(
        "<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，特向社会公布{agency}{year}年度政府信息公开工作年度报告。\
本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进措施等部分组成。\
本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请与{agency}办公室联系。</p>\n\
<h3>一、概述</h3>\n<p>{year}年，{me}认真贯彻落实《条例》和上级关于政府信息公开工作的部署，成立了由主要负责同志任组长的政府信息公开工作领导小组，\
明确办公室为政府信息公开工作机构，配备专兼职工作人员，建立健全信息公开保密审查、信息发布协调等制度，推动环境信息公开工作规范化、常态化。</p>\n\
<h3>二、主动公开政府信息情况</h3>\n<p>{year}年，{me}通过门户网站、政务微博、新闻发布会等渠道主动公开政府信息{proactive}条，其中，{}。\
全年召开新闻发布会{pressers}次，及时发布环境质量、建设项目环境影响评价审批、环境执法等重点领域信息。</p>\n\
<h3>三、依申请公开政府信息情况</h3>\n<p>{requests_txt}{outcome}。</p>\n\
<h3>四、政府信息公开的收费及减免情况</h3>\n<p>{year}年，{me}在政府信息公开工作中未收取任何费用，无减免情况。</p>\n\
<h3>五、因政府信息公开申请行政复议和提起行政诉讼的情况</h3>\n<p>{year}年，{reviews}</p>\n\
<h3>六、存在的主要问题及改进措施</h3>\n<p>{year}年，{me}政府信息公开工作取得了一定成效，但也存在公开内容不够全面、更新不够及时等问题。\
下一步，{me}将进一步完善工作机制，加大重点领域环境信息公开力度，切实保障公众的知情权、参与权和监督权。</p>\n",
        breakdown.join("，")
    )
}

/// A report in the voice of seed 000 (怀化市环境保护局, 2017): counts in
/// prose ("公开各类政务信息818条"), numbered 一是/二是 paragraphs.
fn seed000_style(agency: &str, year: i32) -> String {
    format!(
        "<p style=\"text-align:center\">{agency}</p>\n<p style=\"text-align:center\">{year}年政府信息公开工作年度报告</p>\n\
<p style=\"text-align:center\">（{next}年1月）</p>\n\
<p>{year}年，我局认真贯彻落实政府关于信息公开工作的各项要求，切实做好环保信息公开，不断增强环保政府信息公开实效，充分保障人民群众的知情权、参与权和监督权，有力助推了全市生态文明建设。</p>\n\
<p><strong>一、加强组织领导，明确工作责任</strong></p>\n\
<p>一是领导重视，提供有力保障。局党组定期研究政务公开工作和听取政务公开工作汇报，每年预算政务公开办公经费2万元，并在市民服务中心政务窗口安排了2名固定工作人员。</p>\n\
<p>二是层层压实，落实工作责任。形成了一把手负总责，主要领导亲自抓，分管领导具体抓，职能科室抓落实的责任机制。{year}年，通过门户网站公开各类政务信息818条，其中，人事教育7条，总量减排3条，固废管理4条，环境影响评价545条，环境监察18条，核与辐射1条，法制宣传22条，自然生态保护4条，污染防治8条，规划财务9条，环境监测184条，生态创建8条，机关党建4条。</p>\n\
<p><strong>二、强化平台建设，增强公开实效</strong></p>\n\
<p>对于依申请公开的信息，能够当场答复的，当场予以答复，不能当场答复的，自收到申请之日起15个工作日内予以答复。全年受理依申请公开两件，均按期答复。</p>\n\
<p><strong>三、丰富公开内容，拓宽公开形式</strong></p>\n\
<p>全年我局共向省环保厅门户网站、市政府门户网站和重点领域政府信息公开栏目报送各类环保信息810多条。全年在党务政务公开公示栏上公布政府信息80余条。未发生政府信息公开行政复议和行政诉讼。</p>\n\
<p><strong>四、存在不足与下一步工作打算</strong></p>\n\
<p>{year}年，我局的信息公开工作实现了新的跨越，但离上级的要求和群众的期望还有一定差距。今后，我们将进一步改进工作作风，推动政府信息公开工作取得新的更大成效。</p>\n",
        next = year + 1
    )
}

fn td(v: impl std::fmt::Display) -> String {
    format!("<td>{v}</td>")
}

fn signed_change(rng: &mut Rng) -> String {
    match rng.range(0, 5) {
        0 | 1 => "0".to_string(),
        2 => format!("{}(增)", rng.range(1, 120)),
        3 => format!("-{}", rng.range(1, 9)),
        _ => format!("减{}", rng.range(1, 5)),
    }
}

fn statutory(agency: &str, year: i32, rng: &mut Rng, v2021: bool) -> String {
    let me = self_ref(agency);
    let proactive = rng.range(300, 6000);
    let template = if v2021 {
        "国办公开办函〔2021〕30号"
    } else {
        "国办公开办函〔2019〕60号"
    };
    let mut s = format!(
        "<p>本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（{template}）要求编制。\
报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。\
本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请与{agency}办公室联系。</p>\n\
<h3>一、总体情况</h3>\n<p>{year}年，{me}坚持以公开为常态、不公开为例外，全年主动公开政府信息{proactive}条，\
围绕环境质量、建设项目环境影响评价、环境执法、突发环境事件等重点领域及时发布信息，政府信息公开工作平稳有序推进。</p>\n\
<p>（一）主动公开。通过门户网站、政务新媒体、新闻发布会等渠道公开政府信息，召开新闻发布会{}次。</p>\n\
<p>（二）依申请公开。严格按照《条例》规定的时限和程序办理政府信息公开申请。</p>\n\
<p>（三）政府信息管理。落实公开属性源头认定和保密审查制度。</p>\n\
<p>（四）平台建设。优化门户网站政府信息公开专栏，完善信息公开目录。</p>\n\
<p>（五）监督保障。将政府信息公开工作纳入年度绩效考核。</p>\n\
<h3>二、主动公开政府信息情况</h3>\n",
        rng.range(2, 15)
    );
    // Table 1: proactive disclosure.
    s.push_str("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" class=\"MsoTableGrid\">\n");
    if v2021 {
        s.push_str("<tr><td colspan=\"4\">第二十条第（一）项</td></tr>\n<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n");
        for label in ["规章", "行政规范性文件"] {
            let made = rng.range(0, 6);
            let repealed = rng.range(0, 3);
            let in_force = made + rng.range(0, 40);
            s.push_str(&format!(
                "<tr><td>{label}</td>{}{}{}</tr>\n",
                td(made),
                td(repealed),
                td(in_force)
            ));
        }
        s.push_str("<tr><td colspan=\"4\">第二十条第（五）项</td></tr>\n<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>\n");
        s.push_str(&format!(
            "<tr><td>行政许可</td><td colspan=\"3\">{}</td></tr>\n",
            rng.range(0, 900)
        ));
        s.push_str("<tr><td colspan=\"4\">第二十条第（六）项</td></tr>\n<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>\n");
        s.push_str(&format!(
            "<tr><td>行政处罚</td><td colspan=\"3\">{}</td></tr>\n",
            rng.range(0, 600)
        ));
        s.push_str(&format!(
            "<tr><td>行政强制</td><td colspan=\"3\">{}</td></tr>\n",
            rng.range(0, 60)
        ));
        s.push_str("<tr><td colspan=\"4\">第二十条第（八）项</td></tr>\n<tr><td>信息内容</td><td colspan=\"3\">本年收费金额（单位：万元）</td></tr>\n");
        s.push_str("<tr><td>行政事业性收费</td><td colspan=\"3\">0</td></tr>\n");
    } else {
        s.push_str("<tr><td colspan=\"4\">第二十条第（一）项</td></tr>\n<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>\n");
        for label in ["规章", "规范性文件"] {
            let made = rng.range(0, 6);
            let total = made + rng.range(0, 40);
            s.push_str(&format!(
                "<tr><td>{label}</td>{}{}{}</tr>\n",
                td(made),
                td(made),
                td(total)
            ));
        }
        s.push_str("<tr><td colspan=\"4\">第二十条第（五）项</td></tr>\n<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>\n");
        for label in ["行政许可", "其他对外管理服务事项"] {
            let prev = rng.range(0, 300);
            let ch = signed_change(rng);
            s.push_str(&format!(
                "<tr><td>{label}</td>{}{}{}</tr>\n",
                td(prev),
                td(ch),
                td(rng.range(0, 500))
            ));
        }
        s.push_str("<tr><td colspan=\"4\">第二十条第（六）项</td></tr>\n<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>\n");
        for label in ["行政处罚", "行政强制"] {
            let prev = rng.range(0, 300);
            let ch = signed_change(rng);
            s.push_str(&format!(
                "<tr><td>{label}</td>{}{}{}</tr>\n",
                td(prev),
                td(ch),
                td(rng.range(0, 300))
            ));
        }
        s.push_str("<tr><td colspan=\"4\">第二十条第（八）项</td></tr>\n<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td></tr>\n");
        s.push_str("<tr><td>行政事业性收费</td><td>0</td><td colspan=\"2\">0</td></tr>\n");
        s.push_str("<tr><td colspan=\"4\">第二十条第（九）项</td></tr>\n<tr><td>信息内容</td><td>采购项目数量</td><td colspan=\"2\">采购总金额</td></tr>\n");
        let amount = rng.range(10_000, 9_000_000) as f64 / 1000.0;
        s.push_str(&format!(
            "<tr><td>政府集中采购</td><td>{}</td><td colspan=\"2\">{amount:.3}</td></tr>\n",
            rng.range(0, 20)
        ));
    }
    s.push_str("</table>\n<h3>三、收到和处理政府信息公开申请情况</h3>\n");
    s.push_str(&requests_table(rng, v2021));
    s.push_str("<h3>四、政府信息公开行政复议、行政诉讼情况</h3>\n");
    s.push_str(&review_table(rng));
    s.push_str(&format!(
        "<h3>五、存在的主要问题及改进情况</h3>\n<p>{year}年，{me}政府信息公开工作虽取得一定成效，但仍存在政策解读形式较为单一、主动公开的深度和广度有待提升等问题。\
下一步，{me}将加强业务培训，丰富解读形式，提升政府信息公开质量。</p>\n\
<h3>六、其他需要报告的事项</h3>\n<p>{}</p>\n",
        if v2021 { "本年度未收取信息处理费。" } else { "无。" }
    ));
    s
}

/// Table 3 of the statutory formats, with consistent totals.
fn requests_table(rng: &mut Rng, v2021: bool) -> String {
    // Outcome rows, in print order; (group label, sub label).
    let mut rows: Vec<(&str, &str)> = vec![
        ("（一）予以公开", ""),
        (
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "",
        ),
        ("（三）不予公开", "1.属于国家秘密"),
        ("", "2.其他法律行政法规禁止公开"),
        ("", "3.危及“三安全一稳定”"),
        ("", "4.保护第三方合法权益"),
        ("", "5.属于三类内部事务信息"),
        ("", "6.属于四类过程性信息"),
        ("", "7.属于行政执法案卷"),
        ("", "8.属于行政查询事项"),
        ("（四）无法提供", "1.本机关不掌握相关政府信息"),
        ("", "2.没有现成信息需要另行制作"),
        ("", "3.补正后申请内容仍不明确"),
        ("（五）不予处理", "1.信访举报投诉类申请"),
        ("", "2.重复申请"),
        ("", "3.要求提供公开出版物"),
        ("", "4.无正当理由大量反复申请"),
        ("", "5.要求行政机关确认或重新出具已获取信息"),
    ];
    if v2021 {
        rows.push((
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ));
        rows.push((
            "",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ));
        rows.push(("", "3.其他"));
    } else {
        rows.push(("（六）其他处理", ""));
    }
    let n_out = rows.len();
    // Per applicant column (6): new, carried, outcomes, forward.
    let mut new = [0u64; 6];
    let mut carried = [0u64; 6];
    let mut forward = [0u64; 6];
    let mut out = vec![[0u64; 6]; n_out];
    let weights: Vec<u64> = (0..n_out)
        .map(|i| match i {
            0 => 10,
            1 => 3,
            10 => 4,
            13 => 2,
            _ => u64::from(rng.chance(15)),
        })
        .collect();
    let wsum: u64 = weights.iter().sum();
    for c in 0..6 {
        let scale = if c == 0 {
            30
        } else if c == 1 {
            8
        } else {
            2
        };
        new[c] = rng.range(0, scale);
        carried[c] = if rng.chance(20) { rng.range(0, 2) } else { 0 };
        let avail = new[c] + carried[c];
        forward[c] = if avail > 0 && rng.chance(25) {
            rng.range(0, avail.min(2))
        } else {
            0
        };
        let mut handled = avail - forward[c];
        while handled > 0 {
            let mut pick = rng.range(0, wsum - 1);
            let mut row = 0;
            for (i, w) in weights.iter().enumerate() {
                if pick < *w {
                    row = i;
                    break;
                }
                pick -= w;
            }
            out[row][c] += 1;
            handled -= 1;
        }
    }
    let row_cells = |vals: &[u64; 6]| -> String {
        let total: u64 = vals.iter().sum();
        let mut s: String = vals.iter().map(td).collect();
        s.push_str(&td(total));
        s
    };
    let mut s = String::from(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" class=\"MsoTableGrid\">\n",
    );
    s.push_str("<tr><td colspan=\"3\" rowspan=\"2\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=\"7\">申请人情况</td></tr>\n");
    s.push_str("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>\n");
    s.push_str("<tr><td colspan=\"3\"></td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n");
    s.push_str(&format!(
        "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td>{}</tr>\n",
        row_cells(&new)
    ));
    s.push_str(&format!(
        "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td>{}</tr>\n",
        row_cells(&carried)
    ));
    // Group spans.
    let mut group_span = vec![0usize; n_out];
    let mut last_group = 0;
    for (i, (g, _)) in rows.iter().enumerate() {
        if !g.is_empty() {
            last_group = i;
        }
        group_span[last_group] += 1;
    }
    for (i, (g, sub)) in rows.iter().enumerate() {
        s.push_str("<tr>");
        if i == 0 {
            s.push_str(&format!(
                "<td rowspan=\"{}\">三、本年度办理结果</td>",
                n_out + 1
            ));
        }
        if sub.is_empty() {
            s.push_str(&format!("<td colspan=\"2\">{g}</td>"));
        } else {
            if !g.is_empty() {
                s.push_str(&format!("<td rowspan=\"{}\">{g}</td>", group_span[i]));
            }
            s.push_str(&format!("<td>{sub}</td>"));
        }
        s.push_str(&row_cells(&out[i]));
        s.push_str("</tr>\n");
    }
    let mut total = [0u64; 6];
    for r in &out {
        for c in 0..6 {
            total[c] += r[c];
        }
    }
    s.push_str(&format!(
        "<tr><td colspan=\"2\">（七）总计</td>{}</tr>\n",
        row_cells(&total)
    ));
    s.push_str(&format!(
        "<tr><td colspan=\"3\">四、结转下年度继续办理</td>{}</tr>\n",
        row_cells(&forward)
    ));
    s.push_str("</table>\n");
    s
}

fn review_table(rng: &mut Rng) -> String {
    let mut s = String::from(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" class=\"MsoTableGrid\">\n",
    );
    s.push_str(
        "<tr><td colspan=\"5\" rowspan=\"2\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n",
    );
    s.push_str(
        "<tr><td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>\n<tr>",
    );
    for _ in 0..3 {
        s.push_str(
            "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>",
        );
    }
    s.push_str("</tr>\n<tr>");
    for g in 0..3 {
        let active = if g == 0 {
            rng.chance(40)
        } else {
            rng.chance(15)
        };
        let parts: Vec<u64> = (0..4)
            .map(|i| {
                if active && (i == 0 || rng.chance(30)) {
                    rng.range(0, 3)
                } else {
                    0
                }
            })
            .collect();
        for p in &parts {
            s.push_str(&td(p));
        }
        s.push_str(&td(parts.iter().sum::<u64>()));
    }
    s.push_str("</tr>\n</table>\n");
    s
}

fn work_plan(agency: &str, year: i32) -> String {
    format!(
        "<p>为深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，根据《{year}年政务公开工作要点》要求，结合工作实际，制定{agency}{year}年政务公开工作要点如下。</p>\n\
<h3>一、持续深化重点领域信息公开</h3>\n<p>（一）做好环境质量信息公开。按月发布环境空气质量、地表水水质状况。</p>\n<p>（二）做好建设项目环境影响评价信息公开。</p>\n\
<h3>二、加强政策解读和回应关切</h3>\n<p>坚持政策性文件与解读材料同步起草、同步审签、同步发布。</p>\n\
<h3>三、夯实政务公开工作基础</h3>\n<p>按时编制发布{}年政府信息公开工作年度报告，做好依申请公开办理工作。</p>\n\
<h3>四、强化组织保障</h3>\n<p>各处室（单位）要明确责任分工，确保各项任务落到实处。</p>\n",
        year - 1
    )
}

fn work_summary(agency: &str, year: i32, rng: &mut Rng) -> String {
    let n = rng.range(500, 9000);
    format!(
        "<p>{year}年，{agency}坚持把政务公开工作作为推进依法行政的重要手段，紧紧围绕中心工作，注重完善制度机制，扎实推进工作落实，取得了新的进展。\
全年通过官方网站、政务微博、微信公众号公开信息{n}条，答复依申请公开{}件。</p>\n\
<h3>一、{year}年工作总结</h3>\n<p>（一）加大环境信息主动公开力度。（二）规范依申请公开工作。（三）加强政策解读。</p>\n\
<h3>二、{}年工作计划</h3>\n<p>进一步健全政务公开工作机制，推进决策、执行、管理、服务、结果公开。</p>\n",
        rng.range(0, 80),
        year + 1
    )
}

fn bulletin(agency: &str, year: i32, rng: &mut Rng) -> String {
    format!(
        "<p>{year}年，在党委、政府的坚强领导下，{agency}深入打好污染防治攻坚战，全区域生态环境质量持续改善。</p>\n\
<h3>综述</h3>\n<p>{year}年，环境空气质量优良天数比例为{}.{}%，细颗粒物（PM2.5）年均浓度为{}微克/立方米；地表水省控断面Ⅰ～Ⅲ类水质比例为{}.{}%。</p>\n\
<h3>大气环境</h3>\n<p>城市环境空气质量总体保持稳定，臭氧污染问题逐步显现。</p>\n<h3>水环境</h3>\n<p>集中式饮用水水源地水质达标率100%。</p>\n\
<h3>声环境</h3>\n<p>城市区域声环境质量总体较好。</p>\n",
        rng.range(80, 97),
        rng.range(0, 9),
        rng.range(20, 45),
        rng.range(85, 99),
        rng.range(0, 9)
    )
}

fn notice(agency: &str, year: i32) -> String {
    format!(
        "<p>各处室、各直属单位：</p>\n<p>根据《中华人民共和国政府信息公开条例》和上级有关要求，现就做好{year}年政府信息公开工作年度报告编制发布工作通知如下：</p>\n\
<p>一、严格按照《中华人民共和国政府信息公开工作年度报告格式》编制年度报告，确保数据真实准确。</p>\n\
<p>二、年度报告应于{}年1月31日前向社会公布。</p>\n<p>三、请于{}年1月15日前将有关统计数据报送办公室。</p>\n\
<p style=\"text-align:right\">{agency}办公室</p>\n",
        year + 1,
        year + 1
    )
}

fn news(agency: &str, title: &str, rng: &mut Rng) -> String {
    format!(
        "<p>近日，{agency}召开专题会议，{t}。会议强调，要坚持精准治污、科学治污、依法治污，持续改善生态环境质量。</p>\n\
<p>会议指出，全年共办理环境信访投诉{}件，查处环境违法案件{}起。与会人员围绕下一阶段重点工作进行了交流发言。</p>\n",
        rng.range(50, 900),
        rng.range(5, 200),
        t = esc(title)
    )
}
