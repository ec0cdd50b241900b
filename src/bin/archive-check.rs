//! `archive-check DB`: verify a nianbao archive after a crash (used by
//! `scripts/crash-test.sh`). Opens the file read-only, so what it sees is what the
//! next run will resume from, and checks (the queries are the store's,
//! `Store::check`, in one read transaction):
//!
//! - `PRAGMA integrity_check` is `ok` (and `foreign_key_check` is empty);
//! - every capture with a sha256 has its body, and the body decompresses to bytes
//!   whose sha256 and size are the ones recorded (each stored body is checked once);
//! - no run captured the same URL twice, nor robots.txt twice for a site;
//! - every frontier row marked done has its capture (a "done" without a capture is a
//!   lost capture: the URL would never be fetched again in that run);
//! - no extraction cells without their extraction row;
//! - at most one run per kind is still `running`.
//!
//! Prints one line of `key=value` counts; exits 1 when any check fails, 2 when the
//! file cannot be read.

use std::process::ExitCode;

use nianbao::store::{ArchiveCheck, Store};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: archive-check DB");
        return ExitCode::from(2);
    };
    let checked = Store::open_read_only(std::path::Path::new(&path)).and_then(|mut s| s.check());
    match checked {
        Ok(c) => {
            println!("{}", line(&c));
            if c.ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("archive-check: {}", e.message());
            ExitCode::from(2)
        }
    }
}

fn line(c: &ArchiveCheck) -> String {
    format!(
        "integrity={} fk_violations={} captures={} captures_with_body={} \
         bodies_verified={} bodies_missing={} bodies_bad={} orphan_bodies={} \
         duplicate_captures={} duplicate_robots={} done_without_capture={} \
         captures_not_done={} extractions={} orphan_cells={} runs={} \
         running_max={} queued={} ok={}",
        c.integrity.replace(char::is_whitespace, "_"),
        c.fk_violations,
        c.captures,
        c.captures_with_body,
        c.bodies_verified,
        c.bodies_missing,
        c.bodies_bad,
        c.orphan_bodies,
        c.duplicate_captures,
        c.duplicate_robots,
        c.done_without_capture,
        c.captures_not_done,
        c.extractions,
        c.orphan_cells,
        c.runs,
        c.running_max,
        c.queued,
        if c.ok() { "yes" } else { "NO" }
    )
}
