//! Documentation renderers: the status table in any locale, as Markdown, HTML,
//! reStructuredText or JSON (feature `docs`).
//!
//! Every word comes from the locale: column headings, caption, class headings, specification
//! titles and the words of a citation. Each format escapes catalog text for itself, since
//! locale files may come from outside the project.
//!
//! For a format of one's own (docutils nodes, a template), [`DocsTable::sections`] gives the
//! same table as data: plain text in the locale's words, and a link for every reference.
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

pub(crate) use self::cells::Run;
pub use self::cells::{Cell, Piece};

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

            const fn message(self) -> Message {
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
    /// The column's heading in a locale, e.g. `Перечисление имён` for [`Column::Name`] in
    /// Russian: the words every format of [`DocsTable`] puts above the column.
    ///
    /// ```
    /// use http_status_catalog::render::Column;
    /// use http_status_catalog::Catalog;
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// assert_eq!(Column::Name.heading(ru), "Перечисление имён");
    /// assert_eq!(Column::Code.heading(Catalog::global().root()), "Code");
    /// ```
    pub fn heading(self, locale: Locale<'_>) -> &str {
        locale.message(self.message())
    }

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

/// One class of codes in a [`DocsTable`]: its heading, its description and its rows, as plain
/// (unescaped) text for a renderer of one's own; see [`DocsTable::sections`].
#[derive(Clone, Debug)]
pub struct Section<'a> {
    pub(crate) class: StatusClass,
    pub(crate) title: &'a str,
    pub(crate) description: &'a str,
    pub(crate) rows: Vec<Row<'a>>,
    locale: Locale<'a>,
}

impl<'a> Section<'a> {
    /// The class, e.g. [`StatusClass::ClientError`].
    pub fn class(&self) -> StatusClass {
        self.class
    }

    /// The localized name of the class, e.g. `Ошибка клиента`.
    pub fn title(&self) -> &'a str {
        self.title
    }

    /// The heading the renderers give the class: its range and name as the locale writes a
    /// label, e.g. `4xx: Ошибка клиента` (`4xx：客户端错误` in Chinese).
    pub fn heading(&self) -> String {
        self.locale.label(&self.class, &self.title)
    }

    /// The localized description of the class, one or two sentences.
    pub fn description(&self) -> &'a str {
        self.description
    }

    /// One row per registered code of the class, in numeric order.
    pub fn rows(&self) -> &[Row<'a>] {
        &self.rows
    }
}

/// A row of a [`Section`]: one registered code and its cells, in the table's column order.
#[derive(Clone, Debug)]
pub struct Row<'a> {
    pub(crate) status: StatusCode,
    pub(crate) cells: Vec<Cell<'a>>,
}

impl<'a> Row<'a> {
    /// The code the row describes.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The cells, one per chosen column, in order.
    pub fn cells(&self) -> &[Cell<'a>] {
        &self.cells
    }
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

    /// The locale of the table.
    pub fn locale(&self) -> Locale<'a> {
        self.locale
    }

    /// The table's caption in its locale, e.g. `Коды состояния HTTP`.
    pub fn caption(&self) -> &'a str {
        self.message(Message::DocsCaption)
    }

    /// The sentence that introduces the table, in its locale.
    pub fn intro(&self) -> &'a str {
        self.message(Message::DocsIntro)
    }

    /// The chosen columns, in order, each with its heading in the table's locale.
    pub fn column_headings(&self) -> Vec<(Column, &'a str)> {
        self.columns.iter().map(|&c| (c, c.heading(self.locale))).collect()
    }

    /// The text the locale puts between two items of a list, e.g. `"; "` (`"؛ "` in Arabic):
    /// what goes between the linked pieces of a cell when they are marked up one by one.
    ///
    /// ```
    /// use http_status_catalog::render::DocsTable;
    /// use http_status_catalog::Catalog;
    ///
    /// assert_eq!(DocsTable::new(Catalog::global().root()).list_separator(), "; ");
    /// ```
    pub fn list_separator(&self) -> String {
        html::list_separator(self.locale)
    }

    pub(crate) fn message(&self, message: Message) -> &'a str {
        self.locale.message(message)
    }

    pub(crate) fn headings(&self) -> Vec<&'a str> {
        self.columns.iter().map(|c| c.heading(self.locale)).collect()
    }

    pub(crate) fn column_list(&self) -> &[Column] {
        &self.columns
    }

    /// The table as data, one [`Section`] per class, for a renderer of one's own (a Sphinx
    /// extension builds its nodes from it): every word in the table's locale, every text
    /// plain and unescaped, every reference with its link.
    ///
    /// ```
    /// use http_status_catalog::render::{Column, DocsTable};
    /// use http_status_catalog::{Catalog, StatusClass, StatusCode};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// let table = DocsTable::new(ru).columns(&[Column::Name, Column::Details]);
    /// let sections = table.sections();
    /// let client = &sections[3];
    /// assert_eq!(client.class(), StatusClass::ClientError);
    /// assert_eq!(client.heading(), "4xx: Ошибка клиента");
    /// let row = client.rows().iter().find(|r| r.status() == StatusCode::NotFound).unwrap();
    /// assert_eq!(row.cells()[0].text(), "NOT_FOUND");
    /// let reference = &row.cells()[1].pieces()[0];
    /// assert_eq!(reference.text(), "Семантика HTTP RFC 9110, Раздел 15.5.5");
    /// assert_eq!(reference.url(), Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"));
    /// ```
    pub fn sections(&self) -> Vec<Section<'a>> {
        StatusClass::ALL
            .iter()
            .map(|&class| Section {
                class,
                title: self.locale.class_title(class),
                description: self.locale.class_description(class),
                rows: StatusCode::ALL
                    .iter()
                    .filter(|s| s.class() == class)
                    .map(|&status| Row {
                        status,
                        cells: self.columns.iter().map(|&c| self.cell(status, c)).collect(),
                    })
                    .collect(),
                locale: self.locale,
            })
            .collect()
    }

    fn cell(&self, status: StatusCode, column: Column) -> Cell<'a> {
        let locale = self.locale;
        let text = |text: &str| Cell::plain_text(locale, text);
        match column {
            Column::Code => text(status.as_str()),
            Column::Name => Cell::names(locale, &[status.name()]),
            Column::Details => Cell::references(locale, status.references()),
            Column::Phrase => text(status.phrase()),
            Column::Title => text(locale.describe(status).title()),
            Column::Description => text(locale.describe(status).description()),
            Column::Class => text(status.class().as_str()),
            Column::Lifecycle => text(locale.lifecycle_name(status.lifecycle())),
            Column::Aliases => Cell::names(locale, status.aliases()),
        }
    }
}

/// Folds line breaks and other control characters into spaces: every format here puts a
/// cell on one line.
pub(crate) fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// Whether `chars[i]` stands between two letters or digits, as the underscore in `NOT_FOUND`:
/// neither Markdown nor reStructuredText reads markup there.
pub(crate) fn inside_word(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| chars.get(j));
    before.is_some_and(|b| b.is_alphanumeric())
        && chars.get(i + 1).is_some_and(|a| a.is_alphanumeric())
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
