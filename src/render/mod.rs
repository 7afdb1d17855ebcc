//! Documentation renderers: the status table in any locale, as Markdown, HTML,
//! reStructuredText or JSON (feature `docs`).
//!
//! Every word comes from the locale: column headings, caption, class headings, specification
//! titles and the words of a citation. Each format escapes catalog text for itself, since
//! locale files may come from outside the project.
//!
//! Every row has an anchor (`#404` in HTML and Markdown, `#status-404` in reStructuredText, as
//! docutils wants ids to start with a letter) and every reference links to its specification.
//! The HTML table reads on a phone as on a wide screen: the class tables share their column
//! widths, a narrow screen shows one block per code, enum names break after an underscore,
//! and neither `RFC 9110` nor `Section 15.5.5` is ever split. The note that a file is
//! generated is a comment in every format.

mod cells;
pub(crate) mod html;
mod json;
mod markdown;
mod rst;

use core::fmt;
use core::str::FromStr;

use crate::catalog::keys::Message;
use crate::catalog::locale::Locale;
use crate::class::StatusClass;
use crate::status::StatusCode;

pub(crate) use self::cells::{Cell, Piece, Run};

/// An output format for [`DocsTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// GitHub-flavoured Markdown tables.
    Markdown,
    /// A complete standalone HTML page.
    Html,
    /// reStructuredText `list-table`s, as Sphinx builds them.
    Rst,
    /// The whole catalog for one locale, as JSON.
    Json,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Rst, Format::Json];

    /// The usual file extension: `md`, `html`, `rst`, `json`.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Rst => "rst",
            Format::Json => "json",
        }
    }
}

impl FromStr for Format {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Format, UnknownName> {
        match s.trim().to_ascii_lowercase().as_str() {
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "rst" | "restructuredtext" => Ok(Format::Rst),
            "json" => Ok(Format::Json),
            _ => Err(UnknownName::new("format", s, "markdown, html, rst, json")),
        }
    }
}

macro_rules! columns {
    ($( $(#[$doc:meta])* $variant:ident $id:literal $heading:ident; )+) => {
        /// A column of the status table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Column { $( $(#[$doc])* $variant, )+ }

        impl Column {
            /// Every column, in the order `--columns` lists them.
            pub const ALL: &'static [Column] = &[ $( Column::$variant, )+ ];

            /// The name used in `--columns`, e.g. `"details"`.
            pub const fn id(self) -> &'static str {
                match self { $( Column::$variant => $id, )+ }
            }

            pub(crate) const fn heading(self) -> Message {
                match self { $( Column::$variant => Message::$heading, )+ }
            }
        }
    };
}

columns! {
    /// The numeric code.
    Code "code" DocsColumnCode;
    /// The enum name, e.g. `NOT_FOUND`.
    Name "name" DocsColumnName;
    /// The specification references, with localized titles and words.
    Details "details" DocsColumnDetails;
    /// The canonical English wire phrase.
    Phrase "phrase" DocsColumnPhrase;
    /// The localized title.
    Title "title" DocsColumnTitle;
    /// The localized description.
    Description "description" DocsColumnDescription;
    /// The class, e.g. `4xx`.
    Class "class" DocsColumnClass;
    /// The lifecycle state.
    Lifecycle "lifecycle" DocsColumnLifecycle;
    /// Older names.
    Aliases "aliases" DocsColumnAliases;
}

impl Column {
    /// The columns of the committed tables: the seed's table (code, enum name, details) with
    /// the localized title after the code.
    pub const DEFAULT: &'static [Column] =
        &[Column::Code, Column::Title, Column::Name, Column::Details];

    /// The columns of the seed's table, Python's `http` documentation: code, enum name,
    /// details.
    pub const SEED: &'static [Column] = &[Column::Code, Column::Name, Column::Details];

    /// Parses a comma-separated list such as `code,name,title`.
    ///
    /// # Errors
    ///
    /// [`UnknownName`] for an unknown or empty column name.
    ///
    /// ```
    /// use http_status_catalog::render::Column;
    /// assert_eq!(Column::parse_list("code, title")?, [Column::Code, Column::Title]);
    /// assert!(Column::parse_list("code,colour").is_err());
    /// # Ok::<(), http_status_catalog::render::UnknownName>(())
    /// ```
    pub fn parse_list(list: &str) -> Result<Vec<Column>, UnknownName> {
        list.split(',').map(str::parse).collect()
    }
}

impl FromStr for Column {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Column, UnknownName> {
        let wanted = s.trim().to_ascii_lowercase();
        Column::ALL.iter().copied().find(|c| c.id() == wanted).ok_or_else(|| {
            let known: Vec<&str> = Column::ALL.iter().map(|c| c.id()).collect();
            UnknownName::new("column", s, &known.join(", "))
        })
    }
}

/// A format or column name that is not known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    what: &'static str,
    given: String,
    known: String,
}

impl UnknownName {
    fn new(what: &'static str, given: &str, known: &str) -> UnknownName {
        let given = given.chars().take(40).collect();
        UnknownName { what, given, known: known.to_string() }
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}; expected one of: {}", self.what, self.given, self.known)
    }
}

impl std::error::Error for UnknownName {}

/// The status table of one locale, ready to render.
///
/// # Example
///
/// ```
/// use http_status_catalog::render::{Column, DocsTable, Format};
/// use http_status_catalog::Catalog;
///
/// let ru = Catalog::global().negotiate_tag("ru");
/// let md = DocsTable::new(ru).render(Format::Markdown);
/// assert!(md.contains("| Код | Название | Перечисление имён | Подробности |"));
/// assert!(md.contains(
///     "| <a id=\"404\"></a>404 | Не найдено | `NOT_FOUND` | [Семантика HTTP RFC 9110, Раздел 15.5.5]\
///      (https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5) |"
/// ));
///
/// let seed = DocsTable::new(ru).columns(Column::SEED).render(Format::Html);
/// assert!(seed.contains("<tr id=\"404\" role=\"row\"><th scope=\"row\" role=\"rowheader\" class=\"code\">404</th>"));
/// ```
#[derive(Clone, Debug)]
pub struct DocsTable<'a> {
    locale: Locale<'a>,
    columns: Vec<Column>,
}

/// One class of codes: its heading and its rows of plain (unescaped) cells.
pub(crate) struct Section<'a> {
    pub(crate) class: StatusClass,
    pub(crate) title: &'a str,
    pub(crate) description: &'a str,
    /// The codes of the class, in order, each with its cells in column order.
    pub(crate) rows: Vec<(StatusCode, Vec<Cell>)>,
}

impl<'a> DocsTable<'a> {
    /// The table of `locale` with the default columns (code, enum name, details).
    pub fn new(locale: Locale<'a>) -> DocsTable<'a> {
        DocsTable { locale, columns: Column::DEFAULT.to_vec() }
    }

    /// Chooses the columns, in order. An empty list means the default columns.
    pub fn columns(mut self, columns: &[Column]) -> DocsTable<'a> {
        self.columns = if columns.is_empty() { Column::DEFAULT.to_vec() } else { columns.to_vec() };
        self
    }

    /// Renders the table.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => markdown::render(self),
            Format::Html => html::render(self),
            Format::Rst => rst::render(self),
            Format::Json => json::render(self),
        }
    }

    pub(crate) fn locale(&self) -> Locale<'a> {
        self.locale
    }

    pub(crate) fn message(&self, message: Message) -> &'a str {
        self.locale.message(message)
    }

    pub(crate) fn headings(&self) -> Vec<&'a str> {
        self.columns.iter().map(|c| self.locale.message(c.heading())).collect()
    }

    pub(crate) fn column_list(&self) -> &[Column] {
        &self.columns
    }

    pub(crate) fn sections(&self) -> Vec<Section<'a>> {
        StatusClass::ALL
            .iter()
            .map(|&class| Section {
                class,
                title: self.locale.class_title(class),
                description: self.locale.class_description(class),
                rows: StatusCode::ALL
                    .iter()
                    .filter(|s| s.class() == class)
                    .map(|&s| (s, self.columns.iter().map(|&c| self.cell(s, c)).collect()))
                    .collect(),
            })
            .collect()
    }

    fn cell(&self, status: StatusCode, column: Column) -> Cell {
        let locale = self.locale;
        match column {
            Column::Code => Cell::text(status.as_u16().to_string()),
            Column::Name => Cell::names(&[status.name()]),
            Column::Details => Cell {
                pieces: status.references().iter().map(|&r| Piece::reference(locale, r)).collect(),
            },
            Column::Phrase => Cell::text(status.phrase()),
            Column::Title => Cell::text(locale.describe(status).title()),
            Column::Description => Cell::text(locale.describe(status).description()),
            Column::Class => Cell::text(status.class().as_str()),
            Column::Lifecycle => Cell::text(locale.lifecycle_name(status.lifecycle())),
            Column::Aliases => Cell::names(status.aliases()),
        }
    }
}

/// Folds line breaks and other control characters into spaces: every format here puts a
/// cell on one line.
pub(crate) fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// Cells' pieces as one text: `write` marks each piece up for the format, and the locale's
/// list punctuation between them ("a; b", "a và b") is escaped by `escape`, as all catalog text.
pub(crate) fn join_marked(
    locale: Locale<'_>,
    pieces: &[Piece],
    escape: fn(&str) -> String,
    write: impl Fn(&Piece) -> String,
) -> String {
    // Private-use characters stand for the pieces while the locale joins them; none of them
    // occurs in catalog text, and no escaping touches them.
    const BASE: u32 = 0xF0000;
    let marks: Vec<String> = (0..pieces.len())
        .map(|i| {
            let i = u32::try_from(i).expect("a cell has few pieces");
            char::from_u32(BASE + i).expect("a private-use code point").to_string()
        })
        .collect();
    let marks_ref: Vec<&str> = marks.iter().map(String::as_str).collect();
    let mut out = escape(&locale.join(&marks_ref));
    for (mark, piece) in marks.iter().zip(pieces) {
        out = out.replacen(mark.as_str(), &write(piece), 1);
    }
    out
}

/// Whether `chars[i]` stands between two letters or digits, as the underscore in `NOT_FOUND`:
/// neither Markdown nor reStructuredText reads markup there.
pub(crate) fn inside_word(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| chars.get(j));
    before.is_some_and(|b| b.is_alphanumeric())
        && chars.get(i + 1).is_some_and(|a| a.is_alphanumeric())
}
