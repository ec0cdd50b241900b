"""Sources of tests/realworld/heldout7: facts kept from pages the search tool
returned (stored public web pages), prose in our own words. Read by
make_realworld7.py (see its docstring). Any province. None of the addresses is
used by an earlier batch (checked with check_sources_used.py --skip
sources7.py --skip h7_ before the pages were written), none is claimed by a
development round or an earlier held-out round (/work/notes/claimed-dev.txt,
claimed-heldout5.txt, claimed-heldout6.txt), and each key count sentence (or,
without one, the title or opening) was checked with check_text_used.py
(fresh).

Fresh annual reports of environmental bodies were very scarce this time: of
about 190 candidate addresses looked up, nearly every report page was already
used, and only three fresh reports were found (衡阳 2017 and 2018, 广州 2013).
The rest are look-alikes met on the way, in roughly the proportion the search
returned them."""
from make_realworld2 import GENERIC_5
from sources2 import T, NOT_REPORT

NARR_END = ["存在的主要问题及改进措施", GENERIC_5]

OTHER_BODY = ("A disclosure report of a body that is not an environmental bureau: other, all headline "
              "figures null (README convention since rw3).")
GOV_LEVEL = ("A government-level report (a whole city's or its government office's), environment at most "
             "one field among many: other, all headline figures null.")

SOURCES = [
    # ================================================================ reports
    dict(
        key="h7_hengyang_2017_spam_mirror",
        src="http://sthjj.bensalemdemocrats.org/xxgk/szfxxgkml/zfxxgkndbg/szfgzbmndbg/ssthjj/20200111/i67237.html "
            "(衡阳市环境保护局 2017年政府信息公开年度报告 on a foreign spam host mirroring 衡阳市人民政府; date line "
            "(2018年3月13日) under the two-line title; 编制说明 listing ten parts)",
        url=T("http://sthjj.bensalemdemocrats.org/xxgk/szfxxgkml/zfxxgkndbg/szfgzbmndbg/ssthjj/20200111/i67237.html"),
        title="衡阳市环境保护局2017年政府信息公开年度报告", site="", shape="plain", year=2017,
        crumb="当前位置：首页 > 信息公开 > 政府信息公开年度报告 > 市政府工作部门年度报告",
        agency="衡阳市环境保护局", province="湖南省", admin_level="prefectural",
        notes="Repost on a foreign spam host (mirror of the city portal; the path keeps the portal's "
              "re-filing date 20200111). The report's date line (2018年3月13日) sits in the body, no 发布时间: "
              "published_date not labelled. 编制说明 with ten parts (概述 … 附表). The only figures are "
              "training sessions and attendees (2次, 1次, 30余人), not disclosed items: all five counts null.",
        lines=["衡阳市环境保护局", "2017年政府信息公开年度报告", "（2018年3月13日）",
               "编制说明：本报告依照国家、省、市关于政府信息公开的法律法规编写，由概述，主动公开，回应解读，依申请公开，"
               "咨询处理，行政复议、诉讼和申诉，收费及减免，机构建设和经费保障，会议和培训，主要问题和改进措施以及附表组成，"
               "数据统计期限为2017年1月1日至2017年12月31日。",
               "一、概述",
               "推进政府信息公开，是落实《条例》、《中华人民共和国行政许可法》、《湖南省行政程序规定》和《湖南省政府服务规定》"
               "的要求、建设服务、责任、法治、效能政府的重要工作。2017年，我局依照国务院和省、市有关文件开展环境信息公开。",
               "一是定方案、抓部署。依据市政府2017年政务公开工作要点，我局制订了《衡阳市环境保护局2017年政务公开实施方案》，"
               "把环境保护方面的公开事项分解到各科室和直属单位，并纳入年度绩效考核，年底由局考核办考评计分。",
               "二是抓培训、提素质。派员参加电子政务管理办公室组织的培训2次，局内举办信息公开系统操作培训1次，30余人参训。",
               "三是抓调度、促落实。10月中旬，局信息中心召开政务公开调度会，督促各科室按时更新栏目信息。",
               "二、主动公开情况", "主动公开的信息经审核后在局门户网站和市党政门户网发布。",
               "三、依申请公开情况", "依申请公开事项按规定程序受理和答复。"]
        + NARR_END,
    ),
    dict(
        key="h7_hengyang_2018_renamed_title",
        src="https://www.hengyang.gov.cn/xxgk/szfxxgkml/zfxxgkndbg/szfgzbmndbg/ssthjj/20200111/i67211.html "
            "(衡阳市生态环境局2018年政府信息公开年度报告, 发布时间 2019-03-07 16:19, 来源 市环境信息中心; "
            "date line 2019年3月7日)",
        url=T("https://www.hengyang.gov.cn/xxgk/szfxxgkml/zfxxgkndbg/szfgzbmndbg/ssthjj/20200111/i67211.html"),
        title="衡阳市生态环境局2018年政府信息公开年度报告", site="衡阳市人民政府", shape="plain", pub="2019-03-07",
        year=2018, source_line="市环境信息中心",
        crumb="当前位置：首页 > 信息公开 > 政府信息公开年度报告 > 市政府工作部门年度报告",
        agency="衡阳市生态环境局", province="湖南省", admin_level="prefectural",
        notes="A 2018 report published in March 2019 under the bureau's new name (生态环境局) while the body "
              "still speaks of 环境信息公开 of the old bureau: agency as the title names it. Old narrative "
              "format (编制说明, 概述). The figures shown are trainings and attendees (1次, 2人, 1次, 50余人), "
              "not disclosed items: all five counts null.",
        lines=["衡阳市生态环境局", "2018年政府信息公开年度报告", "2019年3月7日",
               "编制说明：本报告依照国家、省、市关于政府信息公开的法律法规编写，由概述，主动公开，回应解读，依申请公开，"
               "咨询处理，行政复议、诉讼和申诉，收费及减免，机构建设和经费保障，会议和培训，主要问题和改进措施以及附表组成，"
               "数据统计期限为2018年1月1日至2018年12月31日。",
               "一、概述",
               "2018年，我局按照法律法规和上级部门关于政府信息公开的文件要求开展环境信息公开工作。",
               "一是定方案、抓部署。对照《2018年市直部门（含园区）政府信息公开绩效评估指标体系》制订工作方案，"
               "把公开事项分解到各科室和直属单位，完成情况计入局内部绩效考核。",
               "二是抓培训、提素质。2人参加上级部门业务培训1次；局里为重点排污单位举办环境信息公开培训1次，"
               "50余人参加，学习企事业单位环境信息公开的法规和平台操作。",
               "二、主动公开情况", "主动公开的信息经审核后在局门户网站和市政府门户网站发布。",
               "三、依申请公开情况", "依申请公开事项按规定程序受理和答复。"]
        + NARR_END,
    ),
    dict(
        key="h7_guangzhou_2013_baike_chrome",
        src="https://m.zjtcn.com/baike/2013ngzshjbhjzfxxgkndbg7140036 (2013年广州市环境保护局政府信息公开年度报告 "
            "as a 造价通 百科 entry; search-box chrome 选择特殊符号 选择搜索类型 请输入搜索 above; 截止2013年12月31日 "
            "主动公开政府信息共4790条)",
        url=T("https://m.zjtcn.com/baike/2013ngzshjbhjzfxxgkndbg7140036"),
        title="2013年广州市环境保护局政府信息公开年度报告", site="造价通",
        shape="chrome", chrome="选择特殊符号 选择搜索类型 请输入搜索", year=2013,
        crumb="首页 > 百科",
        agency="广州市环境保护局", province="广东省", admin_level="prefectural",
        proactive_total=4790,
        notes="A construction-pricing site's 百科 copy of the report (repost), its search box as <title>/<h1>; "
              "title from the entry's address and the report's usual wording (year first). 截止2013年12月31日，"
              "我局主动公开政府信息共4790条 -> 4790. UNSURE proactive_total: 截止…共 could be read as a running "
              "total, but the bureau's 2015 report gives 1682 with the same wording, so it is the year's count. "
              "The rest of the excerpt gives shares (1%, 29%, 6% …), no request or review figures: others null. "
              "No date.",
        lines=["一、概述",
               "2013年度，我局政府信息公开工作主要抓了五件事：（一）完善政府信息公开工作规程；（二）完善信访工作制度和程序；"
               "（三）建立政府信息公开监督评议制度；（四）推进微博问政和网络访谈；（五）做好重点领域信息公开。",
               "二、政府信息主动公开情况",
               "我局在政务网站建成“重点领域信息公开”“加强廉政风险防控”“全力推进广州新型城市化发展”“广州市重点污染源在线监控”"
               "四个专题栏目并发布信息。截止2013年12月31日，我局主动公开政府信息共4790条，全文电子化率100%，部分失效信息已清理。",
               "在主动公开的信息中，组织机构类约占1%；规章及规范性文件类约占29%，包括市环保局规范性文件、广州市和广东省环保法规及政策文件、"
               "国家环保法律法规和各类排放标准；行政执法类约占6%；办事指南类约占5%；工作动态类约占48%；"
               "财政预决算和年度报告类约占1%；其他类约占10%。",
               "三、政府信息依申请公开情况", "依申请公开事项均按规定期限答复。"]
        + NARR_END,
    ),
    # ===================================================== other bodies' reports
    dict(NOT_REPORT,
         key="h7_liubei_industry_2020_ipv6_bar",
         src="http://lbq.gov.cn/xxgk/zfxxgknb/2020_nb/202102/t20210222_2560991.shtml (柳北区工业和信息化局2020年"
             "政府信息公开工作年度报告, 来源 柳北区工信局, 发布日期 2021-01-15; 网站支持IPv6 欢迎访问… bar above)",
         url=T("http://lbq.gov.cn/xxgk/zfxxgknb/2020_nb/202102/t20210222_2560991.shtml"),
         title="柳北区工业和信息化局2020年政府信息公开工作年度报告", site="柳州市柳北区人民政府",
         shape="chrome", chrome="网站支持IPv6 欢迎访问广西柳州柳北区人民政府网站！", pub="2021-01-15",
         source_line="柳北区工信局",
         crumb="当前位置：首页 > 信息公开 > 政府信息公开年报 > 2020",
         notes=OTHER_BODY + " A district bureau of industry and IT; the portal's IPv6/welcome bar as <title>/<h1>.",
         lines=["本年度报告依照《中华人民共和国政府信息公开条例》和《柳州市政府信息公开年度报告制度》，由柳北区工业和信息化局编制，"
                "分为总体情况，主动公开，收到和处理申请，行政复议和行政诉讼，存在的主要问题及改进措施，其他需要报告的事项六部分，"
                "统计期限为2020年1月1日至2020年12月31日。联系地址：柳州市柳北区白露工业园党群服务中心三楼，电话0772-2515676。",
                "一、政府信息公开工作总体情况",
                "2020年，本局依照条例要求，利用多种平台及时、准确地主动公开政府信息。",
                "（一）工作机构和人员设置情况。局长负总责，一名副局长协助分管，另有一名专人负责日常工作。",
                "（二）制度建设情况。健全信息发布审核和保密审查制度。"]),
    dict(NOT_REPORT,
         key="h7_dongcheng_landscaping_2021",
         src="https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2021nb/dcqzfbm2021/202201/t20220119_2994601.html (北京市东城区"
             "园林绿化局2021年政府信息公开工作年度报告, 日期 2022-01-19, 来源 区园林绿化局; 745 items, 1 request)",
         url=T("https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2021nb/dcqzfbm2021/202201/t20220119_2994601.html"),
         title="北京市东城区园林绿化局2021年政府信息公开工作年度报告", site="北京市东城区人民政府", shape="plain",
         pub="2022-01-19", source_line="区园林绿化局",
         crumb="当前位置：首页 > 政府信息公开专栏 > 政府信息公开年报 > 2021年 > 区政府部门",
         notes=OTHER_BODY + " A district landscaping and greening bureau; its own counts (745, 1) and the garbled "
               "date 截至202012月31日 must not be read as a bureau report's.",
         lines=["依据《中华人民共和国政府信息公开条例》第五十条编制本报告。",
                "一、总体情况",
                "1.主动公开情况",
                "2021年，区园林绿化局公开《东城区2021年绿化美化工作安排意见》等文件，在数字东城网站更新机构职责、机构设置、"
                "领导和联系方式，按要求公开财政预决算，并公开疫情防控、防汛、美国白蛾防控、义务植树、绿地认建认养和行政许可结果等信息。"
                "截至202012月31日，我局全年通过数字东城网站主动公开政府信息745",
                "2.依申请公开情况",
                "我局2021年收到处理依申请公开1件。",
                "3.政府信息公开平台建设情况",
                "在数字东城网站公开信息，并用微信公众号扩大宣传。"]),
    dict(NOT_REPORT,
         key="h7_qingshui_quality_2014",
         src="http://www.tsqs.gov.cn/info/1154/16376.htm (清水县 质监 bureau's 2014 政府信息公开工作报告 on the county portal; "
             "opening 自从政府信息公开工作开展后…; 质监动态信息)",
         url=T("http://www.tsqs.gov.cn/info/1154/16376.htm"),
         title="清水县质量技术监督局2014年度政府信息公开工作报告", site="清水县人民政府", shape="plain",
         crumb="当前位置：首页 > 信息公开 > 政府信息公开年报",
         notes=OTHER_BODY + " A county quality-supervision bureau (质监). UNSURE title: reconstructed from the "
               "opening (the excerpt begins with the body).",
         lines=["政府信息公开工作开展以来，我局随即召开专题会议，制定了一系列政务公开制度，组织学习《中华人民共和国政府信息公开条例》"
                "和县政府有关文件。局长任组长、副局长任副组长、各股室负责人为成员组成政府信息公开工作领导小组，办公室设在局办公室，"
                "通过政务公开栏、投诉电话、咨询窗口等形式公开质监动态信息，认真对待群众的举报、投诉和咨询。现将我局2014年度政府信息公开工作报告如下：",
                "一、主动公开政府信息情况", "通过县政府网站公开机构职能、质监动态和办事指南等信息。",
                "二、依申请公开情况", "依申请公开事项按规定办理。"]),
    dict(NOT_REPORT,
         key="h7_mudanjiang_civil_defense_2018",
         src="http://mdj.gov.cn/mdjsrmzf/c105127/201903/c03_172579.shtml (牡丹江市人防办2018年政府信息公开年度报告; "
             "635条; period to 2018年12月7日; no request)",
         url=T("http://mdj.gov.cn/mdjsrmzf/c105127/201903/c03_172579.shtml"),
         title="牡丹江市人防办2018年政府信息公开年度报告", site="牡丹江市人民政府", shape="plain",
         crumb="当前位置：首页 > 政务公开 > 政府信息公开年报",
         notes=OTHER_BODY + " A civil air defence office (人防办); its 635条 (a running total, 截至目前…累计) and "
               "its statistics period ending 2018年12月7日 must not be read.",
         lines=["按照《中华人民共和国政府信息公开条例》，编制牡丹江市人防办2018年政府信息公开年度报告，包括概述、主动公开、依申请公开、"
                "行政复议和行政诉讼、人大代表建议和政协委员提案办理结果、支出与收费、存在的问题及2019年工作思路。统计期限为2018年1月1日"
                "到2018年12月7日。电子版可在牡丹江市人民政府门户网站下载，联系地址：牡丹江市西一条路景福街206号。",
                "一、概述",
                "2018年，我办依托市政府信息平台公开6类信息，并利用报刊和微信平台扩大宣传。",
                "二、政府信息公开情况",
                "（一）主动公开政府信息情况。截至目前我办累计主动公开政府信息635条，其中班子成员信息1条、部门文件7条、行政权力14条、"
                "法律法规5条、工作动态608条。",
                "（二）依申请公开政府信息情况。2018年我办未收到公开政府信息的申请。",
                "（三）行政复议及行政诉讼情况。无被申请行政复议或被提起行政诉讼、行政申诉的情况。"]),
    # ================================================== government-level reports
    dict(NOT_REPORT,
         key="h7_zhangjiakou_city_2022",
         src="https://www.zjk.gov.cn/content/ndbghgzzj/195307.html (张家口市2022年政府信息公开工作年度报告; 29105条, 223件)",
         url=T("https://www.zjk.gov.cn/content/ndbghgzzj/195307.html"),
         title="张家口市2022年政府信息公开工作年度报告", site="张家口市人民政府", shape="plain",
         crumb="当前位置：首页 > 政务公开 > 年度报告和工作总结",
         notes=GOV_LEVEL + " A city's report over all its bodies (全市各级各部门 29105条, 223件).",
         lines=["本年度报告依照《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的年度报告格式编制，包括总体情况、主动公开、"
                "收到和处理申请、行政复议和行政诉讼、存在的问题及改进情况和其他需要报告的事项，统计期限为2022年1月1日至12月31日。",
                "一、总体情况",
                "2022年，张家口市落实党中央、国务院和省委、省政府关于政务公开的部署，强化重点领域信息公开，做好政策解读，回应社会关切。",
                "（一）主动公开方面。全市各级各部门落实国家、省、市政务公开工作要点，主动公开各类政府信息29105条；增设公共企事业单位信息公开专栏；"
                "建立市级规章文件库，集中公开现行有效的政府规章6件、规范性文件212件；全年图解市政府常务会议24期，召开政策解读新闻发布会50场。",
                "（二）依申请公开方面。执行《河北省政府信息公开申请办理规范》，2022年全市共收到政府信息公开申请223件，均在法定期限内答复。"]),
    dict(NOT_REPORT,
         key="h7_tianjin_city_2020_portal_bar",
         src="https://www.tj.gov.cn/zwgk/zfxxgkzl/gknb/xxgknb2020/tjsrmzf/202103/t20210330_5402052.html (天津市2020年政府信息公开"
             "工作年度报告, 来源 天津市人民政府办公厅, 发布时间 2021-03-30 16:52; portal bar 中央政府门户网站 ----年--月-日 星期- "
             "无障碍 长者模式 简体 繁體 个人中心 above; period 202011日起至20201231日止)",
         url=T("https://www.tj.gov.cn/zwgk/zfxxgkzl/gknb/xxgknb2020/tjsrmzf/202103/t20210330_5402052.html"),
         title="天津市2020年政府信息公开工作年度报告", site="天津政务网",
         shape="chrome", chrome="中央政府门户网站 ----年--月-日 星期- 无障碍 长者模式 简体 繁體 个人中心",
         pub="2021-03-30", source_line="天津市人民政府办公厅",
         crumb="当前位置：首页 > 政务公开 > 政府信息公开专栏 > 政府信息公开年报 > 2020年",
         notes=GOV_LEVEL + " The portal's date bar (unfilled ----年--月-日) as <title>/<h1>; the period lost its "
               "separators (202011日 … 20201231日).",
         lines=["本年度报告依照《中华人民共和国政府信息公开条例》（国务院令第711号）编制，包括总体情况、主动公开、收到和处理申请、"
                "行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项六部分，统计期限从202011日起至20201231日止。",
                "一、总体情况",
                "2020年，天津市人民政府围绕做好“六稳”、落实“六保”，推进“放管服”改革，强化条例落实，提升政务公开质量。",
                "（一）主动公开方面。全市通过政府网站、政务微博微信和政府公报主动公开规章4件、行政规范性文件1071件；"
                "在天津政务网发布市政府新闻发布会信息106条；市长信箱和“政民零距离”栏目收到留言64227条，已答复63029条；"
                "发布各类解读429件，开展在线访谈20期。"]),
    dict(NOT_REPORT,
         key="h7_xingtai_gov_office_2025",
         src="http://info.xingtai.gov.cn/single/29/391457.html (邢台市人民政府办公室2025年政府信息公开工作年度报告, "
             "发布时间 2026-01-30, 发布机构 市政府办公室, 体裁分类 政府信息公开年报; 19322条, 176件, 行政复议2件)",
         url=T("http://info.xingtai.gov.cn/single/29/391457.html"),
         title="邢台市人民政府办公室2025年政府信息公开工作年度报告", site="邢台市人民政府", shape="plain",
         pub="2026-01-30", source_line="市政府办公室",
         crumb="当前位置：首页 > 信息公开 > 政府信息公开年报",
         notes=GOV_LEVEL + " The report of a city government's general office (市政府办公室), with its own counts "
               "(19322条, 176件, 行政复议2件) that must not be read as an environmental bureau's.",
         lines=["体裁分类：政府信息公开年报　主题分类：综合政务",
                "依照《中华人民共和国政府信息公开条例》和《河北省实施〈中华人民共和国政府信息公开条例〉办法》发布本年度报告，"
                "统计期限为2025年1月1日至12月31日。",
                "一、总体情况",
                "2025年，邢台市人民政府办公室推进政府信息公开、政策解读、平台建设和业务培训等重点任务。",
                "（一）主动公开方面。通过政府网站主动公开规划、行政许可和重大民生等政府信息19322条；“邢台政务”微博、微信发布信息4304条，"
                "浏览129.2万人次；在市档案馆、市图书馆和市政务服务大厅公开市政府及其办公室政策文件23件。",
                "（二）依申请公开方面。全年受理向市政府提出的信息公开申请176件，全部办复；办理因政府信息公开引起的行政复议2件，"
                "未被纠错。"]),
    # ================================================ reports to the people's congress
    dict(NOT_REPORT,
         key="h7_chaoyang_npc_environment_2021",
         src="http://chyrd.bjchy.gov.cn/rdhy/cwh/Shiqisancicwh/8a24f0b47fcedb980180a7ca65e205a2.html (朝阳区人民政府关于2021年"
             "环境状况和环境保护目标完成情况的报告, 2022-04-28, 第十七届人大常委会第三次会议, 副区长 孟锐)",
         url=T("http://chyrd.bjchy.gov.cn/rdhy/cwh/Shiqisancicwh/8a24f0b47fcedb980180a7ca65e205a2.html"),
         title="朝阳区人民政府关于2021年环境状况和环境保护目标完成情况的报告", site="北京市朝阳区人大常委会", shape="plain",
         crumb="您当前的位置：首页>>人大会议>>常委会会议>>朝阳区第十七届人大常委会第三次会议",
         notes="A district government's report to its people's congress on the year's environment (a year and 环境 "
               "in the title, a 报告): other.",
         lines=["——2022年4月28日在朝阳区第十七届人民代表大会常务委员会第三次会议上",
                "朝阳区人民政府副区长　孟锐",
                "主任、各位副主任、各位委员：",
                "受区长委托，我代表区政府报告我区2021年环境状况和环境保护目标完成情况，请予审议。",
                "一、环境质量状况",
                "2021年，全区PM2.5累计平均浓度34微克/立方米，同比下降12.8%，改善率全市第3，空气质量首次全面达标。8个国考、市考断面中"
                "4个为Ⅲ类、4个为Ⅳ类；未发现污染农用土壤；区域环境噪声等效声级平均54.3dB(A)。",
                "“十三五”期间，全区PM2.5累计平均浓度由2015年的83.4微克/立方米降到2020年的39微克/立方米，下降53%；"
                "空气质量优良天数由171天增加到280天。"]),
    dict(NOT_REPORT,
         key="h7_mudanjiang_npc_environment_2020_trad",
         src="http://bafangbengye.com/mdjsrmzf/c105243/202402/c03_853141.shtml (Traditional mirror of 牡丹江市人民政府: report to "
             "市人大常委會 on 2020年全市環境狀況和環境保護目標完成情況; 36項 整改任務, 296件 信訪案件)",
         url=T("http://bafangbengye.com/mdjsrmzf/c105243/202402/c03_853141.shtml"),
         title="牡丹江市人民政府关于2020年全市环境状况和环境保护目标完成情况的报告", site="牡丹江市人民政府", shape="plain",
         trad=True,
         crumb="当前位置：首页 > 政务公开 > 政府工作报告",
         notes="A city government's report to its people's congress standing committee on the year's environment, "
               "on a machine-converted Traditional mirror: other. UNSURE title: reconstructed from the opening "
               "(the excerpt begins with 市人大常委会：).",
         lines=["市人大常委会：",
                "依照《环境保护法》第二十七条“县级以上人民政府应当每年向本级人民代表大会或者人民代表大会常务委员会报告环境状况和环境保护目标完成情况”"
                "的规定，现将牡丹江市2020年全市环境状况和环境保护目标完成情况报告如下：",
                "一、2020年环境质量状况",
                "2020年，我市中央环境保护督察及“回头看”反馈的36项整改任务和296件信访案件全部完成整改，污染防治攻坚战圆满收官，"
                "建立了生态环境损害赔偿制度和行政执法与刑事司法衔接联席会议制度。",
                "（一）市区环境空气质量状况。我市空气自动监测二氧化硫、二氧化氮、PM10、PM2.5、一氧化碳和臭氧6项。"]),
    # ====================================================== notices, plans, lists
    dict(NOT_REPORT,
         key="h7_hongsibu_open_day_plan_2025",
         src="https://www.hongsibu.gov.cn/xxgk/zfxxgkml/zfkfr/hdfa/202508/t20250815_4989395.html (吴忠市生态环境局红寺堡分局 "
             "政府开放日 活动方案, 2025-08-15; 活动主题 筑绿为家，共绘生态画卷; 活动时间 2025年8月27日)",
         url=T("https://www.hongsibu.gov.cn/xxgk/zfxxgkml/zfkfr/hdfa/202508/t20250815_4989395.html"),
         title="吴忠市生态环境局红寺堡分局2025年政府开放日活动方案", site="吴忠市红寺堡区人民政府", shape="plain",
         pub="2025-08-15", source_line="吴忠市生态环境局红寺堡分局",
         crumb="当前位置：首页 > 信息公开 > 政府开放日 > 活动方案",
         notes="An environmental bureau's plan for a government open day (政务公开 and 生态环境 in the text, a "
               "year in the title): other. UNSURE title: reconstructed from the body and the column.",
         lines=["为拓宽人民群众对生态环境的知情权、参与权和监督权渠道，落实生态环境保护机制，提升政务公开水平，增加政府工作透明度，"
                "制定本活动方案。",
                "一、活动主题", "“筑绿为家，共绘生态画卷”",
                "二、活动时间", "2025年8月27日",
                "三、邀请对象", "政务公开义务监督员、企业代表、社区代表和群众代表。",
                "四、活动内容", "（一）实地观摩：弘德慈善园区污水处理厂、弘德包装材料有限公司。",
                "（二）座谈交流：我局汇报本年度生态环境重点工作，听取代表意见建议并现场答复。",
                "五、报名方式", "报名表发送至hsphbfj@163.com，或拨打0953-5098502。",
                "吴忠市生态环境局红寺堡分局", "2025年8月15日"]),
    dict(NOT_REPORT,
         key="h7_nankai_plan_consultation_2021_date_bar",
         src="http://www.tjnk.gov.cn/NKQZF/nkqzfhd/jcyjzj/202110/t20211018_5654026.html (关于对《天津市南开区生态环境保护“十四五”"
             "规划（征求意见稿）》公开征求意见建议的公告, 南开区生态环境局 2021年8月24日; date bar 今天是：2021年09月26日 星期日 above)",
         url=T("http://www.tjnk.gov.cn/NKQZF/nkqzfhd/jcyjzj/202110/t20211018_5654026.html"),
         title="关于对《天津市南开区生态环境保护“十四五”规划（征求意见稿）》公开征求意见建议的公告", site="天津市南开区人民政府",
         shape="chrome", chrome="今天是：2021年09月26日 星期日",
         crumb="当前位置：首页 > 政民互动 > 决策意见征集",
         notes="A district environmental bureau's call for comments on its five-year plan, with the draft's table of "
               "contents: other. The site's date bar as <title>/<h1>.",
         lines=["【进行中】", "公告",
                "为做好“十四五”规划编制，依照《南开区“十四五”规划编制方案》，现将南开区生态环境局草拟的《天津市南开区生态环境保护“十四五”规划（征求意见稿）》"
                "向社会公布，公开征求意见。",
                "自发布之日起30日内，各级机关团体、企事业单位和个人均可通过电子邮箱nkqsthjj_bgs@tj.gov.cn提出意见和建议。"
                "（联系电话：022-27034198）",
                "天津市南开区生态环境局", "2021年8月24日",
                "草案正文", "天津市南开区生态环境保护“十四五”规划", "目　录",
                "一、生态环境保护“十三五”规划回顾", "二、生态环境保护“十四五”形势分析",
                "三、指导思想、基本原则和主要目标", "四、重点任务", "五、保障措施"]),
    dict(NOT_REPORT,
         key="h7_jiangmen_disclosure_catalogue_2025",
         src="https://www.jiangmen.gov.cn/jmstj/gkmlpt/content/3/3335/post_3335225.html (江门市生态环境局主动公开基本目录"
             "（2025年版）; 第一部分 概述, 第二部分 主动公开基本目录 as a table listing 政府信息公开工作年度报告)",
         url=T("https://www.jiangmen.gov.cn/jmstj/gkmlpt/content/3/3335/post_3335225.html"),
         title="江门市生态环境局主动公开基本目录（2025年版）", site="江门市人民政府", shape="plain",
         crumb="当前位置：首页 > 部门频道 > 江门市生态环境局 > 政府信息公开",
         notes="A city bureau's catalogue of what it discloses (主动公开基本目录), whose rows name the annual report "
               "(公开报告 | 政府信息公开工作年度报告): other.",
         lines=["第一部分　概述", "一、主要依据",
                "1.《中华人民共和国环境保护法》", "2.《中华人民共和国政府信息公开条例》",
                "3.中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》",
                "4.广东省人民政府办公厅关于做好新修订《中华人民共和国政府信息公开条例》宣传贯彻工作的通知（粤办函〔2019〕115号）",
                "5.《江门市人民政府办公室转发广东省人民政府办公厅关于进一步推进省市县三级主动公开基本目录编制发布工作的通知》（江府办函〔2021〕133号）",
                "二、公开主体、公开方式和咨询监督渠道",
                "【责任主体】江门市生态环境局",
                "【公开方式】江门市人民政府门户网站生态环境局部门频道、政府公报、新闻发布会、政务新媒体及各类新闻媒体",
                "【咨询监督渠道】江门市人民政府网站政民互动栏目、电话监督（0750-3502083）",
                "第二部分　主动公开基本目录",
                "序号 | 一级 | 二级 | 公开内容 | 责任单位",
                "1 | 机构概况 | 机构信息 | 办公地址、办公电话、通讯地址、邮政编码 | 办公室",
                "4 | 政府信息公开 | 公开指南 | 信息公开工作机构、办公地址、办公时间、联系方式、申请途径 | 办公室",
                "5 | 政府信息公开 | 公开目录 | 政府信息主动公开基本目录 | 办公室",
                "6 | 政府信息公开 | 公开报告 | 政府信息公开工作年度报告 | 办公室",
                "7 | 工作动态 | — | 重大政务活动、重点工作、工作会议 | 办公室、各科室"]),
    dict(NOT_REPORT,
         key="h7_sanya_five_year_plan",
         src="http://hbj.sanya.gov.cn/sthjsite/jhghxx/202301/e9cf77543c8247378310642cb259e3fc.shtml (三亚市“十四五”生态环境保护规划, "
             "2022年1月, filed 2023-01 under 计划规划信息)",
         url=T("http://hbj.sanya.gov.cn/sthjsite/jhghxx/202301/e9cf77543c8247378310642cb259e3fc.shtml"),
         title="三亚市“十四五”生态环境保护规划", site="三亚市生态环境局", shape="plain",
         crumb="当前位置：首页 > 信息公开 > 计划规划信息",
         notes="A city's five-year environmental protection plan (规划): other.",
         lines=["2022年1月", "目　录",
                "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年，也是海南推进全面深化改革开放和自由贸易港建设、"
                "三亚以生态环境保护推动高质量发展的关键五年。",
                "“十三五”期间，三亚把生态环境保护作为重点工作，实施“禁塑令”，推行垃圾分类，创建“无废城市”，结合环保督察反馈问题整改"
                "建立生态文明建设长效机制。",
                "巩固提升环境质量。2020年，PM2.5、PM10、SO2、NO2年均浓度分别为11、23、4、9微克/立方米，空气质量优良率100%；"
                "国控地表水断面水质优良率100%，城市（镇）集中式饮用水水源地水质达标率100%。"]),
    dict(NOT_REPORT,
         key="h7_qiqihar_emergency_plan_2019_menu",
         src="http://qqhr.gov.cn/News_showNews.action?messagekey=189033 (齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市环境污染和"
             "生态破坏突发事件应急预案》的通知, 齐政办规〔2019〕13号, 上载日期 2019-11-21; menu 中国政府网 黑龙江省政府网 English "
             "Русская версия 市人大 市政协 市纪委监委 above)",
         url=T("http://qqhr.gov.cn/News_showNews.action?messagekey=189033"),
         title="齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市环境污染和生态破坏突发事件应急预案》的通知", site="齐齐哈尔市人民政府",
         shape="chrome", chrome="中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委",
         pub="2019-11-21", source_line="市人民政府办公室",
         crumb="当前位置：首页 > 政务公开 > 政府文件",
         notes="A city government office's notice issuing an environmental emergency plan, with its table of "
               "contents: other. The portal's link bar (with a Russian link) as <title>/<h1>.",
         lines=["齐政办规〔2019〕13号",
                "各县（市）、区人民政府，市政府各委、办、局，各有关单位：",
                "经市政府同意，现将《齐齐哈尔市环境污染和生态破坏突发事件应急预案》（2019年修订）印发给你们，请认真贯彻执行。"
                "2016年印发的原预案（齐政办发〔2016〕23号）同时废止。",
                "齐齐哈尔市人民政府办公室", "2019年11月20日",
                "齐齐哈尔市环境污染和生态破坏突发事件应急预案（2019年修订）",
                "目　录", "1 总则", "2 组织指挥体系及职责", "3 预警和预防机制", "4 应急响应", "5 应急处置",
                "6 后期处置", "7 保障措施", "8 预案管理"]),
    # ================================================ inspection items and news
    dict(NOT_REPORT,
         key="h7_jiangmen_inspection_batch2_spam",
         src="https://rajayuj.com/home/bmdt/content/post_2986819.html (spam mirror of 江门市生态环境局 部门动态: 省第二生态环境"
             "保护督察组 第二批 环境信访举报案件24件, 11月30日)",
         url=T("https://rajayuj.com/home/bmdt/content/post_2986819.html"),
         title="我市收到省第二生态环境保护督察组交办的第二批环境信访举报案件", site="", shape="news",
         crumb="当前位置：首页 > 部门动态",
         notes="A city item on complaints handed over by a provincial inspection team, on a spam mirror: other. "
               "UNSURE title: reconstructed from the body (no year stated).",
         lines=["11月30日，我市收到省第二生态环境保护督察组交办的第二批环境信访举报案件24件（来电22件、来信2件），其中重点关注案件3件，"
                "涉及蓬江区11件、江海区4件、新会区5件、开平市1件、鹤山市2件、恩平市1件。",
                "交办件已转各县（市、区）和市有关行业主管部门调查处理，处理结果和整改情况将按要求及时公布。"]),
    dict(NOT_REPORT,
         key="h7_meizhou_inspection_report_2016",
         src="https://www.meizhou.gov.cn/zwgk/wgk/zxgk/dcsjgk/content/post_581628.html (中央第四环境保护督查组交办梅州市环境问题"
             "举报件核实查处情况通报（二）, 2016-12-05 15:01:46, 来源 梅州市广播电视台)",
         url=T("https://www.meizhou.gov.cn/zwgk/wgk/zxgk/dcsjgk/content/post_581628.html"),
         title="中央第四环境保护督查组交办梅州市环境问题举报件核实查处情况通报（二）", site="梅州市人民政府", shape="news",
         pub="2016-12-05", source_line="梅州市广播电视台",
         crumb="当前位置：首页 > 政务公开 > 五公开 > 执行公开 > 督查审计公开",
         notes="A city's bulletin on how complaints handed over by the central inspection team were checked: other.",
         lines=["中央第四环保督察组已向各地市转办五批环境信访举报件，我市共接到交办案件16宗，其中1宗与另一宗内容相同。"
                "我市已将举报件转相关职能部门和县（市、区）政府办理并限期反馈，现将部分核实查处情况通报如下。",
                "关于兴宁市水口镇一养殖场畜禽养殖污染问题：12月3日，兴宁市环保局、畜牧局和水口镇政府联合调查，该场为个人经营，"
                "不属规模化养殖场，附近无饮用水源；已对外排废水取样，并要求15日内清除现有存栏生猪。",
                "关于梅江区碧桂园小区臭气问题：市环保局召开专题研判会，组织梅江区、梅县区环保部门和镇街夜间巡查，未闻到臭味，"
                "相关街道已成立夜间巡查组查找源头。"]),
    dict(NOT_REPORT,
         key="h7_meizhou_inspection_batch21_trad",
         src="http://www.xzyswj.cn/zwgk/ztzl/rdzt/zysthjbhdczgz/content/post_2222385.html (Traditional mirror of a 梅州 "
             "专题 item: 本報訊 中央第四生態環境保護督察組 第二十一批 群眾信訪舉報案件19宗)",
         url=T("http://www.xzyswj.cn/zwgk/ztzl/rdzt/zysthjbhdczgz/content/post_2222385.html"),
         title="中央第四生态环境保护督察组向我市交办第二十一批群众信访举报案件", site="", shape="news", trad=True,
         crumb="当前位置：首页 > 政务公开 > 专题专栏 > 中央生态环境保护督察工作",
         notes="A newspaper item on complaints handed over by the central inspection team, on a Traditional "
               "mirror: other. UNSURE title: reconstructed from the body.",
         lines=["本报讯（记者江婵 通讯员马传胜）昨日，中央第四生态环境保护督察组向我市交办第二十一批群众信访举报案件19宗，无重点案件。"
                "按属地分，梅江区4宗、梅县区3宗、兴宁市5宗、平远县3宗、蕉岭县1宗、五华县3宗；按污染类型分（部分涉及多类），"
                "涉水10宗、大气8宗、噪声4宗、生态6宗。",
                "上述案件已交有关地方政府和部门加快办理，整改和处理情况将及时向社会公开。"]),
    dict(NOT_REPORT,
         key="h7_tianjin_inspection_rectification_2018",
         src="https://www.shdbkk.com/html_3/falu/30576/list/1.html (天津市对外公开中央环境保护督察整改情况, repost on a spam "
             "host; 49项 整改任务, 32项 已完成, 截至2018年8月底)",
         url=T("https://www.shdbkk.com/html_3/falu/30576/list/1.html"),
         title="天津市对外公开中央环境保护督察整改情况", site="", shape="plain",
         crumb="首页 > 法律法规",
         notes="A city's public account of inspection rectification (49 tasks, 32 done), reposted on a spam host: other.",
         lines=["2017年4月28日至5月28日，中央第一环境保护督察组对天津市开展环境保护督察，并于7月29日反馈督察意见。",
                "市委、市政府把反馈意见整改落实作为重大政治任务推进。截至2018年8月底，整改方案确定的49项整改任务中，32项已完成整改并长期坚持，"
                "其余17项取得阶段性进展，按序时进度推进。",
                "一、坚决扛起生态环境保护政治责任，狠抓反馈意见整改落实",
                "一是严密组织体系。市委、市政府主要负责同志任督察整改落实领导小组组长，向16个区派驻现场督办检查组。",
                "三是强化督办问效。坚持周调度、周通报，印发通报52期、简报179期，严格执行“四级联签”制度。"]),
    dict(NOT_REPORT,
         key="h7_hainan_rectification_plan_news",
         src="https://static.h2o-china.com/news/353502.html (中国水网 item: 海南省贯彻落实第三轮中央生态环境保护督察报告整改方案 "
             "made public; 督察 2023-11-21 to 12-21, report 2024-02-26)",
         url=T("https://static.h2o-china.com/news/353502.html"),
         title="海南省公开第三轮中央生态环境保护督察报告整改方案", site="中国水网", shape="news",
         crumb="当前位置：首页 > 新闻",
         notes="An industry news site's item on a province publishing its inspection rectification plan: other. "
               "UNSURE title: reconstructed from the body.",
         lines=["2023年11月21日至12月21日，中央第三生态环境保护督察组对海南省开展第三轮生态环境保护督察，并于2024年2月26日反馈督察报告。",
                "海南省依照《中央生态环境保护督察工作规定》《中央生态环境保护督察整改工作办法》，制定了《海南省贯彻落实第三轮中央生态环境保护督察报告整改方案》，"
                "经党中央、国务院批准后按要求公开。",
                "整改方案提出四方面目标，要求到2026年底生态环境质量继续保持全国领先，生态安全风险总体可控。"]),
    # ================================================ bulletins, yearbooks, news
    dict(NOT_REPORT,
         key="h7_hainan_bulletin_2021_repost",
         src="http://haikou.baogaosu.com/xinwen/%E5%B9%B4%E6%B5%B7%E5%8D%97%E7%9C%81%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83/106240969/ "
             "(2021年海南省生态环境状况公报 reposted on a city news aggregator, date shown as 05.06.2022 11:34; 专栏一 …)",
         url=T("http://haikou.baogaosu.com/xinwen/%E5%B9%B4%E6%B5%B7%E5%8D%97%E7%9C%81%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83/106240969/"),
         title="2021年海南省生态环境状况公报", site="", shape="news",
         crumb="首页 > 新闻",
         notes="An annual environmental bulletin (公报) reposted by a news aggregator (date in dd.mm.yyyy form): other.",
         lines=["05.06.2022　11:34",
                "依照《中华人民共和国环境保护法》，现发布2021年海南省生态环境状况公报。",
                "海南省生态环境厅", "2022年6月",
                "专栏一　大气环境质量专项督导精准有效",
                "9月至12月，省生态环境厅对全省19个市县和洋浦经济开发区开展改善大气环境质量专项督导，检查发现问题污染源1627个，"
                "形成问题清单督促整改；9月、10月PM2.5浓度达到有监测数据以来当月最好水平。",
                "专栏二　城市内河（湖）治理成效显著",
                "2021年全省城镇内河（湖）水质达标率94.2%，同比上升7.2个百分点；优良水体比例44.2%，同比上升10.2个百分点。"]),
    dict(NOT_REPORT,
         key="h7_meilan_yearbook_2020",
         src="http://www.sznianjian.com/show.php?mlid=35189 (a 年鉴 entry: 一级目 环保 • 园林 • 环卫, 二级目 生态环境保护, "
             "【概况】2020年 美兰区 空气质量优良率98.8%)",
         url=T("http://www.sznianjian.com/show.php?mlid=35189"),
         title="生态环境保护", site="数字年鉴", shape="plain",
         crumb="书名： > 一级目：环保 • 园林 • 环卫 > 二级目：生态环境保护",
         notes="A yearbook (年鉴) entry on a district's environmental protection in 2020: other.",
         lines=["【概况】2020年，美兰区在区委、区政府领导和市主管部门指导下，落实中央和省市区环境保护工作部署，以改善空气、水、土壤环境质量为重点，"
                "打好“大气、水、土壤”攻坚战。全区环境质量继续保持优良，空气质量优良率98.8%，为历年最好水平。"]),
    dict(NOT_REPORT,
         key="h7_lhasa_quality_2022_news_trad",
         src="http://shenyangwangzhanzhizuo.com/cn/news/yc/202306/t20230628_7441840.html (Traditional mirror of 中国西藏网: "
             "西藏拉萨2022年生态环境质量状况持续向好, 2023-06-28 21:42; 优良天数比例99.7%; junk <style>/<noscript> tags above)",
         url=T("http://shenyangwangzhanzhizuo.com/cn/news/yc/202306/t20230628_7441840.html"),
         title="西藏拉萨2022年生态环境质量状况持续向好", site="中国西藏网", shape="news", pub="2023-06-28", trad=True,
         crumb="中国西藏网 > 新闻 > 原创",
         notes="News of a city's press conference on the year's environmental quality, on a Traditional mirror: other.",
         lines=["中国西藏网讯　记者在6月28日召开的拉萨市2022年生态环境质量状况新闻发布会上获悉，2022年拉萨市空气质量优良天数比例为99.7%，"
                "在全国168个重点城市中排名第1；主要江河湖泊、5个国控断面和城市集中式饮用水水源地水质达标率100%；全市地表水无劣Ⅴ类水体，"
                "城市建成区无黑臭水体。",
                "发布会上，拉萨市生态环境局负责人从四个方面介绍了2022年全市生态环境保护工作开展情况。"]),
]

# A count the page does not state is null (docs/report-format.md): every report
# above without a stated figure carries the explicit null (the heldout5
# convention).
for _c in SOURCES:
    if _c.get("doc_type", "annual_report") == "annual_report":
        for _k in ("proactive_total", "requests_received", "requests_granted", "reconsiderations", "lawsuits"):
            _c.setdefault(_k, None)
