//! One small bureau site of the national run ([`ScaleShape::Bureau`](crate::ScaleShape)):
//! the annual-report column of a city bureau, as thousands of them look.
//!
//! Site `i` publishes 15–40 reports (its own and its district branches', over ten
//! years), listed ten to a page at `/xxgk/ndbg/index.html`, `index_2.html`, … (the
//! TRS pager), each report at `/xxgk/ndbg/{year}/t{j}.html`; the newest one carries
//! a PDF. Every page is computed from (i, path) on request, with ETag and
//! Last-Modified, so a second crawl of an unchanged site is a run of 304s.
//! robots.txt is 404. Requests per site: robots.txt, 2–4 list pages, the reports,
//! the attachment.

use crate::doc::{Attachment, Doc, FileType, Kind};
use crate::exchange::{Reply, Req};
use crate::page::{render, Page};
use crate::sites::{article, list_items, page_count, page_slice, publication_date};
use crate::util::{fnv64, Date};

/// Reports listed per list page.
const PER_PAGE: usize = 10;

/// The column every bureau site publishes its reports in (the seed URL's path).
pub(crate) const LIST_PATH: &str = "/xxgk/ndbg/index.html";

pub(crate) struct Bureau {
    city: String,
    reports: usize,
}

impl Bureau {
    pub(crate) fn new(i: usize) -> Bureau {
        Bureau {
            city: format!("规模测试{i}市"),
            reports: Bureau::report_count(i),
        }
    }

    /// 15–40 reports, spread over the sites by a hash of the index.
    pub(crate) fn report_count(i: usize) -> usize {
        15 + (fnv64(&(i as u64).to_le_bytes()) % 26) as usize
    }

    /// Requests a complete crawl of site `i` makes: robots.txt, the list pages, the
    /// reports and the attachment.
    pub(crate) fn pages(i: usize) -> usize {
        let r = Bureau::report_count(i);
        1 + page_count(r, PER_PAGE) + r + 1
    }

    /// Report `j` (0 the newest): ten years per agency, the city bureau first, then its branches.
    fn doc(&self, j: usize) -> Doc {
        let year = 2024 - (j % 10) as i32;
        let agency = match j / 10 {
            0 => format!("{}生态环境局", self.city),
            b => format!("{}生态环境局第{b}分局", self.city),
        };
        let path = format!("/xxgk/ndbg/{year}/t{j}.html");
        let mut d = Doc::new(
            Kind::Report,
            "ndbg",
            &agency,
            year,
            publication_date(year, j as u64),
        )
        .at(j as u64, path);
        if j == 0 {
            let target = format!("/xxgk/ndbg/{year}/P0{j}.pdf");
            d.attachments.push(Attachment {
                href: target.clone(),
                target,
                label: format!("{}.pdf", d.title),
                ftype: FileType::Pdf,
            });
        }
        d
    }

    fn page(&self, title: &str, main: String, modified: Date) -> Reply {
        let site_name = format!("{}生态环境局", self.city);
        Reply::html(render(&Page {
            title: title.into(),
            head: "<meta charset=\"utf-8\">\n".into(),
            nav: vec![(LIST_PATH.into(), "政府信息公开年报".into())],
            crumbs: vec![(LIST_PATH.into(), "政府信息公开年报".into())],
            main,
            related: vec![],
            footer: format!("{site_name} 版权所有"),
            site_name,
        }))
        .cache(true, Some(modified.system_time()))
    }

    fn list(&self, k: usize) -> Reply {
        let docs: Vec<Doc> = (0..self.reports).map(|j| self.doc(j)).collect();
        let n = page_count(docs.len(), PER_PAGE);
        if k >= n {
            return Reply::not_found();
        }
        let href = |i: usize| match i {
            0 => "index.html".to_string(),
            _ => format!("index_{}.html", i + 1),
        };
        let mut pager = String::from("<div class=\"pages\">");
        if k > 0 {
            pager.push_str(&format!("<a href=\"{}\">上一页</a> ", href(k - 1)));
        }
        if k + 1 < n {
            pager.push_str(&format!("<a href=\"{}\">下一页</a> ", href(k + 1)));
        }
        pager.push_str(&format!("<a href=\"{}\">尾页</a></div>\n", href(n - 1)));
        let main = format!(
            "<div class=\"list\"><h2>政府信息公开年报</h2><ul>\n{}</ul>{pager}</div>\n",
            list_items(page_slice(&docs, k, PER_PAGE))
        );
        let newest = docs.iter().map(|d| d.date.days()).max().unwrap_or(0);
        self.page(
            &format!("政府信息公开年报（第{}页）", k + 1),
            main,
            Date::from_days(newest),
        )
    }

    pub(crate) fn handle(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        let Some(rest) = p.strip_prefix("/xxgk/ndbg/") else {
            return Reply::not_found();
        };
        if rest == "index.html" {
            return self.list(0);
        }
        if let Some(k) = rest
            .strip_prefix("index_")
            .and_then(|r| r.strip_suffix(".html"))
            .and_then(|n| n.parse::<usize>().ok())
        {
            return match k {
                2.. => self.list(k - 1),
                _ => Reply::not_found(),
            };
        }
        let file = rest.rsplit('/').next().unwrap_or("");
        let num = |prefix: &str, suffix: &str| {
            file.strip_prefix(prefix)
                .and_then(|r| r.strip_suffix(suffix))
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|&j| j < self.reports)
        };
        if let Some(j) = num("t", ".html") {
            let d = self.doc(j);
            if d.path == p {
                let main = article(&d, &d.agency, "");
                return self.page(&d.title, main, d.date);
            }
        }
        if let Some(j) = num("P0", ".pdf") {
            let d = self.doc(j);
            if let Some(a) = d.attachments.iter().find(|a| a.target == p) {
                let body = crate::attach::pdf(&[
                    format!(
                        "Annual report on government information disclosure, {}",
                        d.year
                    ),
                    format!("Site {} / document {j}", self.city.len()),
                ]);
                return Reply::new(200, Some(a.ftype.mime()), body)
                    .cache(false, Some(d.date.system_time()));
            }
        }
        Reply::not_found()
    }
}
