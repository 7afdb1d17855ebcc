//! `status_table()`: the documentation table of one locale as plain Python data, for renderers
//! of one's own such as the Sphinx directive.

use http_status_catalog::render::{Column, DocsTable};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::args::locale_of;

/// The status table of a locale as plain data: every word in that locale, every text plain
/// (escape it for the format it goes into), every reference with its link.
///
/// ``columns`` is a list of column ids, or one string of them separated by commas: ``code``,
/// ``name``, ``details``, ``phrase``, ``title``, ``description``, ``class``, ``lifecycle``,
/// ``aliases``. None gives the table of Python's ``http`` documentation: code, enum name,
/// details. An unknown id raises ``ValueError``.
///
/// The result is a dict: ``locale``, ``direction``, ``caption``, ``intro``,
/// ``list_separator`` (what goes between the linked references of one cell), ``columns`` (a
/// list of ``(id, heading)``) and ``sections``, one per class, each a dict with ``class``
/// (``'4xx'``), ``heading`` (``'4xx: Client Error'``), ``title``, ``description`` and
/// ``rows``; a row is a dict with ``code``, ``name`` and ``cells``, one per column, each a list
/// of ``(text, url)`` pieces whose ``url`` is None for plain text.
///
/// >>> table = status_table("ru", ["code", "name"])
/// >>> table["columns"]
/// [('code', 'Код'), ('name', 'Перечисление имён')]
#[pyfunction]
#[pyo3(signature = (lang, columns = None))]
pub(crate) fn status_table<'py>(
    lang: &Bound<'py, PyAny>,
    columns: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let py = lang.py();
    let locale = locale_of(lang)?;
    let columns = match columns {
        None => Column::SEED.to_vec(),
        Some(columns) => column_list(columns)?,
    };
    let table = DocsTable::new(locale).columns(&columns);

    let dict = PyDict::new(py);
    dict.set_item("locale", locale.to_string())?;
    dict.set_item("direction", locale.direction().as_str())?;
    dict.set_item("caption", table.caption())?;
    dict.set_item("intro", table.intro())?;
    dict.set_item("list_separator", table.list_separator())?;
    let headings: Vec<(&str, &str)> =
        table.column_headings().into_iter().map(|(c, heading)| (c.id(), heading)).collect();
    dict.set_item("columns", headings)?;
    let mut sections = Vec::new();
    for section in table.sections() {
        let s = PyDict::new(py);
        s.set_item("class", section.class().as_str())?;
        s.set_item("heading", section.heading())?;
        s.set_item("title", section.title())?;
        s.set_item("description", section.description())?;
        let mut rows = Vec::new();
        for row in section.rows() {
            let r = PyDict::new(py);
            r.set_item("code", row.status().as_u16())?;
            r.set_item("name", row.status().name())?;
            let cells: Vec<Vec<(&str, Option<&str>)>> = row
                .cells()
                .iter()
                .map(|cell| cell.pieces().iter().map(|p| (p.text(), p.url())).collect())
                .collect();
            r.set_item("cells", cells)?;
            rows.push(r);
        }
        s.set_item("rows", rows)?;
        sections.push(s);
    }
    dict.set_item("sections", sections)?;
    Ok(dict)
}

/// Columns from `"code,name"` or `["code", "name"]`; an empty list means the default columns.
fn column_list(columns: &Bound<'_, PyAny>) -> PyResult<Vec<Column>> {
    let parse = |text: &str| {
        text.trim().parse::<Column>().map_err(|e| PyValueError::new_err(e.to_string()))
    };
    if let Ok(text) = columns.cast::<PyString>() {
        let text = text.to_cow()?;
        if text.trim().is_empty() {
            return Ok(Column::SEED.to_vec());
        }
        return text.split(',').map(parse).collect();
    }
    let mut list = Vec::new();
    for item in columns.try_iter().map_err(|_| {
        PyTypeError::new_err("columns must be a list of column names or one string of them")
    })? {
        let item = item?;
        let text = item.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err("columns must be a list of column names or one string of them")
        })?;
        list.push(parse(&text.to_cow()?)?);
    }
    if list.is_empty() {
        list = Column::SEED.to_vec();
    }
    Ok(list)
}
