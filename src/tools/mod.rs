//! The translator's tools (feature `tools`): checking locales, coverage, staleness, templates,
//! the tools' own words, and, with the `docs` feature, the reference site ([`Site`]).
//!
//! Everything starts from [`Translations`], made by
//! [`CatalogBuilder::build_translations`](crate::CatalogBuilder::build_translations): each file
//! is read and parsed once, the catalog is built from them, and the tools inspect the same
//! files. The `httpstatus check`, `locales`, `template` and `site` commands are thin layers
//! over it.
//!
//! # Example
//!
//! ```
//! use http_status_catalog::Catalog;
//!
//! let translations = Catalog::builder().build_translations()?;
//! let report = translations.check();
//! assert!(report.passes(true), "the shipped locales are clean");
//! assert!(translations.coverage().iter().all(|l| l.is_current()));
//! # Ok::<(), http_status_catalog::tools::ToolError>(())
//! ```

mod check;
mod entries;
mod error;
mod messages;
#[cfg(feature = "docs")]
mod site;
mod sources;
mod template;
mod terms;
mod translations;

pub use self::check::{CheckReport, LocaleReport};
pub use self::error::ToolError;
pub use self::messages::{MessageArg, Messages};
#[cfg(feature = "docs")]
pub use self::site::{Site, SiteFile};
pub use self::translations::Translations;
