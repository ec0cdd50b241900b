#!/usr/bin/env python3
"""Wrap the five seed texts (shared/seed-documents) in realistic HTML pages
and write them with their expected fields to tests/fixtures/.

The pages imitate what the crawler really sees: a TRS page in GBK with nav,
breadcrumb, footer and 相关链接 (000), a Traditional repost on a wiki-like
site (001), an essay site with ads (002), a county portal with a metadata
table (003), and a flattened one-paragraph-per-cell report (004).

Usage: python3 crates/extract/scripts/make_seed_fixtures.py [SEED_DIR]
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures")
SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "seed-documents")
if not os.path.isdir(SEEDS):
    SEEDS = "/work/shared/seed-documents"

def seed(prefix):
    for f in sorted(os.listdir(SEEDS)):
        if f.startswith(prefix):
            return open(os.path.join(SEEDS, f), encoding="utf-8").read()
    raise SystemExit(f"seed {prefix} not found in {SEEDS}")

def paras(lines):
    return "\n".join(f"<p>{html.escape(l)}</p>" for l in lines if l.strip() != "")

def nav(site):
    return f"""<div class="header"><div class="logo"><h1>{site}</h1></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>"""

FOOT = """<div class="footer"><p>主办单位：{site}　地址：某某路1号　邮编：000000</p><p>网站标识码：1234000001　<a href="http://beian.miit.gov.cn">湘ICP备00000000号</a></p></div>"""

def write(name, body_bytes, meta):
    with open(os.path.join(OUT, name + ".html"), "wb") as f:
        f.write(body_bytes)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")

os.makedirs(OUT, exist_ok=True)

# 000: TRS page, GBK, meta charset=gb2312, nav/breadcrumb/footer/related links
t = seed("000").split("\n")
title = t[0].strip()
body = [l for l in t[3:]]
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta charset="gb2312">
<title>{title}_怀化市环境保护局</title>
<meta name="SiteName" content="怀化市环境保护局">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2018-03-02 14:43">
<meta name="ContentSource" content="怀化市环保局">
<script>var _hmt = _hmt || []; function createPageHTML(a,b,c,d){{}}</script>
<style>.TRS_Editor p{{line-height:2}}</style>
</head><body>
{nav("怀化市环境保护局")}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布时间:2018-03-02 14:43 信息来源:怀化市环保局 【<a href="javascript:window.print()">打印</a>】</div>
<div class="TRS_Editor">
{paras(body)}
</div>
<div class="share"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a></div>
</div>
<div class="xglj"><h3>相关链接</h3><ul>
<li><a href="/xxgk/ndbg/201703/t20170301_1.html">怀化市环境保护局2016年政府信息公开工作年度报告</a></li>
<li><a href="/xxgk/ndbg/201603/t20160301_1.html">怀化市环境保护局2015年政府信息公开工作年度报告</a></li>
</ul></div>
{FOOT.format(site="怀化市环境保护局")}
</body></html>"""
write("seed000_huaihua", page.encode("gbk"), {
    "url": "http://hbj.huaihua.gov.cn.test/xxgk/ndbg/201803/t20180302_1234567.html",
    "content_type": "text/html",
    "expected": {"doc_type": "annual_report", "agency": "怀化市环境保护局", "province": "湖南省",
                 "admin_level": "prefectural", "report_year": 2017, "published_date": "2018-03-02",
                 "published_date_source": "meta", "format": "narrative", "script": "simplified",
                 "repost": False, "proactive_total": 818, "consistency": "n/a",
                 "title": title},
    "charset": "GBK",
})

# 001: Traditional repost on a wiki-like site
t = seed("001").split("\n")
title = t[0].strip()
lines = [l.strip() for l in t[1:] if l.strip()]
main, tail = [], []
for l in lines:
    (tail if l in ("相關詞條", "熱門詞條", "聯絡我們") else main).append(l)
items = "".join(f"<li>{html.escape(l.lstrip('•').strip())}</li>" for l in main if l.startswith("•"))
main = [l for l in main if not l.startswith("•")]
page = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{title} - 百科知識中文網</title>
<meta name="description" content="{title}"></head><body>
<div id="topbar"><a href="/">百科知識</a> | <a href="/login">登錄</a> | <a href="/reg">註冊</a></div>
<div class="main-content"><h1>{title}</h1>
<div class="summary"><p>{html.escape(main[0])}</p></div>
<div class="basic-info"><ul>{items}</ul></div>
<div class="para-list">{paras(main[1:])}</div></div>
<div class="related"><h3>相關詞條</h3><ul><li><a href="/w/1">遼寧省環境保護廳</a></li><li><a href="/w/2">政府信息公開條例</a></li></ul>
<h3>熱門詞條</h3><ul><li><a href="/w/3">北京</a></li><li><a href="/w/4">上海</a></li></ul></div>
<div class="footer"><a href="/about">聯絡我們</a></div></body></html>"""
write("seed001_liaoning_trad", page.encode("utf-8"), {
    "url": "https://www.baike-wiki.com.test/wiki/%E9%81%BC%E5%AF%A7",
    "content_type": "text/html; charset=utf-8",
    "expected": {"doc_type": "annual_report", "agency": "辽宁省环保厅", "province": "辽宁省",
                 "admin_level": "provincial", "report_year": 2011, "script": "traditional", "repost": True,
                 "proactive_total": 2743, "requests_received": 3, "format": "narrative", "title": title},
    "charset": "UTF-8",
})

# 002: essay site, ads, year blanked
t = [l for l in seed("002").split("\n")]
title = "市环保局20xx年工作总结和20xx年工作计划"
start = next(i for i, l in enumerate(t) if l.startswith("202x年,苏州市环保局"))
end = next(i for i, l in enumerate(t) if l.startswith("推荐访问"))
page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-众一秘书网</title><meta name="keywords" content="环保局,工作计划,工作总结"></head><body>
<div class="top"><a href="/">众一秘书网</a> <a href="/gongzuozongjie/">工作总结</a> <a href="/gongzuojihua/">工作计划</a></div>
<div class="weizhi">当前位置:<a href="/">众一秘书网</a>&gt;<a href="/gongzuozongjie/">工作总结</a> &gt;</div>
<div class="content"><h1>{title}</h1><div class="time">发布时间:2022-07-27 10:20:03</div>
<p>下面是小编为大家整理的{title},供大家参考。</p>
<div class="ad"><a href="/vip">开通VIP，免费下载全文</a></div>
{paras(t[start:end])}
</div>
<div class="tuijian">推荐访问:<a href="/t/1">环保局</a> <a href="/t/2">工作计划</a> <a href="/t/3">工作总结</a> <a href="/a/1">2020年度环保工作小结</a> <a href="/a/2">2020年环保局个人总结</a></div>
<div class="copyright">版权所有:众一秘书网 2005-2024 未经授权禁止复制或建立镜像 备案号: 辽ICP备05005627号-1</div>
</body></html>"""
write("seed002_suzhou_essay", page.encode("utf-8"), {
    "url": "https://www.zyms-essay.com.test/gongzuozongjie/20220727/1234.html",
    "content_type": "text/html; charset=UTF-8",
    "expected": {"doc_type": "work_summary", "repost": True, "report_year": None, "requests_received": 70,
                 "agency": "苏州市环保局", "province": "江苏省", "admin_level": "prefectural",
                 "reconsiderations": 0, "lawsuits": 0, "published_date": "2022-07-27", "format": None},
    "charset": "UTF-8",
})

# 003: county portal with a metadata table; a work plan
t = seed("003").split("\n")
title = "保山市生态环境局昌宁分局2022年政务公开工作要点"
start = t.index("根据县人民政府对政务公开工作的部署要求,围绕改善生态环境质量,深入推进决策、执行、管理、服务、结果“五公开”,加强政策解读,扩大公众参与,增强公开实效,助力打好污染防治攻坚战,推进生态文明建设等内容,制定2022年政务公开工作要点。") if False else next(i for i, l in enumerate(t) if l.startswith("根据县人民政府"))
page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2022-04-12 09:30">
<meta name="ContentSource" content="市生态环境局昌宁分局"></head><body>
<div class="toolbar"><a href="#">无障碍浏览</a> | <a href="#">打开适老化模式</a></div>
{nav("昌宁县人民政府")}
<table class="xxgk-meta"><tr><td>索引号</td><td>78169183-5-/2022-0412001</td><td>发布机构</td><td>市生态环境局昌宁分局</td></tr>
<tr><td>公开目录</td><td>工作计划</td><td>发布日期</td><td>2022-04-12</td></tr>
<tr><td>文号</td><td></td><td>浏览量</td><td></td></tr><tr><td>主题词</td><td colspan="3"></td></tr></table>
<h1>{title}</h1>
<div class="TRS_UEDITOR trs_paper_default">
<p style="text-align:center"><strong>保山市生态环境局昌宁分局2022年政务</strong></p><p style="text-align:center"><strong>公开工作要点</strong></p>
{paras(t[start:])}
</div>
{FOOT.format(site="昌宁县人民政府")}</body></html>"""
write("seed003_changning_plan", page.encode("utf-8"), {
    "url": "http://www.yncn.gov.cn.test/info/egovinfo/1001/xxgk_content/78169183-5-_2022-0412001.htm",
    "content_type": "text/html",
    "expected": {"doc_type": "work_plan", "admin_level": "county", "agency": "保山市生态环境局昌宁分局",
                 "province": "云南省", "report_year": 2022, "published_date": "2022-04-12", "repost": False,
                 "format": None, "proactive_total": None, "consistency": "n/a"},
    "charset": "UTF-8",
})

# 004: flattened one-paragraph-per-cell report, no strong container
t = seed("004").split("\n")
title = "黔东南州生态环境局2020年政府信息公开工作报告"
start = next(i for i, l in enumerate(t) if l.startswith("根据《中华人民共和国政府信息公开条例》"))
page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-黔东南州生态环境局</title></head><body>
<div class="top">您好,欢迎来到黔东南州生态环境局! 实时天气: <a href="#">设为首页</a>|<a href="#">收藏此页</a></div>
<div class="dqwz">您当前所在的位置: <a href="/">首页</a> » <a href="/xxgk/">信息公开</a> » <a href="/xxgk/xxgknb/">信息公开年报</a></div>
<div class="wrap"><h1>{title}</h1>
<div class="info">发布时间: &nbsp; 字体: <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 访问量: <a href="#">打印本页</a> <a href="#">关闭本页</a></div>
<div class="view">
{paras(t[start:])}
</div></div>
{FOOT.format(site="黔东南州生态环境局")}</body></html>"""
write("seed004_qiandongnan_flat", page.encode("utf-8"), {
    "url": "http://sthjj.qdn.gov.cn.test/xxgk/xxgkml/xxgknb/202101/t20210125_66784321.html",
    "content_type": "text/html; charset=utf-8",
    "expected": {"doc_type": "annual_report", "agency": "黔东南州生态环境局", "province": "贵州省",
                 "admin_level": "prefectural", "report_year": 2020, "format": "gb2019",
                 "proactive_total": 1622, "requests_received": 1, "requests_granted": 1,
                 "reconsiderations": 3, "lawsuits": 1, "consistency": "mismatch", "repost": False,
                 "published_date": "2021-01-25", "published_date_source": "url"},
    "expected_issues_contain": ["requests.total", "requests.results", "review.direct_suit_total", "prose.reconsiderations"],
    "cells": [["proactive", "penalty", "change", "117"], ["proactive", "coercion", "change", "5"],
              ["proactive", "procurement", "amount_10k_yuan", "2568.714"], ["proactive", "licensing", "prev_items", "202"],
              ["proactive", "rules", "made", "0"], ["proactive", "fees", "change", "0"],
              ["requests", "new", "business", "1"], ["requests", "new", "total", "1"],
              ["requests", "granted", "total", "1"], ["requests", "total", "total", "0"],
              ["requests", "carried_forward", "total", "0"], ["requests", "other", "natural_person", "0"],
              ["review", "count", "reconsideration_upheld", "3"], ["review", "count", "reconsideration_total", "3"],
              ["review", "count", "direct_suit_other", "1"], ["review", "count", "direct_suit_total", "0"],
              ["review", "count", "after_review_suit_upheld", "1"], ["review", "count", "after_review_suit_total", "1"]],
    "cells_count": 198,
    "charset": "UTF-8",
})
print("fixtures written to", os.path.normpath(OUT))
