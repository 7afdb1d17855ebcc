//! Parsing locale files and resolving every message the catalog needs to plain text.
//!
//! This runs once, when a catalog is built. Fluent does the parsing and resolving; this module
//! turns its errors into [`Diagnostic`]s and records which slots a locale filled itself.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use super::keys::{Key, KEY_COUNT};
use super::source::decode;

/// The longest resolved message accepted, in bytes. A message that references itself into a
/// huge string is cut off here rather than allowed to use unbounded memory.
pub(crate) const MAX_TEXT_BYTES: usize = 4096;

/// One decoded, parsed file.
pub(crate) struct ParsedFile {
    pub(crate) path: String,
    pub(crate) resource: FluentResource,
}

/// Decodes and parses one file, reporting syntax errors with their positions.
pub(crate) fn parse(
    path: &str,
    bytes: &[u8],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ParsedFile> {
    let text = decode(path, bytes, diagnostics)?;
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                diagnostics.push(
                    Diagnostic::new(
                        Severity::Error,
                        DiagnosticKind::Syntax,
                        path,
                        format!("syntax error: {}; the entry is skipped", error.kind),
                    )
                    .at(&text, error.pos.start),
                );
            }
            resource
        }
    };
    Some(ParsedFile { path: path.to_string(), resource })
}

/// Resolves every catalog slot that `files` define for one locale.
///
/// Slots the files do not define are `None`; the caller applies fallback. The common path
/// allocates only the resolved texts: positions for diagnostics are looked up only when there
/// is something to report.
pub(crate) fn resolve(
    locale: &LanguageIdentifier,
    files: Vec<ParsedFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<String>> {
    let first_diagnostic = diagnostics.len();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    for (index, file) in files.iter().enumerate() {
        for entry in file.resource.entries() {
            let ast::Entry::Message(message) = entry else { continue };
            let id = message.id.name;
            if id.starts_with("wire-") {
                let message = format!(
                    "`{id}` is a wire phrase; wire phrases are never translated, so it is ignored"
                );
                let line = line_of(&files[index..=index], id, 0).map_or(0, |(_, line)| line);
                diagnostics.push(
                    Diagnostic::new(
                        Severity::Error,
                        DiagnosticKind::WirePhraseInLocale,
                        &file.path,
                        message,
                    )
                    .at_line(line),
                );
            }
        }
        // The bundle keeps the first definition of an id and reports the later ones.
        let Err(errors) = bundle.add_resource(&file.resource) else { continue };
        for error in errors {
            let FluentError::Overriding { id, .. } = error else { continue };
            let earlier = &files[..=index];
            let first = line_of(earlier, &id, 0);
            let repeats = earlier.iter().map(|f| occurrences(f, &id)).sum::<usize>();
            let again = line_of(earlier, &id, repeats.saturating_sub(1));
            let (first_path, first_line) = first.unwrap_or(("", 0));
            let message = format!(
                "`{id}` is defined more than once (first at {first_path}:{first_line}); the first is used"
            );
            let line = again.map_or(0, |(_, line)| line);
            diagnostics.push(
                Diagnostic::new(Severity::Error, DiagnosticKind::Duplicate, &file.path, message)
                    .at_line(line),
            );
        }
    }

    let mut slots = vec![None; KEY_COUNT];
    for (key, id) in Key::all().zip(key_ids()) {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let variables = key.variables();
        let args = (!variables.is_empty()).then(|| {
            let mut args = FluentArgs::new();
            for &(name, placeholder) in variables {
                args.set(name, placeholder.to_string());
            }
            args
        });
        let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
        // A message with variables must use each exactly once.
        let misused = variables.iter().find(|(_, p)| text.matches(*p).count() != 1);
        // Characters no output may carry are removed first, so that a value made only of them
        // counts as empty.
        let forbidden = may_be_forbidden(&text) && text.contains(is_forbidden);
        let cleaned: Cow<'_, str> = if forbidden {
            Cow::Owned(text.chars().filter(|&c| !is_forbidden(c)).collect())
        } else {
            Cow::Borrowed(&text)
        };
        let problem = if let Some(error) = errors.first() {
            Some(classify(id, error))
        } else if let Some((name, _)) = misused {
            let message = format!("`{id}` must use {{ ${name} }} exactly once");
            Some((DiagnosticKind::Resolve, message))
        } else if cleaned.trim().is_empty() {
            Some((DiagnosticKind::Empty, format!("`{id}` is empty")))
        } else if cleaned.len() > MAX_TEXT_BYTES {
            let message = format!(
                "`{id}` resolves to {} bytes; at most {MAX_TEXT_BYTES} are allowed",
                cleaned.len()
            );
            Some((DiagnosticKind::Resolve, message))
        } else {
            None
        };
        let place = || line_of(&files, id, 0).unwrap_or(("", 0));
        match problem {
            Some((kind, message)) => {
                let (path, line) = place();
                let message = format!("{message}; the fallback text is used");
                diagnostics
                    .push(Diagnostic::new(Severity::Error, kind, path, message).at_line(line));
            }
            None => {
                if forbidden {
                    let (path, line) = place();
                    let message = format!(
                        "`{id}` contains control characters or bidi overrides; they are removed"
                    );
                    let kind = DiagnosticKind::ForbiddenCharacter;
                    diagnostics.push(
                        Diagnostic::new(Severity::Warning, kind, path, message).at_line(line),
                    );
                }
                slots[key.index()] = Some(cleaned.trim().to_string());
            }
        }
    }
    // Report in file order, as an editor shows them.
    diagnostics[first_diagnostic..].sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    slots
}

/// Characters no catalog text may carry, whoever wrote the locale file: control characters
/// other than line feed and tab (among them the escape that starts terminal sequences), and the
/// bidi embeddings, overrides and isolates that can reorder the text around them. Removing them
/// here keeps every output (terminal, HTML, Markdown, JSON, a caller's own) free of them.
pub(crate) fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// A fast byte scan that rules out [`is_forbidden`] characters for almost all text: they are
/// all ASCII controls or begin with the lead byte 0xC2 (C1 controls) or 0xE2 (bidi controls).
fn may_be_forbidden(text: &str) -> bool {
    // Non-short-circuiting operators and no early exit, so the loop compiles to vector code.
    let suspicious =
        |b: u8| (b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7f) | (b == 0xc2) | (b == 0xe2);
    text.bytes().fold(false, |found, b| found | suspicious(b))
}

/// The file and line of the `nth` definition (from 0) of `id` across `files`.
fn line_of<'f>(files: &'f [ParsedFile], id: &str, nth: usize) -> Option<(&'f str, usize)> {
    files
        .iter()
        .flat_map(|f| {
            message_lines(f.resource.source())
                .into_iter()
                .filter(|(seen, _)| seen == id)
                .map(move |(_, line)| (f.path.as_str(), line))
        })
        .nth(nth)
}

/// How many times `file` defines `id`.
fn occurrences(file: &ParsedFile, id: &str) -> usize {
    message_lines(file.resource.source()).iter().filter(|(seen, _)| seen == id).count()
}

/// The message ids a Fluent source defines, with the 1-based line of each, in order.
///
/// A message starts at a line that begins with an identifier followed by `=`; this mirrors the
/// grammar closely enough for ids the parser accepted.
pub(crate) fn message_lines(source: &str) -> Vec<(String, usize)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(n, line)| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let mut chars = id.chars();
            let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            valid.then(|| (id.to_string(), n + 1))
        })
        .collect()
}

/// The Fluent id of every key, in slot order, formatted once per process.
fn key_ids() -> &'static [String] {
    static IDS: LazyLock<Vec<String>> = LazyLock::new(|| Key::all().map(Key::id).collect());
    &IDS
}

/// Names a resolution error for a translator.
fn classify(id: &str, error: &FluentError) -> (DiagnosticKind, String) {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    match error {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
            id: var,
        })) => (
            DiagnosticKind::UnknownVariable,
            format!("`{id}` uses the variable `${var}`, which is not provided here"),
        ),
        FluentError::ResolverError(error @ ResolverError::Reference(_)) => (
            DiagnosticKind::UnknownReference,
            format!("`{id}` refers to something that does not exist ({error})"),
        ),
        FluentError::ResolverError(ResolverError::Cyclic) => {
            (DiagnosticKind::Resolve, format!("`{id}` refers to itself in a cycle"))
        }
        other => (DiagnosticKind::Resolve, format!("`{id}` cannot be resolved: {other}")),
    }
}
