//! Error types.

use core::fmt;

/// The longest piece of user input an error keeps, in bytes, so that hostile input cannot make
/// errors large.
const MAX_ECHO: usize = 64;

/// A number or name that is not a registered status code.
///
/// # Example
///
/// ```
/// use http_status_catalog::{ErrorKind, StatusCode};
///
/// let err = StatusCode::from_u16(700).unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::OutOfRange(700));
/// assert_eq!(err.to_string(), "700 is not an HTTP status code: codes range from 100 to 599");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidStatusCode {
    kind: ErrorKind,
}

/// What was wrong with a status code lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The number is outside 100-599.
    OutOfRange(u16),
    /// The number is reserved by the registry (306).
    Reserved(u16),
    /// The number is in 100-599 but not registered; it can still be described from its class.
    Unregistered(u16),
    /// The text is neither a number nor a known name (kept up to 64 bytes).
    UnknownName(String),
}

impl InvalidStatusCode {
    pub(crate) const fn out_of_range(code: u16) -> Self {
        InvalidStatusCode { kind: ErrorKind::OutOfRange(code) }
    }

    pub(crate) const fn reserved(code: u16) -> Self {
        InvalidStatusCode { kind: ErrorKind::Reserved(code) }
    }

    pub(crate) const fn unregistered(code: u16) -> Self {
        InvalidStatusCode { kind: ErrorKind::Unregistered(code) }
    }

    pub(crate) fn unknown_name(name: &str) -> Self {
        let mut end = name.len().min(MAX_ECHO);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        InvalidStatusCode { kind: ErrorKind::UnknownName(name[..end].to_string()) }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The number that was looked up, when it was a number.
    pub fn code(&self) -> Option<u16> {
        match self.kind {
            ErrorKind::OutOfRange(c) | ErrorKind::Reserved(c) | ErrorKind::Unregistered(c) => {
                Some(c)
            }
            ErrorKind::UnknownName(_) => None,
        }
    }
}

impl fmt::Display for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::OutOfRange(c) => {
                write!(f, "{c} is not an HTTP status code: codes range from 100 to 599")
            }
            ErrorKind::Reserved(c) => write!(f, "{c} is reserved in the IANA registry and unused"),
            ErrorKind::Unregistered(c) => {
                write!(f, "{c} is not a registered HTTP status code")
            }
            ErrorKind::UnknownName(name) => write!(
                f,
                "{:?} is neither a status code from 100 to 599 nor a known status name",
                name
            ),
        }
    }
}

impl std::error::Error for InvalidStatusCode {}
