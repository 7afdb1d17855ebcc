//! reStructuredText, as Sphinx builds it: one `list-table` per class.
//!
//! Each code's row starts with a target, `status-404`, which Sphinx turns into the anchor
//! `#status-404` and a label for `:ref:`; references are anonymous links, so that the same
//! specification cited twice gives no duplicate-target warning.

use unicode_width::UnicodeWidthStr;

use super::{inside_word, join_marked, one_line, Cell, Column, DocsTable};
use crate::catalog::keys::Message;

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let locale = table.locale();
    let mut out = String::new();
    heading(&mut out, &escape(table.message(Message::DocsCaption)), '=');
    out.push_str(&format!("{}\n", escape(table.message(Message::DocsIntro))));
    let headings: Vec<String> = table.headings().iter().map(|h| escape(h)).collect();
    // The same relative widths in every class table, so that their columns line up.
    let widths: Vec<String> = table.column_list().iter().map(|&c| width(c).to_string()).collect();
    let widths = widths.join(" ");
    for section in table.sections() {
        out.push('\n');
        let title = locale.label(&section.class, &section.title);
        heading(&mut out, &escape(&title), '-');
        out.push_str(&format!("{}\n\n", escape(section.description)));
        out.push_str(".. list-table::\n   :header-rows: 1\n   :width: 100%\n");
        out.push_str(&format!("   :widths: {widths}\n\n"));
        row(&mut out, &headings);
        for r in &section.rows {
            let status = r.status;
            let cells: Vec<String> = table
                .column_list()
                .iter()
                .zip(&r.cells)
                .map(|(&column, cell)| match column {
                    // The target stands before the code's paragraph, in the same cell.
                    Column::Code => format!(".. _status-{0}:\n\n       {0}", status.as_u16()),
                    // Enum names are code; they hold only capitals, digits and underscores.
                    Column::Name | Column::Aliases => {
                        join_marked(locale, &cell.pieces, escape, |p| format!("``{}``", p.text))
                    }
                    _ => cell_text(table, cell),
                })
                .collect();
            row(&mut out, &cells);
        }
    }
    // A note for whoever edits the file: a comment, which no reader sees. The text goes on
    // the indented line after the bare "..", where nothing can make it a directive.
    out.push_str(&format!("\n..\n   {}\n", escape(table.message(Message::DocsGenerated))));
    out
}

/// A column's share of a table's width, relative to the others.
fn width(column: Column) -> u8 {
    match column {
        Column::Code | Column::Class => 8,
        Column::Lifecycle => 12,
        Column::Phrase | Column::Title => 22,
        Column::Name | Column::Aliases => 30,
        Column::Details | Column::Description => 38,
    }
}

/// A cell: its pieces, each linked where it has a link.
fn cell_text(table: &DocsTable<'_>, cell: &Cell<'_>) -> String {
    join_marked(table.locale(), &cell.pieces, escape, |piece| match &piece.url {
        Some(url) => format!("`{} <{url}>`__", escape_link_text(&piece.text)),
        None => escape(&piece.text),
    })
}

/// A section title, underlined at least as wide as it is displayed (wide for CJK).
fn heading(out: &mut String, title: &str, underline: char) {
    let width = UnicodeWidthStr::width(title).max(1);
    out.push_str(&format!("{title}\n{}\n\n", underline.to_string().repeat(width)));
}

fn row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        let marker = if i == 0 { "   * - " } else { "     - " };
        // An empty cell must still be a list item: Sphinx accepts a bare "-".
        if cell.is_empty() {
            out.push_str(marker.trim_end());
            out.push('\n');
        } else {
            out.push_str(&format!("{marker}{cell}\n"));
        }
    }
}

/// Escapes inline markup with backslashes: emphasis, literals, interpreted text,
/// substitutions and references. An underscore inside a word (`NOT_FOUND`) cannot end a
/// reference and is left alone. A colon inside a word is escaped, so that no text becomes a
/// link by looking like an address (`javascript:x`). A cell that would start a list or a
/// comment is escaped too.
pub(crate) fn escape(text: &str) -> String {
    let chars: Vec<char> = one_line(text).trim().chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let scheme_colon = c == ':'
            && i.checked_sub(1).is_some_and(|j| chars[j].is_alphanumeric())
            && chars.get(i + 1).is_some_and(|n| !n.is_whitespace());
        if matches!(c, '\\' | '`' | '*' | '|')
            || (c == '_' && !inside_word(&chars, i))
            || scheme_colon
        {
            out.push('\\');
        }
        out.push(c);
    }
    if out.starts_with(['-', '+', '#', '•', '.']) {
        out.insert(0, '\\');
    }
    out
}

/// The text of a link, `` `text <url>`__ ``: inside the backquotes only a backquote, a
/// backslash and an angle bracket (which would start the address) mean anything.
fn escape_link_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).trim().chars() {
        if matches!(c, '\\' | '`' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_link_text};

    #[test]
    fn markup_is_escaped() {
        assert_eq!(escape("`x` *y*"), "\\`x\\` \\*y\\*");
        assert_eq!(escape("|sub| ref_"), "\\|sub\\| ref\\_");
        assert_eq!(escape("NOT_FOUND"), "NOT_FOUND");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("..  comment"), "\\..  comment");
        assert_eq!(escape("Раздел 1.2"), "Раздел 1.2");
        assert_eq!(
            escape("see javascript:x, at 10:30: now"),
            "see javascript\\:x, at 10\\:30: now"
        );
        assert_eq!(escape_link_text("a `b` <c>"), "a \\`b\\` \\<c\\>");
    }
}
