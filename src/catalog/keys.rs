//! The message ids the catalog resolves, and where each lives.
//!
//! Every message has a fixed slot, so a lookup is an index computation: statuses first (title
//! and description of each member), then classes, specification titles, lifecycle words and the
//! remaining [`Message`]s.

use crate::class::StatusClass;
use crate::spec::Spec;
use crate::status::{Lifecycle, StatusCode, STATUS_COUNT};

macro_rules! messages {
    ($( $(#[$doc:meta])* $variant:ident $id:literal $file:literal; )+) => {
        /// A catalog message that is not tied to a status code, class or specification: table
        /// headings, CLI labels and the like.
        ///
        /// # Example
        ///
        /// ```
        /// use http_status_catalog::{langid, Catalog, Message};
        ///
        /// let ru = Catalog::global().negotiate(&langid!("ru"));
        /// assert_eq!(ru.message(Message::SpecExperimental), "Экспериментальный");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Message { $( $(#[$doc])* $variant, )+ }

        impl Message {
            /// Every message, in slot order.
            pub const ALL: &'static [Message] = &[ $( Message::$variant, )+ ];

            /// The Fluent message id, e.g. `"spec-experimental"`.
            pub const fn id(self) -> &'static str {
                match self { $( Message::$variant => $id, )+ }
            }

            /// The file (under each locale folder) that holds the message.
            pub const fn file(self) -> &'static str {
                match self { $( Message::$variant => $file, )+ }
            }
        }
    };
}

messages! {
    /// The marker for an Experimental RFC ("Experimental").
    SpecExperimental "spec-experimental" "specs.ftl";
    /// The caption of the status table.
    DocsCaption "docs-caption" "docs.ftl";
    /// The sentence introducing the status table.
    DocsIntro "docs-intro" "docs.ftl";
    /// Column heading: the numeric code.
    DocsColumnCode "docs-column-code" "docs.ftl";
    /// Column heading: the enum name.
    DocsColumnName "docs-column-name" "docs.ftl";
    /// Column heading: the specification reference.
    DocsColumnDetails "docs-column-details" "docs.ftl";
    /// Column heading: the wire phrase.
    DocsColumnPhrase "docs-column-phrase" "docs.ftl";
    /// Column heading: the localized title.
    DocsColumnTitle "docs-column-title" "docs.ftl";
    /// Column heading: the localized description.
    DocsColumnDescription "docs-column-description" "docs.ftl";
    /// Column heading: the class.
    DocsColumnClass "docs-column-class" "docs.ftl";
    /// Column heading: the lifecycle state.
    DocsColumnLifecycle "docs-column-lifecycle" "docs.ftl";
    /// Column heading: other names.
    DocsColumnAliases "docs-column-aliases" "docs.ftl";
    /// The note saying a rendered table is generated.
    DocsGenerated "docs-generated" "docs.ftl";
    /// Error page: the label before the code and wire phrase.
    PageStatusLabel "page-status-label" "pages.ftl";
    /// Error page: the link to the home page.
    PageHomeLink "page-home-link" "pages.ftl";
    /// The name of the language, in that language ("Русский").
    LocaleName "locale-name" "cli.ftl";
    /// CLI label: code.
    LabelCode "cli-label-code" "cli.ftl";
    /// CLI label: enum name.
    LabelName "cli-label-name" "cli.ftl";
    /// CLI label: other names.
    LabelAliases "cli-label-aliases" "cli.ftl";
    /// CLI label: wire phrase.
    LabelPhrase "cli-label-phrase" "cli.ftl";
    /// CLI label: title.
    LabelTitle "cli-label-title" "cli.ftl";
    /// CLI label: description.
    LabelDescription "cli-label-description" "cli.ftl";
    /// CLI label: class.
    LabelClass "cli-label-class" "cli.ftl";
    /// CLI label: lifecycle state.
    LabelLifecycle "cli-label-lifecycle" "cli.ftl";
    /// CLI label: specification references.
    LabelReferences "cli-label-references" "cli.ftl";
    /// CLI label: the language used.
    LabelLocale "cli-label-locale" "cli.ftl";
    /// CLI label: heuristically cacheable.
    LabelCacheable "cli-label-cacheable" "cli.ftl";
    /// CLI label: response without content.
    LabelNoContent "cli-label-no-content" "cli.ftl";
    /// The word for yes.
    Yes "cli-yes" "cli.ftl";
    /// The word for no.
    No "cli-no" "cli.ftl";
    /// The note shown for an unregistered code described from its class.
    Unregistered "cli-unregistered" "cli.ftl";
}

/// Stand where variables go in a resolved message, so that the message can be stored as plain
/// text once and filled in later without parsing. Private-use characters: they never occur in
/// real text.
pub(crate) const SPEC_PLACEHOLDER: char = '\u{E000}';
pub(crate) const SECTION_PLACEHOLDER: char = '\u{E001}';

/// A slot in a locale's resolved table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    StatusTitle(StatusCode),
    StatusDescription(StatusCode),
    ClassTitle(StatusClass),
    ClassDescription(StatusClass),
    SpecTitle(Spec),
    /// "{ $spec }, Section { $section }": resolved with placeholders for both.
    Citation,
    Lifecycle(Lifecycle),
    Message(Message),
}

const CLASS_BASE: usize = 2 * STATUS_COUNT;
const SPEC_BASE: usize = CLASS_BASE + 2 * StatusClass::ALL.len();
const CITATION: usize = SPEC_BASE + Spec::ALL.len();
const LIFECYCLE_BASE: usize = CITATION + 1;
const MESSAGE_BASE: usize = LIFECYCLE_BASE + Lifecycle::ALL.len();

/// The number of slots in a locale's table.
pub(crate) const KEY_COUNT: usize = MESSAGE_BASE + Message::ALL.len();

impl Key {
    /// The slot of this key.
    #[inline]
    pub(crate) const fn index(self) -> usize {
        match self {
            Key::StatusTitle(s) => 2 * s.index(),
            Key::StatusDescription(s) => 2 * s.index() + 1,
            Key::ClassTitle(c) => CLASS_BASE + 2 * c.index(),
            Key::ClassDescription(c) => CLASS_BASE + 2 * c.index() + 1,
            Key::SpecTitle(s) => SPEC_BASE + s.index(),
            Key::Citation => CITATION,
            Key::Lifecycle(l) => LIFECYCLE_BASE + l as usize,
            Key::Message(m) => MESSAGE_BASE + m as usize,
        }
    }

    /// Every key, in slot order.
    pub(crate) fn all() -> impl Iterator<Item = Key> {
        let statuses =
            StatusCode::ALL.iter().flat_map(|&s| [Key::StatusTitle(s), Key::StatusDescription(s)]);
        let classes =
            StatusClass::ALL.iter().flat_map(|&c| [Key::ClassTitle(c), Key::ClassDescription(c)]);
        statuses
            .chain(classes)
            .chain(Spec::ALL.iter().map(|&s| Key::SpecTitle(s)))
            .chain([Key::Citation])
            .chain(Lifecycle::ALL.iter().map(|&l| Key::Lifecycle(l)))
            .chain(Message::ALL.iter().map(|&m| Key::Message(m)))
    }

    /// The Fluent message id.
    pub(crate) fn id(self) -> String {
        match self {
            Key::StatusTitle(s) => format!("status-{}-title", s.as_u16()),
            Key::StatusDescription(s) => format!("status-{}-description", s.as_u16()),
            Key::ClassTitle(c) => format!("class-{}-title", c.as_str()),
            Key::ClassDescription(c) => format!("class-{}-description", c.as_str()),
            Key::SpecTitle(s) => format!("spec-{}", s.id()),
            Key::Citation => "spec-citation".to_string(),
            Key::Lifecycle(l) => format!("lifecycle-{}", l.as_str()),
            Key::Message(m) => m.id().to_string(),
        }
    }

    /// The variables the message takes, each with the placeholder that stands in for it.
    pub(crate) const fn variables(self) -> &'static [(&'static str, char)] {
        match self {
            Key::Citation => &[("spec", SPEC_PLACEHOLDER), ("section", SECTION_PLACEHOLDER)],
            _ => &[],
        }
    }

    /// The file, under each locale folder, that holds the message.
    pub(crate) const fn file(self) -> &'static str {
        match self {
            Key::StatusTitle(_) | Key::StatusDescription(_) => "status.ftl",
            Key::ClassTitle(_) | Key::ClassDescription(_) => "classes.ftl",
            Key::SpecTitle(_) | Key::Citation | Key::Lifecycle(_) => "specs.ftl",
            Key::Message(m) => m.file(),
        }
    }
}
