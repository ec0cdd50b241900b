//! `/captures/<id>/raw`: a capture's body as archived, with its Content-Encoding
//! undone, always as a download (`Content-Disposition: attachment`,
//! `application/octet-stream`, `nosniff`, and a sandboxing policy), so an archived
//! page is never rendered in the application's origin. The stored body's hash is
//! in `X-Nianbao-Sha256`, to check the file against the provenance panel.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use nianbao_store::MAX_DECODED;

use crate::{params, App, AppError};

/// A file name extension for the download, from the content type (else `bin`).
fn extension(content_type: Option<&str>, url: &str) -> &'static str {
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let table: &[(&str, &str, &'static str)] = &[
        ("html", ".htm", "html"),
        ("pdf", ".pdf", "pdf"),
        ("wordprocessingml", ".docx", "docx"),
        ("msword", ".doc", "doc"),
        ("wps", ".wps", "wps"),
        ("text/plain", ".txt", "txt"),
    ];
    table
        .iter()
        .find(|(c, p, _)| {
            ct.contains(c) || path.ends_with(p) || path.ends_with(&p.replace(".htm", ".html"))
        })
        .map(|(_, _, e)| *e)
        .unwrap_or("bin")
}

pub async fn body(
    State(app): State<Arc<App>>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let id = params::id("capture", &raw)?;
    let (bytes, ext, sha) = app
        .read(move |store| {
            let head = store.capture_head(id)?.ok_or_else(|| {
                AppError::NotFound(format!("there is no capture {id} in this archive"))
            })?;
            let payload_id = head.revisit_of.unwrap_or(id);
            let p = store.capture_payload(payload_id)?.ok_or_else(|| {
                AppError::NotFound(format!(
                    "capture {id} has no archived body (an empty response)"
                ))
            })?;
            let ext = extension(p.content_type.as_deref(), &p.final_url);
            let sha = store
                .capture_head(payload_id)?
                .and_then(|h| h.sha256)
                .unwrap_or_default();
            Ok((p.decoded(MAX_DECODED).into_owned(), ext, sha))
        })
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"capture-{id}.{ext}\""),
            ),
            (header::HeaderName::from_static("x-nianbao-sha256"), sha),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(
            extension(Some("text/html; charset=gbk"), "http://a/x"),
            "html"
        );
        assert_eq!(extension(None, "http://a/P0201.PDF"), "pdf");
        assert_eq!(
            extension(Some("application/octet-stream"), "http://a/r.docx?x=1"),
            "docx"
        );
        assert_eq!(extension(None, "http://a/x"), "bin");
    }
}
