//! The Python module `http_status_catalog._native`: the catalog of the Rust crate
//! `http-status-catalog` for Python, re-exported by the `http_status_catalog` package.
//!
//! Every description borrows from the crate's global catalog, which lives as long as the
//! process: a Python object here holds a `'static` handle and copies nothing until a getter
//! turns a text into a Python `str`.
#![forbid(unsafe_code)]

mod args;
mod description;
mod locale;
mod table;
mod web;

use pyo3::prelude::*;

/// HTTP status codes described in 30 languages, from the Rust crate http-status-catalog.
///
/// The native half of the `http_status_catalog` package: import from the package, not from
/// here.
#[pymodule]
mod _native {
    #[pymodule_export]
    use crate::args::InvalidStatusCode;
    #[pymodule_export]
    use crate::description::{describe, Description, Reference};
    #[pymodule_export]
    use crate::locale::{locales, negotiate, Locale};
    #[pymodule_export]
    use crate::table::status_table;
}
