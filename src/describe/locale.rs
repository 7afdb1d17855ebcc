//! A negotiated locale: a cheap handle on one locale of a catalog.

use core::fmt;

use unic_langid::LanguageIdentifier;

use super::{Citation, Description};
use crate::catalog::keys::{self, Key, Message};
use crate::catalog::LocaleData;
use crate::class::StatusClass;
use crate::error::{ErrorKind, InvalidStatusCode};
use crate::spec::{Reference, Spec};
use crate::status::{Lifecycle, StatusCode};

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

    #[inline]
    pub(crate) fn text(self, key: Key) -> &'a str {
        &self.data.texts[key.index()]
    }

    #[inline]
    pub(crate) fn is_translated(self, key: Key) -> bool {
        self.data.translated.get(key.index()).copied().unwrap_or(false)
    }

    /// The language tag of this locale, e.g. `ru`.
    #[inline]
    pub fn id(self) -> &'a LanguageIdentifier {
        &self.data.id
    }

    /// The locale's name for itself, e.g. `Русский`, for language pickers.
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
    pub fn is_pseudo(self) -> bool {
        self.data.pseudo
    }

    /// Describes a member in this locale.
    #[inline]
    pub fn describe(self, status: StatusCode) -> Description<'a> {
        Description::registered(self, status)
    }

    /// Describes any code from 100 to 599. A registered code is described as by
    /// [`describe`](Locale::describe); any other (the reserved 306 included) is described from
    /// its class, as RFC 9110, Section 15 tells clients to treat it.
    ///
    /// # Errors
    ///
    /// [`InvalidStatusCode`] when `code` is outside 100-599.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let en = Catalog::global().root();
    /// let d = en.describe_code(299)?;
    /// assert!(!d.is_registered());
    /// assert_eq!(d.title(), "Success");
    /// assert!(en.describe_code(600).is_err());
    /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
    /// ```
    pub fn describe_code(self, code: u16) -> Result<Description<'a>, InvalidStatusCode> {
        if let Ok(status) = StatusCode::from_u16(code) {
            return Ok(self.describe(status));
        }
        let class =
            StatusClass::of(code).ok_or(InvalidStatusCode::number(ErrorKind::OutOfRange, code))?;
        Ok(Description::unregistered(self, code, class))
    }

    /// The localized name of a class, e.g. "Client Error".
    pub fn class_title(self, class: StatusClass) -> &'a str {
        self.text(Key::ClassTitle(class))
    }

    /// The localized description of a class.
    pub fn class_description(self, class: StatusClass) -> &'a str {
        self.text(Key::ClassDescription(class))
    }

    /// The localized title of a specification, e.g. "HTTP Semantics".
    pub fn spec_title(self, spec: Spec) -> &'a str {
        self.text(Key::SpecTitle(spec))
    }

    /// The localized name of a lifecycle state.
    pub fn lifecycle_name(self, lifecycle: Lifecycle) -> &'a str {
        self.text(Key::Lifecycle(lifecycle))
    }

    /// A localized citation: `RFC 9110, Раздел 15.5.5` (`RFC 9110 第 15.5.5 节` in Chinese),
    /// with the experimental marker in parentheses where the RFC is Experimental. The
    /// specification's title is not included: see [`spec_title`](Locale::spec_title).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// let r = StatusCode::AlreadyReported.references()[0];
    /// assert_eq!(ru.cite(r).to_string(), "RFC 5842, Раздел 7.1 (Экспериментальный)");
    /// ```
    pub fn cite(self, reference: Reference) -> Citation<'a> {
        Citation::new(self, reference)
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
