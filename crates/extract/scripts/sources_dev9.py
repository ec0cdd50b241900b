"""Sources of tests/realworld/dev/rw9_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev9.py (see its docstring). Chosen for how the count fields
are written: a year's count stated with 截止 but no 累计, counts whose unit the
source dropped, 千余条 (an approximate count in a Chinese numeral), counts
"generated" then "of which disclosed", a total broken down by channel after
it, channel counts with no total, category counts only, requests received by
letter or as 处理N项依申请公开, and counts next to the disclosure counts that are
not disclosure counts (行政处罚案件, 建议提案信息, 宣传稿件, 信息简报)."""
from sources2 import T
from sources_dev5 import OLD_TAIL, SIX_IMG

NOT_REPORT = dict(doc_type="other")
OVERVIEW = "一、总体情况"

SOURCES = [
    # ------------------------------------------------------------ 江西 九江
    dict(
        key="xunyang_2020_generated_then_disclosed", year=2020,
        src="http://www.xunyang.gov.cn/zwgk/zfxxgkzl/bmxxgk/sthjj/zfxxgknb_171215/202101/t20210129_4755244.html (浔阳生态环境局2020年度报告, index block, 来源:中国·浔阳网: 2020年度共生成85条政府信息，其中主动公开85条; requests not in the excerpt)",
        url=T("http://www.xunyang.gov.cn/zwgk/zfxxgkzl/bmxxgk/sthjj/zfxxgknb_171215/202101/t20210129_4755244.html"),
        title="浔阳生态环境局2020年度政府信息公开工作年度报告", site="九江市浔阳区人民政府", shape="index",
        pub="2021-01-29", issuer="浔阳生态环境局", index_no="000014349/2021-24446",
        agency="浔阳生态环境局", province="江西省", admin_level="county",
        proactive_total=85,
        notes="共生成85条政府信息，其中主动公开85条: the information the bureau generated, of which 85 proactively "
              "disclosed → 85 (the generated count equals it here). Requests not in the source excerpt (not labelled). "
              "The agency names itself 浔阳生态环境局 (a district of 九江市) without the city.",
        lines=["一、总体情况",
               "2020年，浔阳生态环境局在区委、区政府领导和区信息办指导下推进政府信息公开，围绕生态环境质量改善和公众关切，落实决策、执行、管理、服务、结果“五公开”，加强解读回应。",
               "（一）主动公开政府信息情况",
               "1、主动公开政府信息的数量。本局主动公开的政府信息经保密审查和领导签字后，统一在区政府网站专栏发布。2020年度共生成85条政府信息，其中主动公开85条。",
               "2、主动公开政府信息的类别。主要包括本局机构设置、人事任命、工作职责和联系方式，项目审批、环境影响评价、信访案件查处等工作开展情况，以及有关工作方案。",
               "3、公开网提报信息情况。定期召开专题会议，调度各股室按时提报政府信息。"] + SIX_IMG,
    ),
    dict(
        key="yongxiu_2021_site_yu_and_media_apart", year=2021,
        src="https://www.yongxiu.gov.cn/sthjj/03/202201/t20220120_5384226.html (九江市永修生态环境局2021年度报告: 在政府网站上主动公开政务信息总数320余条，其中工作动态75条…建设项目环境影响评价106条…; 通过“永修生态环境”微信公众号发布信息250余条，…微博公众号发布信息120余条; 没有收到依申请公开政府信息)",
        url=T("https://www.yongxiu.gov.cn/sthjj/03/202201/t20220120_5384226.html"),
        title="九江市永修生态环境局2021年度政府信息公开工作年度报告", site="永修县人民政府", shape="plain",
        agency="九江市永修生态环境局", province="江西省", admin_level="county",
        proactive_total=None, requests_received=0, requests_granted=0,
        notes="The website's count (政务信息总数320余条, broken down by kind after it) and, in the next sentence, the "
              "微信 (250余条) and 微博 (120余条) counts, with no total over the three and no 另 → three channel counts, "
              "null (UNSURE: read as '政府信息 with new-media posts given apart' it would be 320). 没有收到依申请公开政府"
              "信息 → received 0, granted 0.",
        lines=["本报告依据《中华人民共和国政府信息公开条例》第五十条及国办公开办函〔2021〕30号文件编制，所列数据统计期限自2021年1月1日至2021年12月31日。",
               "一、总体情况",
               "2021年我局围绕县委、县政府决策部署开展政府信息公开工作。",
               "（一）主动公开",
               "我局在永修政府网依法公开生态环境领域的规范性文件、工作动态、建设项目环境影响评价、服务企业接待日、环境执法检查、行政处罚、生态环境质量等信息。2021年在政府网站上主动公开政务信息总数320余条，其中工作动态75条、决策公开10条，公众参与信息22条，服务企业接待日活动11条，行政处罚25条，政策解读3条、回应关切2条、建设项目环境影响评价106条，其他事项42条。通过“永修生态环境”微信公众号发布信息250余条，“九江市永修生态环境局”微博发布信息120余条。",
               "（二）依申请公开",
               "2021年度，我局没有收到依申请公开政府信息。",
               "（三）政府信息管理",
               "按照工作要求分解任务，规范公开载体和形式。"] + SIX_IMG,
    ),
    dict(
        key="nanchang_2018_qianyu_and_17_items", year=2018, format="narrative",
        src="http://sthjj.nc.gov.cn/ncgbj/xxgknb/201901/ba7e8bd0e83c454883ee684f0d1aef8f.shtml (南昌市环保局2018年报, title over two lines: 全年主动公开各类环境政务信息千余条，处理17项依申请公开，发布环境政务微博微信600余条)",
        url=T("http://sthjj.nc.gov.cn/ncgbj/xxgknb/201901/ba7e8bd0e83c454883ee684f0d1aef8f.shtml"),
        title="南昌市环保局2018年政府信息公开工作年度报告", site="南昌市生态环境局", shape="plain",
        crumb="您当前所在位置: 首页>政府信息公开>信息公开年报",
        agency="南昌市环保局", province="江西省", admin_level="prefectural",
        proactive_total=1000, requests_received=17,
        notes="千余条: the year's count in a Chinese numeral with 余 → 1000 (UNSURE: approximate, as report-format "
              "labels 170余条 with its number). The 微博微信 posts (600余条) are given apart in the same sentence, not a "
              "rival total. 处理17项依申请公开 → 17 requests (UNSURE: 处理 = handled; the report names no other request "
              "count). Granted not labelled.",
        lines=["南昌市环保局2018年政府信息公开工作",
               "年度报告",
               "根据《中华人民共和国政府信息公开条例》，现向社会公布本单位2018年度信息公开年度报告，报告可在南昌市环保局门户网站“绿色南昌”查询下载。如有疑问，请与南昌市环保局政府信息公开领导小组办公室联系。",
               "我局按照全市政府信息公开工作要求，坚持公正、公平、便民、客观的原则，完善公开制度，继续做好环境质量信息发布和污染源监管信息公开，实时发布环保工作动态，坚持每日“读网”，及时回复网上咨询、投诉和依申请公开事项。全年主动公开各类环境政务信息千余条，处理17项依申请公开，发布环境政务微博微信600余条。",
               "一、推进环境监管信息公开",
               "按时发布环境监测信息：在“绿色南昌”网站实时发布全市及县区环境空气质量，发布日报、周报和月报；按月发布地表水和集中式饮用水水源水质状况。",
               "二、加强公开平台建设", "维护门户网站和政务新媒体，及时更新公开栏目。"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 湖南
    dict(
        key="huaihua_2019_three_channels_requests_as_items", year=2019,
        src="http://www.huaihua.gov.cn/sthjj/c100617/202001/a7d5840ac4d34bfab541ce5ab343cffa.shtml (怀化市生态环境局2019年报, 发布时间2020-01-20: 在我局网页发布稿件866篇、微信公众号发布稿件877篇、微博发布稿件856篇，依申请公开信息5条; table 2 follows)",
        url=T("http://www.huaihua.gov.cn/sthjj/c100617/202001/a7d5840ac4d34bfab541ce5ab343cffa.shtml"),
        title="怀化市生态环境局2019年政府信息公开工作年度报告", site="怀化市人民政府", shape="plain",
        pub="2020-01-20", source_line="怀化市生态环境局",
        agency="怀化市生态环境局", province="湖南省", admin_level="prefectural",
        proactive_total=None, requests_received=5,
        notes="Three channel counts in 篇 (网页866, 微信877, 微博856) and no total → null. 依申请公开信息5条 in the same "
              "sentence → 5 requests (UNSURE: 'information disclosed on request, 5 items'; read like 依申请公开N件). "
              "The 41个栏目 is a count of columns, not of items.",
        lines=["一、总体情况",
               "2019年，我局落实政务公开各项要求，做好生态环保政务公开，保障人民群众的知情权、参与权和监督权。",
               "（一）加强组织领导，健全工作机制。成立以局长为组长的领导小组，制定年度政府信息公开实施方案和任务分解表，建立投诉管理、监督检查、通报和责任追究机制。",
               "（二）强化平台建设，做好日常运维。局政务服务网站并入市政府门户网站，继续运营“怀化环保”微信、微博公众号。",
               "（三）抓好重点领域信息公开。政务公开网页设有环境影响评价、环境数据发布、环保监督执法等41个栏目。2019年度，在我局网页发布稿件866篇、微信公众号发布稿件877篇、微博发布稿件856篇，依申请公开信息5条。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 黑龙江 (Traditional wiki)
    dict(
        key="heilongjiang_2022_trad_penalty_cases", year=2022, trad=True,
        src="https://newton.com.tw/wiki/黑龍江省生態環境廳2022年政府信息公開工作年度報告/62783026 (Traditional wiki repost: 全省各級生態環境部門共辦理行政處罰案件524件，罰款9190.1206萬元。辦理配套辦法措施案件89件，其中按日計罰案件2件…查封扣押案件31件…; no disclosure count in the excerpt)",
        url=T("https://newton.com.tw/wiki/%E9%BB%91%E9%BE%8D%E6%B1%9F%E7%9C%81%E7%94%9F%E6%85%8B%E7%92%B0%E5%A2%83%E5%BB%B32022%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A/62783026"),
        title="黑龙江省生态环境厅2022年政府信息公开工作年度报告", site="牛顿百科", shape="plain",
        agency="黑龙江省生态环境厅", province="黑龙江省", admin_level="provincial",
        proactive_total=None,
        notes="Traditional wiki repost (machine-converted). The only counts in the text are enforcement cases "
              "(行政处罚案件524件, 配套办法措施案件89件, 按日计罚2件, 查封扣押31件…) and power-list items (37项, 28项, "
              "25项): none is a disclosure count → proactive null. Requests not labelled (tables as images).",
        lines=["本年度报告依据《中华人民共和国政府信息公开条例》的要求，由黑龙江省生态环境厅综合2022年厅本级政府信息公开工作情况编制。所列数据的统计期限为2022年1月1日至2022年12月31日。",
               "一、总体情况",
               "2022年，黑龙江省生态环境厅落实国务院办公厅和省政府办公厅关于政务公开的部署，以公众关心的生态环境问题为重点，推进决策、执行、管理、服务、结果公开，加强信息发布和政策解读。",
               "（一）推进政务公开，优化营商环境。在哈尔滨新区实行“不见面”审批，对环境影响较小的项目实行环评豁免；在厅网站设立惠企政策专栏并配发解读。调整保留省级权责事项37项，认领“互联网+监管”事项28项，审核行政检查实施清单25项。2022年，全省各级生态环境部门共办理行政处罚案件524件，罚款9190.1206万元；办理配套办法措施案件89件，其中按日计罚案件2件，查封扣押案件31件，限产停产案件11件，移送拘留案件23件，环境污染犯罪案件22件。",
               "（二）规范权力运行，推进决策和执行公开。参加省政府新闻发布会，通报重点工作进展。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 四川
    dict(
        key="fucheng_2018_units_dropped", year=2018, format="narrative",
        src="http://www.myfc.gov.cn/public/column/22491?type=3&nav=5&sub=4&timeFrame=2018&hasContent=true (绵阳市涪城区环境保护局2018年政府信息公开年报, 发布时间2019-04-04; the page dropped most units: 通过涪城政务网主动公开信息数量198其中：基本信息公开114条…; 收到群众来信要求公开环评相关信息10，并按要求通过信件…公开)",
        url=T("http://www.myfc.gov.cn/public/column/22491?type=3&nav=5&sub=4&timeFrame=2018&hasContent=true"),
        title="绵阳市涪城区环境保护局2018年政府信息公开年报", site="绵阳市涪城区人民政府", shape="plain",
        pub="2019-04-04",
        agency="绵阳市涪城区环境保护局", province="四川省", admin_level="county",
        proactive_total=198, requests_received=10,
        notes="The source page lost most 条/件 after its figures (as printed): 主动公开信息数量198其中：… → 198 (the "
              "parts 114 + 45 + 39 = 198). 收到群众来信要求公开环评相关信息10 → 10 requests by letter (UNSURE: no unit). "
              "Granted not labelled (the letters were answered by post, outcome not counted).",
        lines=["根据《中华人民共和国政府信息公开条例》和《关于做好2018年政府信息公开工作年度报告编制和公布工作的通知》等要求，现将我局2018年政府信息公开工作情况报告如下：",
               "一、政府信息公开情况",
               "（一）主动公开政府信息数量。2018年我局通过涪城政务网主动公开信息数量198其中：基本信息公开114条，包括工作动态51，公示公告43，执法监督1条，文件及解读6，政策法规7，年度要点5条，单位概况更新1条；重点信息公开45，包括财政资金3条，环境保护42条；违法曝光台专栏发布39。",
               "（二）依申请公开政府信息数量。2018年我局收到群众来信要求公开环评相关信息10，已按要求通过信件向申请人公开相关信息。",
               "二、政府信息公开工作开展情况",
               "2018年，我局以深化政务公开为基础，围绕环境影响评价、污染物总量控制、环境管理等重点工作推行环保政务公开。成立由局长任组长的政府信息公开工作领导小组，由局办公室具体负责。"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 江苏
    dict(
        key="rugao_2022_kinds_with_proposals_and_press", year=2022,
        src="http://www.rugao.gov.cn/rgshbj/xxgknb/content/e2d2bc88-2ce1-4cc9-a4ef-5bc6879f710a.html (南通市如皋生态环境局2022年报: 2022年我局政府信息公开共计422条，其中：规章及规范性文件4条…行政处罚和行政强制327条…建议提案信息4条。在各级媒体平台上刊登如皋生态环境宣传稿件250余篇)",
        url=T("http://www.rugao.gov.cn/rgshbj/xxgknb/content/e2d2bc88-2ce1-4cc9-a4ef-5bc6879f710a.html"),
        title="南通市如皋生态环境局2022年政府信息公开工作年度报告", site="如皋市人民政府", shape="plain",
        agency="南通市如皋生态环境局", province="江苏省", admin_level="county",
        proactive_total=422,
        notes="Title reconstructed from the body (the excerpt opens at 一、总体情况 and names 南通市如皋生态环境局). "
              "政府信息公开共计422条 with its kinds after 其中 (建议提案信息4条 among them) → 422; the press articles "
              "(宣传稿件250余篇) are publicity, not a channel total. Requests not in the excerpt (not labelled).",
        lines=["一、总体情况",
               "2022年，南通市如皋生态环境局贯彻落实中央、省、市推进政务公开的部署和《政府信息公开条例》，以公开促落实、促规范、促服务，推进重点领域环境信息公开。",
               "（一）国办、省办公开工作要点贯彻落实情况。按照市委、市政府统一部署开展本部门政务公开工作，把信息公开平台建成群众了解政府办事流程和重大决策的渠道。",
               "（二）主动公开情况。执行《如皋生态环境局信息公开管理制度》，应当主动公开的信息及时公开。2022年我局政府信息公开共计422条，其中：规章及规范性文件4条、机关简介4条、政策文件16条、公告公示40条、答问知识库3条、规划计划4条、行政处罚和行政强制327条、部门预决算12条、政府采购6条、重大民生信息4条、人事信息2条、建议提案信息4条。在各级媒体平台刊登如皋生态环境宣传稿件250余篇。11月召开生态文明建设工作座谈会，邀请人大代表、政协委员和市民代表参加。",
               "（三）依申请公开办理情况。常态化做好依申请公开工作，参加市生态环境局组织的政府信息公开培训，按照规范程序办理。"] + SIX_IMG,
    ),
    dict(
        key="nantong_2013_no_count", year=2013, format="narrative",
        src="http://hbj.nantong.gov.cn/ntshbj/xxgknb/content/dbc8f9cf-f77a-4774-bae9-37ade2021df1.html (2013年南通市环境保护局政府信息公开工作年度报告, 来源: 南通市环保局 发布时间:2014-04-04; no count in the excerpt; 从201391日起 printed without separators)",
        url=T("http://hbj.nantong.gov.cn/ntshbj/xxgknb/content/dbc8f9cf-f77a-4774-bae9-37ade2021df1.html"),
        title="2013年南通市环境保护局政府信息公开工作年度报告", site="南通市生态环境局", shape="plain",
        pub="2014-04-04", source_line="南通市环保局",
        crumb="当前位置: 首页 > 信息公开 > 信息公开年报",
        agency="南通市环境保护局", province="江苏省", admin_level="prefectural",
        proactive_total=None,
        notes="Year first in the title. The excerpt states no count (the counts are in an appended table, an image "
              "here): proactive null; the date 从201391日起 is printed without separators as on the source. Requests "
              "not labelled.",
        lines=["一、概述",
               "2013年，各级对环境信息公开工作更加重视。环保部、省环保厅专门发文部署重点污染源监管信息公开，市政府办多次部署全市政府信息公开工作。",
               "我局加大环境信息公开工作力度：一是完善组织网络，3月份调整局政府信息公开工作领导小组及其办公室，办公室设在局办公室，技术维护由环境信息中心负责；二是把信息公开同业务工作一道部署、检查和评比；三是印发《关于加强污染源监管信息公开工作的实施细则》，在南通环保网站设置重点污染源监管信息公开专栏，从201391日起推进重点污染源基本信息、监测、总量控制、排污费征收等信息公开。",
               "二、主动公开政府信息情况", "主动公开的信息数量和类别见附表。",
               "附表：政府信息公开情况统计表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 上海
    dict(
        key="jiading_2020_categories_only", year=2020,
        src="http://huanbao.jiading.cn/publicity/zfxxgknb/136426 (2020年度上海市嘉定区生态环境局政府信息公开工作年度报告, index block 发布机构: 区生态环境局, 发文日期 2021年01月28日: 1.政府信息…79条。2.环境监管信息…615条。3.执法信息…49条。4.环境质量信息 (no count))",
        url=T("http://huanbao.jiading.cn/publicity/zfxxgknb/136426"),
        title="2020年度上海市嘉定区生态环境局政府信息公开工作年度报告", site="上海嘉定", shape="index",
        pub="2021-01-28", issuer="区生态环境局", index_no="00001434-9/2021-00005",
        agency="上海市嘉定区生态环境局", province="上海市", admin_level="county",
        proactive_total=None, repost_unlabelled=True,
        notes="repost not labelled: huanbao.jiading.cn is the district's own environment site under a .cn "
              "domain, which the page cannot show to be a government's. Counts per category (政府信息79条, 环境监管信息615条, 执法信息49条; 环境质量 in real time, no count) and "
              "no total → null (UNSURE: a reader could add them, the report does not). Requests not in the excerpt.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求，由上海市嘉定区生态环境局编制。所列数据统计期限自2020年1月1日到2020年12月31日止。",
               "一、总体情况", "（一）主动公开",
               "2020年，我局围绕生态环境保护中心工作，推进决策、执行、管理、服务、结果公开。",
               "1.政府信息：主动公开机构职能、部门文件、人事任免等信息79条。",
               "2.环境监管信息：主动公开审批决定、应急管理等信息615条。",
               "3.执法信息：主动公开双随机执法检查、行政处罚等信息49条。",
               "4.环境质量信息：在“生态环境”频道、手机客户端、噪声屏等渠道实时发布空气质量数据，每月发布18条市考地表水断面水质情况。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 北京
    dict(
        key="dongcheng_2018_jiezhi_without_leiji", year=2018, format="narrative",
        src="https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2018nb/dcqzfbm2018/201912/t20191217_2994769.html (北京市东城区环境保护局2018年报: 截止2018年12月31日，共主动公开政府信息603条…通过部门网站公开480条，微博、微信公众号各公开信息123条…)",
        url=T("https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2018nb/dcqzfbm2018/201912/t20191217_2994769.html"),
        title="北京市东城区环境保护局2018年政府信息公开工作年度报告", site="北京市东城区人民政府", shape="plain",
        agency="北京市东城区环境保护局", province="北京市", admin_level="county",
        proactive_total=603,
        notes="Title reconstructed from the preamble (由北京市东城区环境保护局编制). 截止2018年12月31日，共主动公开"
              "政府信息603条: 截止 with the report year's end and no 累计 → the year's total 603 (its channel parts "
              "480 + 123 follow). Requests not in the excerpt.",
        lines=["本报告是根据《中华人民共和国政府信息公开条例》要求，由北京市东城区环境保护局编制。",
               "全文包括概述，主动公开政府信息的情况，依申请公开政府信息的情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的不足及改进措施。",
               "本报告中所列数据的统计期限自2018年1月1日起，至2018年12月31日止。",
               "一、概述",
               "2018年本局政府信息公开工作运行正常，咨询、依申请公开和答复工作顺利开展。本局成立政府信息公开工作领导小组，由法制宣教科人员兼职负责，设有1个信息申请受理点和公共查阅点。",
               "二、政府信息主动公开情况", "（一）公开情况",
               "截止2018年12月31日，共主动公开政府信息603条，全文电子化率达100%。通过部门网站公开480条，微博、微信公众号各公开信息123条（不含转载）。网站公开的信息中，双公示类信息102条，重点领域信息47条，部门动态类信息235条，执法监督类信息22条，通知公告类信息39条。",
               "（二）公开形式及场所", "本局通过区政府网站分站点、区行政服务大厅窗口、档案馆文件查询中心和微博、微信公众号公开政府信息。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="dongcheng_2021_jiezhi_total_then_channels", year=2021,
        src="https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2021nb/dcqzfbm2021/202201/t20220111_2994614.html (东城区生态环境局2021年报: 截止2021年12月31日，共主动公开政府信息1696条…通过网站公开613条，微博公开信息589条、微信公众号公开信息494条…; 政务服务类事项44项)",
        url=T("https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2021nb/dcqzfbm2021/202201/t20220111_2994614.html"),
        title="北京市东城区生态环境局2021年政府信息公开工作年度报告", site="北京市东城区人民政府", shape="plain",
        agency="北京市东城区生态环境局", province="北京市", admin_level="county",
        proactive_total=1696,
        notes="Title reconstructed (the excerpt opens with the preamble; the body names 东城区生态环境局). Agency as "
              "the page's title names it (label fixed after the first run: it was 东城区生态环境局, the body's short "
              "form, which contradicts 'agency as the document names it' for a page whose title names it in full). 截止2021年12月31日，共主动公开政府信息1696条 with its channels after it "
              "(613 + 589 + 494 = 1696) → 1696; the 44项 政务服务类事项 are service items, not disclosures. Requests "
              "not in the excerpt.",
        lines=["依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。",
               "一、总体情况",
               "2021年东城区生态环境局围绕《北京市东城区2021年政务公开工作要点》开展工作，截止2021年12月31日，共主动公开政府信息1696条，全文电子化率达100%。通过网站公开613条，微博公开信息589条、微信公众号公开信息494条。网站公开的信息中，双公示类信息383条，部门动态类信息177条，通知公告20条，行政执法公示21条，执法监督信息12条。",
               "（一）做好政务公开全清单梳理。制定工作方案，确保职责全覆盖、事项无遗漏。",
               "（二）抓好“双公示”工作。按“谁制作、谁公开”原则全量、及时、规范公示。",
               "（三）推动政务服务类事项公开。我局现有政务服务类事项44项，其中许可事项17项，行政确认事项4项，其他行政权力事项22项，公共服务类事项1项。"] + SIX_IMG,
    ),
    dict(
        key="beijing_2021_source_column", year=2021,
        src="https://sthjj.beijing.gov.cn/bjhrb/index/xxgk69/zfxxgk43/qtfdxx73/zfxxgknb13/21204504/index.html (北京市生态环境局2021年政府信息公开工作年度报告, 来源:审批处 时间:2022年01月19日, search bar with 热门查询 as chrome; no count in the excerpt)",
        url=T("https://sthjj.beijing.gov.cn/bjhrb/index/xxgk69/zfxxgk43/qtfdxx73/zfxxgknb13/21204504/index.html"),
        title="北京市生态环境局2021年政府信息公开工作年度报告", site="北京市生态环境局", shape="plain",
        pub="2022-01-19", source_line="审批处",
        crumb="当前位置 > 首页 > 首页 > 详细信息",
        agency="北京市生态环境局", province="北京市", admin_level="provincial",
        proactive_total=None,
        notes="No count in the excerpt (the statutory tables follow as images here): proactive null. 来源 names a "
              "division (审批处), not the issuer. Requests not labelled.",
        lines=["依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。",
               "一、总体情况",
               "2021年，市生态环境局认真落实国家和本市关于全面推进信息公开的部署，围绕改善生态环境质量和深入打好污染防治攻坚战，提升政府信息公开质量。",
               "（一）组织领导情况", "主要领导和主管领导多次对生态环境信息公开和网站平台建设作出部署，修订并发布《政府信息主动公开全清单（2021年版）》。",
               "（二）主动公开情况", "一是按月发布各区PM2.5浓度排名，发布生态环境状况公报和固体废物污染环境防治公告；二是发布机关职能、机构设置、办公地址等信息；三是按时公开财政预决算、政府集中采购和人员考录信息。",
               "（三）依申请公开情况", "依法依规办理依申请公开答复工作，及时更新政府信息公开指南。"] + SIX_IMG,
    ),
    dict(
        key="daxing_2012_dates_unseparated", year=2012, format="narrative",
        src="http://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/735792/735793/734231/index.html (2012年北京市大兴区环境保护局政府信息公开年度报告, re-posted 2020-01-11 from 大兴区生态环境局; 统计期限自201211日起至20121231日止; no count in the excerpt)",
        url=T("http://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/735792/735793/734231/index.html"),
        title="2012年北京市大兴区环境保护局政府信息公开年度报告", site="北京市大兴区人民政府", shape="plain",
        pub="2020-01-11", source_line="大兴区生态环境局",
        agency="北京市大兴区环境保护局", province="北京市", admin_level="county",
        proactive_total=None,
        notes="A 2012 report re-posted in 2020 by the successor bureau (页 date 2020-01-11, 来源 大兴区生态环境局); the "
              "statistics period printed without separators (自201211日起至20121231日止). No count in the excerpt: "
              "proactive null. Requests not labelled.",
        lines=["北京市大兴区环境保护局政府信息公开", "年度报告",
               "本报告是根据《中华人民共和国政府信息公开条例》要求，由北京市大兴区环境保护局编制的2012年度政府信息公开年度报告。",
               "全文包括概述，主动公开政府信息的情况，依申请公开政府信息和不予公开政府信息的情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在不足及改进措施。",
               "本报告中所列数据的统计期限自201211日起至20121231日止。",
               "一、概述",
               "2012年大兴区环境保护局在深化公开内容、完善配套工作和加强基础性工作方面取得新进展。",
               "（一）加强组织建设", "我局成立由局长任组长的政府信息公开工作领导小组，办公室为日常工作机构，受理政府信息依申请公开事项。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 辽宁
    dict(
        key="shenyang_2022_total_then_channels", year=2022,
        src="https://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2022nb/bmnb80580/202301/t20230118_4373543.html (沈阳市生态环境局2022年报: 全年，主动公开政府信息12825条。其中通过政府网站公开2489条，通过政务新媒体公开10052条，通过线下方式公开信息284条; requests cut off: 全年共办理依申…)",
        url=T("https://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2022nb/bmnb80580/202301/t20230118_4373543.html"),
        title="沈阳市生态环境局2022年政府信息公开工作年度报告", site="沈阳市人民政府", shape="plain",
        pub="2023-01-18", source_line="市生态环境局",
        crumb="首页 -> 政务公开 -> 政府信息公开年报 -> 2022年 -> 部门政府信息公开工作年度报告",
        agency="沈阳市生态环境局", province="辽宁省", admin_level="prefectural",
        proactive_total=12825,
        notes="主动公开政府信息12825条 with its channels after 其中 (2489 + 10052 + 284 = 12825) → 12825. The "
              "requests sentence is cut off in the source excerpt (全年共办理依申…): not labelled.",
        lines=["根据《中华人民共和国政府信息公开条例》及国办公开办函〔2021〕30号相关要求，现公布《沈阳市生态环境局2022年度政府信息公开工作年度报告》。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
               "一、总体情况",
               "2022年，沈阳市生态环境局贯彻落实国家和省、市有关决策部署，以公开促落实、促规范、促服务。",
               "（一）主动公开方面",
               "2022年，局门户网站和政务新媒体协同联动，及时传递生态环境领域权威信息。全年，主动公开政府信息12825条。其中通过政府网站公开2489条，通过政务新媒体公开10052条，通过线下方式公开信息284条。",
               "（二）依申请公开方面",
               "把依申请公开作为服务群众和市场主体的重要方式，在法定范围内满足申请人的合理需求。"] + SIX_IMG,
    ),
    dict(
        key="shenyang_2016_valid_items_excluding_realtime", year=2016, format="narrative",
        src="http://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2016n/bmzfxxgkgzndbg/202111/t20211102_635691.html (沈阳市环保局2016年度政务公开和政府信息公开工作报告, 2017年03月12日, filed under a 2021 URL: 全年公布有效信息6732条（不包含空气质量实时信息量）)",
        url=T("http://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2016n/bmzfxxgkgzndbg/202111/t20211102_635691.html"),
        title="沈阳市环保局2016年度政务公开和政府信息公开工作报告", site="沈阳市人民政府", shape="plain",
        pub="2017-03-12", source_line="市环保局",
        crumb="首页 -> 政务公开 -> 政府信息公开年报 -> 2016年 -> 部门政府信息公开工作年度报告",
        agency="沈阳市环保局", province="辽宁省", admin_level="prefectural",
        proactive_total=6732,
        notes="全年公布有效信息6732条（不包含空气质量实时信息量） over all channels named before it (website, press, "
              "微博, 微信) → 6732. The page date (2017-03-12) differs from the URL's (2021-11-02, re-filed): the own "
              "page is labelled with the page's date, the scraper copy with the URL's. Requests not in the excerpt.",
        lines=["为保障群众获取政府信息，提高环境保护行政机关工作透明度，按照国务院办公厅和省、市关于全面推进政务公开的要求，2016年我局进一步推进决策、执行、管理、服务、结果公开，保障人民群众的环境知情权、参与权、表达权和监督权。",
               "一、主动公开政府信息",
               "我局按照法律、法规、规章和工作程序公开政府信息。2016年，我局运用局官方网站，沈阳日报、沈阳新闻频道、沈阳交通广播等传统媒体，以及微博“沈阳环保”、微信“沈阳微环保”等新媒体，全年公布有效信息6732条（不包含空气质量实时信息量），涉及政策解读、环境公报、饮用水源监测、行政执法公示、环境审批（验收）公示、工作动态等内容。",
               "二、依申请公开政府信息", "依法受理和答复政府信息公开申请，情况见附表。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 广西
    dict(
        key="hezhou_2019_spam_mirror", year=2019,
        src="https://freakyfunlabs.com/zzfxxgkndbg/t1439061.html (mirror of 贺州市生态环境局's 2019 report: 本年度报告通过贺州市生态环境局官方网站(http://sthjj.gxhz.gov.cn)进行全文公开…; sections 一、总体情况 (一)…(四); no count in the excerpt)",
        url=T("https://freakyfunlabs.com/zzfxxgkndbg/t1439061.html"),
        title="贺州市生态环境局2019年政府信息公开工作年度报告", site="", shape="plain",
        agency="贺州市生态环境局", province="广西壮族自治区", admin_level="prefectural",
        proactive_total=None,
        notes="A mirror on an unrelated host (repost); title reconstructed from the preamble (贺州市生态环境局 编制本"
              "年度报告, period 2019). The source's own address (sthjj.gxhz.gov.cn) is cited in the text. No count in "
              "the excerpt: proactive null. Requests not labelled.",
        lines=["根据《中华人民共和国政府信息公开条例》、《广西壮族自治区政府信息公开工作年度报告制度（试行）》及《贺州市政务公开工作要点》要求，特编制本年度报告。本年度报告中所列数据的统计期限为2019年1月1日起至12月31日止，通过贺州市生态环境局官方网站（http://sthjj.gxhz.gov.cn）全文公开。如有疑问，请与贺州市生态环境局办公室联系。",
               "一、总体情况",
               "（一）政府信息公开工作机构和人员设置情况。主要领导负总责、分管领导牵头、业务科室具体落实，设专人负责信息公开日常工作。",
               "（二）建立健全政府信息公开工作制度情况。完善信息采编、报送、审核、发布制度，规范保密审查流程。",
               "（三）政府信息公开目录、公开指南的编制、更新情况。按要求编制并及时更新。",
               "（四）政府信息公开载体的建设、运行情况。网站全面改版升级，完成ipv6改造。"] + SIX_IMG,
    ),
    dict(
        key="hengxian_2019_county_of_nanning", year=2019,
        src="http://www.gxhx.gov.cn/hxhjbhj/zfxxgkgzndbg_18287/t4174357.html (南宁市横县生态环境局2019年政府信息公开工作年度报告, 发布时间:2020-01-14 来源: 南宁市横县生态环境局; no count in the excerpt)",
        url=T("http://www.gxhx.gov.cn/hxhjbhj/zfxxgkgzndbg_18287/t4174357.html"),
        title="南宁市横县生态环境局2019年政府信息公开工作年度报告", site="横县人民政府", shape="plain",
        pub="2020-01-14", source_line="南宁市横县生态环境局",
        agency="南宁市横县生态环境局", province="广西壮族自治区", admin_level="county",
        proactive_total=None,
        notes="No count in the excerpt: proactive null. Requests not labelled.",
        lines=["本报告根据《中华人民共和国政府信息公开条例》要求，由南宁市横县生态环境局编制。本年度报告中所列数据的统计期限为2019年1月1日起至2019年12月31日止，在横县人民政府门户网站全文公开。",
               "2019年以来，南宁市横县生态环境局按照自治区、市、县政务公开工作要求推进环境保护政府信息公开。现将2019年度政府信息公开工作报告如下：",
               "一、总体情况",
               "（一）政府信息公开工作机构和人员设置情况。成立本局政务公开工作领导小组，局长任组长，领导小组办公室设在局办公室。"] + SIX_IMG,
    ),
    dict(
        key="guangxi_2016_provincial_narrative", year=2016, format="narrative",
        src="http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/xxgkbk/t3527937.shtml (广西壮族自治区环境保护厅2016年政府信息公开工作年度报告, 2017-01-17 来源:环境保护厅, accessibility bar 页面 配色 辅助线 重置; 现将我厅2016年政府信息公开情况函报如下; no count in the excerpt)",
        url=T("http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/xxgkbk/t3527937.shtml"),
        title="广西壮族自治区环境保护厅2016年政府信息公开工作年度报告", site="广西壮族自治区生态环境厅", shape="plain",
        pub="2017-01-17", source_line="环境保护厅",
        crumb="页面 配色 辅助线 重置 当前位置：首页 > 政府信息公开 > 政府信息公开专栏 > 政府信息公开年报",
        agency="广西壮族自治区环境保护厅", province="广西壮族自治区", admin_level="provincial",
        proactive_total=None,
        notes="Written as a report sent up (函报如下) under the report title. No count in the excerpt: proactive null. "
              "Requests not labelled.",
        lines=["根据自治区政府办公厅关于做好2016年政府信息公开工作年度报告和统计报送工作的通知要求，现将我厅2016年政府信息公开情况函报如下：",
               "一、本年度政府信息公开工作的基本情况",
               "2016年，我厅贯彻党中央、国务院和自治区关于政府信息公开的文件精神，完善制度，加大主动公开力度，提高依申请公开办理质量。",
               "（一）政府信息公开工作机构和人员设置情况。成立由厅主要领导任组长的领导小组，厅办公室负责日常工作，各处室和直属单位指定联络员。",
               "（二）建立健全政府信息公开工作制度情况。2008年以来逐步建立保密审查、主动公开、依申请公开、监督检查等制度。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 福建
    dict(
        key="taijiang_2023_district_bureau", year=2023,
        src="http://www.taijiang.gov.cn/xjwz/zfxxgk/dfbmptlj/sszcgdwztjjg/tjqhjbhj/zfxxgknb/202401/t20240112_4756188.htm (福州市台江生态环境局2023年报: the preamble cites a 台江区人民政府办公室 notice; no count in the excerpt)",
        url=T("http://www.taijiang.gov.cn/xjwz/zfxxgk/dfbmptlj/sszcgdwztjjg/tjqhjbhj/zfxxgknb/202401/t20240112_4756188.htm"),
        title="福州市台江生态环境局2023年政府信息公开工作年度报告", site="福州市台江区人民政府", shape="plain",
        agency="福州市台江生态环境局", province="福建省", admin_level="county",
        proactive_total=None,
        notes="Title reconstructed from the preamble (对本报告如有疑问，可与福州市台江生态环境局联系). The first "
              "sentence cites the 台江区人民政府办公室's notice. No count in the excerpt: proactive null.",
        lines=["根据《中华人民共和国政府信息公开条例》、国办公开办函〔2021〕30号以及福州市台江区人民政府办公室《关于做好2023年政府信息公开工作年度报告编制发布有关事项的通知》，我局对全年政府信息公开工作情况进行总结。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。对本报告如有疑问，可与福州市台江生态环境局联系。",
               "一、总体情况",
               "2023年，我局根据区政府办下发的政务公开绩效考核评估办法，结合工作实际细化政府信息公开工作任务，坚持以公开为常态、不公开为例外。",
               "（一）主动公开情况", "不断健全政府信息公开机制，规范公开程序，拓展公开载体，推进行政权力运行信息和公共监管信息公开。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 内蒙古
    dict(
        key="alashan_youqi_2024_banner_fenju", year=2024,
        src="https://www.alsyq.gov.cn/art/2025/1/16/art_6970_518614.html (阿拉善盟生态环境局阿拉善右旗分局2024年度政府信息公开工作年度报告, 发布日期:2025-01-16; cites 阿右政公办发〔2024〕1号; no count in the excerpt)",
        url=T("https://www.alsyq.gov.cn/art/2025/1/16/art_6970_518614.html"),
        title="阿拉善盟生态环境局阿拉善右旗分局2024年度政府信息公开工作年度报告", site="阿拉善右旗人民政府", shape="plain",
        pub="2025-01-16",
        agency="阿拉善盟生态环境局阿拉善右旗分局", province="内蒙古自治区", admin_level="county",
        proactive_total=None,
        notes="A banner's 分局 (盟 + 旗). No count in the excerpt: proactive null. Requests not labelled.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号制作。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止，电子版可从阿拉善右旗人民政府门户网站下载。",
               "一、总体情况",
               "根据《关于做好政府信息公开工作年度报告编制有关工作的通知》（阿右政公办发〔2024〕1号）要求，2024年，我分局在旗委、政府领导和旗政务公开领导小组指导下，落实自治区、盟政务公开工作要求，持续加强政府信息与政务公开工作。"] + SIX_IMG,
    ),
    # ================= second look-up round (labelled before any run on these pages)
    # ------------------------------------------------------------ 甘肃
    dict(
        key="qingshui_2022_total_then_channels_and_replies", year=2022,
        src="http://www.tsqs.gov.cn/info/5850/78310.htm (天水市生态环境局清水县分局2022年度报告: 2022年主动公开政府信息3466条…其中，天水市生态环境局网站公开信息34条，清水县政府网站公开政府信息46条，微博公众平台公开信息2410条，微信公众平台公开信息976条，12345政务平台投诉答复14条，微信平台回复投诉问题1条; later 通过微信、微博公众平台…信息3386条)",
        url=T("http://www.tsqs.gov.cn/info/5850/78310.htm"),
        title="天水市生态环境局清水县分局2022年度政府信息公开工作年度报告", site="清水县人民政府", shape="plain",
        agency="天水市生态环境局清水县分局", province="甘肃省", admin_level="county",
        proactive_total=3466,
        notes="主动公开政府信息3466条 stated first, then the channels (34 + 46 + 2410 + 976 = 3466) and two reply "
              "counts (12345 答复14条, 微信回复1条) that are not disclosures; the new-media subtotal (3386) repeats "
              "2410 + 976 → 3466, the year's total. The preamble calls it 天水市生态环境局清水分局 (short). Requests "
              "not in the excerpt.",
        lines=["根据《中华人民共和国政府信息公开条例》及省、市、县有关规定，现向社会公布天水市生态环境局清水分局2022年政府信息公开报告。本报告所列数据统计期限为2022年1月1日起至2022年12月31日止。",
               "一、总体情况",
               "2022年，天水市生态环境局清水分局贯彻落实《条例》和省、市、县要求，规范公开内容，突出公开重点。",
               "（一）信息公开数量",
               "2022年主动公开政府信息3466条，内容涉及项目受理和审批、环保整改、投诉举报、环境质量状况等。",
               "（二）信息公开形式",
               "本机关信息公开的主要载体是天水市生态环境局网站、清水县政府网站、微博公众号和微信公众号。其中，天水市生态环境局网站公开信息34条，清水县政府网站公开政府信息46条，微博公众平台公开信息2410条，微信公众平台公开信息976条，12345政务平台投诉答复14条，微信平台回复投诉问题1条。",
               "通过清水县政府网站公开的46条信息中，部门预算决算信息2条，政策文件信息3条，部门文件信息3条，通知公告信息25条，工作开展情况信息13条。",
               "通过微信、微博公众平台公开报送我县环境保护工作开展情况信息3386条。"] + SIX_IMG,
    ),
    dict(
        NOT_REPORT, key="gansu_forestry_2023_mirror_not_ours", year=2023,
        src="http://bljly.com/contents/65/8401.html (mirror of 甘肃省林业和草原局's 2023 report: 主动发布各类政府信息8000余条。其中：通过门户网站公开6500余条…主流媒体公开信息600余条…微信、微博、今日头条公开信息2000余条; 全年受理政府信息公开申请24件…予以公开13件、部分公开2件…)",
        url=T("http://bljly.com/contents/65/8401.html"),
        title="甘肃省林业和草原局2023年政府信息公开工作年度报告", site="", shape="plain",
        notes="A forestry and grassland bureau's report on a mirror → other, all counts null (it states 8000余条, "
              "24 requests and 13 granted). Title reconstructed from the body (甘肃林业和草原局门户网站).",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号规定编制本报告。报告所列数据期限为2023年1月1日至2023年12月31日。",
               "一、总体情况",
               "2023年，我局围绕省委省政府总体部署和林草中心工作，持续深化政府信息公开。",
               "（一）强化主动公开。全年通过甘肃林业和草原局门户网站和政务新媒体主动发布各类政府信息8000余条。其中：通过门户网站公开6500余条；通过主流媒体公开信息600余条；通过微信、微博、今日头条公开信息2000余条。国家林草局累计转发我省信息330条。",
               "（二）规范办理依申请公开。全年受理政府信息公开申请24件，按时答复率100%。其中：予以公开13件、部分公开2件、不予公开2件、无法提供5件、不予处理2件。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 湖南
    dict(
        key="hengyang_2016_spam_replaces_data", year=2016, format="narrative",
        src="https://mdabdate.com/xxgk/szfxxgkml/zfxxgkndbg/szfgzbmndbg/ssthjj/20200111/i67267.html (mirror of 衡阳市环境保护局2016年政府信息公开年度报告, 发布时间:2017-03-10 来源:市环境信息中心; the mirror replaced 数据 with 中共衡阳市委、衡阳市人大、衡阳市政府、衡阳市政协; no count in the excerpt)",
        url=T("https://mdabdate.com/xxgk/szfxxgkml/zfxxgkndbg/szfgzbmndbg/ssthjj/20200111/i67267.html"),
        title="衡阳市环境保护局2016年政府信息公开年度报告", site="", shape="plain",
        pub="2017-03-10", source_line="市环境信息中心",
        agency="衡阳市环境保护局", province="湖南省", admin_level="prefectural",
        proactive_total=None,
        notes="A mirror (repost) that replaced one word (数据) by the names of the city's party committee, congress, "
              "government and CPPCC. No count in the excerpt: proactive null. Requests not labelled.",
        lines=["衡阳市环境保护局2016年政府信息公开年度报告", "（2017年3月10日）",
               "编制说明：本年度报告根据国、省、市政府信息公开相关法律、法规的规定编制，内容包括概述，主动公开，回应解读情况，依申请公开，咨询处理，行政复议、诉讼和申诉，收费及减免情况，机构建设和经费保障，会议和培训情况，主要问题和改进措施，附表。本年度报告中所列中共衡阳市委、衡阳市人大、衡阳市政府、衡阳市政协的统计期限自2016年1月1日起至2016年12月31日止。",
               "一、概述",
               "我局按照国务院、省、市政府2016年政务公开工作文件精神开展环境信息公开工作。一是2016年9月重新拟定环境信息公开制度、公开目录、公开指南和公开程序；二是定期调度信息公开工作，督促各单位及时在局官网公布环境质量、重点污染源监测、环保监管和工作动态信息。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="hengshan_2016_trad_mirror", year=2016, format="narrative", trad=True,
        src="https://sidaelectron.com/xzfgzbm/ssthjjhsfj/zfxxgknb/20200601/i2040058.html (Traditional mirror, breadcrumb 縣政府工作部門 > 市生態環境局衡山分局 > 政府信息公開年報: 特向社會公布衡山縣環保局2016年度政府信息公開工作報告…十一部分組成; (2017年3月10日); no count in the excerpt)",
        url=T("https://sidaelectron.com/xzfgzbm/ssthjjhsfj/zfxxgknb/20200601/i2040058.html"),
        title="衡山县环保局2016年度政府信息公开工作报告", site="", shape="plain",
        crumb="首页 > 县政府工作部门 > 市生态环境局衡山分局 > 政府信息公开年报",
        agency="衡山县环保局", province="湖南省", admin_level="county",
        proactive_total=None,
        notes="A machine-converted Traditional mirror (repost); title reconstructed from the preamble (衡山縣環保局2016年度"
              "政府信息公開工作報告); the breadcrumb names the successor (市生态环境局衡山分局). The only date is the "
              "drafting date (2017年3月10日): published_date not labelled. No count in the excerpt: proactive null.",
        lines=["（2017年3月10日）",
               "根据《中华人民共和国政府信息公开条例》要求，特向社会公布衡山县环保局2016年度政府信息公开工作报告。本报告由概述、主动公开政府信息情况、回应解读情况、依申请公开政府信息、收费及减免、咨询处理情况、行政复议或行政诉讼、政府信息公开会议和培训情况、存在的主要问题及改进措施、附表等十一部分组成。本年度报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
               "一、概述",
               "2016年，县环保局贯彻落实《条例》，在完善和规范上下功夫。",
               "（一）领导重视，职责明确。根据人事变动调整局政务公开工作领导小组，日常工作由局办公室牵头。",
               "（二）机制健全，规范公开。完善《衡山县环境保护局信息公开工作制度》，制定保密审查、考核评议和责任追究制度。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 上海 / 湖南 / 山东 / 贵州 (pre-2019, no count in the excerpt)
    dict(
        key="putuo_2012_jiezhi_without_count", year=2012, format="narrative",
        src="http://www.shpt.gov.cn/hbj/hbjndbg/20170927/262489.html (2012年上海市普陀区环境保护局政府信息公开工作年度报告 2013年01月29日 来源: 上海普陀, chrome 不能读取工具条配置; 截至2012年底，本局政府信息公开工作运行正常; 专门配备了1名兼职工作人员; no count in the excerpt)",
        url=T("http://www.shpt.gov.cn/hbj/hbjndbg/20170927/262489.html"),
        title="2012年上海市普陀区环境保护局政府信息公开工作年度报告", site="上海普陀", shape="plain",
        pub="2013-01-29", source_line="上海普陀",
        crumb="不能读取工具条配置",
        agency="上海市普陀区环境保护局", province="上海市", admin_level="county",
        proactive_total=None,
        notes="截至2012年底 dates a statement about the work running normally, with no count; 1名兼职工作人员 is staff. "
              "No disclosure count in the excerpt (the 指标统计附表 is an image here): proactive null.",
        lines=["2012年上海市普陀区环境保护局", "政府信息公开工作年度报告", "上海市普陀区环境保护局", "2013年1月31日",
               "引言",
               "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由上海市普陀区环境保护局编制，并附相关说明和指标统计附表。",
               "一、概述",
               "本局自2004年5月1日起开展政府信息公开工作，专门配备了1名兼职工作人员。截至2012年底，本局政府信息公开工作运行正常，咨询、申请和答复工作顺利开展。",
               "2012年，普陀区环保局从明确工作要点、加大公开力度、开通政务微博、提高公开意识四个方面推进政府信息公开和政务公开工作。",
               "指标统计附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="linli_2015_year_first_title", year=2015, format="narrative",
        src="http://www.linli.gov.cn/Item/45572.aspx (2015年度临澧县环境保护局政府信息公开报告, 来源:县环保局 发布时间:2016年03月15日, banner 临澧县人民政府欢迎您!; 由常德市临澧县环境保护局编制; 截至2015底…运行正常; 配备了2名兼职工作人员; no count in the excerpt)",
        url=T("http://www.linli.gov.cn/Item/45572.aspx"),
        title="2015年度临澧县环境保护局政府信息公开报告", site="临澧县人民政府", shape="welcome",
        pub="2016-03-15", source_line="县环保局",
        agency="临澧县环境保护局", province="湖南省", admin_level="county",
        proactive_total=None,
        notes="Welcome banner as <title>/<h1>, the year first in the real title. 截至2015底 (sic) with no count; "
              "2名兼职工作人员 is staff. No disclosure count in the excerpt: proactive null.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求，由常德市临澧县环境保护局编制。本年度报告的电子版可在临澧县人民政府网站和临澧县环境保护局网站下载。",
               "一、概述",
               "2015年本单位进一步加强政府信息公开工作，配备了2名兼职工作人员，办公室负责政务公开及申请受理，开辟了手机报环境空气质量日报，完善了公共查阅室和政务信息公开栏。截至2015底，临澧县环境保护局政府信息公开工作运行正常，咨询、申请和答复工作顺利开展。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="yishui_2015_index_names_successor", year=2015, format="narrative",
        src="http://yishui.gov.cn/info/17240/255979.htm (沂水县环保局2015年政府信息公开工作年度报告, index block 发文机关: 临沂市生态环境局沂水县分局, 成文日期/发布日期 2016-03-14; 本报告由概述…等共十二个部分组成; no count in the excerpt)",
        url=T("http://yishui.gov.cn/info/17240/255979.htm"),
        title="沂水县环保局2015年政府信息公开工作年度报告", site="沂水县人民政府", shape="index",
        pub="2016-03-14", issuer="临沂市生态环境局沂水县分局", index_no="027-16-00-2016-023464",
        agency="沂水县环保局", province="山东省", admin_level="county",
        proactive_total=None,
        notes="The index block names the successor body (临沂市生态环境局沂水县分局); the title and the report name "
              "沂水县环保局, the agency labelled. 十二个部分 is a count of sections. No disclosure count in the "
              "excerpt: proactive null.",
        lines=["根据《中华人民共和国政府信息公开条例》和《沂水县政府信息公开实施意见》，特向社会公布2015年度本机关政府信息公开工作年度报告。本报告由概述、政府信息公开的组织领导和制度建设情况等共十二个部分组成。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。",
               "一、概述",
               "2015年，我局围绕中心工作，规范和完善政府信息公开的内容、程序、形式及监督保障措施，鼓励公众参与环保工作。",
               "二、政府信息公开的组织领导和制度建设情况",
               "我局将政务公开列入重要议事日程，对县环保局政府信息公开领导小组成员细化分工，各科室按局统一部署推进。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="xifeng_2015_no_place_in_title", year=2015, format="narrative",
        src="https://www.xifeng.gov.cn/zfxxgk/zfxxgknb/2016n/202006/t20200630_61287918.html (2015年环保局政府信息公开年度报告, 发布时间: 2017-03-27, filed 2020-06-30; 二是做宣传标语一条; no count of disclosures in the excerpt)",
        url=T("https://www.xifeng.gov.cn/zfxxgk/zfxxgknb/2016n/202006/t20200630_61287918.html"),
        title="2015年环保局政府信息公开年度报告", site="息烽县人民政府", shape="plain",
        pub="2017-03-27",
        province="贵州省", admin_level="county",
        proactive_total=None,
        notes="The title and body name the body only as 环保局/我局 (agency not labelled); the place comes from the site "
              "owner (息烽县人民政府) and the level from 县政府/我县 in the body. The scraper copy has no site owner and "
              "its host (xifeng) is also the pinyin of 西丰县 and 西峰区: its province label keeps 贵州省 from the "
              "source (UNSURE whether the page supports it). 做宣传标语一条 (a Chinese numeral) is a slogan, not a "
              "disclosure: proactive null. Published 2017-03-27, URL dated 2020-06-30.",
        lines=["2015年，在县政府信息公开工作领导小组指导下，我局根据《中华人民共和国政府信息公开条例》及县人民政府办公室关于做好2015年度政府信息公开年度报告的通知，结合我县环境保护工作实际，编制了《2015年环保局政府信息公开年度报告》，报告中数据的统计期限自2015年1月1日至2015年12月31日。",
               "一、工作推进情况",
               "（一）加大宣传力度。一是组织全局干部职工学习《中华人民共和国政府信息公开条例》；二是做宣传标语一条；三是将更多政务信息在县政府门户网站公开。",
               "（二）不断拓宽信息公开范围。在环境监测、项目审批、环境影响评价、排污收费、环境空气质量、集中式饮用水源地水质等方面加大公开力度。",
               "（三）创新公开形式。除信息公开栏和资料查阅室外，利用网络、报纸、广播、电视发布环境信息。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ================================================================ look-alikes
    dict(
        NOT_REPORT, key="cangxi_agri_2018_not_ours", year=2018,
        src="https://cncx.gov.cn/news/show/1e17b73bc22b425fb496721169b7bb3e.html (苍溪县农业农村局2018年度政府信息公开报告: 主动公开政府信息267条。其中：概况类信息11条…; 未涉及到要求政府信息公开的申请; 没有因政府信息公开申请行政复议、提起行政诉讼情况发生)",
        url=T("https://cncx.gov.cn/news/show/1e17b73bc22b425fb496721169b7bb3e.html"),
        title="苍溪县农业农村局2018年度政府信息公开报告", site="苍溪县人民政府", shape="plain",
        notes="Another department's disclosure report (农业农村局) → other, all counts null, though it states a "
              "total (267), no requests and no reviews.",
        lines=["根据《中华人民共和国政府信息公开条例》及上级有关文件要求，编制本局2018年度政府信息公开报告，并向社会公开。如有疑问请与苍溪县农业农村局办公室联系。",
               "一、政务公开情况",
               "（一）主动公开政府信息情况。2018年，我局在苍溪县人民政府门户网站主动公开政府信息267条。其中：概况类信息11条，计划总结类信息5条，政策公文类信息53条，工作动态类信息172条，其他信息26条。",
               "（二）依申请公开政府信息情况。2018年，我局未涉及到要求政府信息公开的申请。",
               "（三）政府信息公开的收费及减免情况。未收取任何费用。",
               "（四）因政府信息公开申请行政复议、提起行政诉讼情况。2018年，我局没有因政府信息公开申请行政复议、提起行政诉讼情况发生。",
               "二、主要工作措施", "调整充实信息公开领导小组，在全县39个乡镇设置信息联络员。",
               "苍溪县农业农村局", "2019年3月7日"],
    ),
    dict(
        NOT_REPORT, key="tianjin_chengguan_2025_not_ours", year=2025,
        src="https://csgl.tj.gov.cn/zwgk_57/zfxxgk01/zfxxgknb/202601/t20260119_7225879.html (天津市城市管理委员会2025年度政府信息公开工作报告, chrome 天津政务网 2019年12月3日星期二: 全年通过门户网站、官方微博、微信公众号等渠道公开各类信息5332条，其中，政府网站发布信息3120条次…; 主流媒体报道2000余次; 市政府新闻发布会1次)",
        url=T("https://csgl.tj.gov.cn/zwgk_57/zfxxgk01/zfxxgknb/202601/t20260119_7225879.html"),
        title="天津市城市管理委员会2025年度政府信息公开工作报告", site="天津市城市管理委员会", shape="plain",
        crumb="天津政务网 2019年12月3日星期二",
        notes="A city-management commission's disclosure report → other, all counts null (it states 5332 with "
              "channels after it, media reports 2000余次 and a press conference).",
        lines=["本年度报告由天津市城市管理委员会编制，根据《中华人民共和国政府信息公开条例》，对全委2025年度政府信息公开工作进行梳理总结。所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
               "一、总体情况",
               "（一）主动公开情况。一是加大主动公开力度。全年通过门户网站、官方微博、微信公众号等渠道公开各类信息5332条，其中，政府网站发布信息3120条次，“美丽天津”微博发布信息102条次，“天津城市管理”微信公众号推送信息2110条。二是丰富发布渠道，全年主流媒体报道2000余次，委主要负责同志参加市政府新闻发布会1次。"] + SIX_IMG,
    ),
    dict(
        NOT_REPORT, key="shenyang_govoffice_2025_not_ours", year=2025,
        src="https://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2025n/bmzfxxgkndbg2024/202601/t20260130_4980251.html (沈阳市人民政府办公厅2025年报: 主动公开政府信息9018条。其中，通过市委市政府门户网站发布信息8052条，政务新媒体发布信息966条; 活动1500余场，服务企业1300余家)",
        url=T("https://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2025n/bmzfxxgkndbg2024/202601/t20260130_4980251.html"),
        title="沈阳市人民政府办公厅2025年政府信息公开工作年度报告", site="沈阳市人民政府", shape="plain",
        crumb="首页 -> 政务公开 -> 政府信息公开年报 -> 2025年 -> 部门政府信息公开工作年度报告",
        notes="Title reconstructed from the body (沈阳市人民政府办公厅主动公开政府信息9018条). A government office's "
              "report → other, all counts null.",
        lines=["根据《中华人民共和国政府信息公开条例》，按照国务院办公厅政府信息与政务公开办公室关于年度报告有关事项的通知要求编制报告，报告数据统计期限为2025年1月1日至2025年12月31日。",
               "一、总体情况",
               "（一）主动公开情况",
               "2025年，沈阳市人民政府办公厅主动公开政府信息9018条。其中，通过市委市政府门户网站发布信息8052条，政务新媒体发布信息966条。公开沈阳市人民政府及其办公厅文件23件，沈阳市人民政府令6件。第十九届“5·15政务公开日”期间全市举办活动1500余场，服务企业1300余家。",
               "（二）依申请公开情况", "确保答复内容严谨规范，最大限度满足申请人的合理需求。"] + SIX_IMG,
    ),
    dict(
        NOT_REPORT, key="hunnan_yingshang_2018_not_ours", year=2018,
        src="http://www.hunnan.gov.cn/zwgk/zfxxgknb/gbmxxgkgzndbg/202208/t20220801_3776352.html (浑南区营商环境建设局2018年报, re-filed 2022: 营商局通过政府网站公开信息数10条; 建议提案办理结果公开情况…)",
        url=T("http://www.hunnan.gov.cn/zwgk/zfxxgknb/gbmxxgkgzndbg/202208/t20220801_3776352.html"),
        title="浑南区营商环境建设局2018年政府信息公开工作年度报告", site="沈阳市浑南区人民政府", shape="plain",
        notes="A business-environment bureau's report (the 2018 template's ten parts: 建议提案办理结果, 政策解读…) → "
              "other, all counts null. Title reconstructed from the preamble.",
        lines=["本报告依据《中华人民共和国政府信息公开条例》有关规定，汇总浑南区营商环境建设局政府信息公开工作情况编制而成。报告中所列数据统计日期自2018年1月1日起，至2018年12月31日止。",
               "一、公开总体情况",
               "2018年，区营商局按照《沈阳市2018年政务公开重点工作安排》要求，在“营商环境信息”专栏公开营商信息10条。",
               "二、主动公开政府信息情况", "2018年，营商局通过政府网站公开信息数10条。",
               "三、重点领域政府信息公开工作情况", "营商局无重大建设项目、公共资源配置领域信息公开情况。",
               "五、建议提案办理结果公开情况", "2018年，营商局无建议提案办理结果公开情况。"],
    ),
]
