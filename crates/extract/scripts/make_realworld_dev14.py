#!/usr/bin/env python3
"""Write the fourteenth development batch: tests/realworld/dev/rw14_*, from the
sources in `sources_dev14.py`: how reports state (or do not state) the year's
proactively disclosed total. Each source is written twice (site page and
`_scraped` copy) by `realworld_batch.write_batch`; a source marked
`drop_repost` (an address that is a bare IP, whose owner is unclear) leaves
`repost` unlabelled.

Usage: python3 crates/extract/scripts/make_realworld_dev14.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import write_batch  # noqa: E402


def adjust(c, exp):
    if c.get("drop_repost"):
        exp.pop("repost", None)


if __name__ == "__main__":
    from sources_dev14 import SOURCES

    write_batch("rw14_", SOURCES, adjust=adjust)
