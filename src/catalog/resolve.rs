//! Parsing locale files and resolving every message the catalog needs to plain text.
//!
//! This runs once, when a catalog is built. Fluent does the parsing and resolving; this module
//! turns its errors into [`Diagnostic`]s and records which slots a locale filled itself.

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use unic_langid::LanguageIdentifier;

use super::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use super::keys::{Key, KEY_COUNT, PLACEHOLDER};
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
/// Slots the files do not define are `None`; the caller applies fallback.
pub(crate) fn resolve(
    locale: &LanguageIdentifier,
    files: Vec<ParsedFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<String>> {
    let mut bundle = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    // Where each message id was first defined (file and line), for diagnostics about it.
    let mut defined_at: Vec<(String, String, usize)> = Vec::new();
    for file in files {
        let lines = message_lines(file.resource.source());
        for (id, line) in &lines {
            let at = |d: Diagnostic| d.at_line(*line);
            if id.starts_with("wire-") {
                diagnostics.push(at(Diagnostic::new(
                    Severity::Error,
                    DiagnosticKind::WirePhraseInLocale,
                    &file.path,
                    format!("`{id}` is a wire phrase; wire phrases are never translated, so it is ignored"),
                )));
            }
            if let Some((_, first, first_line)) = defined_at.iter().find(|(seen, ..)| seen == id) {
                diagnostics.push(at(Diagnostic::new(
                    Severity::Error,
                    DiagnosticKind::Duplicate,
                    &file.path,
                    format!("`{id}` is defined more than once (first at {first}:{first_line}); the first is used"),
                )));
            } else {
                defined_at.push((id.clone(), file.path.clone(), *line));
            }
        }
        // Duplicates were reported above; the bundle keeps the first definition.
        let _ = bundle.add_resource(file.resource);
    }

    let place_of = |id: &str| {
        defined_at
            .iter()
            .find(|(seen, ..)| seen == id)
            .map_or(("", 0), |(_, p, l)| (p.as_str(), *l))
    };
    let mut slots = vec![None; KEY_COUNT];
    for key in Key::all() {
        let id = key.id();
        let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let args = key.variable().map(|name| {
            let mut args = FluentArgs::new();
            args.set(name, PLACEHOLDER.to_string());
            args
        });
        let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
        let placeholders = text.matches(PLACEHOLDER).count();
        let problem = if let Some(error) = errors.first() {
            Some(classify(&id, error))
        } else if let (Some(name), false) = (key.variable(), placeholders == 1) {
            let message = format!("`{id}` must use {{ ${name} }} exactly once");
            Some((DiagnosticKind::Resolve, message))
        } else if key.variable().is_none() && placeholders > 0 {
            let message = format!("`{id}` contains U+E000, which is reserved");
            Some((DiagnosticKind::Resolve, message))
        } else if text.trim().is_empty() {
            Some((DiagnosticKind::Empty, format!("`{id}` is empty")))
        } else if text.len() > MAX_TEXT_BYTES {
            Some((
                DiagnosticKind::Resolve,
                format!(
                    "`{id}` resolves to {} bytes; at most {MAX_TEXT_BYTES} are allowed",
                    text.len()
                ),
            ))
        } else {
            None
        };
        match problem {
            Some((kind, message)) => {
                let (path, line) = place_of(&id);
                let message = format!("{message}; the fallback text is used");
                diagnostics
                    .push(Diagnostic::new(Severity::Error, kind, path, message).at_line(line));
            }
            None => slots[key.index()] = Some(text.trim().to_string()),
        }
    }
    slots
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
