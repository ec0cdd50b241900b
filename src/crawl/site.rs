//! One site's crawl: robots.txt, then the frontier, one paced fetch at a time.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use futures_util::StreamExt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use nianbao_discover::canon;
use nianbao_discover::robots::Robots;
use url::Url;

use super::page::{self, Parsed};
use super::{Ctx, Mode};
use crate::fetch::{parse_retry_after, Exchange, FetchError};
use crate::politeness::HostPacer;
use crate::seeds::Seed;
use crate::store::{
    CaptureRecord, FailureKind, FailureRecord, FrontierItem, FrontierState, KnownPolicy, NewLink,
    PageRole, RunKind, SiteRow,
};
use crate::summary::SiteSummary;

/// Frontier rows fetched from the database at a time.
const BATCH: usize = 32;

pub(crate) struct SiteCrawl {
    pub ctx: Arc<Ctx>,
    pub site: SiteRow,
    pub seed_url: Url,
    pub pacer: HostPacer,
    pub robots: Robots,
    pub mode: Mode,
    /// What this site's crawl did; shared by the concurrent fetches of the site.
    pub summary: Mutex<SiteSummary>,
    /// Canonical keys (hashed) this process already sent to the frontier in this run:
    /// pages repeat their navigation links, and the database need not hear them twice.
    pub seen: Mutex<HashSet<u64>>,
    /// Requests made by this process for the site, for the per-run cap.
    pub requests: AtomicU64,
    /// Pager groups whose remaining pages are older than `--years` (backfill stops paging there).
    pub lenient_tls: bool,
}

/// A fetch that ended without a usable response.
pub(crate) struct Failure {
    pub kind: FailureKind,
    pub detail: String,
    pub status: Option<u16>,
    /// A response that is not the page (WAF challenge, 429): kept out of the archive.
    pub offscope: Option<String>,
}

impl From<FetchError> for Failure {
    fn from(e: FetchError) -> Self {
        Failure {
            kind: e.kind,
            detail: e.detail,
            status: None,
            offscope: None,
        }
    }
}

pub(crate) async fn crawl_site(ctx: Arc<Ctx>, seed: Seed, site: SiteRow) -> SiteSummary {
    let host = site.host.clone();
    let mode = match ctx.opts.kind {
        RunKind::Backfill => Mode::Backfill,
        RunKind::Crawl if site.explored => Mode::Nightly,
        RunKind::Crawl => Mode::Explore,
    };
    let pacer = HostPacer::new(ctx.cfg.rate_for(&host));
    let mut sc = SiteCrawl {
        lenient_tls: ctx.cfg.lenient_tls(&host),
        summary: Mutex::new(SiteSummary::new(&host, &site.name, mode)),
        seen: Mutex::new(HashSet::new()),
        requests: AtomicU64::new(0),
        seed_url: seed.url.clone(),
        ctx,
        site,
        pacer,
        robots: Robots::allow_all(),
        mode,
    };
    if let Err(e) = sc.run().await {
        sc.stats().note(format!("stopped: {e}"));
    }
    sc.summary.into_inner().unwrap_or_else(|p| p.into_inner())
}

impl SiteCrawl {
    pub(crate) fn stats(&self) -> std::sync::MutexGuard<'_, SiteSummary> {
        self.summary.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn run(&mut self) -> crate::Result<()> {
        let run_id = self.ctx.run_id;
        let site_id = self.site.id;
        if self.ctx.cfg.crawl.respect_robots && !self.load_robots().await? {
            return Ok(());
        }
        if let Some(delay) = self.robots.crawl_delay() {
            self.pacer.at_least(delay);
        }
        // Seed the frontier unless this (resumed) run already has one for the site.
        let queued = self
            .ctx
            .db
            .call(move |s| s.frontier_len(run_id, site_id))
            .await?;
        if queued == 0 {
            self.seed_frontier().await?;
        }
        let cap = self
            .ctx
            .opts
            .max_pages
            .unwrap_or(self.ctx.cfg.crawl.max_pages_per_host);
        let already = self
            .ctx
            .db
            .call(move |s| s.fetches_in_run(run_id, site_id))
            .await?;
        let conc = self.ctx.cfg.crawl.connections_per_host.max(1);
        let mut exhausted = false;
        loop {
            if self.ctx.db.fatal().is_some() {
                break;
            }
            let batch = self
                .ctx
                .db
                .call(move |s| s.next_batch(run_id, site_id, BATCH.max(conc * 4)))
                .await?;
            if batch.is_empty() {
                exhausted = true;
                break;
            }
            // The whole batch is settled before the next is read: a URL still in flight is
            // still queued in the database and must not be handed out twice.
            let this: &SiteCrawl = self;
            let capped = AtomicBool::new(false);
            let failed: Mutex<Option<crate::Error>> = Mutex::new(None);
            futures_util::stream::iter(batch)
                .for_each_concurrent(conc, |item| {
                    let (capped, failed) = (&capped, &failed);
                    async move {
                        if already + this.requests.load(Ordering::Relaxed) >= cap {
                            capped.store(true, Ordering::Relaxed);
                            return;
                        }
                        // Backpressure: no new fetch while the database writer is far behind.
                        this.ctx.db.ready().await;
                        if let Err(e) = this.process(item).await {
                            failed
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .get_or_insert(e);
                        }
                    }
                })
                .await;
            if let Some(e) = failed.into_inner().unwrap_or_else(|p| p.into_inner()) {
                return Err(e);
            }
            if capped.load(Ordering::Relaxed) {
                self.stats()
                    .note(format!("stopped at the cap of {cap} fetches"));
                break;
            }
        }
        if exhausted && self.mode != Mode::Nightly {
            self.ctx
                .db
                .send(move |s| s.mark_site_explored(site_id, run_id));
        }
        Ok(())
    }

    /// Fetch (or reuse this run's copy of) robots.txt. False when the site is off limits this run.
    async fn load_robots(&mut self) -> crate::Result<bool> {
        let run_id = self.ctx.run_id;
        let site_id = self.site.id;
        let token = self.ctx.product_token.clone();
        let earlier = self
            .ctx
            .db
            .call(move |s| s.robots_capture_in_run(run_id, site_id))
            .await?;
        let outcome: Result<(u16, Vec<u8>), (FailureKind, String)> = match earlier {
            Some((status, sha)) => {
                let body = match sha {
                    Some(sha) => self
                        .ctx
                        .db
                        .call(move |s| s.body(&sha))
                        .await?
                        .unwrap_or_default(),
                    None => Vec::new(),
                };
                Ok((status, body))
            }
            None => {
                let mut url = self.seed_url.clone();
                url.set_path("/robots.txt");
                url.set_query(None);
                url.set_fragment(None);
                match self.fetch_following(&url, None, None, false, false).await {
                    Ok((x, hops)) => {
                        let payload = whole_lines(x.payload(), x.truncated).to_vec();
                        let status = x.status;
                        let rec =
                            self.capture_record(None, &url, &x, &hops, None, PageRole::Robots);
                        self.store_capture(rec, None, FrontierState::Done, Vec::new(), Vec::new());
                        Ok((status, payload))
                    }
                    Err(f) => Err((f.kind, f.detail)),
                }
            }
        };
        self.robots = match outcome {
            Ok((s, body)) if (200..300).contains(&s) => Robots::parse(&body, &token),
            Ok((s, _)) if (400..500).contains(&s) && s != 429 => Robots::allow_all(),
            Ok((s, _)) => {
                self.fail_site(FailureKind::Robots, format!("robots.txt answered {s}: the site is off limits for this run (RFC 9309 §2.3.1.4)"));
                return Ok(false);
            }
            Err((kind, e)) => {
                // An egress refusal is recorded as such: it is our rule, not the site's.
                let kind = if kind == FailureKind::Egress {
                    FailureKind::Egress
                } else {
                    FailureKind::Robots
                };
                self.fail_site(
                    kind,
                    format!(
                        "robots.txt unreachable ({kind}: {e}): the site is off limits for this run"
                    ),
                );
                return Ok(false);
            }
        };
        Ok(true)
    }

    fn fail_site(&mut self, kind: FailureKind, detail: String) {
        self.stats().error(kind);
        self.stats().note(detail.clone());
        let (run_id, site_id) = (self.ctx.run_id, self.site.id);
        let url = self.seed_url.to_string();
        self.ctx.db.send(move |s| {
            s.record_failure(
                run_id,
                site_id,
                &FailureRecord {
                    url,
                    kind,
                    detail,
                    status: None,
                },
            )
        });
    }

    async fn seed_frontier(&mut self) -> crate::Result<()> {
        let (run_id, site_id) = (self.ctx.run_id, self.site.id);
        let seed = NewLink {
            canon: canon::canonical_key(&self.seed_url),
            url: canon::fetch_url(&self.seed_url).to_string(),
            role: PageRole::Seed,
            year_hint: None,
            anchor: String::new(),
            depth: 0,
            priority: i32::MAX / 2,
            pager_group: None,
            pager_index: None,
            requeue_known: KnownPolicy::Always,
        };
        let revisit = self.mode == Mode::Nightly;
        let list_pages = self.ctx.cfg.crawl.nightly_list_pages;
        let years = self.ctx.cfg.crawl.nightly_recheck_years;
        self.ctx
            .db
            .call(move |s| {
                s.enqueue(run_id, site_id, &seed, revisit)?;
                if revisit {
                    for crate::store::RevisitRow {
                        url,
                        role,
                        year_hint: year,
                        pager_index,
                    } in s.revisit_set(site_id, list_pages, years)?
                    {
                        let Ok(u) = Url::parse(&url) else { continue };
                        let link = NewLink {
                            canon: canon::canonical_key(&u),
                            url,
                            priority: if role == PageRole::Report { 900 } else { 1000 },
                            role,
                            year_hint: year,
                            anchor: String::new(),
                            depth: 1,
                            pager_group: None,
                            pager_index,
                            requeue_known: KnownPolicy::Always,
                        };
                        s.enqueue(run_id, site_id, &link, true)?;
                    }
                }
                Ok(())
            })
            .await
    }

    /// Fetch one frontier URL and archive what came back.
    async fn process(&self, item: FrontierItem) -> crate::Result<()> {
        let (run_id, site_id, url_id) = (self.ctx.run_id, self.site.id, item.url_id);
        let Ok(url) = Url::parse(&item.url) else {
            self.ctx
                .db
                .send(move |s| s.set_state(run_id, url_id, FrontierState::Skipped));
            return Ok(());
        };
        // Conditional only when we hold the body the validators describe.
        let (etag, lm) = if item.last_sha256.is_some() {
            (item.etag.clone(), item.last_modified.clone())
        } else {
            (None, None)
        };
        match self
            .fetch_following(&url, etag.as_deref(), lm.as_deref(), true, true)
            .await
        {
            Err(f) => {
                self.stats().error(f.kind);
                let state = FrontierState::Failed;
                let rec = FailureRecord {
                    url: url.to_string(),
                    kind: f.kind,
                    detail: f.detail,
                    status: f.status,
                };
                let offscope = f.offscope;
                self.ctx.db.send(move |s| {
                    s.record_failure(run_id, site_id, &rec)?;
                    if let Some(o) = offscope {
                        s.record_offscope(run_id, site_id, &o)?;
                    }
                    s.set_state(run_id, url_id, state)
                });
            }
            Ok((x, hops)) => {
                let parsed = page::parse(&x);
                let reparse = x.status == 304
                    && self.mode != Mode::Nightly
                    && matches!(item.role, PageRole::Seed | PageRole::List);
                let max_body = self.ctx.cfg.max_body_bytes();
                let parsed = match (reparse, item.last_capture_id) {
                    (true, Some(cid)) => self
                        .ctx
                        .db
                        .call(move |s| s.capture_payload(cid))
                        .await?
                        .map(|p| page::parse_archived(&p, max_body))
                        .unwrap_or(parsed),
                    _ => parsed,
                };
                let role = page::role_of(&item, &parsed, &x);
                let rec = self.capture_record(Some(&item), &url, &x, &hops, Some(&parsed), role);
                let is_new = rec.revisit_of.is_none() && rec.sha256.is_some();
                if rec.likely_report && is_new {
                    self.stats().report(rec.year_hint);
                    self.ctx.totals.add(&self.ctx.totals.reports, 1);
                }
                if role == PageRole::Attachment && is_new {
                    self.stats().attachments += 1;
                }
                let discover = x.status == 304 && reparse
                    || (x.status < 300 && (is_new || self.mode != Mode::Nightly));
                let (mut links, offscope) = if discover {
                    page::links_to_queue(self, &item, &parsed, role, &x.url)
                } else {
                    (Vec::new(), Vec::new())
                };
                {
                    let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
                    links.retain(|l| seen.insert(key_hash(&l.canon)));
                }
                let skip_tail = page::backfill_stop(self, &item, &parsed);
                if x.status >= 400 {
                    self.stats().error(FailureKind::Http);
                    let detail = format!("HTTP {}", x.status);
                    let rec = FailureRecord {
                        url: x.url.to_string(),
                        kind: FailureKind::Http,
                        detail,
                        status: Some(x.status),
                    };
                    self.ctx
                        .db
                        .send(move |s| s.record_failure(run_id, site_id, &rec));
                }
                if let Some((group, index)) = skip_tail {
                    self.ctx.db.send(move |s| {
                        s.skip_pager_tail(run_id, site_id, &group, index)
                            .map(|_| ())
                    });
                }
                self.store_capture(rec, Some(url_id), FrontierState::Done, links, offscope);
            }
        }
        Ok(())
    }

    /// Send a capture and its consequences to the archive in one job.
    fn store_capture(
        &self,
        rec: CaptureRecord,
        url_id: Option<i64>,
        state: FrontierState,
        links: Vec<NewLink>,
        offscope: Vec<String>,
    ) {
        let (run_id, site_id) = (self.ctx.run_id, self.site.id);
        let t = &self.ctx.totals;
        if rec.status == 304 {
            self.stats().not_modified += 1;
            t.add(&t.not_modified, 1);
        } else if !rec.body_zstd.as_ref().is_none_or(|b| b.is_empty()) || rec.bytes > 0 {
            self.stats().bodies += 1;
            t.add(&t.bodies, 1);
        }
        if rec.revisit_of.is_some() && rec.status != 304 {
            self.stats().unchanged += 1;
        }
        if rec.revisit_of.is_none() && rec.sha256.is_some() {
            self.stats().new_captures += 1;
            t.add(&t.new_captures, 1);
        }
        let bytes = rec.body_zstd.as_ref().map_or(0, Vec::len)
            + rec.request_headers.len()
            + rec.response_headers.len()
            + rec.redirects_json.len()
            + rec.requested_url.len()
            + rec.final_url.len()
            + 512
            + links
                .iter()
                .map(|l| l.canon.len() + l.url.len() + l.anchor.len() + 160)
                .sum::<usize>()
            + offscope.iter().map(|o| o.len() + 32).sum::<usize>();
        self.ctx.db.send_sized(bytes, move |s| {
            s.record_capture(run_id, site_id, &rec)?;
            for l in &links {
                s.enqueue(run_id, site_id, l, false)?;
            }
            for o in &offscope {
                s.record_offscope(run_id, site_id, o)?;
            }
            if let Some(id) = url_id {
                s.set_state(run_id, id, state)?;
            }
            Ok(())
        });
    }

    /// Fetch `url`, following same-site redirects hop by hop (each hop paced and robots-checked).
    pub(crate) async fn fetch_following(
        &self,
        url: &Url,
        etag: Option<&str>,
        last_modified: Option<&str>,
        check_robots: bool,
        retry_5xx: bool,
    ) -> Result<(Exchange, Vec<Hop>), Failure> {
        let mut current = url.clone();
        let mut hops: Vec<Hop> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        seen.insert(canon::canonical_key(&current));
        loop {
            if !canon::same_host(&current, &self.seed_url) {
                return Err(Failure {
                    kind: FailureKind::Redirect,
                    detail: format!("redirected off the site to {current}"),
                    status: hops.last().map(|h| h.status),
                    offscope: Some(current.to_string()),
                });
            }
            if check_robots
                && self.ctx.cfg.crawl.respect_robots
                && !self.robots.is_allowed(&current)
            {
                return Err(Failure {
                    kind: FailureKind::Robots,
                    detail: format!("{} is disallowed by robots.txt", current.path()),
                    status: None,
                    offscope: None,
                });
            }
            let conditional = hops.is_empty();
            let x = self
                .request_with_retries(
                    &current,
                    etag.filter(|_| conditional),
                    last_modified.filter(|_| conditional),
                    retry_5xx,
                )
                .await?;
            if !(300..400).contains(&x.status) || x.status == 304 {
                return Ok((x, hops));
            }
            let Some(location) = x
                .headers
                .get("location")
                .map(|v| location_text(v.as_bytes()))
            else {
                return Ok((x, hops)); // a 3xx without Location is the final answer
            };
            let next = match current.join(location.trim()) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => u,
                Ok(u) => {
                    return Err(Failure {
                        kind: FailureKind::Redirect,
                        detail: format!("redirect to a {} URL", u.scheme()),
                        status: Some(x.status),
                        offscope: None,
                    })
                }
                Err(_) => {
                    return Err(Failure {
                        kind: FailureKind::Redirect,
                        detail: format!("unusable Location {location:?}"),
                        status: Some(x.status),
                        offscope: None,
                    })
                }
            };
            hops.push(Hop {
                url: current.to_string(),
                status: x.status,
                location: next.to_string(),
            });
            if !seen.insert(canon::canonical_key(&next)) {
                return Err(Failure {
                    kind: FailureKind::Redirect,
                    detail: format!("redirect loop back to {next}"),
                    status: Some(x.status),
                    offscope: None,
                });
            }
            if hops.len() > self.ctx.cfg.crawl.max_redirects as usize {
                return Err(Failure {
                    kind: FailureKind::Redirect,
                    detail: format!("more than {} redirects", self.ctx.cfg.crawl.max_redirects),
                    status: Some(x.status),
                    offscope: None,
                });
            }
            current = canon::fetch_url(&next);
        }
    }

    /// One URL, with pacing, Retry-After, backoff and the host slow-down on 429.
    /// `retry_5xx` is off for robots.txt: its 5xx is an answer (the host is off limits), not a glitch.
    async fn request_with_retries(
        &self,
        url: &Url,
        etag: Option<&str>,
        lm: Option<&str>,
        retry_5xx: bool,
    ) -> Result<Exchange, Failure> {
        let max_retries = self.ctx.cfg.crawl.max_retries;
        let base = Duration::from_millis(self.ctx.cfg.crawl.retry_base_ms);
        let max_wait = Duration::from_secs(self.ctx.cfg.crawl.max_retry_after_secs);
        let mut attempt = 0u32;
        loop {
            self.pacer.wait().await;
            self.stats().requests += 1;
            self.requests.fetch_add(1, Ordering::Relaxed);
            self.ctx.totals.add(&self.ctx.totals.requests, 1);
            let backoff = base * 2u32.saturating_pow(attempt);
            let result = self
                .ctx
                .fetcher
                .fetch(url, etag, lm, self.lenient_tls)
                .await;
            let last = attempt >= max_retries;
            match result {
                Ok(x) if x.status >= 500 && !retry_5xx => return Ok(x),
                // Before the 5xx retries: a 521 challenge answers the same however often asked.
                Ok(x) if page::is_waf_challenge(&x) => {
                    return Err(Failure {
                        kind: FailureKind::Waf,
                        detail: format!(
                            "HTTP {} anti-bot challenge page (not archived as content)",
                            x.status
                        ),
                        status: Some(x.status),
                        offscope: None,
                    });
                }
                Ok(x) if x.status == 429 || x.status == 503 => {
                    let ra = x.header("retry-after").and_then(|v| parse_retry_after(&v));
                    if x.status == 429 {
                        self.pacer.slow_down();
                        self.stats().slowdowns = self.pacer.slowdowns();
                    }
                    if let Some(ra) = ra {
                        if ra > max_wait {
                            return Err(self.refusal(
                                &x,
                                format!(
                                    "Retry-After {}s is beyond max_retry_after_secs",
                                    ra.as_secs()
                                ),
                            ));
                        }
                    }
                    if last {
                        return Err(self.refusal(
                            &x,
                            format!("still HTTP {} after {} attempts", x.status, attempt + 1),
                        ));
                    }
                    self.pacer.defer_until(
                        Instant::now()
                            + ra.unwrap_or(backoff)
                                .max(backoff.min(Duration::from_millis(50))),
                    );
                }
                Ok(x) if x.status >= 500 && !last => {
                    self.pacer.defer_until(Instant::now() + backoff);
                }
                Ok(x) => return Ok(x),
                Err(e) => {
                    // Timeouts are retried once: a page that never completes would cost every retry in full.
                    let retryable = matches!(e.kind, FailureKind::Connect | FailureKind::Network)
                        || (e.kind == FailureKind::Timeout && attempt == 0);
                    if !retryable || last {
                        return Err(e.into());
                    }
                    self.pacer.defer_until(Instant::now() + backoff);
                }
            }
            attempt += 1;
        }
    }

    fn refusal(&self, x: &Exchange, detail: String) -> Failure {
        let kind = if x.status == 429 {
            FailureKind::RateLimited
        } else {
            FailureKind::Http
        };
        Failure {
            kind,
            detail,
            status: Some(x.status),
            offscope: None,
        }
    }

    fn capture_record(
        &self,
        item: Option<&FrontierItem>,
        requested: &Url,
        x: &Exchange,
        hops: &[Hop],
        parsed: Option<&Parsed>,
        role: PageRole,
    ) -> CaptureRecord {
        page::capture_record(item, requested, x, hops, parsed, role)
    }
}

fn key_hash(canon: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    canon.hash(&mut h);
    h.finish()
}

/// A `Location` value as text. Servers send raw bytes there (GBK paths, Latin-1):
/// bytes outside printable ASCII are percent-encoded as they are, so the URL asks
/// the server for exactly the bytes it named (a lossy UTF-8 decode would not).
pub(crate) fn location_text(raw: &[u8]) -> String {
    let mut s = String::with_capacity(raw.len());
    for &b in raw {
        if (0x20..0x7f).contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

/// A robots.txt cut at the body cap ends mid-line; the half rule must not count
/// (`Disallow: /private-reports` cut to `Disallow: /` would close the whole site).
pub(crate) fn whole_lines(body: &[u8], truncated: bool) -> &[u8] {
    if !truncated {
        return body;
    }
    match body.iter().rposition(|&b| b == b'\n' || b == b'\r') {
        Some(i) => &body[..=i],
        None => &[],
    }
}

/// One redirect hop, as stored in `captures.redirects_json`.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Hop {
    pub url: String,
    pub status: u16,
    pub location: String,
}
