//! Resolving one locale layer (the files of one locale folder from one source) to plain text.
//!
//! Almost every message is plain text, or text with the variables the catalog provides; those
//! are taken straight from the parsed files, borrowed from embedded files without a copy.
//! Anything else (references to other messages or terms, selectors, functions) is formatted by
//! fluent-bundle, in a bundle made only when a layer needs one.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::keys::{Key, KEY_COUNT};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::load::{LoadedFile, Parsed};
use crate::sanitize;

/// The longest resolved message accepted, in bytes. A message that references itself into a
/// huge string is cut off here rather than allowed to use unbounded memory.
pub(crate) const MAX_TEXT_BYTES: usize = 4096;

/// One resolved slot per key; `None` where the layer does not define the message or it could
/// not be resolved (a diagnostic says why).
pub(crate) type Layer = Vec<Option<Cow<'static, str>>>;

/// Where a key's message is defined: the file and the message.
type Definition<'f> = (&'f LoadedFile, &'f ast::Message<&'f str>);

/// Resolves every catalog message that `files` (one locale folder, one source) define.
pub(crate) fn resolve_layer(
    locale: &LanguageIdentifier,
    files: &[&LoadedFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Layer {
    let mut definitions: Vec<Option<Definition<'_>>> = vec![None; KEY_COUNT];
    for &file in files {
        for message in file.messages() {
            let id = message.id.name;
            if id.starts_with("wire-") {
                let error = Diagnostic::error(
                    DiagnosticKind::WirePhraseInLocale,
                    &file.path,
                    format!("`{id}` is a wire phrase; wire phrases are never translated, so it is ignored"),
                );
                diagnostics.push(file.diagnostic_at(error, id));
                continue;
            }
            let Some(key) = Key::from_id(id) else { continue };
            match definitions[key.index()] {
                // The first definition is used, as fluent-bundle does.
                Some((first, first_message)) => {
                    let (path, line) = (&first.path, first.line_of(first_message.id.name));
                    let error = Diagnostic::error(
                        DiagnosticKind::Duplicate,
                        &file.path,
                        format!("`{id}` is defined more than once (first at {path}:{line}); the first is used"),
                    );
                    diagnostics.push(file.diagnostic_at(error, id));
                }
                None => definitions[key.index()] = Some((file, message)),
            }
        }
    }

    // Text taken straight from a file can carry a forbidden character only if its file does.
    let clean: Vec<bool> =
        files.iter().map(|f| !sanitize::contains_forbidden(f.source())).collect();
    let is_clean = |file: &LoadedFile| {
        files.iter().position(|f| core::ptr::eq(*f, file)).is_some_and(|i| clean[i])
    };
    let mut layer: Layer = vec![None; KEY_COUNT];
    let mut complex = Vec::new();
    for (key, definition) in Key::all().zip(&definitions) {
        let Some((file, message)) = *definition else { continue };
        let Some(pattern) = &message.value else {
            let id = message.id.name;
            let error = Diagnostic::error(
                DiagnosticKind::Empty,
                &file.path,
                format!("`{id}` has no value; the fallback text is used"),
            );
            diagnostics.push(file.diagnostic_at(error, id));
            continue;
        };
        match plain_text(pattern, key.variables()) {
            Some(text) => {
                let text = file.keep(text);
                let checked = is_clean(file);
                layer[key.index()] = accept(key, text, checked, file, message.id.name, diagnostics);
            }
            None => complex.push(key),
        }
    }
    if !complex.is_empty() {
        format_with_bundle(locale, files, &definitions, &complex, &mut layer, diagnostics);
    }
    layer
}

/// The text of a pattern made only of text and the key's variables, with the variables'
/// placeholders in place; `None` for anything fluent-bundle must format.
fn plain_text<'s>(
    pattern: &ast::Pattern<&'s str>,
    variables: &[(&str, char)],
) -> Option<Cow<'s, str>> {
    use ast::{Expression, InlineExpression, PatternElement};
    if let [PatternElement::TextElement { value }] = pattern.elements.as_slice() {
        return Some(Cow::Borrowed(value));
    }
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                let &(_, placeholder) = variables.iter().find(|(name, _)| *name == id.name)?;
                text.push(placeholder);
            }
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(Cow::Owned(text))
}

/// Formats the layer's complex messages with fluent-bundle.
fn format_with_bundle(
    locale: &LanguageIdentifier,
    files: &[&LoadedFile],
    definitions: &[Option<Definition<'_>>],
    keys: &[Key],
    layer: &mut Layer,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Embedded files were parsed in place; the bundle needs resources of its own.
    let copies: Vec<FluentResource> = files
        .iter()
        .filter_map(|f| match &f.parsed {
            Some(Parsed::Static { source, .. }) => {
                Some(FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r))
            }
            _ => None,
        })
        .collect();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    let owned = files.iter().filter_map(|f| match &f.parsed {
        Some(Parsed::Owned(resource)) => Some(resource),
        _ => None,
    });
    for resource in copies.iter().chain(owned) {
        // Duplicates were reported above; the bundle keeps the first definition too.
        let _ = bundle.add_resource(resource);
    }
    for &key in keys {
        let Some((file, message)) = definitions[key.index()] else { continue };
        let id = message.id.name;
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
        let variables = key.variables();
        let args = (!variables.is_empty()).then(|| {
            let mut args = FluentArgs::new();
            for &(name, placeholder) in variables {
                args.set(name, placeholder.to_string());
            }
            args
        });
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
        if let Some(error) = errors.first() {
            let (kind, message) = classify(id, error);
            let error = Diagnostic::error(
                kind,
                &file.path,
                format!("{message}; the fallback text is used"),
            );
            diagnostics.push(file.diagnostic_at(error, id));
            continue;
        }
        let text = Cow::Owned(text.into_owned());
        layer[key.index()] = accept(key, text, false, file, id, diagnostics);
    }
}

/// Cleans a resolved text (unless it is `known_clean`) and checks it: each variable used exactly once, not empty, not too
/// long. A text that fails is reported and dropped, so the slot falls back.
fn accept(
    key: Key,
    text: Cow<'static, str>,
    known_clean: bool,
    file: &LoadedFile,
    id: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Cow<'static, str>> {
    // Characters no output may carry are removed first, so that a value made only of them
    // counts as empty.
    let cleaned = if known_clean { None } else { sanitize::without_forbidden(&text) };
    let had_forbidden = cleaned.is_some();
    let text = match (cleaned, text) {
        (Some(cleaned), _) => Cow::Owned(cleaned),
        (None, text) => text,
    };
    let text = match text {
        Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
        Cow::Owned(t) if t.trim().len() == t.len() => Cow::Owned(t),
        Cow::Owned(t) => Cow::Owned(t.trim().to_string()),
    };
    let misused = key.variables().iter().find(|(_, p)| text.matches(*p).count() != 1);
    let problem = if let Some((name, _)) = misused {
        Some((DiagnosticKind::Resolve, format!("`{id}` must use {{ ${name} }} exactly once")))
    } else if text.is_empty() {
        Some((DiagnosticKind::Empty, format!("`{id}` is empty")))
    } else if text.len() > MAX_TEXT_BYTES {
        let message = format!(
            "`{id}` resolves to {} bytes; at most {MAX_TEXT_BYTES} are allowed",
            text.len()
        );
        Some((DiagnosticKind::Resolve, message))
    } else {
        None
    };
    if let Some((kind, message)) = problem {
        let error =
            Diagnostic::error(kind, &file.path, format!("{message}; the fallback text is used"));
        diagnostics.push(file.diagnostic_at(error, id));
        return None;
    }
    if had_forbidden {
        let warning = Diagnostic::warning(
            DiagnosticKind::ForbiddenCharacter,
            &file.path,
            format!("`{id}` contains control characters or bidi overrides; they are removed"),
        );
        diagnostics.push(file.diagnostic_at(warning, id));
    }
    Some(text)
}

/// Names a resolution error for a translator.
pub(crate) fn classify(id: &str, error: &FluentError) -> (DiagnosticKind, String) {
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
