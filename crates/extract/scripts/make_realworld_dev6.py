#!/usr/bin/env python3
"""Write the sixth batch of real-world labelled pages: development cases in
tests/realworld/dev (names starting `rw6_`), from the sources listed in
`sources_dev6.py`.

The held-out splits still lose `doc_type` (look-alikes taken for reports and
reports missed), `format`, `report_year` and `agency` on pages the dev split
did not have. This batch is chosen for those: disclosure reports of bodies
that are not environmental but write about water, land, forests, weather or
sewage, an environment ministry's rule-of-law annual report, news and
commentary on the 2008 条例 and on corporate environmental disclosure; and
genuine environmental reports whose year, format or agency is awkward.

Every source is a page the project's search tool returned (corpus `pages`);
candidates whose address already appears in any `source`/`url` field of any
split or in `scripts/sources*.py` were dropped (check_sources_used.py printed
only used / fresh per candidate). As in `make_realworld2.py` (whose helpers
this imports), the prose is ours: each page restates the source's facts,
tables are shown as images, and each source is written twice, as its site
serves it (`rw6_KEY`) and as a scraper saves it (`rw6_KEY_scraped`). All of
this batch is development data.

Usage: python3 crates/extract/scripts/make_realworld_dev6.py
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
    from sources_dev6 import SOURCES

    n = 0
    for c in SOURCES:
        lines = c["lines"]
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith(("IMG:", "TABLE:")) else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = "rw6_" + c["key"] + ("_scraped" if scraped else "")
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
