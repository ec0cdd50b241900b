//! Errors that reach the user, and the exit status each one means.
//!
//! The exit codes are part of the contract cron jobs are written against
//! (docs/interface.md): 1 fatal, 2 bad arguments, 3 another run holds the lock.
//! Everything else is reported per site and still exits 0.

use std::fmt;

/// A failure that ends the command. `Display` is the one line printed on stderr.
#[derive(Debug)]
pub enum Error {
    /// The command line or a value in it is wrong (exit 2).
    Usage(String),
    /// config.toml is unreadable or holds a bad value (exit 1).
    Config(String),
    /// The seeds file cannot be read at all (exit 1). Bad rows are warnings, not this.
    Seeds(String),
    /// The archive cannot be used: not our database, unreadable, read-only, full disk (exit 1).
    Database(String),
    /// Another run holds the archive's lock (exit 3).
    Locked(String),
    /// Any other fatal condition (exit 1).
    Fatal(String),
}

impl Error {
    /// The message without its `database: `-style prefix (for wrapping it again).
    pub fn message(&self) -> &str {
        match self {
            Error::Usage(m)
            | Error::Config(m)
            | Error::Seeds(m)
            | Error::Database(m)
            | Error::Locked(m)
            | Error::Fatal(m) => m,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Locked(_) => 3,
            _ => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) => write!(f, "usage: {m}"),
            Error::Config(m) => write!(f, "config: {m}"),
            Error::Seeds(m) => write!(f, "seeds: {m}"),
            Error::Database(m) => write!(f, "database: {m}"),
            Error::Locked(m) => write!(f, "locked: {m}"),
            Error::Fatal(m) => write!(f, "error: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Database(describe_sqlite(&e))
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
