//! Status code classes: the first digit of a code (RFC 9110, Section 15).

use core::fmt;

/// The class of a status code, given by its first digit.
///
/// RFC 9110, Section 15: a client must understand the class of any status code and treat an
/// unrecognized code as the `x00` code of its class.
///
/// # Example
///
/// ```
/// use http_status_catalog::StatusClass;
///
/// assert_eq!(StatusClass::of(299), Some(StatusClass::Success));
/// assert_eq!(StatusClass::of(600), None);
/// assert_eq!(StatusClass::ClientError.as_str(), "4xx");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusClass {
    /// 1xx: the request was received and processing continues.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: further action is needed to complete the request.
    Redirection,
    /// 4xx: the request contains bad syntax or cannot be fulfilled.
    ClientError,
    /// 5xx: the server failed to fulfil an apparently valid request.
    ServerError,
}

impl StatusClass {
    /// The five classes, in order.
    pub const ALL: [StatusClass; 5] = [
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class of `code`, or `None` outside 100-599.
    ///
    /// ```
    /// use http_status_catalog::StatusClass;
    ///
    /// let class = StatusClass::of(451).unwrap();
    /// assert_eq!(class, StatusClass::ClientError);
    /// assert_eq!((class.digit(), class.base(), class.as_str()), (4, 400, "4xx"));
    /// assert_eq!(StatusClass::of(600), None);
    /// ```
    #[inline]
    pub const fn of(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Success),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    /// The first digit: 1 to 5.
    pub const fn digit(self) -> u8 {
        self as u8 + 1
    }

    /// The `x00` code of the class, e.g. 400 for client errors.
    pub const fn base(self) -> u16 {
        self.digit() as u16 * 100
    }

    /// `"1xx"` to `"5xx"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            StatusClass::Informational => "1xx",
            StatusClass::Success => "2xx",
            StatusClass::Redirection => "3xx",
            StatusClass::ClientError => "4xx",
            StatusClass::ServerError => "5xx",
        }
    }

    /// The position of the class in [`StatusClass::ALL`].
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

/// Parses `"4xx"` (any case) or the class digit alone, `"4"`.
///
/// ```
/// use http_status_catalog::StatusClass;
/// assert_eq!("4xx".parse(), Ok(StatusClass::ClientError));
/// assert_eq!("5XX".parse(), Ok(StatusClass::ServerError));
/// assert!("6xx".parse::<StatusClass>().is_err());
/// ```
impl core::str::FromStr for StatusClass {
    type Err = InvalidStatusClass;

    fn from_str(s: &str) -> Result<StatusClass, InvalidStatusClass> {
        let s = s.trim();
        let digit = match s.as_bytes() {
            [d] => Some(*d),
            [d, x1, x2] if x1.eq_ignore_ascii_case(&b'x') && x2.eq_ignore_ascii_case(&b'x') => {
                Some(*d)
            }
            _ => None,
        };
        StatusClass::ALL
            .iter()
            .copied()
            .find(|class| Some(b'0' + class.digit()) == digit)
            .ok_or(InvalidStatusClass(()))
    }
}

/// Text that is not a status class (`1xx` to `5xx`).
///
/// ```
/// use http_status_catalog::StatusClass;
///
/// let err = "6xx".parse::<StatusClass>().unwrap_err();
/// assert_eq!(err.to_string(), "not a status class: write 1xx, 2xx, 3xx, 4xx or 5xx");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidStatusClass(());

impl fmt::Display for InvalidStatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a status class: write 1xx, 2xx, 3xx, 4xx or 5xx")
    }
}

impl std::error::Error for InvalidStatusClass {}

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
