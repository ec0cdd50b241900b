#!/usr/bin/env python3
"""Write the eleventh development batch: tests/realworld/dev/rw11_*.

Metamorphic variants of existing dev reports. Each page is an existing dev
page (real source, see its `source`) put through one transformation that
real sites, editors and scrapers apply to report pages and that cannot
change what the report says, so each variant keeps its base page's labels:

- `fullwidth`: every digit of the page's visible text printed full-width
  (２０２２年, ２０２３－０１－１５, 共１２３条), as pages exported from word
  processors and some CMS editors show them; tags and the URL untouched.
- `fullwidth_counts`: only the digits of counts (a number not part of a
  year, month, day or date) full-width, years kept ASCII.
- `padded_nbsp` / `padded_ideographic`: every figure of the visible text
  padded with a non-breaking (&nbsp;) or an ideographic space on either side
  (共&nbsp;0&nbsp;件), as editors and Word exports space figures out.
- `column_heading`: `<title>` replaced by the breadcrumb (当前位置：首页 >
  政务公开 > 年度报告) and `<h1>` by the bare column name 年度报告, the
  report's own title kept as a centred `<p>` right below, as templates
  that print the column as the page heading do.
- `layout_table`: everything in the `<body>` put in the right-hand cell of a
  page-layout table (`<table width="100%"><tr><td>`left menu`</td><td>`…
  `</td></tr></table>`), as older CMS templates lay pages out; statutory
  tables, where the page has them, end up nested in that cell.
- `hard_wrapped`: every paragraph of plain text longer than 28 characters
  broken with `<br>` into lines of 28 (a run of digits is not cut), as text
  pasted from a PDF or a typeset page keeps its line ends (28 is an A4 line
  of 三号 type).
- `traditional`: the whole page in Traditional script (OpenCC s2t, as
  make_realworld2.py does for its Traditional pages), as 繁體 switches and
  converted mirrors serve it; `script` is relabelled `traditional`
  (report-format.md: `script` as found); every other label is the base's
  (agency names are labelled in Simplified).

Found by probing every dev annual report with these and other
transformations (tables flattened to one cell per line, rows as text lines,
GBK with a meta charset, headings renumbered, TRS wrappers, `<br>` bodies),
which changed no field; see the README's rw11 section. The ten
`layout_table` pages were added in a second label commit, after the rules for
the first 26 and before any rule for layout tables; the two `padded_*`
pages in a third, after the layout rule and before the padding rule; the
eight `hard_wrapped` pages in a fourth, before any rule for them.

Usage: python3 crates/extract/scripts/make_realworld_dev11.py
"""
import json
import os
import re

import opencc

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "tests", "realworld", "dev")
S2T = opencc.OpenCC("s2t")
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def body_text_map(page, fn):
    """Apply fn to the text between tags of the <body>, never to a tag."""
    i = page.find("<body")
    assert i >= 0
    parts = re.split(r"(<[^>]+>)", page[i:])
    return page[:i] + "".join(p if p.startswith("<") else fn(p) for p in parts)


def fullwidth(page):
    return body_text_map(page, lambda s: s.translate(FW))


def fullwidth_counts(page):
    count = re.compile(r"(?<![\d.\-/:])\d+(?![\d.年月日\-/:])")
    return body_text_map(page, lambda s: count.sub(lambda m: m.group(0).translate(FW), s))


def padded_nbsp(page):
    return body_text_map(page, lambda s: re.sub(r"\d+", lambda m: "&nbsp;" + m.group(0) + "&nbsp;", s))


def padded_ideographic(page):
    return body_text_map(page, lambda s: re.sub(r"\d+", lambda m: "\u3000" + m.group(0) + "\u3000", s))


def own_title(page):
    m = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S) or re.search(r"<title>(.*?)</title>", page, re.S)
    return re.sub(r"<[^>]+>", "", m.group(1)).strip()


def column_heading(page):
    real = own_title(page)
    page, n = re.subn(r"<title>.*?</title>", "<title>当前位置：首页 > 政务公开 > 年度报告</title>", page, count=1, flags=re.S)
    assert n == 1
    block = f'<h1>年度报告</h1>\n<p style="text-align:center"><strong>{real}</strong></p>'
    if re.search(r"<h1[^>]*>.*?</h1>", page, re.S):
        page = re.sub(r"<h1[^>]*>.*?</h1>", lambda m: block, page, count=1, flags=re.S)
    else:
        page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + block, page, count=1)
    return page


def layout_table(page):
    i = page.find("<body")
    k = page.find(">", i) + 1
    j = page.rfind("</body>")
    menu = '<td width="200" valign="top"><a href="#">首页</a><br><a href="#">政务公开</a><br><a href="#">年度报告</a></td>'
    return (page[:k] + '\n<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>' + menu
            + '<td valign="top">' + page[k:j] + "</td></tr></table>\n" + page[j:])


def hard_wrapped(page):
    def wrap(m):
        text = m.group(2)
        if len(text) <= 28:
            return m.group(0)
        out, i = [], 0
        while len(text) - i > 28:
            cut = i + 28
            while cut > i + 1 and text[cut - 1].isdigit() and text[cut].isdigit():
                cut -= 1
            out.append(text[i:cut])
            i = cut
        out.append(text[i:])
        return m.group(1) + "<br>\n".join(out) + "</p>"

    return re.sub(r"(<p>)([^<]*)</p>", wrap, page)


def traditional(page):
    return S2T.convert(page)


TRANSFORMS = {
    "fullwidth": fullwidth,
    "fullwidth_counts": fullwidth_counts,
    "padded_nbsp": padded_nbsp,
    "padded_ideographic": padded_ideographic,
    "column_heading": column_heading,
    "layout_table": layout_table,
    "hard_wrapped": hard_wrapped,
    "traditional": traditional,
}

# (base case, transformation); the new case is rw11_<base>_<transformation>
VARIANTS = [
    ("chuzhou_2019", "fullwidth"),
    ("beijing_2022", "fullwidth"),
    ("cangnan_2011_posted_2020", "fullwidth"),
    ("qujing_2023", "fullwidth"),
    ("rw2_pingjiang_2020", "fullwidth"),
    ("rw5_liaoning_2020_table_split", "fullwidth"),
    ("rw6_luan_2019_spam_mirror", "fullwidth"),
    ("rw7_lezhi_2023_yu_total_zero_requests", "fullwidth"),
    ("rw8_hejiang_2023_county_bureau_no_fenju", "fullwidth"),
    ("rw9_daxing_2012_dates_unseparated", "fullwidth"),
    ("rw8_hejiang_2023_county_bureau_no_fenju", "fullwidth_counts"),
    ("beijing_2017", "column_heading"),
    ("changchun_2012", "column_heading"),
    ("jiaxing_2009_newname_site", "column_heading"),
    ("wuyi_2009_no_agency_title", "column_heading"),
    ("rw3_panzhihua_2020_mirror", "column_heading"),
    ("rw4_anqiu_2017_no_figures", "column_heading"),
    ("rw4_wulanhaote_2019_city_branch", "column_heading"),
    ("rw5_nanchang_county_2009_mirror", "column_heading"),
    ("rw6_dingzhou_2014_newspaper_repost", "column_heading"),
    ("rw7_weiyang_2021_kinds_requests_by_people", "column_heading"),
    ("rw8_xizang_2016_niandu_baogao_basic_situation", "column_heading"),
    ("rw9_shenyang_2016_valid_items_excluding_realtime", "column_heading"),
    ("qujing_2023", "layout_table"),
    ("dezhou_2023_flipbook_page4", "layout_table"),
    ("rw3_jinghe_2025_branch", "layout_table"),
    ("rw4_maguan_2023_branch_table2", "layout_table"),
    ("rw4_qingpu_2013_cumulative_and_new", "layout_table"),
    ("rw4_wulanhaote_2019_city_branch", "layout_table"),
    ("rw5_shenzhen_2022_carried_beside", "layout_table"),
    ("rw7_lezhi_2023_yu_total_zero_requests", "layout_table"),
    ("rw8_honghe_2023_year_column_index", "layout_table"),
    ("rw9_linli_2015_year_first_title", "layout_table"),
    ("rw8_hejiang_2023_county_bureau_no_fenju", "padded_nbsp"),
    ("rw8_hejiang_2023_county_bureau_no_fenju", "padded_ideographic"),
    ("rw7_lezhi_2023_yu_total_zero_requests", "hard_wrapped"),
    ("rw4_maguan_2023_branch_table2", "hard_wrapped"),
    ("rw5_nanchang_county_2009_mirror", "hard_wrapped"),
    ("rw10_linyi_2013_column_title_news_media", "hard_wrapped"),
    ("wuyi_2009_no_agency_title", "hard_wrapped"),
    ("rw7_jiulongpo_2024_trad_total_two_channels", "hard_wrapped"),
    ("rw6_hechuan_2021_title_two_lines", "hard_wrapped"),
    ("rw4_wulanhaote_2021_chinese_numerals", "hard_wrapped"),
    ("chuzhou_2019", "traditional"),
    ("rw6_hechuan_2021_title_two_lines", "traditional"),
    ("rw10_qingyuan_2014_column_title_news_media", "traditional"),
]


def main():
    for base, how in VARIANTS:
        page = open(os.path.join(DEV, base + ".html"), encoding="utf-8").read()
        meta = json.load(open(os.path.join(DEV, base + ".json"), encoding="utf-8"))
        assert meta["expected"]["doc_type"] == "annual_report", base
        new = TRANSFORMS[how](page)
        assert new != page, (base, how)
        note = f"Metamorphic variant of {base} ({how}, see make_realworld_dev11.py). Labels are the base page's"
        if how == "traditional":
            meta["expected"]["script"] = "traditional"
            note += ", except script (traditional, as found)"
        meta["notes"] = note + ". Base notes: " + meta.get("notes", "")
        name = f"rw11_{base.removeprefix('rw2_').removeprefix('rw3_').removeprefix('rw4_').removeprefix('rw5_').removeprefix('rw6_').removeprefix('rw7_').removeprefix('rw8_').removeprefix('rw9_').removeprefix('rw10_')}_{how}"
        with open(os.path.join(DEV, name + ".html"), "w", encoding="utf-8") as f:
            f.write(new)
        with open(os.path.join(DEV, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print({"rw11": len(VARIANTS)})


if __name__ == "__main__":
    main()
