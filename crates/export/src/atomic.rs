//! Writing an output file so that it is either complete or absent.
//!
//! Why: exports are run by cron at night and picked up by other jobs (rsync to
//! a data portal, a notebook that reads `latest.parquet`). If a crawl, a full
//! disk or a reboot interrupts an export, the file under the final name must
//! still be the previous complete one (or nothing) — never a half-written file
//! that looks valid to a reader that does not check. So we write to a hidden
//! temporary file in the *same folder* (a rename across file systems is not
//! atomic), `fsync` it, and rename it over the final name; then `fsync` the
//! folder so the rename itself survives a power loss.
//!
//! An existing file is refused unless `force`: overwriting last month's export
//! by a typo is a mistake a person would want to be stopped from. Without
//! `force` the final step is a hard link (which fails if the name was taken in
//! the meantime) rather than a rename (which would replace it), falling back to
//! a checked rename on file systems without hard links.

use std::fs::{self, File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::ExportError;

/// Removes the temporary file unless it was renamed into place.
struct TempGuard {
    path: PathBuf,
    armed: bool,
}

impl Drop for TempGuard {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Write `path` through `f`, atomically (see the module docs).
pub fn write_file_atomically(
    path: &Path,
    force: bool,
    f: impl FnOnce(&mut (dyn Write + Send)) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let name = path
        .file_name()
        .ok_or_else(|| ExportError::NotAFile(path.to_path_buf()))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match fs::metadata(&dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(ExportError::MissingFolder(dir)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ExportError::MissingFolder(dir))
        }
        Err(e) => return Err(ExportError::io(dir.display(), e)),
    }
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(ExportError::NotAFile(path.to_path_buf())),
        Ok(_) if !force => return Err(ExportError::Exists(path.to_path_buf())),
        _ => {}
    }

    // Create a fresh temporary name; `create_new` never reuses someone's file.
    let mut attempt = 0u32;
    let (tmp, file) = loop {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let tmp = dir.join(format!(
            ".{}.tmp-{}-{nanos:x}-{attempt}",
            name.to_string_lossy(),
            std::process::id()
        ));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(file) => break (tmp, file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(e) => return Err(ExportError::io(tmp.display(), e)),
        }
    };
    let mut guard = TempGuard {
        path: tmp.clone(),
        armed: true,
    };

    let mut w = BufWriter::with_capacity(256 * 1024, file);
    f(&mut w)?;
    let file = w
        .into_inner()
        .map_err(|e| ExportError::io(tmp.display(), e.into_error()))?;
    file.sync_all()
        .map_err(|e| ExportError::io(tmp.display(), e))?;
    drop(file);

    if force {
        fs::rename(&tmp, path).map_err(|e| ExportError::io(path.display(), e))?;
    } else {
        match fs::hard_link(&tmp, path) {
            Ok(()) => {
                let _ = fs::remove_file(&tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(ExportError::Exists(path.to_path_buf()));
            }
            Err(_) => {
                // No hard links here (FAT, some network shares): check, then rename.
                if path.exists() {
                    return Err(ExportError::Exists(path.to_path_buf()));
                }
                fs::rename(&tmp, path).map_err(|e| ExportError::io(path.display(), e))?;
            }
        }
    }
    guard.armed = false;
    // Make the rename durable. Not every platform can open a folder: best effort.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
