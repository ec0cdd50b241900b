//! The chrome every page shares: nav bar, breadcrumb, content, 相关链接,
//! footer. Real bureau pages are 80 % chrome; a crawler's link extraction and
//! an extractor's main-content detection must cope with it, so the fixture
//! pages carry it too (with menus full of links that are *not* reports).

use crate::util::esc;

pub(crate) type Links = Vec<(String, String)>;

pub(crate) struct Page {
    pub site_name: String,
    pub title: String,
    /// Extra `<head>` markup: charset meta, TRS meta tags, `<base>`.
    pub head: String,
    pub nav: Links,
    pub crumbs: Links,
    pub main: String,
    pub related: Links,
    pub footer: String,
}

pub(crate) fn links_ul(class: &str, links: &Links) -> String {
    let mut s = format!("<ul class=\"{class}\">");
    for (href, text) in links {
        s.push_str(&format!(
            "<li><a href=\"{}\" target=\"_blank\">{}</a></li>",
            esc(href),
            esc(text)
        ));
    }
    s.push_str("</ul>\n");
    s
}

pub(crate) fn render(p: &Page) -> String {
    let mut s = String::with_capacity(p.main.len() + 4096);
    s.push_str("<!DOCTYPE html>\n<html>\n<head>\n");
    s.push_str(&p.head);
    s.push_str(&format!(
        "<title>{}</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<link rel=\"stylesheet\" href=\"/css/style.css\">\n</head>\n<body>\n",
        esc(&p.title)
    ));
    s.push_str(&format!(
        "<div class=\"top\"><span>您好，欢迎访问{}！</span><a href=\"javascript:void(0)\" onclick=\"SetHome(this,window.location)\">设为首页</a>|<a href=\"javascript:addFavorite()\">加入收藏</a>|<a href=\"javascript:void(0)\" id=\"wza\">无障碍</a></div>\n",
        esc(&p.site_name)
    ));
    s.push_str("<div class=\"nav\">");
    s.push_str(&links_ul("navlist", &p.nav));
    s.push_str("</div>\n<div class=\"position\">您当前所在的位置：");
    let crumbs: Vec<String> = p
        .crumbs
        .iter()
        .map(|(h, t)| format!("<a href=\"{}\">{}</a>", esc(h), esc(t)))
        .collect();
    s.push_str(&crumbs.join(" &gt; "));
    s.push_str("</div>\n<div class=\"main\">\n");
    s.push_str(&p.main);
    s.push_str("</div>\n");
    if !p.related.is_empty() {
        s.push_str("<div class=\"xglj\"><h4>相关链接</h4>");
        s.push_str(&links_ul("links", &p.related));
        s.push_str("</div>\n");
    }
    s.push_str(&format!(
        "<div class=\"footer\"><p>{}</p><p>主办单位：{} 网站标识码：{} <a href=\"http://beian.miit.gov.cn.test/\">ICP备案</a></p></div>\n\
<script src=\"/js/common.js\"></script>\n</body>\n</html>\n",
        p.footer,
        esc(&p.site_name),
        crate::util::fnv64(p.site_name.as_bytes()) % 9_000_000_000 + 1_000_000_000
    ));
    s
}
