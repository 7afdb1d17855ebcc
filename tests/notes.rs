//! Translator notes: every English message has a comment saying what it is, where it appears
//! and what must not change, and `httpstatus template` hands those notes to every new locale.

use std::path::Path;

use fluent_syntax::ast;
use http_status_catalog::Catalog;

use crate::locale_text::{ftl_files, locales_dir};

/// One English message and the note that covers it: its own `#` comment and the `##` group
/// comment it falls under, joined.
struct Noted {
    id: String,
    value: String,
    variables: Vec<String>,
    note: String,
}

fn comment(c: &ast::Comment<&str>) -> String {
    c.content.join("\n")
}

fn noted(path: &Path) -> Vec<Noted> {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
    let mut group = String::new();
    let mut out = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c) => group = comment(c),
            ast::Entry::Message(message) => {
                let own = message.comment.as_ref().map(comment).unwrap_or_default();
                let line =
                    source[..source.find(&format!("\n{} =", message.id.name)).unwrap() + 1].len();
                // The message's own lines: the first and the indented ones that continue it.
                let mut lines = source[line..].lines();
                let mut value = lines.next().unwrap().to_string();
                for more in lines.take_while(|l| l.starts_with(' ')) {
                    value.push('\n');
                    value.push_str(more);
                }
                let mut variables = Vec::new();
                for piece in value.split("{ $").skip(1) {
                    let name: String = piece.chars().take_while(|c| *c != ' ').collect();
                    if !variables.contains(&name) {
                        variables.push(name);
                    }
                }
                out.push(Noted {
                    id: message.id.name.to_string(),
                    value,
                    variables,
                    note: format!("{own}\n{group}").trim().to_string(),
                });
            }
            _ => {}
        }
    }
    out
}

/// Where a message appears, in the words a note uses for it.
const PLACES: &[&str] = &["title", "description", "page", "httpstatus", "CLI", "docs", "table"];

/// Why a note falls short, if it does.
fn note_problems(m: &Noted) -> Vec<String> {
    let mut problems = Vec::new();
    if m.note.is_empty() {
        return vec![
            "has no note: put a `#` comment above it or a `##` comment over its group".into()
        ];
    }
    if !PLACES.iter().any(|p| m.note.contains(p)) {
        problems.push(format!("the note does not say where it appears (one of {PLACES:?})"));
    }
    for variable in &m.variables {
        if !m.note.contains(&format!("${variable}")) {
            problems.push(format!("the note does not mention {{ ${variable} }}"));
        }
    }
    let words: Vec<&str> =
        m.value.split(|c: char| c.is_whitespace() || ",.;:()".contains(c)).collect();
    // Header names: a capitalised word right before "header(s)", like "the Location header".
    let names_a_header = words
        .windows(2)
        .any(|w| w[0].starts_with(|c: char| c.is_ascii_uppercase()) && w[1].starts_with("header"))
        || words.iter().any(|w| w.contains('-') && w.ends_with("-Authenticate"));
    let rules: [(bool, &str); 4] = [
        (names_a_header, "header name"),
        (words.iter().any(|w| w.starts_with("RFC")), "RFC"),
        (words.iter().any(|w| ["GET", "POST"].contains(w)), "method name"),
        (words.iter().any(|w| w.len() == 3 && w.chars().all(|c| c.is_ascii_digit())), "number"),
    ];
    for (applies, keep) in rules {
        if applies && !m.note.contains(keep) {
            problems
                .push(format!("the message has a {keep}, and the note does not say to keep it"));
        }
    }
    problems
}

#[test]
fn every_english_message_has_a_translator_note() {
    let mut problems = Vec::new();
    let mut count = 0;
    for path in ftl_files("en") {
        for m in noted(&path) {
            count += 1;
            let file = path.file_name().unwrap().to_string_lossy();
            problems.extend(note_problems(&m).into_iter().map(|p| format!("{file} {}: {p}", m.id)));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let total = Catalog::builder().build_translations().unwrap().coverage()[0].total();
    assert_eq!(count, total, "every English message was looked at");
}

#[test]
fn the_note_rules_catch_what_they_name() {
    let m = |value: &str, note: &str| Noted {
        id: "x".into(),
        value: value.into(),
        variables: if value.contains("{ $n }") { vec!["n".into()] } else { Vec::new() },
        note: note.into(),
    };
    assert_eq!(note_problems(&m("Yes", "")).len(), 1);
    assert_eq!(
        note_problems(&m("Yes", "A word.")),
        ["the note does not say where it appears (one of [\"title\", \"description\", \"page\", \
         \"httpstatus\", \"CLI\", \"docs\", \"table\"])"]
    );
    let problems = note_problems(&m(
        "{ $n } left; see the Retry-After header, RFC 9110 and 308, then GET it.",
        "Shown by httpstatus.",
    ));
    assert_eq!(
        problems,
        [
            "the note does not mention { $n }",
            "the message has a header name, and the note does not say to keep it",
            "the message has a RFC, and the note does not say to keep it",
            "the message has a method name, and the note does not say to keep it",
            "the message has a number, and the note does not say to keep it",
        ]
    );
}

#[test]
fn a_template_carries_every_note_above_its_message() {
    let dir = tempfile::tempdir().unwrap();
    let translations = Catalog::builder().build_translations().unwrap();
    let written = translations.template(dir.path(), "ga", false).unwrap();
    assert_eq!(written.len(), ftl_files("en").len());
    for path in ftl_files("en") {
        let name = path.file_name().unwrap();
        let english = std::fs::read_to_string(&path).unwrap();
        let template = std::fs::read_to_string(dir.path().join("ga").join(name)).unwrap();
        // Line for line: comments and blank lines as they are, message lines commented out.
        let expected: Vec<String> =
            english
                .lines()
                .map(|l| {
                    if l.is_empty() || l.starts_with('#') {
                        l.to_string()
                    } else {
                        format!("# {l}")
                    }
                })
                .collect();
        assert_eq!(template.lines().collect::<Vec<_>>(), expected, "{}", name.to_string_lossy());
    }
    // The note right above a message is right above its commented-out line.
    let status = std::fs::read_to_string(dir.path().join("ga/status.ftl")).unwrap();
    let at = status.find("\n# status-100-title = Continue\n").expect("the message is there");
    assert!(status[..at].ends_with("protocol names (WebSocket, WebDAV)\n## and the Internet-Draft's title, Resumable Uploads for HTTP.\n"), "{}", &status[..at]);
    let cli = std::fs::read_to_string(dir.path().join("ga/cli.ftl")).unwrap();
    assert!(cli.contains("# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.\n# cli-error-unknown-name-did-you-mean = "));
    // Parsed as Fluent, a template defines nothing: every message falls back to English.
    for name in written {
        let text = std::fs::read_to_string(&name).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        assert!(
            !resource.body.iter().any(|e| matches!(e, ast::Entry::Message(_))),
            "{}",
            name.display()
        );
    }
    assert!(locales_dir().join("en/status.ftl").exists());
}
