"""Sources of tests/realworld/dev/rw15_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev15.py (see its docstring). Chosen for how the requests,
reconsiderations and lawsuits are stated in the 依申请公开 paragraph of
一、总体情况: applicant kinds before the noun (受理自然人、商业主体政府信息公开申请30件)
with a carried-over count after it, channels before the noun (通过网站、书信等渠道提出的…
申请12件), a count followed by topics (其中涉及审批的1件，数据公开的3件), the count under
a 政府信息管理 heading, 申请事项, 较上年增加N件, 0件 with and without the noun
(提交的政府信息公开0件), reviews and lawsuits in the same sentence (全年未产生针对本部门
…被提起的行政复议、行政诉讼; 未发生行政复议和诉讼事项; 均未引起…), digits masked by a
mirror (**件), and counts of other things beside them: documents by disclosure
mode (作为依申请公开信息数27条), 人大代表建议, 行政许可/行政处罚 cases, and two
monthly complaint bulletins (信访举报, 12369) that are not reports at all."""
from make_realworld2 import GENERIC_5, GENERIC_6
from sources2 import T
from sources_dev5 import REQ_ZERO_2021, REVIEW_ZERO_2ROW, SIX_IMG

NOT_REPORT = dict(doc_type="other")

# The six statutory parts with tables 3 and 4 printed with every figure 0
# (rowspan/colspan, as rw5 prints them), for reports that say nothing was
# received and no review or lawsuit was brought. Table 3 is the short form
# (some result rows), so `consistency` is not labelled on these pages.
SIX_ZERO = ["二、主动公开政府信息情况", "IMG:table2",
            "三、收到和处理政府信息公开申请情况", REQ_ZERO_2021,
            "四、政府信息公开行政复议、行政诉讼情况", REVIEW_ZERO_2ROW,
            "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6]

SOURCES = [
    # ------------------------------------------------------------ 福建
    dict(
        key="xiamen_2025_applicant_kinds_carried", year=2025,
        src="http://sthjj.xm.gov.cn/zwgk/zfxxgk/ndbg/202601/t20260112_2976699.htm (厦门市生态环境局2025年报, 发布时间2026-01-12: 新闻发布会4次, 在线访谈1次, 官网发布各类信息4617条其中目录信息更新681条; 共受理自然人、商业主体政府信息公开申请30件、已办结30件，上年度结转办理1件; 留言375条; reviews not in the excerpt)",
        url=T("http://sthjj.xm.gov.cn/zwgk/zfxxgk/ndbg/202601/t20260112_2976699.htm"),
        title="厦门市生态环境局2025年政府信息公开工作年度报告", site="厦门市生态环境局", shape="plain",
        pub="2026-01-12",
        agency="厦门市生态环境局", province="福建省", admin_level="prefectural",
        requests_received=30,
        notes="受理自然人、商业主体政府信息公开申请30件: the applicant kinds stand between 受理 and the noun → 30 new requests; "
              "上年度结转办理1件 after it is the carried-over request, not part of the 30. Granted, reviews and lawsuits "
              "not in the source excerpt (not labelled); proactive not labelled (one site count with a part).",
        lines=["一、总体情况",
               "2025年，厦门市生态环境局深入学习贯彻党的二十大和二十届历次全会精神，执行《中华人民共和国政府信息公开条例》，坚持公开为常态、不公开为例外，持续推进政府信息公开工作。",
               "（一）主动公开情况：全年围绕减污降碳、改革创新、服务发展等重点工作，组织召开新闻发布会4次、在线访谈1次，在局官方网站累计发布各类信息4617条，其中信息公开目录信息更新681条。",
               "（二）依申请公开：依申请公开答复由业务处室或直属单位提出意见，经分管领导审核后回复。2025年，我局共受理自然人、商业主体提出的政府信息公开申请30件，已办结30件；另办理上年度结转申请1件。",
               "（三）政府信息管理：全年收到网站留言375条，平均办理时间2天；对2件规范性文件开展文字解读2次、图解1次。",
               "（四）政府信息公开平台建设情况：上线环境空气质量健康指数发布平台，新增功能区声环境栏目和例行督察专栏。"] + SIX_IMG,
    ),
    dict(
        key="huian_2023_requests_under_management", year=2023,
        src="http://sthjj.quanzhou.gov.cn/xxgk/zfxxgkzl/zfxxgkndbg/202401/t20240127_2999224.htm (泉州市惠安生态环境局2023年报: 县政府网站“环境保护”栏目231条, 微信公众号193条, 新闻媒体55条, 报刊34条; 牵头主办并公开答复人大代表建议1件; (二)政府信息管理情况 2023年，我局共收到政府信息公开申请2件)",
        url=T("http://sthjj.quanzhou.gov.cn/xxgk/zfxxgkzl/zfxxgkndbg/202401/t20240127_2999224.htm"),
        title="泉州市惠安生态环境局2023年政府信息公开工作年度报告", site="泉州市生态环境局", shape="plain",
        agency="泉州市惠安生态环境局", province="福建省", admin_level="county",
        proactive_total=None, requests_received=2,
        notes="Title reconstructed from the preamble (由泉州市惠安生态环境局编制). Channel counts only (website 231, 微信 193, "
              "media 55, papers 34) → proactive null. 人大代表建议1件 is not a request. The request count sits under the "
              "(二)政府信息管理情况 heading (共收到政府信息公开申请2件) → 2. Granted and reviews not in the excerpt.",
        lines=["本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，由泉州市惠安生态环境局编制，所列数据的统计期限从2023年1月1日起至2023年12月31日止。",
               "一、总体情况",
               "2023年，我局在县委、县政府和上级生态环境部门的领导下，以公开为常态、不公开为例外，推进生态环境领域政务公开。",
               "（一）主动公开政府信息情况。通过县政府网站“环境保护”栏目公开信息231条，“惠安生态环境”微信公众号公开信息193条，通过新闻媒体公开信息55条，通过报刊公开信息34条。牵头主办并公开答复人大代表建议1件。",
               "（二）政府信息管理情况。2023年，我局共收到政府信息公开申请2件。起草文件时均明确公开属性，对不予公开的公文标注理由；县政府网站“环境保护”栏目设有综合监管、审批公示、行政处罚、投诉处理4个平台。"] + SIX_IMG,
    ),
    dict(
        key="quangang_2023_none_received_stale_year", year=2023,
        src="https://sthjj.quanzhou.gov.cn/xxgk/zfxxgkzl/zfxxgkndbg/202401/t20240127_2999202.htm (泉港生态环境局2023年报, 由泉港生态环境局编制: 主动公开 paragraph still dated 2021年度 (目录7条, 6个模块608条, 政策解读10条); 2023年我局未收到政府信息公开申请)",
        url=T("https://sthjj.quanzhou.gov.cn/xxgk/zfxxgkzl/zfxxgkndbg/202401/t20240127_2999202.htm"),
        title="泉港生态环境局2023年政府信息公开工作年度报告", site="泉州市生态环境局", shape="plain",
        agency="泉港生态环境局", province="福建省", admin_level="county",
        requests_received=0, requests_granted=0,
        notes="Title reconstructed from the preamble. The proactive paragraph was left dated 2021年度 by its editor (7条 in the "
              "catalogue, 608 on the column, 10 readings): proactive not labelled. 未收到政府信息公开申请 → 0/0. Reviews not in "
              "the excerpt.",
        lines=["本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号的要求，由泉港生态环境局编制，所列数据的统计期限从2023年1月1日起至2023年12月31日止，并报送泉州市生态环境局备案。",
               "一、总体情况",
               "（一）主动公开情况",
               "1.加强政务信息公开管理。2021年度我局通过政府信息公开目录主动公开政府信息7条，通过泉港区政府网站“环境保护”专栏的空气质量、水质环境、项目环评等6个模块发布环境信息608条。",
               "2.加强政策文件解读发布工作，全年发布政策解读信息10条。",
               "（二）依申请公开情况",
               "2023年我局未收到政府信息公开申请。",
               "（三）政务信息公开制度。规范区政府网站信息发布审核，保障发布信息的权威性和及时性。"] + SIX_IMG,
    ),
    dict(
        key="shishi_2021_documents_by_mode", year=2021,
        src="http://www.shishi.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/sthjbhj/zfxxgkndbg/202201/t20220111_2682424.htm (泉州市石狮生态环境局2021年报, 时间2022-01-11: 共制作、获取政府信息117条，其中主动公开政府信息数16条、作为依申请公开信息数27条、不予公开信息数74条; 机构职能6, 国土资源城乡建设环保能源6, 其他4; 向两馆移交16条; the requests sentence is cut in the excerpt)",
        url=T("http://www.shishi.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/sthjbhj/zfxxgkndbg/202201/t20220111_2682424.htm"),
        title="泉州市石狮生态环境局2021年政府信息公开工作年度报告", site="石狮市人民政府", shape="plain",
        pub="2022-01-11",
        agency="泉州市石狮生态环境局", province="福建省", admin_level="county",
        proactive_total=16, requests_received=None,
        notes="117 items produced, of which 16 proactively disclosed (the year's total, as 其中主动公开N条 was read in rw9), 27 "
              "作为依申请公开 and 74 不予公开 — counts of information by disclosure mode, not requests. The source's request "
              "sentence is cut in the excerpt; this page points to table 3 (an image), so it states no request count → "
              "requests_received null.",
        lines=["本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，结合我单位有关统计数据编写，统计期限从2021年1月1日至2021年12月31日。",
               "一、总体情况",
               "（一）主动公开情况。对照石狮市生态环境领域基层政务公开标准目录，动态调整主动公开的政府信息，全面公开政策文件、机构职能、权责清单、处罚强制、财政预决算、建议提案办理等基础信息。",
               "2021年，我局共制作、获取政府信息117条，其中主动公开政府信息数16条、作为依申请公开信息数27条、不予公开信息数74条。主动公开的信息包括机构职能类6条、国土资源城乡建设环保能源类6条、其他类4条，全部16条已向两馆移交。",
               "（二）依申请公开情况。办理情况见本报告第三部分。"] + SIX_IMG,
    ),
    dict(
        key="zhaohua_2023_zero_without_noun", year=2023,
        src="https://cnzh.gov.cn/News/Detail/20240116165919882.html (广元市昭化生态环境局 2023年度报告, 发布时间2024-01-16: 主动公开政府信息77条其中政务动态53条、目录信息24条; 收到公民、法人向昭化生态环境局提交的政府信息公开0件，均未引起行政复议和行政诉讼)",
        url=T("https://cnzh.gov.cn/News/Detail/20240116165919882.html"),
        title="广元市昭化生态环境局 2023年度政府信息公开工作年度报告", site="广元市昭化区人民政府", shape="plain",
        pub="2024-01-16", source_line="广元市昭化生态环境局",
        agency="广元市昭化生态环境局", province="四川省", admin_level="county",
        proactive_total=77, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="The request noun is missing (提交的政府信息公开0件) → 0/0; 均未引起行政复议和行政诉讼 → 0/0. 77 = 53 + 24.",
        lines=["根据《中华人民共和国政府信息公开条例》要求，现向社会公布广元市昭化生态环境局2023年度政府信息公开工作年度报告，统计期限是2023年1月1日至2023年12月31日止。",
               "一、总体情况",
               "2023年，昭化生态环境局以公开为常态、不公开为例外，规范公开内容，严格公开审查。",
               "（一）主动公开情况。2023年，主动公开政府信息77条，其中政务动态信息53条，信息公开目录信息24条。",
               "（二）依申请公开情况。2023年收到公民、法人向昭化生态环境局提交的政府信息公开0件，也未引起行政复议和行政诉讼。",
               "（三）政府信息管理情况。落实专人负责，明确各股室、监测站、执法大队的信息公开责任，公开信息实行三级审核。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 浙江
    dict(
        key="wenling_2024_channels_before_noun", year=2024,
        src="https://www.wl.gov.cn/art/2025/1/14/art_1229307175_4020930.html (台州市生态环境局温岭分局2024年度政府信息公开工作报告: 新闻发布会4场; 中国温岭网站政务公开栏目98条, 分局门户网站859条, 微信公众号211条; 2024年共收到通过网站、书信等渠道提出的政府信息公开申请12件，主要涉及建设项目环评审批)",
        url=T("https://www.wl.gov.cn/art/2025/1/14/art_1229307175_4020930.html"),
        title="台州市生态环境局温岭分局2024年度政府信息公开工作报告", site="温岭市人民政府", shape="plain",
        agency="台州市生态环境局温岭分局", province="浙江省", admin_level="county",
        proactive_total=None, requests_received=12,
        notes="Three channel counts (98, 859, 211) and no total → null. Channels stand between 收到 and the noun "
              "(收到通过网站、书信等渠道提出的政府信息公开申请12件) → 12. Outcomes and reviews not in the excerpt.",
        lines=["一、总体情况",
               "2024年，台州市生态环境局温岭分局按照依法公开、真实公正的原则，规范政府信息公开内容，创新公开形式。",
               "（一）主动公开情况",
               "全年举办环境质量状况、环境管控区变化、废机油数智管理、宁静小区等主题新闻发布会4场。在中国温岭网站政务公开栏目主动公开信息98条，在分局门户网站主动公开信息859条，通过官方微信公众号公开信息211条。",
               "（二）依申请公开情况",
               "2024年共收到通过网站、书信等渠道提出的政府信息公开申请12件，主要涉及建设项目环评审批，均已按规定答复。",
               "（三）政府信息管理情况",
               "梳理饮用水水质、环境空气质量、污染源监测、行政审批等公开内容，明确时限、要求和程序。"] + SIX_IMG,
    ),
    dict(
        key="yongkang_2022_topics_after_count", year=2022,
        src="http://www.yk.gov.cn/art/2023/1/10/art_1229191530_4051717.html (金华市生态环境局永康分局2022年报: 永康市人民政府网站信息公开栏目累计公开211条，其中政务信息26条、部门文件2条、行政审批信息183条; 2022年我局接到政府信息公开申请4件，其中涉及审批的1件，数据公开的3件，其他0件)",
        url=T("http://www.yk.gov.cn/art/2023/1/10/art_1229191530_4051717.html"),
        title="金华市生态环境局永康分局2022年度政府信息公开工作年度报告", site="永康市人民政府", shape="plain",
        agency="金华市生态环境局永康分局", province="浙江省", admin_level="county",
        proactive_total=211, requests_received=4,
        notes="Title reconstructed from the preamble's contact line. 211 = 26 + 2 + 183 on the one channel. 接到…申请4件, then "
              "the requests by topic (涉及审批的1件，数据公开的3件，其他0件): 数据公开 is a topic, not an outcome, so "
              "requests_granted is not labelled and must not be read as 3.",
        lines=["本年报依据《中华人民共和国政府信息公开条例》和永康市人民政府办公室关于2022年度年报编制的通知编制，统计期限自2022年1月1日起至2022年12月31日止。如有疑问，请与金华市生态环境局永康分局办公室联系。",
               "一、总体情况",
               "（一）政府信息主动公开情况",
               "2022年在永康市人民政府网站的政府信息公开栏目累计公开211条，其中政务信息26条、部门文件2条、行政审批信息183条。环评和排污许可审批、督察、执法等企业关心的工作办理后通过门户网站公布。",
               "（二）依申请公开",
               "2022年我局接到政府信息公开申请4件，其中涉及审批的1件，数据公开的3件，其他0件。",
               "（三）政府信息管理",
               "通过微信公众号、微信群等渠道传递环境质量、排污许可登记、小微企业危险废物收运等信息。"] + SIX_IMG,
    ),
    dict(
        key="shaoxing_2023_digits_masked_mirror", year=2023,
        src="http://bid.caigoupt.com/info-269093606.html (a bid-information site's copy of 绍兴市生态环境局 2023年报, titled 浙江绍兴2023年绍兴市生态环境局政府信息公开年报, every digit in the body masked with *: 发布日期:****-**-**, 发布各类工作信息***余条, 规范性文件**件, 共受理依申请公开**件，办结**件(含上年结转*件)，无一例产生行政争议, 新闻报道***篇; 查看隐藏内容(*)需先登录)",
        url=T("http://bid.caigoupt.com/info-269093606.html"),
        title="浙江绍兴2023年绍兴市生态环境局政府信息公开年报", site="采购信息网", shape="plain",
        crumb="当前位置：首页 > 招标信息 > 浙江", format="gb2021",
        agency="绍兴市生态环境局", province="浙江省", admin_level="prefectural",
        proactive_total=None, requests_received=None, requests_granted=None,
        notes="A commercial bid site's copy (repost) with every body digit replaced by *: the counts are not stated → null "
              "(requests **件, items ***余条). The year is only in the title. 无一例产生行政争议 not read as a review count "
              "(reviews and lawsuits not labelled). No publication date (masked).",
        lines=["查看隐藏内容(*)需先登录",
               "****年绍兴市生态环境局政府信息公开年报 发布日期：****-**-** **:** 浏览次数： 字体：[大 中 小]",
               "本报告根据《中华人民共和国政府信息公开条例》和《浙江省政府信息公开暂行办法》等文件精神编制，所列数据统计期限从****年*月*日至**月**日止。",
               "一、总体情况",
               "（一）强化组织领导。成立政务信息舆情应对工作专班，按照谁主管、谁负责的原则加强政务公开工作。",
               "（二）完善制度保障。印发《信息公开发布制度》等*个制度，规范公开、申请、审查、调整、评议、追究等程序。",
               "（三）深化重点公开。围绕两山实践创新基地创建、督察、饮用水水源地保护、行政执法、行政审批等重点工作，在局门户网站发布各类工作信息***余条。",
               "（四）加大解读力度。今年以来共发布规范性文件**件，均进行了解读。",
               "（五）规范依申请公开。法律顾问审核答复内容与形式。今年以来，共受理依申请公开**件，办结**件(含上年结转*件)，无一例产生行政争议。",
               "（六）丰富公开渠道。在各级媒体上发表新闻报道***篇。"] + SIX_IMG,
    ),
    dict(
        key="shengsi_2024_zero_received_zero_reviews", year=2024,
        src="https://www.shengsi.gov.cn/art/2025/1/22/art_1229670723_98852.html (市生态环境局嵊泗分局2024年报, 发布时间2025-01-22, 信息来源:市生态环境局嵊泗分局: 县政府信息公开网主动公开信息253条其中工作动态27条、通知公告25条…环评公示及受理26条, 审批52条, 执法领域114条; 共受理政府信息公开申请0件，全年未产生针对本部门政府信息公开工作被提起的行政复议、行政诉讼)",
        url=T("https://www.shengsi.gov.cn/art/2025/1/22/art_1229670723_98852.html"),
        title="舟山市生态环境局嵊泗分局2024年度政府信息公开工作年度报告", site="嵊泗县人民政府", shape="plain",
        pub="2025-01-22", source_line="市生态环境局嵊泗分局",
        province="浙江省", admin_level="county",
        proactive_total=253, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="Title reconstructed (the source shows only the source line 市生态环境局嵊泗分局); agency not labelled. 253 on the "
              "county portal with its parts after it. 受理…申请0件 → 0/0; 全年未产生…被提起的行政复议、行政诉讼 → 0/0. "
              "Tables 3 and 4 written with every figure 0, as those sentences imply (table 3 short form: consistency not "
              "labelled).",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，所列数据统计期限从2024年1月1日至2024年12月31日。",
               "一、总体情况",
               "（一）主动公开情况",
               "2024年，我局在县政府信息公开网主动公开信息253条，其中工作动态27条、通知公告25条、意见征求1条、部门文件1条、财政预决算2条、应急管理3条、议案提案各1条；环评公示及受理信息26条、审批意见和结果52条；行政执法领域信息114条。",
               "（二）依申请公开情况",
               "2024年，我局共受理政府信息公开申请0件，全年也未产生针对本部门政府信息公开工作被提起的行政复议、行政诉讼。",
               "（三）政府信息管理",
               "落实信息公开审核制度，明确专人负责，新增公共企事业单位信息公开专栏。"] + SIX_ZERO,
    ),
    dict(
        key="luqiao_2023_proposals_then_requests", year=2023,
        src="http://www.luqiao.gov.cn/art/2024/1/30/art_1229460311_89844.html (2023年台州市生态环境局路桥分局政府信息公开年度报告: 环境信息公开共201篇; 共办理1件人大代表建议和政协提案; 2023年，共收到依申请公开政府信息5件，办结5件，未发生行政复议和诉讼事项)",
        url=T("http://www.luqiao.gov.cn/art/2024/1/30/art_1229460311_89844.html"),
        title="2023年台州市生态环境局路桥分局政府信息公开年度报告", site="台州市路桥区人民政府", shape="plain",
        agency="台州市生态环境局路桥分局", province="浙江省", admin_level="county",
        proactive_total=201, requests_received=5, reconsiderations=0, lawsuits=0,
        notes="人大代表建议和政协提案1件 is not a request. 收到依申请公开政府信息5件，办结5件 → 5 (办结 is handled, not granted: "
              "granted not labelled). 未发生行政复议和诉讼事项 → 0/0.",
        lines=["根据《中华人民共和国政府信息公开条例》，特向社会公布2023年台州市生态环境局路桥分局政府信息公开年度报告，报告表格数据的统计期限自2023年1月1日起至2023年12月31日止。",
               "一、总体情况",
               "（一）主动公开",
               "2023年，我局公开环境信息共201篇，涵盖建设项目环境影响评价审批、生态环境保护督查、突发环境事件应急预案备案、生态环境主题活动等方面。全年共办理1件人大代表建议和政协提案。",
               "（二）依申请公开",
               "遵循公平、公正、合法、便民的原则规范办理程序。2023年，共收到依申请公开政府信息5件，办结5件，未发生行政复议和诉讼事项。",
               "（三）政府信息管理",
               "落实党组书记统一领导、分管领导具体抓、办公室牵头协调的工作机制，做好定期巡检、数据备份和内容保障。"] + SIX_IMG,
    ),
    dict(
        key="lanxi_2023_licensing_counts_beside", year=2023,
        src="http://www.lanxi.gov.cn/art/2024/1/22/art_1229279561_4130901.html (2023年金华市生态环境局兰溪分局政府信息公开工作年度报告, 发布时间2024-01-22: 主动公开政府信息360条其中通知公告214条…重点领域95条; 本年度共处理行政许可201件，行政处罚79件，行政强制0件; 本年度共收到政府信息公开申请3件，均按时答复。本年度无政府信息公开行政复议、行政诉讼情况)",
        url=T("http://www.lanxi.gov.cn/art/2024/1/22/art_1229279561_4130901.html"),
        title="2023年金华市生态环境局兰溪分局政府信息公开工作年度报告", site="兰溪市人民政府", shape="plain",
        pub="2024-01-22", source_line="金华市生态环境局兰溪分局",
        agency="金华市生态环境局兰溪分局", province="浙江省", admin_level="county",
        proactive_total=360, requests_received=3, reconsiderations=0, lawsuits=0,
        notes="行政许可201件, 行政处罚79件 are casework counts. 收到政府信息公开申请3件，均按时答复 → 3 (答复 is not 予以公开: "
              "granted not labelled). 无政府信息公开行政复议、行政诉讼情况 → 0/0.",
        lines=["依据《中华人民共和国政府信息公开条例》要求，结合金华市生态环境局兰溪分局2023年度政府信息公开工作实际，编制本报告，统计期限自2023年1月1日起至2023年12月31日止。",
               "一、总体情况",
               "（一）主动公开情况",
               "2023年主动公开政府信息360条，其中通知公告214条、工作动态27条、部门文件1条、行政执法公开3条、财政信息6条、人事任免1条、规划计划1条、公共服务事项12条、重点领域95条。本年度共处理行政许可201件、行政处罚79件、行政强制0件，未制作、废止规章和规范性文件，无行政事业性收费。",
               "（二）依申请公开情况",
               "完善登记、审核、处理、答复、归档各环节流程。本年度共收到政府信息公开申请3件，均按时答复；本年度无政府信息公开行政复议、行政诉讼情况。",
               "（三）政府信息管理情况",
               "严格执行政务信息公开审核和保密审查制度。"] + SIX_IMG,
    ),
    dict(
        key="longyou_2023_requests_as_items", year=2023,
        src="http://www.longyou.gov.cn/art/2024/1/16/art_1229114055_86715.html (衢州市生态环境局龙游分局关于2023年度政府信息公开工作年度报告: 政府网站集约化平台主动公开信息445条(年报2, 指南1, 机构概况3, 人事1, 行政权力410, 政务活动15, 规划计划2, 公示公告36, 财政2, 提案议案7, 执法公示2); 按照要求和规定时间处理信息公开申请，依申请公开信息3条)",
        url=T("http://www.longyou.gov.cn/art/2024/1/16/art_1229114055_86715.html"),
        title="衢州市生态环境局龙游分局关于2023年度政府信息公开工作年度报告", site="龙游县人民政府", shape="plain",
        agency="衢州市生态环境局龙游分局", province="浙江省", admin_level="county",
        proactive_total=445, requests_received=3,
        notes="445 on the portal with kinds in brackets (their listed parts add to more than 445; the total is as stated). "
              "依申请公开信息3条 right after 处理信息公开申请 → 3 requests (UNSURE: the same words could count information "
              "items released on request; read as requests, as rw9's 怀化 page was).",
        lines=["根据《中华人民共和国政府信息公开条例》和有关信息公开工作要求，特编制本年度报告，所列数据的统计期限为2023年1月1日至2023年12月31日。如有疑问，请联系衢州市生态环境局龙游分局综合信息化科。",
               "一、政府信息公开工作的总体情况",
               "（一）主动公开",
               "2023年我局通过政府网站集约化平台主动公开信息445条（信息公开年报2条，公开指南1条，机构概况3条，人事信息1条，行政权力410条，政务活动15条，规划计划2条，公示公告36条，财政信息2条，提案议案7条，执法信息公示2条），并依托龙游通、微信公众号和局宣传栏开展公开。",
               "（二）依申请公开",
               "2023年我局按照要求和规定时间处理信息公开申请，依申请公开信息3条。",
               "（三）政府信息公开管理",
               "由党组成员分管该项工作，信息公开系统只开设一个账号，专人专用。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 江西 / 湖北 / 山西 / 四川
    dict(
        key="lushan_2019_none_in_words", year=2019,
        src="https://www.lushan.gov.cn/bmxzxxgk/bumeng/sthjj_195727/xxgk_195730/zfxxgknb_195755/202108/t20210816_5198053.html (九江市庐山生态环境局2019年政府信息公开年度报告, posted 2021-08: 七部分组成; 庐山市政府网站主动公开政务信息总数104余条 (部门概况3, 规范性文件4, 行政许可33, 其他39余, 行政处罚25); 2019年，我局没有收到依申请公开政府信息)",
        url=T("https://www.lushan.gov.cn/bmxzxxgk/bumeng/sthjj_195727/xxgk_195730/zfxxgknb_195755/202108/t20210816_5198053.html"),
        title="九江市庐山生态环境局2019年政府信息公开年度报告", site="庐山市人民政府", shape="plain",
        agency="九江市庐山生态环境局", province="江西省", admin_level="county",
        proactive_total=104, requests_received=0, requests_granted=0,
        notes="104余条 → 104 (approximate, the crate's convention). 没有收到依申请公开政府信息 → 0/0. The report says seven parts "
              "but lists six. Published 2021-08-16 (date from the address) for the 2019 report.",
        lines=["为贯彻落实《中华人民共和国政府信息公开条例》和《九江市政府信息公开规定》，特编制本年度报告，全文由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项等七部分组成，统计期限自2019年1月1日起至2019年12月31日止。",
               "一、总体情况",
               "1、主动公开情况概述",
               "我局依法公开生态环境领域的规范性文件、部门概况、建设项目环评审批、固废验收、行政处罚等政务信息。在庐山市政府网站主动公开政务信息总数104余条，其中部门概况3条，部门规范性文件4条，行政许可项目33条，其他事项39余条，行政处罚25条，无行政强制和行政事业性收费。",
               "2、依申请公开政府信息情况概述",
               "2019年，我局没有收到依申请公开政府信息。",
               "3、政府信息管理情况概述",
               "坚持一把手亲自抓、分管领导具体抓，指派专人兼职政府信息公开工作。"] + SIX_IMG,
    ),
    dict(
        key="huarong_2024_penalty_cases_beside", year=2024,
        src="https://www.hbhr.gov.cn/hrqxxgk/bmptlj/qzbm/hrqhbj/zfxxgknb/202501/t20250110_684871.html (鄂州市生态环境局华容分局2024年报: 全年立案13件，下达行政处罚决定书11件，罚款62.85万元; 查封扣押1件、移送拘留1件、不予处罚1件; 印发0个规范性文件; 办理行政许可21件; 执法1106人次, 516次, 企业149家次, 笔录576份; 2024年度，我分局未收到政府环境信息公开申请)",
        url=T("https://www.hbhr.gov.cn/hrqxxgk/bmptlj/qzbm/hrqhbj/zfxxgknb/202501/t20250110_684871.html"),
        title="鄂州市生态环境局华容分局2024年政府信息公开工作年度报告", site="鄂州市华容区人民政府", shape="plain",
        agency="鄂州市生态环境局华容分局", province="湖北省", admin_level="county",
        proactive_total=None, requests_received=0, requests_granted=0,
        notes="Title reconstructed (the body names 鄂州市生态环境局华容分局). Enforcement casework (立案13件, 决定书11件, 查封扣押1件, "
              "许可21件, 笔录576份) is not disclosure work; no proactive count → null. 未收到政府环境信息公开申请 → 0/0. Reviews "
              "not in the excerpt.",
        lines=["一、总体情况",
               "2024年，鄂州市生态环境局华容分局落实党中央、国务院及省、市、区关于政府信息公开工作的部署，围绕区委、区政府中心工作和群众关切，提升公开质量。",
               "（一）主动公开情况",
               "一是主动公开。全年通过区人民政府和市生态环境局门户网站主动公开各类生态环境信息。全年立案13件，下达行政处罚决定书11件，罚款62.85万元；办理查封扣押案件1件、移送拘留案件1件、不予行政处罚案件1件。",
               "二是管理公开。本年度印发0个规范性文件，办理行政许可21件；全年出动执法1106人次，执法516次，检查企业149家次，制作执法笔录576份。",
               "（二）依申请公开情况",
               "2024年度，我分局未收到政府环境信息公开申请。",
               "（三）政府信息管理情况",
               "严格执行三审三校审核制度，做到涉密信息不上网、上网信息不涉密。"] + SIX_IMG,
    ),
    dict(
        key="fangshan_2023_reviews_own_heading", year=2023,
        src="http://fangshan.gov.cn/xxgk/xxgkdh/xxgknb/202401/t20240122_1837063.html (吕梁市生态环境局方山分局2023年政府信息公开工作年度报告, 发布时间2024-01-16: 方山县人民政府网站主动公开信息合计27条 (环评12, 处罚15); (二)依申请公开 未收到政府信息公开的申请; (三)申请行政复议和提起行政诉讼的情况 未收到有关因政府环境信息公开而被申请行政复议、提起行政诉讼的案件; table 2: 许可12, 处罚15)",
        url=T("http://fangshan.gov.cn/xxgk/xxgkdh/xxgknb/202401/t20240122_1837063.html"),
        title="吕梁市生态环境局方山分局2023年政府信息公开工作年度报告", site="方山县人民政府", shape="plain",
        pub="2024-01-16", source_line="吕梁市生态环境局方山分局",
        agency="吕梁市生态环境局方山分局", province="山西省", admin_level="county",
        proactive_total=27, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="27 = 12 + 15. 未收到…申请 → 0/0; reviews and lawsuits under their own heading in 一、总体情况 (未收到有关…被申请行政"
              "复议、提起行政诉讼的案件) → 0/0. Tables 3 and 4 written with every figure 0 (table 3 short form: consistency not "
              "labelled).",
        lines=["一、总体情况",
               "2023年以来，方山分局贯彻《中华人民共和国政府信息公开条例》，按照市、县政务信息公开要求，以改善环境质量为核心推进五公开。",
               "（一）政府信息公开情况",
               "2023年，方山分局通过方山县人民政府网站主动公开信息合计27条，其中建设项目环境影响评价信息12条，行政处罚决定15条。",
               "（二）依申请公开政府信息办理情况",
               "2023年，我分局未收到政府信息公开的申请。",
               "（三）申请行政复议和提起行政诉讼的情况",
               "2023年，我分局未收到有关因政府环境信息公开而被申请行政复议、提起行政诉讼的案件。"] + SIX_ZERO,
    ),
    dict(
        key="luojiang_2022_application_matters", year=2022,
        src="https://www.luojiang.gov.cn/gk/cdgk/zfxxgknb/2022/gjbm/1532366.htm (罗江区 department column of 2022 reports, the bureau's report: 全年公开政务信息量共275条; 2022年，我局收到依申请公开申请事项1件，办结1件; the excerpt names no agency)",
        url=T("https://www.luojiang.gov.cn/gk/cdgk/zfxxgknb/2022/gjbm/1532366.htm"),
        title="德阳市罗江生态环境局2022年政府信息公开工作年度报告", site="德阳市罗江区人民政府", shape="plain",
        province="四川省", admin_level="county",
        proactive_total=275, requests_received=1,
        notes="Title reconstructed (UNSURE: the excerpt starts at 一、总体情况 and names no agency; the column is 罗江区's "
              "departments' 2022 reports and the text is a 生态环境 bureau's); agency not labelled. 收到依申请公开申请事项1件，"
              "办结1件 → 1 (granted not labelled).",
        lines=["一、总体情况",
               "2022年，我局按照《中华人民共和国政府信息公开条例》及区委、区政府的有关规定，完善公开制度，规范公开流程，结合生态环境保护工作推进政府信息公开。",
               "（一）主动公开方面。依托政府信息公开平台、公告公示栏和宣传资料，全年公开政务信息量共275条，包括政策文件、解读、法律法规、工作动态、公示公告、执法信息、预决算及三公经费等。",
               "（二）依申请公开方面。2022年，我局收到依申请公开申请事项1件，办结1件。",
               "（三）政府信息管理方面。配齐政府信息公开专门工作人员，实行层层审核、严格把关。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ look-alikes: complaint bulletins
    dict(
        key="jiaxing_2024_08_complaints_bulletin_trad", **NOT_REPORT, trad=True, year=2024,
        src="http://www.86116000.com/art/2024/9/23/art_1229149709_58885516.html (a Traditional mirror of 嘉兴市生态环境局's monthly note 2024年8月嘉兴市生态环境信访举报投诉情况公开: 受理各类环境信访举报投诉145件，较去年同期上升1.4%; 涉水17件11.7%, 涉气92件63.5%, 噪声13件9.0%, 固废6件4.1%, 建设项目7件4.8%, 其他10件6.9%; 来电66.5%, 网络31.0%; 按时受理和办结率100%)",
        url=T("http://www.86116000.com/art/2024/9/23/art_1229149709_58885516.html"),
        title="2024年8月嘉兴市生态环境信访举报投诉情况公开", site="嘉兴市生态环境局", shape="plain",
        crumb="当前位置：首页 > 信息公开 > 环境信访",
        notes="A monthly complaints bulletin, not a disclosure report → other; its 受理…145件 are complaints, not "
              "disclosure requests. Mirror host (repost true).",
        lines=["2024年8月，嘉兴市共受理各类环境信访举报投诉145件，比去年同期上升1.4%。",
               "按类型分，涉水类17件，占11.7%；涉气类92件，占63.5%；涉噪声类13件，占9.0%；涉固废类6件，占4.1%；涉建设项目类7件，占4.8%；其他类10件，占6.9%。全市环境信访形势总体稳定。",
               "本月信访主要来自来电和网络，分别占66.5%和31.0%，按时受理率和按时办结率均为100%。所有信访件均通过省统一政务咨询投诉举报平台、110应急联动、全国12369环保举报联网管理平台等渠道逐一回复。"],
    ),
    dict(
        key="zhengzhou_2019_11_hotline_12369", **NOT_REPORT, year=2019,
        src="https://public.zhengzhou.gov.cn/D250410X/4952013.jhtml (郑州市 disclosure platform: 2019年11月份，市12369环保热线共受理各类环境污染举报线索5775个(电话4863个，微信912个); 符合有奖举报范围223件 (转市控尘办146件, 城管局50件, 生态环境局14件, 公安局11件, 商务局1件, 园林局1件, others 0); 自2017年5月27日以来累计落实有奖举报1735件, 奖金712160元)",
        url=T("https://public.zhengzhou.gov.cn/D250410X/4952013.jhtml"),
        title="2019年11月份市12369环保热线举报受理情况", site="郑州市人民政府", shape="plain",
        crumb="当前位置：首页 > 政务公开 > 环境保护",
        notes="Title reconstructed from the text (the excerpt shows only the body). A monthly 12369 hotline note → other; "
              "its 5775 leads and 223 cases are complaints, counts null.",
        lines=["2019年11月份，市12369环保热线共受理各类环境污染举报线索5775个，其中电话举报4863个，微信举报912个。",
               "经初步审核，符合有奖举报范围的案件223件，其中转市控尘办146件、市城管局50件、市生态环境局14件、市公安局11件、市商务局1件、市园林局1件，转市禁烧办、市散煤办、市水利局、市交通局、市重点项目办等部门0件。",
               "自2017年5月27日开展环境污染有奖举报以来，全市累计落实有奖举报1735件，发放奖金712160元。"],
    ),
]
