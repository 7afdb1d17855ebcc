//! The translator's tools (feature `tools`): checking locales, coverage, staleness, templates,
//! and the tools' own words.
//!
//! Everything starts from [`Translations`], made by
//! [`CatalogBuilder::build_translations`](crate::CatalogBuilder::build_translations): each file
//! is read and parsed once, the catalog is built from them, and the tools inspect the same
//! files. The `httpstatus check`, `locales` and `template` commands are thin layers over it.
//!
//! # Example
//!
//! ```
//! use http_status_catalog::Catalog;
//!
//! let translations = Catalog::builder().build_translations()?;
//! let report = translations.check();
//! assert!(report.passes(true), "the shipped locales are clean");
//! assert!(translations.coverage().iter().all(|l| l.is_current()));
//! # Ok::<(), http_status_catalog::tools::ToolError>(())
//! ```

mod check;
mod entries;
mod messages;
mod sources;
mod template;

use core::fmt;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use self::check::{CheckReport, LocaleReport};
pub use self::messages::{MessageArg, Messages};

use crate::catalog::{Catalog, ROOT};
use crate::load::{LoadedFile, Origin, RawFile};

/// The locale files a catalog was built from, kept for the translator tools.
pub struct Translations {
    catalog: Catalog,
    files: Vec<LoadedFile>,
    records: Vec<RawFile>,
    wire: Option<RawFile>,
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

/// A problem running a translator tool.
#[derive(Debug)]
#[non_exhaustive]
pub enum ToolError {
    /// The tag is not a valid language tag in canonical form.
    InvalidTag(String),
    /// A folder of locale folders does not exist or is not a folder.
    NoSuchFolder(PathBuf),
    /// There is no such locale folder on disk.
    NoSuchLocale(String),
    /// The folder already has files.
    Exists(PathBuf),
    /// Reading or writing a file failed.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToolError::InvalidTag(tag) => {
                write!(f, "{tag:?} is not a language tag in canonical form (write it like pt-BR)")
            }
            ToolError::NoSuchFolder(path) => {
                write!(f, "{} is not a folder of locale folders", path.display())
            }
            ToolError::NoSuchLocale(tag) => {
                write!(f, "there is no locale folder {tag} on disk in the folders given")
            }
            ToolError::Exists(path) => {
                write!(f, "{} already has files; pass --force to overwrite them", path.display())
            }
            ToolError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for ToolError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ToolError::Io(_, e) => Some(e),
            _ => None,
        }
    }
}
