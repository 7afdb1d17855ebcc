//! reStructuredText, as Sphinx builds it: one `list-table` per class.

use unicode_width::UnicodeWidthStr;

use super::{inside_word, one_line, DocsTable};
use crate::catalog::keys::Message;

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let mut out = String::new();
    heading(&mut out, &escape(table.message(Message::DocsCaption)), '=');
    out.push_str(&format!("{}\n", escape(table.message(Message::DocsIntro))));
    let headings: Vec<String> = table.headings().iter().map(|h| escape(h)).collect();
    for section in table.sections() {
        out.push('\n');
        heading(&mut out, &escape(&section.heading()), '-');
        out.push_str(&format!("{}\n\n", escape(section.description)));
        out.push_str(".. list-table::\n   :header-rows: 1\n\n");
        row(&mut out, &headings);
        for r in section.rows() {
            let cells: Vec<String> = r.cells().iter().map(|c| escape(&c.text())).collect();
            row(&mut out, &cells);
        }
    }
    out.push_str(&format!("\n{}\n", escape(table.message(Message::DocsGenerated))));
    out
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
/// reference and is left alone. A cell that would start a list or a comment is escaped too.
pub(crate) fn escape(text: &str) -> String {
    let chars: Vec<char> = one_line(text).trim().chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '\\' | '`' | '*' | '|') || (c == '_' && !inside_word(&chars, i)) {
            out.push('\\');
        }
        out.push(c);
    }
    if out.starts_with(['-', '+', '#', '•', '.']) {
        out.insert(0, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(escape("`x` *y*"), "\\`x\\` \\*y\\*");
        assert_eq!(escape("|sub| ref_"), "\\|sub\\| ref\\_");
        assert_eq!(escape("NOT_FOUND"), "NOT_FOUND");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("..  comment"), "\\..  comment");
        assert_eq!(escape("Раздел 1.2"), "Раздел 1.2");
    }
}
