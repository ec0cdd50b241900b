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
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import drop_counts, simple_table, write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev6 import SOURCES

    write_batch("rw6_", SOURCES, table=simple_table, keep_script=("IMG:", "TABLE:"), adjust=drop_counts)
