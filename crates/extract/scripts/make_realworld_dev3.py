#!/usr/bin/env python3
"""Write the third batch of real-world labelled pages: new development cases
in tests/realworld/dev (names starting `rw3_`), from the sources listed in
`sources_dev3.py`.

The batch weighs toward the look-alikes that cost `doc_type` precision:
county, town and township governments' own reports (one titled with the
county's name only, one by the 县政府办), other bureaus' reports (education),
news about environmental bulletins and quality rankings, a monthly quality
note, disclosure guides, budgets, a ministry work plan and a city bureau's work
summary; and genuine reports in unusual shapes (no agency in the title, 年度报告
without 工作, seven parts, "由…制作本报告", Traditional wiki repost, mirrors).

Every source is a page the project's search tool returned (corpus `pages`),
only from 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏
新疆 and the ministry; sources already used by an earlier batch were left out.
As in `make_realworld2.py` (whose helpers this imports), the prose is ours:
each page restates the source's facts, tables are shown as images, and each
source is written twice, as its site serves it (`rw3_KEY`) and as a scraper
saves it (`rw3_KEY_scraped`). All of this batch is development data.

Labels follow docs/report-format.md and tests/realworld/README.md, plus one
convention this batch needed: a report of a body that is not an environmental
bureau (a 人民政府, a 政府办, an education bureau) is `other`.

Usage: python3 crates/extract/scripts/make_realworld_dev3.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev3 import SOURCES

    write_batch("rw3_", SOURCES)
