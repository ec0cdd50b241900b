//! Tabular exports on the synthetic archive: exact columns, nulls, latest
//! extractor version only, `--since`, and real Parquet types.

mod common;

use arrow_array::{
    Array, BooleanArray, Date32Array, Float64Array, Int64Array, ListArray, StringArray,
};
use arrow_schema::{DataType, TimeUnit};
use nianbao_export::{
    column_names, export_table, write_file_atomically, ExportError, Format, TableOptions, What,
};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

const REPORT_CONTRACT: &[&str] = &[
    "capture_id",
    "url",
    "site",
    "fetched_at",
    "sha256",
    "title",
    "doc_type",
    "agency",
    "province",
    "admin_level",
    "report_year",
    "published_date",
    "format",
    "script",
    "repost",
    "proactive_total",
    "requests_received",
    "requests_granted",
    "reconsiderations",
    "lawsuits",
    "consistency",
    "consistency_issues",
    "extractor_version",
];
const CELL_CONTRACT: &[&str] = &["capture_id", "url", "table", "row", "column", "value"];
const CAPTURE_CONTRACT: &[&str] = &[
    "capture_id",
    "url",
    "site",
    "fetched_at",
    "status",
    "content_type",
    "charset",
    "bytes",
    "sha256",
    "truncated",
];

fn export(what: What, format: Format, since: Option<&str>, bom: bool) -> Vec<u8> {
    let conn = common::build();
    let mut out = Vec::new();
    let w = export_table(
        &conn,
        &TableOptions {
            what,
            format,
            since: since.map(str::to_string),
            bom,
        },
        &mut out,
    )
    .unwrap();
    assert_eq!(w.bytes, out.len() as u64);
    out
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|r| r.unwrap()).collect();
    (header, rows)
}

fn field<'a>(header: &[String], row: &'a csv::StringRecord, name: &str) -> &'a str {
    let i = header.iter().position(|h| h == name).unwrap();
    row.get(i).unwrap()
}

#[test]
fn contract_columns_come_first_in_order() {
    for (what, contract) in [
        (What::Reports, REPORT_CONTRACT),
        (What::Cells, CELL_CONTRACT),
        (What::Captures, CAPTURE_CONTRACT),
    ] {
        let names = column_names(what);
        assert_eq!(&names[..contract.len()], contract, "{what:?}");
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "duplicate column in {what:?}");
    }
}

#[test]
fn reports_csv() {
    let out = export(What::Reports, Format::Csv, None, false);
    assert!(!out.starts_with("\u{feff}".as_bytes()));
    let (h, rows) = csv_rows(&out);
    assert_eq!(&h[..REPORT_CONTRACT.len()], REPORT_CONTRACT);
    // One row per extracted capture: 1, 2 (PDF), 3, 7, 10 — capture 1 once.
    let ids: Vec<&str> = rows.iter().map(|r| field(&h, r, "capture_id")).collect();
    assert_eq!(ids, ["1", "2", "3", "7", "10"]);

    let hh = &rows[0];
    assert_eq!(field(&h, hh, "extractor_version"), "2");
    assert_eq!(
        field(&h, hh, "report_year"),
        "2017",
        "latest extractor version only"
    );
    assert_eq!(field(&h, hh, "url"), common::HUAIHUA_URL);
    assert_eq!(field(&h, hh, "site"), "www.hhhb.gov.cn");
    assert_eq!(field(&h, hh, "published_date"), "2018-03-02");
    assert_eq!(field(&h, hh, "repost"), "false");
    assert_eq!(field(&h, hh, "proactive_total"), "818");
    assert_eq!(
        field(&h, hh, "requests_received"),
        "",
        "null is an empty field"
    );
    assert_eq!(field(&h, hh, "consistency_issues"), "");
    assert_eq!(
        field(&h, hh, "sha256"),
        common::sha256_hex(&common::gzip(&common::huaihua_html())),
        "sha256 of the body as received (gzip)"
    );
    assert_eq!(
        field(&h, hh, "fetched_at"),
        "2024-01-10T02:31:00.123456789Z"
    );

    let pdf = &rows[1];
    assert_eq!(field(&h, pdf, "url"), common::HUAIHUA_PDF);
    for f in ["title", "doc_type", "report_year", "repost", "consistency"] {
        assert_eq!(field(&h, pdf, f), "", "attachment field {f}");
    }
    assert_eq!(field(&h, pdf, "text_status"), "no_text");

    let qdn = &rows[2];
    assert_eq!(field(&h, qdn, "consistency"), "mismatch");
    assert_eq!(
        field(&h, qdn, "consistency_issues"),
        "requests.total: new + carried_over = total + carried_forward; requests.total.total = sum of results"
    );
    assert_eq!(field(&h, qdn, "approximate"), "proactive_total");
    assert_eq!(field(&h, qdn, "reconsiderations"), "3");
    assert_eq!(field(&h, qdn, "site_level"), "prefectural");
    assert_eq!(field(&h, &rows[4], "script"), "traditional");
    // Additive columns: where the text came from.
    assert_eq!(field(&h, qdn, "text_source"), "html");
    assert_eq!(field(&h, qdn, "ocr_confidence"), "");
    assert_eq!(field(&h, &rows[4], "text_source"), "ocr");
    assert_eq!(field(&h, &rows[4], "ocr_confidence"), "87.5");
    assert_eq!(field(&h, &rows[4], "needs_tool"), "");
    assert_eq!(
        &h[h.len() - 7..],
        [
            "text_source",
            "ocr_confidence",
            "needs_tool",
            "note_capture_id",
            "attachment_capture_id",
            "site_id",
            "site_scope"
        ],
        "new columns are appended at the end"
    );
}

#[test]
fn csv_bom_for_excel() {
    let out = export(What::Captures, Format::Csv, None, true);
    assert!(out.starts_with("\u{feff}capture_id,".as_bytes()));
}

#[test]
fn cells_csv_latest_version_only() {
    let out = export(What::Cells, Format::Csv, None, false);
    let (h, rows) = csv_rows(&out);
    assert_eq!(&h[..CELL_CONTRACT.len()], CELL_CONTRACT);
    assert_eq!(rows.len(), 6, "capture 1's v1 cell is not exported");
    assert!(rows.iter().all(|r| field(&h, r, "capture_id") == "3"));
    let fees = rows
        .iter()
        .find(|r| field(&h, r, "table") == "proactive")
        .unwrap();
    assert_eq!(field(&h, fees, "value"), "12.50", "value as printed");
    assert_eq!(field(&h, fees, "value_number"), "12.5");
    let blank = rows
        .iter()
        .find(|r| field(&h, r, "column") == "business")
        .unwrap();
    assert_eq!(field(&h, blank, "value"), "");
    assert_eq!(field(&h, blank, "url"), common::QDN_URL);
}

#[test]
fn captures_csv() {
    let out = export(What::Captures, Format::Csv, None, false);
    let (h, rows) = csv_rows(&out);
    assert_eq!(&h[..CAPTURE_CONTRACT.len()], CAPTURE_CONTRACT);
    assert_eq!(rows.len(), 11);
    let r304 = &rows[7];
    assert_eq!(field(&h, r304, "status"), "304");
    assert_eq!(field(&h, r304, "sha256"), "");
    assert_eq!(field(&h, r304, "bytes"), "0");
    assert_eq!(field(&h, r304, "revisit_of"), "1");
    assert_eq!(field(&h, &rows[4], "truncated"), "true");
    assert_eq!(field(&h, &rows[0], "truncated"), "false");
    assert!(
        !String::from_utf8_lossy(&out).contains("<html>"),
        "no bodies"
    );
}

#[test]
fn jsonl_nulls_and_arrays() {
    let out = export(What::Reports, Format::Jsonl, None, false);
    let text = String::from_utf8(out).unwrap();
    let objs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objs.len(), 5);
    for o in &objs {
        let keys: Vec<&String> = o.as_object().unwrap().keys().collect();
        for k in REPORT_CONTRACT {
            assert!(keys.iter().any(|x| x == k), "missing key {k}");
        }
    }
    // Key order follows the columns (checked on the raw line).
    assert!(text
        .lines()
        .next()
        .unwrap()
        .starts_with("{\"capture_id\":1,\"url\":"));
    let hh = &objs[0];
    assert_eq!(hh["report_year"], 2017);
    assert_eq!(hh["repost"], false);
    assert!(hh["requests_received"].is_null());
    assert_eq!(hh["consistency_issues"], serde_json::json!([]));
    let pdf = &objs[1];
    assert!(pdf["title"].is_null() && pdf["report_year"].is_null() && pdf["repost"].is_null());
    assert!(pdf["consistency_issues"].is_null());
    let qdn = &objs[2];
    assert_eq!(qdn["consistency_issues"].as_array().unwrap().len(), 2);
    assert_eq!(qdn["published_date"], "2021-01-25");

    let cells = String::from_utf8(export(What::Cells, Format::Jsonl, None, false)).unwrap();
    let first: serde_json::Value = serde_json::from_str(cells.lines().next().unwrap()).unwrap();
    assert!(first["value"].is_string() || first["value"].is_null());
    assert!(cells.contains("\"value\":\"12.50\""));
    assert!(cells.contains("\"value\":null"));
}

#[test]
fn since_is_the_nightly_delta() {
    let ids = |since: &str| -> Vec<String> {
        let out = export(What::Captures, Format::Csv, Some(since), false);
        let (h, rows) = csv_rows(&out);
        rows.iter()
            .map(|r| field(&h, r, "capture_id").to_string())
            .collect()
    };
    assert_eq!(ids("2024-02-10"), ["8", "9", "10", "11"]);
    // Same instant written differently, fractional seconds compared as times.
    assert_eq!(ids("2024-02-10T03:00:00.5Z"), ["10", "11"]);
    assert_eq!(ids("2024-02-10T11:00:00.5+08:00"), ["10", "11"]);
    assert_eq!(ids("2024-02-10T03:00:00.6Z"), ["11"]);
    assert_eq!(
        ids("2024-01-10T02:31:00.2Z"),
        ["2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]
    );

    let out = export(What::Reports, Format::Csv, Some("2024-02-01"), false);
    let (h, rows) = csv_rows(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(field(&h, &rows[0], "capture_id"), "10");

    let conn = common::build();
    let err = export_table(
        &conn,
        &TableOptions {
            what: What::Reports,
            format: Format::Csv,
            since: Some("last tuesday".into()),
            bom: false,
        },
        &mut Vec::new(),
    )
    .unwrap_err();
    assert!(err.is_usage());
    assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
}

fn read_parquet(bytes: Vec<u8>) -> Vec<arrow_array::RecordBatch> {
    let dir = common::tempdir();
    let p = common::write(&dir.path().join("x.parquet"), &bytes);
    let f = std::fs::File::open(p).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(f)
        .unwrap()
        .build()
        .unwrap();
    reader.map(|b| b.unwrap()).collect()
}

#[test]
fn parquet_reports_types() {
    let out = export(What::Reports, Format::Parquet, None, false);
    assert_eq!(&out[..4], b"PAR1");
    let batches = read_parquet(out);
    let b = &batches[0];
    let schema = b.schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    assert_eq!(&names[..REPORT_CONTRACT.len()], REPORT_CONTRACT);
    let ty = |n: &str| schema.field_with_name(n).unwrap().data_type().clone();
    assert_eq!(ty("capture_id"), DataType::Int64);
    assert_eq!(ty("report_year"), DataType::Int64);
    assert_eq!(ty("proactive_total"), DataType::Int64);
    assert_eq!(ty("repost"), DataType::Boolean);
    assert_eq!(ty("published_date"), DataType::Date32);
    assert_eq!(ty("title"), DataType::Utf8);
    assert_eq!(
        ty("fetched_at"),
        DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into()))
    );
    assert!(matches!(ty("consistency_issues"), DataType::List(_)));
    assert_eq!(ty("text_source"), DataType::Utf8);
    assert_eq!(ty("ocr_confidence"), DataType::Float64);

    let total: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(total, 5);
    let col = |n: &str| b.column(schema.index_of(n).unwrap()).clone();
    let year = col("report_year");
    let year = year.as_any().downcast_ref::<Int64Array>().unwrap();
    assert_eq!(year.value(0), 2017);
    assert!(year.is_null(1), "the PDF has no year");
    let repost = col("repost");
    let repost = repost.as_any().downcast_ref::<BooleanArray>().unwrap();
    assert!(!repost.value(0));
    assert!(repost.is_null(1));
    let pd = col("published_date");
    let pd = pd.as_any().downcast_ref::<Date32Array>().unwrap();
    assert_eq!(pd.value(0), 17592, "2018-03-02 is day 17592");
    let title = col("title");
    let title = title.as_any().downcast_ref::<StringArray>().unwrap();
    assert_eq!(
        title.value(2),
        "黔东南州生态环境局2020年政府信息公开工作年度报告"
    );
    let conf = col("ocr_confidence");
    let conf = conf.as_any().downcast_ref::<Float64Array>().unwrap();
    assert_eq!(conf.value(4), 87.5);
    assert!(conf.is_null(2), "not OCR'd");
    let issues = col("consistency_issues");
    let issues = issues.as_any().downcast_ref::<ListArray>().unwrap();
    assert_eq!(issues.value(2).len(), 2);
    assert!(issues.is_null(1));
    let ts = col("fetched_at");
    let ts = ts
        .as_any()
        .downcast_ref::<arrow_array::TimestampMillisecondArray>()
        .unwrap();
    assert_eq!(ts.value(0), 1_704_853_860_123, "2024-01-10T02:31:00.123Z");
}

#[test]
fn parquet_cells_and_captures() {
    let batches = read_parquet(export(What::Cells, Format::Parquet, None, false));
    let b = &batches[0];
    assert_eq!(b.num_rows(), 6);
    let s = b.schema();
    assert_eq!(
        s.field_with_name("value").unwrap().data_type(),
        &DataType::Utf8
    );
    assert_eq!(
        s.field_with_name("value_number").unwrap().data_type(),
        &DataType::Float64
    );

    let batches = read_parquet(export(What::Captures, Format::Parquet, None, false));
    let b = &batches[0];
    let s = b.schema();
    assert_eq!(b.num_rows(), 11);
    assert_eq!(
        s.field_with_name("status").unwrap().data_type(),
        &DataType::Int64
    );
    assert_eq!(
        s.field_with_name("bytes").unwrap().data_type(),
        &DataType::Int64
    );
    assert_eq!(
        s.field_with_name("truncated").unwrap().data_type(),
        &DataType::Boolean
    );
}

#[test]
fn parquet_row_groups_stay_bounded() {
    // 20 000 cells: more than two row groups; memory is bounded by the group size.
    let (dir, mut b) = common::builder();
    let mut row = common::qdn_extraction();
    row.output_sha = "with bulk cells".into();
    for i in 0..20_000 {
        row.cells.push(common::cell(
            "bulk",
            &format!("r{i:05}"),
            "c",
            Some(&i.to_string()),
        ));
    }
    assert!(b.extraction(&row, common::EXTRACTED_AT).unwrap());
    let conn = common::open(dir, b);
    let mut out = Vec::new();
    let w = export_table(
        &conn,
        &TableOptions {
            what: What::Cells,
            format: Format::Parquet,
            since: None,
            bom: false,
        },
        &mut out,
    )
    .unwrap();
    assert_eq!(w.rows, 20_006);
    let dir = common::tempdir();
    let p = common::write(&dir.path().join("c.parquet"), &out);
    let meta = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(p).unwrap()).unwrap();
    let groups = meta.metadata().num_row_groups();
    assert_eq!(groups, 3, "8192-row groups");
}

#[test]
fn database_errors_are_one_line_not_panics() {
    // An archive whose extractions table is gone (damaged by hand).
    let (dir, b) = common::empty_builder();
    drop(b.finish());
    let path = dir.path().join("archive.sqlite");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TABLE extractions")
        .unwrap();
    let conn = nianbao_store::Store::open_read_only(&path).unwrap();
    let err = export_table(
        &conn,
        &TableOptions {
            what: What::Reports,
            format: Format::Jsonl,
            since: None,
            bom: false,
        },
        &mut Vec::new(),
    )
    .unwrap_err();
    assert!(!err.is_usage());
    let msg = err.to_string();
    assert!(msg.contains("no such table"), "{msg}");
    assert!(!msg.contains('\n'));
}

#[test]
fn atomic_write_refuses_existing_and_cleans_up() {
    let dir = common::tempdir();
    let path = dir.path().join("reports.csv");
    write_file_atomically(&path, false, |w| {
        w.write_all(b"one")?;
        Ok(())
    })
    .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"one");

    let err = write_file_atomically(&path, false, |w| {
        w.write_all(b"two")?;
        Ok(())
    })
    .unwrap_err();
    assert!(matches!(err, ExportError::Exists(_)) && err.is_usage());
    assert!(err.to_string().contains("--force"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"one");

    // An export that fails half way leaves the old file and no temp file.
    let err = write_file_atomically(&path, true, |w| {
        w.write_all(b"half")?;
        Err(ExportError::Data("boom".into()))
    })
    .unwrap_err();
    assert!(!err.is_usage());
    assert_eq!(std::fs::read(&path).unwrap(), b"one");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");

    write_file_atomically(&path, true, |w| {
        w.write_all(b"three")?;
        Ok(())
    })
    .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"three");

    let err = write_file_atomically(&dir.path().join("nope/x.csv"), false, |_| Ok(())).unwrap_err();
    assert!(matches!(err, ExportError::MissingFolder(_)) && err.is_usage());
    assert!(err.to_string().contains("does not exist"), "{err}");
    let err = write_file_atomically(dir.path(), true, |_| Ok(())).unwrap_err();
    assert!(err.is_usage(), "{err}");
}

#[test]
fn export_through_atomic_writer() {
    let conn = common::build();
    let dir = common::tempdir();
    let path = dir.path().join("r.jsonl");
    let mut rows = 0;
    write_file_atomically(&path, false, |w| {
        rows = export_table(
            &conn,
            &TableOptions {
                what: What::Reports,
                format: Format::Jsonl,
                since: None,
                bom: false,
            },
            w,
        )?
        .rows;
        Ok(())
    })
    .unwrap();
    assert_eq!(rows, 5);
    assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 5);
}

/// Two columns of one city portal are two sites on one host: every export says
/// which site a record belongs to (`site_id`, `site_name`, `site_scope`), not only
/// the host they share.
#[test]
fn two_columns_of_one_host_are_told_apart_in_every_export() {
    let dir = common::tempdir();
    let path = dir.path().join("a.sqlite");
    let mut b = nianbao_store::testing::ArchiveBuilder::create(&path).unwrap();
    let host = "www.yunfu.gov.cn";
    let column = |b: &mut nianbao_store::testing::ArchiveBuilder, name: &str, scope: &str| {
        b.store()
            .upsert_site(nianbao_store::SiteSeed {
                host: host.into(),
                scope: scope.into(),
                name: name.into(),
                province: "广东省".into(),
                level: "prefectural".into(),
                url: format!("http://{host}{scope}"),
                extra: Default::default(),
            })
            .unwrap()
            .id
    };
    let sthjj = column(&mut b, "云浮市生态环境局", "/sthjj/");
    let ycfj = column(&mut b, "云浮市生态环境局云城分局", "/ycfj/");
    let run = b
        .run("2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z")
        .unwrap();
    for (site, col) in [(sthjj, "sthjj"), (ycfj, "ycfj")] {
        let url = format!("http://{host}/{col}/ndbg/1.html");
        let rec = nianbao_store::CaptureRecord {
            requested_url: url.clone(),
            final_url: url,
            status: 200,
            fetched_at: "2024-01-01T00:00:01Z".into(),
            ..Default::default()
        };
        let id = b.capture(run, site, rec, Some(col.as_bytes())).unwrap();
        let mut row = nianbao_store::ExtractionRow {
            capture_id: id,
            extractor_version: 1,
            text_status: "ok".into(),
            notes: "[]".into(),
            output_sha: col.into(),
            ..Default::default()
        };
        row.cells = vec![common::cell("requests", "new", "total", Some("1"))];
        b.extraction(&row, "2024-01-01T02:00:00Z").unwrap();
    }
    let store = b.finish();
    for what in [What::Reports, What::Cells, What::Captures] {
        let mut out = Vec::new();
        let opts = TableOptions {
            what,
            format: Format::Csv,
            since: None,
            bom: false,
        };
        export_table(&store, &opts, &mut out).unwrap();
        let (h, rows) = csv_rows(&out);
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    field(&h, r, "site_id"),
                    field(&h, r, "site_name"),
                    field(&h, r, "site_scope"),
                )
            })
            .collect();
        let (a, b) = (sthjj.to_string(), ycfj.to_string());
        assert_eq!(
            got,
            [
                (a.as_str(), "云浮市生态环境局", "/sthjj/"),
                (b.as_str(), "云浮市生态环境局云城分局", "/ycfj/")
            ],
            "{what:?}"
        );
        if what != What::Reports {
            assert!(
                rows.iter().all(|r| field(&h, r, "site") == host),
                "{what:?}"
            );
        }
    }
}
