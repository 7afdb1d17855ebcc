//! A status code described in one locale.

use core::fmt;

use unic_langid::LanguageIdentifier;

use crate::catalog::keys::Key;
use crate::catalog::locale::Locale;
use crate::catalog::Catalog;
use crate::class::StatusClass;
use crate::error::{ErrorKind, InvalidStatusCode};
use crate::spec::Reference;
use crate::status::{Lifecycle, StatusCode};

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
/// assert!(d.description().starts_with("По этому адресу"));
/// ```
#[derive(Clone, Copy)]
pub struct Description<'a> {
    locale: Locale<'a>,
    code: u16,
    status: Option<StatusCode>,
    title: &'a str,
    description: &'a str,
}

impl StatusCode {
    /// Describes the code in the best embedded locale for `lang`: the same tag, the same
    /// language with likely subtags (`ru-RU` → `ru`, `zh-HK` → `zh-TW`), else English. See
    /// [`Catalog::best_match`] for the steps.
    ///
    /// In a server, negotiate once per request with
    /// [`Catalog::negotiate_accept_language`] and describe through the [`Locale`]; this call
    /// costs about as much as `http::StatusCode::canonical_reason()` for the common tags.
    ///
    /// ```
    /// use http_status_catalog::{langid, StatusCode};
    ///
    /// let d = StatusCode::InternalServerError.describe(&langid!("ru"));
    /// assert_eq!(d.title(), "Внутренняя ошибка сервера");
    /// let d = StatusCode::InternalServerError.describe(&langid!("tlh"));
    /// assert_eq!(d.locale().to_string(), "en");
    /// ```
    #[inline]
    pub fn describe(self, lang: &LanguageIdentifier) -> Description<'static> {
        Catalog::global().negotiate(lang).describe(self)
    }
}

impl<'a> Locale<'a> {
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
}

impl<'a> Description<'a> {
    #[inline]
    pub(crate) fn registered(locale: Locale<'a>, status: StatusCode) -> Description<'a> {
        Description {
            locale,
            code: status.as_u16(),
            status: Some(status),
            title: locale.text(Key::StatusTitle(status)),
            description: locale.text(Key::StatusDescription(status)),
        }
    }

    pub(crate) fn unregistered(
        locale: Locale<'a>,
        code: u16,
        class: StatusClass,
    ) -> Description<'a> {
        Description {
            locale,
            code,
            status: None,
            title: locale.class_title(class),
            description: locale.class_description(class),
        }
    }

    /// The numeric code.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusClass, StatusCode};
    ///
    /// let en = Catalog::global().root();
    /// let d = en.describe(StatusCode::TooManyRequests);
    /// assert_eq!(d.code(), 429);
    /// assert_eq!(d.status(), Some(StatusCode::TooManyRequests));
    /// assert!(d.is_registered());
    /// assert_eq!(d.class(), StatusClass::ClientError);
    ///
    /// let d = en.describe_code(299)?;
    /// assert_eq!((d.code(), d.status(), d.class()), (299, None, StatusClass::Success));
    /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
    /// ```
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
        match StatusClass::of(self.code) {
            Some(class) => class,
            None => unreachable!("a description is only ever made for a code in 100-599"),
        }
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

    /// What an error page tells a visitor who is not a developer, for a client or server error
    /// (`None` for 1xx to 3xx): a short sentence that leads the page, e.g. "We couldn't find the
    /// page you were looking for." An unregistered error code gets its class's.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let en = Catalog::global().root();
    /// let d = en.describe(StatusCode::NotFound);
    /// assert_eq!(d.visitor_text(), Some("We couldn't find the page you were looking for."));
    /// assert!(d.visitor_action().is_some_and(|a| a.contains("home page")));
    /// assert_eq!(en.describe(StatusCode::Ok).visitor_text(), None);
    /// assert!(en.describe_code(499)?.visitor_text().is_some());
    /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
    /// ```
    pub fn visitor_text(&self) -> Option<&'a str> {
        self.visitor(Key::VisitorText, Key::ClassVisitorText)
    }

    /// The action an error page suggests to a visitor (go back, check the address, sign in,
    /// try again later), for a client or server error; `None` for 1xx to 3xx.
    pub fn visitor_action(&self) -> Option<&'a str> {
        self.visitor(Key::VisitorAction, Key::ClassVisitorAction)
    }

    fn visitor(
        &self,
        registered: fn(StatusCode) -> Key,
        unregistered: fn(StatusClass) -> Key,
    ) -> Option<&'a str> {
        let class = self.class();
        if !matches!(class, StatusClass::ClientError | StatusClass::ServerError) {
            return None;
        }
        Some(self.locale.text(match self.status {
            Some(status) => registered(status),
            None => unregistered(class),
        }))
    }

    /// Whether an error page should offer to load the page again: the error may pass by itself
    /// (408 Request Timeout, 425 Too Early, 429 Too Many Requests and every server error).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    /// let en = Catalog::global().root();
    /// assert!(en.describe(StatusCode::ServiceUnavailable).is_retryable());
    /// assert!(!en.describe(StatusCode::NotFound).is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        matches!(self.code, 408 | 425 | 429) || self.class() == StatusClass::ServerError
    }

    /// The canonical English wire phrase, never translated; `None` for an unregistered code.
    #[inline]
    pub fn phrase(&self) -> Option<&'static str> {
        self.status.map(StatusCode::phrase)
    }

    /// The locale actually used, e.g. `ru` for a request of `ru-RU`, for further lookups in the
    /// same language.
    #[inline]
    pub fn locale(&self) -> Locale<'a> {
        self.locale
    }

    /// The localized name of the code's class.
    ///
    /// ```
    /// use http_status_catalog::{langid, StatusCode};
    ///
    /// assert_eq!(StatusCode::Gone.describe(&langid!("en")).class_title(), "Client Error");
    /// assert_eq!(StatusCode::Gone.describe(&langid!("de")).class_title(), "Clientfehler");
    /// ```
    pub fn class_title(&self) -> &'a str {
        self.locale.class_title(self.class())
    }

    /// The specification references (empty for an unregistered code).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let en = Catalog::global().root();
    /// let refs = en.describe(StatusCode::NotFound).references();
    /// assert_eq!((refs[0].spec().to_string(), refs[0].section()), ("RFC 9110".into(), Some("15.5.5")));
    /// assert!(en.describe_code(299)?.references().is_empty());
    /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
    /// ```
    pub fn references(&self) -> &'static [Reference] {
        self.status.map_or(&[], StatusCode::references)
    }

    /// The lifecycle state (`None` for an unregistered code).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, Lifecycle, StatusCode};
    ///
    /// let en = Catalog::global().root();
    /// assert_eq!(en.describe(StatusCode::Ok).lifecycle(), Some(Lifecycle::Standard));
    /// assert_eq!(en.describe(StatusCode::ImATeapot).lifecycle(), Some(Lifecycle::Reserved));
    /// ```
    pub fn lifecycle(&self) -> Option<Lifecycle> {
        self.status.map(StatusCode::lifecycle)
    }

    /// Whether the title comes from the locale itself rather than from a fallback.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let catalog = Catalog::builder()
    ///     .locale_file("ga", "status.ftl", "status-404-title = Gan aimsiú\n")
    ///     .build();
    /// let ga = catalog.negotiate_tag("ga");
    /// assert!(ga.describe(StatusCode::NotFound).is_translated());
    /// assert!(!ga.describe(StatusCode::Gone).is_translated(), "English stands in");
    /// ```
    pub fn is_translated(&self) -> bool {
        let key = match self.status {
            Some(status) => Key::StatusTitle(status),
            None => Key::ClassTitle(self.class()),
        };
        self.locale.is_translated(key)
    }
}

impl fmt::Debug for Description<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Description")
            .field("code", &self.code)
            .field("registered", &self.is_registered())
            .field("locale", &self.locale.to_string())
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
