//! `terms.txt`: a locale's words for the key concepts of HTTP and the renderings it forbids,
//! checked in every message by `check`.
//!
//! One rule per line; lines starting with `#` and blank lines are skipped:
//!
//! ```text
//! request = anfrage | anforder | angefordert
//! !status-401-title = autorisiert | berechtigt
//! !status-203-* = inoffiziell
//! ```
//!
//! A concept line gives, for one of ten concepts, the beginnings of the locale's words for it.
//! Wherever the English of a message names the concept (`request`, `requests`, `requested`, …
//! as a whole word, once placeables are removed), the translation must contain one of them. A
//! `!` line lists words that must not appear in the messages it names: one id, the ids that
//! start with a prefix (`status-203-*`), or every message (`*`). Both match without regard to
//! case anywhere in the text, so that compounds, agglutinated forms and scripts written
//! without spaces are found.

use std::collections::BTreeMap;

use fluent_syntax::ast;

use super::entries::Entry;
use super::translations::Folder;
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::load::LoadedFile;

/// The name of the file that declares a locale's terminology.
pub(crate) const TERMS_FILE: &str = "terms.txt";

/// How deep references to other messages and terms are followed to find a message's text.
const MAX_REFERENCE_DEPTH: usize = 8;

/// A key concept of HTTP whose rendering a locale keeps the same everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Concept {
    Request,
    Response,
    Server,
    Client,
    Header,
    Resource,
    Redirect,
    Cache,
    Proxy,
    Gateway,
}

impl Concept {
    pub(crate) const ALL: [Concept; 10] = [
        Concept::Request,
        Concept::Response,
        Concept::Server,
        Concept::Client,
        Concept::Header,
        Concept::Resource,
        Concept::Redirect,
        Concept::Cache,
        Concept::Proxy,
        Concept::Gateway,
    ];

    /// The name a concept line of `terms.txt` starts with.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Concept::Request => "request",
            Concept::Response => "response",
            Concept::Server => "server",
            Concept::Client => "client",
            Concept::Header => "header",
            Concept::Resource => "resource",
            Concept::Redirect => "redirect",
            Concept::Cache => "cache",
            Concept::Proxy => "proxy",
            Concept::Gateway => "gateway",
        }
    }

    /// The English words, in lower case, that name the concept.
    const fn forms(self) -> &'static [&'static str] {
        match self {
            Concept::Request => &["request", "requests", "requested", "requesting"],
            Concept::Response => &["response", "responses"],
            Concept::Server => &["server", "servers"],
            Concept::Client => &["client", "clients"],
            Concept::Header => &["header", "headers"],
            Concept::Resource => &["resource", "resources"],
            Concept::Redirect => {
                &["redirect", "redirects", "redirected", "redirection", "redirecting"]
            }
            Concept::Cache => &["cache", "caches", "cached", "caching"],
            Concept::Proxy => &["proxy", "proxies"],
            Concept::Gateway => &["gateway", "gateways"],
        }
    }

    fn from_name(name: &str) -> Option<Concept> {
        Concept::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The concepts an English text names, each with the first word that names it, as written.
/// A word is a run of letters, digits and underscores, so `Proxy-Authenticate` names a proxy
/// and `cacheable` names no cache.
pub(crate) fn concepts_named(english: &str) -> Vec<(Concept, &str)> {
    let mut found: Vec<(Concept, &str)> = Vec::new();
    for word in english.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        for concept in Concept::ALL {
            if concept.forms().contains(&lower.as_str()) && !found.iter().any(|f| f.0 == concept) {
                found.push((concept, word));
            }
        }
    }
    found.sort_by_key(|f| f.0);
    found
}

/// Which messages a `!` line applies to.
#[derive(Debug, PartialEq, Eq)]
enum Selector {
    /// One message id.
    Id(String),
    /// Every id that starts with this (empty for `*`, every message).
    Prefix(String),
}

impl Selector {
    fn parse(text: &str) -> Option<Selector> {
        let (stem, prefix) = match text.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (text, false),
        };
        let valid_id = |s: &str| {
            s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        match (prefix, stem.is_empty()) {
            (true, true) => Some(Selector::Prefix(String::new())),
            (_, false) if valid_id(stem) => Some(if prefix {
                Selector::Prefix(stem.to_string())
            } else {
                Selector::Id(stem.to_string())
            }),
            _ => None,
        }
    }

    fn matches(&self, id: &str) -> bool {
        match self {
            Selector::Id(exact) => id == exact,
            Selector::Prefix(prefix) => id.starts_with(prefix.as_str()),
        }
    }
}

/// A `!` line: words that must not appear in the messages it names.
struct Forbidden {
    selector: Selector,
    /// As written, e.g. `status-203-*`.
    shown: String,
    /// In lower case.
    words: Vec<String>,
    line: usize,
    /// Where the line starts in the file, for diagnostics.
    offset: usize,
}

/// A parsed `terms.txt`.
#[derive(Default)]
struct Terms {
    /// For each declared concept, the beginnings of the locale's words for it, in lower case.
    concepts: BTreeMap<Concept, Vec<String>>,
    forbidden: Vec<Forbidden>,
}

/// Reads a `terms.txt`; each malformed line is reported and skipped.
fn parse(path: &str, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Terms {
    let mut terms = Terms::default();
    let mut declared: BTreeMap<Concept, usize> = BTreeMap::new();
    let mut offset = 0;
    for (index, raw) in text.split('\n').enumerate() {
        let line_start = offset;
        offset += raw.len() + 1;
        let line = raw.trim_end_matches('\r');
        let indent = line.len() - line.trim_start().len();
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let start = line_start + indent;
        let mut malformed = |message: String| {
            diagnostics.push(
                Diagnostic::warning(DiagnosticKind::Terminology, path, message).at(text, start),
            );
        };
        let Some((left, right)) = line.split_once('=') else {
            malformed(format!(
                "`{line}` is not a rule: write `concept = term | term` or `!message-id = word | \
                 word`; the line is skipped"
            ));
            continue;
        };
        let left = left.trim();
        let words: Vec<String> = right.split('|').map(|w| w.trim().to_lowercase()).collect();
        if words.iter().any(String::is_empty) {
            malformed(format!(
                "`{left}` has an empty entry in its list: separate words with single `|`; the \
                 line is skipped"
            ));
            continue;
        }
        if let Some(selector) = left.strip_prefix('!') {
            let selector = selector.trim();
            let Some(parsed) = Selector::parse(selector) else {
                malformed(format!(
                    "`!{selector}` names no messages: write a message id, an id prefix ending in \
                     `*`, or `*` alone; the line is skipped"
                ));
                continue;
            };
            terms.forbidden.push(Forbidden {
                selector: parsed,
                shown: selector.to_string(),
                words,
                line: index + 1,
                offset: start,
            });
            continue;
        }
        let Some(concept) = Concept::from_name(left) else {
            let names: Vec<&str> = Concept::ALL.iter().map(|c| c.name()).collect();
            malformed(format!(
                "`{left}` is not a concept; the concepts are {}; the line is skipped",
                names.join(", ")
            ));
            continue;
        };
        if let Some(first) = declared.get(&concept) {
            malformed(format!(
                "`{left}` is declared again (first on line {first}): put all its terms on one \
                 line; the line is skipped"
            ));
            continue;
        }
        declared.insert(concept, index + 1);
        terms.concepts.insert(concept, words);
    }
    terms
}

/// Checks a locale's messages against its `terms.txt`, when it has one: every message whose
/// English names a declared concept uses one of the locale's terms for it, no message uses a
/// word forbidden in it, and every rule is well formed and applies to some message.
pub(crate) fn check(folder: &Folder<'_>, english: &[Entry], diagnostics: &mut Vec<Diagnostic>) {
    let Some(record) = folder.record(TERMS_FILE) else { return };
    let Ok(text) = std::str::from_utf8(&record.bytes) else {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Terminology,
            &record.path,
            "the file is not valid UTF-8, so its terms are not checked".into(),
        ));
        return;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let terms = parse(&record.path, text, diagnostics);
    for rule in &terms.forbidden {
        if !english.iter().any(|e| rule.selector.matches(&e.id)) {
            diagnostics.push(
                Diagnostic::warning(
                    DiagnosticKind::Terminology,
                    &record.path,
                    format!(
                        "`!{}` matches no English message, so its words are never checked",
                        rule.shown
                    ),
                )
                .at(text, rule.offset),
            );
        }
    }
    let definitions = Definitions::of(folder);
    for file in &folder.files {
        for message in file.messages() {
            let id = message.id.name;
            let (Some(pattern), Some(en)) = (&message.value, english.iter().find(|e| e.id == id))
            else {
                continue;
            };
            let mut shown = String::new();
            definitions.pattern_text(pattern, 0, &mut shown);
            let lower = shown.to_lowercase();
            for (concept, word) in concepts_named(&en.text) {
                let Some(prefixes) = terms.concepts.get(&concept) else { continue };
                if !prefixes.iter().any(|p| lower.contains(p.as_str())) {
                    let message = format!(
                        "`{id}` translates “{word}” without the locale's term for {}: it contains \
                         none of {} ({TERMS_FILE})",
                        concept.name(),
                        prefixes.join(", ")
                    );
                    diagnostics.push(warning_at(file, id, message));
                }
            }
            for rule in terms.forbidden.iter().filter(|r| r.selector.matches(id)) {
                for word in rule.words.iter().filter(|w| lower.contains(w.as_str())) {
                    let message = format!(
                        "`{id}` contains “{word}”, which {TERMS_FILE} forbids in `{}` (line {})",
                        rule.shown, rule.line
                    );
                    diagnostics.push(warning_at(file, id, message));
                }
            }
        }
    }
}

fn warning_at(file: &LoadedFile, id: &str, message: String) -> Diagnostic {
    let d = Diagnostic::warning(DiagnosticKind::Terminology, &file.path, message);
    file.diagnostic_at(d, id)
}

/// The messages and terms of a locale folder, to follow references when reading a message's
/// text.
struct Definitions<'f> {
    messages: BTreeMap<&'f str, &'f ast::Message<&'f str>>,
    terms: BTreeMap<&'f str, &'f ast::Term<&'f str>>,
}

impl<'f> Definitions<'f> {
    fn of(folder: &Folder<'f>) -> Definitions<'f> {
        let mut messages = BTreeMap::new();
        let mut terms = BTreeMap::new();
        for file in &folder.files {
            for message in file.messages() {
                messages.entry(message.id.name).or_insert(message);
            }
            for term in file.terms() {
                terms.entry(term.id.name).or_insert(term);
            }
        }
        Definitions { messages, terms }
    }

    /// The words of a pattern as a reader may see them: its text, the text of every variant
    /// of its selectors, string literals, and the text of the messages and terms it refers to;
    /// variables are left out.
    fn pattern_text(&self, pattern: &ast::Pattern<&str>, depth: usize, out: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression_text(expression, depth, out);
                }
            }
        }
    }

    fn expression_text(&self, expression: &ast::Expression<&str>, depth: usize, out: &mut String) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline_text(selector, depth, out);
                for variant in variants {
                    // Variants are alternatives: keep their words apart.
                    out.push('\n');
                    self.pattern_text(&variant.value, depth, out);
                }
                out.push('\n');
            }
            ast::Expression::Inline(inline) => self.inline_text(inline, depth, out),
        }
    }

    fn inline_text(&self, inline: &ast::InlineExpression<&str>, depth: usize, out: &mut String) {
        let follow = |pattern: Option<&ast::Pattern<&str>>, out: &mut String| {
            if let Some(pattern) = pattern.filter(|_| depth < MAX_REFERENCE_DEPTH) {
                self.pattern_text(pattern, depth + 1, out);
            }
        };
        match inline {
            ast::InlineExpression::StringLiteral { value } => out.push_str(value),
            ast::InlineExpression::MessageReference { id, attribute } => {
                let message = self.messages.get(id.name);
                let pattern = match attribute {
                    None => message.and_then(|m| m.value.as_ref()),
                    Some(attribute) => message.and_then(|m| {
                        m.attributes.iter().find(|a| a.id.name == attribute.name).map(|a| &a.value)
                    }),
                };
                follow(pattern, out);
            }
            ast::InlineExpression::TermReference { id, attribute, .. } => {
                let term = self.terms.get(id.name);
                let pattern = match attribute {
                    None => term.map(|t| &t.value),
                    Some(attribute) => term.and_then(|t| {
                        t.attributes.iter().find(|a| a.id.name == attribute.name).map(|a| &a.value)
                    }),
                };
                follow(pattern, out);
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline_text(argument, depth, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                self.expression_text(expression, depth, out);
            }
            ast::InlineExpression::NumberLiteral { .. }
            | ast::InlineExpression::VariableReference { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_names_concepts_by_whole_words_only() {
        let named = |text| concepts_named(text).into_iter().map(|(c, w)| (c.name(), w)).collect();
        let seen: Vec<(&str, &str)> = named("Requests to the Proxy-Authenticate header");
        assert_eq!(seen, [("request", "Requests"), ("header", "header"), ("proxy", "Proxy")]);
        let none: Vec<(&str, &str)> =
            named("Cacheable, unrequested, serverless, TOO_MANY_REQUESTS");
        assert!(none.is_empty(), "{none:?}");
        let redirect: Vec<(&str, &str)> = named("Redirection; the server's answer was cached");
        assert_eq!(
            redirect,
            [("server", "server"), ("redirect", "Redirection"), ("cache", "cached")]
        );
    }

    #[test]
    fn selectors_name_one_id_a_prefix_or_everything() {
        assert_eq!(
            Selector::parse("status-401-title"),
            Some(Selector::Id("status-401-title".into()))
        );
        assert_eq!(Selector::parse("status-203-*"), Some(Selector::Prefix("status-203-".into())));
        assert_eq!(Selector::parse("*"), Some(Selector::Prefix(String::new())));
        for bad in ["", "401", "status 401", "sta*tus", "**"] {
            assert_eq!(Selector::parse(bad), None, "{bad:?}");
        }
    }
}
