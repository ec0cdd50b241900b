//! A fetch that ended without a usable response: what the crawl records in `failures`.
//! Shared by the decisions ([`redirect`](super::redirect), [`retry`](super::retry)) and
//! the site orchestrator that records them.

use crate::fetch::FetchError;
use crate::store::FailureKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    pub kind: FailureKind,
    pub detail: String,
    pub status: Option<u16>,
    /// An off-site URL the failure pointed at (a redirect leaving the site): kept as an
    /// off-scope link, never fetched.
    pub offscope: Option<String>,
}

impl Failure {
    pub fn new(kind: FailureKind, detail: String, status: Option<u16>) -> Failure {
        Failure {
            kind,
            detail,
            status,
            offscope: None,
        }
    }
}

impl From<FetchError> for Failure {
    fn from(e: FetchError) -> Self {
        Failure::new(e.kind, e.detail, None)
    }
}
