//! GitHub-flavoured Markdown.

use super::{inside_word, join_marked, one_line, Cell, Column, DocsTable};
use crate::catalog::keys::Message;

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let locale = table.locale();
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(table.message(Message::DocsCaption))));
    out.push_str(&format!("{}\n", escape(table.message(Message::DocsIntro))));
    let headings: Vec<String> = table.headings().iter().map(|h| escape(h)).collect();
    for section in table.sections() {
        let heading = locale.label(&section.class, &section.title);
        out.push_str(&format!("\n## {}\n\n", escape(&heading)));
        out.push_str(&format!("{}\n\n", escape(section.description)));
        out.push_str(&format!("| {} |\n", headings.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(headings.len())));
        for row in &section.rows {
            let status = row.status;
            let cells: Vec<String> = table
                .column_list()
                .iter()
                .zip(&row.cells)
                .map(|(&column, cell)| match column {
                    // An anchor, so that `#404` leads to the row (GitHub prefixes the id and
                    // follows the plain fragment).
                    Column::Code => format!("<a id=\"{0}\"></a>{0}", status.as_u16()),
                    // Enum names are code; they hold only capitals, digits and underscores.
                    Column::Name | Column::Aliases => code_spans(table, cell),
                    _ => cell_text(table, cell),
                })
                .collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
    }
    // A note for whoever edits the file, not for readers.
    out.push_str(&format!("\n<!-- {} -->\n", escape(table.message(Message::DocsGenerated))));
    out
}

/// A cell: its pieces, each linked where it has a link.
fn cell_text(table: &DocsTable<'_>, cell: &Cell<'_>) -> String {
    join_marked(table.locale(), &cell.pieces, escape, |piece| match &piece.url {
        Some(url) => format!("[{}]({})", escape(&piece.text), url),
        None => escape(&piece.text),
    })
}

/// Names as code spans, joined as the locale joins list items.
fn code_spans(table: &DocsTable<'_>, cell: &Cell<'_>) -> String {
    join_marked(table.locale(), &cell.pieces, escape, |piece| format!("`{}`", piece.text))
}

/// Escapes text so that it renders literally: backslash escapes for Markdown punctuation
/// (pipes would end a table cell), entities for `<`, `>` and `&` (GitHub passes inline HTML).
/// An underscore inside a word (`NOT_FOUND`) cannot start emphasis and is left alone.
pub(crate) fn escape(text: &str) -> String {
    let chars: Vec<char> = one_line(text).chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '_' if inside_word(&chars, i) => out.push(c),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("<script>&"), "&lt;script&gt;&amp;");
        assert_eq!(escape("`x` *y* _z_"), "\\`x\\` \\*y\\* \\_z\\_");
        assert_eq!(escape("NOT_FOUND"), "NOT_FOUND");
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape("Не найдено"), "Не найдено");
    }
}
