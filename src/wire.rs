//! The canonical English wire phrases, read from the embedded `locales/wire.ftl`.
//!
//! They are kept apart from the translated locales: no locale file, embedded or loaded from
//! disk, can change them.

use core::fmt;
use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_syntax::ast;

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::load::{embedded, kinds::WIRE_FILE};
use crate::status::{StatusCode, STATUS_COUNT};

/// The phrases of every member, and the problems found in the file.
pub(crate) struct WirePhrases {
    phrases: Vec<Cow<'static, str>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

static WIRE: LazyLock<WirePhrases> = LazyLock::new(|| {
    let path = format!("locales/{WIRE_FILE}");
    parse(&path, embedded::wire().unwrap_or_default())
});

impl StatusCode {
    /// The canonical English wire phrase, e.g. `"Not Found"` (Python's `.phrase`).
    ///
    /// It comes from the embedded `locales/wire.ftl` and is never translated: it is what an
    /// HTTP/1.1 status line carries.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::ImATeapot.phrase(), "I'm a Teapot");
    /// ```
    #[inline]
    pub fn phrase(self) -> &'static str {
        // A test parses the embedded file and requires a phrase for every member, so the
        // empty string is never seen in a released build.
        WIRE.phrases.get(self.index()).map_or("", |p| p.as_ref())
    }
}

/// `404 Not Found`: the code and its canonical English wire phrase.
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.as_u16(), self.phrase())
    }
}

/// Problems in the embedded wire-phrase file (none in a correct build).
pub(crate) fn diagnostics() -> &'static [Diagnostic] {
    &WIRE.diagnostics
}

/// Whether `phrase` is a valid RFC 9112 reason-phrase: `*( HTAB / SP / VCHAR / obs-text )`.
pub(crate) fn is_valid_reason_phrase(phrase: &str) -> bool {
    phrase.bytes().all(|b| b == b'\t' || b == b' ' || b.is_ascii_graphic() || b >= 0x80)
}

/// Reads a wire-phrase file: one plain-text message `wire-<code>` per member.
pub(crate) fn parse(path: &str, bytes: Cow<'static, [u8]>) -> WirePhrases {
    let mut phrases: Vec<Cow<'static, str>> = vec![Cow::Borrowed(""); STATUS_COUNT];
    let file = crate::load::LoadedFile::load(crate::load::RawFile {
        folder: String::new(),
        name: WIRE_FILE.to_string(),
        path: path.to_string(),
        origin: crate::load::Origin::Embedded,
        bytes,
    });
    let mut diagnostics = file.diagnostics.clone();
    for message in file.messages() {
        let id = message.id.name;
        let Some(code) = id.strip_prefix("wire-").and_then(|c| c.parse().ok()) else { continue };
        let Ok(status) = StatusCode::from_u16(code) else {
            let error = Diagnostic::error(
                DiagnosticKind::InvalidWirePhrase,
                path,
                format!("`{id}` is not a registered status code"),
            );
            diagnostics.push(file.diagnostic_at(error, id));
            continue;
        };
        let text = message.value.as_ref().and_then(|pattern| match pattern.elements.as_slice() {
            [ast::PatternElement::TextElement { value }] => Some(*value),
            _ => None,
        });
        match text {
            Some(text) if !text.is_empty() && is_valid_reason_phrase(text) => {
                phrases[status.index()] = file.keep(Cow::Borrowed(text));
            }
            _ => {
                let error = Diagnostic::error(
                    DiagnosticKind::InvalidWirePhrase,
                    path,
                    format!(
                        "`{id}` is not a plain reason-phrase: one line of visible ASCII and spaces"
                    ),
                );
                diagnostics.push(file.diagnostic_at(error, id));
            }
        }
    }
    for status in StatusCode::ALL {
        if phrases[status.index()].is_empty() {
            diagnostics.push(Diagnostic::error(
                DiagnosticKind::InvalidWirePhrase,
                path,
                format!(
                    "no wire phrase for {}: add `wire-{} = …`",
                    status.as_u16(),
                    status.as_u16()
                ),
            ));
        }
    }
    WirePhrases { phrases, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_wire_file_is_reported_precisely() {
        let text = "wire-100 = Continue\nwire-404 = { $x }\nwire-999 = Nine\n";
        let wire = parse("wire.ftl", Cow::Owned(text.as_bytes().to_vec()));
        let shown: Vec<String> = wire.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(shown[0], "wire.ftl:2:1: error: `wire-404` is not a plain reason-phrase: one line of visible ASCII and spaces");
        assert_eq!(shown[1], "wire.ftl:3:1: error: `wire-999` is not a registered status code");
        assert!(shown[2].starts_with("wire.ftl: error: no wire phrase for 101"), "{shown:?}");
        assert_eq!(shown.len(), 2 + StatusCode::ALL.len() - 1);
        assert!(wire.diagnostics.iter().all(|d| d.kind() == DiagnosticKind::InvalidWirePhrase));
    }

    #[test]
    fn the_embedded_file_is_clean_and_complete() {
        assert!(diagnostics().is_empty(), "{:?}", diagnostics());
        assert!(StatusCode::ALL.iter().all(|s| !s.phrase().is_empty()));
    }
}
