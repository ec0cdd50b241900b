"""Sources of tests/realworld/dev/rw7_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev7.py (see its docstring). Chosen for how the first
paragraphs of 一、总体情况 state the year's proactive count and the requests:
a portal's count broken down after it, a documents count (件) before the
information count (条), two counts each opened by 全年共发布信息, channel counts
with no total (条/篇, 余条/余篇), and requests as 收到…申请N件 or 未收到."""
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
]
