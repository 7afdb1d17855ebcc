//! Text lookups on [`StatusCode`] that go through the embedded catalog.

use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::locale::Description;
use crate::status::StatusCode;

impl StatusCode {
    /// The canonical English wire phrase, e.g. `"Not Found"` (Python's `.phrase`).
    ///
    /// It comes from the embedded `locales/wire.ftl` and is never translated: it is what an
    /// HTTP/1.1 status line carries.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::ImATeapot.phrase(), "I'm a Teapot");
    /// ```
    #[inline]
    pub fn phrase(self) -> &'static str {
        crate::wire::phrase(self)
    }

    /// The English long description (Python's `.description`, but more useful).
    pub fn description(self) -> &'static str {
        Catalog::global().root().describe(self).description()
    }

    /// Describes the code in the best embedded locale for `lang`: exact match, then the
    /// language without region or script (`ru-RU` → `ru`), then English.
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
        Catalog::global().describe(self, lang)
    }
}
