//! Opt-in site: every form a report comes in, as real documents
//! (`www.ndbg-forms.gov.cn.test`), served when
//! [`Options::document_forms`](crate::Options::document_forms) is set.
//!
//! What it exercises: reading reports that are not HTML, end to end. A report
//! column lists short pages that each say 详见附件 (or 见附件, 附件下载, 点击下载,
//! 原文下载) and link one document: a 2012 narrative in Word 97 `.doc`, the GB
//! 2021 tables as a `.wps` (the Word 97 bytes under WPS's name and type: no WPS
//! writer exists on Linux), as a text PDF with the tables split over a page
//! break (behind a download endpoint with no file name), as a `.docx`, and an
//! image-only scanned PDF; and one report page whose body is two scanned page
//! images (图片版). The bytes are the committed documents that
//! `crates/extract/scripts/make_doc_fixtures.py` generated with LibreOffice,
//! poppler and PIL (`crates/extract/tests/documents/`), so the crawl reads
//! exactly what the extractor's own tests read.

use super::{Site, SiteMeta};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::util::esc;

const NAME: &str = "年报文档形式测试站";

macro_rules! doc_file {
    ($f:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../extract/tests/documents/",
            $f
        ))
    };
}

const DOC_MIME: &str = "application/msword";
const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// One 详见附件 page and the document it links.
pub(crate) struct Form {
    /// The note page's path.
    pub page: &'static str,
    /// The report's title (the page's title and heading).
    pub title: &'static str,
    /// The wording the page links its document with.
    pub wording: &'static str,
    /// The document's link (path and query) and its anchor text.
    pub href: &'static str,
    pub anchor: &'static str,
    pub mime: &'static str,
    pub bytes: &'static [u8],
}

pub(crate) const FORMS: [Form; 5] = [
    Form {
        page: "/xxgk/ndbg/201303/t20130325_101.html",
        title: "临澧县环境保护局2012年政府信息公开工作年度报告",
        wording: "详见附件：",
        href: "/uploadfiles/201303/W020130325.doc",
        anchor: "临澧县环境保护局2012年政府信息公开工作年度报告.doc",
        mime: DOC_MIME,
        bytes: doc_file!("narrative_2012.doc"),
    },
    Form {
        page: "/xxgk/ndbg/202201/t20220118_102.html",
        title: "保定市生态环境局2021年政府信息公开工作年度报告（WPS版）",
        wording: "见附件。",
        href: "/uploadfiles/202201/P0201.wps",
        anchor: "附件",
        mime: "application/kswps",
        bytes: doc_file!("gb2021_tables.doc"),
    },
    Form {
        page: "/xxgk/ndbg/202201/t20220118_103.html",
        title: "保定市生态环境局2021年政府信息公开工作年度报告（PDF版）",
        wording: "报告全文请",
        href: "/attach/download.do?id=103",
        anchor: "点击下载",
        mime: "application/octet-stream",
        bytes: doc_file!("gb2021_pagebreak.pdf"),
    },
    Form {
        page: "/xxgk/ndbg/202201/t20220118_104.html",
        title: "保定市生态环境局2021年政府信息公开工作年度报告（Word版）",
        wording: "原文下载：",
        href: "/uploadfiles/202201/P0201.docx",
        anchor: "保定市生态环境局2021年政府信息公开工作年度报告.docx",
        mime: DOCX_MIME,
        bytes: doc_file!("gb2021_tables.docx"),
    },
    Form {
        page: "/xxgk/ndbg/201503/t20150320_105.html",
        title: "株洲市环境保护局2014年政府信息公开工作年度报告",
        wording: "附件下载：",
        href: "/module/download/downfile.jsp?classid=0&filename=P020150320.pdf",
        anchor: "株洲市环境保护局2014年政府信息公开工作年度报告.pdf",
        mime: "application/pdf",
        bytes: doc_file!("scan_2014.pdf"),
    },
];

/// The report page published as page images, and its images in page order.
pub(crate) const IMAGE_PAGE: &str = "/xxgk/ndbg/201703/t20170320_106.html";
pub(crate) const IMAGE_TITLE: &str = "湘潭市环境保护局2016年政府信息公开工作年度报告";
pub(crate) const IMAGES: [(&str, &[u8]); 2] = [
    (
        "/xxgk/ndbg/201703/W020170320_1.jpg",
        doc_file!("pages_2016_p1.jpg"),
    ),
    (
        "/xxgk/ndbg/201703/W020170320_2.jpg",
        doc_file!("pages_2016_p2.jpg"),
    ),
];
/// Chrome images every page carries: never to be fetched as page images.
const LOGO: &str = "/images/logo.png";
const BADGE: &str = "/images/dzjg.png";

pub(crate) struct Forms {
    meta: SiteMeta,
}

impl Forms {
    pub(crate) fn new() -> Forms {
        Forms {
            meta: SiteMeta {
                key: "forms",
                name: NAME.into(),
                province: "湖南省".into(),
                level: "prefectural",
                host: "www.ndbg-forms.gov.cn.test",
                is_seed: false,
            },
        }
    }

    fn page(&self, title: &str, main: String) -> Reply {
        Reply::html(render(&Page {
            site_name: NAME.into(),
            title: title.to_string(),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![
                ("/".into(), "首页".into()),
                ("/xxgk/ndbg/index.html".into(), "政府信息公开年报".into()),
            ],
            crumbs: vec![
                ("/".into(), "首页".into()),
                ("/xxgk/ndbg/index.html".into(), "政府信息公开年报".into()),
            ],
            main: format!(
                "<div class=\"logo\"><a href=\"/\"><img src=\"{LOGO}\" alt=\"{NAME}\"></a></div>\n{main}"
            ),
            related: Vec::new(),
            footer: format!("<img src=\"{BADGE}\" width=\"80\" height=\"40\"> 主办：{NAME}"),
        }))
    }

    fn list(&self) -> Reply {
        let mut m = String::from("<h2>政府信息公开年报</h2>\n<ul class=\"list\">\n");
        for (path, title) in FORMS
            .iter()
            .map(|f| (f.page, f.title))
            .chain([(IMAGE_PAGE, IMAGE_TITLE)])
        {
            m.push_str(&format!("<li><a href=\"{path}\">{}</a></li>\n", esc(title)));
        }
        m.push_str("</ul>\n");
        self.page("政府信息公开年报", m)
    }

    fn note(&self, f: &Form) -> Reply {
        let m = format!(
            "<h1>{t}</h1>\n<p class=\"info\">发布日期：2022-01-18</p>\n<div class=\"TRS_Editor\"><p>{w}<a href=\"{h}\">{a}</a></p></div>\n",
            t = esc(f.title),
            w = esc(f.wording),
            h = esc(f.href),
            a = esc(f.anchor)
        );
        self.page(f.title, m)
    }

    fn image_report(&self) -> Reply {
        let imgs: String = IMAGES
            .iter()
            .map(|(p, _)| {
                format!("<p style=\"text-align:center\"><img src=\"{p}\" border=\"0\"></p>\n")
            })
            .collect();
        let m = format!(
            "<h1>{t}</h1>\n<p class=\"info\">发布日期：2017-03-20</p>\n<div class=\"TRS_Editor\">\n{imgs}</div>\n",
            t = esc(IMAGE_TITLE)
        );
        self.page(IMAGE_TITLE, m)
    }
}

impl Site for Forms {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        let full = match &req.query {
            Some(q) => format!("{}?{q}", req.path),
            None => req.path.clone(),
        };
        if let Some(f) = FORMS.iter().find(|f| f.href == full) {
            let name = f.href.rsplit(['/', '=']).next().unwrap_or("report");
            let name = if name.contains('.') {
                name
            } else {
                "report.pdf"
            };
            return Reply::new(200, Some(f.mime), f.bytes).header(
                "content-disposition",
                format!("attachment; filename=\"{name}\""),
            );
        }
        if let Some(f) = FORMS.iter().find(|f| f.page == req.path) {
            return self.note(f);
        }
        if let Some((_, b)) = IMAGES.iter().find(|(p, _)| *p == req.path) {
            return Reply::new(200, Some("image/jpeg"), *b);
        }
        match req.path.as_str() {
            "/robots.txt" => Reply::text(200, "User-agent: *\nDisallow:\n"),
            "/" | "/index.html" | "/xxgk/ndbg/index.html" => self.list(),
            IMAGE_PAGE => self.image_report(),
            LOGO | BADGE => Reply::new(200, Some("image/png"), &b"\x89PNG\r\n\x1a\n"[..]),
            _ => Reply::not_found(),
        }
    }
}
