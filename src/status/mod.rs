//! The status table: every registered HTTP status code and the facts about it.
//!
//! The table at the bottom of this file is the single source of truth for codes, enum names,
//! aliases, specification references, lifecycle and RFC 9110 semantics. Everything else in this
//! module (lookups, predicates, iteration) is generated from it. Human text (wire phrases, titles,
//! descriptions) is not here: it lives in the Fluent files under `locales/`.

use core::fmt;

mod names;

use crate::class::StatusClass;
use crate::error::{ErrorKind, InvalidStatusCode};
use crate::spec::{Reference, Spec};

/// Where a status code stands in its life, as far as the registry and its specification say.
///
/// # Example
///
/// ```
/// use http_status_catalog::{Lifecycle, StatusCode};
///
/// assert_eq!(StatusCode::NotFound.lifecycle(), Lifecycle::Standard);
/// assert_eq!(StatusCode::UseProxy.lifecycle(), Lifecycle::Deprecated);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lifecycle {
    /// Defined by a standards-track specification and in ordinary use.
    Standard,
    /// Defined by an Experimental RFC.
    Experimental,
    /// A temporary (provisional) registration, for example for an Internet-Draft.
    Provisional,
    /// Still registered, but its use is discouraged or it was removed from its specification.
    Deprecated,
    /// Its specification was obsoleted or moved to Historic.
    Obsoleted,
    /// Reserved by the registry; kept as a member because it is widely known.
    Reserved,
}

impl Lifecycle {
    /// Every lifecycle state, in declaration order.
    pub const ALL: [Lifecycle; 6] = [
        Lifecycle::Standard,
        Lifecycle::Experimental,
        Lifecycle::Provisional,
        Lifecycle::Deprecated,
        Lifecycle::Obsoleted,
        Lifecycle::Reserved,
    ];

    /// A stable lower-case identifier, e.g. `"provisional"`; used in JSON and message ids.
    ///
    /// ```
    /// use http_status_catalog::Lifecycle;
    /// assert_eq!(Lifecycle::Obsoleted.as_str(), "obsoleted");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Lifecycle::Standard => "standard",
            Lifecycle::Experimental => "experimental",
            Lifecycle::Provisional => "provisional",
            Lifecycle::Deprecated => "deprecated",
            Lifecycle::Obsoleted => "obsoleted",
            Lifecycle::Reserved => "reserved",
        }
    }
}

impl fmt::Display for Lifecycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One row of the status table.
struct Entry {
    /// The code as text, e.g. `"404"`.
    text: &'static str,
    class: StatusClass,
    name: &'static str,
    aliases: &'static [&'static str],
    references: &'static [Reference],
    lifecycle: Lifecycle,
    cacheable: bool,
    no_content: bool,
}

// Row semantics flags, named so that the table reads as prose.
const CACHEABLE: (bool, bool) = (true, false);
const NO_CONTENT: (bool, bool) = (false, true);
const CACHEABLE_NO_CONTENT: (bool, bool) = (true, true);
const PLAIN: (bool, bool) = (false, false);

macro_rules! status_table {
    ($(
        $(#[$doc:meta])*
        $code:literal $variant:ident $name:literal [$($alias:literal),*]
            [$($spec:ident $($section:literal)?),+] $lifecycle:ident $flags:ident;
    )+) => {
        /// A registered HTTP status code.
        ///
        /// Every code in the IANA HTTP Status Code Registry is a member, in numeric order, except
        /// the reserved `306`, which lookups report as reserved. The enum holds no text: phrases,
        /// titles and descriptions come from the embedded Fluent locales.
        ///
        /// # Example
        ///
        /// ```
        /// use http_status_catalog::StatusCode;
        ///
        /// let s = StatusCode::from_u16(404)?;
        /// assert_eq!(s, 404);
        /// assert_eq!(s.name(), "NOT_FOUND");
        /// assert_eq!(s.phrase(), "Not Found");
        /// assert!(s.is_client_error());
        /// assert_eq!(s.to_string(), "404 Not Found");
        /// assert_eq!("not_found".parse::<StatusCode>()?, s);
        /// assert_eq!(format!("{s:?}"), "NotFound");
        /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        #[non_exhaustive]
        pub enum StatusCode {
            $(
                $(#[$doc])*
                #[doc(alias = $name)]
                $( #[doc(alias = $alias)] )*
                $variant = $code,
            )+
        }

        // Ordinals of the variants, so that a member's row is found by indexing, not searching.
        #[allow(non_camel_case_types, dead_code)]
        #[repr(usize)]
        enum Ordinal { $( $variant, )+ }

        static TABLE: &[Entry] = &[ $(
            Entry {
                text: stringify!($code),
                class: member_class($code),
                name: $name,
                aliases: &[$($alias),*],
                references: &[$( Reference::new(Spec::$spec, status_table!(@section $($section)?)) ),+],
                lifecycle: Lifecycle::$lifecycle,
                cacheable: $flags.0,
                no_content: $flags.1,
            },
        )+ ];

        impl StatusCode {
            /// Every member, in numeric order (like `list(HTTPStatus)` in Python).
            pub const ALL: &'static [StatusCode] = &[ $( StatusCode::$variant, )+ ];

            /// Looks up a registered code.
            ///
            /// # Errors
            ///
            /// [`InvalidStatusCode`] when `code` is outside 100-599, reserved (306) or not
            /// registered; its [`kind`](InvalidStatusCode::kind) says which.
            ///
            /// ```
            /// use http_status_catalog::{ErrorKind, StatusCode};
            ///
            /// assert_eq!(StatusCode::from_u16(429)?, StatusCode::TooManyRequests);
            /// assert_eq!(StatusCode::from_u16(306).unwrap_err().kind(), ErrorKind::Reserved);
            /// assert_eq!(StatusCode::from_u16(299).unwrap_err().kind(), ErrorKind::Unregistered);
            /// assert_eq!(StatusCode::from_u16(600).unwrap_err().kind(), ErrorKind::OutOfRange);
            /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
            /// ```
            pub const fn from_u16(code: u16) -> Result<StatusCode, InvalidStatusCode> {
                match code {
                    $( $code => Ok(StatusCode::$variant), )+
                    306 => Err(InvalidStatusCode::number(ErrorKind::Reserved, code)),
                    100..=599 => Err(InvalidStatusCode::number(ErrorKind::Unregistered, code)),
                    _ => Err(InvalidStatusCode::number(ErrorKind::OutOfRange, code)),
                }
            }

            /// The position of this member in [`StatusCode::ALL`], for tables indexed by member.
            #[inline]
            pub(crate) const fn index(self) -> usize {
                // A table lookup: a `match` over 63 sparse values compiles to a chain of
                // comparisons, and this is on the hot path of every description. The masks
                // change nothing for a member, but let the compiler see that every index
                // below is in bounds.
                let offset = (self as u16).wrapping_sub(FIRST_CODE) as usize & 511;
                (ORDINALS[offset] & 63) as usize
            }
        }

        const FIRST_CODE: u16 = 100;
        const _: () = assert!(StatusCode::ALL.len() <= 64, "ordinals are masked to six bits");

        /// The ordinal of each member, indexed by `code - 100`.
        static ORDINALS: [u8; 512] = {
            let mut table = [u8::MAX; 512];
            $( table[($code - FIRST_CODE) as usize] = Ordinal::$variant as u8; )+
            table
        };
    };
    (@section $section:literal) => { Some($section) };
    (@section) => { None };
}

status_table! {
    // 1xx Informational
    /// `100`: [RFC 9110, Section 15.2.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1).
    100 Continue "CONTINUE" [] [Rfc9110 "15.2.1"] Standard NO_CONTENT;
    /// `101`: [RFC 9110, Section 15.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2).
    101 SwitchingProtocols "SWITCHING_PROTOCOLS" [] [Rfc9110 "15.2.2"] Standard NO_CONTENT;
    /// `102`: [RFC 2518, Section 10.1](https://www.rfc-editor.org/rfc/rfc2518#section-10.1);
    /// removed from WebDAV by RFC 4918.
    102 Processing "PROCESSING" [] [Rfc2518 "10.1"] Deprecated NO_CONTENT;
    /// `103`: [RFC 8297, Section 2](https://www.rfc-editor.org/rfc/rfc8297#section-2) (Experimental).
    103 EarlyHints "EARLY_HINTS" [] [Rfc8297 "2"] Experimental NO_CONTENT;
    /// `104`: a temporary registration for the resumable uploads Internet-Draft
    /// (draft-ietf-httpbis-resumable-upload).
    104 UploadResumptionSupported "UPLOAD_RESUMPTION_SUPPORTED" [] [DraftResumableUpload]
        Provisional NO_CONTENT;

    // 2xx Success
    /// `200`: [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1).
    200 Ok "OK" [] [Rfc9110 "15.3.1"] Standard CACHEABLE;
    /// `201`: [RFC 9110, Section 15.3.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2).
    201 Created "CREATED" [] [Rfc9110 "15.3.2"] Standard PLAIN;
    /// `202`: [RFC 9110, Section 15.3.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3).
    202 Accepted "ACCEPTED" [] [Rfc9110 "15.3.3"] Standard PLAIN;
    /// `203`: [RFC 9110, Section 15.3.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4).
    203 NonAuthoritativeInformation "NON_AUTHORITATIVE_INFORMATION" [] [Rfc9110 "15.3.4"]
        Standard CACHEABLE;
    /// `204`: [RFC 9110, Section 15.3.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5).
    204 NoContent "NO_CONTENT" [] [Rfc9110 "15.3.5"] Standard CACHEABLE_NO_CONTENT;
    /// `205`: [RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6).
    205 ResetContent "RESET_CONTENT" [] [Rfc9110 "15.3.6"] Standard NO_CONTENT;
    /// `206`: [RFC 9110, Section 15.3.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7).
    206 PartialContent "PARTIAL_CONTENT" [] [Rfc9110 "15.3.7"] Standard CACHEABLE;
    /// `207`: [RFC 4918, Section 11.1](https://www.rfc-editor.org/rfc/rfc4918#section-11.1).
    207 MultiStatus "MULTI_STATUS" [] [Rfc4918 "11.1"] Standard PLAIN;
    /// `208`: [RFC 5842, Section 7.1](https://www.rfc-editor.org/rfc/rfc5842#section-7.1) (Experimental).
    208 AlreadyReported "ALREADY_REPORTED" [] [Rfc5842 "7.1"] Experimental PLAIN;
    /// `226`: [RFC 3229, Section 10.4.1](https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1).
    226 ImUsed "IM_USED" [] [Rfc3229 "10.4.1"] Standard PLAIN;

    // 3xx Redirection
    /// `300`: [RFC 9110, Section 15.4.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1).
    300 MultipleChoices "MULTIPLE_CHOICES" [] [Rfc9110 "15.4.1"] Standard CACHEABLE;
    /// `301`: [RFC 9110, Section 15.4.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2).
    301 MovedPermanently "MOVED_PERMANENTLY" [] [Rfc9110 "15.4.2"] Standard CACHEABLE;
    /// `302`: [RFC 9110, Section 15.4.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3).
    302 Found "FOUND" [] [Rfc9110 "15.4.3"] Standard PLAIN;
    /// `303`: [RFC 9110, Section 15.4.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4).
    303 SeeOther "SEE_OTHER" [] [Rfc9110 "15.4.4"] Standard PLAIN;
    /// `304`: [RFC 9110, Section 15.4.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5).
    304 NotModified "NOT_MODIFIED" [] [Rfc9110 "15.4.5"] Standard NO_CONTENT;
    /// `305`: [RFC 9110, Section 15.4.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6);
    /// deprecated for security reasons.
    305 UseProxy "USE_PROXY" [] [Rfc9110 "15.4.6"] Deprecated PLAIN;
    /// `307`: [RFC 9110, Section 15.4.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8).
    307 TemporaryRedirect "TEMPORARY_REDIRECT" [] [Rfc9110 "15.4.8"] Standard PLAIN;
    /// `308`: [RFC 9110, Section 15.4.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9).
    308 PermanentRedirect "PERMANENT_REDIRECT" [] [Rfc9110 "15.4.9"] Standard CACHEABLE;

    // 4xx Client Error
    /// `400`: [RFC 9110, Section 15.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1).
    400 BadRequest "BAD_REQUEST" [] [Rfc9110 "15.5.1"] Standard PLAIN;
    /// `401`: [RFC 9110, Section 15.5.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2).
    401 Unauthorized "UNAUTHORIZED" [] [Rfc9110 "15.5.2"] Standard PLAIN;
    /// `402`: [RFC 9110, Section 15.5.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3).
    402 PaymentRequired "PAYMENT_REQUIRED" [] [Rfc9110 "15.5.3"] Standard PLAIN;
    /// `403`: [RFC 9110, Section 15.5.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4).
    403 Forbidden "FORBIDDEN" [] [Rfc9110 "15.5.4"] Standard PLAIN;
    /// `404`: [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).
    404 NotFound "NOT_FOUND" [] [Rfc9110 "15.5.5"] Standard CACHEABLE;
    /// `405`: [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6).
    405 MethodNotAllowed "METHOD_NOT_ALLOWED" [] [Rfc9110 "15.5.6"] Standard CACHEABLE;
    /// `406`: [RFC 9110, Section 15.5.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7).
    406 NotAcceptable "NOT_ACCEPTABLE" [] [Rfc9110 "15.5.7"] Standard PLAIN;
    /// `407`: [RFC 9110, Section 15.5.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8).
    407 ProxyAuthenticationRequired "PROXY_AUTHENTICATION_REQUIRED" [] [Rfc9110 "15.5.8"]
        Standard PLAIN;
    /// `408`: [RFC 9110, Section 15.5.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9).
    408 RequestTimeout "REQUEST_TIMEOUT" [] [Rfc9110 "15.5.9"] Standard PLAIN;
    /// `409`: [RFC 9110, Section 15.5.10](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10).
    409 Conflict "CONFLICT" [] [Rfc9110 "15.5.10"] Standard PLAIN;
    /// `410`: [RFC 9110, Section 15.5.11](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11).
    410 Gone "GONE" [] [Rfc9110 "15.5.11"] Standard CACHEABLE;
    /// `411`: [RFC 9110, Section 15.5.12](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12).
    411 LengthRequired "LENGTH_REQUIRED" [] [Rfc9110 "15.5.12"] Standard PLAIN;
    /// `412`: [RFC 9110, Section 15.5.13](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13).
    412 PreconditionFailed "PRECONDITION_FAILED" [] [Rfc9110 "15.5.13"] Standard PLAIN;
    /// `413`: [RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14).
    413 ContentTooLarge "CONTENT_TOO_LARGE" ["REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE"]
        [Rfc9110 "15.5.14"] Standard PLAIN;
    /// `414`: [RFC 9110, Section 15.5.15](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15).
    414 UriTooLong "URI_TOO_LONG" ["REQUEST_URI_TOO_LONG"] [Rfc9110 "15.5.15"] Standard CACHEABLE;
    /// `415`: [RFC 9110, Section 15.5.16](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16).
    415 UnsupportedMediaType "UNSUPPORTED_MEDIA_TYPE" [] [Rfc9110 "15.5.16"] Standard PLAIN;
    /// `416`: [RFC 9110, Section 15.5.17](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17).
    416 RangeNotSatisfiable "RANGE_NOT_SATISFIABLE"
        ["REQUESTED_RANGE_NOT_SATISFIABLE", "REQUEST_RANGE_NOT_SATISFIABLE"]
        [Rfc9110 "15.5.17"] Standard PLAIN;
    /// `417`: [RFC 9110, Section 15.5.18](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18).
    417 ExpectationFailed "EXPECTATION_FAILED" [] [Rfc9110 "15.5.18"] Standard PLAIN;
    /// `418`: reserved by [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19);
    /// known from [RFC 2324, Section 2.3.2](https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2).
    418 ImATeapot "IM_A_TEAPOT" [] [Rfc9110 "15.5.19", Rfc2324 "2.3.2"] Reserved PLAIN;
    /// `421`: [RFC 9110, Section 15.5.20](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20).
    421 MisdirectedRequest "MISDIRECTED_REQUEST" [] [Rfc9110 "15.5.20"] Standard PLAIN;
    /// `422`: [RFC 9110, Section 15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21).
    422 UnprocessableContent "UNPROCESSABLE_CONTENT" ["UNPROCESSABLE_ENTITY"] [Rfc9110 "15.5.21"]
        Standard PLAIN;
    /// `423`: [RFC 4918, Section 11.3](https://www.rfc-editor.org/rfc/rfc4918#section-11.3).
    423 Locked "LOCKED" [] [Rfc4918 "11.3"] Standard PLAIN;
    /// `424`: [RFC 4918, Section 11.4](https://www.rfc-editor.org/rfc/rfc4918#section-11.4).
    424 FailedDependency "FAILED_DEPENDENCY" [] [Rfc4918 "11.4"] Standard PLAIN;
    /// `425`: [RFC 8470, Section 5.2](https://www.rfc-editor.org/rfc/rfc8470#section-5.2).
    425 TooEarly "TOO_EARLY" [] [Rfc8470 "5.2"] Standard PLAIN;
    /// `426`: [RFC 9110, Section 15.5.22](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22).
    426 UpgradeRequired "UPGRADE_REQUIRED" [] [Rfc9110 "15.5.22"] Standard PLAIN;
    /// `428`: [RFC 6585, Section 3](https://www.rfc-editor.org/rfc/rfc6585#section-3).
    428 PreconditionRequired "PRECONDITION_REQUIRED" [] [Rfc6585 "3"] Standard PLAIN;
    /// `429`: [RFC 6585, Section 4](https://www.rfc-editor.org/rfc/rfc6585#section-4).
    429 TooManyRequests "TOO_MANY_REQUESTS" [] [Rfc6585 "4"] Standard PLAIN;
    /// `431`: [RFC 6585, Section 5](https://www.rfc-editor.org/rfc/rfc6585#section-5).
    431 RequestHeaderFieldsTooLarge "REQUEST_HEADER_FIELDS_TOO_LARGE" [] [Rfc6585 "5"]
        Standard PLAIN;
    /// `451`: [RFC 7725, Section 3](https://www.rfc-editor.org/rfc/rfc7725#section-3).
    451 UnavailableForLegalReasons "UNAVAILABLE_FOR_LEGAL_REASONS" [] [Rfc7725 "3"] Standard PLAIN;

    // 5xx Server Error
    /// `500`: [RFC 9110, Section 15.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1).
    500 InternalServerError "INTERNAL_SERVER_ERROR" [] [Rfc9110 "15.6.1"] Standard PLAIN;
    /// `501`: [RFC 9110, Section 15.6.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2).
    501 NotImplemented "NOT_IMPLEMENTED" [] [Rfc9110 "15.6.2"] Standard CACHEABLE;
    /// `502`: [RFC 9110, Section 15.6.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3).
    502 BadGateway "BAD_GATEWAY" [] [Rfc9110 "15.6.3"] Standard PLAIN;
    /// `503`: [RFC 9110, Section 15.6.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4).
    503 ServiceUnavailable "SERVICE_UNAVAILABLE" [] [Rfc9110 "15.6.4"] Standard PLAIN;
    /// `504`: [RFC 9110, Section 15.6.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5).
    504 GatewayTimeout "GATEWAY_TIMEOUT" [] [Rfc9110 "15.6.5"] Standard PLAIN;
    /// `505`: [RFC 9110, Section 15.6.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6).
    505 HttpVersionNotSupported "HTTP_VERSION_NOT_SUPPORTED" [] [Rfc9110 "15.6.6"] Standard PLAIN;
    /// `506`: [RFC 2295, Section 8.1](https://www.rfc-editor.org/rfc/rfc2295#section-8.1) (Experimental).
    506 VariantAlsoNegotiates "VARIANT_ALSO_NEGOTIATES" [] [Rfc2295 "8.1"] Experimental PLAIN;
    /// `507`: [RFC 4918, Section 11.5](https://www.rfc-editor.org/rfc/rfc4918#section-11.5).
    507 InsufficientStorage "INSUFFICIENT_STORAGE" [] [Rfc4918 "11.5"] Standard PLAIN;
    /// `508`: [RFC 5842, Section 7.2](https://www.rfc-editor.org/rfc/rfc5842#section-7.2) (Experimental).
    508 LoopDetected "LOOP_DETECTED" [] [Rfc5842 "7.2"] Experimental PLAIN;
    /// `510`: [RFC 2774, Section 7](https://www.rfc-editor.org/rfc/rfc2774#section-7); RFC 2774 is
    /// now Historic, and the registry marks the code obsoleted.
    510 NotExtended "NOT_EXTENDED" [] [Rfc2774 "7"] Obsoleted PLAIN;
    /// `511`: [RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585#section-6).
    511 NetworkAuthenticationRequired "NETWORK_AUTHENTICATION_REQUIRED" [] [Rfc6585 "6"]
        Standard PLAIN;
}

/// The number of members of [`StatusCode`].
pub(crate) const STATUS_COUNT: usize = StatusCode::ALL.len();

/// The class of a member's code; the table is a constant, so a code outside 100-599 is a
/// compile error, not a run-time fallback.
const fn member_class(code: u16) -> StatusClass {
    match StatusClass::of(code) {
        Some(class) => class,
        None => panic!("every member of the status table lies in 100-599"),
    }
}

impl StatusCode {
    #[inline]
    const fn entry(self) -> &'static Entry {
        &TABLE[self.index()]
    }

    /// The numeric value, e.g. `404` (Python's `.value`).
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::ImATeapot.as_u16(), 418);
    /// ```
    #[inline]
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The code as text, e.g. `"404"`, as `http::StatusCode::as_str` gives it.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::NotFound.as_str(), "404");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.entry().text
    }

    /// The enum name, e.g. `"NOT_FOUND"`, as Python's `HTTPStatus` spells it.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::ContentTooLarge.name(), "CONTENT_TOO_LARGE");
    /// ```
    pub const fn name(self) -> &'static str {
        self.entry().name
    }

    /// Older names that resolve to this member, e.g. `REQUEST_ENTITY_TOO_LARGE` for 413.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::UnprocessableContent.aliases(), ["UNPROCESSABLE_ENTITY"]);
    /// ```
    pub const fn aliases(self) -> &'static [&'static str] {
        self.entry().aliases
    }

    /// The specification sections that define this code, the current one first.
    ///
    /// ```
    /// use http_status_catalog::{Spec, StatusCode};
    /// let r = StatusCode::NotFound.references()[0];
    /// assert_eq!(r.spec(), Spec::Rfc9110);
    /// assert_eq!(r.section(), Some("15.5.5"));
    /// ```
    pub const fn references(self) -> &'static [Reference] {
        self.entry().references
    }

    /// Where this code stands in its life (standard, experimental, provisional, …).
    ///
    /// ```
    /// use http_status_catalog::{Lifecycle, StatusCode};
    /// assert_eq!(StatusCode::NotFound.lifecycle(), Lifecycle::Standard);
    /// assert_eq!(StatusCode::ImATeapot.lifecycle(), Lifecycle::Reserved);
    /// ```
    pub const fn lifecycle(self) -> Lifecycle {
        self.entry().lifecycle
    }

    /// The class of this code (its first digit).
    ///
    /// ```
    /// use http_status_catalog::{StatusClass, StatusCode};
    /// assert_eq!(StatusCode::BadGateway.class(), StatusClass::ServerError);
    /// ```
    #[inline]
    pub const fn class(self) -> StatusClass {
        self.entry().class
    }

    /// True for 1xx codes.
    ///
    /// The five class tests and [`is_error`](StatusCode::is_error) read the class:
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    ///
    /// assert!(StatusCode::EarlyHints.is_informational());
    /// assert!(StatusCode::NoContent.is_success());
    /// assert!(StatusCode::PermanentRedirect.is_redirection());
    /// assert!(StatusCode::Gone.is_client_error() && StatusCode::Gone.is_error());
    /// assert!(StatusCode::GatewayTimeout.is_server_error() && StatusCode::GatewayTimeout.is_error());
    /// assert!(!StatusCode::Ok.is_error());
    /// ```
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// True for 2xx codes.
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// True for 3xx codes.
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// True for 4xx codes.
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// True for 5xx codes.
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }

    /// True for 4xx and 5xx codes.
    pub const fn is_error(self) -> bool {
        self.is_client_error() || self.is_server_error()
    }

    /// Whether a response with this code is heuristically cacheable by default
    /// (RFC 9110, Section 15.1).
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert!(StatusCode::NotFound.is_heuristically_cacheable());
    /// assert!(!StatusCode::Created.is_heuristically_cacheable());
    /// ```
    pub const fn is_heuristically_cacheable(self) -> bool {
        self.entry().cacheable
    }

    /// Whether a response with this code carries no content: 1xx, 204 and 304 (RFC 9110,
    /// Section 6.4.1), and 205, for which a server must not generate content (Section 15.3.6).
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert!(StatusCode::NoContent.has_no_content());
    /// assert!(!StatusCode::Ok.has_no_content());
    /// ```
    pub const fn has_no_content(self) -> bool {
        self.entry().no_content
    }
}

impl TryFrom<u16> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        StatusCode::from_u16(code)
    }
}

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.as_u16()
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<StatusCode> for u16 {
    fn eq(&self, other: &StatusCode) -> bool {
        *self == other.as_u16()
    }
}

/// Compares with plain numbers, as Python's `IntEnum` does: `status >= 500`.
///
/// ```
/// use http_status_catalog::StatusCode;
/// assert!(StatusCode::BadGateway >= 500);
/// assert!(400 < StatusCode::NotFound);
/// ```
impl PartialOrd<u16> for StatusCode {
    fn partial_cmp(&self, other: &u16) -> Option<core::cmp::Ordering> {
        Some(self.as_u16().cmp(other))
    }
}

impl PartialOrd<StatusCode> for u16 {
    fn partial_cmp(&self, other: &StatusCode) -> Option<core::cmp::Ordering> {
        Some(self.cmp(&other.as_u16()))
    }
}
