//! The store's one error: the archive cannot be used (not ours, unreadable,
//! read-only, a full disk, a failed query). The message is one line naming the file;
//! the CLI maps it to its own `database:` error and exit status.

use std::fmt;

#[derive(Debug)]
pub struct Error {
    message: String,
    data: bool,
}

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            data: false,
        }
    }

    /// The archive holds something it should not (a value of the wrong type, a
    /// corrupt body), as opposed to a database that cannot be read at all.
    pub(crate) fn data(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            data: true,
        }
    }

    /// The archive holds a bad value or a corrupt body (rather than being unreadable):
    /// exporters report these as bad data, not a bad file.
    pub fn is_data(&self) -> bool {
        self.data
    }

    /// The message without the `database: ` prefix (for wrapping it again).
    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn into_message(self) -> String {
        self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "database: {}", self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::new(describe_sqlite(&e))
    }
}

/// SQLite's messages are terse; say what they mean for the user.
pub fn describe_sqlite(e: &rusqlite::Error) -> String {
    use rusqlite::ffi::ErrorCode;
    if let rusqlite::Error::SqliteFailure(f, msg) = e {
        let what = match f.code {
            ErrorCode::DiskFull => "the disk is full",
            ErrorCode::ReadOnly => "the database is read-only",
            ErrorCode::CannotOpen => "the database file cannot be opened",
            ErrorCode::NotADatabase => "the file is not an SQLite database",
            ErrorCode::PermissionDenied => "permission denied",
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => "the database is busy",
            ErrorCode::SystemIoFailure => "I/O error",
            _ => "",
        };
        if !what.is_empty() {
            return match msg {
                Some(m) => format!("{what} ({m})"),
                None => what.to_string(),
            };
        }
    }
    e.to_string()
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
