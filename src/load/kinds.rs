// Which files of a locale folder are text the catalog resolves at run time, and which only the
// translator tools read. Included by `build.rs` (which stages the embedded files by this split)
// and by the crate, so that the split is written once.

/// Fluent files that hold the tools' own words (the command-line tool's labels and messages);
/// the run-time catalog never reads them.
pub(crate) const TOOL_TEXT_FILES: &[&str] = &["cli.ftl", "site.ftl"];

/// Files in a locale folder that record facts about the translation for the tools.
#[cfg_attr(not(feature = "tools"), allow(dead_code))]
pub(crate) const TOOL_DATA_FILES: &[&str] = &["sources.txt", "terms.txt"];

/// The file, at the top of the locales folder, that holds the canonical wire phrases.
pub(crate) const WIRE_FILE: &str = "wire.ftl";
