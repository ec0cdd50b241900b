//! TEMPORARY stand-in (replaced by the real crate when it lands).
use std::io::Write;
#[derive(Debug)]
pub struct ExportError(pub String);
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError(e.to_string())
    }
}
impl ExportError {
    pub fn is_usage(&self) -> bool {
        false
    }
}
pub enum What {
    Reports,
    Cells,
    Captures,
}
pub enum Format {
    Csv,
    Jsonl,
    Parquet,
}
pub struct TableOptions {
    pub what: What,
    pub format: Format,
    pub since: Option<String>,
    pub bom: bool,
}
pub struct Written {
    pub rows: u64,
    pub bytes: u64,
}
pub fn export_table(
    _c: &rusqlite::Connection,
    _o: &TableOptions,
    _out: &mut (dyn Write + Send),
) -> Result<Written, ExportError> {
    Ok(Written { rows: 0, bytes: 0 })
}
pub struct WarcOptions {
    pub since: Option<String>,
    pub software: String,
}
pub struct WarcStats {
    pub records: u64,
    pub responses: u64,
    pub revisits: u64,
    pub requests: u64,
}
pub fn export_warc(
    _c: &rusqlite::Connection,
    _o: &WarcOptions,
    _out: &mut (dyn Write + Send),
) -> Result<WarcStats, ExportError> {
    Ok(WarcStats {
        records: 0,
        responses: 0,
        revisits: 0,
        requests: 0,
    })
}
pub fn coverage_html(_c: &rusqlite::Connection) -> Result<String, ExportError> {
    Ok(String::new())
}
pub fn write_file_atomically(
    path: &std::path::Path,
    _force: bool,
    f: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let mut file = std::fs::File::create(path)?;
    f(&mut file)
}
