//! What a locale file defines, as the tools compare it: messages with their lines,
//! attributes, variables and source text.

use fluent_syntax::ast;

use crate::load::LoadedFile;

/// One message as written in a file.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) id: String,
    /// The file name, e.g. `status.ftl`.
    pub(crate) file: String,
    /// The path shown in diagnostics.
    pub(crate) path: String,
    pub(crate) line: usize,
    pub(crate) attributes: Vec<String>,
    /// The variables the message uses (`$count` gives `count`).
    pub(crate) variables: Vec<String>,
    /// The message's own lines: what a translation is made from.
    pub(crate) source: String,
    /// The text of its value with every placeable removed: the words a reader sees whatever
    /// the variables hold (`No locale matches “{ $requested }”` gives `No locale matches “”`).
    pub(crate) text: String,
}

/// The messages a file defines, in order. Junk is skipped: the load stage reports it.
pub(crate) fn entries(file: &LoadedFile) -> Vec<Entry> {
    file.messages()
        .map(|message| {
            let id = message.id.name;
            let mut variables = Vec::new();
            let mut text = String::new();
            if let Some(pattern) = &message.value {
                collect_variables(pattern, &mut variables);
                for element in &pattern.elements {
                    if let ast::PatternElement::TextElement { value } = element {
                        text.push_str(value);
                    }
                }
            }
            Entry {
                id: id.to_string(),
                file: file.name.clone(),
                path: file.path.clone(),
                line: file.line_of(id),
                attributes: message.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                variables,
                source: file.message_source(id),
                text,
            }
        })
        .collect()
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
            out.push(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_in_inline(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}
