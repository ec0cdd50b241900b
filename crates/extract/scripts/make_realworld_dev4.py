#!/usr/bin/env python3
"""Write the fourth batch of real-world labelled pages: development cases in
tests/realworld/dev (names starting `rw4_`), from the sources listed in
`sources_dev4.py`.

The batch is chosen for the ways reports write their counts, which the earlier
dev pages lacked: proactive disclosure stated per channel with or without a
total, a cumulative count beside the year's new one, the count before the noun
(共发布300件主动公开信息), items counted in 件/篇, Chinese numerals and
full-width digits, totals spread over sentences, requests written as 收到 /
办理 / 办结 / 其中公开, zero in words (未收到, 未接到, 办理…0件), reconsideration
and lawsuits in prose; and for place cues (盟, 自治州, 自治县, county-level
cities, districts, 分局 named by place).

Every source is a page the project's search tool returned (corpus `pages`);
candidates whose address already appears in any `source`/`url` field of any
split or in `scripts/sources*.py` were dropped (the check printed only used /
fresh per candidate). As in `make_realworld2.py` (whose helpers this imports),
the prose is ours: each page restates the source's facts, tables are shown as
images unless the source showed them (one table 2), and each source is written
twice, as its site serves it (`rw4_KEY`) and as a scraper saves it
(`rw4_KEY_scraped`, tables dropped). All of this batch is development data.

Two liberties with the wording, said in the cases' notes: one page writes its
counts in Chinese numerals and one in full-width digits (the sources have
Arabic digits); the figures are the sources'.

Usage: python3 crates/extract/scripts/make_realworld_dev4.py
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import S2T, expected, page_own, page_scraped, write  # noqa: E402

COUNT_KEYS = ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits")


def table_html(spec):
    """`TABLE:a|b##c` → a <table>: rows split by `##`, cells by `|`; a one-cell row
    is a section heading spanning the table, as the statutory tables print it."""
    out = []
    for r in spec.split("##"):
        cells = r.split("|")
        if len(cells) == 1:
            out.append(f'<tr><td colspan="4">{html.escape(cells[0])}</td></tr>')
        else:
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return '<table border="1">' + "".join(out) + "</table>"


def with_tables(doc):
    return re.sub(r"<p>TABLE:(.*?)</p>", lambda m: table_html(html.unescape(m.group(1))), doc)


def main():
    from sources_dev4 import SOURCES

    n = 0
    for c in SOURCES:
        lines = c["lines"]
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith(("IMG:", "TABLE:")) else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = "rw4_" + c["key"] + ("_scraped" if scraped else "")
            if scraped:
                doc = page_scraped(c, [l for l in lines if not l.startswith("TABLE:")])
            else:
                doc = with_tables(page_own(c, lines))
            exp = expected(c, scraped)
            if c.get("drop_counts"):
                for k in COUNT_KEYS:
                    exp.pop(k, None)
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": exp,
                "source": "search(pages): " + c["src"],
                "notes": ("Scraper copy: first line as <title>/<h1>, tables dropped. " if scraped else "")
                + c.get("notes", ""),
            }
            write("dev", name, doc, meta)
            n += 1
    print({"dev": n})


if __name__ == "__main__":
    main()
