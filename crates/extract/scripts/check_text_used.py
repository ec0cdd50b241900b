#!/usr/bin/env python3
"""Is a candidate passage already in a labelled page?

Reads candidate passages (one per line) on stdin and prints, per line, only
`USED` or `fresh`: whether the passage, reduced to its CJK characters and
digits, occurs in the text of any page under tests/realworld (tags, entities,
whitespace and punctuation dropped the same way). A round that builds pages
from sentences found in public text checks them with this, so that a sentence
a held-out page already holds is never tuned on; nothing of the pages is
printed, so the held-out splits are checked without being read by a person.

A passage shorter than 12 kept characters is reported `SHORT` (too common to
tell anything). `--skip NAME` (repeatable) leaves out pages whose file name
starts with NAME (the batch being built).

Usage: python3 crates/extract/scripts/check_text_used.py [--skip NAME]... < passages.txt
"""
import glob
import html
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def core(s):
    s = html.unescape(re.sub(r"<[^>]*>", "", s))
    s = s.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)})
    return "".join(re.findall(r"[\u4e00-\u9fff0-9]", s))


def main():
    args = sys.argv[1:]
    skip = [args[i + 1] for i, a in enumerate(args) if a == "--skip" and i + 1 < len(args)]
    texts = []
    for f in glob.glob(os.path.join(ROOT, "tests/realworld/*/*")):
        name = os.path.basename(f)
        if name.endswith(".json") or any(name.startswith(s) for s in skip):
            continue
        try:
            raw = open(f, "rb").read()
        except OSError:
            continue
        for enc in ("utf-8", "gb18030"):
            try:
                texts.append(core(raw.decode(enc)))
                break
            except UnicodeDecodeError:
                continue
    blob = "\n".join(texts)
    for line in sys.stdin:
        c = core(line)
        if not c:
            continue
        verdict = "SHORT " if len(c) < 12 else ("USED  " if c in blob else "fresh ")
        print(verdict + line.strip())


if __name__ == "__main__":
    main()
