"""Sources of tests/realworld/dev/rw8_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev8.py (see its docstring). Chosen for genuine reports whose
shape may make them look like something else (annual_report recall), and for
`format`, `agency`, `admin_level` and `province`: 旗 and 自治旗 分局, a county
bureau named without 县 or 分局 (泸州市合江生态环境局), a heading repeated without
the agency, a title over two lines, statistics periods printed with blank
dates, a column name for a title with no report title on the page, 2008 reports
on mirrors, a provincial 年度报告 without 工作, an old county report re-filed
under the bureau's new name, a Traditional wiki with a summary box before
一、总体情况, a first paragraph that cites a notice on compiling the reports;
and look-alikes that keep precision (news conferences of bureaus and 分局,
work summaries, a 林草局 report, an inspection-rectification report with
一、总体情况, a government briefing, a yearbook entry with counts)."""
from make_realworld2 import GENERIC_5, GENERIC_6
from sources2 import T
from sources_dev5 import SIX_IMG

NOT_REPORT = dict(doc_type="other")
OLD_TAIL = ["政府信息公开工作存在的主要问题及改进措施", GENERIC_5]
NO_COUNTS = "No count in the source excerpt (tables not shown): counts not labelled. "

SOURCES = [
    # ============================================== genuine environmental reports
    # ------------------------------------------------------------ 内蒙古 阿拉善盟
    dict(
        key="alashan_youqi_2024_cites_compiling_notice", year=2024, drop_counts=True,
        src="https://www.alsyq.gov.cn/art/2025/1/16/art_6970_518614.html (阿拉善盟生态环境局阿拉善右旗分局2024年度政府信息公开工作年度报告, 发布日期 2025-01-16; long preamble; 一、总体情况 opens with 根据《关于做好政府信息公开工作年度报告编制有关工作的通知》(阿右政公办发〔2024〕1号)要求)",
        url=T("https://www.alsyq.gov.cn/art/2025/1/16/art_6970_518614.html"),
        title="阿拉善盟生态环境局阿拉善右旗分局2024年度政府信息公开工作年度报告", site="阿拉善右旗人民政府",
        shape="plain", pub="2025-01-16", source_line="阿拉善右旗生态环境分局",
        agency="阿拉善盟生态环境局阿拉善右旗分局", province="内蒙古自治区", admin_level="county",
        notes=NO_COUNTS + "A 旗's 分局 (county level). The first paragraph of 一、总体情况 cites the banner's "
              "notice on compiling the annual reports (关于做好…年度报告编制有关工作的通知): it is a report, not "
              "that notice.",
        lines=["本年度报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号印发的年度报告格式制作，内容包括阿拉善盟生态环境局阿拉善右旗分局政府信息公开总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在阿拉善右旗人民政府门户网站下载，如有疑问请与阿拉善盟生态环境局阿拉善右旗分局联系（巴丹吉林镇，0483-6024810）。",
               "一、总体情况",
               "按照《关于做好政府信息公开工作年度报告编制有关工作的通知》（阿右政公办发〔2024〕1号）的要求，2024年我分局在旗委、旗政府领导和旗政务公开领导小组指导下，落实《中华人民共和国政府信息公开条例》和自治区、盟关于政务公开的部署，持续加强政府信息与政务公开工作，回应公众对生态环境信息的需要。",
               "（一）主动公开情况", "围绕生态环境保护重点工作，在旗政府门户网站发布环境质量、行政许可、行政处罚等信息。",
               "（二）依申请公开情况", "依法办理政府信息公开申请（数量见表三）。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 内蒙古 呼伦贝尔
    dict(
        key="ewenke_2023_autonomous_qi_heading_repeat", year=2023,
        src="https://www.ewenke.gov.cn/OpennessAnnualReport/show/5663.html (呼伦贝尔市生态环境局鄂温克族自治旗分局2023年政府信息公开工作年度报告, 发布时间 2024-01-22; heading 2023年政府信息公开工作年度报告 repeated without the agency; 统计期限为202311日至20231231日; 门户网站260 + 财政预决算2条, 三务公开平台89条, 微信公众号656条, 信息简报105条; requests paragraph cut off)",
        url=T("https://www.ewenke.gov.cn/OpennessAnnualReport/show/5663.html"),
        title="呼伦贝尔市生态环境局鄂温克族自治旗分局2023年政府信息公开工作年度报告", site="鄂温克族自治旗人民政府",
        shape="plain", pub="2024-01-22", source_line="呼伦贝尔市生态环境局鄂温克族自治旗分局",
        crumb="当前位置：网站首页 > 政务公开 > 呼伦贝尔市生态环境局鄂温克族自治旗分局 > 政府信息公开年报",
        agency="呼伦贝尔市生态环境局鄂温克族自治旗分局", province="内蒙古自治区", admin_level="county",
        proactive_total=None,
        notes="An 自治旗's 分局 (county level). The body repeats the heading as 2023年政府信息公开工作年度报告 "
              "without the agency; the statistics period is printed with its dates run together (202311日至"
              "20231231日), as on the source. Counts per channel (portal 260 without a unit, 三务公开平台 89条, "
              "微信 656条, 简报 105条) and no total → null (UNSURE: 260 printed without 条). Requests cut off in "
              "the excerpt (not labelled).",
        lines=["2023年政府信息公开工作年度报告",
               "呼伦贝尔市生态环境局鄂温克族自治旗分局依照修订后的《中华人民共和国政府信息公开条例》（以下简称《条例》）编制2023年政府信息公开工作年度报告。报告分总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项6部分。本报告中所列数据统计期限为202311日至20231231日。如有疑问，请与分局办公室联系（0470-8989830）。",
               "一、总体情况", "（一）主动公开信息情况",
               "按《条例》要求制定并公开本分局政务公开事项标准目录、生态环境领域基层政务公开标准目录和信息公开指南。在鄂温克族自治旗政府门户网站主动公开政府信息260，另公开财政预决算信息2条；在旗三务公开平台主动公开政府信息89条；分局微信公众号全年推送656期共656条；编发信息简报105条。",
               "（二）依申请公开情况", "依法办理收到的政府信息公开申请（数量见表三）。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 云南 红河州
    dict(
        key="honghe_2023_year_column_index", year=2023,
        src="https://www.hh.gov.cn/info/13091/566542.htm (红河州生态环境局2023年政府信息公开工作年度报告 under a column named 2023年; index block 索引号 20240805-103413-135, 发布机构 blank, 发布日期 2024-01-23; 累计公开各类信息1644条; 新收依申请公开12件…予以公开9件…不予公开2件，不予处理1件; 行政复议0件、行政诉讼0件)",
        url=T("https://www.hh.gov.cn/info/13091/566542.htm"),
        title="红河州生态环境局2023年政府信息公开工作年度报告", site="红河哈尼族彝族自治州人民政府", shape="index",
        issuer="", index_no="20240805-103413-135", pub="2024-01-23",
        crumb="当前位置：首页 > 信息公开 > 政府信息公开年报 > 2023年",
        agency="红河州生态环境局", province="云南省", admin_level="prefectural",
        proactive_total=1644, requests_received=12, requests_granted=9, reconsiderations=0, lawsuits=0,
        notes="The page sits in a column named only 2023年 and its index block names no issuer. 累计公开各类信息"
              "1644条 is the only count → 1644. 新收依申请公开12件 → 12; 予以公开9件 → 9; 行政复议0件、行政诉讼0件.",
        lines=["本报告由红河州生态环境局按照《中华人民共和国政府信息公开条例》要求编制，报告中所列数据统计期限从2023年1月1日起至2023年12月31日止。报告电子版可从红河哈尼族彝族自治州人民政府门户网站下载。如有疑问或意见建议，请与红河州生态环境局办公室联系（0873-3856517）。",
               "一、总体情况",
               "2023年，红河州生态环境局按照《条例》要求加强组织领导，完善制度措施，规范公开内容，拓展公开渠道，回应社会关切。",
               "（一）主动公开情况。我局以州人民政府网站为主要发布平台，辅以电视、报纸、微博、微信等媒介。2023年，我局累计公开各类信息1644条，内容包括生态环境动态、生态环境质量报告和建设项目行政审批等。",
               "（二）依申请公开情况。2023年，我局新收依申请公开12件，上年结转0件，办结12件，结转下年度0件。其中予以公开9件，部分公开0件，不予公开2件，不予处理1件，其他处理0件。我局涉及依申请公开的行政复议0件、行政诉讼0件。",
               "（三）政府信息管理情况。根据人事变动及时调整信息公开工作人员，落实信息发布审核。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 内蒙古 鄂尔多斯
    dict(
        key="ordos_2019_no_preamble_mentions_branches", year=2019, drop_counts=True,
        src="http://www.ordos.gov.cn/gk_128120/zfxxgkzl/zfxxgknb/szbmxxgknb/shbj/202001/t20200115_2577221.html (鄂尔多斯市生态环境局2019年政府信息公开工作年度报告, 发布时间 2020-01-14, 来源 鄂尔多斯市生态环境局; breadcrumb 首页>公开>政府信息公开专栏>政府信息公开年报>市政府组成部门>市生态环境局; 一、总体情况 first, no preamble; the leading group includes 各旗区生态环境分局)",
        url=T("http://www.ordos.gov.cn/gk_128120/zfxxgkzl/zfxxgknb/szbmxxgknb/shbj/202001/t20200115_2577221.html"),
        title="鄂尔多斯市生态环境局2019年政府信息公开工作年度报告", site="鄂尔多斯市人民政府", shape="plain",
        pub="2020-01-14", source_line="鄂尔多斯市生态环境局",
        crumb="首页>公开>政府信息公开专栏>政府信息公开年报>市政府组成部门>市生态环境局",
        agency="鄂尔多斯市生态环境局", province="内蒙古自治区", admin_level="prefectural",
        notes=NO_COUNTS + "The text opens with 一、总体情况 (no preamble) and names 各旗区生态环境分局 as members "
              "of the leading group (the agency is the city bureau). The page date (2020-01-14) differs from "
              "the URL's (20200115).",
        lines=["一、总体情况",
               "2019年，在市委、市政府领导和市政务服务局指导下，全局学习贯彻党的十九大精神、习近平生态文明思想和中央、自治区、市关于政府信息公开的要求，围绕改善生态环境质量和公众关切，推进决策、执行、管理、服务、结果“五公开”，推动全市生态环境部门和企业公开环境信息。",
               "（一）加强组织保障。成立由局党组书记、局长任组长，其他班子成员任副组长，各旗区生态环境分局、市局机关各科室和二级单位负责人为成员的政府信息和政务公开工作领导小组，领导小组办公室由办公室主任负责。",
               "（二）落实工作机制。实行一把手挂帅、分管领导具体抓、责任落实到各旗区生态环境分局和机关科室的工作机制。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 河北 秦皇岛 (mirror)
    dict(
        key="qinhuangdao_2008_mirror_five_parts", year=2008, drop_counts=True,
        src="http://jingwei-bird.com/html/article-2-799.aspx.html (mirror of 秦皇岛市环境保护局2008年度信息公开年度报告: 特向社会公布…; 五个部分; 统计 2008年1月1日至12月31日; 电子版可在“中国秦皇岛”门户网站和“秦皇岛环境保护网”下载; 一、概述 (一)组织机构建设情况 (二)指南和目录编制情况)",
        url=T("http://jingwei-bird.com/html/article-2-799.aspx.html"),
        title="秦皇岛市环境保护局2008年度信息公开年度报告", site="秦皇岛环境保护网", shape="plain",
        agency="秦皇岛市环境保护局", province="河北省", admin_level="prefectural", format="narrative",
        notes=NO_COUNTS + "A mirror on an unrelated host (repost). Title from the preamble's wording (特向社会公布"
              "秦皇岛市环境保护局2008年度信息公开年度报告): no 政府 and no 工作 in it. A pre-2019 narrative report.",
        lines=["按照《中华人民共和国政府信息公开条例》（以下简称《条例》），现向社会公布秦皇岛市环境保护局2008年度信息公开年度报告。报告分概述，主动公开政府信息情况，依申请公开政府信息办理情况、收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，存在的主要问题及改进情况五个部分。报告所列数据的统计期限自2008年1月1日起至2008年12月31日止。本报告电子版可在“中国秦皇岛”门户网站和“秦皇岛环境保护网”下载，也可在市图书馆、市档案馆等查阅场所查询。如有疑问请与秦皇岛市环境保护局联系（港城大街77号）。",
               "一、概述",
               "（一）组织机构建设情况。2008年初我局成立政府信息公开工作领导小组，局长任组长，纪检组长任副组长，各科室负责人为成员；领导小组办公室设在局办公室，由1名同志负责日常工作，做到领导、机构、人员三到位。",
               "（二）政府信息公开指南和目录编制情况。结合工作实际编制了本局政府信息公开指南，写明信息分类、获取方式和工作机构的联系方式。",
               "二、主动公开政府信息情况", "IMG:stat2008"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 内蒙古 自治区 (mirror)
    dict(
        key="neimenggu_2008_provincial_mirror", year=2008, drop_counts=True,
        src="https://p8932.com/html/.zwgkgkmlzfxxgkbg.201009t20100930_51380.html (mirror of 内蒙古自治区环境保护局2008年度政府信息公开工作报告: 特向社会公布2008年度本局政务信息公开工作报告; 一、基本情况 (一)加强组织领导 (二)编制信息公开指南和目录, 2008年4月下旬对外)",
        url=T("https://p8932.com/html/.zwgkgkmlzfxxgkbg.201009t20100930_51380.html"),
        title="内蒙古自治区环境保护局2008年度政府信息公开工作报告", site="", shape="plain",
        agency="内蒙古自治区环境保护局", province="内蒙古自治区", admin_level="provincial", format="narrative",
        notes=NO_COUNTS + "A mirror on an unrelated host (repost). The preamble calls it 政务信息公开工作报告; "
              "sections 基本情况 and so on, no 概述.",
        lines=["依据《中华人民共和国政府信息公开条例》（国务院492号令，以下简称《条例》）和《环境信息公开办法（试行）》（以下简称《办法》），特向社会公布2008年度本局政务信息公开工作报告。",
               "一、基本情况",
               "2008年，自治区环境保护局贯彻《条例》和《办法》，推进政府信息公开工作，鼓励公众参与环保，保障人民群众的知情权、参与权、监督权和表达权。",
               "（一）加强组织领导。成立内蒙古自治区环境保护局政务公开工作领导小组，明确日常办事机构，把政务公开列入重要议事日程。",
               "（二）编制信息公开指南和目录。按照自治区政府部署完成本局信息公开指南和信息公开目录的编制，于2008年4月下旬对外公布。",
               "二、主动公开政府信息情况", "IMG:stat2008"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 四川 泸州
    dict(
        key="hejiang_2023_county_bureau_no_fenju", year=2023,
        src="https://hejiang.gov.cn/gk/zfxxgknb/bmxxgknb/content_191619 (泸州市合江生态环境局2023年政府信息公开工作年度报告: 政府网站累计主动公开信息375条，占比100%; 共受理政府信息依申请公开0件; 进入行政复议程序和行政诉讼程序均为0件)",
        url=T("https://hejiang.gov.cn/gk/zfxxgknb/bmxxgknb/content_191619"),
        title="泸州市合江生态环境局2023年政府信息公开工作年度报告", site="合江县人民政府", shape="plain",
        agency="泸州市合江生态环境局", province="四川省", admin_level="county",
        proactive_total=375, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="A county's bureau named 泸州市合江生态环境局: no 县 and no 分局 in the name (合江 is a county; the "
              "text names 合江县人民政府网站 and 县委、县政府) → county. 375 → 375; 受理…0件 → 0/0; 行政复议和行政"
              "诉讼均为0件 → 0/0.",
        lines=["本报告依照《中华人民共和国政府信息公开条例》编制，包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项6个部分。报告中所列数据统计期为2023年1月1日至2023年12月31日。报告电子版在合江县人民政府网站全文公开，如有疑问请与泸州市合江生态环境局联系（符阳街道符阳路265号，0830-6577580）。",
               "一、总体情况",
               "2023年，我局落实省、市、县关于政府信息公开工作的规定和县委、县政府的部署，设置专人专岗推进政府信息公开。",
               "（一）主动公开情况", "2023年，政府网站累计主动公开信息375条（不含政务服务、公共资源交易等专业平台的数据），政府网站公开375条，占比100%，主要涉及污染防治攻坚、生态环境质量和饮用水水质等信息。",
               "（二）依申请公开情况", "2023年泸州市合江生态环境局共受理政府信息依申请公开0件，无上年结转，进入行政复议程序和行政诉讼程序的均为0件。",
               "（三）政府信息管理情况", "强化信息发布审核，明确公开属性，定期梳理已发布信息。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 湖南 益阳
    dict(
        key="yuanjiang_2023_categories_only", year=2023,
        src="http://yuanjiang.gov.cn/21510/21618/41341/index.htm (益阳市生态环境局沅江分局2023年政府信息公开工作年度报告: preamble 联合我局实际情况…依法公示; 公开第二轮省生态环境保护督察信息69条，环境质量现状信息公开12条，建设项目审批意见公开42条等; requests without a number)",
        url=T("http://yuanjiang.gov.cn/21510/21618/41341/index.htm"),
        title="益阳市生态环境局沅江分局2023年政府信息公开工作年度报告", site="沅江市人民政府", shape="plain",
        agency="益阳市生态环境局沅江分局", province="湖南省", admin_level="county",
        proactive_total=None,
        notes="A county-level city's 分局. Only category counts (69, 12, 42 …等) and no total → null. The request "
              "paragraph gives no number (not labelled).",
        lines=["依据《中华人民共和国政府信息公开条例》的要求，为提高生态环境工作透明度，结合我局实际，现将益阳市生态环境局沅江分局2023年政府信息公开工作年度报告依法公示如下：",
               "一、总体情况",
               "2023年，我局落实《条例》要求和市政府关于政务公开的部署，坚持主动、依法公开，遵循公正、公平、合法、便民的原则，对生态环境领域专项工作的过程和结果依法公开。",
               "（一）主动公开情况。2023年，我局在沅江市人民政府门户网站公开第二轮省生态环境保护督察信息69条、环境质量现状信息12条、建设项目审批意见42条等。",
               "（二）依申请公开情况。完善政府信息公开申请渠道，明确受理单位和分管领导，做好登记、审核、办理、答复和归档。",
               "（三）政府信息管理情况。生态环境类信息实行三审制度和保密审查。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 四川 达州
    dict(
        key="dazhou_2021_total_channels_in_brackets", year=2021,
        src="http://www.dazhou.gov.cn/xxgk-show-23500.html (达州市生态环境局2021年政府信息公开工作年度报告, 来源 达州市生态环境局, 发布时间 2022-01-25; 全年共公开信息7777条(网站共发信息2640条、微信公众号发布政务信息1391条、微博3746条); 发布48篇政策文件及解读; 媒体发布580余条; requests cut off)",
        url=T("http://www.dazhou.gov.cn/xxgk-show-23500.html"),
        title="达州市生态环境局2021年政府信息公开工作年度报告", site="达州市人民政府", shape="plain",
        pub="2022-01-25", source_line="达州市生态环境局", crumb="当前位置：首页 > 政府信息公开",
        agency="达州市生态环境局", province="四川省", admin_level="prefectural",
        proactive_total=7777,
        notes="The year's total with its channels in brackets after it (7777 = 2640 + 1391 + 3746). Requests cut "
              "off in the excerpt (not labelled).",
        lines=["一、总体情况",
               "2021年，达州市生态环境局按照《中华人民共和国政府信息公开条例》和本市政务公开重点工作安排，坚持公开为常态、不公开为例外，围绕生态文明建设和生态环境保护重点工作推进政府信息公开，依法办理依申请公开。",
               "（一）加强政府信息主动公开。全年共公开信息7777条（网站共发信息2640条、微信公众号发布政务信息1391条、微博3746条）。一是解读重要政策，全年发布政策文件及解读材料48篇；二是回应网络舆情1条，在各级媒体发布环保类信息580余条；三是举办政务开放日活动，邀请监督员、代表委员和市民代表23人参加。",
               "（二）规范依申请公开办理。依法办理政府信息公开申请（数量见表三）。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 西藏 自治区
    dict(
        key="xizang_2016_niandu_baogao_basic_situation", year=2016,
        src="http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2016nb/201902/t20190223_64830.html (西藏自治区环保厅2016年政府信息公开年度报告, index block 标题/索引号 000014349/2017-00019/发布机构 自治区环保厅/发布日期 2017-03-08; 一、基本情况: 主动公开政府信息950条; 召开新闻发布会1次; 全年未收到环境保护信息公开申请; 未接到…行政复议申请或行政诉讼案件; 没有收费; 二、工作进展)",
        url=T("http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2016nb/201902/t20190223_64830.html"),
        title="西藏自治区环保厅2016年政府信息公开年度报告", site="西藏自治区人民政府", shape="index",
        issuer="自治区环保厅", index_no="000014349/2017-00019", pub="2017-03-08",
        agency="西藏自治区环保厅", province="西藏自治区", admin_level="provincial", format="narrative",
        proactive_total=950, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="Titled 年度报告 without 工作; sections 基本情况 and 工作进展 (no 概述, no template). 主动公开政府信息"
              "950条 → 950; 未收到环境保护信息公开申请 → 0/0; 未接到…行政复议申请或行政诉讼案件 → 0/0. Page date "
              "2017-03-08; the URL's date (20190223) is a later re-filing.",
        lines=["2016年，自治区环境保护厅依照《中华人民共和国政府信息公开条例》和《西藏自治区政府信息公开办法》，完善政府信息公开工作机制，提升在线服务水平，做好环境保护信息公开。",
               "一、基本情况",
               "（一）我厅2016年主动公开政府信息950条，能公开的环境保护信息均已公开，其中规范性文件45件、环境质量信息619条、环境管理信息286条。",
               "（二）召开新闻发布会1次，发布《2015年西藏自治区环境状况公报》。",
               "（三）全年未收到环境保护信息公开申请。",
               "（四）未接到政府信息公开方面的行政复议申请或行政诉讼案件。",
               "（五）全年政府信息公开均为主动公开，没有收费。",
               "二、工作进展",
               "（一）推动建立信息公开长效规范机制。年度环境状况公报通过新闻发布会公开发布，重要信息在区内主流媒体公示，环境质量信息、规范性文件、权责清单和财务预算在政府门户网站和厅网站公开。"],
    ),
    # ------------------------------------------------------------ 黑龙江 (Traditional wiki)
    dict(
        key="heilongjiang_2022_trad_wiki_infobox", year=2022, trad=True, drop_counts=True,
        src="https://newton.com.tw/wiki/%E9%BB%91%E9%BE%8D%E6%B1%9F%E7%9C%81%E7%94%9F%E6%85%8B%E7%92%B0%E5%A2%83%E5%BB%B32022%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A/62783026 (Traditional wiki copy of 黑龍江省生態環境廳2022年政府信息公開工作年度報告: summary paragraph, 基本介紹 box with 中文名 and 發布單位, then 一、總體情況; 全省辦理行政處罰案件524件…)",
        url="https://newton.com.tw.test/wiki/%E9%BB%91%E9%BE%8D%E6%B1%9F%E7%9C%81%E7%94%9F%E6%85%8B%E7%92%B0%E5%A2%83%E5%BB%B32022%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A/62783026",
        title="黑龙江省生态环境厅2022年政府信息公开工作年度报告", site="牛顿百科", shape="plain",
        crumb="首页 > 百科",
        agency="黑龙江省生态环境厅", province="黑龙江省", admin_level="provincial",
        notes=NO_COUNTS + "A Traditional wiki copy (repost): a summary paragraph and an infobox (基本介绍 / 中文名 / "
              "发布单位) stand between the title and 一、总体情况. The 524 administrative penalty cases are casework, "
              "not requests.",
        lines=["本年度报告依照《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由黑龙江省生态环境厅综合2022年厅本级政府信息公开工作完成情况编制，所列数据的统计期限为2022年1月1日至2022年12月31日。",
               "基本介绍", "中文名：黑龙江省生态环境厅2022年政府信息公开工作年度报告", "发布单位：黑龙江省生态环境厅",
               "一、总体情况",
               "2022年，黑龙江省生态环境厅落实国务院办公厅和省政府办公厅关于2022年政务公开工作的要求，以公众关心的生态环境问题为重点推进决策、执行、管理、服务、结果公开，加强公开平台建设和政策解读。",
               "（一）推进政务公开，服务营商环境。对环境影响较小的项目实行环评豁免，设立惠企政策专栏。2022年全省各级生态环境部门办理行政处罚案件524件，其中按日计罚案件2件、查封扣押案件31件。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 新疆 自治区 (mirror, column title)
    dict(
        key="xinjiang_2016_mirror_column_title", year=2016, drop_counts=True,
        src="https://ebonypicts.com/sthjt/xjepd/gbsxxgkgzndbg/201702/b73a4ad350154412afc761aca1fd6ae0.shtml (mirror of the 新疆 自治区环境保护厅 2016 report, no report title in the excerpt: 根据…编制本报告; 统计期限为2016年1月1日至2016年12月31日; 一、基本情况 2016年，我厅…; 二、主要做法及取得的实效; cites 《关于印发〈自治区环境保护厅2016年工作实施方案〉的通知》(新环发〔2016〕307号))",
        url=T("https://ebonypicts.com/sthjt/xjepd/gbsxxgkgzndbg/201702/b73a4ad350154412afc761aca1fd6ae0.shtml"),
        title="信息公开工作年度报告", site="", shape="plain",
        crumb="当前位置: 首页 / 信息公开 / 信息公开工作年度报告",
        province="新疆维吾尔自治区", admin_level="provincial", format="narrative",
        notes=NO_COUNTS + "A mirror (repost) whose page shows the column name (信息公开工作年度报告) where the title "
              "would be; the report's own title is not on the page. The body calls its issuer 我厅 and names it "
              "only inside a cited document (自治区环境保护厅2016年…实施方案), so agency is not labelled; province "
              "from 新疆维吾尔自治区 in the cited notices (UNSURE), level from 厅.",
        lines=["根据《中华人民共和国政府信息公开条例》、《关于印发新疆维吾尔自治区2016年政务公开工作要点实施方案的通知》（新政办发〔2016〕74号）和环境保护部2016年政务公开工作实施方案的规定编制本报告。报告所列数据统计期限为2016年1月1日至2016年12月31日。",
               "一、基本情况",
               "2016年，我厅落实国务院、自治区人民政府和环境保护部关于政府信息公开的文件和会议精神，坚持以公开为常态、不公开为例外，推进“五公开”，理思路、打基础、建平台，推进环保系统政务与信息公开工作。",
               "二、主要做法及取得的实效",
               "（一）加强组织领导，健全公开机制。6月调整环保厅信息公开领导小组，由一名副厅长任组长，机关各处室和相关直属单位负责人为成员，下设领导小组办公室承担日常工作。制定印发《关于印发〈自治区环境保护厅2016年政务公开工作实施方案〉的通知》（新环发〔2016〕307号），把责任落实到厅领导和处室负责人，并把公开工作纳入绩效考核。",
               "IMG:stat2016"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 四川 泸州 泸县 (IP host)
    dict(
        key="luxian_2020_county_bureau_ip_host", year=2020, unlabel=("repost",),
        src="http://123.56.154.50:9104/zwgk/zfxxgknb1/bmxxgknb/content_291660 (泸州市泸县生态环境局2020年政府信息公开工作年度报告 on the 泸县 portal's server addressed by IP; 累计公开政府信息213条; 政府网站公开信息213条，占比100%; 配备2名兼职人员)",
        url="http://123.56.154.50.test:9104/zwgk/zfxxgknb1/bmxxgknb/content_291660",
        title="泸州市泸县生态环境局2020年政府信息公开工作年度报告", site="泸县人民政府", shape="plain",
        agency="泸州市泸县生态环境局", province="四川省", admin_level="county",
        proactive_total=213,
        notes="A county bureau named …泸县生态环境局 (place ending 县, no 分局). 213 → 213 (one channel). "
              "Requests not in the excerpt (not labelled). The host is an IP address serving the county "
              "portal's tree: repost not labelled (UNSURE whether it counts as the government's site).",
        lines=["本报告依照《中华人民共和国政府信息公开条例》编制，全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项6个部分。报告中所列数据统计期为2020年1月1日至2020年12月31日。报告电子版在泸县人民政府网站全文公开，如有疑问请与泸州市泸县生态环境局办公室联系（玉蟾街道花园路92号，0830-8192961）。",
               "一、总体情况",
               "2020年，我局坚持公开为常态、不公开为例外，遵循公正、公平、合法、便民原则，全年政府信息公开工作运行正常。",
               "（一）《条例》学习贯彻情况。结合本部门实际，配备2名兼职人员负责日常工作，完善政府信息公开制度。",
               "（二）主动公开政府信息情况。2020年累计公开政府信息213条（不含政务服务、企业信用等专业平台发布的数据），全部通过政府网站公开，占比100%，重点公开生态环境质量、督察整改和污染防治信息。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 四川 绵阳 安州
    dict(
        key="anzhou_2022_heading_two_lines_blank_dates", year=2022, drop_counts=True,
        src="http://www.anzhou.gov.cn/public/column/16251?type=3&nav=5&sub=2&timeFrame=2022&hasContent=true (绵阳市安州生态环境局2022年政府信息公开工作年度报告, 发布时间 2023-01-12; heading over two lines 绵阳市安州生态环境局2022 / 政府信息公开工作年度报告; 统计期限自202211日起至20221231日止)",
        url=T("http://www.anzhou.gov.cn/public/column/16251?type=3&nav=5&sub=2&timeFrame=2022&hasContent=true"),
        title="绵阳市安州生态环境局2022年政府信息公开工作年度报告", site="绵阳市安州区人民政府", shape="plain",
        pub="2023-01-12", source_line="安州生态环境局",
        agency="绵阳市安州生态环境局", province="四川省", admin_level="county",
        notes=NO_COUNTS + "A district's bureau named without 区 or 分局 (绵阳市安州生态环境局; 安州 is a district of "
              "绵阳) → county. The body repeats the title over two lines (…2022 / 政府信息公开工作年度报告) and "
              "prints the statistics period with its dates run together, as the source does.",
        lines=["绵阳市安州生态环境局2022", "政府信息公开工作年度报告",
               "依照《中华人民共和国政府信息公开条例》，特编制绵阳市安州生态环境局2022年信息公开工作年度报告，由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项六部分组成。报告所列数据的统计期限自202211日起至20221231日止。报告通过绵阳市安州区人民政府网站全文公开，如有疑问请与绵阳市安州生态环境局办公室联系。",
               "一、总体情况",
               "2022年，安州生态环境局落实中央、省、市、区关于政务公开的部署，围绕改善生态环境质量和污染防治攻坚加大公开力度，创新公开形式，拓展公开渠道。",
               "（一）主动公开政府信息情况。主要领导总体部署，分管领导具体安排，相关股室落实，把政府信息公开列入年度议事日程。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 浙江 金华 浦江 (re-filed)
    dict(
        key="pujiang_2014_refiled_under_new_name", year=2014, drop_counts=True,
        src="http://www.pj.gov.cn/art/2015/3/26/art_1229198634_1528024.html (浦江县环境保护局2014年度政府信息公开工作报告; index block 索引号 330726ZF230000/2015-19857, 发布机构 市生态环境局浦江分局, 生成日期 2015-03-26, 组配分类 公开年报; 来源 市生态环境局浦江分局; heading 浦江县环境保护局 / 2014年度政府信息公开工作报告; 三部分; 现有全职人员2人)",
        url=T("http://www.pj.gov.cn/art/2015/3/26/art_1229198634_1528024.html"),
        title="浦江县环境保护局2014年度政府信息公开工作报告", site="浦江县人民政府", shape="index",
        issuer="市生态环境局浦江分局", index_no="330726ZF230000/2015-19857", pub="2015-03-26",
        agency="浦江县环境保护局", province="浙江省", admin_level="county", format="narrative",
        notes=NO_COUNTS + "An old county report kept under the bureau's later name: the index block's issuer is "
              "市生态环境局浦江分局, the report names itself 浦江县环境保护局 (agency as the document names it; "
              "UNSURE which a reader expects). The body repeats the title over two lines.",
        lines=["浦江县环境保护局", "2014年度政府信息公开工作报告",
               "依照《中华人民共和国政府信息公开条例》（下称《条例》），特向社会公布本年度政府信息公开工作年度报告，由概述、主动公开政府信息情况、依申请公开和不予公开政府信息的情况、存在的主要问题及改进措施等部分组成。本报告所列数据的统计期限自2014年1月1日起至2014年12月31日止，电子版可在浦江县环境保护局门户网站下载，如有疑问请与县环保局政府信息公开工作领导小组办公室联系（环城南路221号）。",
               "一、概述",
               "我局在县委、县政府领导下，以保障公民知情权为目标，以政府信息公开平台建设为重点开展工作。",
               "（一）完善机构，加强领导。成立局政务信息公开领导小组，主要领导任组长，分管领导任副组长，机关科室和局属单位负责人为成员，指定专人负责，现有全职人员2人。",
               "二、主动公开政府信息情况", "IMG:stat2014"] + OLD_TAIL,
    ),
    # ============================================== look-alikes
    dict(
        key="urad_middle_forestry_2020_welcome", **NOT_REPORT, unlabel=("repost",),
        src="http://1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=10137 (乌拉特中旗林业和草原局2020年政府信息年度报告, 乌拉特中旗政务公开平台 with 您好，欢迎登录 banner; 发布机构 林草局, 发布日期 2021-12-20; 统计 2020年; 生态舆论环境, 生态文化)",
        url="http://1.25.240.11.test:8082/sites/wltzq/zwinfo.jsp?id=10137",
        title="乌拉特中旗林业和草原局2020年政府信息年度报告", site="乌拉特中旗政务公开平台", shape="welcome",
        notes="A disclosure report of a 林业和草原局 (not an environmental bureau) of a 旗: other (README convention). "
              "Its text speaks of 生态 and 环境 (生态舆论环境). The platform is served from an IP address: repost "
              "not labelled (UNSURE).",
        lines=["根据《中华人民共和国政府信息公开条例》（国务院令第711号）、国务院办公厅政府信息与政务公开办公室关于年度报告的通知和自治区、巴彦淖尔市的年度报告制度，现将乌拉特中旗林业和草原局2020年度政府信息公开工作报告如下。本年报数据统计日期自2020年1月1日起至2020年12月31日止，报告在乌拉特中旗人民政府网站公开。",
               "一、总体情况",
               "2020年，我局落实《中华人民共和国政府信息公开条例》，安排专人负责信息发布和上报，立足林业和草原工作实际推进信息公开。",
               "一是利用各级媒体主动公开政府信息。围绕造林绿化、林业改革、资源保护和生态文化，结合义务植树、爱鸟周、防治荒漠化日开展宣传，在全旗营造良好的生态舆论环境。",
               "二是加强组织领导，根据人员变动调整局政府信息公开工作领导小组。"] + SIX_IMG,
    ),
    dict(
        key="ordos_press_conference_trad_mirror", trad=True, **NOT_REPORT,
        src="http://9483456.com/gk_128120/xwfbh/202305/t20230505_3387530.html (Traditional mirror with pinyin glosses of 鄂尔多斯市生态环境局召开新闻发布会, 发布时间 2023-04-13, 首页>公开>新闻发布会: 通报2022年全市污染防治攻坚战进展; 1176项任务完工1163项; 优良天数325天; 21个国控断面; 主办 鄂尔多斯市人民政府)",
        url=T("http://9483456.com/gk_128120/xwfbh/202305/t20230505_3387530.html"),
        title="鄂尔多斯市生态环境局召开新闻发布会", site="鄂尔多斯市人民政府", shape="news",
        crumb="首页>公开>新闻发布会",
        notes="News of a bureau's press conference on the year's pollution control (a mirror, Traditional): "
              "not a report.",
        lines=["4月12日，鄂尔多斯市生态环境局召开新闻发布会，通报2022年全市污染防治攻坚战进展、国家区域再生水循环利用试点城市创建和生态环境保护督察整改情况。",
               "据介绍，2022年全市1176项污染防治攻坚任务完工1163项，空气质量优良天数325天，同比增加3.2%；21个国控断面水质达标率100%，城镇集中式饮用水水源地水质达标率100%。",
               "截至2023年3月底，第一轮中央生态环境保护督察及“回头看”反馈问题已全部整改；第二轮中央督察整改任务25项，已完成6项。",
               "转载请注明出处。"],
    ),
    dict(
        key="dongwuqi_press_conference_spam_index", **NOT_REPORT,
        src="http://www.qqzddqwz.com/sthjj/zwgk/zfxxgk/fdzdgknr/xzzq/2025120908210121570/index.html (betting-spam mirror: 赌球网站东乌珠穆沁旗分局召开2025年新闻发布会, index block 索引号 73610061-2/2025-00010, 发文机构 生态环境局, 信息分类 行政职权\\公报, 公告, 公开日期 2025-12-09; 通报全旗环境空气质量, 优良天数比例99.7%, 额吉淖尔盐湖整治 5228.9万元)",
        url=T("http://www.qqzddqwz.com/sthjj/zwgk/zfxxgk/fdzdgknr/xzzq/2025120908210121570/index.html"),
        title="赌球网站东乌珠穆沁旗分局召开2025年新闻发布会", site="全球最大赌球网站", shape="index",
        issuer="生态环境局", index_no="73610061-2/2025-00010", pub="2025-12-09",
        crumb="赌球网站 政府信息公开 政府信息公开",
        notes="A spam mirror (the 盟 bureau's name replaced by betting words) of a 旗分局's press-conference news "
              "filed under 政府信息公开: not a report, though it has a year, a 分局 and an index block.",
        lines=["2025年12月8日，赌球网站东乌珠穆沁旗分局召开新闻发布会，通报全旗环境空气质量，并就生态环保专项资金项目回答记者提问。",
               "2025年，我局以大气污染防治攻坚为抓手，推进燃煤小锅炉淘汰、柴油货车治理和供热企业超低排放改造。1月至11月，全旗环境空气质量综合指数1.5，优良天数比例99.7%。",
               "记者提问：请介绍额吉淖尔盐湖环境综合整治项目。",
               "答：该工程总投资5228.9万元，2025年9月开工，已完成土方开挖40万立方米。"],
    ),
    dict(
        key="qingyuan_2022_bureau_work_summary", doc_type="work_summary",
        src="http://www.zjqy.gov.cn/art/2023/2/6/art_1229388783_5061584.html (丽水市生态环境局庆元分局 2022 年度工作总结: 一、环境质量改善情况 优良天数比率100%, PM2.5 17微克/立方米; 二、重点工作完成情况; page title not in the excerpt)",
        url=T("http://www.zjqy.gov.cn/art/2023/2/6/art_1229388783_5061584.html"),
        title="丽水市生态环境局庆元分局2022年工作总结", site="庆元县人民政府", shape="plain", pub="2023-02-06",
        notes="A 分局's year-end work summary of its environmental work (not of disclosure): work_summary, as the "
              "README files a bureau's 工作总结 (UNSURE: other would also fit). Title reconstructed (the excerpt "
              "starts with the body).",
        lines=["2022年，丽水市生态环境局庆元分局在县委、县政府领导和市局指导下，坚持以改善环境质量为核心，推进生态文明建设和环境保护工作。",
               "一、环境质量改善情况",
               "（一）空气环境质量。全年优良天数比率100%，PM2.5浓度17微克/立方米，臭氧浓度108微克/立方米，均完成考核任务。",
               "（二）水环境质量。7个市控、县控断面和饮用水水源地水质达标率均为100%。",
               "二、重点工作完成情况",
               "（一）深入打好污染防治攻坚战。开展VOCs突出问题整治，推进铅笔、竹木行业源头替代。"],
    ),
    dict(
        key="city_bureau_2024_work_summary_docsite", doc_type="work_summary",
        src="https://m.bimoxiezuo.com/view?id=n5tw63s7mizdiyte&type=2 (writing-sample site: 市生态环境局2024年工作总结和2025年工作思路, no city named; pm2.5 24.7μg/m3 全省第5, 优良率95.9%, 国控断面100%, 近岸海域78.2%)",
        url=T("https://m.bimoxiezuo.com/view?id=n5tw63s7mizdiyte&type=2"),
        title="市生态环境局2024年工作总结和2025年工作思路", site="笔墨写作", shape="plain",
        notes="A city bureau's general work summary on a writing-sample site (repost): work_summary (UNSURE, as "
              "above).",
        lines=["一、2024年工作总结",
               "2024年以来，全市生态环境系统围绕五大高地建设抓考核、攻难题、创品牌。全市PM2.5浓度24.7微克/立方米，排名全省第5；空气质量优良率95.9%；国控断面Ⅰ-Ⅲ类水质比例100%；近岸海域水质优良率78.2%。",
               "二、2025年工作思路", "持续深入打好蓝天、碧水、净土保卫战。"],
    ),
    dict(
        key="city_gov_briefing_trad_docsite", trad=True, **NOT_REPORT,
        src="http://www.huangminedu.com.cn/doc/tag-106823.html (document-site tag page, Traditional with glosses: 市政府关于生态环境保护工作情况汇报 — 尊敬的各位领导 … 现将有关工作情况汇报如下: 一、工作成效显著，生态环境质量持续改善 (一)大气环境质量稳步提升)",
        url=T("http://www.huangminedu.com.cn/doc/tag-106823.html"),
        title="市政府关于生态环境保护工作情况汇报", site="文档", shape="plain",
        notes="A city government's briefing on its environmental work, on a document site (repost): not a "
              "disclosure report.",
        lines=["尊敬的各位领导：",
               "生态环境是人类生存与发展的根基。近年来，我市贯彻党中央、国务院关于生态环境保护的部署，坚持生态优先、绿色发展，生态环境保护取得阶段性成效。现将有关工作情况汇报如下：",
               "一、工作成效显著，生态环境质量持续改善", "（一）大气环境质量稳步提升。"],
    ),
    dict(
        key="heilongjiang_yearbook_petitions_entry", **NOT_REPORT,
        src="https://www.hljszw.org.cn/home/book/info/get_id/99894.html (黑龙江 yearbook entry 政务信息及环境信访: 省本级受理各类环境信访案件417件，结案400件; 环境保护部转办81件, 来访46件125人次, 来电131件, 来信25件; 报送政务信息500余篇, 编发简报24期; (牟善学))",
        url=T("https://www.hljszw.org.cn/home/book/info/get_id/99894.html"),
        title="政务信息及环境信访", site="黑龙江省地方志", shape="plain",
        notes="A provincial yearbook's entry on the environment department's petitions and government news "
              "(信访 counts, not disclosure requests): not a report.",
        lines=["认真落实环境信访工作制度，督办上转下报的重点环境信访案件。省本级受理各类环境信访案件417件，结案400件，结案率96%。其中环境保护部转办81件，来访46件125人次，来电131件，来信25件，省环境保护厅举报投诉信箱受理84件，“行风热线”受理50件。",
               "各市（地）和省环境保护厅机关各处室、直属单位报送政务信息500余篇，编发环境保护简报24期，被采用200余篇。（牟善学）"],
    ),
    dict(
        key="xinjiang_inspection_rectification_report", **NOT_REPORT,
        src="http://www.xjhbcy.cn/articles/show/2098 (新疆维吾尔自治区生态环境保护产业协会 site: 新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告, 2019-04-28; 一、总体情况; 94项整改任务已完成55项，占58.5%)",
        url=T("http://www.xjhbcy.cn/articles/show/2098"),
        title="新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告", site="新疆维吾尔自治区生态环境保护产业协会",
        shape="news", pub="2019-04-28",
        notes="A region's report on rectifying central inspection findings, with a 一、总体情况 heading, reposted by "
              "an association: not a disclosure report.",
        lines=["经党中央、国务院批准，2017年8月11日至9月11日中央第八环境保护督察组对我区开展环境保护督察，2018年1月2日反馈督察意见。按有关要求，现将自治区贯彻落实督察反馈意见的整改进展情况予以公开。",
               "一、总体情况",
               "自治区党委和政府把督察整改作为重大政治任务，对反馈意见提出的问题和建议全部接受、全面整改。全区共确定94项整改任务，截至2019年3月底已完成55项，占58.5%，其余正在推进。"],
    ),
]
