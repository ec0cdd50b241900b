//! The scale web: many tiny generated sites, one listener each, for the load run
//! (`benches/scale.rs`, `nianbao-fixture scale`).
//!
//! Host `i` is `s{i}.scale.gov.cn.test`, served on its own loopback address
//! (`127.0.{1 + i / 250}.{1 + i % 250}` by default, so 200 hosts are 200
//! distinct addresses). Every site is the same infinite tree, computed from the
//! path on request (O(1) memory per page): `/` links to `/p/0.html` …
//! `/p/{fanout-1}.html`, and `/p/k.html` links to its `fanout` children
//! `/p/{(k+1)·fanout + j}.html`, so every page a crawler fetches queues
//! `fanout` new URLs. robots.txt is 404 (no restrictions). The request log of
//! the bureau web is not kept here (it would grow with the run): only counts, per
//! host, and each host's busiest second (what politeness is judged by).
//!
//! [`ScaleShape::Bureau`] makes every site a small bureau instead (the national run,
//! `benches/national.rs`; see `scale_bureau`), and [`ScaleOptions::spread`] puts the
//! hosts across 127.0.0.0/8 rather than in consecutive /24s.

use std::collections::VecDeque;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::exchange::{lock, Reply, Req};
use crate::scale_bureau::{self, Bureau};
use crate::server::{self, RequestLog};
use crate::sites::{Site, SiteMeta};

/// Knobs of the scale web.
#[derive(Clone, Debug)]
pub struct ScaleOptions {
    /// Number of sites (one loopback address each); default 200.
    pub hosts: usize,
    /// Links per page, all new URLs; default 100.
    pub fanout: usize,
    /// Third octet of the first address: host i binds
    /// `127.0.{third_octet + i / 250}.{1 + i % 250}`; default 1.
    pub third_octet: u8,
    /// What each site is; default the link tree.
    pub shape: ScaleShape,
    /// Hosts across 127.0.0.0/8 (`127.{1 + i % 254}.{i / 254}.{1 + i % 250}`) instead
    /// of from `third_octet` on; default false.
    pub spread: bool,
}

/// What every site of the scale web is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScaleShape {
    /// The infinite tree, `fanout` new links per page (the frontier-size run).
    #[default]
    Tree,
    /// A small bureau: a paginated report list, 15–40 reports, one PDF (the national run).
    Bureau,
}

impl Default for ScaleOptions {
    fn default() -> ScaleOptions {
        ScaleOptions {
            hosts: 200,
            fanout: 100,
            third_octet: 1,
            shape: ScaleShape::Tree,
            spread: false,
        }
    }
}

/// A running scale web.
pub struct ScaleWeb {
    hosts: Vec<(String, SocketAddr)>,
    shape: ScaleShape,
    served: Arc<AtomicU64>,
    /// Per host, in the order of `hosts`.
    arrivals: Vec<Arc<Arrivals>>,
    stop: watch::Sender<bool>,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

/// One host's requests: how many, and the most that arrived within any one second.
#[derive(Default)]
struct Arrivals {
    inner: Mutex<ArrivalWindow>,
}

#[derive(Default)]
struct ArrivalWindow {
    /// Arrivals of the last second.
    recent: VecDeque<Instant>,
    busiest_second: usize,
    /// The shortest time between two consecutive requests.
    closest: Option<Duration>,
    /// Which request (1-based) ended that shortest gap: the 2nd means the gap after
    /// the first request on a new connection, whose arrival the accept loop may delay.
    closest_at: u64,
    requests: u64,
}

impl Arrivals {
    fn arrived(&self, at: Instant) {
        let mut w = lock(&self.inner);
        while w
            .recent
            .front()
            .is_some_and(|&t| at.saturating_duration_since(t) >= Duration::from_secs(1))
        {
            w.recent.pop_front();
        }
        if let Some(&prev) = w.recent.back() {
            let gap = at.saturating_duration_since(prev);
            if w.closest.is_none_or(|c| gap < c) {
                w.closest = Some(gap);
                w.closest_at = w.requests + 1;
            }
        }
        w.recent.push_back(at);
        w.busiest_second = w.busiest_second.max(w.recent.len());
        w.requests += 1;
    }
}

/// What one host of the scale web received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostTally {
    pub host: String,
    pub requests: u64,
    /// The most requests that arrived within any one second.
    pub busiest_second: usize,
    /// The shortest time between two consecutive requests (within a second of each other).
    pub closest: Option<Duration>,
    /// The request (1-based, in arrival order) that ended the shortest gap.
    pub closest_at: u64,
}

struct Tree {
    meta: SiteMeta,
    fanout: usize,
    served: Arc<AtomicU64>,
    arrivals: Arc<Arrivals>,
    /// None: the link tree; Some: a small bureau.
    bureau: Option<Bureau>,
}

impl Site for Tree {
    fn meta(&self) -> &SiteMeta {
        &self.meta
    }

    fn handle(&self, req: &Req) -> Reply {
        self.served.fetch_add(1, Ordering::Relaxed);
        self.arrivals.arrived(req.arrival);
        match &self.bureau {
            Some(b) => b.handle(req),
            None => self.tree(req),
        }
    }
}

impl Tree {
    fn tree(&self, req: &Req) -> Reply {
        let p = req.path.as_str();
        let node = if p == "/" {
            None
        } else {
            match p
                .strip_prefix("/p/")
                .and_then(|r| r.strip_suffix(".html"))
                .and_then(|n| n.parse::<u64>().ok())
            {
                Some(k) => Some(k),
                None => return Reply::not_found(),
            }
        };
        let f = self.fanout as u64;
        let first = node.map_or(0, |k| (k + 1).saturating_mul(f));
        let title = match node {
            None => format!("{}生态环境局", self.meta.name),
            Some(k) => format!("{}生态环境工作动态（第{k}期）", self.meta.name),
        };
        let mut s = String::with_capacity(600 + 64 * self.fanout);
        s.push_str("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
        s.push_str(&title);
        s.push_str("</title></head><body>\n<div class=\"nav\"><a href=\"/\">首页</a></div>\n<h1>");
        s.push_str(&title);
        s.push_str("</h1>\n<p>本局持续推进大气、水、土壤污染防治，依法公开环境信息。</p>\n<ul class=\"list\">\n");
        for j in 0..f {
            let c = first.saturating_add(j);
            s.push_str(&format!(
                "<li><a href=\"/p/{c}.html\">工作动态第{c}期</a></li>\n"
            ));
        }
        s.push_str("</ul>\n</body></html>\n");
        Reply::html(s)
    }
}

impl ScaleWeb {
    /// Bind every host and start serving. Call inside a tokio runtime.
    pub async fn start(opts: ScaleOptions) -> std::io::Result<ScaleWeb> {
        let started = Instant::now();
        let served = Arc::new(AtomicU64::new(0));
        let log = Arc::new(RequestLog::disabled(started));
        let (stop, stop_rx) = watch::channel(false);
        let mut hosts = Vec::new();
        let mut arrivals = Vec::new();
        let mut tasks = Vec::new();
        for i in 0..opts.hosts {
            let ip = if opts.spread {
                if i >= 254 * 256 {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        "too many hosts for 127.0.0.0/8",
                    ));
                }
                Ipv4Addr::new(
                    127,
                    (1 + i % 254) as u8,
                    (i / 254) as u8,
                    (1 + i % 250) as u8,
                )
            } else {
                let third = usize::from(opts.third_octet) + i / 250;
                if third > 255 {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidInput,
                        "too many hosts for the loopback addresses after third_octet",
                    ));
                }
                Ipv4Addr::new(127, 0, third as u8, (1 + i % 250) as u8)
            };
            let listener = TcpListener::bind(SocketAddr::from((ip, 0))).await?;
            let addr = listener.local_addr()?;
            let host = format!("s{i}.scale.gov.cn.test");
            arrivals.push(Arc::new(Arrivals::default()));
            let site = Arc::new(Tree {
                meta: SiteMeta {
                    key: "scale",
                    name: format!("规模测试{i}市"),
                    province: "规模省".into(),
                    level: "prefectural",
                    host: "scale.gov.cn.test",
                    is_seed: true,
                },
                fanout: opts.fanout,
                served: served.clone(),
                arrivals: arrivals.last().cloned().unwrap_or_default(),
                bureau: (opts.shape == ScaleShape::Bureau).then(|| Bureau::new(i)),
            });
            tasks.push(tokio::spawn(server::serve(
                listener,
                site,
                log.clone(),
                stop_rx.clone(),
            )));
            hosts.push((host, addr));
        }
        Ok(ScaleWeb {
            hosts,
            shape: opts.shape,
            served,
            arrivals,
            stop,
            tasks: Mutex::new(tasks),
        })
    }

    /// Host name → loopback address, for every site.
    pub fn hosts(&self) -> &[(String, SocketAddr)] {
        &self.hosts
    }

    /// Requests answered so far.
    pub fn requests(&self) -> u64 {
        self.served.load(Ordering::Relaxed)
    }

    /// What every host received so far, in host order.
    pub fn tallies(&self) -> Vec<HostTally> {
        self.hosts
            .iter()
            .zip(&self.arrivals)
            .map(|((host, _), a)| {
                let w = lock(&a.inner);
                HostTally {
                    host: host.clone(),
                    requests: w.requests,
                    busiest_second: w.busiest_second,
                    closest: w.closest,
                    closest_at: w.closest_at,
                }
            })
            .collect()
    }

    /// For bureau sites: the requests a complete crawl of host `i` makes (robots.txt,
    /// list pages, reports, the attachment); None for the endless tree.
    pub fn pages_of(&self, i: usize) -> Option<usize> {
        (self.shape == ScaleShape::Bureau && i < self.hosts.len()).then(|| Bureau::pages(i))
    }

    /// `name,province,level,url`, one row per host.
    pub fn seeds_csv(&self) -> String {
        let path = match self.shape {
            ScaleShape::Tree => "/",
            ScaleShape::Bureau => scale_bureau::LIST_PATH,
        };
        let mut s = String::from("name,province,level,url\n");
        for (i, (host, addr)) in self.hosts.iter().enumerate() {
            s.push_str(&format!(
                "规模测试{i}市生态环境局,规模省,prefectural,http://{host}:{}{path}\n",
                addr.port()
            ));
        }
        s
    }

    /// A nianbao `config.toml` that crawls every host at once, storing under `dir`.
    pub fn config_toml(&self, dir: &Path, requests_per_second: f64, max_pages: u64) -> String {
        let d = dir.display().to_string().replace('\\', "/");
        let mut s = format!(
            "[storage]\ndb = \"{d}/archive.sqlite\"\n\n[seeds]\nfile = \"{d}/seeds.csv\"\n\n\
             [crawl]\nuser_agent = \"nianbao/0.1 (+https://github.com/nianbao/nianbao)\"\n\
             requests_per_second_per_host = {requests_per_second:?}\nmax_concurrent_hosts = {}\n\
             max_pages_per_host = {max_pages}\nmax_depth = 1000\n\
             timeout_secs = 10\nmax_body_mb = 1\nrespect_robots = true\nallow_private_addresses = true\n",
            self.hosts.len().max(1)
        );
        for (host, addr) in &self.hosts {
            s.push_str(&format!("\n[hosts.\"{host}\"]\nresolve = \"{addr}\"\n"));
        }
        s
    }

    /// Stop every listener and open connection.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let tasks: Vec<_> = lock(&self.tasks).drain(..).collect();
        for t in tasks {
            let _ = t.await;
        }
    }
}
