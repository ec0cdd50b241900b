#!/usr/bin/env python3
"""Write the sixteenth development batch: tests/realworld/dev/rw16_*, from the
sources in `sources_dev16.py`: pages that share a report's words without being
an environmental bureau's disclosure report (other bodies' and governments'
reports, guides, final accounts, bulletins and news about them, statistics
yearbook news, speeches, work summaries, essay-site collections) and genuine
reports in unusual shapes (a Traditional wiki repost, a year-first title on a
city portal with a garbled signature date), and, in a second look-up round,
enterprises' annual environmental-disclosure reports as notices speak of them,
performance self-evaluations, final accounts and disclosure catalogues. Each source is written twice (site
page and `_scraped` copy) by `realworld_batch.write_batch`.

Usage: python3 crates/extract/scripts/make_realworld_dev16.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import simple_table, write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev16 import SOURCES

    write_batch("rw16_", SOURCES, table=simple_table, keep_script=("IMG:", "TABLE:"))
