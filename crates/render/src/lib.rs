//! `nianbao-render`: headless Chromium for lists that only script builds, with every
//! request the page makes answered by the crawler, never by the browser's own network.
//!
//! What this crate owns: finding and launching Chromium (driven over the DevTools
//! protocol by `chromiumoxide`), the launch flags that keep it off the network, the
//! interception of every request a page makes (the `Fetch` domain's `requestPaused`),
//! the script time budget, and taking the rendered DOM. What it does not own: whether a
//! request may be made and how. Each intercepted request goes through the caller's
//! [`PageFetcher`], which either answers it (having fetched it under the host's
//! politeness: robots.txt, the rate ceiling, the User-Agent, the egress guard, and
//! archived it) or refuses it; the browser gets that answer or a failure, nothing else.
//!
//! Belt and braces: the browser is launched with a proxy at a dead loopback port
//! (`127.0.0.1:9`), loopback included in what goes through it, every name resolving to
//! nothing, and background networking (updates, sync, safe browsing, DNS prefetch)
//! switched off; a request that somehow escaped interception fails there.
//!
//! Where it meets the rest: the crawler (`src/crawl/site/render.rs`) implements
//! [`PageFetcher`], hands over the list page it already fetched as a [`Document`]
//! (the browser does not fetch it a second time), and reads the links of
//! [`Rendered::dom`] with the same link extraction as any page.

mod triage;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::time::{Duration, Instant};

use chromiumoxide::browser::{Browser as Chromium, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::fetch::{
    EventRequestPaused, FailRequestParams, FulfillRequestParams, HeaderEntry,
};
use chromiumoxide::cdp::browser_protocol::network::ErrorReason;
use chromiumoxide::Page;
use futures_util::stream::FuturesUnordered;
use futures_util::StreamExt;
use url::Url;

pub use triage::{triage, ResourceKind, Triage};

/// The executables tried, in order, on `PATH`: Debian's package, then other builds.
pub const EXECUTABLES: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];

/// The tool a user installs when rendering is asked for and none is found.
pub const TOOL: &str = "chromium";

/// How long the page's network must stay quiet (nothing in flight) before its DOM is
/// taken early; the budget bounds the wait either way.
const QUIET: Duration = Duration::from_millis(500);

/// One request the page made, as the caller sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub url: Url,
    pub kind: ResourceKind,
}

/// What the caller answers a request with: the response as received (its body with
/// any Content-Encoding undone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Why a request was not answered. The browser sees a failed request either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not GET: scripts' POSTs are not replayed (the crawl sends only read-only queries).
    Method(String),
    /// Not http(s).
    Scheme(String),
    /// A kind of resource a list does not need to be built (images, fonts, styles, media,
    /// pings): not worth a request to the host.
    NotNeeded(ResourceKind),
    /// Another host, or outside what the crawl may fetch there.
    OffSite,
    /// Disallowed by robots.txt.
    Robots,
    /// Fetched, but no usable response (timeout, network, egress refused, …).
    Failed(String),
}

impl Refusal {
    /// The reason the browser is given: a refusal of ours reads as blocked by the client.
    fn reason(&self) -> ErrorReason {
        match self {
            Refusal::Failed(_) => ErrorReason::Failed,
            _ => ErrorReason::BlockedByClient,
        }
    }
}

/// The caller's side of every intercepted request.
pub trait PageFetcher: Sync {
    /// Fetch `req` under the host's politeness, or refuse it.
    fn fetch(&self, req: &Request) -> impl Future<Output = Result<Response, Refusal>> + Send;
}

/// The page to render, as the crawler already fetched it.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its final URL (scripts resolve relative URLs against it).
    pub url: Url,
    pub content_type: Option<String>,
    /// The body with any Content-Encoding undone.
    pub body: Vec<u8>,
}

/// What became of one request of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handled {
    pub url: String,
    pub kind: ResourceKind,
    /// The status it was answered with, or why it was refused.
    pub outcome: Result<u16, Refusal>,
}

/// A rendered page.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The document's HTML as the scripts left it.
    pub dom: String,
    /// Every request the page made, in the order they were settled.
    pub requests: Vec<Handled>,
    /// True when the budget ran out before the page's network went quiet.
    pub out_of_time: bool,
}

/// Why nothing was rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// No Chromium on `PATH`: the tool to install.
    NeedsTool(&'static str),
    /// Chromium is there but would not start or talk.
    Launch(String),
    /// The browser failed during one page.
    Page(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::NeedsTool(t) => write!(
                f,
                "{t} is not installed (tried {} on PATH): install Debian's `{t}` package to render script-built lists",
                EXECUTABLES.join(", ")
            ),
            RenderError::Launch(m) => write!(f, "chromium did not start: {m}"),
            RenderError::Page(m) => write!(f, "rendering failed: {m}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// The first of [`EXECUTABLES`] found on `PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    EXECUTABLES.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| is_executable(p))
    })
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The flags Chromium runs with besides `--headless`, `--no-sandbox` and
/// `--user-data-dir`: no GPU, no QUIC, no first-run or background traffic, and a dead
/// proxy (loopback included) with no name resolution behind the interception.
pub const FLAGS: [&str; 17] = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-breakpad",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-dev-shm-usage",
    "--dns-prefetch-disable",
    "--no-pings",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
];

/// A running headless Chromium; pages are rendered one tab each.
pub struct Browser {
    chromium: tokio::sync::Mutex<Chromium>,
    handler: tokio::task::JoinHandle<()>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Find and start Chromium. [`RenderError::NeedsTool`] when it is not installed.
    pub async fn launch() -> Result<Browser, RenderError> {
        let exe = find_chromium().ok_or(RenderError::NeedsTool(TOOL))?;
        let profile = tempfile::Builder::new()
            .prefix("nianbao-chromium-")
            .tempdir()
            .map_err(|e| RenderError::Launch(format!("no temporary profile directory: {e}")))?;
        let config = BrowserConfig::builder()
            .chrome_executable(&exe)
            .disable_default_args()
            .no_sandbox()
            .user_data_dir(profile.path())
            .args(FLAGS)
            .enable_request_intercept()
            .disable_cache()
            .launch_timeout(Duration::from_secs(30))
            .build()
            .map_err(RenderError::Launch)?;
        let (chromium, mut handler) = Chromium::launch(config)
            .await
            .map_err(|e| RenderError::Launch(format!("{}: {e}", exe.display())))?;
        let handler = tokio::spawn(async move {
            while let Some(event) = handler.next().await {
                if let Err(e) = event {
                    tracing::debug!("chromium connection: {e}");
                }
            }
        });
        Ok(Browser {
            chromium: tokio::sync::Mutex::new(chromium),
            handler,
            _profile: profile,
        })
    }

    /// Load `doc` in a new tab, answer each of its requests through `fetcher`, give its
    /// scripts up to `budget`, and take the DOM (early once the page's network has been
    /// quiet for half a second after loading).
    pub async fn render<F: PageFetcher>(
        &self,
        doc: &Document,
        fetcher: &F,
        budget: Duration,
    ) -> Result<Rendered, RenderError> {
        let page = {
            let chromium = self.chromium.lock().await;
            chromium
                .new_page("about:blank")
                .await
                .map_err(|e| RenderError::Page(format!("no new tab: {e}")))?
        };
        let out = self.drive(&page, doc, fetcher, budget).await;
        if let Err(e) = page.close().await {
            tracing::debug!("closing a tab: {e}");
        }
        out
    }

    async fn drive<F: PageFetcher>(
        &self,
        page: &Page,
        doc: &Document,
        fetcher: &F,
        budget: Duration,
    ) -> Result<Rendered, RenderError> {
        let started = Instant::now();
        let deadline = tokio::time::Instant::from_std(started + budget);
        let mut paused = page
            .event_listener::<EventRequestPaused>()
            .await
            .map_err(|e| RenderError::Page(format!("no interception: {e}")))?;
        let mut navigation = pin!(page.goto(doc.url.as_str()));
        let mut loaded = false;
        let mut document_served = false;
        let mut in_flight = FuturesUnordered::new();
        let mut requests = Vec::new();
        let mut quiet_since = Instant::now();
        let out_of_time = loop {
            let idle = loaded && in_flight.is_empty();
            let quiet_at = tokio::time::Instant::from_std(quiet_since + QUIET);
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => break true,
                _ = tokio::time::sleep_until(quiet_at), if idle => break false,
                done = &mut navigation, if !loaded => {
                    if let Err(e) = done {
                        tracing::debug!(url = %doc.url, "navigation: {e}");
                    }
                    loaded = true;
                    quiet_since = Instant::now();
                }
                Some(event) = paused.next() => {
                    let id = event.request_id.clone();
                    let method = event.request.method.clone();
                    let url = event.request.url.clone();
                    let kind = ResourceKind::from_cdp(&event.resource_type);
                    match triage(&method, &url, kind, &doc.url, document_served) {
                        Triage::Document => {
                            document_served = true;
                            let mut headers = Vec::new();
                            if let Some(ct) = &doc.content_type {
                                headers.push(("Content-Type".to_string(), ct.clone()));
                            }
                            let answer = Response { status: 200, headers, body: doc.body.clone() };
                            fulfil(page, id, &answer).await;
                            requests.push(Handled { url, kind, outcome: Ok(200) });
                        }
                        Triage::Refuse(why) => {
                            fail(page, id, &why).await;
                            requests.push(Handled { url, kind, outcome: Err(why) });
                        }
                        Triage::Ask(parsed) => {
                            in_flight.push(async move {
                                let req = Request { url: parsed, kind };
                                (id, url, kind, fetcher.fetch(&req).await)
                            });
                        }
                    }
                    quiet_since = Instant::now();
                }
                Some((id, url, kind, answer)) = in_flight.next(), if !in_flight.is_empty() => {
                    match &answer {
                        Ok(r) => fulfil(page, id, r).await,
                        Err(why) => fail(page, id, why).await,
                    }
                    requests.push(Handled { url, kind, outcome: answer.map(|r| r.status) });
                    quiet_since = Instant::now();
                }
            }
        };
        // Requests still waiting for the host's next slot are given up with the page.
        drop(in_flight);
        let dom = page
            .content()
            .await
            .map_err(|e| RenderError::Page(format!("no DOM: {e}")))?;
        Ok(Rendered {
            dom,
            requests,
            out_of_time,
        })
    }

    /// Close the browser and wait for it to exit.
    pub async fn shutdown(self) {
        let mut chromium = self.chromium.into_inner();
        if chromium.close().await.is_err() {
            let _ = chromium.kill().await;
        }
        let _ = chromium.wait().await;
        self.handler.abort();
    }
}

/// Headers that described the body as it travelled; the browser gets it decoded and whole.
fn travels_with_body(name: &str) -> bool {
    [
        "content-encoding",
        "content-length",
        "transfer-encoding",
        "connection",
    ]
    .iter()
    .any(|h| name.eq_ignore_ascii_case(h))
}

async fn fulfil(
    page: &Page,
    id: chromiumoxide::cdp::browser_protocol::fetch::RequestId,
    r: &Response,
) {
    use base64::Engine;
    let headers: Vec<HeaderEntry> = r
        .headers
        .iter()
        .filter(|(n, _)| !travels_with_body(n))
        .map(|(n, v)| HeaderEntry::new(n.clone(), v.clone()))
        .collect();
    let mut params = FulfillRequestParams::new(id, i64::from(r.status));
    params.response_headers = Some(headers);
    params.body = Some(
        base64::engine::general_purpose::STANDARD
            .encode(&r.body)
            .into(),
    );
    if let Err(e) = page.execute(params).await {
        tracing::debug!("fulfilling a request: {e}");
    }
}

async fn fail(
    page: &Page,
    id: chromiumoxide::cdp::browser_protocol::fetch::RequestId,
    why: &Refusal,
) {
    if let Err(e) = page.execute(FailRequestParams::new(id, why.reason())).await {
        tracing::debug!("failing a request: {e}");
    }
}

/// The one browser of a run, started when the first page needs it. A launch that
/// failed is remembered (and answered again, [`RenderError::NeedsTool`] above all)
/// instead of being retried for every page.
#[derive(Default)]
pub struct Launcher {
    state: tokio::sync::Mutex<State>,
}

#[derive(Default)]
enum State {
    #[default]
    NotYet,
    Running(std::sync::Arc<Browser>),
    Failed(RenderError),
    Closed,
}

impl Launcher {
    /// The running browser, launched now if this is the first call.
    pub async fn get(&self) -> Result<std::sync::Arc<Browser>, RenderError> {
        let mut state = self.state.lock().await;
        if matches!(*state, State::NotYet) {
            *state = match Browser::launch().await {
                Ok(b) => State::Running(std::sync::Arc::new(b)),
                Err(e) => State::Failed(e),
            };
        }
        match &*state {
            State::Running(b) => Ok(b.clone()),
            State::Failed(e) => Err(e.clone()),
            State::NotYet | State::Closed => {
                Err(RenderError::Launch("the browser was shut down".into()))
            }
        }
    }

    /// Close the browser if one was started; later calls to [`Launcher::get`] fail.
    pub async fn shutdown(&self) {
        let state = std::mem::replace(&mut *self.state.lock().await, State::Closed);
        if let State::Running(b) = state {
            // Still shared only if a page is being rendered: it is then killed on drop.
            if let Ok(b) = std::sync::Arc::try_unwrap(b) {
                b.shutdown().await;
            }
        }
    }
}
