#!/usr/bin/env python3
"""Write the fifth held-out batch of real-world labelled pages:
tests/realworld/heldout5 (no dev part).

The sources are in `sources5.py`: pages the project's search tool returned
(stored public web pages) from any province, none of them an address used by
an earlier batch (checked with `check_sources_used.py --skip sources5.py`
before the pages existed), none claimed by a development round running at the
same time (/work/notes/claimed-dev.txt), and each key count sentence checked
with `check_text_used.py` (fresh). Keys start with `h5_`, so the checks can
leave this batch out by prefix (`--skip h5_`).
As in the second and third batches (`make_realworld2.py`, `make_realworld3.py`,
whose page builders and label rules this script reuses unchanged), the facts
are kept (agency, year, title wording, figures, dates, the framing the excerpt
showed) and the prose is ours.

Each source is written twice, both in heldout5:
* `NAME`: the page as its site serves it (shapes `plain`, `trs`, `index`,
  `news`, `welcome`, `bar`, and `chrome` from the third batch);
* `NAME_scraped`: the text saved the way scrapers save it (first line as
  <title>/<h1>, every other line a <p>, images dropped), at the same address.

Page shapes and label rules are those of the earlier batches, unchanged.

The labels were written and committed before the extractor was run on any
page of this directory.

As in heldout4, a source whose address a `dev/` page also uses is left out
(`dev_addresses` below), so nothing held out shares a source with anything
tuned on.

Usage: python3 crates/extract/scripts/make_realworld5.py
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import ROOT  # noqa: E402
from make_realworld3 import write_split  # noqa: E402
from check_sources_used import norm  # noqa: E402

SPLIT = "heldout5"


def dev_addresses():
    """Every normalised address a `dev/` page names (its `source` and `url`)."""
    out = set()
    for f in glob.glob(os.path.join(ROOT, "dev", "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        for k in ("source", "url"):
            v = d.get(k)
            if isinstance(v, str):
                out.update(norm(u) for u in re.findall(r"https?://\S+", v) or [v])
    return out


def main():
    from sources5 import SOURCES

    dev = dev_addresses()
    n, dropped = write_split(
        SPLIT, SOURCES, skip=lambda c: bool({norm(c["url"]), norm(c["src"].split()[0])} & dev)
    )
    print({SPLIT: n, "sources": len(SOURCES) - dropped, "dropped_shared_with_dev": dropped})


if __name__ == "__main__":
    main()
