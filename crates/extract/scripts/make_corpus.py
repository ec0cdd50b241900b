#!/usr/bin/env python3
"""Generate the labelled corpus in tests/corpus/: fixture pages (HTML, plus one
PDF) with expected-JSON files. Checked in; rerun only to change the corpus.

PDF generation needs `pip install fpdf2` and a CJK font (Debian:
fonts-wqy-microhei). Without them the PDF cases are left as they are.
"""
import html, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "corpus")
os.makedirs(OUT, exist_ok=True)
R = random.Random(7)

def write(name, body, spec, ext="html"):
    with open(os.path.join(OUT, f"{name}.{ext}"), "wb") as f:
        f.write(body if isinstance(body, bytes) else body.encode("utf-8"))
    if ext != "html":
        spec["file"] = f"{name}.{ext}"
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
        f.write("\n")

def page(title, body, meta_title=True, pubdate=None, site="某某生态环境局", h1=True, charset="utf-8"):
    metas = f'<meta name="ArticleTitle" content="{html.escape(title)}">' if meta_title else ""
    if pubdate:
        metas += f'<meta name="PubDate" content="{pubdate}">'
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{html.escape(title)}_{site}</title>{metas}</head><body>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwdt/">政务动态</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/ndbg/">政府信息公开年报</a></div>
{"<h1>"+html.escape(title)+"</h1>" if h1 else ""}
<div class="TRS_Editor">{body}</div>
<div class="xglj">相关链接：<a href="/a">上一篇</a> <a href="/b">下一篇</a></div>
<div class="footer">版权所有：{site} 备案号：<a href="#">ICP备0000号</a></div></body></html>"""

P = lambda *ls: "".join(f"<p>{l}</p>" for l in ls)

REQ_ROWS = [
    ("new", ["一、本年新收政府信息公开申请数量"]),
    ("carried_over", ["二、上年结转政府信息公开申请数量"]),
    ("granted", ["三、本年度办理结果", "（一）予以公开"]),
    ("partial", ["三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("denied_state_secret", ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]),
    ("denied_law", ["三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"]),
    ("denied_safety", ["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"]),
    ("denied_third_party", ["三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"]),
    ("denied_internal", ["三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"]),
    ("denied_process", ["三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"]),
    ("denied_case_file", ["三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"]),
    ("denied_query", ["三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"]),
    ("unable_not_held", ["三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"]),
    ("unable_needs_creation", ["三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"]),
    ("unable_unclear", ["三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"]),
    ("rejected_complaint", ["三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"]),
    ("rejected_repeat", ["三、本年度办理结果", "（五）不予处理", "2.重复申请"]),
    ("rejected_publication", ["三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"]),
    ("rejected_excessive", ["三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"]),
    ("rejected_confirm", ["三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"]),
]
OTHER_2019 = [("other", ["三、本年度办理结果", "（六）其他处理"])]
OTHER_2021 = [
    ("other_no_correction", ["三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    ("other_unpaid_fee", ["三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    ("other_other", ["三、本年度办理结果", "（六）其他处理", "3.其他"]),
]
TAIL = [("total", ["三、本年度办理结果", "（七）总计"]), ("carried_forward", ["四、结转下年度继续办理"])]

def consistent_requests(rows, granted, partial, not_held, blank_cols=()):
    """values[row] = 7 numbers satisfying every identity."""
    vals = {}
    cols = 6
    g = [granted, 0, 0, 0, 0, 0]
    p = [partial, 0, 0, 0, 0, 0]
    nh = [not_held, 0, 0, 0, 0, 0]
    for key, _ in rows:
        v = [0] * cols
        if key == "granted": v = g
        if key == "partial": v = p
        if key == "unable_not_held": v = nh
        vals[key] = v
    tot = [a + b + c for a, b, c in zip(g, p, nh)]
    vals["total"] = tot
    vals["carried_forward"] = [0] * cols
    vals["new"] = tot[:]
    vals["carried_over"] = [0] * cols
    out = {}
    for k, v in vals.items():
        row = [str(x) for x in v] + [str(sum(v))]
        for c in blank_cols:
            row[c] = ""
        out[k] = row
    return out

def requests_table_markup(rows, vals):
    """The template's layout: 2 header rows with rowspan/colspan, label cells with rowspan."""
    h = ['<table border="1">',
         '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>']
    # count rowspans for the 三、 block and each group
    result_keys = [k for k, l in rows if l[0].startswith("三")]
    first_result = True
    group_seen = set()
    for key, labels in rows:
        cells = []
        if labels[0].startswith("三"):
            if first_result:
                cells.append(f'<td rowspan="{len(result_keys)}">三、本年度办理结果</td>')
                first_result = False
            if len(labels) == 2:
                cells.append(f'<td colspan="2">{labels[1]}</td>')
            else:
                grp = labels[1]
                if grp not in group_seen:
                    n = sum(1 for k, l in rows if len(l) == 3 and l[1] == grp)
                    cells.append(f'<td rowspan="{n}">{grp}</td>')
                    group_seen.add(grp)
                cells.append(f"<td>{labels[2]}</td>")
        else:
            cells.append(f'<td colspan="3">{labels[0]}</td>')
        cells += [f"<td>{v}</td>" for v in vals[key]]
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</table>")
    return "\n".join(h)

REVIEW_HEAD = """<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>""" + "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) + "</tr>"

def review_markup(vals):
    return REVIEW_HEAD + "<tr>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr></table>"

def proactive_2019_markup(split=False):
    t = []
    t.append("""<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新<br>制作数量</td><td>本年新<br>公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>规范性文件</td><td>2</td><td>2</td><td>15</td></tr>""")
    if split: t.append("</table><p>（续表）</p><table border=\"1\">")
    t.append("""<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>12</td><td>减3</td><td>340</td></tr><tr><td>其他对外管理服务事项</td><td>—</td><td></td><td>—</td></tr>""")
    if split: t.append("</table><table border=\"1\">")
    t.append("""<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>88</td><td>12（增）</td><td>100</td></tr><tr><td>行政强制</td><td>5</td><td>-2</td><td>3</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>0</td><td colspan="2">0</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr><tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>4</td><td colspan="2">132.5</td></tr></table>""")
    return "\n".join(t)

def proactive_2021_markup():
    return """<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>1</td><td>0</td><td>9</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>27</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1024</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">215</td></tr><tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">12.35</td></tr></table>"""

INTRO = lambda agency, y: P(
    f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
    "一、总体情况",
    f"{y}年，{agency}认真贯彻落实《条例》，全年主动公开政府信息1356条，其中通过门户网站发布1200条。",
)

# --- gb2019, full markup with rowspan/colspan, consistent → ok
rows19 = REQ_ROWS + OTHER_2019 + TAIL
v = consistent_requests(rows19, granted=5, partial=1, not_held=2)
body = INTRO("湖南省生态环境厅", 2019) + P("二、主动公开政府信息情况") + proactive_2019_markup() + \
    P("三、收到和处理政府信息公开申请情况", "全年共受理政府信息公开申请8件。") + requests_table_markup(rows19, v) + \
    P("四、政府信息公开行政复议、行政诉讼情况") + review_markup(["1", "0", "0", "0", "1"] + ["0"] * 10) + \
    P("五、存在的主要问题及改进情况", "部分信息公开不够及时。", "六、其他需要报告的事项", "无。")
write("gb2019_markup_hunan", page("湖南省生态环境厅2019年政府信息公开工作年度报告", body, pubdate="2020-01-20 10:00:00"), {
    "url": "http://sthjt.hunan.gov.cn.test/sthjt/xxgk/ndbg/202001/t20200120_11.html",
    "content_type": "text/html; charset=utf-8",
    "expected": {"doc_type": "annual_report", "agency": "湖南省生态环境厅", "province": "湖南省", "admin_level": "provincial",
                 "report_year": 2019, "published_date": "2020-01-20", "published_date_source": "meta", "format": "gb2019",
                 "proactive_total": 1356, "requests_received": 8, "requests_granted": 5, "reconsiderations": 1, "lawsuits": 0,
                 "consistency": "ok", "consistency_issues": [], "repost": False},
    "cells": [["proactive", "normative_docs", "in_force", "15"], ["proactive", "licensing", "change", "-3"],
              ["proactive", "other_services", "prev_items", None], ["proactive", "other_services", "change", None],
              ["proactive", "penalty", "change", "12"], ["proactive", "coercion", "change", "-2"],
              ["proactive", "procurement", "amount_10k_yuan", "132.5"], ["requests", "granted", "natural_person", "5"],
              ["requests", "unable_not_held", "total", "2"], ["requests", "denied_case_file", "research", "0"],
              ["requests", "rejected_confirm", "other_org", "0"], ["requests", "other", "total", "0"],
              ["requests", "total", "total", "8"], ["review", "count", "reconsideration_upheld", "1"]],
    "cells_count": 22 + 23 * 7 + 15,
})

# --- gb2021, split into several <table>s, blanks for null, 2021 other sub-rows
rows21 = REQ_ROWS + OTHER_2021 + TAIL
v = consistent_requests(rows21, granted=3, partial=0, not_held=1, blank_cols=(4,))
parts = [requests_table_markup(rows21[:6], v), requests_table_markup(rows21[6:16], v).split("\n", 3)[3],
         requests_table_markup(rows21[16:], v).split("\n", 3)[3]]
# pieces 2 and 3 lose the header rows: that's how split tables look
body = INTRO("保定市生态环境局", 2021) + proactive_2021_markup() + P("三、收到和处理政府信息公开申请情况") + \
    parts[0] + "<p>（续上表）</p><table border=\"1\">" + parts[1] + "<p>（续上表）</p><table border=\"1\">" + parts[2] + \
    P("四、政府信息公开行政复议、行政诉讼情况") + review_markup(["0"] * 5 + ["1", "0", "0", "1", "2"] + ["0"] * 5) + \
    P("五、存在的主要问题及改进情况", "无。")
write("gb2021_split_baoding", page("保定市生态环境局2021年政府信息公开工作年度报告", body, meta_title=False), {
    "url": "http://sthjj.baoding.gov.cn.test/col/col1234/art/2022/1/18/art_1234_567.html",
    "content_type": "text/html",
    "expected": {"doc_type": "annual_report", "agency": "保定市生态环境局", "province": "河北省", "admin_level": "prefectural",
                 "report_year": 2021, "published_date": "2022-01-18", "published_date_source": "url", "format": "gb2021",
                 "requests_received": 4, "requests_granted": 3, "reconsiderations": 0, "lawsuits": 2, "consistency": "ok"},
    "cells": [["proactive", "rules", "repealed", "0"], ["proactive", "normative_docs", "in_force", "27"],
              ["proactive", "licensing", "decisions", "1024"], ["proactive", "fees", "amount_10k_yuan", "12.35"],
              ["requests", "new", "legal_service", None], ["requests", "other_other", "total", "0"],
              ["requests", "other_unpaid_fee", "natural_person", "0"], ["requests", "denied_query", "total", "0"],
              ["requests", "carried_forward", "total", "0"], ["review", "count", "direct_suit_total", "2"]],
    "cells_count": 10 + 25 * 7 + 15,
})

# --- gb2021 with an inconsistent review row (direct_suit) and a prose contradiction
rows21b = REQ_ROWS + OTHER_2021 + TAIL
v = consistent_requests(rows21b, granted=2, partial=0, not_held=0)
body = INTRO("成都市生态环境局", 2022) + proactive_2021_markup() + P("全年收到政府信息公开申请5件。") + \
    requests_table_markup(rows21b, v) + review_markup(["1", "0", "0", "0", "2"] + ["0"] * 10)
write("gb2021_review_mismatch_chengdu", page("成都市生态环境局2022年政府信息公开工作年度报告", body), {
    "url": "http://sthj.chengdu.gov.cn.test/cdhbj/c110000/2023-01/20/content_abc.shtml",
    "content_type": "text/html; charset=utf-8",
    "expected": {"doc_type": "annual_report", "province": "四川省", "format": "gb2021", "requests_received": 2,
                 "reconsiderations": 2, "consistency": "mismatch"},
    "expected_issues_contain": ["review.reconsideration_total", "prose.requests_received"],
})

# --- narrative, old agency name, Chinese numerals, approximations, title without agency
body = P("2015年，我局政府信息公开工作在县委、县政府的正确领导下，取得了新的进展。",
         "一、主动公开政府信息情况", "全年共主动公开政府信息三百余条，其中环评审批信息一百二十条。",
         "二、依申请公开政府信息情况", "全年共受理依申请公开两件，均已按时答复，其中予以公开一件。",
         "三、行政复议和行政诉讼情况", "全年未发生因政府信息公开引起的行政复议和行政诉讼。",
         "四、存在的问题及改进措施", "信息更新不够及时。", "临澧县环境保护局", "2016年3月25日")
write("narrative_linli_oldname", page("2015年政府信息公开工作年度报告", body, site="临澧县环境保护局",
      pubdate=None).replace("<title>", '<meta name="ContentSource" content="临澧县环境保护局"><title>'), {
    "url": "http://www.linli.gov.cn.test/zwgk/bmxxgk/hbj/ndbg/content_123456.html",
    "content_type": "text/html",
    "expected": {"doc_type": "annual_report", "agency": "临澧县环境保护局", "province": "湖南省", "admin_level": "county",
                 "report_year": 2015, "format": "narrative", "proactive_total": 300, "approximate": ["proactive_total"],
                 "requests_received": 2, "requests_granted": 1, "reconsiderations": 0, "lawsuits": 0,
                 "consistency": "n/a", "published_date": None},
})

# --- narrative, national, GBK without any declaration (detection), Hanweb URL date
body = P("2012年，环境保护部认真贯彻落实《政府信息公开条例》。",
         "全年主动公开政府信息4521条。共收到政府信息公开申请1,203件，已全部办结。",
         "发生政府信息公开行政复议案件12起，行政诉讼案件3起。")
html_gbk = page("环境保护部2012年政府信息公开工作年度报告", body, charset="x").replace('<meta charset="x">', "")
write("narrative_mep_gbk_nodecl", html_gbk.encode("gbk"), {
    "url": "http://www.mee.gov.cn.test/art/2013/3/29/art_1_2.html",
    "content_type": "text/html",
    "expected": {"doc_type": "annual_report", "agency": "环境保护部", "province": None, "admin_level": "national",
                 "report_year": 2012, "published_date": "2013-03-29", "published_date_source": "url",
                 "proactive_total": 4521, "requests_received": 1203, "reconsiderations": 12, "lawsuits": 3},
    "charset": "GBK",
})

# --- header says UTF-8, meta says gb2312 (header wins), Traditional page on a .gov.cn host
body = P("二〇一九年，本廳依據《條例》規定開展政府資訊公開工作。", "全年主動公開政府信息八百六十條。",
         "全年受理依申請公開十二件。", "未發生行政複議及行政訴訟。")
t = page("廣東省生態環境廳2019年政府信息公開工作年度報告", body, charset="gb2312")
write("trad_guangdong_header_wins", t.encode("utf-8"), {
    "url": "http://gdee.gd.gov.cn.test/gkmlpt/content/2/2890/post_2890123.html",
    "content_type": "text/html; charset=UTF-8",
    "expected": {"doc_type": "annual_report", "agency": "广东省生态环境厅", "province": "广东省", "admin_level": "provincial",
                 "script": "traditional", "report_year": 2019, "proactive_total": 860, "requests_received": 12,
                 "reconsiderations": 0, "lawsuits": 0, "repost": False},
    "charset": "UTF-8",
})

# --- municipality: provincial level
body = INTRO("北京市生态环境局", 2020)
write("beijing_municipality", page("北京市生态环境局2020年政府信息公开工作年度报告", body), {
    "url": "http://sthjj.beijing.gov.cn.test/bjhrb/index/xxgk69/zfxxgk43/ndbg/10960713/index.html",
    "content_type": "text/html; charset=utf-8",
    "expected": {"doc_type": "annual_report", "agency": "北京市生态环境局", "province": "北京市", "admin_level": "provincial",
                 "report_year": 2020, "proactive_total": 1356},
})

# --- look-alikes
LOOK = [
    ("notice_compile", "关于做好2021年政府信息公开工作年度报告编制发布工作的通知", "other"),
    ("bulletin", "2020年湖南省生态环境状况公报", "other"),
    ("quality_yearbook", "2019年怀化市环境质量年报", "other"),
    ("final_accounts", "湖南省生态环境厅2020年部门决算", "other"),
    ("gov_level_report", "怀化市人民政府2020年政府信息公开工作年度报告", "other"),
    ("self_inspection", "怀化市生态环境局关于政府信息公开工作的自查报告", "other"),
    ("news_meeting", "市生态环境局召开2021年政务公开工作推进会", "other"),
    ("work_plan_2021", "湘潭市生态环境局2021年政务公开工作要点", "work_plan"),
    ("work_summary_2020", "湘潭市生态环境局2020年政务公开工作总结", "work_summary"),
]
for name, title, dt in LOOK:
    body = P(f"{title}。", "各科室：为进一步做好政府信息公开工作，现将有关事项通知如下。全年主动公开政府信息100条。")
    write(f"lookalike_{name}", page(title, body), {
        "url": f"http://sthjj.xiangtan.gov.cn.test/xxgk/{name}.html",
        "content_type": "text/html; charset=utf-8",
        "expected": {"doc_type": dt, "format": None},
    })

# --- one-paragraph-per-cell gb2021 (flat, like seed 004 but 2021)
flat = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
        "规章", "0", "0", "0", "行政规范性文件", "1", "0", "4", "第二十条第（五）项", "信息内容", "本年处理决定数量",
        "行政许可", "56", "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "17", "行政强制", "—",
        "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "0",
        "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
        "未经复议直接起诉", "复议后起诉"] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2 + ["0"] * 15
body = INTRO("湘潭县生态环境分局", 2021) + P(*flat)
write("flat_gb2021_xiangtan", page("湘潭市生态环境局湘潭县分局2021年政府信息公开工作年度报告", body), {
    "url": "http://www.xtx.gov.cn.test/zwgk/ndbg/202201/t20220120_999.html",
    "content_type": "text/html",
    "expected": {"doc_type": "annual_report", "agency": "湘潭市生态环境局湘潭县分局", "province": "湖南省", "admin_level": "county",
                 "format": "gb2021", "reconsiderations": 0, "lawsuits": 0, "consistency": "ok", "published_date": "2022-01-20"},
    "cells": [["proactive", "normative_docs", "in_force", "4"], ["proactive", "coercion", "decisions", None],
              ["proactive", "licensing", "decisions", "56"], ["review", "count", "after_review_suit_total", "0"]],
    "cells_count": 6 + 3 + 1 + 15,
})

# --- binary kinds
write("old_doc_attachment", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, {
    "url": "http://sthjt.hunan.gov.cn.test/xxgk/ndbg/W020200120.doc", "content_type": "application/msword",
    "expected": {"text_status": "not_extracted", "repost": False}}, ext="doc")

# --- PDF with a CJK text layer, and a PDF without text (NeedsOcr)
try:
    from fpdf import FPDF
    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("wqy", fname=font)
    pdf.set_font("wqy", size=11)
    for l in ["株洲市生态环境局2018年政府信息公开工作年度报告", "",
              "2018年，株洲市生态环境局全年主动公开政府信息652条。",
              "全年受理依申请公开政府信息3件，予以公开3件。", "未发生行政复议和行政诉讼。"]:
        pdf.cell(0, 8, l, new_x="LMARGIN", new_y="NEXT")
    pdf.set_creation_date(__import__("datetime").datetime(2019, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    write("pdf_zhuzhou_text", bytes(pdf.output()), {
        "url": "http://sthjj.zhuzhou.gov.cn.test/zzhb/xxgk/ndbg/201901/P020190125.pdf", "content_type": "application/pdf",
        "expected": {"text_status": "ok", "doc_type": "annual_report", "agency": "株洲市生态环境局", "province": "湖南省",
                     "report_year": 2018, "proactive_total": 652, "requests_received": 3, "requests_granted": 3,
                     "reconsiderations": 0, "lawsuits": 0}}, ext="pdf")
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a "scan": graphics only, no text
    pdf.set_creation_date(__import__("datetime").datetime(2019, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    write("pdf_scanned_no_text", bytes(pdf.output()), {
        "url": "http://sthjj.zhuzhou.gov.cn.test/zzhb/xxgk/ndbg/201901/P020190126.pdf", "content_type": "application/octet-stream",
        "expected": {"text_status": "needs_ocr", "doc_type": "other"}}, ext="pdf")
except Exception as e:  # noqa
    print("PDF cases not regenerated:", e)
print("corpus written to", os.path.normpath(OUT))
