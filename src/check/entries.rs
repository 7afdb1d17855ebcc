//! What a locale file defines: its messages, their attributes, lines and source text.

use fluent_syntax::ast;

/// One message as written in a file.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) id: String,
    pub(crate) file: String,
    pub(crate) line: usize,
    pub(crate) attributes: Vec<String>,
    /// The message's own lines (`id = …` and its indented continuation), trailing space trimmed:
    /// what a translation is made from.
    pub(crate) source: String,
}

/// The messages a file defines, in order. Junk is skipped: the catalog reports it.
pub(crate) fn entries(file: &str, text: &str) -> Vec<Entry> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
    let lines: Vec<&str> = text.lines().collect();
    let mut search_from = 0;
    let mut out = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        let start = (search_from..lines.len()).find(|&n| starts_message(lines[n], id));
        let (line, source) = match start {
            Some(n) => {
                search_from = n + 1;
                let end = (n + 1..lines.len())
                    .find(|&m| !lines[m].starts_with([' ', '\t']) || lines[m].trim().is_empty())
                    .unwrap_or(lines.len());
                let source: Vec<&str> = lines[n..end].iter().map(|l| l.trim_end()).collect();
                (n + 1, source.join("\n"))
            }
            None => (0, String::new()),
        };
        out.push(Entry {
            id: id.to_string(),
            file: file.to_string(),
            line,
            attributes: message.attributes.iter().map(|a| a.id.name.to_string()).collect(),
            source,
        });
    }
    out
}

fn starts_message(line: &str, id: &str) -> bool {
    line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))
}

#[cfg(test)]
mod tests {
    use super::entries;

    #[test]
    fn messages_with_lines_attributes_and_source() {
        let text = "# comment\na = one\n    two\n\nb =\n    .attr = x\n-term = t\nc = three\n";
        let found = entries("f.ftl", text);
        let summary: Vec<_> =
            found.iter().map(|e| (e.id.as_str(), e.line, e.attributes.clone())).collect();
        assert_eq!(
            summary,
            [("a", 2, vec![]), ("b", 5, vec!["attr".to_string()]), ("c", 8, vec![])]
        );
        assert_eq!(found[0].source, "a = one\n    two");
    }
}
