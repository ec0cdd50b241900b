#!/usr/bin/env python3
"""Write the fourth held-out batch of real-world labelled pages:
tests/realworld/heldout4 (no dev part).

The sources are in `sources4.py`: pages the project's search tool returned
(stored public web pages) from any province, none of them an address used by
an earlier batch (checked with `check_sources_used.py --skip sources4.py`).
As in the second and third batches (`make_realworld2.py`, `make_realworld3.py`,
whose page builders and label rules this script reuses unchanged), the facts
are kept (agency, year, title wording, figures, dates, the framing the excerpt
showed) and the prose is ours.

Each source is written twice, both in heldout4:
* `NAME`: the page as its site serves it (shapes `plain`, `trs`, `index`,
  `news`, `welcome`, `bar`, and `chrome` from the third batch);
* `NAME_scraped`: the text saved the way scrapers save it (first line as
  <title>/<h1>, every other line a <p>, images dropped), at the same address.

A source may carry `labels`: label overrides for what `expected` cannot derive
(here one published_date taken from a URL written `…/2023-01/19/…`).

The labels were written and committed before the extractor was run on any
page of this directory.

Two development rounds (`rw8_*`, `rw9_*`) drew on the same search results at
the same time as this batch and were tuned on; a source whose address a
`dev/` page also uses is left out here (`DEV_SOURCES` below), so nothing held
out shares a source with anything tuned on.

Usage: python3 crates/extract/scripts/make_realworld4.py
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

SPLIT = "heldout4"


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
    from sources4 import SOURCES

    dev = dev_addresses()
    n, dropped = write_split(
        SPLIT, SOURCES, skip=lambda c: bool({norm(c["url"]), norm(c["src"].split()[0])} & dev)
    )
    print({SPLIT: n, "sources": len(SOURCES) - dropped, "dropped_shared_with_dev": dropped})


if __name__ == "__main__":
    main()
