"""The Python API: every HTTPStatus member, names and aliases, negotiation, bad input."""

import inspect
import json
import pydoc
import re
from http import HTTPStatus

import pytest

import http_status_catalog as hsc
from http_status_catalog import InvalidStatusCode, describe, negotiate, status_table

from conftest import REPOSITORY


def test_the_seed_example():
    d = describe(HTTPStatus.NOT_FOUND, "ru")
    assert d.title == "Не найдено"
    assert (d.code, d.name, d.phrase, d.locale) == (404, "NOT_FOUND", "Not Found", "ru")
    assert d.description.startswith("По этому адресу")
    assert str(d) == "404 Не найдено"


@pytest.mark.parametrize("member", list(HTTPStatus), ids=lambda m: m.name)
def test_every_member_of_this_pythons_httpstatus_is_described(member):
    d = describe(member, "en")
    assert d.code == member.value
    assert d.registered
    # Python may spell a member by an older name (REQUEST_ENTITY_TOO_LARGE before 3.13).
    assert member.name == d.name or member.name in d.aliases
    assert describe(member.name, "en") == d
    assert describe(member.value, "en") == d
    assert describe(int(member), "de").code == member.value
    assert d.references and all(r.url.startswith("https://") for r in d.references)
    assert HTTPStatus(member) is member, "the member is left as it was"


def test_members_keep_working_as_members():
    status = HTTPStatus.TOO_MANY_REQUESTS
    d = describe(status, "fr")
    assert d.title == "Trop de requêtes"
    assert status.phrase == "Too Many Requests" and isinstance(status, HTTPStatus)


@pytest.mark.parametrize(
    "name, code",
    [
        ("NOT_FOUND", 404),
        ("not_found", 404),
        ("Not Found", 404),
        ("I'm a teapot", 418),
        ("UNPROCESSABLE_ENTITY", 422),
        ("REQUEST_ENTITY_TOO_LARGE", 413),
        ("PAYLOAD_TOO_LARGE", 413),
        ("REQUEST_URI_TOO_LONG", 414),
        ("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
        (" 404 ", 404),
    ],
)
def test_names_aliases_and_phrases(name, code):
    assert describe(name, "en").code == code


def test_old_names_resolve_to_the_current_name():
    d = describe("UNPROCESSABLE_ENTITY", "en")
    assert d.name == "UNPROCESSABLE_CONTENT"
    assert d.aliases == ("UNPROCESSABLE_ENTITY",)
    assert d.phrase == "Unprocessable Content"


@pytest.mark.parametrize("code", [299, 306, 499, "599", 100 + 99])
def test_unregistered_codes_are_described_from_their_class(code):
    d = describe(code, "ru")
    assert not d.registered
    assert d.name is None and d.phrase is None and d.lifecycle is None
    assert d.references == ()
    assert d.title == d.class_title
    assert d.status_class == f"{str(code)[0]}xx"


def test_fields_and_as_dict_agree():
    d = describe(418, "ru")
    data = d.as_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    for key, value in data.items():
        if key == "references":
            assert value == [r.as_dict() for r in d.references]
        elif key == "aliases":
            assert value == list(d.aliases)
        else:
            assert getattr(d, key) == value, key
    assert data["lifecycle"] == "reserved"
    assert [r["rfc"] for r in data["references"]] == [9110, 2324]
    first = d.references[0]
    assert (first.spec, first.section, first.experimental) == ("RFC 9110", "15.5.19", False)
    assert first.citation == "RFC 9110, Раздел 15.5.19"
    assert first.title == "Семантика HTTP"
    assert str(first) == "Семантика HTTP RFC 9110, Раздел 15.5.19"


def test_experimental_references_say_so_in_the_locale():
    reference = describe(HTTPStatus.ALREADY_REPORTED, "ru").references[0]
    assert reference.experimental
    assert reference.citation == "RFC 5842, Раздел 7.1 (Экспериментальный)"


@pytest.mark.parametrize(
    "lang, tag",
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("pt-PT", "pt-BR"),
        ("pt_BR", "pt-BR"),
        ("zh-HK", "zh-TW"),
        ("zh", "zh-CN"),
        ("tlh", "en"),
        ("", "en"),
        ("*", "en"),
        ("de-CH, fr;q=0.9, en;q=0.5", "de"),
        ("en;q=0.1, ru;q=0.9", "ru"),
        ("ru;q=0, en", "en"),
        ("tlh, *;q=0.5", "en"),
    ],
)
def test_negotiation(lang, tag):
    assert negotiate(lang).tag == tag
    assert describe(404, lang).locale == tag


def test_a_locale_handle_describes_and_can_be_passed_as_lang():
    locale = negotiate("ar, en;q=0.5")
    assert (locale.tag, locale.direction, str(locale)) == ("ar", "rtl", "ar")
    assert locale.name == "العربية"
    assert locale.describe(HTTPStatus.NOT_FOUND) == describe(404, locale)
    assert describe(404, locale).direction == "rtl"
    assert negotiate("ar-EG") == locale and hash(negotiate("ar-EG")) == hash(locale)
    assert negotiate("ru") != locale


def test_locales_lists_the_thirty_shipped_locales():
    tags = [locale.tag for locale in hsc.locales()]
    assert len(tags) == 30
    assert tags[0] == "en" and {"ru", "ar", "pt-BR", "zh-CN", "zh-TW"} <= set(tags)
    for tag in tags:
        assert negotiate(tag).tag == tag


@pytest.mark.parametrize(
    "status, message",
    [
        (600, "600 is not an HTTP status code: codes range from 100 to 599."),
        (99, "99 is not an HTTP status code: codes range from 100 to 599."),
        (0, "0 is not an HTTP status code: codes range from 100 to 599."),
        (10**30, f"{10**30} is not an HTTP status code: codes range from 100 to 599."),
        ("70000", "70000 is not an HTTP status code: codes range from 100 to 599."),
        (-1, "“-1” is neither a status code nor a known status name."),
        ("", "“” is neither a status code nor a known status name."),
        ("nope", "“nope” is neither a status code nor a known status name."),
        (
            "teapot",
            "“teapot” is neither a status code nor a known status name. Did you mean IM_A_TEAPOT?",
        ),
    ],
)
def test_bad_codes_raise_value_error_with_the_commands_words(status, message):
    with pytest.raises(ValueError) as caught:
        describe(status, "en")
    assert caught.type is InvalidStatusCode
    assert str(caught.value) == message
    with pytest.raises(InvalidStatusCode):
        negotiate("ru").describe(status)


def test_the_suggestion_is_an_attribute():
    with pytest.raises(InvalidStatusCode) as caught:
        describe("NOT_FUOND", "en")
    assert caught.value.suggestion == "NOT_FOUND"
    with pytest.raises(InvalidStatusCode) as caught:
        describe(700, "en")
    assert caught.value.suggestion is None


@pytest.mark.parametrize("status", [None, 404.0, True, b"404", [404], object()])
def test_other_kinds_of_status_raise_type_error(status):
    with pytest.raises(TypeError, match="status must be an int, an http.HTTPStatus member or a name"):
        describe(status, "en")


@pytest.mark.parametrize("lang", [None, 7, b"ru", ["ru"]])
def test_other_kinds_of_lang_raise_type_error(lang):
    with pytest.raises(TypeError, match="lang must be a str"):
        describe(404, lang)
    with pytest.raises(TypeError):
        negotiate(lang)


def test_hostile_input_is_bounded_and_never_crashes():
    header = "x" * 70_000 + ", ru"
    assert negotiate(header).tag == "en", "only the first 4 KiB of a header are read"
    assert negotiate("ru;q=0.5," * 10_000).tag == "ru"
    with pytest.raises(InvalidStatusCode) as caught:
        describe("A" * 1_000_000, "en")
    assert len(str(caught.value)) < 200, "errors echo a bounded part of the input"
    for text in ["\x00", "\u202e404", "४०४", "404\n"]:
        try:
            describe(text, "en")
        except InvalidStatusCode:
            pass
    with pytest.raises(ValueError):  # UnicodeEncodeError: a lone surrogate is no text
        describe("\ud800", "en")
    with pytest.raises(ValueError):
        negotiate("\ud800")


def test_status_table_has_the_locales_words():
    table = status_table("ru")
    assert table["columns"] == [("code", "Код"), ("name", "Перечисление имён"), ("details", "Подробности")]
    assert table["caption"] == "Коды состояния HTTP"
    assert [s["class"] for s in table["sections"]] == ["1xx", "2xx", "3xx", "4xx", "5xx"]
    assert table["sections"][3]["heading"] == "4xx: Ошибка клиента"
    codes = [row["code"] for s in table["sections"] for row in s["rows"]]
    assert sorted(codes) == codes and len(set(codes)) == len(codes)
    assert {m.value for m in HTTPStatus} <= set(codes)
    assert status_table("ru", ["title"])["columns"] == [("title", "Название")]
    assert status_table("en", "code, phrase")["columns"] == [("code", "Code"), ("phrase", "Reason Phrase")]
    with pytest.raises(ValueError, match='unknown column "colour"'):
        status_table("en", "code,colour")
    with pytest.raises(TypeError):
        status_table("en", 5)


def _markdown_rows(path):
    """The rows of a committed Markdown table, by code: its cells, unescaped."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r'^\| <a id="(\d{3})"></a>\d{3} \| (.*) \|$', line)
        if match:
            cells = [re.sub(r"\\(.)", r"\1", c) for c in match.group(2).split(" | ")]
            rows[int(match.group(1))] = cells
    return rows


@pytest.mark.parametrize("locale", [l.tag for l in hsc.locales()])
def test_status_table_matches_the_rust_rendered_docs(locale):
    """docs/status-codes.<tag>.md is rendered by the Rust crate and checked fresh by its tests:
    its title, name and details cells are the data's, marked up as Markdown."""
    committed = _markdown_rows(REPOSITORY / "docs" / f"status-codes.{locale}.md")
    table = status_table(locale, "title,name,details")
    separator = table["list_separator"]
    seen = 0
    for section in table["sections"]:
        for row in section["rows"]:
            title, name, details = row["cells"]
            cells = [
                separator.join(text for text, _ in title),
                separator.join(f"`{text}`" for text, _ in name),
                separator.join(f"[{text}]({url})" for text, url in details),
            ]
            assert cells == committed[row["code"]], row["code"]
            seen += 1
    assert seen == len(committed) == 63


def test_help_reads_well():
    text = pydoc.render_doc(hsc, renderer=pydoc.plaintext)
    assert "describe(status, lang)" in text
    assert "Describe a status code in a language." in text
    assert "negotiate(accept_language)" in text
    assert str(inspect.signature(describe)) == "(status, lang)"
    assert str(inspect.signature(status_table)) == "(lang, columns=None)"
    for name in hsc.__all__:
        assert getattr(hsc, name).__doc__, name
    assert "The title in the locale" in pydoc.render_doc(hsc.Description, renderer=pydoc.plaintext)


def test_repr_and_equality():
    d = describe(404, "ru-RU")
    assert repr(d) == "<Description 404 NOT_FOUND 'Не найдено' locale='ru'>"
    assert repr(negotiate("ru")) == "<Locale 'ru'>"
    assert d == describe("NOT_FOUND", "ru") and hash(d) == hash(describe(404, "ru"))
    assert d != describe(404, "en")
    assert d != "404 Не найдено"
    assert len({d, describe(404, "ru"), describe(404, "de")}) == 2


@pytest.mark.parametrize(
    "obj",
    [
        hsc,
        hsc.describe,
        hsc.negotiate,
        hsc.locales,
        hsc.status_table,
        hsc.problem_details,
        hsc.error_page,
        hsc.Description.problem_details,
        hsc.Description.error_page,
    ],
    ids=lambda o: getattr(o, "__name__", "package"),
)
def test_docstring_examples_run(obj):
    import doctest

    parser = doctest.DocTestParser()
    test = parser.get_doctest(obj.__doc__, dict(vars(hsc)), obj.__name__, None, 0)
    assert test.examples, "the docstring shows an example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
