"""Sources of tests/realworld/dev/rw5_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev5.py (see its docstring). Chosen for how requests,
reconsiderations, lawsuits and proactive counts are written: requests in 件, 个,
份, 起 and 条; carried-over requests inside the count (含上年结转N件) and beside
it (上年结转N件); outcomes in prose (同意公开N件, 予以公开N件); one lawsuit and no
reconsideration; 未发生 / 没有受理 / 未接到; totals that name no channel, totals
in 份, a year's 累计; statutory tables where the source's figures fill them
(zero tables where the source says nothing was received or brought, totals
columns where the prose gives every outcome), laid out with rowspan/colspan,
split over two <table>s, or flattened to one cell per line."""
from make_realworld2 import GENERIC_5, GENERIC_6
from sources2 import T

ALL_NULL = dict(proactive_total=None, requests_received=None, requests_granted=None,
                reconsiderations=None, lawsuits=None)

# The 2021 template's table 3 (收到和处理政府信息公开申请情况) with every figure 0,
# as printed when nothing was received: rowspan/colspan header, 7 figure columns.
_Z7 = "|".join(["0"] * 7)
REQ_ZERO_2021 = ("TABLE:^3>3（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|>7申请人情况"
                 "##^2自然人|>5法人或其他组织|^2总计"
                 "##商业企业|科研机构|社会公益组织|法律服务机构|其他"
                 f"##>3一、本年新收政府信息公开申请数量|{_Z7}"
                 f"##>3二、上年结转政府信息公开申请数量|{_Z7}"
                 f"##^4三、本年度办理结果|>2（一）予以公开|{_Z7}"
                 f"##>2（二）部分公开（区分处理的，只计这一情形，不计其他情形）|{_Z7}"
                 f"##>2（三）不予公开|{_Z7}"
                 f"##>2（七）总计|{_Z7}"
                 f"##>3四、结转下年度继续办理|{_Z7}")

# The same table flattened to one cell per line, as copied out of a PDF.
REQ_ZERO_2021_FLAT = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人",
                      "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                      "一、本年新收政府信息公开申请数量"] + ["0"] * 7 + [
                      "二、上年结转政府信息公开申请数量"] + ["0"] * 7 + [
                      "三、本年度办理结果", "（一）予以公开"] + ["0"] * 7 + [
                      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] + ["0"] * 7 + [
                      "（七）总计"] + ["0"] * 7 + ["四、结转下年度继续办理"] + ["0"] * 7

# Table 4 (行政复议、行政诉讼) with every figure 0, two-row header (rowspan/colspan).
REVIEW_ZERO_2ROW = ("TABLE:>5行政复议|>10行政诉讼"
                    "##^2结果维持|^2结果纠正|^2其他结果|^2尚未审结|^2总计|>5未经复议直接起诉|>5复议后起诉"
                    "##结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计"
                    "##" + "|".join(["0"] * 15))

# Table 4 as 15 columns under one header row, as some CMS exports print it.
REVIEW_ZERO_15 = ("TABLE:" + "|".join(["行政复议结果维持", "行政复议结果纠正", "行政复议其他结果", "行政复议尚未审结",
                                       "行政复议总计"]
                                      + [f"行政诉讼{a}{b}" for a in ("未经复议直接起诉", "复议后起诉")
                                         for b in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")])
                  + "##" + "|".join(["0"] * 15))

SIX_IMG = ["二、主动公开政府信息情况", "IMG:table2", "三、收到和处理政府信息公开申请情况", "IMG:table3",
           "四、政府信息公开行政复议、行政诉讼情况", "IMG:table4",
           "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6]
OLD_TAIL = ["政府信息公开工作存在的主要问题及改进措施", GENERIC_5]


SOURCES = [
    # ------------------------------------------------------------ 湖北 武汉
    dict(
        key="qingshan_2025_review_zero_2row", year=2025,
        src="https://www.qingshan.gov.cn/qzfbm/szzqdw/hbj/zfxxgkgzndbg/202601/t20260113_2710552.shtml (青山区生态环境分局2025年报: category counts 25篇/32条/12条/25条/3篇/6篇/17篇, no total; 共收到并处理申请4件; 未发生…行政复议、行政诉讼)",
        url=T("https://www.qingshan.gov.cn/qzfbm/szzqdw/hbj/zfxxgkgzndbg/202601/t20260113_2710552.shtml"),
        title="青山区生态环境分局2025年政府信息公开工作年度报告", site="武汉市青山区人民政府", shape="plain",
        province="湖北省", admin_level="county",
        proactive_total=None, requests_received=4, reconsiderations=0, lawsuits=0,
        notes="Title from the source's first sentence (现公开青山区生态环境分局2025年政府信息公开工作年度报告). proactive_total "
              "null: only category counts. Granted not stated (not labelled). Table 4 written with every figure 0, as the "
              "source states none was brought (two-row header with rowspan/colspan); tables 2-3 as images. Agency not "
              "labelled (the body names it three ways).",
        lines=["根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，现公开青山区生态环境分局2025年政府信息公开工作年度报告。本年度报告中所列数据的统计期限为2025年1月1日至2025年12月31日。",
               "一、总体情况", "（一）主动公开情况",
               "2025年，分局主动公开水、空气环境质量信息25篇，重点排污单位废水、废气、噪声监测结果32条，行政处罚信息12条，环评批复文件25条，环境执法信息3篇，“双随机”计划及结果6篇，督察整改及信访办结公示17篇。",
               "（二）依申请公开情况",
               "2025年，分局共收到并处理政府信息公开申请4件，均按期答复。全年未发生因政府信息公开申请引发的行政复议、行政诉讼及举报投诉案件。",
               "二、主动公开政府信息情况", "IMG:table2", "三、收到和处理政府信息公开申请情况", "IMG:table3",
               "四、政府信息公开行政复议、行政诉讼情况", REVIEW_ZERO_2ROW,
               "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6],
    ),
    dict(
        key="qiaokou_2025_fen_units", year=2025,
        src="https://www.qiaokou.gov.cn/xxgk/zfxxgknb/bmjdhz/ssfzjg/qhbj/202601/t20260122_2715994.shtml (武汉市生态环境局硚口区分局2025年报: 合计87份公开信息; 收到2份依申请公开事项)",
        url=T("https://www.qiaokou.gov.cn/xxgk/zfxxgknb/bmjdhz/ssfzjg/qhbj/202601/t20260122_2715994.shtml"),
        title="武汉市生态环境局硚口区分局2025年政府信息公开工作年度报告", site="武汉市硚口区人民政府", shape="bar",
        agency="武汉市生态环境局硚口区分局", province="湖北省", admin_level="county",
        proactive_total=87, requests_received=2,
        notes="Items and requests counted in 份 (合计87份公开信息; 收到2份依申请公开事项). 87 is the stated total "
              "(合计) after the kinds. Granted not labelled (the source says the information was provided, no count).",
        lines=["依据《中华人民共和国政府信息公开条例》第五十条和国办公开办函〔2021〕30号，编制本报告。所列统计数据时间范围为2025年1月1日至2025年12月31日。如有疑问，请联系武汉市生态环境局硚口区分局（027-83751193）。",
               "一、总体情况", "（一）网站信息公开情况",
               "截至2025年12月31日，2025年发布行政检查19份、行政处罚5份、行政许可15份、环境监测报告11份、督察整改5份等信息，合计87份公开信息。",
               "（二）其它方式的政府信息公开情况", "除政务网站外，还通过新闻媒体、电子大屏和现场公示等方式公开信息。",
               "（三）依申请公开政府信息的情况",
               "2025年我局收到2份依申请公开事项，均在规定时间内答复申请人。"] + SIX_IMG,
    ),
    dict(
        key="wuhan_2020_trad_wiki_table2", year=2020, trad=True,
        src="https://newton.com.tw/wiki/武漢市生態環境局2020年政府信息公開工作年度報告/63726324 (Traditional wiki repost: 武汉市生态环境局2020年报, table 2 only: 规范性文件 2/2/19, 其他主动公开文件 186/86/255, 行政许可 8/5/93, 其他对外管理服务事项 117/0/165, 行政处罚 90/0/22)",
        url="https://newton.com.tw.test/wiki/%E6%AD%A6%E6%BC%A2%E5%B8%82%E7%94%9F%E6%85%8B%E7%92%B0%E5%A2%83%E5%B1%802020%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A/63726324",
        title="武汉市生态环境局2020年政府信息公开工作年度报告", site="牛顿百科", shape="plain",
        agency="武汉市生态环境局", province="湖北省", admin_level="prefectural", **ALL_NULL,
        notes="Table 2 reproduced as the wiki shows it (its figures are counts of documents, permits and penalties, "
              "not of disclosed items or requests); the other tables are not on the page, so every headline count is "
              "null. Traditional script as the wiki serves it.",
        lines=["根据市政务服务和大数据管理局转发的湖北省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知，现将我局2020年度政府信息公开情况报告如下。",
               "二、主动公开政府信息情况",
               "TABLE:第二十条第（一）项##信息内容|本年新制作数量|本年新公开数量|对外公开总数量##规章|0|0|0##规范性文件|2|2|19"
               "##其他主动公开文件|186|86|255##第二十条第（五）项##信息内容|上一年项目数量|本年增/减|处理决定数量"
               "##行政许可|8|5|93##其他对外管理服务事项|117|0|165##第二十条第（六）项"
               "##信息内容|上一年项目数量|本年增/减|处理决定数量##行政处罚|90|0|22##行政强制|4|4|-",
               "三、收到和处理政府信息公开申请情况", "IMG:table3",
               "四、政府信息公开行政复议、行政诉讼情况", "IMG:table4",
               "五、存在的主要问题及改进情况", GENERIC_5],
    ),
    # ------------------------------------------------------------ 江西
    dict(
        key="nanchang_county_2009_mirror", year=2009, format="narrative",
        src="https://saintpaulhem.com/ncx/ncxrmzf/bmxxgknbuc/201002/e1b2d1d59ebd43f0980962a574c02338.shtml (mirror of 南昌县环保局2009年政府信息公开年度报告: 共发布政府信息120条; 没有受理过申请; 未发生行政复议和行政诉讼)",
        url=T("https://saintpaulhem.com/ncx/ncxrmzf/bmxxgknbuc/201002/e1b2d1d59ebd43f0980962a574c02338.shtml"),
        title="南昌县环保局2009年政府信息公开年度报告", site="南昌县人民政府", shape="plain",
        agency="南昌县环保局", province="江西省", admin_level="county",
        proactive_total=120, requests_received=0, requests_granted=0, reconsiderations=0, lawsuits=0,
        notes="A mirror host (repost). The source splits the title over two lines (…政府信息 / 公开年度报告). 120 is the "
              "count of items published by the end of the year, each channel carrying the same 120 (UNSURE: 截至2009年"
              "12月31日 in a 2009 first report, read as the year's count). 没有受理过…申请 → 0/0; 未…发生…行政复议和行政诉讼"
              "案件 → 0/0.",
        lines=["今年以来，我局以开展机关效能年为载体，贯彻落实政府信息公开条例，现将2009年工作情况报告如下：",
               "一、公开政府信息情况", "1、主动公开政府信息",
               "截至2009年12月31日，县环保局共发布政府信息120条，在南昌政务网发布政府信息120条，在南昌县环保局门户网站发布政府信息120条。",
               "2、依申请公开政府信息",
               "自《条例》施行以来，县环保局没有受理过公民、法人和其他组织的政府信息公开申请，已公开受理机构的联系方式并备好告知书等文书。",
               "3、行政复议及行政诉讼情况",
               "2009年，县环保局未因政府信息公开工作发生公民、法人和其他组织申请行政复议和行政诉讼的案件。",
               "二、政府信息公开平台建设情况", "县政府门户网站“政府信息公开”栏目可查看我局主动公开的信息；局档案室为信息查阅室。",
               "三、存在的不足", GENERIC_5],
    ),
    dict(
        key="rongjiang_2024_count_first", year=2024,
        src="https://rjxq.ganzhou.gov.cn/rjxqxxgk/zfxxgknb/202501/27450ae831b64a8b9c69a3d10f3c8c87.shtml (赣州市生态环境局蓉江新区分局2024年报: 发布72条公开信息, 其中33条政务动态, 25条公告公示, 14条其他; 受理申请2件)",
        url=T("https://rjxq.ganzhou.gov.cn/rjxqxxgk/zfxxgknb/202501/27450ae831b64a8b9c69a3d10f3c8c87.shtml"),
        title="赣州市生态环境局蓉江新区分局2024年度政府信息公开工作年度报告", site="赣州蓉江新区", shape="welcome",
        agency="赣州市生态环境局蓉江新区分局", province="江西省",
        proactive_total=72, requests_received=2,
        notes="Count before the noun with kinds after it (发布72条公开信息，其中包括33条政务动态…). 受理政府信息公开申请2件 → 2. "
              "Granted, reconsiderations, lawsuits not stated in what the tool showed (tables as images; not labelled). "
              "Admin level not labelled (a new area's branch).",
        lines=["根据《中华人民共和国政府信息公开条例》相关要求，赣州市生态环境局蓉江新区分局编制了2024年度政府信息公开工作年度报告，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及下一步工作打算、其他需要报告的事项六个部分组成。",
               "本报告中所列数据统计期限从2024年1月1日至2024年12月31日止。",
               "一、总体情况", "（一）主动公开政府信息情况",
               "2024年，区生态环境分局共在赣州蓉江新区门户网站发布72条公开信息，其中包括33条政务动态，25条公告公示信息，法规信息、政策问答等其他信息14条。",
               "（二）依申请公开情况",
               "我分局及时签收、办理收到的政府信息公开申请并按时答复。2024年，我分局受理政府信息公开申请2件，均已办结。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 陕西
    dict(
        key="shaanxi_2021_carried_inside", year=2021,
        src="https://sthjt.shaanxi.gov.cn/xxgk/gknb/202201/t20220127_2981079.html (陕西省生态环境厅2021年报: 公开信息7200余条; 办理申请151件(含上年结转13件), 办结146件, 结转下年度5件)",
        url=T("https://sthjt.shaanxi.gov.cn/xxgk/gknb/202201/t20220127_2981079.html"),
        title="陕西省生态环境厅2021年政府信息公开工作年度报告", site="陕西省生态环境厅", shape="index", pub="2022-01-27",
        issuer="陕西省生态环境厅",
        agency="陕西省生态环境厅", province="陕西省", admin_level="provincial",
        proactive_total=7200, requests_received=138,
        notes="proactive_total 7200 for 7200余条 (approximate, the crate's `approximate` names it). requests_received 138: "
              "151件（含上年结转13件） are the requests handled, 13 of them carried over (docs/report-format.md: "
              "共办理…6件（含上年结转3件） gives 3 new). Granted not stated (not labelled).",
        lines=["一、总体情况",
               "2021年，我厅认真贯彻党中央、国务院决策部署和省委、省政府要求，严格落实《中华人民共和国政府信息公开条例》，不断深化政府信息公开工作。",
               "（一）主动公开。",
               "我厅持续公开生态环境质量、监管、状况公报、建议提案办理结果等信息，并开设中央生态环境保护督察专栏。2021年公开信息7200余条（不含通过空气质量实时发布系统等平台直接发布的信息）。",
               "（二）依申请公开。",
               "2021年依法办理、规范答复政府信息公开申请151件（含上年结转13件），办结146件，结转下年度继续办理5件，详见本报告第三部分。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 广东
    dict(
        key="shenzhen_2022_carried_beside", year=2022,
        src="http://meeb.sz.gov.cn/xxgk/qt/ndxxgkbg/content/post_10399171.html (深圳市生态环境局2022年报: 官网5804条, 双微1491条; 收到申请195件, 上年结转3件, 公开答复191件, 转下年度7件; chrome 政务邮箱 无障碍关怀版)",
        url=T("http://meeb.sz.gov.cn/xxgk/qt/ndxxgkbg/content/post_10399171.html"),
        title="深圳市生态环境局2022年政府信息公开工作年度报告", site="深圳市生态环境局", shape="bar",
        agency="深圳市生态环境局", province="广东省", admin_level="prefectural",
        proactive_total=5804, requests_received=195,
        notes="proactive_total 5804: the website's 信息 count with the new media's posts (“双微”推送1491条) given apart, "
              "as the README convention says and as the same bureau's 2023 report (5341, 另有“双微”推文1541条) is "
              "labelled in dev (LABEL FIX after the first run: committed as null, which contradicted that convention). "
              "requests_received 195 with the 3 "
              "carried over given beside it (上年结转3件). 公开答复191件 is not 予以公开 (granted not labelled).",
        lines=["根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求，现公布我局2022年度政府信息公开工作年度报告，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。",
               "一、总体情况",
               "一是积极推动主动公开工作。2022年，官网发布生态环境领域相关信息5804条，“双微”发布相关推送1491条，组织新闻宣传活动26次，媒体采访40次。",
               "二是做好依申请公开工作。2022年共收到政府信息公开申请195件，上年结转3件，公开答复191件，转下年度办理7件，同比增长53.5%，主要集中在行政审批领域，未向申请人收费。",
               "三是做好政务信息管理工作。全年公开规范性文件7件，制修订规章4部，均同步解读。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 重庆
    dict(
        key="wansheng_2025_portal_and_newmedia", year=2025,
        src="http://ws.cq.gov.cn/bm/hbj/zwgk_70287/zfxxgknb_70297/202601/t20260123_15346953.html (重庆市万盛经济技术开发区生态环境局2025年报: 门户网站290条, 微信微博5000余条; 收到申请1件, 结转至2026年)",
        url=T("http://ws.cq.gov.cn/bm/hbj/zwgk_70287/zfxxgknb_70297/202601/t20260123_15346953.html"),
        title="重庆市万盛经济技术开发区生态环境局2025年政府信息公开工作年度报告", site="重庆市万盛经济技术开发区", shape="plain",
        agency="重庆市万盛经济技术开发区生态环境局", province="重庆市",
        proactive_total=None, requests_received=1,
        notes="proactive_total null: the portal's 290 and the new media's 5000余 are two channel counts with no total (as "
              "rw4 兴安盟 2020). The one request was carried into 2026 (granted not labelled). Admin level not labelled "
              "(an economic development zone's bureau).",
        lines=["根据《中华人民共和国政府信息公开条例》等文件要求编制本年度报告，统计期限自2025年1月1日起至2025年12月31日止。",
               "一、总体情况",
               "（一）主动公开。2025年，万盛经开区生态环境局门户网站主动公开政务信息290条，包括政策问答29条，部门工作信息26条，机构职能15条，重大项目环境影响评价44条，环境管理信息86条，其他政务信息72条等。通过微信公众号、新浪微博发布信息5000余条，召开新闻发布会4场次。",
               "（二）依申请公开。2025年共收到政府信息公开申请1件，已结转至2026年按期办结。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 贵州
    dict(
        key="liupanshui_2023_outcomes_flat", year=2023,
        src="http://sthj.gzlps.gov.cn/bmxxgk/zfxxgk/zfxxgknb/2023n/ (六盘水市生态环境局2023年报: 共主动公开2399条, 门户网站1295, 微信882, 微博222; 申请15件(网络9, 信函6), 同意公开10, 部分同意3, 不属于本机关1, 信息不存在1; 行政诉讼1件, 未出现行政复议)",
        url=T("http://sthj.gzlps.gov.cn/bmxxgk/zfxxgk/zfxxgknb/2023n/"),
        title="六盘水市生态环境局2023年政府信息公开工作年度报告", site="六盘水市生态环境局", shape="plain",
        agency="六盘水市生态环境局", province="贵州省", admin_level="prefectural",
        proactive_total=2399, requests_received=15, requests_granted=10, reconsiderations=0, lawsuits=1,
        notes="Outcomes in prose: 同意公开10件 → granted 10 (部分同意公开3 not counted). 行政诉讼1件, 未出现…行政复议 → 0 and 1. "
              "Table 3 written flattened one cell per line with only the rows the source's prose gives "
              "(新收15, 予以公开10, 部分公开3, 总计15): our layout, the source's figures; consistency not labelled.",
        lines=["根据《中华人民共和国政府信息公开条例》和《贵州省政府信息公开暂行规定》，现公布六盘水市生态环境局2023年政府信息公开工作年度报告。报告所列数据的统计时间为2023年1月1日至2023年12月31日。",
               "一、总体情况", "（一）主动公开",
               "我局通过门户网站、政务微信、政务微博、新闻发布会等方式推动信息主动公开。2023年在各平台共主动公开信息2399条，其中门户网站1295条，微信公众号“凉都环保”882条，新浪微博222条。召开新闻发布会4场。",
               "（二）依申请公开",
               "2023年，六盘水市生态环境局共收到政府信息依申请公开件15件，其中网络申请9件，信函申请6件；按规定同意公开10件，部分同意公开3件，因不属于本机关信息无法提供1件，信息不存在1件。2023年因政府信息公开引起的行政诉讼1件，未出现因政府信息公开引起的行政复议情况。",
               "二、主动公开政府信息情况", "IMG:table2",
               "三、收到和处理政府信息公开申请情况",
               "FLAT:一、本年新收政府信息公开申请数量|15|三、本年度办理结果|（一）予以公开|10|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3|（七）总计|15",
               "四、政府信息公开行政复议、行政诉讼情况", "IMG:table4",
               "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6],
    ),
    dict(
        key="xingren_2023_not_ours", year=2023,
        src="http://www.gzxr.gov.cn/zfxxgk/zfxxgknb/2023n/zfbm/202401/t20240125_83627702.html (黔西南州生态环境局兴仁分局2023年报: 工作动态43条, 空气质量12条, 水源8条, 处罚7条, 责令改正8条, 环评20条; 收到申请2件, 均不属于本单位公开范围)",
        url=T("http://www.gzxr.gov.cn/zfxxgk/zfxxgknb/2023n/zfbm/202401/t20240125_83627702.html"),
        title="黔西南州生态环境局兴仁分局2023年政府信息公开工作年度报告", site="兴仁市人民政府", shape="welcome",
        agency="黔西南州生态环境局兴仁分局", province="贵州省", admin_level="county",
        proactive_total=None, requests_received=2, requests_granted=0,
        notes="proactive_total null: only category counts. Both requests were answered as not this body's information, so "
              "none was granted (granted 0, UNSURE: inferred from 均不属于我单位公开范围).",
        lines=["根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号要求，现公布黔西南州生态环境局兴仁分局2023年政府信息公开工作年度报告。",
               "一、总体情况",
               "（一）主动公开方面。全年我局主动公开环保工作动态信息43条，城区空气质量12条，饮用水源水质情况8条，行政处罚决定书7条，责令改正违法行为决定书8条，项目环评20条，均在兴仁市人民政府网更新发布。",
               "（二）依申请公开方面。2023年我局收到信息公开申请2件，申请公开的内容均不属于我单位公开范围，已书面回复申请人。",
               "（三）政府信息管理方面。完善信息公开和管理制度，把好信息发布审核关。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 甘肃
    dict(
        key="huachi_2023_request_zero_table", year=2023,
        src="https://www.hcx.gov.cn/xxgk/ndbg/2023nnb/xzfzcbm2023/content_38630 (庆阳市生态环境局华池分局2023年报: 水环境质量4条, 空气质量月报12条, 双随机4条, 环评公示30条, 督察整改1条, 文件规划1条; 向市局推送26条; 未收到依申请公开)",
        url=T("https://www.hcx.gov.cn/xxgk/ndbg/2023nnb/xzfzcbm2023/content_38630"),
        title="庆阳市生态环境局华池分局2023年政府信息公开工作年度报告", site="华池县人民政府", shape="trs",
        agency="庆阳市生态环境局华池分局", province="甘肃省", admin_level="county",
        proactive_total=None, requests_received=0, requests_granted=0,
        notes="proactive_total null: only category counts (the 26 pushed to the city bureau are another channel). 未收到 → "
              "0/0; table 3 written with every figure 0 (2021 template, rowspan/colspan), as implied by that sentence. "
              "No publication date on the page or in the address.",
        lines=["本报告依据修订后的《中华人民共和国政府信息公开条例》和国办公开办函编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项六部分组成，统计期限自2023年1月1日起至12月31日止。",
               "一、总体情况", "（一）主动公开方面",
               "2023年，我局主动公开水环境质量4条，空气质量月报类12条，双随机抽查结果类4条，环评公示类30条，督察反馈问题整改类1条，部门文件规划类1条。2023年度向市生态环境局推送26条。",
               "（二）依申请公开方面", "2023年我局未收到依申请公开政府信息。",
               "二、主动公开政府信息情况", "IMG:table2",
               "三、收到和处理政府信息公开申请情况", REQ_ZERO_2021,
               "四、政府信息公开行政复议、行政诉讼情况", "IMG:table4",
               "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6],
    ),
    # ------------------------------------------------------------ 辽宁
    dict(
        key="liaoning_2020_table_split", year=2020,
        src="https://sthj.ln.gov.cn/sthj/zfxxgk/zfxxgknb/6B0894795B7F4F3ABE25185307CC850C/index.shtml (辽宁省生态环境厅2020年度政府信息公开工作报告: 收到申请45件, 予以公开19, 部分公开3, 不掌握15, 另行制作4, 其他处理3, 结转下年度1; 未发生行政复议和行政诉讼)",
        url=T("https://sthj.ln.gov.cn/sthj/zfxxgk/zfxxgknb/6B0894795B7F4F3ABE25185307CC850C/index.shtml"),
        title="辽宁省生态环境厅2020年度政府信息公开工作报告", site="辽宁省生态环境厅", shape="plain", pub="2021-01-29",
        agency="辽宁省生态环境厅", province="辽宁省", admin_level="provincial",
        proactive_total=None, requests_received=45, requests_granted=19, reconsiderations=0, lawsuits=0,
        notes="The prose gives every outcome (19+3+15+4+3 = 44 handled, 1 carried to next year; 上年结转 0 follows). Table 3 "
              "written as a totals column (our layout, the source's figures) split over two <table>s with a rowspan "
              "label; table 4 written with every figure 0 under one 15-column header, as the source states none was "
              "brought. proactive_total null: the excerpt states no count. Consistency not labelled.",
        lines=["一、总体情况",
               "2020年，辽宁省生态环境厅按照全省政务公开工作要点和生态环境部的部署，强化政府信息公开，加大政策解读和回应关切力度。",
               "（一）强化主动公开工作",
               "发挥厅官方网站的平台作用，及时公开政策法规、环境质量、许可和监管信息，运用新媒体发布督察整改和污染防治攻坚信息。",
               "（二）依法办理依申请公开",
               "2020年，辽宁省生态环境厅共收到政府信息公开申请45件，全部依法依规答复。其中，予以公开19件，部分公开3件，本机关不掌握相关政府信息15件，没有现成信息需要另行制作4件，其他处理3件，结转下年度继续办理1件。未发生因政府信息公开引起的行政复议和行政诉讼，未收取任何费用。",
               "二、主动公开政府信息情况", "IMG:table2",
               "三、收到和处理政府信息公开申请情况",
               "TABLE:>2项目|总计##>2一、本年新收政府信息公开申请数量|45##>2二、上年结转政府信息公开申请数量|0"
               "##^3三、本年度办理结果|（一）予以公开|19##（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3"
               "##（三）不予公开|0",
               "TABLE:^5三、本年度办理结果|（四）无法提供 1.本机关不掌握相关政府信息|15"
               "##（四）无法提供 2.没有现成信息需要另行制作|4##（五）不予处理|0##（六）其他处理|3##（七）总计|44"
               "##>2四、结转下年度继续办理|1",
               "四、政府信息公开行政复议、行政诉讼情况", REVIEW_ZERO_15,
               "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6],
    ),
    # ------------------------------------------------------------ 吉林
    dict(
        key="changchun_xinqu_2021_ge", year=2021,
        src="http://zwgk.changchun.gov.cn/ccxq/zcxqzcbm/zcssthjjzcxqfj/zfxxgknb/202201/t20220110_2970743.html (长春市生态环境局长春新区分局2021年报, titled 政府信息公开工作年度报告: 截至2021年12月31日共主动公开355条; 收到依申请公开3个)",
        url=T("http://zwgk.changchun.gov.cn/ccxq/zcxqzcbm/zcssthjjzcxqfj/zfxxgknb/202201/t20220110_2970743.html"),
        title="政府信息公开工作年度报告", site="长春新区", shape="plain",
        agency="长春市生态环境局长春新区分局", province="吉林省",
        requests_received=3,
        notes="The source's title names neither agency nor year (both in the first sentence). Requests counted in 个 "
              "(收到依申请公开3个). proactive_total not labelled: 截至2021年12月31日，共主动公开政府信息355条 may be the "
              "year's or a running total (UNSURE). Admin level not labelled (a new area's branch).",
        lines=["根据《中华人民共和国政府信息公开条例》规定，现公布长春市生态环境局长春新区分局政府信息公开年度报告。本报告中使用数据统计期限为2021年1月1日至12月31日。",
               "一、总体情况",
               "2021年度，我分局以公开为原则、不公开为例外，主动公开本部门产生的政府信息。",
               "一是主动公开方面。2021年，分局通过长春市人民政府网站和长春新区门户网站公开机构职能、办事指南、行政许可、行政处罚、污染防治、信访公示等信息。截至2021年12月31日，共主动公开政府信息355条。",
               "二是依申请公开方面。2021年分局收到依申请公开3个，已按时按要求回复。",
               "三是政府信息管理情况。定期自查，保证发布内容准确、不涉密。"] + SIX_IMG,
    ),
    dict(
        key="changchun_2013_attached_tables", year=2013, format="narrative",
        src="http://js.changchun.gov.cn/zcbm/shjbhj/xxgkndbg/201706/t20170617_2213864.html (长春市环境保护局2013年报: nine parts incl. 附表; the excerpt gives no count)",
        url=T("http://js.changchun.gov.cn/zcbm/shjbhj/xxgkndbg/201706/t20170617_2213864.html"),
        title="长春市环境保护局2013年政府信息公开工作年度报告", site="长春市人民政府", shape="plain",
        agency="长春市环境保护局", province="吉林省", admin_level="prefectural", **ALL_NULL,
        notes="Title reconstructed. The counts are in the appended tables (images here), so every count is null. The "
              "address carries a re-filing date (2017-06-17), labelled as published_date under the URL rule.",
        lines=["本年度报告由长春市环境保护局依据《中华人民共和国政府信息公开条例》和《长春市政府信息公开规定》编制，由概述、主动公开、依申请公开、咨询和投诉、行政复议和行政诉讼、监测监察执法收费、存在的问题及改进措施、其他事项和附表九个部分组成，统计期限自2013年1月1日起至2013年12月31日止。",
               "一、概述",
               "2013年，市环保局按照全市政务公开工作要点完善工作机构和制度，梳理应公开和不予公开信息，细化信息目录和工作流程。",
               "二、主动公开政府信息情况", "详见附表。", "三、依申请公开政府信息情况", "详见附表。",
               "附表：政府信息公开情况统计表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 新疆 / 河北
    dict(
        key="hami_2024_total_with_parts", year=2024,
        src="https://www.hami.gov.cn/hami/c124159/202501/6520d2c24046475294ef1250238490df.shtml (哈密市生态环境局2024年报: 主动公开政务信息155条, 其中专栏8, 监测监察31, 建设项目52, 宣传60, 督察专栏3+1)",
        url=T("https://www.hami.gov.cn/hami/c124159/202501/6520d2c24046475294ef1250238490df.shtml"),
        title="哈密市生态环境局2024年度政府信息公开工作年度报告", site="哈密市人民政府", shape="plain",
        agency="哈密市生态环境局", province="新疆维吾尔自治区", admin_level="prefectural",
        proactive_total=155,
        notes="155 = the total, broken down after it (其中…). Requests are not stated in what the tool showed (tables as "
              "images; not labelled).",
        lines=["我局认真落实政务公开工作要求，编制了《哈密市生态环境局2024年度政府信息公开工作年度报告》，所列数据期限自2024年1月1日至2024年12月31日止。",
               "一、总体情况", "（一）主动公开情况",
               "2024年我局主动公开政务信息155条，其中：政府信息公开专栏信息8条，重点污染源监测监察信息31条，建设项目环境管理52条，其他环保宣传信息60条，自治区生态环境保护督察专栏3条，中央生态环境保护督察专栏1条。",
               "（二）政府信息管理情况", "落实“三审三校”制度，做到一件一审。"] + SIX_IMG,
    ),
    dict(
        key="hengshui_2021_no_figures", year=2021,
        src="http://sthjj.hengshui.gov.cn/pubgov1_20/29404.html (衡水市生态环境局2021年政府信息公开工作年度报告（2022年1月）; the excerpt ends before the request figure)",
        url=T("http://sthjj.hengshui.gov.cn/pubgov1_20/29404.html"),
        title="衡水市生态环境局2021年政府信息公开工作年度报告", site="衡水市生态环境局", shape="plain",
        agency="衡水市生态环境局", province="河北省", admin_level="prefectural", **ALL_NULL,
        notes="The excerpt ends in the middle of the request count; our page states no figure (tables as images), so every "
              "count is null. The date line （2022年1月） is a month only, not labelled.",
        lines=["（2022年1月）",
               "本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的问题及改进情况、其他需要报告的事项六部分组成，统计期限自2021年1月1日起至2021年12月31日止。",
               "一、总体情况",
               "我局制定年度政务公开重点工作安排和工作台账，按目录及时公开生态环境领域信息。",
               "（二）依申请公开情况", "我局高度重视依申请公开工作，依法办理，具体数据见下表。"] + SIX_IMG,
    ),
    # ------------------------------------------------------------ 上海
    dict(
        key="minhang_2019_year_accumulated", year=2019,
        src="https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_hbj_gknb/content/36D31E2D-3697-11ED-B80C-2944C70312C5.htm (闵行区生态环境局政府信息公开工作年度报告（2019年）: 2019年累计主动公开1800条, 区政府网站610, 党务公开网55, 上海环境网461, 微博643; 公文类995条, 主动公开917条)",
        url=T("https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_hbj_gknb/content/36D31E2D-3697-11ED-B80C-2944C70312C5.htm"),
        title="闵行区生态环境局政府信息公开工作年度报告（2019年）", site="闵行区人民政府", shape="plain",
        agency="闵行区生态环境局", province="上海市", admin_level="county",
        proactive_total=1800,
        notes="Year in brackets after the title. 本局2019年累计主动公开政府信息1800条: the year's accumulated total, "
              "not a running total since the start (UNSURE), broken down by channel after it. Requests not stated in "
              "what the tool showed (not labelled).",
        lines=["本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》，由上海市闵行区生态环境局编制，所列数据统计期限从2019年1月1日到12月31日止。",
               "一、总体情况",
               "（一）公文类政府信息基本情况：本局2019年度共产生公文类政府信息995条，其中主动公开917条。",
               "（二）主动公开政府信息情况：本局2019年累计主动公开政府信息1800条，包含公文类信息917条。其中，区政府门户网站公开610条；区党务公开网公开55条；“上海环境”网公开461条；政务微博“闵行环境”发布643条。"] + SIX_IMG,
    ),
    dict(
        key="putuo_2011_no_figures", year=2011, format="narrative",
        src="http://www.shpt.gov.cn/hbj/zfxxgknb-zfxxgkzhzwzfwj2021/20210812/637361.html (2011年上海市普陀区环境保护局政府信息公开工作年度报告, 2012年01月30日; 引言 and 概述 only)",
        url=T("http://www.shpt.gov.cn/hbj/zfxxgknb-zfxxgkzhzwzfwj2021/20210812/637361.html"),
        title="2011年上海市普陀区环境保护局政府信息公开工作年度报告", site="上海普陀", shape="plain", pub="2012-01-30",
        agency="上海市普陀区环境保护局", province="上海市", admin_level="county", **ALL_NULL,
        notes="The excerpt stops before the figures (指标统计附表 as an image here): every count null.",
        lines=["引言",
               "本年度报告依照《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》，由上海市普陀区环境保护局编制，包括概述、主动公开、依申请公开、咨询处理、复议诉讼、支出和收费、其它工作、存在的问题和改进措施，并附指标统计附表。",
               "一、概述",
               "本局自2004年5月1日起开展政府信息公开工作，配备2名兼职工作人员。截至2011年底，本局政府信息公开工作运行正常。",
               "2011年，普陀区环保局完善公开制度、加大公开力度、拓展公开渠道。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="putuo_2016_no_figures", year=2016, format="narrative",
        src="http://www.shpt.gov.cn/shpt/gknb-huanbaoju/20170518/198172.html (2016年上海市普陀区环境保护局政府信息公开工作年度报告, 2017年05月18日; 引言 and 概述 only)",
        url=T("http://www.shpt.gov.cn/shpt/gknb-huanbaoju/20170518/198172.html"),
        title="2016年上海市普陀区环境保护局政府信息公开工作年度报告", site="上海普陀", shape="trs", pub="2017-05-18",
        agency="上海市普陀区环境保护局", province="上海市", admin_level="county", **ALL_NULL,
        notes="The excerpt stops before the figures (tables as images): every count null.",
        lines=["本年度报告依照《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》由上海市普陀区环境保护局编制，并附相关说明和指标统计附表。",
               "一、概述",
               "本局自2004年5月1日起开展政府信息公开工作，配备1名兼职工作人员。2016年明确工作重点，在环评受理、审批和验收全过程信息公开等方面加大力度。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    # ------------------------------------------------------------ 福建 / 云南
    dict(
        key="cangshan_2014_no_figures", year=2014, format="narrative",
        src="http://www.fzcangshan.gov.cn/xjwz/xxgk/zfxxgk/dfbmptlj/szzsgdwzqjg/hjbhj/zfxxgknb/201501/t20150114_1425573.htm (仓山区环境保护局2014年政府信息公开工作年度报告, 2015-01-14; seven parts with 附表; no count in the excerpt)",
        url=T("http://www.fzcangshan.gov.cn/xjwz/xxgk/zfxxgk/dfbmptlj/szzsgdwzqjg/hjbhj/zfxxgknb/201501/t20150114_1425573.htm"),
        title="仓山区环境保护局2014年政府信息公开工作年度报告", site="福州仓山", shape="plain", pub="2015-01-14",
        agency="仓山区环境保护局", province="福建省", admin_level="county", **ALL_NULL,
        notes="No count in what the tool showed (附表 as an image): every count null.",
        lines=["本报告依照《中华人民共和国政府信息公开条例》和区政府办公室的通知编制，包括概述、主动公开、依申请公开办理、收费及减免、行政复议和行政诉讼、存在的问题及改进措施、其他事项与附表七部分，统计期限自2014年1月1日至2014年12月31日止。",
               "一、概述",
               "2014年，我局落实《环境信息公开办法（试行）》和《福建省政府信息公开办法》，专人负责信息公开，按时向区档案局报送材料。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="changle_2014_posted_2017", year=2014, format="narrative",
        src="http://www.fzcl.gov.cn/xjwz/zwgk/zfxxgk/zfxxbmgk/zlszfgzbmxxgkml/zlshjbhj/zfxxgknb/201706/t20170609_786375.htm (长乐市环境保护局2014年政府信息公开工作年度报告, posted 2017-06-09; no count in the excerpt)",
        url=T("http://www.fzcl.gov.cn/xjwz/zwgk/zfxxgk/zfxxbmgk/zlszfgzbmxxgkml/zlshjbhj/zfxxgknb/201706/t20170609_786375.htm"),
        title="长乐市环境保护局2014年政府信息公开工作年度报告", site="长乐", shape="plain", pub="2017-06-09",
        agency="长乐市环境保护局", province="福建省", admin_level="county", **ALL_NULL,
        notes="Posted in 2017 for 2014. The source's period sentence lost its separators (201411日至20141231日); we keep "
              "it. No count in what the tool showed: every count null.",
        lines=["本报告依照《中华人民共和国政府信息公开条例》及长政办〔2014〕54号文件由长乐市环境保护局编制，由概述、主动公开、依申请公开办理、收费及减免、行政复议和行政诉讼、存在的问题及改进情况、需要说明的事项与附表七部分组成。本报告中所列数据的统计时限自201411日至20141231日。",
               "一、概述", "（一）全面深化政府信息公开工作",
               "2014年，我局把政府信息公开纳入全局工作重点，调整充实领导小组，清理移交档案，加强政策解读。",
               "附表", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="honghe_2014_index_other_issuer", year=2014, format="narrative",
        src="https://www.hh.gov.cn/info/13161/213611.htm (红河州环保局2014年政府信息公开工作年度报告; index block 发布机构 红河州公务员局, 发布日期 2015-03-10; no count in the excerpt)",
        url=T("https://www.hh.gov.cn/info/13161/213611.htm"),
        title="红河州环保局2014年政府信息公开工作年度报告", site="红河州人民政府", shape="index", pub="2015-03-10",
        issuer="红河州公务员局", index_no="20231212-213602-387",
        agency="红河州环保局", province="云南省", admin_level="prefectural", **ALL_NULL,
        notes="The index block names another body as 发布机构 (红河州公务员局), as the source does; the report is the "
              "环保局's. No count in what the tool showed: every count null.",
        lines=["根据《中华人民共和国政府信息公开条例》和《环境信息公开办法（试行）》，特向社会公布2014年度我局环境信息公开年度报告，由概述，主动公开，依申请公开及咨询处理，收费和减免，行政复议、诉讼和申诉，存在的问题及改进措施，相关说明和附件七部分组成。",
               "一、概述", "（一）加强组织领导，完善工作机制",
               "根据人事变动及时调整政府信息公开领导小组，建立工作制度、保密审查制度和网站管理办法，对申请不收取费用。",
               "附件", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="lanling_2018_welcome_index", year=2018, format="narrative",
        src="http://lanling.gov.cn/info/11881/40882.htm (兰陵县环保局2018年政府信息公开工作年度报告; 欢迎访问兰陵县人民政府网站! chrome; index block 发布机构 兰陵县政府, 2019-03-18; no count in the excerpt)",
        url=T("http://lanling.gov.cn/info/11881/40882.htm"),
        title="兰陵县环保局2018年政府信息公开工作年度报告", site="兰陵县人民政府", shape="welcome", pub="2019-03-18",
        agency="兰陵县环保局", province="山东省", admin_level="county", **ALL_NULL,
        notes="Welcome banner as <title>/<h1>, as the source's chrome. No count in what the tool showed (tables as "
              "images): every count null.",
        lines=["本报告根据《中华人民共和国政府信息公开条例》编制，由主动公开、依申请公开和不予公开、收费及减免、行政复议和行政诉讼、重点领域政务公开及平台建设、存在的问题及改进情况、需要说明的事项与附件七部分组成，统计期限自2018年1月1日起至2018年12月31日止。",
               "一、主动公开政府信息情况",
               "县环保局成立政务公开领导小组，安排两名人员负责信息发布，下属三个事业单位的信息由局机关统一审核后发布。",
               "附件", "IMG:table_all"] + OLD_TAIL,
    ),
    dict(
        key="dc_2024_no_agency_flat_zero", year=2024,
        src="http://xxgk.dc.gov.cn/czglbm3/hbfj/ndbg/202501/t20250117_730868.html (2024年度政府信息公开工作年度报告 of a 区 环保分局, agency not named in the excerpt: 主动公开信息52条; 全年未接到信息公开申请)",
        url=T("http://xxgk.dc.gov.cn/czglbm3/hbfj/ndbg/202501/t20250117_730868.html"),
        title="2024年度政府信息公开工作年度报告", site="政府信息公开", shape="plain",
        proactive_total=52, requests_received=0, requests_granted=0,
        notes="Neither the title nor the excerpt names the agency (a 区's environmental branch; agency and place not "
              "labelled). 52 = the only count. 全年未接到信息公开申请 → 0/0; table 3 written flattened one cell per line "
              "with every figure 0, as implied by that sentence (kept in the scraper copy too: it is text).",
        lines=["2024年，我局在区委、区政府领导下，贯彻落实《中华人民共和国政府信息公开条例》，围绕生态环境保护中心工作推进政务信息公开，现将2024年度政务信息公开工作情况报告如下：",
               "一、总体情况",
               "（一）积极开展信息公开工作。完善政务信息公开制度，建立信息公开审查机制。",
               "（二）积极推动信息主动公开。2024年我局通过区政府网站生态环境保护板块主动公开信息52条。",
               "（三）认真规范处理依申请公开。配备专人处理依申请公开工作，全年未接到信息公开申请。",
               "二、主动公开政府信息情况", "IMG:table2",
               "三、收到和处理政府信息公开申请情况", "FLAT:" + "|".join(REQ_ZERO_2021_FLAT),
               "四、政府信息公开行政复议、行政诉讼情况", "IMG:table4",
               "五、存在的主要问题及改进情况", GENERIC_5, "六、其他需要报告的事项", GENERIC_6],
    ),
    # ------------------------------------------------------------ look-alikes
    dict(
        key="hebei_news_2012_ministry_report", year=2012, doc_type="other", shape="news",
        src="http://law.hebei.com.cn/system/2013/04/01/012672210.shtml (长城网 news 2013-04-01: 环保部去年45件行政复议全属信息公开; 复议45起, 诉讼3起, 申请305件)",
        url=T("http://law.hebei.com.cn/system/2013/04/01/012672210.shtml"),
        title="环保部去年45件行政复议全属信息公开", site="长城网",
        notes="News about the ministry's 2012 report, with its figures (45 reconsiderations, 3 lawsuits, 305 requests): "
              "a news item is `other`, all counts null.",
        lines=["长城网 2013-04-01 16:51 稿源：法制日报",
               "因政府信息公开，环保部去年接到45起行政复议申请。环保部今天公开的《环境保护部政府信息公开工作2012年度报告》称，其中针对环保部事项18件，针对地方环保部门事项27件；此外还引发了3起行政诉讼。",
               "报告透露，2012年环境保护部共收到政府信息公开申请305件，全部按规定予以答复，内容涉及政策法规、项目环评、环境监测等方面。",
               "环保部称，2013年将加大主动公开力度，改进依申请公开服务，加强对地方环境信息公开的指导。",
               "责任编辑：李军朴"],
    ),
    dict(
        key="quake_bureau_2010_trad", year=2010, doc_type="other", trad=True,
        src="https://m.c3e5.com/gongkai/zfxxgk/zfxxgknb/2010nb/szfbm/202009/t20200921_2075034.html (a city 地震局's 2010 report, Traditional mirror: 主动公开175条; 未收到申请; 未产生行政复议与行政诉讼; 咨询2070人次)",
        url=T("https://m.c3e5.com/gongkai/zfxxgk/zfxxgknb/2010nb/szfbm/202009/t20200921_2075034.html"),
        title="2010年度政府信息公开工作年度报告", site="市政府信息公开", shape="plain",
        notes="An earthquake bureau's report (咨询以地震情况为主): another department's report is `other`, all counts null, "
              "though it states 175 and zero requests. Title reconstructed (the excerpt begins with 一、概述).",
        lines=["一、概述", "根据《条例》要求，2010年我局继续开展政府信息公开工作，截至2010年底运行正常。",
               "二、政府信息主动公开情况",
               "我局2010年共主动公开政府信息175条，全文电子化率达100%，均为业务动态类信息。",
               "三、政府信息依申请公开情况", "我局2010年度未收到政府信息公开申请。",
               "五、咨询情况", "2010年，我局共接受政府信息公开方面的咨询2070人次，主要咨询国内外已发生的地震情况。",
               "六、行政复议和行政诉讼情况", "2010年，未产生针对我局政府信息公开的行政复议与行政诉讼。"],
    ),
    dict(
        key="water_bureau_2017_other_body", year=2017, doc_type="other",
        src="http://m.fqjz1.com/gongkai/show/20181009084800-245732-00-000.html (a county 水务局's 2017 report on a spam mirror: 全年共公开信息253条; 没有收到过相关申请)",
        url=T("http://m.fqjz1.com/gongkai/show/20181009084800-245732-00-000.html"),
        title="县水务局2017年政府信息公开工作年度报告", site="政务信息公开栏", shape="plain",
        notes="A water bureau's report (another department): `other`, all counts null although it states 253 and no "
              "request. The mirror replaced the county's name with spam; title reconstructed from the body.",
        lines=["引言", "2017年，县水务局按照《中华人民共和国政府信息公开条例》积极开展信息公开工作，现将年度报告如下。",
               "统计数据时间段：2017年1月1日-2017年12月31日。", "一、概述", "全年共公开信息253条。",
               "二、主动公开政府信息情况", "全年共公开信息253条，类别为工作动态、财务预决算、河道执法、公示公告等。",
               "三、依申请公开信息办理情况", "没有收到过相关申请。"],
    ),
    dict(
        key="audit_bureau_2020_flipbook_review_flat", year=2020, doc_type="other",
        src="http://180.76.149.248:88/book/dzs/shenji/files/basic-html/page9.html (flip-book page 9 of 2020年报_审计局: table 4 flattened, all 0; 未出现申请行政复议、提起行政诉讼)",
        url="http://180.76.149.248.test:88/book/dzs/shenji/files/basic-html/page9.html",
        title="Page 9 - 2020年报_审计局", site="", shape="plain",
        notes="A flip-book page of an audit bureau's report: another department, `other`, all counts null. Its review "
              "table is printed flattened, one cell per line, as the source shows it (header words straightened).",
        lines=["四、结转下年度继续办理 0 0 0 0 0 0 0", "四、政府信息公开行政复议、行政诉讼情况",
               "2020年，我单位对形成的政府信息实现了依法、有序公开，未出现申请行政复议、提起行政诉讼的情况。",
               "FLAT:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|"
               + "|".join(["0"] * 15),
               "五、存在的主要问题及改进情况", "我局政务公开内容、创新方式、开展政府开放日活动方面有待提升。"],
    ),
    dict(
        key="taizhou_city_gov_2017_mirror", year=2017, doc_type="other", shape="index",
        src="https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (mirror of 泰州市人民政府2017年政府信息公开工作年度报告; index block 发布机构 市政府办, 2018-02-28; 解读393次)",
        url=T("https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538"),
        title="泰州市人民政府2017年政府信息公开工作年度报告", site="泰州市人民政府", pub="2018-02-28",
        issuer="市政府办", index_no="014416330/2018-04736",
        notes="A city government's own report (人民政府): `other`, all counts null.",
        lines=["根据《中华人民共和国政府信息公开条例》规定，现公布泰州市人民政府2017年政府信息公开工作年度报告。报告所列数据的统计期限自2017年1月1日起至12月31日止。如有疑问，请与泰州市人民政府办公室政府信息公开处联系。",
               "一、主要工作概述", "（一）探索建立标准化体系。制定标准化规范化工作实施方案，编印《泰州市依申请公开工作应用手册》。",
               "（二）深化政策文件解读。各市（区）、部门负责人通过新闻发布会、在线访谈、政风行风热线与公众交流、释疑解惑393次。"],
    ),
    dict(
        key="putuo_district_2022h1_statistics", year=2022, doc_type="other",
        src="http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html (上海普陀 2022年上半年政府信息公开数据统计: 公文707件, 主动公开673件; 受理申请267件, 答复263件, 同意或部分公开81件; 行政诉讼2件, 被纠错0件)",
        url=T("http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html"),
        title="2022年上半年政府信息公开数据统计", site="上海普陀", shape="plain", pub="2022-07-25",
        notes="A district's half-year disclosure statistics (all its bodies): not an environmental bureau's annual report, "
              "`other`, all counts null although it states requests (267) and lawsuits (2).",
        lines=["一、公文类政府信息公开情况", "2022年上半年，全区各级行政机关共制发公文707件，主动公开673件，平均主动公开率为95.19%。",
               "二、依申请公开情况", "2022年上半年，全区各行政机关共受理政府信息公开申请267件，答复263件，其中同意公开或部分公开共81件，公开率为30.80%。",
               "三、政府信息公开相关行政复议、诉讼情况", "2022年上半年，全区共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件。"],
    ),
]
