//! `nianbao-fixture`: a small web of bureau-like sites, served in-process on
//! loopback, that nianbao's tests, crawl benchmark and `nianbao demo` crawl.
//!
//! There is no internet where nianbao is tested, and real bureau sites are
//! neither stable nor polite to hammer. So this crate imitates them: the
//! platforms (TRS WCM, Hanweb jcms, VSB, the Hunan county portal), the ways
//! they hide pagination (a JavaScript `createPageHTML` call, an inline
//! `<datastore>`), their charsets (GBK declared, half-declared, undeclared,
//! misdeclared), and what they do to crawlers (robots product-token groups,
//! robots.txt answering 500, session-id and calendar traps, redirect loops,
//! 429 with Retry-After, 503-then-200, 412 JavaScript challenges, slow,
//! trickling and oversized pages). See `docs/sites.md`.
//!
//! Each site listens on its own address, `127.0.0.{first_octet + i}`, port 0,
//! and is reached through a `.test` host name that mirrors a real one
//! (`sthjt.zj.gov.cn.test`). Nothing ever binds or connects outside loopback.
//!
//! The fixture also knows the ground truth — which report pages a correct,
//! polite crawler starting from the seeds must find ([`FixtureWeb::expected`])
//! — and records every request it receives ([`FixtureWeb::requests`]) so
//! tests can check politeness (robots, rate, conditional requests, scope).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let web = nianbao_fixture::FixtureWeb::start(Default::default()).await?;
//! println!("{}", web.seeds_csv());
//! web.shutdown().await;
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

mod attach;
mod doc;
mod exchange;
mod expected;
pub mod hostile;
mod page;
mod report;
mod scale;
mod scale_bureau;
mod server;
mod sites;
mod util;

use exchange::lock;
pub use scale::{HostTally, ScaleOptions, ScaleShape, ScaleWeb};
use server::RequestLog;
use sites::{Site, WebCtx};

/// Knobs of the fixture web. `Default` is what the crawler's tests assume.
#[derive(Clone, Debug)]
pub struct Options {
    /// Sites bind `127.0.0.{first_octet + i}`; default 2.
    pub first_octet: u8,
    /// How long the slow page stalls before answering; default 3 s.
    pub slow_page_delay: Duration,
    /// Serve the trickle page (headers, then one byte every 200 ms for ten
    /// minutes); default true. When false it answers a normal small page.
    pub trickle_page: bool,
    /// Size of the oversized page; default 3 MiB.
    pub oversized_page_bytes: usize,
    /// The WAF site answers 429 (Retry-After: 1) once this many requests were
    /// served in the last second; default 4.
    pub waf_max_requests_per_sec: u32,
    /// `Some(n)`: also serve the large site (`big.gov.cn.test`) of about n pages.
    pub large_site_pages: Option<usize>,
    /// Also serve the city portal (`www.yunfu.gov.cn.test`) whose bureaus are
    /// columns beside other departments' columns; see [`FixtureWeb::portal`].
    /// Default false (it is not in [`FixtureWeb::seeds_csv`] either way).
    pub city_portal: bool,
    /// Also serve a provincial department (`sthjt.gd.gov.cn.test`) whose pages
    /// link the bureaus below it and other bodies, and those bureaus: four city
    /// bureaus on their own hosts (one GBK) and the city portal's two bureau
    /// columns (so it implies `city_portal`); see [`FixtureWeb::directory`].
    /// Default false (not in [`FixtureWeb::seeds_csv`] either way).
    pub bureau_directory: bool,
    /// Also serve the document-forms site (`www.ndbg-forms.gov.cn.test`): 详见附件
    /// pages linking real `.doc`, `.wps`, `.docx`, text and scanned PDFs, and a
    /// report page of page images; see [`FixtureWeb::forms`]. Default false.
    pub document_forms: bool,
    /// Also serve the two sites whose lists are behind scripts: a gkmlpt
    /// catalogue on a city portal (`www.sz.gov.cn.test`, its `/sthjj/`
    /// department) and a Hanweb column whose old records only a `POST` lists
    /// (`sthjt.jiangsu.gov.cn.test`); see [`FixtureWeb::platforms`]. Default
    /// false (not in [`FixtureWeb::seeds_csv`] either way).
    pub platforms: bool,
    /// Also serve a bureau (`sthjj.dg.gov.cn.test`) whose report list only script
    /// builds, from a JSON endpoint; see [`FixtureWeb::script_list`]. Default false
    /// (not in [`FixtureWeb::seeds_csv`] either way).
    pub script_list: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            first_octet: 2,
            slow_page_delay: Duration::from_secs(3),
            trickle_page: true,
            oversized_page_bytes: 3 * 1024 * 1024,
            waf_max_requests_per_sec: 4,
            large_site_pages: None,
            city_portal: false,
            bureau_directory: false,
            document_forms: false,
            platforms: false,
            script_list: false,
        }
    }
}

/// One site of the fixture web.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteInfo {
    /// Stable short key: mee, zj, hunan, county, jiangxi, bad, huaihua, essay, large,
    /// portal, directory, shaoguan, maoming, zhanjiang, meizhou.
    pub key: &'static str,
    /// The agency (or site) name in Chinese.
    pub name: String,
    pub province: String,
    /// national | provincial | prefectural | county
    pub level: String,
    /// Host name without port, e.g. `sthjt.zj.gov.cn.test`.
    pub host: String,
    pub addr: SocketAddr,
    /// Where a crawl of this site starts: `http://host:port/`.
    pub seed_url: String,
    /// In `seeds_csv()`.
    pub is_seed: bool,
}

/// One request as the fixture received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestRecord {
    /// Arrival time since `start()`.
    pub at: Duration,
    /// The Host header as received (with port), empty when absent.
    pub host: String,
    /// The listener address the request arrived on: identifies the site.
    pub local_addr: SocketAddr,
    pub method: String,
    /// `path?query` as received.
    pub target: String,
    pub user_agent: Option<String>,
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
    pub accept_encoding: Option<String>,
    /// Status sent (0 while the answer is still being prepared).
    pub status: u16,
    /// Body bytes sent (after content-encoding); 0 for 304 and HEAD.
    pub body_bytes: usize,
}

/// The opt-in city portal ([`Options::city_portal`]), seeded by column, not by host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortalInfo {
    /// Host name without port.
    pub host: String,
    /// A seeds file (`name,province,level,url,scope`) of its two bureau columns.
    pub seeds_csv: String,
    /// The seeded columns' path prefixes (`/sthjj/`, `/ycfj/`).
    pub scopes: Vec<String>,
    /// Every report of the seeded columns, at its final URL.
    pub reports: Vec<String>,
    /// Every attachment those reports link (in the portal's shared upload
    /// folder, outside every column).
    pub attachments: Vec<String>,
}

/// A body the opt-in directory site links ([`Options::bureau_directory`]),
/// served on loopback so a crawl of the suggestions runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedBody {
    /// The current name (the site may also use an older one).
    pub name: String,
    pub province: String,
    /// national | provincial | prefectural | county
    pub level: String,
    /// As linked (`http://host:port/…`).
    pub url: String,
    /// The portal column's URL prefix, or empty for a body on its own host.
    pub scope: String,
    /// Host name without port.
    pub host: String,
    /// Every report of the body (its column, for a portal column), at its final URL.
    pub reports: Vec<String>,
    /// Every attachment those reports link.
    pub attachments: Vec<String>,
    /// Path prefixes the host's robots.txt forbids.
    pub disallowed: Vec<String>,
}

/// The opt-in directory site and its ground truth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryInfo {
    /// A seeds file with the directory site alone.
    pub seeds_csv: String,
    /// Every environmental bureau its pages link (all served: city bureaus on
    /// their own hosts, two columns of the 云浮 portal).
    pub bureaus: Vec<LinkedBody>,
    /// Link texts of the other bodies it links (portals, a department, a
    /// company, a weather site): never to be suggested.
    pub others: Vec<String>,
}

/// The opt-in document-forms site and its ground truth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormsInfo {
    /// A seeds file with the forms site alone.
    pub seeds_csv: String,
    /// Each 详见附件 page (final URL) and the document it links (URL as fetched).
    pub notes: Vec<(String, String)>,
    /// The report page published as page images, and its images in page order.
    pub image_report: (String, Vec<String>),
}

/// The opt-in platform sites and their ground truth ([`Options::platforms`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformsInfo {
    /// A seeds file (`name,province,level,url,scope`): the gkmlpt department
    /// (scoped to its prefix) and the Hanweb site (whole host).
    pub seeds_csv: String,
    /// The hosts, gkmlpt first.
    pub hosts: Vec<String>,
    /// The prefix the gkmlpt department is seeded with (`/sthjj/`).
    pub gkmlpt_scope: String,
    /// Every report of the seeded sites: URL and year.
    pub reports: Vec<(String, i32)>,
    /// The Hanweb reports that only a `POST` lists (not in the column page).
    pub post_only: Vec<(String, i32)>,
    /// (host, path prefix) pairs robots.txt forbids, the gkmlpt API path of a column among them.
    pub disallowed: Vec<(String, String)>,
}

/// The opt-in script-built list ([`Options::script_list`]) and its ground truth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptListInfo {
    /// Host name without port.
    pub host: String,
    /// A seeds file with this site alone.
    pub seeds_csv: String,
    /// The page whose list only script writes.
    pub list_url: String,
    /// Every report the list holds, at its final URL.
    pub reports: Vec<String>,
    /// `path?query` prefixes of this site its script asks for that a polite crawler
    /// never requests: disallowed by robots.txt, or not needed for a list (an image).
    pub never_requested: Vec<String>,
    /// Host and path the script sends a request to on ANOTHER host of the fixture web:
    /// it must never arrive there.
    pub off_scope: (String, String),
}

/// Ground truth for crawler tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    /// Every report page reachable from the seeds through links and pagers and
    /// allowed by robots to the product token `nianbao`, at its final URL.
    pub reports: Vec<ExpectedDoc>,
    /// Every PDF/DOC/DOCX attachment linked from those report pages.
    pub attachments: Vec<ExpectedDoc>,
    /// (host, path prefix) pairs robots.txt forbids to `nianbao`.
    pub disallowed_prefixes: Vec<(String, String)>,
    /// Hosts that are linked to but are not seeds: never to be requested.
    pub off_scope_hosts: Vec<String>,
    /// Hosts whose robots.txt answers 500: nothing else may be requested there.
    pub robots_500_hosts: Vec<String>,
}

/// One expected document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedDoc {
    pub url: String,
    pub site_key: String,
    /// The year the report covers.
    pub year: i32,
    /// The report's title (for an attachment: the title of its report).
    pub title: String,
    /// The issuing agency as the report names it (a county portal carries
    /// other departments' reports too).
    pub agency: String,
    /// Issued by an environmental bureau (环保/生态环境); false for the other
    /// departments' reports on the county portal.
    pub environmental: bool,
}

/// A running fixture web. Cheap to clone; the servers stop when the last
/// clone is dropped or on [`FixtureWeb::shutdown`].
#[derive(Clone)]
pub struct FixtureWeb {
    inner: Arc<Inner>,
}

struct Inner {
    ctx: Arc<WebCtx>,
    sites: Vec<Arc<dyn Site>>,
    infos: Vec<SiteInfo>,
    log: Arc<RequestLog>,
    stop: watch::Sender<bool>,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl FixtureWeb {
    /// Bind every site and start serving. Call inside a tokio runtime.
    pub async fn start(opts: Options) -> std::io::Result<FixtureWeb> {
        let started = Instant::now();
        let catalogue = sites::catalogue(&opts);
        let mut listeners = Vec::new();
        let mut origins = HashMap::new();
        let mut addrs = HashMap::new();
        for (i, (key, host)) in catalogue.iter().enumerate() {
            let octet = u16::from(opts.first_octet) + i as u16;
            if opts.first_octet == 0 || octet > 254 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "first_octet leaves no room for every site in 127.0.0.1..=254",
                ));
            }
            let ip = Ipv4Addr::new(127, 0, 0, octet as u8);
            let listener = TcpListener::bind(SocketAddr::from((ip, 0))).await?;
            let addr = listener.local_addr()?;
            origins.insert(*key, format!("http://{host}:{}", addr.port()));
            addrs.insert(*key, addr);
            listeners.push(listener);
        }
        let ctx = Arc::new(WebCtx {
            origins,
            opts: opts.clone(),
        });
        let built = sites::build(&ctx);
        let log = Arc::new(RequestLog::new(started));
        let (stop, stop_rx) = watch::channel(false);
        let mut tasks = Vec::new();
        let mut infos = Vec::new();
        for (listener, site) in listeners.into_iter().zip(built.iter()) {
            let m = site.meta();
            let addr = addrs[m.key];
            infos.push(SiteInfo {
                key: m.key,
                name: m.name.clone(),
                province: m.province.clone(),
                level: m.level.to_string(),
                host: m.host.to_string(),
                addr,
                seed_url: format!("{}/", ctx.origin(m.key)),
                is_seed: m.is_seed,
            });
            tasks.push(tokio::spawn(server::serve(
                listener,
                site.clone(),
                log.clone(),
                stop_rx.clone(),
            )));
        }
        Ok(FixtureWeb {
            inner: Arc::new(Inner {
                ctx,
                sites: built,
                infos,
                log,
                stop,
                tasks: Mutex::new(tasks),
            }),
        })
    }

    pub fn sites(&self) -> Vec<SiteInfo> {
        self.inner.infos.clone()
    }

    /// `name,province,level,url` for the seed sites (not the repost site,
    /// not the large site).
    pub fn seeds_csv(&self) -> String {
        let mut s = String::from("name,province,level,url\n");
        for i in self.inner.infos.iter().filter(|i| i.is_seed) {
            s.push_str(&format!(
                "{},{},{},{}\n",
                i.name, i.province, i.level, i.seed_url
            ));
        }
        s
    }

    /// The city portal and its ground truth; `None` unless [`Options::city_portal`].
    pub fn portal(&self) -> Option<PortalInfo> {
        let site = self.inner.sites.iter().find(|s| s.meta().key == "portal")?;
        let origin = self.inner.ctx.origin("portal");
        let columns = sites::portal::seeded_columns();
        let mut seeds_csv = String::from("name,province,level,url,scope\n");
        for c in &columns {
            seeds_csv.push_str(&format!(
                "{},{},{},{origin}{}index.html,{origin}{}\n",
                c.name,
                site.meta().province,
                c.level,
                c.scope,
                c.scope
            ));
        }
        let docs = site.reachable_reports();
        Some(PortalInfo {
            host: site.meta().host.to_string(),
            seeds_csv,
            scopes: columns.into_iter().map(|c| c.scope).collect(),
            reports: docs.iter().map(|d| format!("{origin}{}", d.path)).collect(),
            attachments: docs
                .iter()
                .flat_map(|d| &d.attachments)
                .map(|a| format!("{origin}{}", a.target))
                .collect(),
        })
    }

    /// The directory site and its ground truth; `None` unless [`Options::bureau_directory`].
    pub fn directory(&self) -> Option<DirectoryInfo> {
        let site = self
            .inner
            .sites
            .iter()
            .find(|s| s.meta().key == "directory")?;
        let m = site.meta();
        let origin = self.inner.ctx.origin("directory");
        let bureaus = sites::directory::BUREAUS
            .iter()
            .map(|(name, province, level, key, path, scope)| {
                let origin = self.inner.ctx.origin(key);
                let served = self.inner.sites.iter().find(|s| s.meta().key == *key);
                let docs: Vec<_> = served
                    .map(|s| s.reachable_reports())
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|d| d.path.starts_with(scope))
                    .collect();
                LinkedBody {
                    name: (*name).into(),
                    province: (*province).into(),
                    level: (*level).into(),
                    url: format!("{origin}{path}"),
                    scope: if scope.is_empty() {
                        String::new()
                    } else {
                        format!("{origin}{scope}")
                    },
                    host: served.map(|s| s.meta().host.to_owned()).unwrap_or_default(),
                    reports: docs.iter().map(|d| format!("{origin}{}", d.path)).collect(),
                    attachments: docs
                        .iter()
                        .flat_map(|d| &d.attachments)
                        .map(|a| format!("{origin}{}", a.target))
                        .collect(),
                    disallowed: served.map(|s| s.disallowed()).unwrap_or_default(),
                }
            })
            .collect();
        Some(DirectoryInfo {
            seeds_csv: format!(
                "name,province,level,url\n{},{},{},{origin}/\n",
                m.name, m.province, m.level
            ),
            bureaus,
            others: sites::directory::OTHERS
                .iter()
                .map(|(a, _, _)| (*a).to_owned())
                .collect(),
        })
    }

    /// The document-forms site and its ground truth; `None` unless
    /// [`Options::document_forms`].
    pub fn forms(&self) -> Option<FormsInfo> {
        let site = self.inner.sites.iter().find(|s| s.meta().key == "forms")?;
        let m = site.meta();
        let origin = self.inner.ctx.origin("forms");
        Some(FormsInfo {
            seeds_csv: format!(
                "name,province,level,url\n{},{},{},{origin}/xxgk/ndbg/index.html\n",
                m.name, m.province, m.level
            ),
            notes: sites::forms::FORMS
                .iter()
                .map(|f| (format!("{origin}{}", f.page), format!("{origin}{}", f.href)))
                .collect(),
            image_report: (
                format!("{origin}{}", sites::forms::IMAGE_PAGE),
                sites::forms::IMAGES
                    .iter()
                    .map(|(p, _)| format!("{origin}{p}"))
                    .collect(),
            ),
        })
    }

    /// The platform sites and their ground truth; `None` unless [`Options::platforms`].
    pub fn platforms(&self) -> Option<PlatformsInfo> {
        let find = |key: &str| self.inner.sites.iter().find(|s| s.meta().key == key);
        let (gk, jp) = (find("gkmlpt")?, find("jpage")?);
        let (gk_origin, jp_origin) = (
            self.inner.ctx.origin("gkmlpt"),
            self.inner.ctx.origin("jpage"),
        );
        let scope = "/sthjj/".to_string();
        let seeds_csv = format!(
            "name,province,level,url,scope\n深圳市生态环境局,广东省,prefectural,{gk_origin}{scope},{gk_origin}{scope}\n{},{},{},{jp_origin}/,\n",
            jp.meta().name,
            jp.meta().province,
            jp.meta().level
        );
        let url = |origin: &str, d: &sites::Doc| (format!("{origin}{}", d.path), d.year);
        let mut reports: Vec<(String, i32)> = gk
            .reachable_reports()
            .iter()
            .map(|d| url(&gk_origin, d))
            .collect();
        reports.extend(jp.reachable_reports().iter().map(|d| url(&jp_origin, d)));
        // The Hanweb site's documents never change: a fresh copy tells which the column page holds.
        let post_only = sites::jpage::Jpage::new(self.inner.ctx.clone())
            .reports()
            .1
            .iter()
            .map(|d| url(&jp_origin, d))
            .collect();
        let mut disallowed = Vec::new();
        for s in [gk, jp] {
            for p in s.disallowed() {
                disallowed.push((s.meta().host.to_string(), p));
            }
        }
        Some(PlatformsInfo {
            seeds_csv,
            hosts: vec![gk.meta().host.to_string(), jp.meta().host.to_string()],
            gkmlpt_scope: scope,
            reports,
            post_only,
            disallowed,
        })
    }

    /// The script-built list and its ground truth; `None` unless [`Options::script_list`].
    pub fn script_list(&self) -> Option<ScriptListInfo> {
        let site = self
            .inner
            .sites
            .iter()
            .find(|s| s.meta().key == "scripted")?;
        let m = site.meta();
        let origin = self.inner.ctx.origin("scripted");
        let mut reports: Vec<String> = site
            .reachable_reports()
            .iter()
            .map(|d| format!("{origin}{}", d.path))
            .collect();
        reports.sort();
        let national = self.inner.infos.iter().find(|i| i.key == "mee")?;
        Some(ScriptListInfo {
            host: m.host.to_string(),
            seeds_csv: format!(
                "name,province,level,url\n{},{},{},{origin}/\n",
                m.name, m.province, m.level
            ),
            list_url: format!("{origin}{}", sites::scripted::LIST),
            reports,
            never_requested: vec![
                sites::scripted::PRIVATE_PREFIX.to_string(),
                "/images/".to_string(),
                "/api/count".to_string(),
            ],
            off_scope: (
                national.host.clone(),
                sites::scripted::OFF_SCOPE_PATH.to_string(),
            ),
        })
    }

    /// Host name → the loopback address it is served on, for every site.
    pub fn resolve_overrides(&self) -> Vec<(String, SocketAddr)> {
        self.inner
            .infos
            .iter()
            .map(|i| (i.host.clone(), i.addr))
            .collect()
    }

    /// A nianbao `config.toml` that crawls this web, storing under `dir`.
    pub fn config_toml(&self, dir: &Path, requests_per_second: f64) -> String {
        let d = dir.display().to_string().replace('\\', "/");
        let mut s = format!(
            "[storage]\ndb = \"{d}/archive.sqlite\"\n\n[seeds]\nfile = \"{d}/seeds.csv\"\n\n\
             [crawl]\nuser_agent = \"nianbao/0.1 (+https://github.com/nianbao/nianbao)\"\n\
             requests_per_second_per_host = {requests_per_second:?}\nmax_concurrent_hosts = 32\n\
             timeout_secs = 2\nmax_body_mb = 1\nrespect_robots = true\nallow_private_addresses = true\n"
        );
        for (host, addr) in self.resolve_overrides() {
            s.push_str(&format!("\n[hosts.\"{host}\"]\nresolve = \"{addr}\"\n"));
        }
        s
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.inner.log.snapshot()
    }

    pub fn clear_requests(&self) {
        self.inner.log.clear();
    }

    /// Ground truth: see [`Expected`].
    pub fn expected(&self) -> Expected {
        expected::compute(&self.inner.ctx, &self.inner.sites, &self.inner.infos)
    }

    /// Publish a new report for `year` at the top of the report list of the
    /// site `site_key`; returns its URL. Sites without a report list (essay,
    /// large) and unknown keys return an empty string.
    pub fn add_report(&self, site_key: &str, year: i32) -> String {
        self.inner
            .sites
            .iter()
            .find(|s| s.meta().key == site_key)
            .and_then(|s| s.add_report(year))
            .map(|path| format!("{}{}", self.inner.ctx.origin(site_key), path))
            .unwrap_or_default()
    }

    /// Correct a report page (its body, ETag and Last-Modified change).
    /// Unknown URLs are ignored.
    pub fn change_report(&self, url: &str) {
        let Some(rest) = url.strip_prefix("http://") else {
            return;
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        for s in &self.inner.sites {
            let key = s.meta().key;
            if self.inner.ctx.origin(key) == format!("http://{authority}") {
                s.change_report(path);
            }
        }
    }

    /// Stop every listener and open connection, and wait for the accept loops.
    pub async fn shutdown(self) {
        let _ = self.inner.stop.send(true);
        let tasks: Vec<_> = lock(&self.inner.tasks).drain(..).collect();
        for t in tasks {
            let _ = t.await;
        }
    }
}

impl std::fmt::Debug for FixtureWeb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FixtureWeb")
            .field("sites", &self.inner.infos)
            .finish()
    }
}
