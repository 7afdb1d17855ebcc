//! The load stage: every locale file is read, checked, decoded and parsed here, once.
//!
//! What comes out is a [`LoadedFile`] per file: its place (folder, name, path shown in
//! diagnostics), its parsed Fluent resource with the source text, and the problems found in
//! it. The catalog resolves text from these; the translator tools inspect the same files,
//! so nothing is read or parsed twice. Positions are byte offsets into the source, turned into
//! lines only when something is reported.

pub(crate) mod decode;
#[cfg(feature = "tools")]
pub(crate) mod disk;
pub(crate) mod embedded;
pub(crate) mod kinds;

use std::borrow::Cow;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diagnostic::{Diagnostic, DiagnosticKind};

/// Where a file came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Origin {
    Embedded,
    #[cfg(feature = "tools")]
    Disk,
    Memory,
}

/// One locale file, as read, before any check.
#[derive(Clone, Debug)]
pub(crate) struct RawFile {
    /// The locale folder name, e.g. `ru` or `pt-BR`.
    pub(crate) folder: String,
    /// The file name, e.g. `status.ftl`.
    pub(crate) name: String,
    /// The path shown in diagnostics.
    pub(crate) path: String,
    pub(crate) origin: Origin,
    pub(crate) bytes: Cow<'static, [u8]>,
}

/// A parsed Fluent file. Embedded files are parsed in place, so that text taken from them
/// needs no copy; files read at run time own their source.
pub(crate) enum Parsed {
    Static { source: &'static str, resource: ast::Resource<&'static str> },
    Owned(FluentResource),
}

/// One locale file after the load stage.
pub(crate) struct LoadedFile {
    pub(crate) folder: String,
    #[cfg_attr(not(feature = "tools"), allow(dead_code))]
    pub(crate) name: String,
    pub(crate) path: String,
    pub(crate) origin: Origin,
    /// The parsed file; `None` when it could not be decoded (see `diagnostics`).
    pub(crate) parsed: Option<Parsed>,
    /// Problems with the file itself: size, encoding, nesting, syntax.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl LoadedFile {
    /// Reads a Fluent file: checks and decodes it, then parses it once.
    ///
    /// The tools' own files are kept as fluent-bundle resources even when embedded: the tools
    /// format them with a bundle, which needs resources that own their text.
    pub(crate) fn load(raw: RawFile) -> LoadedFile {
        let mut diagnostics = Vec::new();
        let for_bundle = kinds::TOOL_TEXT_FILES.contains(&raw.name.as_str());
        let parsed = decode::decode(&raw.path, raw.bytes, &mut diagnostics).map(|text| {
            let text = match text {
                Cow::Borrowed(source) if for_bundle => Cow::Owned(source.to_string()),
                text => text,
            };
            let (parsed, errors) = match text {
                Cow::Borrowed(source) => match fluent_syntax::parser::parse(source) {
                    Ok(resource) => (Parsed::Static { source, resource }, Vec::new()),
                    Err((resource, errors)) => (Parsed::Static { source, resource }, errors),
                },
                Cow::Owned(source) => match FluentResource::try_new(source) {
                    Ok(resource) => (Parsed::Owned(resource), Vec::new()),
                    Err((resource, errors)) => (Parsed::Owned(resource), errors),
                },
            };
            for error in errors {
                diagnostics.push(syntax_error(&raw.path, parsed.source(), &error));
            }
            parsed
        });
        LoadedFile {
            folder: raw.folder,
            name: raw.name,
            path: raw.path,
            origin: raw.origin,
            parsed,
            diagnostics,
        }
    }

    /// The entries of the file (messages, terms, comments, junk), in order; none when it could
    /// not be decoded.
    fn ast_entries(&self) -> Box<dyn Iterator<Item = &ast::Entry<&str>> + '_> {
        match &self.parsed {
            Some(Parsed::Static { resource, .. }) => Box::new(resource.body.iter()),
            Some(Parsed::Owned(resource)) => Box::new(resource.entries()),
            None => Box::new(std::iter::empty()),
        }
    }

    /// The messages the file defines, in order (none when it could not be decoded).
    pub(crate) fn messages(&self) -> impl Iterator<Item = &ast::Message<&str>> {
        self.ast_entries().filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message),
            _ => None,
        })
    }

    /// The terms (`-name = …`) the file defines, in order.
    #[cfg(feature = "tools")]
    pub(crate) fn terms(&self) -> impl Iterator<Item = &ast::Term<&str>> {
        self.ast_entries().filter_map(|entry| match entry {
            ast::Entry::Term(term) => Some(term),
            _ => None,
        })
    }

    /// The decoded source text (empty when the file could not be decoded).
    pub(crate) fn source(&self) -> &str {
        self.parsed.as_ref().map_or("", Parsed::source)
    }

    /// The byte offset of `slice`, a piece of this file's source, e.g. a message id.
    pub(crate) fn offset_of(&self, slice: &str) -> Option<usize> {
        offset_in(self.source(), slice)
    }

    /// The 1-based line of a piece of the source (0 when it is not from this file).
    pub(crate) fn line_of(&self, slice: &str) -> usize {
        self.offset_of(slice).map_or(0, |offset| {
            memchr::memchr_iter(b'\n', &self.source().as_bytes()[..offset]).count() + 1
        })
    }

    /// A diagnostic placed at a piece of this file's source.
    pub(crate) fn diagnostic_at(&self, diagnostic: Diagnostic, slice: &str) -> Diagnostic {
        match self.offset_of(slice) {
            Some(offset) => diagnostic.at(self.source(), offset),
            None => diagnostic,
        }
    }

    /// The source of the message whose id is `id` (a slice of this file): its own lines,
    /// `id = …` and the indented lines that continue it, trailing space trimmed. This is what
    /// a translation is made from, and what its fingerprint covers.
    #[cfg(feature = "tools")]
    pub(crate) fn message_source(&self, id: &str) -> String {
        let source = self.source();
        let Some(offset) = self.offset_of(id) else { return String::new() };
        let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let mut lines = source[start..].lines();
        let mut out: Vec<&str> = lines.next().into_iter().map(str::trim_end).collect();
        out.extend(
            lines
                .take_while(|line| line.starts_with([' ', '\t']) && !line.trim().is_empty())
                .map(str::trim_end),
        );
        out.join("\n")
    }

    /// Keeps a piece of text taken from this file: borrowed for the life of the program when
    /// the file is embedded, copied otherwise.
    pub(crate) fn keep(&self, text: Cow<'_, str>) -> Cow<'static, str> {
        if let (Some(Parsed::Static { source, .. }), Cow::Borrowed(slice)) = (&self.parsed, &text) {
            if let Some(offset) = offset_in(source, slice) {
                return Cow::Borrowed(&source[offset..offset + slice.len()]);
            }
        }
        Cow::Owned(text.into_owned())
    }
}

impl Parsed {
    pub(crate) fn source(&self) -> &str {
        match self {
            Parsed::Static { source, .. } => source,
            Parsed::Owned(resource) => resource.source(),
        }
    }
}

/// The byte offset of `slice` in `source`, when `slice` is a piece of it. Pointer
/// comparison, not search: the parser's identifiers and text are slices of its input.
fn offset_in(source: &str, slice: &str) -> Option<usize> {
    let start = (slice.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    (start + slice.len() <= source.len()).then_some(start)
}

/// A syntax error, placed where a translator needs to look.
fn syntax_error(
    path: &str,
    source: &str,
    error: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    use fluent_syntax::parser::ErrorKind;
    let message = format!("syntax error: {}; the entry is skipped", error.kind);
    // A message or term without a value is reported at its start by the parser; the place to
    // fix is the end of its first line, where the value should be.
    let offset = match error.kind {
        ErrorKind::ExpectedMessageField { .. } | ErrorKind::ExpectedTermField { .. } => {
            let start = error.pos.start.min(source.len());
            source[start..].find('\n').map_or(source.len(), |end| start + end)
        }
        _ => error.pos.start,
    };
    Diagnostic::error(DiagnosticKind::Syntax, path, message).at(source, offset)
}

/// Loads every file.
pub(crate) fn load_all(files: Vec<RawFile>) -> Vec<LoadedFile> {
    files.into_iter().map(LoadedFile::load).collect()
}
