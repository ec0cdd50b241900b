//! Parquet output, through arrow-rs.
//!
//! Why Parquet at all: researchers load the reports into pandas, R (arrow) and
//! DuckDB; Parquet carries real types, so `report_year` arrives as an integer
//! column even when half the values are null (a CSV makes pandas turn that into
//! float64), and `published_date` arrives as a date.
//!
//! Type choices (documented for users in the README):
//! - ids, counts, `report_year`, `status`, `bytes`, `extractor_version`: Int64;
//! - `repost`, `truncated`: Boolean;
//! - `published_date`: Date32;
//! - `fetched_at`, `extracted_at`: Timestamp(millisecond, "UTC") — sub-millisecond
//!   digits of the archive's RFC 3339 string are dropped;
//! - `consistency_issues`, `approximate`: List<Utf8>;
//! - cells' `value`: Utf8, exactly as printed (it may be a decimal such as
//!   `12.50`), with `value_number` (Float64) beside it for arithmetic;
//! - everything else: Utf8. Every column is nullable.
//!
//! Why batches of 8192 rows and row groups of the same size: memory stays flat
//! (one batch of builders plus one row group in the writer), and readers can skip
//! row groups by their statistics. zstd compression: small files, and the zstd
//! library is already linked for the archive's bodies.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, ListBuilder, StringBuilder,
    TimestampMillisecondBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use nianbao_store::Store;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use crate::table::{columns, for_each_row, Col, Kind, Only, Val};
use crate::util::{date_to_days, rfc3339_to_millis};
use crate::{ExportError, TableOptions};

/// Rows per record batch and per row group.
pub(crate) const ROW_GROUP: usize = 8192;

fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::Int => DataType::Int64,
        Kind::Str => DataType::Utf8,
        Kind::Bool => DataType::Boolean,
        Kind::Date => DataType::Date32,
        Kind::Timestamp => DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into())),
        Kind::List => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        Kind::Number => DataType::Float64,
    }
}

pub(crate) fn schema(cols: &[Col]) -> SchemaRef {
    Arc::new(Schema::new(
        cols.iter()
            .map(|c| Field::new(c.name, data_type(c.kind), true))
            .collect::<Vec<_>>(),
    ))
}

enum Builder {
    Int(Int64Builder),
    Str(StringBuilder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
    Ts(TimestampMillisecondBuilder),
    List(ListBuilder<StringBuilder>),
    Number(Float64Builder),
}

impl Builder {
    fn new(kind: Kind) -> Self {
        match kind {
            Kind::Int => Builder::Int(Int64Builder::new()),
            Kind::Str => Builder::Str(StringBuilder::new()),
            Kind::Bool => Builder::Bool(BooleanBuilder::new()),
            Kind::Date => Builder::Date(Date32Builder::new()),
            Kind::Timestamp => Builder::Ts(TimestampMillisecondBuilder::new().with_timezone("UTC")),
            Kind::List => Builder::List(ListBuilder::new(StringBuilder::new())),
            Kind::Number => Builder::Number(Float64Builder::new()),
        }
    }

    fn push(&mut self, v: &Val, col: &Col, id: &Val) -> Result<(), ExportError> {
        match (self, v) {
            (Builder::Int(b), Val::Int(i)) => b.append_value(*i),
            (Builder::Int(b), _) => b.append_null(),
            (Builder::Str(b), Val::Str(s)) => b.append_value(s),
            (Builder::Str(b), _) => b.append_null(),
            (Builder::Bool(b), Val::Bool(x)) => b.append_value(*x),
            (Builder::Bool(b), _) => b.append_null(),
            (Builder::Date(b), Val::Str(s)) => b.append_option(date_to_days(s)),
            (Builder::Date(b), _) => b.append_null(),
            (Builder::Ts(b), Val::Str(s)) => match rfc3339_to_millis(s) {
                Some(ms) => b.append_value(ms),
                None => {
                    let id = match id {
                        Val::Int(i) => i.to_string(),
                        _ => "?".into(),
                    };
                    return Err(ExportError::Data(format!(
                        "capture {id}: {} {s:?} is not an RFC 3339 time",
                        col.name
                    )));
                }
            },
            (Builder::Ts(b), _) => b.append_null(),
            (Builder::List(b), Val::List(items)) => {
                for s in items {
                    b.values().append_value(s);
                }
                b.append(true);
            }
            (Builder::List(b), _) => b.append(false),
            (Builder::Number(b), Val::Number(f)) => b.append_value(*f),
            (Builder::Number(b), _) => b.append_null(),
        }
        Ok(())
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Str(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
            Builder::Ts(b) => Arc::new(b.finish()),
            Builder::List(b) => Arc::new(b.finish()),
            Builder::Number(b) => Arc::new(b.finish()),
        }
    }
}

fn pq_err(e: impl std::fmt::Display) -> ExportError {
    ExportError::Io(format!(
        "parquet: {}",
        crate::error::one_line(&e.to_string())
    ))
}

pub(crate) fn write_parquet(
    store: &Store,
    opts: &TableOptions,
    only: Only<'_>,
    out: &mut (dyn Write + Send),
) -> Result<u64, ExportError> {
    let cols = columns(opts.what);
    let schema = schema(cols);
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_max_row_group_row_count(Some(ROW_GROUP))
        .set_created_by(format!("nianbao-export {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(pq_err)?;
    let mut builders: Vec<Builder> = cols.iter().map(|c| Builder::new(c.kind)).collect();
    let mut pending = 0usize;

    let flush = |builders: &mut Vec<Builder>,
                 writer: &mut ArrowWriter<&mut (dyn Write + Send)>|
     -> Result<(), ExportError> {
        let arrays: Vec<ArrayRef> = builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(pq_err)?;
        writer.write(&batch).map_err(pq_err)
    };

    let n = for_each_row(store, opts.what, opts.since.as_deref(), only, |vals| {
        let id = &vals[0];
        for ((b, v), col) in builders.iter_mut().zip(vals).zip(cols) {
            b.push(v, col, id)?;
        }
        pending += 1;
        if pending == ROW_GROUP {
            flush(&mut builders, &mut writer)?;
            pending = 0;
        }
        Ok(())
    })?;
    if pending > 0 {
        flush(&mut builders, &mut writer)?;
    }
    writer.close().map_err(pq_err)?;
    Ok(n)
}
