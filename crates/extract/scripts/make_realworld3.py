#!/usr/bin/env python3
"""Write the third held-out batch of real-world labelled pages:
tests/realworld/heldout3 (no dev part).

The sources are in `sources3.py`: pages the project's search tool returned
(stored public web pages) from 北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海
江苏 浙江 安徽 福建 江西 山东 only, none of them an address used by an earlier
batch. As in the second batch (`make_realworld2.py`, whose page builders and
label rules this script reuses), the facts are kept (agency, year, title
wording, figures, dates, the framing the excerpt showed) and the prose is ours.

Each source is written twice, both in heldout3:
* `NAME`: the page as its site serves it;
* `NAME_scraped`: the text saved the way scrapers save it (first line as
  <title>/<h1>, every other line a <p>, images dropped), at the same address.

Beyond the second batch's shapes this batch needs one more: `chrome`, a page
whose <title> and first heading are the site's chrome (a date-and-language
bar, a care-mode bar) with the real title lower down. A source may also carry
`labels`: label overrides for what `expected` cannot derive (a work summary's
stated counts).

The labels were written and committed before the extractor was run on any
page of this directory.

Usage: python3 crates/extract/scripts/make_realworld3.py
"""
import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import ROOT, S2T, expected, p, page_own, page_scraped, write  # noqa: E402

SPLIT = "heldout3"


def page_chrome(c, lines):
    """A page whose <title>/<h1> is site chrome; the real title is an <h2>."""
    chrome, t, site, pub = c["chrome"], c["title"], c.get("site", ""), c.get("pub")
    info = f'<div class="info">发布时间：{pub}　来源：{html.escape(c.get("source_line", site))}</div>' if pub else ""
    crumb = c.get("crumb", "当前位置：首页 > 政务公开 > 政府信息公开年报")
    body = "\n".join(p(l) for l in lines)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(chrome)}</title></head>
<body>
<h1>{html.escape(chrome)}</h1>
<div class="crumb">{html.escape(crumb)}</div>
<h2>{html.escape(t)}</h2>
{info}
<div class="article-content">
{body}
</div>
<div class="footer">主办单位：{html.escape(site)} | 网站地图 | 联系我们</div>
</body></html>
"""


def labels(c, scraped):
    e = expected(c, scraped)
    e.update(c.get("labels", {}))
    return e


def write_split(split, sources, skip=lambda c: False):
    """Write every source not skipped twice into `split` (which is emptied
    first): its own page and its `_scraped` copy. Returns (pages, skipped)."""
    keys = [c["key"] for c in sources]
    assert len(keys) == len(set(keys)), "duplicate key"
    out = os.path.join(ROOT, split)
    if os.path.isdir(out):
        shutil.rmtree(out)
    n = skipped = 0
    for c in sources:
        if skip(c):
            skipped += 1
            continue
        lines = c["lines"]
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]), chrome=S2T.convert(c.get("chrome", "")))
            lines = [l if l.startswith("IMG:") else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = c["key"] + ("_scraped" if scraped else "")
            if scraped:
                doc = page_scraped(c, lines)
            elif c.get("shape") == "chrome":
                doc = page_chrome(c, lines)
            else:
                doc = page_own(c, lines)
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": labels(c, scraped),
                "source": "search(pages): " + c["src"],
                "notes": ("Scraper copy: first line as <title>/<h1>, images dropped. " if scraped else "")
                + c.get("notes", ""),
            }
            write(split, name, doc, meta)
            n += 1
    return n, skipped


def main():
    from sources3 import SOURCES

    n, _ = write_split(SPLIT, SOURCES)
    print({SPLIT: n, "sources": len(SOURCES)})


if __name__ == "__main__":
    main()
