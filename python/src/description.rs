//! `Description` and `Reference`: a status code described in one locale, and the
//! specification sections it cites.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use http_status_catalog::{Locale, StatusCode};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::args::{describe_in, locale_of};

/// Describe a status code in a language.
///
/// ``status`` is an ``http.HTTPStatus`` member, an ``int`` or a name: the enum name
/// (``"NOT_FOUND"``), an older name (``"UNPROCESSABLE_ENTITY"``) or the wire phrase
/// (``"Not Found"``), in any case. A number from 100 to 599 that is not registered is
/// described from its class.
///
/// ``lang`` is a language tag (``"ru"``, ``"pt-BR"``, ``"zh_TW"``), an ``Accept-Language``
/// header value (``"de-CH, fr;q=0.9"``) or a ``Locale`` from ``negotiate()``. Negotiation
/// always answers: a language that no locale serves gets English. There is no default
/// language: pass ``"en"`` for English.
///
/// Raises ``InvalidStatusCode`` (a ``ValueError``) for a number outside 100-599 or an unknown
/// name, and ``TypeError`` for any other kind of argument.
///
/// >>> from http import HTTPStatus
/// >>> describe(HTTPStatus.NOT_FOUND, "ru").title
/// 'Не найдено'
/// >>> describe("payload_too_large", "en").name
/// 'CONTENT_TOO_LARGE'
#[pyfunction]
pub(crate) fn describe(
    status: &Bound<'_, PyAny>,
    lang: &Bound<'_, PyAny>,
) -> PyResult<Description> {
    let locale = locale_of(lang)?;
    Ok(Description { inner: describe_in(locale, status)? })
}

/// A status code described in one locale, as ``describe()`` and ``Locale.describe()`` give it.
///
/// The code, its enum name and its English wire phrase are the same in every locale; the
/// title, the description and the words of the references are the locale's. ``as_dict()``
/// gives every field at once, for JSON.
#[pyclass(module = "http_status_catalog", frozen)]
pub(crate) struct Description {
    pub(crate) inner: http_status_catalog::Description<'static>,
}

#[pymethods]
impl Description {
    /// The numeric code, e.g. 404.
    #[getter]
    fn code(&self) -> u16 {
        self.inner.code()
    }

    /// The enum name as ``http.HTTPStatus`` spells it today, e.g. ``'NOT_FOUND'``; None for
    /// an unregistered code.
    #[getter]
    fn name(&self) -> Option<&'static str> {
        self.inner.status().map(StatusCode::name)
    }

    /// Older names of the code, e.g. ``('UNPROCESSABLE_ENTITY',)`` for 422.
    #[getter]
    fn aliases<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.status().map_or(&[][..], StatusCode::aliases))
    }

    /// The canonical English wire phrase, e.g. ``'Not Found'``, never translated; None for an
    /// unregistered code.
    #[getter]
    fn phrase(&self) -> Option<&'static str> {
        self.inner.phrase()
    }

    /// The title in the locale, e.g. ``'Не найдено'``.
    #[getter]
    fn title(&self) -> &'static str {
        self.inner.title()
    }

    /// The description in the locale: one or two plain sentences.
    #[getter]
    fn description(&self) -> &'static str {
        self.inner.description()
    }

    /// The tag of the locale actually used, e.g. ``'ru'`` when ``'ru-RU'`` was asked for.
    #[getter]
    fn locale(&self) -> String {
        self.inner.locale().to_string()
    }

    /// The writing direction of the locale: ``'ltr'`` or ``'rtl'``, for a ``dir`` attribute.
    #[getter]
    fn direction(&self) -> &'static str {
        self.inner.locale().direction().as_str()
    }

    /// The class of the code: ``'1xx'`` to ``'5xx'``.
    #[getter]
    fn status_class(&self) -> &'static str {
        self.inner.class().as_str()
    }

    /// The name of the class in the locale, e.g. ``'Ошибка клиента'``.
    #[getter]
    fn class_title(&self) -> &'static str {
        self.inner.class_title()
    }

    /// Whether the code is registered; an unregistered one is described from its class.
    #[getter]
    fn registered(&self) -> bool {
        self.inner.is_registered()
    }

    /// Whether the title comes from the locale itself rather than from a fallback language.
    #[getter]
    fn translated(&self) -> bool {
        self.inner.is_translated()
    }

    /// The specification sections that define the code, the current one first, as
    /// ``Reference`` objects; empty for an unregistered code.
    #[getter]
    fn references<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let locale = self.inner.locale();
        let references = self.inner.references().iter().map(|&inner| Reference { inner, locale });
        PyTuple::new(py, references)
    }

    /// Where the code stands in its life: ``'standard'``, ``'experimental'``,
    /// ``'provisional'``, ``'deprecated'``, ``'obsoleted'`` or ``'reserved'``; None for an
    /// unregistered code.
    #[getter]
    fn lifecycle(&self) -> Option<&'static str> {
        self.inner.lifecycle().map(|l| l.as_str())
    }

    /// A short message for a visitor who is not a developer, e.g. ``"We couldn't find the page
    /// you were looking for."`` for 404, for client and server errors (None for other codes):
    /// what an error page leads with.
    #[getter]
    fn visitor_text(&self) -> Option<&'static str> {
        self.inner.visitor_text()
    }

    /// What the visitor can do about it, e.g. ``'Try again in a few minutes.'`` for 503; None
    /// where ``visitor_text`` is None.
    #[getter]
    fn visitor_action(&self) -> Option<&'static str> {
        self.inner.visitor_action()
    }

    /// Whether the same request may succeed later without change (408, 425, 429 and every
    /// server error): an error page offers to try again.
    #[getter]
    fn retryable(&self) -> bool {
        self.inner.is_retryable()
    }

    /// RFC 9457 problem details as a dict, the body of an ``application/problem+json``
    /// response (``json.dumps`` it): ``type`` (``problem_type``, default ``'about:blank'``), ``title`` and
    /// ``detail`` in the locale, ``status``, and the extensions ``phrase`` (English), ``name``
    /// and ``locale``; ``instance``, ``request_id`` and ``retry_after`` (seconds) when given.
    ///
    /// >>> describe(404, "ru").problem_details(instance="/orders/42")["title"]
    /// 'Не найдено'
    #[pyo3(signature = (*, problem_type = None, instance = None, request_id = None, retry_after = None))]
    fn problem_details<'py>(
        &self,
        py: Python<'py>,
        problem_type: Option<&str>,
        instance: Option<&str>,
        request_id: Option<&str>,
        retry_after: Option<u64>,
    ) -> PyResult<Bound<'py, PyDict>> {
        crate::web::problem_details(py, self.inner, problem_type, instance, request_id, retry_after)
    }

    /// The complete HTML error page in the locale: a plain sentence for the visitor and what
    /// to do, a link home, a button to try again when the error may pass, and the code and
    /// description below. Every value is escaped; the page has no external assets, fits a
    /// phone, follows light or dark mode and writes right-to-left languages right to left.
    /// ``retry_after`` is in seconds; ``allowed_methods`` is the ``Allow`` header's value.
    ///
    /// >>> page = describe(503, "de").error_page(home_href="/", retry_after=120)
    /// >>> page.startswith("<!doctype html>")
    /// True
    #[pyo3(signature = (*, home_href = None, request_id = None, retry_after = None, allowed_methods = None))]
    fn error_page(
        &self,
        home_href: Option<&str>,
        request_id: Option<&str>,
        retry_after: Option<u64>,
        allowed_methods: Option<&str>,
    ) -> PyResult<String> {
        crate::web::error_page(self.inner, home_href, request_id, retry_after, allowed_methods)
    }

    /// Every field as a dict of plain values (references as dicts too), ready for JSON.
    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("code", self.code())?;
        dict.set_item("name", self.name())?;
        dict.set_item("aliases", PyList::new(py, self.aliases(py)?)?)?;
        dict.set_item("phrase", self.phrase())?;
        dict.set_item("title", self.title())?;
        dict.set_item("description", self.description())?;
        dict.set_item("locale", self.locale())?;
        dict.set_item("direction", self.direction())?;
        dict.set_item("status_class", self.status_class())?;
        dict.set_item("class_title", self.class_title())?;
        dict.set_item("registered", self.registered())?;
        dict.set_item("translated", self.translated())?;
        let locale = self.inner.locale();
        let references = self
            .inner
            .references()
            .iter()
            .map(|&inner| Reference { inner, locale }.as_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        dict.set_item("references", references)?;
        dict.set_item("lifecycle", self.lifecycle())?;
        dict.set_item("visitor_text", self.visitor_text())?;
        dict.set_item("visitor_action", self.visitor_action())?;
        dict.set_item("retryable", self.retryable())?;
        Ok(dict)
    }

    /// ``'404 Не найдено'``: the code and the title.
    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let name = match self.name() {
            Some(name) => name.to_string(),
            None => "None".to_string(),
        };
        Ok(format!(
            "<Description {} {} {} locale={}>",
            self.code(),
            name,
            PyString::new(py, self.title()).repr()?,
            PyString::new(py, &self.locale()).repr()?,
        ))
    }

    /// Two descriptions are equal when they describe the same code in the same locale.
    fn __eq__(&self, other: &Self) -> bool {
        self.inner.code() == other.inner.code() && self.inner.locale() == other.inner.locale()
    }

    fn __hash__(&self) -> u64 {
        let mut hasher = DefaultHasher::new();
        (self.inner.code(), self.inner.locale().to_string()).hash(&mut hasher);
        hasher.finish()
    }
}

/// A section of a specification that defines a code, with its words in the description's
/// locale: ``str()`` gives ``'HTTP Semantics RFC 9110, Section 15.5.5'`` as the Details column
/// of the status table does.
#[pyclass(module = "http_status_catalog", frozen)]
pub(crate) struct Reference {
    inner: http_status_catalog::Reference,
    locale: Locale<'static>,
}

#[pymethods]
impl Reference {
    /// The specification, e.g. ``'RFC 9110'`` (an Internet-Draft's name when it has no RFC).
    #[getter]
    fn spec(&self) -> String {
        self.inner.spec().to_string()
    }

    /// The RFC number, e.g. 9110; None for an Internet-Draft.
    #[getter]
    fn rfc(&self) -> Option<u16> {
        self.inner.spec().rfc()
    }

    /// The section number, e.g. ``'15.5.5'``, when the reference names one.
    #[getter]
    fn section(&self) -> Option<&'static str> {
        self.inner.section()
    }

    /// A link to the text: the RFC Editor, or the IETF datatracker for a draft.
    #[getter]
    fn url(&self) -> String {
        self.inner.url()
    }

    /// Whether the RFC is Experimental.
    #[getter]
    fn experimental(&self) -> bool {
        self.inner.is_experimental()
    }

    /// The specification's title in the locale, e.g. ``'Семантика HTTP'``.
    #[getter]
    fn title(&self) -> &'static str {
        self.locale.spec_title(self.inner.spec())
    }

    /// The citation in the locale, e.g. ``'RFC 9110, Раздел 15.5.5'``.
    #[getter]
    fn citation(&self) -> String {
        self.locale.cite(self.inner).to_string()
    }

    /// Every field as a dict of plain values.
    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("spec", self.spec())?;
        dict.set_item("rfc", self.rfc())?;
        dict.set_item("section", self.section())?;
        dict.set_item("url", self.url())?;
        dict.set_item("experimental", self.experimental())?;
        dict.set_item("title", self.title())?;
        dict.set_item("citation", self.citation())?;
        Ok(dict)
    }

    fn __str__(&self) -> String {
        format!("{} {}", self.title(), self.citation())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<Reference {} {}>", PyString::new(py, &self.__str__()).repr()?, self.url()))
    }

    fn __eq__(&self, other: &Self) -> bool {
        self.inner == other.inner && self.locale == other.locale
    }

    fn __hash__(&self) -> u64 {
        let mut hasher = DefaultHasher::new();
        (self.inner, self.locale.to_string()).hash(&mut hasher);
        hasher.finish()
    }
}
