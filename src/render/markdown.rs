//! GitHub-flavoured Markdown.

use super::{inside_word, one_line, DocsTable};
use crate::catalog::keys::Message;

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(table.message(Message::DocsCaption))));
    out.push_str(&format!("{}\n", escape(table.message(Message::DocsIntro))));
    let headings: Vec<String> = table.headings().iter().map(|h| escape(h)).collect();
    for section in table.sections() {
        out.push_str(&format!("\n## {}\n\n", escape(&section.heading())));
        out.push_str(&format!("{}\n\n", escape(section.description)));
        out.push_str(&format!("| {} |\n", headings.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(headings.len())));
        for row in section.rows() {
            let cells: Vec<String> = row.cells().iter().map(|c| escape(&c.text())).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
    }
    out.push_str(&format!("\n{}\n", escape(table.message(Message::DocsGenerated))));
    out
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
