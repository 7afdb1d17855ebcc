//! Parsing locale files and resolving every message the catalog needs to plain text.
//!
//! This runs once, when a catalog is built. Fluent does the parsing and resolving; this module
//! turns its errors into [`Diagnostic`]s and records which slots a locale filled itself.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
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
    Some(ParsedFile {
        path: path.to_string(),
        resource,
    })
}

/// The message ids a parsed file defines, in order.
pub(crate) fn message_ids(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|entry| match entry {
        ast::Entry::Message(m) => Some(m.id.name),
        ast::Entry::Term(_) | ast::Entry::Comment(_) | ast::Entry::GroupComment(_) => None,
        ast::Entry::ResourceComment(_) | ast::Entry::Junk { .. } => None,
    })
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
    // Where each message id was defined, for diagnostics about it.
    let mut defined_in: Vec<(String, String)> = Vec::new();
    for file in files {
        for id in message_ids(&file.resource) {
            if id.starts_with("wire-") {
                diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    DiagnosticKind::WirePhraseInLocale,
                    &file.path,
                    format!("`{id}` is a wire phrase; wire phrases are never translated, so it is ignored"),
                ));
            }
            if let Some((_, first)) = defined_in.iter().find(|(seen, _)| seen == id) {
                diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    DiagnosticKind::Duplicate,
                    &file.path,
                    format!(
                        "`{id}` is defined more than once (first in {first}); the first is used"
                    ),
                ));
            } else {
                defined_in.push((id.to_string(), file.path.clone()));
            }
        }
        // Duplicates were reported above; the bundle keeps the first definition.
        let _ = bundle.add_resource(file.resource);
    }

    let path_of = |id: &str| {
        defined_in
            .iter()
            .find(|(seen, _)| seen == id)
            .map_or("", |(_, path)| path.as_str())
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
            Some((
                DiagnosticKind::Resolve,
                format!("`{id}` cannot be resolved: {error}"),
            ))
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
            Some((kind, message)) => diagnostics.push(Diagnostic::new(
                Severity::Error,
                kind,
                path_of(&id),
                format!("{message}; the fallback text is used"),
            )),
            None => slots[key.index()] = Some(text.trim().to_string()),
        }
    }
    slots
}
