#!/usr/bin/env python3
"""Read nianbao's exports the way researchers do, and fail loudly if they look wrong.

Usage: check_exports.py DIR

DIR holds reports.csv, reports.jsonl, reports.parquet, cells.parquet,
captures.csv and nianbao.warc.gz, exported from the synthetic archive of the
Rust tests (crates/export/tests/common/mod.rs). Needs: pandas, pyarrow, warcio.
"""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from warcio.archiveiterator import ArchiveIterator

REPORT_COLUMNS = [
    "capture_id", "url", "site", "fetched_at", "sha256", "title", "doc_type", "agency",
    "province", "admin_level", "report_year", "published_date", "format", "script",
    "repost", "proactive_total", "requests_received", "requests_granted",
    "reconsiderations", "lawsuits", "consistency", "consistency_issues",
    "extractor_version",
]
CELL_COLUMNS = ["capture_id", "url", "table", "row", "column", "value"]
CAPTURE_COLUMNS = [
    "capture_id", "url", "site", "fetched_at", "status", "content_type", "charset",
    "bytes", "sha256", "truncated",
]


def check(cond, msg):
    if not cond:
        print(f"FAIL: {msg}", file=sys.stderr)
        sys.exit(1)


def main(d: Path) -> None:
    # CSV through the standard library: header exactly as specified, nulls empty.
    with open(d / "reports.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(d / "reports.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    check(header[: len(REPORT_COLUMNS)] == REPORT_COLUMNS, f"reports.csv header {header}")
    check(len(rows) == 5, f"reports.csv has {len(rows)} rows")
    hh = rows[0]
    check(hh["report_year"] == "2017", "latest extractor version only")
    check(hh["requests_received"] == "", "null is an empty field")
    pdf = rows[1]
    check(pdf["title"] == "" and pdf["doc_type"] == "", "attachment with null fields")

    # CSV through pandas.
    df = pd.read_csv(d / "reports.csv")
    check(list(df.columns[: len(REPORT_COLUMNS)]) == REPORT_COLUMNS, "pandas columns")
    check(df["report_year"].dropna().astype(int).tolist() == [2017, 2020, 2019, 2011], "years")
    check(df["repost"].dropna().map(str).str.lower().isin(["false", "true"]).all(), "repost bools")
    check(df.loc[2, "consistency"] == "mismatch", "consistency")

    cap = pd.read_csv(d / "captures.csv", encoding="utf-8-sig")
    check(list(cap.columns[: len(CAPTURE_COLUMNS)]) == CAPTURE_COLUMNS, "captures columns")
    check(len(cap) == 11, "captures rows")

    # JSONL: one object per line, null for missing.
    with open(d / "reports.jsonl", encoding="utf-8") as f:
        objs = [json.loads(line) for line in f]
    check(len(objs) == 5, "jsonl rows")
    check(objs[1]["report_year"] is None, "jsonl null")
    check(isinstance(objs[2]["consistency_issues"], list), "jsonl array")

    # Parquet: real types.
    t = pq.read_table(d / "reports.parquet")
    s = t.schema
    check(s.names[: len(REPORT_COLUMNS)] == REPORT_COLUMNS, f"parquet columns {s.names}")
    check(pa.types.is_integer(s.field("report_year").type), f"report_year is {s.field('report_year').type}")
    check(s.field("capture_id").type == pa.int64(), "capture_id int64")
    check(s.field("repost").type == pa.bool_(), "repost bool")
    check(s.field("published_date").type == pa.date32(), "published_date date32")
    check(pa.types.is_timestamp(s.field("fetched_at").type), "fetched_at timestamp")
    check(str(s.field("fetched_at").type.tz) == "UTC", "fetched_at in UTC")
    check(pa.types.is_list(s.field("consistency_issues").type), "consistency_issues list")
    pdf = t.to_pandas(types_mapper=pd.ArrowDtype)
    check(pd.api.types.is_integer_dtype(pdf["report_year"]), f"pandas dtype {pdf['report_year'].dtype}")
    nullable = pd.read_parquet(d / "reports.parquet", dtype_backend="numpy_nullable")
    check(str(nullable["report_year"].dtype) == "Int64", f"nullable dtype {nullable['report_year'].dtype}")
    check(nullable["report_year"].isna().sum() == 1, "one null year (the PDF)")

    cells = pq.read_table(d / "cells.parquet")
    check(cells.schema.names[: len(CELL_COLUMNS)] == CELL_COLUMNS, "cells columns")
    check(pa.types.is_string(cells.schema.field("value").type), "cell value is a string")
    check("12.50" in cells.column("value").to_pylist(), "value as printed")

    # WARC: warcio's own check, then a read through its iterator.
    warc = d / "nianbao.warc.gz"
    r = subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", str(warc)],
        capture_output=True, text=True,
    )
    check(r.returncode == 0, f"warcio check: {r.stdout}{r.stderr}")
    kinds = {}
    with open(warc, "rb") as f:
        for rec in ArchiveIterator(f, check_digests=True):
            kinds[rec.rec_type] = kinds.get(rec.rec_type, 0) + 1
            if rec.rec_type == "response":
                rec.content_stream().read()
    check(kinds == {"warcinfo": 1, "response": 8, "revisit": 3, "request": 11}, f"records {kinds}")
    print("check_exports: ok")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
