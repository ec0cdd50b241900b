#!/usr/bin/env python3
"""Write the eighteenth development batch: tests/realworld/dev/rw18_*, from the
sources in `sources_dev18.py` — fresh pages from 河南 湖北 湖南 广东 广西 海南 重庆
四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 only: a few genuine reports found by
naming a city, county or district bureau (older narrative ones among them: 广州
2009, 龙里 2015 and 黔东南 2016 on mirrors, 株洲 2016 on a mirror titled only
市环保局) and the look-alikes met beside them (another department's and a city
government's reports, news about quality and inspection campaigns with their
complaint counts, a bulletin, an apology, an emergency plan, a notice issuing
disclosure rules).

Each source is written twice (site page `rw18_KEY` and scraper copy
`rw18_KEY_scraped`) by `realworld_batch.write_batch`, tables with
`spanned_table`. Candidates whose address any split or `scripts/sources*.py`
already used were dropped (`check_sources_used.py`), and so were addresses in
/work/notes/claimed-*.txt and sources whose title text was already used
(`check_text_used.py`). All of this batch is development data.

Usage: python3 crates/extract/scripts/make_realworld_dev18.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import spanned_table, write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev18 import SOURCES

    write_batch("rw18_", SOURCES, table=spanned_table, flat=True,
                scraped_note="Scraper copy: first line as <title>/<h1>, <table>s dropped. ")
