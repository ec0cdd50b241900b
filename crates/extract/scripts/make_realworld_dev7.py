#!/usr/bin/env python3
"""Write the seventh batch of real-world labelled pages: development cases in
tests/realworld/dev (names starting `rw7_`), from the sources listed in
`sources_dev7.py`.

The batch is chosen for how reports state the year's proactive count and the
requests count in the first paragraphs of 一、总体情况: a portal's count with a
list of kinds after it (其中…), a count followed by categories in 件 and 条, two
counts each introduced by 全年共发布信息, per-channel counts with no total
(website, 微信, 微博; 余条/余篇), a documents count (主动公开文件N件，依申请公开0件)
before the information count, and requests stated as 收到…申请N件 / 未收到.

Page writers, table syntax and the scraper copy are those of
`make_realworld_dev5.py` (whose helpers this imports): each source is written
twice, as its site serves it (`rw7_KEY`) and as a scraper saves it
(`rw7_KEY_scraped`). Candidates whose address already appears in any split or
in `scripts/sources*.py` were dropped (`check_sources_used.py`, which prints
only used/fresh). All of this batch is development data.

Usage: python3 crates/extract/scripts/make_realworld_dev7.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import S2T, expected, page_own, page_scraped, write  # noqa: E402
from make_realworld_dev5 import expand, with_tables  # noqa: E402


def main():
    from sources_dev7 import SOURCES

    n = 0
    for c in SOURCES:
        lines = expand(c["lines"])
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith("IMG:") else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = "rw7_" + c["key"] + ("_scraped" if scraped else "")
            if scraped:
                doc = page_scraped(c, [l for l in lines if not l.startswith("TABLE:")])
            else:
                doc = with_tables(page_own(c, lines))
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": expected(c, scraped),
                "source": "search(pages): " + c["src"],
                "notes": ("Scraper copy: first line as <title>/<h1>, <table>s dropped. " if scraped else "")
                + c.get("notes", ""),
            }
            write("dev", name, doc, meta)
            n += 1
    print({"dev": n})


if __name__ == "__main__":
    main()
