//! Writing files for translators: a new locale's skeleton, and the record of what is current.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::check::{english_entries, SOURCES_FILE};
use super::entries::entries;
use super::error::ToolError;
use super::sources;
use super::translations::Translations;
use crate::negotiate::parse_folder_name;

impl Translations {
    /// Records that every message `tag` has was translated from the current English, by
    /// writing `<tag>/sources.txt` next to its files on disk. Run it after updating
    /// translations.
    ///
    /// # Errors
    ///
    /// [`ToolError::NoSuchLocale`] when `tag` is not a locale folder read from disk, and
    /// [`ToolError::Io`] when the file cannot be written.
    ///
    /// # Example
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let dir = tempfile::tempdir()?;
    /// std::fs::create_dir(dir.path().join("nl"))?;
    /// std::fs::write(dir.path().join("nl/status.ftl"), "status-404-title = Niet gevonden\n")?;
    /// let load = || Catalog::builder().embedded(false).locales_dir(dir.path()).build_translations();
    /// let stale = |t: &http_status_catalog::tools::Translations| t.coverage()[0].stale();
    /// assert_eq!(stale(&load()?), 1, "not yet recorded as translated from the current English");
    /// load()?.update_sources("nl")?;
    /// assert_eq!(stale(&load()?), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn update_sources(&self, tag: &str) -> Result<PathBuf, ToolError> {
        let folders = self.folders();
        let folder = folders.get(tag).ok_or_else(|| ToolError::NoSuchLocale(tag.to_string()))?;
        let dir = folder.disk_dir().ok_or_else(|| ToolError::NoSuchLocale(tag.to_string()))?;
        let english = english_entries(&self.english());
        let mine: BTreeSet<String> =
            folder.files.iter().flat_map(|f| entries(f)).map(|e| e.id).collect();
        let path = dir.join(SOURCES_FILE);
        let text = sources::render(tag, &english, |id| mine.contains(id));
        fs::write(&path, text).map_err(|e| ToolError::Io(path.clone(), e))?;
        Ok(path)
    }

    /// Writes the skeleton of a new locale to `dir/<tag>/`: every English file, with every
    /// message in the same order, commented out with its English text and the notes above it,
    /// so that the translator replaces `# id = English` with `id = translation` one message at
    /// a time.
    ///
    /// # Errors
    ///
    /// [`ToolError`] when `tag` is not a language tag, the folder already has files (unless
    /// `overwrite`), or a file cannot be written.
    ///
    /// # Example
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let dir = tempfile::tempdir()?;
    /// let translations = Catalog::builder().build_translations()?;
    /// let written = translations.template(dir.path(), "nl", false)?;
    /// assert!(written.iter().any(|p| p.ends_with("nl/status.ftl")));
    /// let status = std::fs::read_to_string(dir.path().join("nl/status.ftl"))?;
    /// assert!(status.contains("# status-404-title = Not Found"));
    /// assert!(translations.template(dir.path(), "nl", false).is_err(), "never overwrites by accident");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn template(
        &self,
        dir: &Path,
        tag: &str,
        overwrite: bool,
    ) -> Result<Vec<PathBuf>, ToolError> {
        if parse_folder_name(tag).is_none() {
            return Err(ToolError::InvalidTag(tag.to_string()));
        }
        let target = dir.join(tag);
        if !overwrite && fs::read_dir(&target).is_ok_and(|mut d| d.next().is_some()) {
            return Err(ToolError::Exists(target));
        }
        fs::create_dir_all(&target).map_err(|e| ToolError::Io(target.clone(), e))?;
        let mut written = Vec::new();
        for file in self.english().files {
            let path = target.join(&file.name);
            fs::write(&path, comment_out(file.source()))
                .map_err(|e| ToolError::Io(path.clone(), e))?;
            written.push(path);
        }
        Ok(written)
    }
}

/// Comments out every message line, keeping comments and blank lines as they are.
fn comment_out(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.lines() {
        if line.is_empty() || line.starts_with('#') {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}
