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
//!
//! let d = s.describe(&langid!("ru-RU"));   // negotiated: ru-RU → ru
//! assert_eq!(d.title(), "Не найдено");
//! assert_eq!(d.locale().to_string(), "ru");
//! # Ok::<(), http_status_catalog::InvalidStatusCode>(())
//! ```
//!
//! # In a web server
//!
//! Negotiate once per request, from the `Accept-Language` header, and describe through the
//! [`Locale`] it gives: every description is then an index computation that allocates nothing.
//! There is no "current language" anywhere; the locale is always passed in.
//!
//! ```
//! use http_status_catalog::{Catalog, StatusCode};
//!
//! fn error_text(accept_language: &str, status: StatusCode) -> String {
//!     let locale = Catalog::global().negotiate_accept_language(accept_language);
//!     let d = locale.describe(status);
//!     format!("{} {}: {}", d.code(), d.title(), d.description())
//! }
//!
//! let text = error_text("fr-CH, fr;q=0.9, en;q=0.5", StatusCode::TooManyRequests);
//! assert!(text.starts_with("429 Trop de requêtes: "));
//! ```
//!
//! For a complete localized error page, see the [`page`] module (feature `html`); with the
//! `http` feature, `http::StatusCode` (hyper, axum, reqwest) describes itself through
//! [`HttpStatusExt`].
//!
//! # Locales
//!
//! Locales live in `locales/<tag>/*.ftl`, embedded at build time: adding a folder adds a
//! locale. `locales/wire.ftl` holds the wire phrases, which no locale can change. The
//! [`Catalog`] resolves every message once, at first use, so that describing a code later is an
//! index computation. Language negotiation (from a tag or an `Accept-Language` header) always
//! answers, ending at English.
//!
//! # Crate features
//!
//! None is on by default: the plain library is the catalog itself.
//!
//! - `serde`: `Serialize` for [`StatusCode`] (as its number), [`Description`] and
//!   [`Diagnostic`]; `Deserialize` for [`StatusCode`] from a number or a name.
//! - `http`: conversions with `http::StatusCode` and [`HttpStatusExt`].
//! - `html`: the [`page`] module: a complete, accessible, localized HTML error page.
//! - `tower`: the [`tower`] module: a layer that gives empty error responses a localized HTML
//!   page, RFC 9457 problem details ([`problem`], with `serde`) or plain text (enables `html`,
//!   `http` and `serde`).
//! - `axum`: [`StatusCode`] and [`StatusError`] are axum responses (enables `tower`).
//! - `docs`: the [`render`] module: the status table as Markdown, HTML, reStructuredText or
//!   JSON, in any locale.
//! - `tools`: the [`tools`] module for translators (checks, coverage, staleness, templates),
//!   locale folders from disk, and pseudo-locales; with `docs`, the reference site of every
//!   locale (`tools::Site`).
//! - `cli`: the `httpstatus` command-line tool (enables `tools`, `docs` and `serde`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Facts, at the bottom: they import nothing above them.
mod class;
mod error;
mod spec;
mod status;
mod status_error;

// Leaves used by everything above.
mod diagnostic;
#[cfg(any(feature = "html", feature = "docs"))]
mod markup;
mod negotiate;
mod sanitize;

// Reading locale files, the wire phrases, the catalog, and describing codes.
mod catalog;
mod describe;
mod load;
mod wire;

// Renderers and integrations.
#[cfg(feature = "axum")]
mod axum_impls;
#[cfg(feature = "http")]
mod http_interop;
#[cfg(feature = "html")]
pub mod page;
#[cfg(feature = "serde")]
pub mod problem;
#[cfg(feature = "docs")]
pub mod render;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "tower")]
pub mod tower;

// Translator tools.
#[cfg(feature = "tools")]
pub mod tools;

pub use crate::catalog::locale::{Direction, Locale};
pub use crate::catalog::{Catalog, CatalogBuilder};
pub use crate::class::{InvalidStatusClass, StatusClass};
pub use crate::describe::{Citation, Description};
pub use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use crate::error::{ErrorKind, InvalidStatusCode};
#[cfg(feature = "http")]
pub use crate::http_interop::HttpStatusExt;
pub use crate::spec::{Reference, Spec};
pub use crate::status::{Lifecycle, StatusCode};
pub use crate::status_error::StatusError;
pub use unic_langid::{langid, LanguageIdentifier};

/// The status table in English, as `httpstatus docs` renders it into `docs/`.
///
/// The same table in every shipped locale, as Markdown and HTML, is in the `docs/` folder of
/// the repository; `httpstatus docs --lang TAG --format rst` renders it for Sphinx.
#[doc = include_str!("../docs/status-codes.en.md")]
pub mod status_table {}

// The README's examples are compiled and run as doctests, so that it keeps telling the truth.
#[cfg(all(doctest, feature = "html", feature = "http"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
