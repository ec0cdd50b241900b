//! Bad user input through the real binary: every case ends with the documented exit
//! status, one line on stderr (warnings about skipped seed rows aside), no panic or
//! backtrace, and nothing of the user's clobbered (file bytes compared before/after).
//!
//! The read-only and full-disk cases need root's `chattr` and `mount -t tmpfs`
//! (tests and CI run as root); where those are refused the case says so and is
//! skipped rather than faked, and fails under NIANBAO_REQUIRE_TOOLS=1 (CI).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{empty_archive, no_panic, one_line, require_tool, run_nianbao, Setup};
use nianbao_fixture::Options;

/// The fixture web on 127.0.`first_octet`.x with `config.toml` and `seeds.csv` in a
/// fresh folder, where the binary is run (so `./config.toml` is the one read).
async fn fixture(first_octet: u8) -> Setup {
    let opts = Options {
        first_octet,
        ..Options::default()
    };
    Setup::with_options(opts, 50.0, "").await
}

fn expect(out: &Output, code: i32, needle: &str) -> String {
    let line = one_line(out);
    assert_eq!(out.status.code(), Some(code), "{line}");
    assert!(
        line.to_lowercase().contains(&needle.to_lowercase()),
        "{needle:?} not in {line:?}"
    );
    line
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            v.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    v.sort();
    v
}

#[test]
fn config_values_of_the_wrong_type_or_out_of_range_exit_1_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str)] = &[
        ("[crawl]\nmax_depth = \"deep\"\n", "max_depth"),
        (
            "[crawl]\nrequests_per_second_per_host = 0\n",
            "requests_per_second_per_host",
        ),
        (
            "[crawl]\nrequests_per_second_per_host = nan\n",
            "requests_per_second_per_host",
        ),
        ("[crawl]\nmax_body_mb = -5\n", "max_body_mb"),
        ("[crawl]\ntimeout_secs = inf\n", "timeout_secs"),
        ("[crawl]\nmax_concurrent_hosts = -1\n", "line 2"),
        (
            "[crawl]\nmax_pages_per_host = 99999999999999999999\n",
            "line 2",
        ),
        (
            "[crawl]\nmax_concurrent_hosts = 0\n",
            "max_concurrent_hosts",
        ),
        ("[crawl]\nrespect_robots = \"yes\"\n", "line 2"),
        ("crawl = 5\n", "line 1"),
        ("[crawl\nmax_depth = 3\n", "line 1"),
        ("[storage]\ndb = 7\n", "line 2"),
        ("[hosts.\"a.gov.cn\"]\nresolve = \"somewhere\"\n", "resolve"),
        ("[crawl]\nuser_agent = \"nian\\tbao\"\n", "user_agent"),
    ];
    for (text, needle) in cases {
        std::fs::write(dir.path().join("config.toml"), text).unwrap();
        let out = run_nianbao(dir.path(), &["status", "--db", "none.sqlite"]);
        let line = expect(&out, 1, needle);
        assert!(line.starts_with("config: "), "{line}");
    }
    // Not UTF-8, and a directory where the file should be.
    std::fs::write(
        dir.path().join("config.toml"),
        b"[crawl]\nuser_agent = \"\xff\"\n",
    )
    .unwrap();
    expect(&run_nianbao(dir.path(), &["status"]), 1, "config.toml");
    std::fs::remove_file(dir.path().join("config.toml")).unwrap();
    std::fs::create_dir(dir.path().join("cfgdir")).unwrap();
    expect(
        &run_nianbao(dir.path(), &["--config", "cfgdir", "status"]),
        1,
        "cfgdir",
    );
    assert!(!dir.path().join("none.sqlite").exists());
}

#[test]
fn bad_arguments_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["crawl", "--years", "2020..20x"][..],
        &["backfill", "--years", "2018..2008"][..],
        &["backfill", "--years", ".."][..],
        &["backfill", "--years", "２０１９"][..],
        &["crawl", "--max-pages", "-1"][..],
        &["crawl", "--max-pages", "lots"][..],
        &[
            "export", "--what", "reports", "--format", "xlsx", "--out", "x",
        ][..],
        &["export", "--format", "csv", "--out", "x.csv"][..],
        &[
            "export",
            "--what",
            "reports",
            "--format",
            "csv",
            "--out",
            "x.csv",
            "--since",
            "yesterday",
        ][..],
    ] {
        let out = run_nianbao(dir.path(), args);
        let line = one_line(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {line}");
        assert!(line.starts_with("usage: "), "{args:?}: {line}");
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing created"
    );
}

#[test]
fn export_refuses_a_missing_folder_and_an_existing_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    empty_archive(&db);
    let base = [
        "export", "--db", "a.sqlite", "--what", "captures", "--format", "csv", "--out",
    ];
    let run = |out: &str, force: bool| {
        let mut a = base.to_vec();
        a.push(out);
        if force {
            a.push("--force");
        }
        run_nianbao(dir.path(), &a)
    };
    expect(&run("missing/dir/out.csv", false), 2, "missing");
    assert!(!dir.path().join("missing").exists());
    let existing = dir.path().join("thesis.csv");
    std::fs::write(&existing, "my own data\n").unwrap();
    let before = snapshot(dir.path());
    expect(&run("thesis.csv", false), 2, "exists");
    assert_eq!(
        snapshot(dir.path()),
        before,
        "nothing clobbered, no temp file left"
    );
    let out = run("thesis.csv", true);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let now = std::fs::read_to_string(&existing).unwrap();
    assert!(
        now.starts_with("capture_id,url"),
        "replaced with --force: {now}"
    );
    // A folder where the file should go.
    std::fs::create_dir(dir.path().join("adir")).unwrap();
    expect(&run("adir", true), 2, "adir");
    // WARC onto an existing file, too.
    let out = run_nianbao(
        dir.path(),
        &[
            "export",
            "--db",
            "a.sqlite",
            "--format",
            "warc",
            "--out",
            "thesis.csv",
        ],
    );
    expect(&out, 2, "exists");
    assert!(std::fs::read_to_string(&existing)
        .unwrap()
        .starts_with("capture_id,url"));
}

#[test]
fn a_database_path_that_is_a_directory_or_not_ours_exits_1_untouched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("db.sqlite")).unwrap();
    std::fs::write(dir.path().join("notes.sqlite"), "chapter one\n".repeat(50)).unwrap();
    std::fs::write(
        dir.path().join("s.csv"),
        "name,province,level,url\nA,湖南省,county,https://a.gov.cn.test/\n",
    )
    .unwrap();
    let before = snapshot(dir.path());
    for db in ["db.sqlite", "notes.sqlite"] {
        for cmd in [
            vec!["status", "--db", db],
            vec!["extract", "--db", db],
            vec!["crawl", "--seeds", "s.csv", "--no-extract", "--db", db],
            vec![
                "export", "--db", db, "--what", "reports", "--format", "csv", "--out", "o.csv",
            ],
            vec!["coverage", "--db", db, "--out", "o.html"],
        ] {
            let out = run_nianbao(dir.path(), &cmd);
            let needle = if db == "db.sqlite" {
                "directory"
            } else {
                "not a nianbao archive"
            };
            expect(&out, 1, needle);
        }
    }
    assert_eq!(snapshot(dir.path()), before, "files created or changed");
}

struct Immutable(PathBuf);
impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_database_exits_1_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    empty_archive(&db);
    std::fs::write(
        dir.path().join("s.csv"),
        "name,province,level,url\nA,湖南省,county,https://a.gov.cn.test/\n",
    )
    .unwrap();
    // Root ignores permission bits: make the file immutable instead.
    let ok = Command::new("chattr")
        .arg("+i")
        .arg(&db)
        .status()
        .is_ok_and(|s| s.success());
    if !require_tool("chattr +i (a read-only file for root)", ok) {
        return;
    }
    let _guard = Immutable(db.clone());
    let before = std::fs::read(&db).unwrap();
    for cmd in [
        vec![
            "crawl",
            "--seeds",
            "s.csv",
            "--no-extract",
            "--db",
            "a.sqlite",
        ],
        vec!["extract", "--db", "a.sqlite"],
    ] {
        let out = run_nianbao(dir.path(), &cmd);
        expect(&out, 1, "read-only");
    }
    // Reading still works.
    let out = run_nianbao(dir.path(), &["status", "--db", "a.sqlite"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

struct Mount(PathBuf);
impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_exits_1_and_keeps_what_was_committed() {
    let Setup { web, dir, config } = fixture(200).await;
    let mnt = dir.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=2m",
            "nianbao-test-full",
            mnt.to_str().unwrap(),
        ])
        .status()
        .is_ok_and(|s| s.success());
    if !require_tool("mount -t tmpfs (a full disk, needs root)", mounted) {
        return;
    }
    let _m = Mount(mnt.clone());
    // The archive on the small disk; the seeds stay outside it.
    let cfg = std::fs::read_to_string(&config).unwrap().replace(
        &format!("{}/archive.sqlite", dir.path().display()),
        &format!("{}/archive.sqlite", mnt.display()),
    );
    std::fs::write(&config, cfg).unwrap();
    // An archive with something committed in it, then the disk filled to the last byte.
    let db = mnt.join("archive.sqlite");
    empty_archive(&db);
    let filler = mnt.join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
    }
    let before = std::fs::read(&db).unwrap();
    let d = dir.path().to_path_buf();
    let out = tokio::task::spawn_blocking(move || {
        run_nianbao(
            &d,
            &["--quiet", "crawl", "--no-extract", "--max-pages", "5"],
        )
    })
    .await
    .unwrap();
    let line = expect(&out, 1, "database");
    eprintln!("full disk: {line}");
    assert!(
        line.contains("disk is full") || line.contains("I/O error"),
        "{line}"
    );
    // Free the space: the archive must still be whole and what it held still there.
    std::fs::remove_file(&filler).unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    drop(conn);
    let _ = before;
    let out = run_nianbao(dir.path(), &["status", "--db", db.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    web.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seeds_with_bom_crlf_bad_rows_and_duplicates_still_crawl_the_good_rows() {
    let Setup { web, dir, .. } = fixture(215).await;
    let sites: Vec<_> = web.sites().into_iter().filter(|s| s.is_seed).collect();
    let (a, b) = (&sites[0], &sites[1]);
    let csv = format!(
        "\u{feff}name,province,level,url,note\r\n\
         {},{},{},{},first\r\n\
         坏行一,湖南省,city,http://x.gov.cn.test/,bad level\r\n\
         坏行二,湖南省,county,ftp://y.gov.cn.test/,bad scheme\r\n\
         \"未闭合,湖南省,county,http://z.gov.cn.test/\r\n",
        a.name, a.province, a.level, a.seed_url
    );
    // A quoted field left open swallows the rest of the file in any CSV reader; keep it last
    // but one and put the duplicate and the second good row before it.
    let csv = csv.replace(
        "\"未闭合",
        &format!(
            "重复,{},{},{}index.html,dup\r\n{},{},{},{},second\r\n\"未闭合",
            a.province, a.level, a.seed_url, b.name, b.province, b.level, b.seed_url
        ),
    );
    std::fs::write(dir.path().join("seeds.csv"), &csv).unwrap();
    let d = dir.path().to_path_buf();
    let out = tokio::task::spawn_blocking(move || {
        run_nianbao(
            &d,
            &["--quiet", "crawl", "--no-extract", "--max-pages", "3"],
        )
    })
    .await
    .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    no_panic(&err);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let warnings: Vec<_> = err.lines().filter(|l| l.starts_with("warning: ")).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("line 3:") && w.contains("city")),
        "{err}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("line 4:") && w.contains("ftp")),
        "{err}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("line 5:") && w.contains("already seeded on line 2")),
        "{err}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("line 7")),
        "the open quote: {err}"
    );
    let conn = rusqlite::Connection::open(dir.path().join("archive.sqlite")).unwrap();
    let hosts: Vec<String> = conn
        .prepare(
            "SELECT DISTINCT s.host FROM captures c JOIN sites s ON s.id = c.site_id ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut want = vec![a.host.clone(), b.host.clone()];
    want.sort();
    assert_eq!(hosts, want, "{err}");
    web.shutdown().await;
}
