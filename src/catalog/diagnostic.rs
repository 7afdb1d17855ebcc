//! Problems found while loading locale files, collected rather than thrown.

use core::fmt;

use super::resolve::is_forbidden;

/// How serious a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Text is missing or wrong; the catalog falls back for the affected messages.
    Error,
    /// Worth fixing, but the text that is there is used.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What kind of problem a [`Diagnostic`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// The file could not be read.
    Io,
    /// The file is larger than the catalog accepts.
    TooLarge,
    /// The file is not valid UTF-8.
    InvalidUtf8,
    /// The file starts with a byte order mark (it is stripped and the file still used).
    ByteOrderMark,
    /// Placeables nest deeper than the catalog accepts; the file is rejected before parsing.
    TooDeep,
    /// The folder name is not a valid language tag.
    InvalidLocaleName,
    /// Fluent syntax error (the entry becomes junk and is skipped).
    Syntax,
    /// The same message id is defined twice.
    Duplicate,
    /// A locale defines a wire-phrase id; wire phrases are never translated.
    WirePhraseInLocale,
    /// A message the catalog needs is missing; it falls back.
    Missing,
    /// A message resolves to empty text; it falls back.
    Empty,
    /// A message refers to a message or term that does not exist; it falls back.
    UnknownReference,
    /// A message uses a variable the program does not provide; it falls back.
    UnknownVariable,
    /// A message failed to resolve (a cycle, too long, a misplaced placeholder); it falls back.
    Resolve,
    /// A locale has a message or attribute that English does not have; it is never used.
    Extra,
    /// A message is in another file than in English.
    WrongFile,
    /// A locale lacks a whole file that English has.
    MissingFile,
    /// A locale has a file that English does not have.
    ExtraFile,
    /// The English text changed since the message was translated.
    Stale,
    /// A message contains control characters or bidi overrides; they are removed.
    ForbiddenCharacter,
}

/// One problem found in a locale file.
///
/// Displays as `path:line:column: severity: message`, the form editors and CI logs understand.
///
/// # Example
///
/// ```
/// use http_status_catalog::Catalog;
///
/// // The shipped locales are clean.
/// assert!(Catalog::global().diagnostics().is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub(crate) severity: Severity,
    pub(crate) kind: DiagnosticKind,
    pub(crate) path: String,
    pub(crate) line: Option<usize>,
    pub(crate) column: Option<usize>,
    pub(crate) message: String,
}

impl Diagnostic {
    pub(crate) fn new(
        severity: Severity,
        kind: DiagnosticKind,
        path: &str,
        message: String,
    ) -> Diagnostic {
        // Paths and messages quote names from disk: keep control characters and bidi
        // overrides out of them, as out of catalog text, so a diagnostic prints safely.
        let clean = |text: &str| -> String {
            text.chars().filter(|&c| !c.is_control() && !is_forbidden(c)).collect()
        };
        Diagnostic {
            severity,
            kind,
            path: clean(path),
            line: None,
            column: None,
            message: clean(&message),
        }
    }

    /// Sets the position from a byte offset into `source`.
    pub(crate) fn at(mut self, source: &str, offset: usize) -> Diagnostic {
        let offset = offset.min(source.len());
        let before = source.get(..offset).unwrap_or("");
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        self.line = Some(before.matches('\n').count() + 1);
        self.column = Some(before[line_start..].chars().count() + 1);
        self
    }

    /// Sets the line (column 1); 0 means unknown.
    pub(crate) fn at_line(mut self, line: usize) -> Diagnostic {
        if line > 0 {
            self.line = Some(line);
            self.column = Some(1);
        }
        self
    }

    /// How serious the problem is.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> DiagnosticKind {
        self.kind
    }

    /// The file (or folder) concerned, e.g. `locales/ru/status.ftl`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The 1-based line, when the problem has a position.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column (in characters), when the problem has a position.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// A human-readable explanation.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}: {}", self.severity.as_str(), self.message)
    }
}
