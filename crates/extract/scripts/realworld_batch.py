"""What every development batch generator after the second shares: write each
source twice (as its site serves it, `PREFIX KEY`, and as a scraper saves it,
`PREFIX KEY_scraped`) with `make_realworld2.py`'s page writers and labels, and
the two ways the batches print statistical tables.

Each `make_realworld_devN.py` names its sources, its table writer and what it
drops from a label; the rest is here so the batches cannot drift apart.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_realworld2 import S2T, expected, page_own, page_scraped, write  # noqa: E402

COUNT_KEYS = ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits")


def simple_table(spec):
    """`TABLE:a|b##c` → a <table>: rows split by `##`, cells by `|`; a one-cell row
    is a section heading spanning the table, as the statutory tables print it."""
    out = []
    for r in spec.split("##"):
        cells = r.split("|")
        if len(cells) == 1:
            out.append(f'<tr><td colspan="4">{html.escape(cells[0])}</td></tr>')
        else:
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return '<table border="1">' + "".join(out) + "</table>"


def _cell(raw):
    m = re.match(r"^(?:\^(\d+))?(?:>(\d+))?(.*)$", raw, re.S)
    rs, cs, text = m.group(1), m.group(2), m.group(3)
    attrs = (f' rowspan="{rs}"' if rs else "") + (f' colspan="{cs}"' if cs else "")
    return attrs, text


def _span(raw):
    m = re.search(r'colspan="(\d+)"', _cell(raw)[0])
    return int(m.group(1)) if m else 1


def spanned_table(spec):
    """Like `simple_table`, and a cell may start with `^N` (rowspan N) and/or `>N`
    (colspan N); a one-cell heading row spans the table's full width."""
    rows = [r.split("|") for r in spec.split("##")]
    width = max(sum(_span(c) for c in r) for r in rows)
    out = []
    for cells in rows:
        if len(cells) == 1 and not cells[0].startswith(("^", ">")):
            out.append(f'<tr><td colspan="{width}">{html.escape(cells[0])}</td></tr>')
            continue
        tds = []
        for c in cells:
            attrs, text = _cell(c)
            tds.append(f"<td{attrs}>{html.escape(text)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return '<table border="1">' + "".join(out) + "</table>"


def expand_flat(lines):
    """`FLAT:a|b|c` lines become one line per cell (text in both copies)."""
    out = []
    for l in lines:
        if l.startswith("FLAT:"):
            out += l[5:].split("|")
        else:
            out.append(l)
    return out


def write_batch(prefix, sources, *, table=None, flat=False, keep_script=("IMG:",), adjust=None,
                scraped_note="Scraper copy: first line as <title>/<h1>, tables dropped. "):
    """Write every source of a dev batch twice and print how many pages.

    `table`: how `TABLE:` lines are printed on the site's page (the scraper copy
    drops them); `flat`: expand `FLAT:` lines; `keep_script`: line prefixes left
    as written when a Traditional source is converted; `adjust(source, expected)`:
    what a batch drops from a label."""
    n = 0
    for c in sources:
        lines = expand_flat(c["lines"]) if flat else c["lines"]
        if c.get("trad"):
            c = dict(c, title=S2T.convert(c["title"]))
            lines = [l if l.startswith(keep_script) else S2T.convert(l) for l in lines]
        for scraped in (False, True):
            name = prefix + c["key"] + ("_scraped" if scraped else "")
            if scraped:
                doc = page_scraped(c, [l for l in lines if not l.startswith("TABLE:")])
            else:
                doc = page_own(c, lines)
                if table:
                    doc = re.sub(r"<p>TABLE:(.*?)</p>", lambda m: table(html.unescape(m.group(1))), doc)
            exp = expected(c, scraped)
            if adjust:
                adjust(c, exp)
            meta = {
                "url": c["url"],
                "content_type": "text/html; charset=utf-8",
                "expected": exp,
                "source": "search(pages): " + c["src"],
                "notes": (scraped_note if scraped else "") + c.get("notes", ""),
            }
            write("dev", name, doc, meta)
            n += 1
    print({"dev": n})


def drop_counts(c, exp):
    """A source marked `drop_counts` states no figure the label could hold."""
    if c.get("drop_counts"):
        for k in COUNT_KEYS:
            exp.pop(k, None)
