#!/usr/bin/env python3
"""Write the eighth batch of real-world labelled pages: development cases in
tests/realworld/dev (names starting `rw8_`), from the sources listed in
`sources_dev8.py`.

The held-out splits still miss a few genuine reports (annual_report recall)
and some `format`, `agency`, `admin_level` and `province` values while `dev/`
scores them all. This batch is chosen for genuine environmental reports in
shapes the dev split lacked — 旗 and 自治旗 分局, county bureaus named without 县
or 分局, headings repeated without the agency or over two lines, blank dates in
the statistics period, a column name where the title should be, 2008 reports
on mirrors, a provincial 年度报告 without 工作, an old county report re-filed
under its bureau's new name, a wiki copy with an infobox before 一、总体情况, a
first paragraph citing the notice on compiling the reports — and for a few
look-alikes that keep precision (press conferences of a bureau and of a 旗分局,
work summaries, a 林草局 report, an inspection-rectification report, a
government briefing, a yearbook entry).

Every source is a page the project's search tool returned (corpus `pages`);
candidates whose address already appears in any `source`/`url` field of any
split or in `scripts/sources*.py` were dropped (check_sources_used.py, which
prints only used / fresh). As in the earlier batches, the prose is ours, tables
are shown as images, and each source is written twice, as its site serves it
(`rw8_KEY`) and as a scraper saves it (`rw8_KEY_scraped`). A source may name
label keys it leaves out (`unlabel`, e.g. `repost` for a portal served from an
IP address). All of this batch is development data.

Usage: python3 crates/extract/scripts/make_realworld_dev8.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import drop_counts, simple_table, write_batch  # noqa: E402


def adjust(c, exp):
    drop_counts(c, exp)
    for k in c.get("unlabel", ()):
        exp.pop(k, None)


if __name__ == "__main__":
    from sources_dev8 import SOURCES

    write_batch("rw8_", SOURCES, table=simple_table, adjust=adjust)
