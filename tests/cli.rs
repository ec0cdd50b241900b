//! The binary's contract with cron: one-line errors, exit statuses, nothing clobbered.

mod common;

use common::{nianbao_in, one_line};

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = nianbao_in(dir.path())
        .args(["backfill", "--years", "2020..20x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line(&out).contains("2020..20x"));
    let out = nianbao_in(dir.path())
        .args(["crawl", "--max-pages", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    one_line(&out);
    let out = nianbao_in(dir.path())
        .args(["frobnicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = nianbao_in(dir.path()).args(["backfill"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "backfill without --years");
}

#[test]
fn bad_config_exits_1_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "[crawl]\nrequests_per_second_per_host = \"fast\"\n",
    )
    .unwrap();
    let out = nianbao_in(dir.path()).args(["status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let line = one_line(&out);
    assert!(line.contains("config") && line.contains("line 2"), "{line}");
    let out = nianbao_in(dir.path())
        .args(["--config", "missing.toml", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(one_line(&out).contains("missing.toml"));
}

#[test]
fn a_file_that_is_not_our_database_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("thesis.sqlite");
    std::fs::write(&f, "chapter one\n".repeat(100)).unwrap();
    let before = std::fs::read(&f).unwrap();
    for cmd in [
        &["status", "--db"][..],
        &["extract", "--db"][..],
        &["crawl", "--no-extract", "--db"][..],
    ] {
        let out = nianbao_in(dir.path()).args(cmd).arg(&f).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        assert!(one_line(&out).contains("not a nianbao archive"), "{cmd:?}");
    }
    assert_eq!(std::fs::read(&f).unwrap(), before);
    let out = nianbao_in(dir.path())
        .args(["status", "--db"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(one_line(&out).contains("directory"));
}

#[test]
fn a_second_run_exits_3_naming_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    let _held = nianbao::lock::RunLock::acquire(&db, "crawl").unwrap();
    let out = nianbao_in(dir.path())
        .args(["extract", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let line = one_line(&out);
    assert!(line.contains("nianbao crawl (pid"), "{line}");
}

#[test]
fn seeds_with_only_bad_rows_report_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("s.csv"),
        "name,province,level,url\nA,湖南省,city,https://a.gov.cn/\nB,湖南省,county,ftp://b\n",
    )
    .unwrap();
    let out = nianbao_in(dir.path())
        .args(["crawl", "--seeds", "s.csv", "--db", "x.sqlite"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2") && err.contains("line 3") && err.contains("no usable seed rows"),
        "{err}"
    );
    assert!(
        !dir.path().join("x.sqlite").exists(),
        "nothing should be created for an unusable seeds file"
    );
}
