//! The shipped locale files as the rule tests read them: every message's text as a reader sees
//! it, with the placeables taken out.

use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// The folder of the shipped locales.
pub fn locales_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
}

/// The tag of every shipped locale folder, sorted, English included.
pub fn shipped_tags() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    tags.sort();
    assert_eq!(tags.len(), 30, "the rule tables below name 30 locales: {tags:?}");
    tags
}

/// The Fluent files of a locale, sorted by name.
pub fn ftl_files(tag: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(locales_dir().join(tag))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

/// Every message of a locale, in file order: its id and the words of its value, with every
/// variable left out and the variants of a selector one per line.
pub fn messages(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in ftl_files(tag) {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                if let Some(value) = &message.value {
                    let mut text = String::new();
                    pattern_text(value, &mut text);
                    out.push((message.id.name.to_string(), text));
                }
            }
        }
    }
    out
}

/// The value of one message of a locale, as [`messages`] gives it.
pub fn message(tag: &str, id: &str) -> String {
    messages(tag)
        .into_iter()
        .find(|(i, _)| i == id)
        .unwrap_or_else(|| panic!("{tag} has no {id}"))
        .1
}

fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &ast::Expression<&str>, out: &mut String) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                out.push('\n');
                pattern_text(&variant.value, out);
            }
            out.push('\n');
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            out.push_str(value);
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_text(expression, out);
        }
        // Variables, references and functions: what they stand for is not the locale's text.
        ast::Expression::Inline(_) => {}
    }
}
