"""Sources of tests/realworld/dev/rw14_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev14.py. Chosen for how the first paragraphs of 一、总体情况
state (or do not state) the year's proactively disclosed total: a single
channel with a small count, a count broken down by kind after 其中：, the
year's 累计 over one channel beside a 督察 period's 累计, and — labelled null —
counts by category only (部门文件类…份, 政务动态类…份), documents counted by
disclosure mode (发文21件，主动公开18件), a running 累计 in the Shanghai template,
and a report that states no count at all. Three look-alikes (another body's
reports, a news item) carry counts that are no environmental bureau's total.

The stored pages are close to exhausted: of 167 candidate addresses checked,
38 were fresh, and 20 of those are used here (see the README section)."""
from sources2 import T
from sources_dev5 import SIX_IMG

SOURCES = [
    # ------------------------------------------------------------ 福建
    dict(
        key="fz_gulou_2020_four_items", year=2020,
        src="http://gl.gov.cn/xjwz/zfxxgk/qzbmptlj/czgljg/glqhbj/zfxxgknb/202101/t20210114_3957571.htm (福州市鼓楼生态环境局2020年政府信息公开工作年度报告, 时间2021-01-14: 通过福州市鼓楼区人民政府网站主动公开政府信息4条，并将纸质文档报送鼓楼区档案馆备案; 收到依申请公开政府信息条数1条…此信息为我局不掌握的相关政府信息)",
        url=T("http://gl.gov.cn/xjwz/zfxxgk/qzbmptlj/czgljg/glqhbj/zfxxgknb/202101/t20210114_3957571.htm"),
        title="福州市鼓楼生态环境局2020年政府信息公开工作年度报告", site="福州市鼓楼区人民政府", shape="plain",
        pub="2021-01-14", source_line="鼓楼生态环境局",
        crumb="当前位置：首页 > 政府信息公开 > 区直部门 > 鼓楼生态环境局 > 政府信息公开年报",
        agency="福州市鼓楼生态环境局", province="福建省", admin_level="county",
        proactive_total=4, requests_received=1,
        notes="One channel (the district government's site) and one small count: 主动公开政府信息4条 → 4. The one request "
              "is written 收到依申请公开政府信息条数1条 → received 1; its outcome is 本机关不掌握, granted not labelled.",
        lines=["本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2019〕60号的规定编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。统计时限为2020年1月1日至12月31日。如有疑问，可与鼓楼生态环境局联系（电话：87528458）。",
               "一、总体情况",
               "（一）政府信息公开基本情况",
               "1.主动公开方面",
               "机构改革后，我局及时更新了机关职能、机构设置和负责人等信息，并随工作进展发布政务信息。2020年，我局通过福州市鼓楼区人民政府网站主动公开政府信息4条，纸质文档同时报送鼓楼区档案馆备案。",
               "2.依申请公开方面",
               "2020年，我局收到依申请公开政府信息条数1条，已按时反馈；所申请的信息为我局不掌握的政府信息。我局继续规范依申请公开的接收、登记、办理、答复等环节。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 广东
    dict(
        key="guangzhou_2020_categories_only", year=2020,
        src="https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/bm/2020n/content/post_7052522.html (广州市生态环境局2020年政府信息公开工作年度报告, 2021-01-27: 2020年1至12月主动公开部门文件类信息183份，依申请公开371条。政务动态类信息1179份。行政执法类信息2083条（其中行政处罚8条，双随时抽查2075条），财政预决算信息3份，其他文件和信息11157份。依申请公开办理103件申请，99件办结，4件正在办理)",
        url=T("https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/bm/2020n/content/post_7052522.html"),
        title="广州市生态环境局2020年政府信息公开工作年度报告", site="广州市人民政府", shape="plain",
        pub="2021-01-27", source_line="广州市生态环境局",
        agency="广州市生态环境局", province="广东省", admin_level="prefectural",
        proactive_total=None,
        notes="Counts by category only (部门文件类183份, 政务动态类1179份, 行政执法类2083条, 财政预决算3份, 其他11157份) "
              "and no stated total → null (README: only category counts → null). 依申请公开371条 is a count of "
              "information disclosed on request, not of requests; 办理103件申请 may include carried-over ones, so "
              "requests are not labelled (UNSURE).",
        lines=["（2021年1月）",
               "依据《中华人民共和国政府信息公开条例》第五十条之规定，由广州市生态环境局制作本报告。",
               "一、总体情况",
               "我局落实《中华人民共和国政府信息公开条例》，通过局网站、“广州生态环境”政务微博和政务微信、新闻发布等途径加大信息公开力度。",
               "（一）完善政务公开工作机制，持续提升政府信息公开质量。一是成立局政务公开领导小组，由局主要领导任组长。二是规范信息公开的范围、属性、流程和方式，及时更新《政府信息公开指南》。三是结合全市政务公开工作要点制定局实施方案，逐项分工。四是及时整理归档办结案件。2020年1至12月，主动公开部门文件类信息183份，依申请公开371条；政务动态类信息1179份；行政执法类信息2083条（其中行政处罚8条，双随机抽查2075条）；财政预决算信息3份；其他文件和信息11157份。依申请公开共办理申请103件，办结99件，4件正在办理。五是组织局系统政务公开业务培训。",
               "（二）加大重点领域信息公开力度。按日发布空气质量信息，按月公布各区PM2.5浓度排名，定时公布水环境质量。"] + SIX_IMG,
    ),
    dict(
        key="gz_huadu_2022_total_then_kinds", year=2022,
        src="https://www.huadu.gov.cn/xxgk/xxgkml/xxgknb/gbm/content/post_8774323.html (广州市生态环境局花都分局2022年政府信息公开工作年度报告, 发布日期2023-01-20: 主动公开政府信息144条，其中：1、组织机构类信息7条；2、部门文件类信息3条；3、行政执法类信息17条；4、动态类信息87条；5、财政预决算信息2条；6、其他信息28条; 本年度共受理依申请公开政府信息1宗…已答复办结的1宗; 未发生…行政复议案或行政诉讼案)",
        url=T("https://www.huadu.gov.cn/xxgk/xxgkml/xxgknb/gbm/content/post_8774323.html"),
        title="广州市生态环境局花都分局2022年政府信息公开工作年度报告", site="广州市花都区人民政府", shape="plain",
        pub="2023-01-20", source_line="广州市生态环境局花都分局",
        crumb="您现在的位置: 首页 > 信息公开 > 信息公开目录 > 信息公开年报 > 各部门",
        agency="广州市生态环境局花都分局", province="广东省", admin_level="county",
        proactive_total=144, requests_received=1, reconsiderations=0, lawsuits=0,
        notes="主动公开政府信息144条 then its six kinds after 其中： (7+3+17+87+2+28 = 144) → 144. 受理依申请公开政府"
              "信息1宗 → received 1. 未发生…行政复议案或行政诉讼案 → 0/0.",
        lines=["一、总体情况",
               "2022年，广州市生态环境局花都分局执行《中华人民共和国政府信息公开条例》和省、市部署，落实主要领导亲自抓、分管领导具体抓的信息公开责任制度，通过网站和新闻媒体及时发布生态环境工作的最新情况。",
               "（一）主动公开情况",
               "2022年，广州市生态环境局花都分局主动公开政府信息144条，其中：1、组织机构类信息7条；2、部门文件类信息3条；3、行政执法类信息17条；4、动态类信息87条；5、财政预决算信息2条；6、其他信息28条。",
               "（二）依申请公开情况",
               "本年度共受理依申请公开政府信息1宗，经广东省政府信息依申请公开系统提出，信函申请0宗，已答复办结1宗。本单位未发生有关政府信息公开事务的行政复议案或行政诉讼案。",
               "（三）政府信息管理情况",
               "按照“公开为常态，不公开为例外”和“谁公开，谁负责”原则，对公开的政府信息严格审核后发布。",
               "（四）政务公开平台建设情况",
               "围绕生态环境业务和群众关心的问题加强政务网站栏目建设，开设花都区公共企事业单位信息公开栏目。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 上海
    dict(
        key="sh_baoshan_2023_documents_and_kinds", year=2023,
        src="http://101.230.193.164/article.html?infoid=f36831eb-5fa1-4ea9-b1fe-cce8aa9fcca3 (上海市宝山区生态环境局2023年政府信息公开工作年度报告, on an address without a host name: 2023年本单位共制发公文5件，主动公开5件，主动公开率为100%; 污染防控信息…环境监管信息153条; 执法信息…行政决定信息164条; 环境质量信息…实时发布空气质量AQI数据)",
        url="http://101.230.193.164.test/article.html?infoid=f36831eb-5fa1-4ea9-b1fe-cce8aa9fcca3",
        title="上海市宝山区生态环境局2023年政府信息公开工作年度报告", site="上海市宝山区人民政府", shape="plain",
        agency="上海市宝山区生态环境局", province="上海市", admin_level="county",
        proactive_total=None, drop_repost=True,
        notes="Documents by disclosure mode (制发公文5件，主动公开5件，主动公开率100%) and counts by kind (环境监管信息153条, "
              "行政决定信息164条) with no total → null. The address is a bare IP (the district portal's server, or a "
              "copy of it): `repost` not labelled (UNSURE). No publication date on the excerpt.",
        lines=["一、总体情况",
               "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求，由宝山区生态环境局编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分。所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
               "（一）主动公开情况",
               "2023年，我局围绕生态环境保护中心工作推进各项生态环境信息公开。",
               "1. 政府信息：2023年本单位共制发公文5件，主动公开5件，主动公开率为100%；在“上海宝山”门户网站及时更新机构职能和人事信息。",
               "2. 污染防控信息：发布环境应急、节能减排、辐射管理公告、随机抽查公告、清洁生产审查、排污许可等环境监管信息153条。",
               "3. 执法信息：每月公开“双随机、一公开”执法检查情况，公开行政处罚、行政强制等行政决定信息164条。",
               "4. 环境质量信息：通过“生态环境”专栏、“环保宝山”微信公众号和官方微博实时发布空气质量AQI数据，每月发布宝山水质综述。",
               "5. 财政资金信息：按要求公开本局及下属单位预决算。"] + SIX_IMG,
    ),
    dict(
        key="sh_putuo_2021_documents_by_mode", year=2021,
        src="http://www.shpt.gov.cn/hbj/zfxxgknb-zfxxgkzhzwzfwj2021/20220127/831093.html (2021年上海市普陀区生态环境局政府信息公开工作年度报告, 2022年01月27日: 全年行政发文共21件，主动公开18件，依申请公开3件。除行政发文…官网发布的政府信息主要包括…; 本年度共收到申请10件，作出答复10件。其中予以公开7件，信息不存在3件)",
        url=T("http://www.shpt.gov.cn/hbj/zfxxgknb-zfxxgkzhzwzfwj2021/20220127/831093.html"),
        title="2021年上海市普陀区生态环境局政府信息公开工作年度报告", site="上海普陀", shape="plain",
        pub="2022-01-27", source_line="上海普陀",
        agency="上海市普陀区生态环境局", province="上海市", admin_level="county",
        proactive_total=None, requests_received=10, requests_granted=7,
        notes="Documents counted by disclosure mode (行政发文21件，主动公开18件，依申请公开3件) — not the year's disclosed "
              "information, which the report lists by kind without counts → null. 依申请公开3件 here is documents, not "
              "requests (README rw7). 共收到申请10件 → received 10; 予以公开7件 → granted 7.",
        lines=["一、总体情况",
               "2021年，我局执行《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》，坚持“以公开为常态、不公开为例外”，推进决策、执行、管理、服务、结果公开。",
               "（一）主动公开",
               "全年行政发文共21件，主动公开18件，依申请公开3件。除行政发文外，我局在“上海普陀·生态环境局”官网发布的政府信息主要有：（1）区生态环境局基本信息，包括机构职能、科室设置、领导分工、直属单位；（2）年度和专项工作计划总结；（3）污染源监管信息；（4）公告公示信息；（5）本部门和基层单位的预决算等财政信息；（6）环保宣传信息。",
               "本年度局官网“政务公开”栏目完成改版，设立“综合政务”“重点工作”“权力事项”“服务事项”栏目。",
               "（二）依申请公开",
               "本年度共收到申请10件，作出答复10件，其中予以公开7件，信息不存在3件。",
               "（三）政府信息管理",
               "持续优化《上海市普陀区生态环境局政务公开标准目录》，更新网站各栏目。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 山东
    dict(
        key="linyi_lanling_2024_site_leiji", year=2024,
        src="http://lanling.gov.cn/info/162121/1316902.htm (临沂市生态环境局兰陵县分局2024年报: …使政府信息公开工作得到有力推进，累计通过县政府网站公开信息119条; 2024年度，我局收到政府信息公开申请4件，较2023年增加2件，均处理完毕4件; 创建第三轮第三批省级生态环境督察兰陵专题，2024年7月至8月督察期间，累计公开信息29条; 表二 行政处罚23, 行政强制2)",
        url=T("http://lanling.gov.cn/info/162121/1316902.htm"),
        title="临沂市生态环境局兰陵县分局2024年政府信息公开工作年度报告", site="兰陵县人民政府", shape="plain",
        agency="临沂市生态环境局兰陵县分局", province="山东省", admin_level="county",
        proactive_total=119, requests_received=4,
        notes="累计通过县政府网站公开信息119条 is the year's 累计 over the only channel (README rw7: the year's 累计 is the "
              "year's count) → 119; the 29条 published during the July–August inspection (督察期间，累计公开信息29条) is a "
              "part, not the total. 收到政府信息公开申请4件 → 4 (较2023年增加2件 is a comparison, not a count). No date "
              "in the excerpt or the address.",
        lines=["一、总体情况",
               "按照《中华人民共和国政府信息公开条例》的要求，2024年临沂市生态环境局兰陵县分局继续加强基础性工作，实行“局党组统一领导、办公室组织协调、各科室积极参与”的信息公开工作体制，把任务分解到科室、落实到个人，累计通过县政府网站公开信息119条。",
               "1.主动公开方面。及时更新领导信息，定期发布执法结果、环境质量、重点污染源监测结果及部门财政预算决算。",
               "2.依申请公开工作方面。2024年度，我局收到政府信息公开申请4件，较2023年增加2件，4件均已处理完毕并及时回复。",
               "3.政府信息管理方面。创建第三轮第三批省级生态环境督察兰陵专题，2024年7月至8月督察期间，累计公开信息29条。",
               "4.平台建设方面。做好网站后台日常维护，组织相关人员参加政策解读活动3次。",
               "5.监督保障方面。参加政务公开培训活动2次。"] + SIX_IMG,
    ),
    dict(
        key="linyi_lanling_2020_no_count", year=2020,
        src="http://lanling.gov.cn/info/11873/41009.htm (临沂市生态环境局兰陵县分局2020年政府信息公开工作年度报告, index block 发布机构 兰陵县生态环境局, 发布日期 2021-01-31, 索引号 lanlinghbj/2021-0000011: 局党组统一领导…安排两名人员负责政务信息的发布工作…生态环境综合执法大队、环境监控中心2个事业单位的政府信息公开均由局机关统一审核把关后对外发布; no count in the excerpt)",
        url=T("http://lanling.gov.cn/info/11873/41009.htm"),
        title="临沂市生态环境局兰陵县分局2020年政府信息公开工作年度报告", site="兰陵县人民政府", shape="index",
        index_no="lanlinghbj/2021-0000011", issuer="兰陵县生态环境局", pub="2021-01-31",
        agency="临沂市生态环境局兰陵县分局", province="山东省", admin_level="county",
        proactive_total=None,
        notes="The opening of the report as the source shows it: staff, units and procedures, with small numbers that are "
              "not counts of information (两名人员, 2个事业单位) and no count of disclosed items → null. Requests not in the "
              "excerpt (not labelled).",
        lines=["本报告根据《中华人民共和国政府信息公开条例》编制，由信息公开总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开申请行政复议和行政诉讼情况、存在主要问题及改进情况、其他需要报告的事项等六个部分组成。所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
               "一、总体情况",
               "2020年，临沂市生态环境局兰陵县分局实行“局党组统一领导、办公室组织协调、各科室积极参与”的信息公开工作体制，把政府信息公开任务分解到各科室、落实到个人。",
               "（一）强化组织领导，层层安排部署。局党组成立政务公开领导小组，安排两名人员负责政务信息发布，由分管领导主持召开专题培训。生态环境综合执法大队、环境监控中心2个事业单位的政府信息，统一由局机关审核把关后对外发布。",
               "（二）健全工作制度，明确责任落实。健全政务信息主动公开、依申请公开、保密审查等制度，按照县政府要求明确本单位信息公开的范围和程序。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 江西
    dict(
        key="nc_donghu_2018_trad_running_total", year=2018, trad=True,
        src="http://wfyxz.com/dhqrmzf/xxgknbh8/201901/713bccf6d03e4b1794a44447fda3629b.shtml (Traditional mirror with index block 发布机构 東湖區生態環境局, 生成日期 2019-01-30: 现将东湖区环保局2018年政府信息公开工作报告如下…由南昌市东湖区环保局编制…至2018年12月31日，在东湖区所属单位网站29部门信息公开专栏中，我局信息公开排名位居第4位，点击数为5357，及时率96.1%…1、主动公开信息。我局累计主动公开政府信息1400条，全文电子化率达100%。较上[年…, cut off])",
        url="http://wfyxz.com.test/dhqrmzf/xxgknbh8/201901/713bccf6d03e4b1794a44447fda3629b.shtml",
        title="东湖区环保局2018年政府信息公开工作报告", site="南昌市东湖区人民政府", shape="index",
        index_no="A25010-2901-8251-8773-1607-3979", issuer="东湖区生态环境局", pub="2019-01-30",
        agency="东湖区环保局", province="江西省", admin_level="county",
        proactive_total=None,
        notes="A machine-converted Traditional mirror (repost). The report follows the Shanghai district template (概述, "
              "咨询处理, 附表和示意图; …累计主动公开政府信息N条，全文电子化率达100%), in which 累计 is the running count "
              "since the Regulations took effect, so 1400 is not the year's total → null (UNSURE: the sentence goes on "
              "较上… in the source, cut off, and is left out here). 29部门, 第4位, 5357 are a ranking, not counts of "
              "items. Title from the source's opening sentence (现将东湖区环保局2018年政府信息公开工作报告如下); the agency "
              "is labelled as that title names it (东湖区环保局), as rw9's 东城 label fix does, though the body also "
              "says 南昌市东湖区环保局. Requests not in the excerpt.",
        lines=["现将东湖区环保局2018年政府信息公开工作报告如下。",
               "本工作报告根据《中华人民共和国政府信息公开条例》要求，由南昌市东湖区环保局编制，包括概述，主动公开政府信息情况，依申请公开政府信息情况，行政复议、行政诉讼和举报申诉情况，咨询处理情况，存在的主要问题和改进措施，并附相关说明、指标统计附表和示意图。统计期限自2018年1月1日起至12月31日止。如有疑问，请联系南昌市东湖区环保局办公室（电话：0791-87838559）。",
               "一、2018年信息公开工作情况",
               "2018年，环保局坚持“服务便民、公开透明、主动行政”的原则，利用“南昌东湖”网站以及东湖环保微博、微信平台发布各类环保信息。截至2018年12月31日，在东湖区所属单位网站29个部门的信息公开专栏中，我局信息公开排名第4位，点击数为5357，及时率96.1%，新闻信息报道的数量和质量在南昌市各区县环保局中名列第一。",
               "1、主动公开信息。我局累计主动公开政府信息1400条，全文电子化率达100%。",
               "2、依申请公开信息。依法受理、按时答复政府信息公开申请。",
               "二、存在的主要问题和改进措施",
               "信息更新的及时性还需提高，下一步将加强信息员队伍建设。"],
    ),
    # ------------------------------------------------------------ look-alikes
    dict(
        key="xizang_meteorology_2017_other_body", doc_type="other",
        src="http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2017nb/201902/t20190223_64848.html (西藏自治区气象局关于2017年度政府信息公开工作情况的报告, 发布机构 西藏自治区气象局办公室, 发布日期 2018-02-02: 2017年，西藏气象部门通过各种渠道公开政府信息4201条)",
        url=T("http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2017nb/201902/t20190223_64848.html"),
        title="西藏自治区气象局关于2017年度政府信息公开工作情况的报告", site="西藏自治区人民政府", shape="index",
        index_no="000014349/2018-00007", issuer="西藏自治区气象局办公室", pub="2018-02-02",
        notes="A meteorological bureau's disclosure report, on the regional government's portal: not an environmental "
              "body's report → `other`, headline figures null (the 4201条 is the weather service's).",
        lines=["按照自治区政务公开领导小组办公室和中国气象局办公室关于做好2017年度政府信息公开年度报告及统计数据报送的要求，现将我局2017年度政府信息公开工作情况报告如下。",
               "一、政府信息公开工作基本情况",
               "2017年，西藏自治区气象局在自治区党委、政府和中国气象局领导下，形成信息公开领导小组统筹协调、办公室归口管理、职能部门各负其责的工作模式；各市（地）气象局也成立了信息公开领导小组。",
               "二、主动公开政府信息的情况",
               "（一）信息公开内容。涵盖机构职能、重要人事任免、部门法规文件、工作动态、党风廉政和气象服务等。",
               "（二）信息公开数量。2017年，西藏气象部门通过各种渠道公开政府信息4201条，突出气象服务信息。"],
    ),
    dict(
        key="jining_urban_management_2025_other_body", doc_type="other",
        src="http://dlrk.jining.gov.cn/art/2026/1/28/art_61469_13602.html (济宁市城市管理局2025年政府信息公开工作年度报告, 发布日期2026-01-28, index block 发布机构 济宁市城市管理局: 通过网站及微信公众号主动公开政府信息1128条。其中，网站共发布各类信息719条，公众号发布信息409条，公众号订阅人数达到8700余人次)",
        url=T("http://dlrk.jining.gov.cn/art/2026/1/28/art_61469_13602.html"),
        title="济宁市城市管理局2025年政府信息公开工作年度报告", site="济宁市人民政府", shape="index",
        index_no="11370800750852907J/2026-00299", issuer="济宁市城市管理局", pub="2026-01-28",
        notes="An urban-management bureau's report with the statutory sections and a total (1128 = 719 + 409): not an "
              "environmental body → `other`, headline figures null.",
        lines=["本报告由济宁市城市管理局按照《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求编制，所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
               "一、总体情况",
               "2025年，济宁市城市管理局落实国家、省、市部署，深化政务公开的内容与形式。",
               "（一）主动公开",
               "（1）修订《2025年政务公开工作实施方案》，通过网站及微信公众号主动公开政府信息1128条，其中网站发布各类信息719条，公众号发布信息409条，公众号订阅人数达到8700余人次。",
               "（2）开展执法情景模拟展示、绿化条例专题宣贯等“政府开放日”活动。"] + SIX_IMG,
    ),
    dict(
        key="lanling_news_eco_disclosure_other", doc_type="other",
        src="http://lanling.gov.cn/info/11740/1229502.htm (兰陵县 news item on 生态环境领域政务公开: 今年以来，已在网站主动公开大气、水、车辆排污检测等生态环境类信息20余条; 临沂市生态环境局兰陵县分局围绕“建设人与自然和谐共生的现代化”环境日主题…; 群众满意办结率为100%)",
        url=T("http://lanling.gov.cn/info/11740/1229502.htm"),
        title="兰陵县持续优化生态环境领域政务公开", site="兰陵县人民政府", shape="news",
        notes="A county news item about the bureau's disclosure work, counting items published so far this year "
              "(20余条): news, not a report → `other`, headline figures null. Title reconstructed from the item's first "
              "sentence (兰陵县不断优化生态环境领域政务公开).",
        lines=["兰陵县不断优化生态环境领域政务公开，加大信息公开力度，畅通公众参与渠道，主动回应社会关切。",
               "一是突出重点“主”公开。在生态环境专栏开设“空气质量数据”栏目，实时发布全县空气质量指数、6项污染物浓度和空气质量等级，定期发布集中式饮用水水源水质状况报告。今年以来，已在网站主动公开大气、水、车辆排污检测等生态环境类信息20余条。",
               "二是宣教联创“多”公开。临沂市生态环境局兰陵县分局围绕“建设人与自然和谐共生的现代化”环境日主题，组织生物多样性保护、环保志愿服务、环境普法宣传等活动。",
               "三是回应关切“速”公开。修改完善信息公开指南，畅通线上线下申请渠道，群众满意办结率为100%。"],
    ),
]

# Second look-up round (Shanghai districts): fresh addresses were found only by
# naming the district bureaus. Labelled, like the first round, before the
# extractor ran on these pages.
SOURCES += [
    dict(
        key="sh_changning_2022_documents_rate", year=2022,
        src="https://zwgk.shcn.gov.cn/xxgk/gknb-hbjzfxxgk/2023/18/65707.html (上海市长宁区生态环境局2022年报: 主要通过长宁区政府门户网站和长宁区生态环境局门户网站公开政府信息。一是公文主动公开。2022年，我局发布公文总数为11，主动公开公文总数为9，主动公开率为82%…2022年共在区信用平台发布行政许可审批结果348项。四是行政处罚信息公开…)",
        url=T("https://zwgk.shcn.gov.cn/xxgk/gknb-hbjzfxxgk/2023/18/65707.html"),
        title="上海市长宁区生态环境局2022年政府信息公开工作年度报告", site="上海市长宁区人民政府", shape="plain",
        agency="上海市长宁区生态环境局", province="上海市", admin_level="county",
        proactive_total=None,
        notes="Documents (公文总数11, 主动公开9, 82%) and one kind's count (行政许可审批结果348项) — no count of the "
              "year's disclosed information → null. Requests not in the excerpt; no date on the excerpt.",
        lines=["一、总体情况",
               "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由上海市长宁区生态环境局编制，所列数据的统计期限自2022年1月1日起至12月31日止。",
               "2022年，我局按照条例、规定和本市、本区政务公开工作要点，加大政府信息公开力度，提高政务公开精度。",
               "（一）持续推进政府信息公开。我局对标决策、执行、管理、服务和结果“五公开”，主要通过长宁区政府门户网站和局门户网站公开政府信息。一是公文主动公开。2022年，我局发布公文总数为11，主动公开公文总数为9，主动公开率为82%。二是政府机构信息公开，及时更新领导班子、机构职能、内设机构、办公地址、联系方式等。三是行政许可和政务服务信息公开，细化“一网通办”办事指南，2022年共在区信用平台发布行政许可审批结果348项。四是行政处罚信息公开，在区信用平台公开被处罚企业名称等处罚信息。"] + SIX_IMG,
    ),
    dict(
        key="sh_yangpu_2020_xinzeng_yu", year=2020,
        src="https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=53734eb5-c06f-453c-af1a-e53f9e13682c (杨浦区生态环境局2020年度政府信息公开工作年度报告 2021-01-26: 2020年共计新增主动公开政府信息2900余条，围绕生态环境领域重点工作，于“上海杨浦”门户网站生态环境局专栏设置…等8个子栏目)",
        url=T("https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=53734eb5-c06f-453c-af1a-e53f9e13682c"),
        title="杨浦区生态环境局2020年度政府信息公开工作年度报告", site="上海杨浦", shape="plain",
        pub="2021-01-26",
        agency="杨浦区生态环境局", province="上海市", admin_level="county",
        proactive_total=2900,
        notes="共计新增主动公开政府信息2900余条: the year's new items, a stated total, approximate (余) → 2900. The 8 "
              "sub-columns (子栏目) are a count of columns, not items.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由杨浦区生态环境局编制，所列数据的统计期限自2020年1月1日起至2020年12月31日止。如有疑问，请与杨浦区生态环境局办公室联系（电话：021-25032048）。",
               "一、总体情况",
               "（一）强化重点领域信息公开，持续提升主动公开质效。",
               "按照《2020年杨浦区政务公开工作要点》，我局持续推进政府信息主动公开，特别是重点领域信息公开，2020年共计新增主动公开政府信息2900余条。围绕生态环境重点工作，在“上海杨浦”门户网站生态环境局专栏设置“实时空气质量”“环境监测”“污染源环境监管信息”“环境执法”“环评公示”等8个子栏目，按工作进度及时更新：实时公开大气自动监测数据并按月形成空气质量报告，每月公开地表水环境质量，按件公开夜间施工审批和建设项目审批、验收情况，按季度公开“双随机”抽查情况。"] + SIX_IMG,
    ),
    dict(
        key="sh_qingpu_2019_table_only", year=2019,
        src="http://www.shqp.gov.cn/env/stzwgk/nb/20200214/626935.html (2019年上海市青浦区环境保护局政府信息公开工作年度报告, 主动公开, 2020.01.31: 引言 (由上海市青浦区生态环境局编制…概述、主动公开政府信息情况…并附相关说明和指标统计附表); 一、概述 2004年5月1日起本局开始开展政府信息公开工作…1名全职工作人员、2名兼职工作人员…1个专门的信息公开受理点; 二、主动公开政府信息情况 is the statutory table (第二十条第(一)项…规章 0 0 0))",
        url=T("http://www.shqp.gov.cn/env/stzwgk/nb/20200214/626935.html"),
        title="2019年上海市青浦区环境保护局政府信息公开工作年度报告", site="上海青浦", shape="plain",
        pub="2020-01-31",
        agency="上海市青浦区环境保护局", province="上海市", admin_level="county",
        proactive_total=None,
        notes="The old Shanghai template's introduction over the 2019 statutory tables: section 二 is the table alone (shown "
              "as an image), no prose count of the year's items → null. 1名全职、2名兼职、1个受理点 and 2004年5月1日 are "
              "staff and dates. Requests not in the excerpt.",
        lines=["引言",
               "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由上海市青浦区生态环境局编制，包括概述、主动公开政府信息情况、依申请公开政府信息情况、咨询处理情况、复议和诉讼情况、支出和收费、其它相关工作情况、存在主要问题和改进措施，并附相关说明和指标统计附表。如有疑问，请联系上海市青浦区生态环境局（电话：021-69714311）。",
               "一、概述",
               "根据《规定》要求，本局自2004年5月1日起开展政府信息公开工作，配备了1名全职工作人员、2名兼职工作人员，设立了1个专门的信息公开受理点和公共查阅点。截至2019年底，本局政府信息公开工作运行正常，咨询、申请和答复工作顺利开展。",
               "在区政务公开指导办公室的指导下，我局坚持“公开为常态，不公开为例外”，健全工作机制，深化公开内容，规范公开流程。"] + SIX_IMG,
    ),
    dict(
        key="sh_baoshan_2020_gongwen_two", year=2020,
        src="http://101.230.193.164/article.html?infoid=00a69a4d-4540-4442-b55a-61c6e764ccdf (2020年上海市宝山区生态环境局政府信息公开工作年度报告: 主动公开公文类信息2份，全文电子化率100%。主要通过区政府门户网站发布政府信息，包括：1、区生态环境局的基本信息…7、生态环境领域监督检查情况公开…)",
        url="http://101.230.193.164.test/article.html?infoid=00a69a4d-4540-4442-b55a-61c6e764ccdf",
        title="2020年上海市宝山区生态环境局政府信息公开工作年度报告", site="上海市宝山区人民政府", shape="plain",
        agency="上海市宝山区生态环境局", province="上海市", admin_level="county",
        proactive_total=None, drop_repost=True,
        notes="One count, of 公文类信息 (2份, with 全文电子化率100%): a category (the body's documents), not the year's "
              "disclosed information, which is then listed by kind without counts → null. Address a bare IP: `repost` "
              "not labelled (UNSURE). No date on the excerpt.",
        lines=["一、总体情况",
               "2020年，在区委、区政府领导下，我局根据《中华人民共和国政府信息公开条例》《上海市政府信息公开规定》和《2020年宝山区政务公开工作要点》，拓展公开内容，创新公开形式，完善公开制度。",
               "（一）主动公开情况",
               "我局坚持“以公开为常态、不公开为例外”，主动公开公文类信息2份，全文电子化率100%。政府信息主要通过区政府门户网站发布，包括：",
               "1、区生态环境局的机关职能、机构设置、部门领导、办公地址、办公时间、联系方式等基本信息。",
               "2、在“计划规划”栏目定期公开第七轮环境保护和建设三年行动计划工作简报。",
               "3、集中公开本机关作出的行政许可信息，包括许可文书号、项目名称、审批类别等。",
               "4、在“公告板”集中公开行政处罚案件信息。",
               "5、公开本局和下属基层单位的预、决算信息。",
               "6、在“环境应急”栏目公开环境应急预案。",
               "7、在“随机抽查”栏目按季度公开双随机抽查企业名单。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ look-alikes
    dict(
        key="sh_putuo_greening_2025_other_body", doc_type="other",
        src="https://www.shpt.gov.cn/zhengwu/zfxxgknb-lrjzfxxgk/2026/19/201260.html (上海市普陀区绿化和市容管理局2025年政府信息公开工作年度报告, 2026年01月19日: 全年共计产生行政文件44件，主动公开文件35件；通过门户网站发布部门动态及科普、便民信息60条、政策解读8篇; 共受理政府信息公开申请30件，其中予以公开8件，无法提供17件，不予公开2件，申请人主动撤销3件)",
        url=T("https://www.shpt.gov.cn/zhengwu/zfxxgknb-lrjzfxxgk/2026/19/201260.html"),
        title="上海市普陀区绿化和市容管理局2025年政府信息公开工作年度报告", site="上海普陀", shape="plain",
        pub="2026-01-19",
        notes="A greening and city-appearance bureau's report (绿化、市容、环卫): not an environmental bureau → `other`, "
              "headline figures null.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求，由上海市普陀区绿化和市容管理局编制，所列数据统计期限从2025年1月1日到12月31日止。",
               "一、总体情况",
               "（一）主动公开方面。围绕绿化、市容、环卫重点工作公开政府信息，涵盖建议提案办理结果、政策文件、政策解读、财政预决算、计划总结等。全年共计产生行政文件44件，主动公开文件35件；通过门户网站发布部门动态及科普、便民信息60条、政策解读8篇。",
               "（二）依申请公开方面。2025年，我局共受理政府信息公开申请30件，其中予以公开8件，无法提供17件，不予公开2件，申请人主动撤销3件；通过门户网站申请24件，信函申请3件，当面申请3件。"] + SIX_IMG,
    ),
    dict(
        key="songjiang_district_2025_government", doc_type="other",
        src="https://www.songjiang.gov.cn/govxxgk/SHSJ43/2026-02-12/96720749-b930-4182-982f-3ae31d6b686d.html (上海市松江区2025年政府信息公开工作年度报告, 公开主体 区政府, 发布日期2026-02-12: 通过…区政府网站主动公开政府信息25519条，区政府、区政府办公室、区政府各部门、街镇政府文件1848件…政策解读172篇; 受理政府信息公开申请1350件…政府信息公开类行政复议166件，行政诉讼44件)",
        url=T("https://www.songjiang.gov.cn/govxxgk/SHSJ43/2026-02-12/96720749-b930-4182-982f-3ae31d6b686d.html"),
        title="上海市松江区2025年政府信息公开工作年度报告", site="上海松江", shape="index",
        issuer="区政府", pub="2026-02-12",
        notes="A district government's own report (区政府): not an environmental bureau's → `other`, headline figures null.",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求编制，所列数据统计期限为2025年1月1日至12月31日。",
               "一、总体情况",
               "（一）主动公开",
               "2025年，通过上海市松江区人民政府网站主动公开政府信息25519条，其中区政府、区政府办公室、区政府各部门和街镇政府文件1848件；发布文字解读、图文解读等政策解读172篇。",
               "（二）依申请公开",
               "全年受理政府信息公开申请1350件，在法定期限内答复1292件，结转下年58件。政府信息公开类行政复议166件，行政诉讼44件。"] + SIX_IMG,
    ),
    dict(
        key="minhang_greening_2025_other_body", doc_type="other",
        src="https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_lhsrj_gknb/content/99e4c16d-f9c4-478e-baf8-f23f32e91b42.htm (2025年上海市闵行区绿化和市容管理局政府信息公开工作年度报告, 发布时间2026年1月22日: 截止2025年12月31日累计动公开政府信息共53条，其中规划计划类4条，本部门发文类6条，重点工作8，财政信息类35条; 制定规范性文件1个)",
        url=T("https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_lhsrj_gknb/content/99e4c16d-f9c4-478e-baf8-f23f32e91b42.htm"),
        title="2025年上海市闵行区绿化和市容管理局政府信息公开工作年度报告", site="上海闵行", shape="plain",
        pub="2026-01-22",
        notes="A greening and city-appearance bureau's report: not an environmental bureau → `other`, headline figures null "
              "(its 53 items are another body's, and a running 累计 count besides).",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由上海市闵行区绿化和市容管理局编制，所列数据统计期限从2025年1月1日到12月31日止。",
               "一、总体情况",
               "闵行区绿化和市容管理局发挥区门户网站、微信公众号等载体作用，举办“审批零距离 服务更透明”政府开放月活动。",
               "（一）主动公开工作方面",
               "截止2025年12月31日，本单位累计主动公开政府信息共53条，其中规划计划类4条，本部门发文类6条，重点工作8条，财政信息类35条。本年度未制作行政法规、规章，制定规范性文件1个。"] + SIX_IMG,
    ),
]

# Third look-up round (districts of Shenzhen and Hangzhou).
SOURCES += [
    dict(
        key="sz_nanshan_2024_two_sites_kinds_after", year=2024,
        src="https://meeb.sz.gov.cn/xxgk/qt/ndxxgkbg/content/post_11973966.html (深圳市生态环境局南山管理局2024年政府信息公开工作年度报告: 依托市生态环境局官网、南山政府在线等平台…2024年，我局通过深圳市生态环境局门户网站、南山区政府在线门户网站公开信息1071条，公开内容主要包括行政许可类信息219条，行政处罚类信息309条，行政检查类信息328条，重点领域信息77条，行政强制类信息5条，工作动态、部门决算等其它信息132条; 共收到信息公开申请7宗; 表二 行政许可219, 行政处罚309, 行政强制5)",
        url=T("https://meeb.sz.gov.cn/xxgk/qt/ndxxgkbg/content/post_11973966.html"),
        title="深圳市生态环境局南山管理局2024年政府信息公开工作年度报告", site="深圳市生态环境局", shape="plain",
        agency="深圳市生态环境局南山管理局", province="广东省", admin_level="county",
        proactive_total=1071, requests_received=7,
        notes="One count over two websites named together (门户网站、南山区政府在线门户网站 — both web) → 1071, with its "
              "kinds after it (公开内容主要包括…; they add up to 1070 in the source, one short, kept as printed). "
              "收到信息公开申请7宗 → 7. The body is a district 管理局 of the city bureau: county level (UNSURE: a "
              "管理局 rather than a 分局). No date on the excerpt.",
        lines=["根据《中华人民共和国政府信息公开条例》的规定，现公布深圳市生态环境局南山管理局2024年政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项六部分组成，起止时间为2024年1月1日至2024年12月31日。",
               "一、总体情况",
               "（一）严格按照要求落实政府信息公开制度。我局依法依规开展政府信息公开工作，确保公开的范围、形式、时限和程序符合条例要求。",
               "（二）公开途径。我局依托市生态环境局官网、南山政府在线等平台公开政府信息。",
               "（三）主动公开方面。2024年，我局通过深圳市生态环境局门户网站、南山区政府在线门户网站公开信息1071条，公开内容主要包括行政许可类信息219条，行政处罚类信息309条，行政检查类信息328条，重点领域信息77条，行政强制类信息5条，工作动态、部门决算等其它信息132条；全年开展公众意见征集1期。",
               "（四）依申请公开方面。2024年，我局共收到信息公开申请7宗，均已在规定时限内依法受理答复。"] + SIX_IMG,
    ),
    dict(
        key="hz_qiantang_2022_parts_with_gong", year=2022,
        src="https://www.qiantang.gov.cn/art/2023/1/28/art_1229712591_58949233.html (杭州市生态环境局钱塘分局2022年政府信息公开工作年度报告, 发布日期2023-01-28: 通过钱塘新区管委会官网、浙江政务服务网等平台主动公开发布信息650条，其中信息发布量居前的有“建设项目环境影响评价文件受理情况的公示”90条、“…审批意见的公示（拟批准项目）”90条，“夜间作业许可”73条共443份，“环境行政处罚信息公开”17条共77份。另有“钱塘生态环境”政务微信编发内容500条; 共收到政府信息公开申请10件，均为自然人申请。已办结9件，结转下一年度1件; 全年未发生因政府信息公开导致的行政复议及行政诉讼)",
        url=T("https://www.qiantang.gov.cn/art/2023/1/28/art_1229712591_58949233.html"),
        title="杭州市生态环境局钱塘分局2022年政府信息公开工作年度报告", site="杭州市钱塘区人民政府", shape="plain",
        pub="2023-01-28", source_line="市生态环境局钱塘分局",
        agency="杭州市生态环境局钱塘分局", province="浙江省", admin_level="county",
        proactive_total=650, requests_received=10, reconsiderations=0, lawsuits=0,
        notes="主动公开发布信息650条 over the zone's site and the provincial service site, then the largest kinds after "
              "其中 — two of them with 共 inside (73条共443份, 17条共77份: items and the documents they hold, parts, not "
              "totals) — and the WeChat posts given apart (另有…500条) → 650 (README: new-media posts given apart). "
              "收到…申请10件 → 10; 未发生…行政复议及行政诉讼 → 0/0.",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函的有关规定以及省、市要求，编制本报告。本报告中所列数据统计期限为2022年1月1日至12月31日。",
               "一、总体情况",
               "2022年，杭州市生态环境局钱塘分局按照条例和区委、区政府的部署，推进政府信息公开标准化规范化建设。",
               "（一）主动公开情况",
               "2022年，市生态环境局钱塘分局通过钱塘新区管委会官网、浙江政务服务网等平台主动公开发布信息650条，其中发布量居前的有“建设项目环境影响评价文件受理情况的公示”90条、“作出的建设项目环境影响评价文件审批意见的公示（拟批准项目）”90条，“夜间作业许可”73条共443份，“环境行政处罚信息公开”17条共77份。另有“钱塘生态环境”政务微信编发内容500条。",
               "（二）依申请公开情况",
               "2022年，市生态环境局钱塘分局共收到政府信息公开申请10件，均为自然人申请，已办结9件，结转下一年度1件。全年未发生因政府信息公开导致的行政复议及行政诉讼。",
               "（三）政府信息管理情况",
               "健全政府信息审查发布机制，把群众最关心的事项作为公开重点。"] + SIX_IMG,
    ),
]
