//! Every registered HTTP status code, with titles and descriptions in many languages.
//!
//! This is Python's `http.HTTPStatus` done for Rust, and done in many languages: one enum,
//! [`StatusCode`], of every code in the IANA HTTP Status Code Registry, whose human text lives
//! in [Project Fluent](https://projectfluent.org) files embedded in the binary and resolved at
//! run time.
//!
//! ```
//! use http_status_catalog::{langid, StatusCode};
//!
//! let s = StatusCode::from_u16(404)?;      // also "404".parse(), StatusCode::from_name("NOT_FOUND")
//! assert_eq!(s, 404);                      // compares with integers, like Python's IntEnum
//! assert_eq!(s.name(), "NOT_FOUND");
//! assert_eq!(s.phrase(), "Not Found");     // the canonical English wire phrase, never translated
//! assert!(s.description().starts_with("The server"));
//!
//! let d = s.describe(&langid!("ru-RU"));   // negotiated: ru-RU → ru → en
//! assert_eq!(d.title(), "Не найдено");
//! assert_eq!(d.phrase(), Some("Not Found"));
//! assert_eq!(d.locale().to_string(), "ru");
//! # Ok::<(), http_status_catalog::InvalidStatusCode>(())
//! ```
//!
//! # Locales
//!
//! Locales live in `locales/<tag>/*.ftl`, embedded at build time: adding a folder adds a
//! locale. `locales/wire.ftl` holds the wire phrases, which no locale can change. The
//! [`Catalog`] resolves every message once, at first use, so that describing a code later is an
//! index computation that allocates nothing. Language negotiation (from a tag or an
//! `Accept-Language` header) always answers, ending at English.
//!
//! # Crate features
//!
//! - `cli`: the `httpstatus` command-line tool.
//! - `serde`: `Serialize` for [`StatusCode`] (as its number) and [`Description`];
//!   `Deserialize` for [`StatusCode`] from a number or a name.
//! - `http`: conversions with `http::StatusCode` and [`HttpStatusExt`], so that
//!   `http::StatusCode::NOT_FOUND.describe(&lang)` works.
//! - `html`: the [`page`] module: a complete, accessible, localized HTML error page.
//! - `docs`: the [`render`] module: the status table as Markdown, HTML, reStructuredText or
//!   JSON, in any locale.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod catalog;
pub mod check;
mod class;
mod error;
#[cfg(feature = "http")]
mod http_interop;
mod locale;
mod negotiate;
#[cfg(feature = "html")]
pub mod page;
#[cfg(feature = "docs")]
pub mod render;
#[cfg(feature = "serde")]
mod serde_impls;
mod spec;
mod status;
mod status_error;
mod text;
mod wire;

pub use crate::catalog::diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use crate::catalog::keys::Message;
pub use crate::catalog::{Catalog, CatalogBuilder};
pub use crate::class::StatusClass;
pub use crate::error::{ErrorKind, InvalidStatusCode};
#[cfg(feature = "http")]
pub use crate::http_interop::HttpStatusExt;
pub use crate::locale::{Citation, Description, Direction, Locale};
pub use crate::spec::{Reference, Spec};
pub use crate::status::{Lifecycle, StatusCode, STATUS_COUNT};
pub use crate::status_error::StatusError;
pub use unic_langid::{langid, LanguageIdentifier};

/// The status table in English, as `httpstatus docs` renders it into `docs/`.
///
/// The same table in every shipped locale, as Markdown and HTML, is in the `docs/` folder of
/// the repository; `httpstatus docs --lang TAG --format rst` renders it for Sphinx.
#[doc = include_str!("../docs/status-codes.en.md")]
pub mod status_table {}

// The README's examples are compiled and run as doctests, so that it keeps telling the truth.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
