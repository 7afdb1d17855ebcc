//! The files a catalog was built from, kept for the tools.

use core::fmt;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::error::ToolError;
use crate::catalog::locale::ROOT;
use crate::catalog::{assemble, is_catalog_name, layers, Catalog, CatalogBuilder};
use crate::load::{self, LoadedFile, Origin, RawFile};

impl CatalogBuilder {
    /// Loads like [`build`](CatalogBuilder::build) and keeps every file read, the tools' own
    /// included, for the translator tools: checking, coverage, templates and the tools' words.
    ///
    /// # Errors
    ///
    /// [`ToolError::NoSuchFolder`] when a folder given to
    /// [`locales_dir`](CatalogBuilder::locales_dir) does not exist or is not a folder.
    pub fn build_translations(self) -> Result<Translations, ToolError> {
        if let Some(dir) = self.dirs.iter().find(|d| !d.is_dir()) {
            return Err(ToolError::NoSuchFolder(dir.clone()));
        }
        let embedded = self.embedded;
        let dirs = self.dirs.clone();
        let gathered = self.gather();
        let files = load::load_all(gathered.fluent);
        let catalog_files = files.iter().filter(|f| is_catalog_name(&f.name));
        let layers = layers(catalog_files, |f| (f.folder.as_str(), f.origin));
        let parts = assemble(layers, gathered.diagnostics, gathered.pseudo_locales);
        let catalog = Catalog::from_parts(parts);
        Ok(Translations::new(catalog, files, gathered.records, gathered.wire, dirs, embedded))
    }
}

/// The locale files a catalog was built from, kept for the translator tools.
pub struct Translations {
    catalog: Catalog,
    files: Vec<LoadedFile>,
    records: Vec<RawFile>,
    pub(crate) wire: Option<RawFile>,
    dirs: Vec<PathBuf>,
    embedded: bool,
}

/// The files of one locale folder that take effect: for each file name, the one loaded last.
pub(crate) struct Folder<'t> {
    pub(crate) name: &'t str,
    pub(crate) files: Vec<&'t LoadedFile>,
    pub(crate) records: Vec<&'t RawFile>,
}

impl Folder<'_> {
    /// Where a file of this folder is or would be, as diagnostics show it.
    pub(crate) fn path_of(&self, file: &str) -> String {
        let sample = self
            .files
            .first()
            .map(|f| f.path.as_str())
            .or(self.records.first().map(|r| r.path.as_str()));
        match sample.and_then(|p| Path::new(p).parent()) {
            Some(dir) => dir.join(file).display().to_string(),
            None => format!("locales/{}/{file}", self.name),
        }
    }

    /// The folder on disk, when every file of it was read from disk.
    pub(crate) fn disk_dir(&self) -> Option<PathBuf> {
        let first = self.files.first()?;
        let all_disk = self.files.iter().all(|f| f.origin == Origin::Disk);
        all_disk.then(|| Path::new(&first.path).parent().map(Path::to_path_buf)).flatten()
    }

    pub(crate) fn record(&self, name: &str) -> Option<&RawFile> {
        self.records.iter().copied().find(|r| r.name == name)
    }

    pub(crate) fn is_from_disk(&self) -> bool {
        self.files.iter().any(|f| f.origin == Origin::Disk)
    }
}

impl Translations {
    pub(crate) fn new(
        catalog: Catalog,
        files: Vec<LoadedFile>,
        records: Vec<RawFile>,
        wire: Option<RawFile>,
        dirs: Vec<PathBuf>,
        embedded: bool,
    ) -> Translations {
        Translations { catalog, files, records, wire, dirs, embedded }
    }

    /// The catalog built from these files.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The folders given to [`locales_dir`](crate::CatalogBuilder::locales_dir).
    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }

    /// Every locale folder that takes part, by name: those being checked (embedded ones only
    /// when the embedded locales are included; the embedded English always backs the rest).
    pub(crate) fn folders(&self) -> BTreeMap<&str, Folder<'_>> {
        let mut folders: BTreeMap<&str, Folder<'_>> = BTreeMap::new();
        for file in &self.files {
            let folder = folders.entry(&file.folder).or_insert_with(|| Folder {
                name: &file.folder,
                files: Vec::new(),
                records: Vec::new(),
            });
            folder.files.retain(|f| f.name != file.name);
            folder.files.push(file);
        }
        for record in &self.records {
            if let Some(folder) = folders.get_mut(record.folder.as_str()) {
                folder.records.retain(|r| r.name != record.name);
                folder.records.push(record);
            }
        }
        for folder in folders.values_mut() {
            folder.files.sort_by(|a, b| a.name.cmp(&b.name));
        }
        if !self.embedded {
            folders.retain(|_, f| f.files.iter().any(|file| file.origin != Origin::Embedded));
        }
        // English is the reference, whole: the folder loaded last, never a mix.
        if let Some(english) = folders.get_mut(ROOT) {
            english.files = self.english().files;
        }
        folders
    }

    /// The English files: the `en` folder loaded last (a folder from disk when one has it),
    /// else the embedded one.
    pub(crate) fn english(&self) -> Folder<'_> {
        let english_files = || self.files.iter().filter(|f| f.folder == ROOT);
        let last = english_files().next_back().map(|f| (f.origin, Path::new(&f.path).parent()));
        let files = english_files()
            .filter(|f| Some((f.origin, Path::new(&f.path).parent())) == last)
            .collect();
        Folder { name: ROOT, files, records: Vec::new() }
    }
}

impl fmt::Debug for Translations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translations")
            .field("catalog", &self.catalog)
            .field("files", &self.files.len())
            .field("dirs", &self.dirs)
            .finish()
    }
}
