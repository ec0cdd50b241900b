//! One site's crawl: robots.txt, then the frontier, one paced fetch at a time. The
//! pacer and robots.txt belong to the host ([`HostShare`]), shared with the other
//! sites (columns) on it.
//!
//! The orchestrator: it owns the I/O (fetches, database jobs), the pacing and the
//! counting, and asks the pure modules what each answer means ([`retry`] after every
//! attempt, [`redirect`] after every hop, [`page`] and [`policy`] for every page).

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use nianbao_discover::canon;
use nianbao_discover::robots::Robots;
use url::Url;

use super::failure::Failure;
use super::page;
use super::platform;
use super::policy::{self, LinkPolicy, RobotsAnswer};
use super::redirect::{self, Hop, RedirectPolicy};
use super::retry::{self, Decision, RetrySettings};
use super::shared::{Counters, Ctx, HostShare, RobotsVerdict};
use crate::fetch::Exchange;
use crate::seeds::{Scope, Seed};
use crate::store::{
    CaptureRecord, FailureKind, FailureRecord, FrontierItem, FrontierState, KnownPolicy,
    ListMechanism, Mode, NewLink, OffscopeLink, PageRole, SiteRow,
};
use crate::summary::SiteSummary;

mod render;

/// Frontier rows fetched from the database at a time.
const BATCH: usize = 32;

pub(crate) struct SiteCrawl {
    ctx: Arc<Ctx>,
    site: SiteRow,
    /// Scope, mode, years and depth: what the site's pages may queue.
    links: LinkPolicy,
    redirects: RedirectPolicy,
    /// For robots.txt and attachments, which may live anywhere on the host.
    host_redirects: RedirectPolicy,
    retries: RetrySettings,
    host: Arc<HostShare>,
    robots: Robots,
    /// The notes, errors and per-year reports of this site's crawl; shared by its concurrent fetches.
    summary: Mutex<SiteSummary>,
    /// Requests, bodies, 304s, new captures, reports: counted once, here.
    counters: Arc<Counters>,
    /// Canonical keys (hashed) this process already sent to the frontier in this run:
    /// pages repeat their navigation links, and the database need not hear them twice.
    seen: Mutex<HashSet<u64>>,
    lenient_tls: bool,
}

pub(crate) async fn crawl_site(
    ctx: Arc<Ctx>,
    share: Arc<HostShare>,
    seed: Seed,
    site: SiteRow,
) -> SiteSummary {
    let host = site.host.clone();
    let mode = policy::mode_for(ctx.opts.kind, site.explored);
    let c = &ctx.cfg.crawl;
    let redirects = RedirectPolicy {
        site: seed.url.clone(),
        scope: seed.scope.clone(),
        max_redirects: c.max_redirects,
    };
    let mut summary = SiteSummary::new(&host, &site.name, mode);
    summary.scope = (seed.scope != Scope::Host).then(|| seed.scope.as_stored().to_string());
    let mut sc = SiteCrawl {
        links: LinkPolicy {
            seed: seed.url.clone(),
            scope: seed.scope.clone(),
            mode,
            years: ctx.opts.years,
            max_depth: c.max_depth,
            nightly_list_pages: c.nightly_list_pages,
        },
        host_redirects: RedirectPolicy {
            scope: Scope::Host,
            ..redirects.clone()
        },
        redirects,
        retries: RetrySettings {
            max_retries: c.max_retries,
            base: Duration::from_millis(c.retry_base_ms),
            max_wait: Duration::from_secs(c.max_retry_after_secs),
            retry_5xx: true,
        },
        host: share,
        robots: Robots::allow_all(),
        lenient_tls: ctx.cfg.lenient_tls(&host),
        summary: Mutex::new(summary),
        counters: ctx.counters(),
        seen: Mutex::new(HashSet::new()),
        ctx,
        site,
    };
    if let Err(e) = sc.run().await {
        sc.stats().note(format!("stopped: {e}"));
    }
    let mut summary = sc.summary.into_inner().unwrap_or_else(|p| p.into_inner());
    let c = &sc.counters;
    summary.requests = Counters::get(&c.requests);
    summary.bodies = Counters::get(&c.bodies);
    summary.not_modified = Counters::get(&c.not_modified);
    summary.new_captures = Counters::get(&c.new_captures);
    summary.reports = Counters::get(&c.reports);
    summary.slowdowns = sc.host.pacer.slowdowns();
    summary
}

impl SiteCrawl {
    fn stats(&self) -> std::sync::MutexGuard<'_, SiteSummary> {
        self.summary.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn run(&mut self) -> crate::Result<()> {
        let run_id = self.ctx.run_id;
        let site_id = self.site.id;
        if self.ctx.cfg.crawl.respect_robots && !self.load_robots().await? {
            return Ok(());
        }
        if let Some(delay) = self.robots.crawl_delay() {
            self.host.pacer.at_least(delay);
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
        // The cap is the host's: columns of one portal draw on one budget.
        let host = self.host.clone();
        let already = *host
            .fetched_before
            .get_or_try_init(|| async {
                let ids = host.site_ids.clone();
                self.ctx
                    .db
                    .call(move |s| {
                        ids.iter()
                            .map(|&id| s.fetches_in_run(run_id, id))
                            .sum::<std::result::Result<u64, _>>()
                    })
                    .await
            })
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
                        if already + Counters::get(&this.host.requests) >= cap {
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
                    .note(format!("stopped at the host's cap of {cap} fetches"));
                break;
            }
        }
        if exhausted && self.links.mode != Mode::Nightly {
            self.ctx
                .db
                .send(move |s| s.mark_site_explored(site_id, run_id));
        }
        Ok(())
    }

    /// The host's robots.txt verdict (fetched by the first of its sites to ask). False
    /// when the site is off limits this run.
    async fn load_robots(&mut self) -> crate::Result<bool> {
        let host = self.host.clone();
        let verdict = host
            .robots
            .get_or_try_init(|| self.fetch_robots())
            .await?
            .clone();
        match verdict {
            RobotsVerdict::Rules(r) => {
                self.robots = r;
                Ok(true)
            }
            RobotsVerdict::OffLimits(kind, detail) => {
                self.fail_site(kind, detail);
                Ok(false)
            }
        }
    }

    /// Fetch (or reuse this run's copy of) the host's robots.txt.
    async fn fetch_robots(&self) -> crate::Result<RobotsVerdict> {
        let run_id = self.ctx.run_id;
        let token = self.ctx.product_token.clone();
        let mut earlier = None;
        for &site_id in &self.host.site_ids {
            earlier = self
                .ctx
                .db
                .call(move |s| s.robots_capture_in_run(run_id, site_id))
                .await?;
            if earlier.is_some() {
                break;
            }
        }
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
                let mut url = self.links.seed.clone();
                url.set_path("/robots.txt");
                url.set_query(None);
                url.set_fragment(None);
                let redirects = &self.host_redirects;
                match self
                    .fetch_following(&url, Ask::default(), false, false, redirects)
                    .await
                {
                    Ok((x, hops)) => {
                        let payload = page::whole_lines(x.payload(), x.truncated).to_vec();
                        let status = x.status;
                        let rec =
                            page::capture_record(None, &url, &x, &hops, None, PageRole::Robots);
                        self.store_capture(rec, None, FrontierState::Done, Vec::new(), Vec::new());
                        Ok((status, payload))
                    }
                    Err(f) => Err((f.kind, f.detail)),
                }
            }
        };
        Ok(match outcome {
            Ok((s, body)) => match policy::robots_answer(s) {
                RobotsAnswer::Rules => RobotsVerdict::Rules(Robots::parse(&body, &token)),
                RobotsAnswer::AllowAll => RobotsVerdict::Rules(Robots::allow_all()),
                RobotsAnswer::OffLimits => RobotsVerdict::OffLimits(
                    FailureKind::Robots,
                    format!("robots.txt answered {s}: the site is off limits for this run (RFC 9309 §2.3.1.4)"),
                ),
            },
            Err((cause, e)) => RobotsVerdict::OffLimits(
                policy::robots_unreachable(cause),
                format!(
                    "robots.txt unreachable ({cause}: {e}): the site is off limits for this run"
                ),
            ),
        })
    }

    fn fail_site(&mut self, kind: FailureKind, detail: String) {
        self.stats().error(kind);
        self.stats().note(detail.clone());
        let (run_id, site_id) = (self.ctx.run_id, self.site.id);
        let url = self.links.seed.to_string();
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
            canon: canon::canonical_key(&self.links.seed),
            url: canon::fetch_url(&self.links.seed).to_string(),
            role: PageRole::Seed,
            year_hint: None,
            anchor: String::new(),
            depth: 0,
            priority: i32::MAX / 2,
            pager_group: None,
            pager_index: None,
            requeue_known: KnownPolicy::Always,
            form_body: None,
            mechanism: ListMechanism::Links,
        };
        let revisit = self.links.mode == Mode::Nightly;
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
                        canon,
                        form_body,
                        mechanism,
                    } in s.revisit_set(site_id, list_pages, years)?
                    {
                        if Url::parse(&url).is_err() {
                            continue;
                        }
                        let link = NewLink {
                            canon,
                            url,
                            priority: if role == PageRole::Report { 900 } else { 1000 },
                            role,
                            year_hint: year,
                            anchor: String::new(),
                            depth: 1,
                            pager_group: None,
                            pager_index,
                            requeue_known: KnownPolicy::Always,
                            form_body,
                            mechanism: mechanism.unwrap_or(ListMechanism::Links),
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
        // A POST has no conditional form.
        let (etag, lm) = if item.last_sha256.is_some() && item.form_body.is_none() {
            (item.etag.clone(), item.last_modified.clone())
        } else {
            (None, None)
        };
        // An attachment may sit in the portal's shared upload folder, outside the column.
        let redirects = if matches!(item.role, PageRole::Attachment | PageRole::PageImage) {
            &self.host_redirects
        } else {
            &self.redirects
        };
        match self
            .fetch_following(
                &url,
                Ask {
                    form: item.form_body.as_deref(),
                    etag: etag.as_deref(),
                    last_modified: lm.as_deref(),
                },
                true,
                true,
                redirects,
            )
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
                let offscope = f.offscope.map(|o| OffscopeLink {
                    url: o,
                    anchor: String::new(),
                    source_url: url.to_string(),
                    block_heading: None,
                });
                self.ctx.db.send(move |s| {
                    s.record_failure(run_id, site_id, &rec)?;
                    if let Some(o) = offscope {
                        s.record_offscope(run_id, site_id, &o)?;
                    }
                    s.set_state(run_id, url_id, state)
                });
            }
            Ok((x, hops)) => {
                let mode = self.links.mode;
                let reparse = policy::reparses_archived(mode, x.status, item.role);
                let max_body = self.ctx.cfg.max_body_bytes();
                let archived = match (reparse, item.last_capture_id) {
                    (true, Some(cid)) => self.ctx.db.call(move |s| s.capture_payload(cid)).await?,
                    _ => None,
                };
                let (mut parsed, body, content_type) = match &archived {
                    Some(p) => (
                        page::parse_archived(p, max_body),
                        p.decoded(max_body),
                        p.content_type.clone(),
                    ),
                    None => (
                        page::parse(&x),
                        std::borrow::Cow::Borrowed(x.payload()),
                        x.header("content-type"),
                    ),
                };
                // A gkmlpt API answer is JSON: its articles are the page's links.
                let api = platform::api_answer(&item, &x.url, &body);
                if let Some(a) = &api {
                    parsed.links = platform::api_links(a);
                }
                let role = if platform::is_list_request(&item, &x.url) && x.status < 400 {
                    PageRole::List
                } else {
                    policy::role_of(item.role, &parsed, x.status)
                };
                let rendered = self.rendered_links(&item, &x, &parsed, role).await?;
                let rec = page::capture_record(Some(&item), &url, &x, &hops, Some(&parsed), role);
                let is_new = rec.revisit_of.is_none() && rec.sha256.is_some();
                if rec.likely_report && is_new {
                    self.stats().report_year(rec.year_hint);
                    Counters::bump(&self.counters.reports);
                }
                if role == PageRole::Attachment && is_new {
                    self.stats().attachments += 1;
                }
                let (mut links, mut offscope) =
                    if policy::discovers_links(mode, x.status, is_new, reparse) {
                        let (mut links, offscope) =
                            self.links.links_to_queue(&item, &parsed, role, &x.url);
                        links.extend(platform::list_requests(
                            &self.links,
                            &item,
                            &x.url,
                            &body,
                            content_type.as_deref(),
                            &parsed,
                            api.as_ref(),
                        ));
                        (links, offscope)
                    } else {
                        (Vec::new(), Vec::new())
                    };
                // A rendered list's script-written links are new in every mode.
                let (more, more_offscope) = self.rendered_to_queue(&item, rendered, role, &x.url);
                links.extend(more);
                offscope.extend(more_offscope);
                {
                    let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
                    links.retain(|l| seen.insert(key_hash(&l.canon)));
                }
                if x.status >= 400 {
                    self.stats().error(FailureKind::Http);
                    let rec = FailureRecord {
                        url: x.url.to_string(),
                        kind: FailureKind::Http,
                        detail: format!("HTTP {}", x.status),
                        status: Some(x.status),
                    };
                    self.ctx
                        .db
                        .send(move |s| s.record_failure(run_id, site_id, &rec));
                }
                if let Some((group, index)) = self.links.backfill_stop(&item, &parsed) {
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
        offscope: Vec<OffscopeLink>,
    ) {
        let (run_id, site_id) = (self.ctx.run_id, self.site.id);
        let c = &self.counters;
        if rec.status == 304 {
            Counters::bump(&c.not_modified);
        } else if !rec.body_zstd.as_ref().is_none_or(|b| b.is_empty()) || rec.bytes > 0 {
            Counters::bump(&c.bodies);
        }
        if rec.revisit_of.is_some() && rec.status != 304 {
            self.stats().unchanged += 1;
        }
        if rec.revisit_of.is_none() && rec.sha256.is_some() {
            Counters::bump(&c.new_captures);
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
            + offscope
                .iter()
                .map(|o| o.url.len() + o.anchor.len() + o.source_url.len() + 64)
                .sum::<usize>();
        self.ctx.db.send_sized(bytes, move |s| {
            let capture = s.record_capture(run_id, site_id, &rec)?;
            for l in &links {
                s.enqueue_from(run_id, site_id, l, false, Some(capture))?;
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

    /// Fetch `url`, following redirects within `redirects`' scope hop by hop (each hop
    /// paced and robots-checked).
    async fn fetch_following(
        &self,
        url: &Url,
        ask: Ask<'_>,
        check_robots: bool,
        retry_5xx: bool,
        redirects: &RedirectPolicy,
    ) -> Result<(Exchange, Vec<Hop>), Failure> {
        if let Some(f) = redirect::off_site(url, &redirects.site, &redirects.scope, None) {
            return Err(f);
        }
        let mut current = url.clone();
        let mut hops: Vec<Hop> = Vec::new();
        loop {
            if check_robots
                && self.ctx.cfg.crawl.respect_robots
                && !self.robots.is_allowed(&current)
            {
                return Err(Failure::new(
                    FailureKind::Robots,
                    format!("{} is disallowed by robots.txt", current.path()),
                    None,
                ));
            }
            // Validators belong to the URL asked for, not to where it redirects.
            let conditional = hops.is_empty();
            let x = self
                .request_with_retries(
                    &current,
                    // A redirected POST goes on as a GET, as a browser's does.
                    Ask {
                        form: ask.form.filter(|_| hops.is_empty()),
                        etag: ask.etag.filter(|_| conditional),
                        last_modified: ask.last_modified.filter(|_| conditional),
                    },
                    retry_5xx,
                )
                .await?;
            let location = x.headers.get("location").map(|v| v.as_bytes());
            match redirect::next_hop(&current, x.status, location, &hops, redirects)? {
                None => return Ok((x, hops)),
                Some(next) => {
                    hops.push(Hop {
                        url: current.to_string(),
                        status: x.status,
                        location: next.to_string(),
                    });
                    current = next;
                }
            }
        }
    }

    /// One URL, with pacing, Retry-After, backoff and the host slow-down on 429.
    async fn request_with_retries(
        &self,
        url: &Url,
        ask: Ask<'_>,
        retry_5xx: bool,
    ) -> Result<Exchange, Failure> {
        let settings = RetrySettings {
            retry_5xx,
            ..self.retries
        };
        let mut attempt = 0u32;
        loop {
            self.host.pacer.wait().await;
            Counters::bump(&self.counters.requests);
            Counters::bump(&self.host.requests);
            let outcome = self
                .ctx
                .fetcher
                .fetch_form(url, ask.form, ask.etag, ask.last_modified, self.lenient_tls)
                .await;
            self.host.pacer.answered();
            if retry::slows_host(&outcome) {
                self.host.pacer.slow_down();
            }
            match retry::decide(attempt, &outcome, &settings) {
                Decision::Accept => return outcome.map_err(Failure::from),
                Decision::Fail(f) => return Err(f),
                Decision::Retry { after } => self.host.pacer.defer_until(Instant::now() + after),
            }
            attempt += 1;
        }
    }
}

/// What one request asks besides its URL: a `POST`'s form, the validators of a
/// conditional `GET`.
#[derive(Debug, Clone, Copy, Default)]
struct Ask<'a> {
    form: Option<&'a str>,
    etag: Option<&'a str>,
    last_modified: Option<&'a str>,
}

fn key_hash(canon: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    canon.hash(&mut h);
    h.finish()
}
