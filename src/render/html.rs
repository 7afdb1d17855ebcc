//! A complete standalone HTML page, escaped by the template engine.

use std::sync::LazyLock;

use minijinja::{context, Environment};

use super::{one_line, DocsTable};
use crate::catalog::keys::Message;

const TEMPLATE: &str = include_str!("templates/docs.html");

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.add_template("docs.html", TEMPLATE).expect("the built-in docs template parses");
    env
});

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let locale = table.locale();
    let sections: Vec<_> = table
        .sections()
        .into_iter()
        .map(|s| {
            let rows: Vec<Vec<Vec<Link>>> = s
                .rows
                .into_iter()
                .map(|row| {
                    row.cells
                        .into_iter()
                        .map(|cell| {
                            cell.pieces
                                .into_iter()
                                .map(|p| Link { text: one_line(&p.text), url: p.url })
                                .collect()
                        })
                        .collect()
                })
                .collect();
            context! {
                class => s.class.as_str(),
                title => s.title.to_string(),
                description => s.description.to_string(),
                rows => minijinja::value::Serde(&rows),
            }
        })
        .collect();
    // The locale's punctuation, split around what goes between it, so that the pieces can be
    // marked up: "{ $label }: { $value }" gives ("", ": ", "").
    let label = split3(&locale.label(&'\u{E100}', &'\u{E101}'), '\u{E100}', '\u{E101}');
    let ctx = context! {
        label => label,
        list_separator => table.list_separator(),
        lang => locale.id().to_string(),
        dir => locale.direction().as_str(),
        caption => table.caption().to_string(),
        intro => table.intro().to_string(),
        generated => table.message(Message::DocsGenerated).to_string(),
        headings => table.headings().iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        sections => sections,
    };
    // Rendering plain strings with the built-in template fails only if the template itself
    // is broken, which the tests of every locale would show.
    ENVIRONMENT
        .get_template("docs.html")
        .and_then(|t| t.render(ctx))
        .expect("the built-in docs template renders")
}

/// A piece of a cell as the template sees it.
#[derive(serde::Serialize)]
struct Link {
    text: String,
    url: Option<String>,
}

/// The text before `a`, between `a` and `b`, and after `b`.
fn split3(text: &str, a: char, b: char) -> (String, String, String) {
    let (before, rest) = text.split_once(a).unwrap_or((text, ""));
    let (between, after) = rest.split_once(b).unwrap_or((rest, ""));
    (before.to_string(), between.to_string(), after.to_string())
}
