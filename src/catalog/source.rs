//! Where locale files come from: the embedded `locales/` folder, or folders on disk.
//!
//! Everything read here is untrusted until checked: sizes are capped before reading, bytes must
//! be UTF-8, nesting depth is checked before the Fluent parser (which recurses) ever sees the
//! text, and symbolic links are not followed out of the folder.

use std::borrow::Cow;
use std::fs;
use std::path::Path;

use super::diagnostic::{Diagnostic, DiagnosticKind, Severity};

/// The largest locale file accepted, in bytes. The shipped files are a few tens of KiB.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The deepest nesting of `{` placeables accepted. Real messages nest two or three deep.
pub(crate) const MAX_NESTING: usize = 32;

/// The most locale folders and files per folder read from disk.
const MAX_FOLDERS: usize = 256;
const MAX_FILES_PER_FOLDER: usize = 64;

/// The name of the file that holds the canonical wire phrases.
pub(crate) const WIRE_FILE: &str = "wire.ftl";

#[derive(rust_embed::Embed)]
#[folder = "locales/"]
#[include = "*.ftl"]
#[include = "*/sources.txt"]
struct Embedded;

/// The file in each locale folder that records which English each message was translated
/// from.
pub(crate) const SOURCES_FILE: &str = "sources.txt";

/// Whether a file came from the binary or from disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    Embedded,
    Disk,
    Memory,
}

/// One locale file, still undecoded.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile {
    /// The locale folder name, e.g. `ru` or `pt-BR`.
    pub(crate) folder: String,
    /// The path shown in diagnostics.
    pub(crate) path: String,
    pub(crate) bytes: Cow<'static, [u8]>,
}

/// The embedded wire-phrase file.
pub(crate) fn embedded_wire() -> Option<Cow<'static, [u8]>> {
    Embedded::get(WIRE_FILE).map(|file| file.data)
}

/// Every embedded locale file, sorted by path.
pub(crate) fn embedded_files() -> Vec<SourceFile> {
    let mut paths: Vec<_> = Embedded::iter().collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|path| path.ends_with(".ftl"))
        .filter_map(|path| {
            let (folder, _name) = path.split_once('/')?;
            let folder = folder.to_string();
            let data = Embedded::get(&path)?.data;
            Some(SourceFile { folder, path: format!("locales/{path}"), bytes: data })
        })
        .collect()
}

/// The text of a locale's `sources.txt`, embedded or under `dir`; `None` when there is none.
pub(crate) fn sources_file(dir: Option<&Path>, folder: &str) -> Option<String> {
    match dir {
        None => Embedded::get(&format!("{folder}/{SOURCES_FILE}"))
            .map(|f| String::from_utf8_lossy(&f.data).into_owned()),
        Some(dir) => {
            let path = dir.join(folder).join(SOURCES_FILE);
            let meta = fs::symlink_metadata(&path).ok()?;
            if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
                return None;
            }
            read_capped(&path).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
        }
    }
}

/// Every `*.ftl` file in the locale folders under `dir`, sorted by path.
pub(crate) fn disk_files(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<SourceFile> {
    let shown = dir.display().to_string();
    let io_error = |path: &str, e: std::io::Error| {
        Diagnostic::new(Severity::Error, DiagnosticKind::Io, path, format!("cannot read: {e}"))
    };
    let mut folders = match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(Result::ok).collect::<Vec<_>>(),
        Err(e) => {
            diagnostics.push(io_error(&shown, e));
            return Vec::new();
        }
    };
    folders.sort_by_key(|e| e.file_name());
    let mut files = Vec::new();
    for folder in folders.into_iter().take(MAX_FOLDERS) {
        let path = folder.path();
        let shown = path.display().to_string();
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            diagnostics.push(symlink(&shown));
            continue;
        }
        if !meta.is_dir() {
            // The source tree's own wire.ftl is the embedded one; any other cannot take effect.
            let same_as_embedded = || fs::read(&path).ok().as_deref() == embedded_wire().as_deref();
            if folder.file_name() == WIRE_FILE && !same_as_embedded() {
                diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    DiagnosticKind::WirePhraseInLocale,
                    &shown,
                    "wire phrases cannot be replaced from disk; this file differs from the built-in one and is ignored".into(),
                ));
            }
            continue;
        }
        let Some(name) = folder.file_name().to_str().map(str::to_string) else {
            diagnostics.push(Diagnostic::new(
                Severity::Error,
                DiagnosticKind::InvalidLocaleName,
                &shown,
                "the folder name is not valid UTF-8, so it cannot be a language tag".into(),
            ));
            continue;
        };
        let mut entries = match fs::read_dir(&path) {
            Ok(entries) => entries.filter_map(Result::ok).collect::<Vec<_>>(),
            Err(e) => {
                diagnostics.push(io_error(&shown, e));
                continue;
            }
        };
        entries.sort_by_key(|e| e.file_name());
        let ftl = entries
            .into_iter()
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .take(MAX_FILES_PER_FOLDER);
        for entry in ftl {
            let file = entry.path();
            let shown = file.display().to_string();
            match fs::symlink_metadata(&file) {
                Ok(m) if m.file_type().is_symlink() => diagnostics.push(symlink(&shown)),
                Ok(m) if m.len() > MAX_FILE_BYTES => diagnostics.push(too_large(&shown, m.len())),
                Ok(m) if m.is_file() => match read_capped(&file) {
                    Ok(bytes) => files.push(SourceFile {
                        folder: name.clone(),
                        path: shown,
                        bytes: Cow::Owned(bytes),
                    }),
                    Err(e) => diagnostics.push(io_error(&shown, e)),
                },
                Ok(_) => {}
                Err(e) => diagnostics.push(io_error(&shown, e)),
            }
        }
    }
    files
}

/// Reads at most one byte more than the cap, so a file that grows after its size was checked
/// is still caught.
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::other("the file grew past the size limit while being read"));
    }
    Ok(bytes)
}

fn symlink(path: &str) -> Diagnostic {
    Diagnostic::new(
        Severity::Error,
        DiagnosticKind::Io,
        path,
        "symbolic links are not followed; copy the file into the locale folder".into(),
    )
}

fn too_large(path: &str, len: u64) -> Diagnostic {
    Diagnostic::new(
        Severity::Error,
        DiagnosticKind::TooLarge,
        path,
        format!("the file has {len} bytes; locale files may have at most {MAX_FILE_BYTES}"),
    )
}

/// Checks and decodes a file: size, UTF-8, byte order mark, nesting depth.
///
/// Returns `None` (with a diagnostic) when the file must not be parsed at all.
pub(crate) fn decode<'a>(
    path: &str,
    bytes: &'a [u8],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Cow<'a, str>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        diagnostics.push(too_large(path, bytes.len() as u64));
        return None;
    }
    // simdutf8 validates fast; on failure the standard library says where.
    let text = match simdutf8::basic::from_utf8(bytes).map_err(|_| std::str::from_utf8(bytes)) {
        Ok(text) => text,
        Err(Ok(valid)) => valid,
        Err(Err(e)) => {
            let at = e.valid_up_to();
            let valid = std::str::from_utf8(&bytes[..at]).unwrap_or("");
            diagnostics.push(
                Diagnostic::new(
                    Severity::Error,
                    DiagnosticKind::InvalidUtf8,
                    path,
                    format!(
                        "the file is not valid UTF-8 (bad byte at offset {at}); save it as UTF-8"
                    ),
                )
                .at(valid, at),
            );
            return None;
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                DiagnosticKind::ByteOrderMark,
                path,
                "the file starts with a byte order mark; save it as UTF-8 without BOM".into(),
            ));
            rest
        }
        None => text,
    };
    if let Some(offset) = too_deep(text) {
        diagnostics.push(
            Diagnostic::new(
                Severity::Error,
                DiagnosticKind::TooDeep,
                path,
                format!("placeables nest more than {MAX_NESTING} deep; the file is not parsed"),
            )
            .at(text, offset),
        );
        return None;
    }
    // The parser accepts CRLF, but normalizing keeps positions and output uniform.
    Some(if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    })
}

/// The offset of the first `{` that nests deeper than [`MAX_NESTING`], if any.
///
/// This over-counts braces inside string literals, which only makes it stricter. Only braces
/// are visited, so a file without placeables costs one fast scan.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for offset in memchr::memchr2_iter(b'{', b'}', text.as_bytes()) {
        if text.as_bytes()[offset] == b'{' {
            depth += 1;
            if depth > MAX_NESTING {
                return Some(offset);
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    None
}
