//! The whole catalog of one locale as JSON, for other tools.

use serde::Serialize;

use crate::catalog::keys::Message;
use crate::class::StatusClass;
use crate::locale::{Description, Locale};
use crate::status::StatusCode;

#[derive(Serialize)]
struct Document<'a> {
    locale: String,
    direction: &'static str,
    caption: &'a str,
    intro: &'a str,
    columns: Vec<ColumnHeading<'a>>,
    classes: Vec<Class<'a>>,
}

#[derive(Serialize)]
struct ColumnHeading<'a> {
    id: &'static str,
    heading: &'a str,
}

#[derive(Serialize)]
struct Class<'a> {
    class: &'static str,
    title: &'a str,
    description: &'a str,
    statuses: Vec<Description<'a>>,
}

pub(crate) fn render(locale: Locale<'_>) -> String {
    let document = Document {
        locale: locale.id().to_string(),
        direction: locale.direction().as_str(),
        caption: locale.message(Message::DocsCaption),
        intro: locale.message(Message::DocsIntro),
        columns: super::Column::ALL
            .iter()
            .map(|&c| ColumnHeading { id: c.id(), heading: locale.message(c.heading()) })
            .collect(),
        classes: StatusClass::ALL
            .iter()
            .map(|&class| Class {
                class: class.as_str(),
                title: locale.class_title(class),
                description: locale.class_description(class),
                statuses: StatusCode::ALL
                    .iter()
                    .filter(|s| s.class() == class)
                    .map(|&s| locale.describe(s))
                    .collect(),
            })
            .collect(),
    };
    // Serializing plain strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}
