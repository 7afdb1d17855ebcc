//! A locale of a catalog: its resolved table, and the cheap handle that negotiation gives.

use core::fmt;
use std::borrow::Cow;

use unic_langid::LanguageIdentifier;

use super::keys::{self, Key, Message, KEY_COUNT};
use crate::class::StatusClass;
use crate::spec::Spec;
use crate::status::Lifecycle;

/// The locale every chain ends in, and the language of the canonical text.
pub(crate) const ROOT: &str = "en";

/// One locale's resolved table.
pub(crate) struct LocaleData {
    pub(crate) id: LanguageIdentifier,
    /// Every slot, fallback applied: never empty. A fixed size, so that indexing by a status
    /// ordinal needs no bounds check, and inline, so that a lookup follows no further pointer.
    pub(crate) texts: [Cow<'static, str>; KEY_COUNT],
    /// Which slots the locale's own files filled.
    pub(crate) translated: Box<[bool]>,
    /// Generated from English for testing layouts; chosen only when asked for by exact tag.
    pub(crate) pseudo: bool,
    pub(crate) direction: Direction,
}

/// A locale of a [`Catalog`](crate::Catalog), chosen by negotiation: a cheap `Copy` handle.
///
/// Negotiate once per request (or once per process) and describe as many codes as needed; every
/// lookup is an index computation.
///
/// # Example
///
/// ```
/// use http_status_catalog::{Catalog, Direction, StatusCode};
///
/// let ru = Catalog::global().negotiate_tag("ru-RU");
/// assert_eq!(ru.to_string(), "ru");
/// assert_eq!(ru.name(), "Русский");
/// assert_eq!(ru.direction(), Direction::Ltr);
/// let d = ru.describe(StatusCode::TooManyRequests);
/// assert_eq!(d.title(), "Слишком много запросов");
/// assert_eq!(d.phrase(), Some("Too Many Requests"));
/// ```
#[derive(Clone, Copy)]
pub struct Locale<'a> {
    data: &'a LocaleData,
}

/// The writing direction of a locale, for `dir` attributes.
///
/// ```
/// use http_status_catalog::{Catalog, Direction};
/// assert_eq!(Catalog::global().negotiate_tag("ar").direction(), Direction::Rtl);
/// assert_eq!(Direction::Rtl.as_str(), "rtl");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML's `dir` attribute wants.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl<'a> Locale<'a> {
    #[inline]
    pub(crate) fn new(data: &'a LocaleData) -> Locale<'a> {
        Locale { data }
    }

    /// Whether this handle points at `data`.
    #[cfg(feature = "tower")]
    pub(crate) fn is(self, data: &LocaleData) -> bool {
        core::ptr::eq(self.data, data)
    }

    #[inline]
    pub(crate) fn text(self, key: Key) -> &'a str {
        &self.data.texts[key.index()]
    }

    #[inline]
    pub(crate) fn is_translated(self, key: Key) -> bool {
        self.data.translated.get(key.index()).copied().unwrap_or(false)
    }

    /// The language tag of this locale, e.g. `ru`.
    ///
    /// ```
    /// use http_status_catalog::{langid, Catalog};
    ///
    /// let locale = Catalog::global().negotiate(&langid!("pt-PT"));
    /// assert_eq!(locale.id(), &langid!("pt-BR"));
    /// ```
    #[inline]
    pub fn id(self) -> &'a LanguageIdentifier {
        &self.data.id
    }

    /// The locale's name for itself, e.g. `Русский`, for language pickers.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let names: Vec<&str> = Catalog::global().locales().map(|l| l.name()).collect();
    /// assert!(names.contains(&"Русский") && names.contains(&"日本語"));
    /// ```
    pub fn name(self) -> &'a str {
        self.text(Key::LocaleName)
    }

    /// The writing direction of the locale's script.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, Direction};
    /// assert_eq!(Catalog::global().root().direction(), Direction::Ltr);
    /// ```
    pub fn direction(self) -> Direction {
        self.data.direction
    }

    /// Whether this is a pseudo-locale (`en-XA`, `ar-XB`) generated from English.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// assert!(Catalog::global().locales().all(|l| !l.is_pseudo()), "built only when asked for");
    /// ```
    pub fn is_pseudo(self) -> bool {
        self.data.pseudo
    }

    /// The localized name of a class, e.g. "Client Error", and its description.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusClass};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// assert_eq!(ru.class_title(StatusClass::ServerError), "Ошибка сервера");
    /// assert!(!ru.class_description(StatusClass::ServerError).is_empty());
    /// ```
    pub fn class_title(self, class: StatusClass) -> &'a str {
        self.text(Key::ClassTitle(class))
    }

    /// The localized description of a class.
    pub fn class_description(self, class: StatusClass) -> &'a str {
        self.text(Key::ClassDescription(class))
    }

    /// The localized title of a specification, e.g. "HTTP Semantics".
    ///
    /// ```
    /// use http_status_catalog::{Catalog, Spec};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// assert_eq!(ru.spec_title(Spec::Rfc9110), "Семантика HTTP");
    /// ```
    pub fn spec_title(self, spec: Spec) -> &'a str {
        self.text(Key::SpecTitle(spec))
    }

    /// The localized name of a lifecycle state.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, Lifecycle};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// assert_eq!(ru.lifecycle_name(Lifecycle::Deprecated), "Устаревший");
    /// ```
    pub fn lifecycle_name(self, lifecycle: Lifecycle) -> &'a str {
        self.text(Key::Lifecycle(lifecycle))
    }

    /// A label and its value as the locale writes them: "Class: 4xx", "类别：4xx".
    #[cfg_attr(not(any(feature = "docs", feature = "tools")), allow(dead_code))]
    pub(crate) fn label(self, label: &dyn fmt::Display, value: &dyn fmt::Display) -> String {
        let mut out = String::new();
        let pattern = self.text(Key::LabelValue);
        // Writing into a String cannot fail.
        let _ = keys::fill(&mut out, pattern, &[(keys::LABEL, label), (keys::VALUE, value)]);
        out
    }

    /// Items of a list joined as the locale joins them: "a; b; c", "a؛ b؛ c".
    #[cfg_attr(not(feature = "docs"), allow(dead_code))]
    pub(crate) fn join(self, items: &[&str]) -> String {
        let pattern = self.text(Key::ListPair);
        let mut items = items.iter();
        let mut out = items.next().map_or_else(String::new, |first| first.to_string());
        for item in items {
            let mut joined = String::new();
            let _ = keys::fill(&mut joined, pattern, &[(keys::FIRST, &out), (keys::SECOND, item)]);
            out = joined;
        }
        out
    }

    /// A word of the renderers (table headings, page labels).
    #[cfg_attr(not(any(feature = "docs", feature = "html")), allow(dead_code))]
    pub(crate) fn message(self, message: Message) -> &'a str {
        self.text(Key::Message(message))
    }
}

impl fmt::Debug for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Locale").field(&self.id().to_string()).finish()
    }
}

/// The locale's tag, e.g. `pt-BR`.
impl fmt::Display for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.id(), f)
    }
}

/// Two handles are equal when they are the same locale of the same catalog.
impl PartialEq for Locale<'_> {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.data, other.data)
    }
}

impl Eq for Locale<'_> {}
