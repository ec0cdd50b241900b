//! One error type for every outside interface.
//!
//! Why this shape: the CLI turns an error into one line on stderr and an exit
//! status. A person who typed `--out existing.csv` must be told to add `--force`
//! (a usage problem, exit 2), while a damaged archive is a different kind of
//! trouble (exit 1). [`ExportError::is_usage`] makes that split without the CLI
//! having to look inside the variants.

use std::fmt;
use std::path::PathBuf;

/// What went wrong during an export. `Display` is a single line, no backtrace.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportError {
    /// The output file exists and `--force` was not given (usage).
    Exists(PathBuf),
    /// The folder the output should go into does not exist (usage).
    MissingFolder(PathBuf),
    /// The output path names a folder, or has no file name (usage).
    NotAFile(PathBuf),
    /// `--since` is neither RFC 3339 nor `YYYY-MM-DD` (usage).
    BadSince(String),
    /// Reading the archive failed (SQL error, missing table, locked file…).
    Database(String),
    /// The archive holds something it should not (a missing body, a value of the
    /// wrong type, a corrupt zstd stream).
    Data(String),
    /// Writing the output failed (disk full, broken pipe…).
    Io(String),
}

impl ExportError {
    /// True for mistakes in how the command was called (exit status 2), false for
    /// problems with the archive or the disk (exit status 1).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            ExportError::Exists(_)
                | ExportError::MissingFolder(_)
                | ExportError::NotAFile(_)
                | ExportError::BadSince(_)
        )
    }

    pub(crate) fn io(context: impl fmt::Display, e: std::io::Error) -> Self {
        ExportError::Io(format!("{context}: {e}"))
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Exists(p) => write!(
                f,
                "{} already exists; add --force to replace it",
                p.display()
            ),
            ExportError::MissingFolder(p) => write!(
                f,
                "folder {} does not exist; create it first or choose another --out",
                p.display()
            ),
            ExportError::NotAFile(p) => {
                write!(f, "{} is not a file path (a folder?)", p.display())
            }
            ExportError::BadSince(s) => write!(
                f,
                "--since {s:?} is not a date: use YYYY-MM-DD or RFC 3339 (2024-03-01T00:00:00Z)"
            ),
            ExportError::Database(m) => write!(f, "archive: {m}"),
            ExportError::Data(m) => write!(f, "archive data: {m}"),
            ExportError::Io(m) => write!(f, "writing output: {m}"),
        }
    }
}

impl std::error::Error for ExportError {}

impl From<nianbao_store::Error> for ExportError {
    fn from(e: nianbao_store::Error) -> Self {
        let msg = one_line(e.message());
        if e.is_data() {
            return ExportError::Data(msg);
        }
        let hint = if msg.contains("no such table") || msg.contains("no such column") {
            " (is this a nianbao archive, migrated to the current schema?)"
        } else if msg.contains("database is locked") || msg.contains("busy") {
            " (another process holds a write lock; try again)"
        } else {
            ""
        };
        ExportError::Database(format!("{msg}{hint}"))
    }
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Io(one_line(&e.to_string()))
    }
}

/// Errors from lower layers sometimes carry newlines; the contract is one line.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
