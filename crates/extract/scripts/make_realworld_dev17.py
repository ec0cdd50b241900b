#!/usr/bin/env python3
"""Write the seventeenth development batch: tests/realworld/dev/rw17_*.

Metamorphic variants of existing dev reports, a third round after rw11
(make_realworld_dev11.py) and rw12 (make_realworld_dev12.py): each page is an
existing dev annual report (real source, see its `source`) put through one
transformation that real sites, editors, converters and scrapers apply and
that cannot change what the report says, so each keeps its base page's labels
(a fact the transformation removes, e.g. a date only in the site's index
block, is dropped from the labels and said in `notes`):

- `gbk_wronghdr`: the page saved in GBK, its `<meta>` saying gb2312, served
  with a `Content-Type: text/html; charset=utf-8` header (a server default
  left over a CMS migration: the header lies, the page does not).
- `gbk_wrongmeta`: the page saved in GBK while its template's `<meta>` still
  says utf-8, served with no charset in the header.
- `gbk_nometa`: GBK with no declaration anywhere (guard: detection).
- `zwsp`: invisible format characters inside figures and words, as rich-text
  editors (UEditor's U+200B fill character, pasted web text) leave them:
  `&#8203;` between the digits of every figure, U+200B/U+200C/U+FEFF/`&shy;`
  inside 政府信息, 年度报告, 依申请, 行政复议, 行政诉讼, 主动公开, 生态环境.
- `markdown`: a Markdown copy of the article (pandoc style: `# title`,
  `## ` for short numbered headings, pipe tables with a `|---|` rule,
  Markdown punctuation escaped) served as `text/plain`, the text in a `.txt`
  named by `file`; the site's chrome and index block are not in it.
- `wechat`: the report as a WeChat 公众号 article page (`rich_media_title`
  `<h1>`, the account name and `publish_time` in `rich_media_meta_list`, the
  text in `<section>`s with inline styles inside `#js_content`, tables with
  `<section>` cells, 阅读原文 / 微信扫一扫 / 继续滑动看下一个 chrome). The
  account is named after the bureau (眉山生态环境, 清远环境保护); `publish_time` is the
  base's published date (empty where the base has none).
- `pdf2html`: the report as pdf2htmlEX renders its PDF: every visual line an
  absolutely positioned `<div class="t m0 x.. h.. y..">`, paragraphs wrapped at
  26-28 characters (words and figures cut where the line ends), each table row
  a line whose cells are separated by empty gap spans `<span class="_ _4">`
  (long cells wrapped onto continuation lines), pages `<div class="pf">` with
  a `— N —` page number, `<title>` from the PDF's metadata (the report title).
- guards, which the probe found harmless and which should stay so:
  `word_lists` (Word paste with `<![if !supportLists]>` list markers,
  `mso-list:Ignore` spans, `<o:p>&nbsp;</o:p>` spacer paragraphs, a
  `<!--[if gte mso 9]><xml>` head), `print` (a CMS print view: 打印本页 /
  关闭窗口 above and below, the title twice, the body in a layout table),
  `reader` (Firefox Reader View output), `br_only` (no `<p>`: text runs and
  `<br><br>` inside one `<font>`), `div_grid` (tables as `display:table`
  `<div>` grids), `ul_rows` (tables as `<ul><li><span>` rows), `strong_font`
  (figures split into `<font color><strong>` fragments).

Found by probing every dev annual report with these transformations (see the
README's rw17 section for the probe table).

Usage: python3 crates/extract/scripts/make_realworld_dev17.py
"""
import html as H
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "tests", "realworld", "dev")
COUNTS = ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits")


def body_map(p, fn):
    i = p.find("<body")
    parts = re.split(r"(<[^>]+>)", p[i:])
    return p[:i] + "".join(x if x.startswith("<") else fn(x) for x in parts)

def txt(s):
    return re.sub(r"\s+", " ", H.unescape(re.sub(r"<[^>]+>", "", s))).strip()

def own_title(page):
    """The report's own title: the first <h1> naming a report (a site may print its
    accessibility bar or column name in an <h1> above it), else the first <h1>, else <title>."""
    heads = [txt(h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)]
    named = [h for h in heads if re.search(r"报告|年报|報告|年報", h)]
    if named or heads:
        return (named or heads)[0]
    m = re.search(r"<title>(.*?)</title>", page, re.S)
    return txt(m.group(1))

def grid_of(t):
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", t, re.S)
    return [[txt(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)] for r in rows]

FOOT = re.compile(r"主办单位|版权所有|网站地图|ICP|联系我们|承办单位|网站标识码")
def items(page, chrome=True):
    """Visible blocks of the body in order: ('h1'|'p', text) or ('table', grid)."""
    i = page.find("<body"); j = page.rfind("</body>")
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page[i:j], flags=re.S)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    out = []
    toks = re.split(r"(<table\b.*?</table>)", body, flags=re.S)
    for t in toks:
        if t.startswith("<table"):
            g = grid_of(t)
            if g: out.append(("table", g))
            continue
        t = re.sub(r"<h1[^>]*>(.*?)</h1>", lambda m: "\n\x01" + txt(m.group(1)) + "\n", t, flags=re.S)
        t = re.sub(r"<br\s*/?>|</?(p|h\d|div|li|tr|ul|ol|section|article|td)\b[^>]*>", "\n", t)
        for l in H.unescape(re.sub(r"<[^>]+>", "", t)).split("\n"):
            l = re.sub(r"[ \t\r]+", " ", l).strip()
            if not l: continue
            out.append(("h1", l[1:]) if l.startswith("\x01") else ("p", l))
    if not chrome:
        k = next((n for n, it in enumerate(out) if it[0] == "h1"), None)
        if k is not None: out = out[k:]
        e = next((n for n, it in enumerate(out) if it[0] == "p" and FOOT.search(it[1]) and n > 2), None)
        if e is not None: out = out[:e]
    return out

def head_title(page):
    m = re.search(r"<title>(.*?)</title>", page, re.S)
    return m.group(1) if m else ""

# 1. Word paste with list markers, conditional comments, single-quoted mso styles
WHEAD = ("<!--[if gte mso 9]><xml>\n<w:WordDocument>\n<w:View>Normal</w:View>\n<w:Zoom>0</w:Zoom>\n"
         "<w:PunctuationKerning/>\n<w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n"
         "</w:WordDocument>\n</xml><![endif]-->\n<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:仿宋_GB2312;\n"
         "\tpanose-1:2 1 6 9 3 1 1 1 1 1;\n\tmso-font-charset:134;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-parent:\"\";\n"
         "\tmargin:0cm;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n\tfont-family:\"Times New Roman\";}\n-->\n</style>\n")
HEADM = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．])")
def wspan(s):
    s = H.escape(s, quote=False)
    s = re.sub(r"(\d)(\d)", r"\1</span><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:仿宋_GB2312'>\2", s)
    for w in ("政府信息", "依申请", "行政复议", "行政诉讼", "主动公开", "年度报告"):
        s = s.replace(w, w[:2] + "</span><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>" + w[2:])
    return "<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>" + s + "</span>"
def t_word_lists(p):
    i = p.find("<body")
    head = p[:i].replace("</head>", WHEAD + "</head>")
    body = p[i:]
    n = [0]
    def para(m):
        inner = m.group(2)
        if "<table" in inner or "<img" in inner: return m.group(0)
        t = txt(inner)
        if not t: return m.group(0)
        hm = HEADM.match(t)
        if hm:
            n[0] += 1
            mark = hm.group(0)
            return ("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;mso-list:l0 level1 lfo1'>"
                    "<![if !supportLists]><span style='font-size:16.0pt;font-family:黑体;mso-fareast-font-family:黑体'><span style='mso-list:Ignore'>"
                    + mark + "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                    + wspan(t[len(mark):].lstrip()) + "<o:p></o:p></p>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
                "<span lang=EN-US style='font-size:16.0pt'>&nbsp;&nbsp;&nbsp; </span>" + wspan(t) + "<o:p></o:p></p>")
    # only article paragraphs (p and h2-h6), keep h1 and chrome divs
    body = re.sub(r"<(p|h[2-6])(?:\s[^>]*)?>(.*?)</\1>", para, body, flags=re.S)
    body = re.sub(r"<table(?![^>]*xxgk)([^>]*)>", r"<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'\1>", body)
    def cell(m):
        t = txt(m.group(3))
        if "<table" in m.group(3): return m.group(0)
        return (m.group(1) + "<p class=MsoNormal align=center style='text-align:center;line-height:20.0pt;mso-line-height-rule:exactly'>"
                + (wspan(t) if t else "<span lang=EN-US><o:p>&nbsp;</o:p></span>") + "<o:p></o:p></p>" + m.group(4))
    body = re.sub(r"(<(t[dh])[^>]*>)(.*?)(</\2>)", cell, body, flags=re.S)
    return head + body if n[0] else None

# 2. pdf2htmlEX
def wrapline(s, w):
    return [s[k:k + w] for k in range(0, len(s), w)] or [""]
def t_pdf2html(p):
    its = items(p, chrome=False)
    if not its: return None
    lines = []  # html of each div
    def add(html, cls):
        lines.append((html, cls))
    for kind, v in its:
        if kind == "h1":
            for l in wrapline(v, 22): add(H.escape(l), "x2 h3 ff2 fs1")
        elif kind == "p":
            first = True
            for l in wrapline(v, 28 if not first else 26):
                add(H.escape(l), "x3 h4 ff1 fs2" if first else "x1 h4 ff1 fs2"); first = False
        else:
            for row in v:
                chunks = [wrapline(c, 9) for c in row]
                depth = max(len(c) for c in chunks)
                for d in range(depth):
                    segs = [H.escape(c[d]) if d < len(c) else "" for c in chunks]
                    html = '<span class="_ _4"></span>'.join(segs)
                    add(html, "x4 h5 ff1 fs3")
    out = []
    page_no = 1
    per = 34
    for k in range(0, len(lines), per):
        out.append(f'<div id="pf{page_no:x}" class="pf w0 h0" data-page-no="{page_no:x}"><div class="pc pc{page_no:x} w0 h0">'
                   f'<img class="bi x0 y0 w1 h1" alt="" src="bg{page_no:x}.png"/>')
        for n, (html, cls) in enumerate(lines[k:k + per]):
            out.append(f'<div class="t m0 {cls} y{(k + n) % 97 + 1:x} fc0 sc0 ls0 ws0">{html}</div>')
        out.append(f'<div class="t m0 x5 h6 y{99:x} ff3 fs4 fc0 sc0 ls0 ws0">— {page_no} —</div>')
        out.append('</div><div class="pi" data-data=\'{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}\'></div></div>')
        page_no += 1
    title = own_title(p)
    return ('<!DOCTYPE html>\n<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8"/>\n'
            '<meta name="generator" content="pdf2htmlEX"/>\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>\n'
            '<style type="text/css">.ff1{font-family:ff1;line-height:1.050000;}.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}'
            '.x1{left:90.000000px;}.x3{left:122.000000px;}.y1{bottom:1012.500000px;}.h4{height:31.500000px;}</style>\n'
            '<script>try{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});}catch(e){}</script>\n'
            f'<title>{H.escape(title)}</title>\n</head>\n<body>\n<div id="sidebar"><div id="outline"></div></div>\n<div id="page-container">\n'
            + "\n".join(out) + '\n</div>\n<div class="loading-indicator"></div>\n</body>\n</html>\n')

# 3. WeChat article copy
def mp_name(agency):
    """The account's name, the bureau's short name as 公众号 are named (清远环境保护,
    眉山生态环境; a branch by its own place: 盘州生态环境)."""
    m = re.search(r"局(.+?)(?:区|县|市)?分局$", agency)
    if m:
        return m.group(1) + "生态环境"
    return re.sub(r"局$", "", agency.replace("市", "", 1)) or "生态环境"

def t_wechat(p, pub="", agency=""):
    its = items(p, chrome=False)
    if not its: return None
    title = own_title(p)
    body = []
    for kind, v in its:
        if kind == "h1": continue
        if kind == "p":
            if HEADM.match(v):
                body.append('<section style="margin: 10px 0px;"><section style="display: inline-block;border-bottom: 2px solid rgb(0, 128, 96);"><p style="text-align: left;"><strong><span style="font-size: 16px;color: rgb(0, 128, 96);">' + H.escape(v) + '</span></strong></p></section></section>')
            else:
                body.append('<section style="line-height: 1.75em;"><p style="text-indent: 2em;line-height: 1.75em;margin-bottom: 15px;"><span style="font-size: 15px;letter-spacing: 1px;font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">' + H.escape(v) + '</span></p></section>')
        else:
            rows = "".join("<tr>" + "".join('<td width="80" valign="middle" style="border-color: rgb(0, 0, 0);word-break: break-all;"><section style="text-align: center;"><span style="font-size: 12px;">' + H.escape(c) + "</span></section></td>" for c in r) + "</tr>" for r in v)
            body.append('<section style="overflow-x: auto;"><table data-sort="sortDisabled"><tbody>' + rows + "</tbody></table></section>")
    name = mp_name(agency)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">\n'
            f'<meta property="og:title" content="{H.escape(title)}"><meta property="og:type" content="article">\n<title>{H.escape(title)}</title>\n'
            '<script>var nickname = htmlDecode("' + name + '"); var ct = "1700000000";</script></head>\n'
            '<body id="activity-detail" class="zh_CN wx_wap_page">\n<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">\n'
            f'<h1 class="rich_media_title" id="activity-name">\n{H.escape(title)}\n</h1>\n'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{name}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">{pub}</em></div>\n'
            '<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">\n<section style="padding: 0px 8px;box-sizing: border-box;" data-role="outer" label="edit by 135editor">\n'
            + "\n".join(body) +
            '\n<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>\n</section></div>\n'
            '<div id="js_tags" class="article-tag__list"></div>\n<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="javascript:void(0);">阅读原文</a><div class="weui-flex"><span>阅读 </span><span id="readNum3">1026</span></div></div>\n'
            f'<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>\n</div></div></div></div>\n<div class="wx_profile_card">{name}<br>继续滑动看下一个</div>\n<div id="js_pc_qr_code">轻触阅读原文</div>\n<div class="weui-dialog">向上滑动看下一个<br>知道了<br>微信扫一扫<br>使用小程序<br>取消 允许<br>视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏</div>\n</body></html>\n')

# 4. CMS print view
def t_print(p):
    its = items(p, chrome=True)
    title = own_title(p)
    k = next((n for n, it in enumerate(its) if it[0] == "h1"), None)
    if k is None: return None
    pre = its[:k]
    infos = [v for kind, v in pre if kind == "p" and re.search(r"(发布|时间|日期|来源)[:：]", v)]
    dm = None
    for kind, v in pre:
        if kind == "table":
            for r in v:
                for a, b in zip(r, r[1:]):
                    if re.search(r"日期|时间", a) and re.search(r"\d{4}", b): dm = b
    info = " ".join(infos) if infos else (f"发布日期：{dm}" if dm else "")
    rest = its[k + 1:]
    e = next((n for n, it in enumerate(rest) if it[0] == "p" and FOOT.search(it[1])), None)
    if e is not None: rest = rest[:e]
    html = []
    for kind, v in rest:
        if kind == "p": html.append("<p>" + H.escape(v) + "</p>")
        elif kind == "table":
            html.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">' + "".join("<tr>" + "".join("<td>" + H.escape(c) + "</td>" for c in r) + "</tr>" for r in v) + "</table>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' + f"<title>{head_title(p)}</title>\n"
            '<style>.title{font-size:22px;font-weight:bold;} .content{font-size:16px;line-height:28px}</style>\n</head>\n<body onload="window.print()">\n'
            '<table width="650" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td></tr>\n'
            f'<tr><td align="center" class="title">{H.escape(title)}</td></tr>\n'
            f'<tr><td align="center">{H.escape(info)}</td></tr>\n<tr><td><hr size="1" color="#cccccc"></td></tr>\n'
            f'<tr><td class="content">\n<div align="center"><strong>{H.escape(title)}</strong></div>\n' + "\n".join(html) + "\n</td></tr>\n"
            '<tr><td align="center"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>\n</table>\n</body>\n</html>\n')

# 5. reader mode (Readability)
def t_reader(p):
    its = items(p, chrome=False)
    if not its: return None
    title = own_title(p)
    html = []
    for kind, v in its[1:]:
        if kind == "p": html.append("<p>" + H.escape(v) + "</p>")
        elif kind == "table":
            html.append("<table><tbody>" + "".join("<tr>" + "".join("<td>" + H.escape(c) + "</td>" for c in r) + "</tr>" for r in v) + "</tbody></table>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light dark">\n'
            f'<title>{H.escape(head_title(p))}</title>\n<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css"></head>\n'
            '<body class="light sans-serif loaded" dir="ltr"><div class="container" dir="ltr" lang="zh-CN">\n<div class="header reader-header reader-show-element">\n'
            '<a class="domain reader-domain"></a>\n' + f'<h1 class="reader-title">{H.escape(title)}</h1>\n'
            '<div class="credits reader-credits"></div>\n<div class="meta-data"><div class="reader-estimated-time" dir="ltr">4-5 分钟</div></div>\n</div>\n<hr>\n'
            '<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>\n'
            + "\n".join(html) + "\n</div></div></div></div>\n</div></body></html>\n")

# 6. <br>-only layout
def t_br_only(p):
    i = p.find("<body"); j = p.rfind("</body>")
    b = p[i:j]
    bi = b.find(">") + 1
    inner = b[bi:]
    toks = re.split(r"(<table\b.*?</table>)", inner, flags=re.S)
    out = []
    for t in toks:
        if t.startswith("<table"): out.append(t); continue
        t = re.sub(r"<h1[^>]*>(.*?)</h1>", r"<font size=5><b>\1</b></font><br><br>", t, flags=re.S)
        t = re.sub(r"<(p|h\d)(\s[^>]*)?>", "&nbsp;&nbsp;&nbsp;&nbsp;", t)
        t = re.sub(r"</(p|h\d)>", "<br><br>", t)
        t = re.sub(r"</?(div|section|article|ul|ol|li)\b[^>]*>", "", t)
        out.append(t)
    return p[:i] + b[:bi] + '<font face="宋体" size="3">' + "".join(out) + "</font>" + p[j:]

# 7. tables as display:table div grids
def t_div_grid(p):
    if "<table" not in p: return None
    def tab(m):
        t = m.group(0)
        if re.search(r"<table", t[6:]): return t
        t = re.sub(r"<table[^>]*>", '<div class="tab" style="display:table;width:100%;border-collapse:collapse">', t)
        t = t.replace("</table>", "</div>")
        t = re.sub(r"</?t(body|head)[^>]*>", "", t)
        t = re.sub(r"<tr[^>]*>", '<div class="tr" style="display:table-row">', t)
        t = t.replace("</tr>", "</div>")
        t = re.sub(r"<t[dh][^>]*>", '<div class="td" style="display:table-cell;border:1px solid #ccc">', t)
        t = re.sub(r"</t[dh]>", "</div>", t)
        return t
    return re.sub(r"<table\b.*?</table>", tab, p, flags=re.S)

# 8. tables as <ul><li> rows
def t_ul_rows(p):
    if "<table" not in p: return None
    def tab(m):
        t = m.group(0)
        if re.search(r"<table", t[6:]): return t
        g = grid_of(t)
        return '<ul class="list-table">' + "".join("<li>" + "".join("<span>" + H.escape(c) + "</span>" for c in r) + "</li>" for r in g) + "</ul>"
    return re.sub(r"<table\b.*?</table>", tab, p, flags=re.S)

# 9. zero-width chars inside numbers and keywords
def t_zwsp(p):
    def fn(s):
        s = re.sub(r"(\d)(?=\d)", lambda m: m.group(1) + "&#8203;", s)
        for w, c in (("政府信息", "\u200b"), ("年度报告", "&shy;"), ("依申请", "\ufeff"), ("行政复议", "\u200b"), ("行政诉讼", "&#x200B;"), ("主动公开", "\u200c"), ("生态环境", "\u200b")):
            s = s.replace(w, w[:2] + c + w[2:])
        return s
    return body_map(p, fn)

# 10. numbers in strong/font fragments
def t_strong_font(p):
    def fn(s):
        return re.sub(r"(?<![\d年-])(\d+)(?![\d年月日-])", lambda m: ('<font color="#ff0000"><strong>' + m.group(1)[:1] + "</strong></font>" + ("<strong>" + m.group(1)[1:] + "</strong>" if len(m.group(1)) > 1 else "")), s)
    return body_map(p, fn)

# 11. GBK bodies with a wrong or missing charset
def gbk(kind):
    def t(p):
        meta = re.compile(r'<meta[^>]*charset=[^>]*>\n?', re.I)
        if kind == "nometa":
            p2 = meta.sub('', p, count=1)
        elif kind == "wronghdr":
            # the page's own declaration is right (gb2312), the server's header is not
            p2 = meta.sub('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n', p, count=1)
        else:
            # the template declares utf-8, the file was saved in GBK
            p2 = p
        try: return p2.encode("gbk")
        except UnicodeEncodeError: return p2.encode("gbk", errors="xmlcharrefreplace")
    return t

# 12. Markdown copy (pandoc pipe tables) as text/plain
def t_markdown(p):
    its = items(p, chrome=False)
    if not its: return None
    out = []
    for kind, v in its:
        if kind == "h1": out.append("# " + v + "\n")
        elif kind == "p":
            v = re.sub(r"([*_\[\]#|])", r"\\\1", v)
            out.append(("## " + v if HEADM.match(v) and len(v) < 20 else v) + "\n")
        else:
            n = max(len(r) for r in v)
            rows = [r + [""] * (n - len(r)) for r in v]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join(["---"] * n) + "|")
            for r in rows[1:]: out.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
            out.append("")
    return "\n".join(out) + "\n"


TRANSFORMS = {
    "word_lists": t_word_lists, "pdf2html": t_pdf2html, "wechat": t_wechat, "print": t_print,
    "reader": t_reader, "br_only": t_br_only, "div_grid": t_div_grid, "ul_rows": t_ul_rows,
    "zwsp": t_zwsp, "strong_font": t_strong_font,
    "gbk_nometa": gbk("nometa"), "gbk_wrongmeta": gbk("wrongmeta"), "gbk_wronghdr": gbk("wronghdr"),
    "markdown": t_markdown,
}
# kinds that leave the site's chrome (index block, info line) behind
DROPS_CHROME = ("pdf2html", "reader", "markdown", "print")

# (base case, transformation); the new case is rw17_<base>_<transformation>
VARIANTS = [
    ("rw15_zhaohua_2023_zero_without_noun", "gbk_wronghdr"),
    ("rw7_ziyang_county_2024_spaced_count", "gbk_wronghdr"),
    ("rw5_nanchang_county_2009_mirror", "gbk_wronghdr"),
    ("rw8_honghe_2023_year_column_index", "gbk_wronghdr"),
    ("rw15_fangshan_2023_reviews_own_heading", "gbk_wrongmeta"),
    ("rw7_jiulongpo_2024_trad_total_two_channels", "gbk_wrongmeta"),
    ("rw5_liupanshui_2023_outcomes_flat", "gbk_wrongmeta"),
    ("rw7_urumqi_gaoxin_2022_kinds_listed_only", "gbk_nometa"),
    ("qujing_2023", "zwsp"),
    ("rw2_nbaf_2024_unnamed", "zwsp"),
    ("rw8_hejiang_2023_county_bureau_no_fenju", "zwsp"),
    ("rw5_shenzhen_2022_carried_beside", "zwsp"),
    ("rw7_lezhi_2023_yu_total_zero_requests", "zwsp"),
    ("rw6_hechuan_2021_title_two_lines", "zwsp"),
    ("rw3_jinghe_2025_branch", "zwsp"),
    ("rw5_changchun_xinqu_2021_ge", "markdown"),
    ("rw7_yubei_2023_total_items_in_xiang_requests_by_who", "markdown"),
    ("xinganmeng_2024", "markdown"),
    ("jingzhou_2021_spam_agency", "markdown"),
    ("rw5_huachi_2023_request_zero_table", "markdown"),
    ("rw10_qingyuan_2014_column_title_news_media", "wechat"),
    ("rw6_hechuan_2021_title_two_lines_scraped", "wechat"),
    ("rw7_meishan_2023_mirror_categories", "wechat"),
    ("rw6_chongming_2015_index_block", "wechat"),
    ("rw9_jiading_2020_categories_only", "wechat"),
    ("rw15_fangshan_2023_reviews_own_heading", "pdf2html"),
    ("rw5_shaanxi_2021_carried_inside", "pdf2html"),
    ("rw4_maguan_2023_branch_table2", "pdf2html"),
    ("rw5_liaoning_2020_table_split", "word_lists"),
    ("rw2_pingjiang_2020", "word_lists"),
    ("rw9_yishui_2015_index_names_successor", "print"),
    ("rw3_hunan_2024_no_agency_title", "print"),
    ("rw5_huachi_2023_request_zero_table", "div_grid"),
    ("rw4_yicheng_2023_branch_one_request", "ul_rows"),
    ("rw7_shahe_2023_yu_channels", "strong_font"),
    ("rw8_xizang_2016_niandu_baogao_basic_situation", "reader"),
    ("rw5_wuhan_2020_trad_wiki_table2", "br_only"),
]

PREFIXES = tuple(f"rw{k}_" for k in range(2, 16))


def date_forms(d):
    y, m, dd = d.split("-")
    # as printed in the text, or in the URL (/t20180327_, /2018/03/27/)
    return (d, f"{y}年{int(m)}月{int(dd)}日", f"{y}/{m}/{dd}", f"{y}.{m}.{dd}", f"{y}年{m}月{dd}日", f"{y}{m}{dd}")


def main():
    for base, how in VARIANTS:
        page = open(os.path.join(DEV, base + ".html"), encoding="utf-8").read()
        meta = json.load(open(os.path.join(DEV, base + ".json"), encoding="utf-8"))
        exp = meta["expected"]
        assert exp["doc_type"] == "annual_report", base
        if how == "wechat":
            new = t_wechat(page, exp.get("published_date") or "", exp.get("agency") or "")
        else:
            new = TRANSFORMS[how](page)
        assert new is not None and new != page, (base, how)
        note = f"Metamorphic variant of {base} ({how}, see make_realworld_dev17.py). Labels are the base page's"
        dropped = []
        if how in DROPS_CHROME:
            text = txt(new)
            if exp.get("published_date") and not any(f in text or f in meta["url"] for f in date_forms(exp["published_date"])):
                dropped.append("published_date")
            for k in COUNTS:
                v = exp.get(k)
                fig = re.compile(rf"(?<!\d){v}(?!\d)")
                # a figure the base prints that the copy no longer does (a 0 stated in words stays)
                if isinstance(v, int) and fig.search(txt(page)) and not fig.search(text):
                    dropped.append(k)
            for k in dropped:
                exp.pop(k)
        if dropped:
            note += ", less " + ", ".join(dropped) + " (only in the site's chrome, which the copy leaves out)"
        meta["notes"] = note + ". Base notes: " + meta.get("notes", "")
        name = base
        for p in PREFIXES:
            name = name.removeprefix(p)
        name = f"rw17_{name}_{how}"
        head = {"url": meta["url"], "content_type": meta["content_type"]}
        if how.startswith("gbk"):
            head["content_type"] = "text/html; charset=utf-8" if how == "gbk_wronghdr" else "text/html"
            head["charset"] = "GBK"
        if how == "markdown":
            head["content_type"] = "text/plain; charset=utf-8"
            head["file"] = name + ".txt"
        meta = head | {k: v for k, v in meta.items() if k not in head}
        body = new if isinstance(new, bytes) else new.encode("utf-8")
        with open(os.path.join(DEV, head.get("file", name + ".html")), "wb") as f:
            f.write(body)
        with open(os.path.join(DEV, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print({"rw17": len(VARIANTS)})


if __name__ == "__main__":
    main()
