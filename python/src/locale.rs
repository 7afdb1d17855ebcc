//! `Locale`: a negotiated language, for describing many codes without negotiating again.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use http_status_catalog::Catalog;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::args::{describe_in, negotiate_text};
use crate::description::Description;

/// Choose the best locale for an ``Accept-Language`` header value or a language tag.
///
/// Entries are tried from the highest q-value down; ``q=0``, ``*`` and malformed entries are
/// skipped, and a value that no locale serves gets English. Negotiate once per request and
/// describe through the ``Locale`` it gives: that is the fast path.
///
/// >>> locale = negotiate("fr-CH, fr;q=0.9, en;q=0.5")
/// >>> locale.tag
/// 'fr'
/// >>> locale.describe(429).title
/// 'Trop de requêtes'
#[pyfunction]
pub(crate) fn negotiate(accept_language: &Bound<'_, PyString>) -> PyResult<Locale> {
    Ok(Locale { inner: negotiate_text(&accept_language.to_cow()?) })
}

/// Every locale of the catalog, English first, then by tag.
///
/// >>> [locale.tag for locale in locales()][:3]
/// ['en', 'ar', 'cs']
#[pyfunction]
pub(crate) fn locales() -> Vec<Locale> {
    Catalog::global().locales().map(|inner| Locale { inner }).collect()
}

/// A locale of the catalog, as ``negotiate()`` chooses it: describes any number of codes.
///
/// ``str()`` gives its tag; it can be passed wherever a ``lang`` is expected.
#[pyclass(module = "http_status_catalog", frozen)]
pub(crate) struct Locale {
    pub(crate) inner: http_status_catalog::Locale<'static>,
}

#[pymethods]
impl Locale {
    /// Describe a status code in this locale: an ``http.HTTPStatus`` member, an ``int`` or a
    /// name, as ``describe()`` takes it.
    ///
    /// Raises ``InvalidStatusCode`` (a ``ValueError``) for a number outside 100-599 or an
    /// unknown name, and ``TypeError`` for any other kind of argument.
    fn describe(&self, status: &Bound<'_, PyAny>) -> PyResult<Description> {
        Ok(Description { inner: describe_in(self.inner, status)? })
    }

    /// The language tag, e.g. ``'pt-BR'``.
    #[getter]
    fn tag(&self) -> String {
        self.inner.to_string()
    }

    /// The locale's name for itself, e.g. ``'Русский'``, for language pickers.
    #[getter]
    fn name(&self) -> &'static str {
        self.inner.name()
    }

    /// The writing direction: ``'ltr'`` or ``'rtl'``.
    #[getter]
    fn direction(&self) -> &'static str {
        self.inner.direction().as_str()
    }

    fn __str__(&self) -> String {
        self.tag()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<Locale {}>", PyString::new(py, &self.tag()).repr()?))
    }

    fn __eq__(&self, other: &Self) -> bool {
        self.inner == other.inner
    }

    fn __hash__(&self) -> u64 {
        let mut hasher = DefaultHasher::new();
        self.inner.to_string().hash(&mut hasher);
        hasher.finish()
    }
}
