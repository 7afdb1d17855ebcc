//! The error of a status code lookup.

use core::fmt;

/// The longest piece of user input an error keeps, in bytes, so that hostile input cannot make
/// errors large.
const MAX_ECHO: usize = 64;

/// A number or name that is not a registered status code.
///
/// Its [`kind`](InvalidStatusCode::kind) says why; for a name, it may carry a
/// [`suggestion`](InvalidStatusCode::suggestion) of the member that was probably meant.
///
/// # Example
///
/// ```
/// use http_status_catalog::{ErrorKind, StatusCode};
///
/// let err = StatusCode::from_u16(700).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::OutOfRange);
/// assert_eq!(err.to_string(), "700 is not an HTTP status code: codes range from 100 to 599");
///
/// let err = "teapot".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.suggestion(), Some(StatusCode::ImATeapot));
/// assert_eq!(
///     err.to_string(),
///     "\"teapot\" is neither a status code from 100 to 599 nor a known status name; \
///      did you mean IM_A_TEAPOT?"
/// );
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct InvalidStatusCode {
    kind: ErrorKind,
    /// The number looked up, when it was one that fits in a `u16`.
    code: Option<u16>,
    /// The text looked up, when the lookup was by text (at most [`MAX_ECHO`] bytes).
    input: Option<Box<str>>,
    /// The code and name of the member probably meant, for an unknown name.
    pub(crate) suggested: Option<(u16, &'static str)>,
}

/// Why a lookup failed.
///
/// ```
/// use http_status_catalog::{ErrorKind, StatusCode};
///
/// assert_eq!(StatusCode::from_u16(306).unwrap_err().kind(), ErrorKind::Reserved);
/// assert_eq!(StatusCode::from_u16(299).unwrap_err().kind(), ErrorKind::Unregistered);
/// assert_eq!("70000".parse::<StatusCode>().unwrap_err().kind(), ErrorKind::OutOfRange);
/// assert_eq!("nope".parse::<StatusCode>().unwrap_err().kind(), ErrorKind::UnknownName);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The number is outside 100-599.
    OutOfRange,
    /// The number is reserved by the registry (306); it can still be described from its class.
    Reserved,
    /// The number is in 100-599 but not registered; it can still be described from its class.
    Unregistered,
    /// The text is neither a number nor a known name.
    UnknownName,
}

impl InvalidStatusCode {
    pub(crate) const fn number(kind: ErrorKind, code: u16) -> Self {
        InvalidStatusCode { kind, code: Some(code), input: None, suggested: None }
    }

    /// A number written as text that does not fit in a `u16`.
    pub(crate) fn huge_number(text: &str) -> Self {
        InvalidStatusCode {
            kind: ErrorKind::OutOfRange,
            code: None,
            input: Some(echo(text)),
            suggested: None,
        }
    }

    /// A name that is not a member's; `suggested` is the code and name of the closest one.
    pub(crate) fn unknown_name(name: &str, suggested: Option<(u16, &'static str)>) -> Self {
        InvalidStatusCode {
            kind: ErrorKind::UnknownName,
            code: None,
            input: Some(echo(name)),
            suggested,
        }
    }

    /// Why the lookup failed.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The number that was looked up, when it was a number that fits in a `u16`.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::from_u16(299).unwrap_err().code(), Some(299));
    /// assert_eq!("99999999".parse::<StatusCode>().unwrap_err().code(), None);
    /// ```
    pub fn code(&self) -> Option<u16> {
        self.code
    }

    /// The text that was looked up, shortened to a few hundred bytes, when the lookup was by
    /// text.
    #[cfg(feature = "tools")]
    pub(crate) fn input(&self) -> Option<&str> {
        self.input.as_deref()
    }
}

fn echo(text: &str) -> Box<str> {
    crate::sanitize::truncate(text, MAX_ECHO).into()
}

impl fmt::Debug for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InvalidStatusCode")
            .field("kind", &self.kind)
            .field("code", &self.code)
            .field("input", &self.input)
            .field("suggested", &self.suggested)
            .finish()
    }
}

impl fmt::Display for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = self.input.as_deref().unwrap_or_default();
        match (self.kind, self.code) {
            (ErrorKind::OutOfRange, Some(code)) => {
                write!(f, "{code} is not an HTTP status code: codes range from 100 to 599")
            }
            (ErrorKind::OutOfRange, None) => {
                write!(f, "{input} is not an HTTP status code: codes range from 100 to 599")
            }
            (ErrorKind::Reserved, code) => write!(
                f,
                "{} is reserved in the IANA registry and unused",
                code.unwrap_or_default()
            ),
            (ErrorKind::Unregistered, code) => {
                write!(f, "{} is not a registered HTTP status code", code.unwrap_or_default())
            }
            (ErrorKind::UnknownName, _) => {
                write!(
                    f,
                    "{input:?} is neither a status code from 100 to 599 nor a known status name"
                )?;
                match self.suggested {
                    Some((_, name)) => write!(f, "; did you mean {name}?"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl std::error::Error for InvalidStatusCode {}
