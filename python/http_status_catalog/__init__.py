"""HTTP status codes described in 30 languages, for Python's ``http.HTTPStatus``.

Every registered code with its enum name, English wire phrase, specification references and
lifecycle, and a title and description in each of the catalog's 30 locales. The text comes
from the Fluent files of the Rust crate http-status-catalog, built into this package.

>>> from http import HTTPStatus
>>> from http_status_catalog import describe, negotiate
>>> describe(HTTPStatus.NOT_FOUND, "ru").title
'Не найдено'
>>> locale = negotiate("de-CH, fr;q=0.9")     # once per request: the fast path
>>> locale.describe(HTTPStatus.TOO_MANY_REQUESTS).title
'Zu viele Anfragen'

``describe()`` and ``Locale.describe()`` take an ``http.HTTPStatus`` member, an ``int`` or a
name; an unregistered code from 100 to 599 is described from its class, and anything else
raises ``InvalidStatusCode``, a ``ValueError``. The language is always passed in: there is no
"current language".

``status_table()`` gives the status table of Python's ``http`` documentation (Code, Enum
Name, Details) in any locale, as data; the Sphinx extension ``http_status_catalog.sphinx``
renders it with the ``http-status-table`` directive.
"""

from ._native import (
    Description,
    InvalidStatusCode,
    Locale,
    Reference,
    describe,
    locales,
    negotiate,
    status_table,
)

__all__ = [
    "Description",
    "InvalidStatusCode",
    "Locale",
    "Reference",
    "describe",
    "locales",
    "negotiate",
    "status_table",
]
