#!/usr/bin/env python3
"""Write the second batch of real-world labelled pages: tests/realworld/heldout2
and new cases in tests/realworld/dev (names starting `rw2_`).

Every source below is a page the project's search tool returned (stored public
web pages); `src` is its address and `facts` what we kept from it. The prose is
ours: each page restates the source's facts (agency, year, title wording,
figures, dates, the site chrome the excerpt showed) in short sentences of our
own, and the statutory tables, which the excerpts did not carry whole, are
shown as images, as many real sites publish them. Sections a source did not
show get a short generic line with no figure.

Each source is written in two shapes, both in the same split:
* `NAME`: the page as its site serves it (TRS meta, an index block, a welcome
  banner or an accessibility bar as <title>/<h1>, a breadcrumb, a footer);
* `NAME_scraped`: the article text saved the way scrapers save it (first line
  as <title> and <h1>, every other line a <p>), at the same address.

The split of a source is fixed here (`split`), chosen by a hash of its key
(heldout2 when int(sha1(key)[:8], 16) % 100 < 55), not by difficulty.

Labels follow docs/report-format.md and tests/realworld/README.md; every
label we were unsure of says UNSURE in `notes`.

Usage: python3 crates/extract/scripts/make_realworld2.py
"""
import hashlib, html, json, os, re

import opencc  # PyPI opencc-python-reimplemented, for the Traditional pages

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "tests", "realworld")
S2T = opencc.OpenCC("s2t")

GENERIC_5 = "公开内容的深度还不够，部分栏目更新不及时。下一步将加强审核把关和人员培训，提升公开质量。"
GENERIC_6 = "本年度未收取信息处理费。"


def split_of(key):
    return "heldout2" if int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 100 < 55 else "dev"


def gb_body(overview, year, recon_line=None):
    """The six statutory sections, tables as images."""
    out = ["一、总体情况"] + overview
    out += ["二、主动公开政府信息情况", "IMG:table2", "三、收到和处理政府信息公开申请情况", "IMG:table3",
            "四、政府信息公开行政复议、行政诉讼情况"]
    out += [recon_line] if recon_line else ["IMG:table4"]
    out += ["五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6]
    return out


def url_date(url):
    m = re.search(r"/t(20\d\d)(\d\d)(\d\d)_", url) or re.search(r"/art/(20\d\d)/(\d{1,2})/(\d{1,2})/", url)
    if not m:
        return None
    y, mo, d = m.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}"


def repost_of(url):
    host = re.match(r"https?://([^/:]+)", url).group(1)
    return not (host.endswith(".gov.cn.test") or host == "gov.cn.test")


def p(line):
    if line.startswith("IMG:"):
        return f'<p><img src="/images/{line[4:]}.png" alt=""></p>'
    return f"<p>{html.escape(line)}</p>"


def page_own(c, lines):
    t, site, pub = c["title"], c.get("site", ""), c.get("pub")
    shape = c.get("shape", "plain")
    head, top = "", ""
    if shape == "trs":
        head = f'<meta name="ArticleTitle" content="{html.escape(t)}">' + (
            f'<meta name="PubDate" content="{pub} 09:00">' if pub else "")
        title_tag, h1 = f"{t} - {site}", f'<div class="article-title">{html.escape(t)}</div>'
    elif shape == "welcome":
        title_tag = f"您好，欢迎访问{site}！"
        h1 = f"<h1>{html.escape(title_tag)}</h1><p><strong>{html.escape(t)}</strong></p>"
    elif shape == "bar":
        title_tag = "| 无障碍浏览 | 打开适老化模式"
        h1 = f"<h1>{title_tag}</h1><h2>{html.escape(t)}</h2>"
    elif shape == "index":
        title_tag = f"{t}_{site}"
        rows = [("索引号", c.get("index_no", "")), ("发布机构", c.get("issuer", site)),
                ("发布日期", pub or ""), ("名称", t)]
        top = "<table class='xxgk-index'>" + "".join(
            f"<tr><td>{k}</td><td>{html.escape(v)}</td></tr>" for k, v in rows) + "</table>"
        h1 = f"<h1>{html.escape(t)}</h1>"
    elif shape == "news":
        title_tag = f"{t}_{site}"
        h1 = f"<h1>{html.escape(t)}</h1>"
    else:
        title_tag, h1 = f"{t}_{site}" if site else t, f"<h1>{html.escape(t)}</h1>"
    info = ""
    if pub and shape != "index":
        src = c.get("source_line", site)
        info = f'<div class="info">发布时间：{pub}　来源：{html.escape(src)}</div>'
    crumb = c.get("crumb", "当前位置：首页 > 政务公开 > 政府信息公开年报")
    body = "\n".join(p(l) for l in lines)
    doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title_tag)}</title>{head}</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">政民互动</a> | <a href="/bsfw/">办事服务</a></div>
<div class="crumb">{html.escape(crumb)}</div>
{top}
{h1}
{info}
<div class="article-content">
{body}
</div>
<div class="footer">主办单位：{html.escape(site)} | 网站地图 | 联系我们</div>
</body></html>
"""
    return doc


def page_scraped(c, lines):
    first = c["title"]
    body = "\n".join(p(l) for l in lines if not l.startswith("IMG:"))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(first)}</title></head>
<body><h1>{html.escape(first)}</h1>
{body}
</body></html>
"""


def expected(c, scraped):
    e = {}
    kind = c.get("doc_type", "annual_report")
    e["doc_type"] = kind
    url = c["url"]
    if kind == "annual_report":
        y = c["year"]
        for k in ("agency", "province", "admin_level"):
            if c.get(k) is not None:
                e[k] = c[k]
        e["report_year"] = y
        e["format"] = c.get("format") or ("gb2021" if y >= 2021 else "gb2019" if y >= 2019 else "narrative")
        for k in ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits"):
            if k in c:
                e[k] = c[k]
        if c.get("consistency", "n/a"):
            e["consistency"] = c.get("consistency", "n/a")
    else:
        e["format"] = None
        for k in ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits"):
            e[k] = None
    e["script"] = "traditional" if c.get("trad") else "simplified"
    e["repost"] = repost_of(url)
    d = None if scraped else c.get("pub")
    d = d or url_date(url)
    if d and kind == "annual_report" and not c.get("no_date"):
        e["published_date"] = d
    return e


def write(split, name, doc, meta):
    d = os.path.join(ROOT, split)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    with open(os.path.join(d, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    from sources2 import SOURCES

    counts = {}
    for c in SOURCES:
        split = split_of(c["key"])
        lines = c["lines"]
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith("IMG:") else S2T.convert(l) for l in lines]
        prefix = "rw2_" if split == "dev" else ""
        for scraped in (False, True):
            name = prefix + c["key"] + ("_scraped" if scraped else "")
            doc = (page_scraped if scraped else page_own)(c, lines)
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": expected(c, scraped),
                "source": "search(pages): " + c["src"],
                "notes": ("Scraper copy: first line as <title>/<h1>, tables dropped. " if scraped else "")
                + c.get("notes", ""),
            }
            write(split, name, doc, meta)
            counts[split] = counts.get(split, 0) + 1
    print(counts)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, HERE)
    main()
