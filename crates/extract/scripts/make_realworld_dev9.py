#!/usr/bin/env python3
"""Write the ninth batch of real-world labelled pages: development cases in
tests/realworld/dev (names starting `rw9_`), from the sources listed in
`sources_dev9.py`.

The batch is chosen for how reports write the count fields (proactive total,
requests, reviews): 截止 + the year's end without 累计, a count "generated" then
"of which disclosed", 千余条, figures whose unit the source dropped, a total
broken down by channel after it, channel or category counts with no total,
requests by letter or as 处理N项依申请公开, and counts beside the disclosure
counts that are something else (enforcement cases, 建议提案信息, press articles).
Genuine reports without any count in what the search tool showed are kept for
their shapes (a mirror, a re-posted 2012 report, a provincial 函报), with
`proactive_total` null; six other bodies' reports carry counts that must not be
read.

Each source is written twice, as its site serves it (`rw9_KEY`) and as a
scraper saves it (`rw9_KEY_scraped`), by `realworld_batch.write_batch`.
Candidates whose address already appears in any split or in
`scripts/sources*.py` were dropped (`check_sources_used.py`, which prints only
used/fresh). All of this batch is development data.

Usage: python3 crates/extract/scripts/make_realworld_dev9.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import spanned_table, write_batch  # noqa: E402


def adjust(c, exp):
    """A source whose host the page cannot show to be a government's or not
    (`repost_unlabelled`) carries no `repost` label."""
    if c.get("repost_unlabelled"):
        exp.pop("repost", None)


if __name__ == "__main__":
    from sources_dev9 import SOURCES

    write_batch("rw9_", SOURCES, table=spanned_table, flat=True, adjust=adjust,
                scraped_note="Scraper copy: first line as <title>/<h1>, <table>s dropped. ")
