"""Sources of tests/realworld/dev/rw13_*: facts kept from pages the search tool
returned (corpus `pages`), prose in our own words. Read by
make_realworld_dev13.py. Two annual disclosure reports of sanitation bodies
(市容环境卫生 / 环境卫生 centres): 环境 in their names is street cleaning and
refuse, not the environment, so by the label convention (a disclosure report
of a body that is not an environmental bureau is `other`) they are look-alikes."""
from sources2 import T

SOURCES = [
    dict(
        key="xiamen_sanitation_centre_2020", doc_type="other",
        src="http://szyl.xm.gov.cn/xxgk/zfxxgkndbg/202101/t20210104_2510250.htm (2020年厦门市环境卫生中心政府信息公开工作年度报告, 发布时间2021-01-04: 上级单位厦门市市政园林局官网发布; 微信42条、微博85条推文; 生活垃圾分类工作简报10期; 答复议案提案19件; 无因政府信息公开申请行政复议、提起行政诉讼)",
        url=T("http://szyl.xm.gov.cn/xxgk/zfxxgkndbg/202101/t20210104_2510250.htm"),
        title="2020年厦门市环境卫生中心政府信息公开工作年度报告", site="厦门市市政园林局", shape="plain",
        pub="2021-01-04",
        notes="A sanitation centre's report (环境卫生 = street cleaning and refuse), published on the municipal-gardens "
              "bureau's site: not an environmental bureau's report, so `other` with headline figures null.",
        lines=["一、总体情况",
               "本报告按照《中华人民共和国政府信息公开条例》的要求，对本中心2020年的政府信息公开工作作一综述。",
               "（一）主动公开办理情况",
               "1.本中心的政府信息主要通过上级单位厦门市市政园林局的网站发布。2020年，中心微信公众号推送42条，微博发布85条，编印《生活垃圾分类工作简报》10期，并借助新闻媒体宣传垃圾分类和生活垃圾处理费代征工作。全年答复人大代表建议、政协委员提案19件，办理12345热线转来的诉求81件。未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
               "2.公开平台。市政园林局网站、报刊广播电视和微信公众号是本中心公开信息的主要渠道。",
               "（二）政府信息管理",
               "成立信息公开保密审查工作领导小组，信息确定可以公开后再发布。",
               "二、存在的问题及改进措施",
               "公开形式还不够丰富，下一步将加强与新媒体的合作。"],
    ),
    dict(
        key="huiyang_sanitation_centre_2019_mirror", doc_type="other",
        src="https://precisiondiecast.org/zwgk/zjbmzfxxgkndbg/content/post_3456532 (mirror of 惠阳区环卫事务中心2019年政府信息公开工作年度报告: 现公布惠阳区市容环境卫生事务中心2019年…报告; 七部分组成; 2019年1月1日至12月31日; 中心门户网站 www.huiyang.gov.cn/hzhyshwzx)",
        url="https://precisiondiecast.org.test/zwgk/zjbmzfxxgkndbg/content/post_3456532",
        title="惠阳区环卫事务中心2019年政府信息公开工作年度报告", site="惠阳区人民政府", shape="plain",
        notes="A district sanitation centre's report (市容环境卫生事务中心, 环卫) on a mirror host: not an environmental "
              "bureau's report, so `other` with headline figures null.",
        lines=["根据《中华人民共和国政府信息公开条例》，现公布惠阳区市容环境卫生事务中心2019年政府信息公开工作年度报告。本报告由基础工作、主动公开、依申请公开及收费、行政复议和行政诉讼、年度任务落实、存在问题及下一步措施等七部分组成，所涉期间为2019年1月1日至12月31日。如有疑问，请与区环卫事务中心办公室联系。",
               "一、总体情况",
               "2019年，我中心在区委、区政府领导下推进政务公开，加强组织领导，优化网站功能，回应群众关切。",
               "（一）加强组织领导。实行分管领导主抓、办公室负责、相关股室配合、专人落实的工作机制。",
               "（二）扩大公开内容。围绕群众关心的环卫作业、法规等事项公开信息。",
               "（三）加强公开载体建设。完善中心在区政府门户网站上的栏目，作为信息公开的主要载体。"],
    ),
]
