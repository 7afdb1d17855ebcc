//! HTML: a complete standalone page, or the tables alone for a page of one's own; escaped by
//! the template engine.

use std::sync::LazyLock;

use minijinja::value::Value;
use minijinja::{context, Environment};
use serde::Serialize;
use unicode_width::UnicodeWidthChar;

use super::{one_line, Column, DocsTable, Run};
use crate::catalog::keys::Message;
use crate::catalog::locale::Locale;

/// The style of the tables (`.codes`), which a page that embeds them must carry. It reads the
/// page's colours from custom properties: `--rule`, `--rule-strong`, `--muted`, `--highlight`.
pub(crate) const TABLE_CSS: &str = include_str!("templates/table.css");

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = crate::markup::environment();
    env.add_template("docs.html", include_str!("templates/docs.html"))
        .expect("the built-in docs template parses");
    env.add_template("table.html", include_str!("templates/table.html"))
        .expect("the built-in table template parses");
    env
});

#[derive(Serialize)]
struct ColumnView {
    id: &'static str,
    heading: String,
}

#[derive(Serialize)]
struct CellView {
    column: &'static str,
    heading: String,
    /// Whether a narrow screen, which shows no column headings, labels the value.
    labelled: bool,
    pieces: Vec<PieceView>,
}

#[derive(Serialize)]
struct PieceView {
    url: Option<String>,
    runs: Vec<Run>,
}

#[derive(Serialize)]
struct RowView {
    code: u16,
    cells: Vec<CellView>,
}

/// The tables of every class, each under its heading: `<section id="class-4xx">`, a row
/// `<tr id="404">` per code. With `code_pages`, each code links to `<code>.html` beside the
/// page.
pub(crate) fn fragment(table: &DocsTable<'_>, code_pages: bool) -> String {
    let locale = table.locale();
    let columns: Vec<ColumnView> = table
        .column_list()
        .iter()
        .map(|&c| ColumnView { id: c.id(), heading: one_line(table.message(c.message())) })
        .collect();
    let sections: Vec<Value> = table
        .sections()
        .into_iter()
        .map(|section| {
            let rows: Vec<RowView> = section
                .rows
                .into_iter()
                .map(|row| RowView {
                    code: row.status.as_u16(),
                    cells: table
                        .column_list()
                        .iter()
                        .zip(&columns)
                        .zip(row.cells)
                        .map(|((&column, view), cell)| CellView {
                            column: column.id(),
                            heading: view.heading.clone(),
                            labelled: is_labelled(column),
                            pieces: cell
                                .pieces
                                .into_iter()
                                .map(|p| PieceView {
                                    url: p.url,
                                    runs: p
                                        .runs
                                        .into_iter()
                                        .map(|r| Run { text: one_line(&r.text), ..r })
                                        .collect(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect();
            context! {
                class => section.class.as_str(),
                title => one_line(section.title),
                description => one_line(section.description),
                rows => minijinja::value::Serde(&rows),
            }
        })
        .collect();
    let code_heading = table.message(Column::Code.message());
    let ctx = context! {
        label => label_parts(locale),
        list_separator => list_separator(locale),
        columns => minijinja::value::Serde(&columns),
        has_code => table.column_list().contains(&Column::Code),
        code_width => code_width(code_heading),
        code_pages => code_pages,
        sections => sections,
    };
    // Rendering plain strings with the built-in template fails only if the template itself
    // is broken, which the tests of every locale would show.
    ENVIRONMENT
        .get_template("table.html")
        .and_then(|t| t.render(ctx))
        .expect("the built-in table template renders")
}

/// The standalone page: the caption, the introduction and the tables, styled for light and
/// dark, wide and narrow screens. The note that the file is generated is a comment.
pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let locale = table.locale();
    let ctx = context! {
        lang => locale.id().to_string(),
        dir => locale.direction().as_str(),
        caption => one_line(table.message(Message::DocsCaption)),
        intro => one_line(table.message(Message::DocsIntro)),
        generated => one_line(table.message(Message::DocsGenerated)),
        table_css => Value::from_safe_string(TABLE_CSS.to_string()),
        table => Value::from_safe_string(fragment(table, false)),
    };
    ENVIRONMENT
        .get_template("docs.html")
        .and_then(|t| t.render(ctx))
        .expect("the built-in docs template renders")
}

/// Columns whose values do not say what they are: on a narrow screen, which hides the column
/// headings, they are shown after their heading.
fn is_labelled(column: Column) -> bool {
    !matches!(column, Column::Code | Column::Title | Column::Name | Column::Details)
}

/// The width of the code column, the same in every table of a page: wide enough for its
/// heading on one line ("Κωδικός", "コード") and for a code. Estimated from the heading's
/// characters: a wide (CJK) character takes about 1em, any other at most about 0.62em in a
/// bold sans-serif face; the cell's padding adds 1.2em.
fn code_width(heading: &str) -> String {
    let text: f32 = heading
        .chars()
        .map(|c| match UnicodeWidthChar::width(c) {
            Some(2) => 1.0,
            Some(0) | None => 0.0,
            _ => 0.62,
        })
        .sum();
    format!("{:.1}em", (text + 1.3).max(4.2))
}

/// The locale's punctuation of a label and its value, split around them so that each can be
/// marked up: "{ $label }: { $value }" gives ("", ": ", "").
pub(crate) fn label_parts(locale: Locale<'_>) -> (String, String, String) {
    split3(&locale.label(&'\u{E100}', &'\u{E101}'), '\u{E100}', '\u{E101}')
}

/// What the locale writes between two items of a list: "; ", "، ".
pub(crate) fn list_separator(locale: Locale<'_>) -> String {
    split3(&locale.join(&["\u{E100}", "\u{E101}"]), '\u{E100}', '\u{E101}').1
}

/// The text before `a`, between `a` and `b`, and after `b`.
fn split3(text: &str, a: char, b: char) -> (String, String, String) {
    let (before, rest) = text.split_once(a).unwrap_or((text, ""));
    let (between, after) = rest.split_once(b).unwrap_or((rest, ""));
    (before.to_string(), between.to_string(), after.to_string())
}

#[cfg(test)]
mod tests {
    use super::code_width;

    #[test]
    fn the_code_column_fits_its_heading() {
        assert_eq!(code_width("Code"), "4.2em");
        assert_eq!(code_width("Κωδικός"), "5.6em");
        assert_eq!(code_width("コード"), "4.3em");
    }
}
