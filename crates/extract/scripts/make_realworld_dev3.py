#!/usr/bin/env python3
"""Write the third batch of real-world labelled pages: new development cases
in tests/realworld/dev (names starting `rw3_`), from the sources listed in
`sources_dev3.py`.

The batch weighs toward the look-alikes that cost `doc_type` precision:
county, town and township governments' own reports (one titled with the
county's name only, one by the 县政府办), other bureaus' reports (education),
news about environmental bulletins and quality rankings, a monthly quality
note, disclosure guides, budgets, a ministry work plan and a city bureau's work
summary; and genuine reports in unusual shapes (no agency in the title, 年度报告
without 工作, seven parts, "由…制作本报告", Traditional wiki repost, mirrors).

Every source is a page the project's search tool returned (corpus `pages`),
only from 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏
新疆 and the ministry; sources already used by an earlier batch were left out.
As in `make_realworld2.py` (whose helpers this imports), the prose is ours:
each page restates the source's facts, tables are shown as images, and each
source is written twice, as its site serves it (`rw3_KEY`) and as a scraper
saves it (`rw3_KEY_scraped`). All of this batch is development data.

Labels follow docs/report-format.md and tests/realworld/README.md, plus one
convention this batch needed: a report of a body that is not an environmental
bureau (a 人民政府, a 政府办, an education bureau) is `other`.

Usage: python3 crates/extract/scripts/make_realworld_dev3.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import S2T, expected, page_own, page_scraped, write  # noqa: E402


def main():
    from sources_dev3 import SOURCES

    n = 0
    for c in SOURCES:
        lines = c["lines"]
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith("IMG:") else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = "rw3_" + c["key"] + ("_scraped" if scraped else "")
            doc = (page_scraped if scraped else page_own)(c, lines)
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": expected(c, scraped),
                "source": "search(pages): " + c["src"],
                "notes": ("Scraper copy: first line as <title>/<h1>, tables dropped. " if scraped else "")
                + c.get("notes", ""),
            }
            write("dev", name, doc, meta)
            n += 1
    print({"dev": n})


if __name__ == "__main__":
    main()
