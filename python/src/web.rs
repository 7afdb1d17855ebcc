//! What a Python web application sends for an error: RFC 9457 problem details and the HTML
//! error page, both built by the Rust crate so that every framework gets the same text.

use std::time::Duration;

use http_status_catalog::page::ErrorPage;
use http_status_catalog::problem::ProblemDetails;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The longest text accepted for a caller's value (an instance path, a request id, a type
/// URI, a list of methods): far more than any real one, and a bound on what a page repeats.
const MAX_VALUE: usize = 2048;

fn bounded<'v>(what: &str, value: Option<&'v str>) -> PyResult<Option<&'v str>> {
    match value {
        Some(v) if v.len() > MAX_VALUE => Err(PyValueError::new_err(format!(
            "{what} is {} bytes long; at most {MAX_VALUE} are accepted",
            v.len()
        ))),
        _ => Ok(value),
    }
}

/// Problem details as a Python dict: the crate serializes them, `json.loads` reads them back,
/// so the members are exactly those of the Rust type.
pub(crate) fn problem_details<'py>(
    py: Python<'py>,
    description: http_status_catalog::Description<'static>,
    problem_type: Option<&str>,
    instance: Option<&str>,
    request_id: Option<&str>,
    retry_after: Option<u64>,
) -> PyResult<Bound<'py, PyDict>> {
    let mut problem = ProblemDetails::new(description);
    if let Some(uri) = bounded("type", problem_type)? {
        problem = problem.problem_type(uri);
    }
    if let Some(uri) = bounded("instance", instance)? {
        problem = problem.instance(uri);
    }
    if let Some(id) = bounded("request_id", request_id)? {
        problem = problem.request_id(id);
    }
    if let Some(seconds) = retry_after {
        problem = problem.retry_after(seconds);
    }
    let json = serde_json::to_string(&problem)
        .map_err(|e| PyValueError::new_err(format!("problem details: {e}")))?;
    let value = py.import("json")?.call_method1("loads", (json,))?;
    Ok(value.cast_into::<PyDict>()?)
}

/// The built-in HTML error page.
pub(crate) fn error_page(
    description: http_status_catalog::Description<'static>,
    home_href: Option<&str>,
    request_id: Option<&str>,
    retry_after: Option<u64>,
    allowed_methods: Option<&str>,
) -> PyResult<String> {
    let mut page = ErrorPage::new(description);
    if let Some(href) = bounded("home_href", home_href)? {
        page = page.home_href(href);
    }
    if let Some(id) = bounded("request_id", request_id)? {
        page = page.request_id(id);
    }
    if let Some(seconds) = retry_after {
        page = page.retry_after(Duration::from_secs(seconds));
    }
    if let Some(methods) = bounded("allowed_methods", allowed_methods)? {
        page = page.allowed_methods(methods);
    }
    Ok(page.render())
}
