//! What the crawl engine reads and writes: sites, runs, the frontier, captures, failures.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{params, OptionalExtension, ToSql};

use super::{now_rfc3339, Store};
use crate::error::Result;

#[derive(Debug, Clone)]
pub struct SiteRow {
    pub id: i64,
    pub host: String,
    /// `''` for the whole host, else the path prefix the site stays under.
    pub scope: String,
    pub name: String,
    pub seed_url: String,
    /// Some earlier run explored the whole site (so this one may be incremental).
    pub explored: bool,
}

/// A fixed set of names stored as text (SQL columns, summary JSON): the enum in
/// code, the exact string on disk, so archives written earlier read back unchanged.
macro_rules! names {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $var,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var,)+];

            /// The name as stored and printed.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s,)+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownName;
            fn from_str(s: &str) -> std::result::Result<Self, UnknownName> {
                match s {
                    $($s => Ok($name::$var),)+
                    _ => Err(UnknownName { what: stringify!($name), value: s.to_string() }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        // Ordered by name, so maps keyed by these print (and serialise) alphabetically as before.
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

/// Text-stored names as SQL values.
macro_rules! sql_text {
    ($($name:ident),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                v.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )+};
}

/// A stored name this version does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    pub what: &'static str,
    pub value: String,
}

impl std::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown {} {:?}", self.what, self.value)
    }
}

impl std::error::Error for UnknownName {}

names! {
    /// `runs.kind`: what the user asked for.
    pub enum RunKind {
        Crawl = "crawl",
        Backfill = "backfill",
    }
}

names! {
    /// How a site is crawled in a run (printed and stored in the run summary).
    pub enum Mode {
        /// First visit (or an earlier one was cut short): follow everything.
        Explore = "explore",
        /// Known site, nightly pass: recheck what may change, fetch only what is new.
        Nightly = "nightly",
        /// Walk every list to its end (bounded below by `--years`).
        Backfill = "backfill",
    }
}

names! {
    /// The part a URL plays on its site (`urls.role`, `captures.role`).
    pub enum PageRole {
        /// The site's entry page from the seed list.
        Seed = "seed",
        /// A list of reports, or one page of such a list.
        List = "list",
        /// A report page (its title says it is an annual report).
        Report = "report",
        /// A document file (PDF, Word, spreadsheet, archive).
        Attachment = "attachment",
        /// A page scan `<img>` of a report page published as images (图片版): read
        /// with that page, which is the report's record.
        PageImage = "page_image",
        /// The site's robots.txt.
        Robots = "robots",
        Other = "other",
    }
}

names! {
    /// Why a URL produced no usable page (`failures.kind`, summaries, `status`).
    pub enum FailureKind {
        /// Disallowed by robots.txt, or robots.txt answered 5xx / was unreachable.
        Robots = "robots",
        /// An anti-bot challenge page instead of the page.
        Waf = "waf",
        /// 429 beyond the retries, or a Retry-After longer than we wait.
        RateLimited = "rate_limited",
        Timeout = "timeout",
        Tls = "tls",
        Connect = "connect",
        Dns = "dns",
        Network = "network",
        /// Broken HTTP: asking again gets the same answer.
        Protocol = "protocol",
        /// Loops, too many hops, other schemes, off-site.
        Redirect = "redirect",
        /// A non-public address while `allow_private_addresses = false`.
        Egress = "egress",
        /// A 4xx/5xx answer (archived).
        Http = "http",
        /// A page of a host with `render = true` was not rendered: the browser
        /// (`chromium`) is missing or would not start. Its served links were used.
        NeedsTool = "needs_tool",
    }
}

names! {
    /// Where a URL stands in a run's frontier (`frontier.state`, stored as its [`code`](FrontierState::code)).
    pub enum FrontierState {
        Queued = "queued",
        Done = "done",
        Failed = "failed",
        Skipped = "skipped",
    }
}

names! {
    /// How a site's list reached a URL (`urls.mechanism`, `status`): why a site is covered.
    pub enum ListMechanism {
        /// An `<a href>` (or frame, area, meta refresh) on a page.
        Links = "links",
        /// A list page a JavaScript pager implies (`createPageHTML`, `?uid=…&pageNum=`) and what it lists.
        JsPager = "js_pager",
        /// A record of a Hanweb inline `<datastore>`.
        Datastore = "datastore",
        /// A `POST` to a Hanweb jpage data proxy and what it lists.
        JpagePost = "jpage_post",
        /// Guangdong's gkmlpt catalogue: its JSON list API and what it lists.
        Gkmlpt = "gkmlpt",
        /// A page rendered in a headless browser and what its DOM links.
        Rendered = "rendered",
    }
}

sql_text!(RunKind, Mode, PageRole, FailureKind, ListMechanism);

impl FrontierState {
    /// The integer in `frontier.state` (the schema's 0 queued, 1 done, 2 failed, 3 skipped).
    pub fn code(self) -> i64 {
        match self {
            FrontierState::Queued => 0,
            FrontierState::Done => 1,
            FrontierState::Failed => 2,
            FrontierState::Skipped => 3,
        }
    }
}

impl ToSql for FrontierState {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.code()))
    }
}

impl FromSql for FrontierState {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let n = v.as_i64()?;
        FrontierState::ALL
            .iter()
            .copied()
            .find(|s| s.code() == n)
            .ok_or(FromSqlError::OutOfRange(n))
    }
}

#[derive(Debug, Clone)]
pub struct RunRow {
    pub id: i64,
    pub kind: RunKind,
    pub years: Option<(i32, i32)>,
    pub max_pages: Option<u64>,
}

/// One URL a run has to fetch, with what the archive knows of it.
#[derive(Debug, Clone)]
pub struct FrontierItem {
    pub url_id: i64,
    pub url: String,
    pub role: PageRole,
    pub depth: u32,
    pub priority: i32,
    pub revisit: bool,
    pub year_hint: Option<i32>,
    pub pager_group: Option<String>,
    pub pager_index: Option<i64>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_capture_id: Option<i64>,
    pub last_sha256: Option<String>,
    /// `Some(form)`: the request is a `POST` of this form body (a platform list query).
    pub form_body: Option<String>,
    /// How the URL was first found (None for URLs archived before that was recorded).
    pub mechanism: Option<ListMechanism>,
}

/// A link that left a site's scope: recorded, never fetched, and kept with what a
/// person needs to judge it as a site of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffscopeLink {
    pub url: String,
    /// Anchor text, jump-menu option text or title; empty when the link had none.
    pub anchor: String,
    /// The page the link was on (empty for a redirect that left the scope).
    pub source_url: String,
    /// The heading of the block the link sits in.
    pub block_heading: Option<String>,
}

/// An off-scope link with the site whose page linked it.
#[derive(Debug, Clone)]
pub struct OffscopeEvidence {
    pub link: OffscopeLink,
    pub site_host: String,
    /// '' for a whole-host site, else its path prefix.
    pub site_scope: String,
}

/// A link found on a page, to be queued if new to this run.
#[derive(Debug, Clone)]
pub struct NewLink {
    pub canon: String,
    pub url: String,
    pub role: PageRole,
    pub year_hint: Option<i32>,
    pub anchor: String,
    pub depth: u32,
    pub priority: i32,
    pub pager_group: Option<String>,
    pub pager_index: Option<i64>,
    /// When the URL is already in the archive: queue it only if this says so.
    pub requeue_known: KnownPolicy,
    /// `Some(form)`: a `POST` of this form body; `canon` then names method and body too.
    pub form_body: Option<String>,
    /// What found it (kept from the URL's first sighting).
    pub mechanism: ListMechanism,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownPolicy {
    /// Fetch it even if archived before (conditionally).
    Always,
    /// Skip it if an earlier run archived it with a 2xx.
    SkipIfArchived,
}

/// One HTTP exchange to archive.
#[derive(Debug, Clone, Default)]
pub struct CaptureRecord {
    pub url_id: Option<i64>,
    pub requested_url: String,
    pub final_url: String,
    pub redirects_json: String,
    pub request_headers: String,
    pub status: u16,
    pub http_version: String,
    pub response_headers: String,
    pub fetched_at: String,
    pub elapsed_ms: i64,
    pub content_type: Option<String>,
    pub content_encoding: Option<String>,
    pub charset: Option<String>,
    pub charset_source: Option<String>,
    pub truncated: bool,
    pub tls_invalid_accepted: bool,
    pub sha256: Option<String>,
    /// zstd-compressed body, present when `sha256` is.
    pub body_zstd: Option<Vec<u8>>,
    pub bytes: i64,
    pub decoded_bytes: Option<i64>,
    pub revisit_of: Option<i64>,
    pub role: Option<PageRole>,
    pub likely_report: bool,
    pub title: Option<String>,
    pub year_hint: Option<i32>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The form body of a `POST` (None: the request was a `GET`).
    pub request_body: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FailureRecord {
    pub url: String,
    pub kind: FailureKind,
    pub detail: String,
    pub status: Option<u16>,
}

impl Store {
    /// Insert or refresh a site from its seed row; returns what the archive knows of it.
    pub fn upsert_site(&self, seed: impl Into<crate::SiteSeed>) -> Result<SiteRow> {
        let seed: crate::SiteSeed = seed.into();
        let extra = serde_json::to_string(&seed.extra).unwrap_or_else(|_| "{}".into());
        self.conn
            .execute(
                "INSERT INTO sites(host, scope, name, province, level, seed_url, extra_json) VALUES (?1,?2,?3,?4,?5,?6,?7)
                 ON CONFLICT(host, scope) DO UPDATE SET name=excluded.name, province=excluded.province,
                   level=excluded.level, seed_url=excluded.seed_url, extra_json=excluded.extra_json",
                params![seed.host, seed.scope, seed.name, seed.province, seed.level, seed.url, extra],
            )
            .map_err(|e| self.err(e))?;
        self.conn
            .query_row(
                "SELECT id, host, scope, name, seed_url, explored_run_id IS NOT NULL FROM sites WHERE host = ?1 AND scope = ?2",
                params![seed.host, seed.scope],
                |r| Ok(SiteRow { id: r.get(0)?, host: r.get(1)?, scope: r.get(2)?, name: r.get(3)?, seed_url: r.get(4)?, explored: r.get(5)? }),
            )
            .map_err(|e| self.err(e))
    }

    pub fn mark_site_explored(&self, site_id: i64, run_id: i64) -> Result<()> {
        self.conn
            .execute(
                "UPDATE sites SET explored_run_id = ?2 WHERE id = ?1",
                params![site_id, run_id],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The newest run of this kind that never finished (it was killed): the one to resume.
    pub fn unfinished_run(&self, kind: RunKind) -> Result<Option<RunRow>> {
        self.conn
            .query_row(
                "SELECT id, kind, years_from, years_to, max_pages FROM runs WHERE status = 'running' AND kind = ?1 ORDER BY id DESC LIMIT 1",
                [kind],
                |r| {
                    let from: Option<i32> = r.get(2)?;
                    let to: Option<i32> = r.get(3)?;
                    Ok(RunRow { id: r.get(0)?, kind: r.get(1)?, years: from.zip(to), max_pages: r.get::<_, Option<i64>>(4)?.map(|v| v as u64) })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn create_run(
        &self,
        kind: RunKind,
        years: Option<(i32, i32)>,
        max_pages: Option<u64>,
    ) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO runs(kind, status, started_at, years_from, years_to, max_pages, pid) VALUES (?1,'running',?2,?3,?4,?5,?6)",
                params![kind, now_rfc3339(), years.map(|y| y.0), years.map(|y| y.1), max_pages.map(|v| v as i64), std::process::id()],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn finish_run(&self, run_id: i64, summary_json: &str) -> Result<()> {
        self.conn
            .execute(
                "UPDATE runs SET status='finished', finished_at=?2, summary_json=?3 WHERE id=?1",
                params![run_id, now_rfc3339(), summary_json],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Does this run's frontier already hold anything for the site (a resumed run)?
    pub fn frontier_len(&self, run_id: i64, site_id: i64) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT count(*) FROM frontier WHERE run_id=?1 AND site_id=?2",
                params![run_id, site_id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// Fetches this run already made for the site (captures + failures), for the per-host cap on resume.
    pub fn fetches_in_run(&self, run_id: i64, site_id: i64) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM captures WHERE run_id=?1 AND site_id=?2)
                      + (SELECT count(*) FROM failures WHERE run_id=?1 AND site_id=?2 AND kind != ?3)",
                params![run_id, site_id, FailureKind::Robots],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        Ok(n as u64)
    }

    /// Queue a link for this run unless the run already has it. Returns true when queued.
    pub fn enqueue(
        &self,
        run_id: i64,
        site_id: i64,
        link: &NewLink,
        revisit: bool,
    ) -> Result<bool> {
        self.enqueue_from(run_id, site_id, link, revisit, None)
    }

    /// [`Store::enqueue`] for a link found on the page archived as capture
    /// `found_on` (kept for the URL's first sighting: what ties an attachment to
    /// the page that links it).
    pub fn enqueue_from(
        &self,
        run_id: i64,
        site_id: i64,
        link: &NewLink,
        revisit: bool,
        found_on: Option<i64>,
    ) -> Result<bool> {
        let existing: Option<(i64, Option<i64>)> = self
            .conn
            .prepare_cached("SELECT id, last_status FROM urls WHERE canon = ?1")
            .and_then(|mut s| {
                s.query_row([&link.canon], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()
            })
            .map_err(|e| self.err(e))?;
        let url_id = match existing {
            Some((id, last_status)) => {
                let archived = last_status.is_some_and(|s| (200..300).contains(&s) || s == 304);
                if link.requeue_known == KnownPolicy::SkipIfArchived && archived && !revisit {
                    return Ok(false);
                }
                // Learn a better role/year from a later sighting (a list link now known to be a report).
                self.conn
                    .prepare_cached(
                        "UPDATE urls SET role = CASE WHEN role IN (?5, ?6) AND ?2 IN (?7, ?8, ?6) THEN ?2 ELSE role END,
                                          year_hint = coalesce(year_hint, ?3),
                                          pager_index = coalesce(?4, pager_index),
                                          found_on = coalesce(found_on, ?9),
                                          mechanism = coalesce(mechanism, ?10)
                         WHERE id = ?1",
                    )
                    .and_then(|mut s| s.execute(params![
                            id,
                            link.role,
                            link.year_hint,
                            link.pager_index,
                            PageRole::Other,
                            PageRole::List,
                            PageRole::Report,
                            PageRole::Attachment,
                            found_on,
                            link.mechanism
                        ]))
                    .map_err(|e| self.err(e))?;
                id
            }
            None => {
                self.conn
                    .prepare_cached(
                        "INSERT INTO urls(site_id, canon, url, role, year_hint, anchor, pager_index, found_on, method, form_body, mechanism)
                         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
                    )
                    .and_then(|mut s| {
                        let method = if link.form_body.is_some() { "POST" } else { "GET" };
                        s.execute(params![site_id, link.canon, link.url, link.role, link.year_hint, link.anchor, link.pager_index, found_on,
                            method, link.form_body, link.mechanism])
                    })
                    .map_err(|e| self.err(e))?;
                self.conn.last_insert_rowid()
            }
        };
        let n = self
            .conn
            .prepare_cached(
                "INSERT OR IGNORE INTO frontier(run_id, url_id, site_id, depth, priority, revisit, pager_group) VALUES (?1,?2,?3,?4,?5,?6,?7)",
            )
            .and_then(|mut s| s.execute(params![run_id, url_id, site_id, link.depth, link.priority, revisit, link.pager_group]))
            .map_err(|e| self.err(e))?;
        Ok(n == 1)
    }

    /// The next queued URLs of a site, best first.
    pub fn next_batch(&self, run_id: i64, site_id: i64, limit: usize) -> Result<Vec<FrontierItem>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT u.id, u.url, u.role, f.depth, f.priority, f.revisit, u.year_hint, f.pager_group, u.pager_index,
                        u.etag, u.last_modified, u.last_capture_id, u.last_sha256, u.form_body, u.mechanism
                 FROM frontier f JOIN urls u ON u.id = f.url_id
                 WHERE f.run_id = ?1 AND f.site_id = ?2 AND f.state = ?4
                 ORDER BY f.priority DESC, f.depth, u.pager_index, f.url_id LIMIT ?3",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(
                params![run_id, site_id, limit as i64, FrontierState::Queued],
                |r| {
                    Ok(FrontierItem {
                        url_id: r.get(0)?,
                        url: r.get(1)?,
                        role: r.get(2)?,
                        depth: r.get(3)?,
                        priority: r.get(4)?,
                        revisit: r.get(5)?,
                        year_hint: r.get(6)?,
                        pager_group: r.get(7)?,
                        pager_index: r.get(8)?,
                        etag: r.get(9)?,
                        last_modified: r.get(10)?,
                        last_capture_id: r.get(11)?,
                        last_sha256: r.get(12)?,
                        form_body: r.get(13)?,
                        mechanism: r.get(14)?,
                    })
                },
            )
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    pub fn set_state(&self, run_id: i64, url_id: i64, state: FrontierState) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE frontier SET state = ?3 WHERE run_id = ?1 AND url_id = ?2")
            .and_then(|mut s| s.execute(params![run_id, url_id, state]))
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Skip every still-queued page of a pager group beyond `index` (backfill reached years older than asked).
    pub fn skip_pager_tail(
        &self,
        run_id: i64,
        site_id: i64,
        group: &str,
        index: i64,
    ) -> Result<usize> {
        self.conn
            .execute(
                "UPDATE frontier SET state = ?5 WHERE run_id=?1 AND site_id=?2 AND state = ?6 AND pager_group=?3
                 AND url_id IN (SELECT id FROM urls WHERE pager_index > ?4)",
                params![run_id, site_id, group, index, FrontierState::Skipped, FrontierState::Queued],
            )
            .map_err(|e| self.err(e))
    }

    /// Archive one HTTP exchange: the body (once per hash), the capture row, the URL's validators.
    pub fn record_capture(&self, run_id: i64, site_id: i64, c: &CaptureRecord) -> Result<i64> {
        if let (Some(sha), Some(z)) = (&c.sha256, &c.body_zstd) {
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO bodies(sha256, size, zstd) VALUES (?1,?2,?3)",
                )
                .and_then(|mut s| s.execute(params![sha, c.bytes, z]))
                .map_err(|e| self.err(e))?;
        }
        self.conn
            .prepare_cached(
                "INSERT INTO captures(run_id, site_id, url_id, requested_url, final_url, redirects_json, request_headers, status,
                    http_version, response_headers, fetched_at, elapsed_ms, content_type, content_encoding, charset, charset_source,
                    truncated, tls_invalid_accepted, sha256, bytes, decoded_bytes, revisit_of, role, likely_report, title, year_hint, method, request_body)
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    run_id,
                    site_id,
                    c.url_id,
                    c.requested_url,
                    c.final_url,
                    c.redirects_json,
                    c.request_headers,
                    c.status,
                    c.http_version,
                    c.response_headers,
                    c.fetched_at,
                    c.elapsed_ms,
                    c.content_type,
                    c.content_encoding,
                    c.charset,
                    c.charset_source,
                    c.truncated,
                    c.tls_invalid_accepted,
                    c.sha256,
                    c.bytes,
                    c.decoded_bytes,
                    c.revisit_of,
                    c.role,
                    c.likely_report,
                    c.title,
                    c.year_hint,
                    if c.request_body.is_some() { "POST" } else { "GET" },
                    c.request_body.as_deref().map(str::as_bytes)
                ])
            })
            .map_err(|e| self.err(e))?;
        let id = self.conn.last_insert_rowid();
        if let Some(url_id) = c.url_id {
            // A 304 keeps the previous body and validators; anything else replaces them.
            if c.status == 304 {
                self.conn
                    .prepare_cached("UPDATE urls SET last_status = 304 WHERE id = ?1")
                    .and_then(|mut s| s.execute([url_id]))
                    .map_err(|e| self.err(e))?;
            } else {
                let payload_capture = c.revisit_of.unwrap_or(id);
                self.conn
                    .prepare_cached(
                        "UPDATE urls SET last_status=?2, etag=?3, last_modified=?4, last_capture_id=?5, last_sha256=?6,
                           role = CASE WHEN ?7 IS NOT NULL THEN ?7 ELSE role END, year_hint = coalesce(?8, year_hint)
                         WHERE id=?1",
                    )
                    .and_then(|mut s| {
                        s.execute(params![url_id, c.status, c.etag, c.last_modified, payload_capture, c.sha256, c.role, c.year_hint])
                    })
                    .map_err(|e| self.err(e))?;
            }
        }
        Ok(id)
    }

    pub fn record_failure(&self, run_id: i64, site_id: i64, f: &FailureRecord) -> Result<()> {
        self.conn
            .prepare_cached("INSERT INTO failures(run_id, site_id, url, kind, detail, status, at) VALUES (?1,?2,?3,?4,?5,?6,?7)")
            .and_then(|mut s| s.execute(params![run_id, site_id, f.url, f.kind, f.detail, f.status, now_rfc3339()]))
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Keep an off-scope link once per run and site; a later sighting with text replaces
    /// evidence that had none (an image link before the text link).
    pub fn record_offscope(&self, run_id: i64, site_id: i64, l: &OffscopeLink) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO offscope_links(run_id, site_id, url, anchor, source_url, block_heading)
                 VALUES (?1,?2,?3,?4,?5,?6)
                 ON CONFLICT(run_id, site_id, url) DO UPDATE SET
                   anchor=excluded.anchor,
                   source_url=excluded.source_url, block_heading=excluded.block_heading
                 WHERE offscope_links.anchor = '' AND excluded.anchor <> ''",
            )
            .and_then(|mut s| {
                s.execute(params![
                    run_id,
                    site_id,
                    l.url,
                    l.anchor,
                    l.source_url,
                    l.block_heading
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Every off-scope link with evidence, newest run first, with the host and
    /// scope of the site whose page linked it.
    pub fn offscope_evidence(&self) -> Result<Vec<OffscopeEvidence>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT o.url, o.anchor, o.source_url, o.block_heading, s.host, s.scope
                 FROM offscope_links o JOIN sites s ON s.id = o.site_id
                 ORDER BY o.run_id DESC, o.url",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(OffscopeEvidence {
                    link: OffscopeLink {
                        url: r.get(0)?,
                        anchor: r.get(1)?,
                        source_url: r.get(2)?,
                        block_heading: r.get(3)?,
                    },
                    site_host: r.get(4)?,
                    site_scope: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// The (host, scope) of every site in the archive: what is already seeded.
    pub fn site_scopes(&self) -> Result<Vec<(String, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT host, scope FROM sites")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }

    /// The body of robots.txt already archived by this run for a host (a resumed run reuses it).
    pub fn robots_capture_in_run(
        &self,
        run_id: i64,
        site_id: i64,
    ) -> Result<Option<(u16, Option<String>)>> {
        self.conn
            .query_row(
                "SELECT status, sha256 FROM captures WHERE run_id=?1 AND site_id=?2 AND role = ?3 ORDER BY id DESC LIMIT 1",
                params![run_id, site_id, PageRole::Robots],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Known URLs of a site a nightly crawl rechecks: list pages near the top of their pagers, and
    /// reports of the site's newest `recheck_years` report years (or of unknown year).
    pub fn revisit_set(
        &self,
        site_id: i64,
        list_pages: u32,
        recheck_years: i32,
    ) -> Result<Vec<RevisitRow>> {
        let newest: Option<i32> = self
            .conn
            .query_row(
                "SELECT max(year_hint) FROM urls WHERE site_id=?1 AND role = ?2",
                params![site_id, PageRole::Report],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let floor = newest.map(|y| y - recheck_years + 1).unwrap_or(i32::MIN);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, url, role, year_hint, pager_index, canon, form_body, mechanism FROM urls WHERE site_id=?1 AND last_status IS NOT NULL AND (
                    (role IN (?4, ?5) AND coalesce(pager_index,0) < (CASE WHEN method = 'POST' THEN 1 ELSE ?2 END))
                 OR (role = ?6 AND (year_hint IS NULL OR year_hint >= ?3)))",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(
                params![
                    site_id,
                    list_pages,
                    floor,
                    PageRole::Seed,
                    PageRole::List,
                    PageRole::Report
                ],
                |r| {
                    Ok(RevisitRow {
                        url: r.get(1)?,
                        role: r.get(2)?,
                        year_hint: r.get(3)?,
                        pager_index: r.get(4)?,
                        canon: r.get(5)?,
                        form_body: r.get(6)?,
                        mechanism: r.get(7)?,
                    })
                },
            )
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }
}

/// A known URL a nightly crawl rechecks.
#[derive(Debug, Clone)]
pub struct RevisitRow {
    pub url: String,
    pub role: PageRole,
    pub year_hint: Option<i32>,
    pub pager_index: Option<i64>,
    /// The seen-set key (a `POST`'s includes its body).
    pub canon: String,
    /// `Some`: a `POST` of this form body; only its first page is rechecked (a
    /// `POST` has no conditional form, so each recheck costs a whole answer).
    pub form_body: Option<String>,
    pub mechanism: Option<ListMechanism>,
}

/// An archived body with what is needed to parse it again.
#[derive(Debug, Clone)]
pub struct ArchivedPayload {
    pub body: Vec<u8>,
    pub content_type: Option<String>,
    pub content_encoding: Option<String>,
    pub final_url: String,
    /// What the crawler decoded of it at fetch time: the cap for decoding it again.
    pub decoded_bytes: Option<i64>,
}

impl ArchivedPayload {
    /// The payload with its Content-Encoding undone, at most `limit` bytes of it
    /// (see [`crate::decode_archived`]).
    pub fn decoded(&self, limit: usize) -> std::borrow::Cow<'_, [u8]> {
        crate::decode_archived(
            self.content_encoding.as_deref(),
            &self.body,
            self.decoded_bytes,
            limit,
        )
    }
}

impl Store {
    pub fn capture_payload(&self, capture_id: i64) -> Result<Option<ArchivedPayload>> {
        type Row = (
            Option<String>,
            Option<String>,
            Option<String>,
            String,
            Option<i64>,
        );
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT sha256, content_type, content_encoding, final_url, decoded_bytes FROM captures WHERE id = ?1",
                [capture_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((Some(sha), content_type, content_encoding, final_url, decoded_bytes)) = row
        else {
            return Ok(None);
        };
        Ok(self.body(&sha)?.map(|body| ArchivedPayload {
            body,
            content_type,
            content_encoding,
            final_url,
            decoded_bytes,
        }))
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn names_read_back_as_stored() {
        let strings = |all: &[&str]| all.join(",");
        assert_eq!(
            strings(&PageRole::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>()),
            "seed,list,report,attachment,page_image,robots,other"
        );
        for k in FailureKind::ALL {
            assert_eq!(k.as_str().parse::<FailureKind>(), Ok(*k));
            assert_eq!(serde_json::to_string(k).unwrap(), format!("\"{k}\""));
        }
        assert_eq!(FailureKind::RateLimited.as_str(), "rate_limited");
        assert_eq!(
            strings(
                &ListMechanism::ALL
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
            ),
            "links,js_pager,datastore,jpage_post,gkmlpt,rendered"
        );
        assert!("bogus".parse::<PageRole>().is_err());
        assert_eq!(format!("{:>8}", Mode::Nightly), " nightly");
        let c = rusqlite::Connection::open_in_memory().unwrap();
        let role: PageRole = c
            .query_row("SELECT ?1", [PageRole::Attachment], |r| r.get(0))
            .unwrap();
        assert_eq!(role, PageRole::Attachment);
        let text: String = c
            .query_row("SELECT ?1", [FailureKind::Waf], |r| r.get(0))
            .unwrap();
        assert_eq!(text, "waf");
        let codes: Vec<i64> = FrontierState::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(codes, [0, 1, 2, 3]);
        let st: FrontierState = c
            .query_row("SELECT ?1", [FrontierState::Skipped], |r| r.get(0))
            .unwrap();
        assert_eq!(st, FrontierState::Skipped);
        assert!(c
            .query_row("SELECT 'nope'", [], |r| r.get::<_, PageRole>(0))
            .is_err());
        // Maps keyed by a name keep the alphabetical order of the strings.
        let mut m = std::collections::BTreeMap::new();
        for k in [FailureKind::Waf, FailureKind::Http, FailureKind::Robots] {
            m.insert(k, 1);
        }
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"http":1,"robots":1,"waf":1}"#
        );
    }
}
