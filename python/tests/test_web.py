"""What a Python web application sends for an error: visitor text, problem details, pages."""

import html
import json
import re

import pytest

from http_status_catalog import describe, error_page, negotiate, problem_details


def test_visitor_text_is_for_errors_only():
    d = describe(404, "en")
    assert d.visitor_text == "We couldn't find the page you were looking for."
    assert d.visitor_action == "Check the address for typing mistakes, or start again from the home page."
    assert describe(503, "ru").visitor_action == "Попробуйте ещё раз через несколько минут."
    assert describe(200, "en").visitor_text is None
    assert describe(301, "en").visitor_action is None
    assert [c for c in (404, 408, 425, 429, 500, 503) if describe(c, "en").retryable] == [
        408, 425, 429, 500, 503,
    ]


def test_problem_details_follow_rfc_9457():
    problem = describe(404, "ru").problem_details(instance="/orders/42", request_id="req-7")
    assert problem == {
        "type": "about:blank",
        "title": "Не найдено",
        "status": 404,
        "detail": describe(404, "ru").description,
        "phrase": "Not Found",
        "name": "NOT_FOUND",
        "locale": "ru",
        "instance": "/orders/42",
        "request_id": "req-7",
    }
    bare = negotiate("de").describe(429).problem_details(retry_after=30, problem_type="https://e.x/p")
    assert bare["type"] == "https://e.x/p"
    assert bare["retry_after"] == 30
    assert "instance" not in bare and "request_id" not in bare
    # An unregistered code has no phrase or name, so the members are left out.
    assert set(describe(599, "en").problem_details()) == {"type", "title", "status", "detail", "locale"}
    assert json.loads(json.dumps(problem, ensure_ascii=False)) == problem


def test_the_error_page_is_localized_and_escapes_what_it_is_given():
    page = describe(503, "de").error_page(
        home_href="/start", request_id="<script>alert(1)</script>", retry_after=120
    )
    assert page.startswith("<!doctype html>")
    assert '<html lang="de" dir="ltr"' in page
    assert "Sie können es in 2\u00a0Min. erneut versuchen." in page  # no break before the unit
    assert "/start" in [html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page

    arabic = describe(405, "ar").error_page(allowed_methods="GET, HEAD")
    assert re.search(r'<html lang="ar" dir="rtl"', arabic)
    assert "GET, HEAD" in arabic
    assert describe(405, "ar").visitor_text in arabic


def test_values_that_no_request_carries_are_refused():
    with pytest.raises(ValueError, match="request_id is 5000 bytes long"):
        describe(500, "en").error_page(request_id="x" * 5000)
    with pytest.raises(ValueError, match="instance is 5000 bytes long"):
        describe(500, "en").problem_details(instance="x" * 5000)
    with pytest.raises(TypeError):
        describe(500, "en").error_page("/")  # keyword-only
    with pytest.raises(OverflowError):
        describe(503, "en").error_page(retry_after=-1)


def test_the_module_functions_are_the_methods():
    assert problem_details(404, "ru", instance="/x") == describe(404, "ru").problem_details(instance="/x")
    assert error_page("SERVICE_UNAVAILABLE", "de-CH, fr;q=0.9", retry_after=5) == describe(
        503, "de"
    ).error_page(retry_after=5)
    with pytest.raises(ValueError, match="Did you mean IM_A_TEAPOT"):
        error_page("teapot", "en")
