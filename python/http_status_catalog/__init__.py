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

For a web application, ``problem_details(status, lang, ...)`` gives RFC 9457 problem details
as a dict and ``error_page(status, lang, ...)`` the complete HTML error page, both made by the
Rust crate exactly as its tower layer makes them; each is also a method of ``Description``.

``status_table()`` gives the status table of Python's ``http`` documentation (Code, Enum
Name, Details) in any locale, as data; the Sphinx extension ``http_status_catalog.sphinx``
renders it with the ``http-status-table`` directive.
"""

from typing import Any, Dict, Optional

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
    "error_page",
    "locales",
    "negotiate",
    "problem_details",
    "status_table",
]


def problem_details(
    status: Any,
    lang: Any,
    *,
    problem_type: Optional[str] = None,
    instance: Optional[str] = None,
    request_id: Optional[str] = None,
    retry_after: Optional[int] = None,
) -> Dict[str, Any]:
    """RFC 9457 problem details for ``status`` in ``lang``, as a dict to ``json.dumps``.

    The same as ``describe(status, lang).problem_details(...)``: ``type`` (``problem_type``,
    default ``'about:blank'``), the localized ``title`` and ``detail``, ``status``, the English
    ``phrase``, ``name`` and ``locale``, and ``instance``, ``request_id`` and ``retry_after``
    (seconds) when given.

    >>> problem_details(404, "ru", instance="/orders/42")["title"]
    'Не найдено'
    """
    return describe(status, lang).problem_details(
        problem_type=problem_type,
        instance=instance,
        request_id=request_id,
        retry_after=retry_after,
    )


def error_page(
    status: Any,
    lang: Any,
    *,
    home_href: Optional[str] = None,
    request_id: Optional[str] = None,
    retry_after: Optional[int] = None,
    allowed_methods: Optional[str] = None,
) -> str:
    """The complete HTML error page for ``status`` in ``lang``; every value is escaped.

    The same as ``describe(status, lang).error_page(...)``: ``retry_after`` in seconds (the
    page says when to try again), ``allowed_methods`` the ``Allow`` header's value.

    >>> error_page(503, "ar", retry_after=120).startswith('<!doctype html>')
    True
    """
    return describe(status, lang).error_page(
        home_href=home_href,
        request_id=request_id,
        retry_after=retry_after,
        allowed_methods=allowed_methods,
    )
