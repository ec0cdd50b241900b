//! How a page fails: the user's mistake (400, saying which parameter and why), a
//! missing thing (404), or the archive (500, the store's one-line message). Each
//! is a small page in the application's layout, never a panic.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::html;

use crate::page::layout;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppError {
    /// A bad parameter: what was wrong with it.
    BadRequest(String),
    NotFound(String),
    /// The archive could not be read.
    Internal(String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::BadRequest(m) | AppError::NotFound(m) | AppError::Internal(m) => {
                f.write_str(m)
            }
        }
    }
}

impl std::error::Error for AppError {}

impl From<nianbao_store::Error> for AppError {
    fn from(e: nianbao_store::Error) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl From<nianbao_export::ExportError> for AppError {
    fn from(e: nianbao_export::ExportError) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, heading) = match &self {
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "Bad request · 请求参数有误"),
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, "Not found · 未找到"),
            AppError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The archive could not be read · 无法读取档案",
            ),
        };
        let body = layout(
            heading,
            html! {
                section.error {
                    h1 { (heading) }
                    p.message { (self.to_string()) }
                    p { a href="/" { "← overview" } " · " a href="/search" { "search" } }
                }
            },
        );
        (status, body).into_response()
    }
}
