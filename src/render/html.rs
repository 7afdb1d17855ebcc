//! A complete standalone HTML page, escaped by the template engine.

use std::sync::LazyLock;

use minijinja::{context, Environment};

use super::{one_line, DocsTable};
use crate::catalog::keys::Message;

/// A piece of a cell: its text and, for a reference, its link.
type Piece = (String, Option<String>);

const TEMPLATE: &str = include_str!("templates/docs.html");

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    // The template is part of the crate and tested; it cannot fail to parse.
    let _ = env.add_template("docs.html", TEMPLATE);
    env
});

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let locale = table.locale();
    let sections: Vec<_> = table
        .sections()
        .into_iter()
        .map(|s| {
            let rows: Vec<Vec<Vec<Piece>>> = s
                .rows
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|cell| {
                            cell.0.into_iter().map(|(t, url)| (one_line(&t), url)).collect()
                        })
                        .collect()
                })
                .collect();
            context! {
                class => s.class.as_str(),
                title => s.title.to_string(),
                description => s.description.to_string(),
                rows => rows,
            }
        })
        .collect();
    let ctx = context! {
        lang => locale.id().to_string(),
        dir => locale.direction().as_str(),
        caption => table.message(Message::DocsCaption).to_string(),
        intro => table.message(Message::DocsIntro).to_string(),
        generated => table.message(Message::DocsGenerated).to_string(),
        headings => table.headings().iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        sections => sections,
    };
    match ENVIRONMENT.get_template("docs.html").and_then(|t| t.render(ctx)) {
        Ok(page) => page,
        // Only a broken built-in template could fail; tests render every locale.
        Err(e) => format!("<!doctype html><title>error</title><p>{}</p>\n", e.kind()),
    }
}
