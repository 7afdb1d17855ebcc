//! The translator's tools: checking locales, coverage, staleness and scaffolding.
//!
//! [`check`] reports everything wrong, missing or stale in a set of locale folders, with
//! `path:line:column` positions; [`update_sources`] marks a locale's translations current;
//! [`template`] writes the skeleton of a new locale. The `httpstatus check`, `locales` and
//! `template` commands are thin layers over these functions.

mod entries;
mod sources;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::catalog::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::catalog::keys::Message;
use crate::catalog::source::{self, SourceFile, SOURCES_FILE};
use crate::catalog::{Catalog, ROOT};
use crate::negotiate;

use self::entries::Entry;

/// What [`check`] found.
#[derive(Clone, Debug)]
pub struct CheckReport {
    diagnostics: Vec<Diagnostic>,
    locales: Vec<LocaleReport>,
}

impl CheckReport {
    /// Every problem, errors and warnings, in the order found.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Coverage of each locale, English first.
    pub fn locales(&self) -> &[LocaleReport] {
        &self.locales
    }

    /// The number of diagnostics of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity() == severity).count()
    }

    /// Whether the check passes: no errors, and under `strict` no warnings either.
    pub fn passes(&self, strict: bool) -> bool {
        self.count(Severity::Error) == 0 && (!strict || self.count(Severity::Warning) == 0)
    }
}

/// How complete and current one locale is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleReport {
    tag: String,
    name: String,
    total: usize,
    translated: usize,
    stale: usize,
    extra: usize,
}

impl LocaleReport {
    /// The locale's tag, e.g. `pt-BR`.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The locale's name for itself, e.g. `Português (Brasil)`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// How many messages English has.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many of English's messages the locale has.
    pub fn translated(&self) -> usize {
        self.translated
    }

    /// How many of English's messages the locale lacks.
    pub fn missing(&self) -> usize {
        self.total - self.translated
    }

    /// How many translated messages were made from English that has changed since, or were
    /// never recorded in `sources.txt`.
    pub fn stale(&self) -> usize {
        self.stale
    }

    /// How many messages the locale has that English does not.
    pub fn extra(&self) -> usize {
        self.extra
    }

    /// Every message translated.
    pub fn is_complete(&self) -> bool {
        self.missing() == 0
    }

    /// Complete, and every translation made from the current English.
    pub fn is_current(&self) -> bool {
        self.is_complete() && self.stale == 0
    }
}

/// Checks the embedded locales (`dir` = `None`) or the locale folders under `dir`.
///
/// English is the reference: `dir/en` when it exists, else the embedded English. Reported:
/// everything the catalog reports when loading (syntax errors with positions, bad encodings,
/// byte order marks, nesting, duplicate ids, wire-phrase ids, unknown references and
/// variables, empty values, bad folder names), and, compared with English, missing and extra
/// files, messages and attributes, messages in the wrong file, and stale translations.
///
/// # Example
///
/// ```
/// use http_status_catalog::check::check;
///
/// let report = check(None);
/// assert!(report.passes(true), "the shipped locales are clean");
/// assert!(report.locales().iter().all(|l| l.is_current()));
/// ```
pub fn check(dir: Option<&Path>) -> CheckReport {
    let mut builder = Catalog::builder().pseudo_locales(false).embedded(dir.is_none());
    if let Some(dir) = dir {
        builder = builder.locales_dir(dir);
    }
    let catalog = builder.build();
    let mut diagnostics: Vec<Diagnostic> = catalog
        .diagnostics()
        .iter()
        .filter(|d| d.kind() != DiagnosticKind::Missing)
        .cloned()
        .collect();

    let folders = read_folders(dir);
    let english = english_entries(&folders);
    let english_files: BTreeSet<&str> = english.iter().map(|e| e.file.as_str()).collect();

    let mut locales = Vec::new();
    for (folder, files) in &folders {
        let Some(id) = negotiate::parse_folder_name(folder) else { continue };
        let name =
            catalog.get(&id).map_or(String::new(), |l| l.message(Message::LocaleName).into());
        if folder == ROOT {
            let total = english.len();
            locales.push(LocaleReport {
                tag: folder.clone(),
                name,
                total,
                translated: total,
                stale: 0,
                extra: 0,
            });
            continue;
        }
        let path_of = |file: &str| display_path(dir, folder, file);
        let mine: Vec<Entry> =
            files.iter().flat_map(|(file, text)| entries::entries(file, text)).collect();
        let my_files: BTreeSet<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
        for file in english_files.difference(&my_files) {
            let count = english.iter().filter(|e| e.file == *file).count();
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                DiagnosticKind::MissingFile,
                &path_of(file),
                format!("the file is missing: its {count} messages fall back to English"),
            ));
        }
        for file in my_files.difference(&english_files) {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                DiagnosticKind::ExtraFile,
                &path_of(file),
                "English has no such file; move its messages into the files English uses".into(),
            ));
        }

        let recorded = source::sources_file(dir, folder).map(|t| sources::parse(&t));
        if recorded.is_none() {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                DiagnosticKind::Stale,
                &path_of(SOURCES_FILE),
                format!(
                    "no {SOURCES_FILE}: no translation is recorded as current; after translating, run \
                     `httpstatus check --locales-dir DIR --update-source {folder}`"
                ),
            ));
        }
        let mut report = LocaleReport {
            tag: folder.clone(),
            name,
            total: english.len(),
            translated: 0,
            stale: 0,
            extra: 0,
        };
        for en in &english {
            let Some(entry) = mine.iter().find(|e| e.id == en.id) else {
                if my_files.contains(en.file.as_str()) {
                    diagnostics.push(Diagnostic::new(
                        Severity::Warning,
                        DiagnosticKind::Missing,
                        &path_of(&en.file),
                        format!("`{}` is missing; it falls back to English", en.id),
                    ));
                }
                continue;
            };
            report.translated += 1;
            let here = |kind, severity, message: String| {
                Diagnostic::new(severity, kind, &path_of(&entry.file), message).at_line(entry.line)
            };
            if entry.file != en.file {
                diagnostics.push(here(
                    DiagnosticKind::WrongFile,
                    Severity::Warning,
                    format!("`{}` belongs in {}, as in English", en.id, en.file),
                ));
            }
            for attribute in en.attributes.iter().filter(|a| !entry.attributes.contains(a)) {
                diagnostics.push(here(
                    DiagnosticKind::Missing,
                    Severity::Warning,
                    format!("`{}` lacks the attribute `.{attribute}` that English has", en.id),
                ));
            }
            for attribute in entry.attributes.iter().filter(|a| !en.attributes.contains(a)) {
                diagnostics.push(here(
                    DiagnosticKind::Extra,
                    Severity::Warning,
                    format!("`{}` has the attribute `.{attribute}`, which English does not", en.id),
                ));
            }
            if let Some(recorded) = &recorded {
                let now = sources::fingerprint(&en.source);
                let message = match recorded.get(&en.id) {
                    Some(hash) if *hash == now => None,
                    Some(_) => Some(format!(
                        "`{}` is stale: the English changed since it was translated ({}:{})",
                        en.id,
                        display_path(dir, ROOT, &en.file),
                        en.line
                    )),
                    None => {
                        Some(format!("`{}` is not recorded in {SOURCES_FILE} as translated", en.id))
                    }
                };
                if let Some(message) = message {
                    report.stale += 1;
                    diagnostics.push(here(DiagnosticKind::Stale, Severity::Warning, message));
                }
            } else {
                report.stale += 1;
            }
        }
        let english_ids: BTreeSet<&str> = english.iter().map(|e| e.id.as_str()).collect();
        for entry in mine
            .iter()
            .filter(|e| !english_ids.contains(e.id.as_str()) && !e.id.starts_with("wire-"))
        {
            report.extra += 1;
            diagnostics.push(
                Diagnostic::new(
                    Severity::Warning,
                    DiagnosticKind::Extra,
                    &path_of(&entry.file),
                    format!("`{}` is not an English message, so it is never used", entry.id),
                )
                .at_line(entry.line),
            );
        }
        locales.push(report);
    }
    locales.sort_by_key(|l| (l.tag != ROOT, l.tag.clone()));
    CheckReport { diagnostics, locales }
}

/// Records that every message `tag` has was translated from the current English, by writing
/// `dir/<tag>/sources.txt`. Run it after updating translations.
///
/// # Errors
///
/// [`ToolError`] when `tag` is not a folder under `dir` or the file cannot be written.
///
/// # Example
///
/// ```
/// use http_status_catalog::check::{check, update_sources};
///
/// let dir = tempfile::tempdir()?;
/// std::fs::create_dir(dir.path().join("nl"))?;
/// std::fs::write(dir.path().join("nl/status.ftl"), "status-404-title = Niet gevonden\n")?;
/// let stale = |dir| check(Some(dir)).locales().iter().find(|l| l.tag() == "nl").unwrap().stale();
/// assert_eq!(stale(dir.path()), 1, "not yet recorded as translated from the current English");
/// update_sources(dir.path(), "nl")?;
/// assert_eq!(stale(dir.path()), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn update_sources(dir: &Path, tag: &str) -> Result<PathBuf, ToolError> {
    let folders = read_folders(Some(dir));
    let files = folders.get(tag).ok_or_else(|| ToolError::NoSuchLocale(dir.join(tag)))?;
    let english = english_entries(&folders);
    let mine: BTreeSet<String> =
        files.iter().flat_map(|(f, t)| entries::entries(f, t)).map(|e| e.id).collect();
    let path = dir.join(tag).join(SOURCES_FILE);
    let text = sources::render(tag, &english, |id| mine.contains(id));
    fs::write(&path, text).map_err(|e| ToolError::Io(path.clone(), e))?;
    Ok(path)
}

/// Writes the skeleton of a new locale to `dir/<tag>/`: every English file, with every message
/// in the same order, commented out with its English text, so that the translator replaces
/// `# id = English` with `id = translation` one message at a time.
///
/// English comes from `dir/en` when it exists, else from the embedded English.
///
/// # Errors
///
/// [`ToolError`] when `tag` is not a language tag, the folder already has files (unless
/// `overwrite`), or a file cannot be written.
///
/// # Example
///
/// ```
/// use http_status_catalog::check::template;
///
/// let dir = tempfile::tempdir()?;
/// let written = template(dir.path(), "nl", false)?;
/// assert_eq!(written.len(), 6);
/// let status = std::fs::read_to_string(dir.path().join("nl/status.ftl"))?;
/// assert!(status.contains("# status-404-title = Not Found"));
/// assert!(template(dir.path(), "nl", false).is_err(), "never overwrites by accident");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn template(dir: &Path, tag: &str, overwrite: bool) -> Result<Vec<PathBuf>, ToolError> {
    if negotiate::parse_folder_name(tag).is_none() {
        return Err(ToolError::InvalidTag(tag.to_string()));
    }
    let folders = read_folders(Some(dir));
    let english = english_files(&folders).into_owned();
    let target = dir.join(tag);
    if !overwrite && fs::read_dir(&target).is_ok_and(|mut d| d.next().is_some()) {
        return Err(ToolError::Exists(target));
    }
    fs::create_dir_all(&target).map_err(|e| ToolError::Io(target.clone(), e))?;
    let mut written = Vec::new();
    for (file, text) in english {
        let path = target.join(&file);
        fs::write(&path, comment_out(&text)).map_err(|e| ToolError::Io(path.clone(), e))?;
        written.push(path);
    }
    Ok(written)
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

/// A problem running a translator tool.
#[derive(Debug)]
#[non_exhaustive]
pub enum ToolError {
    /// The tag is not a valid language tag in canonical form.
    InvalidTag(String),
    /// There is no such locale folder.
    NoSuchLocale(PathBuf),
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
            ToolError::NoSuchLocale(path) => {
                write!(f, "there is no locale folder {}", path.display())
            }
            ToolError::Exists(path) => {
                write!(f, "{} already has files; pass --force to overwrite them", path.display())
            }
            ToolError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for ToolError {}

/// A locale's decoded `.ftl` files: (file name, text).
type Files = Vec<(String, String)>;

/// Locale folders and their decoded `.ftl` files, embedded or under `dir`. Problems reading or
/// decoding are not reported here: the catalog reports them.
fn read_folders(dir: Option<&Path>) -> BTreeMap<String, Files> {
    match dir {
        None => decode_folders(source::embedded_files()),
        Some(dir) => decode_folders(source::disk_files(dir, &mut Vec::new())),
    }
}

fn decode_folders(files: Vec<SourceFile>) -> BTreeMap<String, Files> {
    let mut folders: BTreeMap<String, Files> = BTreeMap::new();
    for file in files {
        let name = file.path.rsplit(['/', '\\']).next().unwrap_or_default().to_string();
        // A file that cannot be decoded still counts as there (its messages as missing).
        let text = source::decode(&file.path, &file.bytes, &mut Vec::new());
        let text = text.map(|t| t.into_owned()).unwrap_or_default();
        folders.entry(file.folder).or_default().push((name, text));
    }
    folders
}

/// The English files: from the checked folders when they have `en`, else the embedded ones.
fn english_files(folders: &BTreeMap<String, Files>) -> Cow<'_, Files> {
    match folders.get(ROOT) {
        Some(files) => Cow::Borrowed(files),
        None => {
            let embedded = source::embedded_files().into_iter().filter(|f| f.folder == ROOT);
            Cow::Owned(decode_folders(embedded.collect()).remove(ROOT).unwrap_or_default())
        }
    }
}

/// English's messages, from [`english_files`].
fn english_entries(folders: &BTreeMap<String, Files>) -> Vec<Entry> {
    english_files(folders).iter().flat_map(|(file, text)| entries::entries(file, text)).collect()
}

fn display_path(dir: Option<&Path>, folder: &str, file: &str) -> String {
    match dir {
        None => format!("locales/{folder}/{file}"),
        Some(dir) => dir.join(folder).join(file).display().to_string(),
    }
}
