//! `check` and `coverage`: every locale compared with English, and what the catalog found.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};

use super::entries::{entries, Entry};
use super::translations::{Folder, Translations};
use super::{sources, terms};
use crate::catalog::keys::Key;
use crate::catalog::locale::ROOT;
use crate::catalog::resolve::classify;
use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::load::kinds::TOOL_TEXT_FILES;
use crate::load::{LoadedFile, Parsed};
use crate::negotiate::parse_folder_name;

/// The name of the file that records which English each message was translated from.
pub(crate) const SOURCES_FILE: &str = "sources.txt";

/// What [`Translations::check`] found.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CheckReport {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Diagnostic>,
    locales: Vec<LocaleReport>,
}

impl CheckReport {
    /// Every problem, errors and warnings: first what loading found, then each locale compared
    /// with English.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Coverage of each locale, English first.
    pub fn locales(&self) -> &[LocaleReport] {
        &self.locales
    }

    /// The number of diagnostics of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
        }
    }

    /// Whether the check passes: no errors, and under `strict` no warnings either.
    pub fn passes(&self, strict: bool) -> bool {
        self.errors == 0 && (!strict || self.warnings == 0)
    }
}

/// How complete and current one locale is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LocaleReport {
    tag: String,
    name: String,
    total: usize,
    translated: usize,
    missing: usize,
    stale: usize,
    extra: usize,
    complete: bool,
    current: bool,
    from_disk: bool,
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
        self.missing
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
        self.complete
    }

    /// Complete, and every translation made from the current English.
    pub fn is_current(&self) -> bool {
        self.current
    }

    /// Whether any of the locale's files was read from disk.
    pub fn is_from_disk(&self) -> bool {
        self.from_disk
    }
}

impl Translations {
    /// Checks every locale: everything the catalog reports when loading (syntax errors with
    /// positions, bad encodings, byte order marks, nesting, duplicate ids, wire-phrase ids,
    /// unknown references and variables, empty values, bad folder names), the tools' own
    /// files formatted the same way, and, compared with English, missing and extra files,
    /// messages and attributes, messages in the wrong file, stale translations, and the
    /// locale's terminology: where its `terms.txt` declares its words for a concept (request,
    /// response, server, client, header, resource, redirect, cache, proxy, gateway), every
    /// message whose English names the concept uses one of them, and no message uses a word
    /// that `terms.txt` forbids in it ([`DiagnosticKind::Terminology`]).
    ///
    /// English is the reference: the `en` of the folders checked when they have one, else the
    /// embedded English.
    pub fn check(&self) -> CheckReport {
        let mut diagnostics = self.catalog().diagnostics().to_vec();
        let folders = self.folders();
        for folder in folders.values() {
            for file in folder.files.iter().filter(|f| is_tool_text(f)) {
                diagnostics.extend(file.diagnostics.iter().cloned());
            }
        }
        if let Some(wire) = &self.wire {
            diagnostics.extend(check_wire(wire));
        }
        let english = english_entries(&self.english());
        let mut locales = Vec::new();
        for folder in folders.values() {
            if parse_folder_name(folder.name).is_none() {
                continue;
            }
            locales.push(self.compare(folder, &english, &mut diagnostics));
            check_tool_text(folder, &english, &mut diagnostics);
            if folder.name != ROOT {
                terms::check(folder, &english, &mut diagnostics);
            }
        }
        let errors = diagnostics.iter().filter(|d| d.severity() == Severity::Error).count();
        CheckReport { errors, warnings: diagnostics.len() - errors, diagnostics, locales }
    }

    /// How complete and current each locale is, English first: the figures of
    /// [`check`](Translations::check) without its diagnostics.
    pub fn coverage(&self) -> Vec<LocaleReport> {
        let english = english_entries(&self.english());
        let mut ignored = Vec::new();
        self.folders()
            .values()
            .filter(|folder| parse_folder_name(folder.name).is_some())
            .map(|folder| self.compare(folder, &english, &mut ignored))
            .collect()
    }

    /// One locale compared with English.
    fn compare(
        &self,
        folder: &Folder<'_>,
        english: &[Entry],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> LocaleReport {
        let name = parse_folder_name(folder.name)
            .and_then(|id| self.catalog().get(&id))
            .map_or_else(String::new, |l| l.name().to_string());
        let total = english.len();
        let mut report = LocaleReport {
            tag: folder.name.to_string(),
            name,
            total,
            translated: total,
            missing: 0,
            stale: 0,
            extra: 0,
            complete: true,
            current: true,
            from_disk: folder.is_from_disk(),
        };
        if folder.name == ROOT {
            return report;
        }
        let mine: Vec<Entry> = folder.files.iter().flat_map(|f| entries(f)).collect();
        let english_files: BTreeSet<&str> = english.iter().map(|e| e.file.as_str()).collect();
        let my_files: BTreeSet<&str> = folder.files.iter().map(|f| f.name.as_str()).collect();
        for file in english_files.difference(&my_files) {
            let count = english.iter().filter(|e| e.file == *file).count();
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::MissingFile,
                &folder.path_of(file),
                format!("the file is missing: its {count} messages fall back to English"),
            ));
        }
        for file in my_files.difference(&english_files) {
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::ExtraFile,
                &folder.path_of(file),
                "English has no such file; move its messages into the files English uses".into(),
            ));
        }

        let recorded =
            folder.record(SOURCES_FILE).map(|r| sources::parse(&String::from_utf8_lossy(&r.bytes)));
        if recorded.is_none() {
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::Stale,
                &folder.path_of(SOURCES_FILE),
                format!(
                    "no {SOURCES_FILE}: no translation is recorded as current; after translating, \
                     run `httpstatus check --locales-dir {} --update-source {}`",
                    folder
                        .disk_dir()
                        .and_then(|d| d.parent().map(|p| p.display().to_string()))
                        .unwrap_or_else(|| "DIR".into()),
                    folder.name
                ),
            ));
        }
        report.translated = 0;
        // A file that could not be read is reported once, as a whole, not message by message.
        let unreadable: BTreeSet<&str> =
            folder.files.iter().filter(|f| f.parsed.is_none()).map(|f| f.name.as_str()).collect();
        for en in english {
            let Some(entry) = mine.iter().find(|e| e.id == en.id) else {
                if my_files.contains(en.file.as_str()) && !unreadable.contains(en.file.as_str()) {
                    diagnostics.push(Diagnostic::warning(
                        DiagnosticKind::Missing,
                        &folder.path_of(&en.file),
                        format!("`{}` is missing; it falls back to English", en.id),
                    ));
                }
                continue;
            };
            report.translated += 1;
            let here = |kind, message: String| {
                let mut d = Diagnostic::warning(kind, &entry.path, message);
                if entry.line > 0 {
                    d = d.at_line(entry.line);
                }
                d
            };
            if entry.file != en.file {
                diagnostics.push(here(
                    DiagnosticKind::WrongFile,
                    format!("`{}` belongs in {}, as in English", en.id, en.file),
                ));
            }
            for attribute in en.attributes.iter().filter(|a| !entry.attributes.contains(a)) {
                diagnostics.push(here(
                    DiagnosticKind::Missing,
                    format!("`{}` lacks the attribute `.{attribute}` that English has", en.id),
                ));
            }
            for attribute in entry.attributes.iter().filter(|a| !en.attributes.contains(a)) {
                diagnostics.push(here(
                    DiagnosticKind::Extra,
                    format!("`{}` has the attribute `.{attribute}`, which English does not", en.id),
                ));
            }
            let stale = match &recorded {
                None => Some(None),
                Some(recorded) => match recorded.get(&en.id) {
                    Some(hash) if *hash == sources::fingerprint(&en.source) => None,
                    Some(_) => Some(Some(format!(
                        "`{}` is stale: the English changed since it was translated ({}:{})",
                        en.id, en.path, en.line
                    ))),
                    None => Some(Some(format!(
                        "`{}` is not recorded in {SOURCES_FILE} as translated",
                        en.id
                    ))),
                },
            };
            if let Some(message) = stale {
                report.stale += 1;
                if let Some(message) = message {
                    diagnostics.push(here(DiagnosticKind::Stale, message));
                }
            }
        }
        let english_ids: BTreeSet<&str> = english.iter().map(|e| e.id.as_str()).collect();
        for entry in mine
            .iter()
            .filter(|e| !english_ids.contains(e.id.as_str()) && !e.id.starts_with("wire-"))
        {
            report.extra += 1;
            let mut d = Diagnostic::warning(
                DiagnosticKind::Extra,
                &entry.path,
                format!("`{}` is not an English message, so it is never used", entry.id),
            );
            if entry.line > 0 {
                d = d.at_line(entry.line);
            }
            diagnostics.push(d);
        }
        report.missing = total - report.translated;
        report.complete = report.missing == 0;
        report.current = report.complete && report.stale == 0;
        report
    }
}

fn is_tool_text(file: &LoadedFile) -> bool {
    TOOL_TEXT_FILES.contains(&file.name.as_str())
}

/// English's messages, in file order.
pub(crate) fn english_entries(english: &Folder<'_>) -> Vec<Entry> {
    english.files.iter().flat_map(|f| entries(f)).collect()
}

/// Formats every message of a locale's tool files as the tools will, with the variables the
/// English message uses, and reports what fails. The catalog's own messages were resolved by
/// the catalog, which reported theirs.
fn check_tool_text(folder: &Folder<'_>, english: &[Entry], diagnostics: &mut Vec<Diagnostic>) {
    let files: Vec<&LoadedFile> =
        folder.files.iter().copied().filter(|f| is_tool_text(f)).collect();
    if files.is_empty() {
        return;
    }
    let Some(id) = parse_folder_name(folder.name) else { return };
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    for file in &files {
        let Some(Parsed::Owned(resource)) = &file.parsed else { continue };
        if let Err(errors) = bundle.add_resource(resource) {
            for error in errors {
                if let FluentError::Overriding { id, .. } = error {
                    let d = Diagnostic::error(
                        DiagnosticKind::Duplicate,
                        &file.path,
                        format!("`{id}` is defined more than once; the first is used"),
                    );
                    diagnostics.push(d);
                }
            }
        }
    }
    for file in &files {
        for message in file.messages() {
            let id = message.id.name;
            if Key::from_id(id).is_some() {
                continue;
            }
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut args = FluentArgs::new();
            if let Some(en) = english.iter().find(|e| e.id == id) {
                for variable in &en.variables {
                    args.set(variable.clone(), 2);
                }
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            let problem = match errors.first() {
                Some(error) => Some(classify(id, error)),
                None if text.trim().is_empty() => {
                    Some((DiagnosticKind::Empty, format!("`{id}` is empty")))
                }
                None => None,
            };
            if let Some((kind, text)) = problem {
                let d = Diagnostic::error(kind, &file.path, format!("{text}; English is used"));
                diagnostics.push(file.diagnostic_at(d, id));
            }
        }
    }
}

/// A `wire.ftl` next to the locale folders: its own problems, and a warning when it differs
/// from the built-in one, since wire phrases cannot be replaced at run time.
fn check_wire(wire: &crate::load::RawFile) -> Vec<Diagnostic> {
    let parsed = crate::wire::parse(&wire.path, wire.bytes.clone());
    let mut diagnostics = parsed.diagnostics;
    let builtin = crate::load::embedded::wire();
    if builtin.as_deref() != Some(&wire.bytes[..]) {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::WirePhraseInLocale,
            &wire.path,
            "wire phrases cannot be replaced at run time; this file differs from the built-in one \
             and takes effect only when the crate is rebuilt from it"
                .into(),
        ));
    }
    diagnostics
}
