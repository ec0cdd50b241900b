#!/usr/bin/env python3
"""Write the twelfth development batch: tests/realworld/dev/rw12_*.

Metamorphic variants of existing dev reports, as rw11 (make_realworld_dev11.py):
each page is an existing dev annual report (real source, see its `source`)
put through one transformation that real sites, editors and scrapers apply
and that cannot change what the report says, so each keeps its base page's
labels:

- `pdftext`: the page as `pdftotext -layout` prints a report PDF, served as
  `text/plain`: every visible line of the page (chrome included) as a line of
  text indented by two spaces, paragraphs wrapped at 40 characters (an A4
  line), each statutory table as space-aligned columns (cells padded to the
  column's display width plus three spaces), a form feed at the end. The
  page's `<title>` is gone with the markup; bases whose title or place came
  only from `<title>` were not used.
- `thousands_space`: every count of four or more digits (not a year, date or
  document number) written with a space as thousands separator (共计1 349条),
  as typeset reports and some editors print large figures.
- `spaced_labels`: every table cell of two to eight Han characters and
  nothing else letter-spaced (发 布 日 期, 予 以 公 开), as index blocks and
  statutory tables are laid out to fill a column.
- `trs_nested`: the first paragraph of the page kept where it is (an intro
  under the heading), everything after it put in a nested
  `<div class="TRS_Editor"><div id="zoom">` opened by an inline `<style>`
  and `<script>` block, as TRS sites print the article.
- `scraped_hard_wrapped`: the scraper copy (`_scraped` shape: the page's own
  title as `<title>`/`<h1>`, every other visible line of the body as a `<p>`,
  tables dropped) of the page after rw11's `hard_wrapped` transformation, so
  each 28-character line is a paragraph of its own. Labels: `published_date`
  kept where the date is in the copy's text or its URL, counts kept only
  where the figure is still in the copy's text (a table-only figure goes with
  the tables) — said per page in `notes`.

Found by probing every dev annual report with these and other
transformations (Word-exported HTML with split runs and `<o:p>`, thousands
separators `,`/`，`, zero as 〇/零, empty cells as —/－///无, row labels broken
with `<br>`, header rows repeated, cell text wrapped in `<p>`/`<div>`/`<span>`
with `<br>`, Traditional in Big5 with the charset only in the header or only
in `<meta>`, headings bolded inline with the first sentence, the scraper copy
of rw11's layout-table variant), which changed no field; see the README's
rw12 section.

Usage: python3 crates/extract/scripts/make_realworld_dev12.py
"""
import html as H
import json
import os
import re
import unicodedata

from make_realworld_dev11 import hard_wrapped, own_title

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "tests", "realworld", "dev")
COUNTS = ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits")


def body_text_map(page, fn):
    """Apply fn to the text between tags of the <body>, never to a tag."""
    i = page.find("<body")
    assert i >= 0
    parts = re.split(r"(<[^>]+>)", page[i:])
    return page[:i] + "".join(p if p.startswith("<") else fn(p) for p in parts)


def thousands_space(page):
    big = re.compile(r"(?<![\d.\-/:])\d{4,}(?![\d.年月日\-/:号])")
    return body_text_map(page, lambda s: big.sub(lambda m: m.group(0)[:-3] + " " + m.group(0)[-3:], s))


def spaced_labels(page):
    def cell(m):
        text = m.group(2).strip()
        if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", text):
            text = " ".join(text)
            return m.group(1) + text + m.group(3)
        return m.group(0)

    return re.sub(r"(<t[dh][^>]*>)(.*?)(</t[dh]>)", cell, page, flags=re.S)


STYLE = ('<style type="text/css">.TRS_Editor P{margin-top:-5px;margin-bottom:12px;line-height:1.5;'
         "font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}</style>")
SCRIPT = ('<script type="text/javascript">var shareTitle = document.title; '
          "function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; } "
          "// 字号：大 中 小\n</script>")


def trs_nested(page):
    m = re.search(r"<p[^>]*>.*?</p>", page, re.S)
    rest = page[m.end():]
    j = rest.rfind("</body>")
    return (page[:m.end()] + '\n<div class="TRS_Editor"><div id="zoom">' + STYLE + SCRIPT + "\n"
            + rest[:j] + "</div></div>\n" + rest[j:])


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pdftext(page):
    i = page.find("<body")
    j = page.rfind("</body>")
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page[i:j], flags=re.S)

    def table(m):
        rows = re.findall(r"<tr[^>]*>(.*?)</tr>", m.group(0), re.S)
        grid = [[H.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)] for r in rows]
        n = max((len(r) for r in grid), default=0)
        ws = [max((width(r[k]) for r in grid if k < len(r)), default=0) for k in range(n)]
        out = ["    " + "".join(c + " " * (ws[k] - width(c) + 3) for k, c in enumerate(r)).rstrip() for r in grid]
        return "\n" + "\n".join(out) + "\n"

    body = re.sub(r"<table.*?</table>", table, body, flags=re.S)
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = re.sub(r"</(p|h\d|div|li|tr)>", "\n", body)
    body = H.unescape(re.sub(r"<[^>]+>", "", body))
    lines = []
    for line in body.split("\n"):
        if line.startswith("    ") and line.strip():
            lines.append(line)
            continue
        line = line.strip()
        while len(line) > 40:
            lines.append("  " + line[:40])
            line = line[40:]
        if line:
            lines.append("  " + line)
    return "\n".join(lines) + "\n\f"


def scraped_hard_wrapped(page):
    page = hard_wrapped(page)
    title = own_title(page)
    i = page.find("<body")
    j = page.rfind("</body>")
    body = re.sub(r"<h1[^>]*>.*?</h1>", "", page[i:j], count=1, flags=re.S)
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", body, flags=re.S)
    body = re.sub(r"<table.*?</table>", "", body, flags=re.S)
    body = re.sub(r"<br\s*/?>|</(p|h\d|div|li|td)>", "\n", body)
    lines = [l.strip() for l in H.unescape(re.sub(r"<[^>]+>", "", body)).split("\n") if l.strip()]
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{H.escape(title)}</title></head>\n'
            f"<body><h1>{H.escape(title)}</h1>\n" + "\n".join("<p>" + H.escape(l) + "</p>" for l in lines)
            + "\n</body></html>\n")


TRANSFORMS = {
    "pdftext": pdftext,
    "thousands_space": thousands_space,
    "spaced_labels": spaced_labels,
    "trs_nested": trs_nested,
    "scraped_hard_wrapped": scraped_hard_wrapped,
}

# (base case, transformation); the new case is rw12_<base>_<transformation>
VARIANTS = [
    ("rw2_huarong_2025", "pdftext"),
    ("rw4_ezhou_2024", "pdftext"),
    ("rw3_jinghe_2025_branch", "pdftext"),
    ("rw4_maguan_2023_branch_table2", "pdftext"),
    ("rw5_xingren_2023_not_ours", "pdftext"),
    ("rw10_qingyuan_2014_column_title_news_media", "pdftext"),
    ("rw4_jining_2013_no_figures", "pdftext"),
    ("qujing_2023", "thousands_space"),
    ("changsha_2024_spam_mirror", "thousands_space"),
    ("rw3_huanggang_2021", "thousands_space"),
    ("rw10_linyi_2013_column_title_news_media", "thousands_space"),
    ("rw2_pingjiang_2020", "spaced_labels"),
    ("rw6_chongming_2015_index_block", "spaced_labels"),
    ("rw8_honghe_2023_year_column_index", "spaced_labels"),
    ("rw7_meishan_2023_mirror_categories", "spaced_labels"),
    ("rw10_linyi_2013_column_title_news_media", "trs_nested"),
    ("rw10_qingyuan_2014_column_title_news_media", "trs_nested"),
    ("rw5_changchun_xinqu_2021_ge_scraped", "trs_nested"),
    ("rw4_anqiu_2017_no_figures", "scraped_hard_wrapped"),
    ("rw5_shenzhen_2022_carried_beside", "scraped_hard_wrapped"),
    ("rw6_dingzhou_2014_newspaper_repost", "scraped_hard_wrapped"),
]

PREFIXES = tuple(f"rw{k}_" for k in range(2, 11))


def date_forms(d):
    y, m, dd = d.split("-")
    # as printed in the text, or in the URL (/t20180327_, /2018/03/27/), which the copy keeps
    return (d, f"{y}年{int(m)}月{int(dd)}日", f"{y}/{m}/{dd}", f"{y}.{m}.{dd}", f"{y}年{m}月{dd}日", f"{y}{m}{dd}")


def main():
    for base, how in VARIANTS:
        page = open(os.path.join(DEV, base + ".html"), encoding="utf-8").read()
        meta = json.load(open(os.path.join(DEV, base + ".json"), encoding="utf-8"))
        exp = meta["expected"]
        assert exp["doc_type"] == "annual_report", base
        new = TRANSFORMS[how](page)
        assert new != page, (base, how)
        note = f"Metamorphic variant of {base} ({how}, see make_realworld_dev12.py). Labels are the base page's"
        dropped = []
        if how == "scraped_hard_wrapped":
            text = H.unescape(re.sub(r"<[^>]+>", "", new))
            if exp.get("published_date") and not any(f in text or f in meta["url"] for f in date_forms(exp["published_date"])):
                dropped.append("published_date")
            for k in COUNTS:
                v = exp.get(k)
                if isinstance(v, int) and not re.search(rf"(?<!\d){v}(?!\d)", text):
                    dropped.append(k)
            for k in dropped:
                exp.pop(k)
        if dropped:
            note += ", less " + ", ".join(dropped) + " (not in the scraper copy's text)"
        meta["notes"] = note + ". Base notes: " + meta.get("notes", "")
        name = base
        for p in PREFIXES:
            name = name.removeprefix(p)
        name = f"rw12_{name}_{how}"
        if how == "pdftext":
            meta["content_type"] = "text/plain"
            meta["file"] = name + ".txt"
            # key order as the other pages: url, content_type, file, expected…
            meta = {k: meta[k] for k in ("url", "content_type", "file")} | {k: v for k, v in meta.items() if k not in ("url", "content_type", "file")}
            with open(os.path.join(DEV, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(new)
        else:
            with open(os.path.join(DEV, name + ".html"), "w", encoding="utf-8") as f:
                f.write(new)
        with open(os.path.join(DEV, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print({"rw12": len(VARIANTS)})


if __name__ == "__main__":
    main()
