//! Problems found in locale files, collected rather than thrown.

use core::fmt;

use crate::sanitize::is_forbidden;

/// How serious a [`Diagnostic`] is.
///
/// ```
/// use http_status_catalog::Severity;
/// assert_eq!(Severity::Warning.as_str(), "warning");
/// ```
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

macro_rules! kinds {
    ($( $(#[$doc:meta])* $variant:ident $id:literal; )+) => {
        /// What kind of problem a [`Diagnostic`] reports.
        ///
        /// ```
        /// use http_status_catalog::DiagnosticKind;
        /// assert_eq!(DiagnosticKind::UnknownVariable.as_str(), "unknown-variable");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum DiagnosticKind { $( $(#[$doc])* $variant, )+ }

        impl DiagnosticKind {
            /// A stable identifier in kebab case, as JSON output shows it.
            pub const fn as_str(self) -> &'static str {
                match self { $( DiagnosticKind::$variant => $id, )+ }
            }
        }
    };
}

kinds! {
    /// A file or folder could not be read.
    Io "io";
    /// The file is larger than the catalog accepts.
    TooLarge "too-large";
    /// The file is not valid UTF-8.
    InvalidUtf8 "invalid-utf8";
    /// The file starts with a byte order mark (it is stripped and the file still used).
    ByteOrderMark "byte-order-mark";
    /// Placeables nest deeper than the catalog accepts; the file is rejected before parsing.
    TooDeep "too-deep";
    /// The folder name is not a valid language tag.
    InvalidLocaleName "invalid-locale-name";
    /// Fluent syntax error (the entry becomes junk and is skipped).
    Syntax "syntax";
    /// The same message id is defined twice.
    Duplicate "duplicate";
    /// A locale defines a wire-phrase id; wire phrases are never translated.
    WirePhraseInLocale "wire-phrase-in-locale";
    /// The wire-phrase file itself is wrong: a phrase is missing or not a valid reason-phrase.
    InvalidWirePhrase "invalid-wire-phrase";
    /// A message English has is missing; it falls back.
    Missing "missing";
    /// A message resolves to empty text; it falls back.
    Empty "empty";
    /// A message refers to a message or term that does not exist; it falls back.
    UnknownReference "unknown-reference";
    /// A message uses a variable the program does not provide; it falls back.
    UnknownVariable "unknown-variable";
    /// A message failed to resolve (a cycle, too long, a misplaced placeholder); it falls back.
    Resolve "resolve";
    /// A locale has a message or attribute that English does not have; it is never used.
    Extra "extra";
    /// A message is in another file than in English.
    WrongFile "wrong-file";
    /// A locale lacks a whole file that English has.
    MissingFile "missing-file";
    /// A locale has a file that English does not have.
    ExtraFile "extra-file";
    /// The English text changed since the message was translated.
    Stale "stale";
    /// A message contains control characters or bidi overrides; they are removed.
    ForbiddenCharacter "forbidden-character";
    /// A message departs from the locale's terminology in `terms.txt` (a concept without the
    /// locale's term for it, or a forbidden word), or a line of `terms.txt` is malformed.
    Terminology "terminology";
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
/// let catalog = Catalog::builder()
///     .locale_file("nl", "status.ftl", "status-404-title = Niet gevonden\nstatus-410-title =\n")
///     .build();
/// let d = &catalog.diagnostics()[0];
/// assert_eq!(d.to_string(), "memory:nl/status.ftl:2:19: error: syntax error: \
///     Expected a message field for \"status-410-title\"; the entry is skipped");
/// assert_eq!((d.line(), d.column()), (Some(2), Some(19)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    severity: Severity,
    kind: DiagnosticKind,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
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

    /// An error.
    pub(crate) fn error(kind: DiagnosticKind, path: &str, message: String) -> Diagnostic {
        Diagnostic::new(Severity::Error, kind, path, message)
    }

    /// A warning.
    pub(crate) fn warning(kind: DiagnosticKind, path: &str, message: String) -> Diagnostic {
        Diagnostic::new(Severity::Warning, kind, path, message)
    }

    /// Sets the position from a byte offset into `source`.
    pub(crate) fn at(mut self, source: &str, offset: usize) -> Diagnostic {
        let offset = offset.min(source.len());
        let before = crate::sanitize::truncate(source, offset);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        self.line = Some(memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1);
        self.column = Some(before[line_start..].chars().count() + 1);
        self
    }

    /// Sets the line (column 1).
    #[cfg(feature = "tools")]
    pub(crate) fn at_line(mut self, line: usize) -> Diagnostic {
        self.line = Some(line);
        self.column = Some(1);
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
