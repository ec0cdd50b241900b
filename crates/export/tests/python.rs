//! The exports read by Python (csv, pandas, pyarrow, warcio): what researchers
//! actually do with them. Runs tests/py/check_exports.py.

mod common;

use std::path::Path;
use std::process::Command;

use nianbao_export::{
    export_table, export_warc, write_file_atomically, Format, TableOptions, WarcOptions, What,
};

fn export_all(conn: &nianbao_store::Store, dir: &Path) {
    for (name, what, format) in [
        ("reports.csv", What::Reports, Format::Csv),
        ("reports.jsonl", What::Reports, Format::Jsonl),
        ("reports.parquet", What::Reports, Format::Parquet),
        ("cells.parquet", What::Cells, Format::Parquet),
        ("captures.csv", What::Captures, Format::Csv),
    ] {
        write_file_atomically(&dir.join(name), true, |w| {
            export_table(
                conn,
                &TableOptions {
                    what,
                    format,
                    since: None,
                    bom: name == "captures.csv",
                },
                w,
            )
            .map(|_| ())
        })
        .unwrap();
    }
    write_file_atomically(&dir.join("nianbao.warc.gz"), true, |w| {
        export_warc(
            conn,
            &WarcOptions {
                since: None,
                software: "nianbao/0.1.0".into(),
            },
            w,
        )
        .map(|_| ())
    })
    .unwrap();
}

#[test]
fn python_reads_the_exports() {
    let probe = "import pandas, pyarrow, warcio";
    if !common::require_tool(
        "python3 with pandas, pyarrow and warcio",
        Command::new("python3").args(["-c", probe]),
    ) {
        return;
    }
    let conn = common::build();
    let tmp = common::tempdir();
    // NIANBAO_TEST_OUT=/some/dir keeps the files for a look by hand.
    let dir = match std::env::var_os("NIANBAO_TEST_OUT") {
        Some(d) => std::path::PathBuf::from(d),
        None => tmp.path().to_path_buf(),
    };
    export_all(&conn, &dir);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/check_exports.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "check_exports.py failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("check_exports: ok"));
}
