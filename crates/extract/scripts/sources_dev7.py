"""Sources of tests/realworld/dev/rw7_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev7.py (see its docstring). Chosen for how the first
paragraphs of 一、总体情况 state the year's proactive count and the requests:
a portal's count broken down after it, a documents count (件) before the
information count (条), two counts each opened by 全年共发布信息, channel counts
with no total (条/篇, 余条/余篇), and requests as 收到…申请N件 or 未收到."""
from make_realworld2 import GENERIC_5, GENERIC_6
from sources2 import T
from sources_dev5 import SIX_IMG

OVERVIEW = "一、总体情况"

SOURCES = [
    # ------------------------------------------------------------ 新疆
    dict(
        key="xinjiang_2023_portal_then_kinds", year=2023,
        src="https://sthjt.xinjiang.gov.cn/xjepd/gbsxxgkgzndbg/202401/0019ee88c98e4d268f4577bfc712b499.shtml (自治区生态环境厅2023年报: 门户网站发布各类信息5489条，其中，主动公开文件数232条，重要通知公告33条…; 全年累计发布公文公告126条…; requests not in the excerpt)",
        url=T("https://sthjt.xinjiang.gov.cn/xjepd/gbsxxgkgzndbg/202401/0019ee88c98e4d268f4577bfc712b499.shtml"),
        title="自治区生态环境厅2023年政府信息公开工作年度报告", site="新疆维吾尔自治区生态环境厅", shape="plain",
        crumb="当前位置: 首页 / 走进环保 / 机构职能 / 内设机构 / 办公室 / 信息公开 / 信息公开工作年度报告",
        province="新疆维吾尔自治区", admin_level="provincial",
        proactive_total=5489,
        notes="5489 is the portal's count, the only channel counted, broken down by kind after it (其中，主动公开文件数"
              "232条…); a later sentence gives running kinds (全年累计发布公文公告126条), not a total. Agency not labelled "
              "(the document says only 自治区生态环境厅). Requests not in the source excerpt (not labelled); tables as images.",
        lines=["一、总体情况",
               "2023年，自治区生态环境厅围绕自治区党委、人民政府和生态环境部的部署，主动公开生态环境信息，回应社会关切，推动政府信息公开工作提质增效。",
               "（一）主动公开情况",
               "自治区生态环境厅以门户网站为政府信息公开的主渠道，结合微信公众号、微博等新媒体拓展公开方式，法定主动公开内容全部公开。2023年，自治区生态环境厅门户网站发布各类信息5489条，其中，主动公开文件数232条，重要通知公告33条，全疆城市空气环境质量排名情况相关信息36条，全区水环境质量状况及城市水环境质量排名情况4条，生态环境厅系统预算决算信息57条。",
               "按时发布16个市州环境空气质量日报、周报及月报。全年累计发布公文公告126条，环境影响评价项目受理公示72条、拟审批公示56条，核与辐射类建设项目环境影响评价受理情况公示28条、拟批准项目情况公示22条，固体废物行政审批结果77条。",
               "（二）依申请公开情况", "严格按照条例规定的程序和时限办理政府信息公开申请（数量见表三）。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 山西
    dict(
        key="xinzhou_2023_portal_then_documents", year=2023,
        src="https://zwgk.sxxz.gov.cn/xzsrmzf/xxgknb/2023ndbg/202401/t20240130_3948586.shtml (忻州市生态环境局2023年报: 本局门户网站共发布信息2327条，主动公开文件46件，更新发布政策解读106条…发布本系统政务动态信息596条; requests not in the excerpt)",
        url=T("https://zwgk.sxxz.gov.cn/xzsrmzf/xxgknb/2023ndbg/202401/t20240130_3948586.shtml"),
        title="忻州市生态环境局2023年政府信息公开工作年度报告", site="忻州市人民政府", shape="plain",
        agency="忻州市生态环境局", province="山西省", admin_level="prefectural",
        proactive_total=2327,
        notes="2327 is the portal's count (the only channel counted); the documents (46件), policy readings (106条) and "
              "system news (596条) after it are kinds within it. Requests not in the source excerpt (not labelled).",
        lines=["根据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号的要求编制本报告。报告中数据统计期限为2023年1月1日—12月31日。",
               "一、总体情况",
               "2023年，忻州市生态环境局围绕本局重点工作，提升信息公开质量，优化平台建设，加强政策解读回应，推进政府信息公开工作。",
               "（一）主动公开政府信息情况",
               "1. 坚持“公开为常态，不公开为例外”的原则，全面推进政府信息公开工作。2023年，本局门户网站共发布信息2327条，主动公开文件46件，更新发布政策解读106条，其中解读材料65条，解读产品41条，发布本系统政务动态信息596条。维护专题专栏16个，其中新开辟专栏2个。",
               "2. 以信息公开助力减污降碳，加强大气、水、土壤污染防治信息和环境质量、监测数据的公开。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 浙江
    dict(
        key="haiyan_2024_two_yearly_counts", year=2024,
        src="http://www.haiyan.gov.cn/art/2025/1/20/art_1229449092_98337.html (嘉兴市生态环境局海盐分局2024年报: 对生态环境保护工作做到应公开尽公开，全年共发布信息509条…建设项目环境影响评价审批394条…; 二是推进基层两化建设…全年共发布信息98条; 收到依申请政府信息公开事项6件; 未发生…行政复议、行政诉讼)",
        url=T("http://www.haiyan.gov.cn/art/2025/1/20/art_1229449092_98337.html"),
        title="嘉兴市生态环境局海盐分局2024年度政府信息公开工作年度报告", site="海盐县人民政府", shape="plain",
        pub="2025-01-20", source_line="县生态环境分局",
        agency="嘉兴市生态环境局海盐分局", province="浙江省", admin_level="county",
        proactive_total=509, requests_received=6, reconsiderations=0, lawsuits=0,
        notes="Two sentences each open with 全年共发布信息: 509 for the bureau's disclosure as a whole (with the EIA "
              "approvals 394条 inside it) and 98 for the grassroots standardisation items (行政许可、处罚、强制). 509 is "
              "read as the year's total, 98 as a part (UNSURE). 收到依申请政府信息公开事项6件 → 6; 未发生…行政复议、提起"
              "行政诉讼 → 0/0. Granted not labelled.",
        lines=["一、总体情况",
               "（一）主动公开情况。一是做好生态环境保护工作及重点领域信息公开。对生态环境保护工作做到应公开尽公开，全年共发布信息509条。同时继续推进重点领域信息公开，发布建设项目环境影响评价审批394条，重污染天气预警重点工作信息5条。二是推进基层政务公开标准化规范化建设。全面梳理主动公开事项，精准发布行政许可、行政处罚、行政强制等信息，全年共发布信息98条。三是以视频、图文等多种形式开展政策解读。四是主动回应群众关切，承办提案2件，承办“12345”政务服务热线267件。",
               "（二）依申请公开情况。2024年，我局收到依申请政府信息公开事项6件。未发生因政府信息公开引起的申请行政复议、提起行政诉讼的情况。",
               "（三）政府信息管理情况。严格执行“三审三校”制度，定期开展自查自纠及政务公开工作培训。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 甘肃
    dict(
        key="zhangjiachuan_2025_channels_no_total", year=2025,
        src="https://www.zjc.gov.cn/info/12142/1328132.htm (天水市生态环境局张家川分局2025年报: 依托政府网站公开政务信息45条，环境质量4条，财政信息1条，微信公众号发布信息253条，微博发布信息473条; 未收到公民或者法人依申请公开申请)",
        url=T("https://www.zjc.gov.cn/info/12142/1328132.htm"),
        title="天水市生态环境局张家川分局2025年政府信息公开工作年度报告", site="张家川回族自治县人民政府", shape="plain",
        agency="天水市生态环境局张家川分局", province="甘肃省", admin_level="county",
        proactive_total=None, requests_received=0, requests_granted=0,
        notes="Counts per channel and kind (website 45 + 4 + 1, 微信 253, 微博 473) and no total → null. 未收到…依申请公开"
              "申请 → received 0, granted 0.",
        lines=["根据《中华人民共和国政府信息公开条例》要求，现发布《天水市生态环境局张家川分局2025年政府信息公开工作年度报告》。报告中所列数据统计期限为2025年1月1日到12月31日。",
               "一、总体情况", "（一）主动公开情况。",
               "一是扎实做好主动公开。2025年我局围绕年度政务公开工作重点，主动公开各类政府信息，依托政府网站公开政务信息45条，环境质量4条，财政信息1条，微信公众号发布信息253条，微博发布信息473条。二是加强政策解读，提高解读的针对性。",
               "（二）依申请公开情况。", "2025年度，我局未收到公民或者法人依申请公开申请。",
               "（三）政府信息管理情况。", "健全信息发布审查机制，按照稿件起草、股室把关、保密审查、领导审核的程序层层把关。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 山东
    dict(
        key="zaozhuang_gaoxin_2025_documents_first", year=2025,
        src="http://www.zzctp.gov.cn/zwgk/zfxxgknb/2025ngknb/bmjzjxxgknb/202601/t20260116_2232596.shtml (枣庄市生态环境局高新区分局2025年报: 2025年主动公开文件1件，依申请公开0件，不予公开0件，网上公开了1件，配发解读材料3件; 通过…高新区信息公开网发布信息140余条，其中…其它信息60余条; requests paragraph cut off in the excerpt)",
        url=T("http://www.zzctp.gov.cn/zwgk/zfxxgknb/2025ngknb/bmjzjxxgknb/202601/t20260116_2232596.shtml"),
        title="枣庄市生态环境局高新区分局2025年政府信息公开工作年度报告", site="枣庄国家高新技术产业开发区", shape="plain",
        agency="枣庄市生态环境局高新区分局", province="山东省",
        proactive_total=140,
        notes="Documents first (主动公开文件1件，依申请公开0件 — counts of documents by disclosure mode, not requests), then "
              "the information count: 发布信息140余条 on the zone's site, the only channel, approximate (余) → 140. The "
              "requests paragraph is cut off in the source excerpt: requests not labelled. admin_level not labelled (a "
              "development zone's 分局).",
        lines=["2025年，枣庄市生态环境局高新区分局根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求编制本报告。本报告所列数据的统计时限自2025年1月1日至2025年12月31日。",
               "一、总体情况",
               "（一）政府信息主动公开工作情况", "1.会议决策公开",
               "会议公开方面，2025年共召开7次局长办公会议。",
               "政策文件方面，2025年主动公开文件1件，依申请公开0件，不予公开0件，网上公开了1件，配发解读材料3件，其中主要负责人解读1件，文字解读1件，媒体解读1件。",
               "2.重点领域信息公开",
               "2025年，枣庄市生态环境局高新区分局通过枣庄国家高新技术产业开发区政府网站（高新区信息公开网）发布信息140余条，其中部门办公会议公开7条、部门办公会议解读7条、重点领域信息公开65条，其它信息60余条。",
               "（二）依申请公开情况", "依法办理政府信息公开申请（数量见表三）。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 宁夏
    dict(
        key="yinchuan_2021_site_and_media", year=2021,
        src="http://www.yinchuan.gov.cn/xxgk/bmxxgkml/shbj_2176/xxgknb_2178/202201/t20220127_3307624.html (银川市生态环境局2021年报, page with 无障碍 | 长者版 bar: 全年通过网站公开信息2522条，微信公众号、微博等政务新媒体公开信息3135条; 共收到政府信息公开申请10件)",
        url=T("http://www.yinchuan.gov.cn/xxgk/bmxxgkml/shbj_2176/xxgknb_2178/202201/t20220127_3307624.html"),
        title="银川市生态环境局2021年政府信息公开工作年度报告", site="银川市人民政府", shape="plain", pub="2022-01-27",
        crumb="当前位置: 首页>政府信息公开>政府部门信息公开>银川市生态环境局>政府信息公开年报",
        agency="银川市生态环境局", province="宁夏回族自治区", admin_level="prefectural",
        proactive_total=None, requests_received=10,
        notes="Two channel counts (网站2522条; 政务新媒体3135条) and no total → null. 共收到政府信息公开申请10件 → 10. "
              "Granted not labelled (the source says the requests were answered, no outcome counts).",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，现发布《银川市生态环境局2021年政府信息公开工作年度报告》，本报告统计数据从2021年1月1日至12月31日。",
               "一、总体情况",
               "2021年，银川市生态环境局通过市政府门户网站、局门户网站和政务新媒体推进决策、执行、管理、服务和结果公开。",
               "（一）主动公开情况。依法确定21项公开事项的内容、责任单位、渠道和时限，主动公开环境质量、环境执法监管、项目环境影响评价等重点信息。全年通过网站公开信息2522条，微信公众号、微博等政务新媒体公开信息3135条。",
               "（二）依申请公开情况。做到及时接收、依规办理、规范答复。2021年银川市生态环境局共收到政府信息公开申请10件，主要涉及环境影响评价、统计数据等方面，均已依法答复。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 青海
    dict(
        key="xining_chengzhong_2022_trad_mirror", year=2022, trad=True,
        src="http://dieshihui.com/info/4114/171816.htm (Traditional mirror of 西宁市城中区生态环境局2022年度政府信息公开工作年度报告: 通过区政府政务信息平台主动发布各类政务信息共计95条。其中信息简报79期，建设项目信息12条，“双随机系统公开4条”; 2022年度未收到政府信息公开申请)",
        url=T("http://dieshihui.com/info/4114/171816.htm"),
        title="西宁市城中区生态环境局2022年度政府信息公开工作年度报告", site="城中区人民政府", shape="plain",
        agency="西宁市城中区生态环境局", province="青海省", admin_level="county",
        proactive_total=95, requests_received=0, requests_granted=0,
        notes="A machine-converted Traditional mirror (repost). 主动发布各类政务信息共计95条 with its parts after it "
              "(79期, 12条, 4条) → 95. 未收到政府信息公开申请 → received 0, granted 0. Title from the source's first "
              "paragraph (由西宁市城中区生态环境局编写了2022年度政府信息公开工作年度报告).",
        lines=["一、总体情况",
               "为做好政务公开工作，我局完善公开办理流程，健全工作机制，持续做好政策解读和主动公开信息按时送交等基础工作。本年报根据《中华人民共和国政府信息公开条例》规定，由西宁市城中区生态环境局编写。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
               "（一）本单位主动公开政府信息的数量。将政务信息公开与规范权力运行、促进依法行政结合起来。通过区政府政务信息平台主动发布各类政务信息共计95条。其中信息简报79期，建设项目信息12条，“双随机”系统公开4条。",
               "（二）政府信息依申请公开办理。2022年度未收到政府信息公开申请。",
               "（三）政府信息管理情况。落实专人负责本部门政府信息的收集、公开和报送。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 河北
    dict(
        key="shahe_2023_yu_channels", year=2023,
        src="https://shaheshi.gov.cn/article/86/81942.html (邢台市生态环境局沙河市分局2023年报: 通过沙河市政府信息公开平台公开发布政府信息257余条，通过政务新媒体推送信息694余篇; 收到政府信息依申请公开2件; 无因政府信息公开申请引起的行政复议和行政诉讼)",
        url=T("https://shaheshi.gov.cn/article/86/81942.html"),
        title="邢台市生态环境局沙河市分局2023年政府信息公开工作年度报告", site="沙河市人民政府", shape="plain",
        agency="邢台市生态环境局沙河市分局", province="河北省", admin_level="county",
        proactive_total=None, requests_received=2, reconsiderations=0, lawsuits=0,
        notes="Title reconstructed from the body (the excerpt starts with the preamble naming 邢台市生态环境局沙河市分局 "
              "and the year). Two channel counts, each approximate (平台257余条; 新媒体推送694余篇) and no total → null. "
              "收到政府信息依申请公开2件 → 2; 无因…引起的行政复议和行政诉讼 → 0/0. Granted not labelled.",
        lines=["本年度报告依据《中华人民共和国政府信息公开条例》和年度报告格式编制，所列数据的统计期限为2023年1月1日至12月31日。如对本年报有疑问，请与邢台市生态环境局沙河市分局办公室联系。",
               "一、总体情况",
               "按照省、市、县2023年政务公开工作要点，我分局进一步加强政务信息公开工作，提高政务信息管理和服务水平。",
               "（一）主动公开方面。2023年，通过沙河市政府信息公开平台公开发布政府信息257余条，通过政务新媒体推送信息694余篇，向社会积极推送、转发相关政策信息。",
               "（二）依申请公开方面。严格执行《河北省政府信息公开申请办理规范》。2023年，我分局收到政府信息依申请公开2件，均在答复时限内进行了规范答复。无因政府信息公开申请引起的行政复议和行政诉讼。",
               "（三）政府信息管理方面。落实公文公开审查机制，完善政府文件信息公开流程。"] + SIX_IMG,
    ),
    # ================= second look-up round (labelled before any run on these pages)
    # ------------------------------------------------------------ 安徽
    dict(
        key="qiaocheng_2024_columns_no_total", year=2024,
        src="https://www.bzqc.gov.cn/XxgkAnnualReport/show/6052.html (亳州市谯城区生态环境分局2024年报, title over two lines: 政府信息公开基础栏目发布256条，重点栏目110条，两化领域631条; 收到政府信息公开申请共1件，办结1件)",
        url=T("https://www.bzqc.gov.cn/XxgkAnnualReport/show/6052.html"),
        title="亳州市谯城区生态环境分局2024年政府信息公开工作年度报告", site="亳州市谯城区人民政府", shape="plain",
        agency="亳州市谯城区生态环境分局", province="安徽省", admin_level="county",
        proactive_total=None, requests_received=1,
        notes="Counts per column (基础栏目256条，重点栏目110条，两化领域631条) and no total → null. 收到政府信息公开申请共1件 "
              "→ 1. Granted not labelled.",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，现发布《亳州市谯城区生态环境分局2024年政府信息公开工作年度报告》。",
               OVERVIEW, "（一）主动公开",
               "2024年，我局围绕政务公开重点工作任务，深化基层两化和重点领域信息公开，加强污染综合防治、生态环境质量和生态建设等方面信息公开。2024年我局政府信息公开基础栏目发布256条，重点栏目110条，两化领域631条。",
               "（二）依申请公开",
               "2024年，我局落实依申请公开办理制度，畅通申请受理渠道，2024年我局收到政府信息公开申请共1件，办结1件。"] + SIX_IMG,
    ),
    dict(
        key="langxi_2023_site_total_then_kinds", year=2023,
        src="http://www.ahlx.gov.cn/OpennessAnnualReport/show/5545.html (宣城市郎溪县生态环境分局2023年报, chrome OA办公|繁體版|智能问答|无障碍|长辈版: 通过政府信息公开网站发布及公开的信息全年共计538条。其中行政许可262条…; 2023年收到1个依申请公开事项)",
        url=T("http://www.ahlx.gov.cn/OpennessAnnualReport/show/5545.html"),
        title="宣城市郎溪县生态环境分局2023年度政府信息公开工作年度报告", site="郎溪县人民政府", shape="plain",
        crumb="您当前所在的位置: 网站首页 > 信息浏览",
        agency="宣城市郎溪县生态环境分局", province="安徽省", admin_level="county",
        proactive_total=538, requests_received=1,
        notes="发布及公开的信息全年共计538条 with kinds after 其中 (the source's kinds do not add up to it) → 538. The "
              "request count before the noun in 个 (收到1个依申请公开事项) → 1. Granted not labelled.",
        lines=["本年报根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求编制，使用数据统计时间为2023年1月1日至12月31日。如对本报告有疑问，请与郎溪县生态环境分局办公室联系。",
               OVERVIEW,
               "郎溪县生态环境分局成立了以党组书记、局长为组长的政务公开领导小组，按照县政务公开办的要求规范发布各栏目内容。",
               "（一）主动公开情况",
               "2023年在主动公开的信息中，通过政府信息公开网站发布及公开的信息全年共计538条。其中行政许可262条，行政处罚26条，行政强制7条，行政确认13条，“双随机一公开”13条，建设项目环境影响评价审批12条，生态环境质量信息发布37条。",
               "（二）依申请公开情况", "2023年收到1个依申请公开事项，已向申请人进行答复。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 四川
    dict(
        key="lizhou_2022_documents_then_channels", year=2022,
        src="https://lzq.gov.cn/gongkai/show/20230119090920400.html (广元市利州生态环境局2022年报: 以区委区政府名义发文12个，其中主动公开5个，依申请公开1个，不予公开6个; 利用区政府网站、市生态环境局网站发布政府信息124条…“利州生态”公众号发布信息198条，微博发布信息79条; 本年度未收到政府信息公开申请)",
        url=T("https://lzq.gov.cn/gongkai/show/20230119090920400.html"),
        title="广元市利州生态环境局2022年政府信息公开工作年度报告", site="广元市利州区人民政府", shape="plain",
        agency="广元市利州生态环境局", province="四川省", admin_level="county",
        proactive_total=None, requests_received=0, requests_granted=0,
        notes="Documents by disclosure mode first (发文12个，其中主动公开5个，依申请公开1个 — not requests), then three "
              "channels (websites 124条, 公众号198条, 微博79条) and no total → null. 未收到政府信息公开申请 → 0/0.",
        lines=["本报告依据《中华人民共和国政府信息公开条例》的要求，特向社会公布《广元市利州生态环境局2022年政府信息公开工作年度报告》，统计时间为2022年1月1日至2022年12月31日。",
               OVERVIEW, "（一）主动公开方面",
               "一是以区委区政府名义发文12个，其中主动公开5个，依申请公开1个，不予公开6个。以议事协调机构发文15个。二是利用区政府网站、市生态环境局网站发布政府信息124条，其中：动态信息107条，行政许可11条，行政处罚6条。三是用好政务新媒体，“利州生态”公众号发布信息198条，“利州生态V”微博发布信息79条。",
               "（二）依申请公开方面", "本年度未收到政府信息公开申请。"] + SIX_IMG,
    ),
    dict(
        key="meishan_2023_mirror_categories", year=2023,
        src="https://cbccscan.com/info/5069/1160753.htm (mirror of 眉山市生态环境局2023年报, index block 索引号971045726/shbj/2024-00029, 发布机构 市生态环境局, 公开日期2024-01-11: 环境质量信息364条, 环评审批信息234条, 环保宣传信息210余条, 专题专栏33条…; 全年依申请公开政府信息16条)",
        url=T("https://cbccscan.com/info/5069/1160753.htm"),
        title="眉山市生态环境局2023年政府信息公开工作年度报告", site="眉山市人民政府", shape="index",
        index_no="971045726/shbj/2024-00029", issuer="市生态环境局", pub="2024-01-11",
        agency="眉山市生态环境局", province="四川省", admin_level="prefectural",
        proactive_total=None, requests_received=16,
        notes="A mirror host (repost). Only category counts (364, 234, 210余, 33, 14, 22, 3, 200余) → null. Requests "
              "counted in 条 after a time word (全年依申请公开政府信息16条) → 16.",
        lines=["本年报根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号，按照2023年信息公开工作实际编制。本年报所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
               OVERVIEW, "（一）主动公开", "1、环境信息公开情况",
               "一是公开空气和水环境质量，在市政府网站发布环境质量信息364条。二是全年共发布环评审批信息234条。三是发布环保宣传信息210余条。四是曝光环保违法行为46起。",
               "2、政务信息公开情况",
               "2023年，在市委市政府门户网站专题专栏公开信息33条，公开财政类信息14条，发布重污染天气预警通知信息22条，发布政策解读3条，回应公众关切信息200余条。",
               "（二）依申请公开", "依申请公开均由局办公室收文后转业务科室办理。全年依申请公开政府信息16条，全部按时给予回复。"] + SIX_IMG,
    ),
    dict(
        key="lezhi_2023_yu_total_zero_requests", year=2023,
        src="http://gk.ziyang.gov.cn/year_details.aspx?dept=173&year=2023 (资阳市乐至生态环境局2023年报, 发布时间2024-01-23: 全年共公开信息92余条，其中在政府信息公开专栏公开信息16条; 全年收到并按时办结依申请公开0件; 未发生…行政复议或行政诉讼)",
        url=T("http://gk.ziyang.gov.cn/year_details.aspx?dept=173&year=2023"),
        title="资阳市乐至生态环境局2023年政府信息公开工作年度报告", site="资阳市人民政府", shape="plain", pub="2024-01-23",
        agency="资阳市乐至生态环境局", province="四川省", admin_level="county",
        proactive_total=92, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="全年共公开信息92余条 (approximate total, one column's part after 其中) → 92. 收到并按时办结依申请公开0件 "
              "→ 0/0; 未发生…行政复议或行政诉讼 → 0/0.",
        lines=["根据《中华人民共和国政府信息公开条例》有关规定，编制本报告。报告中所列数据统计期限从2023年1月1日到12月31日止。",
               OVERVIEW,
               "（一）主动公开情况。通过“帅乡乐至”APP以及电视、报纸、新闻网站等平台定期发布大气、水环境质量信息，全年共公开信息92余条，其中在政府信息公开专栏公开信息16条。",
               "（二）依申请公开情况。严格履行申请、受理、登记、办理、答复等程序，全年收到并按时办结依申请公开0件。2023年未发生因政府信息公开申请处理不当引发的行政复议或行政诉讼。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 广东
    dict(
        key="guangzhou_2018_trad_wiki_total", year=2018, trad=True,
        src="https://newton.com.tw/wiki/廣州市生態環境局2018年政府信息公開工作年度報告/59210733 (Traditional wiki: 我局2018年全年主动公开政府信息10685条，其中：组织机构类信息4条…其他文件和信息9581条; 通过政府网站发布信息10673条，通过微博微信发布信息3775条)",
        url="https://newton.com.tw.test/wiki/%E5%BB%A3%E5%B7%9E%E5%B8%82%E7%94%9F%E6%85%8B%E7%92%B0%E5%A2%83%E5%B1%802018%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A/59210733",
        title="广州市生态环境局2018年政府信息公开工作年度报告", site="牛顿百科", shape="plain",
        agency="广州市生态环境局", province="广东省", admin_level="prefectural",
        proactive_total=10685,
        notes="Traditional wiki repost. 全年主动公开政府信息10685条，其中… is the stated total; the channel counts after it "
              "(网站10673条, 微博微信3775条) overlap it. Requests not in the excerpt (not labelled).",
        lines=["根据《中华人民共和国政府信息公开条例》的规定，现公布广州市生态环境局信息公开工作年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、收费情况、行政复议和行政诉讼情况、存在问题及改进措施组成。",
               "一、概述",
               "2018年，我局在政务公开领导小组指导下推进政府信息公开工作规范化、制度化和常态化，完善信息公开工作规程。",
               "二、主动公开政府信息情况",
               "我局2018年全年主动公开政府信息10685条，其中：组织机构类信息4条，部门文件类信息33条，政务动态类信息976条，行政执法类信息72条，办事指南类信息9条，财政预决算信息7条，其他文件和信息9581条。通过不同渠道和方式发布政府信息情况：通过政府公报发布信息1条，通过政府网站发布信息10673条，通过微博微信发布信息3775条。",
               "三、依申请公开政府信息情况", "IMG:table3"] + ["政府信息公开工作存在的主要问题及改进措施", "信息公开的及时性还需提高，下一步将加强培训和审核。"],
    ),
    # ------------------------------------------------------------ 湖南
    dict(
        key="hunan_2023_title_without_body", year=2023,
        src="http://sthjt.hunan.gov.cn/sthjt/xxgk/zwxxgk/gknb/202402/t20240202_32641765.html (湖南省生态环境厅 page titled 2023年政府信息公开工作年度报告, index block 发布机构 湖南省生态环境厅, 发文日期2024-01-30: 全年在门户网站发布信息2717条…微博发布信息2504条，微信发布信息2731条; 共办理政府信息依申请公开70件; 省厅窗口共受理政务服务事项2190件)",
        url=T("http://sthjt.hunan.gov.cn/sthjt/xxgk/zwxxgk/gknb/202402/t20240202_32641765.html"),
        title="2023年政府信息公开工作年度报告", site="湖南省生态环境厅", shape="index",
        index_no="430S00/2024-009831", issuer="湖南省生态环境厅", pub="2024-01-30",
        province="湖南省", admin_level="provincial",
        proactive_total=None, requests_received=70,
        notes="Title without the body's name (the index block's 发布机构 names it; agency not labelled). Three channel "
              "counts (门户网站2717条, 微博2504条, 微信2731条) and no total → null. 共办理政府信息依申请公开70件 → 70; the "
              "window's 受理政务服务事项2190件 and 网上咨询…415件 are not requests for information.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。",
               OVERVIEW,
               "（一）指导思想。2023年，省生态环境厅围绕污染防治攻坚战，发挥以公开促落实、强监管、优服务的作用。",
               "（二）做好政府主动信息公开。全年在门户网站发布信息2717条，发布解读类信息16条。专题专栏新开设5个，维护数量13个。办结网上咨询、省长信箱信件415件，公开答复数量223条。微博发布信息2504条，微信发布信息2731条。",
               "（三）做好政府信息依申请公开办理。2023年共办理政府信息依申请公开70件，全部依法依规按程序办结。截至2023年12月31日，省厅窗口共受理政务服务事项2190件，许可办结送达1628件。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 福建
    dict(
        key="changle_2021_year_and_running_counts", year=2021,
        src="http://fzcl.gov.cn/xjwz/zwgk/zfxxgk/zfxxbmgk/zlszfgzbmxxgkml/zlshjbhj/zfxxgknb/202201/t20220113_4290201.htm (福州市长乐生态环境局2021年报: 自2021年1月1日至2021年12月31日止，我局在区人民政府网站政府信息公开专栏累计主动公开信息5条，历年累计主动公开政府信息共250条; 共收到政府信息公开申请4件，其中1件为当面申请，1件为网上申请，2件为信函申请…历年累计受理申请20件)",
        url=T("http://fzcl.gov.cn/xjwz/zwgk/zfxxgk/zfxxbmgk/zlszfgzbmxxgkml/zlshjbhj/zfxxgknb/202201/t20220113_4290201.htm"),
        title="福州市长乐生态环境局2021年政府信息公开工作年度报告", site="福州市长乐区人民政府", shape="plain",
        agency="福州市长乐生态环境局", province="福建省", admin_level="county",
        proactive_total=5, requests_received=4,
        notes="Title reconstructed from the preamble (福州市长乐生态环境局编制完成本报告). The year's count (自…1月1日至…"
              "12月31日止…累计主动公开信息5条) beside the running one (历年累计…共250条) → 5; requests 4 split by channel "
              "(当面1, 网上1, 信函2) beside a running 历年累计受理申请20件 → 4. Granted not labelled.",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，福州市长乐生态环境局编制完成本报告。本报告中所列数据的统计时限自2021年1月1日至2021年12月31日。",
               OVERVIEW,
               "我局落实《2021年全区政务公开工作要点》的要求，持续推进政府信息公开工作。",
               "1.主动公开方面：",
               "坚持“公开为原则，不公开为例外”。自2021年1月1日至2021年12月31日止，我局在区人民政府网站政府信息公开专栏累计主动公开信息5条，历年累计主动公开政府信息共250条。",
               "2.依申请公开方面：",
               "严格落实依申请公开的受理、审查、处理、答复等环节。自2021年1月1日至2021年12月31日止，我局共收到政府信息公开申请4件，其中1件为当面申请，1件为网上申请，2件为信函申请，4件均已答复，历年累计受理申请20件。"] + SIX_IMG,
    ),
    dict(
        key="luoyuan_2022_year_and_running_counts", year=2022,
        src="http://www.luoyuan.gov.cn/xjwz/zwgk/zfxxgk/dfbmptlj/xrmzfgzbmhgljg/hjbhj/zfxxgknb/202301/t20230113_4521957.htm (福州市罗源生态环境局2022年度报告: 全年累计主动公开政府信息87条，历年累计主动公开政府信息数量935条; 公开双随机抽查结果209起; requests not in the excerpt)",
        url=T("http://www.luoyuan.gov.cn/xjwz/zwgk/zfxxgk/dfbmptlj/xrmzfgzbmhgljg/hjbhj/zfxxgknb/202301/t20230113_4521957.htm"),
        title="福州市罗源生态环境局2022年度政府信息公开工作年度报告", site="罗源县人民政府", shape="plain",
        agency="福州市罗源生态环境局", province="福建省", admin_level="county",
        proactive_total=87,
        notes="The year's 累计 (全年累计主动公开政府信息87条) beside the running count (历年累计…935条) → 87. Requests not "
              "in the source excerpt (not labelled).",
        lines=["根据《中华人民共和国政府信息公开条例》和《福建省政府信息公开办法》的规定，我局编制完成了《福州市罗源生态环境局2022年度政府信息公开工作年度报告》。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
               OVERVIEW, "（一）主动公开",
               "1.积极主动公开各类信息，巩固“生态环境”专栏，全年累计主动公开政府信息87条，历年累计主动公开政府信息数量935条。同时定期公开水质、大气环境质量通报，全年公开双随机抽查结果209起，公开水质环境质量通报12份。",
               "2.提高依申请公开工作质量，规范答复文书格式，完善登记、审核、办理、答复、归档制度。"] + SIX_IMG,
    ),
    dict(
        key="minhou_2021_total_then_casework", year=2021,
        src="http://minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzfjqzcbm/hbj/ndbg/202201/t20220112_4289944.htm (福州市闽侯生态环境局2021年报: 通过政府门户网站信息公开专栏及时发布各类环境信息共计634条，其中污染源违法案件查处信息42条…; 完成建设项目环评审批170件…处理信访件5187件; requests not in the excerpt)",
        url=T("http://minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzfjqzcbm/hbj/ndbg/202201/t20220112_4289944.htm"),
        title="福州市闽侯生态环境局2021年政府信息公开工作年度报告", site="闽侯县人民政府", shape="plain",
        agency="福州市闽侯生态环境局", province="福建省", admin_level="county",
        proactive_total=634,
        notes="发布各类环境信息共计634条 with kinds after 其中 → 634; the permits, approvals and 信访件 counted after it "
              "(170件, 5187件…) are casework, not items or requests. Requests not in the excerpt (not labelled).",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，福州市闽侯生态环境局编制了本报告。本报告中所列数据的统计时限自2021年1月1日至2021年12月31日。",
               OVERVIEW, "（一）政务公开工作要点落实情况",
               "2021年，我局通过政府门户网站信息公开专栏及时发布各类环境信息共计634条，其中污染源违法案件查处信息42条，“双随机、一公开”信息5条，空气质量月报12条，饮用水水源地情况月报12条、采购项目信息17条。完成建设项目环评审批170件、登记表备案134件；办理排污许可证54件；处理信访件5187件，其中12369环保举报热线217件，信访件办结率100%。"] + SIX_IMG,
    ),
    dict(
        key="minhou_2023_total_then_casework", year=2023,
        src="http://minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzfjqzcbm/hbj/ndbg/202401/t20240108_4752561.htm (福州市闽侯生态环境局2023年报: 发布各类环境信息以及工作信息共计174条，其中污染源违法案件查处信息61条…; 处理信访件2858件，其中12369环保举报热线219件（其中98件不受理）; requests not in the excerpt)",
        url=T("http://minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzfjqzcbm/hbj/ndbg/202401/t20240108_4752561.htm"),
        title="福州市闽侯生态环境局2023年政府信息公开工作年度报告", site="闽侯县人民政府", shape="plain",
        agency="福州市闽侯生态环境局", province="福建省", admin_level="county",
        proactive_total=174,
        notes="发布各类环境信息以及工作信息共计174条 (two nouns joined by 以及) with kinds after 其中 → 174. Casework counts "
              "after it are not items or requests. Requests not in the excerpt (not labelled).",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，福州市闽侯生态环境局编制了本报告。本报告中所列数据的统计时限自2023年1月1日至2023年12月31日。",
               OVERVIEW, "（一）政务公开工作要点落实情况",
               "2023年，我局通过政府门户网站信息公开专栏及时发布各类环境信息以及工作信息共计174条，其中污染源违法案件查处信息61条，“双随机、一公开”信息12条，空气质量月报12条，饮用水水源地情况月报12条，采购项目信息15条；完成建设项目环评审批59件，办理排污许可证138件；处理信访件2858件，其中12369环保举报热线219件（其中98件不受理），信访件办结率100%。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 陕西
    dict(
        key="weiyang_2021_kinds_requests_by_people", year=2021,
        src="http://www.weiyang.gov.cn/zwgk/zfjg/czjg/sthjwyfj/xxgknb/61ee22bef8fd1c0bdc7bceed.html (未央区 生态环境分局 2021年报 in the 西安市未央区 portal's 生态环境未央分局 column: 在区政府网站上公示工作动态18条；环评文件已受理15条、拟审查12条; 接到群众依申请公开政府信息9件…其中6件不掌握…1件属于部分公开; table 3 本年新收 9)",
        url=T("http://www.weiyang.gov.cn/zwgk/zfjg/czjg/sthjwyfj/xxgknb/61ee22bef8fd1c0bdc7bceed.html"),
        title="2021年政府信息公开工作年度报告", site="西安市未央区人民政府", shape="plain",
        crumb="当前位置：首页 > 政务公开 > 政府机构 > 生态环境未央分局 > 信息公开年报",
        province="陕西省", admin_level="county",
        proactive_total=None, requests_received=9,
        notes="The source's excerpt starts at 一、总体情况 and calls the body only 分局; the page title here is column-style "
              "and the crumb names the portal's column (agency not labelled). Only category counts (工作动态18条, 已受理15条, "
              "拟审查12条) → null. 接到群众依申请公开政府信息9件 → 9 (table 3 of the source: 9). Granted not labelled "
              "(the prose gives 部分公开 1 and no 予以公开).",
        lines=[OVERVIEW,
               "按照《西安市政府政务公开办公室关于做好2021年度政府信息公开年度报告有关事项的通知》的要求，现将分局2021年政府信息公开开展情况报告如下：",
               "（一）根据省、市要求制定《生态环境领域基层政务公开标准化目录》及管理办法。",
               "（二）政务信息公示情况。2021年在区政府网站上公示工作动态18条；建设项目环境影响评价文件已受理15条、拟审查12条；按月公示撤销的建设项目备案情况和分局环保执法工作动态表。",
               "（三）依申请公开情况。接到群众依申请公开政府信息9件，未收取任何费用。其中，6件分局不掌握相关政府信息，2件属于内部事务信息，1件属于部分公开，均已按规定时间办理完结。"] + SIX_IMG,
    ),
    dict(
        key="ziyang_county_2024_spaced_count", year=2024,
        src="https://www.zyx.gov.cn/Content-2787698.html (安康市生态环境局紫阳分局2024年报: 通过政务公开网站、政府门户网站、微信公众号等各类途径主动公开相关信息 248条，其中：工作动态 74条…; 未收到政府信息公开申请及行政复议、行政诉讼等相关申请)",
        url=T("https://www.zyx.gov.cn/Content-2787698.html"),
        title="安康市生态环境局紫阳分局2024年政府信息公开工作年度报告", site="紫阳县人民政府", shape="plain",
        agency="安康市生态环境局紫阳分局", province="陕西省", admin_level="county",
        proactive_total=248, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="Title reconstructed from the body (安康市生态环境局紫阳分局, 2024年). One count over all channels, printed with "
              "a space before the figure (相关信息 248条，其中…) → 248. 未收到政府信息公开申请及行政复议、行政诉讼等相关申请 "
              "→ received 0, granted 0, reviews 0, lawsuits 0.",
        lines=[OVERVIEW,
               "2024年，安康市生态环境局紫阳分局认真执行《中华人民共和国政府信息公开条例》，坚持公开为常态、不公开为例外，组织落实政务公开工作。",
               "（一）主动公开",
               "2024年，我局通过政务公开网站、政府门户网站、微信公众号等各类途径主动公开相关信息 248条，其中：工作动态 74条，环保宣传信息 78条，环保督察相关信息 12条，行政处罚信息 13条，环评审批服务信息 22条，环境质量（环境监测）信息15条，招投标/采购信息 34条。",
               "（二）依申请公开",
               "2024年我局未发布规章及行政规范性文件，无行政强制，无行政事业性收费，未收到政府信息公开申请及行政复议、行政诉讼等相关申请。"] + SIX_IMG,
    ),
    # ================= third look-up round (labelled before any run on these pages)
    # ------------------------------------------------------------ 新疆
    dict(
        key="jimusaer_2024_site_total_zero_requests", year=2024,
        src="https://www.jmser.gov.cn/p192/zfxxgknbsthjj/20250124/317982.html (昌吉州生态环境局吉木萨尔县分局2024年报: 吉木萨尔县生态环境局政府网站主动公开信息66条，其中：概况类信息3条…; 全年累计受理依申请公开0件)",
        url=T("https://www.jmser.gov.cn/p192/zfxxgknbsthjj/20250124/317982.html"),
        title="昌吉州生态环境局吉木萨尔县分局2024年政府信息公开工作年度报告", site="吉木萨尔县人民政府", shape="plain",
        agency="昌吉州生态环境局吉木萨尔县分局", province="新疆维吾尔自治区", admin_level="county",
        proactive_total=66, requests_received=0, requests_granted=0,
        notes="Title from the preamble (…吉木萨尔县分局编制形成了《2024年政府信息公开工作年度报告》). The site's count, the "
              "only channel, with kinds after 其中 → 66. 全年累计受理依申请公开0件 (the year's 累计) → 0/0.",
        lines=["根据新修订《中华人民共和国政府信息公开条例》等文件要求，昌吉州生态环境局吉木萨尔县分局编制形成了《2024年政府信息公开工作年度报告》。报告中所列数据的统计期限从2024年1月1日起至2024年12月31日止。",
               OVERVIEW,
               "2024年，分局按照国务院、生态环境部及区、州、县的要求，明确生态环境政府信息公开的工作目标、机制、途径和重点任务，做到应公开尽公开。",
               "（一）主动公开信息情况。2024年，吉木萨尔县生态环境局政府网站主动公开信息66条，其中：概况类信息3条，行政执法信息25条，环境监测信息20条，环评审批信息9条，生态环境信息9条。",
               "（二）依申请公开政府信息情况。全年累计受理依申请公开0件。"] + SIX_IMG,
    ),
    dict(
        key="gongliu_2023_site_count_and_complaints", year=2023,
        src="http://www.xjgl.gov.cn/xjgl/c118753/202403/1c3a3892d50043e9916335151c59814e.shtml (伊犁州生态环境局巩留县分局2023年报: 依法确定6类20项公开事项; 通过网站公开信息20条; 全年受理投诉信件98件; requests not in the excerpt)",
        url=T("http://www.xjgl.gov.cn/xjgl/c118753/202403/1c3a3892d50043e9916335151c59814e.shtml"),
        title="伊犁州生态环境局巩留县分局2023年政府信息公开工作年度报告", site="巩留县人民政府", shape="plain",
        agency="伊犁州生态环境局巩留县分局", province="新疆维吾尔自治区", admin_level="county",
        proactive_total=20,
        notes="Title reconstructed from the preamble (本报告由伊犁州生态环境局巩留县分局…编制而成). 通过网站公开信息20条, the "
              "only count → 20; 6类20项公开事项 (a catalogue) and 受理投诉信件98件 (complaints) are neither items nor "
              "requests. Requests not in the excerpt (not labelled).",
        lines=["本报告由伊犁州生态环境局巩留县分局根据《中华人民共和国政府信息公开条例》规定编制而成，所列数据统计期限为2023年1月1日至2023年12月31日止。",
               OVERVIEW,
               "在县政务公开办公室的指导下，生态环境局巩留县分局以改善生态环境质量为核心，深入推进“五公开”，加强解读回应。",
               "一是明确公开范围，依法确定县生态环境局6类20项公开事项的具体内容、责任单位、公开渠道和公开时限。县生态环境局以政府公众信息网为主阵地，通过网站公开信息20条，及时公开环评审批、环境执法、污染减排等重点环境信息。",
               "二是做好政策解读，转发国家及自治区生态环境政策解读。全年受理投诉信件98件，回复率100%。"] + SIX_IMG,
    ),
    dict(
        key="urumqi_gaoxin_2022_kinds_listed_only", year=2022,
        src="http://uhdz.gov.cn/zfxxgk/zfxxgknb/bmxxgknb/content_14813 (2022年高新区（新市区）生态环境分局政府信息公开工作年度报告: 公开行政许可、双随机检查事项、服务指南等重要行政工作信息34条，其中行政许可类27条、双随机4条、服务指南类3条; 未收到政府信息公开申请; 未收到…行政复议，未发生行政诉讼案件)",
        url=T("http://uhdz.gov.cn/zfxxgk/zfxxgknb/bmxxgknb/content_14813"),
        title="2022年高新区（新市区）生态环境分局政府信息公开工作年度报告", site="乌鲁木齐高新区（新市区）", shape="plain",
        province="新疆维吾尔自治区",
        proactive_total=34, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="The only count of the year's items is a list of kinds without 共 (公开行政许可、双随机检查事项、服务指南等重要"
              "行政工作信息34条) broken down by those kinds (27+4+3 = 34) → 34 (UNSURE: under v6 such a list stays a "
              "category; here it is the only count and its parts sum to it). 未收到政府信息公开申请 → 0/0; 未收到…行政复议，"
              "未发生行政诉讼 → 0/0. Agency and level not labelled (the title names the 分局 by its district only).",
        lines=[OVERVIEW, "（一）主动公开政府信息情况",
               "2022年，我分局主要通过政府门户网站、政务服务中心等渠道主动公开政务信息。其中公开行政许可、双随机检查事项、服务指南等重要行政工作信息34条，其中行政许可类27条、双随机4条、服务指南类3条。",
               "发挥互联网、微信公众号在环保宣传和舆论引导方面的作用，对群众关注的环境问题及时做好公开和解释。",
               "（二）依申请公开政府信息情况",
               "2022年，我分局未收到政府信息公开申请。未收到政府信息公开的行政复议，未发生行政诉讼案件。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 湖北
    dict(
        key="donghu_2023_short_count_zero_table", year=2023,
        src="https://www.whdonghu.gov.cn/bmzd/sthjfj_74667/zfxxgknb11/202401/t20240125_2350124.shtml (武汉市生态环境局东湖生态旅游风景区分局2023年报: 依法主动公开信息41条; 作出建设项目环境影响评价文件许可20份; 分局2023年度未收到政府信息公开申请; table 3 all 0, flattened)",
        url=T("https://www.whdonghu.gov.cn/bmzd/sthjfj_74667/zfxxgknb11/202401/t20240125_2350124.shtml"),
        title="武汉市生态环境局东湖生态旅游风景区分局2023年政府信息公开工作年度报告", site="武汉东湖生态旅游风景区", shape="plain",
        pub="2024-01-18", source_line="区生态环境分局",
        agency="武汉市生态环境局东湖生态旅游风景区分局", province="湖北省",
        proactive_total=41, requests_received=0, requests_granted=0,
        notes="依法主动公开信息41条 → 41; the permits (许可20份) are not items. 未收到政府信息公开申请 → 0/0 (the source's "
              "table 3 is all zeros; shown here as an image). admin_level not labelled (a scenic area's 分局).",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号等文件规定，特向社会公布武汉市生态环境局东湖生态旅游风景区分局（以下简称“分局”）2023年度政府信息公开年度报告。",
               OVERVIEW,
               "2023年，分局认真落实《政府信息主动公开基本目录》，依法主动公开信息41条，巩固政府信息公开工作成果。",
               "二、主动公开政府信息情况",
               "分局2023年度共作出建设项目环境影响评价文件许可20份，均已在湖北省投资在线审批平台公示；未作出行政处罚等决定。", "IMG:table2",
               "三、收到和处理政府信息公开申请情况", "分局2023年度未收到政府信息公开申请。", "IMG:table3",
               "四、政府信息公开行政复议、行政诉讼情况", "IMG:table4",
               "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6],
    ),
    dict(
        key="linkong_2023_count_before_noun", year=2023,
        src="https://lkjjq.ezhou.gov.cn/xxgk/zfxxgknb/2023/qzbmnb/202401/t20240118_608575.shtml (鄂州市生态环境局临空经济区分局2023年报, banner 欢迎访问鄂州市临空经济区网站!: 全年共公开15条信息，包括环境质量报告…; 未发生涉及政府信息公开行政复议案件，未发生…行政诉讼案件; requests count not given)",
        url=T("https://lkjjq.ezhou.gov.cn/xxgk/zfxxgknb/2023/qzbmnb/202401/t20240118_608575.shtml"),
        title="鄂州市生态环境局临空经济区分局2023年政府信息公开工作年度报告", site="鄂州市临空经济区", shape="welcome",
        pub="2024-01-18", source_line="生态环境局临空经济区分局",
        agency="鄂州市生态环境局临空经济区分局", province="湖北省",
        proactive_total=15, reconsiderations=0, lawsuits=0,
        notes="The count before the noun (全年共公开15条信息，包括…) → 15. 未发生涉及政府信息公开行政复议案件，未发生…行政诉讼"
              "案件 → 0/0. Requests: the paragraph gives no count (not labelled). admin_level not labelled (a zone's 分局).",
        lines=["根据《中华人民共和国政府信息公开条例》（国务院令第711号）和年度报告格式的要求，鄂州市生态环境局临空经济区分局特向社会公开2023年度政府信息公开年度报告。本报告信息数据统计期限为：2023年1月1日——2023年12月31日。",
               OVERVIEW, "（一）政府信息主动公开",
               "全年共公开15条信息，包括环境质量报告、地表水质量报告、环境空气质量报告、农村生活污水处理、产业园环境影响评价、排污许可等信息。未发生涉及政府信息公开行政复议案件，未发生涉及政府信息公开行政诉讼案件。",
               "（二）依申请公开", "严格按照条例要求完善受理、审查、处理、答复以及存档等环节，依法受理、认真办理、及时答复。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 重庆
    dict(
        key="jiulongpo_2024_trad_total_two_channels", year=2024, trad=True,
        src="http://www.gzsthysc.com/bmjz/qzfbm_97119/qsthjj_97721/zwgk_97124/zfxxgknb_97134/202501/t20250116_14171197.html (Traditional mirror of 重庆市九龙坡区生态环境局2024年报: 2024年累计向社会公开各类环境保护信息1708条…其中，在九龙坡区人民政府门户网站发布信息481条，在官方微博、微信推送各类信息1227条; 共收到依申请公开申请件5件; 未出现…行政复议和行政诉讼)",
        url=T("http://www.gzsthysc.com/bmjz/qzfbm_97119/qsthjj_97721/zwgk_97124/zfxxgknb_97134/202501/t20250116_14171197.html"),
        title="重庆市九龙坡区生态环境局2024年政府信息公开工作年度报告", site="九龙坡区人民政府", shape="plain",
        agency="重庆市九龙坡区生态环境局", province="重庆市", admin_level="county",
        proactive_total=1708, requests_received=5, reconsiderations=0, lawsuits=0,
        notes="A machine-converted Traditional mirror (repost). The year's 累计 over all channels, broken down by channel "
              "after it (网站481 + 微博微信1227 = 1708) → 1708. 共收到依申请公开申请件5件 → 5; 未出现因政府信息公开引起的"
              "行政复议和行政诉讼 → 0/0. Granted not labelled.",
        lines=["本报告按照《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号的要求编制。报告所列数据的统计期限为：2024年1月1日至2024年12月31日。",
               OVERVIEW,
               "2024年，区生态环境局规范和加强政务信息公开工作，政务公开质效稳步提升。",
               "（一）主动公开情况",
               "及时规范更新和发布各类信息。2024年累计向社会公开各类环境保护信息1708条，内容涉及环境质量、行政审批、行政处罚、“双随机”检查、建设项目环评、财政预决算、工作动态等类别。其中，在九龙坡区人民政府门户网站发布信息481条，在“九龙生态环境”官方微博、微信推送各类信息1227条。",
               "（二）依申请公开办理情况",
               "按要求及时签收、办理政府信息公开申请。2024年共收到依申请公开申请件5件，已全部按时办结，未出现因政府信息公开引起的行政复议和行政诉讼。"] + SIX_IMG,
    ),
    dict(
        key="beibei_2024_counts_without_unit", year=2024,
        src="https://beibei.gov.cn/bm/qsthjj/zwgk_58246/zfxxgknb_58255/202501/t20250121_14188161.html (北碚区生态环境局2024年报: 在北碚区政府网站上公开工作动态44，公开环境行政许可42，…共计公开信息293 (no unit); 截至2024年12月31日，我局未收到依申请公开件; 《重庆市北碚区生态环境局政府环境信息公开指南》)",
        url=T("https://beibei.gov.cn/bm/qsthjj/zwgk_58246/zfxxgknb_58255/202501/t20250121_14188161.html"),
        title="重庆市北碚区生态环境局2024年政府信息公开工作年度报告", site="重庆市北碚区人民政府", shape="plain",
        agency="重庆市北碚区生态环境局", province="重庆市", admin_level="county",
        proactive_total=293, requests_received=0, requests_granted=0,
        notes="Title reconstructed (the excerpt starts at 一、总体情况; the bureau is named by its guide, 《重庆市北碚区生态环境局"
              "政府环境信息公开指南》). Counts printed without a unit, the total last (…共计公开信息293。) → 293. 未收到依申请"
              "公开件 (截至12月31日, the year's) → 0/0.",
        lines=[OVERVIEW,
               "（一）主动公开情况。2024年我局坚持贯彻执行《中华人民共和国政府信息公开条例》，稳步推动政府信息公开工作。2024年，在北碚区政府网站上公开工作动态44，公开环境行政许可42，公开环境影响评价19，监督检查27，预决算2，环境应急1，政策文件3，重大项目1，公告公示11，公共企事业单位信息公开2，公开处罚决定25，环境违法行为责令改正决定1，环境管理23，中央生态环保督察81，公开其他应公开信息11，共计公开信息293。",
               "（二）依申请公开情况。我局在政府网站公开《重庆市北碚区生态环境局政府环境信息公开指南》（2024年版）。截至2024年12月31日，我局未收到依申请公开件。"] + SIX_IMG,
    ),
    dict(
        key="yuzhong_2023_total_channels_requests_all_granted", year=2023,
        src="https://www.cqyz.gov.cn/bm_229/qsthjj/zwgk_97157/zfxxgknb_97166/202401/t20240116_12826276.html (重庆市渝中区生态环境局2023年报, 发布时间2024-01-16: 主动公开政府信息2174条，其中，政府门户网站公开政府信息378条、政务微信和政务微博公开政府信息1759、渝快办办件公示37条; 政府信息公开申3件 (sic)，其中，1申请人为自然人，2申请人为法人或其他组织，全部依法予以公开; 无…行政复议、提起行政诉讼情况)",
        url=T("https://www.cqyz.gov.cn/bm_229/qsthjj/zwgk_97157/zfxxgknb_97166/202401/t20240116_12826276.html"),
        title="重庆市渝中区生态环境局2023年政府信息公开工作年度报告", site="重庆市渝中区人民政府", shape="plain",
        pub="2024-01-16", source_line="区生态环境局",
        agency="重庆市渝中区生态环境局", province="重庆市", admin_level="county",
        proactive_total=2174, requests_received=3, reconsiderations=0, lawsuits=0,
        notes="主动公开政府信息2174条，其中 three channels (one count without its unit) → 2174. The source drops a word "
              "(政府信息公开申3件); the page writes 收到政府信息公开申请3件. All three granted (全部依法予以公开) — granted not "
              "labelled (no figure stated). 无因…被申请行政复议、提起行政诉讼情况 → 0/0.",
        lines=[OVERVIEW,
               "2023年，我局贯彻落实区委、区政府政务公开决策部署，聚焦辖区生态环境工作重点，全面提高信息发布质量。",
               "（一）主动公开",
               "2023年我局主动公开政府信息2174条，其中，政府门户网站公开政府信息378条、政务微信和政务微博公开政府信息1759、渝快办办件公示37条。",
               "（二）依申请公开",
               "2023年我局收到政府信息公开申请3件，其中，1件申请人为自然人，2件申请人为法人或其他组织，全部依法予以公开。无因政府信息公开工作被申请行政复议、提起行政诉讼情况。"] + SIX_IMG,
    ),
    dict(
        key="yubei_2023_total_items_in_xiang_requests_by_who", year=2023,
        src="http://ybq.gov.cn/bm/qsthjj/zwgk_70831/zfxxgknb_70842/202401/t20240116_12824649.html (重庆市渝北区生态环境局2023年报, title over two lines: 主动公开各类政府信息572条，其中网站公开行政许可类48项、行政处罚类148项…; 共收到自然人、法人或其他组织政府信息公开申请5件，无上年结转)",
        url=T("http://ybq.gov.cn/bm/qsthjj/zwgk_70831/zfxxgknb_70842/202401/t20240116_12824649.html"),
        title="重庆市渝北区生态环境局2023年政府信息公开工作年度报告", site="重庆市渝北区人民政府", shape="plain",
        agency="重庆市渝北区生态环境局", province="重庆市", admin_level="county",
        proactive_total=572, requests_received=5,
        notes="主动公开各类政府信息572条 with parts in 项 after 其中 → 572. Requests with who applied between the verb and "
              "the noun (收到自然人、法人或其他组织政府信息公开申请5件) → 5. Granted not labelled.",
        lines=["重庆市渝北区生态环境局", "2023年政府信息公开工作年度报告", OVERVIEW,
               "根据《中华人民共和国政府信息公开条例》和年度报告格式的规定，现将渝北区生态环境局2023年政府信息公开工作年度报告如下：",
               "（一）主动公开方面。我局在市生态环境局的指导下，及时将各项工作落实措施及执行情况向社会公开。2023年，我局主动公开各类政府信息572条，其中网站公开行政许可类48项、行政处罚类148项、环境管理类78项、其他信息286项；办理人大代表建议2件、政协委员提案9件，均按规定将办理结果及时公开。",
               "（二）依申请公开方面。我局及时更新发布了政府信息公开指南（2023年版）。2023年，我局共收到自然人、法人或其他组织政府信息公开申请5件，无上年结转政府信息公开申请。"] + SIX_IMG,
    ),
]
