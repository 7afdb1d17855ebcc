//! The messages the catalog resolves, each with a fixed slot.
//!
//! Every message has a slot, so a lookup is an index computation: statuses first (title and
//! description of each member), then classes, specification titles, the citation pattern,
//! lifecycle words, the locale's name and the words of the renderers.

use crate::class::StatusClass;
use crate::spec::Spec;
use crate::status::{Lifecycle, StatusCode, STATUS_COUNT};

macro_rules! messages {
    ($( $(#[$doc:meta])* $variant:ident $id:literal; )+) => {
        /// A catalog message that is not tied to a status code, class or specification: the
        /// words of the documentation table and of the error page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub(crate) enum Message { $( $(#[$doc])* $variant, )+ }

        impl Message {
            /// Every message, in slot order.
            pub(crate) const ALL: &'static [Message] = &[ $( Message::$variant, )+ ];

            /// The Fluent message id, e.g. `"spec-experimental"`.
            pub(crate) const fn id(self) -> &'static str {
                match self { $( Message::$variant => $id, )+ }
            }
        }
    };
}

messages! {
    /// The caption of the status table.
    DocsCaption "docs-caption";
    /// The sentence introducing the status table.
    DocsIntro "docs-intro";
    /// Column heading: the numeric code.
    DocsColumnCode "docs-column-code";
    /// Column heading: the enum name.
    DocsColumnName "docs-column-name";
    /// Column heading: the specification reference.
    DocsColumnDetails "docs-column-details";
    /// Column heading: the wire phrase.
    DocsColumnPhrase "docs-column-phrase";
    /// Column heading: the localized title.
    DocsColumnTitle "docs-column-title";
    /// Column heading: the localized description.
    DocsColumnDescription "docs-column-description";
    /// Column heading: the class.
    DocsColumnClass "docs-column-class";
    /// Column heading: the lifecycle state.
    DocsColumnLifecycle "docs-column-lifecycle";
    /// Column heading: other names.
    DocsColumnAliases "docs-column-aliases";
    /// The note saying a rendered table is generated.
    DocsGenerated "docs-generated";
    /// Error page: the label before the code and wire phrase.
    PageStatusLabel "page-status-label";
    /// Error page: the link to the home page.
    PageHomeLink "page-home-link";
    /// Error page: the button that loads the page again.
    PageTryAgain "page-try-again";
    /// Error page: the heading of the technical block.
    PageTechnicalDetails "page-technical-details";
    /// Error page: the label of the request id.
    PageRequestId "page-request-id";
    /// Error page: the label of the address the visitor asked for.
    PageOriginalUri "page-original-uri";
    /// Error page: the label of the allowed methods.
    PageAllowedMethods "page-allowed-methods";
    /// Error page: "You can try again in { $count } s."
    PageRetrySeconds "page-retry-seconds";
    /// Error page: "You can try again in { $count } min."
    PageRetryMinutes "page-retry-minutes";
    /// Error page: "You can try again in { $count } h."
    PageRetryHours "page-retry-hours";
}

/// Stand where variables go in a resolved message, so that the message can be stored as plain
/// text once and filled in later without parsing. Private-use characters: they never occur in
/// real text.
pub(crate) const SPEC: char = '\u{E000}';
pub(crate) const SECTION: char = '\u{E001}';
pub(crate) const CITATION: char = '\u{E002}';
pub(crate) const LABEL: char = '\u{E003}';
pub(crate) const VALUE: char = '\u{E004}';
pub(crate) const FIRST: char = '\u{E005}';
pub(crate) const SECOND: char = '\u{E006}';
pub(crate) const COUNT: char = '\u{E007}';

/// Whether `c` stands for a variable in a resolved message.
pub(crate) fn is_placeholder(c: char) -> bool {
    ('\u{E000}'..='\u{E007}').contains(&c)
}

/// Writes a resolved pattern with each placeholder replaced by its value.
pub(crate) fn fill(
    f: &mut dyn core::fmt::Write,
    pattern: &str,
    values: &[(char, &dyn core::fmt::Display)],
) -> core::fmt::Result {
    for piece in pattern.split_inclusive(is_placeholder) {
        let mut chars = piece.chars();
        match chars.next_back() {
            Some(last) if is_placeholder(last) => {
                f.write_str(chars.as_str())?;
                if let Some((_, value)) = values.iter().find(|(p, _)| *p == last) {
                    write!(f, "{value}")?;
                }
            }
            _ => f.write_str(piece)?,
        }
    }
    Ok(())
}

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
    /// "{ $citation } (Experimental)": a citation of an Experimental RFC.
    ExperimentalCitation,
    Lifecycle(Lifecycle),
    /// What an error page tells a visitor about an error code (4xx and 5xx only).
    VisitorText(StatusCode),
    /// The action an error page suggests for an error code (4xx and 5xx only).
    VisitorAction(StatusCode),
    /// The visitor text of an unregistered error code (classes 4xx and 5xx only).
    ClassVisitorText(StatusClass),
    /// The suggested action for an unregistered error code (classes 4xx and 5xx only).
    ClassVisitorAction(StatusClass),
    /// The locale's name for itself ("Русский").
    LocaleName,
    /// "{ $label }: { $value }": how the locale writes a label before its value.
    LabelValue,
    /// "{ $first }; { $second }": how the locale joins two items of a list.
    ListPair,
    Message(Message),
}

const CLASS_BASE: usize = 2 * STATUS_COUNT;
const SPEC_BASE: usize = CLASS_BASE + 2 * StatusClass::ALL.len();
/// The ordinal of the first error status (4xx): the members are in numeric order.
const FIRST_ERROR: usize = {
    let mut i = 0;
    while StatusCode::ALL[i].as_u16() < 400 {
        i += 1;
    }
    i
};
/// The error classes, 4xx and 5xx, are the last two.
const FIRST_ERROR_CLASS: usize = StatusClass::ClientError as usize;
const VISITOR_BASE: usize = SPEC_BASE + Spec::ALL.len();
const CLASS_VISITOR_BASE: usize = VISITOR_BASE + 2 * (STATUS_COUNT - FIRST_ERROR);
const CITATION_SLOT: usize = CLASS_VISITOR_BASE + 2 * (StatusClass::ALL.len() - FIRST_ERROR_CLASS);
const LIFECYCLE_BASE: usize = CITATION_SLOT + 2;
const LOCALE_NAME: usize = LIFECYCLE_BASE + Lifecycle::ALL.len();
const MESSAGE_BASE: usize = LOCALE_NAME + 3;

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
            // Callers make these keys for error codes only (`is_error`), which come after
            // FIRST_ERROR; the subtraction saturates so that a mistake stays in range.
            Key::VisitorText(s) => VISITOR_BASE + 2 * s.index().saturating_sub(FIRST_ERROR),
            Key::VisitorAction(s) => VISITOR_BASE + 2 * s.index().saturating_sub(FIRST_ERROR) + 1,
            Key::ClassVisitorText(c) => {
                CLASS_VISITOR_BASE + 2 * c.index().saturating_sub(FIRST_ERROR_CLASS)
            }
            Key::ClassVisitorAction(c) => {
                CLASS_VISITOR_BASE + 2 * c.index().saturating_sub(FIRST_ERROR_CLASS) + 1
            }
            Key::Citation => CITATION_SLOT,
            Key::ExperimentalCitation => CITATION_SLOT + 1,
            Key::Lifecycle(l) => LIFECYCLE_BASE + l as usize,
            Key::LocaleName => LOCALE_NAME,
            Key::LabelValue => LOCALE_NAME + 1,
            Key::ListPair => LOCALE_NAME + 2,
            Key::Message(m) => MESSAGE_BASE + m as usize,
        }
    }

    /// Every key, in slot order.
    pub(crate) fn all() -> impl Iterator<Item = Key> {
        let statuses =
            StatusCode::ALL.iter().flat_map(|&s| [Key::StatusTitle(s), Key::StatusDescription(s)]);
        let classes =
            StatusClass::ALL.iter().flat_map(|&c| [Key::ClassTitle(c), Key::ClassDescription(c)]);
        let visitor = StatusCode::ALL[FIRST_ERROR..]
            .iter()
            .flat_map(|&s| [Key::VisitorText(s), Key::VisitorAction(s)]);
        let class_visitor = StatusClass::ALL[FIRST_ERROR_CLASS..]
            .iter()
            .flat_map(|&c| [Key::ClassVisitorText(c), Key::ClassVisitorAction(c)]);
        statuses
            .chain(classes)
            .chain(Spec::ALL.iter().map(|&s| Key::SpecTitle(s)))
            .chain(visitor)
            .chain(class_visitor)
            .chain([Key::Citation, Key::ExperimentalCitation])
            .chain(Lifecycle::ALL.iter().map(|&l| Key::Lifecycle(l)))
            .chain([Key::LocaleName, Key::LabelValue, Key::ListPair])
            .chain(Message::ALL.iter().map(|&m| Key::Message(m)))
    }

    /// The key of a Fluent message id, if the catalog resolves that message.
    pub(crate) fn from_id(id: &str) -> Option<Key> {
        if let Some(rest) = id.strip_prefix("status-") {
            let (code, part) = rest.split_once('-')?;
            let status = StatusCode::from_u16(code.parse().ok()?).ok()?;
            return match part {
                "title" => Some(Key::StatusTitle(status)),
                "description" => Some(Key::StatusDescription(status)),
                _ => None,
            };
        }
        if let Some(rest) = id.strip_prefix("class-") {
            let (class, part) = rest.split_once('-')?;
            let class = StatusClass::ALL.iter().copied().find(|c| c.as_str() == class)?;
            return match part {
                "title" => Some(Key::ClassTitle(class)),
                "description" => Some(Key::ClassDescription(class)),
                _ => None,
            };
        }
        if let Some(rest) = id.strip_prefix("visitor-") {
            let (code, action) = match rest.strip_suffix("-action") {
                Some(code) => (code, true),
                None => (rest, false),
            };
            let classes = &StatusClass::ALL[FIRST_ERROR_CLASS..];
            if let Some(class) = classes.iter().copied().find(|c| c.as_str() == code) {
                return Some(if action {
                    Key::ClassVisitorAction(class)
                } else {
                    Key::ClassVisitorText(class)
                });
            }
            let status = StatusCode::from_u16(code.parse().ok()?).ok().filter(|s| s.is_error())?;
            return Some(if action {
                Key::VisitorAction(status)
            } else {
                Key::VisitorText(status)
            });
        }
        if let Some(rest) = id.strip_prefix("lifecycle-") {
            return Lifecycle::ALL.iter().copied().find(|l| l.as_str() == rest).map(Key::Lifecycle);
        }
        match id {
            "spec-citation" => return Some(Key::Citation),
            "spec-citation-experimental" => return Some(Key::ExperimentalCitation),
            "locale-name" => return Some(Key::LocaleName),
            "locale-label-value" => return Some(Key::LabelValue),
            "locale-list-pair" => return Some(Key::ListPair),
            _ => {}
        }
        if let Some(message) = Message::ALL.iter().copied().find(|m| m.id() == id) {
            return Some(Key::Message(message));
        }
        let spec = id.strip_prefix("spec-")?;
        Spec::ALL.iter().copied().find(|s| s.id() == spec).map(Key::SpecTitle)
    }

    /// The Fluent message id.
    pub(crate) fn id(self) -> String {
        match self {
            Key::StatusTitle(s) => format!("status-{}-title", s.as_u16()),
            Key::StatusDescription(s) => format!("status-{}-description", s.as_u16()),
            Key::ClassTitle(c) => format!("class-{}-title", c.as_str()),
            Key::ClassDescription(c) => format!("class-{}-description", c.as_str()),
            Key::SpecTitle(s) => format!("spec-{}", s.id()),
            Key::VisitorText(s) => format!("visitor-{}", s.as_u16()),
            Key::VisitorAction(s) => format!("visitor-{}-action", s.as_u16()),
            Key::ClassVisitorText(c) => format!("visitor-{}", c.as_str()),
            Key::ClassVisitorAction(c) => format!("visitor-{}-action", c.as_str()),
            Key::Citation => "spec-citation".to_string(),
            Key::ExperimentalCitation => "spec-citation-experimental".to_string(),
            Key::Lifecycle(l) => format!("lifecycle-{}", l.as_str()),
            Key::LocaleName => "locale-name".to_string(),
            Key::LabelValue => "locale-label-value".to_string(),
            Key::ListPair => "locale-list-pair".to_string(),
            Key::Message(m) => m.id().to_string(),
        }
    }

    /// The variables the message takes, each with the placeholder that stands in for it.
    pub(crate) const fn variables(self) -> &'static [(&'static str, char)] {
        match self {
            Key::Citation => &[("spec", SPEC), ("section", SECTION)],
            Key::ExperimentalCitation => &[("citation", CITATION)],
            Key::LabelValue => &[("label", LABEL), ("value", VALUE)],
            Key::ListPair => &[("first", FIRST), ("second", SECOND)],
            Key::Message(
                Message::PageRetrySeconds | Message::PageRetryMinutes | Message::PageRetryHours,
            ) => &[("count", COUNT)],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_dense_and_ids_round_trip() {
        let keys: Vec<Key> = Key::all().collect();
        assert_eq!(keys.len(), KEY_COUNT);
        for (slot, key) in keys.iter().enumerate() {
            assert_eq!(key.index(), slot, "{key:?}");
            assert_eq!(Key::from_id(&key.id()), Some(*key), "{key:?}");
        }
        for id in [
            "status-306-title",
            "status-404-name",
            "class-6xx-title",
            "spec-rfc1",
            "cli-yes",
            "visitor-200",
            "visitor-2xx",
            "visitor-404-title",
        ] {
            assert_eq!(Key::from_id(id), None, "{id}");
        }
    }
}
