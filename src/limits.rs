//! What the operating system lets one run hold open, and how many sites may therefore
//! be crawled at once. A crawl that runs out of file descriptors fails in the middle
//! (connect errors on every host, a database that cannot open its WAL): the limit is
//! read at start, raised to the hard limit where allowed, and `max_concurrent_hosts`
//! clamped with one line of warning, so a run never fails for it mid-way.

/// Descriptors one site may hold at once: its connections (a strict and a lenient
/// client each keep a pooled socket) plus one in flight while an old one closes.
fn per_site(connections_per_host: usize) -> u64 {
    2 * connections_per_host.max(1) as u64 + 1
}

/// Kept back for everything that is not a site: the archive and its WAL, the lock,
/// logs, DNS sockets, the runtime's own descriptors, tools extraction runs.
const RESERVE: u64 = 64;

/// How many sites may run at once under a descriptor limit of `nofile`: the asked-for
/// number, or fewer (at least 1) when the limit cannot hold them.
pub fn concurrent_sites(asked: usize, connections_per_host: usize, nofile: u64) -> usize {
    let room = nofile.saturating_sub(RESERVE) / per_site(connections_per_host);
    (asked as u64).min(room.max(1)) as usize
}

/// The soft descriptor limit after trying to raise it to the hard one (None where unknown).
pub fn raise_nofile() -> Option<u64> {
    // SAFETY: getrlimit/setrlimit only read and write the struct we pass.
    unsafe {
        let mut r = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut r) != 0 {
            return None;
        }
        if r.rlim_cur < r.rlim_max {
            let want = libc::rlimit {
                rlim_cur: r.rlim_max,
                rlim_max: r.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &want) == 0 {
                r.rlim_cur = r.rlim_max;
            }
        }
        #[allow(clippy::unnecessary_cast)] // rlim_t is narrower than u64 on some targets
        Some(r.rlim_cur as u64)
    }
}

/// `max_concurrent_hosts` as this process can honour it; says so once when it cannot.
pub fn clamp_concurrent_sites(asked: usize, connections_per_host: usize) -> usize {
    let Some(nofile) = raise_nofile() else {
        return asked;
    };
    let n = concurrent_sites(asked, connections_per_host, nofile);
    if n < asked {
        tracing::warn!(
            "max_concurrent_hosts = {asked} needs more open files than this process may have ({nofile}, see `ulimit -n`): crawling {n} sites at once"
        );
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_to_what_the_limit_holds() {
        assert_eq!(concurrent_sites(32, 1, 1024), 32);
        // 1024 descriptors, 64 kept back, 3 per site: 320 sites.
        assert_eq!(concurrent_sites(3500, 1, 1024), 320);
        assert_eq!(concurrent_sites(3500, 1, 1_048_576), 3500);
        assert_eq!(concurrent_sites(100, 4, 1024), 100);
        assert_eq!(concurrent_sites(200, 4, 1024), 106);
        // Never zero, however tight.
        assert_eq!(concurrent_sites(10, 1, 10), 1);
    }

    #[test]
    fn the_limit_is_readable_here() {
        assert!(raise_nofile().is_some_and(|n| n >= 16));
    }
}
