//! Reading the arguments Python passes: a status (an `int`, an `http.HTTPStatus` member or a
//! name) and a language (a tag, an `Accept-Language` value or a `Locale`).

use std::sync::OnceLock;

use http_status_catalog::tools::Translations;
use http_status_catalog::{Catalog, Description, Locale, StatusCode};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyString};

use crate::locale::Locale as PyLocale;

pyo3::create_exception!(
    http_status_catalog,
    InvalidStatusCode,
    PyValueError,
    "A status that is no HTTP status code: a number outside 100-599 or an unknown name.\n\n\
     A subclass of ValueError. Its message is the one the ``httpstatus`` command prints, in\n\
     English; its ``suggestion`` attribute names the member probably meant (``'IM_A_TEAPOT'``\n\
     for ``'teapot'``), or is None."
);

/// The tools' words, English first, loaded on the first failed lookup: the error path is
/// cold, and its message is the one `httpstatus` prints.
static WORDS: OnceLock<Translations> = OnceLock::new();

/// The error Python sees for a lookup that failed: the `httpstatus` command's English
/// sentence, and the suggestion.
fn invalid(py: Python<'_>, error: &http_status_catalog::InvalidStatusCode) -> PyErr {
    let translations = WORDS.get_or_init(|| {
        Catalog::builder()
            .build_translations()
            .expect("the embedded tool words load; the crate's tests check them")
    });
    let message = translations.messages(translations.catalog().root()).invalid_status_code(error);
    let err = InvalidStatusCode::new_err(message);
    let suggestion = error.suggestion().map(StatusCode::name);
    match err.value(py).setattr("suggestion", suggestion) {
        Ok(()) => err,
        Err(failed) => failed,
    }
}

/// Describes `status` in `locale`. A number in 100-599 that is not registered is described
/// from its class; text is read as the `httpstatus` command reads it (a number, an enum name,
/// an older name or a wire phrase).
pub(crate) fn describe_in(
    locale: Locale<'static>,
    status: &Bound<'_, PyAny>,
) -> PyResult<Description<'static>> {
    let py = status.py();
    if let Ok(int) = status.cast::<PyInt>() {
        if status.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err(
                "status must be an int, an http.HTTPStatus member or a name, not bool",
            ));
        }
        return match int.extract::<u16>() {
            Ok(code) => locale.describe_code(code).map_err(|e| invalid(py, &e)),
            // Too large for any code, or negative: the command's reading of the same digits
            // says why.
            Err(_) => describe_text(locale, &int.str()?.to_cow()?).map_err(|e| invalid(py, &e)),
        };
    }
    if let Ok(text) = status.cast::<PyString>() {
        return describe_text(locale, &text.to_cow()?).map_err(|e| invalid(py, &e));
    }
    Err(PyTypeError::new_err(format!(
        "status must be an int, an http.HTTPStatus member or a name, not {}",
        type_name(status)
    )))
}

/// Text read as the command reads it: digits are a number (described from its class when it
/// is unregistered), anything else a name or a wire phrase.
fn describe_text(
    locale: Locale<'static>,
    text: &str,
) -> Result<Description<'static>, http_status_catalog::InvalidStatusCode> {
    let text = text.trim();
    let is_number = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<u16>() {
        Ok(code) if is_number => locale.describe_code(code),
        _ => text.parse::<StatusCode>().map(|status| locale.describe(status)),
    }
}

/// The locale for a `lang` argument: a `Locale`, or text that is a language tag (`"ru-RU"`,
/// `"pt_BR"`) or an `Accept-Language` value (`"de-CH, fr;q=0.9"`). Negotiation always
/// answers, ending at English.
pub(crate) fn locale_of(lang: &Bound<'_, PyAny>) -> PyResult<Locale<'static>> {
    if let Ok(text) = lang.cast::<PyString>() {
        return Ok(negotiate_text(&text.to_cow()?));
    }
    if let Ok(locale) = lang.cast::<PyLocale>() {
        return Ok(locale.get().inner);
    }
    Err(PyTypeError::new_err(format!(
        "lang must be a str (a language tag or an Accept-Language value) or a Locale, not {}",
        type_name(lang)
    )))
}

/// A tag through the one-probe path; a list with q-values through header negotiation. Both
/// give the same locale for a single tag.
pub(crate) fn negotiate_text(text: &str) -> Locale<'static> {
    let catalog = Catalog::global();
    if text.contains([',', ';']) {
        catalog.negotiate_accept_language(text)
    } else {
        catalog.negotiate_tag(text)
    }
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .and_then(|n| n.extract::<String>())
        .unwrap_or_else(|_| "an object of unknown type".to_string())
}
