//! A negotiated locale and the descriptions it gives.

use core::fmt;

use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::catalog::keys::{Key, Message, SECTION_PLACEHOLDER, SPEC_PLACEHOLDER};
use crate::catalog::{Catalog, LocaleData};
use crate::class::StatusClass;
use crate::error::InvalidStatusCode;
use crate::spec::{Reference, Spec};
use crate::status::{Lifecycle, StatusCode};

/// A locale of a [`Catalog`], chosen by negotiation: a cheap `Copy` handle.
///
/// Negotiate once per request (or once per process) and describe as many codes as needed; every
/// lookup is an index computation.
///
/// # Example
///
/// ```
/// use http_status_catalog::{Catalog, StatusCode};
///
/// let ru = Catalog::global().negotiate_tag("ru-RU");
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
    /// `index` is always one the catalog gave out, so indexing cannot fail.
    #[inline]
    pub(crate) fn new(catalog: &'a Catalog, index: usize) -> Locale<'a> {
        Locale { data: &catalog.locales[index] }
    }

    #[inline]
    fn data(self) -> &'a LocaleData {
        self.data
    }

    #[inline]
    pub(crate) fn text(self, key: Key) -> &'a str {
        &self.data().texts[key.index()]
    }

    /// The language tag of this locale, e.g. `ru`.
    #[inline]
    pub fn id(self) -> &'a LanguageIdentifier {
        &self.data().id
    }

    /// The writing direction of the locale's script.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, Direction};
    /// assert_eq!(Catalog::global().root().direction(), Direction::Ltr);
    /// ```
    pub fn direction(self) -> Direction {
        match self.id().character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Whether this is a pseudo-locale (`en-XA`, `ar-XB`) generated from English.
    pub fn is_pseudo(self) -> bool {
        self.data().pseudo
    }

    /// Whether this locale was loaded (at least in part) from a folder on disk.
    pub fn is_from_disk(self) -> bool {
        self.data().from_disk
    }

    /// How many of the catalog's messages this locale translates itself, and how many there are.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    /// let (own, total) = Catalog::global().root().coverage();
    /// assert_eq!(own, total);
    /// ```
    pub fn coverage(self) -> (usize, usize) {
        let translated = &self.data().translated;
        (translated.iter().filter(|&&t| t).count(), translated.len())
    }

    /// Describes a member in this locale.
    #[inline]
    pub fn describe(self, status: StatusCode) -> Description<'a> {
        Description {
            locale: self,
            code: status.as_u16(),
            status: Some(status),
            class: status.class(),
            title: self.text(Key::StatusTitle(status)),
            description: self.text(Key::StatusDescription(status)),
        }
    }

    /// Describes any code from 100 to 599. A registered code is described as by
    /// [`describe`](Locale::describe); any other is described from its class (RFC 9110,
    /// Section 15) and marked unregistered.
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
        let class = StatusClass::of(code).ok_or_else(|| InvalidStatusCode::out_of_range(code))?;
        Ok(Description {
            locale: self,
            code,
            status: None,
            class,
            title: self.class_title(class),
            description: self.class_description(class),
        })
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

    /// Any other message: table headings, CLI labels and the like.
    pub fn message(self, message: Message) -> &'a str {
        self.text(Key::Message(message))
    }

    /// A localized citation: `RFC 9110, Раздел 15.5.5` (`RFC 9110, 第 15.5.5 节` in Chinese),
    /// with the experimental marker in parentheses where the RFC is Experimental. The specification title is not included:
    /// see [`spec_title`](Locale::spec_title).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// let r = StatusCode::AlreadyReported.references()[0];
    /// assert_eq!(ru.cite(r).to_string(), "RFC 5842, Раздел 7.1 (Экспериментальный)");
    /// ```
    pub fn cite(self, reference: Reference) -> Citation<'a> {
        Citation { locale: self, reference }
    }
}

impl fmt::Debug for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Locale").field(&self.id().to_string()).finish()
    }
}

impl PartialEq for Locale<'_> {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.data, other.data)
    }
}

impl Eq for Locale<'_> {}

/// A localized citation of a [`Reference`]; see [`Locale::cite`].
#[derive(Clone, Copy, Debug)]
pub struct Citation<'a> {
    locale: Locale<'a>,
    reference: Reference,
}

impl fmt::Display for Citation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let spec = self.reference.spec();
        match self.reference.section() {
            Some(section) => {
                // The locale's pattern, e.g. "{ $spec }, Раздел { $section }", filled in.
                let pattern = self.locale.text(Key::Citation);
                for piece in pattern.split_inclusive([SPEC_PLACEHOLDER, SECTION_PLACEHOLDER]) {
                    if let Some(text) = piece.strip_suffix(SPEC_PLACEHOLDER) {
                        write!(f, "{text}{spec}")?;
                    } else if let Some(text) = piece.strip_suffix(SECTION_PLACEHOLDER) {
                        write!(f, "{text}{section}")?;
                    } else {
                        f.write_str(piece)?;
                    }
                }
            }
            None => write!(f, "{spec}")?,
        }
        if self.reference.is_experimental() {
            write!(f, " ({})", self.locale.message(Message::SpecExperimental))?;
        }
        Ok(())
    }
}

/// A status code described in one locale. Borrowed from the catalog: making one allocates
/// nothing.
///
/// # Example
///
/// ```
/// use http_status_catalog::{langid, StatusCode};
///
/// let d = StatusCode::NotFound.describe(&langid!("ru-RU"));
/// assert_eq!(d.title(), "Не найдено");
/// assert_eq!(d.phrase(), Some("Not Found"));
/// assert_eq!(d.locale().to_string(), "ru");
/// assert!(!d.description().is_empty());
/// ```
#[derive(Clone, Copy)]
pub struct Description<'a> {
    locale: Locale<'a>,
    code: u16,
    status: Option<StatusCode>,
    class: StatusClass,
    title: &'a str,
    description: &'a str,
}

impl<'a> Description<'a> {
    /// The numeric code.
    #[inline]
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The member, or `None` for an unregistered code described from its class.
    #[inline]
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// Whether the code is registered (a member of [`StatusCode`]).
    #[inline]
    pub fn is_registered(&self) -> bool {
        self.status.is_some()
    }

    /// The class of the code.
    #[inline]
    pub fn class(&self) -> StatusClass {
        self.class
    }

    /// The localized title, e.g. "Не найдено".
    #[inline]
    pub fn title(&self) -> &'a str {
        self.title
    }

    /// The localized long description: one or two plain sentences.
    #[inline]
    pub fn description(&self) -> &'a str {
        self.description
    }

    /// The canonical English wire phrase, never translated; `None` for an unregistered code.
    #[inline]
    pub fn phrase(&self) -> Option<&'static str> {
        self.status.map(StatusCode::phrase)
    }

    /// The language tag of the locale actually used, e.g. `ru` for a request of `ru-RU`.
    #[inline]
    pub fn locale(&self) -> &'a LanguageIdentifier {
        self.locale.id()
    }

    /// The locale handle, for further lookups (class names, labels) in the same language.
    #[inline]
    pub fn locale_handle(&self) -> Locale<'a> {
        self.locale
    }

    /// The localized name of the code's class.
    pub fn class_title(&self) -> &'a str {
        self.locale.class_title(self.class)
    }

    /// The specification references (empty for an unregistered code).
    pub fn references(&self) -> &'static [Reference] {
        self.status.map_or(&[], StatusCode::references)
    }

    /// The lifecycle state (`None` for an unregistered code).
    pub fn lifecycle(&self) -> Option<Lifecycle> {
        self.status.map(StatusCode::lifecycle)
    }

    /// Whether the title comes from the locale itself rather than from a fallback.
    pub fn is_translated(&self) -> bool {
        let key = match self.status {
            Some(status) => Key::StatusTitle(status),
            None => Key::ClassTitle(self.class),
        };
        self.locale.data().translated[key.index()]
    }
}

impl fmt::Debug for Description<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Description")
            .field("code", &self.code)
            .field("registered", &self.is_registered())
            .field("locale", &self.locale().to_string())
            .field("title", &self.title)
            .field("description", &self.description)
            .finish()
    }
}

/// `404 Не найдено`: the code and the localized title.
impl fmt::Display for Description<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.title)
    }
}
