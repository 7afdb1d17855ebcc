//! Turning a status into a `Result`, as `response.raise_for_status()` does in Python.

use core::fmt;

use crate::status::StatusCode;

impl StatusCode {
    /// `Ok` for 1xx, 2xx and 3xx; `Err(StatusError)` for 4xx and 5xx.
    ///
    /// # Errors
    ///
    /// [`StatusError`] when the status is a client or server error.
    ///
    /// # Example
    ///
    /// ```
    /// use http_status_catalog::{langid, StatusCode};
    ///
    /// assert!(StatusCode::Ok.error_for_status().is_ok());
    /// let err = StatusCode::NotFound.error_for_status().unwrap_err();
    /// assert_eq!(err.to_string(), "404 Not Found");
    /// assert_eq!(err.status().describe(&langid!("fr")).title(), "Introuvable");
    /// ```
    pub fn error_for_status(self) -> Result<StatusCode, StatusError> {
        if self.is_error() {
            Err(StatusError { status: self })
        } else {
            Ok(self)
        }
    }
}

/// A client or server error status, as an error value.
///
/// It displays the English wire form (`404 Not Found`), fit for logs; its
/// [`status`](StatusError::status) describes itself in any locale for the person who sees the
/// error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StatusError {
    status: StatusCode,
}

impl StatusError {
    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.status, f)
    }
}

impl std::error::Error for StatusError {}
