//! `nianbao serve`: a local web application over the archive, to browse it and
//! check every figure against the page it came from.
//!
//! What this crate owns: the routes and their stable URLs (a researcher bookmarks
//! and cites them), the pages (maud templates, one stylesheet, no script and no
//! external asset, so it works offline), the validation of every parameter, and
//! the safety rules for showing archived pages. Where it meets the rest: it reads
//! the archive only through `nianbao-store`'s typed read functions (the store owns
//! every query, including the search over the `report_text` index that `extract`
//! fills), draws the overview from `nianbao-export`'s coverage facts and
//! downloads through the export's own writers, and decodes archived bodies with
//! the extractor's charset chain (`nianbao-extract`).
//!
//! Why these rules:
//! - Read-only: each worker opens the archive with `Store::open_read_only`; the
//!   archive is in WAL mode, so pages keep working while a crawl writes.
//! - Archived HTML is hostile. It is shown only inside `<iframe sandbox srcdoc>`
//!   (no `allow-scripts`, no `allow-same-origin`, no popups) under a
//!   Content-Security-Policy (on every response, and again as a `<meta>` inside
//!   the srcdoc) that allows no network fetch at all: nothing ever leaves for the
//!   original site. The raw body is only ever an attachment
//!   (`/captures/<id>/raw`), never rendered in the application's origin.
//! - A bad parameter is the user's mistake: 400 with a sentence saying which and
//!   why; an unknown id is 404; nothing from a request reaches SQL except as a bound
//!   parameter, and nothing from a request can panic a handler.
//! - Loopback by default: [`check_bind`] refuses any other address unless the
//!   user says `--allow-remote`, and then warns.

mod error;
mod overview;
mod page;
mod params;
mod raw;
mod report;
mod search;
mod site;
mod tables;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::extract::Request;
use axum::http::header::{HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use nianbao_store::Store;

pub use error::AppError;

/// The default address: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:8611";

/// The policy on every response. No fetch of any kind leaves the page (no
/// `connect-src`, `img-src` beyond `data:`, no fonts, no frames from anywhere but
/// the page's own `srcdoc`); inline styles are the only thing allowed, and no
/// script runs. A `srcdoc` document inherits it, and carries [`SRCDOC_CSP`] too.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
     frame-src 'self'; form-action 'self'; frame-ancestors 'none'";

/// The policy inside an archived page's `srcdoc`: nothing but inline styles and
/// `data:` images; no script, no request.
pub const SRCDOC_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// Where the server reads from, shared by every request: the archive path and a
/// few idle read-only connections (opening one costs a millisecond; a page should not).
pub(crate) struct App {
    db: PathBuf,
    idle: Mutex<Vec<Store>>,
    /// What is costly to read and changes only when the archive does (the overview,
    /// the search filters' values), with the archive's [`stamp`] it was read at.
    cache: Mutex<std::collections::HashMap<&'static str, (Stamp, Cached)>>,
}

/// A cached value of any type.
type Cached = Arc<dyn std::any::Any + Send + Sync>;

/// Size and modification time of the archive and its WAL: any commit (by a crawl or
/// an extraction) changes one of them.
type Stamp = [Option<(u64, std::time::SystemTime)>; 2];

fn stamp(db: &Path) -> Stamp {
    let of = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .and_then(|m| Some((m.len(), m.modified().ok()?)))
    };
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    [of(db), of(Path::new(&wal))]
}

const IDLE_CONNECTIONS: usize = 8;

impl App {
    /// Run `f` on a read-only connection, off the async threads.
    pub(crate) async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let app = self.clone();
        tokio::task::spawn_blocking(move || {
            let pooled = app.idle.lock().ok().and_then(|mut v| v.pop());
            let store = match pooled {
                Some(s) => s,
                None => Store::open_read_only(&app.db).map_err(AppError::from)?,
            };
            let out = f(&store);
            if let Ok(mut idle) = app.idle.lock() {
                if idle.len() < IDLE_CONNECTIONS {
                    idle.push(store);
                }
            }
            out
        })
        .await
        .map_err(|e| AppError::Internal(format!("a page failed: {e}")))?
    }

    /// `read(f)`, or its value cached under `key` while the archive is unchanged.
    pub(crate) async fn cached<T: Send + Sync + 'static>(
        self: &Arc<Self>,
        key: &'static str,
        f: impl FnOnce(&Store) -> Result<T, AppError> + Send + 'static,
    ) -> Result<Arc<T>, AppError> {
        let now = stamp(&self.db);
        let hit = self.cache.lock().ok().and_then(|c| {
            c.get(key)
                .filter(|(s, _)| *s == now)
                .map(|(_, v)| v.clone())
        });
        if let Some(v) = hit.and_then(|v| v.downcast::<T>().ok()) {
            return Ok(v);
        }
        let v = Arc::new(self.read(f).await?);
        if let Ok(mut c) = self.cache.lock() {
            c.insert(key, (now, v.clone()));
        }
        Ok(v)
    }
}

/// Is `addr` allowed, and what must be said about it: loopback always (no
/// warning); any other address only with `allow_remote`, with a warning.
pub fn check_bind(addr: &SocketAddr, allow_remote: bool) -> Result<Option<String>, String> {
    if addr.ip().is_loopback() {
        return Ok(None);
    }
    if !allow_remote {
        return Err(format!(
            "--bind {addr} is not a loopback address: the archive would be readable from other machines; pass --allow-remote to do that on purpose"
        ));
    }
    Ok(Some(format!(
        "warning: serving the archive on {addr}, reachable from other machines; there is no authentication"
    )))
}

/// The application over the archive at `db`; fails (with the store's one-line
/// message) when it is missing, not an archive, or of an older schema.
pub fn router(db: &Path) -> Result<Router, nianbao_store::Error> {
    let first = Store::open_read_only(db)?;
    let app = Arc::new(App {
        db: db.to_path_buf(),
        idle: Mutex::new(vec![first]),
        cache: Mutex::new(Default::default()),
    });
    Ok(Router::new()
        .route("/", get(overview::page))
        .route("/sites/{id}", get(site::page))
        .route("/reports/{id}", get(report::page))
        .route("/captures/{id}/raw", get(raw::body))
        .route("/search", get(search::page))
        .route("/search/download", get(search::download))
        .fallback(not_found)
        .layer(middleware::from_fn(security_headers))
        .with_state(app))
}

async fn not_found(uri: axum::http::Uri) -> AppError {
    AppError::NotFound(format!("no page at {}", uri.path()))
}

/// Every response: the policy above, no sniffing, no referrer, not framed elsewhere.
async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    for (name, value) in [
        ("content-security-policy", CSP),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
        ("cross-origin-opener-policy", "same-origin"),
    ] {
        h.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    res
}

/// Serve `app` (a [`router`]) on `listener` until the process ends.
pub async fn run(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_only_unless_asked() {
        let lo: SocketAddr = "127.0.0.1:8611".parse().unwrap();
        assert_eq!(check_bind(&lo, false), Ok(None));
        let v6: SocketAddr = "[::1]:8611".parse().unwrap();
        assert_eq!(check_bind(&v6, false), Ok(None));
        let any: SocketAddr = "0.0.0.0:8611".parse().unwrap();
        assert!(check_bind(&any, false)
            .unwrap_err()
            .contains("--allow-remote"));
        assert!(check_bind(&any, true).unwrap().unwrap().contains("warning"));
    }
}
