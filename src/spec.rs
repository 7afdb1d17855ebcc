//! The specifications that define status codes, and references into them.

use core::fmt;

macro_rules! spec_table {
    ($( $(#[$doc:meta])* $variant:ident $id:literal $rfc:expr, $experimental:literal; )+) => {
        /// A specification that defines one or more status codes.
        ///
        /// Titles are localized: see [`Locale::spec_title`](crate::Locale::spec_title).
        ///
        /// # Example
        ///
        /// ```
        /// use http_status_catalog::Spec;
        ///
        /// assert_eq!(Spec::Rfc9110.rfc(), Some(9110));
        /// assert!(Spec::Rfc5842.is_experimental());
        /// assert_eq!(Spec::Rfc9110.to_string(), "RFC 9110");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Spec { $( $(#[$doc])* $variant, )+ }

        impl Spec {
            /// Every specification the table cites.
            pub const ALL: &'static [Spec] = &[ $( Spec::$variant, )+ ];

            /// A stable identifier, e.g. `"rfc9110"`; the Fluent message id is `spec-<id>`.
            pub const fn id(self) -> &'static str {
                match self { $( Spec::$variant => $id, )+ }
            }

            /// The RFC number, or `None` for an Internet-Draft.
            pub const fn rfc(self) -> Option<u16> {
                match self { $( Spec::$variant => $rfc, )+ }
            }

            /// Whether the RFC was published with Experimental status.
            pub const fn is_experimental(self) -> bool {
                match self { $( Spec::$variant => $experimental, )+ }
            }

            /// The position of the specification in [`Spec::ALL`].
            pub const fn index(self) -> usize {
                self as usize
            }
        }
    };
}

spec_table! {
    /// RFC 9110, HTTP Semantics (Internet Standard).
    Rfc9110 "rfc9110" Some(9110), false;
    /// RFC 2518, the first WebDAV specification (obsoleted by RFC 4918).
    Rfc2518 "rfc2518" Some(2518), false;
    /// RFC 4918, WebDAV.
    Rfc4918 "rfc4918" Some(4918), false;
    /// RFC 5842, Binding Extensions to WebDAV (Experimental).
    Rfc5842 "rfc5842" Some(5842), true;
    /// RFC 3229, Delta Encoding in HTTP.
    Rfc3229 "rfc3229" Some(3229), false;
    /// RFC 8297, the 103 Early Hints status code (Experimental).
    Rfc8297 "rfc8297" Some(8297), true;
    /// RFC 8470, Using Early Data in HTTP.
    Rfc8470 "rfc8470" Some(8470), false;
    /// RFC 6585, Additional HTTP Status Codes.
    Rfc6585 "rfc6585" Some(6585), false;
    /// RFC 7725, the 451 status code.
    Rfc7725 "rfc7725" Some(7725), false;
    /// RFC 2295, Transparent Content Negotiation in HTTP (Experimental).
    Rfc2295 "rfc2295" Some(2295), true;
    /// RFC 2774, An HTTP Extension Framework (Experimental, now Historic).
    Rfc2774 "rfc2774" Some(2774), true;
    /// RFC 2324, HTCPCP/1.0 (Informational).
    Rfc2324 "rfc2324" Some(2324), false;
    /// draft-ietf-httpbis-resumable-upload, the Internet-Draft behind 104.
    DraftResumableUpload "draft-resumable-upload" None, false;
}

impl Spec {
    /// The Internet-Draft name for a specification that is not an RFC.
    pub const fn draft_name(self) -> Option<&'static str> {
        match self {
            Spec::DraftResumableUpload => Some("draft-ietf-httpbis-resumable-upload"),
            _ => None,
        }
    }
}

/// `RFC 9110`, or the draft name for an Internet-Draft.
impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.rfc(), self.draft_name()) {
            (Some(n), _) => write!(f, "RFC {n}"),
            (None, Some(draft)) => f.write_str(draft),
            (None, None) => f.write_str(self.id()),
        }
    }
}

/// A reference to a specification, optionally to one section of it.
///
/// # Example
///
/// ```
/// use http_status_catalog::StatusCode;
///
/// let r = StatusCode::AlreadyReported.references()[0];
/// assert_eq!(r.to_string(), "RFC 5842, Section 7.1 (Experimental)");
/// assert!(r.is_experimental());
/// assert_eq!(r.url(), Some("https://www.rfc-editor.org/rfc/rfc5842#section-7.1".to_string()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    spec: Spec,
    section: Option<&'static str>,
}

impl Reference {
    pub(crate) const fn new(spec: Spec, section: Option<&'static str>) -> Reference {
        Reference { spec, section }
    }

    /// The specification.
    pub const fn spec(self) -> Spec {
        self.spec
    }

    /// The section number, e.g. `"15.5.5"`, when the reference names one.
    pub const fn section(self) -> Option<&'static str> {
        self.section
    }

    /// Whether the specification is an Experimental RFC.
    pub const fn is_experimental(self) -> bool {
        self.spec.is_experimental()
    }

    /// A link to the specification text at the RFC Editor or the IETF datatracker.
    pub fn url(self) -> Option<String> {
        match (self.spec.rfc(), self.spec.draft_name()) {
            (Some(n), _) => Some(match self.section {
                Some(s) => format!("https://www.rfc-editor.org/rfc/rfc{n}#section-{s}"),
                None => format!("https://www.rfc-editor.org/rfc/rfc{n}"),
            }),
            (None, Some(draft)) => Some(format!("https://datatracker.ietf.org/doc/{draft}/")),
            (None, None) => None,
        }
    }
}

/// `RFC 9110, Section 15.5.5`, with `(Experimental)` after an Experimental RFC: the English
/// citation, from the embedded English locale, without the specification title.
/// [`Locale::cite`](crate::Locale::cite) gives it in any language.
impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&crate::Catalog::global().root().cite(*self), f)
    }
}
