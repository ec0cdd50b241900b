#!/usr/bin/env python3
"""Write the seventh held-out batch of real-world labelled pages:
tests/realworld/heldout7 (no dev part).

The sources are in `sources7.py`: pages the project's search tool returned
(stored public web pages), any province, mostly found by naming one city,
county or district bureau and a year per query. None of them is an address
used by an earlier batch (checked with `check_sources_used.py --skip
sources7.py --skip h7_` before the pages existed), none is claimed by a
development round or an earlier held-out round
(/work/notes/claimed-dev.txt, claimed-heldout5.txt, claimed-heldout6.txt),
and each key count sentence (or, without one, the title or opening) was
checked with `check_text_used.py --skip h7_` (fresh). Keys start with `h7_`,
so the checks can leave this batch out by prefix.

As in the earlier held-out batches, the facts are kept (agency, year, title
wording, figures, dates, the framing the excerpt showed) and the prose is
ours. The page builders and label rules of `make_realworld2.py` and
`make_realworld3.py` (via `write_split`) are reused unchanged, and so is the
heldout5 labelling convention: every report carries all five counts, `null`
where its page states none.

Each source is written twice, both in heldout7:
* `NAME`: the page as its site serves it (shapes `plain`, `trs`, `index`,
  `news`, `chrome`);
* `NAME_scraped`: the text saved the way scrapers save it (first line as
  <title>/<h1>, every other line a <p>, images dropped), at the same address.

As in heldout4 to heldout6, a source whose address a `dev/` page also uses is
left out (`dev_addresses` of make_realworld5), so nothing held out shares a
source with anything tuned on.

The labels were written and committed before the extractor was run on any
page of this directory.

Usage: python3 crates/extract/scripts/make_realworld7.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld3 import write_split  # noqa: E402
from make_realworld5 import dev_addresses  # noqa: E402
from check_sources_used import norm  # noqa: E402

SPLIT = "heldout7"


def main():
    from sources7 import SOURCES

    dev = dev_addresses()
    n, dropped = write_split(
        SPLIT, SOURCES, skip=lambda c: bool({norm(c["url"]), norm(c["src"].split()[0])} & dev)
    )
    print({SPLIT: n, "sources": len(SOURCES) - dropped, "dropped_shared_with_dev": dropped})


if __name__ == "__main__":
    main()
