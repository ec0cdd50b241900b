#!/usr/bin/env python3
"""Write the tenth development batch: tests/realworld/dev/rw10_*.

Genuine narrative reports filed under a column whose name is all the page
shows as its title (`<title>`/`<h1>` = the column, the report's own title
missing), a shape sites and scrapers both produce. The text is that of
existing dev pages (real sources, see their `source`), whose opening
paragraphs say how the bureau published through 新闻媒体 (news media), as
narrative reports commonly do; only the title is replaced. The labels are
the base page's: nothing a label says comes from the title the variant drops
(each base names its agency in the body).

Usage: python3 crates/extract/scripts/make_realworld_dev10.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "tests", "realworld", "dev")

# (new case, base case, the column name shown as title)
VARIANTS = [
    ("rw10_linyi_2013_column_title_news_media", "rw4_linyi_2013_spread_sentences_scraped", "政府信息公开年度报告"),
    ("rw10_qingyuan_2014_column_title_news_media", "rw2_qingyuan_2014_title_no_place_scraped", "信息公开年报"),
]


def main():
    for name, base, column in VARIANTS:
        page = open(os.path.join(DEV, base + ".html"), encoding="utf-8").read()
        page, n = re.subn(r"<title>[^<]*</title>", f"<title>{column}</title>", page, count=1)
        page, m = re.subn(r"<h1>[^<]*</h1>", f"<h1>{column}</h1>", page, count=1)
        assert n == 1 and m == 1, base
        meta = json.load(open(os.path.join(DEV, base + ".json"), encoding="utf-8"))
        meta["notes"] = (
            f"Variant of {base}: <title>/<h1> replaced by the column name {column}; "
            "the opening mentions 新闻媒体. Labels are the base page's."
        )
        with open(os.path.join(DEV, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(DEV, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print({"rw10": len(VARIANTS)})


if __name__ == "__main__":
    main()
