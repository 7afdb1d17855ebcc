//! The canonical English wire phrases, read from the embedded `locales/wire.ftl`.
//!
//! They are kept apart from the translated locales: no locale file, embedded or loaded from
//! disk, can change them.

use std::sync::LazyLock;

use fluent_syntax::ast;

use crate::catalog::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::catalog::source::{embedded_wire, WIRE_FILE};
use crate::status::{StatusCode, STATUS_COUNT};

struct Wire {
    phrases: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

static WIRE: LazyLock<Wire> = LazyLock::new(load);

/// The wire phrase of a member; empty only if the embedded file lacks it, which a test rules
/// out.
pub(crate) fn phrase(status: StatusCode) -> &'static str {
    WIRE.phrases.get(status.index()).map_or("", String::as_str)
}

/// Problems in the embedded wire-phrase file (none in a correct build).
pub(crate) fn diagnostics() -> &'static [Diagnostic] {
    &WIRE.diagnostics
}

/// Whether `phrase` is a valid RFC 9112 reason-phrase: `*( HTAB / SP / VCHAR / obs-text )`.
pub(crate) fn is_valid_reason_phrase(phrase: &str) -> bool {
    phrase.bytes().all(|b| b == b'\t' || b == b' ' || b.is_ascii_graphic() || b >= 0x80)
}

fn load() -> Wire {
    let path = format!("locales/{WIRE_FILE}");
    let mut phrases = vec![String::new(); STATUS_COUNT];
    let mut diagnostics = Vec::new();
    let mut error = |message: String| {
        diagnostics.push(Diagnostic::new(Severity::Error, DiagnosticKind::Missing, &path, message))
    };
    let bytes = embedded_wire().unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let resource =
        fluent_syntax::parser::parse(text.as_ref()).unwrap_or_else(|(partial, _)| partial);
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let Some(code) = message.id.name.strip_prefix("wire-").and_then(|c| c.parse().ok()) else {
            continue;
        };
        let Ok(status) = StatusCode::from_u16(code) else {
            continue;
        };
        let text: Option<String> = message.value.as_ref().and_then(|pattern| {
            pattern
                .elements
                .iter()
                .map(|element| match element {
                    ast::PatternElement::TextElement { value } => Some(*value),
                    ast::PatternElement::Placeable { .. } => None,
                })
                .collect()
        });
        match text {
            Some(text) if is_valid_reason_phrase(&text) && !text.is_empty() => {
                phrases[status.index()] = text;
            }
            _ => error(format!("`{}` is not a plain reason-phrase", message.id.name)),
        }
    }
    for status in StatusCode::ALL {
        if phrases[status.index()].is_empty() {
            error(format!("no wire phrase for {}", status.as_u16()));
        }
    }
    Wire { phrases, diagnostics }
}
