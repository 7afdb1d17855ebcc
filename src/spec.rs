//! The specifications that define status codes, and references into them.

use core::fmt;

/// How a specification is designated: by RFC number or, before it has one, by draft name.
#[derive(Clone, Copy)]
enum Designation {
    Rfc(u16),
    Draft(&'static str),
}

macro_rules! spec_table {
    ($( $(#[$doc:meta])* $variant:ident $id:literal $designation:expr, $experimental:literal; )+) => {
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

            const fn designation(self) -> Designation {
                use Designation::*;
                match self { $( Spec::$variant => $designation, )+ }
            }

            /// Whether the RFC was published with Experimental status.
            pub const fn is_experimental(self) -> bool {
                match self { $( Spec::$variant => $experimental, )+ }
            }

            /// The position of the specification in [`Spec::ALL`].
            pub(crate) const fn index(self) -> usize {
                self as usize
            }
        }
    };
}

spec_table! {
    /// RFC 9110, HTTP Semantics (Internet Standard).
    Rfc9110 "rfc9110" Rfc(9110), false;
    /// RFC 2518, the first WebDAV specification (obsoleted by RFC 4918).
    Rfc2518 "rfc2518" Rfc(2518), false;
    /// RFC 4918, WebDAV.
    Rfc4918 "rfc4918" Rfc(4918), false;
    /// RFC 5842, Binding Extensions to WebDAV (Experimental).
    Rfc5842 "rfc5842" Rfc(5842), true;
    /// RFC 3229, Delta Encoding in HTTP.
    Rfc3229 "rfc3229" Rfc(3229), false;
    /// RFC 8297, the 103 Early Hints status code (Experimental).
    Rfc8297 "rfc8297" Rfc(8297), true;
    /// RFC 8470, Using Early Data in HTTP.
    Rfc8470 "rfc8470" Rfc(8470), false;
    /// RFC 6585, Additional HTTP Status Codes.
    Rfc6585 "rfc6585" Rfc(6585), false;
    /// RFC 7725, the 451 status code.
    Rfc7725 "rfc7725" Rfc(7725), false;
    /// RFC 2295, Transparent Content Negotiation in HTTP (Experimental).
    Rfc2295 "rfc2295" Rfc(2295), true;
    /// RFC 2774, An HTTP Extension Framework (Experimental, now Historic).
    Rfc2774 "rfc2774" Rfc(2774), true;
    /// RFC 2324, HTCPCP/1.0 (Informational).
    Rfc2324 "rfc2324" Rfc(2324), false;
    /// draft-ietf-httpbis-resumable-upload, the Internet-Draft behind 104.
    DraftResumableUpload "draft-resumable-upload" Draft("draft-ietf-httpbis-resumable-upload"), false;
}

impl Spec {
    /// The RFC number, or `None` for an Internet-Draft.
    pub const fn rfc(self) -> Option<u16> {
        match self.designation() {
            Designation::Rfc(n) => Some(n),
            Designation::Draft(_) => None,
        }
    }

    /// The Internet-Draft name for a specification that is not an RFC.
    pub const fn draft_name(self) -> Option<&'static str> {
        match self.designation() {
            Designation::Rfc(_) => None,
            Designation::Draft(name) => Some(name),
        }
    }
}

/// `RFC 9110`, or the draft name for an Internet-Draft.
impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.designation() {
            Designation::Rfc(n) => write!(f, "RFC {n}"),
            Designation::Draft(name) => f.write_str(name),
        }
    }
}

/// A reference to a specification, optionally to one section of it.
///
/// [`Locale::cite`](crate::Locale::cite) writes it as a citation in any language.
///
/// # Example
///
/// ```
/// use http_status_catalog::StatusCode;
///
/// let r = StatusCode::AlreadyReported.references()[0];
/// assert_eq!(r.spec().to_string(), "RFC 5842");
/// assert_eq!(r.section(), Some("7.1"));
/// assert!(r.is_experimental());
/// assert_eq!(r.url(), "https://www.rfc-editor.org/rfc/rfc5842#section-7.1");
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
    pub fn url(self) -> String {
        match (self.spec.designation(), self.section) {
            (Designation::Rfc(n), Some(s)) => {
                format!("https://www.rfc-editor.org/rfc/rfc{n}#section-{s}")
            }
            (Designation::Rfc(n), None) => format!("https://www.rfc-editor.org/rfc/rfc{n}"),
            (Designation::Draft(name), _) => format!("https://datatracker.ietf.org/doc/{name}/"),
        }
    }
}
