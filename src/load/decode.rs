//! Checking and decoding a locale file before the Fluent parser sees it.
//!
//! Everything read is untrusted until checked here: sizes are capped, bytes must be UTF-8,
//! nesting depth is checked before the parser (which recurses) ever sees the text.

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, DiagnosticKind};

/// The largest locale file accepted, in bytes. The shipped files are a few tens of KiB.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The deepest nesting of `{` placeables accepted. Real messages nest two or three deep.
pub(crate) const MAX_NESTING: usize = 32;

pub(crate) fn too_large(path: &str, len: u64) -> Diagnostic {
    Diagnostic::error(
        DiagnosticKind::TooLarge,
        path,
        format!("the file has {len} bytes; locale files may have at most {MAX_FILE_BYTES}"),
    )
}

/// Checks and decodes a file: size, UTF-8, byte order mark, nesting depth, line ends.
///
/// Returns `None` (with a diagnostic) when the file must not be parsed at all. Borrowed bytes
/// give borrowed text unless a byte order mark or CRLF line ends had to be changed.
pub(crate) fn decode<'a>(
    path: &str,
    bytes: Cow<'a, [u8]>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Cow<'a, str>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        diagnostics.push(too_large(path, bytes.len() as u64));
        return None;
    }
    // Borrowed (embedded) bytes are validated once, by simdutf8; only a failure asks the
    // standard library where.
    let text: Result<Cow<'a, str>, (usize, String)> = match bytes {
        Cow::Borrowed(bytes) => {
            simdutf8::basic::from_utf8(bytes).map(Cow::Borrowed).map_err(|_| invalid(bytes))
        }
        Cow::Owned(bytes) => {
            String::from_utf8(bytes).map(Cow::Owned).map_err(|e| invalid(e.as_bytes()))
        }
    };
    let mut text = match text {
        Ok(text) => text,
        Err((offset, valid)) => {
            let message = format!(
                "the file is not valid UTF-8 (bad byte at offset {offset}); save it as UTF-8"
            );
            let error = Diagnostic::error(DiagnosticKind::InvalidUtf8, path, message);
            diagnostics.push(error.at(&valid, offset));
            return None;
        }
    };
    if text.starts_with('\u{feff}') {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::ByteOrderMark,
            path,
            "the file starts with a byte order mark; save it as UTF-8 without BOM".into(),
        ));
        text = match text {
            Cow::Borrowed(t) => Cow::Borrowed(&t['\u{feff}'.len_utf8()..]),
            Cow::Owned(t) => Cow::Owned(t['\u{feff}'.len_utf8()..].to_string()),
        };
    }
    if let Some(offset) = too_deep(&text) {
        let message =
            format!("placeables nest more than {MAX_NESTING} deep; the file is not parsed");
        diagnostics
            .push(Diagnostic::error(DiagnosticKind::TooDeep, path, message).at(&text, offset));
        return None;
    }
    // The parser accepts CRLF, but normalizing keeps positions and output uniform.
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        text = Cow::Owned(text.replace("\r\n", "\n"));
    }
    Some(text)
}

/// The offset of the first byte that is not UTF-8, and the valid text before it.
fn invalid(bytes: &[u8]) -> (usize, String) {
    let offset = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
    (offset, String::from_utf8_lossy(&bytes[..offset]).into_owned())
}

/// The offset of the first `{` that nests deeper than [`MAX_NESTING`], if any.
///
/// This over-counts braces inside string literals, which only makes it stricter. Only braces
/// are visited, so a file without placeables costs one fast scan.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for offset in memchr::memchr2_iter(b'{', b'}', text.as_bytes()) {
        if text.as_bytes()[offset] == b'{' {
            depth += 1;
            if depth > MAX_NESTING {
                return Some(offset);
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    None
}
