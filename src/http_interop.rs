//! Interoperability with the `http` crate (feature `http`), the status type of hyper, axum,
//! actix-web and reqwest.

use unic_langid::LanguageIdentifier;

use crate::catalog::locale::Locale;
use crate::catalog::Catalog;
use crate::describe::Description;
use crate::error::InvalidStatusCode;
use crate::status::StatusCode;

impl From<StatusCode> for http::StatusCode {
    fn from(status: StatusCode) -> http::StatusCode {
        http::StatusCode::from_u16(status.as_u16())
            .expect("every member lies in 100-599, which `http` accepts")
    }
}

impl TryFrom<http::StatusCode> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(status: http::StatusCode) -> Result<StatusCode, InvalidStatusCode> {
        StatusCode::from_u16(status.as_u16())
    }
}

impl PartialEq<http::StatusCode> for StatusCode {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

/// Describes an [`http::StatusCode`] directly, including codes the registry does not know.
///
/// # Example
///
/// ```
/// use http_status_catalog::{langid, HttpStatusExt};
///
/// let d = http::StatusCode::NOT_FOUND.describe(&langid!("de"))?;
/// assert_eq!(d.title(), "Nicht gefunden");
///
/// // An unregistered code is described from its class and marked so.
/// let d = http::StatusCode::from_u16(299).unwrap().describe(&langid!("en"))?;
/// assert!(!d.is_registered());
/// assert_eq!(d.title(), "Success");
///
/// // `http` accepts 600-999, which are not HTTP status codes at all.
/// assert!(http::StatusCode::from_u16(799).unwrap().describe(&langid!("en")).is_err());
/// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
/// ```
pub trait HttpStatusExt {
    /// Describes the code in the best embedded locale for `lang`.
    ///
    /// # Errors
    ///
    /// [`InvalidStatusCode`] for a code outside 100-599.
    fn describe(
        &self,
        lang: &LanguageIdentifier,
    ) -> Result<Description<'static>, InvalidStatusCode>;

    /// Describes the code in an already negotiated locale.
    ///
    /// # Errors
    ///
    /// [`InvalidStatusCode`] for a code outside 100-599.
    fn describe_in<'a>(&self, locale: Locale<'a>) -> Result<Description<'a>, InvalidStatusCode>;
}

impl HttpStatusExt for http::StatusCode {
    fn describe(
        &self,
        lang: &LanguageIdentifier,
    ) -> Result<Description<'static>, InvalidStatusCode> {
        Catalog::global().negotiate(lang).describe_code(self.as_u16())
    }

    fn describe_in<'a>(&self, locale: Locale<'a>) -> Result<Description<'a>, InvalidStatusCode> {
        locale.describe_code(self.as_u16())
    }
}
