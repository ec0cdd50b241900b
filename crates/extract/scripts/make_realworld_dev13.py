#!/usr/bin/env python3
"""Write the thirteenth development batch: tests/realworld/dev/rw13_*, from the
sources in `sources_dev13.py`: sanitation bodies' (环境卫生, 环卫) annual
disclosure reports, look-alikes whose names hold 环境 without meaning the
environment. Each source is written twice (site page and `_scraped` copy)
by `realworld_batch.write_batch`.

Usage: python3 crates/extract/scripts/make_realworld_dev13.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from realworld_batch import write_batch  # noqa: E402

if __name__ == "__main__":
    from sources_dev13 import SOURCES

    write_batch("rw13_", SOURCES)
