//! The locale files embedded in the binary by rust-embed, staged by `build.rs`.

use std::borrow::Cow;

use super::kinds::WIRE_FILE;
use super::{Origin, RawFile};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The embedded wire-phrase file.
pub(crate) fn wire() -> Option<Cow<'static, [u8]>> {
    RuntimeFiles::get(WIRE_FILE).map(|file| file.data)
}

/// Every embedded run-time locale file (`<tag>/<name>.ftl`), sorted by path.
pub(crate) fn runtime_files() -> Vec<RawFile> {
    collect(RuntimeFiles::iter().filter_map(|path| {
        let data = RuntimeFiles::get(&path)?.data;
        Some((path, data))
    }))
}

/// Every embedded tool file: the tools' own Fluent files and each locale's records.
#[cfg(feature = "tools")]
pub(crate) fn tool_files() -> Vec<RawFile> {
    collect(ToolFiles::iter().filter_map(|path| {
        let data = ToolFiles::get(&path)?.data;
        Some((path, data))
    }))
}

fn collect(files: impl Iterator<Item = (Cow<'static, str>, Cow<'static, [u8]>)>) -> Vec<RawFile> {
    let mut files: Vec<RawFile> = files
        .filter_map(|(path, bytes)| {
            // Only files inside a locale folder; `wire.ftl` at the top is read by itself.
            let (folder, name) = path.split_once('/')?;
            Some(RawFile {
                folder: folder.to_string(),
                name: name.to_string(),
                path: format!("locales/{path}"),
                origin: Origin::Embedded,
                bytes,
            })
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}
