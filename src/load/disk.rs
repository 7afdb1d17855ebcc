//! Locale folders on disk (feature `tools`), for translators previewing and checking their
//! work.
//!
//! Everything here is untrusted: sizes are capped before reading, symbolic links are not
//! followed, and the number of folders and files read is bounded.

use std::borrow::Cow;
use std::fs;
use std::io::Read;
use std::path::Path;

use super::decode::{too_large, MAX_FILE_BYTES};
use super::kinds::{TOOL_DATA_FILES, WIRE_FILE};
use super::{Origin, RawFile};
use crate::diagnostic::{Diagnostic, DiagnosticKind};

/// The most locale folders and files per folder read from disk.
const MAX_FOLDERS: usize = 256;
const MAX_FILES_PER_FOLDER: usize = 64;

/// What a folder of locale folders holds.
pub(crate) struct DiskFiles {
    /// Every `*.ftl` file and every record (`sources.txt`, `terms.txt`) in the locale folders,
    /// sorted by path.
    pub(crate) files: Vec<RawFile>,
    /// A `wire.ftl` at the top, if there is one.
    pub(crate) wire: Option<RawFile>,
    /// Problems reading the folders.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Reads the locale folders under `dir` (`dir/<tag>/*.ftl`).
pub(crate) fn read(dir: &Path) -> DiskFiles {
    let mut found = DiskFiles { files: Vec::new(), wire: None, diagnostics: Vec::new() };
    let shown = dir.display().to_string();
    let mut folders = match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(Result::ok).collect::<Vec<_>>(),
        Err(e) => {
            found.diagnostics.push(io_error(&shown, &e));
            return found;
        }
    };
    folders.sort_by_key(|e| e.file_name());
    for folder in folders.into_iter().take(MAX_FOLDERS) {
        let path = folder.path();
        let shown = path.display().to_string();
        let Ok(meta) = fs::symlink_metadata(&path) else { continue };
        if meta.file_type().is_symlink() {
            found.diagnostics.push(symlink(&shown));
            continue;
        }
        if !meta.is_dir() {
            if folder.file_name() == WIRE_FILE {
                found.wire = read_file(&path, "", WIRE_FILE, &mut found.diagnostics);
            }
            continue;
        }
        let Some(name) = folder.file_name().to_str().map(str::to_string) else {
            found.diagnostics.push(Diagnostic::error(
                DiagnosticKind::InvalidLocaleName,
                &shown,
                "the folder name is not valid UTF-8, so it cannot be a language tag".into(),
            ));
            continue;
        };
        let mut entries = match fs::read_dir(&path) {
            Ok(entries) => entries.filter_map(Result::ok).collect::<Vec<_>>(),
            Err(e) => {
                found.diagnostics.push(io_error(&shown, &e));
                continue;
            }
        };
        entries.sort_by_key(|e| e.file_name());
        let wanted = entries.into_iter().filter(|e| {
            let file_name = e.file_name();
            let file_name = file_name.to_string_lossy();
            file_name.ends_with(".ftl") || TOOL_DATA_FILES.contains(&file_name.as_ref())
        });
        for entry in wanted.take(MAX_FILES_PER_FOLDER) {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            if let Some(raw) = read_file(&entry.path(), &name, &file_name, &mut found.diagnostics) {
                found.files.push(raw);
            }
        }
    }
    found
}

/// Reads one file, unless it is a symbolic link, too large or unreadable.
fn read_file(
    path: &Path,
    folder: &str,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<RawFile> {
    let shown = path.display().to_string();
    let raw = |bytes| RawFile {
        folder: folder.to_string(),
        name: name.to_string(),
        path: shown.clone(),
        origin: Origin::Disk,
        bytes: Cow::Owned(bytes),
    };
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => diagnostics.push(symlink(&shown)),
        Ok(m) if m.len() > MAX_FILE_BYTES => diagnostics.push(too_large(&shown, m.len())),
        Ok(m) if m.is_file() => match read_capped(path) {
            Ok(bytes) => return Some(raw(bytes)),
            Err(e) => diagnostics.push(io_error(&shown, &e)),
        },
        Ok(_) => {}
        Err(e) => diagnostics.push(io_error(&shown, &e)),
    }
    None
}

/// Reads at most one byte more than the cap, so a file that grows after its size was checked
/// is still caught.
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::other("the file grew past the size limit while being read"));
    }
    Ok(bytes)
}

fn io_error(path: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(DiagnosticKind::Io, path, format!("cannot read: {e}"))
}

fn symlink(path: &str) -> Diagnostic {
    Diagnostic::error(
        DiagnosticKind::Io,
        path,
        "symbolic links are not followed; copy the file into the locale folder".into(),
    )
}
