//! The sites, and the document model they share.
//!
//! Every bureau site holds a [`Store`] of [`Doc`]s (reports, look-alikes,
//! news) organised in columns, newest first. Pages are rendered from the
//! store on each request, so `add_report` / `change_report` are just store
//! edits and list pages, report pages, ETags and Last-Modified follow.
//!
//! Each site module says *why* it exists (what crawler behaviour it tests) in
//! its own docs.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::exchange::{lock, Reply, Req};
use crate::util::{esc, Date};
use crate::Options;

pub(crate) mod bad;
pub(crate) mod city;
pub(crate) mod county;
pub(crate) mod directory;
pub(crate) mod essay;
pub(crate) mod forms;
pub(crate) mod gkmlpt;
pub(crate) mod huaihua;
pub(crate) mod hunan;
pub(crate) mod jiangxi;
pub(crate) mod jpage;
pub(crate) mod large;
pub(crate) mod mee;
pub(crate) mod portal;
pub(crate) mod scripted;
pub(crate) mod zj;

/// What every site may know about the web it lives in.
pub(crate) struct WebCtx {
    /// key → `http://host:port`
    pub origins: std::collections::HashMap<&'static str, String>,
    pub opts: Options,
}

impl WebCtx {
    pub(crate) fn origin(&self, key: &str) -> String {
        self.origins.get(key).cloned().unwrap_or_default()
    }
}

pub(crate) struct SiteMeta {
    pub key: &'static str,
    pub name: String,
    pub province: String,
    pub level: &'static str,
    pub host: &'static str,
    pub is_seed: bool,
}

pub(crate) trait Site: Send + Sync {
    fn meta(&self) -> &SiteMeta;
    /// Answer one request. Must not block (delays go in `Reply::delay`).
    fn handle(&self, req: &Req) -> Reply;
    /// Report docs a correct crawler reaches from the seed (final URLs).
    fn reachable_reports(&self) -> Vec<Doc> {
        Vec::new()
    }
    /// Path prefixes robots.txt forbids to the token `nianbao`.
    fn disallowed(&self) -> Vec<String> {
        Vec::new()
    }
    /// Publish a report; returns its path.
    fn add_report(&self, _year: i32) -> Option<String> {
        None
    }
    /// Correct the report at `path`; false when there is none.
    fn change_report(&self, _path: &str) -> bool {
        false
    }
}

/// Sites in listener order: `(key, host)`. The order fixes the 127.0.0.x
/// address of each site, so it never changes.
pub(crate) fn catalogue(opts: &Options) -> Vec<(&'static str, &'static str)> {
    let mut v = vec![
        ("mee", "www.mee.gov.cn.test"),
        ("zj", "sthjt.zj.gov.cn.test"),
        ("hunan", "sthjt.hunan.gov.cn.test"),
        ("county", "www.hongjiang.gov.cn.test"),
        ("jiangxi", "sthjt.jiangxi.gov.cn.test"),
        ("bad", "sthjj.bad.gov.cn.test"),
        ("huaihua", "sthjj.huaihua.gov.cn.test"),
        ("essay", "www.wenku-essay.com.test"),
    ];
    if opts.large_site_pages.is_some() {
        v.push(("large", "big.gov.cn.test"));
    }
    // The directory links the portal's bureau columns, so it brings the portal.
    if opts.city_portal || opts.bureau_directory {
        v.push(("portal", "www.yunfu.gov.cn.test"));
    }
    if opts.bureau_directory {
        v.push(("directory", "sthjt.gd.gov.cn.test"));
        v.extend(city::CITIES.iter().map(|c| (c.key, c.host)));
    }
    if opts.document_forms {
        v.push(("forms", "www.ndbg-forms.gov.cn.test"));
    }
    if opts.platforms {
        v.push(("gkmlpt", "www.sz.gov.cn.test"));
        v.push(("jpage", "sthjt.jiangsu.gov.cn.test"));
    }
    if opts.script_list {
        v.push(("scripted", "sthjj.dg.gov.cn.test"));
    }
    v
}

pub(crate) fn build(ctx: &Arc<WebCtx>) -> Vec<Arc<dyn Site>> {
    let mut v: Vec<Arc<dyn Site>> = vec![
        Arc::new(mee::Mee::new(ctx.clone())),
        Arc::new(zj::Zj::new(ctx.clone())),
        Arc::new(hunan::Hunan::new(ctx.clone())),
        Arc::new(county::County::new(ctx.clone())),
        Arc::new(jiangxi::Jiangxi::new(ctx.clone())),
        Arc::new(bad::Bad::new(ctx.clone())),
        Arc::new(huaihua::Huaihua::new(ctx.clone())),
        Arc::new(essay::Essay::new(ctx.clone())),
    ];
    if let Some(n) = ctx.opts.large_site_pages {
        v.push(Arc::new(large::Large::new(n)));
    }
    if ctx.opts.city_portal || ctx.opts.bureau_directory {
        v.push(Arc::new(portal::Portal::new()));
    }
    if ctx.opts.bureau_directory {
        v.push(Arc::new(directory::Directory::new(ctx.clone())));
        for c in &city::CITIES {
            v.push(Arc::new(city::City::new(ctx.clone(), c)));
        }
    }
    if ctx.opts.document_forms {
        v.push(Arc::new(forms::Forms::new()));
    }
    if ctx.opts.platforms {
        v.push(Arc::new(gkmlpt::Gkmlpt::new(ctx.clone())));
        v.push(Arc::new(jpage::Jpage::new(ctx.clone())));
    }
    if ctx.opts.script_list {
        v.push(Arc::new(scripted::Scripted::new(ctx.clone())));
    }
    v
}

pub(crate) use crate::doc::{title, Attachment, Doc, FileType, Kind};

/// When a report for `year` comes out: January of the next year since 2019,
/// up to March before.
pub(crate) fn publication_date(year: i32, salt: u64) -> Date {
    if year >= 2019 {
        Date::new(year + 1, 1, 10 + (salt % 20) as u32)
    } else {
        Date::new(year + 1, 1 + (salt % 3) as u32, 5 + (salt % 23) as u32)
    }
}

/// A site's documents, newest first within each column.
pub(crate) struct Store {
    docs: Mutex<Vec<Doc>>,
    next_id: AtomicU64,
}

impl Store {
    pub(crate) fn new(docs: Vec<Doc>, next_id: u64) -> Store {
        Store {
            docs: Mutex::new(docs),
            next_id: AtomicU64::new(next_id),
        }
    }
    pub(crate) fn next_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
    pub(crate) fn col(&self, col: &str) -> Vec<Doc> {
        lock(&self.docs)
            .iter()
            .filter(|d| d.col == col)
            .cloned()
            .collect()
    }
    pub(crate) fn by_path(&self, path: &str) -> Option<Doc> {
        lock(&self.docs).iter().find(|d| d.path == path).cloned()
    }
    pub(crate) fn by_link(&self, link: &str) -> Option<Doc> {
        lock(&self.docs)
            .iter()
            .find(|d| d.link == link && d.link != d.path)
            .cloned()
    }
    pub(crate) fn attachment(&self, target: &str) -> Option<(Doc, Attachment)> {
        lock(&self.docs).iter().find_map(|d| {
            d.attachments
                .iter()
                .find(|a| a.target == target)
                .map(|a| (d.clone(), a.clone()))
        })
    }
    /// Put `doc` at the top of its column.
    pub(crate) fn insert_top(&self, doc: Doc) {
        let mut docs = lock(&self.docs);
        let i = docs.iter().position(|d| d.col == doc.col).unwrap_or(0);
        docs.insert(i, doc);
    }
    pub(crate) fn bump(&self, path: &str) -> bool {
        let mut docs = lock(&self.docs);
        match docs.iter_mut().find(|d| d.path == path || d.link == path) {
            Some(d) => {
                d.revision += 1;
                let now = crate::util::now_secs();
                // Strictly later than before, even within the same second.
                d.modified = if now > d.modified {
                    now
                } else {
                    d.modified + std::time::Duration::from_secs(1)
                };
                true
            }
            None => false,
        }
    }
    /// Latest modification in a column: a list page's Last-Modified.
    pub(crate) fn col_modified(&self, col: &str) -> SystemTime {
        lock(&self.docs)
            .iter()
            .filter(|d| d.col == col)
            .map(|d| d.modified)
            .max()
            .unwrap_or(UNIX_EPOCH)
    }
    pub(crate) fn reports_in(&self, cols: &[&str]) -> Vec<Doc> {
        lock(&self.docs)
            .iter()
            .filter(|d| d.kind == Kind::Report && cols.contains(&d.col))
            .cloned()
            .collect()
    }
}

/// Serve an attachment of `store` if `target` is one.
pub(crate) fn serve_attachment(store: &Store, target: &str) -> Option<Reply> {
    let (doc, a) = store.attachment(target)?;
    let lines = vec![
        format!(
            "Annual report on government information disclosure, {}",
            doc.year
        ),
        format!(
            "Agency id {} / document {} / revision {}",
            crate::util::fnv64(doc.agency.as_bytes()) % 100_000,
            doc.id,
            doc.revision
        ),
        "Section 1 General situation; Section 2 Proactive disclosure; Section 3 Requests."
            .to_string(),
    ];
    let body = match a.ftype {
        FileType::Pdf => crate::attach::pdf(&lines),
        FileType::Docx => {
            let mut p = vec![doc.title.clone()];
            p.extend(lines);
            crate::attach::docx(&p)
        }
        FileType::Doc => crate::attach::doc(&doc.title),
    };
    Some(
        Reply::new(200, Some(a.ftype.mime()), body)
            .header(
                "content-disposition",
                format!("attachment; filename=\"{}\"", attachment_filename(&a)),
            )
            .cache(false, Some(doc.modified)),
    )
}

fn attachment_filename(a: &Attachment) -> String {
    let ext = match a.ftype {
        FileType::Pdf => "pdf",
        FileType::Doc => "doc",
        FileType::Docx => "docx",
    };
    let stem = a.target.rsplit('/').next().unwrap_or("file");
    let stem = stem.split(['?', '.']).next().unwrap_or("file");
    format!("{stem}.{ext}")
}

/// The article block of a document page.
pub(crate) fn article(doc: &Doc, source: &str, after: &str) -> String {
    let mut s = format!(
        "<div class=\"article\">\n<h1 class=\"title\">{t}</h1>\n<div class=\"info\"><span>发布时间：{d}</span> <span>来源：{src}</span> <span>【字体：<a href=\"javascript:doZoom(16)\">大</a> <a href=\"javascript:doZoom(14)\">中</a> <a href=\"javascript:doZoom(12)\">小</a>】</span></div>\n<div class=\"TRS_Editor\" id=\"zoom\">\n",
        t = esc(&doc.title),
        d = doc.date.iso(),
        src = esc(source)
    );
    s.push_str(&crate::report::doc_body(doc));
    s.push_str("</div>\n");
    if !doc.attachments.is_empty() {
        s.push_str("<div class=\"fujian\"><p>附件：</p><ul>");
        for a in &doc.attachments {
            s.push_str(&format!(
                "<li><a href=\"{}\" target=\"_blank\">{}</a></li>",
                esc(&a.href),
                esc(&a.label)
            ));
        }
        s.push_str("</ul></div>\n");
    }
    s.push_str(after);
    s.push_str("</div>\n");
    s
}

/// `<li>` items of a column list.
pub(crate) fn list_items(docs: &[Doc]) -> String {
    let mut s = String::new();
    for d in docs {
        s.push_str(&format!(
            "<li><a href=\"{}\" title=\"{t}\" target=\"_blank\">{t}</a><span class=\"date\">{}</span></li>\n",
            esc(&d.link),
            d.date.iso(),
            t = esc(&d.title)
        ));
    }
    s
}

/// Hanweb `<record>`s of a `<datastore>` (inline or a data proxy's answer).
pub(crate) fn datastore_records(docs: &[Doc]) -> String {
    docs.iter()
        .map(|d| {
            format!(
                "<record><![CDATA[\n<li><a href=\"{}\" title=\"{t}\" target=\"_blank\">{t}</a><span>{}</span></li>\n]]></record>\n",
                d.link,
                d.date.iso(),
                t = esc(&d.title)
            )
        })
        .collect()
}

/// Split a query-less path into a page slice of `docs`: `page` is 0-based.
pub(crate) fn page_slice(docs: &[Doc], page: usize, per: usize) -> &[Doc] {
    let start = (page * per).min(docs.len());
    let end = (start + per).min(docs.len());
    &docs[start..end]
}

pub(crate) fn page_count(n: usize, per: usize) -> usize {
    n.div_ceil(per).max(1)
}
