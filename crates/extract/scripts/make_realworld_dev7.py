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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import spanned_table, write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev7 import SOURCES

    write_batch("rw7_", SOURCES, table=spanned_table, flat=True,
                scraped_note="Scraper copy: first line as <title>/<h1>, <table>s dropped. ")
