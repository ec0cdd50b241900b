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
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import drop_counts, simple_table, write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev4 import SOURCES

    write_batch("rw4_", SOURCES, table=simple_table, keep_script=("IMG:", "TABLE:"), adjust=drop_counts)
