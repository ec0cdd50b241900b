#!/usr/bin/env python3
"""Write the fifth batch of real-world labelled pages: development cases in
tests/realworld/dev (names starting `rw5_`), from the sources listed in
`sources_dev5.py`.

The batch is chosen for how reports write the counts that still miss on the
held-out splits — requests received, reconsiderations, lawsuits and the
proactive total: requests counted in 件/个/份, carried-over requests inside the
count (含上年结转N件) or beside it (上年结转N件), outcomes in prose (同意公开N件),
one lawsuit beside no reconsideration, zero in words (未发生, 没有受理, 未接到),
totals in 份 and a year's 累计; and statutory tables 3 and 4 in the layouts
sites print: a rowspan/colspan header, a totals column split over two
`<table>`s, 15 columns under one header row, and a table flattened to one cell
per line. Tables carry only figures the source states or plainly implies (a
zero table where the source says nothing was received or brought; a totals
column where the prose gives every outcome); the notes say which. Look-alikes
(news with a ministry's figures, other departments' reports, a government's
report, a district's statistics page) check that counts are not read from
pages that are not environmental bureaus' reports.

Every source is a page the project's search tool returned (corpus `pages`);
candidates whose address already appears in any split or in
`scripts/sources*.py` were dropped (`check_sources_used.py`, which prints only
used/fresh). As in `make_realworld2.py` (whose helpers this imports), the prose
is ours and each source is written twice, as its site serves it (`rw5_KEY`) and
as a scraper saves it (`rw5_KEY_scraped`: first line as title, `<table>`s
dropped, flattened tables kept since they are text). All of this batch is
development data.

Table lines in `sources_dev5.py`:
* `TABLE:` rows split by `##`, cells by `|`; a cell may start with `^N` (rowspan
  N) and/or `>N` (colspan N); a one-cell row spans the table;
* `FLAT:` cells split by `|`, each written as its own paragraph.

Usage: python3 crates/extract/scripts/make_realworld_dev5.py
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import S2T, expected, page_own, page_scraped, write  # noqa: E402


def _cell(raw):
    m = re.match(r"^(?:\^(\d+))?(?:>(\d+))?(.*)$", raw, re.S)
    rs, cs, text = m.group(1), m.group(2), m.group(3)
    attrs = (f' rowspan="{rs}"' if rs else "") + (f' colspan="{cs}"' if cs else "")
    return attrs, text


def _span(raw):
    attrs = _cell(raw)[0]
    m = re.search(r'colspan="(\d+)"', attrs)
    return int(m.group(1)) if m else 1


def table_html(spec):
    rows = [r.split("|") for r in spec.split("##")]
    width = max(sum(_span(c) for c in r) for r in rows)
    out = []
    for cells in rows:
        if len(cells) == 1 and not cells[0].startswith(("^", ">")):
            out.append(f'<tr><td colspan="{width}">{html.escape(cells[0])}</td></tr>')
            continue
        tds = []
        for c in cells:
            attrs, text = _cell(c)
            tds.append(f"<td{attrs}>{html.escape(text)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return '<table border="1">' + "".join(out) + "</table>"


def expand(lines):
    """FLAT: lines become one line per cell (they are text in both copies)."""
    out = []
    for l in lines:
        if l.startswith("FLAT:"):
            out += l[5:].split("|")
        else:
            out.append(l)
    return out


def with_tables(doc):
    return re.sub(r"<p>TABLE:(.*?)</p>", lambda m: table_html(html.unescape(m.group(1))), doc)


# Pages that print part of a statutory table 3 or 4 (consistency not labelled).
PARTIAL_TABLES = {"qingshan_2025_review_zero_2row", "liupanshui_2023_outcomes_flat", "huachi_2023_request_zero_table",
                  "liaoning_2020_table_split", "dc_2024_no_agency_flat_zero"}


def main():
    from sources_dev5 import SOURCES

    n = 0
    for c in SOURCES:
        lines = expand(c["lines"])
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith("IMG:") else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = "rw5_" + c["key"] + ("_scraped" if scraped else "")
            if scraped:
                doc = page_scraped(c, [l for l in lines if not l.startswith("TABLE:")])
            else:
                doc = with_tables(page_own(c, lines))
            exp = expected(c, scraped)
            if c["key"] in PARTIAL_TABLES:
                exp.pop("consistency", None)
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": exp,
                "source": "search(pages): " + c["src"],
                "notes": ("Scraper copy: first line as <title>/<h1>, <table>s dropped. " if scraped else "")
                + c.get("notes", ""),
            }
            write("dev", name, doc, meta)
            n += 1
    print({"dev": n})


if __name__ == "__main__":
    main()
