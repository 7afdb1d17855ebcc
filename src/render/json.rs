//! The table of one locale as JSON, for other tools: the chosen columns, typed.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::{Column, DocsTable};
use crate::catalog::keys::Message;

#[derive(serde::Serialize)]
struct Document<'a> {
    locale: String,
    direction: &'static str,
    caption: &'a str,
    intro: &'a str,
    columns: Vec<ColumnHeading<'a>>,
    classes: Vec<Class<'a>>,
}

#[derive(serde::Serialize)]
struct ColumnHeading<'a> {
    id: &'static str,
    heading: &'a str,
}

#[derive(serde::Serialize)]
struct Class<'a> {
    class: &'static str,
    title: &'a str,
    description: &'a str,
    rows: Vec<Row>,
}

/// One row: the chosen columns, in their order.
struct Row(Vec<(&'static str, Value)>);

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

pub(crate) fn render(table: &DocsTable<'_>) -> String {
    let locale = table.locale();
    let columns = table.column_list();
    let document = Document {
        locale: locale.to_string(),
        direction: locale.direction().as_str(),
        caption: locale.message(Message::DocsCaption),
        intro: locale.message(Message::DocsIntro),
        columns: columns
            .iter()
            .map(|&c| ColumnHeading { id: c.id(), heading: locale.message(c.message()) })
            .collect(),
        classes: table
            .sections()
            .into_iter()
            .map(|section| Class {
                class: section.class.as_str(),
                title: section.title,
                description: section.description,
                rows: section
                    .rows
                    .into_iter()
                    .map(|row| {
                        let status = row.status;
                        Row(columns
                            .iter()
                            .zip(row.cells)
                            .map(|(&column, cell)| {
                                let value = match column {
                                    Column::Code => Value::from(status.as_u16()),
                                    Column::Details => Value::from(
                                        cell.pieces
                                            .iter()
                                            .map(|p| serde_json::json!({"text": p.text, "url": p.url}))
                                            .collect::<Vec<_>>(),
                                    ),
                                    Column::Aliases => Value::from(status.aliases().to_vec()),
                                    _ => Value::from(cell.text()),
                                };
                                (column.id(), value)
                            })
                            .collect())
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out =
        serde_json::to_string_pretty(&document).expect("strings and numbers always serialize");
    out.push('\n');
    out
}
