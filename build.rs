//! Stages the locale files that rust-embed embeds, split by who reads them.
//!
//! The run-time catalog embeds every Fluent file except the tools' own; the translator tools
//! (feature `tools`) embed those and the per-locale records (`sources.txt`, `terms.txt`). Each
//! staging folder is embedded whole, so rust-embed needs no globbing, and a plain library build
//! carries no tool data. Adding a locale folder triggers a rebuild.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
mod kinds {
    include!("src/load/kinds.rs");
}

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/load/kinds.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let runtime = out.join("locales-runtime");
    let tools = out.join("locales-tools");
    for dir in [&runtime, &tools] {
        if dir.exists() {
            fs::remove_dir_all(dir)?;
        }
        fs::create_dir_all(dir)?;
    }
    let source = Path::new("locales");
    fs::copy(source.join(kinds::WIRE_FILE), runtime.join(kinds::WIRE_FILE))?;
    let mut folders: Vec<PathBuf> =
        fs::read_dir(source)?.map(|entry| entry.map(|e| e.path())).collect::<io::Result<_>>()?;
    folders.sort();
    for folder in folders.iter().filter(|p| p.is_dir()) {
        let tag = folder.file_name().expect("a folder has a name");
        for entry in fs::read_dir(folder)? {
            let path = entry?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            let target = if kinds::TOOL_DATA_FILES.contains(&name)
                || kinds::TOOL_TEXT_FILES.contains(&name)
            {
                &tools
            } else if name.ends_with(".ftl") {
                &runtime
            } else {
                // Review records and other notes for people: not embedded.
                continue;
            };
            fs::create_dir_all(target.join(tag))?;
            fs::copy(&path, target.join(tag).join(name))?;
        }
    }
    let code = format!(
        "/// The run-time text: `wire.ftl` and every locale's Fluent files but the tools' own.\n\
         #[derive(rust_embed::Embed)]\n#[folder = {runtime:?}]\npub(crate) struct RuntimeFiles;\n\n\
         /// What only the translator tools read: their own words and each locale's records.\n\
         #[cfg(feature = \"tools\")]\n#[derive(rust_embed::Embed)]\n#[folder = {tools:?}]\n\
         pub(crate) struct ToolFiles;\n",
        runtime = runtime.to_str().expect("OUT_DIR is UTF-8"),
        tools = tools.to_str().expect("OUT_DIR is UTF-8"),
    );
    fs::write(out.join("embedded.rs"), code)
}
