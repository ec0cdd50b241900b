#!/usr/bin/env python3
"""Write the fifteenth development batch: tests/realworld/dev/rw15_*, from the
sources in `sources_dev15.py`, chosen for how reports state the year's
requests, reconsiderations and lawsuits in prose (applicant kinds or channels
before the noun, topics after the count, the count under another heading, 0
without the noun, reviews and lawsuits in one sentence, digits masked by a
mirror) beside counts of other things (documents by disclosure mode,
人大建议, casework) and two complaint bulletins that are not reports.

Each source is written twice (site page `rw15_KEY` and scraper copy
`rw15_KEY_scraped`) by `realworld_batch.write_batch`, tables with
`spanned_table`. Candidates whose address any split or `scripts/sources*.py`
already used were dropped (`check_sources_used.py`), and so were addresses
in /work/notes/claimed-*.txt. All of this batch is development data.

Usage: python3 crates/extract/scripts/make_realworld_dev15.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import spanned_table, write_batch  # noqa: E402

# Pages printing the short zero table 3 (some result rows only): consistency not labelled.
SHORT_ZERO_TABLES = {"shengsi_2024_zero_received_zero_reviews", "fangshan_2023_reviews_own_heading"}


def adjust(c, exp):
    if c["key"] in SHORT_ZERO_TABLES:
        exp.pop("consistency", None)


if __name__ == "__main__":
    from sources_dev15 import SOURCES

    write_batch("rw15_", SOURCES, table=spanned_table, flat=True, adjust=adjust,
                scraped_note="Scraper copy: first line as <title>/<h1>, <table>s dropped. ")
