#!/usr/bin/env python3
"""Which candidate source addresses are already used by a labelled page?

Reads candidate URLs (one per line) on stdin and prints, per candidate, only
`USED` or `fresh`: whether its address (scheme, `www.` and the `.test` host
suffix ignored) appears in any `source`/`url` field of any split under
tests/realworld or in scripts/sources*.py. Nothing of those files is printed,
so the held-out splits can be checked without being read by a person.

`--skip NAME` (repeatable) leaves out the batch being built: JSON files whose
name starts with NAME and scripts named NAME (e.g. `--skip rw4_ --skip
sources_dev4.py`), so re-running after writing it still shows its sources as
fresh.

Usage: python3 crates/extract/scripts/check_sources_used.py [--skip NAME]... < candidates.txt
"""
import glob
import json
import os
import re
import sys
from urllib.parse import unquote

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def norm(u):
    u = unquote(u.strip().lower())
    u = re.sub(r"^https?://", "", u).replace(".test/", "/").replace(".test:", ":")
    return re.sub(r"^www\.", "", u).rstrip("/")


def main():
    args = sys.argv[1:]
    skip = [args[i + 1] for i, a in enumerate(args) if a == "--skip" and i + 1 < len(args)]
    blob = []
    for f in glob.glob(os.path.join(ROOT, "tests/realworld/*/*.json")):
        if any(os.path.basename(f).startswith(s) for s in skip):
            continue
        try:
            d = json.load(open(f, encoding="utf-8"))
        except (OSError, ValueError):
            continue
        blob += [d[k] for k in ("source", "url") if isinstance(d.get(k), str)]
    for f in glob.glob(os.path.join(ROOT, "scripts/sources*.py")):
        if os.path.basename(f) not in skip:
            blob.append(open(f, encoding="utf-8").read())
    text = unquote("\n".join(blob).lower()).replace(".test/", "/").replace(".test:", ":")
    text = re.sub(r"https?://(www\.)?", "", text)
    for line in sys.stdin:
        if line.strip():
            print(("USED  " if norm(line) in text else "fresh ") + line.strip())


if __name__ == "__main__":
    main()
