#!/usr/bin/python3
"""Build the document-form fixtures of crates/extract/tests/documents/ with real tools.

Every form a report comes in is produced the way a bureau would produce it:
HTML written here -> LibreOffice headless (`soffice --headless --convert-to
doc|docx|pdf`) -> the Word 97 binary, OOXML and text-PDF forms; a scan is the
LibreOffice PDF rasterised by poppler's `pdftoppm`, skewed and noised with
PIL and rebuilt as an image-only PDF with `img2pdf`. Labels (the eval format
of src/eval.rs) are written beside each file.

Needs: soffice (libreoffice-writer), pdftoppm (poppler-utils), img2pdf, and
the system python3 with PIL (python3-pil, pulled in by img2pdf).
Run: /usr/bin/python3 crates/extract/scripts/make_doc_fixtures.py

No genuine Kingsoft WPS writer exists on Linux package registries, so the
`.wps` case is the Word 97 bytes served under a `.wps` URL with WPS's content
type, which is what the extractor can tell apart (WPS 2005+ writes the same
OLE2 `WordDocument` layout).
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "documents")

ROWS_PROACTIVE = """
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>1</td><td>0</td><td>9</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>27</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1024</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">215</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">12.35</td></tr>
</table>
"""

# (group, label, values[7]) in the GB 2021 order; every cell printed (no blanks).
RESULT_ROWS = [
    ("三、本年度办理结果", "（一）予以公开", [3, 0, 0, 0, 0, 0, 3]),
    ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [0] * 7),
    ("（三）不予公开", "1.属于国家秘密", [0] * 7),
    ("", "2.其他法律行政法规禁止公开", [0] * 7),
    ("", "3.危及“三安全一稳定”", [0] * 7),
    ("", "4.保护第三方合法权益", [0] * 7),
    ("", "5.属于三类内部事务信息", [0] * 7),
    ("", "6.属于四类过程性信息", [0] * 7),
    ("", "7.属于行政执法案卷", [0] * 7),
    ("", "8.属于行政查询事项", [0] * 7),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", [1, 0, 0, 0, 0, 0, 1]),
    ("", "2.没有现成信息需要另行制作", [0] * 7),
    ("", "3.补正后申请内容仍不明确", [0] * 7),
    ("（五）不予处理", "1.信访举报投诉类申请", [0] * 7),
    ("", "2.重复申请", [0] * 7),
    ("", "3.要求提供公开出版物", [0] * 7),
    ("", "4.无正当理由大量反复申请", [0] * 7),
    ("", "5.要求行政机关确认或重新出具已获取信息", [0] * 7),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("", "3.其他", [0] * 7),
    ("", "（七）总计", [4, 0, 0, 0, 0, 0, 4]),
]


def tds(vals, blank=None):
    # Some rows leave a cell blank, as many bureaus print them: a printed
    # blank is a null cell, not a missing one.
    return "".join(f"<td>{'' if i == blank else v}</td>" for i, v in enumerate(vals))


def requests_table(label_width):
    # A narrow label column makes long labels wrap over two or three lines in the PDF.
    w = f' width="{label_width}"' if label_width else ""
    rows = [
        '<table border="1" cellpadding="3" style="border-collapse:collapse">',
        "<tr><td colspan=\"2\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        "<td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>",
        f"<tr><td colspan=\"2\"{w}>一、本年新收政府信息公开申请数量</td>{tds([4, 0, 0, 0, 0, 0, 4], blank=4)}</tr>",
        f"<tr><td colspan=\"2\">二、上年结转政府信息公开申请数量</td>{tds([0] * 7)}</tr>",
    ]
    for group, label, vals in RESULT_ROWS:
        blank = 4 if label == "（一）予以公开" else None
        rows.append(f"<tr><td>{group}</td><td{w}>{label}</td>{tds(vals, blank)}</tr>")
    rows.append(f"<tr><td colspan=\"2\">四、结转下年度继续办理</td>{tds([0] * 7)}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


REVIEW = """
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
"""

INTRO = (
    "<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"
    "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>"
    "<p>一、总体情况</p>"
    "<p>2021年，保定市生态环境局认真贯彻落实《条例》，全年主动公开政府信息 528 条，"
    "收到政府信息公开申请 4 件。</p>"
)


def gb2021_html(label_width=None, filler=0, two_column=False):
    parts = [
        "<html><head><meta charset=\"utf-8\"><title>保定市生态环境局2021年政府信息公开工作年度报告</title></head><body>",
        "<h1>保定市生态环境局2021年政府信息公开工作年度报告</h1>",
        INTRO,
    ]
    if two_column:
        left = "".join(f"<p>左栏第{i}段：政务公开平台建设持续推进，信息发布更加及时规范。</p>" for i in range(1, 4))
        right = "".join(f"<p>右栏第{i}段：依申请公开办理流程进一步优化，答复质量稳步提高。</p>" for i in range(1, 4))
        parts.append(
            '<table border="0" cellpadding="0" width="100%"><tr>'
            f'<td width="47%" valign="top">{left}</td><td width="6%"></td><td width="47%" valign="top">{right}</td>'
            "</tr></table>"
        )
    for i in range(filler):
        parts.append(f"<p>（{i + 1}）持续加强政务公开标准化规范化建设，围绕生态环境保护重点工作及时发布权威信息，回应社会关切。</p>")
    parts += [
        "<p>二、主动公开政府信息情况</p>",
        ROWS_PROACTIVE,
        "<p>三、收到和处理政府信息公开申请情况</p>",
        requests_table(label_width),
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>",
        REVIEW,
        "<p>五、存在的主要问题及改进情况</p><p>信息公开的及时性有待提高。</p>",
        "<p>保定市生态环境局</p><p>2022年1月18日</p>",
        "</body></html>",
    ]
    return "\n".join(parts)


NARRATIVE_2012 = """<html><head><meta charset="utf-8"><title>临澧县环境保护局2012年政府信息公开工作年度报告</title></head><body>
<p>临澧县环境保护局2012年政府信息公开工作年度报告</p>
<p>根据《中华人民共和国政府信息公开条例》规定，现将我局2012年政府信息公开工作情况报告如下。</p>
<p>一、主动公开政府信息情况</p>
<p>全年共主动公开政府信息 312 条，其中环评审批信息 120 条。</p>
<p>二、依申请公开政府信息情况</p>
<p>全年共受理依申请公开 5 件，均已按时答复，其中予以公开 4 件。</p>
<p>三、行政复议和行政诉讼情况</p>
<p>全年未发生因政府信息公开引起的行政复议和行政诉讼。</p>
<p>四、存在的问题及改进措施</p>
<p>信息更新不够及时。</p>
<p>临澧县环境保护局</p>
<p>2013年3月25日</p>
</body></html>
"""

SCAN_2014 = """<html><head><meta charset="utf-8"><title>株洲市环境保护局2014年政府信息公开工作年度报告</title></head><body>
<p style="font-size:16pt">株洲市环境保护局2014年政府信息公开工作年度报告</p>
<p style="font-size:12pt">根据《中华人民共和国政府信息公开条例》规定，现将我局2014年政府信息公开工作情况报告如下。</p>
<p style="font-size:12pt">一、主动公开政府信息情况</p>
<p style="font-size:12pt">全年共主动公开政府信息652条。</p>
<p style="font-size:12pt">二、依申请公开政府信息情况</p>
<p style="font-size:12pt">全年共受理依申请公开3件，均已按时答复，其中予以公开3件。</p>
<p style="font-size:12pt">三、行政复议和行政诉讼情况</p>
<p style="font-size:12pt">全年未发生因政府信息公开引起的行政复议和行政诉讼。</p>
<p style="font-size:9pt">全年办理人大建议和政协提案共17件，均已按期办结。</p>
<p style="font-size:12pt">株洲市环境保护局</p>
<p style="font-size:12pt">2015年3月20日</p>
</body></html>
"""

SCAN_TRAD = """<html><head><meta charset="utf-8"><title>廣東省生態環境廳2019年政府信息公開工作年度報告</title></head><body>
<p style="font-size:16pt">廣東省生態環境廳2019年政府信息公開工作年度報告</p>
<p style="font-size:12pt">二〇一九年，本廳依據《條例》規定開展政府資訊公開工作。</p>
<p style="font-size:12pt">全年主動公開政府信息860條。</p>
<p style="font-size:12pt">全年受理依申請公開12件。</p>
<p style="font-size:12pt">未發生行政複議及行政訴訟。</p>
</body></html>
"""

# A report page published as page images (图片版): two pages, the figures on the
# second, so only reading the images in page order gives every field.
PAGES_2016 = """<html><head><meta charset="utf-8"><title>湘潭市环境保护局2016年政府信息公开工作年度报告</title></head><body>
<p style="font-size:16pt">湘潭市环境保护局2016年政府信息公开工作年度报告</p>
<p style="font-size:12pt">根据《中华人民共和国政府信息公开条例》规定，现将我局2016年政府信息公开工作情况报告如下。</p>
<p style="font-size:12pt">一、概述</p>
<p style="font-size:12pt">2016年，我局坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。</p>
<p style="font-size:12pt">二、主动公开政府信息情况</p>
<p style="font-size:12pt">全年共主动公开政府信息418条，其中环评审批信息156条。</p>
<p style="page-break-before:always;font-size:12pt">三、依申请公开政府信息情况</p>
<p style="font-size:12pt">全年共受理依申请公开7件，均已按时答复，其中予以公开6件。</p>
<p style="font-size:12pt">四、行政复议和行政诉讼情况</p>
<p style="font-size:12pt">全年发生因政府信息公开引起的行政复议1件，行政诉讼0件。</p>
<p style="font-size:12pt">湘潭市环境保护局</p>
<p style="font-size:12pt">2017年3月20日</p>
</body></html>
"""

GB2021_EXPECTED = {
    "doc_type": "annual_report",
    "agency": "保定市生态环境局",
    "province": "河北省",
    "report_year": 2021,
    "format": "gb2021",
    "requests_received": 4,
    "requests_granted": 3,
    "reconsiderations": 0,
    "lawsuits": 2,
    "consistency": "ok",
}
GB2021_CELLS = [
    ["proactive", "normative_docs", "in_force", "27"],
    ["proactive", "licensing", "decisions", "1024"],
    ["proactive", "fees", "amount_10k_yuan", "12.35"],
    ["requests", "new", "total", "4"],
    ["requests", "new", "legal_service", None],
    ["requests", "granted", "legal_service", None],
    ["requests", "granted", "other_org", "0"],
    ["requests", "denied_third_party", "total", "0"],
    ["requests", "unable_not_held", "natural_person", "1"],
    ["requests", "other_unpaid_fee", "total", "0"],
    ["requests", "total", "total", "4"],
    ["review", "count", "direct_suit_total", "2"],
]


# Writer (not Writer/Web) must import the HTML, or no Word/PDF export filter applies.
FILTERS = {"doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export"}


def soffice(html_path, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", FILTERS[fmt],
         "--outdir", outdir, html_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )
    base = os.path.splitext(os.path.basename(html_path))[0]
    return os.path.join(outdir, f"{base}.{fmt}")


def write_case(name, file, url, content_type, expected, cells=None):
    spec = {"url": url, "content_type": content_type, "expected": expected, "file": file}
    if cells:
        spec["cells"] = cells
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def scan_pages(pdf, tmp, dpi=200, skew=0.6, seed=7, first=1, last=1, quality=70):
    """Rasterise pages first..last, skew, speckle and blur them as a photocopier
    and scanner would, and save each as a JPEG; the JPEG paths in page order."""
    from PIL import Image, ImageFilter

    prefix = os.path.join(tmp, f"pg{seed}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(first), "-l", str(last), pdf, prefix],
                   check=True)
    pages = sorted(p for p in os.listdir(tmp) if p.startswith(f"pg{seed}-") and p.endswith(".pgm"))
    rnd = random.Random(seed)
    out = []
    for i, page in enumerate(pages):
        img = Image.open(os.path.join(tmp, page)).convert("L")
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 3000):  # salt-and-pepper specks, as on a photocopy
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 90, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.3))
        jpg = os.path.join(tmp, f"scan{seed}-{i + 1}.jpg")
        img.save(jpg, "JPEG", quality=quality, dpi=(dpi, dpi))
        out.append(jpg)
    return out


def scan(pdf, out_pdf, tmp, dpi=200, skew=0.6, seed=7, last=1):
    jpgs = scan_pages(pdf, tmp, dpi=dpi, skew=skew, seed=seed, last=last)
    subprocess.run(["img2pdf", "--output", out_pdf] + jpgs, check=True)


def main():
    # `make_doc_fixtures.py pages_2016 scan_gb2021_tables` rebuilds only those (LibreOffice
    # output differs run to run, so the committed others stay byte for byte).
    only = set(sys.argv[1:]) or {"all"}
    want = lambda name: "all" in only or name in only  # noqa: E731
    for tool in ("soffice", "pdftoppm", "img2pdf"):
        if shutil.which(tool) is None:
            sys.exit(f"make_doc_fixtures: {tool} is not installed")
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        def html(name, text):
            p = os.path.join(tmp, f"{name}.html")
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            return p

        base = "http://sthjj.baoding.gov.cn.test/xxgk/ndbg/2022/"
        if want("gb2021_tables"):
            # Word 97-2003 and OOXML with real table grids.
            src = html("gb2021", gb2021_html())
            for fmt, ct in (("doc", "application/msword"),
                            ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")):
                out = soffice(src, fmt, tmp)
                shutil.copy(out, os.path.join(OUT, f"gb2021_tables.{fmt}"))
                exp = dict(GB2021_EXPECTED, text_status="ok", text_source=fmt)
                write_case(f"gb2021_tables_{fmt}", f"gb2021_tables.{fmt}", base + f"P0201.{fmt}", ct, exp, GB2021_CELLS)
        if want("gb2021_tables"):
            # The same bytes served as a Kingsoft WPS file.
            write_case("gb2021_tables_wps", "gb2021_tables.doc", base + "P0201.wps", "application/kswps",
                       dict(GB2021_EXPECTED, text_status="ok", text_source="wps"), GB2021_CELLS)
        if want("gb2021_pagebreak"):
            # Text PDF: spaced figures, a two-column block, tables across a page break, wrapped labels.
            src = html("gb2021_pdf", gb2021_html(label_width=90, filler=14, two_column=True))
            out = soffice(src, "pdf", tmp)
            shutil.copy(out, os.path.join(OUT, "gb2021_pagebreak.pdf"))
            write_case("gb2021_pagebreak_pdf", "gb2021_pagebreak.pdf", base + "P0202.pdf", "application/pdf",
                       dict(GB2021_EXPECTED, text_status="ok", text_source="pdf_text", proactive_total=528),
                       GB2021_CELLS)
        if want("narrative_2012"):
            # 2008-2015 narrative in Word 97.
            src = html("narrative2012", NARRATIVE_2012)
            out = soffice(src, "doc", tmp)
            shutil.copy(out, os.path.join(OUT, "narrative_2012.doc"))
            write_case("narrative_2012_doc", "narrative_2012.doc",
                       "http://www.linli.gov.cn.test/zwgk/hbj/ndbg/W020130325.doc", "application/msword",
                       {"text_status": "ok", "text_source": "doc", "doc_type": "annual_report",
                        "agency": "临澧县环境保护局", "province": "湖南省", "report_year": 2012,
                        "format": "narrative", "proactive_total": 312, "requests_received": 5,
                        "requests_granted": 4, "reconsiderations": 0, "lawsuits": 0})
        if want("scan_2014"):
            # Scan: image-only PDF (skewed, noisy, JPEG) of a narrative report.
            src = html("scan2014", SCAN_2014)
            out = soffice(src, "pdf", tmp)
            scan(out, os.path.join(OUT, "scan_2014.pdf"), tmp)
            write_case("scan_2014_pdf", "scan_2014.pdf",
                       "http://sthjj.zhuzhou.gov.cn.test/xxgk/ndbg/P020150320.pdf", "application/pdf",
                       {"text_status": "ok", "text_source": "ocr", "doc_type": "annual_report",
                        "agency": "株洲市环境保护局", "province": "湖南省", "report_year": 2014,
                        "proactive_total": 652, "requests_received": 3, "requests_granted": 3})
        if want("scan_trad_2019"):
            # Scan printed in Traditional characters: read again with chi_tra.
            src = html("scantrad", SCAN_TRAD)
            out = soffice(src, "pdf", tmp)
            scan(out, os.path.join(OUT, "scan_trad_2019.pdf"), tmp, skew=-0.4, seed=11)
            write_case("scan_trad_2019_pdf", "scan_trad_2019.pdf",
                       "http://gdee.gd.gov.cn.test/gkmlpt/content/2/2890/P020200301.pdf", "application/pdf",
                       {"text_status": "ok", "text_source": "ocr", "doc_type": "annual_report",
                        "agency": "广东省生态环境厅", "province": "广东省", "script": "traditional",
                        "report_year": 2019, "proactive_total": 860, "requests_received": 12})
        # A report page whose body is page images: two skewed, speckled JPEG pages.
        if want("pages_2016"):
            src = html("pages2016", PAGES_2016)
            out = soffice(src, "pdf", tmp)
            for i, jpg in enumerate(scan_pages(out, tmp, dpi=150, skew=-0.5, seed=13, last=2, quality=60)):
                shutil.copy(jpg, os.path.join(OUT, f"pages_2016_p{i + 1}.jpg"))
        # The GB 2021 tables scanned: the page levelled by its rules, the ruled tables cut
        # into cells and every figure cell read alone (documents/grid.rs). Labelled like
        # the other renderings, and its 200 cells must equal the DOCX's.
        if want("scan_gb2021_tables"):
            src = html("gb2021scan", gb2021_html())
            out = soffice(src, "pdf", tmp)
            scan(out, os.path.join(OUT, "scan_gb2021_tables.pdf"), tmp, skew=0.3, seed=17, last=9)
            write_case("scan_gb2021_tables_pdf", "scan_gb2021_tables.pdf", base + "P0203.pdf", "application/pdf",
                       dict(GB2021_EXPECTED, text_status="ok", text_source="ocr", proactive_total=528),
                       GB2021_CELLS)
    for f in sorted(os.listdir(OUT)):
        if "all" not in only and not any(f.startswith(o) for o in only):
            continue
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
