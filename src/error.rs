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

/// Every archive failure is a `database:` error (exit 1).
impl From<nianbao_store::Error> for Error {
    fn from(e: nianbao_store::Error) -> Self {
        Error::Database(e.into_message())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_errors_are_database_errors() {
        let dir = tempfile::tempdir().unwrap();
        let e: Error = nianbao_store::Store::open(dir.path()).unwrap_err().into();
        assert!(matches!(e, Error::Database(_)));
        assert!(e.to_string().starts_with("database: "), "{e}");
        assert!(e.to_string().contains("is a directory"), "{e}");
        assert_eq!(e.exit_code(), 1);
    }
}
